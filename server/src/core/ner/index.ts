// Named-entity recognition: a structured perceptron over BIO labels (scripts/ner/train.mjs), decoded
// with Viterbi inside candidate windows, then made consistent across the article, where a span
// typer and the tagger vote on each distinct name's type.
import type { EntityType, NamedSpan } from '../types';
import { DATE_WORDS, Doc, WEEKDAYS, MAX_FEATURES, NO_WORD, context, farKey, leftAttachedFeature, leftFeatures, leftPairFeature, leftTag, leftWordFeatures, caseFeatures, gazFeatures, lineBreak, nearTag, prepare, shapesFeature, rightAttachedFeature, rightFeatures, rightPairFeature, rightTag, rightWordFeatures, wordFeatures } from './features';
import { L, Model, TYPES, find, viterbi } from './model';
import { NerData, nerData } from './data';
import { MAX_SPAN_FEATURES, sideTag, spanAroundFeatures, spanContextFeatures, spanInnerFeatures, spanLeftFeatures, spanRightFeatures } from './typer';
import { CAP_MASK, LIST, LIST_MASK, LIST_SHIFT, MAX_PHRASE, PHRASE, PHRASE_SEED, phraseMap, phraseStep } from './lexicon';
import { Shape, hashString } from './tokenize';
import { IntMap, Kept } from './packed';
import { extendStorm, isStorm, joinHyphenatedGiven, joinNicknamed, joinSaints, joinSuffixes, listedPlace, placeOfPlace, placeWordFirst, regionalAdjective, splitIn, splitPersonOf, treaties, trimRemit, trimStyle, trimTitleOf } from './repairs';

const HYPHEN = hashString('-');
const THE = hashString('the');

export { prepare } from './features';

/** Entity as token range [a, b) and index into TYPES. */
export interface Ent {
  a: number;
  b: number;
  type: number;
  /** Found by the organisation pattern (extendOrganisations). */
  org?: boolean;
  /** A name in a byline ("By Ana Ruiz and Tomas Lind", the outlet of "By Ana Ruiz, Kelvale Courier"): of its type whatever the votes. */
  byline?: boolean;
  dropped?: boolean;
}

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;
// Votes for a string's type, added to the typer's scores: the tagger's own scores for the span as
// each type (relative to its best, times TAGGER_WEIGHT, on every mention), a surname, word lists.
// TAGGER_WEIGHT was chosen on held-out training documents (train.mjs --dev): 0.1 to 0.2 beat the
// tagger's label as a flat vote of 2 by about 0.8 F1 points over several seeds.
const TAGGER_WEIGHT = 0.1;
const SURNAME_VOTE = 3;
// A word the lexicon has never seen, written after "in" ("fishing boats in Velmora"), votes for a place on each such
// mention: a small town the typer reads as a person from "Velmora is ..." (GUM dev 71.2 -> 74.9, all of it one travel
// guide; 4 changed nothing, 8 and 16 the same; PUD and GUM test level). Known words ("shares in Apple") never vote.
const IN_VOTE = 8;
const IN_WORD = hashString('in');
const POSSESSIVE_S = hashString("'s");
const CURATED_VOTE = 100;
const ORG_WORD_VOTE = 6;
const GAZETTEER_VOTE = 8;
/** Longest name, in tokens, that consistency repeats. */
const MAX_REPEAT = 8;

export function recognize(text: string): NamedSpan[] {
  nerData(); // recognising without data is the host's mistake: reported, never an empty answer
  if (typeof text !== 'string' || text.length === 0) return [];
  const d = prepare(text, true);
  const ents = nationalOrganisations(d, consistent(d, candidates(d, decode(d, tagTokens(d, true)))));
  treaties(d, ents);
  return joinNicknamed(text, toSpans(d, ents));
}

const keptLabels = new Kept((n) => new Uint8Array(n));

/** BIO label per token (0 outside candidate windows); with kept, in an array the next kept call overwrites (see Kept). */
export function tagTokens(d: Doc, kept = false): Uint8Array {
  const labels = keptLabels.take(d.toks.n, kept);
  const model = nerData().tagger;
  if (!model) return labels;
  const { scale } = model;
  const { hash, shape } = d.toks;
  const n = d.toks.n;
  const acc = tagAcc;
  const feats = tagFeats;
  cacheFor(nerData());
  if (tokenEmit.length < n * L) tokenEmit = new Float32Array(2 * n * L);
  for (let w = 0; w < d.nWindows; w++) {
    const s = d.windows[2 * w];
    const m = d.windows[2 * w + 1] - s;
    for (let i = 0; i < m; i++) {
      const t = s + i;
      // the token's own features, and the features of each word around it that depend on that
      // word alone, are summed once per word form and kept in a cache; the rest (pairs of words,
      // shapes around) are looked up every time
      let o = cached(model, d, t, OWN, hash[t], 1 + shape[t] * 8 + context(d, t));
      for (let y = 0; y < L; y++) acc[y] = cacheSums[o + y];
      let k = 0;
      if (t > 0) {
        o = cached(model, d, t, LEFT, hash[t - 1], 100 + leftTag(d, t));
        for (let y = 0; y < L; y++) acc[y] += cacheSums[o + y];
        k = leftPairFeature(d, t, feats, k);
      } else k = leftFeatures(d, t, feats, k);
      if (t + 1 < n) {
        o = cached(model, d, t, RIGHT, hash[t + 1], 170 + rightTag(d, t));
        for (let y = 0; y < L; y++) acc[y] += cacheSums[o + y];
        k = rightPairFeature(d, t, feats, k);
      } else k = rightFeatures(d, t, feats, k);
      // the words two away alone are looked up every time: cached, they filled the cache with 25K
      // more words per BBC pass and made its other entries miss more often (tagTokens -3%)
      feats[k++] = farKey(5, t > 1 ? hash[t - 2] : NO_WORD);
      feats[k++] = farKey(6, t + 2 < n ? hash[t + 2] : NO_WORD);
      // the shapes and case around, which take few values: cached by their value (tagTokens -5% on top of the line above)
      o = cached(model, d, t, NEAR, nearTag(d, t), 246);
      for (let y = 0; y < L; y++) acc[y] += cacheSums[o + y];
      sum(model, feats, gazFeatures(d, t, feats, k), acc);
      for (let y = 0; y < L; y++) tokenEmit[t * L + y] = acc[y] * scale;
    }
    // emissions and labels in place, not in a window's arrays copied over (~5% of tagTokens)
    viterbi(tokenEmit, m, model.trans, labels, s);
  }
  return labels;
}

// tagTokens' arrays, kept from one article to the next (allocating typed arrays costs ~0.4 µs each)
const tagAcc = new Int32Array(L);
const tagFeats = new Int32Array(MAX_FEATURES);

/** The last tagged text's emission scores, token t's label y at t * L + y (window tokens only). */
let tokenEmit = new Float32Array(1024 * L);

/** The tagger's score of span [a, b) as a name of each type (B then I emissions and the transitions inside). */
function spanScores(a: number, b: number, trans: Float32Array, out: Float32Array): void {
  for (let k = 0; k < TYPES.length; k++) {
    const B = 2 * k + 1;
    let v = tokenEmit[a * L + B] + trans[B];
    for (let t = a + 1; t < b; t++) v += tokenEmit[t * L + B + 1] + trans[(t === a + 1 ? B : B + 1) * L + B + 1];
    out[k] = v + trans[(b - a > 1 ? B + 1 : B) * L];
  }
}

// Cache of summed feature weights that depend on one word: token t's own features (role OWN,
// wordFeatures), those of the previous and next token's word with what leftTag and rightTag say
// (LEFT, RIGHT), and the shapes and case around t (NEAR, keyed by nearTag instead of a word); and the
// typer's features of the word before and after a name (SPAN_LEFT, SPAN_RIGHT: its weights, 4 sums).
// Per slot: the word's hash, a tag (the role and what else the features depend on; 0 when empty),
// when it was last used and L sums. Exact, so results never depend on it; cleared for other data.
// Keyed by one word, not by pairs of neighbours: per BBC pass pair keys missed 161K times (each ~10
// model look-ups), word keys far fewer; the two features of both words are looked up each time.
// Four-way set-associative: a key sits in one of the four slots of its set, and a miss replaces the
// one used longest ago. The same table cleared when half full missed 64K times per BBC pass; this
// one misses 54K times on a first pass (52K keys are distinct) and 18K on later ones (tagTokens -12%, recognize -8%).
// A slot is one 32-byte record (hash, tag and clock, then the sums as int16), so that a look-up reads
// one or two cache lines where separate arrays of hashes, tags, clocks and sums read four or five:
// the recogniser waits on memory (~1 µs per window token in the analysis, where other stages
// push its tables out of the CPU's caches).
const OWN = 0;
const LEFT = 1;
const RIGHT = 2;
const NEAR = 3;
const SPAN_LEFT = 4;
const SPAN_RIGHT = 5;
const CACHE_BITS = 16;
const CACHE_SIZE = 1 << CACHE_BITS;
const WAYS = 4;
const SLOT_INTS = 8;
const cacheBuffer = new ArrayBuffer(CACHE_SIZE * SLOT_INTS * 4);
/** Slot s: the hash at SLOT_INTS * s, then the tag | (clock << 8) (the clock's low 24 bits). */
const cacheKeys = new Int32Array(cacheBuffer);
/** Slot s's L sums from 2 * SLOT_INTS * s + 4 (|sum| <= 127 * 24: fits). */
const cacheSums = new Int16Array(cacheBuffer);
let cacheClock = 0;
let cacheData: NerData | null = null;
const scratch = new Int32Array(L);
const cacheFeats = new Int32Array(MAX_FEATURES);

/** Empties the cache when the data (the models whose weights it sums) changed. */
function cacheFor(data: NerData): void {
  if (data === cacheData) return;
  cacheKeys.fill(0);
  cacheData = data;
}

/** Offset in cacheSums of the summed weights of the features of the given role, of token u. */
function cached(model: Model, d: Doc, u: number, role: number, h: number, tag: number): number {
  const set = (Math.imul(h ^ Math.imul(tag, 0x85ebca6b), 0x9e3779b1) >>> (32 - CACHE_BITS)) & (CACHE_SIZE - WAYS);
  // (the clock wraps after 2^24 look-ups: then a few recent entries go first, which costs only time)
  cacheClock = (cacheClock + 1) & 0xffffff;
  const stamp = tag | (cacheClock << 8);
  let slot = set;
  let oldest = 0x7fffffff;
  for (let s = set; s < set + WAYS; s++) {
    const i = s * SLOT_INTS;
    const meta = cacheKeys[i + 1];
    if (cacheKeys[i] === h && (meta & 255) === tag) {
      cacheKeys[i + 1] = stamp;
      return 2 * i + 4;
    }
    if (meta >>> 8 < oldest) {
      oldest = meta >>> 8;
      slot = s;
    }
  }
  const feats = cacheFeats;
  let k = 0;
  if (role === OWN) k = wordFeatures(d, u, feats, 0);
  else if (role === LEFT) k = leftAttachedFeature(d, u, feats, leftWordFeatures(d, u, feats, 0));
  else if (role === RIGHT) k = rightAttachedFeature(d, u, feats, rightWordFeatures(d, u, feats, 0));
  else if (role === NEAR) k = caseFeatures(d, u, feats, shapesFeature(d, u, feats, 0));
  else if (role === SPAN_LEFT) k = spanLeftFeatures(d, u, feats, 0);
  else k = spanRightFeatures(d, u, feats, 0);
  scratch.fill(0);
  sum(model, feats, k, scratch);
  const i = slot * SLOT_INTS;
  cacheSums.set(scratch, 2 * i + 4);
  cacheKeys[i] = h;
  cacheKeys[i + 1] = stamp;
  return 2 * i + 4;
}

/** Adds the int8 weights of the k features in feats to acc. */
function sum(model: Model, feats: Int32Array, k: number, acc: Int32Array): void {
  const { weights, labels } = model;
  for (let f = 0; f < k; f++) {
    const r = find(model, feats[f]);
    if (r >= 0) for (let y = 0; y < labels; y++) acc[y] += weights[r + y];
  }
}

export function decode(d: Doc, labels: Uint8Array): Ent[] {
  const ents: Ent[] = [];
  const n = d.toks.n;
  for (let t = 0; t < n; t++) {
    const y = labels[t];
    if (y === 0 || (y & 1) === 0) continue;
    let b = t + 1;
    while (b < n && labels[b] === y + 1) b++;
    ents.push({ a: t, b, type: (y - 1) >> 1 });
    t = b - 1;
  }
  return ents;
}

/**
 * The tagger's names with the article's patterns applied: split where headlines and pairs of
 * organisations join two, trimmed, extended to whole organisation names, bylines.
 * (Kept out of consistent(), whose hot loops V8 then inlines: 0.1 s per BBC pass.)
 */
function candidates(d: Doc, found: Ent[]): Ent[] {
  const { initial, line } = d.toks;
  // a lone capitalised word where capitals say nothing ("Iodine deficiency …") is no name when
  // the article itself writes it in lowercase mid-sentence and never capitalised
  const filtered = joinSuffixes(d, splitIn(d, joinSaints(d, splitPairs(d, splitHeadlineWords(d, found))))).filter((e) => {
    if ((e.b - e.a === 1 && (initial[e.a] || line[e.a]) && d.seen[e.a] === 1) || !trimHyphens(d, e) || !trimPronoun(d, e) || !trimRemit(d, e) || !trimStyle(d, e)) return false;
    trimWeekday(d, e);
    trimTitleOf(d, e);
    extendStorm(d, e);
    return !currencyAmount(d, e);
  });
  joinHyphenatedGiven(d, filtered);
  return splitPersonOf(d, bylines(d, extendOrganisations(d, filtered)));
}

// consistent()'s arrays, kept from one article to the next (grown to the largest): allocated anew,
// these ~9 typed arrays per article cost ~0.4 µs each.
let keptOwner = new Int32Array(1024);
let keptVotes = new Float32Array(1024 * TYPES.length);
let keptTyped = new Uint8Array(1024);
let keptBest = new Uint8Array(1024);
let keptEntRow = new Int32Array(1024);
const keptRowOf = new IntMap(1024);
const keptLengths = new IntMap(1024);
const spanFeats = new Int32Array(MAX_SPAN_FEATURES);
const typerSpanScores = new Int32Array(TYPES.length);
const taggerScores = new Float32Array(TYPES.length);

/**
 * Article-level consistency: an acronym in parentheses after a name takes its type, every mention
 * of a string gets one type (summed typer scores and tagger votes over its mentions; a surname
 * after a full name votes person), and untagged repetitions of a tagged string are tagged.
 */
function consistent(d: Doc, ents: Ent[]): Ent[] {
  const { text, toks } = d;
  const { start, shape, hash, initial, line } = toks;
  const n = toks.n;
  if (keptOwner.length < n) keptOwner = new Int32Array(2 * n);
  const owner = keptOwner.fill(-1, 0, n);
  own(owner, ents);
  // a capitalised domain name ("Gazeta.ru") is a publication or company, whatever the tagger says
  let domains = false;
  for (let w = 0; w < d.nWindows; w++)
    for (let t = d.windows[2 * w]; t < d.windows[2 * w + 1]; t++)
      if (shape[t] === Shape.Domain && owner[t] < 0) {
        owner[t] = ents.length;
        ents.push({ a: t, b: t + 1, type: ORG });
        domains = true;
      }
  if (domains) {
    byStart(ents);
    own(owner, ents);
  }
  // "High Negotiations Committee (HNC)"
  for (const e of ents) {
    const t = e.b + 1;
    if (t + 1 < n && text.charCodeAt(start[e.b]) === 40 && text.charCodeAt(start[t + 1]) === 41 && (shape[t] === Shape.Caps || shape[t] === Shape.Acronym)) {
      const o = owner[t];
      if (o >= 0 && ents[o].a === t && ents[o].b === t + 1) ents[o].type = e.type;
      else if (o < 0) {
        owner[t] = ents.length;
        ents.push({ a: t, b: t + 1, type: e.type });
      }
    }
  }
  // type scores per string, keyed by the hash of its token hashes: case-blind, so that a
  // headline's FAROUK is the body's Farouk, and blind to the spaces between the words
  const cap = 3 * ents.length + 1;
  const rowOf = keptRowOf.clear(cap);
  if (keptTyped.length < cap) {
    keptVotes = new Float32Array(2 * cap * TYPES.length);
    keptTyped = new Uint8Array(2 * cap);
    keptBest = new Uint8Array(2 * cap);
  }
  const votes = keptVotes.fill(0, 0, cap * TYPES.length);
  const typed = keptTyped.fill(0, 0, cap);
  let rows = 0;
  // per first word, the token counts (bit k: k tokens) of the strings that start with it
  const lengths = keptLengths.clear(cap);
  const vote = (a: number, b: number, type: number, weight: number) => {
    const k = spanKey(hash, a, b);
    let r = rowOf.get(k);
    if (r < 0) {
      rowOf.set(k, (r = rows++));
      if (b - a <= MAX_REPEAT) lengths.set(hash[a], Math.max(lengths.get(hash[a]), 0) | (1 << (b - a)));
    }
    votes[r * TYPES.length + type] += weight;
    return r;
  };
  const typer = nerData().typer;
  const phrases = phraseMap();
  const scores = typerSpanScores;
  if (keptEntRow.length < ents.length) keptEntRow = new Int32Array(2 * ents.length);
  const entRow = keptEntRow;
  const model = nerData().tagger;
  const tagScores = taggerScores;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    const r = (entRow[i] = vote(e.a, e.b, e.type, 0));
    const v = r * TYPES.length;
    if (model) {
      spanScores(e.a, e.b, model.trans, tagScores);
      let top = tagScores[0];
      for (let y = 1; y < TYPES.length; y++) top = Math.max(top, tagScores[y]);
      for (let y = 0; y < TYPES.length; y++) votes[v + y] += TAGGER_WEIGHT * (tagScores[y] - top);
    }
    // the typer reads a string's first mention; the tagger votes on every one
    if (typer && !typed[r]) {
      typed[r] = 1;
      typerScores(typer, d, e.a, e.b, scores);
      for (let y = 0; y < TYPES.length; y++) votes[v + y] += scores[y] * typer.scale;
    }
    const last = e.b - 1;
    if (e.b === e.a + 1 && e.a > 0 && shape[e.a] === Shape.Cap && (d.lex[e.a] & CAP_MASK) === 0 && hash[e.a - 1] === IN_WORD && shape[e.a - 1] === Shape.Lower && (e.b >= n || hash[e.b] !== POSSESSIVE_S)) votes[v + LOC] += IN_VOTE;
    if (e.type === PER && last > e.a && shape[last] === Shape.Cap && !((d.lex[last] >>> LIST_SHIFT) & LIST.first)) {
      vote(last, e.b, PER, SURNAME_VOTE);
      if (last > e.a + 1) vote(e.a + 1, e.b, PER, SURNAME_VOTE); // "al-Assad", "Smith-Jones"
    }
    // names on the curated organisation list ("Al Arabiya"), "X Committee for Y" and domain names
    // ("Gazeta.ru") are organisations; so, mostly, are a lone organisation word ("the Observatory")
    // and a name that starts with one
    const kinds = e.b - e.a <= MAX_PHRASE ? Math.max(phrases.get(spanKey(hash, e.a, e.b)), 0) : 0;
    if (e.byline) votes[v + e.type] += CURATED_VOTE;
    else if (kinds & PHRASE.org || e.org || (e.b - e.a === 1 && shape[e.a] === Shape.Domain)) votes[v + ORG] += CURATED_VOTE;
    // festivals and holidays ("Ramadan") are neither places nor people
    else if (kinds & PHRASE.misc) votes[v + MISC] += CURATED_VOTE;
    // so are storms, and their names alone after ("Hurricane Dorian", "Dorian")
    else if (isStorm(d, e.a, e.b)) {
      votes[v + MISC] += CURATED_VOTE;
      vote(e.a + 1, e.b, MISC, CURATED_VOTE);
    }
    // a nationality, people or faith ("the Macedonian army", "Christian churches", "Athenians") is
    // MISC, as in CoNLL (with the shipped model: UNER PUD +0.6 F1, GUM dev +0.7, other dev sets level)
    else if (adjectival(d, e.a, e.b, kinds) || regionalAdjective(d, e.a, e.b)) votes[v + MISC] += CURATED_VOTE;
    // the tagger reads a place where the gazetteers list one ("in Geneva"): two signals agree; a
    // listed place of several words ("Middle East") is a place whatever the tagger reads, and so
    // is a country in a headline, where capitals say nothing ("Kenya Thanks Uganda")
    else if (e.type === LOC && kinds & (PHRASE.city | PHRASE.country | PHRASE.region)) votes[v + LOC] += GAZETTEER_VOTE;
    else if ((e.b - e.a > 1 && kinds & (PHRASE.city | PHRASE.country | PHRASE.region)) || (line[e.a] && kinds & PHRASE.country)) votes[v + LOC] += CURATED_VOTE;
    else if ((e.b - e.a > 1 || !initial[e.a]) && (d.lex[e.a] >>> LIST_SHIFT) & LIST.orgWord) votes[v + ORG] += ORG_WORD_VOTE; // "Jabhat al-Nusra"
  }
  // an acronym the article spells out in lowercase words ("ground reaction force (GRF)") is a term, not a name
  const terms = commonAcronyms(d);
  const best = keptBest; // rows <= cap
  for (let r = 0; r < rows; r++) {
    const v = r * TYPES.length;
    let arg = 0;
    for (let y = 1; y < TYPES.length; y++) if (votes[v + y] > votes[v + arg]) arg = y;
    best[r] = arg;
  }
  for (let i = 0; i < ents.length; i++) ents[i].type = best[entRow[i]];
  const typeAlone = (t: number) => {
    const r = rowOf.get(spanKey(hash, t, t + 1));
    return r < 0 ? -1 : best[r];
  };
  for (const e of ents) if (e.type === PER && (placeOfPlace(d, e.a, e.b, typeAlone) || placeWordFirst(d, e.a, e.b))) e.type = LOC;
  if (terms) {
    for (let i = 0; i < ents.length; i++) if (ents[i].b - ents[i].a === 1 && terms.has(hash[ents[i].a])) ents[i].dropped = true;
    for (const h of terms) {
      const k = rowOf.get(phraseStep(PHRASE_SEED, h));
      if (k >= 0) best[k] = MISC; // and no repetitions
    }
  }
  // tag untagged repetitions that stand alone (not part of a longer capitalised sequence)
  const added: Ent[] = [];
  for (let w = 0; w < d.nWindows; w++) {
    const ws = d.windows[2 * w];
    const we = d.windows[2 * w + 1];
    for (let t = ws; t < we; t++) {
      if (owner[t] >= 0 || shape[t] === Shape.Lower || shape[t] === Shape.Punct) continue;
      const lens = lengths.get(hash[t]);
      if (lens <= 0) continue;
      let h = PHRASE_SEED;
      for (let b = t + 1; b <= we && b - t <= MAX_REPEAT; b++) {
        if (owner[b - 1] >= 0) break;
        h = phraseStep(h, hash[b - 1]);
        if (!(lens & (1 << (b - t)))) continue;
        const r = rowOf.get(h);
        if (r < 0 || best[r] === MISC) continue;
        // in an ALL-CAPS line every word looks like a name, so there any repetition counts
        const alone = line[t] === 1 || ((t === ws || !isName(shape[t - 1])) && (b === we || !isName(shape[b])));
        if (alone) {
          added.push({ a: t, b, type: best[r] });
          t = b - 1;
        }
        break;
      }
    }
  }
  const kept = terms ? ents.filter((e) => !e.dropped) : ents;
  return byStart(added.length ? kept.concat(added) : kept);
}

// The typer's sums of a name's own features (spanInnerFeatures) for names of up to three words, kept
// across articles, keyed by all they depend on: each word's hash, lexicon entry and shape. Per slot
// SPAN_STRIDE ints: the length and shapes (0 when empty), three hashes, three lexicon entries (0 past
// the name's end), when it was last used and the sums. Over BBC 62% of the typer's reads are of a
// name an earlier article had (recognize -2%). Four-way set-associative as the tagger's cache (hits
// 52% of reads -> 59% on a first pass, 63% on later ones): exact, cleared for another model.
const SPAN_BITS = 13;
const SPAN_SIZE = 1 << SPAN_BITS;
const SPAN_STRIDE = 8 + TYPES.length;
const spanCache = new Int32Array(SPAN_SIZE * SPAN_STRIDE);
let spanClock = 0;
let spanModel: Model | null = null;

/** The typer's summed weights for span [a, b) (in units of its scale), into out. */
export function typerScores(typer: Model, d: Doc, a: number, b: number, out: Int32Array): void {
  out.fill(0);
  innerSums(typer, d, a, b, out);
  const { hash, n } = d.toks;
  // the word either side from the tagger's cache, summed once per word (typer's tags 247-254): six model and
  // two cluster look-ups per name fewer (recognize 1-5% faster in A/B runs on the busy shared machine)
  if (a > 0 && b < n) {
    cacheFor(nerData());
    let o = cached(typer, d, a, SPAN_LEFT, hash[a - 1], 247 + sideTag(d, a - 1));
    for (let y = 0; y < TYPES.length; y++) out[y] += cacheSums[o + y];
    o = cached(typer, d, b, SPAN_RIGHT, hash[b], 251 + sideTag(d, b));
    for (let y = 0; y < TYPES.length; y++) out[y] += cacheSums[o + y];
    sum(typer, spanFeats, spanAroundFeatures(d, a, b, spanFeats, 0), out);
  } else sum(typer, spanFeats, spanContextFeatures(d, a, b, spanFeats, 0), out);
}

/** Adds the typer's weights of the features of span [a, b) itself to acc. */
function innerSums(typer: Model, d: Doc, a: number, b: number, acc: Int32Array): void {
  const m = b - a;
  if (m > 3) {
    sum(typer, spanFeats, spanInnerFeatures(d, a, b, spanFeats), acc);
    return;
  }
  if (typer !== spanModel) {
    spanCache.fill(0);
    spanModel = typer;
  }
  const { hash, shape } = d.toks;
  const lex = d.lex;
  let meta = m;
  let h = m;
  for (let i = 0; i < m; i++) {
    meta |= shape[a + i] << (4 + 4 * i);
    h = Math.imul(h ^ hash[a + i], 0x9e3779b1);
  }
  const h1 = m > 1 ? hash[a + 1] : 0;
  const h2 = m > 2 ? hash[a + 2] : 0;
  const x1 = m > 1 ? lex[a + 1] : 0;
  const x2 = m > 2 ? lex[a + 2] : 0;
  const set = ((h >>> (32 - SPAN_BITS)) & (SPAN_SIZE - WAYS)) * SPAN_STRIDE;
  spanClock = (spanClock + 1) >>> 0;
  let o = set;
  for (let s = set; s < set + WAYS * SPAN_STRIDE; s += SPAN_STRIDE) {
    if (spanCache[s] === meta && spanCache[s + 1] === hash[a] && spanCache[s + 2] === h1 && spanCache[s + 3] === h2 && spanCache[s + 4] === lex[a] && spanCache[s + 5] === x1 && spanCache[s + 6] === x2) {
      spanCache[s + 7] = spanClock;
      for (let y = 0; y < TYPES.length; y++) acc[y] += spanCache[s + 8 + y];
      return;
    }
    if (spanCache[s + 7] >>> 0 < spanCache[o + 7] >>> 0) o = s;
  }
  spanCache[o] = meta;
  spanCache[o + 1] = hash[a];
  spanCache[o + 2] = h1;
  spanCache[o + 3] = h2;
  spanCache[o + 4] = lex[a];
  spanCache[o + 5] = x1;
  spanCache[o + 6] = x2;
  spanCache[o + 7] = spanClock;
  const sums = typerSums.fill(0);
  sum(typer, spanFeats, spanInnerFeatures(d, a, b, spanFeats), sums);
  for (let y = 0; y < TYPES.length; y++) {
    spanCache[o + 8 + y] = sums[y];
    acc[y] += sums[y];
  }
}
const typerSums = new Int32Array(TYPES.length);

/**
 * A nationality right before an organisation belongs to its name ("the Russian Foreign Ministry",
 * as the CoNLL conventions mark it), while "Russian troops" keeps its group.
 */
function nationalOrganisations(d: Doc, ents: Ent[]): Ent[] {
  const { start, end, n } = d.toks;
  let merged = false;
  for (let i = 0; i + 1 < ents.length; i++) {
    const e = ents[i];
    const next = ents[i + 1];
    if (e.type !== MISC || e.b - e.a !== 1 || next.type !== ORG || next.a !== e.b || next.a >= n || end[e.a] === start[next.a]) continue;
    const s = d.text.slice(start[e.a], end[e.a]);
    if (!((d.lex[e.a] >>> LIST_SHIFT) & LIST.demonym) && !GROUP_ENDINGS.some((x) => s.endsWith(x))) continue;
    next.a = e.a;
    e.dropped = merged = true;
  }
  return merged ? ents.filter((e) => !e.dropped) : ents;
}

/**
 * Hashes of the acronyms that the article defines by lowercase words ("compact fluorescent light
 * (CFL)"): one word per letter, or null when there are none.
 */
function commonAcronyms(d: Doc): Set<number> | null {
  const { text, toks } = d;
  const { start, end, shape, hash, n } = toks;
  let found: Set<number> | null = null;
  for (let w = 0; w < d.nWindows; w++) {
    const t = d.windows[2 * w];
    if (d.windows[2 * w + 1] !== t + 1 || t < 2 || t + 1 >= n || (shape[t] !== Shape.Caps && shape[t] !== Shape.Acronym)) continue;
    if (text.charCodeAt(start[t - 1]) !== 40 || text.charCodeAt(start[t + 1]) !== 41) continue;
    let letters = 0;
    for (let i = start[t]; i < end[t]; i++) if (text.charCodeAt(i) !== 46) letters++;
    if (letters < 2 || letters > 6 || t - 1 - letters < 0) continue;
    let ok = true;
    for (let j = 0, i = start[t]; j < letters && ok; j++, i++) {
      if (text.charCodeAt(i) === 46) i++;
      const u = t - 1 - letters + j;
      ok = shape[u] === Shape.Lower && (text.charCodeAt(start[u]) | 32) === (text.charCodeAt(i) | 32);
    }
    if (ok) (found ??= new Set()).add(hash[t]);
  }
  return found;
}

const ORG_LINKS = IntMap.of(['of', 'for', 'on'].map(hashString));
const ORG_INNER = IntMap.of(['of', 'for', 'on', 'the', 'and', '&', '-'].map(hashString));
// Last words of newspapers and programmes ("Kabul Daily", "Morning Edition"), whose other words are
// often a place or a time of day.
const MEDIA_HEADS = IntMap.of(['daily', 'herald', 'gazette', 'tribune', 'chronicle', 'courier', 'telegraph', 'bulletin', 'times', 'post', 'journal', 'observer', 'monitor', 'edition', 'news', 'ledger'].map(hashString));
// Last words of newspapers only when a listed place comes before them ("Toronto Star", "Leeds
// Mirror"), being common words otherwise ("North Star", "Gold Standard").
const PLACE_PAPER_HEADS = IntMap.of(['star', 'sun', 'mail', 'express', 'mirror', 'standard', 'globe', 'guardian', 'independent', 'examiner', 'inquirer', 'register', 'dispatch', 'echo', 'advertiser'].map(hashString));

/** Token t is the number 24, as in the names of news channels ("France 24", "Kanal 24"). */
function is24(d: Doc, t: number): boolean {
  const { start, end } = d.toks;
  return end[t] - start[t] === 2 && d.text.charCodeAt(start[t]) === 50 && d.text.charCodeAt(start[t] + 1) === 52;
}

/**
 * A capitalised organisation word ("Committee", "Observatory", "Ministry") followed by "of"/"for"/
 * "on" and capitalised words in its window makes one organisation name with them and with the
 * capitalised words before it that are not common words ("Syrian Observatory for Human Rights",
 * "Ministry of Foreign Affairs", not "The"), absorbing the names the tagger found there. So do
 * capitalised words before a newspaper's or programme's last word or a news channel's 24, and a
 * listed place before a last word that names newspapers after places.
 */
function extendOrganisations(d: Doc, ents: Ent[]): Ent[] {
  const { hash, shape } = d.toks;
  const found: Ent[] = [];
  for (let w = 0; w < d.nWindows; w++) {
    const ws = d.windows[2 * w];
    const we = d.windows[2 * w + 1];
    for (let u = ws + 1; u < we; u++) {
      const paper = shape[u] === Shape.Cap && PLACE_PAPER_HEADS.has(hash[u]);
      if (!isName(shape[u - 1]) || !(is24(d, u) || paper || (shape[u] === Shape.Cap && MEDIA_HEADS.has(hash[u])))) continue;
      let a = u;
      // mid-sentence capitals count even on common words ("Morning"), a sentence's first word only if it is no common word
      while (a > ws && isName(shape[a - 1]) && hash[a - 1] !== THE && !DATE_WORDS.has(hash[a - 1]) && !(d.toks.initial[a - 1] && (d.lex[a - 1] & CAP_MASK) === 1)) a--;
      if (a < u && (!paper || listedPlace(d, a, u))) found.push({ a, b: u + 1, type: ORG, org: true });
    }
    for (let u = ws; u + 2 < we; u++) {
      if (!isName(shape[u]) || !((d.lex[u] >>> LIST_SHIFT) & LIST.orgWord) || !ORG_LINKS.has(hash[u + 1]) || !isName(shape[u + 2])) continue;
      let a = u;
      while (a > ws && isName(shape[a - 1]) && (d.lex[a - 1] & CAP_MASK) !== 1) a--;
      let b = u + 1;
      while (b < we && !WEEKDAYS.has(hash[b]) && (isName(shape[b]) || (ORG_INNER.has(hash[b]) && b + 1 < we && (isName(shape[b + 1]) || hash[b + 1] === THE)))) b++;
      while (b > u + 1 && !isName(shape[b - 1])) b--;
      found.push({ a, b, type: ORG, org: true });
      u = b - 1;
    }
  }
  if (!found.length) return ents;
  // names overlapping a pattern are absorbed into it (and widen it)
  for (const f of found)
    for (const e of ents)
      if (e.a < f.b && f.a < e.b) {
        f.a = Math.min(f.a, e.a);
        f.b = Math.max(f.b, e.b);
        e.dropped = true;
      }
  byStart(found);
  const merged: Ent[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.a < last.b) last.b = Math.max(last.b, f.b);
    else merged.push(f);
  }
  return byStart(ents.filter((e) => !e.dropped).concat(merged));
}

/**
 * In a Title Case line (a headline) a name ends at a word the news writes in lowercase (prepare
 * has truecased it), unless it is a connector ("Bank of England"): "Brazil Beats Germany" is two
 * names.
 */
function splitHeadlineWords(d: Doc, ents: Ent[]): Ent[] {
  const { shape, line, hash } = d.toks;
  const out: Ent[] = [];
  for (const e of ents) {
    if (line[e.a] !== 2) {
      out.push(e);
      continue;
    }
    let a = e.a;
    for (let t = e.a; t <= e.b; t++) {
      if (t < e.b && (shape[t] !== Shape.Lower || ORG_INNER.has(hash[t]))) continue;
      let b = t;
      while (b > a && ORG_INNER.has(hash[b - 1])) b--;
      while (a < b && ORG_INNER.has(hash[a])) a++;
      if (b > a) out.push({ a, b, type: e.type });
      a = t + 1;
    }
  }
  return out;
}

/**
 * Two organisations or places joined by "and" (and "the") are two names: "the International
 * Support Group and United Nations Security Council" and "the Caspian Sea and the Aral Sea" split
 * where the first ends in an organisation or place word, while "Ministry of Trade and Industry" and
 * "Bosnia and Herzegovina" stay whole.
 */
export function splitPairs(d: Doc, ents: Ent[]): Ent[] {
  const { hash } = d.toks;
  let out: Ent[] | null = null;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    for (let t = e.a + 2; t < e.b - 2; t++) {
      if (hash[t] !== AND || !((d.lex[t - 1] >>> LIST_SHIFT) & (LIST.orgWord | LIST.locWord))) continue;
      out ??= ents.slice(0, i);
      out.push({ a: e.a, b: t, type: e.type }, { a: hash[t + 1] === THE ? t + 2 : t + 1, b: e.b, type: e.type });
      break;
    }
    if (out && out[out.length - 1].b !== e.b) out.push(e);
  }
  return out ?? ents;
}

const BY = hashString('by');
const AND = hashString('and');
const COMMA = hashString(',');

/**
 * A line that is a byline, "By" and two to four capitalised words per name, names separated by
 * "and" or commas ("By Ana Ruiz and Tomas Lind"), names reporters: each is a person, replacing what
 * the tagger found there. Nothing else may be on the line, and a name is not all common words.
 */
function bylines(d: Doc, ents: Ent[]): Ent[] {
  const { text, toks } = d;
  const { start, end, hash, shape, n } = toks;
  // as written: prepare has truecased a Title Case line's common words, and a byline looks like one
  const capitalised = (t: number) => {
    const c = text[start[t]];
    return c !== c.toLowerCase() && end[t] - start[t] > 1;
  };
  let found: Ent[] | null = null;
  for (let t = 0; t + 2 < n; t++) {
    if (hash[t] !== BY || !capitalised(t) || (start[t] > 0 && text.charCodeAt(start[t] - 1) !== 10)) continue;
    const runs: Ent[] = [];
    let u = t + 1;
    let ok = true;
    while (ok) {
      let b = u;
      let common = 0;
      for (; b < n && capitalised(b) && shape[b] !== Shape.Caps && !DATE_WORDS.has(hash[b]) && !lineBreak(text, end[b - 1], start[b]); b++) if ((d.lex[b] & CAP_MASK) === 1) common++;
      // "Staff Writer" is a role, not a name
      ok = b - u >= 2 && b - u <= 4 && common < b - u;
      // "By Ana Ruiz, Kelvale Courier": after a comma, a name ending in a newspaper's word is the writer's outlet
      const outlet = u > t + 1 && hash[u - 1] === COMMA && (MEDIA_HEADS.has(hash[b - 1]) || PLACE_PAPER_HEADS.has(hash[b - 1]));
      if (ok) runs.push({ a: u, b, type: outlet ? ORG : PER, byline: true });
      if (!ok || b >= n || lineBreak(text, end[b - 1], start[b])) break;
      if (hash[b] !== AND && hash[b] !== COMMA) ok = false;
      u = b + 1;
    }
    if (ok && runs.length) (found ??= []).push(...runs);
  }
  if (!found) return ents;
  const kept = ents.filter((e) => !found.some((f) => e.a < f.b && f.a < e.b));
  return byStart(kept.concat(found));
}

/**
 * Names sorted by their first token, in place. Most lists are in that order already, and a stable
 * sort leaves them as they are: checked first, sparing the comparator's calls (recognize -1%).
 */
function byStart(ents: Ent[]): Ent[] {
  for (let i = 1; i < ents.length; i++) if (ents[i].a < ents[i - 1].a) return ents.sort((x, y) => x.a - y.a);
  return ents;
}

/** owner[t] = i for the tokens of ents[i] (a loop: a fill() call per name cost more). */
function own(owner: Int32Array, ents: Ent[]): void {
  for (let i = 0; i < ents.length; i++) for (let t = ents[i].a; t < ents[i].b; t++) owner[t] = i;
}

/** Hash of the token sequence [a, b), as phrase keys are made. */
function spanKey(hash: Int32Array, a: number, b: number): number {
  let h = PHRASE_SEED;
  for (let t = a; t < b; t++) h = phraseStep(h, hash[t]);
  return h;
}

/**
 * Drops hyphens a name cannot start or end with, a lowercase common word hyphenated to it
 * ("Saudi-backed", "UN-brokered", "-Rebel") and a connector it cannot end with ("Polish National
 * Opera and"); false when nothing is left.
 */
function trimHyphens(d: Doc, e: Ent): boolean {
  const { hash, shape } = d.toks;
  while (e.a < e.b && hash[e.a] === HYPHEN) e.a++;
  for (let t = e.a + 1; t < e.b - 1; t++) if (hash[t] === HYPHEN && shape[t + 1] === Shape.Lower && commonWord(d, t + 1)) e.b = t;
  while (e.b > e.a && (hash[e.b - 1] === HYPHEN || (shape[e.b - 1] === Shape.Lower && ORG_INNER.has(hash[e.b - 1])))) e.b--;
  return e.b > e.a;
}

// "I" with a verb glued to it
const PRONOUN_CONTRACTIONS = IntMap.of(["i'm", "i've", "i'll", "i'd"].map(hashString));

/** Drops "I'm" and the like a name cannot start with ("I'm Ana Ruiz" names Ana Ruiz); false when nothing is left. */
function trimPronoun(d: Doc, e: Ent): boolean {
  while (e.a < e.b && PRONOUN_CONTRACTIONS.has(d.toks.hash[e.a])) e.a++;
  return e.b > e.a;
}

// ISO 4217 currency codes, from the runtime's Intl data
const CURRENCIES = IntMap.of(Intl.supportedValuesOf('currency').map(hashString));

/** A currency code written with an amount ("225 DKK", "USD 25") is a unit, not a name. */
function currencyAmount(d: Doc, e: Ent): boolean {
  const { shape, hash, n } = d.toks;
  const t = e.a;
  if (e.b !== t + 1 || shape[t] !== Shape.Caps || !CURRENCIES.has(hash[t])) return false;
  const amount = (u: number) => u >= 0 && u < n && (shape[u] === Shape.Digits || shape[u] === Shape.AlnumLower);
  return amount(t - 1) || amount(t + 1);
}

/**
 * Drops a weekday written straight after a name of two words or more ("Maria Lopez Tuesday denied
 * it"), keeping the two-word names that end in one ("Black Friday", "Ruby Tuesday").
 */
function trimWeekday(d: Doc, e: Ent): void {
  if (e.b - e.a >= 3 && WEEKDAYS.has(d.toks.hash[e.b - 1])) e.b--;
}

// a lowercase word in the lexicon, or an unknown one ending like a participle ("brokered")
function commonWord(d: Doc, t: number): boolean {
  const cap = d.lex[t] & CAP_MASK;
  if (cap === 1) return true;
  const { text, toks } = d;
  const e = toks.end[t];
  return cap === 0 && e - toks.start[t] > 4 && ((text.charCodeAt(e - 2) === 101 && text.charCodeAt(e - 1) === 100) || text.endsWith('ing', e));
}

function isName(s: number): boolean {
  return s === Shape.Cap || s === Shape.Caps || s === Shape.Mixed || s === Shape.Acronym || s === Shape.Letter || s === Shape.Domain;
}

// endings of nationality, people and faith adjectives ("Peruvian", "Korean", "Sudanese", "Flemish", "Islamic", "Canaanite")
const ADJECTIVE_ENDINGS = ['ian', 'ean', 'can', 'ese', 'ish', 'ic', 'ite'];
// and of the peoples they name ("Athenians", "Israelites")
const PEOPLE_ENDINGS = ['ians', 'eans', 'ites'];
const DETERMINERS = IntMap.of(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'many', 'most', 'some', 'all', 'other', 'several', 'two', 'three', 'both', 'young', 'former', 'this', 'these'].map(hashString));

/**
 * Span [a, b) is one capitalised word naming a nationality, people or faith: a plural on the
 * demonym list or with a people's ending ("Muslims", "Athenians"), or an adjective before a
 * lowercase word, on the list after a determiner or at a sentence start ("Christian churches") or
 * with such an ending after a determiner ("the Macedonian army"; a sentence may open with a
 * surname: "Djokovic said"). Listed places and names are not.
 */
function adjectival(d: Doc, a: number, b: number, kinds: number): boolean {
  const { shape, hash, initial, start, end, n } = d.toks;
  if (b !== a + 1 || shape[a] !== Shape.Cap || kinds & (PHRASE.city | PHRASE.country | PHRASE.region)) return false;
  const lists = (d.lex[a] >>> LIST_SHIFT) & LIST_MASK;
  const demonym = (lists & LIST.demonym) !== 0; // "Christian" is a first name too
  if (!demonym && lists & (LIST.first | LIST.last)) return false;
  const { text } = d;
  const len = end[a] - start[a];
  const endsWith = (x: string) => text.startsWith(x, end[a] - x.length);
  if (len > 5 && endsWith('s') && (demonym || PEOPLE_ENDINGS.some(endsWith))) return true;
  if (b >= n || shape[b] !== Shape.Lower) return false;
  const determined = a > 0 && DETERMINERS.has(hash[a - 1]);
  const afterWord = a > 0 && shape[a - 1] === Shape.Lower;
  // "according to Catholic charities": a listed word between lowercase words is the adjective
  if (demonym) return determined || initial[a] === 1 || afterWord;
  return determined && len > 4 && !endsWith('vic') && ADJECTIVE_ENDINGS.some(endsWith);
}

const GROUP_ENDINGS = ['an', 'ans', 'ese', 'ish', 'is', 'ic', 'ch', 'ks', 'ds', 'gs', 'ist', 'ists'];

function toSpans(d: Doc, ents: Ent[]): NamedSpan[] {
  const { text, toks } = d;
  const out: NamedSpan[] = [];
  for (const e of ents) {
    let type: EntityType;
    if (e.type === MISC) {
      // nationalities and peoples ("Syrian", "Kurds") are groups; festivals ("Ramadan"), events, works and the rest other
      const s = text.slice(toks.start[e.a], toks.end[e.b - 1]);
      const festival = () => Math.max(phraseMap().get(phraseStep(PHRASE_SEED, toks.hash[e.a])), 0) & PHRASE.misc;
      type = e.b - e.a === 1 && GROUP_ENDINGS.some((x) => s.endsWith(x)) && !festival() ? 'group' : 'other';
    } else type = e.type === PER ? 'person' : e.type === 1 ? 'organization' : 'place';
    out.push({ start: toks.start[e.a], end: toks.end[e.b - 1], type });
  }
  return out;
}
