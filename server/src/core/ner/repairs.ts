// Span repairs around the tagger: patterns of news writing where it draws a name's edges or reads
// its type wrongly (index.ts applies them to its names; each is cheap where it does not apply).
// Measured together with the votes added to index.ts ("in" + unseen word, storms, "X de Y"), through the CLI
// (eval-ner.mjs, strict micro F1): UNER PUD 75.9 -> 76.6, GUM dev 70.7 -> 75.4, GUM test 67.1 -> 68.0; their
// cost in recognize() is within the bench's noise (0.48-0.54 s per BBC pass either way).
import type { Doc } from './features';
import { CAP_MASK, LIST, LIST_MASK, LIST_SHIFT, MAX_PHRASE, PHRASE, PHRASE_SEED, phraseMap, phraseStep } from './lexicon';
import { IntMap } from './packed';
import { Shape, hashString } from './tokenize';
import type { NamedSpan } from '../types';

/** A name as token range [a, b) and its type index (as in index.ts). */
export interface Span {
  a: number;
  b: number;
  type: number;
}

// Type indices, as in model.ts's TYPES.
const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;
const OF = hashString('of');
// Titles held over a place ("the Archbishop of Salzburg"): the place is the name, not the title.
const RULERS = IntMap.of(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'emperor', 'empress', 'archbishop', 'bishop', 'sultan', 'emir', 'mayor', 'governor', 'baron', 'count', 'countess', 'marquess', 'viscount', 'lord', 'tsar', 'shah'].map(hashString));

/**
 * Drops a title and "of" from a place the tagger read as one ("Duke of Cornwall", "the Bishop of
 * Lyon"): the place is named, as in CoNLL. Only spans tagged as places, so that an office ("Minister
 * of Justice") or a person's style the tagger reads as a person is left alone.
 */
export function trimTitleOf(d: Doc, e: Span): void {
  const { hash, shape } = d.toks;
  if (e.type === LOC && e.b - e.a >= 3 && hash[e.a + 1] === OF && shape[e.a + 2] === Shape.Cap && RULERS.has(hash[e.a])) e.a += 2;
}

const ST = hashString('st');
const SAINT = hashString('saint');
const DOT = hashString('.');

/**
 * A name that ends in "St." or "Saint" goes on with the name after it ("St. Michael's church", "the
 * abbey of St. Peter"): a church, a town or a saint, never a place next to a person.
 */
export function joinSaints(d: Doc, ents: Span[]): Span[] {
  const { hash } = d.toks;
  return joinNext(ents, (e, next) => {
    const last = hash[e.b - 1] === DOT && e.b - e.a >= 2 ? hash[e.b - 2] : hash[e.b - 1];
    return next.a === e.b && (last === ST || last === SAINT);
  });
}

/** Each name joined with the next one where join(name, next) holds, keeping the first one's type. */
function joinNext(ents: Span[], join: (e: Span, next: Span) => boolean): Span[] {
  let out: Span[] | null = null;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    const next = ents[i + 1];
    if (next && join(e, next)) {
      out ??= ents.slice(0, i);
      out.push({ a: e.a, b: next.b, type: e.type });
      i++;
    } else if (out) out.push(e);
  }
  return out ?? ents;
}

// Last words of the names of treaties, laws and declarations ("Paris Agreement", "Kyoto Protocol").
const ACCORDS = IntMap.of(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'protocol', 'convention', 'conventions', 'amendment', 'declaration', 'charter', 'doctrine', 'pact'].map(hashString));

/**
 * A name followed by a capitalised treaty word names the treaty, not the place or organisation:
 * "the Paris Agreement", "the Geneva Conventions", "the UN Charter" are MISC as in CoNLL (the
 * tagger reads "Paris" alone as a place). Applied after the article's votes, so that the place
 * keeps its type where it stands alone.
 */
export function treaties(d: Doc, ents: Span[]): void {
  const { hash, shape, n } = d.toks;
  for (const e of ents) {
    if (e.b < n && shape[e.b] === Shape.Cap && ACCORDS.has(hash[e.b]) && (e.b + 1 >= n || shape[e.b + 1] !== Shape.Cap)) {
      e.b++;
      e.type = MISC;
    } else if (e.b - e.a >= 2 && shape[e.b - 1] === Shape.Cap && ACCORDS.has(hash[e.b - 1])) e.type = MISC;
  }
}

// First words of regional adjectives ("North Korean", "Middle Eastern", "Latin American").
const COMPASS = IntMap.of(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'latin', 'northeast', 'northwest', 'southeast', 'southwest'].map(hashString));
const REGIONAL_ENDINGS = ['an', 'ern', 'ese', 'ish', 'ic'];

/**
 * Span [a, b) is a regional adjective before a lowercase word, "North Korean leaders", "a Middle
 * Eastern front", "Latin American countries": a nationality (MISC), not the place.
 */
export function regionalAdjective(d: Doc, a: number, b: number): boolean {
  const { text, toks } = d;
  const { hash, shape, end, n } = toks;
  if (b !== a + 2 || b >= n || shape[b] !== Shape.Lower || shape[a + 1] !== Shape.Cap || !COMPASS.has(hash[a])) return false;
  const e = end[a + 1];
  return REGIONAL_ENDINGS.some((x) => text.startsWith(x, e - x.length));
}

const FOR = hashString('for');

/**
 * A common word after an office and "of"/"for" is the office's remit, no name: "the Minister of
 * Justice", "Secretary of State", "the Minister for Health Ana Ruiz" names Ana Ruiz (while "the
 * President of Chile" keeps its place). False when nothing is left.
 */
export function trimRemit(d: Doc, e: Span): boolean {
  const { hash } = d.toks;
  const a = e.a;
  if (a < 2 || (hash[a - 1] !== OF && hash[a - 1] !== FOR) || !((d.lex[a - 2] >>> LIST_SHIFT) & LIST.title)) return true;
  const cap = d.lex[a] & CAP_MASK;
  // "ambassador for New York City Health …" keeps its New: only a one-word remit, one before a first name,
  // or one before two words never written in lower case ("Minister of Mines Yzolde Tzekova") goes
  const name = (t: number): boolean => (d.lex[t] & CAP_MASK) === 0 || (d.lex[t] & CAP_MASK) === 3;
  if ((cap === 1 || cap === 2) && (e.b === a + 1 || (d.lex[a + 1] >>> LIST_SHIFT) & LIST.first || (e.b === a + 3 && name(a + 1) && name(a + 2)))) e.a++;
  return e.b > e.a;
}

/** Span [a, b) is a listed city, country or region. */
export function listedPlace(d: Doc, a: number, b: number): boolean {
  if (b - a > MAX_PHRASE) return false;
  let h = PHRASE_SEED;
  for (let t = a; t < b; t++) h = phraseStep(h, d.toks.hash[t]);
  return (Math.max(phraseMap().get(h), 0) & (PHRASE.city | PHRASE.country | PHRASE.region)) !== 0;
}

const IN = hashString('in');

/**
 * An organisation "in" a listed place is two names: "Vale University in Scotland", "the Museum of
 * Modern Art in Lima" (where the word before "in" is an organisation word).
 */
export function splitIn(d: Doc, ents: Span[]): Span[] {
  const { hash } = d.toks;
  let out: Span[] | null = null;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    let t = e.type === ORG ? e.b - 2 : e.a;
    while (t > e.a && hash[t] !== IN) t--;
    if (t > e.a && (d.lex[t - 1] >>> LIST_SHIFT) & LIST.orgWord && listedPlace(d, t + 1, e.b)) {
      out ??= ents.slice(0, i);
      out.push({ a: e.a, b: t, type: ORG }, { a: t + 1, b: e.b, type: LOC });
    } else if (out) out.push(e);
  }
  return out ?? ents;
}

/**
 * "Marit Engvold of Nordvik Securities", read as one organisation, is a person and where they work: two
 * or three capitalised words before "of", none of them a word of organisations, places or titles
 * ("Bank of England", "University of Lima", "Duke of York" stay whole), and no article ("the").
 */
export function splitPersonOf(d: Doc, ents: Span[]): Span[] {
  const { hash, shape } = d.toks;
  let out: Span[] | null = null;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    const o = e.type === ORG && e.b - e.a >= 4 ? e.a + 2 + (hash[e.a + 2] === OF ? 0 : hash[e.a + 3] === OF && e.b - e.a >= 5 ? 1 : -99) : -1;
    if (o > e.a && personBefore(d, e.a, o) && shape[o + 1] !== Shape.Lower) {
      out ??= ents.slice(0, i);
      out.push({ a: e.a, b: o, type: PER }, { a: o + 1, b: e.b, type: ORG });
    } else if (out) out.push(e);
  }
  return out ?? ents;
}

/**
 * Tokens [a, b) are capitalised words each listed as a given name or a surname, or never seen in the
 * lexicon's news (invented and foreign names), none listed as a word of organisations, places or
 * titles: "National Conservatory of Music" is known words.
 */
function personBefore(d: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const lists = (d.lex[t] >>> LIST_SHIFT) & LIST_MASK;
    const named = d.lex[t] === 0 || (lists & (LIST.first | LIST.last)) !== 0;
    if (d.toks.shape[t] !== Shape.Cap || !named || (lists & (LIST.orgWord | LIST.locWord | LIST.title | LIST.demonym)) !== 0) return false;
  }
  return true;
}

// Words that open the names of storms ("Hurricane Dorian", "Tropical Storm Ana").
const STORMS = IntMap.of(['hurricane', 'cyclone', 'typhoon', 'storm', 'tropical'].map(hashString));

/**
 * The name of a storm ("Hurricane Dorian", "Cyclone Amphan", "Tropical Storm Ana") is an event,
 * MISC as in CoNLL, never a person: a name goes back over the storm words written before it.
 */
export function extendStorm(d: Doc, e: Span): void {
  const { hash, shape } = d.toks;
  while (e.a > 0 && shape[e.a - 1] === Shape.Cap && STORMS.has(hash[e.a - 1])) e.a--;
}

/** Span [a, b) is a storm's name: its word and at least a name after it. */
export function isStorm(d: Doc, a: number, b: number): boolean {
  return b - a >= 2 && STORMS.has(d.toks.hash[a]) && !STORMS.has(d.toks.hash[b - 1]);
}

const POSSESSORS = IntMap.of(['your', 'his', 'her', 'their'].map(hashString));
const STYLES = IntMap.of(['honor', 'honour', 'excellency', 'majesty', 'highness', 'lordship', 'ladyship', 'worship', 'holiness', 'eminence', 'grace'].map(hashString));

const THE = hashString('the');

/**
 * A style of address ("Your Honor", "His Excellency") is no name: dropped from the start of a name
 * with the "the" after it ("Her Majesty the Queen"), leaving the name ("His Excellency Ana Ruiz").
 * False when nothing is left.
 */
export function trimStyle(d: Doc, e: Span): boolean {
  const { hash } = d.toks;
  if (e.a === 0 || !STYLES.has(hash[e.a]) || !POSSESSORS.has(hash[e.a - 1])) return true;
  e.a++;
  if (e.a < e.b && hash[e.a] === THE) e.a++;
  return e.b > e.a;
}

const COMMA = hashString(',');
const SUFFIXES = IntMap.of(['jr', 'sr'].map(hashString));

/**
 * "Jr." or "Sr." after a comma ends the person's name before it ("Ana Ruiz, Jr."), where the
 * tagger reads it as a name of its own.
 */
export function joinSuffixes(d: Doc, ents: Span[]): Span[] {
  const { hash } = d.toks;
  return joinNext(ents, (e, next) => e.type === PER && next.a === e.b + 1 && hash[e.b] === COMMA && SUFFIXES.has(hash[next.a]) && next.b - next.a <= 2);
}

// Romance particles that join a place's name to the place it is "of" ("Rio de Janeiro", "Peñón de Vélez").
const ROMANCE_OF = IntMap.of(['de', 'da', 'do', 'del', 'di', 'dos', 'das'].map(hashString));

/**
 * Whether span [a, b) is "X de Y" ending in a word that the article types as a place on its own:
 * then the whole is a place ("Santiago de Tarnis" in an article about the town of Tarnis), not a
 * person the tagger took it for ("Ana de Armas" keeps hers: Armas is no place there).
 */
export function placeOfPlace(d: Doc, a: number, b: number, typeAlone: (t: number) => number): boolean {
  return b - a >= 3 && ROMANCE_OF.has(d.toks.hash[b - 2]) && d.toks.shape[b - 1] === Shape.Cap && typeAlone(b - 1) === LOC;
}

/**
 * Words that open the names of places in Portuguese, Spanish and French ("São Tirso", "Vila Nova",
 * "Rua Augusta", "Calle Ancha", "Rue Lepic"): a name of two or more words starting with one is no person.
 */
const PLACE_FIRST = IntMap.of(['são', 'sao', 'vila', 'rua', 'avenida', 'praça', 'praca', 'largo', 'calle', 'rue'].map(hashString));
export const placeWordFirst = (d: Doc, a: number, b: number): boolean => b - a >= 2 && PLACE_FIRST.has(d.toks.hash[a]) && (d.toks.shape[a + 1] === Shape.Cap || d.toks.shape[a + 1] === Shape.Caps);

const DASH = hashString('-');
// Words that open a hyphened adjective before a name ("Pro-Moreau", "Anti-Vance"), not a given name.
const HYPHEN_PREFIXES = IntMap.of(['pro', 'anti', 'ex', 'non', 'post', 'pre', 'neo', 'mid', 'co', 'vice', 'self', 'half', 'all', 'pan', 'euro', 'afro', 'anglo', 'franco', 'sino', 'indo', 'arch', 'then', 'would', 'soon'].map(hashString));

/**
 * A given name of two parts whose first the tagger left out, being a common word elsewhere ("Per" of
 * "Per-Arne Lund", "Tor" of a name like it): a capitalised word glued by a hyphen to a person's
 * name of two words or more goes with it.
 */
export function joinHyphenatedGiven(d: Doc, ents: Span[]): void {
  const { hash, shape, start, end } = d.toks;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    const t = e.a - 2;
    if (e.type !== PER || e.b - e.a < 2 || t < 0 || hash[t + 1] !== DASH || end[t] !== start[t + 1] || end[t + 1] !== start[e.a]) continue;
    if (shape[t] !== Shape.Cap || HYPHEN_PREFIXES.has(hash[t]) || (i > 0 && ents[i - 1].b > t)) continue;
    e.a = t;
  }
}

/**
 * A nickname in quotation marks inside a person's name ("Earvin "Magic" Johnson", "Per-Arne "P-A"
 * Strandvik"): the tagger takes the given name, the nickname and the surname apart, or misses the
 * given name. One person's name, across the nickname (names.ts reads it without the nickname).
 */
const NICKNAMED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)[ \u00a0]["“]\p{Lu}[^"“”\n]{0,24}["”][ \u00a0]$/u;
const NOT_GIVEN = new Set(['The', 'A', 'An', 'And', 'But', 'Or', 'In', 'On', 'At', 'Of', 'For', 'To', 'By', 'As', 'It', 'He', 'She', 'They', 'We', 'I']);
export function joinNicknamed(text: string, spans: NamedSpan[]): NamedSpan[] {
  if (!text.includes('"') && !text.includes('“')) return spans;
  let out: NamedSpan[] | null = null;
  for (const s of spans) {
    // The surname after a nickname is often left untyped ("other") by the tagger.
    if ((s.type !== 'person' && s.type !== 'other') || !isNicknameClose(text, s.start)) continue;
    const m = NICKNAMED_BEFORE.exec(text.slice(Math.max(0, s.start - 60), s.start));
    if (!m || NOT_GIVEN.has(m[1])) continue;
    const start = s.start - m[0].length + m[0].indexOf(m[1]);
    out = (out ?? spans).filter((x) => x === s || x.end <= start || x.start >= s.start);
    out[out.indexOf(s)] = { start, end: s.end, type: 'person' };
  }
  // The surname after the nickname not recognised at all ("Secretary Rodolfo "Dodong" Villaraza"):
  // the given name's span runs on to it.
  for (const s of out ?? spans) {
    if (s.type !== 'person' || !isNicknameOpen(text, s.end)) continue;
    const m = NICKNAMED_AFTER.exec(text.slice(s.end, s.end + 60));
    if (!m || NOT_GIVEN.has(m[1])) continue;
    const end = s.end + m[0].length;
    if ((out ?? spans).some((x) => x.start < end && x.end > s.end)) continue;
    out = (out ?? spans).slice();
    out[out.indexOf(s)] = { start: s.start, end, type: 'person' };
  }
  return out ?? spans;
}
const NICKNAMED_AFTER = /^[ \u00a0]["“]\p{Lu}[^"“”\n]{0,24}["”][ \u00a0]((?:(?:de|del|delos|dela|van|von|da|dos|di|du|le|la|al|el|bin)[ \u00a0])*\p{Lu}[\p{L}'’-]*)/u;
/** A closing quotation mark and a space just before `at`: the cheap test before NICKNAMED_BEFORE. */
function isNicknameClose(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 2);
  return (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 0xa0) && (c === 34 || c === 0x201d);
}
/** A space and an opening quotation mark at `at`: the cheap test before NICKNAMED_AFTER. */
function isNicknameOpen(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1);
  return (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0xa0) && (c === 34 || c === 0x201c);
}

