// Statements across articles: the same quote reported by several articles is one statement,
// matched by shared word trigrams (tolerant to inflection, brackets, a word added or dropped, a
// quote cut short). Figures match the same way on their sentence with the numbers taken out.
// The trigram index is updated by difference when an article changes; only the articles that
// share a statement with it need new diagnostics.

import type { ArticleAnalysis, Figure } from '../core/types';

export interface QuoteRef {
  uri: string;
  index: number;
  /** Share of the shorter one's word trigrams found in the other: 1 when one contains the other. */
  score: number;
}

const refs = (uri: string, matches: Map<string, number>): QuoteRef[] =>
  [...matches].filter(([id]) => uriOf(id) !== uri).map(([id, score]) => ({ uri: uriOf(id), index: indexOf(id), score }));

/** Words of a quote, lower-case, crudely stemmed so that "aggression"/"aggressions" agree. */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[[\](){}]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 4 ? w.replace(/(ies|es|s|ed|ing|ly)$/, '') : w));
}

function trigrams(words: string[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) out.add(hash(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return [...out].sort((a, b) => a - b);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  // 30 bits keep the keys small integers, which maps and sets handle fastest.
  return h & 0x3fffffff;
}

/**
 * Short quotes ("Not that I am aware of", "deceit at the heart of government") recur across
 * unrelated stories, so a statement needs this many shared word trigrams (about eight words)...
 */
const MIN_SHARED = 6;
/** ...and this share of the shorter quote's trigrams found in the other. */
const CONTAINMENT = 0.6;

/**
 * A trigram index over items of one kind (quotes or figure sentences). Items get small integer
 * numbers so that counting shared trigrams runs over typed arrays.
 */
class TrigramIndex {
  private numbers = new Map<string, number>();
  private names: string[] = [];
  private grams: (number[] | null)[] = [];
  private free: number[] = [];
  private postings = new Map<number, Set<number>>();
  private counts = new Int32Array(1024);

  add(id: string, grams: number[]): void {
    this.remove(id);
    const n = this.free.pop() ?? this.names.length;
    this.numbers.set(id, n);
    this.names[n] = id;
    this.grams[n] = grams;
    if (n >= this.counts.length) this.counts = new Int32Array(2 * n + 2);
    for (const g of grams) {
      let p = this.postings.get(g);
      if (!p) this.postings.set(g, (p = new Set()));
      p.add(n);
    }
  }

  remove(id: string): void {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    const grams = this.grams[n]!;
    for (const g of grams) {
      const p = this.postings.get(g)!;
      p.delete(n);
      if (!p.size) this.postings.delete(g);
    }
    this.numbers.delete(id);
    this.grams[n] = null;
    this.free.push(n);
  }

  /** Items sharing enough trigrams with `id`, with the share of the shorter one's trigrams. */
  matches(id: string): Map<string, number> {
    const n = this.numbers.get(id);
    const out = new Map<string, number>();
    if (n === undefined) return out;
    const mine = this.grams[n]!;
    // Candidates share two of the rarer trigrams: "said it was" is in thousands of quotes and
    // would make every lookup scan them. The exact overlap is then counted pair by pair.
    const seen: number[] = [];
    for (const g of mine) {
      const p = this.postings.get(g)!;
      if (p.size > COMMON) continue;
      for (const other of p) if (other !== n && this.counts[other]++ === 0) seen.push(other);
    }
    for (const other of seen) {
      const rare = this.counts[other];
      this.counts[other] = 0;
      if (rare < 2) continue;
      const theirs = this.grams[other]!;
      const shared = overlap(mine, theirs);
      const score = shared / Math.min(mine.length, theirs.length);
      if (shared >= MIN_SHARED && score >= CONTAINMENT) out.set(this.names[other], score);
    }
    return out;
  }
}

/** A trigram in more items than this says nothing about which statement a quote belongs to. */
const COMMON = 50;

/** Size of the intersection of two sorted arrays. */
function overlap(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

const uriOf = (id: string): string => id.slice(0, id.lastIndexOf('#'));
const indexOf = (id: string): number => Number(id.slice(id.lastIndexOf('#') + 1));

export class ClaimIndex {
  private quotes = new TrigramIndex();
  private figures = new TrigramIndex();
  private idsOf = new Map<string, string[]>();

  /**
   * Replaces an article's quotes and figures; returns the other articles whose matches changed,
   * unless `bulk` (a first load publishes everything anyway, so finding them is wasted work).
   */
  set(uri: string, analysis: ArticleAnalysis | null, text: string, bulk = false): Set<string> {
    const touched = new Set<string>();
    const before = this.idsOf.get(uri) ?? [];
    for (const id of before) {
      for (const other of this.matchesOf(id).keys()) touched.add(uriOf(other));
      (id.startsWith('f') ? this.figures : this.quotes).remove(id.slice(1));
    }
    this.idsOf.delete(uri);
    if (analysis) {
      const ids: string[] = [];
      analysis.quotes.forEach((q, i) => {
        const grams = trigrams(quoteWords(q.text));
        if (grams.length < MIN_SHARED) return;
        this.quotes.add(`${uri}#${i}`, grams);
        ids.push(`q${uri}#${i}`);
      });
      analysis.figures.forEach((f, i) => {
        const grams = trigrams(quoteWords(figureSkeleton(text, analysis, f)));
        if (grams.length < MIN_SHARED) return;
        this.figures.add(`${uri}#${i}`, grams);
        ids.push(`f${uri}#${i}`);
      });
      this.idsOf.set(uri, ids);
      if (!bulk) for (const id of ids) for (const other of this.matchesOf(id).keys()) touched.add(uriOf(other));
    }
    touched.delete(uri);
    return touched;
  }

  private matchesOf(prefixed: string): Map<string, number> {
    return (prefixed.startsWith('f') ? this.figures : this.quotes).matches(prefixed.slice(1));
  }

  /** Other articles' quotes that report the same statement as quote `index` of `uri`. */
  sameQuote(uri: string, index: number): QuoteRef[] {
    return refs(uri, this.quotes.matches(`${uri}#${index}`));
  }

  /** Other articles' figures reported in nearly the same sentence. */
  sameFigure(uri: string, index: number): QuoteRef[] {
    return refs(uri, this.figures.matches(`${uri}#${index}`));
  }
}

/** The sentence around a figure with every number removed, so that differing tolls still match. */
export function figureSkeleton(text: string, analysis: ArticleAnalysis, f: Figure): string {
  const s = analysis.sentences.find((x) => x.start <= f.start && f.end <= x.end) ?? f;
  return text.slice(s.start, s.end).replace(/\d[\d,.]*/g, ' ');
}

