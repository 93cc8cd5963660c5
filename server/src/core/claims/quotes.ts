// Direct quotes and who said them, where and when, within one article.
//
// Quotation marks are paired in one pass over the text (marks.ts). Each quote is then credited from a
// bounded window around it, first match wins: the words right after it (“…,” she said / said X /
// according to X); the cue verbs of its own sentence before it (X said …: “…”, X called it “…”); an
// attribution closing its sentence; the quote it directly continues; the speaker of the sentence
// before it (attribution.ts). Channels (channels.ts) and days come from the crediting words or from an
// earlier sentence naming the same speaker's statement. Unmarked quotations after "said:", transcript
// lines and caption repeats of a quote's words are quotes too.

import { inside } from '../boilerplate';
import { masthead } from '../masthead';
import { dayIn, resolveDay } from '../days';
import { isWord, upperBound } from '../text';
import type { EntityLayer, Quote, Span, Speaker, Structure } from '../types';
import { Attributor, credit, mainCredit, sentenceEnd, WINDOW, words, type Candidate, type Credit } from './attribution';
import { channelHints, channelIn, type Channel, type ChannelContext } from './channels';
import { releaseHeading } from './release';
import { markStart, segments, trim, type Segment } from './marks';
import { qaInterview } from './interview';
import { transcriptTurns, type Turn } from './transcripts';
import { INVERTING, ORG_HEADS, SPEECH } from './vocabulary';

/** The longest unmarked quotation taken after "said:". */
const UNMARKED = 1500;

interface Statement {
  channel: Channel;
  day: string | null;
  para: number;
  /** Who made it, found when first asked (null: no one the text names). */
  maker: () => Maker | null;
}

interface Maker {
  /** An entity, or an unnamed source by its words. */
  who: string;
  /** An organisation, named or not ("the Port Authority said in a statement"). */
  institution: boolean;
  /** The entity, when the text names it. */
  local: number | null;
}

/** The same speaker's statements share this: its entity, or the words of an unnamed source ("the health ministry"). */
function whoMade(s: Speaker): string | null {
  return s.local !== null ? `entity ${s.local}` : s.source ? `source ${s.source.toLowerCase()}` : null;
}

/** Whether a speaker is an organisation: a recognised one, or unnamed by an organisation's noun ("the agency", "it" for it). */
function institutional(s: Speaker, layer: EntityLayer): boolean {
  if (s.local !== null) return layer.entities[s.local].type === 'organization';
  return s.kind === 'anonymous' && !!s.source && ORG_HEADS.has(s.source.slice(s.source.lastIndexOf(' ') + 1).toLowerCase());
}

/** What every quote of an article is read against. */
interface Article {
  doc: Structure;
  layer: EntityLayer;
  attributor: Attributor;
  /** The statement sentence k makes with a channel named in it, or null (statementsIn). */
  statement: (k: number) => Statement | null;
  sentenceStarts: number[];
  paraOf: (at: number) => number;
  channels: ChannelContext;
  /** The heading that makes the article an organisation's press release or statement (release.ts). */
  release: Span | null;
}

const PRESS = /\btold\s+(?:reporters|journalists|the\s+press|the\s+media)\b/;

/** A quote of [start, end) with its speaker, and its channel and day from the crediting words or an earlier statement by the same speaker. */
function quoteOf(a: Article, start: number, end: number, credited: Credit | null, para: number): Quote {
  const { text } = a.doc;
  const said = credited?.speaker ? a.attributor.speaker(credited.speaker) : null;
  let speaker = said;
  let channel = credited ? channelIn(a.channels, credited.from, credited.to) : null;
  let day = credited ? dayIn(text, credited.from, credited.to) : null;
  const who = said && whoMade(said);
  // "X told lawmakers": a hearing, named more fully by an earlier sentence ("appearing before the health committee").
  const generic = channel?.channel === 'committee hearing';
  // "…," she told reporters: said to the press there, not in the interview before.
  const toPress = !channel && !!credited && PRESS.test(text.slice(credited.from, credited.to));
  if ((!channel || generic) && who) {
    const unnamedOrg = said.local === null && institutional(said, a.layer);
    // The latest statement named before, by the same speaker, at most three paragraphs back (an interview one), not of another day.
    for (let k = upperBound(a.sentenceStarts, start) - 1; k >= 0 && para - a.paraOf(a.sentenceStarts[k]) <= 3; k--) {
      const st = a.statement(k);
      // (Reporters told are at an occasion, not in an outlet's interview.)
      if (!st || st.channel.span.end > start || (toPress && st.channel.kind === 'outlet') || (!st.channel.carried && para - st.para > 1) || (day && st.day && day !== st.day) || (generic && (st.channel.channel === 'committee hearing' || !st.channel.channel.endsWith('hearing')))) continue;
      // "The Port Authority said in a statement …. "…," the agency said": an unnamed organisation right after an organisation's statement is its maker.
      const by = st.maker();
      if (!by || !(by.who === who || (para - st.para <= 1 && by.institution && unnamedOrg && st.channel.carried))) continue;
      // And it is that organisation speaking: "Hanley Tours said in a statement …. "…," the agency said."
      if (by.who !== who && by.local !== null && !/^(?:he|she)$/i.test(said.text)) speaker = { start: said.start, end: said.end, text: said.text, kind: 'entity', local: by.local };
      channel = st.channel;
      day ??= st.day;
      break;
    }
  }
  // A quote in a press release is made in it, unless a sentence names another channel.
  if (!channel && a.release) channel = { channel: 'statement', kind: 'form', form: null, span: a.release, carried: true };
  return { start, end, text: text.slice(start, end), speaker, cue: credited?.cue ?? null, channel: channel?.channel ?? null, channelSpan: channel?.span ?? null, channelKind: channel?.kind ?? null, channelForm: channel?.form ?? null, day, date: day ? resolveDay(day, a.doc.date) : null };
}

/**
 * A nickname in quotation marks inside a name ("Per-Arne "P-A" Strandvik", "Ana “Nita” Telles"):
 * capitalised words right after a capitalised word and right before one. No quote.
 */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*[ \u00a0]$/u;
const NAME_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*)?$/u;
const nicknameInName = (text: string, seg: Segment): boolean =>
  CAPITALISED.test(text.slice(seg.start, seg.end)) && NAME_BEFORE.test(text.slice(Math.max(0, seg.open - 30), seg.open)) && NAME_AFTER.test(text.slice(seg.close + 1, seg.close + 4));

/** The article's direct quotes with their speakers, channels and days. A failure throws: the host reports it for the article. */
export function findQuotes(doc: Structure, layer: EntityLayer): Quote[] {
  const { text } = doc;
  const attributor = new Attributor(doc, layer);
  // A nickname inside a name is no quote, and the name around it may be a speaker.
  const segs = segments(doc).filter((seg) => !(words(text, seg.start, seg.end, 3) <= 2 && nicknameInName(text, seg)));
  attributor.quoted = segs;
  const { paragraphStarts, sentenceStarts } = attributor;
  const paraOf = (at: number): number => upperBound(paragraphStarts, at) - 1;
  const publisher = masthead(doc);
  const channels: ChannelContext = { text, mentions: (from, to) => attributor.mentions(from, to), nameOf: (m) => layer.entities[m.local].name, hints: channelHints(text), publisher: publisher?.text ?? null };
  const statement = statementsIn(doc, layer, attributor, channels, segs, paraOf);
  const turns = transcriptTurns(doc);
  const interview = turns.length ? null : qaInterview(doc, layer.mentions);
  const article: Article = { doc, layer, attributor, statement, sentenceStarts, paraOf, channels, release: releaseHeading(doc) };

  const out: Quote[] = [];
  let previous: { seg: Segment; quote: Quote } | null = null;
  // Each quote's words, counted once (up to four): the quotes before and after each one are asked about too.
  const sizes = segs.map((seg) => words(text, seg.start, seg.end, 4));
  segs.forEach((seg, i) => {
    const prev = segs[i - 1];
    const next = segs[i + 1];
    const para = doc.paragraphs[seg.para];
    // The quote's own sentence and the one before it, looked up once (each was looked up two or three times).
    const k = upperBound(sentenceStarts, seg.open) - 1;
    const own = k >= 0 ? doc.sentences[k].start : 0;
    const before = doc.sentences[k - 1];
    // Cues inside the real quotes (of more than three words) before and after are not this one's; a scare quote holds no cue.
    const headFrom = Math.max(own, prev?.para === seg.para && sizes[i - 1] > 3 ? prev.close + 1 : para.start, seg.open - WINDOW);
    const tailTo = seg.runsOn ? seg.close : sentenceEnd(text, seg.close + 1, Math.min(para.end, seg.close + WINDOW, next?.para === seg.para && sizes[i + 1] > 3 ? next.open : Infinity));
    const size = sizes[i];
    if (!size) return;
    const tail = seg.runsOn ? null : attributor.after(seg.close + 1, tailTo);
    let found: Credit | null = tail ? { speaker: tail.speaker, cue: tail.cue, from: seg.close + 1, to: tailTo } : size > 3 ? credit(attributor, text, headFrom, seg.open, segs) : null;
    // Scare quotes, titles and single quoted words: a short phrase nothing credits. Two or three words
    // that a speech verb of their own sentence reports are a quote ("called the case "politically motivated"").
    if (size <= 3 && !tail) {
      // One word is a quote when a speech verb reports what something "was" and the word ends the sentence:
      // "adding that the cover was "substantial".", "She said the talks were "constructive"."
      const oneWord = size === 1 && /\b(?:was|were|is|are|be|been)\s+$/.test(text.slice(seg.open - 8, seg.open)) && /^[.!?]/.test(text.slice(seg.close + 1, seg.close + 2));
      const reported = (size >= 2 && headFrom === own) || oneWord ? credit(attributor, text, headFrom, seg.open, segs) : null;
      if (reported?.speaker && reported.cue && SPEECH.test(reported.cue)) found = reported;
      // A short sentence of its own right after a credited quote goes on with it: "“…,” Ruiz said. “We want judges.”"
      else if (!(size >= 2 && previous?.quote.speaker && previous.seg.para === seg.para && seg.open - previous.seg.close < 120 && sentenceQuote(text, seg) && !((before?.start ?? -1) > previous.seg.close))) return;
    }
    // A whole sentence between two quotes ("… Guy Mansfield QC warned there was a real risk …")
    // may name the next speaker, so the second does not simply follow on from the first.
    const directlyAfter =
      previous !== null &&
      !(before && before.start > previous.seg.close) &&
      (previous.seg.para === seg.para ? seg.open - previous.seg.close < 200 : previous.seg.para === seg.para - 1 && seg.open <= para.start && (previous.seg.runsOn || doc.paragraphs[previous.seg.para].end - previous.seg.close < 200));
    // A quote with no cue in its sentence belongs to the speaker of the sentence before it
    // ("…, said Mr Thomas. "If in doubt …", "… Sir Digby Jones said … His message was: "…").
    // "… "sustained reform efforts" are needed, the International Monetary Fund (IMF) has said."
    if (!found?.speaker && !seg.runsOn && !/[.!?]/.test(text[seg.end - 1])) {
      const late = attributor.cues(seg.close + 1, tailTo).pop();
      // "“…” that she can win, said Tom Hale.": after a comma an inverting cue's speaker follows it.
      const inverted = late && INVERTING.has(late.cue) && /,\s*$/.test(text.slice(late.index - 3, late.index)) ? attributor.named(late.index + late.cue.length, tailTo) : null;
      const subject = late && (inverted ?? attributor.subject(seg.close + 1, late.index) ?? attributor.named(late.index + late.cue.length, tailTo));
      if (late && subject && /,[^,.;:!?"“”]{0,40}$/.test(text.slice(Math.max(seg.close + 1, Math.min(subject.start, late.index) - 41), Math.min(subject.start, late.index)))) found = { speaker: subject, cue: late.cue, from: seg.close + 1, to: tailTo };
    }
    // "Judge Nadia Brenner made clear that "…"": no cue, but the sentence's subject says what follows "that".
    if (!found?.speaker && own < seg.open && /\bthat\s+(?:[^.!?]{0,80}\s)?$/.test(text.slice(Math.max(own, seg.open - 100), markStart(text, seg.open)))) {
      const subject = attributor.sentenceSubject(own, seg.open);
      if (subject) found = { speaker: subject, cue: null, from: own, to: seg.open };
    }
    // "Chair Lotte Fairweather began by reading out the rule: the plan passes if "…"": words after a colon
    // of the quote's own sentence are its subject's.
    if (!found?.speaker && own < seg.open) {
      const colon = own + text.slice(own, seg.open).lastIndexOf(':');
      const subject = colon >= own && !/\d/.test(text[colon + 1]) && !inside(segs, colon, colon + 1) ? attributor.sentenceSubject(own, colon) : null;
      if (subject && subject.kind === 'mention') found = { speaker: subject, cue: null, from: own, to: seg.open };
    }
    if (!found?.speaker && !directlyAfter && before && paraOf(before.start) >= seg.para - 1) found = mainCredit(attributor, text, before.start, Math.min(before.end, seg.open), segs);
    // "Head coach Luis Ferro has followed him since 2019. “Tomáš is fast …”": a quote standing as a sentence of its
    // own, with no cue, after a sentence of the same paragraph about a person, is that person's.
    if (!found?.speaker && !directlyAfter && before && paraOf(before.start) === seg.para && own === seg.open && !tail) {
      const subject = attributor.sentenceSubject(before.start, before.end);
      if (subject && subject.kind === 'mention') found = { speaker: subject, cue: null, from: before.start, to: before.end };
    }
    // A title in quotes ("The Lord of the Rings") that nothing credits is no quote.
    if (!found && isTitle(text.slice(seg.start, seg.end))) return;
    // "MARDEN: You told the Gazette, "…"": in an interviewer's turn, "you" is the one interviewed.
    if (found?.cue && turns.length && found.from < seg.open) {
      const you = addressed(article, turns, found, seg.open);
      if (you) found = { ...found, speaker: you };
    }
    // In a question-and-answer interview, the headline's quote and quotes in the answers are the one interviewed's.
    const interviewed = !found?.speaker && !!interview && !(previous?.quote.speaker && directlyAfter) && ((!!doc.headline && seg.start >= doc.headline.start && seg.end <= doc.headline.end) || interview.answers.has(seg.para));
    if (interviewed) {
      const p = interview!.person;
      found = { speaker: { start: p.start, end: p.end, text: p.text, local: p.local, kind: 'mention', place: false, possessive: false }, cue: null, from: seg.open, to: seg.open };
    }
    // Else the quote continues the last one, if that is directly before or at most three paragraphs back.
    // Not across a live blog's timestamp: each entry names its own speaker.
    const continues = !found?.speaker && previous?.quote.speaker && (directlyAfter || seg.para - previous.seg.para <= 3) && !newEntry(doc, previous.seg.para, seg.para);
    const quote = continues && previous ? continued(previous.quote, seg.start, seg.end, text.slice(seg.start, seg.end)) : quoteOf(article, seg.start, seg.end, found, seg.para);
    // Given to the outlet that published the interview.
    if (interviewed && !quote.channel) Object.assign(quote, publisher ? { channel: publisher.text, channelSpan: { start: publisher.start, end: publisher.end }, channelKind: 'outlet' } : { channel: 'interview', channelSpan: { start: seg.open, end: seg.open }, channelKind: 'form' });
    // The first paragraph of a quote that runs on may be credited only at its end.
    if (previous?.seg.runsOn && !previous.quote.speaker) Object.assign(previous.quote, continued(quote, previous.quote.start, previous.quote.end, previous.quote.text));
    out.push(quote);
    previous = { seg, quote };
  });
  creditShortRepeats(doc, out, paraOf);
  const all = byStart(out.concat(unmarked(article, segs), answers(article, segs, turns)));
  return byStart(all.concat(repeats(doc, all)));
}

/** Quotes in the order of their starts, sorted only when out of it: mostly they are in order already (3 MB of sorting's copies per BBC pass). */
function byStart(quotes: Quote[]): Quote[] {
  for (let i = 1; i < quotes.length; i++) if (quotes[i - 1].start > quotes[i].start) return quotes.sort((a, b) => a.start - b.start);
  return quotes;
}

/**
 * A quote's speaker, channel and day given to other words [start, end): written out, not spread
 * (`{ ...quote, start, end, text }`), so that every quote has one shape.
 */
function continued(q: Quote, start: number, end: number, text: string): Quote {
  return { start, end, text, speaker: q.speaker, cue: q.cue, channel: q.channel, channelSpan: q.channelSpan, channelKind: q.channelKind, channelForm: q.channelForm, day: q.day, date: q.date };
}

/** A live blog's entry opens with its time: "14:32", "2.45pm", "09:05 GMT –". */
const TIMESTAMP = /^[\s\u00a0]*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?(?:\s*$|\s*[:–—|-]?\s)/i;

/** Whether a paragraph after `from`, up to `to`, opens a new live-blog entry. */
function newEntry(doc: Structure, from: number, to: number): boolean {
  for (let p = from + 1; p <= to; p++) if (TIMESTAMP.test(doc.text.slice(doc.paragraphs[p].start, doc.paragraphs[p].start + 24))) return true;
  return false;
}

/** A quote's words, lower case, one space apart, without an ellipsis at either end. */
const plainWords = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * A headline, standfirst or pull quote quotes words that the body credits ("'I keep the keys': …" and
 * later "“… I keep the keys,” said Ana Ruiz"): the same statement, so the same speaker. Only quotes
 * nothing credited, of three words or more, in short paragraphs.
 */
function creditShortRepeats(doc: Structure, quotes: Quote[], paraOf: (at: number) => number): void {
  // Each quote's plain words made once, when first compared: made for every pair of quotes, they were 2% of quote finding.
  const plain: (string | undefined)[] = [];
  const plainOf = (i: number): string => (plain[i] ??= plainWords(quotes[i].text));
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || words(doc.text, q.start, q.end, 3) < 3) continue;
    const p = doc.paragraphs[paraOf(q.start)];
    if (!p || p.end - p.start > SHORT) continue;
    const own = plainOf(i);
    const source = quotes.find((b, j) => b !== q && b.speaker && b.speaker.kind !== 'unknown' && plainOf(j).includes(own));
    if (source) Object.assign(q, { speaker: source.speaker, cue: null, channel: source.channel, channelSpan: source.channelSpan, channelKind: source.channelKind, channelForm: source.channelForm, day: source.day, date: source.date });
  }
}

/**
 * A quote that is a whole sentence standing alone: after a sentence's end, a capital after the mark, a
 * full stop before the closing one, no words after it in its sentence; not a title ("Meet the Press."
 * of 'he said on "Meet the Press."' was 12 of 18 wrong quotes on PolNeAR).
 */
function sentenceQuote(text: string, seg: Segment): boolean {
  const quoted = text.slice(seg.start, seg.end);
  return (
    /^\p{Lu}/u.test(quoted) &&
    /[.!?]$/.test(quoted) &&
    /[.!?]["”’']*\s+$/.test(text.slice(Math.max(0, seg.open - 6), markStart(text, seg.open))) &&
    /^.?\s*(?:$|\n|["“‘\p{Lu}])/u.test(text.slice(seg.close + 1, seg.close + 4)) &&
    !isTitle(quoted.slice(0, -1))
  );
}

/** Title Case words with no sentence punctuation at the end: "The Lord of the Rings". */
function isTitle(quoted: string): boolean {
  return /^[\p{Lu}\d]/u.test(quoted) && !/[.!?,]$/.test(quoted) && quoted.split(/\s+/).every((w) => /^(?:\p{Lu}|\d|(?:of|the|a|an|and|in|on|for|to)$)/u.test(w));
}

const WORD = /[0-9A-Za-z\u00c0-\u024f\u0370-\u1fff]+(?:['’][A-Za-z\u00c0-\u024f\u0370-\u1fff]+)?/g;
const WORD_AT = new RegExp(WORD.source, 'y');
const OPENING = 4;
/** Openings looked for, so that a text of thousands of quotes stays linear. */
const MAX_OPENINGS = 64;
/** Headlines, standfirsts and captions are short paragraphs. */
const SHORT = 300;

/**
 * Headlines, standfirsts and captions repeat quoted words without marks ("Farouk condemned the
 * international community's inability to enforce resolutions [Getty]"): the same statement, so
 * the same speaker. A repeat starts with a quote's first words and has at least three long ones.
 */
function repeats(doc: Structure, found: Quote[]): Quote[] {
  const out: Quote[] = [];
  // Built at the first short paragraph outside quotes, not for every article (many have none).
  let openings: [string, Quote][] | null = null;
  for (const p of doc.paragraphs) {
    if (p.end - p.start > SHORT || inside(found, p.start, p.end)) continue;
    openings ??= openingsOf(found);
    if (!openings.length) break;
    const text = doc.text.slice(p.start, p.end);
    const lower = text.toLowerCase();
    if (lower.length !== text.length) continue;
    for (const [key, quote] of openings) {
      for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
        if (at > 0 && isWord(lower[at - 1])) continue;
        const words: string[] = [];
        WORD.lastIndex = 0;
        for (let w = WORD.exec(quote.text); w && w.index < 400; w = WORD.exec(quote.text)) words.push(w[0].toLowerCase());
        // Follow the quote's words as long as the text repeats them; names alone make no quote.
        let end = at;
        let n = 0;
        let plain = 0;
        for (let pos = at; n < words.length; n++) {
          WORD_AT.lastIndex = pos;
          const w = WORD_AT.exec(lower);
          if (!w || w[0] !== words[n]) break;
          end = pos + w[0].length;
          if (w[0].length >= 4 && text[pos] === lower[pos]) plain++;
          for (pos = end; pos < lower.length && pos - end < 20 && !isWord(lower[pos]); ) pos++;
        }
        if (n < OPENING || plain < 2 || inside(doc.boilerplate, p.start + at, p.start + end)) continue;
        out.push(continued(quote, p.start + at, p.start + end, text.slice(at, end)));
      }
    }
  }
  return out;
}

/** The quotes by their first three words, lower case, the first quote for each: a list, read for every short paragraph without an iterator's garbage. */
function openingsOf(found: Quote[]): [string, Quote][] {
  const openings = new Map<string, Quote>();
  for (let i = 0; i < found.length && i < MAX_OPENINGS; i++) {
    const quote = found[i];
    const opening = quote.text.slice(0, 60).toLowerCase();
    // Its first three words, with no array or test of the joined key (per BBC pass 5 ms of 8 in repeats() were building keys).
    WORD.lastIndex = 0;
    const first = WORD.exec(opening);
    const second = first && WORD.exec(opening);
    const third = second && WORD.exec(opening);
    if (!third) continue;
    const key = `${first[0]} ${second[0]} ${third[0]}`;
    if (!openings.has(key)) openings.set(key, quote);
  }
  return [...openings];
}

/**
 * The statement of sentence k that names the channel of someone's statement ("Farouk said in a statement
 * on Twitter that …", "Ferro refused to discuss the deal at the club's press conference on Friday, but
 * …"): the speaker credited by a cue, else the sentence's subject. Read only for the sentences before a
 * quote with a speaker and no channel of its own, and once each: reading every sentence's channel and
 * speaker up front cost 85 ms per BBC pass, a quarter of quote finding, for statements most quotes never ask for.
 */
function statementsIn(doc: Structure, layer: EntityLayer, attributor: Attributor, channels: ChannelContext, segs: Segment[], paraOf: (at: number) => number): (k: number) => Statement | null {
  const found: (Statement | null | undefined)[] = [];
  return (k) => {
    let st = found[k];
    if (st === undefined) {
      const s = doc.sentences[k];
      const channel = channelIn(channels, s.start, s.end);
      st = channel && !inside(segs, channel.span.start, channel.span.end) ? { channel, day: dayIn(doc.text, s.start, s.end), para: paraOf(s.start), maker: makerOf(s, layer, attributor, segs) } : null;
      found[k] = st;
    }
    return st;
  };
}

/** Who makes the statement of sentence s: the speaker credited by a cue, else the sentence's subject; found once, when first asked. */
function makerOf(s: Span, layer: EntityLayer, attributor: Attributor, segs: Segment[]): () => Maker | null {
  let maker: Maker | null | undefined;
  return () => {
    if (maker === undefined) {
      const cue = attributor.cues(s.start, s.end).find((c) => !inside(segs, c.index, c.index + c.cue.length));
      const speaker = cue ? attributor.subject(Math.max(s.start, cue.index - WINDOW), cue.index) : attributor.sentenceSubject(s.start, s.end);
      const made = speaker ? attributor.speaker(speaker) : null;
      const who = made ? whoMade(made) : null;
      maker = made && who ? { who, institution: institutional(made, layer), local: made.local } : null;
    }
    return maker;
  };
}

/** A colon before a capital, tried where indexOf finds a colon. */
const COLON = /:[ \t\u00a0]*(?=[A-Z\u00c0-\u00de])/y;

/** Quotation without marks after "said:" or "declared:", to the end of the paragraph (at most UNMARKED long). */
function unmarked(a: Article, segs: Segment[]): Quote[] {
  const out: Quote[] = [];
  const { text } = a.doc;
  // Colons before a capital are few; the cue before each is checked only there. Colons are found by
  // indexOf, and the pattern tried only at each: its own scan of every text cost 3 ms per BBC pass.
  let next = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', next)) {
    COLON.lastIndex = at;
    const m = COLON.exec(text);
    next = at + (m ? m[0].length : 1);
    if (!m) continue;
    const cue = /\b(said|declared|added|stated|wrote|announced|stressed|insisted|warned|explained)$/.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (!cue) continue;
    const verb = m.index - cue[1].length;
    const para = a.paraOf(verb);
    const p = a.doc.paragraphs[para];
    const start = m.index + m[0].length;
    if (!p || start >= p.end) continue;
    const bounded = Math.min(p.end, start + UNMARKED);
    const end = trim(text, { start, end: bounded < p.end ? sentenceEnd(text, Math.max(start, bounded - 300), bounded) : bounded }).end;
    if (words(text, start, end, 4) < 4 || /["“”„«»]/.test(text.slice(start, end)) || inside(segs, start, end) || inside(a.doc.boilerplate, start, end)) continue;
    const from = Math.max(a.attributor.sentenceStart(verb), verb - WINDOW);
    out.push(quoteOf(a, start, end, { speaker: a.attributor.subject(from, verb), cue: cue[1], from, to: verb }, para));
    next = end;
  }
  return out;
}

/** The turns of the one answering in an interview or broadcast transcript, credited to the person their label names. */
function answers(a: Article, segs: Segment[], turns: readonly Turn[]): Quote[] {
  const out: Quote[] = [];
  for (const t of turns) {
    if (!t.answering || words(a.doc.text, t.start, t.end, 4) < 4 || inside(segs, t.start, t.end) || inside(a.doc.boilerplate, t.start, t.end)) continue;
    const local = t.label.text === 'A' ? interviewee(a, turns) : personNamed(a, t.label.text);
    // A one-word label no one is named by ("RESIDENT", "VOTER") is an unnamed source.
    const unnamed = local === null && !/\s/.test(t.label.text) && t.label.text !== 'A';
    const speaker: Speaker = unnamed
      ? { start: t.label.start, end: t.label.end, text: t.label.text, kind: 'anonymous', local: null, source: t.label.text.toLowerCase() }
      : { start: t.label.start, end: t.label.end, text: t.label.text, kind: local === null ? 'unknown' : 'entity', local };
    out.push({ start: t.start, end: t.end, text: a.doc.text.slice(t.start, t.end), speaker, cue: null, channel: null, channelSpan: null, channelKind: null, channelForm: null, day: null, date: null });
  }
  return out;
}

/**
 * The one interviewed, when a cue in an asking turn of a transcript has "you" for its subject
 * ("You told the Gazette, "…"", "Q: You said in May that "…""): the person the answering turns'
 * labels name, the one answering most.
 */
function addressed(a: Article, turns: readonly Turn[], credited: Credit, open: number): Candidate | null {
  const turn = turns[upperBound(turns.map((t) => t.start), open) - 1];
  if (!turn || turn.answering || open > turn.end) return null;
  const head = a.doc.text.slice(Math.max(turn.start, credited.from), open);
  const at = new RegExp(`\\b[Yy]ou\\s+(?:\\p{Ll}+\\s+)?${credited.cue}\\b`, 'u').exec(head);
  if (!at) return null;
  const counts = new Map<number, number>();
  for (const t of turns) {
    if (!t.answering) continue;
    const local = t.label.text === 'A' ? interviewee(a, turns) : personNamed(a, t.label.text);
    if (local !== null) counts.set(local, (counts.get(local) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [local, n] of counts) if (best === null || n > counts.get(best)!) best = local;
  const start = Math.max(turn.start, credited.from) + at.index;
  return best === null ? null : { start, end: start + 3, text: head.slice(at.index, at.index + 3), local: best, kind: 'mention', place: false, possessive: false };
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The person a transcript label names ("KARIM HADDAD", "HALE"): by full name, else by surname. */
function personNamed(a: Article, label: string): number | null {
  const want = fold(label).split(/\s+/);
  const people = a.layer.entities.map((e, i) => ({ e, i })).filter(({ e }) => e.type === 'person');
  const full = people.find(({ e }) => fold(e.name) === want.join(' '));
  if (full) return full.i;
  const last = want[want.length - 1];
  return people.find(({ e }) => fold(e.name).split(/\s+/).pop() === last && !e.partial)?.i ?? null;
}

/** Whom "A:" answers for: the person the article names most who has no turns of their own as an asker. */
function interviewee(a: Article, turns: readonly { label: { text: string } }[]): number | null {
  const labelled = new Set(turns.map((t) => fold(t.label.text).split(/\s+/).pop()));
  let best: number | null = null;
  a.layer.entities.forEach((e, i) => {
    if (e.type !== 'person' || labelled.has(fold(e.name).split(/\s+/).pop())) return;
    if (best === null || e.mentions.length > a.layer.entities[best].mentions.length) best = i;
  });
  return best;
}

