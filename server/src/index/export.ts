// The whole analysis as one JSON object: the CLI's `--format json` and the editor's export command.

import type { Contradiction } from './contradictions';
import type { Workspace } from './workspace';

export interface ExportSide {
  path: string;
  start: number;
  end: number;
  line: number;
  text: string;
  value: string;
}

export interface Export {
  articles: {
    path: string;
    headline: string | null;
    date: string | null;
    entities: { start: number; end: number; text: string; type: string; entity: string | null }[];
    quotes: {
      start: number;
      end: number;
      line: number;
      text: string;
      speaker: { entity: string | null; name: string | null; text: string; start: number; end: number; kind: string } | null;
      cue: string | null;
      channel: string | null;
      day: string | null;
      date: string | null;
    }[];
  }[];
  entities: { id: string; name: string; type: string; aliases: string[]; articles: number; mentions: number }[];
  contradictions: { kind: string; code: string; message: string; sides: ExportSide[] }[];
}

export function exportWorkspace(ws: Workspace, display: (uri: string) => string): Export {
  const uris = [...ws.uris()].sort();
  const ids = new Set<string>();
  const articles = uris.map((uri) => {
    const a = ws.analysis(uri)!;
    const idOf = (local: number): string | null => {
      const id = ws.graph.idOf(uri, local);
      if (id) ids.add(id);
      return id;
    };
    return {
      path: display(uri),
      headline: a.headline?.text ?? null,
      date: a.date,
      entities: a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: idOf(m.local) })),
      quotes: a.quotes.map((q) => {
        const id = q.speaker?.local != null ? idOf(q.speaker.local) : null;
        return {
          start: q.start,
          end: q.end,
          line: ws.position(uri, q.start).line + 1,
          text: q.text,
          speaker: q.speaker && { entity: id, name: id ? (ws.graph.get(id)?.name ?? null) : q.speaker.kind === 'anonymous' ? `${q.speaker.source ?? q.speaker.text} (anonymous source)` : null, text: q.speaker.text, start: q.speaker.start, end: q.speaker.end, kind: q.speaker.kind },
          cue: q.cue,
          channel: q.channel,
          day: q.day,
          date: q.date,
        };
      }),
    };
  });
  const entities = [...ids].sort().flatMap((id) => {
    const e = ws.graph.get(id);
    return e ? [{ id, name: e.name, type: e.type, aliases: e.aliases, articles: e.articles, mentions: e.mentions }] : [];
  });
  const seen = new Set<string>();
  const contradictions: Export['contradictions'] = [];
  for (const uri of uris)
    for (const c of byPlace(ws.contradictions(uri))) {
      if (c.severity !== 'warning' || seen.has(c.key)) continue;
      seen.add(c.key);
      const side = (s: typeof c.here): ExportSide => ({ path: display(s.uri), start: s.span.start, end: s.span.end, line: ws.position(s.uri, s.span.start).line + 1, text: s.text, value: s.value });
      contradictions.push({ kind: c.kind, code: `contradiction/${c.kind}`, message: c.message, sides: [side(c.here), side(c.there)] });
    }
  return { articles, entities, contradictions };
}

/**
 * Contradictions in the order of their places (here, then there, then kind): the index finds
 * them in the order articles arrived, which differs between runs.
 */
export function byPlace(list: Contradiction[]): Contradiction[] {
  const key = (c: Contradiction): string => `${String(c.here.span.start).padStart(10, '0')}|${c.there.uri}|${String(c.there.span.start).padStart(10, '0')}|${c.kind}|${c.key}`;
  return list.map((c) => [key(c), c] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, c]) => c);
}
