// Decoding of the recogniser's data sections (varint streams, see data.ts) and the integer hash map
// the recogniser looks features and words up in. No filesystem access: the host hands the bytes over.

export class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  uint(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      v += (b & 127) * mul;
      if (b < 128) return v;
      mul *= 128;
    }
  }
  int8(): number {
    const b = this.bytes[this.pos++];
    return b > 127 ? b - 256 : b;
  }
  float(): number {
    return this.uint() / 1000 - 1e6;
  }
}

/**
 * Open-addressing map from int32 keys to non-negative int32 values; get() gives -1 when absent.
 * Key and value sit side by side (one cache line per probe); the slot is the high bits of a
 * multiplicative hash.
 */
export class IntMap {
  /** data[2 * i] is the key of slot i, data[2 * i + 1] its value (-1 when empty). */
  private data = new Int32Array(0);
  private mask = 0;
  private shift = 0;
  constructor(capacity: number) {
    this.clear(capacity);
  }
  /**
   * Empties the map and sizes it for `capacity` keys, keeping its array when that is large enough:
   * maps used once per article are kept and cleared (a new one costs ~1 µs; recognize -2.5%).
   */
  clear(capacity: number): this {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    if (this.data.length < 2 << bits) this.data = new Int32Array(2 << bits);
    this.data.fill(-1, 0, 2 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    return this;
  }
  /** A set of keys (value 1), for has(). */
  static of(keys: number[]): IntMap {
    const m = new IntMap(keys.length);
    for (const k of keys) m.set(k, 1);
    return m;
  }
  has(key: number): boolean {
    return this.get(key) >= 0;
  }
  set(key: number, val: number): void {
    const d = this.data;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (d[2 * i + 1] >= 0 && d[2 * i] !== key) i = (i + 1) & this.mask;
    d[2 * i] = key;
    d[2 * i + 1] = val;
  }
  get(key: number): number {
    const d = this.data;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = d[2 * i + 1];
      if (v < 0 || d[2 * i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }
  /** Every [key, value] pair, in slot order. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < 2 * (this.mask + 1); i += 2) if (this.data[i + 1] >= 0) out.push([this.data[i], this.data[i + 1]]);
    return out;
  }
}

/**
 * A typed array kept from one text to the next (grown to the longest): take(n, true) gives a zeroed
 * view of its first n elements, valid until the next take; take(n, false) a new array. recognize
 * reads one text at a time and keeps its per-token arrays: ~12 new typed arrays per article cost
 * ~15 ms per BBC pass in allocation alone (a micro-benchmark of their sizes), and more in collections.
 */
export class Kept<T extends Int32Array | Uint8Array> {
  private array: T;
  constructor(private readonly make: (n: number) => T) {
    this.array = make(1024);
  }
  take(n: number, kept: boolean): T {
    if (!kept) return this.make(n);
    if (this.array.length < n) this.array = this.make(2 * n);
    return this.array.subarray(0, n).fill(0) as T;
  }
}

export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Reads "count, then delta-coded sorted keys, each followed by its value" into an IntMap. */
export function readKeyed(r: Reader): IntMap {
  const count = r.uint();
  const map = new IntMap(count);
  let key = 0;
  for (let i = 0; i < count; i++) {
    key += r.uint();
    map.set(key | 0, r.uint());
  }
  return map;
}
