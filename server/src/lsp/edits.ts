// Code actions and rename. Everything that changes byline.yaml is a WorkspaceEdit that the editor
// applies (and can undo); the server never writes files. Edits go through the yaml Document model
// so comments and layout survive.

import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { GlobalEntity } from '../index/entities';
import type { Workspace } from '../index/workspace';
import { entityAt } from './features';

export interface KnowledgeFile {
  knowledgeUri: string | null;
  knowledgeText: string | null;
}

const HEADER = '# Byline knowledge file: entities, aliases and checked disagreements. See the README.\n';

/** A whole-file replacement of byline.yaml (or its creation) after `change` edits the document. */
function editKnowledge(file: KnowledgeFile, change: (doc: Document) => void): WorkspaceEdit | null {
  if (!file.knowledgeUri) return null;
  const existing = file.knowledgeText;
  const doc = parseDocument(existing ?? HEADER, { customTags: [] });
  if (doc.errors.length) return null;
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  change(doc);
  const text = doc.toString({ lineWidth: 0 });
  if (existing === null) {
    return {
      documentChanges: [
        { kind: 'create', uri: file.knowledgeUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: file.knowledgeUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const lines = existing.split(/\r\n|\r|\n/);
  const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: text };
  return { changes: { [file.knowledgeUri]: [edit] } };
}

/** Appends `item` to the top-level list `key`, creating the list if needed. */
function append(doc: Document, key: string, item: unknown): void {
  const list = doc.get(key);
  if (isSeq(list)) list.add(doc.createNode(item));
  else doc.set(key, doc.createNode([item]));
}

/** Finds the byline.yaml entry for an entity, or adds one. */
function entityEntry(doc: Document, e: GlobalEntity): ReturnType<Document['createNode']> & { set(k: string, v: unknown): void; get(k: string): unknown } {
  const list = doc.get('entities');
  if (isSeq(list))
    for (const item of list.items)
      if (isMap(item) && (item.get('name') === e.name || (isSeq(item.get('aliases')) && (item.get('aliases') as { items: { value?: unknown }[] }).items.some((a) => a.value === e.name)))) return item as never;
  const node = doc.createNode({ name: e.name, type: e.type, aliases: e.aliases.filter((a) => a !== e.name) });
  if (isSeq(list)) list.add(node);
  else doc.set('entities', doc.createNode([node]));
  return node as never;
}

export function codeActions(ws: Workspace, params: CodeActionParams, file: KnowledgeFile & { trusted: boolean }): CodeAction[] {
  const { uri } = params.textDocument;
  const actions: CodeAction[] = [];
  for (const d of params.context.diagnostics as Diagnostic[]) {
    const data = d.data as { key?: string; there?: { uri: string; range: unknown } } | undefined;
    if (d.source !== 'byline' || !data?.key) continue;
    if (data.there)
      actions.push({ title: 'Show the other article', kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Show the other article', command: 'byline.openBeside', arguments: [data.there.uri, data.there.range] } });
    const edit = file.trusted ? editKnowledge(file, (doc) => append(doc, 'acknowledged', { key: data.key, note: '' })) : null;
    if (edit) actions.push({ title: 'Acknowledge: checked, silence this disagreement', kind: CodeActionKind.QuickFix, diagnostics: [d], edit, isPreferred: false });
  }
  if (!file.trusted) return actions;
  const at = entityAt(ws, uri, params.range.start);
  if (!at) return actions;
  const text = ws.slice(uri, at.mention);
  const { entity } = at;
  const never = editKnowledge(file, (doc) => append(doc, 'notEntities', text));
  if (never) actions.push({ title: `Never treat “${text}” as an entity`, kind: CodeActionKind.QuickFix, edit: never });
  if (text !== entity.name) {
    const distinct = editKnowledge(file, (doc) => append(doc, 'distinct', [text, entity.name]));
    if (distinct) actions.push({ title: `“${text}” is not ${entity.name}`, kind: CodeActionKind.QuickFix, edit: distinct });
  }
  // Other entities of the same type in this article are the likely targets of a missed link.
  const a = ws.analysis(uri)!;
  const candidates = new Map<string, GlobalEntity>();
  a.entities.forEach((_, local) => {
    const id = ws.graph.idOf(uri, local);
    const other = id ? ws.graph.get(id) : null;
    if (other && other.id !== entity.id && other.type === entity.type) candidates.set(other.id, other);
  });
  for (const other of [...candidates.values()].slice(0, 3)) {
    const edit = editKnowledge(file, (doc) => {
      const entry = entityEntry(doc, other);
      const aliases = entry.get('aliases');
      if (isSeq(aliases)) aliases.add(doc.createNode(text));
      else entry.set('aliases', doc.createNode([text]));
    });
    if (edit) actions.push({ title: `Add “${text}” as an alias of ${other.name}`, kind: CodeActionKind.QuickFix, edit });
  }
  return actions;
}

/** Renaming an entity sets its canonical name in byline.yaml; the old name stays as an alias. */
export function rename(entity: GlobalEntity, newName: string, file: KnowledgeFile): WorkspaceEdit | null {
  const name = newName.trim();
  if (!name) return null;
  return editKnowledge(file, (doc) => {
    const entry = entityEntry(doc, entity);
    const old = entry.get('name');
    entry.set('name', name);
    const aliases = new Set([...entity.aliases, ...(typeof old === 'string' ? [old] : [])]);
    aliases.delete(name);
    entry.set('aliases', doc.createNode([...aliases]));
  });
}
