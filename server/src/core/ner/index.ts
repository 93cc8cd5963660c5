// Named-entity recognition: a structured perceptron over BIO labels (scripts/ner/train.mjs), decoded
// with Viterbi inside candidate windows, then made consistent across the article, where a span
// typer and the tagger vote on each distinct name's type.
import type { EntityType, NamedSpan } from '../types';
import { Doc, MAX_FEATURES, features, prepare } from './features';
import { L, Model, TYPES, find, loadModel, loadTyper, viterbi } from './model';
import { MAX_SPAN_FEATURES, spanFeatures } from './typer';
import { CAP_MASK, LIST, LIST_SHIFT, MAX_PHRASE, PHRASE, PHRASE_SEED, phraseMap, phraseStep } from './lexicon';
import { Shape, hashString } from './tokenize';

const HYPHEN = hashString('-');

export { prepare } from './features';

/** Entity as token range [a, b) and index into TYPES. */
interface Ent {
  a: number;
  b: number;
  type: number;
}

const PER = 0;
const ORG = 1;
const MISC = 3;
// Votes for a string's type, added to the typer's scores: the tagger's label, a surname.
const TAGGER_VOTE = 2;
const SURNAME_VOTE = 3;
const CURATED_VOTE = 100;
/** Longest name, in tokens, that consistency repeats. */
const MAX_REPEAT = 8;

export function recognize(text: string): NamedSpan[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const d = prepare(text);
    return toSpans(d, consistent(d, decode(d, tagTokens(d))));
  } catch {
    return [];
  }
}

/** BIO label per token (0 outside candidate windows). */
export function tagTokens(d: Doc): Uint8Array {
  const labels = new Uint8Array(d.toks.n);
  const model = loadModel();
  if (!model) return labels;
  const { scale } = model;
  const acc = new Int32Array(L);
  const feats = new Int32Array(MAX_FEATURES);
  let emit = new Float32Array(64 * L);
  let out = new Uint8Array(64);
  for (let w = 0; w < d.nWindows; w++) {
    const s = d.windows[2 * w];
    const m = d.windows[2 * w + 1] - s;
    if (m * L > emit.length) {
      emit = new Float32Array(2 * m * L);
      out = new Uint8Array(2 * m);
    }
    for (let i = 0; i < m; i++) {
      acc.fill(0);
      sum(model, feats, features(d, s + i, feats), acc);
      for (let y = 0; y < L; y++) emit[i * L + y] = acc[y] * scale;
    }
    viterbi(emit, m, model.trans, out);
    labels.set(out.subarray(0, m), s);
  }
  return labels;
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
 * Article-level consistency: capitalised common words are dropped, an acronym in parentheses
 * after a name takes its type, every mention of a string gets one type (summed typer scores and
 * tagger votes over its mentions; a surname after a full name votes person), and untagged
 * repetitions of a tagged string are tagged.
 */
function consistent(d: Doc, found: Ent[]): Ent[] {
  const { text, toks } = d;
  const { start, end, shape, hash, initial, line } = toks;
  const n = toks.n;
  // a lone capitalised word where capitals say nothing ("Iodine deficiency …") is no name when
  // the article itself writes it in lowercase mid-sentence and never capitalised
  const ents = found.filter((e) => !(e.b - e.a === 1 && (initial[e.a] || line[e.a]) && d.seen[e.a] === 1) && trimHyphens(d, e));
  // case-blind, so that a headline's ALLOUSH is the body's Alloush
  const surface = (a: number, b: number) => text.slice(start[a], end[b - 1]).toLowerCase();
  const owner = new Int32Array(n).fill(-1);
  ents.forEach((e, i) => owner.fill(i, e.a, e.b));
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
  // type scores per surface string
  const votes = new Map<string, Float32Array>();
  const byFirst = new Map<number, Set<number>>();
  const vote = (a: number, b: number, type: number, weight: number) => {
    const s = surface(a, b);
    let v = votes.get(s);
    if (!v) {
      const lens = byFirst.get(hash[a]);
      if (lens) lens.add(s.length);
      else byFirst.set(hash[a], new Set([s.length]));
    }
    if (!v) votes.set(s, (v = new Float32Array(TYPES.length)));
    v[type] += weight;
    return v;
  };
  const typer = loadTyper();
  const phrases = phraseMap();
  const feats = new Int32Array(MAX_SPAN_FEATURES);
  const scores = new Int32Array(TYPES.length);
  const typed = new Set<Float32Array>();
  for (const e of ents) {
    const v = vote(e.a, e.b, e.type, TAGGER_VOTE);
    // the typer reads a string's first mention; the tagger votes on every one
    if (typer && !typed.has(v)) {
      typed.add(v);
      scores.fill(0);
      sum(typer, feats, spanFeatures(d, e.a, e.b, feats), scores);
      for (let y = 0; y < TYPES.length; y++) v[y] += scores[y] * typer.scale;
    }
    const last = e.b - 1;
    if (e.type === PER && last > e.a && shape[last] === Shape.Cap && !((d.lex[last] >>> LIST_SHIFT) & LIST.first)) {
      vote(last, e.b, PER, SURNAME_VOTE);
      if (last > e.a + 1) vote(e.a + 1, e.b, PER, SURNAME_VOTE); // "al-Assad", "Barnes-Dacey"
    }
    // names on the curated organisation list ("Jaysh al-Islam", "Al Arabiya") are organisations
    if (e.b - e.a <= MAX_PHRASE) {
      let h = PHRASE_SEED;
      for (let t = e.a; t < e.b; t++) h = phraseStep(h, hash[t]);
      if (Math.max(phrases.get(h), 0) & PHRASE.org) v[ORG] += CURATED_VOTE;
    }
  }
  const best = new Map<string, number>();
  for (const [s, v] of votes) {
    let arg = 0;
    for (let y = 1; y < v.length; y++) if (v[y] > v[arg]) arg = y;
    best.set(s, arg);
  }
  for (const e of ents) e.type = best.get(surface(e.a, e.b)) ?? e.type;
  // tag untagged repetitions that stand alone (not part of a longer capitalised sequence)
  const added: Ent[] = [];
  for (let w = 0; w < d.nWindows; w++) {
    const ws = d.windows[2 * w];
    const we = d.windows[2 * w + 1];
    for (let t = ws; t < we; t++) {
      if (owner[t] >= 0 || shape[t] === Shape.Lower || shape[t] === Shape.Punct) continue;
      const lens = byFirst.get(hash[t]);
      if (!lens) continue;
      for (let b = t + 1; b <= we && b - t <= MAX_REPEAT; b++) {
        if (owner[b - 1] >= 0) break;
        const len = end[b - 1] - start[t];
        if (!lens.has(len)) continue;
        const type = best.get(surface(t, b));
        if (type === undefined || type === MISC) continue;
        // in an ALL-CAPS line every word looks like a name, so there any repetition counts
        const alone = line[t] === 1 || ((t === ws || !isName(shape[t - 1])) && (b === we || !isName(shape[b])));
        if (alone) {
          added.push({ a: t, b, type });
          t = b - 1;
        }
        break;
      }
    }
  }
  return added.length ? ents.concat(added).sort((x, y) => x.a - y.a) : ents.sort((x, y) => x.a - y.a);
}

/**
 * Drops hyphens a name cannot start or end with and a lowercase common word hyphenated to it
 * ("Saudi-backed", "UN-brokered", "-Rebel"); false when nothing is left.
 */
function trimHyphens(d: Doc, e: Ent): boolean {
  const { hash, shape } = d.toks;
  while (e.a < e.b && hash[e.a] === HYPHEN) e.a++;
  for (let t = e.a + 1; t < e.b - 1; t++) if (hash[t] === HYPHEN && shape[t + 1] === Shape.Lower && commonWord(d, t + 1)) e.b = t;
  while (e.b > e.a && hash[e.b - 1] === HYPHEN) e.b--;
  return e.b > e.a;
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
  return s === Shape.Cap || s === Shape.Caps || s === Shape.Mixed || s === Shape.Acronym || s === Shape.Letter;
}

const GROUP_ENDINGS = ['an', 'ans', 'ese', 'ish', 'is', 'ic', 'ch', 'ks', 'ds', 'gs', 'ist', 'ists'];

function toSpans(d: Doc, ents: Ent[]): NamedSpan[] {
  const { text, toks } = d;
  const out: NamedSpan[] = [];
  for (const e of ents) {
    let type: EntityType;
    if (e.type === MISC) {
      // nationalities and peoples ("Syrian", "Kurds") are groups; events, works and the rest other
      const s = text.slice(toks.start[e.a], toks.end[e.b - 1]);
      type = e.b - e.a === 1 && GROUP_ENDINGS.some((x) => s.endsWith(x)) ? 'group' : 'other';
    } else type = e.type === PER ? 'person' : e.type === 1 ? 'organization' : 'place';
    out.push({ start: toks.start[e.a], end: toks.end[e.b - 1], type });
  }
  return out;
}
