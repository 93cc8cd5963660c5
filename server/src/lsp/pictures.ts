// The data of the Byline panel's pictures (the `byline/pictures` request): a network of the people
// and organisations and a timeline of statements and dated figures. A thin reader of the index:
// the panel only draws what this returns, and every item carries the place it opens.

import type { Location } from 'vscode-languageserver';
import { resolveDay } from '../core/days';
import type { EntityType } from '../core/types';
import type { Workspace } from '../index/workspace';
import { range } from './features';

export interface NetworkNode {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
  /** Contradictions between articles about what this entity said. */
  contradictions: number;
  at: Location;
}

export interface NetworkLink {
  source: string;
  target: string;
  /** 'mentioned': named in the same article; 'quotes': the source speaks about the target in a quote. */
  kind: 'mentioned' | 'quotes';
  /** Articles (mentioned) or quotes (quotes) that join them. */
  weight: number;
  at: Location;
}

export interface TimelineItem {
  id: string;
  kind: 'quote' | 'figure';
  /** The lane: the speaker or source, else the article. */
  lane: string;
  /** ISO date: the statement's own, else its article's; null when neither is known. */
  date: string | null;
  /** The day as the article writes it ("Sunday"), shown when the article has no date to count from. */
  day: string | null;
  text: string;
  article: string;
  at: Location;
}

export interface Pictures {
  network: { nodes: NetworkNode[]; links: NetworkLink[] };
  timeline: { items: TimelineItem[]; contradictions: { from: string; to: string; message: string }[] };
}

/** People and organisations drawn: more is unreadable; the most mentioned are kept. */
const MAX_NODES = 80;
const SHOWN: EntityType[] = ['person', 'organization'];
const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/**
 * The pictures. `articleDate` gives an article's date as the user set it (an annotation), else
 * null: the date the text states is used then.
 */
export function pictures(ws: Workspace, articleDate: (uri: string) => string | null = () => null): Pictures {
  const nodes = new Map<string, NetworkNode>();
  for (const id of ws.graph.ids()) {
    const e = ws.graph.get(id);
    if (!e || !SHOWN.includes(e.type)) continue;
    const ref = ws.graph.introduction(id) ?? e.refs[0];
    const a = ws.analysis(ref.uri)!;
    nodes.set(id, { id, name: e.name, type: e.type, mentions: e.mentions, articles: e.articles, contradictions: 0, at: { uri: ref.uri, range: range(ws, ref.uri, a.entities[ref.local].first) } });
  }
  const kept = new Set([...nodes.values()].sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name)).slice(0, MAX_NODES).map((n) => n.id));
  for (const id of [...nodes.keys()]) if (!kept.has(id)) nodes.delete(id);

  const links = new Map<string, NetworkLink>();
  const link = (source: string, target: string, kind: NetworkLink['kind'], at: Location): void => {
    const [s, t] = kind === 'mentioned' && target < source ? [target, source] : [source, target];
    const key = `${kind}\u0000${s}\u0000${t}`;
    const l = links.get(key);
    if (l) l.weight++;
    else links.set(key, { source: s, target: t, kind, weight: 1, at });
  };
  const items: TimelineItem[] = [];
  for (const uri of [...ws.uris()].sort()) {
    const a = ws.analysis(uri)!;
    const idOf = (local: number | null): string | null => (local === null ? null : ws.graph.idOf(uri, local));
    // The user's date for the article is better than none; a statement's day counts from it.
    const set = articleDate(uri);
    const published = (set && /^\d{4}-\d{2}-\d{2}$/.test(set) ? set : null) ?? a.date;
    // Who is named in this article, each once, at their first mention here.
    const here = new Map<string, number>();
    a.entities.forEach((_, local) => {
      const id = idOf(local);
      if (id && nodes.has(id) && !here.has(id)) here.set(id, local);
    });
    const ids = [...here.keys()];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) link(ids[i], ids[j], 'mentioned', { uri, range: range(ws, uri, a.entities[here.get(ids[j])!].first) });
    a.quotes.forEach((q, qi) => {
      const speaker = q.speaker?.kind === 'entity' ? idOf(q.speaker.local) : null;
      if (speaker && nodes.has(speaker))
        for (const m of a.mentions) {
          if (m.start < q.start || m.end > q.end) continue;
          const about = idOf(m.local);
          if (about && about !== speaker && nodes.has(about)) link(speaker, about, 'quotes', { uri, range: range(ws, uri, q) });
        }
      const date = (q.day ? resolveDay(q.day, published) : null) ?? q.date ?? published;
      const id = `q:${uri}#${qi}`;
      items.push({ id, kind: 'quote', lane: speaker ? (ws.graph.get(speaker)?.name ?? q.speaker!.text) : q.speaker?.text || fileName(uri), date, day: q.day, text: q.text, article: fileName(uri), at: { uri, range: range(ws, uri, q) } });
    });
    a.figures.forEach((f, fi) => {
      const source = idOf(f.source);
      const id = `f:${uri}#${fi}`;
      items.push({ id, kind: 'figure', lane: source ? (ws.graph.get(source)?.name ?? fileName(uri)) : fileName(uri), date: f.date ?? published, day: null, text: ws.slice(uri, f.sentence), article: fileName(uri), at: { uri, range: range(ws, uri, f) } });
    });
  }

  // Contradictions: marked on the speaker's node, and drawn between the two statements.
  const contradictions: Pictures['timeline']['contradictions'] = [];
  const seen = new Set<string>();
  /**
   * The timeline item (statement or figure) a side of a contradiction is about: the quote or
   * figure it lies in, or the quote whose channel it names (the one also quoted in `other`).
   */
  const itemFor = (uri: string, span: { start: number; end: number }, other: string): string | undefined => {
    const a = ws.analysis(uri)!;
    const within = (x: { start: number; end: number }): boolean => x.start <= span.start && span.end <= x.end;
    const quotes = a.quotes.flatMap((q, i) => (within(q) || (q.channelSpan?.start === span.start && q.channelSpan.end === span.end) ? [i] : []));
    const qi = quotes.find((i) => ws.claims.sameQuote(uri, i).some((r) => r.uri === other)) ?? quotes[0];
    if (qi !== undefined) return `q:${uri}#${qi}`;
    const fi = a.figures.findIndex((f) => within(f) || within(f.sentence));
    return fi >= 0 ? `f:${uri}#${fi}` : undefined;
  };
  for (const uri of ws.uris())
    for (const c of ws.contradictions(uri)) {
      if (c.severity !== 'warning' || seen.has(c.key)) continue;
      seen.add(c.key);
      const from = itemFor(c.here.uri, c.here.span, c.there.uri);
      const to = itemFor(c.there.uri, c.there.span, c.here.uri);
      if (from && to) contradictions.push({ from, to, message: c.message });
      const q = from?.startsWith('q:') ? ws.analysis(c.here.uri)!.quotes[Number(from.slice(from.lastIndexOf('#') + 1))] : undefined;
      const speaker = q?.speaker?.kind === 'entity' && q.speaker.local !== null ? ws.graph.idOf(c.here.uri, q.speaker.local) : null;
      const node = speaker ? nodes.get(speaker) : undefined;
      if (node) node.contradictions++;
    }
  return { network: { nodes: [...nodes.values()], links: [...links.values()] }, timeline: { items, contradictions } };
}
