// Counts of things that no rule for tolls, margins or things handled names: the noun counted is what
// the figure is about. "four paintings and a drawing", "about 1,400 sheep", "at 19 sites in three
// countries", "some 800 police officers", "closes four neighbourhood libraries": the head of the noun
// phrase after the number, singular ("painting", "sheep", "site", "officer", "library"), is the measure.
// Words before the head that say which ("neighbourhood", "armed") are left to it.

import { spelledNumber } from './numbers';

/** Nouns whose plural is no -s, and what each is counted as. */
const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', children: 'child', police: 'officer', sheep: 'sheep', cattle: 'cattle', fish: 'fish', deer: 'deer',
  personnel: 'staff', staff: 'staff', crew: 'crew', aircraft: 'aircraft', livestock: 'livestock', geese: 'goose', mice: 'mouse', feet: 'foot', teeth: 'tooth',
};
/**
 * One word for nouns news uses for one set of people or things: "workers" and "employees" of a plant are
 * one count, and so are "troops" and "soldiers", "inmates" and "prisoners", "houses" and "homes". Not
 * "ships" and "vessels": on ECB+ "3 pirate ships" and "five merchant vessels" (the words that say which are
 * not kept) gave two false warnings.
 */
const SAME_AS: Record<string, string> = {
  worker: 'staff', employee: 'staff', policeman: 'officer', policewoman: 'officer',
  troop: 'soldier', inmate: 'prisoner', convict: 'prisoner', detainee: 'prisoner', warder: 'guard', fireman: 'firefighter',
  lorry: 'truck', house: 'home', dwelling: 'home', corpse: 'body', artefact: 'artifact', kid: 'child', pupil: 'student',
};

/**
 * Words that end in -s and are no plural noun, and plurals that are no count of things of an event
 * (units, parts of a text or a score, periods, money): read no further.
 */
const NOT_COUNTED = new Set(
  `has was is its this thus us his hers ours yours theirs yes always perhaps whereas across unless news series species means less
  times percent cents points goals runs wickets sets games matches rounds laps holes strokes innings
  seconds minutes hours days nights weeks months years decades centuries
  metres meters kilometres kilometers miles feet inches yards litres liters gallons tonnes tons kilos kilograms grams pounds degrees knots mph
  dollars euros pounds pence cents francs pesos shares stocks votes seats
  milligrams micrograms millilitres grams
  pages chapters articles sections clauses paragraphs lines words letters characters
  ways things kinds sorts types parts others ones people persons individuals`.split(/\s+/),
);

/** Function words: a phrase's words stop before them. */
const STOP = new Set(
  'a an the of and or but in on at to for from by with into onto over under about than as that which who whom whose were was are is be been being had have has will would could should may might must can do did does not no so also all each every both some any more most other such their its his her our your my this these those there here then when where while if after before since until per'.split(' '),
);

export interface Counted {
  /** "count painting". */
  measure: string;
  /** Where the noun ends, relative to the number's end. */
  end: number;
}

/** A word after spaces, where it is tried (sticky: a slice of the rest for each word cost more). */
const WORD = /\s+([a-z]+(?:-[a-z]+)*)/y;

/** The singular of a regular plural: "libraries" → "library", "branches" → "branch", "sites" → "site". */
function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** The noun a plural word counts, or null when it is none. */
function plural(w: string): string | null {
  if (NOT_COUNTED.has(w)) return null;
  const last = w.slice(w.lastIndexOf('-') + 1);
  const irregular = IRREGULAR[last] ?? (last.endsWith('men') && last.length > 4 ? `${last.slice(0, -3)}man` : undefined);
  if (irregular) return irregular;
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is|ous)$/.test(w)) return null;
  return singular(last);
}

/**
 * What a number counts when it is followed by a plural noun, maybe after up to two words saying which:
 * the noun's head singular, in one word for workers and police. Counts of one are no figure here.
 */
export function countedOf(rest: string, value: number): Counted | null {
  if (value < 2 || !Number.isInteger(value)) return null;
  let at = 0;
  let head: string | null = null;
  let end = 0;
  for (let n = 0; n < 4; n++) {
    WORD.lastIndex = at;
    const m = WORD.exec(rest);
    if (!m) break;
    const w = m[1];
    if (STOP.has(w)) break;
    const noun = plural(w);
    if (noun) {
      // "police officers": a second plural is the head.
      head = noun;
      end = at + m[0].length;
    } else if (head || w.endsWith('ing') || (w.endsWith('ed') && n > 0) || NOT_COUNTED.has(w)) break;
    at += m[0].length;
  }
  if (!head) return null;
  return { measure: `count ${SAME_AS[head] ?? head}`, end };
}

/** Words too common to say what a count is about. */
const COMMON = new Set(
  'said says told also that this with from have been were will would could them they their there then than when where which what while about after before more most some other into over only just because since year years last first week month today yesterday under such been being make made well many much even still back there here these those whose each both between against during among within without'.split(' '),
);
const CONTEXT_WORD = /\p{L}{4,}/gu;

/**
 * The stems (first five letters) of the words near a count, from its clause's neighbourhood: what
 * two counts of one noun must share to be counts of one thing ("enrolled 312 patients" and "312 patients
 * enrolled"; not "three tries" in two matches). The noun counted and common words are left out.
 */
export function contextOf(near: string, measure: string): string[] {
  const noun = measure.slice(6, 11);
  const out = new Set<string>();
  CONTEXT_WORD.lastIndex = 0;
  for (let m = CONTEXT_WORD.exec(near); m; m = CONTEXT_WORD.exec(near)) {
    const w = m[0].toLowerCase();
    if (COMMON.has(w) || STOP.has(w) || spelledNumber(w) !== null) continue;
    const stem = w.slice(0, 5);
    if (stem !== noun) out.add(stem);
  }
  return [...out];
}

/** How many stems two contexts share. */
export function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/** Stems of the words every size or spell has (its units, its dimension, its state): they tell no thing from another. */
const MEASURE_WORDS = new Set([
  'metre', 'meter', 'kilom', 'feet', 'foot', 'mile', 'miles', 'centi', 'milli', 'depth', 'deep', 'heigh', 'high', 'tall', 'altit', 'lengt', 'long',
  'radiu', 'diame', 'width', 'wide', 'acros', 'measu', 'below', 'surfa', 'groun', 'under', 'above', 'level',
  'minut', 'hours', 'hour', 'days', 'weeks', 'week', 'spent', 'spend', 'trapp', 'stuck', 'stran', 'burie', 'entom', 'close', 'shut', 'block',
  'seale', 'power', 'elect', 'remai', 'staye',
]);

/** The words around a size or a spell that say what it is of ("the shaft", "the gate"), as stems. */
export function thingContext(near: string): string[] {
  return contextOf(near, '').filter((stem) => !MEASURE_WORDS.has(stem));
}
