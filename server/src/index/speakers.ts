// Whether two articles attribute one statement to two different people. Only when both name the
// speaker in full at the quote, the two are different entities, and neither article names the
// other person in the quote's own sentences: a joint statement ("said Zadan and Meron") resolved to one of the two, the person a
// message is addressed to ("a message to Capaldi, saying: …"), a name inside the quote itself are
// all one article naming both, not a disagreement (measured on the ECB+ real same-event clusters).

import { PERSON_NOUN, PREPOSITIONS } from '../core/claims/vocabulary';
import { coreWords } from '../core/names';
import { firstAtLeast } from '../core/text';
import type { ArticleAnalysis, Quote, Span } from '../core/types';
import type { EntityGraph, GlobalEntity } from './entities';

/** What the comparison reads from the index (contradictions.ts passes its IndexView). */
interface View {
  readonly graph: Pick<EntityGraph, 'idOf'>;
  analysis(uri: string): ArticleAnalysis | undefined;
  slice(uri: string, span: Span): string;
}


/** How far around a quote its attribution is looked for (a sentence or so either side). */
const NEAR = 250;

export interface Attribution {
  uri: string;
  q: Quote;
  speaker: GlobalEntity | null;
}

/**
 * The quote's own sentences: from the end of the sentence before it to the end of the sentence
 * it closes, at most NEAR either side ("… said Zadan and Meron jointly.", "a message to Capaldi,
 * saying: “…”"). The next sentence naming someone else is no shared attribution.
 */
function quoteSentences(ws: View, uri: string, q: Quote): Span {
  const before = ws.slice(uri, { start: Math.max(0, q.start - NEAR), end: q.start });
  const after = ws.slice(uri, { start: q.end, end: q.end + NEAR });
  const stop = /[.!?]["”’»]?\s+(?=["“‘«\p{Lu}])|\n/gu;
  let start = q.start - before.length;
  for (let m = stop.exec(before); m; m = stop.exec(before)) start = q.start - before.length + m.index + m[0].length;
  stop.lastIndex = 1;
  const next = stop.exec(after);
  return { start, end: next ? q.end + next.index + 1 : q.end + after.length };
}

/** Whether the article names entity `id` in the quote's own sentences, the quote included. */
function namedNear(ws: View, a: ArticleAnalysis, uri: string, q: Quote, id: string): boolean {
  const ms = a.mentions;
  const { start, end } = quoteSentences(ws, uri, q);
  for (let i = firstAtLeast(ms, start, (x) => x.start); i < ms.length && ms[i].start < end; i++) if (ws.graph.idOf(uri, ms[i].local) === id) return true;
  return false;
}

/** How far back a paragraph's start is looked for, from the quote or its speaker. */
const PARAGRAPH_REACH = 600;

/** An office right before a name ("union president", "Lieutenant-Colonel"): the one the passage is about. */
const OFFICE_BEFORE = /(?:^|\s)([\p{L}-]+)\s+$/u;
const RANK = /(?:^|-)(?:colonel|general|marshal|admiral)$/i;

/**
 * A pronoun or a role ("she said", "the colonel said") that stands for the one person its paragraph
 * names before it, with an office ("Addressing the crowd, union leader Ana Ruiz drew cheers. "…," she
 * said."): as good as the name. A person named in an earlier paragraph, two people before it, or a
 * name without an office ("Ana Ruiz spoke to reporters. …, he said": the passage may be about several
 * people; a wrong warning on ECB+ real news) leave it a guess.
 */
export function onlyPersonIntroduced(ws: View, uri: string, q: Quote): boolean {
  const s = q.speaker;
  const a = ws.analysis(uri);
  if (!s || s.local === null || !a) return false;
  const at = Math.min(s.start, q.start);
  const lead = ws.slice(uri, { start: Math.max(0, at - PARAGRAPH_REACH), end: at });
  const nl = lead.lastIndexOf('\n');
  if (nl < 0 && lead.length === PARAGRAPH_REACH) return false;
  const from = at - lead.length + nl + 1;
  const ms = a.mentions;
  let office = false;
  for (let i = firstAtLeast(ms, from, (x) => x.start); i < ms.length && ms[i].start < at; i++) {
    if (ms[i].type !== 'person') continue;
    if (ms[i].local !== s.local) return false;
    const word = OFFICE_BEFORE.exec(lead.slice(Math.max(0, ms[i].start - (at - lead.length) - 30), ms[i].start - (at - lead.length)))?.[1];
    office ||= !!word && !PREPOSITIONS.has(word.toLowerCase()) && (PERSON_NOUN.test(word) || RANK.test(word));
  }
  return office;
}

/** Edit distance at most one (a letter changed, added or dropped): "Wetzler" and "Welzler". */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** Two full names one misspelling apart are one person written two ways. */
function misspelt(x: string, y: string): boolean {
  const [a, b] = [coreWords(x), coreWords(y)];
  if (a.length !== b.length || !a.length) return false;
  const differing = a.filter((w, i) => w.toLowerCase() !== b[i].toLowerCase());
  return differing.length <= 1 && differing.every((w) => oneEdit(w.toLowerCase(), b[a.indexOf(w)].toLowerCase()));
}

const surname = (name: string): string => coreWords(name).pop() ?? '';

/** A whole name: a one-word name ("Charlie") may be anyone of that name. */
const whole = (ws: View, v: Attribution): boolean => {
  const local = v.q.speaker?.local;
  const e = local == null ? null : ws.analysis(v.uri)?.entities[local];
  return !!e && !e.partial && coreWords(e.name).length >= 2;
};

/**
 * Named in the quote's own paragraph, or on a line ending in a colon right above it ("Comment from
 * Ana Ruiz, chief executive:"), not carried over from a quote before: an unattributed statement of an
 * office after a person's quote is no claim that the person said it.
 */
function namedAtQuote(ws: View, v: Attribution): boolean {
  const s = v.q.speaker;
  if (!s) return false;
  const between = s.end <= v.q.start ? { start: s.end, end: v.q.start } : { start: v.q.end, end: Math.max(v.q.end, s.start) };
  if (between.end - between.start > NEAR) return false;
  const gap = ws.slice(v.uri, between);
  return !gap.includes('\n') || (s.end <= v.q.start && HEADING_GAP.test(gap));
}

/** What stands between a heading line's speaker and the quote paragraph below it: the rest of the line, a colon, the quotation mark. */
const HEADING_GAP = /^[^\n]*:[ \t]*(?:\r?\n[ \t]*)+["“«']?$/;

export function speakersDisagree(ws: View, a: Attribution, b: Attribution): boolean {
  const [x, y] = [a.speaker, b.speaker];
  if (!x || !y || x.id === y.id || !namedAtQuote(ws, a) || !namedAtQuote(ws, b)) return false;
  // Two people with one surname are more likely a linking slip than a misattribution.
  if (surname(x.name) === surname(y.name) || misspelt(x.name, y.name) || !whole(ws, a) || !whole(ws, b)) return false;
  const [ax, bx] = [ws.analysis(a.uri), ws.analysis(b.uri)];
  return !!ax && !!bx && !namedNear(ws, ax, a.uri, a.q, y.id) && !namedNear(ws, bx, b.uri, b.q, x.id);
}
