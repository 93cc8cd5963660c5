// Dated events compared across articles: one deed done once, about one person, body or thing, on
// two different days ("testified on Tuesday" against "testified on Wednesday, March 12"; "Ivo Marsk
// was suspended this afternoon" against "on Sunday"). An article naming several days for one deed
// ("testified on Tuesday and again on Wednesday") disagrees with none of them.

import { daysApart, resolveDay, withYear } from '../core/days';
import type { ArticleAnalysis, TimedEvent } from '../core/types';

export const eventKey = (e: TimedEvent): string => `event|${e.event}`;

/** The event's date, an article date without a year taking the other article's. */
export const eventDate = (e: TimedEvent, a: ArticleAnalysis, other: ArticleAnalysis): string | null => e.date ?? resolveDay(e.day, withYear(a.date, other.date), e.ahead);

/**
 * One deed about the same one: the same kind, the same thing done to (or none), and the same person
 * or body when both articles name one (`who`: their global ids); a thing alone ("production was
 * suspended") when one of them names no one. A contact is one person's, to the same addressee when
 * both say whom ("I sent the first email" is the first to anyone).
 */
export const sameDeed = (e: TimedEvent, who: string | null, o: TimedEvent, otherWho: string | null): boolean => {
  if (e.event !== o.event) return false;
  if (e.event === 'contact') return who !== null && who === otherWho && (e.object === null || o.object === null || e.object === o.object);
  return e.object === o.object && (who !== null && otherWho !== null ? who === otherWho : e.object !== null);
};

/**
 * Whether two days given one deed disagree: a first deed ("first emailed on 2 May") only with one
 * of its kind before it, contacts without a first never (people write more than once), and a day
 * given loosely ("Saturday night local time") not with the day after or before.
 */
export function daysDisagree(e: TimedEvent, date: string, o: TimedEvent, other: string): boolean {
  if (date === other) return false;
  if ((e.loose || o.loose) && daysApart(date, other) <= 1) return false;
  if (e.first !== o.first) return e.first ? other < date : date < other;
  return e.first || e.event !== 'contact';
}

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
