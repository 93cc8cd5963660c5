// Feature extraction shared by the runtime and the training script (which imports the compiled
// module), so both see identical hashed features. Only tokens in candidate windows (runs of
// capitalised tokens and the connectors between them) are ever scored; all others are outside names.
import { IntMap, mix } from './packed';
import { CAP_MASK, CLUSTER_A_MASK, CLUSTER_A_SHIFT, CLUSTER_B_MASK, CLUSTER_B_SHIFT, LIST_MASK, LIST_SHIFT, MAX_PHRASE, PROFILE_MASK, PROFILE_SHIFT, PHRASE_KINDS, PHRASE_SEED, phraseMap, phraseStep, wordMap } from './lexicon';
import { Shape, Tokens, hashRange, hashString, isAbbreviation, tokenize } from './tokenize';

export const FEATURE_BITS = 24;
export const MAX_FEATURES = 128;

export interface Doc {
  text: string;
  toks: Tokens;
  /** Word lexicon info for window tokens and two tokens either side (0 when unknown). */
  lex: Int32Array;
  /** Phrase gazetteer matches: bit (kind * 4 + position) with position B, I, L, U. */
  gaz: Int32Array;
  /** Per window token, bits: 1 this text also writes it lowercase mid-sentence, 2 capitalised mid-sentence. */
  seen: Uint8Array;
  /** Candidate windows as [start, end) token index pairs. */
  windows: Int32Array;
  nWindows: number;
}

// Lowercase words inside names ("Bank of England") and particles that may open one ("al-Assad", "van Gogh").
const INNER = new Set(['of', 'the', 'for', 'and', 'on', 'upon', 'in', 'at', 'y', 'e', '&'].map(hashString));
const PARTICLES = new Set(['de', 'del', 'della', 'des', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'da', 'di', 'dos', 'das', 'do', 'ben'].map(hashString));
const HYPHEN = hashString('-');
const PRONOUN_I = hashString('i');
const POSSESSIVE = hashString("'s");
const DOT = hashString('.');
const OPEN = hashString('(');
const CLOSE = hashString(')');

function nameLike(shape: number): boolean {
  return shape === Shape.Cap || shape === Shape.Caps || shape === Shape.Letter || shape === Shape.Mixed || shape === Shape.Acronym || shape === Shape.Alnum;
}

export function prepare(text: string): Doc {
  const toks = tokenize(text);
  const n = toks.n;
  const { hash, shape, initial, line, start, end } = toks;
  const words = wordMap();
  // candidate windows: name-like tokens, plus connectors with a name-like token within two tokens after
  const windows = new Int32Array(2 * n + 2);
  let nWindows = 0;
  let open = -1;
  for (let t = 0; t <= n; t++) {
    let inside = false;
    if (t < n) {
      if (nameLike(shape[t])) inside = true;
      else {
        const h = hash[t];
        const sh = shape[t];
        const glued = t > 0 && end[t - 1] === start[t];
        const nextName = (t + 1 < n && nameLike(shape[t + 1])) || (t + 2 < n && nameLike(shape[t + 2]) && (INNER.has(hash[t + 1]) || PARTICLES.has(hash[t + 1]) || hash[t + 1] === HYPHEN));
        if (open >= 0) {
          // "Chung-tai", "Building 31", "Jr.", "Bank of England"
          inside =
            (h === HYPHEN && glued && t + 1 < n && start[t + 1] === end[t]) ||
            (glued && sh === Shape.Lower && hash[t - 1] === HYPHEN) ||
            (glued && h === POSSESSIVE) ||
            (h === DOT && glued && (shape[t - 1] === Shape.Letter || isAbbreviation(hash[t - 1]))) ||
            sh === Shape.Digits ||
            ((INNER.has(h) || PARTICLES.has(h)) && nextName);
        } else inside = (PARTICLES.has(h) || sh === Shape.Digits) && nextName; // "al-Assad", "2470 Lemoine Avenue"
      }
    }
    if (inside && open < 0) open = t;
    else if (!inside && open >= 0) {
      // a lone sentence-initial capitalised common word ("The", "But") or "I" is not worth scoring
      if (t - open === 1 && ((initial[open] && shape[open] === Shape.Cap && (words.get(hash[open]) & CAP_MASK) === 1) || hash[open] === PRONOUN_I)) {
        open = -1;
        continue;
      }
      windows[2 * nWindows] = open;
      windows[2 * nWindows + 1] = t;
      nWindows++;
      open = -1;
    }
  }
  // word lexicon for window tokens and their neighbours
  const lex = new Int32Array(n);
  const gaz = new Int32Array(n);
  const seen = new Uint8Array(n);
  let inWindows = 0;
  for (let w = 0; w < nWindows; w++) inWindows += windows[2 * w + 1] - windows[2 * w];
  const names = new IntMap(inWindows);
  let last = -1;
  for (let w = 0; w < nWindows; w++) {
    const from = Math.max(windows[2 * w] - 2, last + 1);
    const to = Math.min(windows[2 * w + 1] + 2, n);
    for (let t = from; t < to; t++) if (shape[t] !== Shape.Punct) lex[t] = Math.max(words.get(hash[t]), 0);
    last = to - 1;
    for (let t = windows[2 * w]; t < windows[2 * w + 1]; t++) if (shape[t] !== Shape.Punct) names.set(hash[t], 0);
  }
  // whether this text itself writes a window word lowercase or capitalised mid-sentence
  for (let t = 0; t < n; t++) {
    if (initial[t] || line[t]) continue;
    const bit = shape[t] === Shape.Lower ? 1 : shape[t] === Shape.Cap ? 2 : 0;
    if (bit && names.get(hash[t]) >= 0) names.set(hash[t], names.get(hash[t]) | bit);
  }
  for (let w = 0; w < nWindows; w++) for (let t = windows[2 * w]; t < windows[2 * w + 1]; t++) if (shape[t] !== Shape.Punct) seen[t] = names.get(hash[t]);
  // phrase gazetteer: longest match starting at each candidate token
  const phrases = phraseMap();
  for (let w = 0; w < nWindows; w++) {
    const ws = windows[2 * w];
    const we = windows[2 * w + 1];
    for (let t = ws; t < we; t++) {
      let h = PHRASE_SEED;
      let best = 0;
      let bestLen = 0;
      for (let k = 0; k < MAX_PHRASE && t + k < we; k++) {
        h = phraseStep(h, hash[t + k]);
        const v = phrases.get(h);
        if (v > 0) {
          best = v;
          bestLen = k + 1;
        }
      }
      for (let kind = 0; kind < PHRASE_KINDS; kind++) {
        if (!(best & (1 << kind))) continue;
        if (bestLen === 1) gaz[t] |= 1 << (kind * 4 + 3);
        else {
          gaz[t] |= 1 << (kind * 4);
          for (let k = 1; k < bestLen - 1; k++) gaz[t + k] |= 1 << (kind * 4 + 1);
          gaz[t + bestLen - 1] |= 1 << (kind * 4 + 2);
        }
      }
    }
  }
  return { text, toks, lex, gaz, seen, windows, nWindows };
}

const NONE = 0x5bd1e995;

/** Feature key of template tpl with value v (shared with the typer's templates, numbered from 100). */
export function key(tpl: number, v: number): number {
  return mix(Math.imul(tpl, 0x9e3779b1) ^ v) >>> (32 - FEATURE_BITS);
}

export function key2(tpl: number, a: number, b: number): number {
  return key(tpl, mix(a) + b);
}

/** Writes the feature keys of token t into out; returns how many. */
export function features(d: Doc, t: number, out: Int32Array): number {
  const { hash, shape, initial, line, start, end, n } = d.toks;
  const lex = d.lex;
  const text = d.text;
  const hasP = t > 0;
  const hasP2 = t > 1;
  const hasN = t + 1 < n;
  const hasN2 = t + 2 < n;
  const w0 = hash[t];
  const wp = hasP ? hash[t - 1] : NONE;
  const wn = hasN ? hash[t + 1] : NONE;
  const s0 = shape[t];
  const sp = hasP ? shape[t - 1] : 15;
  const sn = hasN ? shape[t + 1] : 15;
  const x0 = lex[t];
  const xp = hasP ? lex[t - 1] : 0;
  const xn = hasN ? lex[t + 1] : 0;
  const ctx = initial[t] + 2 * line[t];
  const len = end[t] - start[t];
  let k = 0;
  out[k++] = key(1, 0);
  out[k++] = key(2, w0);
  out[k++] = key(3, wp);
  out[k++] = key(4, wn);
  out[k++] = key(5, hasP2 ? hash[t - 2] : NONE);
  out[k++] = key(6, hasN2 ? hash[t + 2] : NONE);
  out[k++] = key(7, s0 + 16 * ctx);
  out[k++] = key(8, sp + 16 * s0 + 256 * sn);
  out[k++] = key2(9, wp, s0);
  out[k++] = key2(10, wn, s0);
  if (len > 3) {
    out[k++] = key(11, hashRange(text, end[t] - 3, end[t]));
    out[k++] = key(12, hashRange(text, end[t] - 2, end[t]));
    out[k++] = key(14, hashRange(text, start[t], start[t] + 3));
    if (len > 4) out[k++] = key(13, hashRange(text, end[t] - 4, end[t]));
  }
  out[k++] = key(15, (x0 & CAP_MASK) + 4 * ctx + 32 * s0);
  out[k++] = key(16, (x0 >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK);
  out[k++] = key(17, (x0 >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK);
  out[k++] = key(18, hasP ? (xp >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK : 255);
  out[k++] = key(19, hasN ? (xn >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK : 255);
  out[k++] = key(20, hasP ? (xp >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK : 2047);
  out[k++] = key(21, hasN ? (xn >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK : 2047);
  for (let lists = (x0 >>> LIST_SHIFT) & LIST_MASK, b = 0; lists; b++, lists >>>= 1) if (lists & 1) out[k++] = key(22, b);
  for (let lists = (xp >>> LIST_SHIFT) & LIST_MASK, b = 0; lists; b++, lists >>>= 1) if (lists & 1) out[k++] = key(32, b);
  for (let lists = (xn >>> LIST_SHIFT) & LIST_MASK, b = 0; lists; b++, lists >>>= 1) if (lists & 1) out[k++] = key(33, b);
  const pr = (x0 >>> PROFILE_SHIFT) & PROFILE_MASK;
  out[k++] = key(35, pr);
  out[k++] = key(36, pr + 64 * ctx);
  out[k++] = key(37, hasP ? (xp >>> PROFILE_SHIFT) & PROFILE_MASK : 127);
  out[k++] = key(38, hasN ? (xn >>> PROFILE_SHIFT) & PROFILE_MASK : 127);
  for (let g = d.gaz[t], b = 0; g; b++, g >>>= 1) if (g & 1) out[k++] = key(23, b);
  out[k++] = key(24, d.seen[t] + 4 * ctx + 32 * (s0 === Shape.Cap || s0 === Shape.Caps ? 1 : 0));
  out[k++] = key2(25, wp, w0);
  out[k++] = key2(26, w0, wn);
  if (wp === OPEN && wn === CLOSE) out[k++] = key(27, s0);
  out[k++] = key(28, Math.min(len, 10) + 16 * s0);
  out[k++] = key(30, (xp & CAP_MASK) + 4 * (xn & CAP_MASK) + 16 * (x0 & CAP_MASK));
  if (hasP && end[t - 1] === start[t]) out[k++] = key2(31, wp, 1); // attached to the previous token
  if (w0 === DOT || (hasN && start[t + 1] === end[t])) out[k++] = key2(34, wn, 0); // attached to the next
  return k;
}
