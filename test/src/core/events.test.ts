import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/out/core/claims/quotes';
import { findEvents } from '../../../server/out/core/events';
import type { EntityType } from '../../../server/out/core/types';
import { handNamed } from './hand-named';

function eventsOf(raw: string, names: [string, EntityType][]) {
  const { doc, layer } = handNamed(raw, names);
  return findEvents(doc, layer).map((e) => ({ event: e.event, who: e.subject === null ? e.object : layer.entities[e.subject].name, day: e.day, date: e.date }));
}

test('events: a deed done once with its doer and day, resolved against the article date', () => {
  const events = eventsOf(
    [
      'Trial of grain trader enters second week',
      '',
      'Tue 11 Mar 2025',
      '',
      'Dana Voss, the former finance chief of Arlen Holding, testified on Tuesday that she signed the invoices.',
      '',
      'Arlen Holding said the testimony given today, 11 March 2025, by Dana Voss was false.',
      '',
      'Arlen Holding closes its Brill plant on Friday.',
      '',
      'Dana Voss met lawyers on Monday.',
    ].join('\n'),
    [
      ['Dana Voss', 'person'],
      ['Arlen Holding', 'organization'],
      ['Brill', 'place'],
    ],
  );
  assert.deepEqual(events, [
    { event: 'testify', who: 'Dana Voss', day: 'Tuesday', date: '2025-03-11' },
    { event: 'testify', who: 'Dana Voss', day: 'today', date: '2025-03-11' },
    { event: 'close', who: 'Arlen Holding', day: 'Friday', date: '2025-03-14' },
  ]);
});

test('events: whom a deed was done to, the thing done to, a first contact in an answer, a loose day, a day before the deed, he or she', () => {
  const { doc, layer } = handNamed(
    [
      'Striker suspended',
      '',
      'Monday 2 February 2026',
      '',
      'Orland City suspended striker Tovan Reik this afternoon.',
      '',
      'Pell Sarni was suspended by Orland City on Sunday night.',
      '',
      'Production at Brenlow Motors was halted on Feb. 2.',
      '',
      'Orland City sacked its coach yesterday.',
      '',
      '"I first emailed the league on 14 January," Pell Sarni said.',
      '',
      'The Orland league on Monday suspended Dag Morrow, who plays for Orland City. He was arrested this morning.',
      '',
      'Vera Holt, the coach of Pell Sarni, spoke to reporters. She was sacked last night.',
    ].join('\n'),
    [
      ['Orland City', 'organization'],
      ['Tovan Reik', 'person'],
      ['Pell Sarni', 'person'],
      ['Brenlow Motors', 'organization'],
      ['Dag Morrow', 'person'],
      ['Vera Holt', 'person'],
    ],
  );
  const events = findEvents(doc, layer, findQuotes(doc, layer)).map((e) => ({
    event: e.event,
    about: e.subject === null ? null : layer.entities[e.subject].name,
    object: e.object,
    first: e.first,
    loose: e.loose,
    date: e.date,
  }));
  assert.deepEqual(events, [
    { event: 'suspend', about: 'Tovan Reik', object: null, first: false, loose: null, date: '2026-02-02' },
    { event: 'suspend', about: 'Pell Sarni', object: null, first: false, loose: 'late', date: '2026-02-01' },
    { event: 'suspend', about: 'Brenlow Motors', object: 'production', first: false, loose: null, date: '2026-02-02' },
    { event: 'contact', about: 'Pell Sarni', object: 'league', first: true, loose: null, date: '2026-01-14' },
    { event: 'suspend', about: 'Dag Morrow', object: null, first: false, loose: null, date: '2026-02-02' },
    { event: 'arrest', about: 'Dag Morrow', object: null, first: false, loose: null, date: '2026-02-02' },
    { event: 'sack', about: 'Vera Holt', object: null, first: false, loose: null, date: '2026-02-01' },
  ]);
});

function happeningsOf(raw: string, names: [string, EntityType][]) {
  const { doc, layer } = handNamed(raw, names);
  return findEvents(doc, layer).map((e) => ({
    event: e.event,
    object: e.object,
    who: e.subject === null ? null : layer.entities[e.subject].name,
    near: e.near.map((l) => layer.entities[l].name),
    day: e.day,
    date: e.date,
    ...(e.loose ? { loose: e.loose } : {}),
    ...(e.changed ? { changed: true } : {}),
  }));
}

const DAM_NAMES: [string, EntityType][] = [
  ['Orskel', 'place'],
  ['Halvane Water Board', 'organization'],
  ['Kelmar Dam Agency', 'organization'],
];

test('happenings: a sudden one with the names near it, a meeting with the date as an adjective, things closing, a range, the last inspection by month', () => {
  const found = happeningsOf(
    [
      'Pumping hall roof gives way at Orskel',
      '',
      'Monday 16 June 2025',
      '',
      'The roof of the Orskel pumping hall caved in during the early hours of Saturday, 14 June, the Halvane Water Board said.',
      '',
      "Friday's blast at the Orskel fuel store was heard across the valley, the Halvane Water Board said.",
      '',
      'Dozens of farmers addressed the June 10 public inquiry hearing. Others queued at a council hearing on June 3.',
      '',
      'The two Orskel swimming pools will close on August 1. The farm shops in the valley will shut their gates from 30 June.',
      '',
      'The claims window will run from June 23 to August 29, 2025, and the relief fund stays open until 31 July.',
      '',
      'The Kelmar Dam Agency last inspected the pumping hall in February. The inquest into the deaths opened on 12 June.',
    ].join('\n'),
    DAM_NAMES,
  );
  assert.deepEqual(found, [
    { event: 'collapse', object: null, who: null, near: ['Orskel', 'Halvane Water Board'], day: '14 June', date: '2025-06-14', loose: 'early' },
    { event: 'explosion', object: null, who: null, near: ['Orskel', 'Halvane Water Board'], day: 'Friday', date: '2025-06-13' },
    { event: 'hearing', object: 'public inquiry', who: null, near: [], day: 'June 10', date: '2025-06-10' },
    { event: 'hearing', object: 'council', who: null, near: [], day: 'June 3', date: '2025-06-03' },
    { event: 'end', object: 'swimming pool', who: null, near: ['Orskel'], day: 'August 1', date: '2025-08-01' },
    { event: 'end', object: 'farm shop', who: null, near: [], day: '30 June', date: '2025-06-30' },
    { event: 'start', object: 'claims window', who: null, near: [], day: 'June 23', date: '2025-06-23' },
    { event: 'end', object: 'claims window', who: null, near: [], day: 'August 29, 2025', date: '2025-08-29' },
    { event: 'end', object: 'relief fund', who: null, near: [], day: '31 July', date: '2025-07-31' },
    { event: 'inspection', object: 'last', who: 'Kelmar Dam Agency', near: ['Kelmar Dam Agency'], day: 'February', date: '2025-02' },
    { event: 'start', object: 'inquest', who: null, near: [], day: '12 June', date: '2025-06-12' },
  ]);
});

test('happenings: no happening in bounds, roundings, recurring or second ones, a meeting not set apart, prices closing, a change of date marked', () => {
  const found = happeningsOf(
    [
      'Orskel valley after the roof fell in',
      '',
      'Monday 16 June 2025',
      '',
      'The Orskel pools have been shut since January.',
      'The Halvane Water Board inspected the hall in early March.',
      'The Kelmar Dam Agency inspects the hall every May.',
      'A second collapse at Orskel on Thursday was smaller.',
      'Farmers spoke at a hearing on June 3.',
      'Halvane Water Board shares closed down 4% on Monday.',
      'Leaflets started appearing in Orskel on Tuesday.',
      'Guards at the Orskel gate opened fire on Monday.',
      'The Kelmar Dam Agency says the hall did not collapse on Friday.',
      'Correction: an earlier version of this story said the Orskel roof collapsed on 13 June.',
      'Orskel farm sales sank 12% in May.',
      'The Halvane Water Board was rescued from collapse in April.',
      'Bidders crowded the Orskel auction house on Wednesday.',
      'On Friday, the Kelmar Dam Agency acted on a threat and shut off the pumps.',
      'The rain brought a sudden end to the Orskel fair on Sunday.',
      'Ilse Varn reached the final of the Orskel Open on Sunday.',
      'The public hearing in Orskel was postponed from June 3 to June 10.',
    ].join('\n'),
    DAM_NAMES,
  );
  assert.deepEqual(found, [
    { event: 'hearing', object: 'public', who: null, near: ['Orskel'], day: 'June 3', date: '2025-06-03', changed: true },
    { event: 'hearing', object: 'public', who: null, near: ['Orskel'], day: 'June 10', date: '2025-06-10', changed: true },
  ]);
});

test('happenings: a date fronting its sentence, the word after it, unless a statement stands between', () => {
  const found = happeningsOf(
    [
      'Orskel roof falls in',
      '',
      'Monday 16 June 2025',
      '',
      'On Saturday, the roof of the Orskel pumping hall collapsed, the Halvane Water Board said.',
      'At about 2am on Sunday 15 June, a wall at the Orskel fuel store caved in.',
      'On Friday, the Kelmar Dam Agency said the Orskel pools will shut for good.',
    ].join('\n'),
    DAM_NAMES,
  );
  assert.deepEqual(found, [
    { event: 'collapse', object: null, who: null, near: ['Orskel', 'Halvane Water Board'], day: 'Saturday', date: '2025-06-14' },
    { event: 'collapse', object: null, who: null, near: ['Orskel'], day: '15 June', date: '2025-06-15' },
  ]);
});
