// Where people or a thing were taken, kept or found, as news tells it: "the survivors were taken to
// the regional hospital in Tarnby", "the van was found burned out in Oslek", "the recorder was
// analysed at the laboratory in Vrana". Two articles about one event that put the same ones in
// different places disagree (index/placings.ts compares them).
//
// Only the passive or a participle ("were taken", "patients taken instead to"): the active voice
// names who did it ("police took the van to …"), which is another story's subject.

import { inside } from './boilerplate';
import { WEEKDAYS, dayIn } from './days';
import { MONTHS, firstAtLeast } from './text';
import type { EntityLayer, Placing, Span, Structure } from './types';

/** Verbs of being moved or kept somewhere (participles), and the prepositions that lead to the place. */
const MOVED = 'taken|flown|airlifted|rushed|sent|diverted|transferred|moved|brought|driven|towed|evacuated|admitted|treated|analysed|analyzed|examined|held|kept|stored|housed|sheltered|accommodated|rehoused|caught|captured|recaptured|detained';
/**
 * Verbs of people caught or given a roof: kept with their own noun ("the inmates", "the families"), not
 * pooled as "people" (two groups arrested or housed in two towns are no contradiction).
 */
const OWN_NOUN = new Set(['housed', 'sheltered', 'accommodated', 'rehoused', 'caught', 'captured', 'recaptured', 'detained']);
/**
 * Verbs that only people are moved by here: letters, troops and aid are sent or moved to several
 * places at once, and talks or elections are held in several.
 */
const PEOPLE_ONLY = new Set(['sent', 'moved', 'brought', 'evacuated', 'admitted', 'treated', 'driven', 'held', ...OWN_NOUN]);
/**
 * A capitalised word after a preposition, where a place may be named: the verbs are looked for only
 * in the characters before one. Measured on BBC news: the verbs' pattern over whole articles took
 * 12 ms per pass, this one 4.5 ms and the verbs in its windows little more.
 */
const NAMED_AFTER = / (?:to|at|in|on|near) (?:the )?(?:(?:village|town|city|hamlet|port|district|region|island) of )?[A-Z\u00c0-\u00de]/g;
/**
 * Or talks with the place they are held at: "called both sides to talks on Thursday, at the ministry in
 * Varby", "talks between the two sides began at the ministry in Varby", "talks in Varby". Nothing else
 * between: "talks with the minister at the party conference", "talks on the dam in Varby", "talks,
 * but … in Varby" name other places (on BBC news a clause of any words let those through).
 */
const TALKS_DAY = `(?:(?:${WEEKDAYS.join('|')}),? )?(?:(?:${MONTHS.join('|')}) \\d{1,2}|\\d{1,2} (?:${MONTHS.join('|')})|${WEEKDAYS.join('|')})(?:,? \\d{4})?,?`;
const TALKS = `([Tt]alks|[Nn]egotiations)(?: on ${TALKS_DAY}|(?: between [^.;:!?,]{3,40}?)? (?:began|begin|opened|open|resumed|resume|were held|will be held|are being held|took place|will take place))? (at|in) `;
/**
 * Or where someone spoke to the press: "told reporters at the coast guard station in Varby", "told a news
 * conference in Varby", "spoke to journalists this afternoon at the town hall in Varby".
 */
const SPOKE = `((?:told|telling|addressed|briefed) (?:reporters|journalists|the press|the media|an? (?:news|press) (?:conference|briefing)|a briefing)|(?:spoke|speaking|talking) to (?:reporters|journalists|the press|the media)(?: (?:this|on|late|early|after|before) [^.;,"“”]{1,30}?)?)(?: (?:on|this|late) [A-Za-z]+(?: (?:morning|afternoon|evening))?)? (at|in) `;
const TRIGGER = new RegExp(
  `\\b(?:(${MOVED})(?: (?:instead|back|later|first|then|immediately|overnight))? (to|at|in) |found(?: (?:burned|burnt) out| abandoned| dumped| wrecked| submerged| hidden| dead)? (in|on|at|near) |${TALKS}|${SPOKE})`,
  'g',
);
/**
 * Talks to settle a dispute, between its sides ("called both sides to talks", "talks between the two
 * sides"): the ones a story about the dispute tells of. A minister's "talks in Beijing" and a summit's
 * "talks in Brussels" are two talks (a wrong warning on BBC news).
 */
const SIDES = /\b(?:both|the two|all) (?:sides|parties)\b/i;
/** Talks that are not the ones reported elsewhere: another round. */
const OTHER_TALKS = /\b(?:new|fresh|further|next|second|third|previous|earlier|another|more|last|latest|separate|round of)\s+(?:\p{Ll}+\s+)?$/iu;

/** Words that sit between a subject and its participle: auxiliaries and adverbs. */
const AUXILIARY = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'has', 'have', 'had', 'also', 'later', 'then', 'reportedly', 'all', 'both', 'already', 'subsequently', 'quickly', 'eventually']);
/** Words that start a noun phrase before its head. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|\d[\d,]*)$/i;
/** Words after which a noun phrase's head has been read: relatives, prepositions, participles. */
const AFTER_HEAD = /^(?:who|which|that|whom|whose|of|on|in|at|from|with|by|for|near|after|before|during|to|and|or|\p{Ll}+ed|\p{Ll}+ing)$/u;
const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|that|there)$/i;
/** Irregular plurals of the nouns news moves people by. */
const SINGULAR: Record<string, string> = { men: 'man', women: 'woman', people: 'person', children: 'child', casualties: 'casualty', bodies: 'body' };
/**
 * People as an emergency's news counts them, whichever word an article uses ("survivors", "the
 * injured", "three men", "patients"); ambulances are diverted with the patients they carry.
 */
const PEOPLE = new Set(['man', 'woman', 'person', 'child', 'survivor', 'victim', 'casualty', 'patient', 'passenger', 'miner', 'worker', 'injured', 'wounded', 'resident', 'tourist', 'hiker', 'climber', 'pupil', 'student', 'crew', 'boy', 'girl', 'baby', 'ambulance']);

/** People caught, held or given a roof, by their own noun (with PEOPLE's): "the inmates were recaptured in …". */
const HELD_PEOPLE = new Set(['inmate', 'prisoner', 'fugitive', 'escapee', 'convict', 'hostage', 'detainee', 'suspect', 'evacuee', 'family', 'migrant', 'refugee', 'protester']);

/** Capitalised words that are no place: days, months, titles. */
const NOT_PLACE = new Set([...WEEKDAYS, ...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'Sept', 'Mr', 'Mrs', 'Ms', 'Dr']);
/** A run of capitalised words, with the small words names of places hold ("Port of Tarnby", "Santa Maria da Feira"). */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0](?:(?:of|de|da|do|dos|das|del|la|le|van|von|der|den|upon)[ \u00a0])?\p{Lu}[\p{L}'’.-]*)*/uy;
/** Where the place's words end: the clause's end (not a comma before a name: "Newton Street, Tarnby"), or a word that starts another clause. */
const CLAUSE_END = /[.;:!?()"“”]|,(?![ \u00a0]\p{Lu})|\b(?:for|after|because|where|when|while|which|who|as|but|by|since|until|following|before|said|says|according)\b/u;
/** A kind of place before its name: "in the village of Varby", "to the port of Tarnby". */
const KIND_OF_PLACE = /^(?:village|town|city|hamlet|district|region|province|county|municipality|suburb|island|port|settlement|commune)[ \u00a0]+of[ \u00a0]+/;
const WINDOW = 80;
/** How far before its verb a subject is read: twelve words at most are (`subject`). */
const SUBJECT_SPAN = 160;

export function findPlacings(doc: Structure, layer: EntityLayer): Placing[] {
  const { text } = doc;
  const out: Placing[] = [];
  let done = -1;
  NAMED_AFTER.lastIndex = 0;
  for (let h = NAMED_AFTER.exec(text); h; h = NAMED_AFTER.exec(text)) {
    const from = Math.max(done + 1, h.index - WINDOW);
    const window = text.slice(from, h.index + h[0].length);
    // One pattern for every window: trying SPOKE only on windows with a verb of speaking cost more than it saved.
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(window); m; m = TRIGGER.exec(window)) {
      done = from + m.index;
      const placing = placingAt(doc, layer, done, m);
      if (placing) out.push(placing);
    }
  }
  return out;
}

/** The placing a verb's match at `at` tells, if any. */
function placingAt(doc: Structure, layer: EntityLayer, at: number, m: RegExpExecArray): Placing | null {
  const { text, sentences } = doc;
  if (inside(doc.boilerplate, at, at + m[0].length)) return null;
  const i = firstAtLeast(sentences, at + 1, (x) => x.end);
  const s = sentences[i];
  if (!s || s.start > at) return null;
  const places = placesAfter(text, at + m[0].length - 1 - (m[2] ?? m[3] ?? m[5] ?? m[7]).length, Math.min(s.end, at + m[0].length + WINDOW), layer);
  if (m[6]) {
    // Whoever spoke, named right before ("Dana Voss, the mayor, told reporters at …"); the day, when the sentence gives one, sets one briefing apart from another.
    const speaker = speakerBefore(text, s.start, at, layer);
    if (!places.length || speaker === null) return null;
    const last = places[places.length - 1];
    const day = dayIn(text, s.start, s.end);
    return { start: last.start, end: last.end, deed: 'spoke', thing: `@${speaker}`, places: places.map((p) => p.text), sentence: { start: s.start, end: s.end }, ...(day ? { day } : {}) };
  }
  if (m[4]) {
    if (!places.length || OTHER_TALKS.test(text.slice(Math.max(s.start, at - 30), at)) || !SIDES.test(text.slice(Math.max(s.start, at - 60), at + m[0].length))) return null;
    const last = places[places.length - 1];
    return { start: last.start, end: last.end, deed: 'held', thing: 'talks', places: places.map((p) => p.text), sentence: { start: s.start, end: s.end } };
  }
  const verb = m[1] ?? 'found';
  if (!places.length || !passive(text, s.start, at)) return null;
  // "They were sent to …": the subject of the sentence before ("Nineteen ambulances were turned away").
  // A subject is read in the characters just before (a sentence thousands of characters long stays linear).
  const from = Math.max(s.start, at - SUBJECT_SPAN);
  const own = OWN_NOUN.has(verb);
  const thing = PRONOUN_SUBJECT.test(text.slice(from, at)) ? (i > 0 && from === s.start ? subjectOf(text, sentences[i - 1], layer, own) : null) : subject(text, from, at, layer, own);
  if (!thing || (PEOPLE_ONLY.has(verb) && thing !== 'people' && !thing.startsWith('@') && !(own && (PEOPLE.has(thing) || HELD_PEOPLE.has(thing))))) return null;
  const last = places[places.length - 1];
  return { start: last.start, end: last.end, deed: verb === 'found' ? 'found' : OWN_NOUN.has(verb) ? 'kept' : 'taken', thing, places: places.map((p) => p.text), sentence: { start: s.start, end: s.end } };
}

/**
 * Whether the participle at `at` is passive: after "was", "were", "been"… (adverbs between), or
 * reduced, right after a plural noun or a comma ("patients taken instead to …", "The vote, taken in
 * …"). Not after "has" ("has flown to", "has brought in": the subject did it).
 */
function passive(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 60), at).trimEnd();
  if (before.endsWith(',')) return true;
  const words = before.split(/[ \u00a0]+/);
  while (words.length > 1 && ADVERB.test(words[words.length - 1])) words.pop();
  const w = words[words.length - 1];
  return PASSIVE.test(w) || (/^\p{Ll}+s$/u.test(w) && !/ss$/.test(w) && !AUXILIARY.has(w));
}
const PASSIVE = /^(?:was|were|is|are|been|being|be|get|gets|got)$/;
const ADVERB = /^(?:\p{Ll}+ly|later|then|also|instead|first|all|both|since|already|soon|reportedly)$/u;

/**
 * The places a clause names from `from` (the preposition before the first): each run of capitalised
 * words right after a preposition ("in Vrana", "to Tarnby General Hospital"), or after "and"/"or"
 * once one is found; a run the article uses as a modifier ("the Vrana laboratory") is no place.
 */
function placesAfter(text: string, from: number, end: number, layer: EntityLayer): { start: number; end: number; text: string }[] {
  const clause = text.slice(from, end);
  const stop = CLAUSE_END.exec(clause);
  const words = stop ? clause.slice(0, stop.index) : clause;
  const out: { start: number; end: number; text: string }[] = [];
  const lead = /(?:^|[ \u00a0])(to|in|at|near|on|outside|inside|and|or)[ \u00a0]+(?:the[ \u00a0]+)?|(,)[ \u00a0]+/g;
  for (let p = lead.exec(words); p; p = lead.exec(words)) {
    const listed = p[1] === 'and' || p[1] === 'or' || p[2] === ',';
    if (listed && !out.length) continue;
    const kind = KIND_OF_PLACE.exec(words.slice(p.index + p[0].length));
    NAME_RUN.lastIndex = p.index + p[0].length + (kind ? kind[0].length : 0);
    const run = NAME_RUN.exec(words);
    if (!run) continue;
    const name = run[0].replace(/['’]s?$/, '');
    const after = words.slice(run.index + run[0].length);
    // "the Vrana laboratory": a name before a common noun names whose it is, not where.
    if (!kind && /^[ \u00a0]+\p{Ll}/u.test(after) && /the[ \u00a0]+$/.test(p[0])) continue;
    const start = from + run.index;
    // A person's name after "to" is whom, not where ("admitted to Dana that …").
    // A town after a comma is where ("Newton Street, Tarnby"); a body after one is who says so.
    const named = layer.mentions[firstAtLeast(layer.mentions, start, (x) => x.end)];
    const at = named && named.start < start + name.length ? named.type : null;
    if (NOT_PLACE.has(name) || name.length < 3 || at === 'person' || (p[2] === ',' && at !== 'place')) continue;
    out.push({ start, end: start + name.length, text: name });
    lead.lastIndex = run.index + run[0].length;
  }
  return out;
}

const PRONOUN_SUBJECT = /^\s*(?:They|It|He|She)\s+(?:\p{Ll}+\s+){0,3}$/u;
const FIRST_VERB = /\s(?:was|were|is|are|has|have|had)\s/;

/** The subject of a sentence's first finite verb, as `subject` reads it. */
function subjectOf(text: string, s: Span, layer: EntityLayer, own: boolean): string | null {
  const verb = FIRST_VERB.exec(text.slice(s.start, s.end));
  return verb ? subject(text, s.start, s.start + verb.index + 1, layer, own) : null;
}

/** Between a speaker's name and the verb: nothing, an apposition ("Dana Voss, the mayor, told") or whose ("Dana Voss of the Harbour Board told"). */
const SPEAKER_GAP = /^\s*(?:,[^.;:"“”]{1,100},\s*|of\s+(?:the\s+)?[^,.;:"“”]{1,60}?\s*)?$/;
/** The person named right before a verb of speaking at `at`, as a local entity. */
function speakerBefore(text: string, from: number, at: number, layer: EntityLayer): number | null {
  const k = firstAtLeast(layer.mentions, at, (x) => x.end) - 1;
  for (let j = k; j >= 0 && layer.mentions[j].end >= from && layer.mentions[j].end >= at - 130; j--) {
    const m = layer.mentions[j];
    if (m.type !== 'person' || !SPEAKER_GAP.test(text.slice(m.end, at))) continue;
    return m.local;
  }
  return null;
}

/**
 * What was taken or found: the head noun of the clause's subject before the participle, singular and
 * lower case ("van"; "people" for survivors, the injured, three men, patients), or "@<local>" for a
 * named person or organisation right before it; null when there is none (a pronoun, a clause too
 * long to read).
 */
function subject(text: string, sentenceStart: number, at: number, layer: EntityLayer, own = false): string | null {
  let before = text.slice(sentenceStart, at);
  // The clause the participle is in: after the last comma, unless nothing but auxiliaries is left
  // ("The vote, taken in …" has its subject before the comma).
  const comma = before.lastIndexOf(',');
  if (comma >= 0 && /\p{L}/u.test(before.slice(comma + 1).replace(/\b(?:was|were|is|are|been|being|has|have|had)\b/g, ''))) before = before.slice(comma + 1);
  else if (comma >= 0) before = before.slice(0, comma);
  const words = before.split(/[ \u00a0]+/).filter(Boolean);
  while (words.length && AUXILIARY.has(words[words.length - 1].toLowerCase())) words.pop();
  if (!words.length || words.length > 12) return null;
  // A named one right before the participle, auxiliaries between ("Dana Voss was flown to …"). Mentions
  // are in text order: only those ending in the 60 characters before are read (long articles stay linear).
  for (let k = firstAtLeast(layer.mentions, at - 60, (x) => x.end); k < layer.mentions.length && layer.mentions[k].end <= at; k++) {
    const named = layer.mentions[k];
    if (!text.slice(named.end, at).trim().split(/\s+/).every((w) => !w || AUXILIARY.has(w.toLowerCase()))) continue;
    if (named.type === 'person' || named.type === 'organization') return `@${named.local}`;
    break;
  }
  let i = words.findIndex((w) => DETERMINER.test(w)) + 1;
  // Without a determiner, the first word that may be a noun ("with patients", "based on documents").
  if (i === 0) while (i < words.length - 1 && (AFTER_HEAD.test(words[i]) || /^(?:with|and|but|while)$/i.test(words[i]))) i++;
  let head: string | null = null;
  for (; i < words.length; i++) {
    const w = words[i];
    if (/['’]s?$/.test(w) && head === null) continue; // "the burglars' van"
    if (head !== null && AFTER_HEAD.test(w)) break;
    if (!/^\p{L}+$/u.test(w) || PRONOUN.test(w)) return null;
    if (i > 0 && /^\p{Lu}/u.test(w)) return null; // a name the recogniser did not take
    head = w.toLowerCase();
  }
  if (!head) return null;
  const one = SINGULAR[head] ?? (head.length > 4 && head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.length > 3 && head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head);
  return PEOPLE.has(one) && !own ? 'people' : one;
}
