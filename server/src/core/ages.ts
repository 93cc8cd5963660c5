// A person's age, as news gives it beside the name: "Gela Xandri, 41, was arrested", "Ana Ruiz (41)",
// "Ana Ruiz, aged 41,", "Ana Ruiz, the 41-year-old captain,", "41-year-old Ana Ruiz", "the 41-year-old nurse Ana Ruiz". The age is one fact of
// the person: two articles that give one person two ages disagree, whoever reports it (index/contradictions.ts).

import type { Mention } from './types';

/** After the name: ", 41," ", aged 41" " (41)"; the age ends a clause or is followed by what the person did. */
const AFTER = /^(?:,\s+(?:aged\s+)?|\s+\((?:aged\s+)?)(\d{1,3})(?:\)|(?=\s*[,;.]|\s+(?:and|who|was|is|has|had|from|of|were|will|said|told|died|remains)\b))/;
/** An apposition after the name: "Ana Ruiz, the 41-year-old captain,", "Ana Ruiz, a 41-year-old nurse". */
const APPOSED = /^,\s+(?:a|an|the)\s+(\d{1,3})-year-old\b/;
/** Before the name: "41-year-old Ana Ruiz", "a 41-year-old nurse, Ana Ruiz," (at most three words between). */
const BEFORE = /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+,?\s+){0,3}$/u;

export interface AgeAt {
  /** Where the number is, relative to the sentence, and its length. */
  at: number;
  length: number;
  value: number;
  /** The person's mention. */
  person: Mention;
}

/** The ages a sentence gives its persons; `mentions` are the sentence's, with offsets in the text the sentence starts at `from`. */
export function agesIn(sentence: string, from: number, mentions: readonly Mention[]): AgeAt[] {
  const out: AgeAt[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const end = m.end - from;
    const after = sentence.charCodeAt(end) === 44 || sentence.charCodeAt(end) === 32 ? AFTER.exec(sentence.slice(end, end + 40)) : null;
    if (after) {
      out.push({ at: end + after[0].indexOf(after[1], after[0].length - after[1].length - 2), length: after[1].length, value: +after[1], person: m });
      continue;
    }
    const apposed = sentence.charCodeAt(end) === 44 ? APPOSED.exec(sentence.slice(end, end + 30)) : null;
    if (apposed) {
      out.push({ at: end + apposed[0].indexOf(apposed[1]), length: apposed[1].length, value: +apposed[1], person: m });
      continue;
    }
    const start = m.start - from;
    const head = start > 12 ? sentence.slice(Math.max(0, start - 60), start) : '';
    const before = head.includes('-year-old') ? BEFORE.exec(head) : null;
    if (before) out.push({ at: start - head.length + before.index, length: before[1].length, value: +before[1], person: m });
  }
  return out.filter((a) => a.value > 0 && a.value < 120);
}
