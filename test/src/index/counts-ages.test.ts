// Counts of a noun no other rule names ("four paintings", "some 900 sheep"), a person's age beside the
// name ("Tamsin Orrell, 41,"), sums in other currencies' forms and sums spent, compared across articles
// about one event, on articles written for these tests. Counts of one noun in other matches, parts of a
// whole, reports weeks apart or undated, and ages of other people or other years do not warn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictionsOf } from './contradicting';

const numberWarnings = (articles: Record<string, string>): string[] => contradictionsOf('number', articles).map((c) => c.message);

/** A burglary at an invented gallery in an invented town, as an outlet writes it on a day. */
const THEFT = (date: string, sentence: string): string =>
  `Thieves raid the Pellworth Gallery\n\n${date}\n\nThieves broke into the Pellworth Gallery in Ostrava Vale on Saturday night, the Kelmar County Police said. ${sentence} The Pellworth Gallery said it was working with the Kelmar County Police.\n`;
/** A flood on an invented moor. */
const FLOOD = (date: string, sentence: string): string =>
  `Floods cut off Harrowdene farms\n\n${date}\n\nThe river Lusk burst its banks above Harrowdene on Sunday, the Brackmoor Fire Service said. ${sentence} Brackmoor Council said roads around Harrowdene would stay closed.\n`;

const LOUD: [string, Record<string, string>][] = [
  ['things stolen, in words and figures', { 'a.txt': THEFT('October 5, 2026', 'The thieves took four paintings from the Pellworth Gallery, the police said.'), 'b.txt': THEFT('October 6, 2026', 'Three paintings were taken from the Pellworth Gallery, the police said.') }],
  ['animals drowned, both hedged, far apart', { 'a.txt': FLOOD('March 2, 2026', 'About 1,500 sheep drowned on farms around Harrowdene.'), 'b.txt': FLOOD('March 3, 2026', 'Some 4,200 sheep drowned on farms around Harrowdene, farmers said.') }],
  ['officers and police officers deployed', { 'a.txt': FLOOD('March 2, 2026', 'Brackmoor deployed 600 officers to Harrowdene overnight.'), 'b.txt': FLOOD('March 2, 2026', 'Some 250 police officers were sent to Harrowdene overnight.') }],
  ['pupils and students moved', { 'a.txt': FLOOD('March 2, 2026', 'Some 300 pupils were moved from the Harrowdene school.'), 'b.txt': FLOOD('March 2, 2026', 'About 120 students were moved from the Harrowdene school, the council said.') }],
  ['houses and homes flooded', { 'a.txt': FLOOD('March 2, 2026', 'Water entered 60 homes in Harrowdene.'), 'b.txt': FLOOD('March 3, 2026', 'Water entered 140 houses in Harrowdene, the fire service said.') }],
  ["a person's age beside the name", { 'a.txt': THEFT('October 5, 2026', 'A guard, Tamsin Orrell, 41, was tied up by the thieves.'), 'b.txt': THEFT('October 6, 2026', 'The thieves tied up Tamsin Orrell, 44, who was on duty.') }],
  ["an age of the second person an article names", { 'a.txt': THEFT('October 5, 2026', 'The thieves tied up Corin Blaise, 58, and Tamsin Orrell, 41.'), 'b.txt': THEFT('October 6, 2026', 'Tamsin Orrell, 44, was on duty.') }],
  ["a person's age in an apposition", { 'a.txt': THEFT('October 5, 2026', 'Tamsin Orrell, the 41-year-old guard on duty, was tied up.'), 'b.txt': THEFT('October 6, 2026', 'The thieves tied up Tamsin Orrell, 47, the guard on duty.') }],
  ["a person's age before the name", { 'a.txt': THEFT('October 5, 2026', 'The thieves tied up 41-year-old guard Tamsin Orrell.'), 'b.txt': THEFT('October 6, 2026', 'The thieves tied up Tamsin Orrell (47), the guard on duty.') }],
  ['a reward in lari and a code', { 'a.txt': THEFT('October 5, 2026', 'The Pellworth Gallery offered 50,000 lari for information.'), 'b.txt': THEFT('October 6, 2026', 'The Pellworth Gallery offered GEL 30,000 for information.') }],
  ['a sum spent, in zlotys', { 'a.txt': FLOOD('March 2, 2026', 'Brackmoor Council has spent 40 million zlotys on the Harrowdene embankment.'), 'b.txt': FLOOD('March 2, 2026', 'Brackmoor Council has spent about 90 million zlotys on the Harrowdene embankment.') }],
];
for (const [what, articles] of LOUD) test(`counts and ages: warned, ${what}`, () => assert.equal(numberWarnings(articles).length, 2));

test('counts and ages: an age is named as the age of its person', () => assert.match(numberWarnings(LOUD.find(([what]) => what === "a person's age beside the name")![1])[0], /\(age of Tamsin Orrell\)/));

const QUIET: [string, Record<string, string>][] = [
  ['one count written two ways', { 'a.txt': THEFT('October 5, 2026', 'The thieves took four paintings from the Pellworth Gallery, the police said.'), 'b.txt': THEFT('October 6, 2026', 'Four paintings were taken from the Pellworth Gallery.') }],
  ['hedged counts near each other', { 'a.txt': FLOOD('March 2, 2026', 'About 1,300 sheep drowned on farms around Harrowdene.'), 'b.txt': FLOOD('March 3, 2026', 'Some 1,400 sheep drowned on farms around Harrowdene, farmers said.') }],
  ['reports weeks apart', { 'a.txt': FLOOD('March 2, 2026', 'About 1,300 sheep drowned on farms around Harrowdene.'), 'b.txt': FLOOD('April 20, 2026', 'Some 4,000 sheep drowned on farms around Harrowdene, farmers said.') }],
  ['undated reports', { 'a.txt': FLOOD('', 'About 1,300 sheep drowned on farms around Harrowdene.'), 'b.txt': FLOOD('', 'Some 4,000 sheep drowned on farms around Harrowdene, farmers said.') }],
  ['counts of one noun about other things', { 'a.txt': FLOOD('March 2, 2026', 'Six roads around Harrowdene were closed.'), 'b.txt': FLOOD('March 2, 2026', 'Brackmoor Council repaired three roads in Kelby last year.') }],
  ['counts of two sets named by other nouns', { 'a.txt': FLOOD('March 2, 2026', 'Some 300 pupils were moved from the Harrowdene school.'), 'b.txt': FLOOD('March 2, 2026', 'About 120 teachers were moved from the Harrowdene school, the council said.') }],
  ['counts far apart (a part and the whole)', { 'a.txt': FLOOD('March 2, 2026', 'Four farms around Harrowdene were cut off.'), 'b.txt': FLOOD('March 2, 2026', 'The flood reached 40 farms around Harrowdene.') }],
  ['things of another year', { 'a.txt': THEFT('October 5, 2026', 'The thieves took four paintings from the Pellworth Gallery, the police said.'), 'b.txt': THEFT('October 6, 2026', 'The two paintings stolen from the Pellworth Gallery in 2011 were never found.') }],
  ["ages of two people in one article and one of them in another", { 'a.txt': THEFT('October 5, 2026', 'The thieves tied up Tamsin Orrell, 41, and Corin Blaise, 58.'), 'b.txt': THEFT('October 6, 2026', 'Tamsin Orrell, 41, was on duty.') }],
  ['ages of two people', { 'a.txt': THEFT('October 5, 2026', 'A guard, Tamsin Orrell, 41, was tied up by the thieves.'), 'b.txt': THEFT('October 6, 2026', 'A second guard, Corin Blaise, 44, raised the alarm.') }],
  ['an age a year apart', { 'a.txt': THEFT('October 5, 2026', 'A guard, Tamsin Orrell, 41, was tied up by the thieves.'), 'b.txt': THEFT('October 9, 2027', 'Tamsin Orrell, 42, told the court how she was tied up.') }],
  ['a sum in pesos and one in euros', { 'a.txt': FLOOD('March 2, 2026', 'Brackmoor Council has spent 40 million pesos on the Harrowdene embankment.'), 'b.txt': FLOOD('March 2, 2026', 'Brackmoor Council has spent 30 million euros on the Harrowdene embankment.') }],
];
for (const [what, articles] of QUIET) test(`counts and ages: no warning for ${what}`, () => assert.deepEqual(numberWarnings(articles), []));

/** A ballot at an invented bakery chain. */
const BALLOT = (date: string, sentence: string): string =>
  `Bakers vote to strike at Crumley's\n\n${date}\n\nBakers at Crumley's plants in Oskirk will strike from Monday, the Oskirk Food Workers' Union said. ${sentence} Crumley's said it was disappointed.\n`;

test('counts and ages: a ballot\'s share for, in two forms, reported on two days', () => {
  const loud = { 'a.txt': BALLOT('June 1, 2026', "The union said 87% of members had voted for industrial action."), 'b.txt': BALLOT('June 3, 2026', 'According to the union, 78 per cent of members voted in favour.') };
  assert.equal(numberWarnings(loud).length, 2);
  const quiet = { 'a.txt': BALLOT('June 1, 2026', "The union said 87% of members had voted for industrial action."), 'b.txt': BALLOT('June 3, 2026', 'According to the union, 13 per cent of members voted against.') };
  assert.deepEqual(numberWarnings(quiet), []);
});
