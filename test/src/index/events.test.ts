// Dated events compared across articles, on articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import type { Contradiction } from '../../../server/out/index/contradictions';
import { loadNerData } from '../../../server/out/index/ner-data';
import { Workspace } from '../../../server/out/index/workspace';

loadNerData();

function dates(articles: Record<string, string>): Contradiction[] {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(articles)) ws.set(`file:///ws/${name}`, text, analyze(text));
  return Object.keys(articles).flatMap((name) => ws.contradictions(`file:///ws/${name}`)).filter((c) => c.kind === 'date');
}

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
