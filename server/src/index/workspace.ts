// The workspace index: every article's analysis, the cross-article entity graph and the
// statement index, all updated by difference when one article changes. LSP features and the
// CLI only read from here.

import { positionAt, type Position } from '../core/text';
import type { ArticleAnalysis, Span } from '../core/types';
import { ClaimIndex } from './claims';
import { contradictionsFor, type Contradiction } from './contradictions';
import { EntityGraph } from './entities';
import { EMPTY_KNOWLEDGE, type Knowledge } from './knowledge';

export interface Article {
  uri: string;
  text: string;
  analysis: ArticleAnalysis;
}

export class Workspace {
  readonly graph = new EntityGraph();
  readonly claims = new ClaimIndex();
  private articles = new Map<string, Article>();
  private knowledge: Knowledge = EMPTY_KNOWLEDGE;
  private acks = new Set<string>();
  /** Bumped on every change, so that answers derived from the whole index can be cached until the next one. */
  version = 0;

  /**
   * Adds or replaces an article. Returns every article whose diagnostics may have changed; with
   * `bulk` (loading many articles that will all be published) only this one.
   */
  set(uri: string, text: string, analysis: ArticleAnalysis, bulk = false): Set<string> {
    this.version++;
    const before = this.articles.get(uri);
    const touched = before ? this.claims.set(uri, null) : new Set<string>();
    this.articles.set(uri, { uri, text, analysis });
    this.graph.set(uri, analysis, bulk);
    for (const u of this.claims.set(uri, analysis, bulk)) touched.add(u);
    touched.add(uri);
    return touched;
  }

  remove(uri: string): Set<string> {
    this.version++;
    const before = this.articles.get(uri);
    if (!before) return new Set();
    const touched = this.claims.set(uri, null);
    this.graph.set(uri, null);
    this.articles.delete(uri);
    return touched;
  }

  /** The file the knowledge came from, for locations in it. */
  knowledgeSource: { uri: string; lineStarts: number[] } | null = null;

  setKnowledge(k: Knowledge, source: { uri: string; lineStarts: number[] } | null = null): void {
    this.version++;
    this.knowledge = k;
    this.knowledgeSource = source;
    this.acks = new Set(k.acknowledged.map((a) => a.key));
    this.graph.setKnowledge(k);
  }

  getKnowledge(): Knowledge {
    return this.knowledge;
  }

  acknowledged(): Set<string> {
    return this.acks;
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  get(uri: string): Article | undefined {
    return this.articles.get(uri);
  }

  analysis(uri: string): ArticleAnalysis | undefined {
    return this.articles.get(uri)?.analysis;
  }

  uris(): IterableIterator<string> {
    return this.articles.keys();
  }

  get size(): number {
    return this.articles.size;
  }

  slice(uri: string, span: Span): string {
    return this.articles.get(uri)?.text.slice(span.start, span.end) ?? '';
  }

  position(uri: string, offset: number): Position {
    return positionAt(this.articles.get(uri)!.analysis.lineStarts, offset);
  }

  contradictions(uri: string): Contradiction[] {
    return contradictionsFor(this, uri);
  }

  /** The mention under an offset (inclusive of its end, where editors put the cursor after a word). */
  mentionAt(uri: string, offset: number): { index: number; local: number } | null {
    const a = this.analysis(uri);
    if (!a) return null;
    const ms = a.mentions;
    let lo = 0;
    let hi = ms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].end < offset) lo = mid + 1;
      else if (ms[mid].start > offset) hi = mid - 1;
      else return { index: mid, local: ms[mid].local };
    }
    return null;
  }

  quoteAt(uri: string, offset: number): number {
    const a = this.analysis(uri);
    return a ? a.quotes.findIndex((q) => q.start <= offset && offset <= q.end) : -1;
  }
}
