// Web page furniture that survives copy-and-paste into an article: comment forms, share buttons,
// newsletter and donation banners, reading-time labels, photo credits. Nothing in it is news, so
// no entity, quote or claim is taken from it ("Facebook" in a comment form is not a channel).

import { isWhiteSpace } from './text';
import type { Span } from './types';

/** Whole lines that are page furniture. Anchored and free of nested quantifiers, so linear. */
const LINE_PATTERNS: RegExp[] = [
  /^(share|share this( article| story)?|share on \w+|tweet|email|e-mail|print|whatsapp|pinterest|linkedin|reddit|facebook|twitter|telegram|messenger|copy link)[:.!]?$/i,
  /^(like this|like loading\.*|related|related articles?|read more|more on this story|advertisement|sponsored|comments?|show comments|top stories|most read|follow us[^]{0,40})[:.]?$/i,
  /^\d+\s*(min|mins|minute|minutes)( read)?$/i,
  /^(join|subscribe to|sign up (for|to)) (the|our) [^]{0,80}(mailing list|newsletter|updates)[.!]?$/i,
  /^(fill in your details below|you are commenting using your|connecting to %s|notify me of (new|follow-up)|this site uses akismet|log\s+out|change\s*\)|(facebook|twitter|google|wordpress\.com) (photo|picture|account))/i,
  /(make a (charitable )?donation|donate now|support (our|independent) journalism|become a (member|patron|supporter))/i,
  /^(copyright|©|all rights reserved)/i,
  /^(photo|image|picture|credit)s?:\s?[^]{0,80}$/i,
  /^(click here|sign in|log in|register)\b[^]{0,60}$/i,
];

/** All of them as one pattern: one test per line. They share the flags and have no backreferences. */
const LINE_PATTERN = new RegExp(LINE_PATTERNS.map((re) => `(?:${re.source})`).join('|'), 'i');

/** Lines after which everything is the page's comment section. */
const TAIL_START = /^(leave a (reply|comment)|post a comment|\d+ (comments|responses)|comments are closed)/i;

/** Photo credits at the end of a caption: "[Getty]", "(AFP)", "[Reuters/Omar Sanadiki]". */
const CREDIT = /[[(](getty( images)?|afp|reuters|ap|epa|anadolu|anadolu agency|aa|shutterstock|file photo|archive)(\/[^\])\n]{1,40})?[\])]\s*$/i;

export function findBoilerplate(text: string, lines: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    // Furniture lines are short; body paragraphs are only checked for a trailing photo credit.
    if (end - start <= 240) {
      // Spaces are made single only where they are not: a replace matches at every space.
      const raw = text.slice(start, end);
      const line = (/[^\S ]|\s\s/.test(raw) ? raw.replace(/[\u00a0\s]+/g, ' ') : raw).trim();
      if (TAIL_START.test(line)) {
        out.push({ start, end: text.length });
        break;
      }
      if (LINE_PATTERN.test(line)) {
        out.push({ start, end });
        continue;
      }
    }
    const tail = Math.max(start, end - 80);
    const credit = text.charCodeAt(end - 1) === 93 || text.charCodeAt(end - 1) === 41 || isWhiteSpace(text.charCodeAt(end - 1)) ? CREDIT.exec(text.slice(tail, end)) : null;
    if (credit) out.push({ start: tail + credit.index, end });
  }
  return out;
}

/** The span among the sorted, disjoint `spans` that overlaps [start, end), if any. */
function overlapping(spans: readonly Span[], start: number, end: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else if (spans[mid].start >= end) hi = mid - 1;
    else return spans[mid];
  }
  return null;
}

/** Does [start, end) touch any of the sorted, disjoint spans? */
export const inside = (spans: readonly Span[], start: number, end: number): boolean => overlapping(spans, start, end) !== null;

/** Is [start, end) wholly inside one of the sorted, disjoint spans? */
export function covered(spans: readonly Span[], start: number, end: number): boolean {
  const s = overlapping(spans, start, start + 1);
  return s !== null && s.start <= start && s.end >= end;
}
