// The annotation file, `byline.annotations.jsonl` at the root of the folder: one W3C annotation
// per line, so that a diff shows one changed line per changed annotation and git merges
// annotations added on two branches line by line (with `merge=union` in .gitattributes, both
// sides' lines are kept; see the README).
//
// Reading never loses anything: a line that is not an annotation is reported and left in the file
// untouched; git conflict markers are read through (every side's annotations count); two versions
// of one annotation (two windows, a union merge) are merged by keeping the newer. Writing is a
// list of line edits (add a line, replace an annotation's lines, remove them), which the server
// turns into a WorkspaceEdit: the editor applies them and can undo them, and lines the edit does
// not touch stay as they are.

import { validate, view, type AnnotationDoc } from './model';

export const STORE_FILE = 'byline.annotations.jsonl';

export interface StoreProblem {
  /** Offsets in the file of the line concerned. */
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning' | 'information';
  code: 'invalid' | 'conflict' | 'duplicate';
}

export interface StoreEntry {
  doc: AnnotationDoc;
  /** Every line holding a version of this annotation, the one in force first. */
  lines: { start: number; end: number }[];
}

export interface Store {
  /** By id, in file order of their first line. */
  entries: Map<string, StoreEntry>;
  problems: StoreProblem[];
  /** True when the file holds git conflict markers. */
  conflicted: boolean;
}

/** A text edit in offsets of the file. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

const MARKER = /^(<{7}|={7}|>{7}|\|{7})(\s|$)/;

export function parse(text: string): Store {
  const entries = new Map<string, StoreEntry>();
  const problems: StoreProblem[] = [];
  let conflicted = false;
  let inBase = false;
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).replace(/\r$/, '');
    const span = { start, end: start + line.length };
    if (MARKER.test(line)) {
      conflicted = true;
      // A diff3 conflict's base section (between ||||||| and =======) is the old version: not read.
      inBase = line.startsWith('|||||||');
      if (line.startsWith('=======') || line.startsWith('>>>>>>>')) inBase = false;
    } else if (line.trim() && !inBase) {
      const doc = parseLine(line);
      if (typeof doc === 'string') problems.push({ ...span, severity: 'error', code: 'invalid', message: `Line ${lineNo} is not a Byline annotation (${doc}); it is kept as it is.` });
      else {
        const known = entries.get(doc.id);
        if (!known) entries.set(doc.id, { doc, lines: [span] });
        else if (newer(doc, known.doc)) entries.set(doc.id, { doc, lines: [span, ...known.lines] });
        else known.lines.push(span);
      }
    }
    start = end + 1;
  }
  if (conflicted) problems.push({ start: 0, end: 0, severity: 'warning', code: 'conflict', message: 'This file has git conflict markers. Every side’s annotations are read (the newer version of one edited on both sides); the quick fix writes them out merged.' });
  for (const [id, e] of entries)
    if (e.lines.length > 1 && !conflicted)
      for (const l of e.lines.slice(1)) problems.push({ ...l, severity: 'information', code: 'duplicate', message: `An older version of annotation ${id}: the newer one is used, and this line goes when it is next edited.` });
  return { entries, problems, conflicted };
}

/** Lines longer than this are refused before JSON.parse: no annotation comes near it. */
const MAX_LINE = 1 << 20;

function parseLine(line: string): AnnotationDoc | string {
  if (line.length > MAX_LINE) return `a line of ${Math.round(line.length / 1024)} KB`;
  let x: unknown;
  try {
    x = JSON.parse(line);
  } catch (e) {
    return `not JSON: ${(e as Error).message}`;
  }
  const why = validate(x);
  return why ?? (x as AnnotationDoc);
}

/** Which of two versions of one annotation wins: the later `modified`, then the later line. */
function newer(a: AnnotationDoc, b: AnnotationDoc): boolean {
  const [x, y] = [String(a.modified ?? a.created ?? ''), String(b.modified ?? b.created ?? '')];
  return x !== y ? Date.parse(x) > Date.parse(y) || (isNaN(Date.parse(y)) && !isNaN(Date.parse(x))) : true;
}

/** One line of the file. Keys keep their order: the same annotation always serialises the same. */
export const serialise = (doc: AnnotationDoc): string => JSON.stringify(doc);

/** The whole file for these annotations (a merged, conflict-free rewrite). */
export const serialiseAll = (docs: Iterable<AnnotationDoc>): string => [...docs].map((d) => `${serialise(d)}\n`).join('');

/** Appends an annotation (a new one, or a reply). */
export function addEdit(text: string, doc: AnnotationDoc): Edit {
  const sep = text && !text.endsWith('\n') ? '\n' : '';
  return { start: text.length, end: text.length, newText: `${sep}${serialise(doc)}\n` };
}

/** Replaces an annotation: its line in force gets the new version, older versions' lines go. */
export function replaceEdits(text: string, store: Store, doc: AnnotationDoc): Edit[] {
  const e = store.entries.get(doc.id);
  if (!e) return [addEdit(text, doc)];
  const [first, ...rest] = e.lines;
  return [{ start: first.start, end: first.end, newText: serialise(doc) }, ...rest.map((l) => removeLine(text, l))];
}

/** Removes an annotation and its replies (and theirs), every version of each. */
export function deleteEdits(text: string, store: Store, id: string): Edit[] {
  const gone = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [other, e] of store.entries)
      if (!gone.has(other) && view(e.doc).replyTo && gone.has(view(e.doc).replyTo!)) {
        gone.add(other);
        grew = true;
      }
  }
  return [...gone].flatMap((g) => store.entries.get(g)?.lines.map((l) => removeLine(text, l)) ?? []).sort((a, b) => a.start - b.start);
}

/** The edit that rewrites a conflicted or duplicated file as one line per annotation, keeping broken lines. */
export function mergeEdit(text: string, store: Store): Edit {
  const kept = new Set(store.problems.filter((p) => p.code === 'invalid').map((p) => text.slice(p.start, p.end)));
  return { start: 0, end: text.length, newText: serialiseAll([...store.entries.values()].map((e) => e.doc)) + [...kept].map((l) => `${l}\n`).join('') };
}

function removeLine(text: string, l: { start: number; end: number }): Edit {
  let end = l.end;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start: l.start, end, newText: '' };
}

/** Applies edits (non-overlapping) to a text: what the editor does with them. */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
