// Dated events: who did what on which day ("Dana Voss testified on Tuesday", "the testimony
// given today, 11 March 2025, by …", "Arlen Steel closes the plant on Friday", "Ivo Marsk was
// suspended on Sunday", "Brill Motors suspended production on Feb. 2", "I sent the first email on
// 2 May"). Only deeds done once are kept (testifying in a trial, resigning, dying, being arrested or
// suspended, signing, closing, a first contact), with whom or what they are about, so that two
// articles giving them different days disagree about the event.

import { inside } from './boilerplate';
import { DAY, dayMarks, dayPlaces, nightOf, writtenDay, resolveDay, yearOnly } from './days';
import { findClockTimes } from './clock-times';
import { findHappenings } from './happenings';
import { firstAtLeast, upperBound } from './text';
import type { EntityLayer, Mention, Quote, Structure, TimedEvent } from './types';

/** Deeds done once, as written (past, present with a future sense, or a noun), and the event they name. */
const DEEDS = new Map(
  Object.entries({
    testify: 'testified testifies testify testimony',
    resign: 'resigned resigns resignation',
    die: 'died dies',
    arrest: 'arrested arrest detained',
    sentence: 'sentenced sentencing',
    convict: 'convicted',
    charge: 'charged',
    release: 'released freed',
    elect: 'elected',
    appoint: 'appointed',
    sign: 'signed signs signing',
    declare: 'declared declares declaration',
    close: 'closed closes closure',
    open: 'opened opens opening',
    launch: 'launched launches launch',
    plead: 'pleaded pleads plea',
    quit: 'quit quits',
    suspend: 'suspended suspends suspension halted halts paused',
    recall: 'recalled recalls',
    sack: 'sacked dismissed ousted',
    contact: 'emailed e-mailed contacted alerted notified wrote sent raised complained warned',
  }).flatMap(([event, words]) => words.split(' ').map((w) => [w, event] as [string, string])),
);
const DEED = new RegExp(`\\b(?:${[...DEEDS.keys()].join('|')})\\b`, 'g');
/**
 * What may not stand right before a deed's word ("unsigned", "re-elected", "désigned"): \b in DEED
 * is ASCII and lets a hyphen through. Tested on DEED's matches: as a lookbehind in DEED, tried at
 * every position, the scan cost 17 ms per BBC pass instead of 13 ms; DEED's leading \b took 21 ms to
 * 15 ms with the words for suspensions and contacts.
 */
const WORD_BEFORE = /[A-Za-z\u00c0-\u024f-]/;
/** Present tense and "will", "is due to": the day ahead, not the one before. */
const AHEAD = /^(?:closes|opens|launches|signs|testifies|pleads|quits|resigns)$|\b(?:will|is due to|are due to|is to|is scheduled to|plans to)\s+$/;

/** The day a deed is given: right after it, at most a few words on ("testified before the court on Tuesday"). */
const GAP = /^[^.;:!?"“”]{0,80}?$/;
const DAY_AFTER = new RegExp(DAY.source);
/** Or right before it, as wires write: "the party on Monday suspended …", "Dana Voss yesterday resigned". */
const DAY_BEFORE = new RegExp(`(?:${DAY.source})\\s+(?:\\p{Ll}+ly\\s+)?$`, 'u');
/** How far after the deed whom or what it was done to is looked for when the day stands before it. */
const OBJECT_SPAN = 40;

/**
 * Deeds a year alone may date ("was sentenced in 2017", "died in March 2019"): done once in a life.
 * Others are done again in other years (elected, appointed, arrested), which a year alone cannot tell apart.
 */
const YEAR_DEEDS = new Set(['sentence', 'convict', 'die']);
const YEAR_GAP = /^[^,.;:!?"“”()]{0,30}$/;
/** Deeds done to someone or something: the event is about whom they were done to ("X was suspended", "the club suspended X"). */
const DONE_TO = new Set(['suspend', 'recall', 'arrest', 'sentence', 'convict', 'charge', 'release', 'elect', 'appoint', 'sack']);
/** A passive: the one it was done to stands before ("Ivo Marsk, who was suspended", "production has been halted"). */
const PASSIVE = /\b(?:was|were|is|are|be|been|being|got)\s+(?:\p{Ll}+ly\s+)?$/u;
/** What is suspended, halted or recalled when it is no person or body: one thing per kind of work. */
const OBJECT =
  /\b(production|output|operations|work|construction|flights|services?|trading|sales|exports|imports|shipments|deliveries|talks|negotiations|aid|funding|payments|licen[cs]e|membership|classes|trains|vehicles|cars)\b/i;
/**
 * Things suspended or recalled that OBJECT does not list: the head noun right after the deed ("paused
 * dosing in its study", "suspended a mid-stage trial of …", "recalled the batch outright"), or of the
 * sentence's subject before a passive ("Dosing in all arms of the study was paused"). People are
 * arrested, charged or sentenced; only things are suspended and recalled by a noun of their own.
 */
const THINGS_DONE_TO = new Set(['suspend', 'recall']);
const HEAD_END = String.raw`(?=\s+(?:of|in|at|on|for|from|with|by|to|until|after|before|pending|and|outright|altogether|indefinitely|temporarily|immediately)\b|\s*[,;.]|\s*$)`;
const HEAD_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|its|their|his|her|all)\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+){0,2}?([\p{Ll}][\p{Ll}-]{2,})${HEAD_END}`, 'u');
const HEAD_BEFORE = /(?:^|[.;,]\s+)(?:(?:The|the|A|a|An|an|All|all)\s+)?(?:[\p{L}][\p{Ll}-]*\s+){0,2}?([\p{L}][\p{Ll}-]{2,})\s+(?:(?:of|in|at|on|for)\s+[^,;.]{1,60}?\s+)?(?:was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Words that head no thing: pronouns, auxiliaries, adverbs. */
const NO_HEAD = /^(?:him|her|them|it|us|me|you|himself|herself|themselves|itself|was|were|been|is|are|also|then|later|\p{Ll}+ly)$/iu;
/** Words before a name that make it another noun's: "a trial of Arlen Labs", "in the Arlen plant". */
const OWNED = /\b(?:of|in|at|for|from|with|by|to|on)\b/;
/** Another of the same deeds, not the one reported elsewhere: "suspended again", "a second suspension", "his new contract". */
const ANOTHER = /\b(?:again|second|third|another|fresh|latest|further)\b/i;
/**
 * A correction or update states another day on purpose: the earlier report is not a second source.
 * Not a fault put right ("suspended until the cause has been identified and corrected"): "corrected"
 * only of an article, a report or its words.
 */
const CORRECTION =
  /\b(?:correction|corrects|(?:article|story|report|version|headline|paragraph)\b[^.;]{0,60}\bcorrected|corrected\s+(?:to\s+(?:say|show|read)|from)|earlier version|previously (?:reported|stated|said)|misstated|mistakenly|not on)\b/i;
/** A first contact: "first emailed", "I first wrote to", "sent the first email". */
const FIRST_BEFORE = /\bfirst\s+$/i;
const FIRST_AFTER = /^\s+(?:(?:the|his|her|my|our|their|its|a)\s+)?first\s+(?:e-?mails?|letters?|messages?|complaints?|warnings?|reports?)\b/i;
/** Contact words that name a contact only with an addressee or "first": "wrote to", "sent the first email", "first raised it with". */
const BARE_CONTACT = /^(?:wrote|sent|raised|complained|warned)$/;
/** A message sent to someone: "sent an email to the agency", "wrote a letter to the minister". */
const SENT_TO = /^\s+(?:an?|the|his|her|their|its|my|our)\s+(?:e-?mails?|letters?|messages?|complaints?|warnings?|reports?)\s+to\b/i;
/** Whom a contact went to, as its first word after the deed: "emailed the agency", "sent the first email to the agency" (agency). */
const ADDRESSEE =
  /^\s+(?:(?:the|his|her|their|its|my|our|a|an)\s+)?(?:(?:first\s+)?(?:e-?mails?|letters?|messages?|complaints?|warnings?|reports?)\s+)?(?:to\s+|with\s+)?(?:(?:the|his|her|their|its|my|our)\s+)?(\p{L}[\p{L}-]*)/u;
const NO_ADDRESSEE = /^(?:on|in|at|about|over|after|before|last|this|that|yesterday|today|and|but|by|for|from|it|them|concerns?)$/i;
/** A price closing or opening up or down ("shares closed down 4% on Monday"): a market's day, not a closure. */
const PRICE_MOVE = /^\s+(?:[$€£]?[\d.,]+\s?(?:%|per\s?cent|p|c)?\s+)?(?:up|down|higher|lower|flat|unchanged)\b/;
/** The speaker of a quote saying "I" (an interview's answer, a quoted account) did it. */
const I_BEFORE = /(?:^|[^\p{L}])I\s+(?:(?:first|then|had|have|finally|only)\s+)?$/u;

export function findEvents(doc: Structure, layer: EntityLayer, quotes: readonly Quote[] = []): TimedEvent[] {
  const { text } = doc;
  const out: TimedEvent[] = [];
  // A deed's day is in its sentence: only sentences where a day may stand are scanned for deeds (the
  // whole text's scan was most of this stage's time; a fifth of BBC articles name no day at all).
  const marks = dayMarks(text);
  const places = dayPlaces(text, marks);
  if (!places.length) return out;
  const starts = doc.sentences.map((x) => x.start);
  let scanned = -1;
  for (const place of places) {
    const k = upperBound(starts, place) - 1;
    const s = doc.sentences[k];
    if (k <= scanned || !s || place >= s.end) continue;
    scanned = k;
    // The sentence alone: a scan of the text from it would run on to the next deed anywhere.
    const part = text.slice(s.start, s.end);
    DEED.lastIndex = 0;
    for (let m = DEED.exec(part); m; m = DEED.exec(part)) {
      const at = s.start + m.index;
      if (at > 0 && WORD_BEFORE.test(text[at - 1])) {
        DEED.lastIndex = m.index + 1;
        continue;
      }
      const deedEnd = at + m[0].length;
      const after = text.slice(deedEnd, Math.min(s.end, deedEnd + 110));
      let day = DAY_AFTER.exec(after);
      let dayAt = day ? deedEnd + day.index : -1;
      if (!day || !GAP.test(after.slice(0, day.index))) {
        day = dayBefore(text, s.start, at);
        if (!day) continue;
        dayAt = day.index;
      }
      const before = text.slice(Math.max(s.start, at - 40), at);
      const dayEnd = dayAt + day[0].length;
      const word = m[0].toLowerCase();
      const event = DEEDS.get(word)!;
      // A year alone right after the deed, in its clause ("died in 2004", not "died last year, attended the school in 1937").
      if (yearOnly(day) && (!YEAR_DEEDS.has(event) || dayAt < deedEnd || !YEAR_GAP.test(text.slice(deedEnd, dayAt)))) continue;
      // Between the deed and its day, or (the day before it) the few words after the deed.
      const gapEnd = dayAt > at ? dayAt : Math.min(s.end, deedEnd + OBJECT_SPAN);
      const gap = text.slice(deedEnd, gapEnd);
      const first = FIRST_BEFORE.test(before) || FIRST_AFTER.test(gap);
      if (event === 'contact' && BARE_CONTACT.test(word) && !first && !/^\s+to\b/.test(gap) && !SENT_TO.test(gap)) continue;
      if ((event === 'close' || event === 'open') && PRICE_MOVE.test(gap)) continue;
      const start = Math.min(at, dayAt);
      const end = Math.max(deedEnd, dayEnd);
      if (inside(doc.boilerplate, start, end)) continue;
      const sentence = text.slice(s.start, s.end);
      if (ANOTHER.test(before.slice(-20)) || ANOTHER.test(gap) || CORRECTION.test(sentence)) continue;
      const mentions = layer.mentions.slice(firstAtLeast(layer.mentions, s.start, (x) => x.start), firstAtLeast(layer.mentions, s.end, (x) => x.start)).filter((x) => x.type !== 'place');
      const about = aboutOf(text, sentence, s.start, at, deedEnd, gapEnd, event, mentions, quotes, layer, starts);
      if (!about) continue;
      const written = writtenDay(day);
      const ahead = AHEAD.test(m[0]) || AHEAD.test(text.slice(Math.max(s.start, at - 20), at));
      const loose = nightOf(text.slice(Math.max(s.start, dayAt - 30), dayEnd - written.length), text.slice(dayEnd, dayEnd + 12), sentence);
      out.push({ start, end, event, subject: about.subject, object: about.object, near: [], first, loose, day: written, ahead, changed: false, date: resolveDay(written, doc.date, ahead) });
    }
  }
  return out.concat(findHappenings(doc, layer, out, starts, marks), findClockTimes(doc, layer, starts, places));
}

/**
 * Whom or what the deed is about: the one it was done to for deeds done to someone ("the club
 * suspended Ivo Marsk", "Ivo Marsk was suspended"), with the thing suspended or recalled when it is
 * no one ("suspended production"); else who did it. Null when the sentence names neither.
 */
function aboutOf(
  text: string,
  sentence: string,
  from: number,
  start: number,
  end: number,
  dayAt: number,
  event: string,
  mentions: Mention[],
  quotes: readonly Quote[],
  layer: EntityLayer,
  starts: readonly number[],
): { subject: number | null; object: string | null } | null {
  const gap = text.slice(end, dayAt);
  if (DONE_TO.has(event) && !PASSIVE.test(text.slice(Math.max(from, start - 30), start))) {
    // Active: the one it was done to follows the deed ("suspended striker Ivo Marsk", "suspended production").
    // Whom it was done to: a name right after the deed, not one a phrase after it owns ("a trial of Arlen Labs").
    const done = mentions.find((x) => x.start >= end && x.start < dayAt && x.start - end < 40 && !OWNED.test(text.slice(end, x.start)));
    if (done) return { subject: done.local, object: null };
    const listed = OBJECT.exec(gap)?.[1];
    if (listed) return { subject: doerOf(sentence, from, start, end, mentions, false), object: listed.toLowerCase() };
    // A thing of its own noun: its doer only when named right before the deed (a dateline's outlet or a name further back is not).
    const head = THINGS_DONE_TO.has(event) ? HEAD_AFTER.exec(gap)?.[1] : undefined;
    if (head && !NO_HEAD.test(head)) return { subject: namedRightBefore(text, start, mentions), object: head.toLowerCase() };
    if (!/^(?:suspension|arrest|sentencing|recall)$/i.test(text.slice(start, end))) return null;
  }
  const lead = text.slice(from, start);
  if (DONE_TO.has(event)) {
    // "Production on the line was suspended": the thing before the passive, and whose it is when an organisation is named with it.
    const near = Math.max(0, lead.length - 80);
    // Its own noun only when no name stands right before the passive ("Tovan Reik was suspended" is about him).
    const named = mentions.some((x) => x.end <= start && x.end > start - 40);
    const thing = OBJECT.exec(lead.slice(near)) ?? (THINGS_DONE_TO.has(event) && !named && PASSIVE.test(lead) ? HEAD_BEFORE.exec(lead) : null);
    if (thing && !NO_HEAD.test(thing[1])) {
      const owner = mentions.find((x) => x.type === 'organization' && x.start > from + near + thing.index && x.end <= start);
      return { subject: owner?.local ?? null, object: thing[1].toLowerCase() };
    }
  }
  // Whom a contact went to stands for what it was about: the first email to the agency is not the first to a manager.
  const to = event === 'contact' ? ADDRESSEE.exec(text.slice(end, end + 60))?.[1] : undefined;
  const object = to && !NO_ADDRESSEE.test(to) ? to.toLowerCase() : null;
  if (I_BEFORE.test(lead.slice(-40))) {
    // "I", outside a quote whose speaker is known, is no one the article names.
    const q = quotes.find((x) => x.start <= start && end <= x.end);
    return q?.speaker?.kind === 'entity' && q.speaker.local !== null ? { subject: q.speaker.local, object } : null;
  }
  // A passive's "by" names who did it, not whom it was done to.
  const doer = doerOf(sentence, from, start, end, mentions, !DONE_TO.has(event)) ?? (HE_SHE.test(lead) ? personBefore(layer.mentions, starts, from) : null);
  return doer === null ? null : { subject: doer, object };
}

/**
 * The day right before a deed ("on Monday suspended", "on Feb. 2 halted"), its index made absolute.
 * Only where the word before ends as a weekday, "yesterday" or a date's number does: the deed words
 * are frequent (this test kept the scan at the cost it had with days after the deed alone).
 */
function dayBefore(text: string, from: number, at: number): RegExpExecArray | null {
  let i = at - 1;
  while (i > from && text[i] === ' ') i--;
  const c = text[i];
  if (c !== 'y' && !(c >= '0' && c <= '9')) return null;
  const start = Math.max(from, at - 40);
  const day = DAY_BEFORE.exec(text.slice(start, at));
  if (day) day.index += start;
  return day;
}

/** Between a doer's name and its deed: an abbreviation, a comma, an auxiliary, a day ("the regulator, the Vestry Board (VB), on Monday suspended"). */
const DOER_GAP = /^(?:\s*\([^)]{1,15}\))?\)?\s*,?\s*(?:(?:has|have|had|also|then|on\s+\p{Lu}\p{Ll}+|yesterday|today)\s+)*$/u;
function namedRightBefore(text: string, start: number, mentions: readonly Mention[]): number | null {
  const m = mentions.filter((x) => x.end <= start && x.end >= start - 60).pop();
  return m && m.type !== 'place' && DOER_GAP.test(text.slice(m.end, start)) ? m.local : null;
}

/** A sentence about someone named before: "He was suspended this afternoon." */
const HE_SHE = /^\s*(?:He|She)\s+(?:\p{Ll}+\s+){0,3}$/u;
/** How far back the person "he" or "she" stands for is looked for: the sentence or two before. */
const PRONOUN_REACH = 300;

/**
 * Whom "he" or "she" opening a sentence stands for: the first person named in the last sentence
 * before it that names one, within a few hundred characters ("Dana Kell, the MP for Brill, …").
 */
function personBefore(mentions: readonly Mention[], starts: readonly number[], at: number): number | null {
  let i = firstAtLeast(mentions, at, (x) => x.start) - 1;
  while (i >= 0 && mentions[i].start >= at - PRONOUN_REACH && mentions[i].type !== 'person') i--;
  if (i < 0 || mentions[i].start < at - PRONOUN_REACH) return null;
  const sentence = starts[upperBound(starts, mentions[i].start) - 1] ?? 0;
  let first = i;
  for (let j = i - 1; j >= 0 && mentions[j].start >= sentence; j--) if (mentions[j].type === 'person') first = j;
  return mentions[first].local;
}

/**
 * Who did it: for a noun ("the testimony given today by Dana Voss") the person after "by",
 * else the nearest person named before the deed in its sentence, an apposition set aside (an
 * organisation if none).
 */
function doerOf(sentence: string, offset: number, start: number, end: number, mentions: Mention[], byAgent: boolean): number | null {
  const by = byAgent ? /\bby\b/.exec(sentence.slice(end - offset, end - offset + 120)) : null;
  if (by) {
    const at = end + by.index;
    const m = mentions.find((x) => x.start > at && x.start < at + 120 && x.type === 'person');
    if (m) return m.local;
  }
  // "Dana Voss, the former finance chief of Arlen Holding, testified": the doer stands before the apposition.
  const apposition = /,[^,.;]{1,120},\s*$/.exec(sentence.slice(0, start - offset));
  const cut = apposition ? offset + apposition.index : start;
  const before = mentions.filter((x) => x.end <= cut);
  const person = before.filter((x) => x.type === 'person').pop();
  return (person ?? before.pop())?.local ?? null;
}
