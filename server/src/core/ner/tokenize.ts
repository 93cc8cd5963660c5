// Tokenizer for the recogniser: one linear pass over UTF-16 code units, no regular expressions.
// Words are runs of letters/digits; every other visible character is its own token (hyphens and
// possessive 's included) so that gold and predicted spans can start or end anywhere a name can.
// Each token carries a hash of its normalised lowercase form so features never build strings.
import { IntMap, Kept } from './packed';

export const enum Shape {
  Lower = 0, // news
  Cap = 1, // Damascus
  Caps = 2, // NATO
  Letter = 3, // single capital: "W"
  Mixed = 4, // iPhone, McDonald
  Digits = 5, // 2016
  Alnum = 6, // letters with digits and a capital: A64, 3M, Cloud9
  Punct = 7,
  Acronym = 8, // U.S., a.m.
  AlnumLower = 9, // 1990s, 3rd
  Domain = 10, // a capitalised domain name: Gazeta.ru, Amazon.com
}

export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array; // lowercase, digits folded to 0, curly quotes and dashes folded
  shape: Uint8Array;
  /** 1 when the token opens a sentence (text start, new line, after . ! ? not following a title or initial). */
  initial: Uint8Array;
  /** Line context: 0 ordinary, 1 ALL-CAPS line, 2 Title Case line (headline). */
  line: Uint8Array;
}

const FNV = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

function spaceChar(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x85;
}

function wordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji and other astral symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  return !(c >= 0xff00 && c <= 0xff20);
}

// Class and case of every BMP code unit, from the rules above and the engine's case mapping, once.
const CLASS = new Uint8Array(65536); // 1 word character, 2 space
const CASE = new Uint8Array(65536); // 1 upper, 2 lower
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  CLASS[c] = wordChar(c) ? 1 : spaceChar(c) ? 2 : 0;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  LOWER[c] = lo.length === 1 ? lo.charCodeAt(0) : c;
  if (lo !== ch && lo.length === 1) CASE[c] = 1;
  else if (up !== ch) CASE[c] = 2;
}

// The code unit as hashed (see fold), and its kind for shapes: 1 upper, 2 lower, 3 digit, 4 period.
const FOLD = new Uint16Array(65536);
const KIND = new Uint8Array(65536);
// For a word character: its fold, and its kind at bit 16; -1 for any other code unit. One table read
// per character where the word scan read three (CLASS, FOLD, KIND): tokenize -5%.
const WORD = new Int32Array(65536);
for (let c = 0; c < 65536; c++) {
  FOLD[c] = fold(c);
  KIND[c] = CASE[c] === 1 ? 1 : CASE[c] === 2 ? 2 : c >= 48 && c <= 57 ? 3 : c === 46 ? 4 : 0;
  WORD[c] = CLASS[c] === 1 ? FOLD[c] | (KIND[c] << 16) : -1;
}

function isWordChar(c: number): boolean {
  return CLASS[c] === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The code unit as hashed: lowercase, digits as 0, typographic variants folded to ASCII. */
function fold(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c < 0x80) return LOWER[c];
  if (c === 0x2018 || c === 0x2019 || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 34;
  if (c >= 0x2010 && c <= 0x2015) return 45;
  return LOWER[c];
}

export function hashRange(text: string, start: number, end: number): number {
  let h = FNV;
  for (let i = start; i < end; i++) h = Math.imul(h ^ FOLD[text.charCodeAt(i)], PRIME);
  return h;
}

/** Hash of a plain lowercase string, as hashRange would give for its token. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

const APOS = (c: number) => c === 39 || c === 0x2019;
const ABBREVIATIONS = IntMap.of(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'sen', 'rep', 'gov', 'prof', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'mt', 'ft', 'rev', 'maj', 'adm', 'cpl', 'pres', 'messrs', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'etc', 'al'].map(hashString));

/** Words written with a period that does not end the sentence ("Mr.", "Inc."). */
export function isAbbreviation(h: number): boolean {
  return ABBREVIATIONS.has(h);
}

// Scratch arrays for tokenize, grown to the longest text seen (a text of n code units has at most n tokens).
let sStart = new Int32Array(1024);
let sEnd = new Int32Array(1024);
let sHash = new Int32Array(1024);
let sShape = new Uint8Array(1024);
let sBrk = new Uint8Array(1024);

/**
 * The tokens of text. With kept, the arrays are views of arrays the next kept call overwrites
 * (recognize reads one text at a time); otherwise the caller's to keep.
 */
export function tokenize(text: string, kept = false): Tokens {
  const len = text.length;
  if (sStart.length < len + 1) {
    const size = Math.max(len + 1, 2 * sStart.length);
    sStart = new Int32Array(size);
    sEnd = new Int32Array(size);
    sHash = new Int32Array(size);
    sShape = new Uint8Array(size);
    sBrk = new Uint8Array(size);
  }
  const start = sStart;
  const end = sEnd;
  const hash = sHash;
  const shape = sShape;
  const brk = sBrk; // a line break before the token
  let n = 0;
  let newline = 1;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === 2) {
      if (c === 10 || c === 13) newline = 1;
      i++;
      continue;
    }
    // A punctuation mark (an astral character such as an emoji stays one token, and so does the
    // possessive 's), a domain name ("Gazeta.ru") or an acronym is one token read whole.
    let e = -1;
    let sh: number = Shape.Punct;
    if (cls !== 1) {
      e = APOS(c) && i + 1 < len && (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= len || !isWordChar(text.charCodeAt(i + 2))) ? i + 2 : c >= 0xd800 && c <= 0xdbff && i + 1 < len && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? i + 2 : i + 1;
    } else {
      const acr = acronymEnd(text, i);
      if (acr > i) [e, sh] = [acr, shapeOf(text, i, acr)];
    }
    if (e > i) {
      start[n] = i;
      end[n] = e;
      hash[n] = hashRange(text, i, e);
      shape[n] = sh;
      brk[n] = newline;
      newline = 0;
      n++;
      i = e;
      continue;
    }
    const s = i;
    // the word's hash and letter counts as it is scanned
    let h = FNV;
    let up = 0;
    let low = 0;
    let dig = 0;
    let dot = 0;
    for (;;) {
      for (; i < len; i++) {
        const w = WORD[text.charCodeAt(i)];
        if (w < 0) break;
        h = Math.imul(h ^ (w & 0xffff), PRIME);
        const kind = w >>> 16;
        if (kind === 2) low++;
        else if (kind === 1) up++;
        else if (kind === 3) dig++;
      }
      if (i + 1 >= len) break;
      const d = text.charCodeAt(i);
      const nx = text.charCodeAt(i + 1);
      // 3.5, 1,000
      if ((d === 46 || d === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(nx)) {
        h = Math.imul(h ^ FOLD[d], PRIME);
        if (d === 46) dot++;
        i++;
        continue;
      }
      // O'Brien, d'Ivoire, don't — but not the possessive 's
      if (APOS(d) && isWordChar(nx) && !((nx === 115 || nx === 83) && (i + 2 >= len || !isWordChar(text.charCodeAt(i + 2))))) {
        h = Math.imul(h ^ FOLD[d], PRIME);
        i++;
        continue;
      }
      break;
    }
    // a domain name ends its first label at "." or "-" (there the word scan stops too): looked for
    // only then, not at every capitalised word
    if (i < len && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 45)) {
      const dom = domainEnd(text, s);
      if (dom > s) {
        start[n] = s;
        end[n] = dom;
        hash[n] = hashRange(text, s, dom);
        shape[n] = Shape.Domain;
        brk[n] = newline;
        newline = 0;
        n++;
        i = dom;
        continue;
      }
    }
    start[n] = s;
    end[n] = i;
    hash[n] = h;
    shape[n] = shapeFrom(text.charCodeAt(s), i - s, up, low, dig, dot);
    brk[n] = newline;
    newline = 0;
    n++;
  }
  if (kept) return finish(text, n, start.subarray(0, n), end.subarray(0, n), hash.subarray(0, n), shape.subarray(0, n), brk, true);
  return finish(text, n, start.slice(0, n), end.slice(0, n), hash.slice(0, n), shape.slice(0, n), brk, false);
}

/** Shape of the word token [s, e). */
function shapeOf(text: string, s: number, e: number): number {
  let up = 0;
  let low = 0;
  let dig = 0;
  let dot = 0;
  for (let k = s; k < e; k++) {
    const kind = KIND[text.charCodeAt(k)];
    if (kind === 2) low++;
    else if (kind === 1) up++;
    else if (kind === 3) dig++;
    else if (kind === 4) dot++;
  }
  return shapeFrom(text.charCodeAt(s), e - s, up, low, dig, dot);
}

function shapeFrom(c0: number, len: number, up: number, low: number, dig: number, dot: number): number {
  return !isWordChar(c0)
    ? Shape.Punct
    : dot > 0 && dig === 0
      ? Shape.Acronym
      : dig > 0
        ? up > 0
          ? Shape.Alnum
          : low > 0
            ? Shape.AlnumLower
            : Shape.Digits
        : up === 0
          ? Shape.Lower
          : low === 0
            ? len === 1
              ? Shape.Letter
              : Shape.Caps
            : CASE[c0] === 1 && up === 1
              ? Shape.Cap
              : Shape.Mixed;
}

// Top-level domains of news sites and publications that are written as names ("Gazeta.ru").
const TLDS = new Set(['com', 'org', 'net', 'ru', 'uk', 'de', 'fr', 'it', 'es', 'ua', 'pl', 'cn', 'jp', 'in', 'au', 'ca', 'us', 'io', 'info', 'tv', 'eu', 'ch', 'nl', 'se', 'tr', 'ir', 'il', 'ae', 'sy', 'lb', 'eg', 'gov', 'edu', 'news', 'co']);

/**
 * End of a capitalised domain name at s ("Gazeta.ru", "Amazon.com", "BBC.co.uk": a word starting
 * with a capital, then one or more ".tld" in lowercase, not part of an e-mail address), or s.
 */
function domainEnd(text: string, s: number): number {
  if (CASE[text.charCodeAt(s)] !== 1 || (s > 0 && text.charCodeAt(s - 1) === 64)) return s;
  const len = text.length;
  // a domain label is at most 63 characters: the scan stays short whatever follows
  const limit = Math.min(len, s + 64);
  let k = s;
  while (k < limit && (isWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
  if (k === limit) return s;
  let e = s;
  while (k + 1 < len && text.charCodeAt(k) === 46) {
    let j = k + 1;
    while (j < len && j < k + 8 && CASE[text.charCodeAt(j)] === 2) j++;
    if (j === k + 1 || (j < len && isWordChar(text.charCodeAt(j))) || !TLDS.has(text.slice(k + 1, j))) break;
    e = k = j;
  }
  return e;
}

// End of "U.S." / "a.m." (two or more single letters each followed by a period) at s, or s.
function acronymEnd(text: string, s: number): number {
  const len = text.length;
  let k = s;
  let m = 0;
  while (k + 1 < len && isWordChar(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) {
    const after = k + 2 < len ? text.charCodeAt(k + 2) : 32;
    if (isWordChar(after) && !(k + 3 < len && text.charCodeAt(k + 3) === 46)) break;
    k += 2;
    m++;
    if (!isWordChar(after)) break;
  }
  return m >= 2 ? k : s;
}

const keptInitial = new Kept((n) => new Uint8Array(n));
const keptLine = new Kept((n) => new Uint8Array(n));

function finish(text: string, n: number, start: Int32Array, end: Int32Array, hash: Int32Array, shape: Uint8Array, brk: Uint8Array, kept: boolean): Tokens {
  const initial = keptInitial.take(n, kept);
  const line = keptLine.take(n, kept);
  // sentence starts
  let open = true;
  for (let t = 0; t < n; t++) {
    const s = start[t];
    if (brk[t]) open = true;
    const sh = shape[t];
    if (open && sh !== Shape.Punct) {
      initial[t] = 1;
      open = false;
    }
    const c = text.charCodeAt(s);
    if (end[t] - s === 1 && (c === 33 || c === 63)) open = true;
    else if (end[t] - s === 1 && c === 46) {
      // "Mr." and initials ("George W. Bush") do not end a sentence
      const p = t - 1;
      const abbrev = p >= 0 && end[p] === s && (shape[p] === Shape.Letter || ABBREVIATIONS.has(hash[p]));
      open = !abbrev;
    }
  }
  // line contexts: ALL-CAPS or Title Case lines make capitalisation uninformative
  let t0 = 0;
  while (t0 < n) {
    let t1 = t0 + 1;
    while (t1 < n && !brk[t1]) t1++;
    let words = 0;
    let caps = 0;
    let titled = 0;
    for (let t = t0; t < t1; t++) {
      const sh = shape[t];
      if (sh === Shape.Punct || sh === Shape.Digits || sh === Shape.Alnum) continue;
      words++;
      if (sh === Shape.Caps || sh === Shape.Acronym || sh === Shape.Letter) caps++;
      if (sh !== Shape.Lower) titled++;
    }
    const ctx = words >= 2 && caps * 10 >= words * 7 ? 1 : words >= 4 && titled * 10 >= words * 7 && !endsSentence(text, start, end, t1 - 1) ? 2 : 0;
    if (ctx) line.fill(ctx, t0, t1);
    t0 = t1;
  }
  return { n, start, end, hash, shape, initial, line };
}

function endsSentence(text: string, start: Int32Array, end: Int32Array, t: number): boolean {
  if (t < 0 || end[t] - start[t] !== 1) return false;
  const c = text.charCodeAt(start[t]);
  return c === 46 || c === 33 || c === 63;
}
