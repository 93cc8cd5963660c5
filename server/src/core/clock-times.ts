// Happenings given a clock time: "Warning sirens sounded at 23:40 on Sunday", "the sirens only
// sounded shortly after 1 a.m. on Monday", "The board was informed at 05:10", "its duty officer was
// not informed until 09:45 on Wednesday", "The strike began at 6 a.m. on Monday". Each is kept with
// what happened (a kind of verb), to whom or what (a body named, or a plain noun: "sirens"), the
// day when one is given, and the time in minutes with how loosely it is given, so that two articles
// giving one happening times far apart disagree about it (index/events.ts compares them).

import { DAY, LOCAL_TIME, resolveDay, writtenDay } from './days';
import { firstAtLeast, upperBound } from './text';
import type { ClockTime, EntityLayer, Mention, Structure, TimedEvent } from './types';

/** The verbs, in one place: each kind and the words (past tenses and participles) that tell it. */
const VERBS: [string, string][] = [
  ['alarm', 'sounded,activated,triggered,went off'],
  ['start', 'began,started,broke out,erupted,walked out,went on strike,downed tools,stopped work'],
  // A blow, however written: "the quake struck at 3.10am", "the ship hit the pier at 4:40", "rammed it at".
  ['impact', 'struck,hit,rammed,slammed into,smashed into,crashed into,ploughed into,plowed into,collided with'],
  ['inform', 'informed,alerted,notified,called'],
  ['discover', 'discovered,detected,spotted,noticed'],
  ['stop', 'stopped,halted,ended,finished'],
  ['arrive', 'arrived,landed,touched down,docked'],
  ['leave', 'left,departed,took off,set sail'],
  ['release', 'released,freed,handed over,set free'],
  ['escape', 'escaped,fled,broke free'],
  ['collapse', 'collapsed,gave way,burst'],
];
const KIND_OF = new Map(VERBS.flatMap(([kind, words]) => words.split(',').map((w) => [w, kind] as const)));
/** Workers walking out start a strike: whoever the article names as the strikers, the strike is what started. */
const STRIKING = new Set(['walked out', 'went on strike', 'downed tools', 'stopped work']);
/** Or a strike given with its start: "a 72-hour strike from 00:01 on Monday". */
const STRIKE_FROM = /\b(?:strike|stoppage|walkout)\s+$/i;
/** Kinds only told of the one it was done to: "the board was informed", not "the firm informed the board". */
const PASSIVE_ONLY = new Set(['inform', 'discover', 'release']);
const VERB = new RegExp(`\\b(?:${[...KIND_OF.keys()].join('|')})\\b`, 'g');

/**
 * A clock time: "23:40", "11.40pm", "11:40 p.m.", "1 a.m.", "6am", "midnight", "noon", and "8.45"
 * when a part of the day follows it ("at 8.45 on Sunday morning"): "8.45" alone is as likely a number.
 */
const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const HOUR = `(?:\\d{1,2}|${HOURS.join('|')})`;
/** Also in words, with a part of the day after it: "half past three", "a quarter to five", "four o'clock" (groups 9-11). */
const TIME_FIGURES = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?|([01]?\d|2[0-3]):([0-5]\d)(?![\d:])|(midnight|noon|midday)|(\d{1,2})\.([0-5]\d)(?![\d.,])`;
const TIME = new RegExp(String.raw`\b(?:${TIME_FIGURES})`, 'g');
/** With times in words: tried only on articles that have one (on BBC news the larger pattern over every article cost twice the stage). */
const TIME_WORDS = new RegExp(String.raw`\b(?:${TIME_FIGURES}|(?:(half|(?:a\s)?quarter)\s(past|to)\s(${HOUR})|(${HOUR})\so['’]clock)\b)`, 'g');
const hourOf = (w: string): number => (/^\d/.test(w) ? Number(w) : HOURS.indexOf(w.toLowerCase()) + 1);
/**
 * Where a time may be, tested before the pattern: "23:40", "a.m.", "6am", "11.40pm", "midnight", "8.45 on".
 * On BBC news 17 of 2,225 articles have one of the first; this test cost 3.4 ms per pass, the pattern
 * over every article 7.7 ms. An article giving only "6 pm" tells no time here.
 */
const MARKS = /\.m\.|\d:\d\d|\d[ap]m\b/;
/**
 * The other forms ("midnight", "8.45", "half past three", "four o'clock") are looked for only in the few
 * characters before a day's word ("at midnight on Sunday", "at 8.45 on Sunday morning"): one more test over
 * every BBC article cost as much as MARKS itself.
 */
const OTHER_MARKS = /midnight|\d\.\d\d|half past|quarter (?:past|to)|o['’]clock/;
const WORD_MARKS = /half past|quarter (?:past|to)|o['’]clock/;
/**
 * A part of the day right after a time, which sets its half of the day: "4:40 this morning", "8.45 on
 * Sunday morning", "7.30 in the evening", "at 4.30 on Thursday afternoon".
 */
const PART_OF_DAY = /^,?\s+(?:(?:on\s+)?(?:this|that|yesterday|tomorrow|in\s+the|on\s+the|(?:on\s+)?(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)\s+)?(morning|afternoon|evening|night)\b/;

/** What stands right before the time: "at", "at about", "shortly after", and "not … until" (it happened then, not before). */
const LEAD = /\b(?:(at|until|till|from)\s+(?:(about|around|approximately|roughly|some)\s+)?|(?:(shortly|just|soon)\s+(after|before)\s+))$/i;
const NOT_UNTIL = /\bnot\s+(?:\p{Ll}+\s+){0,3}$/u;
/** Between the verb and its time: a clause without a stop or a comma ("spotted below the power station shortly after"). */
const GAP = /^[^.,;:!?"“”()]{0,60}$/;
/** Words between a subject and its verb. */
const AUXILIARY = /(?:\s+(?:was|were|had|has|have|been|being|is|are|be|not|only|first|finally|eventually|also|reportedly|officially|then|already))+$/i;
/** A place or a part after the subject's noun: "the sirens in the self-rescue zone", "the sirens on the river". */
const PLACE_AFTER = /\s+(?:in|on|at|near|below|above|along|across|around)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+$/u;
/** A relative clause's subject stands before its comma: "the board, which was alerted at 05:10". */
const RELATIVE = /,\s*(?:which|who|that)$/;
/** A body's part or staff stands for the body: "its duty officer", "its control room". */
const ITS = /(?:^|\s)(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;
/** Nouns that say nothing of what happened. */
const NO_THING = /^(?:it|they|he|she|we|i|you|which|that|who|this|these|those|there|one|people|time|day|night|morning|evening)$/;
/** "shortly after" a time: this many minutes after it, give or take as many; "about" a time: give or take this. */
const SHORTLY = 15;
const ABOUT = 30;
/** A day right after the time: "at 23:40 on Sunday, 9 February", "at 6 a.m. on Monday". */
const DAY_AFTER = new RegExp(`^,?\\s*(?:${DAY.source})`);
/** Or right before it: "on Sunday at 23:40". */
const DAY_BEFORE = new RegExp(`(?:${DAY.source}),?\\s+$`);

const singular = (w: string): string => (/[^s]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w);

export function findClockTimes(doc: Structure, layer: EntityLayer, starts: readonly number[], places: readonly number[]): TimedEvent[] {
  const { text } = doc;
  const out: TimedEvent[] = [];
  // `places`: where days are written (core/days.ts dayPlaces); the other forms stand just before one.
  const near = places.map((p) => text.slice(Math.max(0, p - 48), p)).filter((w) => OTHER_MARKS.test(w));
  const words = near.some((w) => WORD_MARKS.test(w));
  if (!near.length && !MARKS.test(text)) return out;
  const pattern = words ? TIME_WORDS : TIME;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const i = upperBound(starts, m.index) - 1;
    const s = doc.sentences[i];
    if (!s || m.index >= s.end) continue;
    const lead = LEAD.exec(text.slice(Math.max(s.start, m.index - 40), m.index));
    if (!lead) continue;
    const leadAt = m.index - lead[0].length;
    const sentence = text.slice(s.start, s.end);
    if (LOCAL_TIME.test(sentence)) continue;
    const clause = text.slice(s.start, leadAt);
    const end = m.index + m[0].length;
    const rest = text.slice(end, Math.min(s.end, end + 160));
    const after = DAY_AFTER.exec(rest.slice(0, 60));
    const found =
      lead[1] === 'from'
        ? strikeFrom(clause)
        : (happened(clause, lead[1] === 'until' || lead[1] === 'till', s.start, layer.mentions) ??
          (lead[1]?.toLowerCase() === 'at' && FRONTED.test(clause) ? happenedAfter(rest, after ? after[0].length : 0, end - s.start, s.start, layer.mentions) : null));
    if (!found) continue;
    const { kind, at: verbAt, end: verbEnd, about } = found;
    const part = PART_OF_DAY.exec(rest.slice(after ? after[0].length : 0, 40))?.[1] ?? PART_OF_DAY.exec(rest.slice(0, 40))?.[1] ?? null;
    // "8.45" is a time only with its part of the day.
    if ((m[7] !== undefined || m[10] !== undefined || m[12] !== undefined) && !part) continue;
    const time = clockOf(m, lead[2] ?? null, lead[3] ? lead[4].toLowerCase() : null, part);
    if (!time) continue;
    const day = after ?? DAY_BEFORE.exec(text.slice(Math.max(s.start, leadAt - 40), leadAt));
    const written = day ? writtenDay(day) : '';
    out.push({
      start: Math.min(s.start + verbAt, leadAt),
      end: Math.max(after ? end + after[0].length : end, s.start + (verbEnd ?? 0)),
      event: `time:${kind}`,
      subject: about.subject,
      object: about.object,
      near: [],
      first: false,
      loose: null,
      day: written,
      ahead: false,
      changed: false,
      date: written ? resolveDay(written, doc.date) : null,
      time,
    });
  }
  return out;
}

type Happened = { kind: string; at: number; end?: number; about: { subject: number | null; object: string | null } };

/** A strike with its start right after it: "in a 72-hour strike from". */
function strikeFrom(clause: string): Happened | null {
  const m = STRIKE_FROM.exec(clause);
  return m ? { kind: 'start', at: m.index, about: { subject: null, object: 'strike' } } : null;
}

/** A time opening its sentence: "At 05:40 on Monday, guards found …", "It was at 3.10am that the quake struck". */
const FRONTED = /^\s*(?:It\s+was\s+|(?:Then|But|And|Just|Only),?\s+)?$/;
/** Where the clause after a fronted time ends. */
const CLAUSE_STOP = /[.;:!?"“”()]/;

/**
 * What happened after a fronted time, in its clause: the first verb of the vocabulary and the subject
 * before it ("At 05:40, during the roll call, guards found …": the guards). `skip` is the day's length
 * after the time; `offset`, where `rest` starts in its sentence.
 */
function happenedAfter(rest: string, skip: number, offset: number, from: number, mentions: readonly Mention[]): Happened | null {
  const stop = CLAUSE_STOP.exec(rest);
  const clause = stop ? rest.slice(0, stop.index) : rest;
  VERB.lastIndex = skip;
  const v = VERB.exec(clause);
  if (!v) return null;
  const kind = KIND_OF.get(v[0])!;
  // The subject: the words after the last comma before the verb ("At 05:40, guards found").
  const lead = clause.slice(0, v.index);
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return null;
  const before = lead.slice(comma + 1);
  const passive = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+|not\s+|only\s+|first\s+)*$/u.test(before);
  if (PASSIVE_ONLY.has(kind) && !passive) return null;
  const at = offset + v.index;
  if (STRIKING.has(v[0])) return { kind, at, end: at + v[0].length, about: { subject: null, object: 'strike' } };
  const about = subjectOf(before, from + offset + comma + 1, mentions);
  return about && { kind, at, end: at + v[0].length, about };
}

/** What happened right before the time, and to whom or what. */
function happened(clause: string, negated: boolean, from: number, mentions: readonly Mention[]): Happened | null {
  const verb = verbBefore(clause, negated);
  if (!verb) return null;
  const kind = KIND_OF.get(verb.word)!;
  // "walked out of the talks at 15:00" is no strike.
  if (STRIKING.has(verb.word)) return /^\s+of\b/.test(clause.slice(verb.index + verb.word.length)) ? null : { kind, at: verb.index, about: { subject: null, object: 'strike' } };
  const before = clause.slice(0, verb.index);
  const passive = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+|not\s+|only\s+|first\s+)*$/u.test(before);
  if (PASSIVE_ONLY.has(kind) && !passive) return null;
  const about = subjectOf(before, from, mentions);
  return about && { kind, at: verb.index, about };
}

/** The last verb of the vocabulary in the clause, right before the time or a short gap before it ("not informed until"). */
function verbBefore(clause: string, negated: boolean): { word: string; index: number } | null {
  const comma = clause.lastIndexOf(',');
  let last: RegExpExecArray | null = null;
  VERB.lastIndex = Math.max(0, comma + 1);
  for (let v = VERB.exec(clause); v; v = VERB.exec(clause)) last = v;
  if (!last) return null;
  const gap = clause.slice(last.index + last[0].length);
  if (!GAP.test(gap)) return null;
  // "until" tells the time only of a deed denied before it: "was not informed until 09:45".
  if (negated && (gap.trim() !== '' || !NOT_UNTIL.test(clause.slice(0, last.index)))) return null;
  return { word: last[0], index: last.index };
}

/**
 * Whom or what it happened to: a body or person named right before the verb (or before a relative
 * clause's comma), a body's "its duty officer" (the first body the sentence names), or the head
 * noun of the subject ("Warning sirens", "the sirens on the river": "siren").
 */
function subjectOf(before: string, from: number, mentions: readonly Mention[]): { subject: number | null; object: string | null } | null {
  let np = before.trimEnd().replace(AUXILIARY, '').trimEnd();
  if (RELATIVE.test(np)) np = np.replace(RELATIVE, '').trimEnd();
  // A named one in apposition stands for the subject ("The ship, the Corvina Star, hit …"); else the
  // apposition is set aside ("The Corvina Star, a 9,000-tonne dredger, struck …").
  if (np.endsWith(',')) {
    const named = namedAt(np.slice(0, -1).trimEnd(), from, mentions);
    if (named) return named;
    np = np.replace(APPOSITION, '').trimEnd();
  }
  const named = namedAt(np, from, mentions);
  if (named) return named;
  const lo = firstAtLeast(mentions, from, (x) => x.start);
  if (ITS.test(np)) {
    // The sentence's subject: "The council told the Echo that its duty officer …".
    const body = mentions.slice(lo, firstAtLeast(mentions, from + np.length, (x) => x.start)).find((x) => x.type === 'organization');
    return body ? { subject: body.local, object: null } : null;
  }
  const head = /(?:^|[^\p{L}'’-])(\p{L}[\p{Ll}-]+)$/u.exec(np.replace(PLACE_AFTER, ''));
  if (!head || /^\p{Lu}/u.test(head[1]) || NO_THING.test(head[1].toLowerCase())) return null;
  return { subject: null, object: singular(head[1].toLowerCase()) };
}

/** An apposition after a subject: ", a 9,000-tonne dredger,". */
const APPOSITION = /,\s+(?:a|an|the)\s[^;]{1,120},$/;
/** A place named after a preposition modifies the subject ("the sirens in Brenmoor"); one standing alone is it (a ship the recogniser took for a place). */
const PLACE_MODIFIER = /\b(?:in|at|on|near|of|from|to|by|below|above|along|across|around|outside|inside)\s+(?:the\s+)?$/i;

/** The one named right at the end of `np` (which starts at `from`), as the subject. */
function namedAt(np: string, from: number, mentions: readonly Mention[]): { subject: number; object: null } | null {
  const at = from + np.length;
  const hi = firstAtLeast(mentions, at, (x) => x.start);
  const named = hi > 0 ? mentions[hi - 1] : null;
  if (!named || named.start < from || named.end < at - 1) return null;
  if (named.type === 'place' && PLACE_MODIFIER.test(np.slice(0, named.start - from))) return null;
  return { subject: named.local, object: null };
}

/** The time in minutes after midnight, with its slack; "midnight" may be the start or the end of its day. */
function clockOf(m: RegExpExecArray, about: string | null, shortly: string | null, part: string | null): ClockTime | null {
  let minutes: number;
  let midnight = false;
  if (m[6]) {
    midnight = m[6].toLowerCase() === 'midnight';
    minutes = midnight ? 0 : 12 * 60;
  } else if (m[4] !== undefined || m[7] !== undefined || m[11] !== undefined || m[12] !== undefined) {
    // "half past three": 3:30; "a quarter to five": 4:45; "four o'clock": 4:00.
    const words = m[11] !== undefined || m[12] !== undefined;
    const past = m[9] === undefined ? 0 : m[9] === 'half' ? 30 : 15;
    const h = words ? hourOf(m[11] ?? m[12]) - (m[10] === 'to' ? 1 : 0) : Number(m[4] ?? m[7]);
    if (h > 23) return null;
    // A part of the day after a time of twelve hours or less: "4:40 this afternoon" is 16:40, "12.15 in the morning" 00:15.
    const pm = (part === 'afternoon' || part === 'evening' || (part === 'night' && h >= 6)) && h < 12;
    minutes = (((part === 'morning' || part === 'night') && h === 12 ? 0 : h) + (pm ? 12 : 0)) * 60 + (words ? (m[10] === 'to' ? 60 - past : past) : Number(m[5] ?? m[8]));
  } else {
    const h = Number(m[1]);
    if (h < 1 || h > 12 || (m[2] !== undefined && Number(m[2]) > 59)) return null;
    minutes = (h % 12) * 60 + Number(m[2] ?? 0) + (m[3].toLowerCase() === 'p' ? 12 * 60 : 0);
  }
  const shift = shortly === 'after' ? SHORTLY : shortly === 'before' ? -SHORTLY : 0;
  return { minutes: minutes + shift, slack: shortly ? SHORTLY : about ? ABOUT : 0, ...(midnight ? { midnight: true } : {}) };
}
