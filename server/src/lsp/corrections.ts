// Corrections a user makes to the analysis, as edits of byline.yaml: quick fixes on a name in an
// article, and the Entities view's actions (the `byline/correct` request). Each says in its title
// which mentions it changes, and changes exactly those (index/corrections.ts applies them).

import { CodeActionKind, type CodeAction, type CodeActionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { coreWords, initials, stripDiacritics } from '../core/names';
import type { EntityType, Span } from '../core/types';
import { occurrences, ownKey } from '../index/corrections';
import { readMention, type MentionCorrection } from '../index/knowledge';
import type { GlobalEntity } from '../index/entities';
import type { Workspace } from '../index/workspace';
import { appendKnowledge, changeKnowledgeItems, diagnosticActions, editEntry, rename, type KnowledgeFile } from './edits';
import { entityAt } from './features';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'group', 'other'];
const words = (s: string): string[] => coreWords(s).map((w) => stripDiacritics(w).toLowerCase());

/**
 * How much `text` looks like a way of writing `name`, from 0 to 1: an acronym of it; a
 * shortening of several words ("Lib Dems" for Liberal Democrats); one word that is the name, or
 * a person's surname or first name ("Howard" for Sandra Howard). One word of a longer name of
 * something else says little ("French" of the French Football Federation, "France" of French):
 * 0 — on the samples every such offer (a nationality or country offered the organisations
 * named after it, on each of its mentions) was wrong.
 */
export function similarity(text: string, name: string, person: boolean): number {
  if (/^\p{Lu}{2,6}$/u.test(text)) return initials(name) === text ? 1 : 0;
  const a = words(text);
  const b = words(name);
  if (!a.length || !b.length) return 0;
  if (a.length === 1) return b.length === 1 ? (a[0] === b[0] ? 1 : 0) : person && (a[0] === b[b.length - 1] || a[0] === b[0]) ? 0.9 : 0;
  const prefix = (w: string, x: string): boolean => x === w || (w.length >= 3 && x.startsWith(w.replace(/s$/, '')));
  if (a.every((w) => b.some((x) => prefix(w, x)))) return 0.9;
  const shared = a.filter((w) => b.includes(w)).length;
  return (0.5 * shared) / Math.max(a.length, b.length);
}

/**
 * Entities that `text` (a mention of an entity of type `type`) may plausibly be, best first: a
 * similar name, and the same type unless the name is very similar (recognisers confuse types).
 */
export function plausibleEntities(ws: Workspace, text: string, type: EntityType, exclude: string, limit = 3): GlobalEntity[] {
  // An acronym shares no word with its name: every entity is a candidate (a few thousand at most).
  const ids = new Set<string>(/^\p{Lu}{2,6}$/u.test(text) ? ws.graph.ids() : []);
  for (const w of words(text)) for (const id of ws.graph.search(w.slice(0, 3), 300)) ids.add(id);
  const scored: { e: GlobalEntity; score: number }[] = [];
  for (const id of ids) {
    const e = id === exclude ? null : ws.graph.get(id);
    if (!e) continue;
    const name = Math.max(...[e.name, ...e.aliases].map((n) => similarity(text, n, e.type === 'person')));
    const score = name * (e.type === type ? 1 : 0.6);
    if (score >= 0.5) scored.push({ e, score });
  }
  return scored
    .sort((x, y) => y.score - x.score || y.e.mentions - x.e.mentions || x.e.name.localeCompare(y.e.name))
    .slice(0, limit)
    .map((s) => s.e);
}

/** An article's path relative to the folder of byline.yaml, as `mentions` entries name it. */
function articlePath(uri: string, file: KnowledgeFile): string {
  const folder = file.knowledgeUri?.replace(/[^/]*$/, '') ?? '';
  return decodeURIComponent(uri.startsWith(folder) ? uri.slice(folder.length) : uri.slice(uri.lastIndexOf('/') + 1));
}

/** Every code action: the quick fixes on Byline's diagnostics, then the corrections of the name under the cursor (trusted only). */
export function codeActions(ws: Workspace, params: CodeActionParams, file: KnowledgeFile & { trusted: boolean }): CodeAction[] {
  const actions = diagnosticActions(params, file);
  const at = file.trusted ? entityAt(ws, params.textDocument.uri, params.range.start) : null;
  if (at) actions.push(...correctionActions(ws, params.textDocument.uri, at, file));
  return actions;
}

/** The quick fixes on the mention under the cursor. */
export function correctionActions(ws: Workspace, uri: string, at: { entity: GlobalEntity; mention: Span }, file: KnowledgeFile): CodeAction[] {
  const actions: CodeAction[] = [];
  const add = (title: string, edit: WorkspaceEdit | null): void => {
    if (edit) actions.push({ title, kind: CodeActionKind.QuickFix, edit });
  };
  const { entity } = at;
  const text = ws.slice(uri, at.mention);
  const article = articlePath(uri, file);
  const a = ws.analysis(uri)!;
  const local = a.mentions.find((m) => m.start === at.mention.start && m.end === at.mention.end)!.local;
  const sameHere = a.entities[local].mentions.length;

  const occurrence = occurrences(ws.get(uri)!.text, text).indexOf(at.mention.start) + 1;
  // The corrections that split this mention off into an entity of its own.
  const splits = ws.getKnowledge().mentions.filter((fix) => fix.not && fix.article === article && fix.text === text && (fix.occurrence === null || fix.occurrence === occurrence));
  for (const other of plausibleEntities(ws, text, entity.type, entity.id)) {
    add(`“${text}” in this article is ${other.name}`, appendKnowledge(file, 'mentions', { article, text, entity: other.name }));
    // An alias holds in every article: only for names that say who they are (not a bare surname),
    // and not on a mention split off, which the split keeps apart whatever the aliases say.
    if (!splits.length && (coreWords(text).length >= 2 || /^\p{Lu}{2,6}$/u.test(text)))
      add(`Add “${text}” as an alias of ${other.name} (every article)`, addAlias(file, other, text));
  }
  // Each split undone by removing its entry.
  for (const fix of splits)
    add(
      fix.occurrence === null ? `Link “${text}” in this article back to ${fix.not}` : `Link this “${text}” back to ${fix.not}`,
      changeKnowledgeItems(file, 'mentions', (item) => (sameFix(item, fix) ? null : undefined)),
    );
  if (entity.articles > 1 || sameHere > occurrences(ws.get(uri)!.text, text).length)
    add(`“${text}” in this article is not ${entity.name}`, appendKnowledge(file, 'mentions', { article, text, not: entity.name }));
  if (sameHere > 1 && occurrence > 0) add(`Split this “${text}” off ${entity.name} (this mention only)`, appendKnowledge(file, 'mentions', { article, text, occurrence, not: entity.name }));
  add(`Never treat “${text}” as an entity`, appendKnowledge(file, 'notEntities', text));
  const target = { id: entity.id, name: entity.name, type: entity.type };
  actions.push(
    { title: `Change the type of ${entity.name} (now ${entity.type})…`, kind: CodeActionKind.Refactor, command: { title: 'Change type', command: 'byline.changeType', arguments: [target] } },
    { title: `Merge ${entity.name} with another entity…`, kind: CodeActionKind.Refactor, command: { title: 'Merge', command: 'byline.merge', arguments: [target] } },
  );
  return actions;
}

/** Whether a byline.yaml `mentions` item (as written) is the correction `fix`. */
function sameFix(item: unknown, fix: MentionCorrection): boolean {
  const m = readMention(item);
  return m.article === fix.article && m.text === fix.text && m.occurrence === fix.occurrence && m.entity === fix.entity && m.not === fix.not;
}

function addAlias(file: KnowledgeFile, e: GlobalEntity, alias: string): WorkspaceEdit | null {
  return editEntry(file, e, (entry) => {
    entry.aliases = [...new Set([...(entry.aliases ?? []), alias])];
  });
}

export interface CorrectRequest {
  action: 'type' | 'merge' | 'never' | 'rename';
  id: string;
  /** The new type, the id of the entity to merge into, or the new name. */
  value?: string;
}

/** The `byline/correct` request: the byline.yaml edit for an action on a whole entity, or null. */
export function correctEntity(ws: Workspace, req: CorrectRequest, file: KnowledgeFile): WorkspaceEdit | null {
  const e = ws.graph.get(req.id);
  if (!e) return null;
  switch (req.action) {
    case 'type':
      if (!TYPES.includes(req.value as EntityType)) return null;
      return editEntry(file, e, (entry) => {
        entry.type = req.value;
      });
    case 'merge': {
      const into = req.value ? ws.graph.get(req.value) : null;
      if (!into || into.id === e.id) return null;
      // Mentions split off into an entity of their own: exactly those mentions join the other
      // entity (an alias would pull in every other mention spelled so, in every article).
      const own = ownKeys(ws, e);
      if (own.size)
        return changeKnowledgeItems(file, 'mentions', (item) => {
          const fix = ws.getKnowledge().mentions.find((f) => f.not && own.has(ownKey(f.article, f.text)) && sameFix(item, f));
          return fix ? { article: fix.article, text: fix.text, ...(fix.occurrence === null ? {} : { occurrence: fix.occurrence }), entity: into.name } : undefined;
        });
      return addAlias(file, into, e.name);
    }
    case 'never':
      return appendKnowledge(file, 'notEntities', e.name);
    case 'rename':
      return req.value ? rename(e, req.value, file) : null;
  }
  return null;
}

/** The link keys of an entity's mentions that were split off into an entity of their own. */
function ownKeys(ws: Workspace, e: GlobalEntity): Set<string> {
  const keys = new Set<string>();
  for (const ref of e.refs) {
    const link = ws.analysis(ref.uri)?.entities[ref.local]?.link;
    if (link?.startsWith('u:')) keys.add(link);
  }
  return keys;
}

/** The `byline/similar` request: the entities to offer for a merge, plausible ones first. */
export function mergeCandidates(ws: Workspace, id: string): { id: string; name: string; type: string; mentions: number; plausible: boolean }[] {
  const e = ws.graph.get(id);
  if (!e) return [];
  const plausible = plausibleEntities(ws, e.name, e.type, e.id, 10);
  const rest = [...ws.graph.ids()]
    .flatMap((i) => (i === id || plausible.some((p) => p.id === i) ? [] : [ws.graph.get(i)!]))
    .filter((x) => x && x.type === e.type)
    .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
  return [...plausible.map((x) => ({ x, plausible: true })), ...rest.map((x) => ({ x, plausible: false }))].map(({ x, plausible: p }) => ({ id: x.id, name: x.name, type: x.type, mentions: x.mentions, plausible: p }));
}
