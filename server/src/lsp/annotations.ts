// The user's annotations over LSP, for any editor:
//   byline/annotations        {uri?}                        → {annotations: AnnotationItem[]}   (one article, or all)
//   byline/annotate           {uri, range, note?, tags?, verdict?, link?, creator?, apply?}   → {id, edit}
//   byline/changeAnnotation   {id, action, note?, tags?, verdict?, link?, creator?, uri?, range?, apply?} → {id, edit}
//       action: edit | reply | resolve | reopen | delete | reattach (to {uri, range}) | merge (a conflicted file)
//   byline/exportAnnotations  {format: w3c|brat|csv|sarif, folder?} → {files: {path: text}}   (as `byline export`)
//   byline/setMetadata        {uri, field: outlet|author|date|place|url, value, creator?, apply?} → {id, edit}
//   byline/rateOutlet         {outlet, reliability: reliable|mixed|unreliable, note?, creator?, apply?} → {id, edit}
// Edits are WorkspaceEdits of the annotation file: the client applies them (and can undo them),
// or the server asks the client to with `apply: true` (workspace/applyEdit). The server never
// writes files, and in an untrusted workspace it offers no edits at all.
// Annotations are also document symbols of their article (outline, jump), a hover, diagnostics
// (false/misleading verdicts as warnings when `byline.annotations.verdictsAsProblems` is on) and,
// on the annotation file, diagnostics for broken lines, conflicts and orphans.

import { randomUUID } from 'node:crypto';
import { CodeActionKind, DiagnosticSeverity, SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { bratFiles } from '../annotations/brat';
import { exportCsv } from '../annotations/csv';
import { AnnotationFolder, type Action, type EditResult } from '../annotations/folder';
import { isVerdict, METADATA_FIELDS, type Change, type MetadataField } from '../annotations/model';
import type { Placed } from '../annotations/placed';
import { exportSarif } from '../annotations/sarif';
import { STORE_FILE } from '../annotations/store';
import { exportW3c } from '../annotations/w3c';
import { lineStarts, offsetAt, positionAt } from '../core/text';
import type { Workspace } from '../index/workspace';
import { exportWorkspace } from '../index/export';

export interface AnnotationItem {
  id: string;
  /** The article; null when it is not in the folder. */
  uri: string | null;
  /** Where the passage is now; null for an orphan. */
  range: Range | null;
  orphan: string | null;
  exact: string;
  note: string;
  tags: string[];
  verdict: string | null;
  link: string | null;
  creator: string | null;
  created: string | null;
  modified: string | null;
  resolved: boolean;
  replies: { id: string; note: string; creator: string | null; created: string | null; modified: string | null }[];
  /** The annotation file, and the line of this annotation in it. */
  storeUri: string;
  storeLine: number;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n).trimEnd()}…` : s);
const VERDICT_LABEL: Record<string, string> = { verified: 'Verified', false: 'False', misleading: 'Misleading', unverified: 'Unverified', 'needs-source': 'Needs a source' };

export class Annotations {
  private folders: AnnotationFolder[] = [];
  verdictsAsProblems = false;

  setFolders(folderUris: string[]): void {
    this.folders = folderUris.map((u) => this.folders.find((f) => f.folderUri === u) ?? new AnnotationFolder(u));
  }

  all(): readonly AnnotationFolder[] {
    return this.folders;
  }

  isStore(uri: string): boolean {
    return this.folders.some((f) => f.storeUri === uri);
  }

  store(uri: string): AnnotationFolder | undefined {
    return this.folders.find((f) => f.storeUri === uri);
  }

  folderOf(uri: string): AnnotationFolder | undefined {
    let best: AnnotationFolder | undefined;
    for (const f of this.folders) if (f.relative(uri) !== null && (!best || f.folderUri.length > best.folderUri.length)) best = f;
    return best;
  }

  /** The annotations on one article, placed. */
  onArticle(ws: Workspace, uri: string): Placed[] {
    const f = this.folderOf(uri);
    const rel = f?.relative(uri);
    return f && rel != null ? f.placed(ws).filter((p) => p.article === rel) : [];
  }

  list(ws: Workspace, uri?: string): AnnotationItem[] {
    const out: AnnotationItem[] = [];
    for (const f of uri ? [this.folderOf(uri)].filter((x): x is AnnotationFolder => !!x) : this.folders) {
      const placed = f.placed(ws);
      const starts = lineStarts(f.text ?? '');
      for (const p of placed) {
        if (p.view.replyTo || p.view.metadata || p.view.outlet !== null) continue;
        const articleUri = p.article !== null ? f.uriOf(p.article) : null;
        if (uri && articleUri !== uri) continue;
        const replies = placed.filter((r) => r.view.replyTo === p.view.id).map((r) => ({ id: r.view.id, note: r.view.note, creator: r.view.creator, created: r.view.created, modified: r.view.modified }));
        const line = f.store.entries.get(p.view.id)!.lines[0];
        out.push({
          id: p.view.id,
          uri: articleUri && ws.has(articleUri) ? articleUri : null,
          range: p.at && articleUri && ws.has(articleUri) ? { start: ws.position(articleUri, p.at.start), end: ws.position(articleUri, p.at.end) } : null,
          orphan: p.orphan,
          exact: p.view.anchor?.exact ?? '',
          note: p.view.note,
          tags: p.view.tags,
          verdict: p.view.verdict,
          link: p.view.link,
          creator: p.view.creator,
          created: p.view.created,
          modified: p.view.modified,
          resolved: p.view.resolved,
          replies,
          storeUri: f.storeUri,
          storeLine: positionAt(starts, line.start).line,
        });
      }
    }
    return out;
  }

  /** Diagnostics of an article: its false and misleading passages, when the user asks for them. */
  articleDiagnostics(ws: Workspace, uri: string): Diagnostic[] {
    if (!this.verdictsAsProblems) return [];
    return this.onArticle(ws, uri).flatMap((p): Diagnostic[] =>
      p.at && !p.view.resolved && (p.view.verdict === 'false' || p.view.verdict === 'misleading')
        ? [{ range: { start: ws.position(uri, p.at.start), end: ws.position(uri, p.at.end) }, severity: DiagnosticSeverity.Warning, source: 'byline', code: `annotation/${p.view.verdict}`, message: `Annotated as ${p.view.verdict}${p.view.note ? `: ${clip(p.view.note.replace(/\s+/g, ' '), 200)}` : ''}`, data: { key: `annotation|${p.view.id}` } }]
        : [],
    );
  }

  /** Diagnostics of an annotation file: what could not be read, broken lines, conflicts, orphans. */
  storeDiagnostics(ws: Workspace, uri: string): Diagnostic[] {
    const f = this.store(uri);
    if (!f) return [];
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (f.problem) return [{ range: zero, severity: DiagnosticSeverity.Error, source: 'byline', code: 'annotations/unreadable', message: f.problem }];
    const text = f.text ?? '';
    const starts = lineStarts(text);
    const at = (s: number, e: number): Range => ({ start: positionAt(starts, s), end: positionAt(starts, e) });
    const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information };
    const out: Diagnostic[] = f.store.problems.map((p) => ({ range: at(p.start, p.end), severity: SEVERITY[p.severity], source: 'byline', code: `annotations/${p.code}`, message: p.message }));
    for (const p of f.placed(ws)) {
      if (!p.orphan) continue;
      const line = f.store.entries.get(p.view.id)!.lines[0];
      out.push({
        range: at(line.start, line.end),
        severity: DiagnosticSeverity.Warning,
        source: 'byline',
        code: 'annotations/orphan',
        message: `Orphaned annotation: ${p.orphan}. It is kept here; to re-attach it, select the passage in the article and run “Byline: Re-attach annotation”.`,
        data: { id: p.view.id },
      });
    }
    return out;
  }

  /** Hover text for the annotations under a position, or null. */
  hover(ws: Workspace, uri: string, pos: Position): { markdown: string; range: Range } | null {
    const a = ws.analysis(uri);
    if (!a) return null;
    const offset = offsetAt(a.lineStarts, a.length, pos);
    const here = this.onArticle(ws, uri).filter((p) => p.at && p.at.start <= offset && offset <= p.at.end);
    if (!here.length) return null;
    const placed = this.folderOf(uri)!.placed(ws);
    const blocks = here.map((p) => {
      const v = p.view;
      const head = [v.verdict ? `**${VERDICT_LABEL[v.verdict]}**` : '**Note**', v.creator && `by ${v.creator}`, v.resolved && '(resolved)'].filter(Boolean).join(' ');
      const lines = [head];
      if (v.note) lines.push('', v.note);
      if (v.tags.length) lines.push('', v.tags.map((t) => `\`#${t}\``).join(' '));
      if (v.link) lines.push('', `Source: <${v.link}>`);
      for (const r of placed.filter((x) => x.view.replyTo === v.id)) lines.push('', `> ${r.view.creator ?? 'reply'}: ${r.view.note.replace(/\n/g, '\n> ')}`);
      return lines.join('\n');
    });
    const first = here[0].at!;
    return { markdown: blocks.join('\n\n---\n\n'), range: { start: ws.position(uri, first.start), end: ws.position(uri, first.end) } };
  }

  /** The article's annotations as document symbols (one group), so that any editor lists them and jumps to them. */
  symbols(ws: Workspace, uri: string): DocumentSymbol[] {
    const placed = this.onArticle(ws, uri).filter((p) => p.at && !p.view.replyTo);
    if (!placed.length) return [];
    const a = ws.analysis(uri)!;
    const children = placed.map((p): DocumentSymbol => {
      const r = { start: ws.position(uri, p.at!.start), end: ws.position(uri, p.at!.end) };
      const detail = [p.view.verdict, ...p.view.tags.map((t) => `#${t}`), clip(p.view.note.replace(/\s+/g, ' '), 80)].filter(Boolean).join(' · ');
      return { name: `“${clip(p.view.anchor?.exact ?? '', 60)}”`, detail, kind: SymbolKind.Event, range: r, selectionRange: r };
    });
    return [{ name: 'Annotations', kind: SymbolKind.Namespace, range: { start: ws.position(uri, 0), end: ws.position(uri, a.length) }, selectionRange: { start: ws.position(uri, 0), end: ws.position(uri, 0) }, children }];
  }

  /**
   * "Annotate …" quick fixes on a contradiction and on a quote: they open an annotation on the
   * claim in the editor (the client's command `byline.annotateRange`, with the article and range).
   */
  codeActions(ws: Workspace, uri: string, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
    const store = this.store(uri);
    if (store) {
      // On the annotation file: conflict markers or older versions go, every annotation and broken line stays.
      const merging = diagnostics.filter((d) => d.code === 'annotations/conflict' || d.code === 'annotations/duplicate');
      const r = merging.length ? this.toEdit(store, store.merge()) : null;
      return r && 'edit' in r ? [{ title: 'Merge: one line per annotation (the newer version of each)', kind: CodeActionKind.QuickFix, diagnostics: merging, edit: r.edit }] : [];
    }
    const a = ws.analysis(uri);
    if (!a || !this.folderOf(uri)) return [];
    const out: CodeAction[] = [];
    const offer = (title: string, r: Range, d?: Diagnostic) => out.push({ title, kind: CodeActionKind.QuickFix, ...(d ? { diagnostics: [d] } : {}), command: { title, command: 'byline.annotateRange', arguments: [uri, r] } });
    for (const d of diagnostics) if (d.source === 'byline' && String(d.code).startsWith('contradiction/')) offer('Annotate this claim (note, verdict, source)…', d.range, d);
    const at = offsetAt(a.lineStarts, a.length, range.start);
    const q = a.quotes.find((x) => x.start <= at && at <= x.end);
    if (q && !out.length) offer('Annotate this quote…', { start: ws.position(uri, q.start), end: ws.position(uri, q.end) });
    return out;
  }

  /** The folder's annotations and analysis in an export format, as files by path (one file, or a brat folder). */
  exportAs(ws: Workspace, format: string, folderUri?: string): { files: Record<string, string> } | { error: string } {
    const f = folderUri ? this.folders.find((x) => x.folderUri === folderUri) : this.folders[0];
    if (!f) return { error: 'There is no workspace folder to export.' };
    const texts = new Map<string, string>();
    for (const uri of ws.uris()) {
      const rel = f.relative(uri);
      if (rel !== null) texts.set(rel, ws.get(uri)!.text);
    }
    const analysis = exportWorkspace(ws, (uri) => f.relative(uri) ?? uri);
    analysis.articles = analysis.articles.filter((a) => texts.has(a.path));
    const data = { analysis, texts, annotations: f.placed(ws) };
    switch (format) {
      case 'w3c':
        return { files: { 'annotations.jsonld': `${JSON.stringify(exportW3c(data), null, 2)}\n` } };
      case 'csv':
        return { files: { 'annotations.csv': exportCsv(data) } };
      case 'sarif':
        return { files: { 'byline.sarif': `${JSON.stringify(exportSarif(data), null, 2)}\n` } };
      case 'brat':
        return { files: Object.fromEntries(bratFiles(data)) };
      default:
        return { error: `format must be w3c, brat, csv or sarif, not ${JSON.stringify(format)}` };
    }
  }

  /** The metadata annotations set on an article. */
  metadata(ws: Workspace, uri: string): Record<string, string> {
    const f = this.folderOf(uri);
    const rel = f?.relative(uri);
    return f && rel != null ? f.metadata(ws, rel) : {};
  }

  /** The user's rating of an outlet (any folder's), or null. */
  rating(ws: Workspace, outlet: string | null): { outlet: string; reliability: string | null; note: string } | null {
    if (!outlet) return null;
    for (const f of this.folders) {
      const r = f.ratings(ws).get(outlet.toLowerCase());
      if (r) return r;
    }
    return null;
  }

  rate(ws: Workspace, p: { outlet: string; reliability: string; note?: string; creator?: string | null; folder?: string }): { id: string; edit: WorkspaceEdit } | { error: string } {
    const f = p.folder ? this.folders.find((x) => x.folderUri === p.folder) : this.folders[0];
    if (!f) return { error: 'There is no workspace folder to keep the rating in.' };
    if (typeof p.outlet !== 'string' || typeof p.reliability !== 'string' || (p.note !== undefined && typeof p.note !== 'string')) return { error: 'outlet, reliability and note must be strings.' };
    return this.toEdit(f, f.rate(ws, p.outlet, p.reliability, p.note ?? '', meta(p.creator)));
  }

  setMetadata(ws: Workspace, p: MetadataParams): { id: string; edit: WorkspaceEdit } | { error: string } {
    const f = this.folderOf(p.uri);
    if (!f) return { error: 'Metadata is set on articles of a workspace folder.' };
    if (!(METADATA_FIELDS as readonly string[]).includes(p.field)) return { error: `field must be one of ${METADATA_FIELDS.join(', ')}.` };
    if (typeof p.value !== 'string') return { error: 'value must be a string (empty to clear the field).' };
    return this.toEdit(f, f.setMetadata(ws, p.uri, p.field as MetadataField, p.value, meta(p.creator)));
  }

  annotate(ws: Workspace, p: AnnotateParams): { id: string; edit: WorkspaceEdit } | { error: string } {
    const f = this.folderOf(p.uri);
    const a = ws.analysis(p.uri);
    if (!f || !a) return { error: 'Annotations are made on articles of a workspace folder that Byline has indexed.' };
    const fields = changeOf(p);
    if ('error' in fields) return fields;
    const start = offsetAt(a.lineStarts, a.length, p.range.start);
    const end = offsetAt(a.lineStarts, a.length, p.range.end);
    return this.toEdit(f, f.annotate(ws, p.uri, start, end, fields, meta(p.creator)));
  }

  change(ws: Workspace, p: ChangeParams): { id: string; edit: WorkspaceEdit } | { error: string } {
    const f = this.folders.find((x) => x.store.entries.has(p.id));
    if (p.action === 'merge') {
      const target = p.uri ? this.store(p.uri) : undefined;
      return target ? this.toEdit(target, target.merge()) : { error: `Give the uri of a ${STORE_FILE} to merge.` };
    }
    if (!f) return { error: `There is no annotation ${p.id}.` };
    const fields = changeOf(p);
    if ('error' in fields) return fields;
    let target: { uri: string; start: number; end: number } | undefined;
    if (p.action === 'reattach' && p.uri && p.range) {
      const a = ws.analysis(p.uri);
      if (a) target = { uri: p.uri, start: offsetAt(a.lineStarts, a.length, p.range.start), end: offsetAt(a.lineStarts, a.length, p.range.end) };
    }
    return this.toEdit(f, f.modify(ws, p.id, p.action, fields, meta(p.creator), target));
  }

  private toEdit(f: AnnotationFolder, r: EditResult): { id: string; edit: WorkspaceEdit } | { error: string } {
    if ('error' in r) return r;
    const text = f.text ?? '';
    const starts = lineStarts(text);
    const edits: TextEdit[] = r.edits.map((e) => ({ range: { start: positionAt(starts, e.start), end: positionAt(starts, e.end) }, newText: e.newText }));
    const edit: WorkspaceEdit = r.create
      ? { documentChanges: [{ kind: 'create', uri: f.storeUri, options: { ignoreIfExists: true } }, { textDocument: { uri: f.storeUri, version: null }, edits }] }
      : { changes: { [f.storeUri]: edits } };
    return { id: r.id, edit };
  }
}

export interface Fields {
  note?: string;
  tags?: string[];
  verdict?: string | null;
  link?: string | null;
  creator?: string | null;
  apply?: boolean;
}
export interface AnnotateParams extends Fields {
  uri: string;
  range: Range;
}
export interface MetadataParams {
  uri: string;
  field: string;
  value: string;
  creator?: string | null;
  apply?: boolean;
}
export interface ChangeParams extends Fields {
  id: string;
  action: Action | 'merge';
  uri?: string;
  range?: Range;
}

const meta = (creator: string | null | undefined) => ({ id: `urn:uuid:${randomUUID()}`, now: new Date().toISOString(), creator: creator?.trim() || null });

/** The fields of a request, checked: a request from any editor is input like any other. */
function changeOf(p: Fields): Change | { error: string } {
  const c: Change = {};
  if (p.note !== undefined) {
    if (typeof p.note !== 'string') return { error: 'note must be a string (Markdown).' };
    c.note = p.note;
  }
  if (p.tags !== undefined) {
    if (!Array.isArray(p.tags) || !p.tags.every((t) => typeof t === 'string')) return { error: 'tags must be a list of strings.' };
    c.tags = [...new Set(p.tags.map((t) => t.trim().replace(/^#/, '')).filter(Boolean))];
  }
  if (p.verdict !== undefined) {
    if (p.verdict !== null && !isVerdict(p.verdict)) return { error: `verdict must be one of verified, false, misleading, unverified, needs-source (or null), not ${JSON.stringify(p.verdict)}.` };
    c.verdict = p.verdict;
  }
  if (p.link !== undefined) {
    if (p.link !== null && (typeof p.link !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(p.link.trim()))) return { error: `link must be a URL, not ${JSON.stringify(p.link)}.` };
    c.link = p.link?.trim() || null;
  }
  return c;
}
