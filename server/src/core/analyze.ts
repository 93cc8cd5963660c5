// The analysis pipeline: article text in, annotations out. Pure and deterministic: the same text
// always gives the same result, so results can be cached by content hash and computed in workers.

import { covered, findBoilerplate } from './boilerplate';
import { linkInArticle } from './entities';
import { pageNames } from './masthead';
import { findEvents } from './events';
import { findFigures } from './figures';
import { recognize } from './ner';
import { findQuotes } from './claims/quotes';
import { findPlacings } from './placings';
import { publicationDate } from './days';
import { lines, lineStarts, paragraphs, sentences, wordCount } from './text';
import type { ArticleAnalysis, Span, Structure } from './types';

/** Part of every cache key: bump it whenever any engine changes its output. */
export const ANALYZER_VERSION = '18';

/**
 * `text` is the article as the editor shows it: a byte-order mark in the file is dropped when its
 * bytes are decoded (files.ts), so a U+FEFF still here is a character that positions count.
 */
export function structure(text: string): Structure & { lineStarts: number[] } {
  const starts = lineStarts(text);
  const nonBlank = lines(text, starts);
  const boilerplate = findBoilerplate(text, nonBlank);
  const content = nonBlank.filter((l) => !covered(boilerplate, l.start, l.end));
  const paras = paragraphs(text, content);
  return { text, lineStarts: starts, headline: headline(text, content), date: publicationDate(text, nonBlank), paragraphs: paras, sentences: sentences(text, paras), boilerplate };
}

/**
 * The headline is the most title-like of the short lines before the body (at least four words,
 * no final full stop): pages put furniture above it, such as section labels, the outlet's name
 * or a timestamp.
 */
const BYLINE_START = /^\s*(?:By|BY|Written by)\s+\p{Lu}/u;

const FURNITURE = /^\s*(?:(?:Published|Updated|Last updated|Posted|Reference|Ref|Date|Filed|Contact|Media contact)\s*:|\S.*\s[>›»]\s)/;

function headline(text: string, content: readonly Span[]): (Span & { text: string }) | null {
  const top: Span[] = [];
  for (const l of content) {
    if (l.end - l.start > 160 || top.length === 6) break;
    // A breadcrumb ("Home > News") or a label's line ("Published: 3 May") is furniture that does not count.
    if (!FURNITURE.test(text.slice(l.start, l.end))) top.push(l);
  }
  const words = top.map((l) => wordCount(text, l.start, l.end));
  // A byline ("By Jane Roe, Example News") is furniture too, however many words it has.
  const titleLike = top.map((_, i) => i).filter((i) => words[i] >= 4 && !/[.:]\s*$/.test(text.slice(top[i].start, top[i].end)) && !BYLINE_START.test(text.slice(top[i].start, top[i].end)));
  const best = titleLike.length ? top[titleLike.reduce((a, b) => (words[b] > words[a] ? b : a))] : (top[0] ?? content[0]);
  if (!best) return null;
  const t = text.slice(best.start, best.end);
  const lead = t.length - t.trimStart().length;
  const trimmed = t.trim();
  return { start: best.start + lead, end: best.start + lead + trimmed.length, text: trimmed };
}

export function analyze(text: string): ArticleAnalysis {
  return analyzeAll([text])[0];
}

/**
 * Many articles, each stage over all of them before the next: the same analyses as analyze() gives
 * each, in less time, since one stage's code and data stay in the processor's caches instead of being
 * pushed out by the other stages' for every article. Measured on the BBC articles, one process, best
 * of 3 passes: 1.38 s per pass article by article, 1.09 s in batches of 25, 1.05 s in batches of 50 or 100.
 */
export function analyzeAll(texts: readonly string[]): ArticleAnalysis[] {
  const docs = texts.map(structure);
  const spans = docs.map((doc) => recognize(doc.text));
  const layers = docs.map((doc, i) => linkInArticle(doc.text, spans[i], doc.boilerplate, pageNames(doc)));
  const quotes = docs.map((doc, i) => findQuotes(doc, layers[i]));
  const figures = docs.map((doc, i) => findFigures(doc, layers[i]));
  const events = docs.map((doc, i) => findEvents(doc, layers[i], quotes[i]));
  const placings = docs.map((doc, i) => findPlacings(doc, layers[i]));
  return docs.map((doc, i) => ({
    version: ANALYZER_VERSION,
    length: doc.text.length,
    lineStarts: doc.lineStarts,
    headline: doc.headline,
    date: doc.date,
    boilerplate: doc.boilerplate,
    mentions: layers[i].mentions,
    entities: layers[i].entities,
    quotes: quotes[i],
    figures: figures[i],
    events: events[i],
    placings: placings[i],
  }));
}
