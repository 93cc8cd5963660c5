// Dated events compared across articles: one deed done once, about one person, body or thing, on
// two different days ("testified on Tuesday" against "testified on Wednesday, March 12"; "Ivo Marsk
// was suspended this afternoon" against "on Sunday"). An article naming several days for one deed
// ("testified on Tuesday and again on Wednesday") disagrees with none of them.

import { daysApart, resolveDay, withYear } from '../core/days';
import { happeningClass } from '../core/happenings';
import type { ArticleAnalysis, ClockTime, TimedEvent } from '../core/types';

export const eventKey = (e: TimedEvent): string => `event|${e.event}`;

/** The event's date, an article date without a year taking the other article's. */
export const eventDate = (e: TimedEvent, a: ArticleAnalysis, other: ArticleAnalysis): string | null => e.date ?? resolveDay(e.day, withYear(a.date, other.date), e.ahead);

/** Two dates agree when they are one, or one is a month ("2025-03") or a year ("2025") holding the other. */
export const sameDate = (a: string, b: string): boolean => a === b || (a.length < b.length ? b.startsWith(a) : a.startsWith(b));

/** A thing as core/happenings.ts gives it ("offer period", "branch"): the same head noun, and the same word before it when both have one. */
const sameThing = (a: string | null, b: string | null): boolean => {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const [x, y] = [a.split(' '), b.split(' ')];
  return x.at(-1) === y.at(-1) && (x.length === 1 || y.length === 1);
};

const shares = (x: readonly string[], y: readonly string[]): boolean => x.some((id) => y.includes(id));

/**
 * One deed about the same one: the same kind, the same thing done to (or none), and the same person
 * or body when both articles name one (`who`: their global ids); a thing alone ("production was
 * suspended") when one of them names no one. A contact is one person's, to the same addressee when
 * both say whom ("I sent the first email" is the first to anyone). A happening: a sudden one with a
 * name in both sentences (`near`: their global ids), a thing ending or starting the same thing, a
 * meeting set apart by the same words, the last inspection by the same body (or with a name in both).
 */
export const sameDeed = (e: TimedEvent, who: string | null, near: readonly string[], o: TimedEvent, otherWho: string | null, otherNear: readonly string[]): boolean => {
  if (e.event !== o.event) return false;
  const cls = happeningClass(e.event);
  if (cls === 'once') return shares(near, otherNear);
  if (cls) {
    if (!sameThing(e.object, o.object)) return false;
    if (who !== null && otherWho !== null) return who === otherWho;
    return e.object !== 'last' || who !== null || otherWho !== null || shares(near, otherNear);
  }
  if (e.event === 'contact') return who !== null && who === otherWho && (e.object === null || o.object === null || e.object === o.object);
  return e.object === o.object && (who !== null && otherWho !== null ? who === otherWho : e.object !== null);
};

/**
 * Days one apart given across one night: the earlier late ("late on Saturday", "Saturday night") and the
 * later not ("on Sunday", "early on Sunday"). Not both early or both late (two nights), nor "on 6 October"
 * against "in the early hours of 7 October" (the gold of a development cluster counts that one).
 */
const oneNight = (earlier: TimedEvent, later: TimedEvent): boolean =>
  earlier.loose === 'loose' || later.loose === 'loose' || (earlier.loose === 'late' && later.loose !== 'late');

/**
 * Whether two days given one deed disagree: a first deed ("first emailed on 2 May") only with one
 * of its kind before it, contacts without a first never (people write more than once), and a day
 * given loosely ("Saturday night local time") not with the day after or before.
 */
export function daysDisagree(e: TimedEvent, date: string, o: TimedEvent, other: string): boolean {
  if (sameDate(date, other)) return false;
  if (date.length === 10 && other.length === 10 && daysApart(date, other) <= 1 && oneNight(date < other ? e : o, date < other ? o : e)) return false;
  if (e.first !== o.first) return e.first ? other < date : date < other;
  return e.first || e.event !== 'contact';
}

/**
 * Sudden happenings, or meetings of one name, a month or more apart are two of them (an earlier quake
 * in the region, two recording sessions, two hearings of a case): on ECB+ real news, "Sunday's quake"
 * against one "in February" the article recalls.
 */
const OCCURRENCES_APART = 31;

/**
 * Two occurrences of a happening rather than one told two ways: a sudden one or a meeting of one name
 * a month or more apart from the other; a sudden one of a kind an article dates twice (it tells of two);
 * a past happening dated after the other article was written (that article could not have known of
 * it, so it told of an earlier one: the hearing before, the previous inspection).
 */
export function anotherOccurrence(e: TimedEvent, date: string, a: ArticleAnalysis, o: TimedEvent, other: string, b: ArticleAnalysis): boolean {
  const cls = happeningClass(e.event);
  if (!cls) return false;
  if ((cls === 'once' || (cls === 'recurring' && e.object !== 'last')) && daysApart(date, other) >= OCCURRENCES_APART) return true;
  if (cls === 'once' && (datesOf(e.event, a, b) > 1 || datesOf(e.event, b, a) > 1)) return true;
  const after = (x: TimedEvent, d: string, written: string | null): boolean => !x.ahead && written !== null && d.slice(0, written.length) > written.slice(0, d.length);
  return after(e, date, withYear(b.date, a.date)) || after(o, other, withYear(a.date, b.date));
}

/** How many different days an article gives happenings of one kind. */
const datesOf = (kind: string, a: ArticleAnalysis, b: ArticleAnalysis): number => {
  const dates = [...new Set(a.events.filter((x) => x.event === kind).map((x) => eventDate(x, a, b)))];
  // "in August" and "on 23 August" are one date told twice.
  return dates.filter((d) => !(d && d.length === 7 && dates.some((e) => e && e.length === 10 && e.startsWith(d)))).length;
};

/** A happening in words for messages: "the collapse", "the end of the offer period", "the public hearing", "the last inspection". */
export const happeningWords = (e: TimedEvent, name: string | null): string => {
  const cls = happeningClass(e.event);
  if (cls === 'end' || cls === 'start') return `the ${e.event} of the ${e.object}`;
  if (e.object === 'last') return `the last ${e.event}${name ? ` by ${name}` : ''}`;
  return `the ${e.object ? `${e.object} ` : ''}${e.event}`;
};

const PARTICIPLE: Record<string, string> = {
  testify: 'testified', die: 'died', plead: 'pleaded', quit: 'quit', sign: 'signed', close: 'closed', open: 'opened', launch: 'launched', declare: 'declared',
  resign: 'resigned', arrest: 'arrested', sentence: 'sentenced', convict: 'convicted', charge: 'charged', release: 'released', elect: 'elected', appoint: 'appointed',
  suspend: 'suspended', recall: 'recalled', sack: 'dismissed', contact: 'contacted',
};
const DONE_TO = /^(?:arrest|sentence|convict|charge|release|elect|appoint|suspend|recall|sack)$/;
/** The deed in words for messages: "Dana Voss testified", "Ivo Marsk was arrested", "production was suspended", "Ana Ruiz first contacted". */
export const deedWords = (e: TimedEvent, name: string): string =>
  e.object !== null || DONE_TO.test(e.event) ? `${e.object ?? name} was ${PARTICIPLE[e.event]}` : `${name} ${e.first ? 'first ' : ''}${PARTICIPLE[e.event]}`;

/** Weekdays and "yesterday" read against two articles' dates further apart than this may be two different weeks. */
const RELATIVE_SPAN = 7;
const RELATIVE = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|tonight|earlier today|last night|this (?:morning|afternoon|evening))$/;

/** Both days given relative to articles a week or more apart: no basis to compare. */
export const tooFarApart = (e: TimedEvent, o: TimedEvent, a: ArticleAnalysis, b: ArticleAnalysis): boolean => {
  const [x, y] = [withYear(a.date, b.date), withYear(b.date, a.date)];
  return RELATIVE.test(e.day) && RELATIVE.test(o.day) && (!x || !y || daysApart(x, y) > RELATIVE_SPAN);
};

/** Clock times of one happening this far apart, beyond what "about" or "shortly after" allow, disagree: "00:01" and "midnight" do not. */
const CLOCK_TOLERANCE = 15;
const MINUTES_PER_DAY = 1440;
const dayNumber = (date: string | null): number | null => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(date) / 86_400_000 : null);
/** The instants a clock time may stand for, in minutes from its day's start: "midnight on Sunday" is Sunday's start or its end. */
const instants = (t: ClockTime): number[] => (t.midnight ? [t.minutes, t.minutes + MINUTES_PER_DAY] : [t.minutes]);

/**
 * How far apart, in minutes, two clock times given one happening are beyond their slack, or null when
 * they cannot be told apart: days more than one apart (another occurrence). A time given without a day
 * is read on the other's day.
 */
function clockGap(e: TimedEvent, date: string | null, o: TimedEvent, other: string | null): number | null {
  if (!e.time || !o.time) return null;
  const [x, y] = [dayNumber(date), dayNumber(other)];
  if ((date && x === null) || (other && y === null)) return null;
  const days = x !== null && y !== null ? y - x : 0;
  if (Math.abs(days) > 1) return null;
  let gap = Infinity;
  for (const a of instants(e.time)) for (const b of instants(o.time)) gap = Math.min(gap, Math.abs(days * MINUTES_PER_DAY + b - a));
  return gap - e.time.slack - o.time.slack;
}

/** Two clock times of one happening disagree. */
export const clocksDisagree = (e: TimedEvent, date: string | null, o: TimedEvent, other: string | null): boolean => {
  const gap = clockGap(e, date, o, other);
  return gap !== null && gap > CLOCK_TOLERANCE;
};

/** A clock time as a side's value: "2025-02-09 23:40", "midnight" (either end of its day), "05:10" when no day is given. */
export function clockValue(e: TimedEvent, date: string | null): string {
  const m = e.time!.minutes;
  const hhmm = e.time!.midnight ? 'midnight' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return date ? `${date} ${hhmm}` : hhmm;
}
