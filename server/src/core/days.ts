// Days and dates as news writes them: a weekday, "March 12", "11 March", "yesterday", resolved
// against the article's publication date.

import { MONTHS } from './text';
import type { Span } from './types';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const DAY = new RegExp(
  `\\b(?:on|last|this)\\s+(${WEEKDAYS.join('|')})\\b|\\bon\\s+((?:${MONTHS.join('|')})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS.join('|')}))\\b|\\b(yesterday|today)\\b`,
);

/**
 * The day as written and its date: the latest such weekday on or before the article date, or
 * with `ahead` ("the plant closes on Friday") the first on or after it.
 */
export function resolveDay(written: string, articleDate: string | null, ahead = false): string | null {
  if (!articleDate) return null;
  const base = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const shift = (days: number): string => new Date(base.getTime() - days * 86400000).toISOString().slice(0, 10);
  const lower = written.toLowerCase();
  if (lower === 'today') return articleDate;
  if (lower === 'yesterday') return shift(1);
  const weekday = WEEKDAYS.indexOf(written);
  if (weekday >= 0) return shift(ahead ? -((weekday - base.getUTCDay() + 7) % 7) : (base.getUTCDay() - weekday + 7) % 7);
  const m = /^(?:(\p{L}+)\s+(\d{1,2})|(\d{1,2})\s+(\p{L}+))$/u.exec(written);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1] ?? m[4]) + 1;
  const day = +(m[2] ?? m[3]);
  const d = new Date(Date.UTC(base.getUTCFullYear(), month - 1, day));
  return month > 0 && d.getUTCDate() === day ? d.toISOString().slice(0, 10) : null;
}

export function dayIn(text: string, from: number, to: number): string | null {
  const m = DAY.exec(text.slice(from, to));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

/** Month names and their abbreviations ("Sept", "Mar"), as a pattern, and the month each stands for. */
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const monthOf = (word: string): number => MONTHS.findIndex((m) => word.toLowerCase().startsWith(m.slice(0, 3).toLowerCase())) + 1;
const SP = '[ \\u00a0\\u202f]';
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_WORD})${SP}(\\d{1,2}),?${SP}(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?${SP}(${MONTH_WORD}),?${SP}(\\d{4})\\b`);
/** A dateline without a year: "VELDIN, July 14 (Tellpress) -", "PORT ELSA, Sept 12 (Northwire) -". */
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'-]+,${SP}(${MONTH_WORD})${SP}(\\d{1,2})\\b`, 'u');

const iso = (y: number, m: number, d: number): string | null =>
  y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;

/** The first lines read for a date: the masthead, headline and byline lines before the body starts. */
const HEADER_LINES = 16;

/**
 * The publication date when the article's header states one ("11:09 31.05.2016", "11. 7. 2025",
 * "15/09/2024", "May 31, 2016", "Tue 11 Mar 2025", "Posted … on 14 July 2025", "2016-05-31"), read
 * in the lines before the first long paragraph: dates further down are about events, not the
 * article. A dateline without a year gives the month and day alone ("--07-14", ISO 8601).
 */
export function publicationDate(text: string, nonBlank: readonly Span[]): string | null {
  for (const line of nonBlank.slice(0, HEADER_LINES)) {
    const s = text.slice(line.start, Math.min(line.end, line.start + 200));
    const dateline = DATELINE.exec(s);
    if (dateline) {
      const month = monthOf(dateline[1]);
      return month ? `--${String(month).padStart(2, '0')}-${dateline[2].padStart(2, '0')}` : null;
    }
    if (line.end - line.start > 200) break;
    // Every other form has a four-digit year: most lines have none.
    if (!/\d{4}/.test(s)) continue;
    let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
    if (m) return iso(+m[1], +m[2], +m[3]);
    m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s);
    if (m) return iso(+m[3], +m[2], +m[1]);
    m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s);
    // Day first unless the first cannot be a day's month ("09/15/2024").
    if (m) return +m[2] > 12 ? iso(+m[3], +m[1], +m[2]) : iso(+m[3], +m[2], +m[1]);
    m = MONTH_DAY_YEAR.exec(s);
    if (m) return iso(+m[3], monthOf(m[1]), +m[2]);
    m = DAY_MONTH_YEAR.exec(s);
    if (m) return iso(+m[3], monthOf(m[2]), +m[1]);
  }
  return null;
}

/** Days between two ISO dates; a month and day without a year ("--09-12") takes the other's year. */
export function daysApart(a: string, b: string): number {
  const year = (a.startsWith('--') ? b : a).slice(0, 4);
  const full = (d: string): number => Date.parse(d.startsWith('--') ? `${/^\d{4}$/.test(year) ? year : '2000'}${d.slice(1)}` : d);
  return Math.abs(full(a) - full(b)) / 86_400_000;
}

/** An article date for resolving days: one without a year ("--07-14") takes the year of another article's. */
export function withYear(date: string | null, other: string | null): string | null {
  if (!date?.startsWith('--')) return date;
  return other && /^\d{4}/.test(other) ? `${other.slice(0, 4)}${date.slice(1)}` : null;
}
