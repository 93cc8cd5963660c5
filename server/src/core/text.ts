// Text structure: lines, paragraphs, sentences, headline, publication date.
// All offsets are UTF-16 code units (JavaScript string indices), which is what LSP positions count.

import type { Span } from './types';

/** Line starts for \n, \r\n and lone \r, as LSP defines lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Without carriage returns, indexOf finds the breaks far faster than a loop over characters.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export interface Position {
  line: number;
  character: number;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  const line = Math.max(0, upperBound(starts, offset) - 1);
  return { line, character: offset - starts[line] };
}

/** The first index whose key is at least `x`, in an array sorted by that key. */
export function firstAtLeast<T, K extends number | string>(a: readonly T[], x: K, key: (t: T) => K): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(a[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many of the sorted offsets are at or before `x`. Searched here, not by firstAtLeast with a key
 * function: a closure made per call, called through a key function every caller passes differently
 * (firstAtLeast was 2% of quote finding's profile; upperBound is asked for every quote's sentence and paragraph).
 */
export function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x + 1) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clamps out-of-range positions to the document, as LSP asks of servers. */
export function offsetAt(starts: readonly number[], length: number, pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= starts.length) return length;
  const lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : length;
  return Math.min(Math.max(starts[pos.line] + pos.character, starts[pos.line]), lineEnd);
}

const isBlank = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 10 && c !== 13 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
};

/** Non-blank lines, trimmed of line breaks. */
export function lines(text: string, starts: readonly number[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    if (!isBlank(text, start, end)) out.push({ start, end });
  }
  return out;
}

/**
 * Paragraphs are runs of non-blank lines. News text pasted from the web often puts every
 * paragraph on one line, so a single line is a paragraph too when lines are long.
 */
export function paragraphs(text: string, nonBlank: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const line of nonBlank) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, line.start) : '';
    const joined = prev && !/\r?\n[ \t\u00a0]*\r?\n|\r[ \t\u00a0]*\r/.test(gap) && line.end - line.start < 100 && prev.end - prev.start < 100;
    if (joined) prev.end = line.end;
    else out.push({ ...line });
  }
  return out;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen col lt sgt capt maj rev st jr sr inc ltd corp co vs etc no jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep pres u.s u.k u.n e.g i.e a.m p.m ' +
    // titles written abbreviated before a name: military, police, the law ("Atty."), engineering ("Engr."), "Hon."
    'spc cpl pvt adm brig cmdr insp supt det hon amb atty engr').split(' '),
);

/**
 * Sentences inside a paragraph: a terminator (. ! ? or … possibly followed by closing quotes
 * and brackets) then space and an opening character. Also splits "end.Next" glued sentences
 * that web scraping leaves behind ("…their homes.The International Community…").
 */
export function sentences(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  const terminator = /[.!?…]/g;
  // Where the next terminator is, or -1: tested, not exec'd (one character, before lastIndex; no match array per full stop).
  const next = (): number => (terminator.test(text) ? terminator.lastIndex - 1 : -1);
  // One scan over the whole text: a paragraph without terminators must not rescan the rest.
  let at = next();
  for (const p of paras) {
    let start = p.start;
    if (at >= 0 && at < p.start) {
      terminator.lastIndex = p.start;
      at = next();
    }
    for (; at >= 0 && at < p.end; at = next()) {
      const i = at;
      const c = text[i];
      let j = i + 1;
      while (j < p.end && CLOSERS.includes(text[j])) j++;
      const glued = c === '.' && j === i + 1 && isUpper(text.charCodeAt(j)) && isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i - 2)) && isLower(text.charCodeAt(j + 1));
      if (!glued) {
        if (j >= p.end || !isSpace(text.charCodeAt(j))) continue;
        let k = j;
        while (k < p.end && isSpace(text.charCodeAt(k))) k++;
        if (k < p.end && !isOpener(text.charCodeAt(k))) continue;
        if (c === '.') {
          // The letters and dots before the full stop, within 12 characters: "Mr", "U.S", an initial.
          let w = i;
          while (w > Math.max(p.start, i - 12) && isLetterOrDot(text.charCodeAt(w - 1))) w--;
          const word = text.slice(w, i);
          if (word && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isUpper(word.charCodeAt(0))))) continue;
        }
      }
      out.push({ start, end: j });
      start = j;
      while (start < p.end && isSpace(text.charCodeAt(start))) start++;
      terminator.lastIndex = Math.max(start, i + 1);
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}

/** What `\s` matches (and trim() removes): white space and line terminators. */
export const isWhiteSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The words in [start, end) as `trim().split(/\s+/)` counts them, without making the strings. */
export function wordCount(text: string, start: number, end: number): number {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let n = 1;
  for (let i = start + 1; i < end; i++) if (isWhiteSpace(text.charCodeAt(i)) && !isWhiteSpace(text.charCodeAt(i - 1))) n++;
  return n;
}

/** The text after the last space: what `split(/\s+/).pop()` gives, without splitting. */
const LOWER = /\p{Ll}/u;
/** Whether `s` has a lower-case letter (/\p{Ll}/u), told by its ASCII characters where they settle it. */
export function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return LOWER.test(s);
  }
  return false;
}

export function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && !isWhiteSpace(s.charCodeAt(i - 1))) i--;
  return s.slice(i);
}

/** What `text.slice(start, end).split(/\s+/).slice(-n).join(' ')` gives: the text after the n-th space from the end, spaces made single. */
export function lastWords(text: string, start: number, end: number, n: number): string {
  let i = end;
  for (let runs = 0; i > start; i--) if (isWhiteSpace(text.charCodeAt(i - 1)) && !(i < end && isWhiteSpace(text.charCodeAt(i))) && ++runs === n) break;
  const s = text.slice(i, end);
  return /[^\S ]|\s\s/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A letter or digit, by its UTF-16 code (NaN, past either end of the text, is none). */
export function isWordCode(code: number): boolean {
  return code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : code === code && LETTER_OR_DIGIT.test(String.fromCharCode(code));
}
export const isWord = (c: string | undefined): boolean => c !== undefined && isWordCode(c.charCodeAt(0));

const CLOSERS = '"\'”’)]»';
/** What may start a sentence: a capital, a digit, an opening quote or bracket, anything outside ASCII ("“‘«" too). */
const isOpener = (c: number): boolean => isUpper(c) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c >= 0x80;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isLetterOrDot = (c: number): boolean => isUpper(c) || isLower(c) || c === 46;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

