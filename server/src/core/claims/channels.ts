// Where a statement was made: the channel named in the words that credit a quote.
//
// An open vocabulary: a platform ("on Facebook", "on his Telegram channel", "posted on Weibo"), an
// outlet ("in an interview with Kanal 24", "told the BBC", "Reuters quoted him"), a venue ("at a
// press conference", "on an earnings call", "at a rally") or a form ("in a statement", "in a letter",
// "in a blog post"). A form and a place can both be true of one statement ("a statement on Facebook":
// the place Facebook, the form statement); two different places for one statement disagree.

import type { ChannelKind, Mention, Span } from '../types';
import { WEEKDAYS } from '../days';
import { isWhiteSpace, upperBound } from '../text';
import { AUDIENCES, FORMS, OUTLET_WORDS, PLATFORMS, VENUES } from './vocabulary';

export interface Channel {
  /** The place when one is named (platform, outlet, venue), else the form. */
  channel: string;
  kind: ChannelKind;
  /** The form when a place is named too ("statement" of "a statement on Facebook"). */
  form: string | null;
  span: Span;
  /**
   * Whether quotes by the same speaker paragraphs later are still this statement (a statement, a post, a
   * press conference); an interview or an outlet's report reaches only the paragraph right after it.
   */
  carried: boolean;
}

/** What the channel finder needs of the article: its recognised mentions. */
export interface ChannelContext {
  text: string;
  mentions: (from: number, to: number) => Mention[];
  nameOf: (m: Mention) => string;
  /** channelHints(text). */
  hints: Hints;
  /** The outlet the article names itself by (its masthead), for "told us", "told this newspaper". */
  publisher: string | null;
}

const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const PLATFORM_NAMES = alternation(PLATFORMS);
/** A platform by name: "on Facebook", "via Telegram", "posted to his Instagram", "on X". */
const PLATFORM = new RegExp(`\\b(?:on|via|to)\\s+(?:(?:his|her|its|their|the|an?)\\s+)?(?:[\\p{L}-]+['’]s?\\s+)?(?:official\\s+)?(${PLATFORM_NAMES}|X(?![\\p{L}\\p{N}-]))(?![\\p{L}\\p{N}])`, 'iu');
/** A platform's post, named before it: "wrote in a LinkedIn post", "said in a Facebook video". */
const PLATFORM_POST = new RegExp(`\\bin\\s+an?\\s+(?:new\\s+|short\\s+|lengthy\\s+)?(${PLATFORM_NAMES})\\s+(?:post|video|message|statement|update|livestream|thread|story)\\b`, 'iu');
/** Any platform by its account's shape: "on his Weibo account", "on the party's VKontakte page". */
const ACCOUNT = /\b(?:on|via)\s+(?:(?:his|her|its|their|the)\s+|[\p{Lu}][\p{L}'’]*\s+)?(?:official\s+)?(\p{Lu}[\p{L}\p{N}]+)\s+(?:account|page|channel|feed|profile|story|stories)\b/u;
const WEEKDAY_AFTER = new RegExp(`^\\s+on\\s+(?:${WEEKDAYS.join('|')})\\b`);
const TWEET = /\btweet(?:ed|s|ing)?\b/i;
/** An outlet: "in an interview with X", "told X", "speaking to X", "X quoted him", "writing in X". */
const OUTLET = /\b(?:in\s+an?\s+(?:[\p{Ll}-]+\s+)?interview\s+(?:with|for|on|to)|interview\s+(?:with|for)|told|tells|telling|(?:speaking|spoke|talking|talked)\s+to|(?:said|told)\s+in\s+(?:an\s+)?(?:interview|comments)\s+(?:to|with)|writing\s+in|wrote\s+in|appearing\s+on|on\s+(?=\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*['’]s\s+(?:show|programme|program|podcast)))\s+(?:(?:the|his|her|its|their|an?)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+(?=\p{Lu})|the\s+)?/iu;
/** A broadcaster named after "on": "said on Kestrel Radio", "speaking on BBC Radio 4", "on Radio Kestrel" (not "on TV"). */
const ON_AIR = new RegExp(String.raw`\bon\s+(?!(?:${WEEKDAYS.join('|')})\b)((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,3}(?:Radio|TV|Television|FM)(?:\s+\p{N}+)?|(?:Radio|Television)\s+\p{Lu}[\p{L}\p{N}-]*)(?![\p{L}\p{N}])`, 'u');
/** A name as an outlet writes it: "BBC Radio 4", "Kanal 24", "Gazeta.ru", "The New York Times". */
/** Whom a speaker told, when it is the article's own outlet. */
const OURSELVES = /^(?:us|me|(?:this|our)\s+(?:newspaper|paper|station|programme|program|channel|website|site|reporter|correspondent|newsroom|radio|magazine))(?![\p{L}\p{N}])/u;
const NAMED = /^\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{L}+)*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&-]*|of|al|el))*/u;
/** An appearance before a body: "appearing before parliament's health committee", "testified to a Senate panel". */
const HEARING = /\b(?:appear(?:ed|ing|s)?|testif(?:y|ied|ying|ies))\s+(?:before|to)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:committee|subcommittee|panel|inquiry|hearing)\b/iu;
/**
 * Words told to lawmakers, with no hearing named: "told lawmakers", "told the committee" (a hearing),
 * "told MPs", "told peers", "told parliament" (a sitting of parliament). Before outlets: "told the House" names none.
 */
/** A word of a committee's name: "the Senate Finance Committee", "parliament's health committee", "a parliamentary inquiry". */
const COMMITTEE_WORD = `(?:\\p{Lu}[\\p{L}'’-]*|\\p{Ll}+['’]s|\\p{Ll}+(?:ary|al)|health|finance|transport|defen[cs]e|foreign|select|public|home|justice|energy|education|environment|oversight|ethics|intelligence|budget|appropriations|treasury|affairs|armed|services|welfare|housing|economy|trade|house|senate)`;
const LAWMAKERS = new RegExp(String.raw`\b(?:told|tells|telling|address(?:ed|es|ing)?)\s+(?:(?:the|a)\s+)?(?:fellow\s+)?(?:(lawmakers|legislators|senators|congressmen|congresswomen|(?:${COMMITTEE_WORD}\s+){0,3}?(?:[Cc]ommittee|[Ss]ubcommittee|[Ii]nquiry))|(MPs|peers|members\s+of\s+parliament|[Pp]arliament|the\s+(?:House|Commons|Lords|Senate|Assembly|[Pp]arliament)))\b`, 'u');
const VENUE = new RegExp(`\\b(${alternation(VENUES)})(?![\\p{L}\\p{N}])`, 'iu');
/** An outlet's word in a name: "Harbour Radio", "Kestrel FM", "the Lowland Gazette". */
const OUTLET_NAME = new RegExp(`(?:^|\\s)(?:${alternation(OUTLET_WORDS)})(?![\\p{L}\\p{N}])`, 'u');
/**
 * Speech in person to an audience: "told cheering supporters", "told a crowd of 2,000", "addressing
 * party activists at a hotel", "in a victory speech" (the form). Checked only where an audience word is.
 */
const AUDIENCE_WORD = new RegExp(`\\b(?:${alternation(AUDIENCES)})\\b`, 'i');
const AUDIENCE = new RegExp(
  `\\b(?:told|tells|telling|address(?:ed|es|ing)?|speaking\\s+to)\\s+(?:(?:a|the|his|her|their|its)\\s+)?(?:(?:large|small|packed|cheering|jubilant|flag-waving|chanting|party|local|loyal|fellow|young|crowd\\s+of|gathering\\s+of|[\\d,]+)\\s+){0,3}(?:${alternation(AUDIENCES)})\\b`,
  'iu',
);
const FORM = new RegExp(`\\b((?:opening|closing|joint|written|brief|short|long|separate|video|televised|open|emailed|signed|recorded|telephone|phone)\\s+)?(${alternation(FORMS)})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * Words that OUTLET, VENUE and FORM cannot match without (with the same flags): tested first, since
 * a plain search for them is three times faster than the patterns' failing scans and most windows
 * hold none (on the BBC articles' windows 37 ms of the three patterns became 19 ms).
 */
const OUTLET_WORD = /interview|told|tell|speaking|spoke|talk|comments|writing|wrote|appearing|show|program|podcast/iu;
/** What PLATFORM cannot match without (on the windows with a hint: 10 ms of PLATFORM became 6 ms per BBC pass). */
const PLATFORM_WORD = new RegExp(`${PLATFORM_NAMES}|\\sX(?![\\p{L}\\p{N}-])`, 'iu');
const VENUE_WORD = new RegExp(alternation(VENUES), 'iu');
const FORM_WORD = new RegExp(alternation(FORMS), 'iu');
/** The hint words HINT finds after a word boundary, as patterns: "[Tt]" takes either case of the first letter. */
const HINT_WORDS: readonly string[] = [
  '[Tt]weet', '[Tt]old', '[Tt]ell(?:s|ing)\\b', '[Ii]nterview', '[Ss]peaking', '[Ss]poke\\s+to\\b', '[Tt]alk(?:ed|ing)\\s+to\\b', '[Ww]rit', '[Ww]rote', 'quoted',
  '[Aa]ppear', 'show\\b', 'program', 'account\\b', 'page\\b', 'channel\\b', 'conference', 'briefing', 'call\\b', 'called\\s+(?:me|us)\\b', 'rally', 'town hall',
  'podcast', 'webinar', 'livestream', 'phone\\b', 'phoned\\s+(?:me|us)\\b', 'telephone\\b', 'debate', '[Ss]tatement', 'letter', 'post\\b', 'release\\b',
  'message\\b', 'address', 'communiqu', 'newsletter', 'testimony', 'editorial', 'column', '[Ee]-?mail\\b', 'speech', 'op-ed', 'essay', 'memo\\b', 'video',
  'note to', '[Cc]lient note', '[Rr]esearch note', '[Tt]estif', 'hearing', 'Radio', 'TV', 'Television', 'FM',
];

/**
 * Alternatives grouped by their first letter ("T(?:weet|old|…)|t(?:weet|…)|…"), a leading "[Tt]" read as
 * either letter, each group in the alternatives' order, so the same matches: the regex engine then tries
 * one group where a word starts, not every alternative (HINT over the BBC articles: 30 → 23 ms a pass).
 */
function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const close = a[0] === '[' ? a.indexOf(']') : 0;
    const firsts = close ? a.slice(1, close) : a[0];
    for (const f of firsts) groups.get(f)?.push(a.slice(close + 1)) ?? groups.set(f, [a.slice(close + 1)]);
  }
  return [...groups].map(([f, rests]) => (rests.length === 1 ? f + rests[0] : `${f}(?:${rests.join('|')})`)).join('|');
}

/**
 * Words that may hold a channel, found in one case-sensitive pass over the article: most sentences
 * and windows hold none, and a case-insensitive test of every pattern on each cost more than all of
 * quote finding (measured on the BBC articles: 1.1 s of 2.4 s). Words the patterns take only whole are
 * hints only whole: "called", "shows", "posted", "released" held no channel but were the only hint of
 * a fifth of the BBC windows with one (5,729 windows with a hint per pass, now 4,526; same output);
 * "called me", "phoned us" are hints of a form (by telephone). "tells", "telling" are
 * hints as "told" is ("the finance minister telling parliament: …", found now).
 */
const HINT = new RegExp(`(?:${PLATFORM_NAMES})|\\b[Oo]n X\\b|\\b(?:${byFirstLetter(HINT_WORDS)})`, 'g');

/**
 * Which patterns a hint may belong to, so that a window runs only those its hints call for (hintKind):
 * a form, a venue, an outlet's words or a platform's name written with no hint of its own (a capital
 * "Speech" or "Video" of a name, hinted only by a "told" beside it) is not looked for. Of the 5,700
 * BBC windows with a hint, channelIn took 33 ms per pass and takes 24-27 ms; the BBC quotes changed
 * in 4 articles, each a form read out of a name before ("Centre for Vision, Speech and Signal
 * Processing", "the Video Relay Service", "Top 20 Video Countdown") and none or an outlet now.
 */
const PLATFORM_HINT = 1;
const ACCOUNT_HINT = 16;
const TWEET_HINT = 32;
const OUTLET_HINT = 2;
const VENUE_HINT = 4;
const FORM_HINT = 8;
/** The patterns each hint word can start, by the word as HINT matches it, lower case. */
const HINT_KINDS = new Map<string, number>([
  ...[...PLATFORMS, 'on X'].map((p): [string, number] => [p.toLowerCase(), PLATFORM_HINT]),
  ['tweet', TWEET_HINT],
  ...['account', 'page', 'channel'].map((w): [string, number] => [w, ACCOUNT_HINT]),
  ...['told', 'tells', 'telling', 'speaking', 'spoke to', 'talked to', 'talking to', 'wrote', 'quoted', 'program', 'radio', 'tv', 'television', 'fm'].map((w): [string, number] => [w, OUTLET_HINT]),
  ...['interview', 'writ'].map((w): [string, number] => [w, OUTLET_HINT | FORM_HINT]),
  ...['appear', 'show', 'podcast'].map((w): [string, number] => [w, OUTLET_HINT | VENUE_HINT]),
  ...['conference', 'briefing', 'rally', 'town hall', 'webinar', 'livestream', 'debate', 'hearing', 'testif'].map((w): [string, number] => [w, VENUE_HINT]),
  // "a call with analysts" (a venue), "called me" (by telephone)
  ['call', VENUE_HINT | FORM_HINT],
  ...['phone', 'telephone'].map((w): [string, number] => [w, VENUE_HINT | FORM_HINT]),
]);
/** A hint's patterns: a word HINT_KINDS lacks names a form ("statement", "letter", "email", "client note"). */
const hintKind = (word: string): number => HINT_KINDS.get(word.toLowerCase()) ?? FORM_HINT;

/** Where the article's text has a word that may hold a channel, in order, found as far as asked (hintIn). */
export interface Hints {
  text: string;
  at: number[];
  /** Which patterns each hint may belong to (hintKind). */
  kinds: number[];
  /** Where the search goes on: the end of the last hint found (-1: the text is searched to its end). */
  next: number;
}

/**
 * The article's hints, searched for only as far as some window asks, in the same one pass over the
 * text: windows reach about two thirds of the BBC articles' text and none in one article of six
 * (HINT over whole texts was 21 ms per BBC pass, 8% of quote finding; 7 ms are saved).
 */
export function channelHints(text: string): Hints {
  return { text, at: [], kinds: [], next: 0 };
}

/** The patterns the hints starting in [from, to) may belong to (0: none starts there). */
function hintIn(h: Hints, from: number, to: number): number {
  while (h.next >= 0 && (!h.at.length || h.at[h.at.length - 1] < to)) {
    HINT.lastIndex = h.next;
    const m = HINT.exec(h.text);
    if (m) {
      h.at.push(m.index);
      h.kinds.push(hintKind(m[0]));
    }
    h.next = m ? m.index + m[0].length : -1;
  }
  let kinds = 0;
  for (let i = upperBound(h.at, from - 1); i < h.at.length && h.at[i] < to; i++) kinds |= h.kinds[i];
  return kinds;
}

/** The channel named in [from, to): a place (platform, outlet, venue) with the form given beside it, or a form alone. */
export function channelIn(ctx: ChannelContext, from: number, to: number): Channel | null {
  const kinds = hintIn(ctx.hints, from, to);
  if (!kinds) return null;
  const window = ctx.text.slice(from, to);
  const form = kinds & FORM_HINT ? formIn(window, from) : null;
  const place = platformIn(ctx.text, window, from, kinds) ?? lawmakersIn(window, from) ?? outletIn(ctx, window, from, to, kinds) ?? venueIn(window, from, kinds);
  if (!place) return form && { channel: form.name, kind: 'form', form: null, span: form.span, carried: !isInterview(form.name) };
  // "told the court in his opening statement": an addressee that names no outlet gives way to the form
  // (not to the telephone: "told Kestrel FM by telephone" is a telephone interview with it).
  if (place.addressee && form && !isInterview(form.name) && form.name !== 'telephone') return { channel: form.name, kind: 'form', form: null, span: form.span, carried: true };
  // "a statement on Twitter": the span takes the form written right before the place.
  const joined = form && form.span.start < place.span.start && place.span.start - form.span.end <= 30;
  const span = joined ? { start: form.span.start, end: place.span.end } : place.span;
  // An interview or an outlet's report is one occasion: a later quote is another statement unless right after it.
  return { channel: place.name, kind: place.kind, form: form?.name ?? null, span, carried: place.kind !== 'outlet' && !isInterview(form?.name) };
}

/** An interview, by telephone or not: one occasion, told to whoever asked. */
const isInterview = (form: string | undefined): boolean => !!form && form.endsWith('interview');

interface Found {
  name: string;
  kind: ChannelKind;
  span: Span;
  /** Named only as whom a speaker "told": maybe an outlet, maybe a court or a crowd. */
  addressee?: boolean;
}

/**
 * Whether an x follows white space: PLATFORM_WORD finds X there ("via X", "to X", which no hint names).
 * Found by indexOf: /\sx/i tried at every character of the windows cost as much as PLATFORM_WORD.
 */
function xAfterSpace(window: string): boolean {
  for (const x of ['x', 'X']) for (let at = window.indexOf(x, 1); at > 0; at = window.indexOf(x, at + 1)) if (isWhiteSpace(window.charCodeAt(at - 1))) return true;
  return false;
}

function platformIn(text: string, window: string, from: number, kinds: number): Found | null {
  // PLATFORM_WORD only rules windows out cheaply; where a hint named a platform it would pass, so it is not asked (22 ms per BBC pass).
  const named = kinds & PLATFORM_HINT || (xAfterSpace(window) && PLATFORM_WORD.test(window)) ? (PLATFORM.exec(window) ?? PLATFORM_POST.exec(window)) : null;
  if (named) {
    const written = named[1];
    const name = written === 'X' ? 'Twitter' : (PLATFORMS.find((p) => p.toLowerCase() === written.toLowerCase().replace(/\s+/g, ' ')) ?? written);
    const start = from + named.index + named[0].lastIndexOf(written);
    // The span takes the day written right after the platform: "on Facebook on Thursday".
    const day = WEEKDAY_AFTER.exec(text.slice(start + written.length, start + written.length + 20));
    return { name, kind: 'platform', span: { start, end: start + written.length + (day ? day[0].length : 0) } };
  }
  const account = kinds & ACCOUNT_HINT ? ACCOUNT.exec(window) : null;
  if (account) {
    const start = from + account.index + account[0].indexOf(account[1]);
    return { name: account[1], kind: 'platform', span: { start, end: from + account.index + account[0].length } };
  }
  const tweet = kinds & TWEET_HINT ? TWEET.exec(window) : null;
  return tweet ? { name: 'Twitter', kind: 'platform', span: { start: from + tweet.index, end: from + tweet.index + tweet[0].length } } : null;
}

function outletIn(ctx: ChannelContext, window: string, from: number, to: number, kinds: number): Found | null {
  // "Reuters quoted him as saying", "was quoted by state news agency SANA as saying".
  const quoting = window.includes('quoted') && /((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*)\s+quoted\b|\bquoted\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}((?:\p{Lu}[\p{L}\p{N}.&-]*\s*){1,4})/u.exec(window);
  if (quoting) {
    const name = (quoting[1] ?? quoting[2]).trim();
    const start = from + quoting.index + quoting[0].indexOf(name);
    return { name, kind: 'outlet', span: { start, end: start + name.length } };
  }
  const outlet = kinds & OUTLET_HINT && OUTLET_WORD.test(window) ? OUTLET.exec(window) : null;
  if (!outlet) {
    const air = window.includes('on ') && /Radio|TV|Television|FM/.test(window) ? ON_AIR.exec(window) : null;
    if (!air) return null;
    const start = from + air.index + air[0].indexOf(air[1]);
    return { name: air[1], kind: 'outlet', span: { start, end: start + air[1].length } };
  }
  const addressee = /^(?:told|tells|telling)\b/i.test(outlet[0]);
  // An interview is given "for", "on" or "to" an outlet, whatever the recogniser takes its name for.
  const interview = /interview\s+(?:for|on|to)\s/i.test(outlet[0]);
  const at = from + outlet.index + namedAfter(outlet[0]);
  const m = ctx.mentions(at, Math.min(to, at + 80)).find((x) => x.start === at);
  const span = (end: number): Span => ({ start: from + outlet.index, end });
  // "told us", "told this newspaper", "told our correspondent": the article's own outlet, when its page names it.
  if (addressee && ctx.publisher && OURSELVES.test(ctx.text.slice(at, Math.min(to, at + 40)))) return { name: ctx.publisher, kind: 'outlet', span: span(at), addressee };
  const named = NAMED.exec(ctx.text.slice(at, Math.min(to, at + 60)));
  // "told Gazeta.ru" is an outlet even when the recogniser takes "Gazeta" for a person; "told Smith" is not.
  const web = !!named && /\.\p{L}{2,}$/u.test(named[0]);
  // The outlet as the text names it when that is more than the recognised name ("BBC Radio 4").
  if (m?.type === 'organization' && !web && !(named && named[0].length > m.end - at)) return { name: ctx.nameOf(m), kind: 'outlet', span: span(m.end), addressee };
  // "told Harbour Radio": a name with an outlet's word is the outlet even when the recogniser took it for a person.
  if (named && (web || interview || !m || m.type !== 'person' || OUTLET_NAME.test(named[0]))) return { name: named[0].replace(/['’]s$/, ''), kind: 'outlet', span: span(at + named[0].length), addressee };
  return null;
}

/**
 * Where the outlet's name starts in an OUTLET match: after it, or, when the match took "the …," for a
 * description of the outlet ("told the state broadcaster, RTZ 1"), right after "the" if a capital
 * follows it: "Speaking to the Kelvale Herald, Ana Kold said" names the Kelvale Herald.
 */
function namedAfter(matched: string): number {
  if (!/,\s+$/.test(matched)) return matched.length;
  let det = -1;
  for (let m = DETERMINER.exec(matched); m; m = DETERMINER.exec(matched)) det = m.index + m[0].length;
  const c = det < 0 ? 0 : matched.charCodeAt(det);
  return det >= 0 && c !== matched.toLowerCase().charCodeAt(det) ? det : matched.length;
}
const DETERMINER = /\b(?:the|his|her|its|their|an?)\s+/giu;

/** A hearing by its committee's remit when written in lower case: "parliament's health committee" → "health committee hearing". */
function hearingName(words: string): string {
  const remit = /(?:^|\s)(\p{Ll}+)\s+(?:sub)?committee$/u.exec(words);
  return remit && !/^(?:the|a|an|his|her|its|their|select|fellow|same|parliamentary|congressional)$/.test(remit[1]) && !/['’]s$/.test(remit[1]) ? `${remit[1]} committee hearing` : 'committee hearing';
}

/**
 * What LAWMAKERS cannot match without (its own case): most windows with "told" name an outlet or no one,
 * and the committee words' lazy repetition after each "told" cost more than this test.
 */
const LAWMAKERS_WORD = /lawmakers|legislators|senators|congress|ommittee|nquiry|MPs|peers|members|arliament|House|Commons|Lords|Senate|Assembly/;

function lawmakersIn(window: string, from: number): Found | null {
  const l = (window.includes('told') || window.includes('tell') || window.includes('ddress')) && LAWMAKERS_WORD.test(window) ? LAWMAKERS.exec(window) : null;
  return l && { name: l[1] ? hearingName(l[1]) : 'parliament', kind: 'venue', span: { start: from + l.index, end: from + l.index + l[0].length } };
}

function venueIn(window: string, from: number, kinds: number): Found | null {
  const h = /ppear|testif/i.test(window) ? HEARING.exec(window) : null;
  if (h) return { name: hearingName(h[0]), kind: 'venue', span: { start: from + h.index, end: from + h.index + h[0].length } };
  const v = kinds & VENUE_HINT && VENUE_WORD.test(window) ? VENUE.exec(window) : null;
  if (!v) {
    // A speech in person: whom it was told gives way to a form named beside it ("told supporters in an email").
    const a = AUDIENCE_WORD.test(window) ? AUDIENCE.exec(window) : null;
    return a && { name: 'speech', kind: 'venue', span: { start: from + a.index, end: from + a.index + a[0].length }, addressee: true };
  }
  const name = v[1].toLowerCase().replace(/\s+/g, ' ').replace(/^news (conference|briefing)$/, 'press $1').replace(/^call with (\w+)s$/, '$1 call');
  return { name, kind: 'venue', span: { start: from + v.index, end: from + v.index + v[0].length } };
}

function formIn(window: string, from: number): { name: string; span: Span } | null {
  const f = FORM_WORD.test(window) ? FORM.exec(window) : null;
  if (!f) return null;
  const name = `${f[1] ? f[1].toLowerCase().replace(/^(joint|written|brief|short|long|separate|emailed|signed|recorded) /, '').replace(/^phone/, 'telephone') : ''}${f[2].toLowerCase().replace(/\s+/g, ' ').replace(/^(?:(?:by|over the) (?:tele)?phone|(?:called|phoned) (?:me|us))$/, 'telephone')}`;
  return { name, span: { start: from + f.index, end: from + f.index + f[0].length } };
}
