// Whether a value read back from the cache is an analysis the index can use: every field of the
// right type, every span inside the text, every index inside its list. A cache entry is data
// from disk, and one entry with a renamed field used to fail every start.

import { ANALYZER_VERSION } from '../core/analyze';
import type { ArticleAnalysis } from '../core/types';

type Obj = Record<string, unknown>;
const TYPES = new Set(['person', 'organization', 'place', 'group', 'other']);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown, below: number): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) < below;
const str = (v: unknown): boolean => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const list = (v: unknown, each: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(each);

export function isAnalysis(v: unknown): v is ArticleAnalysis {
  if (!isObj(v) || v.version !== ANALYZER_VERSION || !int(v.length, Infinity)) return false;
  const n = v.length as number;
  const span = (s: unknown): s is Obj => isObj(s) && int(s.start, n + 1) && int(s.end, n + 1) && (s.start as number) <= (s.end as number);
  const spanOrNull = (s: unknown): boolean => s === null || span(s);
  if (!list(v.lineStarts, (x) => int(x, n + 1)) || !list(v.boilerplate, span) || !strOrNull(v.date)) return false;
  if (v.headline !== null && !(span(v.headline) && str(v.headline.text))) return false;
  if (!Array.isArray(v.entities) || !Array.isArray(v.mentions)) return false;
  const entities = v.entities.length;
  const mentions = v.mentions.length;
  const local = (x: unknown): boolean => int(x, entities);
  const kind = (x: unknown): boolean => typeof x === 'string' && TYPES.has(x);
  const described = (d: unknown): boolean => span(d) && str(d.text);
  return (
    v.mentions.every((m) => span(m) && str(m.text) && kind(m.type) && local(m.local)) &&
    v.entities.every((e) => isObj(e) && str(e.name) && kind(e.type) && list(e.aliases, str) && span(e.first) && list(e.mentions, (x) => int(x, mentions)) && list(e.descriptions, described) && typeof e.partial === 'boolean') &&
    list(v.quotes, (q) => span(q) && str(q.text) && strOrNull(q.cue) && strOrNull(q.channel) && spanOrNull(q.channelSpan) && strOrNull(q.day) && strOrNull(q.date) && (q.speaker === null || (span(q.speaker) && str(q.speaker.text) && (q.speaker.local === null || local(q.speaker.local)) && ['entity', 'anonymous', 'unknown'].includes(q.speaker.kind as string)))) &&
    list(v.figures, (f) => span(f) && typeof f.value === 'number' && Number.isFinite(f.value) && str(f.measure) && strOrNull(f.day) && (f.source === null || local(f.source)) && list(f.places, local) && span(f.sentence)) &&
    list(v.placings, (p) => span(p) && (p.deed === 'taken' || p.deed === 'found') && str(p.thing) && (!(p.thing as string).startsWith('@') || local(Number((p.thing as string).slice(1)))) && list(p.places, str) && span(p.sentence))
  );
}

/** Whether an analysis describes this text: its length, and every mention's words where it says. */
export function describes(a: ArticleAnalysis, text: string): boolean {
  return a.length === text.length && a.mentions.every((m) => text.startsWith(m.text, m.start) && m.start + m.text.length === m.end);
}
