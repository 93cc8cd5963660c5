// Where a statement was made, compared across articles. A statement has one venue: a platform
// (Facebook, Telegram), an outlet that interviewed the speaker ("Kanal 24"), or an occasion
// ("press conference", "speech"). Forms ("statement", "letter", "video message") say what it was,
// not where, and fit any venue ("a statement on Facebook"). Two venues disagree when they cannot
// both be true: two platforms, or a platform and anything else. Two outlets can (a
// politician gives one line to several; "told MPs" and "told the Labour Party" were 5 of 21 false
// alarms on 2,225 BBC articles), and so can an outlet at an occasion (a reporter of that outlet at
// the press conference). A written reply (a letter, an email) and a spoken occasion cannot both be
// where one statement was made, nor an interview and an occasion in person (a press conference, a speech).

/** Platforms: a statement posted on one is not also "on" another. */
const PLATFORMS = new Set(['facebook', 'twitter', 'telegram', 'youtube', 'instagram', 'tiktok', 'whatsapp', 'vk', 'truth social', 'linkedin', 'threads', 'bluesky', 'snapchat', 'weibo']);
/** Occasions that are venues; "press" and "news" conferences are one. */
const OCCASIONS: [RegExp, string][] = [
  [/\b(?:press|news|joint press|media) (?:conference|briefing)\b|\bbriefing\b/, 'press conference'],
  [/\b(?:speech|address|televised address|rally)\b/, 'speech'],
  [/\bpodcast\b/, 'podcast'],
  [/\b(?:earnings|conference|investor|analyst|shareholder) call\b/, 'call'],
  [/\bhearing\b/, 'hearing'],
  [/^parliament$/, 'parliament'],
  [/^interview$/, 'interview'],
];
/** Occasions a speaker attends in person. */
const IN_PERSON = new Set(['press conference', 'speech', 'hearing', 'parliament']);
/** Forms: what a statement was, wherever it was made. */
const FORMS = /\b(?:statement|message|letter|post|posting|blog|release|communiqu[eé]|comments?|remarks|video|tweet|thread|note|op-ed|article|column)\b/;

/**
 * Forms that are written to someone, not said: a letter to staff is not also words on a call. A
 * statement or a note to clients may be read out at a press conference, and a letter posted on a platform.
 */
const WRITTEN = /^(?:letter|email|e-mail|memo|written (?:reply|answer|response))$/;

/**
 * A venue; `interview` when an outlet is named as the one that interviewed the speaker ("in an interview
 * with Kanal 24"); `phone` when it was by telephone ("told the Gazette in a telephone interview").
 */
export type Venue = { kind: 'platform' | 'outlet' | 'occasion' | 'written'; name: string; interview?: true; phone?: true } | null;

const PHONE = /\btelephone\b/;

/**
 * The venue a channel names (with its form, "interview" of "an interview with Kanal 24"), or null for a
 * form that fits any venue, or nothing; a telephone interview (the channel or the form beside an outlet)
 * is an occasion of its own, not in person.
 */
export function venueOf(channel: string | null, form: string | null = null): Venue {
  if (!channel) return null;
  const v = placeOf(channel, form);
  if (!PHONE.test(channel) && !(form && PHONE.test(form))) return v;
  return v ? { ...v, phone: true } : { kind: 'occasion', name: 'telephone interview', phone: true };
}

function placeOf(channel: string, form: string | null): Venue {
  const c = channel.toLowerCase().replace(/^x$/, 'twitter');
  if (PLATFORMS.has(c)) return { kind: 'platform', name: c };
  // Occasions are written in lower case by the quote finder; outlets keep their names' capitals.
  if (channel === c) {
    for (const [re, name] of OCCASIONS) if (re.test(c)) return { kind: 'occasion', name };
    return WRITTEN.test(c) ? { kind: 'written', name: c } : null;
  }
  if (FORMS.test(c) && !/\p{Lu}{2,}|\d/u.test(channel)) return null;
  const interview = !!form?.endsWith('interview') || /^an? interview with/.test(c);
  return { kind: 'outlet', name: c.replace(/^(?:the|an? interview with(?: the)?)\s+/, ''), ...(interview && { interview: true as const }) };
}

/** "associated press" → "ap": an outlet and its abbreviation are one. */
const initials = (name: string): string => (/\s/.test(name) ? name.split(/[\s-]+/).map((w) => w[0]).join('') : '');

/** Two venues that cannot both be where one statement was made. */
export function venuesDisagree(a: Venue, b: Venue): boolean {
  if (!a || !b || a.name === b.name || initials(a.name) === b.name || initials(b.name) === a.name) return false;
  // Written words and a platform: a letter or an email is often posted too.
  if (a.kind === 'written' || b.kind === 'written') return a.kind !== 'platform' && b.kind !== 'platform' && (spoken(a) || spoken(b));
  if (a.kind === 'platform' || b.kind === 'platform') return true;
  // A telephone interview is not given in a room full of people (a press conference, a speech, a hearing),
  // nor is an interview with a named outlet ("in an exclusive interview with Kanal 24").
  if (!a.phone !== !b.phone && IN_PERSON.has((a.phone ? b : a).name)) return true;
  if ((interview(a) && IN_PERSON.has(b.name) && b.kind === 'occasion') || (interview(b) && IN_PERSON.has(a.name) && a.kind === 'occasion')) return true;
  // Two interviews, each with its own named outlet (one may be by telephone): one quote was given in one of them.
  if (a.kind === 'outlet' && b.kind === 'outlet' && (interview(a) || a.phone) && (interview(b) || b.phone)) return true;
  // Two outlets merely told, an outlet and an occasion, two occasions (a "conference call" with reporters is
  // also called a press conference: ECB+ 9-ecb), an unnamed interview and a named outlet: all may be true.
  return false;
}

const interview = (v: NonNullable<Venue>): boolean => v.interview === true || (v.kind === 'occasion' && v.name === 'interview');
/** Words said aloud: an occasion, or an interview given to an outlet ("told Kanal 24" may be a written reply). */
const spoken = (v: NonNullable<Venue>): boolean => v.kind === 'occasion' || interview(v);

/** The channel as a fact-checker reads it: "on Facebook", "at a press conference", "to Kanal 24". */
export function venuePhrase(channel: string): string {
  const v = venueOf(channel);
  if (!v || v.kind === 'written') return `in ${/^[aeiou]/i.test(channel) ? 'an' : 'a'} ${channel}`;
  if (v.kind === 'platform') return `on ${channel}`;
  if (v.kind === 'outlet') return /^(?:an? )?interview/i.test(channel) ? `in an ${channel.replace(/^an? /i, '')}` : `to ${channel}`;
  return channel === 'parliament' ? 'in parliament' : `at a ${channel}`;
}
