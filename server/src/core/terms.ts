// Terms a person serves or spent: a prison sentence ("sentenced to 18 years", "jailed for 13 years",
// "is serving 13 years", "an 18-year prison sentence", "18 years in prison") in months, and a time held
// captive ("held for 73 days", "63 days in captivity", "held for about nine weeks") in days. Each is a
// fact of the person its sentence names (index/contradictions.ts compares them person by person).

import { spelledNumber } from './numbers';

export interface Term {
  measure: 'prison sentence' | 'time held';
  unit: 'months' | 'days';
  /** The factor from the written unit to `unit`. */
  factor: number;
  /** Where the words of the term end, relative to the number's end. */
  end: number;
}

const HEDGE = '(?:about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+|roughly\\s+|more\\s+than\\s+|over\\s+)?';
const SPAN = /^\s+(years?|months?|weeks?|days?)\b/i;
const SENTENCED = new RegExp(`\\b(?:sentenced|jailed|imprisoned|condemned|sentencing|jailing)\\b[^.;:]{0,40}?\\b(?:to|for)\\s+${HEDGE}$|\\bserv(?:ing|es|ed|e)\\s+(?:a\\s+|an\\s+|the\\s+(?:remaining\\s+)?)?${HEDGE}$`, 'i');
const IN_PRISON = /^\s+(?:years?|months?)\s+(?:in\s+(?:prison|jail)|behind\s+bars)\b/i;
const HELD = new RegExp(`\\b(?:held|detained|kept|captive|hostage|captivity)\\b[^.;:,]{0,30}?\\bfor\\s+${HEDGE}$`, 'i');
const IN_CAPTIVITY = /^\s+(?:days?|weeks?|months?)\s+(?:in\s+captivity|as\s+(?:a\s+)?(?:hostages?|captives?))\b/i;
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30.4375, year: 365.25 };
const unitOf = (w: string): string => w.toLowerCase().replace(/s$/, '');

/** The term a number followed by years, months, weeks or days gives, or null when its words say none. */
export function termOf(before: string, rest: string): Term | null {
  const span = SPAN.exec(rest);
  if (!span) return null;
  const unit = unitOf(span[1]);
  if ((unit === 'year' || unit === 'month') && (IN_PRISON.test(rest) || SENTENCED.test(before))) {
    return { measure: 'prison sentence', unit: 'months', factor: unit === 'year' ? 12 : 1, end: span[0].length };
  }
  if (unit !== 'year' && (IN_CAPTIVITY.test(rest) || HELD.test(before))) return { measure: 'time held', unit: 'days', factor: DAYS[unit], end: span[0].length };
  return null;
}

/** "an 18-year prison sentence", "a ten-year jail term": the number joined to its unit (numbers.ts leaves it alone); not the end of a fraction ("4-1/2-month"). */
const TERM_OF = /(?<![\p{L}\p{N}/.-])(\d{1,2}|[A-Za-z]+(?:-[a-z]+)?)-(year|month)(?:-long)?\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b/gu;

/** The sentences a sentence gives in hyphenated form, with their length in months. */
export function sentencesIn(sentence: string): { at: number; length: number; value: number }[] {
  const out: { at: number; length: number; value: number }[] = [];
  TERM_OF.lastIndex = 0;
  for (let m = TERM_OF.exec(sentence); m; m = TERM_OF.exec(sentence)) {
    const n = /^\d/.test(m[1]) ? +m[1] : spelledNumber(m[1]);
    if (n) out.push({ at: m.index, length: m[0].length, value: n * (m[2] === 'year' ? 12 : 1) });
  }
  return out;
}
