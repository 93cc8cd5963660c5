// Statements across articles: the same quote reported by several articles is one statement,
// matched by shared word trigrams (tolerant to inflection, brackets, a word added or dropped, a
// quote cut short). Figures are found by what they count (figures.ts compares them). Both are
// updated by difference when an article changes; only the articles that share a statement or a
// measure with it need new diagnostics.

import { stripDiacritics } from '../core/names';
import type { ArticleAnalysis } from '../core/types';
import { eventKey } from './events';
import { figureKey, headlineFigures } from './figures';
import { placingKey } from './placings';

export interface QuoteRef {
  uri: string;
  index: number;
  /** Share of the shorter one's word trigrams found in the other: 1 when one contains the other. */
  score: number;
}

/** Words of a quote, lower-case, without diacritics (wires drop them: "Doundé"/"Dounde"), crudely stemmed so that "aggression"/"aggressions" agree. */
function quoteWords(text: string): string[] {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[[\](){}]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 4 ? w.replace(/(ies|es|s|ed|ing|ly)$/, '') : w));
}

const gramCache = new Map<string, number[]>();
/** The trigrams of a quote or figure sentence; wire copy repeats them across a corpus, so they are remembered (bounded). */
function gramsOf(text: string): number[] {
  let grams = gramCache.get(text);
  if (!grams) {
    if (gramCache.size > 100_000) gramCache.clear();
    gramCache.set(text, (grams = trigrams(quoteWords(text))));
  }
  return grams;
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

/** One distinct trigram set: every item (quote or figure) with exactly these trigrams shares it. */
interface Entry {
  grams: number[];
  items: number[];
  /** Other entries sharing enough trigrams, with their score; computed on demand, dropped when a neighbour changes. */
  near: { entry: number; score: number }[] | null;
}

/**
 * A trigram index over items of one kind (quotes or figure sentences). A wire story's quote
 * reprinted by ten papers is one entry with ten items, so matching runs once per distinct
 * wording; entries and items get small integer numbers so that counting runs over typed arrays.
 */
class TrigramIndex {
  private items: ({ uri: string; index: number; entry: number } | null)[] = [];
  private freeItems: number[] = [];
  private entries: (Entry | null)[] = [];
  private freeEntries: number[] = [];
  /** Hash of a whole trigram set → entries with that hash. */
  private bySet = new Map<number, number[]>();
  /** Trigram → entries containing it. */
  private postings = new Map<number, number[]>();
  private counts = new Int32Array(1024);

  add(uri: string, index: number, grams: number[]): number {
    const h = setHash(grams);
    let entry = this.bySet.get(h)?.find((e) => sameGrams(this.entries[e]!.grams, grams));
    if (entry === undefined) {
      entry = this.freeEntries.pop() ?? this.entries.length;
      this.entries[entry] = { grams, items: [], near: null };
      push(this.bySet, h, entry);
      if (entry >= this.counts.length) this.counts = new Int32Array(2 * entry + 2);
      this.forgetNear(grams);
      for (const g of grams) push(this.postings, g, entry);
    }
    const item = this.freeItems.pop() ?? this.items.length;
    this.items[item] = { uri, index, entry };
    this.entries[entry]!.items.push(item);
    return item;
  }

  remove(item: number): void {
    const { entry } = this.items[item]!;
    this.items[item] = null;
    this.freeItems.push(item);
    const e = this.entries[entry]!;
    drop(e.items, item);
    if (e.items.length) return;
    this.entries[entry] = null;
    this.freeEntries.push(entry);
    pull(this.bySet, setHash(e.grams), entry);
    for (const g of e.grams) pull(this.postings, g, entry);
    this.forgetNear(e.grams);
  }

  /** Entries that share a trigram with a changed one may now match differently (or a trigram became common). */
  private forgetNear(grams: number[]): void {
    for (const g of grams) for (const e of this.postings.get(g) ?? []) this.entries[e]!.near = null;
  }

  /** Items sharing enough trigrams with `item`, from other articles, with the share of the shorter one's trigrams. */
  matches(item: number): QuoteRef[] {
    const it = this.items[item];
    if (!it) return [];
    const e = this.entries[it.entry]!;
    const out: QuoteRef[] = [];
    const take = (items: number[], score: number): void => {
      for (const i of items) {
        const other = this.items[i]!;
        if (other.uri !== it.uri) out.push({ uri: other.uri, index: other.index, score });
      }
    };
    take(e.items, 1);
    for (const { entry, score } of (e.near ??= this.near(it.entry))) take(this.entries[entry]!.items, score);
    return out;
  }

  private near(n: number): { entry: number; score: number }[] {
    const mine = this.entries[n]!.grams;
    // Candidates share two of the rarer trigrams: "said it was" is in thousands of quotes and
    // would make every lookup scan them. The exact overlap is then counted pair by pair.
    const seen: number[] = [];
    for (const g of mine) {
      const p = this.postings.get(g)!;
      if (p.length > COMMON) continue;
      for (const other of p) if (other !== n && this.counts[other]++ === 0) seen.push(other);
    }
    const out: { entry: number; score: number }[] = [];
    for (const other of seen) {
      const rare = this.counts[other];
      this.counts[other] = 0;
      if (rare < 2) continue;
      const theirs = this.entries[other]!.grams;
      const shared = overlap(mine, theirs);
      const score = shared / Math.min(mine.length, theirs.length);
      if (shared >= MIN_SHARED && score >= CONTAINMENT) out.push({ entry: other, score });
    }
    return out;
  }
}

/** A trigram in more distinct statements than this says nothing about which one a quote belongs to. */
const COMMON = 50;

function setHash(grams: readonly number[]): number {
  let h = grams.length;
  for (const g of grams) h = Math.imul(h ^ g, 16777619);
  return h;
}

const sameGrams = (a: readonly number[], b: readonly number[]): boolean => a === b || (a.length === b.length && a.every((g, i) => g === b[i]));

function push(m: Map<number, number[]>, k: number, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function pull(m: Map<number, number[]>, k: number, v: number): void {
  const list = m.get(k)!;
  drop(list, v);
  if (!list.length) m.delete(k);
}

/** Removes one value from an unordered list. */
function drop(list: number[], v: number): void {
  const i = list.indexOf(v);
  list[i] = list[list.length - 1];
  list.pop();
}

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

export class ClaimIndex {
  private quotes = new TrigramIndex();
  /** An article's quote index → item number, -1 for those too short to match. */
  private itemsOf = new Map<string, number[]>();
  /** Articles by the keys of the figures, events and placings they offer for comparison. */
  private byKey = new Map<string, Set<string>>();
  private keysOf = new Map<string, string[]>();

  /**
   * Replaces an article's quotes and figures; returns the other articles whose matches changed,
   * unless `bulk` (a first load publishes everything anyway, so finding them is wasted work).
   */
  set(uri: string, analysis: ArticleAnalysis | null, bulk = false): Set<string> {
    const touched = new Set<string>();
    const before = this.itemsOf.get(uri);
    if (before) {
      for (const item of before) {
        if (item < 0) continue;
        for (const r of this.quotes.matches(item)) touched.add(r.uri);
        this.quotes.remove(item);
      }
      this.itemsOf.delete(uri);
    }
    for (const k of this.keysOf.get(uri) ?? []) {
      const uris = this.byKey.get(k)!;
      uris.delete(uri);
      if (!bulk) for (const u of uris) touched.add(u);
      if (!uris.size) this.byKey.delete(k);
    }
    this.keysOf.delete(uri);
    if (analysis) {
      const items = analysis.quotes.map((q, i) => {
        const grams = gramsOf(q.text);
        return grams.length < MIN_SHARED ? -1 : this.quotes.add(uri, i, grams);
      });
      this.itemsOf.set(uri, items);
      if (!bulk) for (const item of items) if (item >= 0) this.quotes.matches(item).forEach((r) => touched.add(r.uri));
      const keys = [...new Set([...headlineFigures(analysis).map((i) => figureKey(analysis.figures[i])), ...analysis.events.map(eventKey), ...analysis.placings.map(placingKey)])];
      this.keysOf.set(uri, keys);
      for (const k of keys) {
        let uris = this.byKey.get(k);
        if (!uris) this.byKey.set(k, (uris = new Set()));
        if (!bulk) for (const u of uris) touched.add(u);
        uris.add(uri);
      }
    }
    touched.delete(uri);
    return touched;
  }

  /** Other articles' quotes that report the same statement as quote `index` of `uri`. */
  sameQuote(uri: string, index: number): QuoteRef[] {
    const item = this.itemsOf.get(uri)?.[index] ?? -1;
    return item < 0 ? [] : this.quotes.matches(item);
  }

  /** Articles offering a figure, an event or a placing with this key (figureKey, eventKey, placingKey). */
  withKey(key: string): ReadonlySet<string> {
    return this.byKey.get(key) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
