// Names written around a position, as candidates for a name the workspace knows from other
// articles: the recogniser misses names in page furniture ("Related coverage", a navigation line,
// tags), in readers' comments and in sponsor lists that it finds in running text elsewhere, and
// cuts some short ("Harbour" of "Harbour Light Trust"). Read only on a request at one position.

import { WEEKDAYS } from '../core/days';
import { TITLES } from '../core/names';
import { MONTHS } from '../core/text';
import type { Span } from '../core/types';

/** A word: letters and digits, with inner apostrophes, hyphens and dots ("O'Neill", "Jean-Luc"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
/** Words that join the capitalised words of one name ("Ministry of Water and Forests"). */
const JOINING = new Set(['of', 'and', 'for', 'de', 'the']);
/**
 * Words that name no one alone, though articles link them to someone: a title or office ("Mr",
 * "Prime Minister" for the office holder of one article), a weekday or a month. Measured on 900
 * BBC articles, where "Mr" alone was a spelling of one politician and "Monday" of a person.
 */
const NOT_ALONE = new Set([...TITLES, ...WEEKDAYS.map((d) => d.toLowerCase()), ...MONTHS.map((m) => m.toLowerCase())]);

/** How far around the position a name may reach, on its line. */
const REACH = 100;
/** The most words one name is taken to have. */
const MOST_WORDS = 8;

interface Word extends Span {
  capital: boolean;
  /** Written with a possessive ("Agency's"), which ends a name: `end` is before it. */
  possessive: boolean;
}

/** The words of the line around `offset`, at most REACH characters either side. */
function wordsAround(text: string, offset: number): Word[] {
  let from = Math.max(0, offset - REACH);
  let to = Math.min(text.length, offset + REACH);
  const before = text.lastIndexOf('\n', offset - 1);
  if (before >= from) from = before + 1;
  const after = text.indexOf('\n', offset);
  if (after >= 0 && after < to) to = after;
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index;
    const possessive = /['’]s$/.test(m[0]);
    out.push({ start, end: start + m[0].length - (possessive ? 2 : 0), capital: CAPITAL.test(m[0]), possessive });
  }
  return out;
}

/** One space between two words of a name: a dot, a bullet or a slash between them parts two names. */
const oneSpace = (text: string, a: Word, b: Word): boolean => b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0') && !a.possessive;

/**
 * Every run of capitalised words (with joining words inside) that holds the word at `offset`,
 * longest first: "A Dunmore source" gives "A Dunmore", then "Dunmore". Empty where the word
 * there is not capitalised.
 */
export function namesAround(text: string, offset: number): Span[] {
  const words = wordsAround(text, offset);
  const k = words.findIndex((w) => w.start <= offset && offset <= w.end);
  if (k < 0 || !words[k].capital) return [];
  const nameWord = (w: Word): boolean => w.capital || JOINING.has(text.slice(w.start, w.end));
  let lo = k;
  while (lo > 0 && k - lo < MOST_WORDS - 1 && nameWord(words[lo - 1]) && oneSpace(text, words[lo - 1], words[lo])) lo--;
  let hi = k;
  while (hi + 1 < words.length && hi - lo < MOST_WORDS - 1 && nameWord(words[hi + 1]) && oneSpace(text, words[hi], words[hi + 1])) hi++;
  const out: Span[] = [];
  const alone = words.map((w) => NOT_ALONE.has(text.slice(w.start, w.end).toLowerCase()) || JOINING.has(text.slice(w.start, w.end)));
  for (let i = lo; i <= k; i++)
    for (let j = k; j <= hi; j++) if (words[i].capital && words[j].capital && alone.slice(i, j + 1).includes(false)) out.push({ start: words[i].start, end: words[j].end });
  return out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/**
 * The place that qualifies an organisation's name, where `offset` is on it: "Velmora" in
 * "Ministry of Health of Velmora" (a name of two or more words before the last "of"), not
 * "England" in "Bank of England", whose name is nothing without it.
 */
export function qualifyingPlace(text: string, mention: Span, offset: number): Span | null {
  const name = text.slice(mention.start, mention.end);
  const at = name.lastIndexOf(' of ');
  if (at < 0 || offset < mention.start + at + 4 || !/\s/.test(name.slice(0, at))) return null;
  return { start: mention.start + at + 4, end: mention.end };
}
