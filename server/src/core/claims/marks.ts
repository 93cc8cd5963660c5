// Quotation marks paired into quoted spans, paragraph by paragraph.
//
// Every convention news uses: "straight" and “curly”, „German“ and ‚German‘, «French» and ‹French›
// (spaces inside or not), »Danish« and ›Danish‹, ”Swedish”, 'single', and two apostrophes for a double
// mark (''as wire copy and some archives write it''). A quote inside a quote of another kind stays part
// of the outer one. Apostrophes (doesn't, Syria's, Hopkins') are not marks. A quote left open at a
// paragraph's end runs on when the next paragraph reopens it, or closes it before opening anything.

import { inside } from '../boilerplate';
import { upperBound, isWord } from '../text';
import type { Span, Structure } from '../types';

export interface Segment extends Span {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  para: number;
  runsOn: boolean;
}

/** Where the opening mark at `open` starts: two apostrophes written for one double mark start one earlier. */
export const markStart = (text: string, open: number): number => (text[open] === "'" && text[open - 1] === "'" ? open - 1 : open);

/** Double marks; the others (' ‘ ’ ‚ ‹ ›) are single. */
const DOUBLE = '"“”„«»';
/** The marks that close a quote each opening mark starts. */
const CLOSERS: Record<string, string> = { '"': '"', '“': '”“"', '„': '“”"', '«': '»"', '»': '«»"', '”': '”"', "'": "'’", '‘': '’‘', '‚': '‘’', '‹': '›', '›': '‹›' };
const MARK = /["“”„«»'‘’‚‹›]/g;
/** A paragraph that starts with an opening mark continues a quote left open. */
const OPENS_PARAGRAPH = /^["“„«»”'‘‚‹›]/;
/** The longest single-quoted span: longer ones are apostrophes read as marks. */
const SINGLE_MAX = 600;

export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/** Moves a span's start and end inward past white space, in place (a copy by spread per quote was garbage of mixed shapes); returns it. */
export function trim<T extends Span>(text: string, s: T): T {
  while (s.start < s.end && isSpace(text[s.start])) s.start++;
  while (s.end > s.start && isSpace(text[s.end - 1])) s.end--;
  return s;
}

/**
 * The text with each pair of apostrophes written for a double mark made one straight mark beside a
 * space, at the same length: ` "` when it opens (after a space or the line start), `" ` when it closes.
 */
function doubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (_m, i: number) => (i === 0 || isSpace(text[i - 1]) || text[i - 1] === '(' ? ' "' : '" '));
}

/** Pairs the quotation marks of the article's paragraphs into quoted spans, in text order. */
export function segments(doc: Structure): Segment[] {
  const { paragraphs } = doc;
  const text = doubledApostrophes(doc.text);
  const starts = paragraphs.map((p) => p.start);
  const out: Segment[] = [];
  let para = -1;
  let end = -1;
  let open = -1;
  let opener = '"';
  /** The closers of a quote inside the open one, while inside it. */
  let inner = '';
  let carried = -1;
  const double = (): boolean => DOUBLE.includes(opener);
  const close = (): void => {
    const next = paragraphs[para + 1];
    if (open >= 0 && next) {
      const first = double() && !OPENS_PARAGRAPH.test(text[next.start]) ? text.slice(next.start, next.end).search(/["“”„«»]/) : -1;
      const at = next.start + first;
      const closes = first >= 0 && CLOSERS[opener].includes(text[at]) && !isSpace(text[at - 1]) && ('”»'.includes(text[at]) || !isWord(text[at + 1]));
      if (closes || OPENS_PARAGRAPH.test(text[next.start])) out.push({ start: open + 1, end, open, close: end, para, runsOn: true });
      if (closes) carried = para + 1;
    }
    open = -1;
    inner = '';
  };
  MARK.lastIndex = 0;
  // Tested, not exec'd: a mark is one character, the one before lastIndex (no match array per mark).
  while (MARK.test(text)) {
    const i = MARK.lastIndex - 1;
    if (i >= end) {
      if (para >= 0) close();
      para = upperBound(starts, i) - 1;
      end = para >= 0 ? paragraphs[para].end : -1;
      if (para >= 0 && para === carried) {
        open = paragraphs[para].start - 1;
        opener = '"';
      }
      if (i >= end) continue;
    }
    const c = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    const single = !DOUBLE.includes(c);
    if (single && isWord(before) && isWord(after)) continue;
    const startsWord = i === paragraphs[para].start || !isWord(before);
    // Shaped as a closer: right after a word or punctuation, before a space or punctuation.
    const closeShaped = i > paragraphs[para].start && !isSpace(before) && !isWord(after);
    if (inner) {
      if (inner.includes(c) && closeShaped) inner = '';
      continue;
    }
    if (open >= 0 && single && double()) continue;
    if (open >= 0 && !single && !double()) continue;
    if (open >= 0) {
      const closer = CLOSERS[opener].includes(c);
      // A new paragraph of a quote pasted into the same line reopens it: “… first part. “Second part …”
      if (!single && isSpace(before) && /[.!?]/.test(text[i - 2]) && !isSpace(after) && (c === '"' || c === '“' || c === '„')) {
        out.push({ start: open + 1, end: i, open, close: i, para, runsOn: true });
        open = i;
        opener = c;
        continue;
      }
      // A quote's own closer (” for “, » for «, " for ") closes it wherever it stands; the others (“ of „…“,
      // « of »…«, " after “) only where shaped as closers.
      const own = CLOSERS[opener][0] === c && (c === '"' || c === "'" || '”»’›'.includes(c));
      if (closer && (closeShaped || own) && !(single && isWord(after))) {
        if (!single || i - open < SINGLE_MAX) out.push({ start: open + 1, end: i, open, close: i, para, runsOn: false });
        open = -1;
        continue;
      }
      // An opener of another kind starts a quote inside this one: « il a dit “non” ».
      if (c !== opener && !single && startsWord && !isSpace(after) && c !== '”' && c !== '»') {
        inner = CLOSERS[c];
        continue;
      }
      // Else a later opener wins over a stray one ("'em", “word “Real quote …”).
      if (opensAt(c, before, after, startsWord)) {
        open = i;
        opener = c;
      }
      continue;
    }
    if (opensAt(c, before, after, startsWord) && !(single && /^(\d\ds|s)(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 5)))) {
      open = i;
      opener = c;
    }
  }
  if (para >= 0) close();
  return out.map((s) => trim(doc.text, s)).filter((s) => s.end > s.start && !inside(doc.boilerplate, s.start, s.end));
}

/** Whether a mark can open a quote where it stands (not "'90s" nor the possessive of "U.K.'s"). */
function opensAt(c: string, before: string | undefined, after: string | undefined, startsWord: boolean): boolean {
  switch (c) {
    case '“':
    case '„':
    case '«':
    case '‹':
      return true;
    case '"':
      return startsWord && !isSpace(after) && after !== undefined;
    case '»':
    case '”':
    case '›':
      // Reversed and Swedish marks open only before a word after a space: »Danish«, ”Swedish”.
      return (before === undefined || isSpace(before) || before === '(') && isWord(after);
    default:
      // ' ‘ ‚: before a word or a bracket.
      return c !== '’' && startsWord && (isWord(after) || after === '[' || after === '(');
  }
}
