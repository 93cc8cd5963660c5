// CSV for a spreadsheet (RFC 4180: comma-separated, CRLF line ends, fields with a comma, a quote or
// a line break in double quotes, quotes doubled): every quote (article, speaker, cue, channel,
// day, text) and every annotated passage with its verdict, tags, note and source.
// A field that starts with = + - @ would run as a formula in a spreadsheet; it gets a leading '.

import type { FolderData } from './placed';

export const CSV_COLUMNS = ['kind', 'article', 'line', 'start', 'end', 'speaker', 'cue', 'channel', 'day', 'text', 'verdict', 'tags', 'note', 'source', 'creator', 'modified'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

export function field(v: string | number | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(data: FolderData): string {
  const rows: Row[] = [];
  for (const a of data.analysis.articles)
    for (const q of a.quotes)
      rows.push({ kind: 'quote', article: a.path, line: q.line, start: q.start, end: q.end, speaker: q.speaker ? (q.speaker.name ?? q.speaker.text) : null, cue: q.cue, channel: q.channel, day: q.day, text: q.text });
  for (const p of data.annotations) {
    if (p.view.replyTo || p.view.metadata || p.view.outlet !== null) continue;
    const text = p.article !== null ? data.texts.get(p.article) : undefined;
    const line = p.at && text !== undefined ? text.slice(0, p.at.start).split(/\r\n|\r|\n/).length : null;
    rows.push({
      kind: p.at ? 'annotation' : 'orphan',
      article: p.article ?? p.view.source,
      line,
      start: p.at?.start ?? null,
      end: p.at?.end ?? null,
      text: p.at && text !== undefined ? text.slice(p.at.start, p.at.end) : (p.view.anchor?.exact ?? ''),
      verdict: p.view.verdict,
      tags: p.view.tags.join('; '),
      note: p.view.note,
      source: p.view.link,
      creator: p.view.creator,
      modified: p.view.modified,
    });
  }
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => field(r[c])).join(','))].map((l) => `${l}\r\n`).join('');
}
