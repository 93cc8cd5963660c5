// The learned weights (scripts/ner/train.mjs) and Viterbi decoding over BIO labels.
import { Reader, fromBase64 } from './packed';
import { MODEL } from './model.generated';

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** Label 0 is O; label 2k+1 is B- and 2k+2 is I- of TYPES[k]. */
export const L = 1 + 2 * TYPES.length;

/**
 * Feature rows live in an open-addressing table: keys (small enough to stay in cache, and most
 * looked-up features are absent) and, at the same slot, L int8 weights in units of `scale`.
 */
export interface Model {
  keys: Int32Array;
  weights: Int8Array;
  mask: number;
  scale: number;
  /** trans[prev * L + next], -Infinity where BIO forbids it; a window is entered from and left to O. */
  trans: Float32Array;
}

export const STRIDE = L;
let model: Model | null | undefined;

/** Slot of key in the table, or -1. Keys are 24-bit, so -1 marks an empty slot. */
export function find(m: Model, key: number): number {
  let i = (Math.imul(key, 0x9e3779b1) >>> 8) & m.mask;
  for (;;) {
    const k = m.keys[i];
    if (k === key) return i;
    if (k === -1) return -1;
    i = (i + 1) & m.mask;
  }
}

/** Format: L, row count, scale, L*L transitions, then per row a key delta, a label bit mask and int8 weights. */
export function loadModel(): Model | null {
  if (model !== undefined) return model;
  if (!MODEL) return (model = null);
  const r = new Reader(fromBase64(MODEL));
  if (r.uint() !== L) throw new Error('model label count mismatch');
  const count = r.uint();
  const scale = r.float();
  const trans = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++) trans[i] = allowed(Math.floor(i / L), i % L) ? r.float() : (r.float(), -Infinity);
  let size = 16;
  while (size < count * 1.5) size *= 2;
  const m: Model = { keys: new Int32Array(size).fill(-1), weights: new Int8Array(size * STRIDE), mask: size - 1, scale, trans };
  let key = 0;
  for (let i = 0; i < count; i++) {
    key += r.uint();
    let slot = (Math.imul(key, 0x9e3779b1) >>> 8) & m.mask;
    while (m.keys[slot] !== -1) slot = (slot + 1) & m.mask;
    m.keys[slot] = key;
    const bits = r.uint();
    for (let y = 0; y < L; y++) if (bits & (1 << y)) m.weights[slot * STRIDE + y] = r.int8();
  }
  return (model = m);
}

export function allowed(prev: number, y: number): boolean {
  return y === 0 || (y & 1) === 1 || prev === y || prev === y - 1;
}

let score = new Float32Array(64 * L);
let back = new Uint8Array(64 * L);

/** Best label sequence for emission scores emit[i * L + y], i < m, written to out. */
export function viterbi(emit: Float32Array, m: number, trans: Float32Array, out: Uint8Array): void {
  if (score.length < m * L) {
    score = new Float32Array(2 * m * L);
    back = new Uint8Array(2 * m * L);
  }
  for (let y = 0; y < L; y++) score[y] = emit[y] + trans[y];
  for (let i = 1; i < m; i++) {
    const o = i * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const v = score[o - L + p] + trans[p * L + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[o + y] = best + emit[o + y];
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
    out[i] = y;
    y = back[i * L + y];
  }
}
