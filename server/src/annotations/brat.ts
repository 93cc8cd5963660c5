// brat standoff (https://brat.nlplab.org/standoff.html), one `<article>.ann` per article, readable
// by brat and INCEpTION:
//   T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>   text-bound annotations (entities, quotes, notes)
//   R<n>\tSpeaker Arg1:T<quote> Arg2:T<speaker>            who said a quote
//   A<n>\tVerdict T<n> <verdict>                           the verdict on an annotated passage
//   #<n>\tAnnotatorNotes T<n>\t<note>                       the note (its tags as #tag, its source as "source: URL")
// Offsets count characters (Unicode code points, as brat's Python does), not UTF-16 units; a span
// across a line break is written as fragments, one per line, since a .ann line cannot hold one.
// `annotation.conf` declares these types for brat.

import { describe, type TextAnchor } from '../core/anchor';
import { create, isVerdict, type AnnotationDoc, type Verdict } from './model';
import type { FolderData } from './placed';

const ENTITY_TYPES: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Group', other: 'Other' };

export const ANNOTATION_CONF = `# brat configuration for Byline's export
[entities]
Person
Organization
Place
Group
Other
Quote
Speaker
Annotation

[relations]
Speaker	Arg1:Quote, Arg2:<ENTITY>
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Verdict	Arg:Annotation, Value:verified|false|misleading|unverified|needs-source
`;

/** UTF-16 offset → code point offset, for a text. */
function toCodePoints(text: string): (offset: number) => number {
  const pairs: number[] = []; // UTF-16 offsets of the second half of each surrogate pair
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) pairs.push(++i);
  }
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/** Code point offset → UTF-16 offset. */
function fromCodePoints(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/** The fragments of [start, end) that do not cross a line break (blank lines dropped). */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out.length ? out : [[start, end]];
}

const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** The .ann file of each article, by the article's path. */
export function exportBrat(data: FolderData): Map<string, string> {
  const files = new Map<string, string>();
  for (const a of data.analysis.articles) {
    const text = data.texts.get(a.path) ?? '';
    const cp = toCodePoints(text);
    const lines: string[] = [];
    let t = 0;
    const bySpan = new Map<string, string>();
    const textBound = (type: string, start: number, end: number): string => {
      const key = `${type}:${start}:${end}`;
      const known = bySpan.get(key);
      if (known) return known;
      const id = `T${++t}`;
      const frags = fragments(text, start, end);
      lines.push(`${id}\t${type} ${frags.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';')}\t${frags.map(([s, e]) => text.slice(s, e)).join(' ')}`);
      bySpan.set(key, id);
      bySpan.set(`any:${start}:${end}`, id);
      return id;
    };
    for (const e of a.entities) textBound(ENTITY_TYPES[e.type] ?? 'Other', e.start, e.end);
    let r = 0;
    for (const q of a.quotes) {
      const id = textBound('Quote', q.start, q.end);
      if (!q.speaker) continue;
      const who = bySpan.get(`any:${q.speaker.start}:${q.speaker.end}`) ?? textBound('Speaker', q.speaker.start, q.speaker.end);
      lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${who}`);
    }
    let attr = 0;
    let note = 0;
    for (const p of data.annotations) {
      if (p.article !== a.path || !p.at || p.view.replyTo) continue;
      const id = textBound('Annotation', p.at.start, p.at.end);
      bySpan.delete(`Annotation:${p.at.start}:${p.at.end}`); // two notes on one passage are two annotations
      const v = p.view;
      if (v.verdict) lines.push(`A${++attr}\tVerdict ${id} ${v.verdict}`);
      const replies = data.annotations.filter((x) => x.view.replyTo === v.id).map((x) => `— ${x.view.creator ?? 'reply'}: ${x.view.note}`);
      const parts = [v.note, ...replies, ...v.tags.map((x) => `#${x.replace(/\s+/g, '-')}`), v.link && `source: ${v.link}`].filter(Boolean);
      lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(parts.join(' '))}`);
      // Each id ties the brat annotation back to the stored one, for a round trip.
      lines.push(`#${++note}\tAnnotatorNotes ${id}\tid: ${v.id}`);
    }
    files.set(a.path, lines.length ? `${lines.join('\n')}\n` : '');
  }
  return files;
}

export interface BratImport {
  annotations: AnnotationDoc[];
  skipped: string[];
  /** Text-bound annotations without a note or verdict: an analysis (entities, quotes), not imported. */
  analysis: number;
}

/**
 * The annotations in one .ann file on `text` (the article's current text, or null when it is
 * missing): text-bound annotations with a note or a verdict. Each is anchored on the offsets when
 * the text there matches, on the quoted text otherwise.
 */
export function importBrat(ann: string, article: string, text: string | null, now: string, newId: () => string): BratImport {
  const out: BratImport = { annotations: [], skipped: [], analysis: 0 };
  const spans = new Map<string, { frags: [number, number][]; quoted: string; line: number }>();
  const notes = new Map<string, string[]>();
  const verdicts = new Map<string, Verdict>();
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const id = cols[0];
    if (/^T\d/.test(id)) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m || cols.length < 3) return void out.skipped.push(`line ${i + 1}: not a text-bound annotation “${line.slice(0, 60)}”`);
      spans.set(id, { frags: m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]), quoted: cols.slice(2).join('\t'), line: i + 1 });
    } else if (/^#\d/.test(id)) {
      const m = /^AnnotatorNotes (T\S+)$/.exec(cols[1] ?? '');
      if (m) notes.set(m[1], [...(notes.get(m[1]) ?? []), cols.slice(2).join('\t')]);
    } else if (/^A\d/.test(id) || /^M\d/.test(id)) {
      const m = /^Verdict (T\S+) (\S+)$/.exec(cols[1] ?? '');
      if (m && isVerdict(m[2])) verdicts.set(m[1], m[2]);
      else if (m) out.skipped.push(`line ${i + 1}: unknown verdict “${m[2]}”`);
    }
  });
  for (const [tid, s] of spans) {
    const texts = notes.get(tid) ?? [];
    const verdict = verdicts.get(tid) ?? null;
    if (!texts.length && !verdict) {
      out.analysis++;
      continue;
    }
    let id: string | null = null;
    let link: string | null = null;
    const tags: string[] = [];
    const note = texts
      .filter((n) => {
        const m = /^id: (\S+)$/.exec(n);
        if (m) id = m[1];
        return !m;
      })
      .map((n) =>
        n
          .replace(/\s+source: (\S+)$|^source: (\S+)$/, (_, a, b) => ((link = a ?? b), ''))
          .replace(/(?:\s+#[^\s#]+)+$|^(?:#[^\s#]+\s*)+$/, (m) => (tags.push(...m.trim().split(/\s+/).map((x) => x.slice(1))), '')),
      )
      .join('\n\n')
      .trim();
    const anchor = anchorOf(text, s.frags, s.quoted);
    out.annotations.push(create({ id: id ?? newId(), now, creator: null, source: article, anchor, note, tags, verdict, link }));
  }
  return out;
}

/** The anchor of brat fragments: the offsets when the text there is the quoted text, else the quote alone (placed later). */
function anchorOf(text: string | null, frags: [number, number][], quoted: string): TextAnchor {
  if (text !== null) {
    const start = fromCodePoints(text, frags[0][0]);
    const end = fromCodePoints(text, frags[frags.length - 1][1]);
    const joined = frags.map(([s, e]) => text.slice(fromCodePoints(text, s), fromCodePoints(text, e))).join(' ');
    if (joined === quoted) return describe(text, start, end);
  }
  return { exact: quoted, prefix: '', suffix: '', start: 0, end: 0 };
}

/**
 * Every file of a brat export, by path under the output folder: `<article>.ann`, a copy of the
 * article's text as `<article>.txt` (brat shows a document from the .txt beside its .ann), and
 * `annotation.conf`.
 */
export function bratFiles(data: FolderData): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, ann] of exportBrat(data)) {
    const dot = path.lastIndexOf('.');
    const base = dot > path.lastIndexOf('/') ? path.slice(0, dot) : path;
    files.set(`${base}.ann`, ann);
    files.set(`${base}.txt`, data.texts.get(path) ?? '');
  }
  files.set('annotation.conf', ANNOTATION_CONF);
  return files;
}
