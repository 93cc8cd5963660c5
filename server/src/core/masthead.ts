// What the page says of itself: the publishing organisation's name on the first line of a page
// copied from the web, above the headline ("MINISTRY OF HEALTH", "FK DYNAMO VELDIN | Official
// website", "VARNIA TODAY"), and the dateline's place and agency.

import { readDateline } from './metadata';
import type { NamedSpan, Span, Structure } from './types';

/** A first line that only takes a reader past the menu. */
const SKIP = /^skip to (?:main )?content$/i;

/**
 * The masthead: the first line when it comes before the headline, cut at its first separator, of at
 * most six words, each capitalised, a number or a joining word ("of", "and").
 */
export function masthead(doc: Pick<Structure, 'text' | 'headline'>): (Span & { text: string }) | null {
  if (!doc.headline) return null;
  const { text } = doc;
  let start = 0;
  for (let skipped = 0; ; skipped++) {
    while (start < text.length && /\s/.test(text[start])) start++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (skipped || !SKIP.test(text.slice(start, end).trim())) break;
    start = end;
  }
  if (start >= doc.headline.start) return null;
  const line = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
  // "NAME | tagline", "NAME — tagline", "NAME - English edition"
  const name = line.split(/\s[|·—–-]\s|\s\|/)[0].trim();
  const words = name.split(/\s+/);
  return name && words.length <= 6 && words.every((w) => /^(?:\p{Lu}|\d|of|and|for|the|de|&)/u.test(w)) && !/[.!?:]$/.test(name) ? { start, end: start + name.length, text: name } : null;
}

/**
 * Names the page itself states, with their types: the masthead (the publisher, an organisation) and
 * a dateline's place and agency ("PORT ELSA, Sept 12 (Northwire) -"), from the first paragraphs.
 */
export function pageNames(doc: Pick<Structure, 'text' | 'headline' | 'paragraphs'>): NamedSpan[] {
  const out: NamedSpan[] = [];
  // One name per place on the page: a first line may read as both masthead and dateline.
  const add = (span: NamedSpan): void => {
    if (!out.some((o) => span.start < o.end && o.start < span.end)) out.push(span);
  };
  const top = masthead(doc);
  if (top) add({ start: top.start, end: top.end, type: 'organization' });
  for (const p of doc.paragraphs.slice(0, 6)) {
    if (p.start === 0) continue;
    const dl = readDateline(doc.text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!dl) continue;
    add({ start: p.start + dl.place[0], end: p.start + dl.place[1], type: 'place' });
    if (dl.outlet) add({ start: p.start + dl.outlet[0], end: p.start + dl.outlet[1], type: 'organization' });
    break;
  }
  return out;
}
