// The knowledge file `byline.yaml`: what the user knows better than the analysis. Parsed safely
// (no custom tags, bounded aliases and size); errors carry offsets so the server can show them
// in the YAML file, and the last good version stays in force.

import { isMap, isSeq, parseDocument } from 'yaml';
import type { EntityType } from '../core/types';
import { globProblem } from './globs';

export interface KnownEntity {
  name: string;
  type: EntityType | null;
  aliases: string[];
  description: string | null;
  ids: Record<string, string>;
  /** Where the entry's name is written in byline.yaml, for Go to Definition. */
  start: number;
  end: number;
}

export interface Acknowledgement {
  /** The stable key of the contradiction (see contradictions.ts). */
  key: string;
  note: string | null;
}

/**
 * A correction of some mentions of one article: what the user says about exactly those mentions,
 * never about the same spelling elsewhere.
 */
export interface MentionCorrection {
  /** The article, as a path relative to the folder of byline.yaml. */
  article: string;
  /** The words as the article writes them. */
  text: string;
  /** Which occurrence of `text` in the article (1 = the first); null: every occurrence. */
  occurrence: number | null;
  /** The entity these mentions are (by its name), or null when `not` is given. */
  entity: string | null;
  /** The entity these mentions are not: they become an entity of their own. */
  not: string | null;
}

export interface Knowledge {
  entities: KnownEntity[];
  /** Corrections of single articles' mentions. */
  mentions: MentionCorrection[];
  /** Pairs of names that are never the same entity. */
  distinct: [string, string][];
  /** Phrases that are never entities. */
  notEntities: string[];
  /** Globs of article files; empty means the default. */
  articles: string[];
  exclude: string[];
  acknowledged: Acknowledgement[];
}

/** A `mentions` entry as written, its fields trimmed, unchecked (null where missing). */
export function readMention(m: unknown): { article: string | null; text: string | null; occurrence: number | null; entity: string | null; not: string | null } {
  const r = (m && typeof m === 'object' ? m : {}) as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const occurrence = r.occurrence === undefined || r.occurrence === null ? null : Number(r.occurrence);
  return { article: str(r.article), text: str(r.text), occurrence, entity: str(r.entity), not: str(r.not) };
}

export interface KnowledgeProblem {
  message: string;
  start: number;
  end: number;
}

export const EMPTY_KNOWLEDGE: Knowledge = { entities: [], mentions: [], distinct: [], notEntities: [], articles: [], exclude: [], acknowledged: [] };

/** Larger files are refused: a knowledge file is written by hand. */
export const MAX_KNOWLEDGE_BYTES = 1 << 20;
const TYPES = new Set(['person', 'organization', 'place', 'group', 'other']);
const TOP_KEYS = new Set(['entities', 'mentions', 'distinct', 'notEntities', 'articles', 'exclude', 'acknowledged']);

/** Deeper nesting is refused before parsing: the parser recurses, and a stack overflow there can kill the process. */
const MAX_DEPTH = 64;

/** Offset where nesting first exceeds MAX_DEPTH (flow brackets, or block indentation and indicators), or -1. */
function tooDeep(text: string): number {
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      block = 0;
      quote = ''; // a quoted scalar may span lines, but counting it as closed only errs towards parsing
      continue;
    }
    if (lineStart) {
      // Indentation and "- ", "? ", ": " indicators each open a block level.
      if (c === ' ' || ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\n'))) {
        if (++block > 4 * MAX_DEPTH) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++flow > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return -1;
}

export function parseKnowledge(text: string): { knowledge: Knowledge | null; problems: KnowledgeProblem[] } {
  if (text.length > MAX_KNOWLEDGE_BYTES) return { knowledge: null, problems: [{ message: `byline.yaml is larger than ${MAX_KNOWLEDGE_BYTES} bytes; it is ignored.`, start: 0, end: 0 }] };
  const deep = tooDeep(text);
  if (deep >= 0) return { knowledge: null, problems: [{ message: `byline.yaml is nested more than ${MAX_DEPTH} levels deep; it is ignored.`, start: deep, end: deep + 1 }] };
  // resolveKnownTags: false leaves !!binary, !!set, !!omap… unresolved, so they are refused below like any custom tag.
  const doc = parseDocument(text, { customTags: [], prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  const problems: KnowledgeProblem[] = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].map((e) => ({
    message: e.code === 'TAG_RESOLVE_FAILED' ? `Custom tags are not allowed: ${e.message.split(' at line')[0].replace('Unresolved tag: ', '')}` : e.message.split('\n')[0],
    start: e.pos[0],
    end: e.pos[1],
  }));
  if (problems.length) return { knowledge: null, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { knowledge: null, problems: [{ message: `byline.yaml: ${(e as Error).message}`, start: 0, end: Math.min(text.length, 1) }] };
  }
  if (data === null || data === undefined) return { knowledge: EMPTY_KNOWLEDGE, problems };
  const at = (path: (string | number)[]): [number, number] => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? [node.range[0], node.range[1]] : [0, 0];
  };
  const problem = (path: (string | number)[], message: string): void => {
    const [start, end] = at(path);
    problems.push({ message, start, end });
  };
  if (!isMap(doc.contents) || typeof data !== 'object' || Array.isArray(data)) {
    problem([], 'byline.yaml must be a mapping with keys such as entities, mentions, distinct, notEntities, articles, exclude, acknowledged.');
    return { knowledge: null, problems };
  }
  const root = data as Record<string, unknown>;
  for (const k of Object.keys(root)) if (!TOP_KEYS.has(k)) problem([k], `Unknown key "${k}". Expected one of: ${[...TOP_KEYS].join(', ')}.`);

  const strings = (key: string): string[] => {
    const v = root[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !isSeq(doc.get(key))) {
      problem([key], `"${key}" must be a list of strings.`);
      return [];
    }
    return v.flatMap((x, i) => (typeof x === 'string' && x.trim() ? [x.trim()] : (problem([key, i], `"${key}" entries must be non-empty strings.`), [])));
  };

  const entities: KnownEntity[] = [];
  const rawEntities = root.entities ?? [];
  if (!Array.isArray(rawEntities)) problem(['entities'], '"entities" must be a list.');
  else
    rawEntities.forEach((e, i) => {
      if (typeof e !== 'object' || e === null || typeof (e as { name?: unknown }).name !== 'string' || !(e as { name: string }).name.trim()) {
        problem(['entities', i], 'Each entity needs a "name" (a string).');
        return;
      }
      const r = e as Record<string, unknown>;
      const type = r.type === undefined ? null : String(r.type);
      if (type !== null && !TYPES.has(type)) problem(['entities', i, 'type'], `Unknown type "${type}": use person, organization, place, group or other.`);
      const aliases = Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
      if (r.aliases !== undefined && !Array.isArray(r.aliases)) problem(['entities', i, 'aliases'], '"aliases" must be a list of strings.');
      const ids: Record<string, string> = {};
      if (r.ids && typeof r.ids === 'object') for (const [k, v] of Object.entries(r.ids)) ids[k] = String(v);
      const [start, end] = at(['entities', i, 'name']);
      entities.push({
        start,
        end,
        name: (r.name as string).trim(),
        type: type !== null && TYPES.has(type) ? (type as EntityType) : null,
        aliases,
        description: typeof r.description === 'string' ? r.description : null,
        ids,
      });
    });

  const distinct: [string, string][] = [];
  const rawDistinct = root.distinct ?? [];
  if (!Array.isArray(rawDistinct)) problem(['distinct'], '"distinct" must be a list of pairs of names.');
  else
    rawDistinct.forEach((p, i) => {
      if (Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string')) distinct.push([p[0], p[1]]);
      else problem(['distinct', i], 'Each "distinct" entry is a pair of names: [Name A, Name B].');
    });

  const mentions: MentionCorrection[] = [];
  const rawMentions = root.mentions ?? [];
  if (!Array.isArray(rawMentions)) problem(['mentions'], '"mentions" must be a list.');
  else
    rawMentions.forEach((m, i) => {
      const { article, text, occurrence, entity, not } = readMention(m);
      if (!article || !text) problem(['mentions', i], 'Each "mentions" entry needs an "article" (a path) and a "text" (the words as written).');
      else if (!entity === !not) problem(['mentions', i], 'Each "mentions" entry says either which "entity" the words are, or which one they are "not".');
      else if (occurrence !== null && !(Number.isInteger(occurrence) && occurrence >= 1)) problem(['mentions', i, 'occurrence'], '"occurrence" is a whole number from 1 (the first time the words appear).');
      else mentions.push({ article, text, occurrence, entity, not });
    });

  const acknowledged: Acknowledgement[] = [];
  const rawAck = root.acknowledged ?? [];
  if (!Array.isArray(rawAck)) problem(['acknowledged'], '"acknowledged" must be a list.');
  else
    rawAck.forEach((a, i) => {
      const r = a as Record<string, unknown> | null;
      if (r && typeof r === 'object' && typeof r.key === 'string') acknowledged.push({ key: r.key, note: typeof r.note === 'string' ? r.note : null });
      else problem(['acknowledged', i], 'Each acknowledgement needs a "key" (as written by the Acknowledge quick fix).');
    });

  const globs = (key: string): string[] =>
    strings(key).filter((g, i) => {
      const p = globProblem(g);
      if (p) problem([key, i], `${p} It is ignored.`);
      return !p;
    });
  return { knowledge: { entities, mentions, distinct, notEntities: strings('notEntities'), articles: globs('articles'), exclude: globs('exclude'), acknowledged }, problems };
}
