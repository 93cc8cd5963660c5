// The user's corrections (byline.yaml) applied to one article's analysis before anything reads it:
// phrases that are never entities lose their mentions, and the mentions a correction names move to
// the entity it names (or to one of their own). Every view — hover, colours, outline, references,
// the Entities view — reads the corrected analysis, so a correction shows everywhere at once, and
// it touches exactly the mentions it names.

import type { ArticleAnalysis, EntityType, LocalEntity, Mention } from '../core/types';
import type { KnownEntity, MentionCorrection } from './knowledge';

/** Offsets where `text` occurs in `article` as whole words. */
export function occurrences(article: string, text: string): number[] {
  const out: number[] = [];
  const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = article.indexOf(text); at >= 0; at = article.indexOf(text, at + 1))
    if (!word(article[at - 1]) && !word(article[at + text.length])) out.push(at);
  return out;
}

/** The link key that keeps mentions split off from an entity apart from every other article. */
export const ownKey = (article: string, text: string): string => `u:${article}#${text.toLowerCase()}`;

/**
 * `a` with the corrections applied (`a` itself when none applies). `never` holds lower-case
 * phrases that are never entities; `known` gives the type of an entity a correction names.
 */
export function correct(a: ArticleAnalysis, text: string, article: string, fixes: MentionCorrection[], never: Set<string>, known: KnownEntity[]): ArticleAnalysis {
  if (!fixes.length && !never.size) return a;
  /** Per mention: its new group (an index into `groups`), or -1 to drop it, or undefined to keep it. */
  const moved = new Map<number, number>();
  const groups: { name: string; type: EntityType | null; link: string | null; spans: { start: number; end: number }[] }[] = [];
  if (never.size)
    a.mentions.forEach((m, i) => {
      if (never.has(m.text.toLowerCase()) || never.has(a.entities[m.local].name.toLowerCase())) moved.set(i, -1);
    });
  for (const fix of fixes) {
    const found = occurrences(text, fix.text);
    const chosen = fix.occurrence === null ? found : found.slice(fix.occurrence - 1, fix.occurrence);
    if (!chosen.length) continue;
    const name = fix.entity ?? fix.text;
    const type = fix.entity ? (known.find((k) => k.name === fix.entity || k.aliases.includes(fix.entity!))?.type ?? null) : null;
    const link = fix.entity ? null : ownKey(article, fix.text);
    let g = groups.findIndex((x) => x.name === name && x.link === link);
    if (g < 0) g = groups.push({ name, type, link, spans: [] }) - 1;
    for (const start of chosen) {
      const end = start + fix.text.length;
      // The mention of exactly these words (or one inside them): "Farouk" names neither
      // "Omar Farouk" nor, in "Farouk's", more than the name.
      const hit = a.mentions.findIndex((m) => m.start >= start && m.end <= end);
      if (hit >= 0) moved.set(hit, g);
      // Words the recogniser missed become a mention when the user names their entity.
      else if (fix.entity && !a.mentions.some((m) => m.start < end && start < m.end)) groups[g].spans.push({ start, end });
    }
  }
  if (!moved.size && !groups.some((g) => g.spans.length)) return a;

  // The mentions: kept ones keep their entity for now, moved ones go to their group.
  const GROUP = a.entities.length;
  const mentions: (Mention & { was: number })[] = [];
  a.mentions.forEach((m, i) => {
    const g = moved.get(i);
    if (g === -1) return;
    mentions.push({ ...m, local: g === undefined ? m.local : GROUP + g, was: i });
  });
  groups.forEach((g, i) => {
    for (const s of g.spans) if (!mentions.some((m) => m.start < s.end && s.start < m.end)) mentions.push({ ...s, text: text.slice(s.start, s.end), type: g.type ?? 'other', local: GROUP + i, was: -1 });
  });
  mentions.sort((x, y) => x.start - y.start);

  // The entities: the old ones that keep a mention, then the groups, renumbered.
  const members = new Map<number, number[]>();
  mentions.forEach((m, i) => members.set(m.local, [...(members.get(m.local) ?? []), i]));
  const renumber = new Map<number, number>();
  const entities: LocalEntity[] = [];
  a.entities.forEach((e, local) => {
    const mine = members.get(local);
    if (!mine) return;
    renumber.set(local, entities.length);
    const spellings = new Set(mine.map((i) => mentions[i].text));
    const first = mine.some((i) => mentions[i].start === e.first.start) ? e.first : { start: mentions[mine[0]].start, end: mentions[mine[0]].end };
    entities.push({ ...e, first, mentions: mine, aliases: e.aliases.filter((s) => spellings.has(s)) });
  });
  groups.forEach((g, i) => {
    const mine = members.get(GROUP + i);
    if (!mine) return;
    renumber.set(GROUP + i, entities.length);
    // The type of the entity named, else the one the recogniser gave most of these mentions.
    const type = g.type ?? mentions[mine[0]].type;
    const entity: LocalEntity = {
      name: g.name,
      type,
      aliases: [...new Set([g.name, ...mine.map((i) => mentions[i].text)])],
      first: { start: mentions[mine[0]].start, end: mentions[mine[0]].end },
      mentions: mine,
      descriptions: [],
      partial: false,
    };
    if (g.link) entity.link = g.link;
    entities.push(entity);
  });
  const local = (old: number | null): number | null => (old === null ? null : (renumber.get(old) ?? null));
  return {
    ...a,
    mentions: mentions.map(({ was: _was, ...m }) => ({ ...m, local: renumber.get(m.local)!, type: m.local >= GROUP ? entities[renumber.get(m.local)!].type : m.type })),
    entities,
    quotes: a.quotes.map((q) => {
      if (!q.speaker || q.speaker.local === null) return q;
      // A speaker follows its mention when the mention moved.
      const at = mentions.find((m) => m.start < q.speaker!.end && q.speaker!.start < m.end);
      const next = at ? renumber.get(at.local)! : local(q.speaker.local);
      return next === q.speaker.local ? q : { ...q, speaker: next === null ? { ...q.speaker, kind: 'unknown', local: null } : { ...q.speaker, local: next } };
    }),
    figures: a.figures.map((f) => ({ ...f, source: local(f.source), places: f.places.flatMap((p) => local(p) ?? []) })),
  };
}
