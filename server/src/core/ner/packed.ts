// Decoding of the generated data modules (base64 of varint streams) and the integer hash map the
// recogniser looks features and words up in. No filesystem access: the data is compiled in.

const B64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    acc = (acc << 6) | B64[s.charCodeAt(i) & 127];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

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

/** Open-addressing map from int32 keys to non-negative int32 values; get() gives -1 when absent. */
export class IntMap {
  readonly keys: Int32Array;
  readonly vals: Int32Array;
  readonly mask: number;
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.vals = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }
  set(key: number, val: number): void {
    let i = mix(key) & this.mask;
    while (this.vals[i] >= 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.vals[i] = val;
  }
  get(key: number): number {
    let i = mix(key) & this.mask;
    for (;;) {
      const v = this.vals[i];
      if (v < 0 || this.keys[i] === key) return v;
      i = (i + 1) & this.mask;
    }
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
