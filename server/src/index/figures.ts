// Figures compared across articles. Each article offers, for every measure it counts (what, in
// which unit, with which qualifier) and every source giving it, one figure: the largest firm one,
// since the others are its parts ("21 deaths in one commune" of 23). Two articles disagree when
// their figures for one measure differ, from one source (or from the party the figure is about,
// when the text names no source), about one event (the articles share people, places and
// organisations), on days at most one apart. Bounds, estimates, updates, conversions and
// corrections are no firm figures and are never compared.

import { daysApart, resolveDay, withYear } from '../core/days';
import { HANDLED_MEASURE, TOLLS } from '../core/figures';
import { DIMENSIONS } from '../core/dimensions';
import type { ArticleAnalysis, Figure } from '../core/types';

/** What two figures must share to be compared at all. */
export const figureKey = (f: Figure): string => `figure|${f.measure}|${f.unit ?? ''}|${f.qualifier ?? ''}`;

/** Sources that name nobody in particular: two articles' "officials" may be different people. */
const GENERIC = new Set('officials official sources source witnesses witness residents reports report media analysts analyst experts people activists data information figures'.split(' '));
const STOP = new Set('the a an of and for in on at to by its his her their our s sk'.split(' '));

/** The words of a source's name that identify it: "the Ministry of Health" → ministry, health. */
export function sourceWords(name: string | null): string[] {
  if (!name) return [];
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
}

/** One source's words contain the other's ("labour ministry" in "Ministry of Labour and Social Welfare"). */
export function sameSourceWords(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length || small.every((w) => GENERIC.has(w))) return false;
  return small.every((w) => large.includes(w));
}

/**
 * A count written approximately ("prescribed to about 83,000 patients", "some 2,300 evacuated") is
 * compared: near another count it agrees, far from it (38,000; 3,200) it does not. Bounds ("at least
 * 30") are not.
 */
const approximate = (f: Figure): boolean => f.hedge === 'approximate' || BOUNDS.has(f.hedge ?? '');

/**
 * A bound that says which way ("less than four minutes", "more than ten"), where it is read: it is
 * compared with a firm figure and disagrees when the figure lies beyond it (eleven minutes).
 */
const BOUNDS = new Set(['below', 'above']);

/** A bound against another figure: null when neither is a bound, else whether the other lies beyond it (two bounds never disagree). */
export function beyondBound(f: Figure, o: Figure): boolean | null {
  const [bound, other] = BOUNDS.has(f.hedge ?? '') ? [f, o] : BOUNDS.has(o.hedge ?? '') ? [o, f] : [null, null];
  if (!bound || !other) return null;
  if (other.hedge && other.hedge !== 'approximate') return false;
  // "About 3,400" may be more than 3,500: an approximate count is beyond a bound only when far beyond it.
  if (other.hedge === 'approximate' && nearEnough(other.value, bound.value)) return false;
  return bound.hedge === 'below' ? other.value > bound.value : other.value < bound.value;
}

/** An approximate count agrees with any within a fifth of it ("nearly 40,000" and 38,000). */
export const nearEnough = (a: number, b: number): boolean => Math.abs(a - b) <= 0.2 * Math.max(a, b);

/** A count's result moves as counting goes on (a provisional margin, a recount's), up or down: like a sum that moves. */
const MOVING = new Set(['margin']);
const FOUND_AGAIN = new Set(['missing', 'trapped']);

/** Facts of a person (an age, a sentence, a time held): one offered for each person. */
const PER_PERSON = /^(?:age|prison sentence|time held)$/;

const headlines = new WeakMap<ArticleAnalysis, number[]>();
/** The figures an article offers for comparison: per measure and source, the largest firm one. */
export function headlineFigures(a: ArticleAnalysis): number[] {
  let cached = headlines.get(a);
  if (!cached) headlines.set(a, (cached = largest(a)));
  return cached;
}

function largest(a: ArticleAnalysis): number[] {
  const best = new Map<string, number>();
  const inHeadline = (f: Figure): boolean => !!a.headline && f.start < a.headline.end && f.end > a.headline.start;
  a.figures.forEach((f, i) => {
    if (f.hedge && !approximate(f)) return;
    // A tally that grows has its latest count largest; a result that moves may shrink ("a lead of 213 on
    // Monday", "287 now"): one for each day its sentences give.
    const k = `${figureKey(f)}|${sourceWords(f.sourceText).join(' ')}|${f.source ?? ''}|${MOVING.has(f.measure) ? (f.day ?? '') : ''}|${PER_PERSON.test(f.measure) ? f.parties.join(' ') : ''}`;
    const j = best.get(k);
    // A firm count before an approximate one, then the largest, then the body's before the headline's.
    const g = j === undefined ? null : a.figures[j];
    if (!g || (g.hedge && !f.hedge) || (!g.hedge === !f.hedge && (g.value < f.value || (g.value === f.value && inHeadline(g))))) best.set(k, i);
  });
  // The headline repeats the body ("wins by 312 votes"): its figure is offered when the body's is not.
  const chosen = [...best.values()];
  const body = new Set(chosen.filter((i) => !inHeadline(a.figures[i])).map((i) => `${figureKey(a.figures[i])}|${a.figures[i].value}`));
  return chosen.filter((i) => !inHeadline(a.figures[i]) || !body.has(`${figureKey(a.figures[i])}|${a.figures[i].value}`)).sort((x, y) => x - y);
}

/** The day a figure's own sentence gives it for; an article dated without a year takes the other's. */
const statedDay = (f: Figure, a: ArticleAnalysis, other: ArticleAnalysis): string | null => f.date ?? (f.day ? resolveDay(f.day, withYear(a.date, other.date)) : null);

/**
 * The day a figure holds for: the day its sentence gives, else (for a tally that grows, a sum that
 * moves) the article's date; a sum paid once stays what it was.
 */
export const figureDay = (f: Figure, a: ArticleAnalysis, other: ArticleAnalysis): string | null => statedDay(f, a, other) ?? (f.unit && PAID_ONCE.has(f.measure) ? null : a.date);

/** A day on or before an article's date (ISO dates compare as strings; one without a year only within a day). */
const notAfter = (day: string, date: string | null): boolean => !date || (day.startsWith('--') || date.startsWith('--') ? daysApart(day, date) <= 1 : day <= date);

/**
 * A toll never shrinks: a later article's lower count of the dead than an earlier one's disagrees,
 * however many days apart (a higher one may be the toll grown since).
 */
export function tollShrinks(f: Figure, a: ArticleAnalysis, o: Figure, b: ArticleAnalysis): boolean {
  if (!TOLLS.has(f.measure) || f.hedge || o.hedge) return false;
  const [dx, dy] = [figureDay(f, a, b), figureDay(o, b, a)];
  const [x, y] = [withYear(dx, dy), withYear(dy, dx)];
  if (!x || !y || x === y) return false;
  return x < y ? f.value > o.value : o.value > f.value;
}

/** Both figures hold for a known day: their sentences give one, or their articles are dated (a sum paid once, a share of one event: dated articles). */
export const bothDated = (f: Figure, a: ArticleAnalysis, o: Figure, b: ArticleAnalysis): boolean => (timeless(f) || (f.unit && PAID_ONCE.has(f.measure)) ? !!a.date && !!b.date : !!figureDay(f, a, b) && !!figureDay(o, b, a));

/** Days at most one apart (a bulletin "as of Wednesday" reported on Thursday), or a day not given. */
export const closeDates = (a: string | null, b: string | null): boolean => !a || !b || daysApart(a, b) <= 1;

/**
 * Sums paid once (a transfer's price, bribes, bail, a ransom) stay what they were. Others move
 * (bids are raised, profits are of a period, costs of a thing): compared only when both are dated
 * and the days are close. Measured: undated bids, profits, fines and costs were 5 of 7 warnings on
 * 2,225 unrelated BBC articles, none right.
 */
const PAID_ONCE = new Set(['price', 'bribes', 'bail', 'ransom', 'reward']);

/**
 * A premium, a stake, a turnout, a ballot's share are one fact of their event, whatever day a sentence names near them;
 * a rise is of some period (a month's prices), dated like other sums that move.
 */
const timeless = (f: Figure): boolean => f.unit === '%' && (/^share (?:premium|stake|discount|turnout|majority|share|voted for|voted against)$/.test(f.measure) || (f.measure.startsWith('change ') && !!f.qualifier?.startsWith('since ')));

const DISPUTED = /^(?:asked|offered)$/;

export function comparableDays(f: Figure, a: ArticleAnalysis, o: Figure, b: ArticleAnalysis): boolean {
  // A size is the thing's whatever day a sentence names ("engineers said on Tuesday the hole was 30 metres deep").
  if (timeless(f) || DIMENSIONS.test(f.measure)) return true;
  // Both sentences name the day: "by Tuesday night" and "by Wednesday" are two days' figures.
  const [sx, sy] = [statedDay(f, a, b), statedDay(o, b, a)];
  if (sx && sy) return sx === sy;
  // Things carried or recalled are one fact of their event ("was carrying 241 passengers when it left on
  // Saturday"), whatever day each article was written, but not of a day after the other article was
  // written (a replacement ferry's crossing on Thursday); a running total ("has now recalled") is of its article's day.
  if (HANDLED_MEASURE.test(f.measure) && f.day !== 'today' && o.day !== 'today') return sx ? notAfter(sx, b.date) : sy ? notAfter(sy, a.date) : true;
  const [x, y] = [figureDay(f, a, b), figureDay(o, b, a)];
  // The missing and the trapped fall as people are found: a count of them holds for its own day only
  // (a live blog's "nine still missing" on Tuesday against Monday's eleven).
  if (FOUND_AGAIN.has(f.measure)) return !!x && !!y && daysApart(x, y) < 1;
  // A rise asked for or offered in a dispute stands until a new one is made (that one is "new", "improved", "revised"):
  // a week's reports of one demand compare ("a 15% rise" on Tuesday, "a 12 per cent rise" on Thursday).
  // So does a strike's announced length ("a 72-hour strike" on Sunday, "a 48-hour stoppage" on Tuesday), unless "extended".
  if ((DISPUTED.test(f.qualifier ?? '') && f.measure === 'share rise') || (f.measure === 'length of strike' && !f.qualifier)) return !!x && !!y && daysApart(x, y) <= 7;
  if ((f.unit && !PAID_ONCE.has(f.measure)) || MOVING.has(f.measure)) return !!x && !!y && daysApart(x, y) <= 1;
  return closeDates(x, y);
}

const SYMBOL: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

/** "€18 million", "$2.4 million", "1,240". */
export function formatFigure(f: Figure): string {
  const way = f.hedge === 'below' ? 'less than ' : f.hedge === 'above' ? 'more than ' : '';
  return `${way}${formatValue(f)}`;
}

function formatValue(f: Figure): string {
  const n = f.value >= 1e9 ? `${+(f.value / 1e9).toFixed(3)} billion` : f.value >= 1e6 ? `${+(f.value / 1e6).toFixed(3)} million` : f.value.toLocaleString('en-US');
  if (!f.unit) return n;
  if (f.unit === '%') return `${n}%`;
  // A sentence in whole years reads as years ("18 years", not "216 months").
  if (f.unit === 'months' && f.value % 12 === 0) return `${(f.value / 12).toLocaleString('en-US')} years`;
  // Less than a tonne reads in kilograms ("40 kg", not "0.04 t").
  if (f.unit === 't' && f.value < 1) return `${(Math.round(f.value * 1e6) / 1e3).toLocaleString('en-US')} kg`;
  // A spell in whole hours reads as hours ("30 hours", not "1,800 min").
  if (f.unit === 'min' && f.value >= 120 && f.value % 60 === 0) return `${(f.value / 60).toLocaleString('en-US')} hours`;
  return SYMBOL[f.unit] ? `${SYMBOL[f.unit]}${n}` : `${n} ${f.unit}`;
}

/** What the figure counts, in words: "suspected cases", "price", "deaths". */
export function measureWords(f: Figure): string {
  // "change down spending" since 2021: "fall in spending since 2021".
  const change = /^change (up|down) (.+)$/.exec(f.measure);
  if (change) return `${change[1] === 'down' ? 'fall' : 'rise'} in ${change[2]}${f.qualifier ? ` ${f.qualifier}` : ''}`;
  const measure = f.measure === 'dead' ? 'deaths' : f.measure;
  return f.qualifier ? `${f.qualifier} ${measure}` : measure;
}

/** Significant digits of a figure as written: 27,000,000,000 from "$27bn" has two. */
const precision = (v: number): number => Math.max(1, String(Math.round(v * 1000)).replace(/0+$/, '').length);

/**
 * A figure written is a value, or the value written more finely ("$38.2 million" for $38 million), not
 * coarser: "ten deaths" is no count of twelve.
 */
export const writtenAs = (written: number, v: number): boolean => written === v || (precision(written) >= precision(v) && rounding(written, v));

/**
 * One figure is the other rounded ("$27bn" for $27.5bn, "1,200" for 1,240 when written plainly):
 * the coarser, at its own precision, is the finer rounded or cut.
 */
export function rounding(a: number, b: number): boolean {
  const [coarse, fine] = precision(a) <= precision(b) ? [a, b] : [b, a];
  if (coarse === fine) return true;
  const unit = 10 ** (Math.floor(Math.log10(coarse)) - precision(coarse) + 1);
  return Math.round(fine / unit) * unit === coarse || Math.floor(fine / unit) * unit === coarse;
}
