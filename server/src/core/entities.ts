// In-article linking: recognised names become mentions of local entities. A bare surname refers
// to the full name the article introduces, an acronym to its expansion, "the Observatory" to the
// organisation whose name holds that word; appositions become descriptions.

import { inside } from './boilerplate';
import { OUTLET_WORDS, PLATFORMS } from './claims/vocabulary';
import { cached, coreKey, CORPORATE, withoutNickname, GIVEN_NAME_HONORIFICS, initials, isClubInitials, isClubName, isCompanyForm, isCompanyName, isFeatureName, nameCore, ORG_SUFFIX, PARTICLES, rankSpellings, TITLES, typeByWord, WELL_KNOWN } from './names';
import type { NameCore } from './names';
import { firstAtLeast, hasLowerCase, isWhiteSpace, isWordCode, lastWord, MONTHS } from './text';
import type { Description, EntityLayer, EntityType, LocalEntity, Mention, NamedSpan, Span } from './types';

/** Nouns that head organisation names and are used alone with "the" to refer back to them. */
const ORG_HEADS = new Set(
  'Observatory Ministry Committee Council Commission Agency Army Front Party Union Court Bank Company Group Foundation Institute University Organisation Organization Coalition Forces Alliance Movement Federation Association Authority Department Office Board Assembly Parliament Senate Congress Corporation Network Centre Center Fund Trust Service Police Directorate'.split(
    ' ',
  ),
);

/** Last words of newspapers' and broadcasters' names, lower-case: where the outlet is named after its place, the place alone is the place. */
const OUTLET_LAST_WORDS = new Set(OUTLET_WORDS.map((w) => w.toLowerCase()));

/**
 * Every spelling of the well-known names, with its type, by its first two characters: a spelling is
 * looked for only where the text has those (most articles lack most of them; the searches for all
 * were a tenth of linking's own time). Each pair once per article, without a map of them per
 * article as before (missedKnown: about 2 ms per BBC pass less).
 */
const KNOWN_BY_START = new Map<string, { name: string; type: EntityType }[]>();
for (const known of WELL_KNOWN)
  for (const name of [known.name, ...known.aliases]) {
    const start = name.slice(0, 2);
    KNOWN_BY_START.set(start, [...(KNOWN_BY_START.get(start) ?? []), { name, type: known.type }]);
  }

interface Draft {
  span: NamedSpan;
  text: string;
  core: NameCore;
  /**
   * The last core word as written, without diacritics: what a bare surname is matched on in its
   * article. Not the spelling-tolerant fold: an article spells its people one way, and the fold
   * joined a nationality in a list ("French, Greek, Korean") to a surveyor named Kurran.
   */
  last: string;
  /**
   * How many core words (core.words.length), kept here: asked of every draft in most steps, and
   * read through the shared core it was a chain of loads far apart in memory.
   */
  words: number;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Whether a name is an acronym (ACRONYM), told by its characters where they are ASCII: most names fail at their second letter (asked of every name of a BBC pass with its slice, 3.5 -> 2.5 ms). */
function isAcronymText(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return ACRONYM.test(s);
    if (c < 65 || c > 90) return false;
  }
  return s.length <= 6;
}
const isDashOrSpace = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || isWhiteSpace(c);
/** Spaces, quotation marks and opening brackets. */
const isOpening = (c: number): boolean => isWhiteSpace(c) || c === 34 || c === 39 || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d) || c === 40 || c === 91;
const NOT_LETTER = /[^\p{L}]/gu;
/** Whether a title has this length and first letter, at length * 128 + its code (as ROLE_STARTS). */
const TITLE_STARTS: boolean[] = [];
for (const w of [...TITLES, ...GIVEN_NAME_HONORIFICS]) TITLE_STARTS[w.length * 128 + w.charCodeAt(0)] = true;
/**
 * The letters of the word at [start, end) in lower case ("[President]" → "president"), where it may
 * be a title; '' for a word of ASCII letters of a length and first letter no title has, without
 * slicing it (most words of people's names: about 1 ms per BBC pass).
 */
function titleWord(text: string, start: number, end: number): string {
  // Letters counted and the first one kept, so that a word with other characters ("Dr.", "al-Assad")
  // is cleaned by the pattern only where its letters could be a title (titleWord over a BBC pass: 4 -> 2 ms).
  let letters = 0;
  let first = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text.slice(start, end).replace(NOT_LETTER, '').toLowerCase();
    if ((c | 32) >= 97 && (c | 32) <= 122) {
      if (!letters++) first = c | 32;
    }
  }
  if (!TITLE_STARTS[letters * 128 + first]) return '';
  return letters === end - start ? text.slice(start, end).toLowerCase() : text.slice(start, end).replace(NOT_LETTER, '').toLowerCase();
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/**
 * Where `part` first starts in [from, to) of `text`, or -1: indexOf without
 * reading on to the text's end, as it did for every person's name (clean: 6 ms per BBC pass).
 */
function indexIn(text: string, part: string, from: number, to: number): number {
  for (let i = text.indexOf(part[0], from); i >= 0 && i < to; i = text.indexOf(part[0], i + 1)) if (text.startsWith(part, i)) return i;
  return -1;
}

/** Whether the line around an offset is written in capitals (where "IS" is a verb), memoised per line. */
function shoutingLines(text: string): (at: number) => boolean {
  const memo = new Map<number, boolean>();
  return (at) => {
    const start = text.lastIndexOf('\n', at) + 1;
    let v = memo.get(start);
    if (v === undefined) {
      const end = text.indexOf('\n', at);
      memo.set(start, (v = !/\p{Ll}{3}/u.test(text.slice(start, end < 0 ? text.length : end))));
    }
    return v;
  };
}
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Where a name starts with the word hyphened to it: the particle of a surname ("al-Assad" when the
 * recogniser saw "Assad") or, for a person, the first half of a double given name ("Tor-Einar
 * Vang" when it saw "Einar Vang": it took "Tor" for a word), unless that word is a prefix ("Pro-").
 */
function withParticle(text: string, start: number, person = false): number {
  if (text.charCodeAt(start - 1) !== 45) return start;
  let i = start - 1;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  if (i >= start - 1 || isWordCode(text.charCodeAt(i - 1))) return start;
  const word = text.slice(i, start - 1);
  if (PARTICLES.has(word.toLowerCase())) return i;
  return person && word.length >= 2 && isCapital(word.charCodeAt(0)) && !isCapital(word.charCodeAt(1)) && !PREFIXES.has(word) ? i : start;
}
/**
 * Where a person's name starts with the lower-case particles written apart before the surname
 * ("Gov. delos Santos", "said van der Berg", "de la Cruz told"): the recogniser takes the capitalised
 * word alone. Only particles that are no English words, and only before a capital.
 */
const SPACED_PARTICLES = new Set(['de', 'del', 'dela', 'della', 'delos', 'dos', 'das', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'las', 'los', 'le', 'bin', 'binti', 'ibn', 'al', 'el']);
function withSpacedParticles(text: string, start: number): number {
  let at = start;
  for (let n = 0; n < 3 && text.charCodeAt(at - 1) === 32; n++) {
    let i = at - 1;
    while (i > 0 && text.charCodeAt(i - 1) >= 97 && text.charCodeAt(i - 1) <= 122) i--;
    if (i === at - 1 || isWordCode(text.charCodeAt(i - 1)) || !SPACED_PARTICLES.has(text.slice(i, at - 1))) break;
    at = i;
  }
  return at;
}
/** Whether one of `months` is written at `start`. */
function isMonth(text: string, start: number, months: readonly string[] | undefined): boolean {
  if (months) for (const m of months) if (text.startsWith(m, start)) return true;
  return false;
}
/** Prefixes written capitalised before a name in headlines ("Pro-Kremlin", "Ex-Minister"). */
const PREFIXES = new Set(['Pro', 'Anti', 'Ex', 'Non', 'Neo', 'Post', 'Pre', 'Mid', 'Co', 'Vice', 'Self', 'Semi', 'Multi', 'Pan', 'Trans', 'Sub', 'Super', 'Ultra', 'Inter', 'Counter']);
/** The months by the length of their names. */
const MONTHS_BY_LENGTH: string[][] = [];
for (const m of MONTHS) (MONTHS_BY_LENGTH[m.length] ??= []).push(m);
/** A month named as a date ("by June 1", "in May"), which the recogniser sometimes takes for a name. "May said" stays a name. */
function isDate(text: string, s: Span): boolean {
  // Only the months of the name's length are compared, in place, instead of slicing every name of
  // 3 to 9 letters to look it up: 2.1 -> 1.2 ms per BBC pass.
  if (!isMonth(text, s.start, MONTHS_BY_LENGTH[s.end - s.start])) return false;
  return /^[\s\u00a0]+\d/.test(text.slice(s.end, s.end + 3)) || /\b(in|by|on|since|until|from|early|late|mid|last|next|of|this)[\s\u00a0]+$/i.test(text.slice(Math.max(0, s.start - 8), s.start));
}

const UPPER = /\p{Lu}/u;
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && UPPER.test(String.fromCharCode(c)));

/** An en or em dash between two capitalised words: names are hyphened, pairs of names dashed. */
const PAIRING_DASH = /(?<=\p{L})[\u2013\u2014](?=\p{Lu})/u;

/** A name glued to a lower-case prefix is part of a modifier, not a mention: "anti-Daesh", "pro-Assad". */
function isModified(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 45) return false;
  let i = start - 1;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  const prefix = text.slice(i, start - 1);
  return prefix.length > 0 && prefix === prefix.toLowerCase() && !PARTICLES.has(prefix);
}
const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && isWordCode(c));

/** A name of words ending in "Bill" or "Act", or starting "Anti-"/"Pro-": a law or a campaign. */
function isLegislation(text: string, start: number, end: number): boolean {
  if (text.startsWith('Anti-', start) || text.startsWith('Pro-', start)) return true;
  // (Most names end in neither "l" nor "t", and need no search for their last word.)
  const c = text.charCodeAt(end - 1);
  if (c !== 108 && c !== 116) return false;
  const last = text.lastIndexOf(' ', end - 1);
  // The last word compared in place: this is asked of every person's name of several words.
  if (last <= start || !((end - last === 5 && text.startsWith(' Bill', last)) || (end - last === 4 && text.startsWith(' Act', last)))) return false;
  return text.slice(start, last).split(' ').every((w) => isCapital(w.charCodeAt(0)));
}

const OF_PLACE = /^ of (?:the )?\p{Lu}/u;
const TITLED_NAME = /^(?:Mr|Mrs|Ms|Dr|Commodore|Admiral|Brigadier|Lieutenant|Corporal|Sergeant|Sgt|Capt|Captain|Colonel|Col|Atty|Engr|Prof|Professor|Sir|Dame|Rev|Reverend|Senator|Sen|Governor|Gov|Mayor)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$/u;

/** Trims titles ("President", "[President]"), possessives and stray punctuation off a recognised span. */
function clean(text: string, s: NamedSpan): NamedSpan | null {
  let { start, end, type } = s;
  while (start < end && isDashOrSpace(text.charCodeAt(start))) start++;
  if (isModified(text, start)) return null;
  // "Commodore Ana Vela" typed as a thing: a person's title before a given name and a surname makes it a person.
  if (type === 'other' && TITLED_NAME.test(text.slice(start, end))) type = 'person';
  if (type === 'person') {
    // A person's name starts after the last title or role word: "Rebel Negotiator Farouk", "[President] al-Assad".
    let cut = start;
    for (let i = start; i < end; ) {
      let j = i;
      while (j < end && !isBlank(text.charCodeAt(j))) j++;
      let k = j;
      while (k < end && isBlank(text.charCodeAt(k))) k++;
      const word = k < end ? titleWord(text, i, j) : '';
      if (word && (TITLES.has(word) || (GIVEN_NAME_HONORIFICS.has(word) && i === start && !/[\s\u00a0-]/.test(text.slice(k, end))))) cut = k;
      i = k;
    }
    start = cut;
    // A full name runs on into where its person works: "Ana Ruiz of the Lubowo hospital" names Ana Ruiz.
    const of = indexIn(text, ' of ', start, end);
    if (of > 0 && text.lastIndexOf(' ', of - 1) > start && OF_PLACE.test(text.slice(of, end))) end = of;
    // Title words alone are no name: "Executive Officer" of "Managing Director and Chief Executive Officer, Ana Ruiz", "Atty".
    if (jobTitle(text, start, end) || TITLES.has(titleWord(text, start, end))) return null;
    // A possessive inside is two names, the owner first: "Blair's Tory critics" names Blair.
    for (let i = start + 1; i < end - 2; i++)
      if (isApostrophe(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 115 && isBlank(text.charCodeAt(i + 2))) {
        end = i;
        break;
      }
    // A bill or an act named after its subject is not a person: "the Anti-Terrorism Bill".
    if (isLegislation(text, start, end)) type = 'other';
  }
  // A possessive: "Assad's", "Hopkins'".
  const last = text.charCodeAt(end - 1);
  const poss = isApostrophe(last) ? 1 : last === 115 && end - 2 >= start && isApostrophe(text.charCodeAt(end - 2)) ? 2 : 0;
  if (poss && end - poss > start) end -= poss;
  while (end > start && !isWordCode(text.charCodeAt(end - 1)) && text[end - 1] !== '.') end--;
  while (start < end && isOpening(text.charCodeAt(start))) start++;
  return end > start ? { start, end, type } : null;
}

/**
 * The span with another type, as a literal: a spread ({ ...span, type }) makes an object of another
 * shape, and every step reading the drafts' spans then met two (deoptimised in the first passes).
 */
const withType = (s: NamedSpan, type: EntityType): NamedSpan => ({ start: s.start, end: s.end, type });

/** `spans` with the names the page states (masthead.ts) in place of whatever the recogniser made of them. */
function withPageNames(spans: readonly NamedSpan[], page: readonly NamedSpan[]): readonly NamedSpan[] {
  if (!page.length) return spans;
  const out = spans.filter((s) => !page.some((p) => s.start < p.end && p.start < s.end));
  out.push(...page);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a word of ORG_SUFFIX or a company form has this length and first letter, lower-case, at
 * length * 128 + its code: the capitalised word after a name (most often another name's, or a
 * sentence's) is lower-cased and looked up only where one does.
 */
const ORG_WORD_STARTS: boolean[] = [];
for (const w of [...ORG_SUFFIX, ...CORPORATE]) ORG_WORD_STARTS[w.length * 128 + w.charCodeAt(0)] = true;

/**
 * A name the recogniser cut short of what makes it an organisation's: club initials before it
 * ("FK" + "Dynamo Veldin") and a company's or channel's word after it ("Acme Agro" + "Holding").
 * The whole is an organisation, and so is every other spelling of it the article types as a person.
 */
function joinOrganisations(text: string, drafts: Draft[]): void {
  const orgs = new Set<string>();
  for (let i = 0; i < drafts.length; i++) {
    let d = drafts[i];
    let next: Draft | undefined = drafts[i + 1];
    if (next && next.span.start === d.span.end + 1 && text.charCodeAt(d.span.end) === 32 && isClubInitials(d.text)) {
      drafts.splice(i, 1);
      d = drafts[i] = draft({ start: d.span.start, end: next.span.end, type: 'organization' }, text.slice(d.span.start, next.span.end));
      next = drafts[i + 1];
    }
    if (text.charCodeAt(d.span.end) === 32 && isCapital(text.charCodeAt(d.span.end + 1))) {
      let end = d.span.end + 1;
      while (isLetter(text.charCodeAt(end))) end++;
      const word = text.slice(d.span.end + 1, end);
      // The word alone may be a name of its own to the recogniser ("ASA"): it joins the name before.
      const wordAlone = next?.span.start === d.span.end + 1 && next.span.end === end;
      // (The word is the last of the name with it, letters only and capitalised: what isCompanyName
      // would ask of the two joined, without joining them.)
      const c = text.charCodeAt(d.span.end + 1);
      if ((c > 127 || ORG_WORD_STARTS[word.length * 128 + (c | 32)]) && (ORG_SUFFIX.has(word.toLowerCase()) || (word.length <= 13 && isCompanyForm(word))) && (!(next && next.span.start < end) || wordAlone)) {
        if (wordAlone) drafts.splice(i + 1, 1);
        d = drafts[i] = draft({ start: d.span.start, end, type: 'organization' }, text.slice(d.span.start, end));
      }
    }
    if (d.span.type !== 'organization' && isCompanyName(d.text)) d.span = withType(d.span, 'organization');
    if (d.span.type === 'organization' && d.words > 1) orgs.add(d.core.key);
  }
  for (const d of drafts) {
    if ((d.span.type === 'person' || d.span.type === 'place') && orgs.size && orgs.has(d.core.key)) d.span = withType(d.span, 'organization');
    // An institution is not its place: "Lipany District Hospital", "Valmora Supreme Court".
    else if (d.span.type === 'place' && d.words > 1 && endsInInstitution(d.text)) d.span = withType(d.span, 'organization');
    else if (d.words > 1) {
      const type = typeByWord(d.text);
      if (type && type !== d.span.type) d.span = withType(d.span, type);
    }
  }
}

/** Nouns that name an organisation and never a person, as a name's apposition ends: "Velantra, the national carrier,". */
const ORG_NOUNS = 'company|firm|carrier|airline|bank|insurer|lender|manufacturer|carmaker|retailer|supermarket chain|charity|broadcaster|newspaper|club|university|hospital|utility|regulator|conglomerate|subsidiary|start-up|startup|corporation|mining company|shipping line';
const ORG_APPOSED = new RegExp(`^,[\\s\u00a0]+(?:the|a|an|its|their)[\\s\u00a0]+(?:[\\p{L}-]+[\\s\u00a0]+){0,3}?(?:${ORG_NOUNS})(?=[\\s\u00a0]*[,.;:)]|[\\s\u00a0]+(?:that|which|based|owned|founded)\\b)`, 'u');
const ORG_BEFORE = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[\\s\u00a0]+(?:[\\p{Ll}-]+[\\s\u00a0]+){0,3}?(?:${ORG_NOUNS}),[\\s\u00a0]+$`, 'u');
/**
 * Whether ORG_APPOSED may start at the comma at `at`: after one space, its article's first letter
 * ("the", "a", "its"); or more spaces, or a character outside ASCII. Told without slicing: most
 * names before a comma are followed by another word ("Smith, who").
 */
function mayApposeOrganisation(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 2);
  return c <= 32 || c >= 127 || c === 116 || c === 97 || c === 105;
}
/** What only an organisation has: "Velantra's chief executive", "Kesterlund's shareholders". */
const CORPORATE_OWNED = /^['’]s?[\s\u00a0]+(?:chief[\s\u00a0]+executive|chief[\s\u00a0]+financial[\s\u00a0]+officer|shareholders|board[\s\u00a0]+of[\s\u00a0]+directors|share[\s\u00a0]+price|shares|headquarters|employees|subsidiary|subsidiaries)\b/u;

/**
 * A name the article describes as an organisation (in an apposition after it or before it, "the state carrier, Velantra,", or by what
 * only an organisation has) is one wherever it is written, whatever the recogniser took it for: on a set written blind,
 * an airline of one word was a place and a mining firm a person.
 */
function organisationsDescribed(text: string, drafts: Draft[]): void {
  let keys: Set<string> | null = null;
  for (const d of drafts) {
    if (d.span.type === 'organization') continue;
    const c = text.charCodeAt(d.span.end);
    const described =
      (c === 44 && mayApposeOrganisation(text, d.span.end) && ORG_APPOSED.test(text.slice(d.span.end, d.span.end + 60))) ||
      ((c === 39 || c === 0x2019) && CORPORATE_OWNED.test(text.slice(d.span.end, d.span.end + 40))) ||
      (c === 44 && text.charCodeAt(d.span.start - 2) === 44 && ORG_BEFORE.test(text.slice(Math.max(0, d.span.start - 50), d.span.start)));
    if (described) (keys ??= new Set()).add(d.core.key);
  }
  if (keys) for (const d of drafts) if (d.span.type !== 'organization' && keys.has(d.core.key)) d.span = withType(d.span, 'organization');
}

/** A job title opening a line: "Communications Officer, …", "Head of Press". */
const JOB_LINE = /^[\s\u00a0]*(?:\p{Lu}[\p{L}-]*[\s\u00a0]+){0,3}(?:Officer|Director|Manager|Spokesperson|Spokesman|Spokeswoman|Editor|Correspondent|Adviser|Advisor|Coordinator|Head|Chief|Secretary)\b/u;

/**
 * A name alone on its line above a job title, as in a press release's contacts or a signature
 * ("Jana Novak\nCommunications Officer, …"), is a person's, whatever else the recogniser took it for.
 */
function isSignature(text: string, d: Draft): boolean {
  const { start, end } = d.span;
  if ((start > 0 && text.charCodeAt(start - 1) !== 10) || (text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) || d.words < 2 || d.words > 3) return false;
  return JOB_LINE.test(text.slice(text.indexOf('\n', end) + 1, text.indexOf('\n', end) + 80));
}

/** Words of a job title written after a name, besides the titles themselves: "President and Chief Executive Officer". */
const JOB_WORDS = new Set('executive officer managing operating financial technology chair founder co-founder head board senior vice deputy ceo cfo coo cto and &'.split(' '));
const AFTER_NAME = /^,[\s\u00a0]+((?:[\p{Lu}&][\p{L}&-]*[\s\u00a0]+(?:and[\s\u00a0]+)?){1,5})(?:of|at)[\s\u00a0]+\p{Lu}/u;

/** Whether a title or a job word has this length and first character, at length * 128 + its code (as TITLE_STARTS). */
const JOB_STARTS: boolean[] = [];
for (const w of [...TITLES, ...JOB_WORDS]) JOB_STARTS[w.length * 128 + w.charCodeAt(0)] = true;

/** Whether the name at [start, end) is two words or more, each a title or a word of one: "Executive Officer", "Managing Director". */
function jobTitle(text: string, start: number, end: number): boolean {
  // The last word first, without splitting or slicing the name: almost every name ends in a word
  // that is no title's (asked of every person's name, 3.3 -> 1.8 ms per BBC pass).
  let space = end - 1;
  while (space >= start && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 0xa0) space--;
  if (space < start) return false;
  // (And sliced only where its length and first letter are a title's or a job word's: 2 ms per BBC pass.)
  const c = text.charCodeAt(space + 1);
  if (c < 128 && !JOB_STARTS[(end - space - 1) * 128 + (c | 32)]) return false;
  const last = text.slice(space + 1, end).toLowerCase();
  if (!(TITLES.has(last) || JOB_WORDS.has(last))) return false;
  return text.slice(start, end).toLowerCase().split(/[\s\u00a0]+/).every((w) => TITLES.has(w) || JOB_WORDS.has(w));
}

/**
 * A name of two or three words followed by its holder's job title and employer ("Comment from Tavuro
 * Ōmberg, President and CEO of Kelstrom:") is a person's, whatever else the recogniser took it for.
 */
function isTitledPerson(text: string, d: Draft): boolean {
  if (d.words < 2 || d.words > 3 || text.charCodeAt(d.span.end) !== 44) return false;
  const job = AFTER_NAME.exec(text.slice(d.span.end, d.span.end + 80));
  if (!job) return false;
  const words = job[1].toLowerCase().split(/[\s\u00a0]+/).filter(Boolean);
  return words.some((w) => TITLES.has(w)) && words.every((w) => TITLES.has(w) || JOB_WORDS.has(w));
}

/** The verb of a reader's or listener's message, before its colon: "… in Marrowick writes:". */
const MESSAGE_VERB = /(?<![\p{L}])(?:writes|wrote|asks|emails|emailed|texts|texted|messages|messaged|tweets|says|adds)$/u;
/** What stands before it: a first name at the start of a sentence or line, and where they write from ("Ysolde in Marrowick", "Sam, from Upper Dale,"). */
const WRITER = /(?:^|[.!?:]["”’]?[\s\u00a0]+|\n[\s\u00a0]*)(\p{Lu}\p{Ll}+),?[\s\u00a0]+(?:in|from)[\s\u00a0]+(\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*){0,2}),?[\s\u00a0]+$/u;
/** Capitalised words opening such a sentence that are groups, not a writer's name ("Police in Marrowick says:"). */
const NOT_WRITERS = new Set(['Police', 'Staff', 'People', 'Someone', 'Everyone', 'One', 'Another', 'Nobody', 'Residents', 'Readers', 'Listeners', 'Viewers', 'Officials', 'Many', 'Others', 'Critics', 'Parents', 'Locals']);

/**
 * Letters pages, phone-ins and live blogs quote their readers by first name and town ("Ysolde in
 * Marrowick writes: …"): the first name is a person's, however the recogniser typed it or missed it,
 * and the town is a place.
 */
function addWriters(text: string, drafts: Draft[]): void {
  // From colon to colon: a scan for the verbs themselves took 90 ms per BBC pass, this one 0.3 ms.
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const c = text.charCodeAt(colon - 1);
    if (c < 97 || c > 122) continue;
    const v = MESSAGE_VERB.exec(text.slice(Math.max(0, colon - 10), colon));
    if (!v) continue;
    const verb = colon - v[0].length;
    const from = Math.max(0, verb - 80);
    const m = WRITER.exec(text.slice(from, verb));
    // "^" is the text's start, not where the slice was cut.
    if (!m || (from > 0 && m[0].startsWith(m[1]))) continue;
    // What opens the match (punctuation, a closing mark, spaces) has no capital letter.
    const start = from + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    let i = 0;
    while (i < drafts.length && drafts[i].span.end <= start) i++;
    const d = drafts[i];
    if (d && d.span.start === start && d.span.end === end) d.span = withType(d.span, 'person');
    else if ((!d || d.span.start >= end) && !NOT_WRITERS.has(m[1])) drafts.splice(i, 0, draft({ start, end, type: 'person' }, m[1]));
    const place = from + m.index + m[0].lastIndexOf(m[2]);
    const p = drafts.find((x) => x.span.start === place && x.span.end === place + m[2].length);
    if (p && p.span.type === 'person') p.span = withType(p.span, 'place');
  }
}

/** Last words of institutions' names, which recognisers take for the place they are named after. */
const INSTITUTIONS = new Set(['Hospital', 'Ministry', 'Agency', 'Court', 'University', 'Council', 'Committee', 'Commission', 'Department', 'Institute', 'Authority']);
/** Whether a word of INSTITUTIONS has this length and first letter, at length * 128 + its code (as TITLE_STARTS). */
const INSTITUTION_STARTS: boolean[] = [];
for (const w of INSTITUTIONS) INSTITUTION_STARTS[w.length * 128 + w.charCodeAt(0)] = true;
/** Whether a name's last word is an institution's (INSTITUTIONS), sliced only where its length and first letter are one's: asked of every place of several words. */
function endsInInstitution(name: string): boolean {
  let i = name.length;
  while (i > 0 && !isWhiteSpace(name.charCodeAt(i - 1))) i--;
  return INSTITUTION_STARTS[(name.length - i) * 128 + name.charCodeAt(i)] === true && INSTITUTIONS.has(name.slice(i));
}

/** A social network's name, and X, which the channel rules leave out as too ambiguous alone. */
const NETWORK = `(?:${[...PLATFORMS, 'X'].map((p) => p.replace(' ', '[\\s\\u00a0]+')).join('|')})`;
/**
 * A day, a month, social networks or a radio frequency the recogniser glued to a name: "the Security
 * Council on Tuesday", "Lipany Hospital on Sept", "the Harbour Gazette on Facebook and X" (a footer's
 * "Follow the Harbour Gazette on …"), "RADIO LIPANY 98.2 FM".
 */
const DATE_TAIL = new RegExp(
  `[\\s\\u00a0]+(?:(?:on|in|by|since|until|from)[\\s\\u00a0]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\p{Ll}*\\.?|on[\\s\\u00a0]+${NETWORK}(?:(?:,|[\\s\\u00a0]+and|[\\s\\u00a0]+or)[\\s\\u00a0]+${NETWORK})*|\\d{2,3}(?:[.,]\\d{1,2})?[\\s\\u00a0]*(?:FM|AM|MHz))$`,
  'u',
);

/**
 * An acronym the article uses alone, glued to a role or a place: "IHA Representative" is the IHA
 * and a role, "IHA Geneva" the IHA and Geneva. Not "UN Security Council", a name of its own.
 */
function splitAcronymHeads(drafts: Draft[], acronyms: Set<string>, places: Set<string>): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const space = d.text.indexOf(' ');
    if (space < 2 || space > 6 || d.words !== 2 || !acronyms.has(d.text.slice(0, space))) continue;
    const rest = d.text.slice(space + 1);
    const place = places.has(d.last);
    if (!place && !TITLES.has(rest.toLowerCase())) continue;
    drafts[i] = draft({ start: d.span.start, end: d.span.start + space, type: 'organization' }, d.text.slice(0, space));
    if (place) drafts.splice(++i, 0, draft({ start: d.span.start + space + 1, end: d.span.end, type: 'place' }, rest));
  }
}

/** A name written in capitals ("THE EASTERN HERALD") as running text writes it: "Eastern Herald". */
function titleCase(name: string): string {
  return name
    .split(' ')
    .filter((w, i) => i > 0 || w !== 'THE')
    .map((w) => (w.length <= 3 && !/^(OF|AND|FOR)$/.test(w) ? w : /^(OF|AND|FOR)$/.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

/**
 * The draft of a name at a span, its core from the shared map. (A map of the cores per article
 * before it, meant to save lookups in the shared one, cost more than it saved: the link stage is
 * 3.5% faster without it, both builds interleaved over the BBC articles.)
 */
function draft(span: NamedSpan, name: string, core = nameCore(name)): Draft {
  return { span, text: name, core, last: core.last, words: core.size };
}

/** The recognised names, cleaned, outside the page's furniture and not dates, as drafts. */
function draftsOf(text: string, spans: readonly NamedSpan[], boilerplate: readonly Span[]): Draft[] {
  const drafts: Draft[] = [];
  // (Most texts have no en or em dash: the pattern is tried on their names only where they do.)
  const dashes = text.includes('\u2013') || text.includes('\u2014');
  for (const raw of spans) {
    const s = clean(text, raw);
    if (!s || inside(boilerplate, s.start, s.end) || isDate(text, s)) continue;
    // A person's surname with its hyphened particle ("al-Assad" where the recogniser saw "Assad"),
    // unless the particle belongs to the name before.
    const hyphened = s.type === 'person' ? withParticle(text, s.start, true) : s.start;
    const particle = s.type === 'person' ? withSpacedParticles(text, hyphened) : s.start;
    const last = drafts[drafts.length - 1];
    if (!last || particle >= last.span.end) s.start = particle;
    // The given name before the particles is the same person's: "Ramon delos Santos".
    if (particle < hyphened && last?.span.type === 'person' && last.span.end === particle - 1) {
      drafts.pop();
      s.start = last.span.start;
    }
    const t = text.slice(s.start, s.end);
    // Two names joined by a dash with no space, as headlines pair them ("Kestrel–Arbon: the deal"), are two names.
    const dash = dashes ? t.search(PAIRING_DASH) : -1;
    if (dash > 0) {
      drafts.push(draft({ start: s.start, end: s.start + dash, type: s.type }, t.slice(0, dash)), draft({ start: s.start + dash + 1, end: s.end, type: s.type }, t.slice(dash + 1)));
      continue;
    }
    drafts.push(draft(s, t));
  }
  return drafts;
}

/** Types and extents the article's own wording settles: organisations' suffixes, signatures, titled people, places after place words, readers' messages, dates glued on. Returns the places taken for people (placesTakenForPeople). */
function retype(text: string, drafts: Draft[]): Set<string> | undefined {
  joinOrganisations(text, drafts);
  organisationsDescribed(text, drafts);
  for (const d of drafts) if (d.span.type !== 'person' && (isSignature(text, d) || isTitledPerson(text, d))) d.span = withType(d.span, 'person');
  const cities = placesTakenForPeople(text, drafts);
  addWriters(text, drafts);
  for (const d of drafts) if (d.words > 2 && DATE_TAIL.test(d.text)) Object.assign(d, draft({ start: d.span.start, end: d.span.start + d.text.search(DATE_TAIL), type: d.span.type }, d.text.slice(0, d.text.search(DATE_TAIL))));
  return cities;
}

/**
 * Document-level consistency against recogniser slips: a name of several words whose last word
 * the article also uses alone as a person is a person ("Jan de Vries" … "De Vries"), and
 * a lone word that is the surname of a person named in full is that person ("Smith-Jones").
 * Returns the words that are places (alone, always) and the surnames of people named in full, as written.
 */
function settlePeople(drafts: Draft[], cities: Set<string> | undefined): { places: Set<string>; surnames: Set<string> } {
  // (Loops, not filter and map: these sets were a tenth of linking's own time.)
  const bareSurnames = new Set<string>();
  for (const d of drafts) if (d.span.type === 'person' && d.words === 1) bareSurnames.add(d.last);
  // Whether each draft is a full name, asked once: retyping the full names below keeps them full
  // and changes no other (three calls per draft before: 2-3 ms per BBC pass).
  const full: boolean[] = [];
  for (const d of drafts) full.push(d.words >= 2 && (d.span.type === 'person' || (bareSurnames.has(d.last) && !typeByWord(d.text) && !cities?.has(d.core.key))));
  const fullSurnames = new Set<string>();
  // A word the recogniser calls a place every time it stands alone is a place: the town, not the
  // club named after it ("Lipany" beside "Rovers Lipany").
  const places = new Set<string>();
  const notPlaces = new Set<string>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (full[i]) fullSurnames.add(d.last);
    else if (d.words === 1) (d.span.type === 'place' ? places : notPlaces).add(d.last);
  }
  for (const w of notPlaces) places.delete(w);
  // Unless it is the surname of a full name the recogniser always calls a person: it often takes a
  // candidate's surname alone for a place ("48,594 for Mwangi, 44") on text written blind for us.
  if (places.size) {
    const notPeople = new Set<string>();
    for (const d of drafts) if (d.words >= 2 && d.span.type !== 'person') notPeople.add(d.core.key);
    for (const d of drafts) if (d.span.type === 'person' && places.has(d.last) && !notPeople.has(d.core.key) && /^\p{Lu}\p{Ll}/u.test(d.text)) places.delete(d.last);
  }
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if ((full[i] && d.span.type !== 'person') || (d.words === 1 && fullSurnames.has(d.last) && !places.has(d.last) && !isAcronymText(d.text))) d.span = withType(d.span, 'person');
  }
  const surnames = new Set<string>();
  for (let i = 0; i < drafts.length; i++)
    if (full[i]) {
      const last = lastWord(drafts[i].text);
      // (The particle pattern only where the word is hyphened.)
      surnames.add(last.includes('-') ? last.replace(/^(al|el|ad|as|ash|at|az|ar|an)-/i, '') : last);
    }
  return { places, surnames };
}

/** The surname of a person named in full also where the recogniser missed it, as in a title-case headline ("… Negotiator Farouk Quits"). */
function missedSurnames(text: string, surnames: Set<string>, taken: readonly Span[], boilerplate: readonly Span[], missed: Draft[]): void {
  for (const name of surnames) {
    if (!/^\p{Lu}/u.test(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(end)) || inside(taken, at, end) || inside(boilerplate, at, end)) continue;
      // With its particle ("al-Assad") unless the recogniser took that word into another name.
      const particle = withParticle(text, at);
      const from = inside(taken, particle, at) ? at : particle;
      missed.push(draft({ start: from, end, type: 'person' }, text.slice(from, end)));
    }
  }
}

/** Well-known short names the recogniser may pass over ("45 IS fighters"), outside ALL-CAPS lines. */
function missedKnown(text: string, taken: readonly Span[], boilerplate: readonly Span[], missed: Draft[]): void {
  const shouting = shoutingLines(text);
  for (const [start, spellings] of KNOWN_BY_START) {
    const first = text.indexOf(start);
    if (first < 0) continue;
    for (const { name, type } of spellings)
      for (let at = text.indexOf(name, first); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        // Not as a part of a modifier ("US-led", "anti-Daesh"), which the recogniser leaves out too.
        if (isWordCode(text.charCodeAt(at - 1)) || (text.charCodeAt(at - 1) === 45 && isWordCode(text.charCodeAt(at - 2))) || /^[\p{L}\p{N}]|^-\p{Ll}/u.test(text.slice(end, end + 2)) || inside(taken, at, end) || inside(boilerplate, at, end) || shouting(at)) continue;
        missed.push(draft({ start: at, end, type }, name));
      }
  }
}

/**
 * A name of several words the recogniser found once is a name wherever the article writes it
 * again: it misses names in one sentence that it finds in the next. (One-word names are left
 * to the recogniser: looking for each of them again cost a tenth of the analysis time.)
 * So is an acronym of three letters or more. A name in capitals is looked for as running text
 * writes it too ("THE EASTERN HERALD", "Eastern Herald").
 * Also in the page's furniture: a name the article uses is that name in its copyright line.
 * Returns the spans of names grown back to their whole where the recogniser cut them short.
 */
function missedRepeats(text: string, drafts: Draft[], taken: Span[], missed: Draft[]): Span[] {
  // Each name's type, and its core where it is written as found (not looked up again for each place).
  const found = new Map<string, { type: EntityType; core: NameCore | undefined }>();
  const grown: Span[] = [];
  for (const d of drafts)
    if ((d.words > 1 || (d.text.length > 2 && isAcronymText(d.text))) && !found.has(d.text) && isCapital(d.text.charCodeAt(0))) {
      found.set(d.text, { type: d.span.type, core: d.core });
      // (Never an empty name: "THE" alone title-cases to nothing, and looking for '' never ends.)
      const running = hasLowerCase(d.text) ? '' : titleCase(d.text);
      if (running) found.set(running, { type: d.span.type, core: undefined });
    }
  for (const [name, { type, core }] of found)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = { start: at, end: at + name.length, type };
      if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(span.end)) || isModified(text, at)) continue;
      if (!inside(taken, at, span.end)) missed.push(draft(span, name, core));
      else {
        // The recogniser cut the name short here, to a part that names something else ("Kelbrook" of
        // "Kelbrook Herald is on Facebook", the paper's town): the whole name, as it found elsewhere.
        const k = firstAtLeast(taken, at, (t) => t.start);
        const cut = taken[k];
        if (cut?.start === at && cut.end < span.end && text.charCodeAt(cut.end) === 32 && (taken[k + 1]?.start ?? Infinity) >= span.end) grown.push((taken[k] = Object.assign(drafts[k], draft(span, name, core)).span));
      }
    }
  return grown;
}

/** Adds the names the recogniser missed (missedSurnames, missedKnown, missedRepeats); returns the spans taken before. */
function addMissed(text: string, drafts: Draft[], surnames: Set<string>, boilerplate: readonly Span[]): Span[] {
  const taken = drafts.map((d) => d.span);
  const missed: Draft[] = [];
  missedSurnames(text, surnames, taken, boilerplate, missed);
  missedKnown(text, taken, boilerplate, missed);
  const grown = missedRepeats(text, drafts, taken, missed);
  // Spellings can overlap one another ("Al" in "Al-Hakim"): the longest at each place wins; a name
  // grown back to its whole wins over a part found again inside it ("Spark" of "Muriel Spark").
  missed.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let covered = -1;
  for (const m of missed)
    if (m.span.start >= covered && !(grown.length && grown.some((g) => m.span.start < g.end && g.start < m.span.end))) {
      drafts.push(m);
      covered = m.span.end;
    }
  if (!inOrder(drafts, (d) => d.span.start)) drafts.sort((a, b) => a.span.start - b.span.start);
  return taken;
}

/**
 * Whether `a` is in order of `key` already, where sorting it (stable) would change nothing: most
 * lists of names here are, and a loop tells it faster than sort() calling a comparison for each
 * pair (the two sorts of every article: about 3 ms per BBC pass).
 */
function inOrder<T>(a: readonly T[], key: (t: T) => number): boolean {
  for (let i = 1; i < a.length; i++) if (key(a[i]) < key(a[i - 1])) return false;
  return true;
}

/**
 * A name whose acronym the article uses, cut short by the recogniser by its first word
 * ("opposition-rebel High Negotiations Committee … The HNC"), gets that word back; an acronym glued
 * to a role or a place is split off (splitAcronymHeads).
 */
function fixAcronyms(text: string, drafts: Draft[], places: Set<string>, taken: readonly Span[]): void {
  const acronymsUsed = new Set<string>();
  for (const d of drafts) if (isAcronymText(d.text)) acronymsUsed.add(d.text);
  if (!acronymsUsed.size) return;
  splitAcronymHeads(drafts, acronymsUsed, places);
  for (const d of drafts) {
    if (d.span.type !== 'organization') continue;
    // (The capitalised word before first, the initials only where there is one: initials of every
    // organisation's name were most of this step.)
    const from = wordsBefore(text, d.span.start, 1);
    if (from === null || !/^\p{Lu}\p{Ll}+[\s\u00a0]+$/u.test(text.slice(from, d.span.start)) || acronymsUsed.has(initials(d.text))) continue;
    const longer = text.slice(from, d.span.end);
    if (acronymsUsed.has(initials(longer)) && !inside(taken, from, d.span.start)) Object.assign(d, draft({ start: from, end: d.span.end, type: d.span.type }, longer));
  }
}

/**
 * "the Observatory" recognised on its own is left to the head-noun references (addHeadReferences),
 * which link it to the organisation it heads ("Syrian Observatory for Human Rights").
 * So is "the Commission" in a role the recogniser took for a name ("the Chair of the Commission").
 */
function dropHeadNouns(text: string, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const role = drafts[i].span.type !== 'person' && drafts[i].text.includes(' the ') ? ROLE_OF_HEAD.exec(drafts[i].text) : null;
    if (role && ORG_HEADS.has(role[2]) && !ORG_HEADS.has(role[1])) drafts.splice(i, 1);
  }
  // (The heads only where a head noun follows "the": looking up the heads of every organisation's
  // name in the shared cache took 4.7 ms per BBC pass. A head noun is one word: names of more are
  // not looked up.)
  let heads: Set<string> | undefined;
  for (let i = drafts.length - 1; i >= 0; i--)
    if (drafts[i].words === 1 && ORG_HEADS.has(drafts[i].text) && /\b[Tt]he[\s\u00a0]$/.test(text.slice(drafts[i].span.start - 4, drafts[i].span.start))) {
      heads ??= new Set(drafts.filter((d) => d.span.type === 'organization').flatMap((d) => headsOf(d.text)));
      if (heads.has(drafts[i].text)) drafts.splice(i, 1);
    }
}

/** The head nouns by their first character's code. */
const ORG_HEADS_BY_FIRST: string[][] = [];
for (const h of ORG_HEADS) (ORG_HEADS_BY_FIRST[h.charCodeAt(0)] ??= []).push(h);
/**
 * Whether a name has a word (between spaces) that heads organisations' names (ORG_HEADS), compared
 * in place: splitting every name, or remembering the answers in a shared map, cost 2-4 ms per BBC pass.
 */
function hasOrgHead(name: string): boolean {
  for (let i = 0; i < name.length; ) {
    if (isWhiteSpace(name.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < name.length && !isWhiteSpace(name.charCodeAt(j))) j++;
    const heads = ORG_HEADS_BY_FIRST[name.charCodeAt(i)];
    if (heads) for (const h of heads) if (h.length === j - i && name.startsWith(h, i)) return true;
    i = j;
  }
  return false;
}

/** The local entities being made, by key, and the entity of each draft (-1 while unknown). */
class Linking {
  readonly entities: LocalEntity[] = [];
  readonly entityOf: number[];
  // Keys by kind: people named in full, other names, partial names.
  private readonly byKey = { p: new Map<string, number>(), n: new Map<string, number>(), 'p?': new Map<string, number>() };
  constructor(readonly drafts: Draft[]) {
    this.entityOf = new Array(drafts.length).fill(-1);
  }
  /** The local entity for a key, created from draft `d` on first sight. */
  entityFor(kind: 'p' | 'n' | 'p?', key: string, d: Draft, partial: boolean): number {
    let e = this.byKey[kind].get(key);
    if (e === undefined) {
      this.entities.push({ name: d.text, type: d.span.type, aliases: [], first: { start: d.span.start, end: d.span.end }, mentions: [], descriptions: [], partial });
      this.byKey[kind].set(key, (e = this.entities.length - 1));
    }
    return e;
  }
}

/** Full names first, so that a surname in the headline can still refer to a name given later. */
function linkFullNames(l: Linking): void {
  l.drafts.forEach((d, i) => {
    const person = d.span.type === 'person';
    if (person && d.words < 2) return;
    l.entityOf[i] = l.entityFor(person ? 'p' : 'n', coreKey(d.core, person), d, false);
  });
}

/** Acronyms defined in parentheses ("High Negotiations Committee (HNC)"), by acronym; translations in parentheses linked. */
function definedAcronyms(text: string, l: Linking): Map<string, number> {
  const { drafts, entityOf } = l;
  const acronyms = new Map<string, number>();
  drafts.forEach((d, i) => {
    const next = drafts[i + 1];
    if (!next || entityOf[i] < 0) return;
    if (text[next.span.end] !== ')' || !/^[\s\u00a0]*\($/.test(text.slice(d.span.end, next.span.start))) return;
    if (/^\p{Lu}{2,6}$/u.test(next.text) && initials(d.text) === next.text) acronyms.set(next.text, entityOf[i]);
    else if (next.words >= 2 && next.span.type !== 'person' && d.span.type !== 'person') {
      // A translation in parentheses names the same thing: "Jaysh al-Islam (Army of Islam)".
      entityOf[i + 1] = entityOf[i];
    }
  });
  return acronyms;
}

/**
 * A one-word name that starts a fuller name of a person or organisation here is that name cut
 * short: a first name ("Zdenka" after "Zdenka Dvořáková"), a club or company without its second
 * word ("Lipany" after "Lipany United"). Where two names start with it, the one introduced first:
 * the club before the television channel named after it. A place's first word is not the place
 * ("Czech" is not "Czech Republic"), nor a product's its maker ("Acme" is not the "Acme Z3").
 * Returns the entity a one-word name is short for (-1 for none); non-person names are linked here.
 */
function linkShortForms(text: string, l: Linking, places: Set<string>): (d: Draft) => number {
  const { drafts, entityOf, entities } = l;
  const byFirst = new Map<string, number>();
  drafts.forEach((f, j) => {
    const e = entityOf[j];
    if (e < 0 || f.words < 2 || entities[e].type === 'place' || entities[e].type === 'other' || f.core.words[0].length < 3 || byFirst.has(f.core.words[0])) return;
    // An institution named after its place ("Lipany District Court") is not the place, nor an outlet ("Varnia Today").
    byFirst.set(f.core.words[0], hasOrgHead(f.text) || OUTLET_LAST_WORDS.has(f.last) ? -1 : e);
  });
  // A river's or a mountain's last word alone is that river ("the Kell" after "River Kell").
  const features = new Map<string, number>();
  drafts.forEach((f, j) => {
    if (entityOf[j] >= 0 && f.words === 2 && isFeatureName(f.text)) features.set(f.last, features.has(f.last) && features.get(f.last) !== entityOf[j] ? -1 : entityOf[j]);
  });
  // Nor is a nationality a name that starts with it ("English" is not the "English Football League"),
  // nor a word the recogniser calls a place wherever it stands alone the paper, party or group named
  // after that place ("Kelbrook" beside "Kelbrook Herald"), nor the club after "in" or "of" ("the
  // people of Kelbrook"): sports writing calls a club by its town ("the offer from Kelbrook"), other
  // writing never calls a newspaper so (a cluster written blind linked every lone city to its paper).
  const shortFor = (d: Draft): number => {
    if (d.words !== 1 || isAcronymText(d.text) || d.span.type === 'group' || isDemonym(d.text)) return -1;
    const e = byFirst.get(d.last) ?? -1; // (the one word is the last: read without the core's array)
    if (e < 0) return features.get(d.last) ?? -1;
    if (!places.has(d.last) || entities[e].type === 'person') return e;
    return isClubName(nameCore(entities[e].name)) && !PLACE_BEFORE.test(text.slice(Math.max(0, d.span.start - 4), d.span.start)) ? e : -1;
  };
  drafts.forEach((d, i) => {
    if (d.span.type === 'person' || entityOf[i] < 0) return;
    const e = shortFor(d);
    if (e >= 0) entityOf[i] = e;
  });
  return shortFor;
}

/**
 * Partial names: nearest earlier full name with that surname (or acronym), else the first later one.
 * A relative introduced as one ("His father, Jiří Novák") is not who the bare surname means when
 * the surname came before that introduction or the article marks the relative ("Novák senior").
 */
function linkPartials(text: string, l: Linking, acronyms: Map<string, number>, shortFor: (d: Draft) => number): void {
  const { drafts, entityOf, entities } = l;
  const marked = (d: Draft): boolean => RELATIVE_MARK.test(text.slice(d.span.end, d.span.end + 8));
  const bySurname = new Map<string, number[]>();
  const relatives = new Map<string, number>();
  // A namesake introduced as one after the person first named ("Ivan Horak, … no relation to the
  // defendant") is what a bare surname means only with the title it was introduced with ("Dr
  // Horak" after "Dr Eva Horak, no relation"): the article names him in full where it means him.
  const namesakes = new Map<number, string | null>();
  drafts.forEach((f, j) => {
    const e = entityOf[j];
    if (e < 0 || entities[e].type !== 'person' || f.words < 2) return;
    const k = f.last;
    // (Asked only where two people share the surname: a search of every text for "no relation" cost 3 ms per BBC pass.)
    if (bySurname.get(k)?.some((i) => entityOf[i] !== e) && NO_RELATION.test(text.slice(f.span.end, f.span.end + 200))) namesakes.set(j, titleBefore(text, f.span.start));
    if (kinBefore(text, f.span.start)) {
      const bare = drafts.filter((d) => d.words === 1 && d.last === k);
      if (bare.some((d) => d.span.start < f.span.start || marked(d))) {
        relatives.set(k, e);
        return;
      }
    }
    let list = bySurname.get(k);
    if (!list) bySurname.set(k, (list = []));
    list.push(j);
  });
  // An acronym of the one organisation here with those initials is that organisation, defined in
  // parentheses or not ("North Sea Freight Review … NSFR").
  const byInitials = new Map<string, number>();
  drafts.forEach((d, i) => {
    const e = entityOf[i];
    if (e < 0 || d.words < 2 || entities[e].type !== 'organization') return;
    const letters = initials(d.text);
    if (letters.length >= 2) byInitials.set(letters, byInitials.has(letters) && byInitials.get(letters) !== e ? -1 : e);
  });
  drafts.forEach((d, i) => {
    const defined = isAcronymText(d.text) ? byInitials.get(d.text) : undefined;
    const acronym = acronyms.get(d.text) ?? (defined !== undefined && defined >= 0 ? defined : undefined);
    if (acronym !== undefined) {
      entityOf[i] = acronym;
      return;
    }
    if (entityOf[i] >= 0) return;
    const relative = relatives.get(d.last);
    if (relative !== undefined && marked(d)) {
      entityOf[i] = relative;
      return;
    }
    // Indices are sorted: the last one before i, else the first after it; but of two people with
    // the surname, the one the article gave the title written before it ("Judge Mwangi" is the
    // "Judge Sam Mwangi" of two paragraphs up, not the candidate named since).
    const list = bySurname.get(d.last) ?? [];
    const lo = firstAtLeast(list, i, (n) => n);
    let j = list.length > 1 ? sameTitle(text, drafts, list, d, entityOf) : undefined;
    if (j === undefined) {
      j = lo > 0 ? list[lo - 1] : list[lo];
      if (namesakes.size && j !== undefined && namesakes.has(j) && (namesakes.get(j) === null || namesakes.get(j) !== titleBefore(text, d.span.start))) {
        const others = list.filter((x) => !namesakes.has(x));
        if (others.length) j = others.filter((x) => x < i).at(-1) ?? others[0];
      }
    }
    const best = j === undefined ? shortFor(d) : entityOf[j];
    if (best >= 0) {
      entityOf[i] = best;
      return;
    }
    entityOf[i] = l.entityFor('p?', coreKey(d.core, true), d, true);
  });
}

/** The mentions of the linked drafts; entities left without mentions (an acronym first taken for a name of its own) are dropped. */
function mentionsOf(l: Linking): Mention[] {
  const { drafts, entityOf, entities } = l;
  // Numbered in the order first mentioned, in an array rather than a map (entities are numbered from 0).
  const renumber = new Array<number>(entities.length).fill(-1);
  const kept: LocalEntity[] = [];
  for (const e of entityOf)
    if (renumber[e] < 0) {
      renumber[e] = kept.length;
      kept.push(entities[e]);
    }
  entities.length = 0;
  entities.push(...kept);
  return drafts.map((d, i) => ({ start: d.span.start, end: d.span.end, text: d.text, type: kept[renumber[entityOf[i]]].type, local: renumber[entityOf[i]] }));
}

/** Each entity's name (its best spelling), first mention, type (the page's, else its mentions' majority) and descriptions. */
function finishEntities(text: string, mentions: Mention[], entities: LocalEntity[], nicknames: Set<string>, page: readonly NamedSpan[]): void {
  mentions.forEach((m, i) => entities[m.local].mentions.push(i));
  for (const e of entities) {
    // The best spelling names the entity; its first occurrence introduces it. Most entities are
    // mentioned once or with one spelling, with nothing to count (tallies and ranking of every
    // entity mentioned more than once: about 2 ms per BBC pass).
    const once = e.mentions.length === 1 ? mentions[e.mentions[0]] : null;
    const spelling = once ?? oneSpelling(e.mentions, mentions);
    e.aliases = spelling ? [spelling.text] : rankSpellings(tally(e.mentions, (i) => mentions[i].text));
    // A nickname names the person only when the article gives no other name.
    if (nicknames.size && e.aliases.some((a) => !nicknames.has(a))) e.aliases = [...e.aliases.filter((a) => !nicknames.has(a)), ...e.aliases.filter((a) => nicknames.has(a))];
    const first = spelling ?? mentions[e.mentions.find((i) => mentions[i].text === e.aliases[0])!];
    e.name = withoutNickname(e.aliases[0]);
    e.first = { start: first.start, end: first.end };
    e.type = once ? once.type : (oneType(e.mentions, mentions) ?? majorityType(tally(e.mentions, (i) => mentions[i].type)));
    if (page.length) for (const i of e.mentions) for (const p of page) if (mentions[i].start === p.start && mentions[i].end === p.end) e.type = p.type;
    for (const i of e.mentions) mentions[i].type = e.type;
    e.descriptions = describe(text, mentions, e);
  }
}

/**
 * Resolves recognised names into local entities. `recognised` sorted and disjoint; `page` the names
 * the page states of itself (masthead.ts), whose types hold for their entities.
 */
export function linkInArticle(text: string, recognised: readonly NamedSpan[], boilerplate: readonly Span[], page: readonly NamedSpan[] = []): EntityLayer {
  const drafts = draftsOf(text, withPageNames(recognised, page), boilerplate);
  const cities = retype(text, drafts);
  const { places, surnames } = settlePeople(drafts, cities);
  const taken = addMissed(text, drafts, surnames, boilerplate);
  fixAcronyms(text, drafts, places, taken);
  dropHeadNouns(text, drafts);
  const l = new Linking(drafts);
  linkFullNames(l);
  const acronyms = definedAcronyms(text, l);
  const shortFor = linkShortForms(text, l, places);
  linkPartials(text, l, acronyms, shortFor);
  const nicknames = addNicknames(text, drafts, l.entityOf, l.entities);
  addRoles(text, drafts, l.entityOf, l.entities, boilerplate);
  const mentions = mentionsOf(l);
  const { entities } = l;
  addHeadReferences(text, mentions, entities, boilerplate);
  if (!inOrder(mentions, (m) => m.start)) mentions.sort((a, b) => a.start - b.start);
  finishEntities(text, mentions, entities, nicknames, page);
  return { mentions, entities };
}

/** Words before a place's name: "the Mayor of Nova Kell", "the people of Nova Kell" (strong), "in Nova Kell". */
const PLACE_CUE = /\b(?:([Mm]ayor|[Pp]eople|residents|city|town) of|in)[\s\u00a0]$/;

/**
 * A name of two or more words the recogniser took for a person where the article writes it after a
 * place's words, twice or after a strong one ("the people of Nova Kell"), and never after a title:
 * a place, whose keys are returned. On a cluster written blind, a city of two words was typed a
 * person in most articles.
 */
function placesTakenForPeople(text: string, drafts: Draft[]): Set<string> | undefined {
  let cues: Map<string, number> | undefined;
  let titled: Set<string> | undefined;
  for (const d of drafts) {
    if (d.span.type !== 'person' || d.words < 2) continue;
    if (titleBefore(text, d.span.start) !== null) (titled ??= new Set()).add(d.core.key);
    else {
      // Tried only after "of " or "in ", as it ends (at every person's name of a BBC pass: 2.4 -> 0.9 ms).
      const c = text.charCodeAt(d.span.start - 2);
      const cue = (c === 102 || c === 110) && isWhiteSpace(text.charCodeAt(d.span.start - 1)) ? PLACE_CUE.exec(text.slice(Math.max(0, d.span.start - 14), d.span.start)) : null;
      if (cue) (cues ??= new Map()).set(d.core.key, (cues.get(d.core.key) ?? 0) + (cue[1] ? 2 : 1));
    }
  }
  if (!cues) return undefined;
  const places = new Set<string>();
  for (const [key, n] of cues) if (n >= 2 && !titled?.has(key)) places.add(key);
  for (const d of drafts) if (d.span.type === 'person' && places.has(d.core.key)) d.span = withType(d.span, 'place');
  return places;
}

/** A role and the organisation it is in: "Chair of the Commission". */
const ROLE_OF_HEAD = /^(\p{Lu}\p{Ll}+) (?:of|for) the (\p{Lu}\p{Ll}+)$/u;

/** "in" or "of" right before a name: "the people of Kelbrook" is the town, not its club. */
const PLACE_BEFORE = /\b(?:in|of)[\s\u00a0]$/;

/**
 * A nickname the article introduces, after its cue: "nicknamed Ivi", "the fans call him Ivi", "known
 * at home as Ivi", "whom the miners call "El Lobo"", "known along the coast as "the Iron Lady"". A
 * nickname in quotation marks may have up to three words; without them, one.
 */
const NICKNAME_AFTER =
  /\b(?:nicknamed|dubbed|call(?:s|ed)?[\s\u00a0]+(?:him|her)|(wh(?:om|o)[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){0,4}?call(?:s|ed)?|(?<=\bwho[\s\u00a0]+(?:(?:is|was|has been|had been|are|were)[\s\u00a0]+)?(?:\p{Ll}+[\s\u00a0]+)?)known(?:[\s\u00a0]+[\p{Ll}]+){0,3}[\s\u00a0]+as)|known(?:[\s\u00a0]+[\p{Ll}]+){0,3}[\s\u00a0]+as)[\s\u00a0]+(?:["“‘'](?:the[\s\u00a0]+)?(\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,2})(?=["”’'](?!\p{L}))|(\p{Lu}[\p{Ll}'’-]{1,20})\b)/uy;
/**
 * The words NICKNAME_AFTER starts with: it is tried where they are, not at every position of the
 * text (9 ms per BBC pass). Its "call him" and "whom … call" need a "call" in the text (CALL_CUE);
 * without one the far more frequent "who" is not tried either (3 ms per BBC pass).
 */
const NICKNAME_CUES = ['nicknamed', 'dubbed', 'call', 'who', 'known'];
const NICKNAME_CUES_NO_CALL = ['nicknamed', 'dubbed', 'known'];
/**
 * What NICKNAME_AFTER's "call him …" and "whom … call …" have, "call" and a name or "him": where a
 * text has "call" only otherwise ("called for", "so-called"), "who" is not tried at all (trying
 * the pattern at every "who" was 1.5% of linking in an A/B run).
 */
const CALL_CUE = /call(?:s|ed)?[\s\u00a0]+(?:him|her|["“‘'\p{Lu}])/uy;
/**
 * Whether the text has CALL_CUE, tried at each "call": the pattern run over a whole text that has
 * "call" (most have "called") was 3% of linking in a profile.
 */
function hasCallCue(text: string): boolean {
  for (let i = text.indexOf('call'); i >= 0; i = text.indexOf('call', i + 1)) {
    CALL_CUE.lastIndex = i;
    if (CALL_CUE.test(text)) return true;
  }
  return false;
}
/** What NICKNAME_BEFORE's first branch ends with: its opening quotation marks are tried only in a text that has it. */
const CALLS_THEM = /call(?:s|ed)?[\s\u00a0]+(?:him|her)\b/;

/**
 * Rarer parts of cue words that they are searched by: a search stops at every occurrence of the
 * word's first letter ("n", "d"), and most texts have neither word (5 -> 1.5 ms per BBC pass).
 */
const SEARCHED_BY = new Map([
  ['nicknamed', 'knamed'],
  ['dubbed', 'bbed'],
]);

/** The non-overlapping matches of a sticky pattern tried at each occurrence of its first words, in order: what matchAll would find. */
function cueMatches(text: string, sticky: RegExp, words: readonly string[]): RegExpExecArray[] {
  const at: number[] = [];
  for (const w of words) {
    const part = SEARCHED_BY.get(w) ?? w;
    const offset = w.indexOf(part);
    for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) if (i >= offset && text.startsWith(w, i - offset)) at.push(i - offset);
  }
  at.sort((x, y) => x - y);
  const out: RegExpExecArray[] = [];
  let reached = 0;
  for (const i of at) {
    if (i < reached) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      reached = i + Math.max(1, m[0].length);
    }
  }
  return out;
}

/** A pronoun right before a nickname's cue: "he was known as" is the person spoken of just before. */
const PRONOUN_BEFORE_CUE = /\b(?:he|she)[\s\u00a0]+(?:(?:is|was|has been|had been|became)[\s\u00a0]+)?(?:\p{Ll}+[\s\u00a0]+)?$/u;
/** A person described right before a nickname's cue, not named: "… is known back home as", "the former police chief, dubbed": the article's main person. */
const PERSON_BEFORE_CUE = /(?:\b(?:is|was|has been|had been|became)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+){0,2}|\b(?:chief|minister|coach|striker|manager|leader|president|singer|actor|actress|boss|star|officer|player|captain|mayor|judge|spokesman|spokeswoman),?[\s\u00a0]+)$/u;
/** A nickname before its cue, or in brackets after the name: ""El Lobo", as the men call him", "Anna Berg ("Big Anna" to her crew)". */
const NICKNAME_BEFORE = /["“](\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,2})["”],?[\s\u00a0]+as[\s\u00a0]+(?:[\p{Ll}]+[\s\u00a0]+){0,3}call(?:s|ed)?[\s\u00a0]+(?:him|her)\b|\([\s\u00a0]*["“](\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,2})["”]/uy;

/**
 * Of the full names in `list` (draft indices, one surname), the one whose entity alone is written
 * with the title that `d` has before it; undefined when `d` has none or it tells nothing apart.
 */
function sameTitle(text: string, drafts: Draft[], list: number[], d: Draft, entityOf: number[]): number | undefined {
  const title = titleBefore(text, d.span.start);
  if (!title) return undefined;
  let found: number | undefined;
  for (const j of list) {
    if (titleBefore(text, drafts[j].span.start) !== title) continue;
    if (found !== undefined && entityOf[found] !== entityOf[j]) return undefined;
    found = j;
  }
  return found;
}

/** Links a nickname to its person, and every other use of the nickname in the article with it; returns the nicknames linked. */
function addNicknames(text: string, drafts: Draft[], entityOf: number[], entities: LocalEntity[]): Set<string> {
  const linked = new Set<string>();
  const calls = hasCallCue(text);
  const after = cueMatches(text, NICKNAME_AFTER, calls ? NICKNAME_CUES : NICKNAME_CUES_NO_CALL);
  const before = cueMatches(text, NICKNAME_BEFORE, calls && CALLS_THEM.test(text) ? ['"', '“', '('] : ['(']);
  if (!after.length && !before.length) return linked;
  const isPerson = (i: number): boolean => i >= 0 && entityOf[i] >= 0 && entities[entityOf[i]].type === 'person';
  /** The last draft ending before `at`. */
  const lastBefore = (at: number): number => {
    let i = drafts.length - 1;
    while (i >= 0 && drafts[i].span.end > at) i--;
    return i;
  };
  /** The person named last before `at`, with no sentence's end between (at most `sentences` of them). */
  const nearestPerson = (at: number, sentences: number): number => {
    for (let i = lastBefore(at); i >= 0; i--) {
      const between = text.slice(drafts[i].span.end, at);
      if ((between.match(/[.!?](?:["”’]?)[\s\u00a0]/g)?.length ?? 0) >= sentences) return -1;
      if (isPerson(i)) return entityOf[i];
    }
    return -1;
  };
  const found: { name: string; person: number }[] = [];
  for (const m of after) {
    const name = m[2] ?? m[3];
    // After a relative pronoun ("…, whom the miners call …", "…, who is known as …"), the person named
    // before in its sentence; else the name right before ("Petr Hašek, nicknamed …"); after "call him"
    // or "he was known as", the person named last in the two sentences before; else, and after a
    // description ("the police chief, dubbed …", "the winger is known as …"), the person the article
    // names most. Not anyone for "a network dubbed …", "a technology known as …".
    const before = lastBefore(m.index);
    let person = m[1] ? nearestPerson(m.index, 1) : isPerson(before) && /^[,\s\u00a0–—-]*$/.test(text.slice(drafts[before].span.end, m.index)) ? entityOf[before] : -1;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    if (person < 0 && (m[0].startsWith('call') || PRONOUN_BEFORE_CUE.test(lead))) person = nearestPerson(m.index, 2);
    if (person < 0 && (m[0].startsWith('call') || PERSON_BEFORE_CUE.test(lead))) {
      const own = new Set(drafts.flatMap((d, i) => (d.text === name ? [entityOf[i]] : [])));
      const counts = tally(entityOf.filter((e) => e >= 0 && entities[e].type === 'person' && !own.has(e)), (e) => e);
      for (const [e, n] of counts) if (person < 0 || n > counts.get(person)!) person = e;
    }
    found.push({ name, person });
  }
  for (const m of before) {
    // ""El Lobo", as the men call him": the person spoken of just before; "Anna Berg ("Big Anna" …)": the name before the bracket.
    const before = lastBefore(m.index);
    const person = m[1] ? nearestPerson(m.index, 2) : isPerson(before) && /^[\s\u00a0]*$/.test(text.slice(drafts[before].span.end, m.index)) ? entityOf[before] : -1;
    found.push({ name: m[1] ?? m[2], person });
  }
  for (const { name, person } of found) {
    // Not a name the article gives to something else ("an area known as Ksar", a place).
    if (person < 0 || drafts.some((d) => d.text === name && d.span.type === 'place')) continue;
    linked.add(name);
    const taken = drafts.map((d) => d.span).sort((x, y) => x.start - y.start);
    drafts.forEach((d, i) => {
      if (d.text === name) entityOf[i] = person;
    });
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      // Also in the comments: readers use the nickname the article gave.
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(end)) || inside(taken, i, end)) continue;
      drafts.push(draft({ start: i, end, type: 'person' }, name));
      entityOf.push(person);
    }
  }
  return linked;
}

/** Offices one person holds at a time, by which an article refers back to its holder. */
const OFFICE = '(?:minister|president|prime minister|chancellor|mayor|governor|chairman|chairwoman|chief executive|prosecutor|coach|manager|ambassador|secretary|director)';
/** An office word, capitalised or not; without the "i" flag, which makes it several times slower. */
const OFFICE_WORDS = new RegExp(`\\b${OFFICE.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`)}\\b`, 'g');
const OFFICE_LONGEST = Math.max(...OFFICE.slice(3, -1).split('|').map((o) => o.length));
/** What may stand between an office and the name it introduces: "Health Minister Karim Haddad", "The Minister of Water, Mr Karim Haddad". */
const OFFICE_TAIL = /^(?:[\s\u00a0]+(?:of|for)[\s\u00a0]+[^,.;\n]{2,60})?,?[\s\u00a0]+(?:(?:Mr|Mrs|Ms|Dr)\.?[\s\u00a0]+)?$/;
const WORD_BEFORE = /([\p{L}-]+)[\s\u00a0]+$/u;
/** An office in an apposition right after a name: "Karim Haddad, the health minister". */
const OFFICE_AFTER = new RegExp(`^,[\\s\\u00a0]+(?:the|a)[\\s\\u00a0]+(?:[\\p{L}-]+[\\s\\u00a0]+)??(?:([\\p{L}-]+)[\\s\\u00a0]+)?(${OFFICE})\\b`, 'iu');
/** "the minister", "the health minister" in running text. */
const OFFICE_REFERENCE = new RegExp(`\\b[Tt]he[\\s\\u00a0]+((?:\\p{Ll}+[\\s\\u00a0]+)?(${OFFICE}))\\b(?![\\s\\u00a0]+(?:of|for)\\b)`, 'gu');

const APPOSED = /^,[\s\u00a0]+$/;

/**
 * "the minister" after "Health Minister Karim Haddad" (or before it): an office the article gives
 * one person named in full is that person wherever the article refers to it in lower case.
 */
function addRoles(text: string, drafts: Draft[], entityOf: number[], entities: LocalEntity[], boilerplate: readonly Span[]): void {
  // Only a person named in full holds an office.
  const people: number[] = [];
  for (let i = 0; i < drafts.length; i++) if (entityOf[i] >= 0 && entities[entityOf[i]].type === 'person' && drafts[i].words >= 2) people.push(i);
  if (!people.length) return;
  const holders = new Map<string, number>();
  // Each office by itself ("minister") and with the word before it ("health minister").
  const hold = (office: string, qualifier: string | undefined, e: number): void => {
    for (const k of qualifier && !/^(the|a|an)$/i.test(qualifier) ? [office, `${qualifier.toLowerCase()} ${office}`] : [office]) holders.set(k, holders.has(k) && holders.get(k) !== e ? -1 : e);
  };
  for (const i of people) {
    const d = drafts[i];
    const e = entityOf[i];
    // The office words ending at most 80 characters before the name, looked for from 16 before
    // those (the longest office's length and one): a match the scan makes there that a scan of the
    // whole text would not (the end of a longer word, "minister" of "prime minister") ends too early
    // to count. Scanning there, instead of the whole text for office words (and first for one in
    // lower case), made linking a tenth faster: 283-287 -> 257-261 ms per BBC pass. Nor before the
    // last full stop or semicolon there (officeFrom).
    const from = officeFrom(text, Math.max(0, d.span.start - 80 - OFFICE_LONGEST - 1), d.span.start);
    const part = text.slice(from, d.span.start + 1);
    OFFICE_WORDS.lastIndex = 0;
    for (let o = OFFICE_WORDS.exec(part); o; o = OFFICE_WORDS.exec(part)) {
      const at = from + o.index;
      const end = at + o[0].length;
      if (end > d.span.start) break;
      if (d.span.start - end <= 80 && OFFICE_TAIL.test(text.slice(end, d.span.start))) hold(o[0].toLowerCase(), wordBefore(text, at, 30), e);
    }
    const after = text.charCodeAt(d.span.end) === 44 ? OFFICE_AFTER.exec(text.slice(d.span.end, d.span.end + 60)) : null;
    if (after) hold(after[2].toLowerCase(), after[1], e);
  }
  // A reference is "the", spaces and a key of one holder as written, so a text without any has
  // none (addRoles: about 3 ms per BBC pass less than looking for references in every text; asking
  // for "the" before the key, not the key alone, which most texts with an office have: 1% of
  // linking in an A/B run).
  if (![...holders].some(([k, e]) => e >= 0 && afterThe(text, k))) return;
  const taken = drafts.map((d) => d.span).sort((x, y) => x.start - y.start);
  for (const m of text.matchAll(OFFICE_REFERENCE)) {
    const e = holders.get(m[1].toLowerCase());
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    // Not the office introducing a name ("the health minister, Karim Haddad") nor in apposition to one ("Karim Haddad, the health minister").
    if (e === undefined || e < 0 || inside(taken, start, end) || inside(boilerplate, start, end) || /^,?[\s\u00a0]+(?:(?:Mr|Mrs|Ms|Dr)\.?[\s\u00a0]+)?\p{Lu}/u.test(text.slice(end, end + 8))) continue;
    if (text.charCodeAt(m.index - 2) === 44 && taken.some((t) => t.end <= m.index && APPOSED.test(text.slice(t.end, m.index)))) continue;
    drafts.push(draft({ start, end, type: 'person' }, m[1]));
    entityOf.push(e);
  }
}

/**
 * Where office words that may introduce the name at `start` begin, at the earliest `from`: after the
 * last full stop or semicolon before the name, which neither an office nor what may stand between it
 * and the name (OFFICE_TAIL) holds, but for the dot of "Mr." or "Dr.". A match found from there is
 * one the scan from `from` finds, since no office runs over such a character. (Most names follow a
 * sentence's start closely: the office words' pattern tried over fewer characters.)
 */
function officeFrom(text: string, from: number, start: number): number {
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || (c === 46 && !TITLE_DOT.test(text.slice(Math.max(0, i - 4), i)))) return i + 1;
  }
  return from;
}
/** A title that OFFICE_TAIL lets stand before a name with its dot, at the end of the characters before a dot. */
const TITLE_DOT = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr)$/u;

/** Whether `key` is written somewhere right after "the" and spaces (the last two letters of "the" are looked at). */
function afterThe(text: string, key: string): boolean {
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    let i = at;
    while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
    if (i < at && i >= 2 && text.startsWith('he', i - 2)) return true;
  }
  return false;
}

/** How often each key occurs, in the order keys are first seen. */
function tally<T, K>(items: readonly T[], key: (t: T) => K): Map<K, number> {
  const count = new Map<K, number>();
  for (const t of items) count.set(key(t), (count.get(key(t)) ?? 0) + 1);
  return count;
}

/** The first of the mentions `ids` where all have its spelling, else null. */
function oneSpelling(ids: readonly number[], mentions: readonly Mention[]): Mention | null {
  const first = mentions[ids[0]];
  for (const i of ids) if (mentions[i].text !== first.text) return null;
  return first;
}
/** The type of the mentions `ids` where all have one, else null. */
function oneType(ids: readonly number[], mentions: readonly Mention[]): EntityType | null {
  const type = mentions[ids[0]].type;
  for (const i of ids) if (mentions[i].type !== type) return null;
  return type;
}

/** The most frequent type; of equals, the first seen. */
function majorityType(count: Map<EntityType, number>): EntityType {
  let best: EntityType = 'other';
  let n = 0;
  for (const [t, c] of count)
    if (c > n) {
      best = t;
      n = c;
    }
  return best;
}

/**
 * The head nouns of an organisation's name, by which "the …" refers back to it: a head after the
 * first word ("Syrian Observatory", "Lipany District Court") or first before "of"/"for"
 * ("Ministry of Water"). Remembered: asked of every organisation's mention and entity, and names
 * repeat (the splits were a twentieth of linking's time).
 */
const rememberedHeads: (name: string) => readonly string[] = cached((name) => {
  // A name in capitals (a masthead) as running text writes it: "MINISTRY OF WATER" heads "the Ministry".
  const words = (hasLowerCase(name) ? name : titleCase(name)).split(/[\s\u00a0]+/);
  // Not after "the": "the Commission" in "Chair of the Commission" refers to another name.
  return words.filter((w, i) => ORG_HEADS.has(w) && (i > 0 ? words[i - 1] !== 'the' : /^(of|for)$/.test(words[1] ?? '')));
});
const NO_HEADS: readonly string[] = [];
/**
 * (A name in running text without a head noun has none, told in place: most organisations' names
 * have none, and a lookup in the large shared map per name cost more than the scan.)
 */
const headsOf = (name: string): readonly string[] => (hasOrgHead(name) || !hasLowerCase(name) ? rememberedHeads(name) : NO_HEADS);

/** Whether `longer` is `name` followed by "of" and a place: "Electoral Commission of Kell" qualifies "Electoral Commission". */
function qualifies(longer: string, name: string): boolean {
  const a = nameCore(longer).key;
  const b = nameCore(name).key;
  return a.length > b.length + 4 && a.startsWith(b) && a.startsWith(' of ', b.length);
}

/** "the Observatory" after "Syrian Observatory for Human Rights": the head noun alone, with "the". */
function addHeadReferences(text: string, mentions: Mention[], entities: LocalEntity[], boilerplate: readonly Span[]): void {
  const heads = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type !== 'organization' || e.partial) return;
    for (const w of headsOf(e.name)) {
      const other = heads.get(w);
      // Of a name and that name qualified by its place ("… Commission of Kell", a masthead), the name.
      heads.set(w, other === undefined || other === i ? i : other >= 0 && qualifies(entities[other].name, e.name) ? i : other >= 0 && qualifies(e.name, entities[other].name) ? other : -1);
    }
  });
  if (!heads.size) return;
  // The mentions in order and each entity's first, made at the first head found: most texts have none
  // ("the" and a head, whole), and they were a third of this step (about 3 ms per BBC pass).
  let taken: Mention[] | undefined;
  let firstOf: number[] | undefined;
  const word = /\p{Lu}\p{Ll}+/uy;
  // Each head where the text has it (capitalised words are rare), not each "he" of the text
  // (addHeadReferences over a BBC pass: 10.4 -> 8.2 ms).
  for (const [head, e] of heads) {
    if (e < 0) continue;
    for (let start = text.indexOf(head); start >= 0; start = text.indexOf(head, start + 1)) {
      // "the"/"The" as a word, one space, then the capitalised word, whole.
      const at = start - 3;
      const t = text.charCodeAt(at - 1);
      if (at < 1 || !text.startsWith('he', at) || (t !== 116 && t !== 84) || isWordCode(text.charCodeAt(at - 2)) || !isWhiteSpace(text.charCodeAt(at + 2))) continue;
      word.lastIndex = start;
      const m = word.exec(text);
      if (!m || m[0] !== head || isWordCode(text.charCodeAt(word.lastIndex))) continue;
      const end = start + head.length;
      if (!taken || !firstOf) {
        taken = [...mentions].sort((a, b) => a.start - b.start);
        firstOf = new Array<number>(entities.length).fill(Infinity);
        for (const m of mentions) firstOf[m.local] = Math.min(firstOf[m.local], m.start);
      }
      if (start < firstOf[e] || inside(taken, start, end) || inside(boilerplate, start, end)) continue;
      mentions.push({ start, end, text: head, type: 'organization', local: e });
    }
  }
}

/** An apposition after a name: ", a member of …," and " - the chief negotiator of … -". */
const APPOSITION = /^(,|[\s\u00a0]+[-–—])[\s\u00a0]+((a|an|the|one of|head of|leader of|chief of|senior|former|who is)[\s\u00a0][^,;:–—"“”\n]{3,140}?)(?=[\s\u00a0]*(,|[-–—][\s\u00a0]|;|\.[\s\u00a0]|\n))/i;
/** How APPOSITION starts, up to its first words, tried in place first: most names have none, nor do most names before a comma (4% of linking in an A/B run). */
const APPOSITION_START = /(?:,|[\s\u00a0]+[-–—])[\s\u00a0]+(?:a|an|the|one of|head of|leader of|chief of|senior|former|who is)[\s\u00a0]/iy;
/**
 * What APPOSITION_START needs first, told by two characters: a comma and a space, or a space and a
 * space or a dash. Most names are followed by neither ("Smith said", "Smith's"), and trying the
 * pattern at each was most of describe()'s own time.
 */
const mayOpenApposition = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return (c === 44 && isWhiteSpace(next)) || (isWhiteSpace(c) && isDashOrSpace(next));
};
const ROLE_WORDS = new Set(
  'analyst diplomat envoy minister president spokesman spokeswoman spokesperson leader head chief negotiator official adviser advisor fellow ambassador commander director secretary expert professor journalist correspondent editor chairman founder member representative general researcher activist lawyer economist governor mayor senator candidate coach manager executive ceo'
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);

/**
 * Whether `s` has a role word (or its plural) as a word of its own, in any case: what
 * /\b(analyst|…|ceo)s?\b/i finds, since such a match is a whole run of ASCII word characters. A
 * lookup per run instead of the pattern, asked of the word before every mention, halved describe().
 */
function hasRole(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; ) {
    if (!isAsciiWordCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiWordCode(s.charCodeAt(i))) i++;
    if (i - start >= 3 && i - start <= 15 && ROLE_STARTS[(i - start) * 128 + (s.charCodeAt(start) | 32)] && ROLE_WORDS.has(s.slice(start, i).toLowerCase())) return true;
  }
  return false;
}
/**
 * Whether a role word has this length and first letter, at length * 128 + its code: a run of word
 * characters is sliced and looked up only where one does (most words before a name are no role's:
 * "said", "the", "by"; describe: about 2 ms per BBC pass less). `| 32` lowers ASCII capitals and
 * leaves digits and "_" apart from the letters.
 */
const ROLE_STARTS: boolean[] = [];
for (const w of ROLE_WORDS) ROLE_STARTS[w.length * 128 + w.charCodeAt(0)] = true;
/** What \w matches: ASCII letters, digits and the underscore. */
const isAsciiWordCode = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || c === 95;

/** Appositions after the introducing mention and role phrases before it. */
function describe(text: string, mentions: Mention[], e: LocalEntity): Description[] {
  const out: Description[] = [];
  const push = (start: number, end: number): void => {
    const t = text.slice(start, end).replace(/[\s\u00a0]+/g, ' ').trim();
    if (!t.includes(' ') || out.some((d) => d.text === t)) return;
    out.push({ start, end, text: t });
  };
  for (let n = 0; n < e.mentions.length && n < 4; n++) {
    const m = mentions[e.mentions[n]];
    APPOSITION_START.lastIndex = m.end;
    const after = mayOpenApposition(text, m.end) && APPOSITION_START.test(text) ? APPOSITION.exec(text.slice(m.end, m.end + 220)) : null;
    if (after && hasRole(after[2]) && balanced(after[2]) && after[2].split(/\s+/).length <= 14 && !CLAUSE.test(after[2])) push(m.end + after.index + after[0].length - after[2].length, m.end + after.index + after[0].length);
    // "Iran analyst Paul Ridley", "former Russian diplomat Ivan Sokolov": a role word right before the name.
    const nearest = wordsBefore(text, m.start, 1);
    // (The word before read in place: slicing it at every mention was a tenth of describe().)
    if (nearest !== null && hasRole(text, nearest, m.start)) {
      const spanStart = wordsBefore(text, m.start, 4)!;
      const span = text.slice(spanStart, m.start);
      const words = span.trim().split(/[\s\u00a0]+/);
      const role = words.findIndex((w) => hasRole(w));
      if (role === words.length - 1) {
        let from = role;
        while (from > 0 && !FUNCTION_WORD.test(words[from - 1])) from--;
        const phrase = words.slice(from).join(' ');
        const start = spanStart + span.indexOf(words[from]);
        // A phrase all in capitals is a headline's wording ("Lead Opposition-Rebel Negotiator"), not a description.
        if (!/^(the|a|an)$/i.test(phrase) && !words.slice(from).every((w) => /^\p{Lu}/u.test(w))) push(start, start + phrase.length);
      }
    }
  }
  return out;
}

/** Nationality words, which start names without being them. */
const DEMONYM_ENDINGS = ['ish', 'ian', 'ese', 'ean', 'ech', 'ench'];
/**
 * (Endings compared in place: the pattern /(ish|…)$/ was tried at every character of every word;
 * and only where the last letter is one of theirs, "h", "n" or "e".)
 */
const isDemonym = (word: string): boolean => {
  const c = word.charCodeAt(word.length - 1);
  return (c === 104 || c === 110 || c === 101) && DEMONYM_ENDINGS.some((e) => word.endsWith(e));
};

/** A relative introduced right before a name: "His father, Jiří Novák". */
const KIN = new Set('father mother son daughter brother sister wife husband uncle aunt cousin nephew niece grandfather grandmother grandson granddaughter widow widower'.split(' '));
/**
 * Whether a relative is named in the 24 characters before `start`: a word of KIN, "-in-law" or not,
 * a comma or not, and spaces (/\b(father|…)(-in-law)?,?[\s\u00a0]+$/i over them). Read backwards
 * from the name instead of that pattern tried at each of the 24 characters, asked of every full
 * name of a person (about 1 ms per BBC pass).
 */
function kinBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  let end = start;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  if (end > from && text.charCodeAt(end - 1) === 44) end--;
  if (end - 7 >= from && (text.charCodeAt(end - 1) | 32) === 119 && text.slice(end - 7, end).toLowerCase() === '-in-law') end -= 7;
  let i = end;
  while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  // A word boundary before the word, as the pattern sees the 24 characters: their start is one.
  if (i === end || (i > from && isAsciiWordCode(text.charCodeAt(i - 1)))) return false;
  return KIN.has(text.slice(i, end).toLowerCase());
}
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** The title right before a name, lower-case ("dr" in "Dr Eva Horak"), or null. */
function titleBefore(text: string, start: number): string | null {
  const word = wordBefore(text, start, 12)?.toLowerCase();
  return word && TITLES.has(word) ? word : null;
}

/**
 * The word right before `start` and the spaces after it, looked for in the `back` characters
 * before: what WORD_BEFORE finds in them, read backwards from `start` instead of the pattern tried
 * at every character of the slice (titleBefore at every name of a BBC pass: 13.5 -> 5.0 ms). A
 * character of two code units falls back to the pattern.
 */
function wordBefore(text: string, start: number, back: number): string | undefined {
  const from = Math.max(0, start - back);
  let end = start;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let i = end;
  while (i > from && isLetterOrHyphen(text.charCodeAt(i - 1))) i--;
  if (i > from && isSurrogate(text.charCodeAt(i - 1))) return WORD_BEFORE.exec(text.slice(from, start))?.[1];
  return end < start && i < end ? text.slice(i, end) : undefined;
}
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** "no relation" in the sentence after a name. */
const NO_RELATION = /^[^.!?\n]*\bno relation\b/;
/** A surname marked as the elder or younger of two relatives: "Novák senior", "Novák Jr.". */
const RELATIVE_MARK = /^[\s\u00a0]+(senior|junior|Sr\b|Jr\b)/;

/** A clause, not a noun phrase: ", the opposition he represents will not join …". */
const CLAUSE = /\b(will|would|could|should|if|said|says)\b/i;

/** Words that end a role phrase read backwards from a name: "… when lead rebel negotiator Omar Farouk". */
const FUNCTION_WORD = /^(said|says|told|added|including|includes|include|it|he|she|they|we|i|you|and|but|or|nor|by|to|the|a|an|of|in|on|at|for|from|with|without|that|which|who|whom|whose|as|when|while|where|after|before|because|since|if|than|then|is|was|are|were|be|been|has|had|have|not|also|its|his|her|their|our|this|these|those)$/i;

const balanced = (s: string): boolean => (s.match(/\(/g)?.length ?? 0) === (s.match(/\)/g)?.length ?? 0);

/** Where the up to `n` words (letters and hyphens), each followed by spaces, right before `end` start. */
function wordsBefore(text: string, end: number, n: number): number | null {
  let i = end;
  let words = 0;
  while (words < n && i > 0 && i > end - 80) {
    let j = i;
    while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 0xa0)) j--;
    if (j === i) break;
    let k = j;
    while (k > 0 && isLetterOrHyphen(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    words++;
    i = k;
  }
  return words ? i : null;
}

const LETTER = /\p{L}/u;
const isLetterOrHyphen = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 || (c >= 128 && LETTER.test(String.fromCharCode(c)));
