// Articles and their metadata for editors: the list behind the Articles view (`byline/articles`)
// and the hover on a headline. The metadata is what the text states (core/metadata.ts) and the
// publication date the analysis found.

import type { Hover, Position, Range } from 'vscode-languageserver';
import { readMetadata, type ArticleMetadata } from '../core/metadata';
import { offsetAt } from '../core/text';
import type { Workspace } from '../index/workspace';

export interface ArticleItem extends ArticleMetadata {
  uri: string;
  headline: string | null;
  date: string | null;
}

/** What annotations set on an article: it overrides what the text states. */
export type Overrides = (uri: string) => Record<string, string>;

/** An article's metadata: the text's, then the annotations' on top. */
function metadataOf(ws: Workspace, uri: string, overrides: Overrides): ArticleItem {
  const a = ws.analysis(uri)!;
  return { uri, headline: a.headline?.text ?? null, date: a.date, ...readMetadata(ws.get(uri)!.text), ...overrides(uri) };
}

/** Every article, by date (undated last), then by URI. */
export function articles(ws: Workspace, overrides: Overrides): ArticleItem[] {
  const out = [...ws.uris()].map((uri) => metadataOf(ws, uri, overrides));
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.uri.localeCompare(y.uri));
}

const md = (s: string): string => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');

/** The metadata, on the headline. */
export function headlineHover(ws: Workspace, uri: string, pos: Position, overrides: Overrides): Hover | null {
  const a = ws.analysis(uri);
  const h = a?.headline;
  if (!a || !h) return null;
  const offset = offsetAt(a.lineStarts, a.length, pos);
  if (offset < h.start || offset > h.end) return null;
  const m = metadataOf(ws, uri, overrides);
  const rows = [
    ['Outlet', m.outlet],
    ['Author', m.author],
    ['Date', m.date],
    ['Dateline', m.place],
    ['URL', m.url && `<${m.url}>`],
  ].map(([k, v]) => `${k}: ${v ? (k === 'URL' ? v : md(v)) : '*not stated*'}`);
  const range: Range = { start: ws.position(uri, h.start), end: ws.position(uri, h.end) };
  return { contents: { kind: 'markdown', value: [`**${md(h.text)}**`, '', rows.join('  \n')].join('\n') }, range };
}

export type Rating = { outlet: string; reliability: string | null; note: string } | null;

/**
 * The user's rating of the article's outlet, where the outlet's words are shown: on a quote and on
 * the headline. Null elsewhere, or when the outlet is not rated.
 */
export function outletNote(ws: Workspace, uri: string, pos: Position, overrides: Overrides, rating: (outlet: string | null) => Rating): string | null {
  const a = ws.analysis(uri);
  if (!a) return null;
  const offset = offsetAt(a.lineStarts, a.length, pos);
  const onHeadline = !!a.headline && a.headline.start <= offset && offset <= a.headline.end;
  if (!onHeadline && ws.quoteAt(uri, offset) < 0) return null;
  const r = rating(metadataOf(ws, uri, overrides).outlet);
  return r && `**${md(r.outlet)}** (this article’s outlet): rated *${r.reliability ?? 'unrated'}*${r.note ? ` — ${md(r.note)}` : ''}`;
}
