// A question-and-answer interview written without speakers' labels: an introduction naming the one
// interviewed, then questions (paragraphs of one short sentence ending in "?"), each followed by the
// answer. The quote in its headline and quotes in its answers are that person's words, given to the
// outlet. (Labelled ones, "Q: …" / "A: …", are transcripts.ts's.)

import { isWhiteSpace } from '../text';
import type { Mention, Structure } from '../types';

export interface Interview {
  /** The person interviewed: the first the introduction names. */
  person: Mention;
  /** Indices of the answers' paragraphs. */
  answers: Set<number>;
}

/**
 * Whether [start, end) ends in a question mark, maybe a closing quote after it, and white space: what
 * /\?["”’]?\s*$/ finds, read from the end (the pattern searched every paragraph from its start).
 */
function asks(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  const c = text[i - 1];
  if (i - 1 > start && (c === '"' || c === '”' || c === '’')) i--;
  return i > start && text[i - 1] === '?';
}
const MAX_QUESTION = 250;
/** Words of an introduction to an interview: "spoke to the Courier", "talked with", "in an interview". */
const INTERVIEWED = /\b(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:to|with)\b|\binterview/i;

export function qaInterview(doc: Structure, mentions: readonly Mention[]): Interview | null {
  const { text, paragraphs, headline } = doc;
  const after = headline ? headline.end : 0;
  let first = -1;
  let questions = 0;
  const answers = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.end <= after) continue;
    if (p.end - p.start <= MAX_QUESTION && asks(text, p.start, p.end)) {
      // A question is answered by the paragraph after it.
      const next = paragraphs[i + 1];
      if (!next || asks(text, next.start, next.end)) continue;
      if (first < 0) first = i;
      questions++;
    } else if (first >= 0) answers.add(i);
  }
  // Two questions at least, after an introduction.
  if (questions < 2 || first < 0 || paragraphs[first].start <= after) return null;
  const introEnd = paragraphs[first].start;
  // The introduction says it is an interview: an explainer's questions ("Who is in charge?") are the writer's own.
  if (!INTERVIEWED.test(text.slice(after, introEnd))) return null;
  const person = mentions.find((m) => m.start >= after && m.end <= introEnd && m.type === 'person');
  return person ? { person, answers } : null;
}
