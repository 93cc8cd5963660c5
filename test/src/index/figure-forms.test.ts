// Figures written in the other forms news uses, compared across articles about one event, on articles
// written for these tests: money as words and fractions, with a conversion in brackets, a reward offered
// "for information", a ransom "demanded", what things are "worth" or "valued at"; things on board, diverted,
// on duty, people whose records were taken; a vehicle's speed in spelled or abbreviated units; a change by a
// share since a year; a share of things back in service. The same thing counted differently is warned;
// another thing, a limit, a running count, a rounding, another period is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictionsOf } from './contradicting';

const numberWarnings = (articles: Record<string, string>): string[] => contradictionsOf('number', articles).map((c) => c.message);

/** A tram crash in an invented city, as an outlet writes it on a day. */
const TRAM = (date: string, sentence: string): string =>
  `Tram derails in Quenborough, dozens hurt\n\n${date}\n\nA tram run by Velmar Transit left the rails on the Harrowgate bend in Quenborough on Saturday evening. ${sentence} Velmar Transit said it was working with the Quenborough fire service.\n`;
/** A data breach at an invented water company. */
const BREACH = (date: string, sentence: string): string =>
  `Hackers hit Ostrelwater customer systems\n\n${date}\n\nA criminal group calling itself Grey Heron broke into the computer systems of Ostrelwater, the water company serving Tallis Bay, last week. ${sentence} Ostrelwater said it had told the Tallis Bay police.\n`;
/** A theft of sculptures from an invented gallery. */
const THEFT = (date: string, sentence: string): string =>
  `Bronzes stolen from Kelderhof Gallery\n\n${date}\n\nThieves broke into the Kelderhof Gallery in Brannock overnight and took bronze sculptures from its garden room, Brannock police said. ${sentence} The Kelderhof Gallery is closed until further notice.\n`;

/** Pairs of articles that disagree: each warns once from each side. */
const LOUD: [string, Record<string, string>][] = [
  ['a quarter of a million pounds against £100,000 offered for information', { 'a.txt': THEFT('March 3, 2026', 'The insurer, Dunmere Mutual, said it was offering a reward of a quarter of a million pounds.'), 'b.txt': THEFT('March 3, 2026', 'Dunmere Mutual has offered £100,000 for information leading to the sculptures.') }],
  ['another fund: the converted dollars are no second figure', { 'a.txt': TRAM('May 10, 2026', 'The city council announced a 4.5 million euro ($5.2 million) relief fund for the injured.'), 'b.txt': TRAM('May 11, 2026', 'The city council has promised a €3 million relief fund.') }],
  ['a ransom demanded', { 'a.txt': BREACH('April 14, 2026', 'The group demanded $6 million in cryptocurrency for not leaking the files.'), 'b.txt': BREACH('April 15, 2026', 'In a message to customers, the group demanded a ransom of $1.5 million.') }],
  ['worth and valued at', { 'a.txt': THEFT('March 3, 2026', 'The sculptures are estimated to be worth £12 million, according to the gallery.'), 'b.txt': THEFT('March 4, 2026', 'The missing bronzes are valued at £5 million, the gallery said.') }],
  ['people on board, with the crew beside them', { 'a.txt': TRAM('May 10, 2026', 'There were 148 passengers and two drivers on board.'), 'b.txt': TRAM('May 11, 2026', 'Of the 184 passengers on board that evening, dozens were taken to hospital.') }],
  ['diverted and turned away', { 'a.txt': BREACH('April 14, 2026', 'The attack forced Ostrelwater to divert 37 tankers to a depot in Tallis Bay.'), 'b.txt': BREACH('April 16, 2026', 'Over the weekend fifteen tankers were turned away from the Ostrelwater depot in Tallis Bay.') }],
  ['on duty, one written as "a single"', { 'a.txt': THEFT('March 3, 2026', 'Three wardens were on duty in the gallery at the time.'), 'b.txt': THEFT('March 3, 2026', 'A single night warden was on duty when the thieves broke in.') }],
  ['records of, data on', { 'a.txt': BREACH('April 14, 2026', 'Ostrelwater said the stolen files may include the records of about 90,000 customers.'), 'b.txt': BREACH('April 17, 2026', 'Ostrelwater says the files hold data on roughly 50,000 customers.') }],
  ['a speed spelled out and abbreviated', { 'a.txt': TRAM('May 10, 2026', 'Investigators said the tram was travelling at 74 kilometres an hour when it entered the bend.'), 'b.txt': TRAM('May 11, 2026', 'Data from the tram show that it entered the Harrowgate bend at 52 km/h.') }],
  ['a change since a year, "per cent" and "%"', { 'a.txt': TRAM('May 10, 2026', 'The union said Velmar Transit had cut its spending on track repairs by 31 per cent since 2019.'), 'b.txt': TRAM('May 12, 2026', 'Annual accounts show that spending on track repairs fell by 13% between 2019 and 2024.') }],
  ['a change since a year with the verb right before it', { 'a.txt': TRAM('May 10, 2026', 'Ridership on the tram network fell 22% since 2020, the city said.'), 'b.txt': TRAM('May 12, 2026', 'Ridership on the network has fallen by 9 per cent since 2020.') }],
  // April 16, 2026 is a Thursday.
  ['a share of things back in service on one day', { 'a.txt': BREACH('April 16, 2026', 'About 70% of its pumping stations were back online by Thursday, the company said.'), 'b.txt': BREACH('April 17, 2026', "Only 45 per cent of the company's pumping stations had been restored as of Thursday evening, Ostrelwater said.") }],
  // The earlier 20 the outlet updates rounds 23, but gives no count of 23.
  ['a toll that "has risen to" a number, the count as the article is written', { 'a.txt': TRAM('May 10, 2026', 'The number of dead has risen to 21, the fire service said. Last night we reported 20 deaths.'), 'b.txt': TRAM('May 11, 2026', 'The crash on the Harrowgate bend claimed 23 lives, the fire service said.') }],
  ['a time inside beyond a bound from above', { 'a.txt': THEFT('March 3, 2026', 'Police said the thieves were inside for less than six minutes.'), 'b.txt': THEFT('March 6, 2026', 'Footage shows the thieves spent 14 minutes inside the building, a person briefed on the inquiry said.') }],
  ['a time inside below a bound from below, in hours', { 'a.txt': THEFT('March 3, 2026', 'Police said the thieves were inside for more than two hours.'), 'b.txt': THEFT('March 6, 2026', 'The thieves spent 14 minutes inside the building before the alarm.') }],
];

for (const [what, articles] of LOUD) test(`figure forms: warned, ${what}`, () => assert.equal(numberWarnings(articles).length, 2));

test('figure forms: the message gives both sums', () => assert.match(numberWarnings(LOUD[1][1])[0], /€4\.5 million.*€3 million|€3 million.*€4\.5 million/));

const QUIET: [string, Record<string, string>][] = [
  ['the same fund in figures with a conversion, and in words', { 'a.txt': TRAM('May 10, 2026', 'The city council announced a 4.5 million euro ($5.2 million) relief fund for the injured.'), 'b.txt': TRAM('May 10, 2026', 'The city council has set up a relief fund of four and a half million euros.') }],
  ['valuations near each other', { 'a.txt': THEFT('March 3, 2026', 'The sculptures are estimated to be worth £12 million, according to the gallery.'), 'b.txt': THEFT('March 4, 2026', 'The missing bronzes are valued at about £11.5 million, the gallery said.') }],
  ['46 mph, which is 74 km/h', { 'a.txt': TRAM('May 10, 2026', 'Investigators said the tram was travelling at 74 kilometres an hour when it entered the bend.'), 'b.txt': TRAM('May 11, 2026', 'Data from the tram show that it was doing 46 mph as it entered the Harrowgate bend.') }],
  ['the earlier count the outlet updates', { 'a.txt': TRAM('May 10, 2026', 'The number of dead has risen to seven, the fire service said. Last night we reported five deaths.'), 'b.txt': TRAM('May 10, 2026', 'Seven people were killed, the fire service said.') }],
  ['a time inside within the bound', { 'a.txt': THEFT('March 3, 2026', 'Police said the thieves were inside for less than six minutes.'), 'b.txt': THEFT('March 6, 2026', 'The thieves spent five minutes inside the building.') }],
  ['two bounds', { 'a.txt': THEFT('March 3, 2026', 'Police said the thieves were inside for less than six minutes.'), 'b.txt': THEFT('March 6, 2026', 'The thieves were inside for under ten minutes.') }],
  ['a speed limit', { 'a.txt': TRAM('May 10, 2026', 'The tram was travelling at 74 km/h when it entered the bend.'), 'b.txt': TRAM('May 10, 2026', 'The bend has a limit of 30 km/h, and trams approach it at 30 km/h or less.') }],
  ['the wind', { 'a.txt': TRAM('May 10, 2026', 'The tram was travelling at 74 km/h when it entered the bend.'), 'b.txt': TRAM('May 10, 2026', 'The tram was moving at 60 km/h into winds gusting at 90 km/h.') }],
  ['a running count of diversions', { 'a.txt': BREACH('April 14, 2026', 'The attack forced Ostrelwater to divert 37 tankers.'), 'b.txt': BREACH('April 11, 2026', 'Twelve tankers have been diverted so far today.') }],
  ['staff employed and staff on duty', { 'a.txt': THEFT('March 3, 2026', 'The gallery employs nine security staff.'), 'b.txt': THEFT('March 3, 2026', 'Two wardens were on duty in the gallery at the time.') }],
  ['records stolen and customers', { 'a.txt': BREACH('April 14, 2026', 'Grey Heron said it had stolen 400,000 records.'), 'b.txt': BREACH('April 14, 2026', 'Ostrelwater says the files hold data on roughly 90,000 customers.') }],
  ['a rounding that fits both', { 'a.txt': TRAM('May 10, 2026', 'There were 312 passengers on board.'), 'b.txt': TRAM('May 10, 2026', 'Some 300 passengers were on board.') }],
  ['changes since other years', { 'a.txt': TRAM('May 10, 2026', 'Velmar Transit had cut its spending on track repairs by 31 per cent since 2019.'), 'b.txt': TRAM('May 12, 2026', 'Spending on track repairs fell by 13% between 2021 and 2024.') }],
  ['a rise and a fall', { 'a.txt': TRAM('May 10, 2026', 'Velmar Transit had cut its spending on track repairs by 31 per cent since 2019.'), 'b.txt': TRAM('May 12, 2026', 'Spending on new trams rose by 13% since 2019.') }],
  ['a change over no year', { 'a.txt': TRAM('May 10, 2026', 'Ticket sales fell by 31 per cent in the spring.'), 'b.txt': TRAM('May 10, 2026', 'Ticket sales fell by 13% last month.') }],
  ['shares restored on other days', { 'a.txt': BREACH('April 16, 2026', 'About 70% of its pumping stations were back online by Thursday.'), 'b.txt': BREACH('April 20, 2026', 'Only 45 per cent of its pumping stations had been restored by Monday.') }],
];

for (const [what, articles] of QUIET) test(`figure forms: no warning for ${what}`, () => assert.deepEqual(numberWarnings(articles), []));
