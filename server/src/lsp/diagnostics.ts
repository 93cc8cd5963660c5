// Diagnostics from the project's state: contradictions on articles, notes on files (skipped,
// analysis failed), problems in byline.yaml. Computing them is apart from publishing them:
// `diagnosticsUpdate` is a pure function from what was published and the current state to what
// must be sent.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { positionAt } from '../core/text';
import type { Project } from '../project/project';
import { byPlace } from '../index/export';
import { toDiagnostic } from './features';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function diagnosticsFor(project: Project, uri: string): Diagnostic[] {
  const ws = project.ws;
  const out = ws.has(uri) ? byPlace(ws.contradictions(uri)).map((c) => toDiagnostic(ws, c)) : [];
  const note = project.note(uri);
  if (note) out.push({ range: START, severity: DiagnosticSeverity.Information, source: 'byline', code: 'file', message: note });
  const file = project.folderFile(uri);
  if (file) {
    const length = file.text?.length ?? 0;
    for (const p of file.problems)
      out.push({
        range: { start: positionAt(file.lineStarts, Math.min(p.start, length)), end: positionAt(file.lineStarts, Math.min(length, Math.max(p.end, p.start + 1))) },
        severity: DiagnosticSeverity.Error,
        source: 'byline',
        message: p.message,
      });
  }
  return out;
}

/**
 * What to send for `uris`: only the documents whose diagnostics differ from what was published
 * (a document never published counts as clean), except the folder files (`always`): each
 * reading of byline.yaml is answered, so that an editor showing it knows it was checked.
 */
export function diagnosticsUpdate(published: ReadonlyMap<string, Diagnostic[]>, uris: Iterable<string>, current: (uri: string) => Diagnostic[], always: (uri: string) => boolean = () => false): { uri: string; diagnostics: Diagnostic[] }[] {
  const out: { uri: string; diagnostics: Diagnostic[] }[] = [];
  for (const uri of uris) {
    const next = current(uri);
    // Compared as values, which stops at the first difference (a shifted range, usually).
    if (always(uri) || !sameJson(published.get(uri) ?? [], next)) out.push({ uri, diagnostics: next });
  }
  return out;
}

/** The keys of the contradictions a document warns about (the status bar counts each once). */
export const warningKeys = (diagnostics: Diagnostic[]): string[] => diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning && d.data && String(d.code).startsWith('contradiction/')).map((d) => (d.data as { key: string }).key);

/**
 * Equality of two JSON-like values. Unlike util.isDeepStrictEqual it allocates nothing, which
 * matters when every keystroke compares thousands of diagnostics.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (Object.hasOwn(y, k)) n--;
  return n === 0;
}
