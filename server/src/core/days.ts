// Days and dates as news writes them: a weekday, "March 12", "11 March", "Feb. 2", "29 January 2026",
// "yesterday", "this afternoon", resolved against the article's publication date.

import { MONTHS } from './text';
import type { Span } from './types';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Month names and their abbreviations ("Sept", "Mar"), as a pattern, and the month each stands for. */
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const monthOf = (word: string): number => MONTHS.findIndex((m) => word.toLowerCase().startsWith(m.slice(0, 3).toLowerCase())) + 1;
const SP = '[ \\u00a0\\u202f]';
/** A day of a month, maybe with its year: "March 12", "12 March", "Feb. 2", "29 January 2026", "Oct 14, 2025". */
export const DATE_WORDS = `(?:${MONTH_WORD}${SP}\\d{1,2}(?:st|nd|rd|th)?(?:,?${SP}\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH_WORD}(?:,?${SP}\\d{4})?)`;
/** A day of the month alone, read against the article's month: "on the 13th", "on the afternoon of the 13th". */
const ORDINAL_DAY = `\\bon\\s+the\\s+(?:(?:morning|afternoon|evening|night)\\s+of\\s+the\\s+)?(\\d{1,2}(?:st|nd|rd|th))\\b`;
/** A year, or a month of a year: "in 2017", "in March 2019" (core/events.ts keeps it for deeds done once in a life: a sentence, a death). */
const IN_YEAR = `\\bin\\s+((?:${MONTH_WORD}${SP})?(?:19|20)\\d\\d)\\b(?!\\s*[-–/%])`;
/**
 * A day as a deed or a statement is given it: "on 11 March" (a weekday before it set aside: "on
 * Wednesday, March 12"), "on/last/this Tuesday", "yesterday", "this afternoon". Vague spans ("last
 * week", "earlier this month") and bounds ("by Monday") are no day.
 */
export const DAY = new RegExp(
  `\\bon\\s+(?:(?:${WEEKDAYS.join('|')}),?${SP}(?:the${SP})?)?(${DATE_WORDS})\\b|\\b(?:on|last|this)\\s+(${WEEKDAYS.join('|')})\\b|\\b(yesterday|today|tonight|earlier today|last night|this (?:morning|afternoon|evening))\\b|${ORDINAL_DAY}|${IN_YEAR}`,
);
/** Where a day's words may be: every "day" (a weekday, "today", "yesterday") and every month's first three letters. */
export interface DayMarks {
  /** Positions of the months' first three letters ("Mar" of "March", "Mar." and "Mark"), in article order. */
  months: number[];
  /** Positions of every "day", in article order. */
  days: number[];
}
/** Months as a DAY may write them, each starting with its month's first three letters. */
const MONTH_FORMS = [...MONTHS, 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept', 'Oct.', 'Nov.', 'Dec.'];
/**
 * "tonight", "last night", "this morning": one pattern (a lookup per word cost 9.6 ms per BBC pass, the pattern 3 ms).
 * A day of the month alone ("the 13th") and a year ("in 2017") give no place of their own: looking for them
 * (a pattern, two lookups) let so many more sentences be read for deeds that the stage cost half as much again;
 * DAY reads them in sentences that name a day or a month too.
 */
const PARTS_OF_DAY = /night|this (?:morning|afternoon|evening)/g;
const MONTH_STEMS = MONTHS.map((m) => m.slice(0, 3));
/** The forms of each month by its first three letters: a mark is tried against its own month's forms only. */
const FORMS_BY_STEM = new Map(MONTH_STEMS.map((stem) => [stem, MONTH_FORMS.filter((w) => w.startsWith(stem))]));
const positions = (text: string, w: string, into: number[]): number[] => {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) into.push(i);
  return into;
};
/** The month and "day" lookups (core/happenings.ts reads dates from them too): one indexOf loop per month and one for "day". */
export function dayMarks(text: string): DayMarks {
  const months: number[] = [];
  for (const w of MONTH_STEMS) positions(text, w, months);
  return { months: months.sort((a, b) => a - b), days: positions(text, 'day', []) };
}
/**
 * Where a DAY may stand, in article order: every one is written with "day" (a weekday, "today",
 * "yesterday"), a month's name or abbreviation ("Feb."), "tonight", "last night", "this morning" and
 * the like. A fifth of BBC articles have none; the others have them in few sentences, the only ones
 * core/events.ts scans for deeds (the whole text's scan was most of that stage's time).
 */
export function dayPlaces(text: string, marks: DayMarks): number[] {
  const at = marks.months.filter((i) => FORMS_BY_STEM.get(text.slice(i, i + 3))!.some((w) => text.startsWith(w, i)));
  PARTS_OF_DAY.lastIndex = 0;
  for (let m = PARTS_OF_DAY.exec(text); m; m = PARTS_OF_DAY.exec(text)) at.push(m.index);
  return at.length ? at.concat(marks.days).sort((a, b) => a - b) : marks.days;
}
/**
 * How a day is given around a night, from the words before and after it: "early on Sunday", "in the
 * early hours of Sunday", "Sunday morning" (`early`: the night before may be written as Saturday's);
 * "late on Saturday", "Saturday night", "the night of 6 October" (`late`: it may run into the next
 * day); "overnight", "around midnight", local time (`loose`: either way). Two days one apart agree
 * only across one night: "late on Saturday" and "early on Sunday" do, "early on Saturday" and "in the
 * early hours of Sunday" do not (two nights).
 */
export type Night = 'early' | 'late' | 'loose' | null;
const EARLY_BEFORE = /\b(?:early|(?:early|small|wee)\s+hours\s+of|after\s+midnight|before\s+dawn)\s+(?:on\s+)?(?:the\s+)?$/i;
const LATE_BEFORE = /\b(?:late|before\s+midnight|night\s+of|evening\s+of)\s+(?:on\s+)?(?:the\s+)?$/i;
const EITHER_BEFORE = /\b(?:overnight|around\s+midnight)\s+(?:on\s+)?(?:the\s+)?$/i;
const NIGHT_AFTER = /^\s*(night|morning)\b/i;
export function nightOf(before: string, after: string, sentence: string): Night {
  if (LOCAL_TIME.test(sentence) || EITHER_BEFORE.test(before)) return 'loose';
  if (EARLY_BEFORE.test(before)) return 'early';
  if (LATE_BEFORE.test(before)) return 'late';
  const n = NIGHT_AFTER.exec(after);
  return n ? (n[1].toLowerCase() === 'night' ? 'late' : 'early') : null;
}
export const LOCAL_TIME = /\blocal time\b|\btime zone\b|\b(?:GMT|UTC)\b/;
/** The day as written in a DAY match. */
export const writtenDay = (m: RegExpExecArray): string => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
/** Whether a DAY match is a year or a month of a year ("in 2017", "in March 2019"), not a day. */
export const yearOnly = (m: RegExpExecArray): boolean => m[5] !== undefined;
/** Days written relative to the article's own: they resolve to the article date or the day before. */
const SAME_DAY = /^(?:today|tonight|earlier today|this (?:morning|afternoon|evening))$/i;
const DAY_BEFORE = /^(?:yesterday|last night)$/i;
const MONTH_DAY = new RegExp(`^(?:(${MONTH_WORD})${SP}(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?(${MONTH_WORD}))(?:,?${SP}(\\d{4}))?$`, 'i');
/** A day of a month written without a year lies at most this far after the article (else it is last year's). */
const AFTER_ARTICLE_DAYS = 31;

/**
 * The day as written and its date: the latest such weekday on or before the article date, or
 * with `ahead` ("the plant closes on Friday") the first on or after it. A date with its year needs
 * no article date.
 */
export function resolveDay(written: string, articleDate: string | null, ahead = false): string | null {
  if (/^\d{4}$/.test(written)) return written;
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(written);
  if (ordinal) return resolveOrdinal(+ordinal[1], articleDate, ahead);
  const alone = MONTH_ALONE.exec(written);
  if (alone) return resolveMonth(monthOf(alone[1]), alone[2] ? +alone[2] : null, articleDate, ahead);
  const date = MONTH_DAY.exec(written);
  if (date?.[5]) return iso(+date[5], monthOf(date[1] ?? date[4]), +(date[2] ?? date[3]));
  if (!articleDate) return null;
  const base = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const shift = (days: number): string => new Date(base.getTime() - days * 86400000).toISOString().slice(0, 10);
  if (SAME_DAY.test(written)) return articleDate;
  if (DAY_BEFORE.test(written)) return shift(1);
  const weekday = WEEKDAYS.indexOf(written);
  if (weekday >= 0) return shift(ahead ? -((weekday - base.getUTCDay() + 7) % 7) : (base.getUTCDay() - weekday + 7) % 7);
  if (!date) return null;
  const [month, day] = [monthOf(date[1] ?? date[4]), +(date[2] ?? date[3])];
  const year = base.getUTCFullYear();
  const d = iso(year, month, day);
  // "on 29 December" in an article of 3 January is last year's.
  return d && !ahead && Date.parse(d) - base.getTime() > AFTER_ARTICLE_DAYS * 86400000 ? iso(year - 1, month, day) : d;
}

/** A day of the month alone: in the article's month, or the one before when that day is still to come (the one after, ahead). */
function resolveOrdinal(day: number, articleDate: string | null, ahead: boolean): string | null {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return null;
  let [y, m] = [+articleDate.slice(0, 4), +articleDate.slice(5, 7)];
  const today = +articleDate.slice(8, 10);
  if (!ahead && day > today) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  if (ahead && day < today) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return iso(y, m, day);
}

const MONTH_ALONE = new RegExp(`^(${MONTH_WORD})(?:${SP}(\\d{4}))?$`);

/** A month written alone ("in March"): "2025-03", the latest such month up to the article's, or with `ahead` the first from it on. */
function resolveMonth(month: number, year: number | null, articleDate: string | null, ahead: boolean): string | null {
  const mm = String(month).padStart(2, '0');
  if (year) return `${year}-${mm}`;
  const base = articleDate && /^\d{4}-\d{2}/.test(articleDate) ? articleDate : null;
  if (!base) return null;
  const [y, m] = [+base.slice(0, 4), +base.slice(5, 7)];
  return `${ahead ? (month < m ? y + 1 : y) : month > m ? y - 1 : y}-${mm}`;
}

export function dayIn(text: string, from: number, to: number): string | null {
  const m = DAY.exec(text.slice(from, to));
  return m ? writtenDay(m) : null;
}

const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_WORD})${SP}(\\d{1,2}),?${SP}(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?${SP}(${MONTH_WORD}),?${SP}(\\d{4})\\b`);
/** A dateline without a year: "VELDIN, July 14 (Tellpress) -", "PORT ELSA, Sept 12 (Northwire) -", "VELDIN, Norland, Oct 14 (Wire) -". */
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'-]+,(?:${SP}\\p{Lu}[\\p{L}\\p{M} .'-]{1,30},)?${SP}(${MONTH_WORD})${SP}(\\d{1,2})\\b`, 'u');
/** A header line giving a weekday and a date without a year: a programme line "EVENING NEWS · Monday 2 February". */
const WEEKDAY_DATE = new RegExp(`\\b(?:${WEEKDAYS.join('|')}),?${SP}(?:(\\d{1,2})${SP}(${MONTH_WORD})|(${MONTH_WORD})${SP}(\\d{1,2}))\\b(?!,?${SP}\\d)`);
/** A header line that states when it was published, whatever words it has before the date. */
const PUBLISHED = /^\s*(?:(?:last\s+|first\s+)?(?:posted|published|updated|issued|released|broadcast|aired|date)\b|by\s)/i;

const iso = (y: number, m: number, d: number): string | null => {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return new Date(`${s}T00:00:00Z`).getUTCDate() === d ? s : null;
};
const monthDay = (month: number, day: string): string | null => (month ? `--${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : null);

/** The first lines read for a date: the masthead, headline and byline lines before the body starts. */
const HEADER_LINES = 16;

/**
 * The publication date when the article's header states one ("11:09 31.05.2016", "11. 7. 2025",
 * "15/09/2024", "May 31, 2016", "Tue 11 Mar 2025", "Posted … on 14 July 2025", "2016-05-31",
 * "Castrel, 9 March 2026"), read in the lines before the first long paragraph: dates further down
 * are about events, not the article. A date within a sentence of the header ("Results of the vote
 * held on Sunday 8 March 2026") is the event's, taken only when no line gives another. A dateline
 * or a programme line without a year gives the month and day ("--07-14", ISO 8601), with the year
 * of a full date near it in the article when there is one.
 */
export function publicationDate(text: string, nonBlank: readonly Span[]): string | null {
  let inSentence: string | null = null;
  for (const line of nonBlank.slice(0, HEADER_LINES)) {
    const s = text.slice(line.start, Math.min(line.end, line.start + 200));
    const dateline = DATELINE.exec(s);
    if (dateline) return yearFromText(text, monthDay(monthOf(dateline[1]), dateline[2]));
    if (line.end - line.start > 200) break;
    // Every other form has a four-digit year or a weekday: most lines have neither.
    const found = /\d{4}/.test(s) ? dateIn(s) : null;
    if (!found) {
      const w = s.length <= 80 && !inSentence && s.includes('day') ? WEEKDAY_DATE.exec(s) : null;
      if (w && !/\p{Ll}{2,}\s+$/u.test(s.slice(0, w.index))) return yearFromText(text, monthDay(monthOf(w[2] ?? w[3]), w[1] ?? w[4]));
      continue;
    }
    if (!PUBLISHED.test(s) && /\b\p{Ll}{2,}\b/u.test(s.slice(0, found.at))) inSentence ??= found.date;
    else return found.date;
  }
  return inSentence;
}

/** The first date with a year in a header line, and where it starts. */
function dateIn(s: string): { date: string | null; at: number } | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return { date: iso(+m[1], +m[2], +m[3]), at: m.index };
  m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s);
  if (m) return { date: iso(+m[3], +m[2], +m[1]), at: m.index };
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s);
  // Day first unless the first cannot be a day's month ("09/15/2024").
  if (m) return { date: +m[2] > 12 ? iso(+m[3], +m[1], +m[2]) : iso(+m[3], +m[2], +m[1]), at: m.index };
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return { date: iso(+m[3], monthOf(m[1]), +m[2]), at: m.index };
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return { date: iso(+m[3], monthOf(m[2]), +m[1]), at: m.index };
  return null;
}

/** A full date this near a dateline's month and day gives it its year. */
const NEAR_DAYS = 45;
/** A month and day ("--10-14") with the year of the first full date in the article within NEAR_DAYS of it. */
function yearFromText(text: string, date: string | null): string | null {
  if (!date) return null;
  const full = new RegExp(`${MONTH_DAY_YEAR.source}|${DAY_MONTH_YEAR.source}`, 'g');
  for (let m = full.exec(text); m; m = full.exec(text)) {
    const year = +(m[3] ?? m[6]);
    const found = m[1] ? iso(year, monthOf(m[1]), +m[2]) : iso(year, monthOf(m[5]), +m[4]);
    const dated = `${year}${date.slice(1)}`;
    if (found && Math.abs(Date.parse(found) - Date.parse(dated)) <= NEAR_DAYS * 86_400_000) return dated;
  }
  return date;
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
