// Happenings given a clock time, compared across articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Contradiction } from '../../../server/out/index/contradictions';
import { loadNerData } from '../../../server/out/index/ner-data';
import { contradictionsOf } from './contradicting';

loadNerData();

const times = (articles: Record<string, string>): Contradiction[] => contradictionsOf('date', articles).filter((c) => c.message.startsWith('Time:'));
const pairsOf = (found: Contradiction[]): string[] => found.map((c) => `${c.here.uri.slice(11)}:${c.here.value}/${c.there.uri.slice(11)}:${c.there.value}`).sort();
const WEIR = (date: string, body: string): string =>
  `Brenmoor weir gives way\n\n${date}\n\nThe old weir above Brenmoor gave way after three days of rain, the Harrowgate Water Board said. ${body}\n\nHundreds of homes in Brenmoor were flooded.\n`;

test('time: the same sirens at 23:50 on a Saturday and shortly after 2 a.m. on the Sunday', () => {
  const found = times({
    'wire.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 23:50 on Saturday, the board said.'),
    'board.txt': WEIR('Sunday 12 April 2026', 'The flood sirens in the lower town were activated at 23:50 on Saturday, 11 April.'),
    'paper.txt': WEIR('Monday 13 April 2026', 'Residents told the Brenmoor Echo the sirens on the river only sounded shortly after 2 a.m. on Sunday.'),
  });
  assert.deepEqual(pairsOf(found), [
    'board.txt:2026-04-11 23:50/paper.txt:2026-04-12 02:15',
    'paper.txt:2026-04-12 02:15/board.txt:2026-04-11 23:50',
    'paper.txt:2026-04-12 02:15/wire.txt:2026-04-11 23:50',
    'wire.txt:2026-04-11 23:50/paper.txt:2026-04-12 02:15',
  ]);
  assert.match(found[0].message, /^Time: this article says of the siren “/);
});

test('time: a body informed at one time, and "not informed until" another', () => {
  const found = times({
    'firm.txt': WEIR('Sunday 12 April 2026', 'The Ostrel County Council was informed at 04:20.'),
    'paper.txt': WEIR('Monday 13 April 2026', 'The Ostrel County Council told the Brenmoor Echo that its duty officer was not informed until 08:35 on Sunday.'),
  });
  assert.deepEqual(pairsOf(found), ['firm.txt:04:20/paper.txt:2026-04-12 08:35', 'paper.txt:2026-04-12 08:35/firm.txt:04:20']);
});

test('time: a strike "from 00:01 on Sunday" against workers who "walked out at 6am on Sunday"', () => {
  const found = times({
    'union.txt': WEIR('Saturday 11 April 2026', 'Lock keepers will stop work in a 48-hour strike from 00:01 on Sunday 12 April 2026.'),
    'paper.txt': WEIR('Monday 13 April 2026', 'About 300 lock keepers walked out at 6am on Sunday, union officials said.'),
  });
  assert.deepEqual(pairsOf(found), ['paper.txt:2026-04-12 06:00/union.txt:2026-04-12 00:01', 'union.txt:2026-04-12 00:01/paper.txt:2026-04-12 06:00']);
});

test('time: a blow told as "hit" at one time and "struck" at another, a time written with its part of the day', () => {
  const found = times({
    'wire.txt': WEIR('Sunday 12 April 2026', 'The dredger Corvina Star struck the weir\'s east gate at 4:10 a.m. on Sunday, the board said.'),
    'radio.txt': WEIR('Sunday 12 April 2026', 'The dredger Corvina Star hit the gate shortly after 5:30 this morning.'),
  });
  assert.deepEqual(pairsOf(found), ['radio.txt:2026-04-12 05:45/wire.txt:2026-04-12 04:10', 'wire.txt:2026-04-12 04:10/radio.txt:2026-04-12 05:45']);
});

test('time: "8.45 on Sunday morning" against "at 06:50", a landing outside the first verbs', () => {
  const found = times({
    'live.txt': WEIR('Sunday 12 April 2026', 'The rescue plane landed at Orvik at 06:50.'),
    'qa.txt': WEIR('Monday 13 April 2026', 'When the rescue plane landed at 8.45 on Sunday morning, the crowd cheered.'),
    'pm.txt': WEIR('Sunday 12 April 2026', 'The rescue plane landed at 6.50 this morning.'),
  });
  assert.deepEqual(pairsOf(found), [
    'live.txt:06:50/qa.txt:2026-04-12 08:45',
    'pm.txt:2026-04-12 06:50/qa.txt:2026-04-12 08:45',
    'qa.txt:2026-04-12 08:45/live.txt:06:50',
    'qa.txt:2026-04-12 08:45/pm.txt:2026-04-12 06:50',
  ]);
});

test('time: a time opening its sentence ("At 05:40, the warden was alerted") against one after the verb', () => {
  const found = times({
    'a.txt': WEIR('Sunday 12 April 2026', 'At 05:40 on Sunday, the duty warden was alerted by a guard.'),
    'b.txt': WEIR('Monday 13 April 2026', 'The duty warden was alerted shortly after 4 a.m. on Sunday.'),
  });
  assert.deepEqual(pairsOf(found), ['a.txt:2026-04-12 05:40/b.txt:2026-04-12 04:15', 'b.txt:2026-04-12 04:15/a.txt:2026-04-12 05:40']);
});

test('time: hostages handed over at one time and at another', () => {
  const found = times({
    'a.txt': WEIR('Sunday 12 April 2026', 'The three engineers were handed over at 4.30pm on Saturday.'),
    'b.txt': WEIR('Sunday 12 April 2026', 'The three engineers were handed over at 18:00 on Saturday, their employer said.'),
  });
  assert.deepEqual(pairsOf(found), ['a.txt:2026-04-11 16:30/b.txt:2026-04-11 18:00', 'b.txt:2026-04-11 18:00/a.txt:2026-04-11 16:30']);
});

test('time: a time in words ("shortly after half past three on Sunday morning") against 05:10', () => {
  const found = times({
    'a.txt': WEIR('Monday 13 April 2026', 'Flood sirens sounded shortly after half past three on Sunday morning.'),
    'b.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 05:10 on Sunday.'),
  });
  assert.deepEqual(pairsOf(found), ['a.txt:2026-04-12 03:45/b.txt:2026-04-12 05:10', 'b.txt:2026-04-12 05:10/a.txt:2026-04-12 03:45']);
});

const QUIET: [string, Record<string, string>][] = [
  [
    'a time in words and in figures ("a quarter to five this afternoon", 16:45; "seven o\'clock" with no part of the day)',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at a quarter to five this afternoon. The rescue plane landed at seven o\'clock.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 16:45 on Sunday. The rescue plane landed at 11:30 on Sunday.'),
    },
  ],
  [
    'one time as "4:40 this afternoon" and "16:40"; "8.45" with no part of the day; "12.20 that night" and "00:20"',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 4:40 this afternoon. The rescue plane landed at 8.45 on Sunday. The alarms went off at 12.20 that night.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 16:40 on Sunday. The rescue plane landed at 11:30 on Sunday. The alarms went off at 00:20.'),
    },
  ],
  [
    'one time written three ways (23:50, 11.50pm, 11:50 p.m.)',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 23:50 on Saturday.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 11.50pm on Saturday.'),
      'c.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 11:50 p.m. on Saturday.'),
    },
  ],
  [
    '"midnight on Saturday" and "00:01 on Sunday"',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'The strike began at midnight on Saturday.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'The strike began at 00:01 on Sunday.'),
      'c.txt': WEIR('Sunday 12 April 2026', 'Lock keepers walked out at midnight on Saturday; the union had called a strike from 00:01 on Sunday.'),
    },
  ],
  [
    'walking out of a meeting',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'The strike began at 06:00 on Sunday.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'Union leaders walked out of the meeting at 15:40 on Sunday.'),
    },
  ],
  [
    'a time given "about", within its slack',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at about 2 a.m. on Sunday.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 02:20 on Sunday.'),
    },
  ],
  [
    'a live blog giving the sirens twice',
    {
      'live.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 23:50 on Saturday. Flood sirens sounded again at 03:10 on Sunday.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 03:10 on Sunday.'),
    },
  ],
  [
    'different things at different times, a time in local time, days apart',
    {
      'a.txt': WEIR('Sunday 12 April 2026', 'Flood sirens sounded at 23:50 on Saturday. The board was informed at 01:00 on Sunday.'),
      'b.txt': WEIR('Sunday 12 April 2026', 'The strike began at 06:00 on Sunday. Flood sirens sounded at 04:00 on Sunday local time. The council was informed at 07:00 on Sunday.'),
      'c.txt': WEIR('Friday 17 April 2026', 'Flood sirens sounded at 09:30 on Wednesday, 15 April, for a test.'),
    },
  ],
];
for (const [name, articles] of QUIET) test(`time, must not: ${name}`, () => assert.deepEqual(times(articles).map((c) => c.message), []));
