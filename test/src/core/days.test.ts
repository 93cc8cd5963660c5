import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysApart, publicationDate, resolveDay, withYear } from '../../../server/out/core/days';
import { lines, lineStarts } from '../../../server/out/core/text';

test('resolveDay: the latest such weekday on or before the article date', () => {
  assert.equal(resolveDay('Tuesday', '2016-05-31'), '2016-05-31');
  assert.equal(resolveDay('Sunday', '2016-05-31'), '2016-05-29');
  assert.equal(resolveDay('Wednesday', '2016-05-31'), '2016-05-25');
  assert.equal(resolveDay('May 30', '2016-05-31'), '2016-05-30');
  assert.equal(resolveDay('30 May', '2016-05-31'), '2016-05-30');
  assert.equal(resolveDay('yesterday', '2016-03-01'), '2016-02-29');
  assert.equal(resolveDay('February 30', '2016-05-31'), null);
  assert.equal(resolveDay('Sunday', null), null);
});

test('resolveDay: a day ahead ("closes on Friday") is the first on or after the article date', () => {
  assert.equal(resolveDay('Friday', '2025-03-11', true), '2025-03-14');
  assert.equal(resolveDay('Tuesday', '2025-03-11', true), '2025-03-11');
});

test('publication dates: headers of many shapes, a dateline without a year, not a date in the body', () => {
  const date = (raw: string) => publicationDate(raw, lines(raw, lineStarts(raw)));
  assert.equal(date('OUTLET\n\nHeadline here\n\n15/09/2024 · Updated 11:42 GMT\n\nBody.\n'), '2024-09-15');
  assert.equal(date('Headline\n\nJan Novak · 11. 7. 2025 08:05\n\nBody.\n'), '2025-07-11');
  assert.equal(date('Headline\n\nTue 11 Mar 2025 17:48 EET\n\nBody.\n'), '2025-03-11');
  assert.equal(date('Headline\n\nPosted by someone on 14 July 2025 at 21:37\n\nBody.\n'), '2025-07-14');
  assert.equal(date('Press release\nCapital City, 12\u00a0September 2024\n\nBody.\n'), '2024-09-12');
  assert.equal(date('Headline\n\nVELDIN, July 14 (Wire) - The club said on Monday it had sold its winger.\n'), '--07-14');
  assert.equal(date('Headline\n\nPORT ELSA, Sept 12 (Wire) - The minister spoke.\n'), '--09-12');
  assert.equal(date(`Headline\n\n${'A long first paragraph of the body that goes on and on. '.repeat(5)}\n\nThe plant opened on 3 March 2020.\n`), null);
});

test('withYear and daysApart: a date without a year takes the other article\'s year', () => {
  assert.equal(withYear('--07-14', '2025-07-11'), '2025-07-14');
  assert.equal(withYear('2025-07-14', null), '2025-07-14');
  assert.equal(withYear('--07-14', null), null);
  assert.equal(daysApart('--09-12', '2024-09-13'), 1);
});

test('resolveDay: abbreviated months, dates with their year, days relative to the article, last year\'s December', () => {
  assert.equal(resolveDay('Feb. 2', '2026-02-04'), '2026-02-02');
  assert.equal(resolveDay('29 January 2026', null), '2026-01-29');
  assert.equal(resolveDay('Oct 14, 2025', '2026-01-01'), '2025-10-14');
  assert.equal(resolveDay('this afternoon', '2026-02-02'), '2026-02-02');
  assert.equal(resolveDay('last night', '2026-02-02'), '2026-02-01');
  assert.equal(resolveDay('29 December', '2026-01-03'), '2025-12-29');
  assert.equal(resolveDay('29 December', '2026-01-03', true), '2026-12-29');
});

test('publication dates: a dateline over a date in a header sentence, a region in a dateline, a programme line, a year from the body', () => {
  const date = (raw: string) => publicationDate(raw, lines(raw, lineStarts(raw)));
  assert.equal(date('NOTICE No. 3/2026\n\nResults of the ballot held on Sunday 8 March 2026\n\nOrvel, 9 March 2026\n\nBody.\n'), '2026-03-09');
  assert.equal(date('Results of the ballot held on Sunday 8 March 2026\n\nBody.\n'), '2026-03-08');
  assert.equal(date('Headline\n\nPORT ELSA, Norland, Oct 14 (Wire) - The minister spoke.\n'), '--10-14');
  assert.equal(date('Headline\n\nPORT ELSA, Oct 14 (Wire) - The fire broke out on 13 October 2025, officials said.\n'), '2025-10-14');
  assert.equal(date('HARBOUR FM\nNIGHT DESK - Monday 2 February\nProgramme transcript\n\nBody.\n'), '--02-02');
  assert.equal(date('Headline\n\nA reporter looked back on Monday 2 February\n\nBody.\n'), null);
});
