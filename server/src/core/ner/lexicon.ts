// Word and phrase lexicons built by scripts/ner/build-lexicon.mjs from unlabelled news text and
// gazetteers (see NOTICE), decoded once on first use.
import { nerData } from './data';
import type { IntMap } from './packed';

// Word info bits: how often the word is capitalised mid-sentence, two distributional clusters, word
// lists, and the word's profile: the label a first model gives it most often across unlabelled news.
export const CAP_MASK = 3; // 0 unseen, 1 lowercase word, 2 either, 3 capitalised word
export const CLUSTER_A_SHIFT = 2;
export const CLUSTER_A_MASK = 127;
export const CLUSTER_B_SHIFT = 9;
export const CLUSTER_B_MASK = 1023;
export const LIST_SHIFT = 19;
export const LIST_MASK = 63;
export const PROFILE_SHIFT = 25;
export const PROFILE_MASK = 63;
export const LIST = { first: 1, title: 2, orgWord: 4, locWord: 8, demonym: 16, last: 32 } as const;
// Phrase kinds (a phrase is up to MAX_PHRASE tokens): gazetteers, then names as the first model
// tags them across unlabelled news (with --profile, see scripts/ner/profile.mjs), then people, then
// festivals, holidays and recurring events (MISC: "Ramadan", "Christmas", never a place or a person).
// Every proper prefix of a phrase is in the map too, with value 0, so that matching stops early.
export const PHRASE = { city: 1, country: 2, region: 4, org: 8, taggedPer: 16, taggedOrg: 32, taggedLoc: 64, taggedMisc: 128, person: 256, misc: 512 } as const;
export const PHRASE_KINDS = 10;
export const TAGGED_PHRASES = 16 | 32 | 64 | 128;
export const MAX_PHRASE = 6;

export function wordMap(): IntMap {
  return nerData().words;
}

/** GloVe k-means clusters of a word (-1 when it has none): c256 << 10 | c1024. */
export function clusterMap(): IntMap {
  return nerData().clusters;
}
/** Fields of a clusterMap value, plus one so that 0 means none. */
export const glove256 = (v: number): number => (v < 0 ? 0 : 1 + (v >>> 10));
export const glove1024 = (v: number): number => (v < 0 ? 0 : 1 + (v & 1023));

export function phraseMap(): IntMap {
  return nerData().phrases;
}

/** Hash of a token sequence from its token hashes, as phrase keys are made. */
export function phraseStep(h: number, tokenHash: number): number {
  return Math.imul(h ^ tokenHash, 0x01000193);
}
export const PHRASE_SEED = 0x2545f491;
