// Dated events: who did what on which day ("Dana Voss testified on Tuesday", "the testimony
// given today, 11 March 2025, by …", "Arlen Steel closes the plant on Friday"). Only deeds done once
// are kept (testifying in a trial, resigning, dying, being arrested, signing, closing), with a named
// doer, so that two articles giving them different days disagree about the event.

import { inside } from './boilerplate';
import { DAY, resolveDay } from './days';
import { firstAtLeast, MONTHS, upperBound } from './text';
import type { EntityLayer, Mention, Structure, TimedEvent } from './types';

/** Deeds done once, as written (past, present with a future sense, or a noun), and the event they name. */
const DEEDS = new Map(
  Object.entries({
    testify: 'testified testifies testify testimony',
    resign: 'resigned resigns resignation',
    die: 'died dies',
    arrest: 'arrested arrest',
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
  }).flatMap(([event, words]) => words.split(' ').map((w) => [w, event] as [string, string])),
);
const DEED = new RegExp(`(?:${[...DEEDS.keys()].join('|')})\\b`, 'g');
/**
 * What may not stand right before a deed's word ("unsigned", "re-elected"). Tested on DEED's matches:
 * as a lookbehind in DEED, tried at every position, the scan cost 17 ms per BBC pass instead of 13 ms.
 */
const WORD_BEFORE = /[A-Za-z\u00c0-\u024f-]/;
/** Present tense and "will", "is due to": the day ahead, not the one before. */
const AHEAD = /^(?:closes|opens|launches|signs|testifies|pleads|quits|resigns)$|\b(?:will|is due to|are due to|is to|is scheduled to|plans to)\s+$/;

/** The day a deed is given: right after it, at most a few words on ("testified before the court on Tuesday"). */
const GAP = /^[^.;:!?"“”]{0,60}?$/;
const DAY_AFTER = new RegExp(DAY.source);

export function findEvents(doc: Structure, layer: EntityLayer): TimedEvent[] {
  const { text } = doc;
  const out: TimedEvent[] = [];
  // Every day DAY finds is written with "day" (a weekday, "today", "yesterday") or a month's name: a
  // fifth of the BBC articles have neither, and the scan for deeds was nearly all of this stage's time.
  if (!text.includes('day') && !MONTHS.some((m) => text.includes(m))) return out;
  const starts = doc.sentences.map((x) => x.start);
  // One scan of the whole text: most sentences name no deed.
  DEED.lastIndex = 0;
  for (let m = DEED.exec(text); m; m = DEED.exec(text)) {
    if (m.index > 0 && WORD_BEFORE.test(text[m.index - 1])) {
      DEED.lastIndex = m.index + 1;
      continue;
    }
    const s = doc.sentences[upperBound(starts, m.index) - 1];
    if (!s || m.index >= s.end) continue;
    const after = text.slice(m.index + m[0].length, Math.min(s.end, m.index + m[0].length + 90));
    const day = DAY_AFTER.exec(after);
    if (!day || !GAP.test(after.slice(0, day.index))) continue;
    const start = m.index;
    const end = m.index + m[0].length + day.index + day[0].length;
    if (inside(doc.boilerplate, start, end)) continue;
    const mentions = layer.mentions.slice(firstAtLeast(layer.mentions, s.start, (x) => x.start), firstAtLeast(layer.mentions, s.end, (x) => x.start)).filter((x) => x.type !== 'place');
    const doer = doerOf(text.slice(s.start, s.end), s.start, start, end, mentions);
    if (doer === null) continue;
    const written = day[1] ?? day[2] ?? day[3];
    const ahead = AHEAD.test(m[0]) || AHEAD.test(text.slice(Math.max(s.start, m.index - 20), m.index));
    out.push({ start, end, event: DEEDS.get(m[0].toLowerCase())!, subject: doer, day: written, ahead, date: resolveDay(written, doc.date, ahead) });
  }
  return out;
}

/**
 * Who did it: for a noun ("the testimony given today by Dana Voss") the person after "by",
 * else the nearest person named before the deed in its sentence, an apposition set aside (an
 * organisation if none).
 */
function doerOf(sentence: string, offset: number, start: number, end: number, mentions: Mention[]): number | null {
  const by = /\bby\b/.exec(sentence.slice(end - offset, end - offset + 120));
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
