// The workspace index: every article's analysis, the cross-article entity graph and the
// statement index, all updated by difference when one article changes. LSP features and the
// CLI only read from here.

import { TITLES } from '../core/names';
import { positionAt, type Position } from '../core/text';
import type { ArticleAnalysis, Span } from '../core/types';
import { ClaimIndex } from './claims';
import { correct } from './corrections';
import { contradictionsFor, type Contradiction } from './contradictions';
import { EntityGraph } from './entities';
import { EMPTY_KNOWLEDGE, type Knowledge } from './knowledge';
import { namesAround, qualifyingPlace } from './names-at';

export interface Article {
  uri: string;
  text: string;
  /** The analysis with the user's corrections (byline.yaml) applied: what every feature reads. */
  analysis: ArticleAnalysis;
  /** The analysis as the core made it. */
  raw: ArticleAnalysis;
}

/** A word and the space after it, right before a name: a title ("Dr", "Mr."), "the". */
const WORD_BEFORE = /(\p{L}+)\.?[\s\u00a0]+$/u;

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
  set(uri: string, text: string, raw: ArticleAnalysis, bulk = false): Set<string> {
    this.version++;
    const before = this.articles.get(uri);
    const touched = before ? this.claims.set(uri, null) : new Set<string>();
    const analysis = this.corrected(uri, text, raw);
    this.articles.set(uri, { uri, text, analysis, raw });
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
    const before = this.knowledge;
    this.knowledge = k;
    this.knowledgeSource = source;
    this.never = new Set(k.notEntities.map((s) => s.toLowerCase()));
    this.acks = new Set(k.acknowledged.map((a) => a.key));
    this.graph.setKnowledge(k);
    // Articles whose corrections changed are corrected again.
    const all = JSON.stringify(before.notEntities) !== JSON.stringify(k.notEntities);
    const changed = new Set([...before.mentions, ...k.mentions].map((m) => m.article));
    for (const a of [...this.articles.values()])
      if (all || [...changed].some((path) => this.relative(a.uri) === path)) this.set(a.uri, a.text, a.raw);
  }

  private never = new Set<string>();

  /** An article's path relative to the folder of byline.yaml, as corrections name it. */
  private relative(uri: string): string {
    const folder = this.knowledgeSource?.uri.replace(/[^/]*$/, '') ?? '';
    return decodeURIComponent(uri.startsWith(folder) ? uri.slice(folder.length) : uri.slice(uri.lastIndexOf('/') + 1));
  }

  private corrected(uri: string, text: string, raw: ArticleAnalysis): ArticleAnalysis {
    const k = this.knowledge;
    if (!k.mentions.length && !this.never.size) return raw;
    const path = this.relative(uri);
    return correct(raw, text, path, k.mentions.filter((m) => m.article === path), this.never, k.entities);
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
    // On a title right before a person's name ("Dr" in "Dr Lan"), the person, and on "the" before an
    // organisation's ("the Agency"), the organisation: neither word is part of the name, but both are read with it.
    const next = ms[lo];
    if (!next || next.start - offset > 16 || (next.type !== 'person' && next.type !== 'organization')) return null;
    const before = WORD_BEFORE.exec(this.articles.get(uri)!.text.slice(Math.max(0, offset - 16), next.start));
    if (!before || next.start - before[0].length > offset) return null;
    const word = before[1].toLowerCase();
    return (next.type === 'person' ? TITLES.has(word) : word === 'the') ? { index: lo, local: next.local } : null;
  }

  /**
   * The entity named at an offset and where its name is written there: the mention's, unless the
   * words around it write a longer name the workspace knows ("Harbour Light Trust" where the
   * recogniser saw "Harbour"), or the offset is on the place qualifying an organisation's name
   * ("Velmora" in "Ministry of Health of Velmora"); where there is no mention, a name that other
   * articles recognised ("Velmora" in a reader's comment, a place in a navigation line).
   */
  nameAt(uri: string, offset: number): { id: string; span: Span } | null {
    const article = this.articles.get(uri);
    if (!article) return null;
    const m = this.mentionAt(uri, offset);
    const mention = m && article.analysis.mentions[m.index];
    if (mention) {
      const place = qualifyingPlace(article.text, mention, offset);
      const id = place && this.graph.named(article.text.slice(place.start, place.end));
      if (place && id && this.graph.get(id)?.type === 'place') return { id, span: place };
    }
    for (const s of namesAround(article.text, offset)) {
      if (mention && (s.end - s.start <= mention.end - mention.start || s.start > mention.start || s.end < mention.end)) continue;
      const id = this.graph.named(article.text.slice(s.start, s.end));
      if (id) return { id, span: s };
    }
    const id = m && this.graph.idOf(uri, m.local);
    return id ? { id, span: mention! } : null;
  }

  quoteAt(uri: string, offset: number): number {
    const a = this.analysis(uri);
    return a ? a.quotes.findIndex((q) => q.start <= offset && offset <= q.end) : -1;
  }
}
