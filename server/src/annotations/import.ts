// Adding imported annotations (W3C or brat) to a folder's annotation file: each is anchored on the
// article's current text and its target written as a path relative to the folder. An annotation
// already in the file is replaced only by a newer version; one that cannot be placed (its article
// missing, its passage gone) is still added, and reported as an orphan, so nothing is lost.

import { describe } from '../core/anchor';
import { reanchor, view, type AnnotationDoc } from './model';
import { articlePath, placeAll } from './placed';
import { addEdit, applyEdits, parse, replaceEdits, serialiseAll } from './store';

export interface ImportResult {
  /** The annotation file after the import. */
  text: string;
  added: number;
  replaced: number;
  unchanged: number;
  /** One line per orphan: the annotation and why it cannot be placed. */
  orphans: string[];
}

export function addImported(storeText: string, docs: AnnotationDoc[], texts: Map<string, string>, folderUri: string): ImportResult {
  const result: ImportResult = { text: storeText, added: 0, replaced: 0, unchanged: 0, orphans: [] };
  const store = parse(storeText);
  const added = new Map<string, AnnotationDoc>();
  const replaced = new Map<string, AnnotationDoc>();
  // Placed after the file's own annotations, so that a reply finds the annotation it answers there.
  const existing = [...store.entries.values()].map((e) => e.doc);
  for (const p of placeAll([...existing, ...docs], texts, folderUri).slice(existing.length)) {
    let doc = p.doc;
    const source = p.view.source;
    const rel = source !== null ? articlePath(source, folderUri) : null;
    if (p.at && rel !== null) {
      const at = describe(texts.get(rel)!, p.at.start, p.at.end);
      // The stored anchor is rewritten only when the place or the source's spelling changed.
      if (p.at.how !== 'position' || rel !== source) doc = { ...reanchor(doc, rel, at, ''), modified: doc.modified } as AnnotationDoc;
    } else if (rel !== null && rel !== source && p.view.anchor) doc = { ...reanchor(doc, rel, p.view.anchor, ''), modified: doc.modified } as AnnotationDoc;
    if (p.orphan) result.orphans.push(`${p.view.id}: ${p.orphan}`);
    const known = added.get(doc.id) ?? replaced.get(doc.id) ?? store.entries.get(doc.id)?.doc;
    if (known && (JSON.stringify(known) === JSON.stringify(doc) || !(Date.parse(String(view(doc).modified)) > Date.parse(String(view(known).modified))))) result.unchanged++;
    else if (added.has(doc.id) || !store.entries.has(doc.id)) added.set(doc.id, doc);
    else replaced.set(doc.id, doc);
  }
  const edits = [...replaced.values()].flatMap((d) => replaceEdits(storeText, store, d));
  if (added.size) edits.push({ ...addEdit(storeText, [...added.values()][0]), newText: (storeText && !storeText.endsWith('\n') ? '\n' : '') + serialiseAll(added.values()) });
  result.text = applyEdits(storeText, edits);
  result.added = added.size;
  result.replaced = replaced.size;
  return result;
}
