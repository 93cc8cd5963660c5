// Cross-article entity graph. Every local entity gets a link key computed from its own article
// alone (a spelling-tolerant key of its fullest name), so adding or removing an article only
// touches that article's keys. What needs the whole workspace — a bare surname or an acronym
// resolving to the one full name that has it, aliases from byline.yaml — is resolved lazily and
// cached until the next change.

import { coreWords, initials, isCompanyName, nameCore, nameKey, rankSpellings, WELL_KNOWN, withoutNickname } from '../core/names';
import { firstAtLeast, upperBound } from '../core/text';
import type { ArticleAnalysis, Description, EntityType, LocalEntity, Quote } from '../core/types';
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
  /** Every local entity it gathers, by article. */
  readonly refs: Ref[];
  /** The articles that describe or quote it, in article order. */
  readonly notes: Notes[];
  articles: number;
  mentions: number;
  /** Its byline.yaml entry, if any. */
  known: KnownEntity | null;
}

const isAcronym = (s: string): boolean => /^\p{Lu}{2,6}$/u.test(s);

/** "m:b a" for "m:a b", a name key of exactly two words; null for others. */
function reversedKey(key: string): string | null {
  const space = key.indexOf(' ');
  if (!key.startsWith('m:') || space < 0 || key.indexOf(' ', space + 1) >= 0) return null;
  return `m:${key.slice(space + 1)} ${key.slice(2, space)}`;
}

/**
 * The key an entity has from its own article. Names of two or more words share one spelling-
 * tolerant key whatever their type, since recognisers disagree on types more than on names;
 * one-word names keep persons (a bare surname, resolved later) apart from other things.
 */
export function localKey(e: LocalEntity): string {
  if (e.link) return e.link;
  // A place's name in capitals ("GENEVA" in a dateline) is not an acronym; place acronyms are short ("US", "UAE").
  if (e.type === 'place' && e.name.length > 4 && isAcronym(e.name)) return `n:${nameKey(e.name, false)}`;
  const person = e.type === 'person';
  const memo = person ? personKeys : otherKeys;
  let key = memo.get(e.name);
  if (key === undefined) {
    // Names recur across a corpus; bounded, and the key depends on the name alone.
    if (memo.size > 100_000) memo.clear();
    memo.set(e.name, (key = keyOf(e.name, person)[0]));
  }
  return key;
}
const personKeys = new Map<string, string>();
const otherKeys = new Map<string, string>();

/**
 * A name's last core word as written, without diacritics ("Dvořák" → "dvorak"). A bare surname joins
 * a full name from another article only on this exact word: the spelling-tolerant fold joins
 * "Zoabi" and "Zoubi" but also "Dem", "Dome" and "Douma", so across articles it needs the
 * evidence of a second word (a full name's key) or a byline.yaml alias.
 */
const surnameOf = (name: string): string => nameCore(name).words.at(-1) ?? '';

/**
 * The first of the two core words of a person's name under a key, as written without diacritics
 * ("Dozie Nwankwo" → "dozie"), or ''. Of the spelling most mentioned, then first alphabetically:
 * never the spelling of whichever article came first, which made the answer depend on the order
 * articles were opened in (a server fuzz run found it).
 */
function givenName(stats: KeyStats | undefined): string {
  if (!stats || (stats.types.get('person') ?? 0) * 2 <= stats.mentions) return '';
  let best = '';
  let bestN = 0;
  for (const [spelling, n] of stats.spellings) {
    if (n < bestN || (n === bestN && spelling > best)) continue;
    if (nameCore(spelling).words.length === 2) [best, bestN] = [spelling, n];
  }
  return best && nameCore(best).words[0];
}

/** Words that join the parts of a name, which a shorter name neither starts nor ends with. */
const JOINING = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'de']);

/**
 * The keys of the shorter names an organisation's name of three or more words starts or ends with,
 * of two or more words: "National Seed Supply Agency" → "Seed Supply Agency", "Supply Agency",
 * "National Seed"… Not a place qualifying the name ("of Varnia" in "Ministry of Health of Varnia").
 */
function subnames(name: string): string[] {
  const { words, folded } = nameCore(name);
  if (words.length < 3) return [];
  const out: string[] = [];
  for (let n = 2; n < words.length; n++) {
    if (!JOINING.has(words[n - 1]) && words[n] !== 'of') out.push(`m:${folded.slice(0, n).join(' ')}`);
    if (!JOINING.has(words[words.length - n])) out.push(`m:${folded.slice(words.length - n).join(' ')}`);
  }
  return out;
}

/**
 * The key of a name of two or more words before "of" and a place of one or two words: "Ministry of
 * Health of Valmora" → "Ministry of Health", "Electoral Commission of Nova Kell" → "Electoral Commission".
 */
function unqualified(key: string): string | undefined {
  const at = key.lastIndexOf(' of ');
  const space = key.indexOf(' ', at + 4);
  return at > 2 && (space < 0 || key.indexOf(' ', space + 1) < 0) && key.lastIndexOf(' ', at - 1) > 2 ? key.slice(0, at) : undefined;
}

/** The keys a name stands for; the first is its own key, the second one a bare surname may have. */
function keyOf(name: string, person: boolean): string[] {
  if (isAcronym(name)) return [`a:${name}`];
  if (coreWords(name).length >= 2) return person ? [`m:${nameKey(name, true)}`, `p?:${surnameOf(name)}`] : [`m:${nameKey(name, true)}`];
  return [person ? `p?:${surnameOf(name)}` : `n:${nameKey(name, false)}`];
}

/** What one link key gathers from all articles, kept up to date by difference. */
interface KeyStats {
  /** article uri → local entity indices */
  uris: Map<string, number[]>;
  /** The same uris, sorted: locations come out in order without sorting thousands of them. */
  order: string[];
  /** spelling → mentions */
  spellings: Map<string, number>;
  /** spelling → articles that write it */
  spellingArticles: Map<string, number>;
  /** type → mentions */
  types: Map<EntityType, number>;
  mentions: number;
  /** Articles that describe or quote it: few, so that a hover never visits all its articles. */
  notes: Map<string, Notes>;
  /** Its best introduction (see `better`); undefined when it must be found again. */
  intro: Intro | null | undefined;
}

/** What one article says about an entity: its descriptions there and the quotes it speaks. */
export interface Notes {
  uri: string;
  descriptions: Description[];
  quotes: Quote[];
}

/** A local entity as a candidate for where an entity is defined. */
interface Intro extends Ref {
  words: number;
  date: string;
}

/** The most complete name first, then the earliest article date (undated last), then path and order. */
const better = (words: number, date: string, uri: string, local: number, b: Intro | null | undefined): boolean =>
  !b || words > b.words || (words === b.words && (date < b.date || (date === b.date && (uri < b.uri || (uri === b.uri && local < b.local)))));

/** `current`, or local entity `local` of article `a` where it is a better introduction. */
function intro(uri: string, a: ArticleAnalysis, local: number, current: Intro | null | undefined): Intro | null | undefined {
  const name = a.entities[local].name;
  let words = 0;
  for (let i = 0; i < name.length; i++) if (!isSpace(name.charCodeAt(i)) && (i === 0 || isSpace(name.charCodeAt(i - 1)))) words++;
  const date = a.date ?? '9999';
  return better(words, date, uri, local, current) ? { uri, local, words, date } : current;
}

const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || (c >= 9 && c <= 13);

/** Every key's spellings, lower-case, one per line: a block per key, and all blocks in one string. */
interface SearchText {
  text: string;
  starts: number[];
  keys: string[];
  blocks: string[];
}

/** Characters after which a query matches the start of a word. */
const WORD_STARTS = [' ', '-', '\u00a0'];

export class EntityGraph {
  private members = new Map<string, KeyStats>();
  /** surname (surnameOf) → full person keys → number of articles, and the reverse */
  private surnames = new Map<string, Map<string, number>>();
  private surnamesOf = new Map<string, Map<string, number>>();
  /** first name → full person keys → number of articles, and the reverse */
  private firstNames = new Map<string, Map<string, number>>();
  private firstNamesOf = new Map<string, Map<string, number>>();
  /** Keys whose resolution read counts changed since the last invalidation. */
  private pending = new Set<string>();
  /** acronym → expansion keys → number of articles, and the reverse */
  private acronyms = new Map<string, Map<string, number>>();
  private acronymsOf = new Map<string, Map<string, number>>();
  /** shorter name key (subnames) → organisation keys that extend it → number of articles, and the reverse */
  private extensions = new Map<string, Map<string, number>>();
  private extensionsOf = new Map<string, Map<string, number>>();
  /** organisation key → the keys of its name qualified by a place ("Ministry of Health" → "Ministry of Health of Valmora") */
  private qualified = new Map<string, Map<string, number>>();
  /** one-word key (n:) → organisation keys whose names end with it → number of articles, and the reverse */
  private shortForms = new Map<string, Map<string, number>>();
  private shortFormsOf = new Map<string, Map<string, number>>();
  private aliasOf = new Map<string, string>();
  private aliasesTo = new Map<string, string[]>();
  /** byline.yaml entries by entity id. */
  private known = new Map<string, KnownEntity>();
  private distinct = new Set<string>();
  private notEntities = new Set<string>();
  private resolved = new Map<string, string>();
  /** key → the keys whose resolution read its resolution ("Islam" → "Jaish al-Islam" → a fuller name). */
  private readers = new Map<string, Set<string>>();
  /** The key being resolved, whose resolution reads the keys resolved meanwhile. */
  private resolving: string | null = null;
  private entities = new Map<string, GlobalEntity>();
  /** article uri → the link key of each local entity */
  private localKeys = new Map<string, string[]>();
  /** article uri → its link keys → local indices */
  private keysOf = new Map<string, Map<string, number[]>>();
  private analyses = new Map<string, ArticleAnalysis>();
  /** Spellings for search, rebuilt on the first search after a change. */
  private searchText: SearchText | null = null;
  /** Lower-case spelling → the keys that write it → articles; rebuilt on first use after a change. */
  private spellingKeys: Map<string, Map<string, number>> | null = null;

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
    for (const known of WELL_KNOWN) alias(known.name, known.aliases, false);
    for (const e of k?.entities ?? []) {
      alias(e.name, e.aliases, e.type === 'person');
      // Under both keys of a one-word name: a changed type must still find the entity it changes.
      for (const person of [true, false]) this.known.set(keyOf(e.name, person)[0], e);
    }
    for (const [a, b] of k?.distinct ?? []) for (const x of [...keyOf(a, true), ...keyOf(a, false)]) for (const y of [...keyOf(b, true), ...keyOf(b, false)]) this.distinct.add(`${x}\u0000${y}`).add(`${y}\u0000${x}`);
    this.settle();
  }

  /**
   * Replaces an article's contribution (analysis null removes it). With `bulk`, caches are not
   * kept exact article by article: call `settle()` when the batch is in.
   */
  set(uri: string, analysis: ArticleAnalysis | null, bulk = false): void {
    this.searchText = null;
    this.spellingKeys = null;
    const before = this.analyses.get(uri);
    const oldGroups = this.keysOf.get(uri);
    const touched = new Set(oldGroups?.keys() ?? []);
    if (before && oldGroups) for (const [key, locals] of oldGroups) this.add(uri, before, key, locals, -1);
    this.keysOf.delete(uri);
    this.localKeys.delete(uri);
    this.analyses.delete(uri);
    if (analysis) {
      this.analyses.set(uri, analysis);
      const groups = new Map<string, number[]>();
      const speakers = new Map<number, Quote[]>();
      for (const q of analysis.quotes) {
        const local = q.speaker?.local;
        if (local == null) continue;
        const list = speakers.get(local);
        if (list) list.push(q);
        else speakers.set(local, [q]);
      }
      const keys = analysis.entities.map(localKey);
      this.localKeys.set(uri, keys);
      keys.forEach((key, i) => {
        const locals = groups.get(key);
        if (locals) locals.push(i);
        else groups.set(key, [i]);
      });
      for (const [key, locals] of groups) {
        this.add(uri, analysis, key, locals, +1, speakers);
        touched.add(key);
      }
      this.keysOf.set(uri, groups);
    }
    if (bulk) {
      if (this.resolved.size || this.entities.size) this.settle();
    } else this.invalidate(touched);
  }

  /** Adds (+1) or removes (-1) one article's local entities that share `key`. */
  private add(uri: string, a: ArticleAnalysis, key: string, locals: number[], sign: 1 | -1, speakers: Map<number, Quote[]> = NO_SPEAKERS): void {
    let stats = this.members.get(key);
    if (!stats) this.members.set(key, (stats = { uris: new Map(), order: [], spellings: new Map(), spellingArticles: new Map(), types: new Map(), mentions: 0, notes: new Map(), intro: null }));
    // Mostly one local entity per key and article, whose aliases are already distinct.
    for (const s of locals.length === 1 ? a.entities[locals[0]].aliases : new Set(locals.flatMap((i) => a.entities[i].aliases))) addCount(stats.spellingArticles, s, sign);
    for (const i of locals) {
      const e = a.entities[i];
      for (const m of e.mentions) addCount(stats.spellings, a.mentions[m].text, sign);
      addCount(stats.types, e.type, sign * e.mentions.length);
      stats.mentions += sign * e.mentions.length;
      if (sign > 0 && stats.intro !== undefined) stats.intro = intro(uri, a, i, stats.intro);
    }
    if (sign < 0 && stats.intro?.uri === uri) stats.intro = undefined;
    if (sign < 0) stats.notes.delete(uri);
    else if (locals.some((i) => a.entities[i].descriptions.length || speakers.has(i))) {
      stats.notes.set(uri, { uri, descriptions: locals.flatMap((i) => a.entities[i].descriptions), quotes: locals.flatMap((i) => speakers.get(i) ?? []) });
    }
    if (sign > 0) {
      if (!stats.uris.has(uri)) insertSorted(stats.order, uri);
      stats.uris.set(uri, locals);
    } else {
      stats.uris.delete(uri);
      stats.order.splice(firstAtLeast(stats.order, uri, same), 1);
    }
    this.count(key, a.entities[locals[0]], sign);
    if (!stats.uris.size) this.members.delete(key);
  }

  private count(key: string, e: LocalEntity, delta: number): void {
    if (key.startsWith('m:') && e.type === 'person') {
      // The same name the other way round reads this key's counts (reversedName).
      const reversed = reversedKey(key);
      if (reversed) this.pending.add(reversed);
      const surname = surnameOf(e.name);
      bump(this.surnames, surname, key, delta);
      bump(this.surnamesOf, key, surname, delta);
      this.pending.add(`p?:${surname}`).add(`n:${surname}`);
      // A short given name reads the other full names with this surname (longerGiven).
      for (const other of this.surnames.get(surname)?.keys() ?? []) this.pending.add(other);
      const first = nameCore(e.name).words[0];
      if (first !== surname) {
        bump(this.firstNames, first, key, delta);
        bump(this.firstNamesOf, key, first, delta);
        this.pending.add(`p?:${first}`).add(`n:${first}`);
      }
    }
    if (key.startsWith('m:') && e.type === 'organization') {
      for (const sub of subnames(e.name)) {
        bump(this.extensions, sub, key, delta);
        bump(this.extensionsOf, key, sub, delta);
        this.pending.add(sub);
      }
      const base = unqualified(key);
      if (base) {
        bump(this.qualified, base, key, delta);
        this.pending.add(key);
      }
      // Its last word, and the one-word names its article writes for it ("Lipany" for "Lipany United").
      const shorts = new Set<string>();
      const last = nameCore(e.name).words.at(-1)!;
      if (last.length > 2 && !JOINING.has(last)) shorts.add(`n:${last}`);
      for (const a of e.aliases) {
        const words = nameCore(a).words;
        if (words.length === 1 && !isAcronym(a)) shorts.add(`n:${words[0]}`);
      }
      for (const short of shorts) {
        bump(this.shortForms, short, key, delta);
        bump(this.shortFormsOf, key, short, delta);
        this.pending.add(short);
      }
    }
    if (key.startsWith('m:'))
      for (const a of e.aliases)
        if (isAcronym(a) && initials(e.name) === a) {
          bump(this.acronyms, a, key, delta);
          bump(this.acronymsOf, key, a, delta);
          this.pending.add(`a:${a}`);
        }
  }

  /**
   * Forgets what the changed keys could affect: their own resolution and entity, and the keys
   * whose resolution reads their counts (bare surnames, acronyms, one-word names).
   */
  private invalidate(keys: Iterable<string>): void {
    const related = new Set<string>(this.pending);
    this.pending.clear();
    for (const k of keys) {
      related.add(k);
      for (const alias of this.aliasesTo.get(k) ?? []) related.add(alias);
      if (k.startsWith('m:')) {
        // Readers of this key's types, whatever the type of the entity that changed them: the name
        // the other way round (reversedName), the bare surname (personFor) and the other full names
        // with the surname (longerGiven).
        const reversed = reversedKey(k);
        if (reversed) related.add(reversed);
        for (const s of this.surnamesOf.get(k)?.keys() ?? []) for (const other of this.surnames.get(s)?.keys() ?? []) related.add(other);
        for (const s of this.surnamesOf.get(k)?.keys() ?? []) related.add(`p?:${s}`).add(`n:${s}`);
        for (const f of this.firstNamesOf.get(k)?.keys() ?? []) related.add(`p?:${f}`).add(`n:${f}`);
        for (const a of this.acronymsOf.get(k)?.keys() ?? []) related.add(`a:${a}`);
        for (const sub of this.extensionsOf.get(k)?.keys() ?? []) related.add(sub);
        for (const short of this.shortFormsOf.get(k)?.keys() ?? []) related.add(short);
      }
      if (k.startsWith('a:')) for (const target of this.acronyms.get(k.slice(2))?.keys() ?? []) related.add(target);
      if (k.startsWith('n:')) related.add(`p?:${k.slice(2)}`);
    }
    for (const k of [...related]) {
      for (const q of this.qualified.get(k)?.keys() ?? []) related.add(q);
      // A lone word taken for a person follows the thing it names (thingFor).
      if (k.startsWith('n:')) related.add(`p?:${k.slice(2)}`);
    }
    // And the keys whose resolution went through theirs, however far.
    for (const k of related) {
      for (const reader of this.readers.get(k) ?? []) related.add(reader);
      this.readers.delete(k);
    }
    for (const k of related) {
      const old = this.resolved.get(k);
      if (old !== undefined) this.entities.delete(old);
      this.resolved.delete(k);
      this.entities.delete(k);
    }
    for (const k of related) this.entities.delete(this.resolve(k));
  }

  /** Forgets every cached resolution and entity. */
  settle(): void {
    this.pending.clear();
    this.resolved.clear();
    this.readers.clear();
    this.entities.clear();
  }

  /** The entity id a local key belongs to. */
  resolve(key: string): string {
    const reader = this.resolving;
    if (reader !== null) {
      const readers = this.readers.get(key);
      if (readers) readers.add(reader);
      else this.readers.set(key, new Set([reader]));
    }
    let r = this.resolved.get(key);
    if (r !== undefined) return r;
    this.resolving = key;
    try {
      r = this.resolveAfresh(key);
    } finally {
      this.resolving = reader;
    }
    this.resolved.set(key, r);
    return r;
  }

  private resolveAfresh(key: string): string {
    let r = this.aliasOf.get(key) ?? key;
    if (r === key && key.startsWith('p?:')) r = this.personFor(key) ?? this.thingFor(key) ?? this.firstNameFor(key) ?? key;
    if (r === key && key.startsWith('a:')) r = this.dominant(this.acronyms.get(key.slice(2))) ?? key;
    if (r === key && key.startsWith('m:')) r = this.extended(key) ?? this.placeQualified(key) ?? this.longerGiven(key) ?? this.reversedName(key) ?? key;
    if (r === key && key.startsWith('n:') && !key.includes(' ')) r = this.surnameFor(key) ?? this.shortFormFor(key) ?? (this.namesPlaceOrOrganisation(key) ? undefined : this.firstNameFor(key)) ?? key;
    r = this.aliasOf.get(r) ?? r;
    return this.distinct.has(`${key}\u0000${r}`) ? key : r;
  }

  /**
   * A person's name of two words written the other way round elsewhere ("Lianhua Zhou" and "Zhou
   * Lianhua", as Chinese, Hungarian or Korean names are written at home and abroad): the key first in
   * order names both, where both keys are mostly people.
   */
  private reversedName(key: string): string | undefined {
    const other = reversedKey(key);
    if (!other || other >= key) return undefined;
    const person = (k: string): boolean => {
      const types = this.members.get(k)?.types;
      return !!types && (types.get('person') ?? 0) * 2 > [...types.values()].reduce((a, b) => a + b, 0);
    };
    return person(other) && person(key) ? other : undefined;
  }

  /**
   * The person named in full with this surname that the articles agree on, where the workspace
   * mostly takes that full name for a person: a club taken for a person in one article ("Viktoria
   * Kelbrook" beside "Viktoria said") does not make the town after it ("Kelbrook") its surname.
   */
  private personFor(key: string): string | undefined {
    const full = this.dominant(this.surnames.get(key.slice(3)));
    const types = full && this.members.get(full)?.types;
    return types && (types.get('person') ?? 0) * 2 > [...types.values()].reduce((a, b) => a + b, 0) ? full : undefined;
  }

  /**
   * A one-word name typed as a place or organisation where the workspace knows a person with that
   * surname from more articles than the word itself appears in ("Farouk" alone in a headline):
   * then the person is meant. "Jordan", a place in many articles, stays a place.
   */
  private surnameFor(key: string): string | undefined {
    const candidates = this.surnames.get(key.slice(2));
    const person = this.dominant(candidates);
    return person && candidates!.get(person)! > (this.members.get(key)?.uris.size ?? 0) ? person : undefined;
  }

  /**
   * The one organisation whose fuller name starts or ends with this name of two or more words,
   * where the articles that write the fuller name agree: "Premier League" is the "English Premier
   * League", "Ministry of Labour" the "Ministry of Labour and Social Welfare". Not a person's
   * or a place's name ("New York" is not the "New York Times").
   */
  private extended(key: string): string | undefined {
    const longer = this.dominant(this.extensions.get(key));
    return longer && this.namesThing(key) ? this.resolve(longer) : undefined;
  }

  /**
   * An organisation's name qualified by its place ("Ministry of Health of Valmora") is the name
   * without it where the workspace knows that name ("Ministry of Health", or a fuller one it stands for).
   */
  private placeQualified(key: string): string | undefined {
    const base = unqualified(key);
    return base && (this.members.has(base) || this.extensions.has(base)) ? this.resolve(base) : undefined;
  }

  /**
   * A person's given name that is the end of the given name of the one other person the workspace
   * names with that surname so: "Dozie Nwankwo" is "Chidozie Nwankwo", as Nigerian and other given names
   * are shortened. Not where two longer names end with it.
   */
  private longerGiven(key: string): string | undefined {
    const surnames = this.surnamesOf.get(key);
    if (!surnames || surnames.size !== 1) return undefined;
    const given = givenName(this.members.get(key));
    if (!given || given.length < 3) return undefined;
    let found: string | undefined;
    for (const other of this.surnames.get(surnames.keys().next().value!)!.keys()) {
      const longer = other === key ? '' : givenName(this.members.get(other));
      if (!longer || longer.length <= given.length || !longer.endsWith(given)) continue;
      if (found !== undefined) return undefined;
      found = other;
    }
    return found && this.resolve(found);
  }

  /**
   * The last word of one organisation's name, or a word an article writes for it, alone, is that
   * organisation ("Chargers" for the "San Diego Chargers"), unless the workspace mostly names a
   * place or a person so ("Veldin", the town of "Dynamo Veldin").
   */
  private shortFormFor(key: string): string | undefined {
    const org = this.dominant(this.shortForms.get(key));
    return org && this.namesThing(key) ? this.resolve(org) : undefined;
  }

  /** Whether at least half the mentions under a key are a place's or an organisation's. */
  private namesPlaceOrOrganisation(key: string): boolean {
    const types = this.members.get(key)?.types;
    return !!types && ((types.get('place') ?? 0) + (types.get('organization') ?? 0)) * 2 >= [...types.values()].reduce((a, b) => a + b, 0);
  }

  /** Whether most mentions under a key are neither a person's nor a place's. */
  private namesThing(key: string): boolean {
    const types = this.members.get(key)?.types;
    return !types || ((types.get('person') ?? 0) + (types.get('place') ?? 0)) * 2 <= [...types.values()].reduce((a, b) => a + b, 0);
  }

  /**
   * The converse: a lone word typed as a person where the workspace knows it, more often, as a
   * place or organisation ("Damascus"), or at all when no article names a person with that surname
   * in full ("Varnia's health minister", where news introduces people by their full names).
   */
  private thingFor(key: string): string | undefined {
    const thing = `n:${key.slice(3)}`;
    const n = this.members.get(thing)?.uris.size ?? 0;
    // The thing itself may stand for a fuller name ("Chargers" for the "San Diego Chargers").
    return n > (this.members.get(key)?.uris.size ?? 0) || (n && !this.surnames.has(key.slice(3))) ? this.resolve(thing) : undefined;
  }

  /**
   * A lone word taken for a person that is no one's surname but the first name of the one person
   * the workspace names in full with it, as an article that names him in full does ("Tomasz" after
   * "Tomasz Wierzba" in a quote): a club's statement may call its player by his first name alone.
   * Also a lone word taken for some other thing, but not for a place or organisation ("Jordan").
   */
  private firstNameFor(key: string): string | undefined {
    const word = key.slice(key.indexOf(':') + 1);
    return this.surnames.has(word) ? undefined : this.dominant(this.firstNames.get(word));
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
    const key = this.localKeys.get(uri)?.[local];
    if (key === undefined || (this.notEntities.size && this.notEntities.has(this.analyses.get(uri)!.entities[local].name.toLowerCase()))) return null;
    return this.resolve(key);
  }

  /** Every local key that resolves to `id`. */
  private keysResolvingTo(id: string): string[] {
    const out = new Set<string>([id]);
    for (const k of this.aliasesTo.get(id) ?? []) out.add(k);
    if (id.startsWith('m:')) for (const s of this.surnamesOf.get(id)?.keys() ?? []) out.add(`p?:${s}`).add(`n:${s}`);
    // Full names with the surname: a short given name among them (longerGiven).
    if (id.startsWith('m:')) for (const s of this.surnamesOf.get(id)?.keys() ?? []) for (const k of this.surnames.get(s)?.keys() ?? []) out.add(k);
    if (id.startsWith('m:')) for (const f of this.firstNamesOf.get(id)?.keys() ?? []) out.add(`p?:${f}`).add(`n:${f}`);
    if (id.startsWith('n:')) out.add(`p?:${id.slice(2)}`);
    if (id.startsWith('m:')) for (const a of this.acronymsOf.get(id)?.keys() ?? []) out.add(`a:${a}`);
    if (id.startsWith('m:')) for (const sub of this.extensionsOf.get(id)?.keys() ?? []) out.add(sub);
    if (id.startsWith('m:')) for (const short of this.shortFormsOf.get(id)?.keys() ?? []) out.add(short);
    for (const k of [...out]) for (const q of this.qualified.get(k)?.keys() ?? []) out.add(q);
    for (const k of [...out]) if (k.startsWith('n:')) out.add(`p?:${k.slice(2)}`);
    for (const k of [...out]) for (const alias of this.aliasesTo.get(k) ?? []) out.add(alias);
    return [...out].filter((k) => this.members.has(k) && this.resolve(k) === id);
  }

  /**
   * Where entity `id` is best introduced: its most complete name, earliest by article date, then
   * by path. Kept per key as articles come, so it costs nothing per request.
   */
  introduction(id: string): Ref | null {
    let best: Intro | null = null;
    for (const key of this.keysResolvingTo(id)) {
      const stats = this.members.get(key)!;
      if (stats.intro === undefined) {
        stats.intro = null;
        for (const [uri, locals] of stats.uris) {
          const a = this.analyses.get(uri)!;
          for (const local of locals) stats.intro = intro(uri, a, local, stats.intro);
        }
      }
      const i = stats.intro;
      if (i && better(i.words, i.date, i.uri, i.local, best)) best = i;
    }
    return best && { uri: best.uri, local: best.local };
  }

  get(id: string): GlobalEntity | null {
    const cached = this.entities.get(id);
    if (cached) return cached;
    const keys = this.keysResolvingTo(id);
    const lists = keys.map((k) => this.members.get(k)!);
    if (!lists.length) return null;
    // A lone word typed as a person that names a thing does not make the thing a person.
    const thing = id.startsWith('n:') && this.members.has(id) && this.resolve(id) === id;
    const spellings = new Map<string, number>();
    const spellingArticles = new Map<string, number>();
    const types = new Map<EntityType, number>();
    let mentions = 0;
    for (const [i, stats] of lists.entries()) {
      for (const [s, n] of stats.spellings) spellings.set(s, (spellings.get(s) ?? 0) + n);
      for (const [s, n] of stats.spellingArticles) spellingArticles.set(s, (spellingArticles.get(s) ?? 0) + n);
      if (!thing || !keys[i].startsWith('p?:')) for (const [t, n] of stats.types) types.set(t, (types.get(t) ?? 0) + n);
      mentions += stats.mentions;
    }
    // Ties go to the first spelling alphabetically, so that the name never depends on the order articles came in.
    const ranked = rankSpellings(new Map([...spellings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))), undefined, spellingArticles);
    let refs: Ref[] | null = null;
    let notes: Notes[] | null = null;
    const entity: GlobalEntity = {
      id,
      name: this.known.get(id)?.name ?? withoutNickname(ranked[0]),
      known: this.known.get(id) ?? null,
      // A company form in any article's spelling ("… ASA", "… Ltd") makes it a company, whatever the others' types.
      type: this.known.get(id)?.type ?? ([...spellings.keys()].some(isCompanyName) ? 'organization' : [...types.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]),
      aliases: ranked,
      // Built on first use: hovers and diagnostics need the counts, not 15,000 sorted locations.
      get refs(): Ref[] {
        if (!refs) {
          refs = [];
          // Each key's articles are sorted: merging them gives the locations in article order.
          const at = lists.map(() => 0);
          for (;;) {
            let uri: string | null = null;
            lists.forEach((l, i) => {
              const u = l.order[at[i]];
              if (u !== undefined && (uri === null || u < uri)) uri = u;
            });
            if (uri === null) break;
            const locals: number[] = [];
            lists.forEach((l, i) => {
              if (l.order[at[i]] !== uri) return;
              locals.push(...l.uris.get(uri)!);
              at[i]++;
            });
            for (const local of locals.sort((a, b) => a - b)) refs.push({ uri, local });
          }
        }
        return refs;
      },
      get notes(): Notes[] {
        return (notes ??= lists.flatMap((l) => [...l.notes.values()]).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)));
      },
      articles: lists.length === 1 ? lists[0].uris.size : new Set(lists.flatMap((l) => l.order)).size,
      mentions,
    };
    this.entities.set(id, entity);
    return entity;
  }

  /**
   * Entity ids whose spellings contain every character of `query` in order, best first: a
   * spelling that starts with it, then one with a word that does, then any substring, then a
   * scattered match; ties go to the most mentioned.
   */
  search(query: string, limit: number): string[] {
    const q = query.toLowerCase().trim();
    const { text, starts, keys, blocks } = (this.searchText ??= this.buildSearchText());
    const scores = new Map<number, number>();
    if (!q) keys.forEach((_, i) => scores.set(i, 1));
    // Substrings first: one indexOf over all spellings, then the key's own spellings for its best score.
    const [lineStart, ...wordStarts] = ['\n', ...WORD_STARTS].map((c) => c + q);
    for (let at = q ? text.indexOf(q) : -1, i = 0; at >= 0; ) {
      while (i + 1 < starts.length && starts[i + 1] <= at) i++;
      const block = blocks[i];
      scores.set(i, block.startsWith(q) || block.includes(lineStart) ? 4 : wordStarts.some((w) => block.includes(w)) ? 3 : 2);
      at = text.indexOf(q, starts[i] + block.length);
    }
    if (q && scores.size < limit) {
      // Then the letters in order within one word that starts with the first ("mhmd", "cartr"):
      // across words, a short query is in order in any long name. Only the words that start with
      // the query's first letter are read, each once: linear in the spellings, never backtracking.
      const word = (at: number): void => {
        const i = upperBound(starts, at) - 1;
        if (!scores.has(i) && inWord(text, at, q)) scores.set(i, 1);
      };
      if (text.startsWith(q[0])) word(0);
      for (const sep of ['\n', ...WORD_STARTS]) for (let at = text.indexOf(sep + q[0]); at >= 0; at = text.indexOf(sep + q[0], at + 1)) word(at + 1);
    }
    // Keys grouped by rank (score, then mentions up to 999), taken best first: an id is first met
    // at its best rank, and only as many keys are resolved as the answer needs.
    const byRank = new Map<number, number[]>();
    for (const [i, score] of scores) {
      const rank = score * 1000 + Math.min(this.members.get(keys[i])!.mentions, 999);
      const list = byRank.get(rank);
      if (list) list.push(i);
      else byRank.set(rank, [i]);
    }
    const out: string[] = [];
    const seen = new Set<string>();
    for (const rank of [...byRank.keys()].sort((a, b) => b - a)) {
      const ids = [...new Set(byRank.get(rank)!.map((i) => this.resolve(keys[i])))].filter((id) => !seen.has(id)).sort();
      for (const id of ids) {
        if (out.length === limit) return out;
        seen.add(id);
        out.push(id);
      }
    }
    return out;
  }

  /**
   * The entity that the articles most often mean by `spelling` (any case), where at least one
   * recognised it: a name the recogniser missed in one place is the name it found elsewhere.
   */
  named(spelling: string): string | null {
    if (!this.spellingKeys) {
      this.spellingKeys = new Map();
      for (const [key, stats] of this.members)
        for (const [s, n] of stats.spellingArticles) {
          const lower = s.toLowerCase();
          let keys = this.spellingKeys.get(lower);
          if (!keys) this.spellingKeys.set(lower, (keys = new Map()));
          keys.set(key, n);
        }
    }
    const keys = this.spellingKeys.get(spelling.toLowerCase());
    if (!keys || this.notEntities.has(spelling.toLowerCase())) return null;
    const ids = new Map<string, number>();
    for (const [key, n] of keys) addCount(ids, this.resolve(key), n);
    let best: string | null = null;
    for (const [id, n] of ids) if (best === null || n > ids.get(best)! || (n === ids.get(best)! && id < best)) best = id;
    return best;
  }

  private buildSearchText(): SearchText {
    const blocks: string[] = [];
    const starts: number[] = [];
    const keys: string[] = [];
    let length = 0;
    for (const [key, stats] of this.members) {
      const block = `${[...stats.spellings.keys()].map((sp) => sp.replace(/[\r\n]/g, ' ')).join('\n').toLowerCase()}\n`;
      starts.push(length);
      keys.push(key);
      blocks.push(block);
      length += block.length;
    }
    return { text: blocks.join(''), starts, keys, blocks };
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

/** Whether `q`'s letters occur in order in the word of `text` that starts at `from` with q's first letter. */
function inWord(text: string, from: number, q: string): boolean {
  let k = 1;
  for (let j = from + 1; j < text.length && k < q.length; j++) {
    const c = text[j];
    if (c === '\n' || WORD_STARTS.includes(c)) break;
    if (c === q[k]) k++;
  }
  return k === q.length;
}

export function addCount<K>(m: Map<K, number>, k: K, delta: number): void {
  const n = (m.get(k) ?? 0) + delta;
  if (n > 0) m.set(k, n);
  else m.delete(k);
}

const NO_SPEAKERS = new Map<number, Quote[]>();
const same = (s: string): string => s;

function insertSorted(list: string[], s: string): void {
  // Articles mostly arrive in path order: appending is the common case.
  if (!list.length || list[list.length - 1] < s) list.push(s);
  else list.splice(firstAtLeast(list, s, same), 0, s);
}

function bump(index: Map<string, Map<string, number>>, k: string, value: string, delta: number): void {
  let m = index.get(k);
  if (!m) index.set(k, (m = new Map()));
  const n = (m.get(value) ?? 0) + delta;
  if (n > 0) m.set(value, n);
  else m.delete(value);
  if (!m.size) index.delete(k);
}
