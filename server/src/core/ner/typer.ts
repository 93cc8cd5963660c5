// Span typer: once the tagger has found a name, a multiclass perceptron over the whole span
// (its words, its head, both sides, gazetteer and profile matches) scores PER/ORG/LOC/MISC. It sees
// what a token-level tagger cannot: "University" at the end of "University of North Carolina".
import { Doc, glove, key, key2 } from './features';
import { CLUSTER_A_MASK, CLUSTER_A_SHIFT, CLUSTER_B_MASK, CLUSTER_B_SHIFT, LIST_MASK, LIST_SHIFT, MAX_PHRASE, PHRASE_SEED, PROFILE_MASK, PROFILE_SHIFT, glove1024, glove256, phraseMap, phraseStep } from './lexicon';
import { Shape, hashRange } from './tokenize';

export const MAX_SPAN_FEATURES = 160;
const NONE = 0x3c6ef372;

/**
 * Writes the feature keys of span [a, b) into out (at most MAX_SPAN_FEATURES); returns how many.
 * Training hides the identity of the words for which hide(t) is true (word dropout).
 */
export function spanFeatures(d: Doc, a: number, b: number, out: Int32Array, hide?: (t: number) => boolean): number {
  return spanContextFeatures(d, a, b, out, spanInnerFeatures(d, a, b, out, hide), hide);
}

/**
 * The span's own features, from out[0]: they depend only on its words' hashes, lexicon entries and
 * shapes (the runtime caches their sums per name, index.ts).
 */
export function spanInnerFeatures(d: Doc, a: number, b: number, out: Int32Array, hide?: (t: number) => boolean): number {
  const { hash, shape, start, end } = d.toks;
  const lex = d.lex;
  let k = 0;
  const head = b - 1;
  out[k++] = key(100, 0);
  for (let t = a; t < b && k < MAX_SPAN_FEATURES - 56; t++) {
    if (!hide?.(t)) out[k++] = key(101, hash[t]);
    const lists = (lex[t] >>> LIST_SHIFT) & LIST_MASK;
    const pos = t === a ? 0 : t === head ? 1 : 2;
    for (let bit = 0; bit < 6; bit++) if (lists & (1 << bit)) out[k++] = key(102, bit * 4 + pos);
    out[k++] = key(103, ((lex[t] >>> PROFILE_SHIFT) & PROFILE_MASK) * 4 + pos);
  }
  if (!hide?.(a)) out[k++] = key(104, hash[a]);
  if (!hide?.(head)) out[k++] = key(105, hash[head]);
  out[k++] = key(106, (lex[head] >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK);
  out[k++] = key(107, (lex[head] >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK);
  out[k++] = key(108, (lex[a] >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK);
  if (end[head] - start[head] > 3) out[k++] = key(109, hashRange(d.text, end[head] - 3, end[head]));
  out[k++] = key(116, Math.min(b - a, 6));
  for (let t = a; t < b && t < a + 6; t++) out[k++] = key(123, glove1024(glove(d, t)) + 2048 * (t === head ? 1 : 0));
  let shapes = 0;
  for (let t = a; t < b && t < a + 4; t++) shapes = shapes * 16 + shape[t];
  out[k++] = key(117, shapes);
  if (b - a <= MAX_PHRASE) {
    let h = PHRASE_SEED;
    for (let t = a; t < b; t++) h = phraseStep(h, hash[t]);
    const kinds = phraseMap().get(h);
    if (kinds > 0) for (let bit = 0; kinds >>> bit; bit++) if (kinds & (1 << bit)) out[k++] = key(120, bit);
  }
  return k;
}

/** The features of the span with the words around it and its place in the text, from out[k]. */
export function spanContextFeatures(d: Doc, a: number, b: number, out: Int32Array, k: number, hide?: (t: number) => boolean): number {
  return spanAroundFeatures(d, a, b, out, spanRightFeatures(d, b, out, spanLeftFeatures(d, a, out, k)), hide);
}

/**
 * The word before a span starting at token a: its hash, cluster and GloVe cluster. They depend on
 * that word's hash, whether its lexicon entry was read and whether it is punctuation (sideTag).
 */
export function spanLeftFeatures(d: Doc, a: number, out: Int32Array, k: number): number {
  out[k++] = key(110, a > 0 ? d.toks.hash[a - 1] : NONE);
  out[k++] = key(114, a > 0 ? (d.lex[a - 1] >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK : 2047);
  out[k++] = key(124, a > 0 ? glove256(glove(d, a - 1)) : 1023);
  return k;
}

/** The word after a span ending before token b, as spanLeftFeatures. */
export function spanRightFeatures(d: Doc, b: number, out: Int32Array, k: number): number {
  const n = d.toks.n;
  out[k++] = key(112, b < n ? d.toks.hash[b] : NONE);
  out[k++] = key(115, b < n ? (d.lex[b] >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK : 2047);
  out[k++] = key(125, b < n ? glove256(glove(d, b)) : 1023);
  return k;
}

/** What spanLeftFeatures and spanRightFeatures depend on besides the word's hash (0-3). */
export function sideTag(d: Doc, t: number): number {
  return (d.lex[t] !== 0 ? 1 : 0) + (d.toks.shape[t] === Shape.Punct ? 2 : 0);
}

/** The words two away, the span's place in its line, parentheses around, its head with each neighbour. */
export function spanAroundFeatures(d: Doc, a: number, b: number, out: Int32Array, k: number, hide?: (t: number) => boolean): number {
  const { hash, start, initial, line, n } = d.toks;
  const head = b - 1;
  out[k++] = key(111, a > 1 ? hash[a - 2] : NONE);
  out[k++] = key(113, b + 1 < n ? hash[b + 1] : NONE);
  out[k++] = key(118, initial[a] + 2 * line[a]);
  if (a > 0 && b < n && d.text.charCodeAt(start[a - 1]) === 40 && d.text.charCodeAt(start[b]) === 41) out[k++] = key(119, 0);
  if (!hide?.(head)) {
    out[k++] = key2(121, a > 0 ? hash[a - 1] : NONE, hash[head]);
    out[k++] = key2(122, hash[head], b < n ? hash[b] : NONE);
  }
  return k;
}
