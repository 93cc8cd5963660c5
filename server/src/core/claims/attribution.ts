// Who said a quote: the cue verbs around it, the candidates for its speaker (names, pronouns, roles,
// organisations, unnamed sources) and how each resolves to a person the article names.
//
// Candidates and cues are found once per paragraph, outside quotes, and then filtered for each window,
// so every scan is bounded (WINDOW) and the whole pass stays linear in the text length. Pronouns and
// descriptions ("the minister") resolve to people named before or, for a role, after; organisations by
// their head noun ("the ministry"); unnamed sources ("a spokesman who asked not to be named") stay
// unnamed, described by their own words.

import { agesIn } from '../ages';
import { inside } from '../boilerplate';
import { readMetadata } from '../metadata';
import { cached } from '../names';
import { firstAtLeast, isWhiteSpace, isWord, isWordCode, lastWord, lastWords, upperBound } from '../text';
import type { EntityLayer, LocalEntity, Mention, Span, Speaker, Structure } from '../types';
import { isSpace, markStart, trim } from './marks';
import { CUE_WORDS, VERBS, PERSON_NOUN, PREPOSITIONS, INVERTING, FILLER, SOURCE_NOUNS, INDEFINITE_SOURCES, TITLE_NOUNS, DETERMINERS, STOP, PRONOUNS, ORG_HEADS, GENERIC_ORGS, PUBLIC_BODIES, RELATIVE, OBJECTS, PARTICLES, FEMALE, MALE, OFFICES } from './vocabulary';

export const WINDOW = 300;
/** A capitalised abbreviation with its full stop: "Mr.", "Gov.", "R-Ky.", an initial. */
const ABBREVIATION = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]{0,4}\./gu;
/** What may follow an attribution in a sentence of its own: where, when, how, or nothing. */
const ADVERBIAL = /^(?:$|[,;.!?)–—-]|(?:on|in|at|during|after|before|from|via|with|for|through|over|about|later|earlier|last|this|yesterday|today|tonight|recently|afterwards|again|then|when|while|as|of|outside|inside|by|back)(?![\p{L}\p{N}]))/iu;
/** Whom a speaker "told": "Reuters", "the BBC", "reporters". */
const ADDRESSEE = /^(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|and)\s*)+|^(?:(?:the|a|an|his|her|their)\s+)?[\p{Ll}-]+(?=\s*(?:$|[,.;]|on\b|in\b|at\b|after\b))/u;
/** A verb of manner right after a speaker: "shot back", "barked", "chimed in", "riffed". */
const MANNER = /^\s+((?:[a-z]+ed|shot|fired|hit|bit|spoke|went|broke|chimed|piped)(?:\s+(?:back|in|on|up|out))?)(?=\s*(?:$|[,.;:!?–—-]|\s(?:on|in|at|to|with|during|after|before|as|from|when|while|again|outside|inside|here|there|[a-z]+ly)\b))/;
/** Between two speakers of one joint statement. */
const JOINT = /^\s*(?:,\s*)?(?:and|&)\s*$/;
const RELATIVE_CLAUSE = /,\s*(?:who|which)\s[^,.;:!?"“”]*$/;
/** A statement that carries a quote, and its author after it: "read a short statement from", "said a note issued by". */
const READ_STATEMENT = /^(read|said)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|message|letter|note)\s+(?:from|by|issued\s+by|released\s+by|on\s+behalf\s+of)\s+/u;
/** A relative or role before the name it is in apposition to: "her brother, ", "the family's lawyer, ". */
const KIN_APPOSED = /^(?:his|her|their|its|the)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{Ll}-]+,\s+(?=\p{Lu})/u;
const FROM_BETWEEN = /^\s+from\s+$/;
/** A relative clause between a subject and its verb: ", which employs 300 people,", ", who asked not to be named,". */
const RELATIVE_BEFORE = /,\s*(?:who|which|whose)\s[^,.;:!?"“”]*,\s*$/;
/** An indefinite noun phrase that opens its clause: "One port engineer", "a senior nurse". */
const INDEFINITE_BEFORE = /(?:^|[,;:]\s*|[.!?]\s+|\b(?:and|but)\s+)((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u;
const PASSIVE = /\b(?:was|were|been|being|be|is|are|am)\s+$/;

interface Cue {
  index: number;
  cue: string;
}

/** Any cue as a whole word; the regex engine scans far faster than a loop over characters. */
const CUE_SOURCE = `\\b(?:${[...CUE_WORDS].join('|')}|[Aa]ccording\\s+to|attributed\\s+to|point(?:s|ed)?\\s+out|(?:shot|fired|hit)\\s+back|went\\s+on|puts?\\s+it|Said(?=\\s))(?![\\p{L}\\p{N}])`;
const CUE = new RegExp(CUE_SOURCE, 'gu');
const CUE_AT = new RegExp(CUE_SOURCE, 'uy');

/** The cue starting at `at`, if any. */
function cueAt(text: string, at: number): Cue | null {
  CUE_AT.lastIndex = at;
  const m = isWord(text[at - 1]) ? null : CUE_AT.exec(text);
  return m ? { index: at, cue: m[0] } : null;
}

/** Cues in [from, to), in order. (exec on a slice: matchAll would copy, and so recompile, the regex.) */
function cuesIn(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const part = text.slice(from, to);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(part); m; m = CUE.exec(part)) if (!isWord(text[from + m.index - 1])) out.push({ index: from + m.index, cue: m[0] });
  return out;
}

/** What may follow a source noun: "close to the negotiations", "in Damascus". */
const COMPLEMENT = /\s+(?:close to|familiar with|with knowledge of|in|at|from|for|of|within|inside|on)\s+(?:the\s+)?[\p{L}.-]+(?:\s+[\p{L}.-]+){0,2}/uy;
/** "the" and up to two lower-case modifiers right before an organisation's head noun: "the health ministry". */
const THE_MODIFIED = /(?<![\p{L}\p{N}])[Tt]he\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
/** A time that opens a sentence before its subject: "On Sunday night", "Last week,", "This morning". */
const OPENING_TIME = /^\s*(?:(?:on|last|this|early|late|later|that|the|next)\s+)*(?:\p{Lu}\p{Ll}+day|morning|afternoon|evening|night|week|weekend|month|year)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*$/iu;
/** Words that pick one or some of a group before its determiner: "one of our observers". */
const PARTITIVE = /(?<![\p{L}\p{N}])(one|some|two|three|several|many|most|none|each|either|neither|a few|a couple|a number)\s+of\s+$/iu;
/** The same after a cue, with a noun the source nouns lack: "said one of the shopkeepers". */
const ONE_OF = /^\s*(?:one|some|two|three|several|many|a few|a couple)\s+of\s+(?:the|our|their|its|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+s)(?![\p{L}\p{N}])/u;
/**
 * The words compute() looks at: capitalised ones, pronouns and source nouns; the regex engine skips
 * the rest. A word (group 1) starts the text or follows a character that is no part of one: matching
 * that character instead of looking behind at every position made the scan a sixth faster.
 */
const CANDIDATE_WORD = new RegExp(
  `(?:^|[^0-9A-Za-z\\u00c0-\\u024f'’-])((?:[A-Z\\u00c0-\\u00de][0-9A-Za-z\\u00c0-\\u024f]*(?:[-'’][0-9A-Za-z\\u00c0-\\u024f]+)*|(?:${[...PRONOUNS, ...SOURCE_NOUNS, ...INDEFINITE_SOURCES, ...ORG_HEADS].sort((a, b) => b.length - a.length).join('|')})(?![0-9A-Za-z\\u00c0-\\u024f])))`,
  'g',
);

/** Words that make a role another one below it: "Deputy Governor", "vice-president", "assistant coach". */
const DEPUTY = /\b(?:deputy|vice|assistant)\b/i;
const DEPUTIES = /\b(?:deputy|vice|assistant)[ -]/gi;
/** A deputy's role in a person's titles, left out when looking for the role's holder. */
const DEPUTY_ROLE = /\b(?:deputy|vice|assistant)[ -][\p{L}-]+/giu;

/** A character of a word CANDIDATE_WORD takes: [0-9A-Za-z\u00c0-\u024f], a hyphen or an apostrophe inside it. */
const inCandidateWord = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 45 || c === 39 || c === 0x2019;

/** "the " or "The " right before `at`. */
const theBefore = (text: string, at: number): boolean =>
  at >= 4 && (text.charCodeAt(at - 4) | 32) === 116 && text.charCodeAt(at - 3) === 104 && text.charCodeAt(at - 2) === 101 && isWhiteSpace(text.charCodeAt(at - 1));

/** The word (letters and hyphens) that ends right before the spaces before `at`, not before `min`. */
function wordBefore(text: string, at: number, min: number): { word: string; start: number } | null {
  let i = at;
  while (i > min && isSpace(text[i - 1])) i--;
  if (i === at) return null;
  const end = i;
  while (i > min && end - i < 40 && (isWord(text[i - 1]) || text[i - 1] === '-' || ((text[i - 1] === "'" || text[i - 1] === '’') && isWord(text[i - 2])))) i--;
  return i < end ? { word: text.slice(i, end), start: i } : null;
}

const endOf = (s: Span): number => s.end;
const startOf = (s: Span): number => s.start;
/** By start, the longer first. */
const inTextOrder = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
/**
 * The candidates of two lists in text order, merged (the first list's first at the same span), leaving
 * out those dropped and those inside one kept before: a phrase swallows what lies inside it ("a source close to Farouk").
 */
function swept(a: Candidate[], b: Candidate[], dropped: Set<Candidate> | null): Candidate[] {
  const kept: Candidate[] = [];
  let reached = -1;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const c = j === b.length || (i < a.length && inTextOrder(a[i], b[j]) <= 0) ? a[i++] : b[j++];
    if (dropped?.has(c) || c.start < reached) continue;
    reached = c.end;
    kept.push(c);
  }
  return kept;
}

/** Whether `word` is one of the words of `name` (as `name.split(/\s+/)` gives them). */
function hasWord(name: string, word: string): boolean {
  for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
    if ((at === 0 || isWhiteSpace(name.charCodeAt(at - 1))) && (at + word.length === name.length || isWhiteSpace(name.charCodeAt(at + word.length)))) return true;
  }
  return false;
}

/** Whether spans are in that order already. */
function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (inTextOrder(spans[i - 1], spans[i]) > 0) return false;
  return true;
}
/** A possessive ending right at `end`: "Ruiz's", "the ministers'". */
const possessive = (text: string, end: number): boolean => (text[end] === "'" || text[end] === '’') && !isWord(text[end + 1] === 's' ? text[end + 2] : text[end + 1]);
const indexOf = (c: Cue): number => c.index;

/** The candidates of `all` (in text order) inside [from, to), added to `out`; object pronouns ("him") only with `objects`. */
function take(out: Candidate[], all: Candidate[], from: number, to: number, objects: boolean): void {
  for (let i = firstAtLeast(all, from, startOf); i < all.length && all[i].start < to; i++) {
    const c = all[i];
    if (c.end <= to && (objects || c.kind !== 'pronoun' || !OBJECTS.has(c.text.toLowerCase()))) out.push(c);
  }
}

/** A possible speaker in the text: a mention, a pronoun, "the Ministry", or an unnamed source. */
export interface Candidate extends Span {
  text: string;
  local: number | null;
  kind: 'mention' | 'pronoun' | 'source';
  place: boolean;
  possessive: boolean;
}

/** A part of a paragraph outside quotes, with its candidates and cues once looked for (both fields from the start: one shape). */
interface Part extends Span {
  candidates: Candidate[] | undefined;
  cues: Cue[] | undefined;
}

/** Words in [start, end), counting up to `max`. */
export function words(text: string, start: number, end: number, max: number): number {
  let n = 0;
  // By character code: a one-character string per test was most of this count's time.
  for (let i = start; i < end && n < max; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    const before = text.charCodeAt(i - 1);
    if (!isWordCode(before) && before !== 39 && before !== 0x2019) n++;
  }
  return n;
}

/**
 * The patterns that find a role noun in a description, before a name and after one, and a role's stem
 * starting a word: compiled once per noun, since compiling them for every person and noun cost 20 ms
 * per BBC pass, and for every article and stem 10 ms. They are tried on lower-cased text, without the
 * case-blind flag: with it and \p{L}, compiling them cost 130-430 ms in a fresh process's first BBC pass
 * (1.8 ms a noun against 0.5), a delay on every worker's first articles.
 */
const roleStart = cached((stem: string) => new RegExp(`\\b${stem}`));
const rolePatterns = cached((noun: string) => ({
  word: new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'u'),
  before: new RegExp(`(?<![\\p{L}])${noun},?\\s+(?:(?:mr|mrs|ms|dr|sir|dame)\\.?\\s+)?$`, 'u'),
  after: new RegExp(`^,\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}${noun}(?![\\p{L}])`, 'u'),
}));

export class Attributor {
  private readonly text: string;
  /** Where the article's sentences and paragraphs start (quote finding reads them too). */
  readonly sentenceStarts: number[];
  readonly paragraphStarts: number[];
  /**
   * Each paragraph's parts outside quotes. Candidates and cues are found once per part, in the
   * parts some window reaches, and then filtered for each window.
   */
  // Lists by paragraph or entity, and maps made when first needed: most articles need few of them (eight
  // maps made for every article were 3 MB per BBC pass).
  private readonly parts: (Part[] | undefined)[] = [];
  /** Each entity's gender once worked out (null: the article shows none). */
  private readonly genders: ('m' | 'f' | null | undefined)[] = [];
  /** Whether each entity typed a person may be one (see person()). */
  private readonly people: (boolean | undefined)[] = [];
  /** The people holding each role word, by its stem, from their descriptions and titles. */
  private roles: Map<string, Set<number>> | undefined;
  private titles: string[] | undefined;
  private ownTitles: string[] | undefined;
  private deputyTitles: (string | null)[] | undefined;
  /** Each age the article gives beside a name, and the one person it gives it to (-1 when several). */
  private agesGiven: Map<number, number> | undefined;
  private lastNames: Map<string, number> | undefined;
  private resolved: Map<string, Candidate | null> | undefined;
  /** Whom each description resolved to, for its next use. */
  private descriptions: Map<string, number> | undefined;
  /** equated() by role noun and person: asked for every candidate "the …" of every cue (0.1 s per BBC pass uncached). */
  private equatedRoles: Map<string, boolean> | undefined;
  private wordsAt: Map<string, number[] | null> | undefined;
  private lower: string | undefined;
  /** The person the byline names as the writer, once looked for. */
  private writer: number | null | undefined;
  /** Quoted spans: names inside quotes are not antecedents of pronouns. */
  quoted: Span[] = [];

  constructor(
    private readonly doc: Structure,
    private readonly layer: EntityLayer,
  ) {
    this.text = doc.text;
    this.sentenceStarts = doc.sentences.map((s) => s.start);
    this.paragraphStarts = doc.paragraphs.map((p) => p.start);
  }

  sentenceStart(at: number): number {
    const i = upperBound(this.sentenceStarts, at) - 1;
    return i >= 0 ? this.doc.sentences[i].start : 0;
  }

  /** Mentions inside [from, to), in text order. */
  mentions(from: number, to: number): Mention[] {
    const ms = this.layer.mentions;
    const out: Mention[] = [];
    for (let i = firstAtLeast(ms, from + 1, endOf); i < ms.length && ms[i].start < to; i++) if (ms[i].start >= from && ms[i].end <= to) out.push(ms[i]);
    return out;
  }

  /** A name used as a modifier, not as the head of its phrase: "the Geneva peace process", "the Assad regime". */
  private modifier(m: Mention): boolean {
    if (!theBefore(this.text, m.start)) return false;
    const next = /^\s+([a-z]+)/.exec(this.text.slice(m.end, m.end + 20));
    return !!next && !VERBS.has(next[1]) && !FILLER.has(next[1]) && !CUE_WORDS.has(next[1]);
  }

  /** Cues in [from, to), found once per part of a paragraph: a new list each call, the caller's to change. */
  cues(from: number, to: number): Cue[] {
    const p = upperBound(this.paragraphStarts, from) - 1;
    const para = this.doc.paragraphs[p];
    if (!para || para.end < to) return cuesIn(this.text, from, to);
    const out: Cue[] = [];
    const parts = this.partsIn(p);
    // The parts [from, to) reaches, walked in place: cues() and candidates() are asked some 30,000
    // times each per BBC pass, and an array of the parts and a closure per call were garbage.
    for (let k = firstAtLeast(parts, from + 1, endOf); k < parts.length && parts[k].start < to; k++) {
      const g = parts[k];
      const all = (g.cues ??= cuesIn(this.text, g.start, g.end));
      for (let i = firstAtLeast(all, from, indexOf); i < all.length && all[i].index + all[i].cue.length <= to; i++) out.push(all[i]);
    }
    return out;
  }

  /** The parts of paragraph `p` outside quotes, found once. */
  private partsIn(p: number): Part[] {
    return (this.parts[p] ??= this.outsideQuotes(this.doc.paragraphs[p]));
  }

  /** The parts of a paragraph outside quotes: no cue and no speaker is looked for inside a quote. */
  private outsideQuotes(para: Span): Part[] {
    const out: Part[] = [];
    let at = para.start;
    for (let i = firstAtLeast(this.quoted, para.start + 1, endOf); i < this.quoted.length && this.quoted[i].start < para.end; i++) {
      if (this.quoted[i].start > at) out.push({ start: at, end: this.quoted[i].start, candidates: undefined, cues: undefined });
      at = Math.max(at, this.quoted[i].end);
    }
    if (at < para.end) out.push({ start: at, end: para.end, candidates: undefined, cues: undefined });
    return out;
  }

  /** Possible speakers in [from, to), in text order (a new list each call); an unnamed-source phrase swallows the names inside it. */
  candidates(from: number, to: number, objects = false): Candidate[] {
    const p = upperBound(this.paragraphStarts, from) - 1;
    const para = this.doc.paragraphs[p];
    const out: Candidate[] = [];
    if (para && para.end >= to) {
      const parts = this.partsIn(p);
      for (let k = firstAtLeast(parts, from + 1, endOf); k < parts.length && parts[k].start < to; k++) {
        const g = parts[k];
        take(out, (g.candidates ??= this.compute(g.start, g.end)), from, to, objects);
      }
    } else take(out, this.compute(from, to), from, to, objects);
    return out;
  }

  private compute(from: number, to: number): Candidate[] {
    const { text } = this;
    // The names' candidates (named) and the words' (out), each in text order (mostly), merged at the end.
    const named: Candidate[] = [];
    const out: Candidate[] = [];
    for (const m of this.mentions(from, to)) {
      if (m.type === 'other') continue;
      // A bare surname the linker could not place belongs to the full name that ends with it.
      let local = this.layer.entities[m.local].partial ? (this.surnames().get(m.text.toLowerCase()) ?? m.local) : m.local;
      // So does one the recogniser took for a place ("Okwuosa told reporters"), unless a preposition makes it one ("in Okwuosa").
      let place = m.type === 'place';
      if (place && !/\s/.test(m.text)) {
        const person = this.surnames().get(m.text.toLowerCase());
        if (person !== undefined && this.layer.entities[person].type === 'person' && !PREPOSITIONS.has(lastWord(text.slice(Math.max(0, m.start - 12), m.start).trimEnd()))) {
          local = person;
          place = false;
        }
      }
      named.push({ start: m.start, end: m.end, text: m.text, local, kind: 'mention', place, possessive: possessive(text, m.end) || this.modifier(m) });
    }
    // Words come in text order too: one pointer finds the name under a word.
    let dropped: Set<Candidate> | null = null;
    let k = 0;
    const taken = (start: number, end: number): Candidate | null => {
      while (k < named.length && named[k].end <= start) k++;
      return k < named.length && named[k].start < end ? named[k] : null;
    };
    // On a slice: on the whole text, each search would run on past `to` to the next such word.
    const part = text.slice(from, to);
    CANDIDATE_WORD.lastIndex = 0;
    // Tested, not exec'd: the word ends where the match does and starts after the last character before
    // it that no word holds (match arrays were 12 of the 140 MB quote finding allocates per BBC pass).
    while (CANDIDATE_WORD.test(part)) {
      const end = from + CANDIDATE_WORD.lastIndex;
      let start = end - 1;
      while (start > from && inCandidateWord(text.charCodeAt(start - 1))) start--;
      const c = text.charCodeAt(start);
      const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
      // A capitalised word of a name, longer than a pronoun and not after "the", is no candidate of its own
      // (the branches below all ask for a word outside names): skipped before its string is made.
      if (upper && end - start > 4 && !(start - from >= 4 && theBefore(text, start)) && taken(start, end)) continue;
      const word = text.slice(start, end);
      const lower = upper ? word.toLowerCase() : word;
      if (PRONOUNS.has(lower)) out.push({ start, end, text: word, local: null, kind: 'pronoun', place: false, possessive: false });
      else if (SOURCE_NOUNS.has(lower) || INDEFINITE_SOURCES.has(lower)) {
        // A noun inside a name ("the Scottish Executive") is the name's.
        if (!taken(start, end)) this.source(out, from, to, start, end);
      }
      else if ((upper || ORG_HEADS.has(lower)) && start - from >= 4 && (theBefore(text, start) ? !isWord(text[start - 5]) : !upper && THE_MODIFIED.test(text.slice(Math.max(from, start - 40), start)))) {
        // "the Ministry", whether or not the recogniser took it for a name of its own; "the committee" of no name;
        // "the health ministry".
        const the = theBefore(text, start) ? start - 4 : start - THE_MODIFIED.exec(text.slice(Math.max(from, start - 40), start))![0].length;
        const local = this.organisationWith(lower[0].toUpperCase() + lower.slice(1), start) ?? (GENERIC_ORGS.has(lower) ? this.lastOrganisation(start, lower === 'company' || lower === 'firm') : null);
        const under = taken(start, end);
        if ((local === null && (under || !ORG_HEADS.has(lower))) || (under && under.end !== end)) continue;
        if (under) (dropped ??= new Set()).add(under);
        out.push({ start: the, end, text: text.slice(the, end), local, kind: local === null ? 'source' : 'mention', place: false, possessive: possessive(text, end) });
      } else if (upper && !taken(start, end)) {
        // A surname the recogniser missed ("weeks.De Vries also …") still names the person.
        const local = this.surnames().get(lower);
        if (local === undefined) continue;
        const before = wordBefore(text, start, from);
        const first = before && PARTICLES.has(before.word.toLowerCase()) ? before.start : start;
        out.push({ start: first, end, text: text.slice(first, end), local, kind: 'mention', place: false, possessive: possessive(text, end) });
      }
    }
    // In text order, a name before a word's candidate at the same place (as a stable sort of both lists
    // puts them): merged when each list is in order, as they mostly are (sorting cost 4 MB per BBC pass).
    return inOrder(named) && inOrder(out) ? swept(named, out, dropped) : swept(named.concat(out).sort(inTextOrder), [], dropped);
  }

  /** An unnamed source around the noun at [start, end): back over up to three modifiers to a determiner, on over a complement. */
  private source(out: Candidate[], from: number, to: number, start: number, end: number): void {
    const { text } = this;
    let determiner = '';
    let afterPerson = -1;
    for (let n = 0; n <= 3; n++) {
      const w = wordBefore(text, start, from);
      if (!w) break;
      const lower = w.word.toLowerCase();
      // "Mr Blair's official spokesman": the owner determines the phrase, back to the owner's name.
      const owned = /['’]s?$/.test(lower);
      const owner = owned ? this.mentions(Math.max(from, w.start - 80), w.start + w.word.length).find((m) => m.end > w.start) : undefined;
      if (DETERMINERS.has(lower) || owned) {
        determiner = DETERMINERS.has(lower) ? lower : 'owner';
        start = owner && owner.end >= w.start + w.word.length - 2 ? owner.start : w.start;
        // "one of our observers", "one of the residents": one of a group, unnamed.
        const part = PARTITIVE.exec(text.slice(Math.max(from, start - 20), start));
        if (part) {
          start -= part[0].length;
          determiner = part[1].toLowerCase() === 'one' ? 'one' : determiner;
        }
        break;
      }
      if (n === 3 || STOP.has(lower)) break;
      // A name is one modifier however long: "a Department for Education and Skills spokeswoman", "a Clinton supporter".
      const name = this.mentions(Math.max(from, w.start - 80), w.start + w.word.length).find((m) => m.start <= w.start && m.end >= w.start + w.word.length);
      // Not after a word of its own phrase: "leading Clinton economic advisers".
      if (name?.type === 'person' && afterPerson < 0 && !/(?:^|[^\p{L}])\p{Ll}+\s+$/u.test(text.slice(Math.max(0, name.start - 20), name.start))) afterPerson = name.end;
      start = name?.start ?? w.start;
    }
    const written = lastWord(text.slice(start, end));
    const noun = written.toLowerCase();
    if (INDEFINITE_SOURCES.has(noun) && !/^(?:an?|one|two|three|several|some|many|another)$/.test(determiner)) return;
    const plural = /s$|people/.test(noun) && determiner !== 'one';
    if (!determiner && !plural) return;
    // With no determiner a person's name before the noun is the clause's subject: "Minister Ana Ruiz met rescue workers".
    if (!determiner && afterPerson >= 0) start = afterPerson + (text.slice(afterPerson, end).length - text.slice(afterPerson, end).trimStart().length);
    COMPLEMENT.lastIndex = end;
    const complement = COMPLEMENT.exec(text);
    if (complement && end + complement[0].length <= to) {
      const cue = cuesIn(complement[0], 0, complement[0].length)[0];
      end += cue ? complement[0].slice(0, cue.index).trimEnd().length : complement[0].length;
    }
    // "the minister" is someone named before, by that title or as the person just spoken of; "the spokesman"
    // only by that title; "the Scottish Executive", a name, is only a holder of that title.
    const titled = TITLE_NOUNS.has(noun) && !/^\p{Lu}/u.test(written);
    // "Viktoria's president" is its holder too, or the person named right after.
    // "our correspondent" is the outlet's own, named by that role if at all ("BBC correspondent Ana Ruiz").
    const role =
      (determiner === 'the' || (determiner === 'owner' && titled)) && !plural
        ? (this.personWithRole(noun, start, text.slice(start, end)) ?? (titled ? ((determiner === 'the' && !this.unnamedRole(noun, start) ? this.lastPerson(start) : null) ?? this.introducedAfter(end)) : null))
        : determiner === 'our' && !plural
          ? this.personWithRole(noun, start, text.slice(start, end))
          : null;
    out.push({ start, end, text: text.slice(start, end), local: role, kind: role === null ? 'source' : 'mention', place: false, possessive: false });
  }

  /**
   * "the company", "the charity" that no name has as its word: the organisation named last, outside
   * quotes, in the four sentences before.
   */
  private lastOrganisation(at: number, business = false): number | null {
    const k = upperBound(this.sentenceStarts, at) - 5;
    const named = this.mentions(Math.max(k >= 0 ? this.sentenceStarts[k] : 0, at - 4 * WINDOW), at);
    for (let i = named.length - 1; i >= 0; i--) {
      const m = named[i];
      if (m.type !== 'organization' || inside(this.quoted, m.start, m.end)) continue;
      // "the company" after "the Medicines Authority said …" is a company named before it.
      // ("the Department of Parks and Gardens" is a public body too.)
      if (business && this.layer.entities[m.local].name.split(' ').some((w) => PUBLIC_BODIES.has(w))) continue;
      return m.local;
    }
    return null;
  }

  /** "the Ministry": the latest organisation named before whose name has that word. */
  private organisationWith(head: string, before: number): number | null {
    // Read back over the mentions from `before`: a map of every organisation's name words made per article
    // was 6 of the 115 MB quote finding allocated per BBC pass.
    const ms = this.layer.mentions;
    for (let i = firstAtLeast(ms, before + 1, endOf) - 1; i >= 0; i--) {
      const e = this.layer.entities[ms[i].local];
      if (e.type === 'organization' && hasWord(e.name, head)) return ms[i].local;
    }
    return null;
  }

  /** Last words of the article's full names, people's over others' (the recogniser may mistype a name). */
  private surnames(): Map<string, number> {
    if (!this.lastNames) {
      const names = new Map<string, number>();
      // The word after the name's last white space, if something follows it: what /\s(\S+)$/ takes, read from
      // the end instead of tried at every character.
      // The last entity of a word wins, a person over any other (one pass, no array of words).
      this.layer.entities.forEach((e, i) => {
        const word = e.partial || e.type === 'place' ? '' : lastWord(e.name);
        if (!word || word.length === e.name.length) return;
        const w = word.toLowerCase();
        const was = names.get(w);
        if (e.type === 'person' || was === undefined || this.layer.entities[was].type !== 'person') names.set(w, i);
      });
      this.lastNames = names;
    }
    return this.lastNames;
  }

  /**
   * Who a description ("the minister", "the world indoor champion") most likely is: of the people
   * named outside quotes in the three sentences before, the one the article names most, else the latest.
   */
  private lastPerson(at: number): number | null {
    const k = upperBound(this.sentenceStarts, at) - 4;
    const from = Math.max(k >= 0 ? this.sentenceStarts[k] : 0, at - 4 * WINDOW);
    let best: number | null = null;
    for (const m of this.mentions(from, at)) {
      if (m.type !== 'person' || !this.person(m.local) || inside(this.quoted, m.start, m.end) || /^['’]/.test(this.text[m.end] ?? '')) continue;
      if (best === null || this.layer.entities[m.local].mentions.length >= this.layer.entities[best].mentions.length) best = m.local;
    }
    return best;
  }

  /**
   * Whether the sentences before `at` gave the role without a name ("Varnia's health minister on
   * Thursday rejected …"): "the minister" then is that unnamed holder, named later if at all, not
   * whoever else those sentences name. (Called when no person holds the role by title or description.)
   */
  private unnamedRole(noun: string, at: number): boolean {
    const k = upperBound(this.sentenceStarts, at) - 4;
    const before = this.text.slice(Math.max(k >= 0 ? this.sentenceStarts[k] : 0, at - 4 * WINDOW), this.sentenceStart(at));
    const i = before.lastIndexOf(noun);
    return i >= 0 && !isWord(before[i - 1]) && !isWord(before[i + noun.length]);
  }

  /**
   * "the analyst" → the latest person the article gave that role ("Iran analyst Paul Ridley"). A deputy
   * is no holder of the role itself: "the Governor" is not "Deputy Governor Sunna Velde", unless the
   * description says deputy too (`description`, the words before the role word).
   */
  private personWithRole(role: string, before: number, description = ''): number | null {
    const stem = (DEPUTY.test(description) ? 'deputy ' : '') + role.replace(/s$/, '');
    // Descriptions and the words right before a mention ("Judge Letitia Clark", "Iran analyst Paul Ridley").
    this.titles ??= this.layer.entities.map((e, local) =>
      !this.person(local)
        ? ''
        : [...e.descriptions.map((d) => d.text), ...e.mentions.slice(0, 8).map((i) => lastWords(this.text, Math.max(this.sentenceStart(this.layer.mentions[i].start), this.layer.mentions[i].start - 40), this.layer.mentions[i].start, 4))].join(' ').toLowerCase(),
    );
    let holders = this.roles?.get(stem);
    if (!holders) {
      const word = roleStart(stem);
      const deputy = stem.startsWith('deputy ');
      // The titles with deputies' roles written alike (for a deputy's role) or left out, once per article, not per role.
      const titles = deputy ? (this.deputyTitles ??= this.titles.map((t) => (DEPUTY.test(t) ? t.replace(DEPUTIES, 'deputy ') : null))) : (this.ownTitles ??= this.titles.map((t) => t.replace(DEPUTY_ROLE, '')));
      holders = new Set();
      for (let local = 0; local < titles.length; local++) if (titles[local] !== null && word.test(titles[local]!)) holders.add(local);
      (this.roles ??= new Map()).set(stem, holders);
    }
    if (!holders.size) return null;
    // The latest holder named before; else the first named after ("the presiding judge said … Judge Nadia Brenner set …").
    // A possessive is no holder: "Varnia's health minister" is not Varnia.
    const holds = (m: Mention): boolean => holders.has(m.local) && !/^['’]/.test(this.text[m.end] ?? '');
    const named = this.mentions(Math.max(0, before - 10 * WINDOW), before);
    for (let i = named.length - 1; i >= 0; i--) if (holds(named[i])) return named[i].local;
    return this.mentions(before, before + 10 * WINDOW).find(holds)?.local ?? null;
  }

  /**
   * The person a description is introduced as right after it: news often gives a role first and the
   * name in the next sentence ("the minister told a press conference. ¶Karim Haddad, a former
   * surgeon, said …"). The first person named, outside quotes, in the two sentences after `at`'s.
   */
  private introducedAfter(at: number): number | null {
    const k = upperBound(this.sentenceStarts, at);
    const s = this.doc.sentences[k + 1] ?? this.doc.sentences[k];
    if (!s || k >= this.doc.sentences.length) return null;
    for (const m of this.mentions(this.doc.sentences[k].start, s.end)) {
      if (m.type === 'person' && this.person(m.local) && !inside(this.quoted, m.start, m.end) && !/^['’]/.test(this.text[m.end] ?? '')) return m.local;
    }
    return null;
  }

  /**
   * What a pronoun refers to: the nearest sentence first (its part before the pronoun, then earlier
   * sentences), and in a sentence its first name, which is mostly its subject. He/she take people
   * and unnamed sources of a compatible gender, one the text marks as such before one it does not;
   * it/they take organisations and groups (they also plural sources). Names inside quotes do not count.
   */
  private antecedent(pronoun: string, at: number, depth = 0): Candidate | null {
    const p = pronoun.toLowerCase();
    // Pronouns resolve through earlier pronouns: remember each answer, so that chains stay linear.
    const key = `${p} ${at}`;
    const resolved = (this.resolved ??= new Map());
    if (resolved.has(key)) return resolved.get(key)!;
    const found = this.resolveAntecedent(p, at, depth);
    resolved.set(key, found);
    return found;
  }

  private resolveAntecedent(p: string, at: number, depth: number): Candidate | null {
    if (p === 'i') {
      const writer = this.author();
      return writer === null ? null : { start: at, end: at, text: '', local: writer, kind: 'mention', place: false, possessive: false };
    }
    // "one" stands for a description of a person ("the England coach"), of either gender.
    const person = /^(he|him|she|her|one)$/.test(p);
    const want = p === 'he' || p === 'him' ? 'm' : p === 'she' || p === 'her' ? 'f' : null;
    const plural = p === 'they' || p === 'them';
    // Lower is better: the gender the text shows, a person of unknown gender, an unnamed source, a possessive.
    const rank = (c: Candidate): number => {
      if (c.kind === 'pronoun' || c.place || inside(this.quoted, c.start, c.end)) return -1;
      const entity = c.local === null ? null : this.layer.entities[c.local];
      // An unnamed source's noun; a description ("the Bishop") has its head noun.
      const noun = c.kind === 'source' ? (c.text.toLowerCase().split(/\s+/).find((w) => SOURCE_NOUNS.has(w) || INDEFINITE_SOURCES.has(w)) ?? /(\S+)$/.exec(c.text.toLowerCase())![1]) : '';
      // "it" is also an organisation named by its head noun alone: "the transport ministry said … it said".
      if (!person) return (entity ? entity.type === 'organization' || entity.type === 'group' : plural ? /s$|people/.test(noun) : ORG_HEADS.has(noun)) ? 0 : -1;
      if (entity ? !this.person(c.local!) : !(SOURCE_NOUNS.has(noun) || INDEFINITE_SOURCES.has(noun) || PERSON_NOUN.test(noun)) || /s$|people/.test(noun)) return -1;
      const g = entity ? this.gender(c.local!) : /woman|women/.test(noun) ? 'f' : /man|men/.test(noun) ? 'm' : null;
      if (want && g !== null && g !== want) return -1;
      return c.possessive ? 3 : want && g === want ? 0 : entity ? 1 : 2;
    };
    const k = upperBound(this.sentenceStarts, at) - 1;
    // A name in an object or a prepositional phrase ("who represents Mr Dovbush", "for defender Ivo Brandl")
    // is taken only when no sentence up to two further back has a subject that fits.
    let fallback: Candidate | null = null;
    let fallbackAt = -1;
    // A possessive ("Dunmarra's second city") only when the two sentences before name no one else the pronoun can be.
    let owner: Candidate | null = null;
    let ownerAt = -1;
    for (let j = k; j >= 0 && j > k - 6 && (fallbackAt < 0 || j > fallbackAt - 3) && (ownerAt < 0 || j > ownerAt - 3); j--) {
      const s = this.doc.sentences[j];
      const from = Math.max(s.start, at - 2 * WINDOW * (k - j + 1));
      const to = Math.min(s.end, at);
      // The sentence's own speaker is worth a rank ("Noel Dempsey said Mr Ahern had been …" → he is Dempsey).
      // Its main clause's speaker: "Moser said his client turned down Eastwick, which had asked about him" is Moser's.
      const cues = this.cues(from, to).filter((c) => !inside(this.quoted, c.index, c.index + c.cue.length));
      const main = cues.length > 1 ? credit(this, this.text, from, Math.min(to, cues[0].index + cues[0].cue.length + 80), this.quoted)?.speaker : null;
      const credited = main ?? credit(this, this.text, from, to, this.quoted)?.speaker;
      // "He underlined the plans. He said: …": a sentence credited to a pronoun speaks of what that pronoun is.
      const said = credited?.kind === 'pronoun' && depth < 2 ? this.antecedent(credited.text, credited.start, depth + 1) : credited;
      let best: Candidate | null = null;
      let bestRank = Infinity;
      let oblique: Candidate | null = null;
      const cands = this.candidates(from, to);
      if (said) cands.unshift(said);
      // In the pronoun's own sentence, the subject of the last clause joined by "and" or "but" that has one
      // comes first: "…, its chairman X has said all the right things, and chief executive Y sounded sincere
      // when he told analysts" is Y.
      let clause = -1;
      const joins = j === k ? clauseStarts(this.text, from, to) : null;
      if (joins)
        for (const c of cands) {
          const start = joins[upperBound(joins, c.start) - 1] ?? -1;
          if (start > clause && c !== said && rank(c) >= 0 && !this.oblique(c, s.start)) clause = start;
        }
      for (const c of cands) {
        const own = rank(c);
        if (own < 0) continue;
        const r = own - (c === said ? 1 : 0) - (clause >= 0 && c.start >= clause && c !== said && !this.oblique(c, s.start) ? 2 : 0);
        if (c !== said && this.oblique(c, s.start)) oblique ??= c;
        else if (r < bestRank) {
          best = c;
          bestRank = r;
        }
      }
      // Unless the pronoun follows it in its clause ("Finnan's position is right-back but he looked assured"), or
      // another of its gender does ("Finnan's move was a surprise, and he …").
      const topic = (b: Candidate): boolean => {
        if (j === k) {
          const q = firstAtLeast(this.quoted, b.end, (x) => x.start);
          if (q >= this.quoted.length || this.quoted[q].start >= at) return true;
        }
        return this.candidates(b.end, to).some((c) => c.kind === 'pronoun' && (want === 'f' ? /^(she|her)$/i : /^(he|him|his)$/i).test(c.text));
      };
      if (best && !(owner === null && want && best.possessive && best !== said && !topic(best))) return owner !== null && best.possessive ? owner : best;
      if (best && owner === null) {
        owner = best;
        ownerAt = j;
      }
      if (oblique && !fallback) {
        fallback = oblique;
        fallbackAt = j;
      }
    }
    if (owner) return owner;
    if (fallback) return fallback;
    // Nothing near: the person the article names most, if the pronoun can be them.
    if (!person || p === 'one') return null;
    const main = this.mainPerson();
    return main !== null && (!want || this.gender(main) !== (want === 'm' ? 'f' : 'm')) ? { start: at, end: at, text: '', local: main, kind: 'mention', place: false, possessive: false } : null;
  }

  /** The writer of a first-person piece: the one person its byline names, if the article names them. */
  private author(): number | null {
    if (this.writer === undefined) {
      const name = readMetadata(this.text).author;
      // As the byline writes it, or as much of it as the recogniser took ("Ana Ruiz" of "Ana Ruiz-Lobo").
      const local = name && !/\sand\s/.test(name) ? this.layer.mentions.find((m) => m.type === 'person' && (m.text === name || (/\s/.test(m.text) && name.startsWith(m.text))))?.local : undefined;
      this.writer = local ?? null;
    }
    return this.writer;
  }

  /** The subject of the sentence in [from, to): its first person or unnamed source, not in an object or prepositional phrase. */
  sentenceSubject(from: number, to: number): Candidate | null {
    return this.candidates(from, to).find((c) => !c.possessive && (this.isPerson(c) || c.kind === 'source') && !this.oblique(c, from)) ?? null;
  }

  /** Whether a candidate stands after a preposition, a relative pronoun or a verb of its clause, not as its subject. */
  private oblique(c: Candidate, sentenceStart: number): boolean {
    const before = this.text.slice(Math.max(sentenceStart, c.start - 40), c.start);
    // The lower-case words right before it, over a courtesy title: not "Secretary of State Madeleine Albright".
    const words = /((?:[\p{L}.-]+\s+){0,3})$/u.exec(before)![1].trim().split(/\s+/).reverse();
    for (const w of words) {
      if (/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Sir|Dame)\.?$/.test(w)) continue;
      if (!/^\p{Ll}/u.test(w)) return false;
      if (PREPOSITIONS.has(w) || RELATIVE.has(w) || VERBS.has(w) || /^\p{Ll}+(?:ed|[^s]s)$/u.test(w)) return true;
    }
    return false;
  }

  /** The person the article names most often. */
  private mainPerson(): number | null {
    let best: number | null = null;
    this.layer.entities.forEach((e, i) => {
      if (this.person(i) && (best === null || e.mentions.length > this.layer.entities[best].mentions.length)) best = i;
    });
    return best;
  }

  /**
   * Gender when the article shows it: titles and gendered roles count three, a common first name two,
   * a pronoun in the clause after a mention one ("Maguire families in his room" is weak, "Mrs Maguire" is not).
   */
  private gender(local: number): 'm' | 'f' | null {
    const known = this.genders[local];
    if (known !== undefined) return known;
    const first = this.layer.entities[local].name.split(/[\s\u00a0]+/)[0].toLowerCase();
    let votes = FEMALE.has(first) ? -2 : MALE.has(first) ? 2 : 0;
    for (const i of this.layer.entities[local].mentions.slice(0, 8)) {
      const m = this.layer.mentions[i];
      const after = this.text.slice(m.end, m.end + 120);
      const cut = after.search(/[.!?]\s|["“”]/);
      const clause = cut >= 0 ? after.slice(0, cut) : after;
      // The title or kin word right before the name, or before a comma before it ("his mother, Ana Ruiz").
      const from = Math.max(0, m.start - 30);
      let title = titleBefore(this.text, from, m.start);
      if (!title && commaBefore(this.text, from, m.start)) title = titleBefore(this.text, from, this.text.lastIndexOf(',', m.start));
      if (FEMALE_TITLES.has(title) || FEMALE_APPOSED.test(clause)) votes -= 3;
      if (MALE_TITLES.has(title) || MALE_APPOSED.test(clause)) votes += 3;
      // (over an age in apposition: "Tefera Alemu, 14, who broke his arm")
      const pronoun = /^(?:,\s+\d{1,3},)?[^,]{0,60}?\b(she|her|he|his|him)\b/i.exec(clause);
      if (pronoun) votes += /^(she|her)$/i.test(pronoun[1]) ? -1 : 1;
    }
    const g = votes > 0 ? 'm' : votes < 0 ? 'f' : null;
    this.genders[local] = g;
    return g;
  }

  /** The speaker a candidate names; a pronoun keeps its own words and takes its antecedent's identity. */
  speaker(c: Candidate): Speaker {
    const target = c.kind === 'pronoun' ? this.antecedent(c.text, c.start) : c;
    const local = target?.local ?? null;
    const kind = target?.kind === 'source' ? 'anonymous' : local === null ? 'unknown' : 'entity';
    if (kind === 'anonymous') return { start: c.start, end: c.end, text: c.text, kind, local, source: target!.text };
    if (local !== null && c.kind === 'pronoun' && target && this.onlyPersonBefore(target, c.start)) return { start: c.start, end: c.end, text: c.text, kind, local, titled: true };
    return local !== null && c.kind !== 'pronoun' && /^the\s/i.test(c.text) && this.equated(c.text, local) ? { start: c.start, end: c.end, text: c.text, kind, local, titled: true } : { start: c.start, end: c.end, text: c.text, kind, local };
  }

  /**
   * "Interior Minister Ana Ruiz visited the quay on Sunday. She said: …": a pronoun's antecedent named in
   * full after an office in the sentence right before (or earlier in its own), the only person named from
   * there to the pronoun, is as sure as the name. Without the office ("Ana Ruiz spoke to reporters. …, he
   * said") it stays a guess: the passage may be about several people.
   */
  private onlyPersonBefore(target: Candidate, at: number): boolean {
    if (target.kind !== 'mention' || !/\s/.test(target.text) || target.start >= at) return false;
    const office = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(this.text.slice(Math.max(0, target.start - 30), target.start));
    if (!office || !PERSON_NOUN.test(office[1])) return false;
    const k = upperBound(this.sentenceStarts, at) - 1;
    if (k < 0 || upperBound(this.sentenceStarts, target.start) - 1 < k - 1) return false;
    return this.mentions(this.sentenceStarts[Math.max(0, k - 1)], at).every((m) => m.type !== 'person' || m.local === target.local);
  }

  /**
   * Whether the article itself gives person `local` the role a description names ("the minister"): in a
   * description of theirs ("Ana Ruiz, the mayor of …") or right before their name ("Health Minister Ana
   * Ruiz", "the health minister, Ana Ruiz"). Not that the role was only guessed to be them.
   */
  private equated(description: string, local: number): boolean {
    const e = this.layer.entities[local];
    if (e.type !== 'person') return false;
    const ws = description.toLowerCase().split(/\s+/);
    const noun = (ws.find((w) => TITLE_NOUNS.has(w)) ?? ws[ws.length - 1]).replace(/[^\p{L}\p{N}-]/gu, '');
    if (!noun) return false;
    const key = `${noun}\u0000${local}`;
    const equatedRoles = (this.equatedRoles ??= new Map());
    let known = equatedRoles.get(key);
    if (known === undefined) equatedRoles.set(key, (known = this.givesRole(e, noun)));
    return known;
  }

  /** Whether the article gives person e the role `noun`, in a description or around a mention. */
  private givesRole(e: LocalEntity, noun: string): boolean {
    const { word, before, after } = rolePatterns(noun);
    if (e.descriptions.some((d) => word.test(d.text.toLowerCase()))) return true;
    // Only mentions with the word in reach are tried: most people have many mentions and no role
    // word near any (the patterns on every mention cost 0.1 s per BBC pass).
    const at = this.occurrences(noun);
    const near = (from: number, to: number): boolean => {
      if (!at) return true;
      const i = firstAtLeast(at, from, (x) => x);
      return i < at.length && at[i] < to;
    };
    return e.mentions.some((i) => {
      const m = this.layer.mentions[i];
      return (near(m.start - 40, m.start) && before.test(this.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase())) || (near(m.end, m.end + 60) && after.test(this.text.slice(m.end, m.end + 60).toLowerCase()));
    });
  }

  /**
   * Where a lower-case word starts in the text, ignoring case, in order; null where lower-casing
   * changes the text's length (a few letters such as "İ"), so positions would not match.
   */
  private occurrences(word: string): number[] | null {
    const wordsAt = (this.wordsAt ??= new Map());
    let at = wordsAt.get(word);
    if (at !== undefined) return at;
    this.lower ??= this.text.toLowerCase();
    if (this.lower.length !== this.text.length) at = null;
    else {
      at = [];
      for (let i = this.lower.indexOf(word); i >= 0; i = this.lower.indexOf(word, i + 1)) at.push(i);
    }
    wordsAt.set(word, at);
    return at;
  }

  /** Whether a candidate stands right after a preposition ("on Twitter", "to Reuters"). */
  prepositional(c: Candidate, from: number): boolean {
    return PREPOSITIONS.has(lastWord(this.text.slice(Math.max(from, c.start - 12), c.start).trimEnd()));
  }

  /**
   * The subject of a verb at `verb` among the candidates of [from, verb): the name right before it
   * ("Farouk said"), else the first person of the clause across an apposition ("Farouk, a member
   * of Jaysh al-Islam (Army of Islam), condemned"), else its first non-place candidate.
   */
  subject(from: number, verb: number): Candidate | null {
    // "The Relief Network, which employs 300 people, said", "One engineer, who asked not to be named, said":
    // the subject is before the relative clause, and an indefinite one is an unnamed source.
    const clause = this.text.charCodeAt(verb - 2) === 44 || this.text.charCodeAt(verb - 1) === 44 ? RELATIVE_BEFORE.exec(this.text.slice(Math.max(from, verb - 160), verb)) : null;
    const cut = clause ? verb - clause[0].length : verb;
    const unnamed = clause && INDEFINITE_BEFORE.exec(this.text.slice(Math.max(from, cut - 60), cut));
    if (unnamed) return { start: cut - unnamed[1].length, end: cut, text: unnamed[1], local: null, kind: 'source', place: false, possessive: false };
    // "Tomasz Wrona from Kelvale wrote": a name right after "from" and another name is where that one is from.
    // (One pass, not two filters: subject() is asked some 6,500 times per BBC pass.)
    const cands: Candidate[] = [];
    let prev: Candidate | null = null;
    for (const c of this.candidates(from, verb)) {
      if (c.possessive || c.end > cut) continue;
      if (!prev || c.start - prev.end < 6 || !FROM_BETWEEN.test(this.text.slice(prev.end, c.start))) cands.push(c);
      prev = c;
    }
    const last = cands[cands.length - 1];
    if (!last) return this.described(from, verb);
    const gap = this.text.slice(last.end, verb).trim().toLowerCase();
    // "Colin Asplin, Blackpool Hotel Association said": the person, not the body after the comma.
    const before = cands[cands.length - 2];
    if (before && last.kind === 'mention' && this.layer.entities[last.local!].type !== 'person' && this.isPerson(before) && /^,\s*$/.test(this.text.slice(before.end, last.start))) return before;
    const immediate = gap.split(/\s+/).every((w) => w === '' || FILLER.has(w));
    // "Lena Ortiz and Paul Weir said": the first of a joint statement's speakers.
    if (immediate && before && this.isPerson(before) && this.isPerson(last) && JOINT.test(this.text.slice(before.end, last.start))) return before;
    // "the 27-year-old Austrian said": a one-word "name" inside a description is the description's.
    const oneWord = last.kind === 'mention' && !/\s/.test(last.text) && this.layer.entities[last.local!].type !== 'organization';
    const described = oneWord && /\b[Tt]he\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u.test(this.text.slice(Math.max(from, last.start - 40), last.start));
    // "Clinton answered the question on Facebook, writing": a name after a preposition is no subject, when a
    // person before it can be.
    const after = immediate && !this.isPerson(last) && this.prepositional(last, from);
    const subject = after ? cands.find((c) => c !== last && this.isPerson(c) && !this.oblique(c, this.sentenceStart(c.start))) : undefined;
    if (subject) return subject;
    if (immediate && !described) return last;
    const description = this.described(from, verb);
    if (description) return description;
    if (immediate) return last;
    // "Mr MacDonell, political editor of The Scotsman, said" but "The Pentagon spokesman, John Kirby, said" and
    // "the chief executive of Saltmere Chemicals, Aldo Pekkar, told": a role phrase yields to the name after it.
    const first = cands.find((c) => this.isPerson(c) && !/^(?:the|a|an|its|his|her|their)\s/i.test(c.text));
    if (/^,$/.test(gap) && first && first !== last && /^\s*,/.test(this.text.slice(first.end, first.end + 3))) return first;
    if (/^,$/.test(gap) && this.isPerson(last)) return last;
    return cands.find((c) => this.isPerson(c) || c.kind === 'source' || /^s?he$/i.test(c.text)) ?? cands.find((c) => !c.place) ?? null;
  }

  /**
   * "The world indoor champion said", "the 34-year-old added", "said the European champion": a
   * definite description next to the verb that names no one refers back, as a pronoun does.
   */
  private described(from: number, verb: number, after = false): Candidate | null {
    const m = after
      ? /^\s*([Tt]he\s+(?:(?![Tt]he\s)[\p{L}\p{N}][\p{L}\p{N}'’-]*,?\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}-]*)(?=\s*[,.;:]|\s*$)/u.exec(this.text.slice(from, Math.min(verb, from + 60)))
      : /\b([Tt]he\s+(?:(?![Tt]he\s)[\p{L}\p{N}][\p{L}\p{N}'’-]*,?\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}-]*)\s+$/u.exec(this.text.slice(Math.max(from, verb - 60), verb));
    if (!m || m[1].split(/\s+/).some((w) => VERBS.has(w.toLowerCase()) || CUE_WORDS.has(w))) return null;
    const start = after ? from + m[0].length - m[1].length : verb - m[0].length;
    // Before the verb, the description opens its clause: "The champion said", "But the 34-year-old added".
    // So it does after a time that opens the sentence: "On Sunday night the lad posted …".
    const opensClause = /(^|[,;:]|\b(?:and|but|however|yet|so|then|while))\s*$/i.test(this.text.slice(Math.max(from, start - 20), start));
    if (!after && !opensClause && !OPENING_TIME.test(this.text.slice(Math.max(this.sentenceStart(start), start - 40), start))) return null;
    const head = /(\S+)$/.exec(m[1])![1];
    if (!PERSON_NOUN.test(head) || ORG_HEADS.has(head.toLowerCase())) return null;
    // "the artists" are several people, none of them named.
    if (/[^s]s$/.test(head)) return { start, end: start + m[1].length, text: m[1], local: null, kind: 'source', place: false, possessive: false };
    // Who the description is: as for a pronoun, who the sentences just before speak of, else the holder of that title ("the Bishop").
    const target = this.antecedent('one', start);
    // The same description again is the same person ("the Bishop said …", "according to the Bishop").
    const key = m[1].toLowerCase().replace(/\s+/g, ' ');
    const holder = (): number | null => this.personWithRole(head.toLowerCase(), start, m[1]);
    const spoken = target && !target.possessive ? target.local : null;
    // "the 58-year-old" is the one person an apposition gave that age ("Oskar Vantberg, 58,").
    const aged = /^(\d{1,3})-year-old$/.exec(head);
    const byAge = aged ? (this.personAged(+aged[1]) ?? null) : null;
    const local = byAge ?? (TITLE_NOUNS.has(head.toLowerCase()) ? (holder() ?? spoken) : (spoken ?? holder())) ?? this.lastPerson(start) ?? this.descriptions?.get(key) ?? null;
    if (local !== null) (this.descriptions ??= new Map()).set(key, local);
    return { start, end: start + m[1].length, text: m[1], local, kind: local === null ? 'source' : 'mention', place: false, possessive: false };
  }

  /** The person the article gives this age beside the name ("Ana Ruiz, 58,", "58-year-old Ana Ruiz"; core/ages.ts), if only one. */
  private personAged(age: number): number | undefined {
    if (!this.agesGiven) {
      this.agesGiven = new Map();
      for (const { value, person } of agesIn(this.text, 0, this.layer.mentions)) {
        const was = this.agesGiven.get(value);
        this.agesGiven.set(value, was === undefined || was === person.local ? person.local : -1);
      }
    }
    const local = this.agesGiven.get(age);
    return local === undefined || local < 0 ? undefined : local;
  }

  /** The organisation a document was issued by, in a relative clause right after it: "the report, which the agency released on Friday,". */
  issuer(document: Candidate, to: number): Candidate | null {
    const issued = ISSUED.exec(this.text.slice(document.end, Math.min(to, document.end + 100)));
    if (!issued) return null;
    const at = document.end + issued[0].indexOf(issued[1]);
    return this.candidates(at, at + issued[1].length).find((c) => c.kind === 'mention' && c.local !== null && this.layer.entities[c.local].type === 'organization') ?? null;
  }

  /** Whether the words before a cue at `verb` are a person and an apposition of theirs: "The mayor, Tom Reddy," "Ana Ruiz, who chairs the board,". */
  apposed(from: number, verb: number): boolean {
    const subject = this.subject(from, verb);
    // Not a name after a preposition: "The paradox of Nancy, says Carl Anthony, …", "… to Mr. Sanders, said David Axelrod".
    return !!subject && this.isPerson(subject) && APPOSITION_TAIL.test(this.text.slice(subject.end, verb)) && !this.oblique(subject, this.sentenceStart(subject.start));
  }

  private isPerson(c: Candidate): boolean {
    return c.kind === 'mention' && this.person(c.local!);
  }

  /**
   * A person the recogniser typed as one, unless the article only ever writes the one word as a
   * country or body owning a role ("Varnia's health minister") or as the first word of a longer name
   * ("Harbour Medical Aid said"): neither is anyone who speaks or holds a title.
   */
  private person(local: number): boolean {
    const e = this.layer.entities[local];
    if (e.type !== 'person') return false;
    if (!e.partial) return true;
    let is = this.people[local];
    if (is === undefined) {
      is = !e.mentions.some((i) => {
        const after = this.text.slice(this.layer.mentions[i].end, this.layer.mentions[i].end + 40);
        const owner = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(after);
        return (owner && owner[1].split(/\s+/).some((w) => OFFICES.has(w))) || /^ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(after);
      });
      this.people[local] = is;
    }
    return is;
  }

  /** Who the words at `from` (right after a quote) credit it to: ", Sokolov told …", ", said X", ", according to a source". */
  after(from: number, to: number): { speaker: Candidate | null; cue: string } | null {
    let at = from;
    // Closing marks too: the second of two apostrophes written for one, an inner quote's closer.
    while (at < to && (isWhiteSpace(this.text.charCodeAt(at)) || PUNCTUATION_AFTER.has(this.text.charCodeAt(at)))) at++;
    // After “… .” a capitalised word starts a sentence of its own: an attribution there is short ("Smith said.").
    // A cue followed by a colon introduces the next quote instead.
    // (After “…?” or “…!” the attribution mostly follows: “Why not?” Mr. Trump asked, repeating …)
    // So after “…?” does a sentence opening on a conjunction: “… Why?” And Teodor says the roads were jammed.
    const own = (this.text[from - 2] === '.' && isUpperAt(this.text, at)) || (/[.!?]/.test(this.text[from - 2]) && /^(?:And|But|Meanwhile)\s/.test(this.text.slice(at, at + 10)));
    const ends = /[.!?]/.test(this.text[to - 1]) || to >= this.text.length || this.text[to] === '\n' || this.text[to] === '\r';
    // There, what follows the cue and its speaker only says where, when or to whom: "Smith said on Twitter.",
    // "Smith told Reuters on Monday." — not "Smith said the plan would fail."
    const short = (end: number, told = false): boolean => {
      const rest = this.text.slice(end, to);
      // A colon right after the attribution introduces the next quote ("Smith said on Monday: “…”"), unless a
      // clause of its own stands between ("Cruz said as the heckler yelled: …").
      const colon = /^[^.!?:]*:/.exec(rest);
      if (colon && !/[a-z]ed\b|[a-z]ing\b/.test(colon[0])) return false;
      if (!own) return true;
      const adverbial = rest.trim().replace(told ? ADDRESSEE : /^/, '');
      return ends && ADVERBIAL.test(adverbial) && !/\bthat\b|["“”]/.test(rest);
    };
    // "…," read a statement from her brother, Emil Dale: the statement's author speaks.
    const read = this.text.startsWith('read', at) || this.text.startsWith('said', at) ? READ_STATEMENT.exec(this.text.slice(at, Math.min(to, at + 80))) : null;
    const by = read ? at + read[0].length : 0;
    const kin = read ? KIN_APPOSED.exec(this.text.slice(by, Math.min(to, by + 60))) : null;
    const author = read ? this.named(by + (kin ? kin[0].length : 0), to) : null;
    if (author && read && author.kind !== 'pronoun') return { speaker: author, cue: read[1] };
    const cue = cueAt(this.text, at);
    if (cue) {
      const speaker = this.named(at + cue.cue.length, to);
      return speaker && short(speaker.end, /^tel|^told/.test(cue.cue)) ? { speaker, cue: cue.cue } : null;
    }
    // "…," the England captain said.
    // The cues and candidates here are asked for only after "the" (after() alone over the BBC quotes: 75 → 65 ms per pass).
    const near = theBefore(this.text, at + 4) ? this.cues(at, Math.min(to, at + 60))[0] : undefined;
    // Not when a person is named in apposition before the verb: "the lawyer, Tomas Benda, said".
    const window = near ? this.candidates(at, Math.min(to, at + 60)) : [];
    const apposed = window.some((c) => c.end <= near!.index && c.kind === 'mention' && /^\p{Lu}/u.test(c.text) && this.isPerson(c));
    const description = near && window[0]?.start !== at && !apposed ? this.described(at, near.index) : null;
    if (description && near && short(near.index + near.cue.length, /^tel|^told/.test(near.cue))) return { speaker: description, cue: near.cue };
    const cands = this.candidates(at, Math.min(to, at + 200));
    if (!cands.length || !this.leadsTo(at, cands[0].start)) return null;
    const first = this.headed(cands, 0);
    // "…," I was told: the one told is no speaker (but "Braynard is quoted as saying" is).
    if (/^\s+(?:was|were|is|are|am|been)\s+(?:told|asked)\b/.test(this.text.slice(first.end, Math.min(to, first.end + 20)))) return null;
    // “…,” Bennett shot back / Kelly charged: right after a quote left open by a comma, a name and any past verb credit it.
    const manner = !own && !first.place && !first.possessive ? MANNER.exec(this.text.slice(first.end, Math.min(to, first.end + 40))) : null;
    if (manner && !/\p{Lu}/u.test(manner[1][0]) && short(first.end + manner[0].length)) return { speaker: first, cue: manner[1] };
    const verbs = this.cues(first.end, Math.min(to, first.end + 200));
    let verb = verbs[0];
    // "a resident who asked not to be named said": the verb after a relative clause of the speaker's own.
    const relative = !!verb && !!verbs[1] && /^\s+who\s[^,.;:!?"“”]*$/.test(this.text.slice(first.end, verb.index)) && /^[^,.;:!?"“”]{0,40},?\s*$/.test(this.text.slice(verb.index + verb.cue.length, verbs[1].index));
    if (relative) verb = verbs[1];
    if (!verb || !short(verb.index + verb.cue.length, /^tel|^told/.test(verb.cue))) return null;
    const between = relative ? '' : this.text.slice(first.end, verb.index);
    // "Lena Ortiz and Paul Weir said": a joint statement is its first-named speaker's, in every article alike.
    const joint = cands.find((c) => c.start >= first.end && c.end <= verb.index && JOINT.test(this.text.slice(first.end, c.start)));
    const adjacent = (joint ? this.text.slice(joint.end, verb.index) : between).trim().split(/\s+/).every((w) => w === '' || FILLER.has(w.toLowerCase()));
    // Abbreviations keep their full stop inside an apposition: ", Mr. Obama's deputy,", ", R-Ky.,".
    const apposition = /^\s*(,|[-–—(])/.test(between) && !/[.!?;:]\s/.test(between.replace(ABBREVIATION, 'X'));
    if (!adjacent && !apposition) return null;
    const reported = this.quotedAs(verb, to);
    if (reported) return { speaker: reported, cue: verb.cue };
    // "… Alastair Campbell, Peter Mandelson has said": after a bare comma, the name right before the verb.
    const second = cands.find((c) => c.start >= first.end && c.end <= verb.index);
    if (second && this.isPerson(second) && /^\s*,\s*$/.test(this.text.slice(first.end, second.start)) && this.text.slice(second.end, verb.index).trim().split(/\s+/).every((w) => w === '' || FILLER.has(w.toLowerCase()))) return { speaker: second, cue: verb.cue };
    // "The Pentagon spokesman, John Kirby, said": the person named in the apposition.
    const person = apposition && first.kind !== 'pronoun' ? cands.find((c) => c.start >= first.end && c.end <= verb.index && this.isPerson(c)) : undefined;
    // A description first yields to the name after it: "the lawyer, Tomas Benda, said".
    const speaker = person && (first.kind === 'source' || /^(?:the|a|an)\s/i.test(first.text)) ? person : this.isPerson(first) ? first : (person ?? first);
    return speaker.possessive ? null : { speaker, cue: verb.cue };
  }

  /**
   * Only a title or role stands between a position and a name ("Iran analyst Paul Ridley",
   * "chairman and chief executive Richard Parsons"): a few words, no punctuation, verbs or cues.
   */
  private leadsTo(from: number, to: number): boolean {
    const gap = this.text.slice(from, to).trim();
    if (gap === '') return true;
    // The cheap limits first: after() asks this of up to 200 characters after every quote.
    if (gap.length > 80) return false;
    const ws = gap.split(/\s+/);
    if (ws.length > 7) return false;
    // Abbreviated ranks keep their full stop: "Maj. Gen. Gary J. Volesky", "Spc. Lorraine Walsh".
    const bare = ws.map((w) => (/^\p{Lu}\p{Ll}{0,3}\.$/u.test(w) ? 'X' : w)).join(' ');
    return !/[,.!?;:"“”()]/.test(bare) && ws.every((w) => !VERBS.has(w.toLowerCase()) && !PREPOSITIONS.has(w) && !CUE_WORDS.has(w));
  }

  /** A name a modifier leads to: "BA chairman Martin Broughton", "Gartner's principal analyst Kobita Desai". */
  private headed(cands: Candidate[], i: number): Candidate {
    const c = cands[i];
    const next = cands[i + 1];
    // A title the recogniser took for a person of its own leads to the name right after it ("Senate Majority Leader Mitch McConnell").
    // So does a name before a role: "Huckabee spokeswoman Alice Stewart", "Obama adviser David Axelrod".
    // Not two speakers: "Lena Ortiz and Paul Weir".
    const gap = this.text.slice(c.end, next?.start ?? c.end);
    const title = !this.isPerson(c) || (/^\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(gap) && !/\b(?:and|or|nor|with)\b/.test(gap));
    return next && title && this.isPerson(next) && !next.possessive && this.leadsTo(c.end, next.start) && next.start - c.end <= 40 ? next : c;
  }

  /** The subject of the clause after an opening phrase: the first person or unnamed source after its comma. */
  clauseSubject(from: number, to: number): Candidate | null {
    const comma = from + this.text.slice(from, Math.min(to, from + 120)).indexOf(',');
    if (comma < from) return null;
    return this.candidates(comma, to).find((c) => !c.possessive && (this.isPerson(c) || c.kind === 'source')) ?? null;
  }

  /** "said one of the shopkeepers": one of a group of people the source nouns do not list, unnamed. */
  private oneOf(from: number, to: number): Candidate | null {
    const m = ONE_OF.exec(this.text.slice(from, Math.min(to, from + 80)));
    if (!m || !PERSON_NOUN.test(m[1].slice(0, -1))) return null;
    const start = from + m[0].length - m[0].trimStart().length;
    return { start, end: from + m[0].length, text: m[0].trimStart(), local: null, kind: 'source', place: false, possessive: false };
  }

  /** "Reuters quoted the minister as saying": the one quoted speaks, not the outlet. */
  quotedAs(verb: Cue, to: number): Candidate | null {
    if (verb.cue !== 'quoted') return null;
    const from = verb.index + verb.cue.length;
    const as = /\sas\s+saying\b/.exec(this.text.slice(from, Math.min(to, from + 120)));
    if (!as) return null;
    // No name: the words themselves name someone unnamed ("one trader").
    const phrase = trim(this.text, { start: from, end: from + as.index });
    const unnamed = words(this.text, phrase.start, phrase.end, 7) <= 6 && !/[,.;:"“”]/.test(this.text.slice(phrase.start, phrase.end));
    return this.named(from, from + as.index) ?? (unnamed && phrase.end > phrase.start ? { ...phrase, text: this.text.slice(phrase.start, phrase.end), local: null, kind: 'source', place: false, possessive: false } : null);
  }

  /** The speaker named right after a cue ("said Farouk", "according to a source", "according to him"). */
  named(from: number, to: number): Candidate | null {
    const cands = this.candidates(from, Math.min(to, from + 120), true);
    if (!cands.length) return this.described(from, to, true) ?? this.oneOf(from, to);
    if (!this.leadsTo(from, cands[0].start)) return null;
    // Names that only modify the person's title lead on to them: "said Florida-based Republican strategist Al Cardenas".
    let i = 0;
    while (!this.isPerson(cands[i]) && cands[i].kind === 'mention' && i + 1 < cands.length && cands[i + 1].start - cands[i].end <= 40 && this.leadsTo(cands[i].end, cands[i + 1].start)) i++;
    const c = this.headed(cands, this.isPerson(cands[i]) ? i : 0);
    return c.possessive || c.place ? null : c;
  }
}

const TERMINATOR = /\n|[.!?](?=\s|$)/g;

/** Where a sentence ends after `from`, within `to`: a terminator followed by space (not after "Mr" or an initial). */
export function sentenceEnd(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(part); m; m = TERMINATOR.exec(part)) {
    const i = from + m.index;
    if (m[0] === '\n') return i;
    if (m[0] === '.' && /(^|\s)(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|Rev|Sen|Rep|Gov|Jr|Sr|Spc|Capt|Maj|Cpl|Pvt|Adm|Brig|Cmdr|Insp|Supt|Det|Hon|Amb|Atty|Engr|\p{Lu})$/u.test(text.slice(Math.max(from, i - 5), i))) continue;
    return i + 1;
  }
  return to;
}

/** Whether the character at `at` is a capital (/\p{Lu}/u), told by its code where it is ASCII (the pattern was 1% of quote finding). */
function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && /\p{Lu}/u.test(text[at]);
}

/** What after() passes over between a quote and its attribution, by character code (a string per character was garbage). */
const PUNCTUATION_AFTER = new Set([...',;:.!?–—-\'"’”»›‘“«‹'].map((c) => c.charCodeAt(0)));

/** Who a quote is credited to, and the words that credit it (where its channel and day are looked for). */
export interface Credit {
  speaker: Candidate | null;
  cue: string | null;
  from: number;
  to: number;
}

/** A relative clause naming who issued a document: ", which the Water Board published", ", which the agency released". */
const ISSUED = /^,\s+(?:which|that)\s+([^,.;:"“”]{2,60}?)\s+(?:had\s+|has\s+)?(?:published|released|issued|sent|circulated|made\s+public|put\s+out)\b/;

/** What stands between a name and its verb when the comma before the verb closes an apposition: ",", ", the mayor,", ", who chairs the board,". */
const APPOSITION_TAIL = /^\s*,(?:[^,.;:!?"“”]{1,60},)?\s*$/;

/** Titles that tell a gender, right before a name ("Mrs", "Sir", "spokeswoman"). */
// Titles, and kin words before a name ("her son Tomas", "his mother, Ana"): the name's gender.
const FEMALE_TITLES = new Set('mrs ms miss madam madame lady dame queen princess spokeswoman chairwoman businesswoman congresswoman mother wife daughter sister grandmother aunt niece widow girlfriend girl'.split(' '));
const MALE_TITLES = new Set('mr sir lord king prince spokesman chairman businessman congressman father husband son brother grandfather uncle nephew widower boyfriend boy'.split(' '));
/** A gendered description in apposition after a name: "Ana Ruiz, a mother of three,", "Tomas Lind, her brother,". */
const FEMALE_APPOSED = /^,\s+(?:a|the|his|her|their)\s+[^,]*\b(?:woman|spokeswoman|chairwoman|mother|wife|daughter|sister|actress|girl|grandmother|widow)\b/i;
const MALE_APPOSED = /^,\s+(?:a|the|his|her|their)\s+[^,]*\b(?:man|spokesman|chairman|father|husband|son|brother|actor|boy|grandfather|widower)\b/i;

/**
 * The word ending [from, to), lower case, with its full stop and spaces after it: "mrs" of "… Mrs. ".
 * Read by hand, not by a pattern ending in `$` tried at every character (gender() was 2.5% of quote finding).
 */
function titleBefore(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > from && text.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > from && isAsciiWord(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** A character of a word as `\b` reads it: [A-Za-z0-9_]. */
const isAsciiWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether the last character of [from, to) other than white space is a comma. */
function commaBefore(text: string, from: number, to: number): boolean {
  let at = to - 1;
  while (at >= from && isWhiteSpace(text.charCodeAt(at))) at--;
  return at >= from && text.charCodeAt(at) === 44;
}

/** "according to X" and "…, said Mr Thomas" name the speaker after the cue. */
const namedAfterCue = (attributor: Attributor, cue: Cue, open: number): Candidate | null => attributor.quotedAs(cue, open) ?? attributor.named(cue.index + cue.cue.length, open);

/** "…, said Mr Thomas." names the speaker; "…, said prosecutors expected a verdict" reports what others said. */
const closing = (text: string, c: Candidate | null, open: number): Candidate | null => (c && /^\s*(?:[,.;:!?(–—-]|$)/.test(text.slice(c.end, open)) ? c : null);

/** The last cue in [from, open) with a subject (a quote's head, a figure's sentence); else, before "…: “", the sentence subject. */

export function credit(attributor: Attributor, text: string, from: number, open: number, quoted: readonly Span[] = []): Credit | null {
  // Not a passive ("she was told"), whose subject is no speaker.
  // "Sanders was asked by host Bill Maher, …": a passive's agent speaks (the last passive).
  // One loop, not three filters: credit() is asked some 14,000 times per BBC pass.
  // (cues() gives a list of its own: it is filtered in place.)
  const cues = attributor.cues(from, open);
  let passive: Cue | undefined;
  let n = 0;
  for (const c of cues) {
    if (inside(quoted, c.index, c.index + c.cue.length)) continue;
    if (PASSIVE.test(text.slice(Math.max(from, c.index - 8), c.index))) passive = c;
    else cues[n++] = c;
  }
  cues.length = n;
  const by = passive && /^\s+by\s+/.exec(text.slice(passive.index + passive.cue.length, open));
  const agent = passive && by ? attributor.named(passive.index + passive.cue.length + by[0].length, open) : null;
  // A later cue of a relative clause ("…, who has criticised her before, …") says something else.
  const later = (p: Cue): boolean => cues.some((c) => c.index > p.index && !RELATIVE_CLAUSE.test(text.slice(Math.max(from, c.index - 60), c.index)));
  if (agent && passive && !later(passive)) return { speaker: agent, cue: passive.cue, from, to: open };
  for (let k = cues.length - 1; k >= 0; k--) {
    const { index, cue } = cues[k];
    // Not a comma closing an apposition of the subject: "The mayor, Tom Reddy, said residents "…"".
    const inverted = /^(according|attributed)\s+to$/i.test(cue) || cue === 'quoted' || (INVERTING.has(cue) && commaBefore(text, Math.max(from, index - 3), index) && !attributor.apposed(from, index));
    // "Writing in the Guardian, Mr Brown …": an opening participle's subject follows its phrase.
    const opening = /ing$/.test(cue) && !/\S/.test(text.slice(attributor.sentenceStart(index), index)) ? attributor.clauseSubject(index, open) : null;
    // "The board sent a message to Peter Baines, saying: …": a participle after a comma is its clause subject's, not the addressee's.
    const trailing = !opening && /ing$/.test(cue) && commaBefore(text, Math.max(from, index - 3), index) ? attributor.sentenceSubject(Math.max(from, attributor.sentenceStart(index)), index) : null;
    const speaker = opening ?? trailing ?? (inverted ? ((cue === 'said' || cue === 'says' ? closing(text, namedAfterCue(attributor, cues[k], open), open) : namedAfterCue(attributor, cues[k], open)) ?? attributor.subject(from, index)) : (attributor.subject(from, index) ?? namedAfterCue(attributor, cues[k], open)));
    // "According to the audit, which the Water Board published on Friday, …": the document's issuer speaks.
    if (speaker) return { speaker: (speaker.kind === 'source' && attributor.issuer(speaker, open)) || speaker, cue, from, to: open };
  }
  const mark = markStart(text, open);
  // "Hillary Clinton cracked, “…”", "Mr. Reid quipped angrily, “…”": a name, a past verb of manner and a comma right before the quote.
  // Tried only after a comma: the pattern's own search of every quote's head was 1% of quote finding.
  const manner = commaBefore(text, Math.max(from, mark - 40), mark) ? /\s+[a-z]{3,}ed(?:\s+[a-z]+ly)?,\s*$/.exec(text.slice(Math.max(from, mark - 40), mark)) : null;
  if (manner) {
    const cands = attributor.candidates(from, mark - manner[0].length);
    const last = cands[cands.length - 1];
    if (last && !last.possessive && !last.place && last.kind !== 'source' && last.end === mark - manner[0].length && !attributor.prepositional(last, from)) return { speaker: last, cue: null, from, to: open };
  }
  if (/:\s*$/.test(text.slice(Math.max(from, mark - 10), mark))) {
    const cands = attributor.candidates(from, open).filter((c) => !c.possessive && !c.place);
    // The name right before the colon ("… – Carl Bialik: “…”"), else the sentence's first.
    const last = cands[cands.length - 1];
    const adjacent = last && /^\s*:\s*$/.test(text.slice(last.end, mark)) && !(attributor.prepositional(last, from) && cands.length > 1) ? last : undefined;
    // Else the sentence's first name, or its subject when that is unnamed ("a spokesman for the mayor could only quip: …").
    const own = attributor.sentenceStart(open);
    // Not a name after a preposition: "On Kestrel Radio, Dr Pryse repeated her advice: …" is Dr Pryse's.
    const first = cands.find((c) => c.kind === 'mention' && attributor.sentenceStart(c.start) === own && !attributor.prepositional(c, from));
    const speaker = adjacent ?? first ?? cands.find((c) => c.kind === 'mention' && attributor.sentenceStart(c.start) === own) ?? (own >= from ? attributor.sentenceSubject(own, mark) : null);
    if (speaker) return { speaker, cue: null, from, to: open };
  }
  return null;
}

/**
 * Who the main clause of a sentence [from, to) credits: with several cues, the first one's up to the
 * second ("Dr Lan said the number of people admitted to hospital had fallen": Dr Lan, not "people"),
 * else credit()'s; the credit spans the whole sentence (its channel and day may come after).
 */
export function mainCredit(attributor: Attributor, text: string, from: number, to: number, quoted: readonly Span[]): Credit | null {
  const cues = attributor.cues(from, to).filter((c) => !inside(quoted, c.index, c.index + c.cue.length));
  const main = cues.length > 1 ? credit(attributor, text, from, Math.min(to, cues[1].index), quoted) : null;
  return main?.speaker ? { speaker: main.speaker, cue: main.cue, from: main.from, to } : credit(attributor, text, from, to, quoted);
}

/** A clause joined to the one before by a comma or semicolon and a conjunction: ", and chief executive Y …". */
const CLAUSE_JOIN = /(?:[,;][\s\u00a0]+(?:and|but|while|whereas|yet)|;)[\s\u00a0]+/g;

/** Where the clauses joined in [from, to) start, in order, or null for none. */
function clauseStarts(text: string, from: number, to: number): number[] | null {
  const comma = text.indexOf(',', from);
  const semicolon = text.indexOf(';', from);
  if ((comma < 0 || comma >= to) && (semicolon < 0 || semicolon >= to)) return null;
  const span = text.slice(from, to);
  let out: number[] | null = null;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(span); m; m = CLAUSE_JOIN.exec(span)) (out ??= []).push(from + m.index + m[0].length);
  return out;
}
