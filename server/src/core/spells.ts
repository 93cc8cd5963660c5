// How long a state of the event lasted: "trapped for 30 hours", "spent 30 hours underground", "the gate
// remained closed for about 15 minutes", "without power for two days". The state word says what is
// measured; a time said in passing ("talks lasted two hours", "for 15 minutes on Monday") is none.

import type { Quantity } from './quantities';

const ABOUT = '(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|less\\s+than|more\\s+than|over|under|at\\s+least)\\s+)?';
/** The states whose length is a fact of the event, and the word each is compared under. */
const STATE: Record<string, string> = {
  trapped: 'trapped', stuck: 'trapped', stranded: 'trapped', buried: 'trapped', underground: 'trapped', entombed: 'trapped',
  closed: 'closed', shut: 'closed', blocked: 'closed', sealed: 'closed',
  grounded: 'grounded', power: 'without power', electricity: 'without power',
};
/** The state words as written: "without power", "without electricity" for the last two. */
const STATES = Object.keys(STATE)
  .map((w) => (STATE[w] === 'without power' ? `without\\s+${w}` : w))
  .join('|');
/** "were trapped for", "remained closed for nearly", "without power for": the state right before the number. */
const STATE_BEFORE = new RegExp(`\\b(${STATES})\\s+for\\s+${ABOUT}$`, 'i');
/** "spent 30 hours trapped", "after 30 hours underground": the state right after the unit. */
const SPENT_BEFORE = new RegExp(`\\b(?:spen[dt]s?|after)\\s+${ABOUT}$`, 'i');
/** A state still going on when written: "have been", "has been", "are", "is", "remain" right before it. */
const ONGOING = /\b(?:ha(?:ve|s)\s+(?:now\s+)?been|are|is|remains?|still)\s+(?:\p{L}+\s+)?$/u;
const STATE_AFTER = new RegExp(`^\\s+(?:minutes?|hours?|days?|weeks?)\\s+(${STATES})\\b`, 'i');
const UNIT = /^\s+(minutes?|hours?|days?|weeks?)\b/i;
const MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };

/** Measures this file gives: each of one thing of the event, told apart by the words around (as sizes are). */
export const SPELLS = /^time (?:trapped|closed|grounded|without power)$/;

/** How long a state lasted, in minutes, from a number followed by a unit of time; null when no state word says what. */
export function spellOf(before: string, rest: string): Quantity | null {
  const unit = UNIT.exec(rest);
  if (!unit) return null;
  const factor = MINUTES[unit[1].toLowerCase().replace(/s$/, '')];
  const named = STATE_BEFORE.exec(before);
  // "have been trapped for 30 hours" is a spell still growing: the next report's 52 hours is no other figure.
  if (named) return ONGOING.test(before.slice(0, named.index)) ? null : { measure: `time ${stateOf(named[1])}`, unit: 'min', factor, end: unit[0].length };
  const after = SPENT_BEFORE.test(before) ? STATE_AFTER.exec(rest) : null;
  return after ? { measure: `time ${stateOf(after[1])}`, unit: 'min', factor, end: after[0].length } : null;
}

/** "without electricity" is without power; the last word names the state. */
function stateOf(words: string): string {
  return STATE[words.toLowerCase().split(/\s+/).pop()!];
}
