// Cross-article entity graph. Every local entity gets a link key computed from its own article
// alone (a spelling-tolerant key of its fullest name), so adding or removing an article only
// touches that article's keys. What needs the whole workspace — a bare surname or an acronym
// resolving to the one full name that has it, aliases from byline.yaml — is resolved lazily and
// cached until the next change.

import { coreWords, foldWord, initials, nameKey, rankSpellings } from '../core/names';
import type { ArticleAnalysis, EntityType, LocalEntity } from '../core/types';
import type { Knowledge, KnownEntity } from './knowledge';

export interface Ref {
  uri: string;
  local: number;
}

export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  refs: Ref[];
  articles: number;
  mentions: number;
  /** Its byline.yaml entry, if any. */
  known: KnownEntity | null;
}

/** Well-known equivalences that articles rarely spell out. */
const BUILTIN_ALIASES: [string, string[]][] = [
  ['Islamic State', ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria']],
  ['United Nations', ['UN', 'U.N.']],
  ['United States', ['US', 'U.S.', 'USA', 'United States of America']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain']],
  ['European Union', ['EU', 'E.U.']],
];

const isAcronym = (s: string): boolean => /^\p{Lu}{2,6}$/u.test(s);

/**
 * The key an entity has from its own article. Names of two or more words share one spelling-
 * tolerant key whatever their type, since recognisers disagree on types more than on names;
 * one-word names keep persons (a bare surname, resolved later) apart from other things.
 */
export function localKey(e: LocalEntity): string {
  return keyOf(e.name, e.type === 'person')[0];
}

const surnameOf = (key: string): string => key.slice(key.indexOf(':') + 1).split(' ').pop()!;

/** The keys a name stands for; the first is its own key, the second one a bare surname may have. */
function keyOf(name: string, person: boolean): string[] {
  if (isAcronym(name)) return [`a:${name}`];
  if (coreWords(name).length >= 2) return person ? [`m:${nameKey(name, true)}`, `p?:${nameKey(name, true)}`] : [`m:${nameKey(name, true)}`];
  return [person ? `p?:${nameKey(name, true)}` : `n:${nameKey(name, false)}`];
}

export class EntityGraph {
  /** link key → article uri → local indices */
  private members = new Map<string, Map<string, number[]>>();
  /** folded surname → full person keys → number of articles */
  private surnames = new Map<string, Map<string, number>>();
  /** acronym → expansion keys → number of articles, and the reverse */
  private acronyms = new Map<string, Map<string, number>>();
  private acronymsOf = new Map<string, Map<string, number>>();
  /** folded word → one-word non-person keys, which may be a surname the recogniser mistyped */
  private singles = new Map<string, Map<string, number>>();
  private aliasOf = new Map<string, string>();
  private aliasesTo = new Map<string, string[]>();
  /** byline.yaml entries by entity id. */
  private known = new Map<string, KnownEntity>();
  private distinct = new Set<string>();
  private notEntities = new Set<string>();
  private resolved = new Map<string, string>();
  private entities = new Map<string, GlobalEntity>();
  private keysOf = new Map<string, string[]>();
  private analyses = new Map<string, ArticleAnalysis>();

  constructor() {
    this.setKnowledge(null);
  }

  setKnowledge(k: Knowledge | null): void {
    this.aliasOf.clear();
    this.aliasesTo.clear();
    this.known.clear();
    this.distinct.clear();
    this.notEntities = new Set((k?.notEntities ?? []).map((s) => s.toLowerCase()));
    const alias = (canonical: string, names: string[], person: boolean): void => {
      const [target] = keyOf(canonical, person);
      for (const n of names)
        for (const key of keyOf(n, person)) {
          if (key === target) continue;
          this.aliasOf.set(key, target);
          this.aliasesTo.set(target, [...(this.aliasesTo.get(target) ?? []), key]);
        }
    };
    for (const [name, aliases] of BUILTIN_ALIASES) alias(name, aliases, false);
    for (const e of k?.entities ?? []) {
      alias(e.name, e.aliases, e.type === 'person');
      this.known.set(keyOf(e.name, e.type === 'person')[0], e);
    }
    for (const [a, b] of k?.distinct ?? []) for (const x of [...keyOf(a, true), ...keyOf(a, false)]) for (const y of [...keyOf(b, true), ...keyOf(b, false)]) this.distinct.add(`${x}\u0000${y}`).add(`${y}\u0000${x}`);
    this.changed();
  }

  /** Replaces an article's contribution (analysis null removes it). Returns the entity ids touched. */
  set(uri: string, analysis: ArticleAnalysis | null): void {
    for (const key of this.keysOf.get(uri) ?? []) this.unlink(uri, key);
    this.keysOf.delete(uri);
    this.analyses.delete(uri);
    if (analysis) {
      this.analyses.set(uri, analysis);
      const keys: string[] = [];
      analysis.entities.forEach((e, i) => {
        const key = localKey(e);
        let byUri = this.members.get(key);
        if (!byUri) this.members.set(key, (byUri = new Map()));
        const locals = byUri.get(uri);
        if (locals) locals.push(i);
        else {
          byUri.set(uri, [i]);
          keys.push(key);
          this.count(key, e, +1);
        }
      });
      this.keysOf.set(uri, keys);
    }
    this.changed();
  }

  private unlink(uri: string, key: string): void {
    const byUri = this.members.get(key);
    const locals = byUri?.get(uri);
    if (!byUri || !locals) return;
    this.count(key, this.analyses.get(uri)!.entities[locals[0]], -1);
    byUri.delete(uri);
    if (!byUri.size) this.members.delete(key);
  }

  private count(key: string, e: LocalEntity, delta: number): void {
    if (key.startsWith('m:') && e.type === 'person') bump(this.surnames, surnameOf(key), key, delta);
    if (key.startsWith('n:') && !key.includes(' ')) bump(this.singles, foldWord(key.slice(2)), key, delta);
    if (key.startsWith('m:'))
      for (const a of e.aliases)
        if (isAcronym(a) && initials(e.name) === a) {
          bump(this.acronyms, a, key, delta);
          bump(this.acronymsOf, key, a, delta);
        }
  }

  private changed(): void {
    this.resolved.clear();
    this.entities.clear();
  }

  /** The entity id a local key belongs to. */
  resolve(key: string): string {
    let r = this.resolved.get(key);
    if (r !== undefined) return r;
    r = this.aliasOf.get(key) ?? key;
    if (r === key && key.startsWith('p?:')) r = this.dominant(this.surnames.get(surnameOf(key))) ?? this.thingFor(key) ?? key;
    if (r === key && key.startsWith('a:')) r = this.dominant(this.acronyms.get(key.slice(2))) ?? key;
    if (r === key && key.startsWith('n:') && !key.includes(' ')) r = this.surnameFor(key) ?? key;
    r = this.aliasOf.get(r) ?? r;
    if (this.distinct.has(`${key}\u0000${r}`)) r = key;
    this.resolved.set(key, r);
    return r;
  }

  /**
   * A one-word name typed as a place or organisation where the workspace knows a person with that
   * surname from more articles than the word itself appears in ("Alloush" alone in a headline):
   * then the person is meant. "Jordan", a place in many articles, stays a place.
   */
  private surnameFor(key: string): string | undefined {
    const person = this.dominant(this.surnames.get(foldWord(key.slice(2))));
    if (!person) return undefined;
    return this.surnames.get(foldWord(key.slice(2)))!.get(person)! > (this.members.get(key)?.size ?? 0) ? person : undefined;
  }

  /** The converse: a lone word typed as a person where the workspace knows it, more often, as a place or organisation ("Damascus"). */
  private thingFor(key: string): string | undefined {
    const candidates = this.singles.get(key.slice(3));
    const thing = this.dominant(candidates);
    return thing && candidates!.get(thing)! > (this.members.get(key)?.size ?? 0) ? thing : undefined;
  }

  /** The candidate that at least three quarters of the articles agree on. */
  private dominant(candidates: Map<string, number> | undefined): string | undefined {
    if (!candidates) return undefined;
    let best: string | undefined;
    let bestN = 0;
    let total = 0;
    for (const [k, n] of candidates) {
      total += n;
      if (n > bestN || (n === bestN && best !== undefined && k < best)) [best, bestN] = [k, n];
    }
    return bestN * 4 >= total * 3 ? best : undefined;
  }

  idOf(uri: string, local: number): string | null {
    const a = this.analyses.get(uri);
    const e = a?.entities[local];
    if (!e || this.notEntities.has(e.name.toLowerCase())) return null;
    return this.resolve(localKey(e));
  }

  /** Every local key that resolves to `id`. */
  private keysResolvingTo(id: string): string[] {
    const out = new Set<string>([id]);
    for (const k of this.aliasesTo.get(id) ?? []) out.add(k);
    if (id.startsWith('m:')) {
      out.add(`p?:${surnameOf(id)}`);
      for (const single of this.singles.get(surnameOf(id))?.keys() ?? []) out.add(single);
    }
    if (id.startsWith('n:')) out.add(`p?:${foldWord(id.slice(2))}`);
    if (id.startsWith('m:')) for (const a of this.acronymsOf.get(id)?.keys() ?? []) out.add(`a:${a}`);
    for (const k of [...out]) for (const alias of this.aliasesTo.get(k) ?? []) out.add(alias);
    return [...out].filter((k) => this.members.has(k) && this.resolve(k) === id);
  }

  get(id: string): GlobalEntity | null {
    const cached = this.entities.get(id);
    if (cached) return cached;
    const refs: Ref[] = [];
    for (const key of this.keysResolvingTo(id)) for (const [uri, locals] of this.members.get(key)!) for (const local of locals) refs.push({ uri, local });
    if (!refs.length) return null;
    const spellings = new Map<string, number>();
    const types = new Map<EntityType, number>();
    const uris = new Set<string>();
    let mentions = 0;
    for (const r of refs) {
      const e = this.analyses.get(r.uri)!.entities[r.local];
      uris.add(r.uri);
      mentions += e.mentions.length;
      types.set(e.type, (types.get(e.type) ?? 0) + e.mentions.length);
      for (const i of e.mentions) {
        const t = this.analyses.get(r.uri)!.mentions[i].text;
        spellings.set(t, (spellings.get(t) ?? 0) + 1);
      }
    }
    const ranked = rankSpellings(spellings);
    const entity: GlobalEntity = {
      id,
      name: this.known.get(id)?.name ?? ranked[0],
      known: this.known.get(id) ?? null,
      type: [...types.entries()].sort((a, b) => b[1] - a[1])[0][0],
      aliases: ranked,
      refs: refs.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.local - b.local)),
      articles: uris.size,
      mentions,
    };
    this.entities.set(id, entity);
    return entity;
  }

  /** All entity ids, for listings and workspace symbols. */
  *ids(): Iterable<string> {
    const seen = new Set<string>();
    for (const key of this.members.keys()) {
      const id = this.resolve(key);
      if (!seen.has(id)) {
        seen.add(id);
        yield id;
      }
    }
  }

}

function bump(index: Map<string, Map<string, number>>, k: string, value: string, delta: number): void {
  let m = index.get(k);
  if (!m) index.set(k, (m = new Map()));
  const n = (m.get(value) ?? 0) + delta;
  if (n > 0) m.set(value, n);
  else m.delete(value);
  if (!m.size) index.delete(k);
}
