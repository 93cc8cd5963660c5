// Dated events compared across articles, on articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Contradiction } from '../../../server/out/index/contradictions';
import { loadNerData } from '../../../server/out/index/ner-data';
import { DISPUTE, contradictionsOf } from './contradicting';

loadNerData();

const dates = (articles: Record<string, string>) => contradictionsOf('date', articles);

const TRIAL = (date: string, body: string): string => `Arlen Holding fraud trial in Dunmere\n\n${date}\n\nThe trial of Ivo Marsk, founder of Arlen Holding, continued in Dunmere. ${body}\n`;

test('date: one witness, one testimony, two days, across a weekday and an absolute date', () => {
  const found = dates({
    'live.txt': TRIAL('Tue 11 Mar 2025', 'Dana Voss testified on Tuesday that she signed the invoices.'),
    'analysis.txt': TRIAL('15 March 2025', 'Dana Voss testified on Wednesday, March 12, that she signed the invoices.'),
  });
  assert.equal(found.length, 2);
  const here = found.find((c) => c.here.uri.endsWith('live.txt'))!;
  assert.equal(here.message, 'Date: this article says Dana Voss testified Tuesday (2025-03-11); analysis.txt says March 12 (2025-03-12).');
});

const MUST_NOT: [string, Record<string, string>][] = [
  [
    'the same day in other words',
    { 'a.txt': TRIAL('Tue 11 Mar 2025', 'Dana Voss testified on Tuesday.'), 'b.txt': TRIAL('15 March 2025', 'Dana Voss testified on 11 March.') },
  ],
  [
    'two people with one surname on two days',
    {
      'a.txt': TRIAL('Tue 11 Mar 2025', 'Dana Voss testified on Tuesday.'),
      'b.txt': TRIAL('15 March 2025', 'Dana Voss testified on Tuesday. Petr Voss, no relation, testified on Wednesday.'),
    },
  ],
  [
    'an article naming both days of a deed',
    { 'a.txt': TRIAL('Tue 11 Mar 2025', 'Dana Voss testified on Tuesday.'), 'b.txt': TRIAL('15 March 2025', 'Dana Voss testified on Tuesday and testified again on Wednesday.') },
  ],
  [
    'a re-signing is not the signing',
    { 'a.txt': TRIAL('Tue 11 Mar 2025', 'Arlen Holding signed Dana Voss on Tuesday.'), 'b.txt': TRIAL('Tue 11 Mar 2025', 'Arlen Holding re-signed Dana Voss on Monday.') },
  ],
  [
    'weekdays read against articles months apart',
    { 'a.txt': TRIAL('Tue 11 Mar 2025', 'Dana Voss resigned on Monday.'), 'b.txt': TRIAL('Tue 10 Jun 2025', 'Dana Voss resigned on Monday.') },
  ],
];
for (const [name, articles] of MUST_NOT) test(`date, must not: ${name}`, () => assert.deepEqual(dates(articles).map((c) => c.message), []));

// A suspension, a halt in production and a first contact, dated by a broadcast, a wire and papers.
const RADIO = (body: string): string =>
  `CORVALE RADIO 101.4 FM\nEVENING SPORTS HOUR - Monday 2 February 2026\nProgramme transcript\n\nANNA PELD, PRESENTER: Good evening. ${body}\n\nANNA PELD, PRESENTER: The club plays Halvery Town on Saturday.\n`;
const WIRE = (body: string): string => `Corvale United suspend striker\n\nMARROWICK, Feb 2 (Tellwire) - ${body}\n\nThe club plays Halvery Town on Saturday.\n`;
const PAPER = (date: string, body: string): string => `THE MARROWICK COURIER\n\nStriker suspended as Corvale United crisis deepens\n\nBy Jon Asterly\n${date}\n\n${body}\n\nThe club plays Halvery Town on Saturday.\n`;
const SUSPENDED_THIS_AFTERNOON = 'Corvale United striker Tovan Reik was suspended by the club this afternoon after a row at the Marrowick training ground.';

test('date: a suspension dated this afternoon by a Monday broadcast and on Monday by a wire, on Sunday by a paper', () => {
  const found = dates({
    'radio.txt': RADIO(SUSPENDED_THIS_AFTERNOON),
    'wire.txt': WIRE('Corvale United suspended striker Tovan Reik on Monday after a row at the Marrowick training ground, the club said.'),
    'paper.txt': PAPER('Tuesday 3 February 2026', 'Tovan Reik was suspended by Corvale United on Sunday, two days after a row at the Marrowick training ground.'),
  });
  const pairs = found.map((c) => [c.here.uri.slice(11), c.there.uri.slice(11)].sort().join('/')).sort();
  assert.deepEqual(pairs, ['paper.txt/radio.txt', 'paper.txt/radio.txt', 'paper.txt/wire.txt', 'paper.txt/wire.txt']);
  const radio = found.find((c) => c.here.uri.endsWith('radio.txt'))!;
  assert.equal(radio.message, 'Date: this article says Tovan Reik was suspended this afternoon (2026-02-02); paper.txt says Sunday (2026-02-01).');
});

const PLANT = (header: string, body: string): string => `${header}\n\n${body} Brenlow Motors employs 2,400 people at Kesting.\n`;

test('date: production suspended on one day by a statement, on another by a wire, the company named on one side only', () => {
  const found = dates({
    'statement.txt': PLANT('Brenlow Motors statement\n\nKesting, 3 February 2026', 'Production on the Kesting assembly line was suspended on 29 January 2026 after a fault in the paint shop.'),
    'wire.txt': PLANT('Carmaker halts line\n\nKESTING, Feb 4 (Tellwire) -', 'Brenlow Motors suspended production at its Kesting plant on Feb. 2 after a fault in the paint shop, the company said.'),
  });
  assert.equal(found.length, 2);
  assert.match(found.find((c) => c.here.uri.endsWith('statement.txt'))!.message, /production was suspended 29 January 2026 \(2026-01-29\); wire\.txt says Feb\. 2 \(2026-02-02\)/);
});

test('date: a fault put right is no correction of the article ("until the cause has been identified and corrected")', () => {
  const found = dates({
    'statement.txt': PLANT(
      'Brenlow Motors statement\n\nKesting, 3 February 2026',
      'Production on the Kesting assembly line was suspended on 29 January 2026 and will stay suspended until the fault has been found and corrected.',
    ),
    'wire.txt': PLANT('Carmaker halts line\n\nKESTING, Feb 4 (Tellwire) -', 'Brenlow Motors suspended production at its Kesting plant on Feb. 2 after a fault in the paint shop, the company said.'),
  });
  assert.equal(found.length, 2);
  // A correction of the article itself still states the other day on purpose.
  const corrected = dates({
    'statement.txt': PLANT('Brenlow Motors statement\n\nKesting, 3 February 2026', 'This article was corrected on 4 February: production at the Kesting plant was suspended on 29 January 2026.'),
    'wire.txt': PLANT('Carmaker halts line\n\nKESTING, Feb 4 (Tellwire) -', 'Brenlow Motors suspended production at its Kesting plant on Feb. 2 after a fault in the paint shop, the company said.'),
  });
  assert.equal(corrected.length, 0);
});

const INTERVIEW = `Five questions for the Brenlow whistleblower\n\n12 March 2025\n\nMira Colvane worked as a safety engineer at Brenlow Motors in Kesting for nine years.\n\nQ: When did you tell the regulator?\n\nA: I sent the first email on 2 September 2024, after the second fire in the paint shop.\n\nQ: Did they answer?\n\nA: Not for a month. Nobody from Brenlow Motors called me either.\n`;

test('date: a first contact dated by its sender in an interview and earlier by a paper', () => {
  const found = dates({
    'interview.txt': INTERVIEW,
    'paper.txt': PAPER('14 March 2025', 'Mira Colvane, a safety engineer at Brenlow Motors in Kesting, first emailed the regulator on 14 August 2024.'),
  });
  assert.equal(found.length, 2);
  assert.equal(found.find((c) => c.here.uri.endsWith('interview.txt'))!.message, 'Date: this article says Mira Colvane first contacted 2 September 2024 (2024-09-02); paper.txt says 14 August 2024 (2024-08-14).');
});

test('date: a message sent to the regulator before the day its sender gives for the first one', () => {
  const found = dates({
    'interview.txt': INTERVIEW,
    'paper.txt': PAPER('14 March 2025', 'Mira Colvane, a safety engineer at Brenlow Motors in Kesting, sent an email to the regulator on 14 August 2024.'),
  });
  assert.equal(found.length, 2);
  // One sent after the first is no disagreement.
  assert.equal(
    dates({ 'interview.txt': INTERVIEW, 'paper.txt': PAPER('14 March 2025', 'Mira Colvane, a safety engineer at Brenlow Motors in Kesting, sent a letter to the regulator on 20 September 2024.') }).length,
    0,
  );
});

const QUIET: [string, Record<string, string>][] = [
  [
    'a second suspension of the same player',
    {
      'radio.txt': RADIO(SUSPENDED_THIS_AFTERNOON),
      'paper.txt': PAPER('Friday 6 February 2026', 'Tovan Reik was suspended again on Thursday by Corvale United, days after a row at the Marrowick training ground.'),
    },
  ],
  [
    'Saturday night local time against Sunday elsewhere',
    {
      'wire.txt': WIRE('Corvale United suspended striker Tovan Reik on Saturday night local time after a row at the Marrowick training ground.'),
      'paper.txt': PAPER('Tuesday 3 February 2026', 'Tovan Reik was suspended by Corvale United on Sunday after a row at the Marrowick training ground.'),
    },
  ],
  [
    'a bound: suspended by Monday against on Sunday',
    {
      'wire.txt': WIRE('Corvale United had suspended striker Tovan Reik by Monday, after a row at the Marrowick training ground.'),
      'paper.txt': PAPER('Tuesday 3 February 2026', 'Tovan Reik was suspended by Corvale United on Sunday after a row at the Marrowick training ground.'),
    },
  ],
  [
    'a correction stating the other day',
    {
      'radio.txt': RADIO(SUSPENDED_THIS_AFTERNOON),
      'paper.txt': PAPER('Tuesday 3 February 2026', 'Correction: an earlier version of this article said Tovan Reik was suspended by Corvale United on Sunday at the Marrowick training ground.'),
    },
  ],
  [
    'a vague day: last week against Monday of that week',
    {
      'radio.txt': RADIO(SUSPENDED_THIS_AFTERNOON),
      'paper.txt': PAPER('Monday 9 February 2026', 'Tovan Reik was suspended by Corvale United last week after a row at the Marrowick training ground.'),
    },
  ],
  [
    'an email after the first one',
    { 'interview.txt': INTERVIEW, 'paper.txt': PAPER('14 March 2025', 'Mira Colvane, a safety engineer at Brenlow Motors in Kesting, emailed the regulator on 20 September 2024.') },
  ],
  [
    'first emails to two different people',
    {
      'interview.txt': INTERVIEW.replace('I sent the first email on 2 September 2024', 'I first emailed my manager on 2 May 2024'),
      'paper.txt': PAPER('14 March 2025', 'Mira Colvane, a safety engineer at Brenlow Motors in Kesting, first emailed the regulator on 14 August 2024.'),
    },
  ],
  [
    'production suspended at two different plants of one company',
    {
      'statement.txt': PLANT('Brenlow Motors statement\n\nKesting, 3 February 2026', 'Production at Ardley Components was suspended on 29 January 2026 after a fault in the paint shop.'),
      'wire.txt': PLANT('Carmaker halts line\n\nKESTING, Feb 4 (Tellwire) -', 'Brenlow Motors suspended production at its Kesting plant on Feb. 2 after a fault in the paint shop, the company said.'),
    },
  ],
];
for (const [name, articles] of QUIET) test(`date, must not: ${name}`, () => assert.deepEqual(dates(articles).map((c) => c.message), []));

// Happenings (core/happenings.ts): a roof falling in at a pumping hall, the hearing after it, closures, a claims window.
const VALLEY = (date: string, body: string): string =>
  `Orskel pumping hall roof falls in\n\n${date}\n\nThe Halvane Water Board runs the Orskel pumping hall above the town of Dunraith. ${body}\n\nGreta Marlow, who chairs the Halvane Water Board, has apologised to Dunraith.\n`;
const pairsOf = (found: Contradiction[]): string[] => found.map((c) => `${c.here.uri.slice(11)}:${c.here.value}/${c.there.uri.slice(11)}:${c.there.value}`).sort();

const HAPPENINGS: [string, Record<string, string>, string[]][] = [
  [
    'the day a roof collapsed, with a weekday and a date on one side',
    {
      'wire.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall caved in shortly before dawn on Saturday, 14 June, burying two pumps.'),
      'trade.txt': VALLEY('Tuesday 17 June 2025', 'Shares in the Halvane Water Board have slid since the roof of the Orskel pumping hall collapsed on 13 June.'),
    },
    ['trade.txt:2025-06-13/wire.txt:2025-06-14', 'wire.txt:2025-06-14/trade.txt:2025-06-13'],
  ],
  [
    'a meeting dated after it and with the date as an adjective',
    {
      'paper.txt': VALLEY('Monday 30 June 2025', 'About 60 people queued to speak at a town-hall hearing on June 24 in Dunraith.'),
      'weekly.txt': VALLEY('Thursday 3 July 2025', 'Some 60 speakers addressed the June 26 town-hall hearing in Dunraith.'),
    },
    ['paper.txt:2025-06-24/weekly.txt:2025-06-26', 'weekly.txt:2025-06-26/paper.txt:2025-06-24'],
  ],
  [
    'a closure ahead, "are to shut on" against "will be shut from"',
    {
      'paper.txt': VALLEY('Monday 7 July 2025', 'Both Dunraith lidos are to shut on September 1.'),
      'union.txt': VALLEY('Tuesday 8 July 2025', 'Our members were told the lidos will be shut from August 1.'),
    },
    ['paper.txt:2025-09-01/union.txt:2025-08-01', 'union.txt:2025-08-01/paper.txt:2025-09-01'],
  ],
  [
    'the end of a period: "stays open until", a range, "shuts on"',
    {
      'wire.txt': VALLEY('Monday 7 July 2025', 'The compensation window stays open until 30 September.'),
      'release.txt': VALLEY('Monday 7 July 2025', 'The compensation window will run from July 14 to September 30, 2025.'),
      'trade.txt': VALLEY('Tuesday 8 July 2025', 'The compensation window shuts on 26 September, the board says.'),
    },
    [
      'release.txt:2025-09-30/trade.txt:2025-09-26',
      'trade.txt:2025-09-26/release.txt:2025-09-30',
      'trade.txt:2025-09-26/wire.txt:2025-09-30',
      'wire.txt:2025-09-30/trade.txt:2025-09-26',
    ],
  ],
  [
    'a reopening: "will stay closed until" a day against "will reopen on" another',
    {
      // Monday 7 July 2025: Friday is 11 July, Tuesday 8 July.
      'wire.txt': VALLEY('Monday 7 July 2025', 'The pumping hall will stay closed until Friday while engineers check the roof, the board said.'),
      'paper.txt': VALLEY('Monday 7 July 2025', 'The pumping hall will reopen on Tuesday, the board said.'),
    },
    ['paper.txt:2025-07-08/wire.txt:2025-07-11', 'wire.txt:2025-07-11/paper.txt:2025-07-08'],
  ],
  [
    'the month of the last inspection, by the board on one side and by "its inspectors" on the other',
    {
      'wire.txt': VALLEY('Sunday 15 June 2025', 'The Halvane Water Board last inspected the roof in February.'),
      'explainer.txt': VALLEY('Friday 20 June 2025', 'Its inspectors last visited the pumping hall in April, the Halvane Water Board says.'),
    },
    ['explainer.txt:2025-04/wire.txt:2025-02', 'wire.txt:2025-02/explainer.txt:2025-04'],
  ],
  [
    'the last inspection as a noun ("its most recent regular inspection … took place in") against "last inspected"',
    {
      'release.txt': VALLEY('Sunday 15 June 2025', 'The hall is inspected regularly. Its most recent regular inspection by the Halvane Water Board took place in October 2024.'),
      'paper.txt': VALLEY('Monday 16 June 2025', 'According to its records, the Halvane Water Board last inspected the hall in May 2023.'),
    },
    ['paper.txt:2023-05/release.txt:2024-10', 'release.txt:2024-10/paper.txt:2023-05'],
  ],
  [
    'two nights: "in the early hours of Saturday" against "early on Sunday"',
    {
      'wire.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall collapsed in the early hours of Saturday.'),
      'paper.txt': VALLEY('Monday 16 June 2025', 'The roof of the Orskel pumping hall collapsed early on Sunday, 15 June.'),
    },
    ['paper.txt:2025-06-15/wire.txt:2025-06-14', 'wire.txt:2025-06-14/paper.txt:2025-06-15'],
  ],
];
for (const [name, articles, pairs] of HAPPENINGS) test(`date, a happening: ${name}`, () => assert.deepEqual(pairsOf(dates(articles)), pairs));

test('date, a happening: the message names it and both days', () => {
  const found = dates(HAPPENINGS[1][1]);
  assert.equal(found.find((c) => c.here.uri.endsWith('paper.txt'))!.message, 'Date: this article dates the town-hall hearing June 24 (2025-06-24); weekly.txt dates it June 26 (2025-06-26).');
});

const HAPPENINGS_QUIET: [string, Record<string, string>][] = [
  [
    'closed until a day and reopening that day or the day after',
    {
      'wire.txt': VALLEY('Monday 7 July 2025', 'The pumping hall will stay closed until Friday, the board said.'),
      'paper.txt': VALLEY('Monday 7 July 2025', 'The pumping hall will reopen on Saturday, the board said.'),
    },
  ],
  [
    'closed for a while, no day',
    {
      'wire.txt': VALLEY('Monday 7 July 2025', 'The pumping hall is closed while engineers check the roof.'),
      'paper.txt': VALLEY('Monday 7 July 2025', 'The pumping hall will reopen on Tuesday, the board said.'),
    },
  ],
  [
    'two hearings set apart by other words',
    {
      'a.txt': VALLEY('Monday 30 June 2025', 'Greta Marlow appeared at a preliminary hearing on June 24.'),
      'b.txt': VALLEY('Thursday 3 July 2025', 'Greta Marlow spoke at the June 26 town-hall hearing.'),
    },
  ],
  [
    'a hearing held after the other article was written',
    {
      'a.txt': VALLEY('Wednesday 25 June 2025', 'Farmers spoke at a town-hall hearing on June 24.'),
      'b.txt': VALLEY('Friday 4 July 2025', 'Farmers spoke at the July 3 town-hall hearing.'),
    },
  ],
  [
    'a change of date stated as one',
    {
      'a.txt': VALLEY('Monday 16 June 2025', 'Farmers will speak at a town-hall hearing on June 24.'),
      'b.txt': VALLEY('Friday 20 June 2025', 'The town-hall hearing has been postponed and will now be held on June 26.'),
    },
  ],
  [
    'a correction note',
    {
      'a.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall collapsed on 14 June.'),
      'b.txt': VALLEY('Tuesday 17 June 2025', 'Correction: an earlier version of this story said the roof of the Orskel pumping hall collapsed on 13 June.'),
    },
  ],
  [
    'a range against one of its ends, and a day within a month',
    {
      'a.txt': VALLEY('Monday 7 July 2025', 'The compensation window will run from July 14 to September 30, 2025. The Halvane Water Board last inspected the Orskel roof in February.'),
      'b.txt': VALLEY('Tuesday 8 July 2025', 'The compensation window shuts on 30 September. The Halvane Water Board last inspected the Orskel roof on 12 February.'),
    },
  ],
  [
    'since a month, a rounded month, a recurring inspection',
    {
      'a.txt': VALLEY('Monday 7 July 2025', 'The Dunraith lidos have been shut since January. The Halvane Water Board inspected the Orskel roof in early March. It inspects the hall every May.'),
      'b.txt': VALLEY('Tuesday 8 July 2025', 'The Dunraith lidos shut on 3 February. The Halvane Water Board inspected the Orskel roof on 20 March. It inspected the hall in June.'),
    },
  ],
  [
    'one night: "late on Friday" or "Friday night" against "early on Saturday" or "on Saturday"',
    {
      'a.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall collapsed late on Friday.'),
      'b.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall collapsed in the early hours of Saturday.'),
      'c.txt': VALLEY('Monday 16 June 2025', 'The roof of the Orskel pumping hall collapsed on Friday night, 13 June.'),
      'd.txt': VALLEY('Monday 16 June 2025', 'The roof of the Orskel pumping hall collapsed on Saturday, 14 June.'),
    },
  ],
  [
    'local time across midnight',
    {
      'a.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall collapsed at 11.50pm local time on 13 June.'),
      'b.txt': VALLEY('Tuesday 17 June 2025', 'The roof of the Orskel pumping hall collapsed on 14 June.'),
    },
  ],
  [
    'two collapses with no name in common',
    {
      'a.txt': VALLEY('Sunday 15 June 2025', 'The roof of the Orskel pumping hall collapsed on 14 June.'),
      'b.txt': VALLEY('Tuesday 17 June 2025', 'The roof of the Vessary grain store collapsed on 13 June.'),
    },
  ],
  [
    'a sudden one the article recalls from months before',
    {
      'a.txt': VALLEY('Monday 13 October 2025', "Sunday's blast at the Orskel fuel store shook the valley. A blast at a Halvane Water Board depot in Dunraith in March injured two workers."),
      'b.txt': VALLEY('Tuesday 14 October 2025', 'A blast at the Orskel fuel store in Dunraith on Sunday shook the town.'),
    },
  ],
  [
    'a month ahead after "expects to", against the same month',
    {
      'a.txt': VALLEY('Wednesday 29 October 2025', 'The Halvane Water Board expects to close the sale of its Dunraith depot in January.'),
      'b.txt': VALLEY('Friday 31 October 2025', 'The sale of the Dunraith depot is expected to close in January.'),
    },
  ],
  [
    'two meetings of one name a month apart',
    {
      'a.txt': VALLEY('Monday 24 November 2025', 'Farmers spoke at a town-hall hearing on October 13 and again on November 20.'),
      'b.txt': VALLEY('Monday 24 November 2025', 'Farmers spoke at the November 20 town-hall hearing.'),
    },
  ],
];
for (const [name, articles] of HAPPENINGS_QUIET) test(`date, a happening, must not: ${name}`, () => assert.deepEqual(dates(articles).map((c) => c.message), []));

test('date: the sides of a dispute called to talks on two different days, a weekday read ahead', () => {
  const found = dates({
    // Tuesday 4 March 2025: Friday is 7 March.
    'wire.txt': DISPUTE('Tuesday 4 March 2025', 'The transport minister said he had called both sides to talks on Thursday, March 6, at the ministry.'),
    'tv.txt': DISPUTE('Tuesday 4 March 2025', 'The ministry has invited both sides to talks on Friday, at the harbour offices.'),
  });
  assert.deepEqual(pairsOf(found), ['tv.txt:2025-03-07/wire.txt:2025-03-06', 'wire.txt:2025-03-06/tv.txt:2025-03-07']);
});

test('date, must not: talks told otherwise than as a summons, or a summons to talks postponed', () => {
  const called = DISPUTE('Tuesday 4 March 2025', 'The ministry has invited both sides to talks on Friday.');
  for (const other of ['Talks on Monday broke down after an hour.', 'Both sides held talks on Thursday, March 6.', 'The minister had called both sides to talks on Thursday but postponed them to Friday.']) {
    assert.deepEqual(dates({ 'a.txt': called, 'b.txt': DISPUTE('Tuesday 4 March 2025', other) }).map((c) => c.message), [], other);
  }
});

const DRUG_TRIAL = (date: string, body: string): string =>
  `Drug trial halted in Corvale\n\n${date}\n\nBrindle Labs is testing its heart drug Ostavir on 400 patients in Corvale and Marrowick. ${body}\n\nShares in Brindle Labs fell.\n`;

test('date: a thing suspended or paused, named by its own noun ("a mid-stage trial", "dosing")', () => {
  const found = dates({
    'wire.txt': DRUG_TRIAL('Friday 7 November 2025', 'The national medicines board on Wednesday suspended a mid-stage trial of Brindle Labs\' drug.'),
    'weekly.txt': DRUG_TRIAL('Saturday 8 November 2025', 'The national medicines board suspended the trial outright on Thursday. The company paused dosing on 31 October.'),
    'statement.txt': DRUG_TRIAL('Tuesday 4 November 2025', 'Dosing in all arms of the study was paused on 3 November 2025 on the advice of its monitors.'),
  });
  assert.deepEqual(pairsOf(found), [
    'statement.txt:2025-11-03/weekly.txt:2025-10-31',
    'weekly.txt:2025-10-31/statement.txt:2025-11-03',
    'weekly.txt:2025-11-06/wire.txt:2025-11-05',
    'wire.txt:2025-11-05/weekly.txt:2025-11-06',
  ]);
  // Different things on different days, and a share price closing lower, are no disagreement.
  assert.deepEqual(
    dates({
      'a.txt': DRUG_TRIAL('Friday 7 November 2025', 'The company paused dosing on 31 October. Shares in Brindle Labs closed 38% lower on Tuesday.'),
      'b.txt': DRUG_TRIAL('Saturday 8 November 2025', 'The national medicines board suspended the trial on Thursday. Shares in Brindle Labs closed on Wednesday at a record low.'),
    }).map((c) => c.message),
    [],
  );
});

const MUSEUM = (date: string, body: string): string =>
  `Paintings stolen from the Hellby Gallery\n\n${date}\n\nThe Hellby Gallery in Velham lost four paintings, Velham Police said. ${body}\n`;

test('date: a break-in whose sentences name different things of one event, two nights apart', () => {
  const found = dates({
    'wire.txt': MUSEUM('Monday 20 October 2025', 'Thieves forced their way into a small museum in Velham early on Sunday.'),
    'column.txt': MUSEUM('Wednesday 22 October 2025', 'Burglars broke into the Hellby Gallery in the early hours of Saturday.'),
    'paper.txt': MUSEUM('Monday 20 October 2025', 'Burglars broke into the Hellby Gallery late on Saturday night.'),
  });
  assert.deepEqual(pairsOf(found), ['column.txt:2025-10-18/wire.txt:2025-10-19', 'wire.txt:2025-10-19/column.txt:2025-10-18']);
});

const COUNCIL = (date: string, body: string): string =>
  `Brennick council leader steps down\n\n${date}\n\nThe Brennick council leader, Olan Fenwick of the Harrow Party, has left office. ${body}\n`;

test('date: a day of the month alone ("on the afternoon of the 13th") against a weekday, a year alone against a month of another year (in sentences that name a day or month too)', () => {
  const found = dates({
    'wire.txt': COUNCIL('Wednesday 12 November 2025', 'Olan Fenwick resigned on Wednesday. His deputy Mira Stell was sentenced in 2017 for fraud, after a trial that began in May.'),
    'paper.txt': COUNCIL('Saturday 15 November 2025', 'Olan Fenwick resigned on the afternoon of the 13th, two days before the vote on Saturday. His deputy Mira Stell was sentenced in March 2019 for fraud.'),
  });
  assert.deepEqual(pairsOf(found), ['paper.txt:2019-03/wire.txt:2017', 'paper.txt:2025-11-13/wire.txt:2025-11-12', 'wire.txt:2017/paper.txt:2019-03', 'wire.txt:2025-11-12/paper.txt:2025-11-13']);
  // A year holding the month, and a deed done again in other years (elected), are no disagreement.
  assert.deepEqual(
    dates({
      'a.txt': COUNCIL('Wednesday 12 November 2025', 'His deputy Mira Stell was sentenced in 2019 for fraud, after a trial in May. Olan Fenwick was elected in 2014, on a Thursday.'),
      'b.txt': COUNCIL('Saturday 15 November 2025', 'His deputy Mira Stell was sentenced in March 2019 for fraud. Olan Fenwick was elected in 2018, on a Thursday.'),
    }).map((c) => c.message),
    [],
  );
});

test('date: a term "due to expire in April 2028" against one "due to end in March 2027"', () => {
  const found = dates({
    'a.txt': COUNCIL('Wednesday 12 November 2025', "Olan Fenwick's four-year term as leader is due to expire in April 2028."),
    'b.txt': COUNCIL('Thursday 13 November 2025', 'His term as council leader is due to end in March 2027, officials said.'),
  });
  assert.deepEqual(pairsOf(found), ['a.txt:2028-04/b.txt:2027-03', 'b.txt:2027-03/a.txt:2028-04']);
});
