// Name normalisation shared by in-article and cross-article linking.

import { hasLowerCase, isWhiteSpace } from './text';
import type { EntityType } from './types';

/** Name particles that transliterations add, drop or hyphenate freely ("al-Assad", "Assad", "al Assad"). */
export const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'de', 'da', 'di', 'del', 'della', 'delos', 'dela', 'dos', 'das', 'der', 'du', 'van', 'von', 'bin', 'ibn', 'le', 'la', 'the']);

/** Titles and roles written before a name but not part of it. */
export const TITLES = new Set(
  ('president vice prime minister foreign defence defense interior finance secretary general gen lt col colonel major capt captain ' +
    'sgt sergeant mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess sheikh sheik emir pope saint st ' +
    'rev reverend senator sen rep representative governor gov mayor judge justice chancellor ambassador envoy commander chief ' +
    'spokesman spokeswoman spokesperson leader chairman chairwoman director dear former late negotiator analyst diplomat official ' +
    'adviser advisor coach manager striker midfielder defender captain goalkeeper singer actor actress star chef ceo boss ' +
    // Heads of multi-word public-service titles: the name starts after "Chief Fire Officer", "Deputy Police Commissioner".
    'officer commissioner superintendent inspector constable deputy detective sheriff councillor councilor coroner ' +
    // Malay and Indonesian honorifics ("Encik Fauzi", "Datuk Seri Anwar"); "Pak" and "Bu" are GIVEN_NAME_HONORIFICS.
    'bapak ibu encik cik puan datuk dato datin seri haji hajjah ' +
    // Filipino professional titles written before names ("Atty. Salonga", "Engr. Mabini"), and naval and army ranks.
    'atty attorney engr hon honourable honorable commodore admiral brigadier lieutenant corporal marshal').split(' '),
);

/**
 * Honorifics before a given name alone ("Pak Hendra", "Bu Wulan") that are also surnames ("Pak
 * Chol-min", a Korean name): a title only before one word without a hyphen.
 */
export const GIVEN_NAME_HONORIFICS = new Set(['pak', 'bu']);

/** Well-known names and the equivalences that articles rarely spell out. */
export const WELL_KNOWN: { name: string; type: EntityType; aliases: string[] }[] = [
  { name: 'Islamic State', type: 'organization', aliases: ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'] },
  { name: 'United Nations', type: 'organization', aliases: ['UN', 'U.N.'] },
  { name: 'United States', type: 'place', aliases: ['US', 'U.S.', 'USA', 'United States of America'] },
  { name: 'United Kingdom', type: 'place', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { name: 'European Union', type: 'organization', aliases: ['EU', 'E.U.'] },
];

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Letters that Unicode does not decompose into a base letter and a mark (Turkish ı, Polish ł, Danish ø,
 * Croatian đ), and letters that outlets writing ASCII spell out: Icelandic þ and æ ("Þórðarson" is
 * "Thordarson"), German ß, French œ.
 */
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', æ: 'ae', Æ: 'Ae', ß: 'ss', œ: 'oe', Œ: 'Oe' };

/** The text without diacritics, letter for letter ("Kaçırık" → "Kacirik", "Łódź" → "Lodz"). */
export function stripDiacritics(s: string): string {
  return ASCII.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ıłŁøØđĐðÐþÞæÆßœŒ]/g, (c) => UNDECOMPOSED[c]);
}

/**
 * Words of a name, lower-case, without diacritics, apostrophes or dots ("Zu'bi" → "zubi"). A
 * hyphen joins one word ("Smith-Jones") unless it follows a particle ("al-Assad" → al, assad).
 */
export const nameWords: (name: string) => readonly string[] = cached(splitName);

/** A pure function of a string, remembered: names repeat throughout an article and a corpus. Bounded and output-neutral. */
export function cached<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 50_000) cache.clear();
      // Keyed by a copy: a name sliced from an article would keep the whole article alive, and
      // comparing keys would read all over old articles. A copy of 13 characters or more made by
      // slicing is itself a slice of another string, one more read in every comparison: those are
      // joined into a string of their own.
      cache.set(s.length < 13 ? (s + ' ').slice(0, -1) : [...s].join(''), (v = f(s)));
    }
    return v;
  };
}

/** A nickname in quotation marks inside a name ("Earvin "Magic" Johnson"): the name without it is the person's. */
const NICKNAME_INSIDE = /[ \u00a0]["“][^"“”]{1,25}["”](?=[ \u00a0])/g;

/** A name as shown: without a nickname inside it ("Earvin Johnson" for "Earvin "Magic" Johnson"). */
export const withoutNickname = (name: string): string => (name.includes('"') || name.includes('“') ? name.replace(NICKNAME_INSIDE, '') : name);

function splitName(name: string): string[] {
  name = withoutNickname(name);
  // Nearly all names are ASCII, where a plain character class splits as the Unicode one does, faster.
  const ascii = ASCII.test(name);
  const tokens = (ascii ? name : stripDiacritics(name))
    .toLowerCase()
    .replace(/[’'‘`.]/g, '')
    .split(ascii ? /[^a-z0-9-]+/ : /[^\p{L}\p{N}-]+/u);
  const out: string[] = [];
  for (const token of tokens) {
    if (!token.includes('-')) {
      if (token) out.push(token);
      continue;
    }
    const parts = token.split('-').filter(Boolean);
    let i = 0;
    while (i < parts.length - 1 && PARTICLES.has(parts[i])) i++;
    out.push(...parts.slice(0, i));
    if (parts.length) out.push(parts.slice(i).join(''));
  }
  return out;
}

/** The words that identify a name: particles and leading titles removed. */
export function coreWords(name: string): string[] {
  return [...nameCore(name).words];
}

/** A name's core words (coreWords) and the folded key of each (foldWord); shared, not to be changed. */
export interface NameCore {
  words: readonly string[];
  folded: readonly string[];
  /** The folded words joined: the spelling-tolerant key of the name (nameKey). */
  key: string;
  /**
   * The last word ('' for none) and how many words there are: linking reads them of every name
   * of an article, and kept here they are read with the core, not from its array too.
   */
  last: string;
  size: number;
}

/**
 * Words written after a company's name that do not tell it apart: "Intel Corp." is "Intel", "Acme
 * Agro Holding" is "Acme Agro".
 */
export const CORPORATE = new Set(
  ('corp corporation inc incorporated ltd limited llc plc co ag sa nv gmbh pty holding holdings ' +
    // company forms of other countries: Norway's ASA and AS, Sweden's AB, Finland's Oy, Japan's Kabushiki Kaisha, …
    'asa as ab oy oyj aps bv spa srl sarl sas se kk kaisha ltda bhd berhad pte tbk kgaa jsc pjsc ojsc').split(' '),
);

/**
 * Whether a name ends in a company form ("Brenholm Sjømat ASA", "Acme Ltd", "Kitano Shoji Kaisha"):
 * a company whatever the recogniser says; the recogniser took such names for people on text written
 * blind. A form of two letters counts in capitals only ("Smith AS", not "known as").
 */
export function isCompanyName(name: string): boolean {
  const space = name.lastIndexOf(' ');
  // The longest form is "incorporated"; most names end in a longer or a lower-case word.
  if (space < 0 || name.length - space > 14 || !isCapitalAt(name, space + 1)) return false;
  // (The last word sliced only where its length and first letter are a form's, or it has a dot: asked
  // of most names of several words, which end in no form.)
  const c = name.charCodeAt(space + 1);
  if (c < 128 && !CORPORATE_STARTS[(name.length - space - 1) * 128 + (c | 32)] && name.indexOf('.', space) < 0) return false;
  return isCompanyForm(name.slice(space + 1));
}
/** Whether a company form has this length and first letter, at length * 128 + its code. */
const CORPORATE_STARTS: boolean[] = [];
for (const w of CORPORATE) CORPORATE_STARTS[w.length * 128 + w.charCodeAt(0)] = true;

/**
 * Whether a word written after a name, starting with a capital, is a company form (isCompanyName):
 * "Ltd", "ASA", "S.A.". (Its dots are dropped only where it has any: asked of most names.)
 */
export function isCompanyForm(word: string): boolean {
  const last = word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
  let lower = last.toLowerCase();
  if (lower.includes('.')) lower = lower.replace(/\./g, '');
  return CORPORATE.has(lower) && lower !== 'co' && (lower.length > 2 || last === last.toUpperCase()) && /^\p{Lu}/u.test(last);
}
/** Sports-club initials written before or after a club's name ("SK Slavia Ostrava" is "Slavia Ostrava"). */
const CLUB = new Set(['fc', 'afc', 'sk', 'fk', 'ac', 'sc', 'cf', 'cd', 'bk', 'ssc', 'tj', 'nk', 'hc']);
/** Words of a country's formal name before "of". */
const FORMAL = new Set(['republic', 'kingdom', 'sultanate', 'emirate', 'principality']);
/** Last words of sports clubs' names, whose town's name alone stands for the club in sports writing ("Kelbrook" for "Kelbrook Athletic"). */
const CLUB_WORDS = new Set(['athletic', 'atletico', 'united', 'city', 'town', 'rovers', 'wanderers', 'rangers', 'albion', 'county', 'harriers', 'hotspur', 'villa', 'celtic', 'olympic', 'sporting']);
/** Whether a name's core words (nameCore) are a sports club's: "Kelbrook Athletic", "Kelbrook Vale FC". */
export const isClubName = (core: NameCore): boolean => core.words.length > 1 && (CLUB_WORDS.has(core.words[core.words.length - 1]) || CLUB.has(core.words[core.words.length - 1]));
/**
 * Words that decide the type of a name of two or more words, whatever the recogniser said: a first
 * word ("River Kell", "Calle Nueva", "Radio Kell") or a company's last word ("Kell Builders"). The
 * recogniser took rivers and radio stations for people, streets for organisations on text written blind.
 */
const FEATURES = new Set(['river', 'lake', 'mount']);
const FIRST_WORD_TYPES = new Map<string, EntityType>([
  ...[...FEATURES, 'calle', 'avenida', 'plaza', 'rua', 'rue', 'via', 'plac', 'ulica', 'piazza'].map((w): [string, EntityType] => [w, 'place']),
  // broadcasters named by their medium in any language: "Radio Kell", "Radyo Bantay", "Kanal 7", "Televisión Sur"
  ...['radio', 'radyo', 'rádio', 'raidió', 'rádió', 'kanal', 'telewizja', 'televisão', 'televisión', 'télévision', 'televizija'].map((w): [string, EntityType] => [w, 'organization']),
]);
/** Whether a name is a river's, a lake's or a mountain's ("River Kell"), which its last word alone names too ("the Kell"). */
export const isFeatureName = (name: string): boolean => {
  const first = name.indexOf(' ');
  // Only a word of a feature's length is sliced: "lake", "river", "mount".
  const length = first < 0 ? name.length - 1 : first;
  return length >= 4 && length <= 5 && FEATURES.has(name.slice(0, first).toLowerCase());
};
const COMPANY_WORDS = new Set(['Builders', 'Contractors', 'Developers', 'Motors', 'Foods', 'Airlines', 'Logistics', 'Partners', 'Industries', 'Pharmaceuticals', 'Polymers', 'Chemicals', 'Engineering', 'Textiles', 'Shipping', 'Airways', 'Therapeutics', 'Shipyards', 'Petroleum']);
/** The type a name's first or last word decides (FIRST_WORD_TYPES, COMPANY_WORDS), or undefined. */
export function typeByWord(name: string): EntityType | undefined {
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  // Words are sliced only where their length and first letter are one of the list's (asked of most
  // names of several words, more than once: by length alone, most first words were sliced and
  // lower-cased, 1.4% of linking in a profile). Lower-casing never changes a length into one of
  // these words' lengths; a first letter outside ASCII is looked up as before.
  const c = name.charCodeAt(0);
  const first = c > 127 || FIRST_WORD_STARTS[space * 128 + (c | 32)] ? FIRST_WORD_TYPES.get(name.slice(0, space).toLowerCase()) : undefined;
  if (first) return first;
  const last = name.lastIndexOf(' ') + 1;
  return COMPANY_WORD_STARTS[(name.length - last) * 128 + name.charCodeAt(last)] && COMPANY_WORDS.has(name.slice(last)) ? 'organization' : undefined;
}
/** Whether a word of FIRST_WORD_TYPES has this length and first letter, at length * 128 + its code; COMPANY_WORDS likewise, as written. */
const FIRST_WORD_STARTS: boolean[] = [];
for (const w of FIRST_WORD_TYPES.keys()) FIRST_WORD_STARTS[w.length * 128 + w.charCodeAt(0)] = true;
const COMPANY_WORD_STARTS: boolean[] = [];
for (const w of COMPANY_WORDS) COMPANY_WORD_STARTS[w.length * 128 + w.charCodeAt(0)] = true;
/** Whether a word is a club's initials as written before its name ("SK", "FC"). */
export const isClubInitials = (word: string): boolean => word.length <= 3 && word === word.toUpperCase() && CLUB.has(word.toLowerCase());
/**
 * Words written after a name that make it a company's or a channel's ("Acme Agro Holding",
 * "Lipany TV", "Getty Images"): the recogniser often stops before them, or takes the rest for a person.
 */
export const ORG_SUFFIX = new Set(['holding', 'holdings', 'group', 'tv', 'radio', 'images', 'ltd', 'inc', 'corp', 'corporation', 'plc', 'llc', 'gmbh']);

export const nameCore: (name: string) => NameCore = cached((name) => {
  const words = nameWords(name);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i])) i++;
  let end = words.length;
  while (end - i > 1 && CORPORATE.has(words[end - 1])) end--;
  // Club initials before a name go only where two words stay: "FC Kingsbury" alone is not the town
  // "Kingsbury". After it they stay ("Football Club" written as "FC"): "Kingsbury Vale FC" is not the
  // town "Kingsbury Vale", and the cross-article graph joins "Kingsbury Rovers" to "Kingsbury Rovers FC".
  const football = end - i > 2 && words[end - 1] === 'club' && words[end - 2] === 'football';
  if (football) end -= 2;
  if (end - i > 2 && CLUB.has(words[i])) i++;
  // A country's formal name is its name: "Republic of Valmora" is "Valmora".
  if (end - i > 2 && words[i + 1] === 'of' && FORMAL.has(words[i])) i += 2;
  let rest = words.slice(i, end);
  if (football) rest.push('fc');
  // A middle initial is written or not ("George W. Bush", "George Bush").
  if (rest.length > 2 && rest.some((w, j) => w.length === 1 && j > 0 && j < rest.length - 1)) rest = rest.filter((w, j) => w.length > 1 || j === 0 || j === rest.length - 1);
  // Most names have no particle to drop.
  const core = rest.some((w) => PARTICLES.has(w)) ? rest.filter((w) => !PARTICLES.has(w)) : rest;
  const kept = core.length ? core : rest;
  const folded = kept.map(foldWord);
  return { words: kept, folded, key: folded.join(' '), last: kept[kept.length - 1] ?? '', size: kept.length };
});

const VOWELS = 'aeiouyw';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
/** Letters that make a digraph with a following "h". */
const DIGRAPH = 'sckztpg';

/**
 * A spelling-tolerant key for one word: the first letter, then consonants with doubles collapsed.
 * Transliterations differ mostly in vowels and doubling: Mohammed/Mohammad → "mhmd",
 * Zoabi/Zoubi → "zb", Jaysh/Jaish → "jsh", Asaad/Assad → "asd", Qasim/Kassem → "ksm". Romanisations of Cyrillic differ
 * in two consonants too: Ukrainian writes г as "h" where Russian writes "g" (Hrytsak/Gritsak,
 * Vadym/Vadim, Oleh/Oleg), and "x" is "ks" (Oleksiy/Alexei). Only an "h" that cannot be English
 * is read as "g": first before a consonant ("Hr-", "Hl-") and inside a word ("Bohdan", "Yevhen",
 * "Oleh"), but not in "sh", "kh", "ch", "zh", "th", "ph", "gh", nor a first "H" before a vowel (Hill is not Gill).
 * French romanisations of Arabic write a first "w" before a vowel as "ou" (Oued/Wadi, Ouahbi/
 * Wahbi), and English ones end a word in "ah" or "a" alike (Jeddah/Jidda, Fallujah/Falluja).
 */
export function foldWord(word: string): string {
  let out = '';
  let last = '';
  let from = 0;
  if (word.charCodeAt(0) === 111 && word.charCodeAt(1) === 117 && 'aei'.includes(word[2] || '-')) {
    out = last = 'w';
    from = 2;
  }
  const end = word.length > 3 && word.endsWith('ah') ? word.length - 1 : word.length;
  for (let i = from; i < end; i++) {
    let c = word[i];
    if (i > 0 && isVowel(c)) {
      last = '';
      continue;
    }
    // Arabic qaf is written "q" or "k" (Tariq/Tarek, Qasim/Kassem).
    if (c === 'q') c = 'k';
    else if (c === 'h' && (i === 0 ? word.length > 1 && !isVowel(word[1]) : !DIGRAPH.includes(word[i - 1]))) c = 'g';
    if (c === 'x') {
      if (last !== 'k') out += 'k';
      c = 's';
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Spelling-tolerant key of a whole name; one-word non-person names stay exact, since folding them collides ("Mali"/"Mail"). */
export function nameKey(name: string, person: boolean): string {
  return coreKey(nameCore(name), person);
}

/** nameKey of a name whose core is known. */
export function coreKey(core: NameCore, person: boolean): string {
  return !person && core.words.length === 1 ? core.words[0] : core.key;
}

/** Initials of the capitalised words of a name: "High Negotiations Committee" → "HNC", "Islamic State" → "IS". */
export function initials(name: string): string {
  // What splitting at /[\s\u00a0-]+/ and taking each word's first character if it is a capital gives,
  // without the arrays: linking asks this of every organisation's name (12 MB of garbage per BBC pass).
  let out = '';
  for (let i = 0; i < name.length; ) {
    if (isWordSeparator(name.charCodeAt(i))) {
      i++;
      continue;
    }
    if (isCapitalAt(name, i)) out += name[i];
    while (i < name.length && !isWordSeparator(name.charCodeAt(i))) i++;
  }
  return out;
}

const isWordSeparator = (c: number): boolean => c === 45 || isWhiteSpace(c);
const CAPITAL = /^\p{Lu}/u;
/** Whether the character (code point) at `i` is a capital letter. */
const isCapitalAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(s.slice(i, i + 2));
};

/**
 * Orders spellings of one entity, best name first: a full name (two or more words) before a bare
 * surname or an acronym, and both before a role in lower case; then the form (the core words,
 * without case and diacritics) that most articles use (`articles`; mentions where they are not
 * counted), then the most mentioned; within a form, as
 * written rather than in capitals, then with its diacritics ("Tomáš Dvořák" over "Tomas Dvorak"
 * and "MATĚJ ŠIMŮNEK"); last, the first in `counts`.
 */
export function rankSpellings(counts: Map<string, number>, core = nameCore, articles: Map<string, number> = counts): string[] {
  if (counts.size === 1) return [...counts.keys()];
  const forms = new Map<string, { articles: number; mentions: number }>();
  const rows = [...counts.entries()].map(([s, n]) => {
    const words = core(s).words;
    const form = words.join(' ');
    const f = forms.get(form) ?? { articles: 0, mentions: 0 };
    f.articles += articles.get(s) ?? 0;
    f.mentions += n;
    forms.set(form, f);
    // A role standing for a person ("the health minister") names it last.
    // A spelling with its nickname inside ("Earvin "Magic" Johnson") names it after one without.
    const plain = s.includes('"') || s.includes('“') ? 0 : 1;
    return { s, n, form: f, full: !isCapitalAt(s, 0) ? -1 : words.length >= 2 && !/^\p{Lu}{2,6}$/u.test(s) ? 1 : 0, plain, cased: hasLowerCase(s) ? 1 : 0, marked: ASCII.test(s) ? 0 : 1 };
  });
  return rows
    .sort((a, b) => b.full - a.full || b.form.articles - a.form.articles || b.form.mentions - a.form.mentions || b.plain - a.plain || b.cased - a.cased || b.marked - a.marked || b.n - a.n)
    .map((x) => x.s);
}
