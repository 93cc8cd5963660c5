// Places compared across articles about one event (core/placings.ts finds them): the same ones taken
// or found in places that share no name ("found burned out in Oslek" against "in Varby"; "taken to the
// hospital in Tarnby" against "flown to a clinic in Morsund").

import { daysApart, resolveDay, withYear } from '../core/days';
import type { ArticleAnalysis, Placing } from '../core/types';

/** What the index lists articles by: the deed, and the thing unless it is named (a name's id is only known in the graph). */
export const placingKey = (p: Placing): string => `place|${p.deed}|${p.thing.startsWith('@') ? '@' : p.thing}`;

/** Words of places that say what kind of place, not which: "Tarnby General Hospital" and "the hospital in Tarnby" share "tarnby". */
const KIND_WORDS = new Set(['hospital', 'hospitals', 'clinic', 'infirmary', 'medical', 'centre', 'center', 'general', 'regional', 'district', 'university', 'county', 'city', 'laboratory', 'headquarters', 'station', 'police', 'the', 'of', 'st', 'saint']);

const coreWords = (place: string): string[] =>
  place
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !KIND_WORDS.has(w));

/** Whether two lists of places name one of them in common (a shared word that is not a kind of place). */
export function shareAPlace(x: readonly string[], y: readonly string[]): boolean {
  const words = new Set(x.flatMap(coreWords));
  return y.some((p) => coreWords(p).some((w) => words.has(w)));
}

/** Articles written this many days apart may tell of the thing moved since: no basis to compare. */
const DAYS_APART = 3;

export const writtenTooFarApart = (a: ArticleAnalysis, b: ArticleAnalysis): boolean => a.date !== null && b.date !== null && daysApart(a.date, b.date) > DAYS_APART;

const DEED_WORDS: Record<Placing['deed'], string> = { found: 'found in', held: 'held in', taken: 'taken to', kept: 'caught or kept in', spoke: 'spoke to the press in' };

/** "the van was found in", "people were taken to", "Dana Voss spoke to the press in", for messages. */
export const placingWords = (p: Placing, name: string | null): string => {
  const what = p.thing.startsWith('@') ? (name ?? 'the same one') : p.thing === 'people' ? 'the people' : `the ${p.thing}`;
  if (p.deed === 'spoke') return `${what} ${DEED_WORDS.spoke}`;
  return `${what} ${p.thing === 'people' || p.thing === 'talks' ? 'were' : 'was'} ${DEED_WORDS[p.deed]}`;
};

/** Two briefings by one person on days the articles date apart are two occasions, not one place told two ways. */
export const otherOccasion = (p: Placing, a: ArticleAnalysis, o: Placing, b: ArticleAnalysis): boolean => {
  if (!p.day || !o.day) return false;
  const [x, y] = [resolveDay(p.day, withYear(a.date, b.date)), resolveDay(o.day, withYear(b.date, a.date))];
  return x === null || y === null || x !== y;
};
