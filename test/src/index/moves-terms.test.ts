// A market's move on a day ("shares closed down 3.4%", "closed 4.3% lower", "the crown weakened 1.2%"),
// a rate set ("kept its key rate at 3.25%", "cut the policy rate to 3% from 3.25%") and a person's terms (a
// prison sentence, a time held captive), compared across articles about one event, on articles written
// for these tests. Moves of other days or other things, rates of other kinds, an old rate, and terms of
// other people or reports far apart do not warn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictionsOf } from './contradicting';

const numberWarnings = (articles: Record<string, string>): string[] => contradictionsOf('number', articles).map((c) => c.message);

/** A day on the market of an invented country. */
const MARKET = (date: string, sentence: string): string =>
  `Brisvaal Bank moves on rates\n\n${date}\n\nThe Brisvaal Reserve Bank met in Tolvane on Thursday, and Kestrel Mining reported its results the same day. ${sentence} Analysts at Tolvane Capital said the Brisvaal Reserve Bank would meet again in June.\n`;
/** A trial in an invented town. */
const TRIAL = (date: string, sentence: string): string =>
  `Verdict in the Dunmarsh fraud trial\n\n${date}\n\nThe trial of Oren Vask, a former treasurer of Dunmarsh Council, ended at Kellbridge Crown Court this week. ${sentence} Dunmarsh Council said it would study the ruling.\n`;

const LOUD: [string, Record<string, string>][] = [
  ['shares down on one day, two wordings', { 'a.txt': MARKET('May 7, 2026', 'Shares in Kestrel Mining closed down 3.4% on Thursday.'), 'b.txt': MARKET('May 8, 2026', 'Kestrel Mining shares closed 4.3% lower on Thursday.') }],
  ['a currency that weakened and lost', { 'a.txt': MARKET('May 7, 2026', 'The crown weakened 1.2% against the dollar on Thursday.'), 'b.txt': MARKET('May 7, 2026', 'On Thursday the crown lost 2.1% against the dollar.') }],
  ['a rate kept and a rate cut to', { 'a.txt': MARKET('May 7, 2026', 'On Thursday the bank kept its key rate at 3.25%.'), 'b.txt': MARKET('May 7, 2026', 'On Thursday the bank cut the policy rate to 3.5%, Tolvane Capital said.') }],
  ['a sentence in years and a hyphenated sentence', { 'a.txt': TRIAL('March 4, 2026', 'The judge sentenced Oren Vask to 18 years.'), 'b.txt': TRIAL('March 5, 2026', 'Oren Vask was given a 13-year prison sentence.') }],
  ['a time held, in days and in captivity', { 'a.txt': TRIAL('March 4, 2026', 'Oren Vask was held for 73 days before the trial, his lawyer said.'), 'b.txt': TRIAL('March 4, 2026', 'Oren Vask spent 40 days in captivity before the trial.') }],
];
for (const [what, articles] of LOUD) test(`moves and terms: warned, ${what}`, () => assert.equal(numberWarnings(articles).length, 2));

test('moves and terms: a sentence is given in years', () => assert.match(numberWarnings(LOUD[3][1])[0], /18 years.*13 years|13 years.*18 years/));

const QUIET: [string, Record<string, string>][] = [
  ['moves on two days', { 'a.txt': MARKET('May 7, 2026', 'Shares in Kestrel Mining closed down 3.4% on Thursday.'), 'b.txt': MARKET('May 8, 2026', 'Shares in Kestrel Mining closed down 4.3% on Friday.') }],
  ['a move up and a move down', { 'a.txt': MARKET('May 7, 2026', 'Shares in Kestrel Mining closed down 3.4% on Thursday.'), 'b.txt': MARKET('May 7, 2026', 'Shares in Kestrel Mining rose 4.3% on Thursday.') }],
  ['a move over no day named', { 'a.txt': MARKET('May 7, 2026', 'Shares in Kestrel Mining fell 3.4% last year.'), 'b.txt': MARKET('May 7, 2026', 'Shares in Kestrel Mining fell 9% last year.') }],
  ['the rate before the cut', { 'a.txt': MARKET('May 7, 2026', 'On Thursday the bank cut its key rate to 3.00% from 3.25%.'), 'b.txt': MARKET('May 7, 2026', 'The bank cut its key rate to 3% on Thursday.') }],
  ['rates of other kinds', { 'a.txt': MARKET('May 7, 2026', 'On Thursday the bank kept its key rate at 3.25%.'), 'b.txt': MARKET('May 7, 2026', 'On Thursday the unemployment rate stood at 5.5%.') }],
  ['sentences of two people', { 'a.txt': TRIAL('March 4, 2026', 'The judge sentenced Oren Vask to 18 years.'), 'b.txt': TRIAL('March 5, 2026', 'His deputy, Mira Holloway, was jailed for 13 years.') }],
  ['one sentence in years and months', { 'a.txt': TRIAL('March 4, 2026', 'The judge sentenced Oren Vask to 18 months.'), 'b.txt': TRIAL('March 5, 2026', 'Oren Vask was jailed for a year and a half, or 18 months.') }],
  ['a sentence with a fraction, in words and figures', { 'a.txt': TRIAL('March 4, 2026', 'Oren Vask served four and a half months in prison.'), 'b.txt': TRIAL('March 5, 2026', 'Oren Vask, who served a 4-1/2-month prison term, spoke to reporters.') }],
  ['work for years is no sentence', { 'a.txt': TRIAL('March 4, 2026', 'Oren Vask worked for the council for 18 years.'), 'b.txt': TRIAL('March 5, 2026', 'Oren Vask had served the council for 13 years.') }],
];
for (const [what, articles] of QUIET) test(`moves and terms: no warning for ${what}`, () => assert.deepEqual(numberWarnings(articles), []));
