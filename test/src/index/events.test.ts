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
  assert.equal(here.message, 'Date: this article says Dana Voss testified Tuesday (2025-03-11); analysis.txt says Wednesday (2025-03-12).');
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
