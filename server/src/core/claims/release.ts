// An organisation's own press release or statement: its quotes are made in that statement, whoever
// it quotes, unless a sentence names another channel ("said in an interview with …").

import type { Span, Structure } from '../types';

/** A heading that says what the document is: "PRESS RELEASE", "Media statement", "For immediate release". */
const HEADING = /\b(?:press|media|news)\s+(?:release|statement)\b|\bfor\s+immediate\s+release\b|^\s*statement\s*$/i;
/** How many of the first lines may hold it: the organisation's name, a logo's words, then the heading. */
const TOP_LINES = 5;
/** A heading is short and no sentence. */
const MAX_HEADING = 100;

/** The heading line that makes the document a press release or statement, or null. */
export function releaseHeading(doc: Structure): Span | null {
  const { text } = doc;
  let start = 0;
  for (let n = 0; n < TOP_LINES && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) {
      n++;
      if (line.length <= MAX_HEADING && !/[.!?]$/.test(line) && HEADING.test(line)) {
        const lead = text.slice(start, end).search(/\S/);
        return { start: start + lead, end: start + lead + line.length };
      }
    }
    start = end + 1;
  }
  return null;
}
