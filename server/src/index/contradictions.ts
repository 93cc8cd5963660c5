// Disagreements between articles about the same statement or figure. Each is found from one
// article's side (so diagnostics can be recomputed for one article at a time) and carries a key
// that is the same from both sides, for acknowledgements in byline.yaml.

import { daysApart, resolveDay, withYear } from '../core/days';
import type { ArticleAnalysis, Figure, Placing, Quote, Span, TimedEvent } from '../core/types';
import { venueOf, venuePhrase, venuesDisagree, type Venue } from './channels';
import type { ClaimIndex } from './claims';
import type { EntityGraph, GlobalEntity } from './entities';
import { clockValue, clocksDisagree, daysDisagree, deedWords, eventDate, eventKey, happeningWords, sameDate, sameDeed, tooFarApart, anotherOccurrence } from './events';
import { happeningClass } from '../core/happenings';
import { shared } from '../core/counts';
import { HANDLED_MEASURE, TOLLS, ofOneThing } from '../core/figures';
import { beyondBound, bothDated, comparableDays, tollShrinks, figureKey, formatFigure, headlineFigures, measureWords, nearEnough, rounding, sameSourceWords, sourceWords, writtenAs } from './figures';
import { onlyPersonIntroduced, speakersDisagree } from './speakers';
import { otherOccasion, placingKey, placingWords, shareAPlace, writtenTooFarApart } from './placings';

/** What contradictions read from the index: a narrow view, so this module does not depend on the workspace. */
export interface IndexView {
  readonly version: number;
  readonly graph: Pick<EntityGraph, 'idOf' | 'get'>;
  readonly claims: Pick<ClaimIndex, 'sameQuote' | 'withKey'>;
  analysis(uri: string): ArticleAnalysis | undefined;
  slice(uri: string, span: Span): string;
  acknowledged(): Set<string>;
}

export type ContradictionKind = 'channel' | 'speaker' | 'date' | 'number' | 'place' | 'wording';

export interface Side {
  uri: string;
  span: Span;
  text: string;
  value: string;
}

export interface Contradiction {
  kind: ContradictionKind;
  /** Warning for disagreements, information for wording differences within one quote. */
  severity: 'warning' | 'information';
  message: string;
  here: Side;
  there: Side;
  /** Identical from both articles: kind plus the two sides' places, sorted. */
  key: string;
}

const snippet = (text: string): string => {
  const words = text.split(/\s+/);
  return words.length > 8 ? `“${words.slice(0, 8).join(' ')}…”` : `“${text}”`;
};

function side(ws: IndexView, uri: string, span: Span, value: string): Side {
  return { uri, span, text: ws.slice(uri, span), value };
}

/** Survives edits elsewhere in either article: names the files, the values and what they are about. */
const keyOf = (kind: string, a: Side, b: Side, topics: [string, string]): string => {
  // Ordered by hand: this runs for every contradiction on every edit, and sort() allocates.
  const [t, u] = [words(topics[0]).topic, words(topics[1]).topic];
  const [x, y] = [`${ws0(a.uri)}=${a.value}`, `${ws0(b.uri)}=${b.value}`];
  return `${kind}|${t <= u ? t : u}|${x <= y ? `${x}|${y}` : `${y}|${x}`}`;
};
const ws0 = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

export function contradictionsFor(ws: IndexView, uri: string): Contradiction[] {
  const a = ws.analysis(uri);
  if (!a) return [];
  const out: Contradiction[] = [];
  a.quotes.forEach((q, i) => {
    const refs = ws.claims.sameQuote(uri, i);
    if (!refs.length) return;
    const here = view(ws, uri, q);
    for (const ref of refs) {
      const other = ws.analysis(ref.uri)?.quotes[ref.index];
      if (other) compareQuotes(ws, here, view(ws, ref.uri, other), ref.score, out);
    }
  });
  // Whether another article is about the same event, asked once per article: popular keys (deaths,
  // a day) list the same articles for many figures and events (a third of all diagnostics at 22,250 articles).
  const known = new Map<string, boolean>();
  const related = (otherUri: string): boolean => {
    let r = known.get(otherUri);
    if (r === undefined) known.set(otherUri, (r = sameEvent(ws, uri, otherUri)));
    return r;
  };
  for (const i of headlineFigures(a)) {
    const f = a.figures[i];
    const key = figureKey(f);
    for (const otherUri of ws.claims.withKey(key)) {
      const b = otherUri === uri ? undefined : ws.analysis(otherUri);
      if (!b || !related(otherUri)) continue;
      for (const j of headlineFigures(b)) {
        const c = figureKey(b.figures[j]) === key ? compareFigures(ws, uri, f, otherUri, b.figures[j]) : null;
        if (c) out.push(c);
      }
    }
  }
  compareEvents(ws, uri, a, related, out);
  comparePlacings(ws, uri, a, related, out);
  const acknowledged = ws.acknowledged();
  return out.filter((c) => !acknowledged.has(c.key));
}

const fileName = (uri: string): string => decodeURIComponent(ws0(uri));

/** What a quote is compared on, worked out once per quote rather than once per pair. */
interface QuoteView {
  uri: string;
  q: Quote;
  venue: Venue;
  speaker: GlobalEntity | null;
  wording: string;
}

/** Views stay valid until the index changes (the speaker's entity may). */
const views = new WeakMap<Quote, { ws: IndexView; version: number; view: QuoteView }>();
function view(ws: IndexView, uri: string, q: Quote): QuoteView {
  const cached = views.get(q);
  if (cached?.ws === ws && cached.version === ws.version && cached.view.uri === uri) return cached.view;
  const v = { uri, q, venue: venueOf(q.channel, q.channelForm ?? null), speaker: namedSpeaker(ws, uri, q), wording: words(q.text).wording };
  views.set(q, { ws, version: ws.version, view: v });
  return v;
}

/**
 * The speaker, when the article names a person at the quote, or a role the article itself gives that
 * person ("the minister" of "Health Minister Ana Ruiz"). A resolved pronoun or a role only guessed to be
 * someone nearby is too weak to contradict (it gave wrong warnings on ECB+ real news), unless the
 * quote's own paragraph names that person and no one else before it; an organisation may speak through a person.
 */
function namedSpeaker(ws: IndexView, uri: string, q: Quote): GlobalEntity | null {
  if (q.speaker?.kind !== 'entity' || q.speaker.local === null) return null;
  if (!q.speaker.titled && (!/^\p{Lu}/u.test(q.speaker.text) || /^(the|he|she|they|it|we|i)\b/i.test(q.speaker.text)) && !onlyPersonIntroduced(ws, uri, q)) return null;
  const id = ws.graph.idOf(uri, q.speaker.local);
  const e = id ? ws.graph.get(id) : null;
  return e?.type === 'person' ? e : null;
}

/** " by Ana Ruiz" when the article names the speaker, for messages. */
const who = (v: QuoteView): string => (v.speaker ? ` by ${v.speaker.name}` : '');

/** A different speaker is only claimed when the two quotes are nearly the same words. */
const SAME_WORDS = 0.8;

function compareQuotes(ws: IndexView, a: QuoteView, b: QuoteView, score: number, out: Contradiction[]): void {
  const { q, uri } = a;
  const { q: o, uri: otherUri } = b;
  const about = (): string => snippet(q.text);
  const push = (kind: ContradictionKind, severity: Contradiction['severity'], message: string, here: Side, there: Side): void => {
    out.push({ kind, severity, message, here, there, key: keyOf(kind, here, there, [q.text, o.text]) });
  };
  if (venuesDisagree(a.venue, b.venue)) {
    const here = side(ws, uri, q.channelSpan ?? q, q.channel!);
    const there = side(ws, otherUri, o.channelSpan ?? o, o.channel!);
    push('channel', 'warning', `Channel: this article says the statement ${about()}${who(a)} was made ${venuePhrase(q.channel!)}; ${fileName(otherUri)} says ${venuePhrase(o.channel!)}.`, here, there);
  }
  if (score >= SAME_WORDS && speakersDisagree(ws, a, b)) {
    const [nq, no] = [a.speaker!.name, b.speaker!.name];
    push('speaker', 'warning', `Speaker: this article attributes ${about()} to ${nq}; ${fileName(otherUri)} attributes it to ${no}.`, side(ws, uri, speakerSpan(ws, uri, q), nq), side(ws, otherUri, speakerSpan(ws, otherUri, o), no));
  }
  const [dq, dq2] = [quoteDate(ws, uri, q, otherUri), quoteDate(ws, otherUri, o, uri)];
  if (dq && dq2 && dq !== dq2) {
    push('date', 'warning', `Date: this article dates the statement ${about()}${who(a)} ${q.day ?? dq} (${dq}); ${fileName(otherUri)} dates it ${o.day ?? dq2} (${dq2}).`, side(ws, uri, q.channelSpan ?? q, dq), side(ws, otherUri, o.channelSpan ?? o, dq2));
  }
  if (a.wording !== b.wording) {
    push('wording', 'information', `Wording: ${fileName(otherUri)} quotes this statement differently: “${o.text.length > 160 ? `${o.text.slice(0, 160)}…` : o.text}”`, side(ws, uri, q, q.text), side(ws, otherUri, o, o.text));
  }
}

/** Where a speaker side points: the name, or the quote itself when the name is on a heading line above it ("Comment from Ana Ruiz, chief executive:"). */
function speakerSpan(ws: IndexView, uri: string, q: Quote): Span {
  const s = q.speaker!;
  return s.end <= q.start && ws.slice(uri, { start: s.end, end: q.start }).includes('\n') ? { start: q.start, end: q.end } : s;
}

/** A quote's date; an article dated without a year ("VELDIN, July 14 -") takes the other article's year. */
function quoteDate(ws: IndexView, uri: string, q: Quote, otherUri: string): string | null {
  if (q.date || !q.day) return q.date;
  return resolveDay(q.day, withYear(ws.analysis(uri)?.date ?? null, ws.analysis(otherUri)?.date ?? null));
}

const wordings = new Map<string, { wording: string; topic: string }>();
/**
 * Lower-case words of a quote, and its first six as the topic of a key; remembered (bounded):
 * the same quotes are compared again and again.
 */
function words(s: string): { wording: string; topic: string } {
  let w = wordings.get(s);
  if (w === undefined) {
    if (wordings.size > 100_000) wordings.clear();
    const wording = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    wordings.set(s, (w = { wording, topic: wording.split(' ').slice(0, 6).join(' ') }));
  }
  return w;
}

/** Events of this article against the same deed about the same one in articles about the same event. */
function compareEvents(ws: IndexView, uri: string, a: ArticleAnalysis, related: (otherUri: string) => boolean, out: Contradiction[]): void {
  const whoOf = (x: TimedEvent, from: string): string | null => (x.subject === null ? null : ws.graph.idOf(from, x.subject));
  const nearOf = (x: TimedEvent, from: string): string[] => x.near.map((l) => ws.graph.idOf(from, l)).filter((id): id is string => id !== null);
  for (const e of a.events) {
    const who = whoOf(e, uri);
    const near = nearOf(e, uri);
    if (!who && e.object === null && !near.length) continue;
    if (e.time) {
      compareClockTimes(ws, uri, a, e, who, related, out);
      continue;
    }
    for (const otherUri of ws.claims.withKey(eventKey(e))) {
      const b = otherUri === uri ? undefined : ws.analysis(otherUri);
      if (!b || !related(otherUri)) continue;
      const mine = eventDate(e, a, b);
      if (!mine) continue;
      // A sudden happening may name different things of one event in each sentence ("a provincial museum" in
      // Brill; "the Arlen Museum"): the same when each names something the other article names.
      const once = happeningClass(e.event) === 'once';
      const across = (x: TimedEvent, from: string): boolean =>
        once && x.event === e.event && from === otherUri && near.some((id) => entityIds(ws, otherUri, b).has(id)) && nearOf(x, from).some((id) => entityIds(ws, uri, a).has(id));
      const same = (x: TimedEvent, from: string): boolean => sameDeed(e, who, near, x, whoOf(x, from), nearOf(x, from)) || across(x, from);
      // Another day this article gives the deed, or the other article gives this one, or a change of day
      // either states: no disagreement.
      const oursAll = a.events.filter((x) => same(x, uri));
      const theirs = b.events.filter((x) => same(x, otherUri));
      if (oursAll.some((x) => x.changed) || theirs.some((x) => x.changed)) continue;
      const ours = oursAll.map((x) => eventDate(x, a, b)).filter((d): d is string => d !== null);
      if (theirs.some((x) => { const d = eventDate(x, b, a); return d !== null && sameDate(d, mine); })) continue;
      for (const o of theirs) {
        const date = eventDate(o, b, a);
        if (!date || ours.some((d) => sameDate(d, date)) || tooFarApart(e, o, a, b) || !daysDisagree(e, mine, o, date)) continue;
        if (anotherOccurrence(e, mine, a, o, date, b)) continue;
        const name = (who ? ws.graph.get(who)?.name : null) ?? null;
        const here = side(ws, uri, e, mine);
        const there = side(ws, otherUri, o, date);
        const happening = happeningClass(e.event) !== null;
        const topic = happening ? happeningWords(e, name) : `${e.object ?? name ?? 'the same person'} ${e.event}`;
        out.push({
          kind: 'date',
          severity: 'warning',
          message: happening
            ? `Date: this article dates ${happeningWords(e, name)} ${e.day} (${mine}); ${fileName(otherUri)} dates it ${o.day} (${date}).`
            : `Date: this article says ${deedWords(e, name ?? 'the same person')} ${e.day} (${mine}); ${fileName(otherUri)} says ${o.day} (${date}).`,
          here,
          there,
          key: keyOf('date', here, there, [topic, topic]),
        });
      }
    }
  }
}

/**
 * A happening at a clock time against the same happening to the same one (a body named in both, or
 * the same noun: "sirens") in articles about the same event. An article giving it two times (a live
 * blog's updates, "first at 23:40, again at 01:10") agrees with either.
 */
function compareClockTimes(ws: IndexView, uri: string, a: ArticleAnalysis, e: TimedEvent, who: string | null, related: (otherUri: string) => boolean, out: Contradiction[]): void {
  const same = (x: TimedEvent, from: string): boolean => {
    if (!x.time || x.event !== e.event) return false;
    const w = x.subject === null ? null : ws.graph.idOf(from, x.subject);
    return who !== null || w !== null ? who === w : e.object === x.object;
  };
  for (const otherUri of ws.claims.withKey(eventKey(e))) {
    const b = otherUri === uri ? undefined : ws.analysis(otherUri);
    if (!b || !related(otherUri)) continue;
    const theirs = b.events.filter((x) => same(x, otherUri));
    if (!theirs.length) continue;
    const dated = (x: TimedEvent, p: ArticleAnalysis, q: ArticleAnalysis): string | null => (x.day ? eventDate(x, p, q) : null);
    const ours = a.events.filter((x) => same(x, uri));
    if (ours.some((x) => theirs.some((o) => !clocksDisagree(x, dated(x, a, b), o, dated(o, b, a))))) continue;
    const mine = dated(e, a, b);
    for (const o of theirs) {
      const date = dated(o, b, a);
      if (!clocksDisagree(e, mine, o, date) || tooFarApart(e, o, a, b)) continue;
      const here = side(ws, uri, e, clockValue(e, mine));
      const there = side(ws, otherUri, o, clockValue(o, date));
      const name = (who ? ws.graph.get(who)?.name : null) ?? `the ${e.object}`;
      out.push({
        kind: 'date',
        severity: 'warning',
        message: `Time: this article says of ${name} “${here.text}” (${here.value}); ${fileName(otherUri)} says “${there.text}” (${there.value}).`,
        here,
        there,
        key: keyOf('date', here, there, [e.event, e.event]),
      });
    }
  }
}

/**
 * Places of this article against the same deed done to the same ones in articles about the same
 * event: none of the places in common, and no article that gives both (moved from one to the other,
 * or some to each).
 */
function comparePlacings(ws: IndexView, uri: string, a: ArticleAnalysis, related: (otherUri: string) => boolean, out: Contradiction[]): void {
  const thingOf = (p: Placing, from: string): string | null => (p.thing.startsWith('@') ? ws.graph.idOf(from, Number(p.thing.slice(1))) : p.thing);
  for (const p of a.placings) {
    const thing = thingOf(p, uri);
    if (thing === null) continue;
    const key = placingKey(p);
    const same = (x: Placing, from: string): boolean => placingKey(x) === key && thingOf(x, from) === thing;
    const ours = a.placings.filter((x) => same(x, uri));
    for (const otherUri of ws.claims.withKey(key)) {
      const b = otherUri === uri ? undefined : ws.analysis(otherUri);
      if (!b || !related(otherUri) || writtenTooFarApart(a, b)) continue;
      const theirs = b.placings.filter((x) => same(x, otherUri) && !otherOccasion(p, a, x, b));
      if (!theirs.length || theirs.some((x) => shareAPlace(p.places, x.places))) continue;
      // Either article placing them in one of the other's places too: moved, or some to each.
      if (ours.some((x) => theirs.some((y) => shareAPlace(x.places, y.places)))) continue;
      const both = (c: ArticleAnalysis, from: string): boolean => {
        const all = c.placings.filter((x) => same(x, from)).flatMap((x) => x.places);
        return shareAPlace(all, p.places) && theirs.some((o) => shareAPlace(all, o.places));
      };
      if ([...ws.claims.withKey(key)].some((u) => u !== uri && u !== otherUri && both(ws.analysis(u)!, u))) continue;
      const o = theirs[0];
      const name = p.thing.startsWith('@') ? (ws.graph.get(thing)?.name ?? null) : null;
      const here = side(ws, uri, p, p.places.join(', '));
      const there = side(ws, otherUri, o, o.places.join(', '));
      const topic = placingWords(p, name);
      out.push({
        kind: 'place',
        severity: 'warning',
        message: `Place: this article says ${topic} ${p.places.join(' and ')}; ${fileName(otherUri)} says ${o.places.join(' and ')}.`,
        here,
        there,
        key: keyOf('place', here, there, [topic, topic]),
      });
    }
  }
}

/** Global entities of an article, until the index changes. */
const entitySets = new WeakMap<ArticleAnalysis, { version: number; ids: Set<string> }>();
function entityIds(ws: IndexView, uri: string, a: ArticleAnalysis): Set<string> {
  const cached = entitySets.get(a);
  if (cached?.version === ws.version) return cached.ids;
  const ids = new Set<string>();
  a.entities.forEach((_, local) => {
    const id = ws.graph.idOf(uri, local);
    if (id) ids.add(id);
  });
  entitySets.set(a, { version: ws.version, ids });
  return ids;
}

/** Articles about one event share at least this many people, places or organisations. */
const SHARED_ENTITIES = 2;
function sameEvent(ws: IndexView, uri: string, otherUri: string): boolean {
  const [x, y] = [entityIds(ws, uri, ws.analysis(uri)!), entityIds(ws, otherUri, ws.analysis(otherUri)!)];
  let n = 0;
  for (const id of x.size <= y.size ? x : y) if ((x.size <= y.size ? y : x).has(id) && ++n >= SHARED_ENTITIES) return true;
  return false;
}

/**
 * Who gives a figure: its source's entity, or (no source named) the organisations it is about; and the
 * source's words. A margin is one count's result whoever reports it: the contestants tell which one;
 * so is a count of things carried or recalled, of the object its clause names.
 */
function sourceOf(ws: IndexView, uri: string, f: Figure): { ids: string[]; words: string[][]; name: string | null; about: boolean } {
  if (f.measure === 'margin' || HANDLED_MEASURE.test(f.measure)) {
    const ids = f.parties.map((l) => ws.graph.idOf(uri, l)).filter((id): id is string => id !== null);
    return { ids, words: [], name: f.sourceText, about: true };
  }
  const locals = f.source !== null ? [f.source] : f.parties;
  const ids = locals.map((l) => ws.graph.idOf(uri, l)).filter((id): id is string => id !== null);
  const names = ids.map((id) => ws.graph.get(id)?.name ?? '').filter(Boolean);
  return { ids, words: [sourceWords(f.sourceText), ...names.map(sourceWords)], name: f.sourceText ?? names[0] ?? null, about: false };
}

type Source = ReturnType<typeof sourceOf>;
const sameSource = (x: Source, y: Source): boolean => x.ids.some((id) => y.ids.includes(id)) || x.words.some((w) => y.words.some((v) => sameSourceWords(w, v)));

/** Whether article `a` gives a figure of f's kind from source `s` too, whatever its value. */
function alsoGives(ws: IndexView, uri: string, a: ArticleAnalysis, f: Figure, s: Source): boolean {
  const key = figureKey(f);
  return a.figures.some((g) => g !== f && figureKey(g) === key && sameSource(sourceOf(ws, uri, g), s));
}

/**
 * Whether some article gives both values for f's kind itself ("$38 million, prosecutors say; the
 * auditors put it at $29.5 million"). Asked of every pair compared and answered by reading every
 * article with such figures, so remembered per index version: unremembered, it was two thirds of
 * all diagnostics at 22,250 articles (4.5 of 7.1 s).
 */
const together = new WeakMap<IndexView, { version: number; answers: Map<string, boolean> }>();
function reportedTogether(ws: IndexView, f: Figure, x: number, y: number): boolean {
  const key = figureKey(f);
  let memo = together.get(ws);
  if (memo?.version !== ws.version) together.set(ws, (memo = { version: ws.version, answers: new Map() }));
  const question = `${key}|${Math.min(x, y)}|${Math.max(x, y)}`;
  let answer = memo.answers.get(question);
  if (answer === undefined) {
    // Two figures of its own: "some 300" rounds both 312 and 260 but gives neither.
    const near = (a: ArticleAnalysis, v: number): number[] => a.figures.flatMap((g, i) => (figureKey(g) === key && writtenAs(g.value, v) ? [i] : []));
    answer = false;
    for (const uri of ws.claims.withKey(key)) {
      const a = ws.analysis(uri);
      const ys = a ? near(a, y) : [];
      if (a && ys.length && near(a, x).some((i) => ys.some((j) => j !== i))) {
        answer = true;
        break;
      }
    }
    memo.answers.set(question, answer);
  }
  return answer;
}

/** Counts of a noun (core/counts.ts), ages (core/ages.ts) and terms (core/terms.ts): facts of a time, compared only between reports of one week. */
const PERSONAL = /^(?:count |age$|prison sentence$|time held$)/;

/**
 * Two counts of one noun are of one thing only in reports of one event a few days apart (undated
 * articles may be of any year), at most three times apart, with a word around them and a person, place
 * or organisation of their sentences in common. Measured on 2,225 unrelated BBC articles: without these,
 * counts of jobs, nominations, copies sold and tries in other months, awards and matches gave 347
 * warnings; on ECB+ real news, counts of villages, carries and children (parts and other games) gave 15,
 * and with three words in common but no entity still 3 (a season's passes against a game's).
 * A person's age changes: two ages are compared only in reports of one week (a year apart on ECB+); so
 * are terms (a sentence cut on appeal, a time held that grows), and both only of one person named.
 */
function sameCount(ws: IndexView, uri: string, f: Figure, a: ArticleAnalysis, otherUri: string, o: Figure, b: ArticleAnalysis, ratio: number): boolean {
  if (!a.date || !b.date || daysApart(a.date, b.date) > 7) return false;
  // A size or a spell names no one ("the tunnel was 53 metres long"): the words around it alone say it is of one thing.
  if (ofOneThing(f.measure)) return ratio <= 3 && shared(f.context ?? [], o.context ?? []) >= 1;
  if (!f.measure.startsWith('count ')) return shareEntity(ws, uri, f.parties, otherUri, o.parties);
  if (ratio > 3) return false;
  return shared(f.context ?? [], o.context ?? []) >= 1 && shareEntity(ws, uri, [...f.places, ...f.parties], otherUri, [...o.places, ...o.parties]);
}

/** Whether two articles' lists of local entities hold one global entity. */
function shareEntity(ws: IndexView, uri: string, xs: readonly number[], otherUri: string, ys: readonly number[]): boolean {
  const x = xs.map((l) => ws.graph.idOf(uri, l));
  return ys.some((l) => {
    const id = ws.graph.idOf(otherUri, l);
    return id !== null && x.includes(id);
  });
}

function compareFigures(ws: IndexView, uri: string, f: Figure, otherUri: string, o: Figure): Contradiction | null {
  const [a, b] = [ws.analysis(uri)!, ws.analysis(otherUri)!];
  const beyond = beyondBound(f, o);
  if (beyond === false) return null;
  if (beyond === null && (rounding(f.value, o.value) || ((f.hedge || o.hedge) && nearEnough(f.value, o.value)))) return null;
  if (!(comparableDays(f, a, o, b) || tollShrinks(f, a, o, b))) return null;
  // Counts ten times apart are of different things ("12 killed" and "some 2 million died" in a civil war).
  // An article that gives both figures itself reports the difference (explains it, or tells the toll as
  // it grew): where one does, the two are no contradiction.
  const ratio = Math.max(f.value, o.value) / Math.min(f.value, o.value);
  if (ratio > 10 || reportedTogether(ws, f, f.value, o.value)) return null;
  if ((PERSONAL.test(f.measure) || ofOneThing(f.measure)) && !sameCount(ws, uri, f, a, otherUri, o, b, ratio)) return null;
  const [sf, so] = [sourceOf(ws, uri, f), sourceOf(ws, otherUri, o)];
  // Things carried or recalled in one event: the same object unless both sentences name others.
  const thing = HANDLED_MEASURE.test(f.measure) && (!sf.ids.length || !so.ids.length);
  // Figures for one thing from different sources (or an outlet's own) disagree too: they cannot all be
  // right about one toll. Unless either article gives the other's source's figure as well (a charity's
  // toll beside the ministry's, the difference explained); and only between dated articles: undated
  // ones may be of any year.
  // A toll in breaking news grows by multiples from one report to the next ("one dead", then five, then 24):
  // from different sources, only counts at most twice apart disagree.
  // (A margin's or a handled count's "source" is what it is about: other contestants, another ship, are another count.)
  const sameSrc = sameSource(sf, so);
  const same = thing || sameSrc;
  if (!same && (sf.about || !bothDated(f, a, o, b) || alsoGives(ws, uri, a, f, so) || alsoGives(ws, otherUri, b, o, sf) || (TOLLS.has(f.measure) && ratio > 2))) return null;
  const here = side(ws, uri, f, formatFigure(f));
  const there = side(ws, otherUri, o, formatFigure(o));
  // A person's age or term names the person: "age of Ana Ruiz".
  const person = PERSONAL.test(f.measure) && !f.measure.startsWith('count ') && sf.ids.length ? ws.graph.get(sf.ids[0])?.name : undefined;
  const what = person ? `${measureWords(f)} of ${person}` : measureWords(f);
  return {
    kind: 'number',
    severity: 'warning',
    // Named as the articles name them: "the same source" only when it is (one thing handled is no one source).
    message: `Number: this article gives ${formatFigure(f)} (${what}) ${sf.name ? `according to ${sf.name}` : sameSrc ? 'according to its source' : 'naming no source'}; ${fileName(otherUri)} gives ${formatFigure(o)} ${so.name ? `according to ${so.name}` : sameSrc ? 'according to the same source' : 'naming no source'}.`,
    here,
    there,
    key: keyOf('number', here, there, [what, what]),
  };
}
