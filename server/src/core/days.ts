// Days and dates as news writes them: a weekday, "March 12", "11 March", "yesterday", resolved
// against the article's publication date.

import { MONTHS } from './text';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const DAY = new RegExp(
  `\\b(?:on|last|this)\\s+(${WEEKDAYS.join('|')})\\b|\\bon\\s+((?:${MONTHS.join('|')})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS.join('|')}))\\b|\\b(yesterday|today)\\b`,
);

/** The day as written and its date: the latest such weekday on or before the article date. */
export function resolveDay(written: string, articleDate: string | null): string | null {
  if (!articleDate) return null;
  const base = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const shift = (days: number): string => new Date(base.getTime() - days * 86400000).toISOString().slice(0, 10);
  const lower = written.toLowerCase();
  if (lower === 'today') return articleDate;
  if (lower === 'yesterday') return shift(1);
  const weekday = WEEKDAYS.indexOf(written);
  if (weekday >= 0) return shift((base.getUTCDay() - weekday + 7) % 7);
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
