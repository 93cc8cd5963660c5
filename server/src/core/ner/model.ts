// The learned weights (scripts/ner/train.mjs): the BIO tagger, decoded with Viterbi, and the
// span typer that re-types what the tagger finds.
import { Reader } from './packed';

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** Label 0 is O; label 2k+1 is B- and 2k+2 is I- of TYPES[k]. */
export const L = 1 + 2 * TYPES.length;

/**
 * Feature rows live in an open-addressing table of 16-byte slots: the int32 key, then up to 12 int8
 * weights in units of `scale`, so a lookup, found or not, touches one cache line; copies of the
 * rows used last follow it (see find).
 */
export interface Model {
  labels: number;
  /** Int32 view of the slots: the key at 4 * slot, -1 when empty. */
  keys: Int32Array;
  /** Int8 view of the same slots: the weights of label y at 16 * slot + 4 + y. */
  weights: Int8Array;
  mask: number;
  scale: number;
  /** Tagger: trans[prev * L + next], -Infinity where BIO forbids it; a window is entered from and left to O. */
  trans: Float32Array;
}

// After the table's slots come HOT more: copies of the rows (and marks of the keys no row has,
// ABSENT | key) looked up last, one per hash of the key. The table is large (2 MB for the tagger)
// and its rows are scattered, four to a cache line, so in the analysis, where other stages push it
// out of the CPU's caches, most look-ups waited on memory; the 4,096 copies (64 KB) answer 55% of
// the look-ups of a BBC pass (pairs and neighbours of frequent words) from lines the caches keep.
const HOT_BITS = 12;
const HOT = 1 << HOT_BITS;
const ABSENT = 1 << 24;

/**
 * Offset in `weights` of (a copy of) key's row, or -1, to be read before the next find (which may
 * reuse the copy's slot). Keys are 24-bit, so -1 marks an empty slot.
 */
export function find(m: Model, key: number): number {
  const keys = m.keys;
  const h = m.mask + 1 + (Math.imul(key, 0x85ebca6b) >>> (32 - HOT_BITS));
  const hot = keys[4 * h];
  if (hot === key) return 16 * h + 4;
  if (hot === (key | ABSENT)) return -1;
  let i = (Math.imul(key, 0x9e3779b1) >>> 8) & m.mask;
  for (;;) {
    const k = keys[4 * i];
    if (k === key) {
      keys[4 * h] = key;
      keys[4 * h + 1] = keys[4 * i + 1];
      keys[4 * h + 2] = keys[4 * i + 2];
      keys[4 * h + 3] = keys[4 * i + 3];
      return 16 * h + 4;
    }
    if (k === -1) {
      keys[4 * h] = key | ABSENT;
      return -1;
    }
    i = (i + 1) & m.mask;
  }
}

/** Format: labels, row count, scale, labels^2 transitions, then per row a key delta, a label bit mask and int8 weights. */
export function readModel(bytes: Uint8Array): Model {
  const r = new Reader(bytes);
  const labels = r.uint();
  const count = r.uint();
  const scale = r.float();
  const trans = new Float32Array(labels * labels);
  for (let i = 0; i < trans.length; i++) trans[i] = labels !== L || allowed(Math.floor(i / L), i % L) ? r.float() : (r.float(), -Infinity);
  let size = 16;
  while (size < count * 1.5) size *= 2;
  const slots = new ArrayBuffer(16 * (size + HOT));
  const m: Model = { labels, keys: new Int32Array(slots), weights: new Int8Array(slots), mask: size - 1, scale, trans };
  for (let i = 0; i < size + HOT; i++) m.keys[4 * i] = -1;
  let key = 0;
  for (let i = 0; i < count; i++) {
    key += r.uint();
    let slot = (Math.imul(key, 0x9e3779b1) >>> 8) & m.mask;
    while (m.keys[4 * slot] !== -1) slot = (slot + 1) & m.mask;
    m.keys[4 * slot] = key;
    const bits = r.uint();
    for (let y = 0; y < labels; y++) if (bits & (1 << y)) m.weights[16 * slot + 4 + y] = r.int8();
  }
  return m;
}

export function allowed(prev: number, y: number): boolean {
  return y === 0 || (y & 1) === 1 || prev === y || prev === y - 1;
}

let score = new Float32Array(64 * L);
let back = new Uint8Array(64 * L);

/**
 * Best label sequence for emission scores emit[(at + i) * L + y], i < m, written to out[at + i]
 * (the tagger passes a whole text's emissions and labels, a window at a time).
 */
export function viterbi(emit: Float32Array, m: number, trans: Float32Array, out: Uint8Array, at = 0): void {
  const e0 = at * L;
  if (m === 1) {
    // one token: entered from O and left to O
    let best = -Infinity;
    let arg = 0;
    for (let y = 0; y < L; y++) {
      const v = emit[e0 + y] + trans[y] + trans[y * L];
      if (v > best) {
        best = v;
        arg = y;
      }
    }
    out[at] = arg;
    return;
  }
  if (score.length < m * L) {
    score = new Float32Array(2 * m * L);
    back = new Uint8Array(2 * m * L);
  }
  for (let y = 0; y < L; y++) score[y] = emit[e0 + y] + trans[y];
  for (let i = 1; i < m; i++) {
    const o = i * L;
    for (let y = 0; y < L; y++) {
      // I-X follows only B-X or I-X (every other transition into it is -Infinity)
      const inside = y > 0 && (y & 1) === 0;
      const from = inside ? y - 1 : 0;
      const to = inside ? y + 1 : L;
      let best = -Infinity;
      let arg = from;
      for (let p = from; p < to; p++) {
        const v = score[o - L + p] + trans[p * L + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[o + y] = best + emit[e0 + o + y];
      back[o + y] = arg;
    }
  }
  let best = -Infinity;
  let y = 0;
  for (let p = 0; p < L; p++) {
    const v = score[(m - 1) * L + p] + trans[p * L];
    if (v > best) {
      best = v;
      y = p;
    }
  }
  for (let i = m - 1; i >= 0; i--) {
    out[at + i] = y;
    y = back[i * L + y];
  }
}
