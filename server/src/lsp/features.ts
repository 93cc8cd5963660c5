// LSP features as thin readers of the workspace index. Each takes the index, a document and a
// position and returns protocol values; none of them analyses text.

import {
  DiagnosticSeverity,
  DocumentHighlightKind,
  SymbolKind,
  type CodeLens,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Position,
  type Range,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import { offsetAt, positionAt } from '../core/text';
import type { EntityType, LocalEntity, Quote, Span } from '../core/types';
import type { Contradiction } from '../index/contradictions';
import { localKey, type GlobalEntity } from '../index/entities';
import type { Workspace } from '../index/workspace';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'quote', 'entity'];

const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export function range(ws: Workspace, uri: string, span: Span): Range {
  return { start: ws.position(uri, span.start), end: ws.position(uri, span.end) };
}

function offset(ws: Workspace, uri: string, pos: Position): number {
  const a = ws.analysis(uri)!;
  return offsetAt(a.lineStarts, a.length, pos);
}

/** The entity under the cursor, if any. */
export function entityAt(ws: Workspace, uri: string, pos: Position): { entity: GlobalEntity; mention: Span } | null {
  if (!ws.has(uri)) return null;
  const m = ws.mentionAt(uri, offset(ws, uri, pos));
  if (!m) return null;
  const id = ws.graph.idOf(uri, m.local);
  const entity = id ? ws.graph.get(id) : null;
  return entity ? { entity, mention: ws.analysis(uri)!.mentions[m.index] } : null;
}

/**
 * The entity named under the cursor, for reading (hover, definition, references, highlights): as
 * `entityAt`, and also a name the recogniser missed or cut short there that the workspace knows
 * (Workspace.nameAt). Corrections and renames act on mentions only, through `entityAt`.
 */
export function nameAt(ws: Workspace, uri: string, pos: Position): { entity: GlobalEntity; mention: Span } | null {
  if (!ws.has(uri)) return null;
  const at = ws.nameAt(uri, offset(ws, uri, pos));
  const entity = at && ws.graph.get(at.id);
  return entity ? { entity, mention: at.span } : null;
}

/** The type of the entity a local entity belongs to (what the hover shows), or null when it has none. */
function globalType(ws: Workspace, uri: string, local: number): EntityType | null {
  const id = ws.graph.idOf(uri, local);
  return (id && ws.graph.get(id)?.type) || null;
}

const TYPE_LABEL: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'place', group: 'group', other: 'other' };

/**
 * Answers derived from an entity, computed once: the graph replaces the entity object whenever
 * anything it depends on changes, so keying on the object is all the invalidation needed.
 */
const derived = new WeakMap<GlobalEntity, Map<string, unknown>>();
function memo<T>(entity: GlobalEntity, what: string, compute: () => T): T {
  let m = derived.get(entity);
  if (!m) derived.set(entity, (m = new Map()));
  if (!m.has(what)) m.set(what, compute());
  return m.get(what) as T;
}

/** Where an entity is defined: its byline.yaml entry, else its most complete introduction, earliest by article date, then path. */
export function definition(ws: Workspace, entity: GlobalEntity): Location | null {
  return memo(entity, 'definition', () => findDefinition(ws, entity));
}

function findDefinition(ws: Workspace, entity: GlobalEntity): Location | null {
  const src = ws.knowledgeSource;
  if (entity.known && src) return { uri: src.uri, range: { start: positionAt(src.lineStarts, entity.known.start), end: positionAt(src.lineStarts, entity.known.end) } };
  const best = ws.graph.introduction(entity.id);
  return best && { uri: best.uri, range: range(ws, best.uri, ws.analysis(best.uri)!.entities[best.local].first) };
}

export function references(ws: Workspace, entity: GlobalEntity): Location[] {
  return memo(entity, 'references', () => findReferences(ws, entity));
}

function findReferences(ws: Workspace, entity: GlobalEntity): Location[] {
  const out: Location[] = [];
  for (const ref of entity.refs) {
    const a = ws.analysis(ref.uri)!;
    for (const i of a.entities[ref.local].mentions) out.push({ uri: ref.uri, range: range(ws, ref.uri, a.mentions[i]) });
  }
  return out;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n).trimEnd()}…` : s);
const md = (s: string): string => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');

/** How far indexing is, while it runs: hovers then say that their counts are partial. */
/** An entity as the Entities view lists it (`byline/entities`). */
export interface EntityItem {
  id: string;
  name: string;
  type: string;
  mentions: number;
  articles: number;
}

/** Every entity, by id: the graph lists them in the order articles arrived, which differs between runs. */
export function entityList(ws: Workspace): EntityItem[] {
  return [...ws.graph.ids()].sort().flatMap((id) => {
    const e = ws.graph.get(id);
    return e ? [{ id, name: e.name, type: e.type, mentions: e.mentions, articles: e.articles }] : [];
  });
}

export interface Indexing {
  indexed: number;
  total: number;
}

export function hover(ws: Workspace, uri: string, pos: Position, indexing: Indexing | null = null): Hover | null {
  const partial = indexing ? `\n\n---\n*Byline is still indexing (${indexing.indexed} of ${indexing.total} articles read): these counts will grow.*` : '';
  const at = nameAt(ws, uri, pos);
  if (at) return { contents: { kind: 'markdown', value: memo(at.entity, 'hover', () => entityHover(at.entity)) + partial }, range: range(ws, uri, at.mention) };
  if (!ws.has(uri)) return null;
  const qi = ws.quoteAt(uri, offset(ws, uri, pos));
  if (qi < 0) return null;
  const q = ws.analysis(uri)!.quotes[qi];
  return { contents: { kind: 'markdown', value: quoteHover(ws, uri, qi) + partial }, range: range(ws, uri, q) };
}

function entityHover(e: GlobalEntity): string {
  const known = e.known;
  const lines = [`**${md(e.name)}** · ${TYPE_LABEL[e.type]}`, ''];
  if (known?.description) lines.push(md(known.description), '');
  const others = e.aliases.filter((a) => a !== e.name);
  if (others.length) lines.push(`Also written: ${others.slice(0, 8).map(md).join(', ')}`, '');
  const descriptions = new Map<string, string>();
  for (const n of e.notes) for (const d of n.descriptions) if (!descriptions.has(d.text)) descriptions.set(d.text, n.uri);
  for (const [d, u] of [...descriptions].slice(0, 4)) lines.push(`- ${md(clip(d, 140))} — *${md(fileName(u))}*`);
  if (descriptions.size) lines.push('');
  lines.push(`${e.mentions} mention${e.mentions === 1 ? '' : 's'} in ${e.articles} article${e.articles === 1 ? '' : 's'}`);
  // A quote an article repeats (its headline's, again in the body) is one statement of that article.
  const words = (t: string): string => t.trim().replace(/[,.;:!?…]+$/, '');
  const quotes = e.notes.flatMap((n) => n.quotes.filter((q, i) => n.quotes.findIndex((o) => words(o.text) === words(q.text)) === i).map((quote) => ({ uri: n.uri, quote })));
  if (quotes.length) {
    lines.push('', `${quotes.length} quote${quotes.length === 1 ? '' : 's'}:`);
    for (const { uri, quote } of quotes.slice(0, 3)) lines.push(`- “${md(clip(quote.text, 120))}” — *${md(fileName(uri))}*`);
  }
  if (known && Object.keys(known.ids).length) lines.push('', Object.entries(known.ids).map(([k, v]) => `${md(k)}: ${md(v)}`).join(' · '));
  return lines.join('\n');
}

function attribution(ws: Workspace, uri: string, q: Quote): string {
  const id = q.speaker?.kind === 'entity' && q.speaker.local !== null ? ws.graph.idOf(uri, q.speaker.local) : null;
  const who = id ? (ws.graph.get(id)?.name ?? q.speaker!.text) : q.speaker ? (q.speaker.source ?? q.speaker.text) : 'unattributed';
  return [who, q.cue, q.channel && `via ${q.channel}`, q.day && `on ${q.day}`].filter(Boolean).join(' · ');
}

function quoteHover(ws: Workspace, uri: string, index: number): string {
  const q = ws.analysis(uri)!.quotes[index];
  const lines = [`**Quote** · ${md(attribution(ws, uri, q))}`, '', `“${md(clip(q.text, 300))}”`];
  if (q.date) lines.push('', `Date: ${q.date}`);
  const same = ws.claims.sameQuote(uri, index);
  if (same.length) {
    lines.push('', `Also in ${same.length} other article${same.length === 1 ? '' : 's'}:`);
    for (const r of same.slice(0, 6)) lines.push(`- *${md(fileName(r.uri))}*: ${md(attribution(ws, r.uri, ws.analysis(r.uri)!.quotes[r.index]))}`);
  }
  return lines.join('\n');
}

export function highlights(ws: Workspace, uri: string, pos: Position): DocumentHighlight[] {
  const at = nameAt(ws, uri, pos);
  if (!at) return [];
  return references(ws, at.entity)
    .filter((l) => l.uri === uri)
    .map((l) => ({ range: l.range, kind: DocumentHighlightKind.Text }));
}

/** First mention in this document of the entity under the cursor. */
export function declaration(ws: Workspace, uri: string, pos: Position): Location | null {
  const at = nameAt(ws, uri, pos);
  if (!at) return null;
  const first = references(ws, at.entity).find((l) => l.uri === uri);
  return first ?? null;
}

const SYMBOL_KIND: Record<EntityType, SymbolKind> = { person: SymbolKind.Constant, organization: SymbolKind.Module, place: SymbolKind.Namespace, group: SymbolKind.EnumMember, other: SymbolKind.Field };

export function documentSymbols(ws: Workspace, uri: string): DocumentSymbol[] {
  const a = ws.analysis(uri);
  if (!a) return [];
  const groups: DocumentSymbol[] = [];
  const whole = range(ws, uri, { start: 0, end: a.length });
  // Grouped by the entity's type across articles (a type set in byline.yaml included), as the hover and colours say.
  const types = a.entities.map((e, local) => globalType(ws, uri, local) ?? e.type);
  for (const type of ['person', 'organization', 'place', 'group', 'other'] as EntityType[]) {
    const children = a.entities
      .filter((e, local) => types[local] === type && e.mentions.length)
      .map((e): DocumentSymbol => {
        const r = range(ws, uri, e.first);
        return { name: e.name, detail: `${e.mentions.length}×`, kind: SYMBOL_KIND[type], range: r, selectionRange: r };
      });
    if (children.length) groups.push({ name: `${type[0].toUpperCase()}${type.slice(1)}s`, kind: SymbolKind.Namespace, range: whole, selectionRange: range(ws, uri, { start: 0, end: 0 }), children });
  }
  if (a.quotes.length) {
    const children = a.quotes.map((q): DocumentSymbol => {
      const r = range(ws, uri, q);
      return { name: `“${clip(q.text, 60)}”`, detail: attribution(ws, uri, q), kind: SymbolKind.String, range: r, selectionRange: r };
    });
    groups.push({ name: 'Quotes', kind: SymbolKind.Namespace, range: whole, selectionRange: range(ws, uri, { start: 0, end: 0 }), children });
  }
  return groups;
}

/** Longer queries are no name anyone types: refused before they reach the matcher. */
const MAX_QUERY = 200;

/**
 * Entities by any spelling: byline.yaml names and aliases first, then every spelling in the
 * articles. Editors filter the answers by the symbol's name (VS Code drops an answer whose name
 * does not match what was typed), so an entity found by another spelling is named by that
 * spelling, with its canonical name: "Daesh (Islamic State)".
 */
export function workspaceSymbols(ws: Workspace, query: string, limit = 100): WorkspaceSymbol[] {
  const q = query.trim();
  if (q.length > MAX_QUERY) return [];
  const ids = new Set([...knownMatches(ws, q.toLowerCase()), ...ws.graph.search(q, limit)]);
  return [...ids].slice(0, limit).flatMap((id) => {
    const e = ws.graph.get(id);
    const loc = e && definition(ws, e);
    return e && loc ? [{ name: symbolName(e, q.toLowerCase()), kind: SYMBOL_KIND[e.type], containerName: `${e.type} · ${e.mentions} mentions in ${e.articles} articles`, location: loc }] : [];
  });
}

/** Entities whose byline.yaml name or alias contains the query (articles may never use the alias). */
function knownMatches(ws: Workspace, q: string): string[] {
  if (!q) return [];
  return ws.getKnowledge().entities.flatMap((k) => {
    if (![k.name, ...k.aliases].some((s) => s.toLowerCase().includes(q))) return [];
    const id = ws.graph.resolve(localKey({ name: k.name, type: k.type === 'person' ? 'person' : 'other' } as LocalEntity));
    return ws.graph.get(id) ? [id] : [];
  });
}

function symbolName(e: GlobalEntity, q: string): string {
  if (!q || e.name.toLowerCase().includes(q)) return e.name;
  const spellings = [...e.aliases, ...(e.known?.aliases ?? [])];
  const other = spellings.find((s) => s.toLowerCase().includes(q)) ?? spellings.find((s) => s.toLowerCase().split(/[\s\u00a0-]+/).some((w) => inOrder(w, q)));
  return other && !inOrder(e.name.toLowerCase(), q) ? `${other} (${e.name})` : e.name;
}

/** Whether `q`'s letters occur in `s` in order. */
function inOrder(s: string, q: string): boolean {
  let k = 0;
  for (let i = 0; i < s.length && k < q.length; i++) if (s[i] === q[k]) k++;
  return k === q.length;
}

/** Semantic tokens: persons, organisations, places, other names and quotes, in document order. */
export function semanticTokens(ws: Workspace, uri: string): number[] {
  const a = ws.analysis(uri);
  if (!a) return [];
  const typeOf = (t: EntityType): number => (t === 'person' ? 0 : t === 'organization' ? 1 : t === 'place' ? 2 : 4);
  // Coloured by the entity's type across articles (a type set in byline.yaml included), as the hover says.
  const types = a.entities.map((_, local) => globalType(ws, uri, local));
  const spans: { start: number; end: number; type: number }[] = a.mentions.map((m) => ({ start: m.start, end: m.end, type: typeOf(types[m.local] ?? m.type) }));
  // Tokens may not overlap: a quote is coloured around the names inside it, and only its quoted
  // words (not the narrative between two parts: "…," he said, "…").
  const text = ws.get(uri)!.text;
  for (const q of a.quotes)
    for (const part of quotedParts(text, q)) {
      let from = part.start;
      for (const m of a.mentions) {
        if (m.end <= from || m.start >= part.end) continue;
        if (m.start > from) spans.push({ start: from, end: m.start, type: 3 });
        from = m.end;
      }
      if (from < part.end) spans.push({ start: from, end: part.end, type: 3 });
    }
  spans.sort((x, y) => x.start - y.start);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const s of spans) {
    // Tokens may not span lines either: split at each line start inside.
    const first = ws.position(uri, s.start).line;
    const last = ws.position(uri, s.end).line;
    for (let line = first; line <= last; line++) {
      const start = line === first ? s.start : a.lineStarts[line];
      const lineEnd = line + 1 < a.lineStarts.length ? a.lineStarts[line + 1] : a.length;
      const end = Math.min(s.end, lineEnd);
      const length = ws.slice(uri, { start, end }).replace(/[\r\n]+$/, '').length;
      if (!length) continue;
      const character = start - a.lineStarts[line];
      data.push(line - prevLine, line === prevLine ? character - prevChar : character, length, s.type, 0);
      prevLine = line;
      prevChar = character;
    }
  }
  return data;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Whether the mark at `i` opens or closes a quotation (an apostrophe in a word does neither). */
function mark(text: string, i: number, inside: boolean): 'open' | 'close' | null {
  const c = text[i];
  if (c === '“' || c === '«') return 'open';
  if (c === '”' || c === '»') return 'close';
  if (c === '"') return inside ? 'close' : 'open';
  if (c === '‘' && !LETTER.test(text[i - 1] ?? '')) return 'open';
  if (c === '’' && !LETTER.test(text[i + 1] ?? '')) return inside ? 'close' : null;
  return null;
}

/** The parts of a quote's span inside quotation marks; the whole span when it has no marks (a quote after a colon). */
export function quotedParts(text: string, q: Span): Span[] {
  const parts: Span[] = [];
  let inside = mark(text, q.start, false) !== 'open';
  let from = q.start;
  for (let i = q.start; i < q.end; i++) {
    const m = mark(text, i, inside);
    if (m === 'open' && !inside) [inside, from] = [true, i];
    else if (m === 'close' && inside) {
      parts.push({ start: from, end: i + 1 });
      inside = false;
    }
  }
  if (inside && from < q.end) parts.push({ start: from, end: q.end });
  return parts.length ? parts : [q];
}

export function codeLenses(ws: Workspace, uri: string): CodeLens[] {
  const a = ws.analysis(uri);
  if (!a) return [];
  const lenses: CodeLens[] = [];
  for (const [i, q] of a.quotes.entries()) {
    const same = ws.claims.sameQuote(uri, i);
    if (!same.length) continue;
    const r = range(ws, uri, q);
    const locations = same.map((s) => ({ uri: s.uri, range: range(ws, s.uri, ws.analysis(s.uri)!.quotes[s.index]) }));
    lenses.push({ range: { start: r.start, end: r.start }, command: { title: `Also quoted in ${same.length} other article${same.length === 1 ? '' : 's'}`, command: 'byline.showLocations', arguments: [uri, r.start, locations] } });
  }
  return lenses;
}

/** The words of a quote's quoted parts, with their offsets in the article. */
function quotedWords(ws: Workspace, uri: string, span: Span): { word: string; start: number; end: number }[] {
  const text = ws.get(uri)!.text;
  const out: { word: string; start: number; end: number }[] = [];
  for (const part of quotedParts(text, span))
    for (const m of text.slice(part.start, part.end).matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu))
      out.push({ word: m[0].toLowerCase(), start: part.start + m.index!, end: part.start + m.index! + m[0].length });
  return out;
}

/**
 * Where two wordings of one quote differ: runs of words (longest common subsequence), each with
 * its span on both sides. Quotes are a few dozen words: the quadratic table is small.
 */
export function wordingDifferences(ws: Workspace, c: Contradiction): { here: Span | null; there: Span | null; hereText: string; thereText: string }[] {
  const a = quotedWords(ws, c.here.uri, c.here.span);
  const b = quotedWords(ws, c.there.uri, c.there.span);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i].word === b[j].word ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const runs: { here: Span | null; there: Span | null; hereText: string; thereText: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].word === b[j].word) {
      i++;
      j++;
      continue;
    }
    const [i0, j0] = [i, j];
    while ((i < n || j < m) && !(i < n && j < m && a[i].word === b[j].word)) {
      if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) i++;
      else j++;
    }
    const here = i > i0 ? { start: a[i0].start, end: a[i - 1].end } : null;
    const there = j > j0 ? { start: b[j0].start, end: b[j - 1].end } : null;
    runs.push({ here, there, hereText: here ? ws.slice(c.here.uri, here) : '', thereText: there ? ws.slice(c.there.uri, there) : '' });
  }
  return runs;
}

export function toDiagnostic(ws: Workspace, c: Contradiction): Diagnostic {
  let there = { uri: c.there.uri, range: range(ws, c.there.uri, c.there.span) };
  let here = range(ws, c.here.uri, c.here.span);
  let message = c.message;
  let related = `${fileName(c.there.uri)}: ${c.there.value} — “${clip(c.there.text, 120)}”`;
  if (c.kind === 'wording') {
    // Points at the words that differ instead of reprinting both quotes.
    const runs = wordingDifferences(ws, c);
    if (runs.length) {
      const show = (s: string): string => (s ? `“${clip(s, 40)}”` : 'nothing');
      message = `Wording: ${fileName(c.there.uri)} quotes this statement with other words: ${runs.slice(0, 3).map((r) => `${show(r.hereText)} here, ${show(r.thereText)} there`).join('; ')}${runs.length > 3 ? ` (and ${runs.length - 3} more)` : ''}.`;
      const first = runs.find((r) => r.here) ?? runs[0];
      if (first.here) here = range(ws, c.here.uri, first.here);
      const other = runs.find((r) => r.there);
      if (other?.there) there = { uri: c.there.uri, range: range(ws, c.there.uri, other.there) };
      related = `${fileName(c.there.uri)} has ${show(other?.thereText ?? '')} — “${clip(c.there.text, 120)}”`;
    }
  }
  return {
    range: here,
    severity: c.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'byline',
    code: `contradiction/${c.kind}`,
    message,
    relatedInformation: [{ location: there, message: related }],
    data: { key: c.key, there },
  };
}
