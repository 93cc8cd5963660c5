// Numbers reported about people: tolls, casualties, detainees, refugees, crowds, forces. Each
// figure keeps what it counts (a normalised measure), who the sentence credits it to, and the
// places its sentence names, so that two articles' figures about the same thing can be compared.

import { inside } from './boilerplate';
import { Attributor, credit } from './claims/attribution';
import { MONTHS } from './text';
import type { EntityLayer, Figure, Structure } from './types';

/** What a word says was done to the people counted, or who they were, normalised. */
const MEASURES = new Map(
  Object.entries({
    dead: 'dead death deaths killed killing kills died die dying fatalities massacred slain executed',
    injured: 'injured injuring injuries wounded wounding hurt casualties',
    displaced: 'displaced displacing fled fleeing homeless uprooted evacuated evacuating',
    detained: 'detained detaining detainees held imprisoned jailed prisoners hostages abducted kidnapped captives',
    arrested: 'arrested arresting arrests',
    missing: 'missing disappeared',
    refugees: 'refugees asylum-seekers migrants',
    protesters: 'protesters protestors demonstrators marchers',
    troops: 'troops soldiers servicemen',
    fighters: 'fighters militants insurgents jihadists militiamen combatants',
  }).flatMap(([measure, words]) => words.split(' ').map((w) => [w, measure] as [string, string])),
);

/** Measures that say who the people were, not what happened to them. */
const WHO = new Set(['refugees', 'protesters', 'troops', 'fighters']);

/** People counted without saying what happened to them; a verb nearby may tell ("13,000 women were being held"). */
const PEOPLE = /^(people|person|persons|civilians|children|women|men|residents|villagers|inhabitants|families|students|workers|members|supporters|activists|journalists|patients|victims|individuals|citizens|others|rebels|officers|policemen|personnel)$/;

const NUMBER = /(?<![\p{L}\p{N}$£€¥.,:/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?(?![\p{N}\p{L}%]|[.,:/]\d|-(?:year|month|day|week|hour)|\s*(?:per\s*cent|percent|pc)\b)/giu;
const WORD_NUMBERS = new Map(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i + 1] as [string, number]),
);
/** A digit or a small number word: a sentence without one has no figure. */
const ANY_NUMBER = /\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
const SPELLED = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** Numbers that are no counts of people: money, years, ages, dates, documents. */
const NOT_COUNT_BEFORE = /(?:\b(?:resolutions?|no|number|article|paragraph|chapter|page|section|flight|route|road|highway|aged?|year|years|us\$|usd|eur|gbp)|[$£€¥#])\s*$/i;
const NOT_COUNT_AFTER = /^\s*(?:years?\b|-year|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|dollars|euros|pounds|rubles|roubles|yuan|yen|km|kilomet|miles|metres|meters|tons|tonnes|kg|am\b|pm\b|a\.m|p\.m|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|and\s+\d)/i;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS.join('|')})\\s*$`);

const TOKEN = /[A-Za-z\u00c0-\u024f-]+|[,;:.()]/g;

const measureOf = (word: string): string | null => MEASURES.get(word) ?? null;

export function findFigures(doc: Structure, layer: EntityLayer): Figure[] {
  return figures(doc, layer);
}

function figures(doc: Structure, layer: EntityLayer): Figure[] {
  const { text } = doc;
  const attributor = new Attributor(doc, layer);
  const out: Figure[] = [];
  // One scan of the text finds the sentences with a number; the others are not read.
  ANY_NUMBER.lastIndex = 0;
  let k = 0;
  for (let m = ANY_NUMBER.exec(text); m; m = ANY_NUMBER.exec(text)) {
    while (k < doc.sentences.length && doc.sentences[k].end <= m.index) k++;
    const s = doc.sentences[k];
    if (!s || m.index < s.start) continue;
    ANY_NUMBER.lastIndex = s.end;
    const sentence = text.slice(s.start, s.end);
    const found: Figure[] = [];
    for (const [at, length, value] of numbers(sentence)) {
      const start = s.start + at;
      if (inside(doc.boilerplate, start, start + length)) continue;
      const before = sentence.slice(Math.max(0, at - 40), at);
      const rest = sentence.slice(at + length, at + length + 80);
      // Years and what follows a number are cheap to rule out; what it counts is read last.
      if ((value >= 1900 && value <= 2100 && !sentence.slice(at, at + length).includes(',')) || NOT_COUNT_AFTER.test(rest)) continue;
      const measure = measured(before, rest);
      if (!measure || NOT_COUNT_BEFORE.test(before) || (MONTH_BEFORE.test(before) && value <= 31)) continue;
      found.push({ start, end: start + length + measure.end, value, measure: measure.measure, source: null, places: [], sentence: { start: s.start, end: s.end } });
    }
    if (!found.length) continue;
    const said = credit(attributor, text, s.start, s.end);
    const speaker = said?.speaker ? attributor.speaker(said.speaker) : null;
    const places = [...new Set(attributor.mentions(s.start, s.end).filter((m) => m.type === 'place').map((m) => m.local))];
    for (const f of found) out.push({ ...f, source: speaker?.local ?? null, places });
  }
  return out;
}

/** Numbers in a sentence: digits with thousands separators or a multiplier ("1.5 million"), and small spelled ones. */
function numbers(sentence: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  // exec with lastIndex: matchAll would copy, and so recompile, the regexes for every sentence.
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
    const value = parseFloat(m[1].replace(/,/g, '')) * (m[2] ? MULTIPLIER[m[2].toLowerCase()] : 1);
    if (Number.isFinite(value) && value > 0) out.push([m.index, m[0].length, value]);
  }
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(sentence); m; m = SPELLED.exec(sentence)) {
    const value = WORD_NUMBERS.get(m[1].toLowerCase());
    if (value !== undefined) out.push([m.index, m[0].length, value]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * What a number counts, from the words around it: "280,000 dead", "45 people were killed",
 * "killing 45 IS fighters", "13,000 women were being held", "a death toll of 300".
 * `end` is where the measure word ends, relative to the number's end.
 */
function measured(before: string, rest: string): { measure: string; end: number } | null {
  const words: RegExpExecArray[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(rest); m && words.length < 8; m = TOKEN.exec(rest)) words.push(m);
  for (let i = 0; i < words.length && i <= 3; i++) {
    const w = words[i][0].toLowerCase();
    if (/^[,;:.()]$/.test(w)) break;
    const end = words[i].index! + words[i][0].length;
    const direct = i === 0 || !/^(held|hurt|die|missing)$/.test(w) ? measureOf(w) : null;
    if (direct && !WHO.has(direct)) return { measure: direct, end };
    if (direct || PEOPLE.test(w)) {
      // Who they were ("45 IS fighters", "13,000 women") yields to what was done to them; "held" only as a passive.
      const after = words.slice(i + 1, i + 5).map((x) => x[0].toLowerCase());
      const verb = after.map((x, j) => (x === 'held' && !/^(being|been|were|was|are|is|be)$/.test(after[j - 1] ?? '') ? null : measureOf(x))).find((m) => m && !WHO.has(m));
      const done = verb ?? verbBefore(before) ?? direct;
      return done ? { measure: done, end } : null;
    }
  }
  // "claimed 300 lives", "a death toll of 300".
  if (/^\s+lives\b/.test(rest) && /\b(?:claim|cost|took|taken|lost|losing)\w*\s+(?:\w+\s+){0,2}$/i.test(before)) return { measure: 'dead', end: rest.indexOf('lives') + 5 };
  const toll = /toll|kill|death/i.test(before) && /\b(?:death toll|toll|killed|killing|deaths?)\s+(?:\w+\s+){0,3}(?:of|to|at|reached|rose to|stood at|stands at)?\s*$/i.test(before);
  return toll ? { measure: 'dead', end: 0 } : null;
}

function verbBefore(before: string): string | null {
  const m = /\b([\p{L}-]+)\s+(?:at least|more than|over|nearly|almost|around|about|some|up to)?\s*$/iu.exec(before);
  const measure = m ? measureOf(m[1].toLowerCase()) : null;
  return measure && !WHO.has(measure) ? measure : null;
}
