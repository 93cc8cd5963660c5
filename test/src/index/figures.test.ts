// Figures compared across articles, on articles written for these tests: one source, one event,
// two figures is a contradiction; everything a careful reader knows is not, is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNerData } from '../../../server/out/index/ner-data';
import { contradictionsOf } from './contradicting';

loadNerData();

const numbers = (articles: Record<string, string>) => contradictionsOf('number', articles);

/** An outbreak in an invented town, reported by several outlets. */
const OUTBREAK = (date: string, sentence: string): string =>
  `Fever outbreak spreads in Karsdale province\n\n${date}\n\nHealth workers in the town of Molvany say the outbreak in Karsdale province is not yet under control. ${sentence}\n\nThe Red Lantern Society runs two clinics in Molvany.\n`;

test('number: one ministry, one day, two death tolls, in digits and in words, warned on both sides', () => {
  const found = numbers({
    'bulletin.txt': OUTBREAK('12 September 2024', 'The health ministry said 23 deaths had been recorded.'),
    'evening.txt': OUTBREAK('12 September 2024', 'The health ministry said this afternoon that thirty-two people have now died.'),
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((c) => c.severity === 'warning'));
  const here = found.find((c) => c.here.uri.endsWith('bulletin.txt'))!;
  assert.match(here.message, /23 \(deaths\) according to The health ministry; evening\.txt gives 32/);
  assert.equal(here.there.uri, 'file:///ws/evening.txt');
});

test('number: a sum of money one source gives, written two ways, and a different sum', () => {
  const story = (sentence: string): string =>
    `Halvard Rovers sell Tomas Brenn to Corlan United\n\nJuly 14, 2025\n\nHalvard Rovers have agreed to sell Tomas Brenn to Corlan United. ${sentence}\n`;
  assert.equal(numbers({ 'a.txt': story('Halvard Rovers said the fee was €18m.'), 'b.txt': story('Halvard Rovers said the fee was 18 million euros.') }).length, 0, '€18m = 18 million euros');
  const found = numbers({ 'a.txt': story('Halvard Rovers said the fee was €18m.'), 'b.txt': story('Halvard Rovers have confirmed the fee as €16m.') });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /€18 million|€16 million/);
});

test('number: a charge sheet giving two different bribes, months apart, is still one figure', () => {
  const story = (date: string, amount: string): string =>
    `Trial of Ivo Marsk opens in Dunmere\n\n${date}\n\nIvo Marsk went on trial in Dunmere. According to the charge sheet, Marsk Logistics paid ${amount} in kickbacks to port officials.\n`;
  assert.equal(numbers({ 'a.txt': story('March 3, 2025', '$2.4 million'), 'b.txt': story('March 13, 2025', '$4.2 million') }).length, 2);
});

const MUST_NOT: [string, Record<string, string>][] = [
  [
    'different sources, one article giving both tolls (the difference explained)',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 23 deaths had been recorded. The Red Lantern Society, which also counts deaths at home, puts the toll at 41.'),
      'b.txt': OUTBREAK('12 September 2024', 'The health ministry said 23 deaths had been recorded.'),
      'c.txt': OUTBREAK('12 September 2024', 'The Red Lantern Society said 41 deaths had been recorded.'),
    },
  ],
  [
    'different sources, tolls more than twice apart (a toll that grows in breaking news)',
    {
      'a.txt': OUTBREAK('12 September 2024', 'Officials said two people had died.'),
      'b.txt': OUTBREAK('12 September 2024', 'The Red Lantern Society said 9 deaths had been recorded.'),
    },
  ],
  [
    'different sources, undated articles',
    {
      'a.txt': OUTBREAK('', 'The health ministry said 23 deaths had been recorded.'),
      'b.txt': OUTBREAK('', 'The Red Lantern Society said 31 deaths had been recorded.'),
    },
  ],
  [
    'the same source updating its toll days later',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 23 deaths had been recorded.'),
      'b.txt': OUTBREAK('15 September 2024', 'The health ministry said 27 deaths had been recorded.'),
    },
  ],
  [
    'an update in so many words',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 23 deaths had been recorded.'),
      'b.txt': OUTBREAK('12 September 2024', 'The death toll rose to 27, the health ministry said.'),
    },
  ],
  [
    'a bound, an estimate',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 1,240 suspected cases had been recorded.'),
      'b.txt': OUTBREAK('12 September 2024', 'The health ministry said more than 1,200 suspected cases had been recorded, and that cases could reach 3,000 suspected cases.'),
    },
  ],
  [
    'parts and totals, spaces between thousands',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 1 240 suspected cases had been recorded. In Molvany alone, the health ministry said 1,106 suspected cases had been recorded.'),
      'b.txt': OUTBREAK('12 September 2024', 'The health ministry said 1240 suspected cases had been recorded.'),
    },
  ],
  [
    'undated bids of one bidder, raised between two articles',
    {
      'a.txt': 'Harbour Exchange bid\n\nThe Harbour Exchange takeover battle goes on in Brill. Nordbourse said its offer was £1.3bn.\n',
      'b.txt': 'Harbour Exchange bid raised\n\nThe Harbour Exchange takeover battle goes on in Brill. Nordbourse said its offer was £1.4bn.\n',
    },
  ],
  [
    'a figure and its rounding',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 1,240 suspected cases had been recorded.'),
      'b.txt': OUTBREAK('12 September 2024', 'The health ministry said 1,200 suspected cases had been recorded.'),
    },
  ],
  [
    'different measures: suspected and confirmed cases',
    {
      'a.txt': OUTBREAK('12 September 2024', 'The health ministry said 1,240 suspected cases had been recorded.'),
      'b.txt': OUTBREAK('12 September 2024', 'The health ministry said 86 confirmed cases had been recorded.'),
    },
  ],
  [
    'a conversion and a correction the article makes itself',
    {
      'a.txt': 'Halvard Rovers sell Tomas Brenn\n\nJuly 14, 2025\n\nHalvard Rovers sold Tomas Brenn to Corlan United. Halvard Rovers said the fee was 18 million euros ($21 million).\n',
      'b.txt': 'Halvard Rovers sell Tomas Brenn\n\nJuly 14, 2025\n\nHalvard Rovers sold Tomas Brenn to Corlan United. An earlier version of this article said the fee was 16 million euros; Halvard Rovers said the fee was €18m.\n',
    },
  ],
  [
    'the same toll from the same source about two unrelated events',
    {
      'a.txt': 'Flood hits Ardley\n\n12 September 2024\n\nFlooding in Ardley left 12 people dead, police said.\n',
      'b.txt': 'Fire in Brennick\n\n12 September 2024\n\nA fire at a warehouse in Brennick left 3 people dead, police said.\n',
    },
  ],
];
for (const [name, articles] of MUST_NOT) test(`number, must not: ${name}`, () => assert.deepEqual(numbers(articles).map((c) => c.message), []));

/** A chemical fire in an invented town, reported by several outlets. */
const FIRE = (date: string, sentence: string): string =>
  `Chemical fire forces evacuations in Brackwater\n\n${date}\n\nA fire at the Saltmere Chemicals plant in Brackwater burned through the night. ${sentence}\n\nThe Saltmere Chemicals plant employs 300 people in Brackwater.\n`;

test('number: the same count of evacuated residents, written at length or as a night away from home, given differently', () => {
  const written = FIRE('Tuesday 14 October 2025', 'The fire service said 2,400 residents of the Kestrel Hill and Old Quay districts had been evacuated by Monday evening.');
  const night = FIRE('Tuesday 14 October 2025', 'The fire service says 2,400 people spent the night away from their homes in Kestrel Hill and Old Quay.');
  const other = FIRE('Tuesday 14 October 2025', 'By Monday night 4,200 residents of Kestrel Hill and Old Quay had been evacuated, according to the fire service.');
  for (const first of [written, night]) {
    const found = numbers({ 'a.txt': first, 'b.txt': other });
    assert.equal(found.length, 2, 'warned from both sides');
    assert.match(found[0].message, /2,400|4,200/);
  }
});

/** A mayoral election in an invented city. */
const ELECTION = (date: string, sentence: string): string =>
  `Port Lenwick mayor re-elected\n\n${date}\n\nMirela Dunne of the Harbour Alliance faced Oren Tabak of the Green List in Port Lenwick. ${sentence}\n`;

test('number: one race, one count, two winning margins', () => {
  const found = numbers({
    'a.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by 412 votes, according to provisional results published on Monday.'),
    'b.txt': ELECTION('Wednesday 11 March 2026', "Dunne led Oren Tabak by 421 votes in Monday's provisional count."),
    'c.txt': ELECTION('Monday 9 March 2026', 'The commission announced that Mirela Dunne received the largest number of votes, with a margin of 412 votes over Oren Tabak.'),
  });
  // b disagrees with a and with c, from both sides; a and c agree.
  assert.equal(found.length, 4);
  assert.ok(found.every((c) => /412|421/.test(c.message)));
});

const MUST_NOT_SAME_QUANTITY: [string, Record<string, string>][] = [
  [
    'evacuated by one night and by the next day',
    {
      'a.txt': FIRE('Tuesday 14 October 2025', 'The fire service said 2,400 residents had been evacuated by Monday night.'),
      'b.txt': FIRE('Tuesday 14 October 2025', 'The fire service said 4,200 residents had been evacuated by Tuesday.'),
    },
  ],
  [
    'a rounded count',
    {
      'a.txt': FIRE('Tuesday 14 October 2025', 'The fire service said 2,400 residents had been evacuated by Monday night.'),
      'b.txt': FIRE('Tuesday 14 October 2025', 'The fire service said more than 2,000 residents had been evacuated by Monday night.'),
    },
  ],
  [
    'different quantities: people evacuated and people injured',
    {
      'a.txt': FIRE('Tuesday 14 October 2025', 'The fire service said 2,400 residents had been evacuated by Monday night.'),
      'b.txt': FIRE('Tuesday 14 October 2025', 'The fire service said 24 residents had been injured by Monday night.'),
    },
  ],
  [
    'margins rounded, as a bound',
    {
      'a.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by 412 votes on Monday.'),
      'b.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by about 400 votes on Monday, a lead of more than 400 votes.'),
    },
  ],
  [
    'a margin after a review days later',
    {
      'a.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by 412 votes on Monday.'),
      'b.txt': ELECTION('Friday 13 March 2026', 'After the review of invalid ballots, Mirela Dunne led Oren Tabak by 387 votes on Thursday.'),
    },
  ],
  [
    'a margin and a candidate\'s count of votes, a council division',
    {
      'a.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by 412 votes on Monday.'),
      'b.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne received 18,640 votes on Monday. The old council passed its last budget by 31 votes to 12.'),
    },
  ],
  [
    'a correction note',
    {
      'a.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by 412 votes on Monday.'),
      'b.txt': ELECTION('Tuesday 10 March 2026', 'An earlier version of this article said Mirela Dunne won by 421 votes on Monday; she won by 412 votes.'),
    },
  ],
  [
    'undated margins: the counts may be days apart',
    {
      'a.txt': 'Port Lenwick vote\n\nMirela Dunne of the Harbour Alliance faced Oren Tabak of the Green List in Port Lenwick. Mirela Dunne won by 412 votes.\n',
      'b.txt': 'Port Lenwick vote\n\nMirela Dunne of the Harbour Alliance faced Oren Tabak of the Green List in Port Lenwick. Mirela Dunne won by 387 votes.\n',
    },
  ],
  [
    'the same margins in two different races',
    {
      'a.txt': ELECTION('Tuesday 10 March 2026', 'Mirela Dunne won by 412 votes on Monday.'),
      'b.txt': 'Greyhaven mayor re-elected\n\nTuesday 10 March 2026\n\nVesna Koll of the Harbour Alliance faced Osric Vale of the Green List in Greyhaven. Vesna Koll won by 387 votes on Monday.\n',
    },
  ],
];
for (const [name, articles] of MUST_NOT_SAME_QUANTITY) test(`number, must not: ${name}`, () => assert.deepEqual(numbers(articles).map((c) => c.message), []));

test('number: the source that published the figures gives them ("the figures published by the ministry remain unchanged: 23 …")', () => {
  const release = OUTBREAK('12 September 2024', 'The figures published by the health ministry this morning remain unchanged: 23 people have been confirmed dead.');
  assert.equal(numbers({ 'a.txt': release, 'b.txt': OUTBREAK('12 September 2024', 'The health ministry said 32 people have died.') }).length, 2);
  const other = numbers({ 'a.txt': release, 'b.txt': OUTBREAK('12 September 2024', 'The Red Lantern Society said 32 people have died.') });
  assert.equal(other.length, 2, 'another source disagrees too, and is named');
  assert.match(other.find((c) => c.here.uri.endsWith('b.txt'))!.message, /32 \(deaths\) according to The Red Lantern Society; a\.txt gives 23 according to the health ministry/);
});

test('number: outlets stating a toll in their own words, or from different sources, disagree on one day; another year’s toll does not count', () => {
  const found = numbers({
    'wire.txt': OUTBREAK('12 September 2024', 'The outbreak has killed 14 people, officials said. In 2019, a smaller outbreak killed 40 people in the north.'),
    'paper.txt': OUTBREAK('12 September 2024', 'Seventeen people have lost their lives so far.'),
    'radio.txt': OUTBREAK('12 September 2024', 'Fourteen people have died, the Red Lantern Society said.'),
  });
  const pairs = found.map((c) => `${c.here.uri.replace(/.*\//, '')} ${c.there.uri.replace(/.*\//, '')}`).sort();
  assert.deepEqual(pairs, ['paper.txt radio.txt', 'paper.txt wire.txt', 'radio.txt paper.txt', 'wire.txt paper.txt']);
  assert.ok(!found.some((c) => /\b40\b/.test(c.message)), 'the 2019 toll is another event');
});

test('number: shares of a whole, with what they are of: a premium, a stake, a tax rise; moves of a price on one day named are compared, moves during the day not', () => {
  const DEAL = (date: string, sentence: string): string =>
    `Brevik Seafood bids for Tallmark Fisk\n\n${date}\n\nBrevik Seafood has made an offer for Tallmark Fisk, the salmon farmer based in Ostvika. ${sentence}\n\nTallmark Fisk employs 800 people in Ostvika.\n`;
  const found = numbers({
    'wire.txt': DEAL('4 November 2025', 'The offer values Tallmark at a 38% premium to Friday’s close, and the founder’s family owns 31.5% of the company. Tallmark shares rose 30% on Monday.'),
    'trade.txt': DEAL('4 November 2025', 'The bid carries a premium of 33 per cent, and the family’s 35.1% stake will be sold. Tallmark shares rose 24% on Monday.'),
  });
  const values = found.map((c) => c.message.match(/gives ([\d.]+%)/)![1]).sort();
  assert.deepEqual(values, ['24%', '30%', '31.5%', '33%', '35.1%', '38%'], 'the premium, the stake and the rises of one day disagree');
  const intraday = numbers({
    'wire.txt': DEAL('4 November 2025', 'Tallmark shares rose as much as 30% in early trading on Monday.'),
    'trade.txt': DEAL('4 November 2025', 'Tallmark shares rose 24% on Monday.'),
  });
  assert.deepEqual(intraday, [], 'a rise at one point in the day is no move of the day');
});

test('number: a rise one side asks for and one the other offers are two figures; two asks disagree', () => {
  const story = (sentence: string): string =>
    `Dockers walk out at Kessel harbour\n\n3 March 2025\n\nDockers at Kessel harbour began a strike on Monday, the Kessel Dockworkers' Guild said. ${sentence}\n`;
  assert.deepEqual(
    numbers({ 'a.txt': story('The guild is demanding a 14% rise in basic pay.'), 'b.txt': story('The harbour company has offered a pay rise of 5 per cent over two years.') }),
    [],
    'an ask and an offer',
  );
  assert.equal(numbers({ 'a.txt': story('The guild is demanding a 14% rise in basic pay.'), 'b.txt': story('The guild is seeking an 11 per cent rise in basic pay.') }).length, 2, 'two asks');
});

test('number: the missing on one day against the missing the day before are two counts (people are found)', () => {
  const flood = (date: string, sentence: string): string =>
    `Floods in the Varra valley\n\n${date}\n\nFloods swept through the Varra valley towns of Lessen and Ombry, the regional civil defence said. ${sentence}\n`;
  assert.deepEqual(numbers({ 'a.txt': flood('10 June 2025', 'Eleven people are still missing.'), 'b.txt': flood('11 June 2025', 'Seven people are still missing.') }), []);
  assert.equal(numbers({ 'a.txt': flood('10 June 2025', 'Eleven people are still missing.'), 'b.txt': flood('10 June 2025', 'Seven people are still missing.') }).length, 2, 'the same day');
});
