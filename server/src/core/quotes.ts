// Direct quotes and who said them, where and when, within one article.
//
// Quotation marks are paired in one pass over the text, paragraph by paragraph. Each quote is then
// credited from a bounded window around it, first match wins: the words right after it (“…,” she
// said / said X / according to X); the cue verbs of its own sentence before it (X said …: “…”,
// X condemned the “…”); an attribution closing its sentence; the quote it directly continues; the
// speaker of the sentence before it. Pronouns and descriptions ("the minister") resolve to people
// named before, outside quotes, the sentence's own speaker first. Channels and days come from the
// crediting words or from an earlier sentence naming the same speaker's statement. Unmarked
// quotations after "said:" and caption repeats of a quote's words are quotes too. Every scan is
// bounded (WINDOW) and candidates and cues are found once per paragraph, outside quotes, so the
// whole pass is linear in the text length whatever the input.

import { inside } from './boilerplate';
import { dayIn, resolveDay, WEEKDAYS } from './days';
import { firstAtLeast, isWhiteSpace, isWord, lastWord, lastWords, upperBound } from './text';
import type { EntityLayer, Mention, Quote, Span, Speaker, Structure } from './types';

const WINDOW = 300;
/** The longest unmarked quotation taken after "said:". */
const UNMARKED = 1500;

/** Attribution verbs, as written, lower case: "States" in "United States" and "Claims" in a title are no cues. */
const CUE_WORDS = new Set(
  ('said says say saying told tells telling added adds adding explained explains explaining insisted insists insisting condemned condemns condemning ' +
    'described describes describing declared declares declaring stressed stresses stressing warned warns warning wrote writes writing tweeted tweets ' +
    'tweeting announced announces announcing noted notes noting argued argues arguing claimed claims claiming asked asks asking replied replies replying ' +
    'stated states stating continued continues commented urged urges urging called calls calling branded brands branding recalled recalls admitted ' +
    'admits acknowledged acknowledges suggested suggests predicted predicts denied denies confirmed confirms vowed vows pledged pledges promised promises ' +
    'threatened threatens maintained maintains emphasised emphasized emphasises emphasizes underlined underlines accused accuses criticised criticized ' +
    'criticises criticizes slammed slams praised praises dismissed dismisses rejected rejects posted posts concluded concludes observed remarked responded ' +
    'responds answered demanded demands conceded concedes complained complains lamented joked alleged alleges reiterated reiterates quoted cited ' +
    'revealed reveals confessed confesses quipped retorted shouted exclaimed protested countered pleaded appealed assured cautioned ' +
    'highlighted welcomed hailed dubbed labelled labeled termed testified recounted believes believed thinks feels fears hopes reported reports').split(' '),
);
/** Words that make a gap a clause of its own rather than a title before a name. */
const VERBS = new Set('is was were are be been being has have had will would could should may might can do does did not that which who whom whose when where while because if'.split(' '));
/** Head nouns of descriptions of people: "the world indoor champion", "the 27-year-old Austrian", "the Waterford man". */
const PERSON_NOUN =
  /(?:er|or|ist|ian|president|resident|student|agent|correspondent|sergeant|lieutenant|consultant|assistant|servant|migrant|participant|defendant|man|men|woman|women|year-old|champion|coach|chief|head|boss|star|captain|leader|president|minister|secretary|official|judge|bishop|prince|princess|king|queen|father|mother|wife|husband|son|daughter|brother|sister|Briton|Scot|Frenchman|Swede|Dane|Spaniard|Pole|Turk|Kurd|Arab|Greek|Swiss)s?$/i;
/** Nor does a preposition stand in a title: "said in a statement on Facebook" names no speaker "Facebook". */
const PREPOSITIONS = new Set('in on at to with from by about after before during into over under through than as of for against among between without'.split(' '));
/** Cues that come before their speaker after a reported clause: "…, said Mr Thomas". */
const INVERTING = new Set('said says say added adds explained explains asked asks wrote writes continued recalled recalls insisted insists noted notes argued argues warned warns replied answered concluded observed remarked'.split(' '));
const PASSIVE = /\b(?:was|were|been|being|be|is|are|am)\s+$/;

interface Cue {
  index: number;
  cue: string;
}

/** Any cue as a whole word; the regex engine scans far faster than a loop over characters. */
const CUE_SOURCE = `\\b(?:${[...CUE_WORDS].join('|')}|[Aa]ccording\\s+to|attributed\\s+to|pointed\\s+out|went\\s+on)(?![\\p{L}\\p{N}])`;
const CUE = new RegExp(CUE_SOURCE, 'gu');
const CUE_AT = new RegExp(CUE_SOURCE, 'uy');

/** The cue starting at `at`, if any. */
function cueAt(text: string, at: number): Cue | null {
  CUE_AT.lastIndex = at;
  const m = isWord(text[at - 1]) ? null : CUE_AT.exec(text);
  return m ? { index: at, cue: m[0] } : null;
}

/** Cues in [from, to), in order. (exec on a slice: matchAll would copy, and so recompile, the regex.) */
function cuesIn(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const part = text.slice(from, to);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(part); m; m = CUE.exec(part)) if (!isWord(text[from + m.index - 1])) out.push({ index: from + m.index, cue: m[0] });
  return out;
}

/** Words that may stand between a subject and its verb ("Alloush also said", "X has since said"). */
const FILLER = new Set(
  'also later then earlier previously again further reportedly once recently publicly repeatedly separately since has have had was is were would will however meanwhile today yesterday on last night monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Nouns for unnamed speakers. Singular ones after "the" may point back to a named person ("the analyst"). */
const SOURCE_NOUNS = new Set(
  ('source official diplomat insider resident activist observer analyst expert aide officer medic doctor commander negotiator minister envoy ' +
    'ambassador president leader chief adviser advisor representative member fighter lawyer researcher judge prosecutor economist strategist ' +
    'correspondent editor director executive chairman chairwoman secretary governor mayor senator witness')
    .split(' ')
    .flatMap((w) => [w, `${w}s`])
    .concat('witnesses spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople person people'.split(' ')),
);
/** Source nouns that are a named person's title more often than an unnamed source's. */
const TITLE_NOUNS = new Set('minister president leader chief envoy ambassador chairman chairwoman secretary governor mayor senator judge prosecutor director executive commander negotiator'.split(' '));
const DETERMINERS = new Set('a an the one two three several some many other another'.split(' '));
/** Modifiers of an unnamed source ("a senior Western diplomat") are no function words or verbs. */
const STOP = new Set([...'and or but that which who whom of to in on at for with by from as is was were are has have had be been not he she it they we i than his her its their'.split(' '), ...CUE_WORDS]);
/** What may follow a source noun: "close to the negotiations", "in Damascus". */
const COMPLEMENT = /\s+(?:close to|familiar with|with knowledge of|in|at|from|for|of|within|inside|on)\s+(?:the\s+)?[\p{L}.-]+(?:\s+[\p{L}.-]+){0,2}/uy;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them']);
/** Nouns that head organisation names and stand alone for them: "the Ministry", "the committee". */
const ORG_HEADS = new Set(
  ('ministry committee council commission agency army department government party company group court union organisation organization office observatory ' +
    'foundation institute university association federation authority board bank network service coalition alliance movement front police parliament ' +
    'embassy magazine newspaper paper firm website report study survey charity club team watchdog regulator broadcaster station statement communique').split(' '),
);
const OBJECTS = new Set(['him', 'her', 'them']);
const PARTICLES = new Set(['de', 'di', 'du', 'da', 'al', 'el', 'van', 'von', 'bin', 'ibn']);
/** The words compute() looks at: capitalised ones, pronouns and source nouns; the regex engine skips the rest. */
const CANDIDATE_WORD = new RegExp(
  `(?<![0-9A-Za-z\\u00c0-\\u024f'’-])(?:[A-Z\\u00c0-\\u00de][0-9A-Za-z\\u00c0-\\u024f]*(?:[-'’][0-9A-Za-z\\u00c0-\\u024f]+)*|(?:${[...PRONOUNS, ...SOURCE_NOUNS, ...ORG_HEADS].sort((a, b) => b.length - a.length).join('|')})(?![0-9A-Za-z\\u00c0-\\u024f]))`,
  'g',
);

/** Common first names, for the gender of people the text gives no title or pronoun for. */
const FEMALE = new Set(
  ('mary anne ann anna elizabeth sarah jane susan margaret patricia jennifer linda barbara karen nancy lisa helen laura emma emily claire catherine ' +
    'katherine kate theresa hillary angela nicola harriet tessa ruth julia julie caroline rachel rebecca hannah sophie lucy charlotte victoria alice ' +
    'maria marie elena olga natalia irina svetlana fatima aisha leila layla nadia yulia tatiana marine ursula christine michelle kamala diane diana ' +
    'sandra jacqui jackie sheila janet joan joanne louise amanda paula fiona gillian zara sally yvette priti liz kirsty penny carmen ana isabel isabelle ' +
    'sofia sophia ingrid greta heidi monica lorraine letitia samantha jessica amy megan olivia grace chloe zoe sue maggie annie valerie').split(' '),
);
const MALE = new Set(
  ('john james michael david robert william richard thomas charles joseph christopher daniel paul mark peter george edward tony gordon ed ian alan ' +
    'alastair andrew stephen steven kenneth ken jack nick nicholas boris vladimir sergei sergey dmitry mohammed mohammad muhammad ahmed ali hassan ' +
    'hussein omar bashar recep emmanuel francois jean pierre giuseppe carlos juan jose luis hans klaus olaf donald joe barack bill jim tom bob ben ' +
    'matthew martin simon jeremy liam frank henry harry jason kevin brian gary patrick sean keith graham neil tim timothy philip anthony kofi abdullah ' +
    'khalid faisal ibrahim mikhail viktor victor igor yuri alexei alexander maurice gerry colin hamish rod steve mike chris dan greg roger').split(' '),
);

/** Channels: a platform, an outlet, or an occasion. */
const PLATFORM_WORDS = 'Facebook|Twitter|Telegram|YouTube|Instagram|WhatsApp|TikTok|Truth Social';
const PLATFORM_AFTER_NOUN = new RegExp(
  `\\b(?:statement|post|message|video|comments?|remarks|posting|letter|address|tweet|thread)\\s+(?:posted\\s+)?(?:on|via|to)\\s+(?:(?:his|her|its|their|the)\\s+(?:official\\s+)?)?(${PLATFORM_WORDS}|X(?![\\p{L}\\p{N}-]))`,
  'iu',
);
const PLATFORM_ALONE = new RegExp(
  `\\b(?:on|via)\\s+(?:(?:his|her|its|their|the)\\s+(?:official\\s+)?)?(${PLATFORM_WORDS})\\b|\\b(?:wrote|posted|said)\\s+on\\s+(X)(?![\\p{L}\\p{N}-])|\\btweet(?:ed|s|ing)?\\b`,
  'iu',
);
/** A cheap test before the platform patterns: most windows name none. */
const PLATFORM_HINT = /facebook|twitter|telegram|youtube|instagram|whatsapp|tiktok|truth social|tweet|on X\b/i;
const OUTLET = /\b(?:in\s+an\s+interview\s+with|interview\s+with|told|speaking\s+to|(?:said|told)\s+in\s+(?:an\s+)?(?:interview|comments)\s+(?:to|with))\s+(?:the\s+)?/i;
const OCCASION = /\b(opening statement|closing statement|video (?:message|statement|address)|(?:press|news) conference|(?:press|news) briefing|televised (?:speech|address)|(?:joint |written )?statement|speech|interview|briefing)\b/i;
/** Occasions whose later quotes by the same speaker are the same statement. */
const CARRIED = /statement|message|conference|briefing|speech|address|Facebook|Twitter|Telegram|YouTube|Instagram|WhatsApp|TikTok|Truth Social/;
const CARRIED_ALL = new RegExp(CARRIED.source, 'g');

/** "the " or "The " right before `at`. */
const theBefore = (text: string, at: number): boolean =>
  at >= 4 && (text.charCodeAt(at - 4) | 32) === 116 && text.charCodeAt(at - 3) === 104 && text.charCodeAt(at - 2) === 101 && isWhiteSpace(text.charCodeAt(at - 1));
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/** The word (letters and hyphens) that ends right before the spaces before `at`, not before `min`. */
function wordBefore(text: string, at: number, min: number): { word: string; start: number } | null {
  let i = at;
  while (i > min && isSpace(text[i - 1])) i--;
  if (i === at) return null;
  const end = i;
  while (i > min && end - i < 40 && (isWord(text[i - 1]) || text[i - 1] === '-' || ((text[i - 1] === "'" || text[i - 1] === '’') && isWord(text[i - 2])))) i--;
  return i < end ? { word: text.slice(i, end), start: i } : null;
}

interface Segment extends Span {
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  para: number;
  runsOn: boolean;
}

/** A possible speaker in the text: a mention, a pronoun, "the Ministry", or an unnamed source. */
export interface Candidate extends Span {
  text: string;
  local: number | null;
  kind: 'mention' | 'pronoun' | 'source';
  place: boolean;
  possessive: boolean;
}

/** A part of a paragraph outside quotes, with its candidates and cues once looked for. */
interface Part extends Span {
  candidates?: Candidate[];
  cues?: Cue[];
}

const MARK = /["“”„«»'‘’]/g;

/** Pairs quotation marks paragraph by paragraph; apostrophes (doesn't, Syria's, Alloush') are not marks. */
function segments(doc: Structure): Segment[] {
  const { text, paragraphs } = doc;
  const starts = paragraphs.map((p) => p.start);
  const out: Segment[] = [];
  let para = -1;
  let end = -1;
  let open = -1;
  let double = true;
  let carried = -1;
  // A quote left open at a paragraph's end runs on when the next paragraph reopens it, or closes it
  // before opening anything ("…said, "I think we learned a lot.¶It was emotional.").
  const close = (): void => {
    const next = paragraphs[para + 1];
    if (open >= 0 && next) {
      const first = double && !/^["“„«'‘]/.test(text[next.start]) ? text.slice(next.start, next.end).search(/["“”„«»]/) : -1;
      const closes = first >= 0 && /[”»]|"(?![\p{L}\p{N}])/u.test(text.slice(next.start + first, next.start + first + 2)) && !isSpace(text[next.start + first - 1]);
      if (closes || /^["“„«'‘]/.test(text[next.start])) out.push({ start: open + 1, end, open, close: end, para, runsOn: true });
      if (closes) carried = para + 1;
    }
    open = -1;
  };
  MARK.lastIndex = 0;
  for (let mark = MARK.exec(text); mark; mark = MARK.exec(text)) {
    const i = mark.index;
    if (i >= end) {
      if (para >= 0) close();
      para = upperBound(starts, i) - 1;
      end = para >= 0 ? paragraphs[para].end : -1;
      if (para >= 0 && para === carried) {
        open = paragraphs[para].start - 1;
        double = true;
      }
      if (i >= end) continue;
    }
    const c = mark[0];
    const before = text[i - 1];
    const after = text[i + 1];
    if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') {
      if (open >= 0 && !double) continue;
      // A new paragraph of a quote pasted into the same line reopens it: “… first part. “Second part …”
      if (open >= 0 && isSpace(before) && /[.!?]/.test(text[i - 2]) && !isSpace(after) && (c === '"' || c === '“' || c === '„')) {
        out.push({ start: open + 1, end: i, open, close: i, para, runsOn: true });
        open = i;
        continue;
      }
      const opens = c === '“' || c === '„' || c === '«' || (c === '"' && open < 0 && (i === paragraphs[para].start || !isWord(before)) && !isSpace(after));
      if (open < 0 && opens) {
        open = i;
        double = true;
      } else if (open >= 0 && !opens) {
        out.push({ start: open + 1, end: i, open, close: i, para, runsOn: false });
        open = -1;
      } else if (opens) open = i;
    } else {
      if (isWord(before) && isWord(after)) continue;
      if (open >= 0 && double) continue;
      // Not "'90s" nor the possessive of "U.K.'s".
      const opens = c !== '’' && !isWord(before) && (isWord(after) || after === '[' || after === '(') && !/^(\d\ds|s)(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 5));
      // A later opener wins over a stray one ("'em"); single-quoted spans are short.
      if (opens) {
        open = i;
        double = false;
      } else if (open >= 0 && !isWord(after)) {
        if (i - open < 600) out.push({ start: open + 1, end: i, open, close: i, para, runsOn: false });
        open = -1;
      }
    }
  }
  if (para >= 0) close();
  return out.map((s) => trim(text, s)).filter((s) => s.end > s.start && !inside(doc.boilerplate, s.start, s.end));
}

function trim<T extends Span>(text: string, s: T): T {
  let { start, end } = s;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { ...s, start, end };
}

/** Words in [start, end), counting up to `max`. */
function words(text: string, start: number, end: number, max: number): number {
  let n = 0;
  for (let i = start; i < end && n < max; i++) if (isWord(text[i]) && !isWord(text[i - 1]) && text[i - 1] !== "'" && text[i - 1] !== '’') n++;
  return n;
}

export class Attributor {
  private readonly text: string;
  private readonly sentenceStarts: number[];
  private readonly paragraphStarts: number[];
  /**
   * Each paragraph's parts outside quotes. Candidates and cues are found once per part, in the
   * parts some window reaches, and then filtered for each window.
   */
  private readonly parts = new Map<number, Part[]>();
  private readonly genders = new Map<number, 'm' | 'f' | null>();
  /** The people holding each role word, by its stem, from their descriptions and titles. */
  private readonly roles = new Map<string, Set<number>>();
  private titles: string[] | undefined;
  private lastNames: Map<string, number> | undefined;
  private heads: Map<string, Mention[]> | undefined;
  private readonly resolved = new Map<string, Candidate | null>();
  /** Whom each description resolved to, for its next use. */
  private readonly descriptions = new Map<string, number>();
  /** Quoted spans: names inside quotes are not antecedents of pronouns. */
  quoted: Span[] = [];

  constructor(
    private readonly doc: Structure,
    private readonly layer: EntityLayer,
  ) {
    this.text = doc.text;
    this.sentenceStarts = doc.sentences.map((s) => s.start);
    this.paragraphStarts = doc.paragraphs.map((p) => p.start);
  }

  sentenceStart(at: number): number {
    const i = upperBound(this.sentenceStarts, at) - 1;
    return i >= 0 ? this.doc.sentences[i].start : 0;
  }

  /** Mentions inside [from, to), in text order. */
  mentions(from: number, to: number): Mention[] {
    const ms = this.layer.mentions;
    const out: Mention[] = [];
    for (let i = firstAtLeast(ms, from + 1, (m) => m.end); i < ms.length && ms[i].start < to; i++) if (ms[i].start >= from && ms[i].end <= to) out.push(ms[i]);
    return out;
  }

  /** A name used as a modifier, not as the head of its phrase: "the Geneva peace process", "the Assad regime". */
  private modifier(m: Mention): boolean {
    if (!theBefore(this.text, m.start)) return false;
    const next = /^\s+([a-z]+)/.exec(this.text.slice(m.end, m.end + 20));
    return !!next && !VERBS.has(next[1]) && !FILLER.has(next[1]) && !CUE_WORDS.has(next[1]);
  }

  /** Cues in [from, to), found once per part of a paragraph. */
  cues(from: number, to: number): Cue[] {
    const p = upperBound(this.paragraphStarts, from) - 1;
    const para = this.doc.paragraphs[p];
    if (!para || para.end < to) return cuesIn(this.text, from, to);
    const out: Cue[] = [];
    for (const g of this.partsOf(p, from, to)) {
      const all = (g.cues ??= cuesIn(this.text, g.start, g.end));
      for (let i = firstAtLeast(all, from, (c) => c.index); i < all.length && all[i].index + all[i].cue.length <= to; i++) out.push(all[i]);
    }
    return out;
  }

  /** The parts of paragraph `p` outside quotes that [from, to) reaches. */
  private partsOf(p: number, from: number, to: number): Part[] {
    let parts = this.parts.get(p);
    if (!parts) this.parts.set(p, (parts = this.outsideQuotes(this.doc.paragraphs[p])));
    const out: Part[] = [];
    for (let i = firstAtLeast(parts, from + 1, (g) => g.end); i < parts.length && parts[i].start < to; i++) out.push(parts[i]);
    return out;
  }

  /** The parts of a paragraph outside quotes: no cue and no speaker is looked for inside a quote. */
  private outsideQuotes(para: Span): Span[] {
    const out: Span[] = [];
    let at = para.start;
    for (let i = firstAtLeast(this.quoted, para.start + 1, (q) => q.end); i < this.quoted.length && this.quoted[i].start < para.end; i++) {
      if (this.quoted[i].start > at) out.push({ start: at, end: this.quoted[i].start });
      at = Math.max(at, this.quoted[i].end);
    }
    if (at < para.end) out.push({ start: at, end: para.end });
    return out;
  }

  /** Possible speakers in [from, to), in text order; an unnamed-source phrase swallows the names inside it. */
  candidates(from: number, to: number, objects = false): Candidate[] {
    const p = upperBound(this.paragraphStarts, from) - 1;
    const para = this.doc.paragraphs[p];
    const out: Candidate[] = [];
    const take = (all: Candidate[]): void => {
      for (let i = firstAtLeast(all, from, (c) => c.start); i < all.length && all[i].start < to; i++) {
        const c = all[i];
        if (c.end <= to && (objects || c.kind !== 'pronoun' || !OBJECTS.has(c.text.toLowerCase()))) out.push(c);
      }
    };
    if (para && para.end >= to) for (const g of this.partsOf(p, from, to)) take((g.candidates ??= this.compute(g.start, g.end)));
    else take(this.compute(from, to));
    return out;
  }

  private compute(from: number, to: number): Candidate[] {
    const { text } = this;
    const out: Candidate[] = [];
    const possessive = (end: number): boolean => (text[end] === "'" || text[end] === '’') && !isWord(text[end + 1] === 's' ? text[end + 2] : text[end + 1]);
    for (const m of this.mentions(from, to)) {
      if (m.type === 'other') continue;
      // A bare surname the linker could not place belongs to the full name that ends with it.
      const local = this.layer.entities[m.local].partial ? (this.surnames().get(m.text.toLowerCase()) ?? m.local) : m.local;
      out.push({ start: m.start, end: m.end, text: m.text, local, kind: 'mention', place: m.type === 'place', possessive: possessive(m.end) || this.modifier(m) });
    }
    // Mentions come first in `out`, in text order, and words too: one pointer finds the mention under a word.
    const mentions = out.slice();
    let dropped: Set<Candidate> | null = null;
    let k = 0;
    const taken = (start: number, end: number): Candidate | null => {
      while (k < mentions.length && mentions[k].end <= start) k++;
      return k < mentions.length && mentions[k].start < end ? mentions[k] : null;
    };
    // On a slice: on the whole text, each search would run on past `to` to the next such word.
    const part = text.slice(from, to);
    CANDIDATE_WORD.lastIndex = 0;
    for (let m = CANDIDATE_WORD.exec(part); m; m = CANDIDATE_WORD.exec(part)) {
      const word = m[0];
      const start = from + m.index;
      const end = start + word.length;
      const c = word.charCodeAt(0);
      const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
      const lower = upper ? word.toLowerCase() : word;
      if (PRONOUNS.has(lower)) out.push({ start, end, text: word, local: null, kind: 'pronoun', place: false, possessive: false });
      else if (SOURCE_NOUNS.has(lower)) {
        // A noun inside a name ("the Scottish Executive") is the name's.
        if (!taken(start, end)) this.source(out, from, to, start, end);
      }
      else if ((upper || ORG_HEADS.has(lower)) && start - from >= 4 && theBefore(text, start) && !isWord(text[start - 5])) {
        // "the Ministry", whether or not the recogniser took it for a name of its own; "the committee" of no name.
        const the = start - 4;
        const local = this.organisationWith(lower[0].toUpperCase() + lower.slice(1), start);
        const under = taken(start, end);
        if ((local === null && (under || !ORG_HEADS.has(lower))) || (under && under.end !== end)) continue;
        if (under) (dropped ??= new Set()).add(under);
        out.push({ start: the, end, text: text.slice(the, end), local, kind: local === null ? 'source' : 'mention', place: false, possessive: possessive(end) });
      } else if (upper && !taken(start, end)) {
        // A surname the recogniser missed ("weeks.De Mistura also …") still names the person.
        const local = this.surnames().get(lower);
        if (local === undefined) continue;
        const before = wordBefore(text, start, from);
        const first = before && PARTICLES.has(before.word.toLowerCase()) ? before.start : start;
        out.push({ start: first, end, text: text.slice(first, end), local, kind: 'mention', place: false, possessive: possessive(end) });
      }
    }
    // In text order; a phrase swallows what lies inside it ("a source close to Alloush").
    let reached = -1;
    return out
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((c) => {
        if (dropped?.has(c) || c.start < reached) return false;
        reached = c.end;
        return true;
      });
  }

  /** An unnamed source around the noun at [start, end): back over up to three modifiers to a determiner, on over a complement. */
  private source(out: Candidate[], from: number, to: number, start: number, end: number): void {
    const { text } = this;
    let determiner = '';
    for (let n = 0; n <= 3; n++) {
      const w = wordBefore(text, start, from);
      if (!w) break;
      const lower = w.word.toLowerCase();
      // "Mr Blair's official spokesman": the owner determines the phrase, back to the owner's name.
      const owned = /['’]s?$/.test(lower);
      const owner = owned ? this.mentions(w.start, w.start + w.word.length).pop() : undefined;
      if (DETERMINERS.has(lower) || owned) {
        determiner = DETERMINERS.has(lower) ? lower : 'owner';
        start = owner && owner.end >= w.start + w.word.length - 2 ? owner.start : w.start;
        break;
      }
      if (n === 3 || STOP.has(lower)) break;
      // A name is one modifier however long: "a Department for Education and Skills spokeswoman".
      start = this.mentions(Math.max(from, w.start - 80), w.start + w.word.length).find((m) => m.start <= w.start && m.end >= w.start + w.word.length)?.start ?? w.start;
    }
    const written = lastWord(text.slice(start, end));
    const noun = written.toLowerCase();
    const plural = /s$|people/.test(noun);
    if (!determiner && !plural) return;
    COMPLEMENT.lastIndex = end;
    const complement = COMPLEMENT.exec(text);
    if (complement && end + complement[0].length <= to) {
      const cue = cuesIn(complement[0], 0, complement[0].length)[0];
      end += cue ? complement[0].slice(0, cue.index).trimEnd().length : complement[0].length;
    }
    // "the minister" is someone named before, by that title or as the person just spoken of; "the spokesman"
    // only by that title; "the Scottish Executive", a name, is only a holder of that title.
    const titled = TITLE_NOUNS.has(noun) && !/^\p{Lu}/u.test(written);
    const role = determiner === 'the' && !plural ? (this.personWithRole(noun, start) ?? (titled ? this.lastPerson(start) : null)) : null;
    out.push({ start, end, text: text.slice(start, end), local: role, kind: role === null ? 'source' : 'mention', place: false, possessive: false });
  }

  /** "the Ministry": the latest organisation named before whose name has that word after its first. */
  private organisationWith(head: string, before: number): number | null {
    if (!this.heads) {
      this.heads = new Map();
      for (const m of this.layer.mentions) {
        const e = this.layer.entities[m.local];
        if (e.type !== 'organization') continue;
        for (const w of e.name.split(/[\s\u00a0]+/).slice(1)) this.heads.get(w)?.push(m) ?? this.heads.set(w, [m]);
      }
    }
    const named = this.heads.get(head) ?? [];
    const i = firstAtLeast(named, before + 1, (m) => m.end) - 1;
    return i >= 0 ? named[i].local : null;
  }

  /** Last words of the article's full names, people's over others' (the recogniser may mistype a name). */
  private surnames(): Map<string, number> {
    if (!this.lastNames) {
      const names = new Map<string, number>();
      const last = this.layer.entities.map((e) => (e.partial || e.type === 'place' ? '' : /[\s\u00a0]([^\s\u00a0]+)$/.exec(e.name)?.[1].toLowerCase()));
      for (const person of [false, true]) last.forEach((w, i) => w && (this.layer.entities[i].type === 'person') === person && names.set(w, i));
      this.lastNames = names;
    }
    return this.lastNames;
  }

  /**
   * Who a description ("the minister", "the world indoor champion") most likely is: of the people
   * named outside quotes in the three sentences before, the one the article names most, else the latest.
   */
  private lastPerson(at: number): number | null {
    const k = upperBound(this.sentenceStarts, at) - 4;
    const from = Math.max(k >= 0 ? this.sentenceStarts[k] : 0, at - 4 * WINDOW);
    let best: number | null = null;
    for (const m of this.mentions(from, at)) {
      if (m.type !== 'person' || inside(this.quoted, m.start, m.end) || /^['’]/.test(this.text[m.end] ?? '')) continue;
      if (best === null || this.layer.entities[m.local].mentions.length >= this.layer.entities[best].mentions.length) best = m.local;
    }
    return best;
  }

  /** "the analyst" → the latest person the article gave that role ("Syria analyst Charles Lister"). */
  private personWithRole(role: string, before: number): number | null {
    const stem = role.replace(/s$/, '');
    // Descriptions and the words right before a mention ("Judge Letitia Clark", "Syria analyst Charles Lister").
    this.titles ??= this.layer.entities.map((e) =>
      e.type !== 'person'
        ? ''
        : [...e.descriptions.map((d) => d.text), ...e.mentions.slice(0, 8).map((i) => lastWords(this.text, Math.max(0, this.layer.mentions[i].start - 40), this.layer.mentions[i].start, 4))].join(' ').toLowerCase(),
    );
    let holders = this.roles.get(stem);
    if (!holders) {
      const word = new RegExp(`\\b${stem}`);
      holders = new Set(this.titles.flatMap((t, local) => (word.test(t) ? [local] : [])));
      this.roles.set(stem, holders);
    }
    if (!holders.size) return null;
    const named = this.mentions(Math.max(0, before - 10 * WINDOW), before);
    for (let i = named.length - 1; i >= 0; i--) if (holders.has(named[i].local)) return named[i].local;
    return null;
  }

  /**
   * What a pronoun refers to: the nearest sentence first (its part before the pronoun, then earlier
   * sentences), and in a sentence its first name, which is mostly its subject. He/she take people
   * and unnamed sources of a compatible gender, one the text marks as such before one it does not;
   * it/they take organisations and groups (they also plural sources). Names inside quotes do not count.
   */
  private antecedent(pronoun: string, at: number, depth = 0): Candidate | null {
    const p = pronoun.toLowerCase();
    // Pronouns resolve through earlier pronouns: remember each answer, so that chains stay linear.
    const key = `${p} ${at}`;
    if (this.resolved.has(key)) return this.resolved.get(key)!;
    const found = this.resolveAntecedent(p, at, depth);
    this.resolved.set(key, found);
    return found;
  }

  private resolveAntecedent(p: string, at: number, depth: number): Candidate | null {
    // "one" stands for a description of a person ("the England coach"), of either gender.
    const person = /^(he|him|she|her|one)$/.test(p);
    const want = p === 'he' || p === 'him' ? 'm' : p === 'she' || p === 'her' ? 'f' : null;
    const plural = p === 'they' || p === 'them';
    // Lower is better: the gender the text shows, a person of unknown gender, an unnamed source, a possessive.
    const rank = (c: Candidate): number => {
      if (c.kind === 'pronoun' || c.place || inside(this.quoted, c.start, c.end)) return -1;
      const entity = c.local === null ? null : this.layer.entities[c.local];
      // An unnamed source's noun; a description ("the Bishop") has its head noun.
      const noun = c.kind === 'source' ? (c.text.toLowerCase().split(/\s+/).find((w) => SOURCE_NOUNS.has(w)) ?? /(\S+)$/.exec(c.text.toLowerCase())![1]) : '';
      if (!person) return (entity ? entity.type === 'organization' || entity.type === 'group' : plural && /s$|people/.test(noun)) ? 0 : -1;
      if (entity ? entity.type !== 'person' : !(SOURCE_NOUNS.has(noun) || PERSON_NOUN.test(noun)) || /s$|people/.test(noun)) return -1;
      const g = entity ? this.gender(c.local!) : /woman|women/.test(noun) ? 'f' : /man|men/.test(noun) ? 'm' : null;
      if (want && g !== null && g !== want) return -1;
      return c.possessive ? 3 : want && g === want ? 0 : entity ? 1 : 2;
    };
    const k = upperBound(this.sentenceStarts, at) - 1;
    for (let j = k; j >= 0 && j > k - 6; j--) {
      const s = this.doc.sentences[j];
      const from = Math.max(s.start, at - 2 * WINDOW * (k - j + 1));
      const to = Math.min(s.end, at);
      // The sentence's own speaker is worth a rank ("Noel Dempsey said Mr Ahern had been …" → he is Dempsey).
      const credited = credit(this, this.text, from, to, this.quoted)?.speaker;
      // "He underlined the plans. He said: …": a sentence credited to a pronoun speaks of what that pronoun is.
      const said = credited?.kind === 'pronoun' && depth < 2 ? this.antecedent(credited.text, credited.start, depth + 1) : credited;
      let best: Candidate | null = null;
      let bestRank = Infinity;
      for (const c of said ? [said, ...this.candidates(from, to)] : this.candidates(from, to)) {
        const r = rank(c) - (c === said ? 1 : 0);
        if (r >= -1 && rank(c) >= 0 && r < bestRank) {
          best = c;
          bestRank = r;
        }
      }
      if (best) return best;
    }
    // Nothing near: the person the article names most, if the pronoun can be them.
    if (!person || p === 'one') return null;
    const main = this.mainPerson();
    return main !== null && (!want || this.gender(main) !== (want === 'm' ? 'f' : 'm')) ? { start: at, end: at, text: '', local: main, kind: 'mention', place: false, possessive: false } : null;
  }

  /** The person the article names most often. */
  private mainPerson(): number | null {
    let best: number | null = null;
    this.layer.entities.forEach((e, i) => {
      if (e.type === 'person' && (best === null || e.mentions.length > this.layer.entities[best].mentions.length)) best = i;
    });
    return best;
  }

  /**
   * Gender when the article shows it: titles and gendered roles count three, a common first name two,
   * a pronoun in the clause after a mention one ("Maguire families in his room" is weak, "Mrs Maguire" is not).
   */
  private gender(local: number): 'm' | 'f' | null {
    if (this.genders.has(local)) return this.genders.get(local)!;
    const first = this.layer.entities[local].name.split(/[\s\u00a0]+/)[0].toLowerCase();
    let votes = FEMALE.has(first) ? -2 : MALE.has(first) ? 2 : 0;
    for (const i of this.layer.entities[local].mentions.slice(0, 8)) {
      const m = this.layer.mentions[i];
      const before = this.text.slice(Math.max(0, m.start - 30), m.start);
      const after = this.text.slice(m.end, m.end + 120);
      const cut = after.search(/[.!?]\s|["“”]/);
      const clause = cut >= 0 ? after.slice(0, cut) : after;
      if (/\b(Mrs|Ms|Miss|Madam|Madame|Lady|Dame|Queen|Princess|spokeswoman|chairwoman|businesswoman|congresswoman)\.?\s*$/i.test(before) || /^,\s+(?:a|the)\s+[^,]*\b(woman|spokeswoman|chairwoman|mother|wife|daughter|actress)\b/i.test(clause)) votes -= 3;
      if (/\b(Mr|Sir|Lord|King|Prince|spokesman|chairman|businessman|congressman)\.?\s*$/i.test(before)) votes += 3;
      const pronoun = /^[^,]{0,60}?\b(she|her|he|his|him)\b/i.exec(clause);
      if (pronoun) votes += /^(she|her)$/i.test(pronoun[1]) ? -1 : 1;
    }
    const g = votes > 0 ? 'm' : votes < 0 ? 'f' : null;
    this.genders.set(local, g);
    return g;
  }

  /** The speaker a candidate names; a pronoun keeps its own words and takes its antecedent's identity. */
  speaker(c: Candidate): Speaker {
    const target = c.kind === 'pronoun' ? this.antecedent(c.text, c.start) : c;
    const local = target?.local ?? null;
    const kind = target?.kind === 'source' ? 'anonymous' : local === null ? 'unknown' : 'entity';
    return { start: c.start, end: c.end, text: c.text, kind, local };
  }

  /**
   * The subject of a verb at `verb` among the candidates of [from, verb): the name right before it
   * ("Alloush said"), else the first person of the clause across an apposition ("Alloush, a member
   * of Jaysh al-Islam (Army of Islam), condemned"), else its first non-place candidate.
   */
  subject(from: number, verb: number): Candidate | null {
    const cands = this.candidates(from, verb).filter((c) => !c.possessive);
    const last = cands[cands.length - 1];
    if (!last) return this.described(from, verb);
    const gap = this.text.slice(last.end, verb).trim().toLowerCase();
    // "Colin Asplin, Blackpool Hotel Association said": the person, not the body after the comma.
    const before = cands[cands.length - 2];
    if (before && last.kind === 'mention' && this.layer.entities[last.local!].type !== 'person' && this.isPerson(before) && /^,\s*$/.test(this.text.slice(before.end, last.start))) return before;
    const immediate = gap.split(/\s+/).every((w) => w === '' || FILLER.has(w));
    // "the 27-year-old Austrian said": a one-word "name" inside a description is the description's.
    const oneWord = last.kind === 'mention' && !/\s/.test(last.text) && this.layer.entities[last.local!].type !== 'organization';
    const described = oneWord && /\b[Tt]he\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u.test(this.text.slice(Math.max(from, last.start - 40), last.start));
    if (immediate && !described) return last;
    const description = this.described(from, verb);
    if (description) return description;
    if (immediate) return last;
    // "Mr MacDonell, political editor of The Scotsman, said" but "The Pentagon spokesman, John Kirby, said".
    const first = cands.find((c) => this.isPerson(c));
    if (/^,$/.test(gap) && first && first !== last && /^\s*,/.test(this.text.slice(first.end, first.end + 3))) return first;
    if (/^,$/.test(gap) && this.isPerson(last)) return last;
    return cands.find((c) => this.isPerson(c) || c.kind === 'source' || /^s?he$/i.test(c.text)) ?? cands.find((c) => !c.place) ?? null;
  }

  /**
   * "The world indoor champion said", "the 34-year-old added", "said the European champion": a
   * definite description next to the verb that names no one refers back, as a pronoun does.
   */
  private described(from: number, verb: number, after = false): Candidate | null {
    const m = after
      ? /^\s*([Tt]he\s+(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}-]*)(?=\s*[,.;:]|\s*$)/u.exec(this.text.slice(from, Math.min(verb, from + 60)))
      : /\b([Tt]he\s+(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}-]*)\s+$/u.exec(this.text.slice(Math.max(from, verb - 60), verb));
    if (!m || m[1].split(/\s+/).some((w) => VERBS.has(w.toLowerCase()) || CUE_WORDS.has(w))) return null;
    const start = after ? from + m[0].length - m[1].length : verb - m[0].length;
    // Before the verb, the description opens its clause: "The champion said", "But the 34-year-old added".
    if (!after && !/(^|[,;:]|\b(?:and|but|however|yet|so|then|while))\s*$/i.test(this.text.slice(Math.max(from, start - 20), start))) return null;
    const head = /(\S+)$/.exec(m[1])![1];
    if (!PERSON_NOUN.test(head) || ORG_HEADS.has(head.toLowerCase())) return null;
    // "the artists" are several people, none of them named.
    if (/[^s]s$/.test(head)) return { start, end: start + m[1].length, text: m[1], local: null, kind: 'source', place: false, possessive: false };
    // Who the description is: as for a pronoun, who the sentences just before speak of, else the holder of that title ("the Bishop").
    const target = this.antecedent('one', start);
    // The same description again is the same person ("the Bishop said …", "according to the Bishop").
    const key = m[1].toLowerCase().replace(/\s+/g, ' ');
    const holder = (): number | null => this.personWithRole(head.toLowerCase(), start);
    const spoken = target && !target.possessive ? target.local : null;
    const local = (TITLE_NOUNS.has(head.toLowerCase()) ? (holder() ?? spoken) : (spoken ?? holder())) ?? this.lastPerson(start) ?? this.descriptions.get(key) ?? null;
    if (local !== null) this.descriptions.set(key, local);
    return { start, end: start + m[1].length, text: m[1], local, kind: local === null ? 'source' : 'mention', place: false, possessive: false };
  }

  private isPerson(c: Candidate): boolean {
    return c.kind === 'mention' && this.layer.entities[c.local!].type === 'person';
  }

  /** Who the words at `from` (right after a quote) credit it to: ", Popov told …", ", said X", ", according to a source". */
  after(from: number, to: number): { speaker: Candidate | null; cue: string } | null {
    let at = from;
    while (at < to && (isWhiteSpace(this.text.charCodeAt(at)) || ',;:.!?–—-'.includes(this.text[at]))) at++;
    // After “… .” a capitalised word starts a sentence of its own: an attribution there is short ("Smith said.").
    // A cue followed by a colon introduces the next quote instead.
    const own = /[.!?]/.test(this.text[from - 2]) && /\p{Lu}/u.test(this.text[at] ?? '');
    const ends = /[.!?]/.test(this.text[to - 1]) || to >= this.text.length || this.text[to] === '\n' || this.text[to] === '\r';
    const short = (end: number): boolean =>
      !/^[^.!?]*:/.test(this.text.slice(end, to)) && (!own || (ends && words(this.text, end, to, 7) <= 6 && !/\b(?:that|to|not)\b|["“”]/.test(this.text.slice(end, to))));
    const cue = cueAt(this.text, at);
    if (cue) {
      const speaker = this.named(at + cue.cue.length, to);
      return speaker && short(speaker.end) ? { speaker, cue: cue.cue } : null;
    }
    // "…," the England captain said.
    const near = this.cues(at, Math.min(to, at + 60))[0];
    const opener = this.candidates(at, Math.min(to, at + 60))[0];
    const description = near && /^[Tt]he\s/.test(this.text.slice(at, at + 4)) && opener?.start !== at ? this.described(at, near.index) : null;
    if (description && near && short(near.index + near.cue.length)) return { speaker: description, cue: near.cue };
    const cands = this.candidates(at, Math.min(to, at + 200));
    if (!cands.length || !this.leadsTo(at, cands[0].start)) return null;
    const first = this.headed(cands, 0);
    const verb = this.cues(first.end, Math.min(to, first.end + 200))[0];
    if (!verb || !short(verb.index + verb.cue.length)) return null;
    const between = this.text.slice(first.end, verb.index);
    const adjacent = between.trim().split(/\s+/).every((w) => w === '' || FILLER.has(w.toLowerCase()));
    const apposition = /^\s*(,|[-–—(])/.test(between) && !/[.!?;:]\s/.test(between);
    if (!adjacent && !apposition) return null;
    const reported = this.quotedAs(verb, to);
    if (reported) return { speaker: reported, cue: verb.cue };
    // "… Alastair Campbell, Peter Mandelson has said": after a bare comma, the name right before the verb.
    const second = cands.find((c) => c.start >= first.end && c.end <= verb.index);
    if (second && this.isPerson(second) && /^\s*,\s*$/.test(this.text.slice(first.end, second.start)) && this.text.slice(second.end, verb.index).trim().split(/\s+/).every((w) => w === '' || FILLER.has(w.toLowerCase()))) return { speaker: second, cue: verb.cue };
    // "The Pentagon spokesman, John Kirby, said": the person named in the apposition.
    const person = apposition && first.kind !== 'pronoun' ? cands.find((c) => c.start >= first.end && c.end <= verb.index && this.isPerson(c)) : undefined;
    const speaker = this.isPerson(first) ? first : (person ?? first);
    return speaker.possessive ? null : { speaker, cue: verb.cue };
  }

  /**
   * Only a title or role stands between a position and a name ("Syria analyst Charles Lister",
   * "chairman and chief executive Richard Parsons"): a few words, no punctuation, verbs or cues.
   */
  private leadsTo(from: number, to: number): boolean {
    const gap = this.text.slice(from, to).trim();
    if (gap === '') return true;
    const ws = gap.split(/\s+/);
    // Abbreviated ranks keep their full stop: "Maj. Gen. Gary J. Volesky", "Spc. Lorraine Walsh".
    const bare = ws.map((w) => (/^\p{Lu}\p{Ll}{0,3}\.$/u.test(w) ? 'X' : w)).join(' ');
    return gap.length <= 80 && ws.length <= 7 && !/[,.!?;:"“”()]/.test(bare) && ws.every((w) => !VERBS.has(w.toLowerCase()) && !PREPOSITIONS.has(w) && !CUE_WORDS.has(w));
  }

  /** A name a modifier leads to: "BA chairman Martin Broughton", "Gartner's principal analyst Kobita Desai". */
  private headed(cands: Candidate[], i: number): Candidate {
    const c = cands[i];
    const next = cands[i + 1];
    return next && !this.isPerson(c) && this.isPerson(next) && !next.possessive && this.leadsTo(c.end, next.start) && next.start - c.end <= 40 ? next : c;
  }

  /** The subject of the clause after an opening phrase: the first person or unnamed source after its comma. */
  clauseSubject(from: number, to: number): Candidate | null {
    const comma = from + this.text.slice(from, Math.min(to, from + 120)).indexOf(',');
    if (comma < from) return null;
    return this.candidates(comma, to).find((c) => !c.possessive && (this.isPerson(c) || c.kind === 'source')) ?? null;
  }

  /** "Reuters quoted the minister as saying": the one quoted speaks, not the outlet. */
  quotedAs(verb: Cue, to: number): Candidate | null {
    if (verb.cue !== 'quoted') return null;
    const from = verb.index + verb.cue.length;
    const as = /\sas\s+saying\b/.exec(this.text.slice(from, Math.min(to, from + 120)));
    if (!as) return null;
    // No name: the words themselves name someone unnamed ("one trader").
    const phrase = trim(this.text, { start: from, end: from + as.index });
    const unnamed = words(this.text, phrase.start, phrase.end, 7) <= 6 && !/[,.;:"“”]/.test(this.text.slice(phrase.start, phrase.end));
    return this.named(from, from + as.index) ?? (unnamed && phrase.end > phrase.start ? { ...phrase, text: this.text.slice(phrase.start, phrase.end), local: null, kind: 'source', place: false, possessive: false } : null);
  }

  /** The speaker named right after a cue ("said Alloush", "according to a source", "according to him"). */
  named(from: number, to: number): Candidate | null {
    const cands = this.candidates(from, Math.min(to, from + 120), true);
    if (!cands.length) return this.described(from, to, true);
    if (!this.leadsTo(from, cands[0].start)) return null;
    const c = this.headed(cands, 0);
    return c.possessive || c.place ? null : c;
  }
}

const TERMINATOR = /\n|[.!?](?=\s|$)/g;

/** Where a sentence ends after `from`, within `to`: a terminator followed by space (not after "Mr" or an initial). */
function sentenceEnd(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(part); m; m = TERMINATOR.exec(part)) {
    const i = from + m.index;
    if (m[0] === '\n') return i;
    if (m[0] === '.' && /(^|\s)(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|Rev|Sen|Rep|Gov|Jr|Sr|Spc|Capt|Maj|Cpl|Pvt|Adm|Brig|Cmdr|Insp|Supt|Det|Hon|Amb|\p{Lu})$/u.test(text.slice(Math.max(from, i - 5), i))) continue;
    return i + 1;
  }
  return to;
}

interface Channel {
  channel: string;
  span: Span;
  carried: boolean;
}

/** The channel or occasion named in [from, to), platforms first, then outlets, then occasions. */
function channelIn(text: string, layer: EntityLayer, attributor: Attributor, from: number, to: number): Channel | null {
  const window = text.slice(from, to);
  const platform = PLATFORM_HINT.test(window) ? (PLATFORM_AFTER_NOUN.exec(window) ?? PLATFORM_ALONE.exec(window)) : null;
  if (platform) {
    const name = platform[1] ?? platform[2] ?? 'Twitter';
    const channel = name === 'X' ? 'Twitter' : (PLATFORM_WORDS.split('|').find((p) => p.toLowerCase() === name.toLowerCase()) ?? name);
    let end = from + platform.index + platform[0].length;
    const day = new RegExp(`^\\s+on\\s+(?:${WEEKDAYS.join('|')})\\b`).exec(text.slice(end, end + 20));
    if (day) end += day[0].length;
    const start = from + platform.index + (/^(?:on|via)\s/i.test(platform[0]) ? platform[0].length - name.length : 0);
    return { channel, span: { start, end }, carried: true };
  }
  // "Reuters quoted him as saying", "was quoted by state news agency SANA as saying".
  const quoting = window.includes('quoted') && /((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*)\s+quoted\b|\bquoted\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}((?:\p{Lu}[\p{L}\p{N}.&-]*\s*){1,4})/u.exec(window);
  if (quoting) {
    const name = (quoting[1] ?? quoting[2]).trim();
    const start = from + quoting.index + quoting[0].indexOf(name);
    return { channel: name, span: { start, end: start + name.length }, carried: false };
  }
  const outlet = /told|interview|speaking/.test(window) ? OUTLET.exec(window) : null;
  if (outlet) {
    const at = from + outlet.index + outlet[0].length;
    const m = attributor.mentions(at, Math.min(to, at + 80)).find((x) => x.start === at);
    const named = /^\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{L}+)*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&-]*|of|al|el))*/u.exec(text.slice(at, Math.min(to, at + 60)));
    // "told Gazeta.ru" is an outlet even when the recogniser takes "Gazeta" for a person; "told Smith" is not.
    const web = named && /\.\p{L}{2,}$/u.test(named[0]);
    // The outlet as the text names it when that is more than the recognised name ("BBC Radio 4").
    if (m?.type === 'organization' && !web && !(named && named[0].length > m.end - at)) return { channel: layer.entities[m.local].name, span: { start: from + outlet.index, end: m.end }, carried: false };
    if (named && (web || !m || m.type !== 'person')) return { channel: named[0], span: { start: from + outlet.index, end: at + named[0].length }, carried: false };
  }
  const occasion = /statement|message|conference|briefing|speech|address|interview/i.test(window) ? OCCASION.exec(window) : null;
  if (occasion) {
    const o = occasion[1].toLowerCase().replace(/^news /, 'press ').replace(/^(joint|written) /, '');
    return { channel: o, span: { start: from + occasion.index, end: from + occasion.index + occasion[0].length }, carried: CARRIED.test(o) };
  }
  return null;
}

interface Statement {
  local: number;
  channel: Channel;
  day: string | null;
  para: number;
}

/** Who a quote is credited to, and the words that credit it (where its channel and day are looked for). */
export interface Credit {
  speaker: Candidate | null;
  cue: string | null;
  from: number;
  to: number;
}

/** What every quote of an article is read against. */
interface Article {
  doc: Structure;
  layer: EntityLayer;
  attributor: Attributor;
  /** In text order, with where each names its channel. */
  statements: Statement[];
  statementEnds: number[];
  paraOf: (at: number) => number;
}

/** A quote of [start, end) with its speaker, and its channel and day from the crediting words or an earlier statement by the same speaker. */
function quoteOf(a: Article, start: number, end: number, credited: Credit | null, para: number): Quote {
  const { text } = a.doc;
  const speaker = credited?.speaker ? a.attributor.speaker(credited.speaker) : null;
  let channel = credited ? channelIn(text, a.layer, a.attributor, credited.from, credited.to) : null;
  let day = credited ? dayIn(text, credited.from, credited.to) : null;
  if (!channel && speaker?.local != null) {
    // The latest statement named before, by the same speaker, at most three paragraphs back, not of another day.
    for (let i = upperBound(a.statementEnds, start) - 1; i >= 0 && para - a.statements[i].para <= 3; i--) {
      if (a.statements[i].local !== speaker.local || (day && a.statements[i].day && day !== a.statements[i].day)) continue;
      channel = a.statements[i].channel;
      day ??= a.statements[i].day;
      break;
    }
  }
  return { start, end, text: text.slice(start, end), speaker, cue: credited?.cue ?? null, channel: channel?.channel ?? null, channelSpan: channel?.span ?? null, day, date: day ? resolveDay(day, a.doc.date) : null };
}

export function findQuotes(doc: Structure, layer: EntityLayer): Quote[] {
  return quotes(doc, layer);
}

function quotes(doc: Structure, layer: EntityLayer): Quote[] {
  const { text } = doc;
  const attributor = new Attributor(doc, layer);
  const segs = segments(doc);
  attributor.quoted = segs;
  const paraStarts = doc.paragraphs.map((p) => p.start);
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const paraOf = (at: number): number => upperBound(paraStarts, at) - 1;
  const statements = earlierStatements(doc, layer, attributor, segs, paraOf);
  const article: Article = { doc, layer, attributor, statements, statementEnds: statements.map((s) => s.channel.span.end), paraOf };

  const out: Quote[] = [];
  let previous: { seg: Segment; quote: Quote } | null = null;
  segs.forEach((seg, i) => {
    const prev = segs[i - 1];
    const next = segs[i + 1];
    const para = doc.paragraphs[seg.para];
    // Cues inside the quotes before and after are not this one's; a scare quote holds no cue.
    const real = (q: Segment | undefined): boolean => !!q && q.para === seg.para && words(text, q.start, q.end, 4) > 3;
    const headFrom = Math.max(attributor.sentenceStart(seg.open), real(prev) ? prev.close + 1 : para.start, seg.open - WINDOW);
    const tailTo = seg.runsOn ? seg.close : sentenceEnd(text, seg.close + 1, Math.min(para.end, seg.close + WINDOW, real(next) ? next.open : Infinity));
    const size = words(text, seg.start, seg.end, 4);
    if (!size) return;
    const tail = seg.runsOn ? null : attributor.after(seg.close + 1, tailTo);
    // Scare quotes and titles: a short phrase no cue right after it credits to anyone.
    if (size <= 3 && !tail) return;
    let found: Credit | null = tail ? { ...tail, from: seg.close + 1, to: tailTo } : credit(attributor, text, headFrom, seg.open, segs);
    // A whole sentence between two quotes ("… Guy Mansfield QC warned there was a real risk …")
    // may name the next speaker, so the second does not simply follow on from the first.
    const before = doc.sentences[upperBound(sentenceStarts, seg.open) - 2];
    const directlyAfter =
      previous !== null &&
      !(before && before.start > previous.seg.close) &&
      (previous.seg.para === seg.para ? seg.open - previous.seg.close < 200 : previous.seg.para === seg.para - 1 && seg.open <= para.start && (previous.seg.runsOn || doc.paragraphs[previous.seg.para].end - previous.seg.close < 200));
    // A quote with no cue in its sentence belongs to the speaker of the sentence before it
    // ("…, said Mr Thomas. "If in doubt …", "… Sir Digby Jones said … His message was: "…").
    // "… "sustained reform efforts" are needed, the International Monetary Fund (IMF) has said."
    if (!found?.speaker && !seg.runsOn && !/[.!?]/.test(text[seg.end - 1])) {
      const late = attributor.cues(seg.close + 1, tailTo).pop();
      const subject = late && (attributor.subject(seg.close + 1, late.index) ?? attributor.named(late.index + late.cue.length, tailTo));
      if (late && subject && /,[^,.;:!?"“”]{0,40}$/.test(text.slice(Math.max(seg.close + 1, Math.min(subject.start, late.index) - 41), Math.min(subject.start, late.index)))) found = { speaker: subject, cue: late.cue, from: seg.close + 1, to: tailTo };
    }
    if (!found?.speaker && !directlyAfter && before && paraOf(before.start) >= seg.para - 1) found = credit(attributor, text, before.start, Math.min(before.end, seg.open), segs);
    // A title in quotes ("The Lord of the Rings") that nothing credits is no quote.
    if (!found && isTitle(text.slice(seg.start, seg.end))) return;
    // Else the quote continues the last one, if that is directly before or at most three paragraphs back.
    const continues = !found?.speaker && previous?.quote.speaker && (directlyAfter || seg.para - previous.seg.para <= 3);
    const quote = continues && previous ? { ...previous.quote, start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end) } : quoteOf(article, seg.start, seg.end, found, seg.para);
    // The first paragraph of a quote that runs on may be credited only at its end.
    if (previous?.seg.runsOn && !previous.quote.speaker) Object.assign(previous.quote, { ...quote, start: previous.quote.start, end: previous.quote.end, text: previous.quote.text });
    out.push(quote);
    previous = { seg, quote };
  });
  const all = [...out, ...unmarked(article, segs)].sort((a, b) => a.start - b.start);
  return [...all, ...repeats(doc, all)].sort((a, b) => a.start - b.start);
}

/** Title Case words with no sentence punctuation at the end: "The Lord of the Rings". */
function isTitle(quoted: string): boolean {
  return /^[\p{Lu}\d]/u.test(quoted) && !/[.!?,]$/.test(quoted) && quoted.split(/\s+/).every((w) => /^(\p{Lu}|\d|of|the|a|an|and|in|on|for|to)/u.test(w));
}

const WORD = /[0-9A-Za-z\u00c0-\u024f\u0370-\u1fff]+(?:['’][A-Za-z\u00c0-\u024f\u0370-\u1fff]+)?/g;
const WORD_AT = new RegExp(WORD.source, 'y');
const OPENING = 4;
/** Openings looked for, so that a text of thousands of quotes stays linear. */
const MAX_OPENINGS = 64;
/** Headlines, standfirsts and captions are short paragraphs. */
const SHORT = 300;

/**
 * Headlines, standfirsts and captions repeat quoted words without marks ("Alloush condemned the
 * international community's inability to enforce resolutions [Getty]"): the same statement, so
 * the same speaker. A repeat starts with a quote's first words and has at least three long ones.
 */
function repeats(doc: Structure, found: Quote[]): Quote[] {
  const out: Quote[] = [];
  const openings = new Map<string, Quote>();
  for (const quote of found.slice(0, MAX_OPENINGS)) {
    const opening = quote.text.slice(0, 60).toLowerCase();
    WORD.lastIndex = 0;
    const key = [WORD.exec(opening), WORD.exec(opening), WORD.exec(opening)].map((w) => w?.[0] ?? '').join(' ');
    if (!/^\S+ \S+ \S+$/.test(key) || openings.has(key)) continue;
    openings.set(key, quote);
  }
  for (const p of doc.paragraphs) {
    if (!openings.size || p.end - p.start > SHORT || inside(found, p.start, p.end)) continue;
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
        out.push({ ...quote, start: p.start + at, end: p.start + end, text: text.slice(at, end) });
      }
    }
  }
  return out;
}

/** The last cue in [from, open) with a subject (a quote's head, a figure's sentence); else, before "…: “", the sentence subject. */
export function credit(attributor: Attributor, text: string, from: number, open: number, quoted: readonly Span[] = []): Credit | null {
  // Not a passive ("she was told"), whose subject is no speaker.
  const cues = attributor.cues(from, open).filter((c) => !inside(quoted, c.index, c.index + c.cue.length) && !PASSIVE.test(text.slice(Math.max(from, c.index - 8), c.index)));
  for (let k = cues.length - 1; k >= 0; k--) {
    const { index, cue } = cues[k];
    // "according to X" and "…, said Mr Thomas" name the speaker after the cue; else it is the cue's subject.
    const after = (): Candidate | null => attributor.quotedAs(cues[k], open) ?? attributor.named(index + cue.length, open);
    const inverted = /^(according|attributed)\s+to$/i.test(cue) || cue === 'quoted' || (INVERTING.has(cue) && /,\s*$/.test(text.slice(Math.max(from, index - 3), index)));
    // "Writing in the Guardian, Mr Brown …": an opening participle's subject follows its phrase.
    const opening = /ing$/.test(cue) && !/\S/.test(text.slice(attributor.sentenceStart(index), index)) ? attributor.clauseSubject(index, open) : null;
    const speaker = opening ?? (inverted ? (after() ?? attributor.subject(from, index)) : (attributor.subject(from, index) ?? after()));
    if (speaker) return { speaker, cue, from, to: open };
  }
  if (/:\s*$/.test(text.slice(Math.max(from, open - 10), open))) {
    const cands = attributor.candidates(from, open).filter((c) => !c.possessive && !c.place);
    const speaker = cands.find((c) => c.kind === 'mention' && attributor.sentenceStart(c.start) === attributor.sentenceStart(open)) ?? null;
    if (speaker) return { speaker, cue: null, from, to: open };
  }
  return null;
}

/** Sentences that name the channel of someone's statement ("Alloush said in a statement on Twitter that …"). */
function earlierStatements(doc: Structure, layer: EntityLayer, attributor: Attributor, segs: Segment[], paraOf: (at: number) => number): Statement[] {
  const out: Statement[] = [];
  const starts = doc.sentences.map((s) => s.start);
  let last = -1;
  CARRIED_ALL.lastIndex = 0;
  for (let m = CARRIED_ALL.exec(doc.text); m; m = CARRIED_ALL.exec(doc.text)) {
    const k = upperBound(starts, m.index) - 1;
    const s = doc.sentences[k];
    if (k === last || !s || m.index >= s.end) continue;
    last = k;
    const channel = channelIn(doc.text, layer, attributor, s.start, s.end);
    if (!channel?.carried || inside(segs, channel.span.start, channel.span.end)) continue;
    const cue = attributor.cues(s.start, s.end).find((c) => !inside(segs, c.index, c.index + c.cue.length));
    if (!cue) continue;
    const speaker = attributor.subject(Math.max(s.start, cue.index - WINDOW), cue.index);
    const local = speaker ? attributor.speaker(speaker).local : null;
    if (local !== null) out.push({ local, channel, day: dayIn(doc.text, s.start, s.end), para: paraOf(s.start) });
  }
  return out;
}

/** Quotation without marks after "said:" or "declared:", to the end of the paragraph (at most UNMARKED long). */
function unmarked(a: Article, segs: Segment[]): Quote[] {
  const out: Quote[] = [];
  const { text } = a.doc;
  // Colons before a capital are few; the cue before each is checked only there.
  const colon = /:[ \t\u00a0]*(?=[A-Z\u00c0-\u00de])/g;
  for (let m = colon.exec(text); m; m = colon.exec(text)) {
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
    colon.lastIndex = end;
  }
  return out;
}
