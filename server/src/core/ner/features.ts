// Feature extraction shared by the runtime and the training script (which imports the compiled
// module), so both see identical hashed features. Only tokens in candidate windows (runs of
// capitalised tokens and the connectors between them) are ever scored; all others are outside names.
import { IntMap, Kept, mix } from './packed';
import { CAP_MASK, CLUSTER_A_MASK, CLUSTER_A_SHIFT, CLUSTER_B_MASK, CLUSTER_B_SHIFT, LIST_MASK, LIST_SHIFT, MAX_PHRASE, PROFILE_MASK, PROFILE_SHIFT, PHRASE_SEED, clusterMap, glove1024, glove256, phraseMap, phraseStep, wordMap } from './lexicon';
import { Shape, Tokens, hashRange, hashString, isAbbreviation, tokenize } from './tokenize';
import { MONTHS } from '../text';

export const FEATURE_BITS = 24;
export const MAX_FEATURES = 128;

export interface Doc {
  text: string;
  toks: Tokens;
  /** Word lexicon info for window tokens and two tokens either side (0 when unknown). */
  lex: Int32Array;
  /** Phrase gazetteer matches: bit (kind * 4 + position) with position B, I, L, U, kinds 0-7. */
  gaz: Int32Array;
  /** The same for kinds 8 and up, bit ((kind - 8) * 4 + position). */
  gaz2: Int32Array;
  /** Per window token, bits: 1 this text also writes it lowercase mid-sentence, 2 capitalised mid-sentence. */
  seen: Uint8Array;
  /** Candidate windows as [start, end) token index pairs. */
  windows: Int32Array;
  nWindows: number;
  /** clusterMap(), kept here: fetched once per text rather than for every feature computed (glove). */
  clusters: IntMap;
}

// Lowercase words inside names ("Bank of England") and particles that may open one ("al-Assad", "van Gogh").
const INNER = IntMap.of(['of', 'the', 'for', 'and', 'on', 'upon', 'in', 'at', 'y', 'e', '&'].map(hashString));
const PARTICLES = IntMap.of(['de', 'del', 'della', 'des', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'da', 'di', 'dos', 'das', 'do', 'ben'].map(hashString));
// A weekday or month after a connector is a date, never the rest of a name ("the Security Council
// on Tuesday", "the Senate in March").
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const WEEKDAYS = IntMap.of(WEEKDAY_NAMES.map((w) => hashString(w)));
export const DATE_WORDS = IntMap.of([...MONTHS, ...WEEKDAY_NAMES].map((w) => hashString(w)));
const APOSTROPHE = hashString("'");
const HYPHEN = hashString('-');
const PRONOUN_I = hashString('i');
const POSSESSIVE = hashString("'s");
const DOT = hashString('.');
const OPEN = hashString('(');
const CLOSE = hashString(')');

// The name-like shapes as bits (one test where seven comparisons ran for every token of a text)
const NAME_LIKE = (1 << Shape.Cap) | (1 << Shape.Caps) | (1 << Shape.Letter) | (1 << Shape.Mixed) | (1 << Shape.Acronym) | (1 << Shape.Alnum) | (1 << Shape.Domain);

function nameLike(shape: number): boolean {
  return ((NAME_LIKE >>> shape) & 1) === 1;
}

/** Whether token t + 1 or t + 2 is name-like (a cheap test before nextName's). */
function nearName(shape: Uint8Array, t: number, n: number): boolean {
  return (t + 1 < n && nameLike(shape[t + 1])) || (t + 2 < n && nameLike(shape[t + 2]));
}

/** A name-like token next, or after a connector ("of", "al", "-"). */
function nextName(hash: Int32Array, shape: Uint8Array, t: number, n: number): boolean {
  return (t + 1 < n && nameLike(shape[t + 1])) || (t + 2 < n && nameLike(shape[t + 2]) && (INNER.has(hash[t + 1]) || PARTICLES.has(hash[t + 1]) || hash[t + 1] === HYPHEN));
}

export function lineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

const FILTER = new Int32Array(1024);
const keptNames = new IntMap(1024);
let keptWindows = new Int32Array(1024);

const keptLex = new Kept((n) => new Int32Array(n));
const keptGaz = new Kept((n) => new Int32Array(n));
const keptGaz2 = new Kept((n) => new Int32Array(n));
const keptSeen = new Kept((n) => new Uint8Array(n));

/**
 * Tokens, candidate windows and the lexicon's view of text. With kept, the arrays are views of
 * arrays the next kept call overwrites (see Kept); otherwise the caller's to keep.
 */
export function prepare(text: string, kept = false): Doc {
  const toks = tokenize(text, kept);
  const n = toks.n;
  const { hash, shape, initial, line, start, end } = toks;
  const words = wordMap();
  // candidate windows: name-like tokens, plus connectors with a name-like token within two tokens after
  // (found in a kept array, then copied: a text has far fewer windows than tokens)
  if (keptWindows.length < 2 * n + 2) keptWindows = new Int32Array(4 * n + 4);
  const found = keptWindows;
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
        if (open >= 0) {
          // "Chung-tai", "Building 31", "Jr.", "Bank of England"
          inside =
            (h === HYPHEN && glued && t + 1 < n && start[t + 1] === end[t]) ||
            (glued && sh === Shape.Lower && hash[t - 1] === HYPHEN) ||
            (glued && h === POSSESSIVE) ||
            // a plural possessive inside a name: "the Nurses' Union", "Farmers' Party"
            (glued && h === APOSTROPHE && (text.charCodeAt(start[t] - 1) | 32) === 115 && t + 1 < n && start[t + 1] === end[t] + 1 && nameLike(shape[t + 1])) ||
            (h === DOT && glued && (shape[t - 1] === Shape.Letter || isAbbreviation(hash[t - 1]))) ||
            sh === Shape.Digits ||
            (nearName(shape, t, n) && (INNER.has(h) || PARTICLES.has(h)) && nextName(hash, shape, t, n) && !(t + 1 < n && DATE_WORDS.has(hash[t + 1])));
        } else inside = nearName(shape, t, n) && (sh === Shape.Digits || PARTICLES.has(h)) && nextName(hash, shape, t, n); // "al-Assad", "2470 Lemoine Avenue"
      }
    }
    // a name never runs over a line break
    if (inside && open >= 0 && lineBreak(text, end[t - 1], start[t])) {
      found[2 * nWindows] = open;
      found[2 * nWindows + 1] = t;
      nWindows++;
      open = -1;
    }
    if (inside && open < 0) open = t;
    else if (!inside && open >= 0) {
      // a lone sentence-initial capitalised common word ("The", "But") or "I" is not worth scoring
      if (t - open === 1 && ((initial[open] && shape[open] === Shape.Cap && (words.get(hash[open]) & CAP_MASK) === 1) || hash[open] === PRONOUN_I)) {
        open = -1;
        continue;
      }
      found[2 * nWindows] = open;
      found[2 * nWindows + 1] = t;
      nWindows++;
      open = -1;
    }
  }
  const windows = kept ? found.subarray(0, 2 * nWindows) : found.slice(0, 2 * nWindows);
  // word lexicon for window tokens and their neighbours
  const lex = keptLex.take(n, kept);
  const gaz = keptGaz.take(n, kept);
  const gaz2 = keptGaz2.take(n, kept);
  const seen = keptSeen.take(n, kept);
  let inWindows = 0;
  for (let w = 0; w < nWindows; w++) inWindows += windows[2 * w + 1] - windows[2 * w];
  const names = keptNames.clear(inWindows);
  let last = -1;
  for (let w = 0; w < nWindows; w++) {
    const from = Math.max(windows[2 * w] - 2, last + 1);
    const to = Math.min(windows[2 * w + 1] + 2, n);
    for (let t = from; t < to; t++) if (shape[t] !== Shape.Punct) lex[t] = Math.max(words.get(hash[t]), 0);
    last = to - 1;
    for (let t = windows[2 * w]; t < windows[2 * w + 1]; t++) if (shape[t] !== Shape.Punct) names.set(hash[t], 0);
  }
  // truecasing: in an ALL-CAPS line a word the news writes in lowercase is read as lowercase and one
  // it capitalises as capitalised; in a Title Case line (a headline) the lowercase words are lowercase
  for (let w = 0; w < nWindows; w++)
    for (let t = windows[2 * w]; t < windows[2 * w + 1]; t++) {
      if (!line[t]) continue;
      const cap = lex[t] & CAP_MASK;
      const sh = shape[t];
      if (line[t] === 1 && (sh === Shape.Caps || sh === Shape.Letter) && cap) shape[t] = cap === 1 ? Shape.Lower : Shape.Cap;
      else if (line[t] === 2 && sh === Shape.Cap && cap === 1) shape[t] = Shape.Lower;
    }
  // whether this text itself writes a window word lowercase or capitalised mid-sentence (a bitmap of
  // the window words' hashes spares most look-ups)
  const filter = FILTER.fill(0);
  for (let w = 0; w < nWindows; w++) for (let t = windows[2 * w]; t < windows[2 * w + 1]; t++) filter[(hash[t] >>> 5) & 1023] |= 1 << (hash[t] & 31);
  for (let t = 0; t < n; t++) {
    const h = hash[t];
    if (!(filter[(h >>> 5) & 1023] & (1 << (h & 31))) || initial[t] || line[t]) continue;
    const bit = shape[t] === Shape.Lower ? 1 : shape[t] === Shape.Cap ? 2 : 0;
    if (bit) {
      const v = names.get(h);
      if (v >= 0) names.set(h, v | bit);
    }
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
        if (v < 0) break; // not even a prefix of a phrase
        if (v > 0) {
          best = v;
          bestLen = k + 1;
        }
      }
      for (let kind = 0; best >>> kind; kind++) {
        if (!(best & (1 << kind))) continue;
        const g = kind < 8 ? gaz : gaz2;
        const b = (kind & 7) * 4;
        if (bestLen === 1) g[t] |= 1 << (b + 3);
        else {
          g[t] |= 1 << b;
          for (let k = 1; k < bestLen - 1; k++) g[t + k] |= 1 << (b + 1);
          g[t + bestLen - 1] |= 1 << (b + 2);
        }
      }
    }
  }
  return { text, toks, lex, gaz, gaz2, seen, windows, nWindows, clusters: clusterMap() };
}

/**
 * GloVe clusters of token t (lexicon.ts clusterMap; -1 for punctuation and unknown words), looked up
 * only when features are computed: the tagger caches most feature sums per word, so most tokens
 * never need it.
 */
export function glove(d: Doc, t: number): number {
  return d.toks.shape[t] === Shape.Punct ? -1 : d.clusters.get(d.toks.hash[t]);
}

const NONE = 0x5bd1e995;
/** The word hash features use where a token has no neighbour. */
export const NO_WORD = NONE;

/** Feature key of template tpl with value v (shared with the typer's templates, numbered from 100). */
export function key(tpl: number, v: number): number {
  return mix(Math.imul(tpl, 0x9e3779b1) ^ v) >>> (32 - FEATURE_BITS);
}

export function key2(tpl: number, a: number, b: number): number {
  return key(tpl, mix(a) + b);
}

/**
 * Writes the feature keys of token t into out; returns how many. They come in four groups, each
 * depending on little, so that the tagger can cache their sums: the token's own (wordFeatures), the
 * previous token's with this one (leftFeatures), the next token's with this one (rightFeatures) and
 * the rest.
 */
export function features(d: Doc, t: number, out: Int32Array, lexical = true): number {
  let k = wordFeatures(d, t, out, 0, lexical);
  k = leftFeatures(d, t, out, k, lexical);
  k = rightFeatures(d, t, out, k, lexical);
  return restFeatures(d, t, out, k);
}

/** Line context of token t: sentence-initial, ALL-CAPS or Title Case line (0-5). */
export function context(d: Doc, t: number): number {
  return d.toks.initial[t] + 2 * d.toks.line[t];
}

/**
 * Features of the token itself (its folded text, shape, line context, lexicon entry), from out[k].
 * lexical false leaves out the word's identity (training hides it now and then: word dropout).
 */
export function wordFeatures(d: Doc, t: number, out: Int32Array, k: number, lexical = true): number {
  const { hash, shape, start, end } = d.toks;
  const text = d.text;
  const w0 = hash[t];
  const s0 = shape[t];
  const x0 = d.lex[t];
  const ctx = context(d, t);
  const len = end[t] - start[t];
  out[k++] = key(1, 0);
  if (lexical) out[k++] = key(2, w0);
  out[k++] = key(7, s0 + 16 * ctx);
  if (len > 3) {
    out[k++] = key(11, hashRange(text, end[t] - 3, end[t]));
    out[k++] = key(12, hashRange(text, end[t] - 2, end[t]));
    out[k++] = key(14, hashRange(text, start[t], start[t] + 3));
    if (len > 4) out[k++] = key(13, hashRange(text, end[t] - 4, end[t]));
  }
  out[k++] = key(15, (x0 & CAP_MASK) + 4 * ctx + 32 * s0);
  out[k++] = key(16, (x0 >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK);
  out[k++] = key(17, (x0 >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK);
  for (let lists = (x0 >>> LIST_SHIFT) & LIST_MASK, b = 0; lists; b++, lists >>>= 1) if (lists & 1) out[k++] = key(22, b);
  const pr = (x0 >>> PROFILE_SHIFT) & PROFILE_MASK;
  out[k++] = key(35, pr);
  out[k++] = key(36, pr + 64 * ctx);
  out[k++] = key(28, Math.min(len, 10) + 16 * s0);
  // GloVe clusters: what the word is like in far more text, also for words training never saw
  const g = glove(d, t);
  out[k++] = key(40, glove256(g));
  out[k++] = key(41, glove1024(g) + 2048 * s0);
  return k;
}

/**
 * Features of the previous token (its word, clusters, lists, profile) and of it with token t. All
 * but one (key 25, the two words) depend only on the previous token's hash and on leftTag, so the
 * tagger caches their sum per word (leftWordFeatures, leftAttachedFeature).
 */
export function leftFeatures(d: Doc, t: number, out: Int32Array, k: number, lexical = true): number {
  if (t === 0) {
    out[k++] = key(3, NONE);
    out[k++] = key(18, 255);
    out[k++] = key(20, 2047);
    out[k++] = key(37, 127);
    out[k++] = key(42, 2047);
    out[k++] = key2(9, NONE, d.toks.shape[t]);
    if (lexical) out[k++] = key2(25, NONE, d.toks.hash[t]);
    return k;
  }
  k = leftWordFeatures(d, t, out, k);
  if (lexical) k = leftPairFeature(d, t, out, k);
  return leftAttachedFeature(d, t, out, k);
}

/** The previous token's word, clusters, lists and profile, and its word with t's shape (t > 0). */
export function leftWordFeatures(d: Doc, t: number, out: Int32Array, k: number): number {
  const wp = d.toks.hash[t - 1];
  const x = d.lex[t - 1];
  out[k++] = key(3, wp);
  out[k++] = key(18, (x >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK);
  out[k++] = key(20, (x >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK);
  for (let lists = (x >>> LIST_SHIFT) & LIST_MASK, b = 0; lists; b++, lists >>>= 1) if (lists & 1) out[k++] = key(32, b);
  out[k++] = key(37, (x >>> PROFILE_SHIFT) & PROFILE_MASK);
  out[k++] = key(42, glove1024(glove(d, t - 1)));
  out[k++] = key2(9, wp, d.toks.shape[t]);
  return k;
}

/** The previous token's word with token t's word (t > 0). */
export function leftPairFeature(d: Doc, t: number, out: Int32Array, k: number): number {
  out[k++] = key2(25, d.toks.hash[t - 1], d.toks.hash[t]);
  return k;
}

/** Whether token t is attached to the previous one (t > 0). */
export function leftAttachedFeature(d: Doc, t: number, out: Int32Array, k: number): number {
  if (d.toks.end[t - 1] === d.toks.start[t]) out[k++] = key2(31, d.toks.hash[t - 1], 1);
  return k;
}

/** What leftWordFeatures and leftAttachedFeature depend on besides the previous token's hash (t > 0): 0-63. */
export function leftTag(d: Doc, t: number): number {
  const { shape, start, end } = d.toks;
  return shape[t] * 4 + (shape[t - 1] === Shape.Punct ? 2 : 0) + (end[t - 1] === start[t] ? 1 : 0);
}

/** Features of the next token and of it with token t; see leftFeatures and rightTag. */
export function rightFeatures(d: Doc, t: number, out: Int32Array, k: number, lexical = true): number {
  if (t + 1 >= d.toks.n) {
    const w0 = d.toks.hash[t];
    out[k++] = key(4, NONE);
    out[k++] = key(19, 255);
    out[k++] = key(21, 2047);
    out[k++] = key(38, 127);
    out[k++] = key(43, 2047);
    out[k++] = key2(10, NONE, d.toks.shape[t]);
    if (lexical) out[k++] = key2(26, w0, NONE);
    if (w0 === DOT) out[k++] = key2(34, NONE, 0);
    return k;
  }
  k = rightWordFeatures(d, t, out, k);
  if (lexical) k = rightPairFeature(d, t, out, k);
  return rightAttachedFeature(d, t, out, k);
}

/** The next token's word, clusters, lists and profile, and its word with t's shape (t + 1 < n). */
export function rightWordFeatures(d: Doc, t: number, out: Int32Array, k: number): number {
  const wn = d.toks.hash[t + 1];
  const x = d.lex[t + 1];
  out[k++] = key(4, wn);
  out[k++] = key(19, (x >> CLUSTER_A_SHIFT) & CLUSTER_A_MASK);
  out[k++] = key(21, (x >> CLUSTER_B_SHIFT) & CLUSTER_B_MASK);
  for (let lists = (x >>> LIST_SHIFT) & LIST_MASK, b = 0; lists; b++, lists >>>= 1) if (lists & 1) out[k++] = key(33, b);
  out[k++] = key(38, (x >>> PROFILE_SHIFT) & PROFILE_MASK);
  out[k++] = key(43, glove1024(glove(d, t + 1)));
  out[k++] = key2(10, wn, d.toks.shape[t]);
  return k;
}

/** Token t's word with the next token's word (t + 1 < n). */
export function rightPairFeature(d: Doc, t: number, out: Int32Array, k: number): number {
  out[k++] = key2(26, d.toks.hash[t], d.toks.hash[t + 1]);
  return k;
}

/** Whether the next token is attached to token t, or t is a period (t + 1 < n). */
export function rightAttachedFeature(d: Doc, t: number, out: Int32Array, k: number): number {
  if (d.toks.hash[t] === DOT || d.toks.start[t + 1] === d.toks.end[t]) out[k++] = key2(34, d.toks.hash[t + 1], 0);
  return k;
}

/** What rightWordFeatures and rightAttachedFeature depend on besides the next token's hash (t + 1 < n): 0-63. */
export function rightTag(d: Doc, t: number): number {
  const { hash, shape, start, end } = d.toks;
  return shape[t] * 4 + (shape[t + 1] === Shape.Punct ? 2 : 0) + (hash[t] === DOT || start[t + 1] === end[t] ? 1 : 0);
}

/** The remaining features of token t: words two away, shapes around, gazetteers, case evidence. */
export function restFeatures(d: Doc, t: number, out: Int32Array, k: number): number {
  const { hash, n } = d.toks;
  out[k++] = farKey(5, t > 1 ? hash[t - 2] : NONE);
  out[k++] = farKey(6, t + 2 < n ? hash[t + 2] : NONE);
  return nearFeatures(d, t, out, k);
}

/** Feature key of the word two tokens before (side 5) or after (6) a token. */
export function farKey(side: 5 | 6, h: number): number {
  return key(side, h);
}

/** restFeatures but the words two away: shapes around, gazetteers, case evidence. */
export function nearFeatures(d: Doc, t: number, out: Int32Array, k: number): number {
  return caseFeatures(d, t, out, gazFeatures(d, t, out, shapesFeature(d, t, out, k)));
}

/** The shapes of token t and its neighbours. */
export function shapesFeature(d: Doc, t: number, out: Int32Array, k: number): number {
  const { shape, n } = d.toks;
  out[k++] = key(8, (t > 0 ? shape[t - 1] : 15) + 16 * shape[t] + 256 * (t + 1 < n ? shape[t + 1] : 15));
  return k;
}

/** The phrase gazetteer matches at token t. */
export function gazFeatures(d: Doc, t: number, out: Int32Array, k: number): number {
  for (let g = d.gaz[t], b = 0; g; b++, g >>>= 1) if (g & 1) out[k++] = key(23, b);
  for (let g = d.gaz2[t], b = 32; g; b++, g >>>= 1) if (g & 1) out[k++] = key(23, b);
  return k;
}

/** Case evidence: how this text and the lexicon write token t, and its neighbours' lexicon case; in parentheses. */
export function caseFeatures(d: Doc, t: number, out: Int32Array, k: number): number {
  const { hash, shape, n } = d.toks;
  const lex = d.lex;
  const hasP = t > 0;
  const hasN = t + 1 < n;
  const s0 = shape[t];
  out[k++] = key(24, d.seen[t] + 4 * context(d, t) + 32 * (s0 === Shape.Cap || s0 === Shape.Caps ? 1 : 0));
  if (hasP && hasN && hash[t - 1] === OPEN && hash[t + 1] === CLOSE) out[k++] = key(27, s0);
  out[k++] = key(30, ((hasP ? lex[t - 1] : 0) & CAP_MASK) + 4 * ((hasN ? lex[t + 1] : 0) & CAP_MASK) + 16 * (lex[t] & CAP_MASK));
  return k;
}

/**
 * Everything shapesFeature and caseFeatures depend on at token t, packed into 30 bits: the shapes
 * around (at most 10; 15 at a text's edge), seen, line context, parentheses around, the lexicon case
 * of t and its neighbours. Tokens with one value have the same features (the tagger caches their sum).
 */
export function nearTag(d: Doc, t: number): number {
  const { hash, shape, n } = d.toks;
  const lex = d.lex;
  const hasP = t > 0;
  const hasN = t + 1 < n;
  const paren = hasP && hasN && hash[t - 1] === OPEN && hash[t + 1] === CLOSE ? 1 : 0;
  return (
    (hasP ? shape[t - 1] : 15) |
    (shape[t] << 4) |
    ((hasN ? shape[t + 1] : 15) << 8) |
    (d.seen[t] << 12) |
    (context(d, t) << 20) |
    (paren << 23) |
    (((hasP ? lex[t - 1] : 0) & CAP_MASK) << 24) |
    (((hasN ? lex[t + 1] : 0) & CAP_MASK) << 26) |
    ((lex[t] & CAP_MASK) << 28)
  );
}
