// Quantities, durations, shares, sums and counts in the forms news writes them, compared across articles
// about one event, on articles written for these tests: units spelled differently (m³/s and "cubic metres
// of water per second", litres and cubic metres, "-kilometre stretch" and "km of"), multiples of a limit,
// a strike's length in hours or days, a time to reach, a share of capacity, a rise offered in words,
// currencies as codes, symbols and words, hedged counts and numbers in words with other nouns for one
// count. The same quantity written otherwise agrees; another quantity, a guess, an update does not warn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictionsOf } from './contradicting';

const numberWarnings = (articles: Record<string, string>): string[] => contradictionsOf('number', articles).map((c) => c.message);

/** A diesel spill into an invented river, as an outlet writes it on a day. */
const SPILL = (date: string, sentence: string): string =>
  `Diesel spill closes the Verrin below Harnow Mill\n\n${date}\n\nDiesel escaped from a storage depot run by Castell Fuels at Harnow Mill into the river Verrin on Monday night, the Ostmark Waterways Office said. ${sentence} Castell Fuels said it was working with the Ostmark Waterways Office.\n`;
/** A flood after a weir gave way in an invented valley. */
const FLOOD = (date: string, sentence: string): string =>
  `Weir fails above Tolsey\n\n${date}\n\nPart of the Ardley weir gave way on Sunday night and water flooded the lower streets of Tolsey, the Brenmoor Fire Service said. ${sentence} Brenmoor Water, which runs the weir, said it was investigating.\n`;
/** A strike by invented bus drivers. */
const STRIKE = (date: string, sentence: string): string =>
  `Corvane drivers walk out\n\n${date}\n\nDrivers at Corvane Buses in Ellisport stopped work on Monday in a row over pay, the Transit Drivers' Guild said. ${sentence} Corvane Buses said it regretted the disruption in Ellisport.\n`;

/** Pairs of articles that disagree: each warns once from each side. */
const LOUD: [string, Record<string, string>][] = [
  ['litres against cubic metres released', { 'a.txt': SPILL('June 2, 2026', 'The company said about 9,000 litres of diesel escaped through a drain.'), 'b.txt': SPILL('June 3, 2026', 'Two depot workers say around 60 cubic metres of diesel leaked before the tank was sealed.') }],
  ['a peak flow in m³/s and in words', { 'a.txt': FLOOD('March 9, 2026', 'Peak discharge at the weir reached 420 m³/s at around 2am.'), 'b.txt': FLOOD('March 9, 2026', 'Brenmoor Water says that at the peak it was releasing 240 cubic metres of water per second.') }],
  ['a stretch of a river in kilometres', { 'a.txt': SPILL('June 2, 2026', 'By the afternoon a 6-kilometre stretch of the river was closed to anglers.'), 'b.txt': SPILL('June 2, 2026', 'By the afternoon about 19 km of the river had been closed to anglers.') }],
  ['multiples of a limit in words', { 'a.txt': SPILL('June 3, 2026', 'Samples taken on Tuesday showed diesel at thirty times the safe limit.'), 'b.txt': SPILL('June 3, 2026', 'Samples taken on Tuesday found diesel at three times the safe limit.') }],
  ['kilograms of a thing seized, in two spellings', { 'a.txt': SPILL('June 3, 2026', 'Police said on Tuesday they had seized 40 kg of cannabis at the depot.'), 'b.txt': SPILL('June 3, 2026', 'On Tuesday police seized 95 kilos of cannabis at the depot, the agency said.') }],
  ['tonnes of a thing collected', { 'a.txt': SPILL('June 3, 2026', 'Some 8 tonnes of dead fish had been collected by Tuesday evening.'), 'b.txt': SPILL('June 3, 2026', 'On Tuesday, volunteers said 0.8 tonnes of dead fish had been collected.') }],
  ['a sum set aside as a code and as a word', { 'a.txt': SPILL('June 2, 2026', 'Castell Fuels has set aside SEK 2.5 million for the clean-up.'), 'b.txt': SPILL('June 3, 2026', 'The company says it has set aside 25 million kronor for the clean-up.') }],
  ['a fund in reais', { 'a.txt': FLOOD('March 9, 2026', 'Brenmoor Water has created an emergency fund of R$ 9 million for families.'), 'b.txt': FLOOD('March 9, 2026', 'Brenmoor Water announced a R$ 3 million fund to help families.') }],
  ['a share of capacity, "%" and "percent of its"', { 'a.txt': FLOOD('March 9, 2026', 'The reservoir stood at 97% of capacity on Sunday, the operator said.'), 'b.txt': FLOOD('March 9, 2026', 'The reservoir was at 79 percent of its capacity on Sunday night, according to figures the operator publishes.') }],
  ['a rise offered in figures and in words', { 'a.txt': STRIKE('May 4, 2026', 'Corvane Buses has offered 4.5% over three years.'), 'b.txt': STRIKE('May 5, 2026', 'The current offer, as we understand it, is three and a half percent over three years.') }],
  ['a strike in hours and one in days', { 'a.txt': STRIKE('May 4, 2026', 'The guild has called a 48-hour stoppage.'), 'b.txt': STRIKE('May 4, 2026', 'The guild says the strike will last three days.') }],
  ['a time to reach, "in about" and "took"', { 'a.txt': FLOOD('March 9, 2026', 'The flood water reached the centre of Tolsey, 8 km downstream, in about 30 minutes, the fire service said.'), 'b.txt': FLOOD('March 9, 2026', 'The flood water took around three hours to reach the centre of Tolsey, according to the fire service.') }],
  ['people who left their homes, hedged both ways', { 'a.txt': FLOOD('March 9, 2026', 'Some 1,900 people had to leave their homes overnight, the fire service said.'), 'b.txt': FLOOD('March 9, 2026', 'More than 3,000 people have left their homes, the fire service said.') }],
  ['vehicles waiting, in words, other nouns', { 'a.txt': STRIKE('May 5, 2026', 'Forty-two lorries were waiting outside the Ellisport depot on Tuesday, the port police said.'), 'b.txt': STRIKE('May 5, 2026', 'The port police said fourteen trucks are now waiting outside the Ellisport depot.') }],
  ['deaths "confirmed" and people who died', { 'a.txt': FLOOD('March 9, 2026', 'The Brenmoor Fire Service has confirmed five deaths in Tolsey.'), 'b.txt': FLOOD('March 9, 2026', 'Two people died in Tolsey, according to the Brenmoor Fire Service.') }],
  ['workers who walked out and members who joined the action', { 'a.txt': STRIKE('May 5, 2026', "The Transit Drivers' Guild (TDG) said all 1,400 members covered by the strike notice had stopped work on Tuesday."), 'b.txt': STRIKE('May 5, 2026', "The Transit Drivers' Guild says its 900 members at Corvane Buses (CB) have joined the action.") }],
  ['how long until a leak was stopped', { 'a.txt': SPILL('June 2, 2026', 'The drain was sealed and the leak stopped 25 minutes after the alarm.'), 'b.txt': SPILL('June 3, 2026', "According to the fire service's log, the drain was not sealed until almost four hours after the first alarm.") }],
  ['a day given by the sentence before ("the same afternoon")', { 'a.txt': SPILL('June 5, 2026', 'By Tuesday afternoon, a 6-kilometre stretch of the river was closed, the agency said.'), 'b.txt': SPILL('June 8, 2026', 'Anglers were warned on Tuesday afternoon. On the same afternoon, the agency said about 19 km of the river was closed.') }],
  ['a rise asked for, reported two days apart', { 'a.txt': STRIKE('May 4, 2026', 'The guild is demanding a 15% rise in basic pay.'), 'b.txt': STRIKE('May 6, 2026', 'The guild is seeking a 12 per cent rise in basic pay.') }],
  ['a demand in a list', { 'a.txt': STRIKE('May 4, 2026', 'Our demands are simple:\n• a 15% increase in basic pay;\n• an end to split shifts.'), 'b.txt': STRIKE('May 6, 2026', 'The guild is seeking a 12 per cent rise in basic pay.') }],
  ["a strike's announced length, reported two days apart", { 'a.txt': STRIKE('May 2, 2026', 'The guild has called a 72-hour strike.'), 'b.txt': STRIKE('May 4, 2026', 'The guild has called a 48-hour stoppage.') }],
];

for (const [what, articles] of LOUD) test(`quantity forms: warned, ${what}`, () => assert.equal(numberWarnings(articles).length, 2));

test('quantity forms: the message gives both in one unit', () => assert.match(numberWarnings(LOUD[0][1])[0], /9 m³.*60 m³|60 m³.*9 m³/));

test('quantity forms: less than a tonne reads in kilograms', () =>
  assert.match(numberWarnings(LOUD.find(([what]) => what.startsWith('kilograms'))![1])[0], /40 kg.*95 kg|95 kg.*40 kg/));

const QUIET: [string, Record<string, string>][] = [
  ['kilograms that are the tonnes', { 'a.txt': SPILL('June 3, 2026', 'Some 800 kg of dead fish had been collected by Tuesday evening.'), 'b.txt': SPILL('June 3, 2026', 'On Tuesday, volunteers said 0.8 tonnes of dead fish had been collected.') }],
  ['litres that are the cubic metres', { 'a.txt': SPILL('June 2, 2026', 'The company said about 9,000 litres of diesel escaped through a drain.'), 'b.txt': SPILL('June 3, 2026', 'The company has estimated the leak at around 9 cubic metres.') }],
  ['a strike of 72 hours that lasts three days', { 'a.txt': STRIKE('May 4, 2026', 'The guild has called a 72-hour strike.'), 'b.txt': STRIKE('May 4, 2026', 'The guild says the strike will last three days.') }],
  ['a strike that could last longer', { 'a.txt': STRIKE('May 4, 2026', 'The guild has called a 48-hour strike.'), 'b.txt': STRIKE('May 4, 2026', 'Managers fear the strike could last five days.') }],
  ['a stoppage of another year', { 'a.txt': STRIKE('May 4, 2026', 'The guild has called a 48-hour strike.'), 'b.txt': STRIKE('May 4, 2026', 'It is the first strike since 2011, when a five-day stoppage ended with mediation.') }],
  ['distances in passing', { 'a.txt': FLOOD('March 9, 2026', 'Tolsey lies 12 km downstream of the weir.'), 'b.txt': FLOOD('March 9, 2026', 'Families were moved to a school 30 km downstream of the weir.') }],
  ['distances within which', { 'a.txt': SPILL('June 2, 2026', 'Anglers were told to stay away from anywhere within 5 km of the depot.'), 'b.txt': SPILL('June 2, 2026', 'Wells within 10 km of the depot were tested.') }],
  ['flows that are no peak', { 'a.txt': FLOOD('March 9, 2026', 'The river usually carries 80 m³/s at this time of year.'), 'b.txt': FLOOD('March 9, 2026', 'The river was carrying 300 cubic metres of water per second on Monday.') }],
  ['a multiple of something else', { 'a.txt': FLOOD('March 9, 2026', 'The weir released ten times the normal flow.'), 'b.txt': FLOOD('March 9, 2026', 'The weir released four times the normal flow.') }],
  ['a fund in reais as a symbol and a word', { 'a.txt': FLOOD('March 9, 2026', 'Brenmoor Water has created an emergency fund of R$ 9 million for families.'), 'b.txt': FLOOD('March 9, 2026', 'Brenmoor Water announced a 9 million reais fund for families.') }],
  ['a bound the other count is within', { 'a.txt': FLOOD('March 9, 2026', 'More than 3,000 people have left their homes, the fire service said.'), 'b.txt': FLOOD('March 9, 2026', 'About 3,400 people had to leave their homes, the fire service said.') }],
  ['a count since grown', { 'a.txt': FLOOD('March 10, 2026', 'The fire service now says 6,100 people have left their homes in Tolsey and nearby villages, up from the first estimates on Monday.'), 'b.txt': FLOOD('March 9, 2026', 'About 3,400 people had to leave their homes, the fire service said.') }],
  ['people waiting', { 'a.txt': STRIKE('May 5, 2026', 'Forty people were waiting at the Ellisport bus station on Tuesday.'), 'b.txt': STRIKE('May 5, 2026', 'About 400 people were waiting at the Ellisport bus station on Tuesday.') }],
  ['a rise offered and one asked for', { 'a.txt': STRIKE('May 4, 2026', 'Corvane Buses has offered 4.5% over three years.'), 'b.txt': STRIKE('May 4, 2026', 'The guild is demanding a 12% rise in basic pay.') }],
  ['a share of a company offered', { 'a.txt': STRIKE('May 4, 2026', 'A rival has offered 30% of its shares to Corvane Buses.'), 'b.txt': STRIKE('May 4, 2026', 'Corvane Buses has offered 4.5% over three years.') }],
  ['strikers at two depots', { 'a.txt': STRIKE('May 5, 2026', 'About 300 drivers at the north depot walked out on Tuesday.'), 'b.txt': STRIKE('May 5, 2026', 'Some 1,400 workers walked out on Tuesday, the guild said.') }],
  ['a crew that arrived, not a leak stopped', { 'a.txt': SPILL('June 2, 2026', 'The leak stopped 25 minutes after the alarm.'), 'b.txt': SPILL('June 2, 2026', 'Firefighters arrived three hours after the alarm.') }],
  ['lengths of other days', { 'a.txt': SPILL('June 5, 2026', 'By Tuesday afternoon, a 6-kilometre stretch of the river was closed, the agency said.'), 'b.txt': SPILL('June 8, 2026', 'The agency said on Sunday that about 19 km of the river was closed.') }],
  ['an improved offer', { 'a.txt': STRIKE('May 4, 2026', 'Corvane Buses has offered a 4.5% rise.'), 'b.txt': STRIKE('May 6, 2026', 'Corvane Buses has made an improved offer of a 6% rise.') }],
  ['a rise asked for weeks apart', { 'a.txt': STRIKE('May 4, 2026', 'The guild is demanding a 15% rise in basic pay.'), 'b.txt': STRIKE('June 6, 2026', 'The guild is seeking a 12 per cent rise in basic pay.') }],
  ['a time the sentence sets against its own', { 'a.txt': SPILL('June 3, 2026', 'Fire service records suggest a longer leak than the company\'s account of a drain sealed 25 minutes after the alarm.'), 'b.txt': SPILL('June 3, 2026', 'The drain was not sealed until almost four hours after the first alarm.') }],
  ['a list of other things', { 'a.txt': STRIKE('May 4, 2026', 'The new timetable brings:\n• a 15% increase in basic pay for new drivers;\n• more routes.'), 'b.txt': STRIKE('May 6, 2026', 'The guild is seeking a 12 per cent rise in basic pay.') }],
  ['strikes weeks apart', { 'a.txt': STRIKE('May 2, 2026', 'The guild has called a 72-hour strike.'), 'b.txt': STRIKE('June 4, 2026', 'The guild has called a 48-hour stoppage.') }],
];

for (const [what, articles] of QUIET) test(`quantity forms: no warning for ${what}`, () => assert.deepEqual(numberWarnings(articles), []));
