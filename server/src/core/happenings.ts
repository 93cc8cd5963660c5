// Dated happenings: what happened to something, or is due to happen, on a day, a date or in a month,
// whoever did it ("the roof caved in on 4 May", "the blast on Monday", "at the June 2 public inquiry
// hearing", "the lidos will shut on August 1", "the window stays open until 9 January", "the board
// last inspected the hall in April"). Found from the dates, which are rarer than the words: each date is
// read with the preposition before it and the nearest word of the vocabulary before it (or the noun
// right after it: "the March 10 hearing", "Monday's blast").

import { inside } from './boilerplate';
import { DATE_WORDS, WEEKDAYS, nightOf, resolveDay, type DayMarks } from './days';
import { MONTHS, firstAtLeast, upperBound } from './text';
import type { EntityLayer, Mention, Span, Structure, TimedEvent } from './types';

/**
 * How one happening is told from another of its kind:
 * - `once`: a sudden event a story is about (a collapse, a blast): the same kind with a person, body
 *   or place named in both sentences;
 * - `end` / `start`: a thing closing or ending, opening or starting: the same thing ("the branches");
 * - `span`: a verb of lasting, whose "until" gives an end and "from … to …" a start and an end;
 * - `recurring`: meetings and inspections, held again and again: only with what sets one apart
 *   ("public hearing", "last inspected"), and never against one held after an article was written.
 */
export type HappeningClass = 'once' | 'end' | 'start' | 'span' | 'recurring';

/** The vocabulary, in one place: each kind, its class, and the words (comma-separated) that name it. */
const VOCABULARY: [string, HappeningClass, string][] = [
  ['collapse', 'once', 'collapsed,collapses,collapse,gave way,caved in'],
  ['explosion', 'once', 'exploded,explosion,blast'],
  ['fire', 'once', 'blaze,fire broke out'],
  ['crash', 'once', 'crashed,crash'],
  ['earthquake', 'once', 'earthquake,quake'],
  ['derailment', 'once', 'derailed,derailment'],
  ['sinking', 'once', 'sank,capsized'],
  // Crimes done once to someone or somewhere: the people or place named near them tell one from another.
  ['kidnapping', 'once', 'kidnapped,abducted,kidnapping,abduction,were seized,was seized,taken hostage'],
  ['break-in', 'once', 'broke into,break-in,burglary,burgled,forced their way into,forced entry,robbed,robbery,heist,stole,stolen'],
  ['escape', 'once', 'escaped,escape,jailbreak,broke out of'],
  ['end', 'end', 'close,closes,closed,closure,shut,shuts,shut down,shuts down,end,ends,ended,expire,expires,expired'],
  ['start', 'start', 'open,opens,opened,reopen,reopens,reopened,start,starts,started,begin,begins,began,take effect,takes effect,took effect,come into force,comes into force,came into force'],
  ['span', 'span', 'run,runs,last,lasts,remain open,remains open,stay open,stays open,be open,is open,continue,continues'],
  // "will stay closed until Friday": it reopens then (or the day after: a loose day).
  ['closed', 'span', 'stay closed,stays closed,remain closed,remains closed,be closed,is closed'],
  ['inspection', 'recurring', 'inspected,inspection,visited'],
  // Talks only as a summons of a dispute's sides ("invited both sides to talks on Friday"): see SUMMONS.
  ['talks', 'recurring', 'talks'],
  ...'hearing,meeting,summit,rally,vigil,funeral,inquest,referendum,auction'.split(',').map((w): [string, HappeningClass, string] => [w, 'recurring', w]),
];
const KINDS = new Map(VOCABULARY.map(([kind, cls]) => [kind, cls]));
const WORDS = new Map(VOCABULARY.flatMap(([kind, , words]) => words.split(',').map((w) => [w, kind] as const)));
/** The class of a kind of happening, or null for a deed of core/events.ts. */
export const happeningClass = (kind: string): HappeningClass | null => KINDS.get(kind) ?? null;

/** The words in lower case, as a clause has them: a case-blind pattern took the Open of tennis tournaments for an opening. */
const WORD = new RegExp(`\\b(?:${[...WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
/** A meeting or a sudden event named right after a date or a weekday's "'s", with up to two words before it. */
const NOUN_AFTER = new RegExp(`^(?:['’]s)?[ \\u00a0]((?:[\\p{Ll}-]+[ \\u00a0]){0,2}?)(${VOCABULARY.filter(([, cls]) => cls === 'recurring' || cls === 'once').map(([k]) => k).join('|')}|blast|quake)\\b`, 'u');

const SP = '[ \\u00a0\\u202f]';
/**
 * A date as happenings are dated: a weekday with a date ("Tuesday, 7 October"), a date ("March 10",
 * "15 December", "December 15, 2025"), a weekday alone, or a month alone ("in March", "May 2024").
 */
const WHEN = new RegExp(`\\b(?:(?:${WEEKDAYS.join('|')}),?${SP}(?:the${SP})?(${DATE_WORDS})|(${DATE_WORDS})|(${WEEKDAYS.join('|')})|(${MONTHS.join('|')})(?:${SP}(\\d{4}))?)\\b`, 'y');
/**
 * Where dates may be: a month's first three letters (core/days.ts dayMarks), or a weekday's "day" with
 * its name before it, found with indexOf (on BBC news the whole-text regex for dates cost 16 ms per
 * pass, a lookup per month and weekday 5.6 ms, one for "day" instead of one per weekday 5.1 ms).
 */
const WEEKDAY_STEMS = WEEKDAYS.map((w) => w.slice(0, -3));
function marksOf(text: string, marks: DayMarks): number[] {
  if (!marks.days.length) return marks.months;
  const at = marks.months.slice();
  for (const i of marks.days) {
    // A weekday's stem ends in n, s, i or r ("Mon", "Tues", "Fri", "Satur"): most "day"s ("today", "days") are none.
    const c = text.charCodeAt(i - 1);
    if (c !== 110 && c !== 115 && c !== 105 && c !== 114) continue;
    const stem = WEEKDAY_STEMS.find((w) => text.startsWith(w, i - w.length));
    if (stem) at.push(i - stem.length);
  }
  return at.sort((a, b) => a - b);
}
/** A day of the month, and maybe a weekday, written before the month: "7 October", "Tuesday, 7 October". */
const DAY_FIRST = new RegExp(`(?:(?:${WEEKDAYS.join('|')}),?${SP}(?:the${SP})?)?\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?$`);
/** Where the date around a mark starts: before the mark when the day of the month comes first. */
function dateStart(text: string, mark: number): number {
  const c = text.charCodeAt(mark - 2);
  // Only a digit, "of", "st", "nd", "rd" or "th" may end the words before it.
  if (!((c >= 48 && c <= 57) || c === 102 || c === 116 || c === 100 || c === 104)) return mark;
  const from = Math.max(0, mark - 30);
  const day = DAY_FIRST.exec(text.slice(from, mark));
  return day ? from + day.index : mark;
}

/** The prepositions a date is given with. "since", "by", "before", "after", "between" are bounds and give none. */
const PREPOSITIONS = new Set(['on', 'of', 'from', 'until', 'till', 'to', 'in', 'the', 'a']);
/** The word right before a date when it is one of PREPOSITIONS, lower-case ("on 6 October", "the March 10 hearing"). */
function prepositionOf(lead: string): string | null {
  const end = lead.trimEnd().length;
  if (end === lead.length) return null;
  const start = lead.lastIndexOf(' ', end - 1) + 1;
  const w = lead.slice(start, end).toLowerCase();
  return PREPOSITIONS.has(w) ? w : null;
}
/** "of" gives a day only after a part of it: "in the early hours of Tuesday", "on the night of 6 October". */
const PART_OF_DAY = /\b(?:hours|night|morning|afternoon|evening)\s+of\s+$/i;
/** A rounding of a month ("early in March", "late in March", "the end of … in March"): no date to compare; "due to end in March" is none. */
const ROUNDED = /\b(?:early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)(?:-|\s+)$/i;
/** Between the word and its date: a clause without a full stop (a time's dot is no stop: "3.40am", "9 a.m."). */
const GAP = /^[^.;:!?"“”]{0,70}$/;
/**
 * What the word right after it shows to be no happening of the vocabulary: a price closing up or down,
 * a figure ("sales sank 12%", "crashed 6-2"), a verb of beginning before another ("started appearing",
 * "began to fall"), shots ("opened fire"), a set phrase ("a blaze of publicity").
 */
const NOT_THE_HAPPENING = /^\s+(?:up|down|higher|lower|flat|unchanged|fire|of\s+(?:publicity|glory)|[$€£\d]|at\s+[$€£\d]|to\s+\p{Ll}|(?!during\b)\p{Ll}+ing\b)/u;
const TIME_DOTS = /\d\.\d|\b[ap]\.m\./g;
/** Another one of its kind, not the one reported elsewhere, or one held again and again. */
const ANOTHER = /\b(?:again|second|third|another|fresh|latest|further|previous|earlier|separate|every|each|annual|yearly|monthly|weekly|regular|usually|typically)\b/i;
/** A correction states the other day on purpose. */
const CORRECTION = /\b(?:correct(?:s|ed|ion)|earlier version|previously (?:reported|stated|said)|misstated|mistakenly)\b/i;
/** A change of date stated as one: both days were right in their time. */
const CHANGED = /\b(?:postponed|rescheduled|pushed back|put back|brought forward|delayed|moved (?:up|back|forward|to)|adjourned|cancel+ed|(?:was|were|been|has|have|had)\s+extended|extend(?:s|ed|ing)?\s+(?:it|the|its|their))\b/i;
/** The nouns of the vocabulary, which must head their phrase ("the auction on Sunday", not "auction house"). */
const NOUN_WORDS = new Set(['collapse', 'explosion', 'blast', 'blaze', 'crash', 'earthquake', 'quake', 'derailment', 'kidnapping', 'abduction', 'break-in', 'burglary', 'robbery', 'heist', 'escape', 'jailbreak', 'closure', 'opening', 'inspection', ...VOCABULARY.filter(([, cls]) => cls === 'recurring').map(([k]) => k)]);
const NOUN_HEAD = /^(?:\s*[^\s\p{L}]|\s+(?:of|on|in|at|into|for|from|to|by|with|near|was|were|is|are|will|would|had|has|that|which|took|happened|struck|hit|began|opened|ended|and)\b|\s+\p{Ll}+ed\b|\s*$)/u;
/** A verb between a sudden happening's noun and the date: the date is that verb's ("the 1988 crash - was suspended in April"). */
const OTHER_VERB = /\b(?:was|were|is|are|has|have|had|will|would)\b|\b\p{Ll}{3,}ed\b/u;
/** A happening averted or feared: "rescued from collapse", "on the brink of collapse". */
const AVERTED = /\b(?:from|brink of|verge of|near|avert(?:ed|ing)?|prevent(?:ed|ing)?|risk of|fears? of|threat of)\s+(?:a\s+|the\s+)?$/i;
/** A denial or a condition: no day it happens on. */
const NEGATED = /\b(?:not|never|no longer|unless|if|whether)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** The day lies ahead of the article: a present tense of a scheduled thing, "will", "are to", "is due to", before the word or between it and its date. */
const AHEAD = /\b(?:will|shall)\b|\b(?:is|are)\s+to\b|\b(?:due|scheduled|set|expected|planned|going)\s+(?:to|for)\b|\b(?:expects?|plans?|hopes?|aims?|intends?|wants?)\s+to\b|\b(?:next|upcoming|coming)\b/;
const PRESENT = /^(?:closes|shuts|ends|expires|opens|reopens|starts|begins|takes|comes|runs|lasts|remains|stays|is|continues)\b/i;
/**
 * "last inspected", "its inspectors last visited", "the last inspection", "its most recent regular
 * inspection": the latest one, which an article dates only once (its kind, "regular", sets no other apart).
 */
/**
 * A dispute's sides called to talks: "invited both sides to talks on Friday", "called the two parties to
 * talks on 6 March". The talks lie ahead of the summons, also one told as past ("had called"). Talks told
 * otherwise ("talks on Monday broke down", "peace talks on Tuesday") may be any of several rounds.
 */
const SUMMONS = /\b(?:invited|called|summoned|convened|brought)\s+(?:both|the two|all)\s+(?:sides|parties)\s+(?:back\s+)?to\s+$/i;
const LAST = /\b(?:last|latest|most\s+recent)\s+(?:(?:regular|routine|annual|full|safety)\s+)?$/i;
const INSPECTORS = /\binspectors?\b/i;
/** Words between the subject and the verb: auxiliaries, modals, "scheduled to", "plan to". */
const AUXILIARIES = /(?:\s+(?:will|shall|would|could|may|might|is|are|was|were|be|been|has|have|had|also|now|finally|officially|permanently|temporarily|set|scheduled|expected|due|planned|going|to|then|only|all|itself|themselves|plans?|hopes?|wants?|aims?|intends?|expects?|needs?))+\s*$/i;
/** A place or a complement after the thing ending or starting: "farm shops in the valley", "the sale of the depot", "the inquest into …", "her term as mayor". */
const PLACE_AFTER = /^(.*?\p{Ll}{3,})\s+(?:in|at|of|into|for|over|with|across|near|around|outside|as)\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’ -]{1,40}$/u;
/** A verb's subject or object that is no thing: a pronoun, a relative, the doors of "close their doors", a market that closes daily, a span of time. */
const NO_THING = /^(?:it|they|he|she|we|which|that|who|this|these|those|there|one|doors|gates|itself|themselves|market|day|week|month|year|days|weeks|months|years)$/;
/** What a noun phrase of its own may follow. */
const NP_START = /\b(?:the|a|an|its|their|his|her|our|my|this|these|those|both|all|whose|some|\d+|two|three|four|five|six|seven|eight|nine|ten)$/i;
/** Words that end a noun phrase or stand outside one. */
const FUNCTION_WORD = /^(?:the|a|an|of|on|in|at|to|for|from|by|with|until|till|and|or|but|its|their|his|her|our|this|that|last|first|next|final|is|are|was|were|be|been|will|would|has|have|had|which|who)$/;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|all|both|some|whose|three|two|four|five|six|seven|eight|nine|ten|\d+)$/i;
/** How far a word may stand before its date. */
const REACH = 100;

const singular = (w: string): string => (/(?:ser|spec)ies$/.test(w) ? w : /ies$/.test(w) ? `${w.slice(0, -3)}y` : /(?:ch|sh|ss|x)es$/.test(w) ? w.slice(0, -2) : /[^s]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w);

/**
 * Happenings with their days, in article order. `taken` are the spans of deeds already found: a date
 * read there belongs to the deed ("Arlen Holding closes its plant on Friday"); `starts`, where the
 * sentences start.
 */
export function findHappenings(doc: Structure, layer: EntityLayer, taken: readonly Span[], starts: readonly number[], marks: DayMarks): TimedEvent[] {
  const { text } = doc;
  const out: TimedEvent[] = [];
  let done = 0;
  for (const mark of marksOf(text, marks)) {
    if (mark < done) continue;
    WHEN.lastIndex = dateStart(text, mark);
    const m = WHEN.exec(text);
    if (!m) continue;
    const at = m.index;
    const end = at + m[0].length;
    done = end;
    const i = upperBound(starts, at) - 1;
    const s = doc.sentences[i];
    if (!s || at >= s.end || taken.some((x) => x.start <= at && at < x.end) || inside(doc.boilerplate, at, end)) continue;
    const day = m[1] ?? m[2] ?? m[3] ?? (m[5] ? `${m[4]} ${m[5]}` : m[4]);
    const lead = text.slice(Math.max(s.start, at - REACH), at);
    const prep = m[3] && (text.startsWith("'s", end) || text.startsWith('’s', end)) ? "'s" : prepositionOf(lead);
    if (!prep || (m[4] && prep !== 'in') || (m[3] && !/^(?:on|the|'s|until|till|of)$/.test(prep)) || (prep === 'of' && !PART_OF_DAY.test(lead))) continue;
    if (prep === 'in' && ROUNDED.test(lead.slice(0, -3))) continue;
    const found =
      prep === 'the' || prep === 'a' || prep === "'s" ? nounAfter(text, end, s.end) : (wordBefore(text, lead, at) ?? (prep === 'on' && FRONTED.test(text.slice(s.start, at)) ? wordAfter(text, end, s.end) : null));
    if (!found) continue;
    const word = found.word.toLowerCase();
    const sentence = text.slice(s.start, s.end);
    const before = text.slice(Math.max(s.start, found.start - 40), found.start);
    const last = WORDS.get(word) === 'inspection' ? LAST.exec(before) : null;
    if (ANOTHER.test((last ? before.slice(0, last.index) : before).slice(-25)) || ANOTHER.test(text.slice(found.end, at)) || CORRECTION.test(sentence) || NEGATED.test(before) || AVERTED.test(before)) continue;
    if (word === 'visited' && !INSPECTORS.test(before)) continue;
    const changed = CHANGED.test(sentence);
    let kind = WORDS.get(word) ?? word;
    const closedUntil = kind === 'closed';
    if (closedUntil) {
      if (prep !== 'until' && prep !== 'till') continue;
      kind = 'start';
    } else if (kind === 'span') {
      // "runs until 15 December" ends then; "runs from 10 November (to 15 December)" starts then.
      if (prep === 'until' || prep === 'till' || changed) kind = 'end';
      else if (prep === 'from') kind = 'start';
      else continue;
    } else if (!changed && (prep === 'until' || prep === 'till' || prep === 'to' || (prep === 'from' && KINDS.get(kind) !== 'end' && KINDS.get(kind) !== 'start'))) continue;
    const cls = KINDS.get(kind)!;
    if ((cls === 'once' || cls === 'recurring') && NOUN_WORDS.has(word) && !NOUN_HEAD.test(text.slice(found.end, found.end + 20))) continue;
    if (cls === 'once' && NOUN_WORDS.has(word) && found.end < at && OTHER_VERB.test(text.slice(found.end, at))) continue;
    const about = aboutOf(text, s, found, kind, cls, before, layer.mentions);
    if (!about) continue;
    const near = nearOf(layer.mentions, doc.sentences, i, cls);
    if (cls === 'once' && !near.length) continue;
    const ahead = closedUntil || kind === 'talks' || (cls !== 'once' && (PRESENT.test(word) || AHEAD.test(before) || AHEAD.test(text.slice(found.end, at))));
    const loose = closedUntil ? 'loose' : nightOf(lead, text.slice(end, end + 12), sentence);
    const push = (written: string, from: number, to: number, k: string, date = resolveDay(written, doc.date, ahead)): void => {
      out.push({ start: Math.min(found.start, from), end: Math.max(found.end, to), event: k, subject: about.subject, object: about.object, near, first: false, loose, day: written, ahead, changed, date });
    };
    // A range from one date to another: the second is the end ("from November 10 to December 15, 2025"),
    // and gives the first its year.
    const range = kind === 'start' && prep === 'from' ? /^,?\s+(?:to|until|till|through)\s+/.exec(text.slice(end, end + 12)) : null;
    const to = range ? dateAt(text, end + range[0].length) : null;
    const year = to && !/\d{4}$/.test(day) ? /\d{4}$/.exec(to.day)?.[0] : undefined;
    push(day, at, end, kind, year ? resolveDay(`${day}, ${year}`, doc.date, ahead) : undefined);
    if (to) push(to.day, to.start, to.end, 'end');
  }
  return out;
}

/** A date (with its day of the month) starting exactly at `at`, for the end of a range. */
const RANGE_END = new RegExp(`^(?:(?:${WEEKDAYS.join('|')}),?${SP})?(${DATE_WORDS})\\b`);
function dateAt(text: string, at: number): (Span & { day: string }) | null {
  const end = RANGE_END.exec(text.slice(at, at + 40));
  return end ? { start: at, end: at + end[0].length, day: end[1] } : null;
}

interface Found extends Span {
  word: string;
  /** The words between a date and the noun after it ("public" in "the March 10 public hearing"). */
  modifiers?: string;
}

/** The nearest word of the vocabulary before a date, within its clause: "collapsed in the early hours of". */
function wordBefore(text: string, lead: string, at: number): Found | null {
  let last: RegExpExecArray | null = null;
  // Only after the clause's last comma (the gap may hold none but the one of ", in May").
  const comma = lead.lastIndexOf(',', lead.length - (/,\s*(?:in|on)\s+$/.test(lead) ? 6 : 1));
  WORD.lastIndex = comma + 1;
  for (let w = WORD.exec(lead); w; w = WORD.exec(lead)) last = w;
  if (!last) return null;
  const start = at - lead.length + last.index;
  const end = start + last[0].length;
  const gap = text.slice(end, at).replace(TIME_DOTS, '').replace(/,\s*(?:in|on)\s+$/, '');
  return GAP.test(gap) && !gap.includes(',') && !NOT_THE_HAPPENING.test(gap) ? { start, end, word: last[0] } : null;
}

/** A date opening its sentence, maybe after a time: "On 4 May, …", "At about 2am on Sunday, …". */
const FRONTED = /^\s*(?:(?:at|shortly|just|early|late)\b[^,.;]{0,40}\s)?on\s+$/i;
/** A statement between a fronted date and the word: the date is the statement's ("On Friday, the board said the lidos will shut"). */
const SAYING = /\b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|warned|warns|added|wrote|reported|agreed|decided|voted|that)\b/;
/** The first word of the vocabulary after a fronted date, in its clause: "On Sunday, the roof of the hall collapsed". */
function wordAfter(text: string, end: number, stop: number): Found | null {
  const rest = text.slice(end, Math.min(stop, end + 120));
  if (!rest.startsWith(',')) return null;
  WORD.lastIndex = 1;
  const w = WORD.exec(rest);
  if (!w || /[;:!?"“”]/.test(rest.slice(0, w.index)) || SAYING.test(rest.slice(0, w.index))) return null;
  return { start: end + w.index, end: end + w.index + w[0].length, word: w[0] };
}

/** A meeting or a sudden event named right after its date: "the March 10 public hearing", "Monday's blast". */
function nounAfter(text: string, end: number, stop: number): Found | null {
  const n = NOUN_AFTER.exec(text.slice(end, Math.min(stop, end + 40)));
  if (!n) return null;
  const start = end + n[0].length - n[2].length;
  return { start, end: start + n[2].length, word: n[2], modifiers: n[1].trim() };
}

/**
 * What the happening is about. A meeting: the words that set it apart ("public" hearing), none being
 * no happening. An inspection: "last", and who made it. A thing ending or starting: the thing ("the
 * branches", "the offer period"), the verb's object when it has one ("closes three libraries"), else
 * its subject. A sudden event: nothing more (the names near it tell it apart).
 */
function aboutOf(text: string, s: Span, found: Found, kind: string, cls: HappeningClass, before: string, mentions: readonly Mention[]): { subject: number | null; object: string | null } | null {
  if (cls === 'once') return { subject: null, object: null };
  if (kind === 'talks') return SUMMONS.test(before) ? { subject: null, object: 'arranged' } : null;
  if (kind === 'inspection') {
    if (!LAST.test(before)) return null;
    const doer = mentions.filter((x) => x.start >= s.start && x.end <= found.start && x.type !== 'place').pop();
    return { subject: doer?.local ?? null, object: 'last' };
  }
  if (cls === 'recurring') {
    const words = (found.modifiers ?? before).split(/\s+/).filter(Boolean);
    // The plain words right before the noun, a function word ending them: "at a public hearing", "the end of the meeting".
    let k = words.length;
    while (k > 0 && words.length - k < 2 && /^[\p{Ll}-]+$/u.test(words[k - 1]) && !FUNCTION_WORD.test(words[k - 1])) k--;
    return k < words.length ? { subject: null, object: words.slice(k).join(' ') } : null;
  }
  // The verb's object ("will close three libraries on", not "close their doors"), or what a noun is of ("the start of the scheme").
  const noun = /^(?:closure|opening)$/.test(found.word) || (/^(?:end|start|close)$/.test(found.word) && /\b(?:the|a|an|its|their)\s+(?:\p{Ll}+\s+)?$/u.test(before));
  const after = /^\s+(?:of\s+)?(?:the|a|an|all|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+((?:[\p{Ll}-]+\s+){1,3})/u.exec(text.slice(found.end, found.end + 50));
  const words = after?.[1].split(/\s+/).filter(Boolean) ?? [];
  const cut = words.findIndex((w) => FUNCTION_WORD.test(w));
  const phrase = cut < 0 ? words : words.slice(0, cut);
  const object = phrase.length && (!noun || /^\s+of\b/.test(text.slice(found.end, found.end + 5))) ? thing(phrase.at(-2) ?? null, phrase.at(-1)!) : null;
  if (object || noun) return object;
  const lead = text.slice(s.start, found.start).replace(AUXILIARIES, '').replace(/,[^;.]{1,80},\s*$/, '').replace(PLACE_AFTER, '$1');
  const subject = /(?:^|[^\p{L}'’])(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)\s*$/u.exec(lead);
  // A noun phrase of its own: after a determiner (names between: "the two Orskel pools"), a clause's start or its
  // sentence's first word ("The tour", "Public voting"), not "Blair seems certain".
  const left = subject ? lead.slice(0, subject.index + (/^\p{Ll}/u.test(subject[0]) ? 0 : 1)).trimEnd() : '';
  const named = left.replace(/(?:\s+\p{Lu}[\p{L}'’-]*)+$/u, ''); // "The two Orskel pools": names as modifiers after a determiner
  // A possessive is a determiner: "Olan Fenwick's four-year term".
  if (!subject || !(left === '' || /[,;:(—–]$/.test(left) || /\p{L}['’]s?$/u.test(left) || NP_START.test(left) || NP_START.test(named) || /^\p{Lu}[\p{Ll}-]*$/u.test(left) || (subject[1] !== undefined && DETERMINERS.test(subject[1])))) return null;
  return thing(subject[1] ?? null, subject[2]);
}

/** A thing as its head noun, singular, with the word before it when that is no determiner: "offer period", "branch". */
function thing(modifier: string | null, head: string): { subject: null; object: string } | null {
  if (NO_THING.test(head) || DETERMINERS.test(head) || FUNCTION_WORD.test(head) || head.length < 3 || head.endsWith('ly')) return null;
  // "is released", "threat and": a verb or a conjunction, no noun phrase.
  if (modifier && /^(?:is|are|was|were|be|been|has|have|had|will|would|and|or|but)$/.test(modifier)) return null;
  const mod = modifier && !DETERMINERS.test(modifier) ? `${modifier} ` : '';
  return { subject: null, object: `${mod}${singular(head)}` };
}

/** Entities named in the sentence, or for a sudden happening in the one before when it names none ("The hall is Orskel's oldest. Its roof caved in on …"). */
function nearOf(mentions: readonly Mention[], sentences: readonly Span[], i: number, cls: HappeningClass): number[] {
  for (const s of cls === 'once' ? [sentences[i], sentences[i - 1]] : [sentences[i]]) {
    if (!s) continue;
    const from = firstAtLeast(mentions, s.start, (x) => x.start);
    const to = firstAtLeast(mentions, s.end, (x) => x.start);
    if (to > from) return [...new Set(mentions.slice(from, to).map((x) => x.local))];
  }
  return [];
}
