// Disagreements between articles about the same statement or figure. Each is found from one
// article's side (so diagnostics can be recomputed for one article at a time) and carries a key
// that is the same from both sides, for acknowledgements in byline.yaml.

import { coreWords } from '../core/names';
import type { ArticleAnalysis, Figure, Quote, Span } from '../core/types';
import type { ClaimIndex } from './claims';
import type { EntityGraph, GlobalEntity } from './entities';

/** What contradictions read from the index: a narrow view, so this module does not depend on the workspace. */
export interface IndexView {
  readonly version: number;
  readonly graph: Pick<EntityGraph, 'idOf' | 'get'>;
  readonly claims: Pick<ClaimIndex, 'sameQuote' | 'sameFigure'>;
  analysis(uri: string): ArticleAnalysis | undefined;
  slice(uri: string, span: Span): string;
  acknowledged(): Set<string>;
}

export type ContradictionKind = 'channel' | 'speaker' | 'date' | 'number' | 'wording';

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

/** Platforms: a statement posted on one is not also "on" another, so two of them disagree. */
const PLATFORMS = new Set(['facebook', 'twitter', 'telegram', 'youtube', 'instagram', 'tiktok', 'whatsapp', 'vk', 'truth social']);
const platform = (channel: string | null): string | null => {
  const c = channel?.toLowerCase().replace(/^x$/, 'twitter') ?? null;
  return c && PLATFORMS.has(c) ? c : null;
};

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
  a.figures.forEach((f, i) => {
    for (const ref of ws.claims.sameFigure(uri, i)) {
      const other = ws.analysis(ref.uri)?.figures[ref.index];
      if (other) {
        const c = compareFigures(ws, uri, f, ref.uri, other);
        if (c) out.push(c);
      }
    }
  });
  const acknowledged = ws.acknowledged();
  return out.filter((c) => !acknowledged.has(c.key));
}

const fileName = (uri: string): string => decodeURIComponent(ws0(uri));

/** What a quote is compared on, worked out once per quote rather than once per pair. */
interface QuoteView {
  uri: string;
  q: Quote;
  platform: string | null;
  speaker: GlobalEntity | null;
  wording: string;
}

/** Views stay valid until the index changes (the speaker's entity may). */
const views = new WeakMap<Quote, { ws: IndexView; version: number; view: QuoteView }>();
function view(ws: IndexView, uri: string, q: Quote): QuoteView {
  const cached = views.get(q);
  if (cached?.ws === ws && cached.version === ws.version && cached.view.uri === uri) return cached.view;
  const v = { uri, q, platform: platform(q.channel), speaker: namedSpeaker(ws, uri, q), wording: words(q.text).wording };
  views.set(q, { ws, version: ws.version, view: v });
  return v;
}

/**
 * The speaker, when the article names a person at the quote. A resolved pronoun or role ("he",
 * "the prime minister") is too weak to contradict, and an organisation may speak through a person.
 */
function namedSpeaker(ws: IndexView, uri: string, q: Quote): GlobalEntity | null {
  if (q.speaker?.kind !== 'entity' || q.speaker.local === null || !/^\p{Lu}/u.test(q.speaker.text) || /^(the|he|she|they|it|we|i)\b/i.test(q.speaker.text)) return null;
  const id = ws.graph.idOf(uri, q.speaker.local);
  const e = id ? ws.graph.get(id) : null;
  return e?.type === 'person' ? e : null;
}

const surname = (name: string): string => coreWords(name).pop() ?? '';

/** A different speaker is only claimed when the two quotes are nearly the same words. */
const SAME_WORDS = 0.8;

function compareQuotes(ws: IndexView, a: QuoteView, b: QuoteView, score: number, out: Contradiction[]): void {
  const { q, uri } = a;
  const { q: o, uri: otherUri } = b;
  const about = (): string => snippet(q.text);
  const push = (kind: ContradictionKind, severity: Contradiction['severity'], message: string, here: Side, there: Side): void => {
    out.push({ kind, severity, message, here, there, key: keyOf(kind, here, there, [q.text, o.text]) });
  };
  if (a.platform && b.platform && a.platform !== b.platform) {
    const here = side(ws, uri, q.channelSpan ?? q, q.channel!);
    const there = side(ws, otherUri, o.channelSpan ?? o, o.channel!);
    push('channel', 'warning', `Channel: this article says the statement ${about()} was made on ${q.channel}; ${fileName(otherUri)} says ${o.channel}.`, here, there);
  }
  const [sq, so] = [a.speaker, b.speaker];
  // Two people with one surname are more likely a linking slip than a misattribution.
  if (sq && so && sq.id !== so.id && score >= SAME_WORDS && surname(sq.name) !== surname(so.name)) {
    const [nq, no] = [sq.name, so.name];
    push('speaker', 'warning', `Speaker: this article attributes ${about()} to ${nq}; ${fileName(otherUri)} attributes it to ${no}.`, side(ws, uri, q.speaker!, nq), side(ws, otherUri, o.speaker!, no));
  }
  if (q.date && o.date && q.date !== o.date) {
    push('date', 'warning', `Date: this article dates the statement ${about()} ${q.day ?? q.date} (${q.date}); ${fileName(otherUri)} dates it ${o.day ?? o.date} (${o.date}).`, side(ws, uri, q.channelSpan ?? q, q.date), side(ws, otherUri, o.channelSpan ?? o, o.date));
  }
  if (a.wording !== b.wording) {
    push('wording', 'information', `Wording: ${fileName(otherUri)} quotes this statement differently: “${o.text.length > 160 ? `${o.text.slice(0, 160)}…` : o.text}”`, side(ws, uri, q, q.text), side(ws, otherUri, o, o.text));
  }
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

function compareFigures(ws: IndexView, uri: string, f: Figure, otherUri: string, o: Figure): Contradiction | null {
  if (f.measure !== o.measure || f.value === o.value) return null;
  // Figures from different sources may both be right (an opposition toll and an official one).
  const [sf, so] = [f.source === null ? null : ws.graph.idOf(uri, f.source), o.source === null ? null : ws.graph.idOf(otherUri, o.source)];
  if (sf === null || sf !== so) return null;
  const source = ws.graph.get(sf)?.name ?? 'the same source';
  const here = side(ws, uri, f, String(f.value));
  const there = side(ws, otherUri, o, String(o.value));
  return {
    kind: 'number',
    severity: 'warning',
    message: `Number: this article gives ${f.value.toLocaleString('en-US')} ${f.measure} according to ${source}; ${fileName(otherUri)} gives ${o.value.toLocaleString('en-US')}.`,
    here,
    there,
    key: keyOf('number', here, there, [f.measure, f.measure]),
  };
}
