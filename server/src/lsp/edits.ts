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
import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';
import type { GlobalEntity } from '../index/entities';

export interface KnowledgeFile {
  knowledgeUri: string | null;
  knowledgeText: string | null;
}

const HEADER = '# Byline knowledge file: entities, aliases and checked disagreements. See the README.\n';

/** The edit that turns byline.yaml (or its absence) into `text`, touching only the lines that change. */
function replaceWith(file: KnowledgeFile, text: string): WorkspaceEdit | null {
  if (!file.knowledgeUri) return null;
  const existing = file.knowledgeText;
  if (existing === null) {
    return {
      documentChanges: [
        { kind: 'create', uri: file.knowledgeUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: file.knowledgeUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const before = existing.split('\n');
  const after = text.split('\n');
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const lastLine = before.length - 1 - tail;
  // Lines head..lastLine (inclusive, with their line breaks) become the changed lines of the new text.
  const lines = after.slice(head, after.length - tail);
  const edit: TextEdit =
    lastLine < head
      ? { range: { start: { line: head, character: 0 }, end: { line: head, character: 0 } }, newText: lines.map((l) => `${l}\n`).join('') }
      : !lines.length
        ? // Lines removed and none written: their line breaks go too.
          { range: { start: { line: head, character: 0 }, end: { line: lastLine + 1, character: 0 } }, newText: '' }
        : { range: { start: { line: head, character: 0 }, end: { line: lastLine, character: before[lastLine].length } }, newText: lines.join('\n') };
  return { changes: { [file.knowledgeUri]: [edit] } };
}

/**
 * byline.yaml with `item` appended to the top-level list `key`, written as text after the list's
 * last item: every other line stays as the user wrote it.
 */
export function appendKnowledge(file: KnowledgeFile, key: string, item: unknown): WorkspaceEdit | null {
  if (!file.knowledgeUri) return null;
  const text = file.knowledgeText ?? HEADER;
  const doc = parseDocument(text, { customTags: [] });
  if (doc.errors.length) return null;
  const list = isMap(doc.contents) ? doc.get(key, true) : undefined;
  if (list === undefined || list === null) {
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return replaceWith(file, `${text}${sep}${stringify({ [key]: [item] }, { lineWidth: 0 })}`);
  }
  if (isScalar(list) && list.value === null && isMap(doc.contents)) {
    // `key:` with nothing after it (the last item removed): the key's line is written again with the item.
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (start === undefined) return null;
    const end = text.indexOf('\n', start);
    return replaceWith(file, `${text.slice(0, start)}${stringify({ [key]: [item] }, { lineWidth: 0 }).trimEnd()}${end < 0 ? '\n' : text.slice(end)}`);
  }
  if (!isSeq(list) || !list.range) return null;
  if (list.flow || !list.items.length) {
    // `[a, b]` (or `[]`): the list is written again in place, flow style, and nothing else.
    const items = [...(list.toJSON() as unknown[]), item];
    return replaceWith(file, `${text.slice(0, list.range[0])}${stringify(items, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}${text.slice(list.range[1])}`);
  }
  const [start, end] = list.range;
  const indent = ' '.repeat(start - (text.lastIndexOf('\n', start - 1) + 1));
  const lines = stringify([item], { lineWidth: 0 }).split('\n').filter(Boolean).map((l) => `${indent}${l}\n`).join('');
  return replaceWith(file, `${text.slice(0, end)}${text[end - 1] === '\n' ? '' : '\n'}${lines}${text.slice(end)}`);
}

/**
 * byline.yaml with the items of the top-level list `key` that `change` answers for replaced: by
 * the item it returns, or removed when it returns null (undefined: kept). Only those items' lines
 * are written again; a flow list (`[a, b]`) is written again in place.
 */
export function changeKnowledgeItems(file: KnowledgeFile, key: string, change: (item: unknown) => unknown): WorkspaceEdit | null {
  if (!file.knowledgeUri || file.knowledgeText === null) return null;
  const text = file.knowledgeText;
  const doc = parseDocument(text, { customTags: [] });
  const list = !doc.errors.length && isMap(doc.contents) ? doc.get(key, true) : undefined;
  if (!isSeq(list) || !list.range) return null;
  const changes = list.items.map((node) => {
    const next = change((node as { toJSON(): unknown }).toJSON());
    return { node: node as { range?: [number, number, number] }, next };
  });
  if (!changes.some((c) => c.next !== undefined)) return null;
  if (list.flow) {
    const items = changes.flatMap((c) => (c.next === undefined ? [(c.node as { toJSON(): unknown }).toJSON()] : c.next === null ? [] : [c.next]));
    return replaceWith(file, `${text.slice(0, list.range[0])}${stringify(items, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}${text.slice(list.range[1])}`);
  }
  const indent = ' '.repeat(list.range[0] - (text.lastIndexOf('\n', list.range[0] - 1) + 1));
  let out = text;
  // From the last item up, so that the earlier items' offsets still hold.
  for (const { node, next } of changes.reverse()) {
    if (next === undefined || !node.range) continue;
    const from = out.lastIndexOf('\n', node.range[0] - 1) + 1;
    const lineEnd = out.indexOf('\n', Math.max(node.range[0], node.range[1] - 1));
    const to = lineEnd < 0 ? out.length : lineEnd + 1;
    const lines = next === null ? '' : stringify([next], { lineWidth: 0 }).split('\n').filter(Boolean).map((l) => `${indent}${l}\n`).join('');
    out = `${out.slice(0, from)}${lines}${out.slice(to)}`;
  }
  return replaceWith(file, out);
}

/** A byline.yaml entity entry as plain data. */
export interface Entry {
  name: string;
  type?: string;
  aliases?: string[];
  [key: string]: unknown;
}

/**
 * byline.yaml with the entry of entity `e` changed by `change` (one is added when there is none,
 * with its name and type only: written as aliases, its other spellings would pull in every other
 * entity spelled that way). Only the entry's own lines are written again.
 */
export function editEntry(file: KnowledgeFile, e: { name: string; type: string }, change: (entry: Entry) => void): WorkspaceEdit | null {
  if (!file.knowledgeUri) return null;
  const text = file.knowledgeText ?? HEADER;
  const doc = parseDocument(text, { customTags: [] });
  if (doc.errors.length) return null;
  const list = isMap(doc.contents) ? doc.get('entities', true) : undefined;
  const node = isSeq(list)
    ? list.items.find((item) => {
        if (!isMap(item)) return false;
        const aliases = item.get('aliases');
        return item.get('name') === e.name || (isSeq(aliases) && aliases.items.some((a) => (a as { value?: unknown }).value === e.name));
      })
    : undefined;
  if (!isMap(node) || !node.range) {
    const entry: Entry = { name: e.name, type: e.type };
    change(entry);
    return appendKnowledge(file, 'entities', entry);
  }
  const entry = node.toJSON() as Entry;
  change(entry);
  const [start, end] = node.range;
  const indent = ' '.repeat(start - (text.lastIndexOf('\n', start - 1) + 1));
  const written = stringify(entry, { collectionStyle: node.flow ? 'flow' : 'block', lineWidth: 0 }).trimEnd().replace(/\n/g, `\n${indent}`);
  const tail = text.slice(start, end).match(/\s*$/)![0];
  return replaceWith(file, `${text.slice(0, start)}${written}${tail}${text.slice(end)}`);
}

/** The quick fixes on Byline's diagnostics: show the other article, acknowledge. */
export function diagnosticActions(params: CodeActionParams, file: KnowledgeFile & { trusted: boolean }): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of params.context.diagnostics as Diagnostic[]) {
    const data = d.data as { key?: string; there?: { uri: string; range: unknown } } | undefined;
    if (d.source !== 'byline' || !data?.key) continue;
    if (data.there)
      actions.push({ title: 'Show the other article', kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Show the other article', command: 'byline.openBeside', arguments: [data.there.uri, data.there.range] } });
    const edit = file.trusted ? appendKnowledge(file, 'acknowledged', { key: data.key }) : null;
    if (edit) actions.push({ title: 'Acknowledge: checked, silence this disagreement', kind: CodeActionKind.QuickFix, diagnostics: [d], edit, isPreferred: false });
  }
  return actions;
}

/** Renaming an entity sets its canonical name in byline.yaml; the old name stays as an alias. */
export function rename(entity: GlobalEntity, newName: string, file: KnowledgeFile): WorkspaceEdit | null {
  const name = newName.trim();
  if (!name) return null;
  return editEntry(file, entity, (entry) => {
    // The old name stays an alias so that its mentions keep the entity.
    const aliases = new Set([...(entry.aliases ?? []), entry.name]);
    aliases.delete(name);
    entry.name = name;
    entry.aliases = [...aliases];
  });
}
