// Dated events compared across articles: one doer, one deed done once, two different days
// ("testified on Tuesday" against "testified on Wednesday, March 12"). An article naming several
// days for one deed ("testified on Tuesday and again on Wednesday") disagrees with none of them.

import { daysApart, resolveDay, withYear } from '../core/days';
import type { ArticleAnalysis, TimedEvent } from '../core/types';

export const eventKey = (e: TimedEvent): string => `event|${e.event}`;

/** The event's date, an article date without a year taking the other article's. */
export const eventDate = (e: TimedEvent, a: ArticleAnalysis, other: ArticleAnalysis): string | null => e.date ?? resolveDay(e.day, withYear(a.date, other.date), e.ahead);

const PAST: Record<string, string> = { testify: 'testified', die: 'died', plead: 'pleaded', quit: 'quit', sign: 'signed', close: 'closed', open: 'opened', launch: 'launched', declare: 'declared' };
/** The deed in words for messages: "testified", "resigned", "was arrested". */
export const deedWords = (event: string): string => PAST[event] ?? (/^(arrest|sentence|convict|charge|release|elect|appoint)$/.test(event) ? `was ${event}${event.endsWith('e') ? 'd' : 'ed'}` : `${event}ed`);

/** Weekdays and "yesterday" read against two articles' dates further apart than this may be two different weeks. */
const RELATIVE_SPAN = 7;
const RELATIVE = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today)$/;

/** Both days given relative to articles a week or more apart: no basis to compare. */
export const tooFarApart = (e: TimedEvent, o: TimedEvent, a: ArticleAnalysis, b: ArticleAnalysis): boolean => {
  const [x, y] = [withYear(a.date, b.date), withYear(b.date, a.date)];
  return RELATIVE.test(e.day) && RELATIVE.test(o.day) && (!x || !y || daysApart(x, y) > RELATIVE_SPAN);
};
