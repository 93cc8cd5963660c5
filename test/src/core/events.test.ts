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
    { event: 'suspend', about: 'Tovan Reik', object: null, first: false, loose: false, date: '2026-02-02' },
    { event: 'suspend', about: 'Pell Sarni', object: null, first: false, loose: true, date: '2026-02-01' },
    { event: 'suspend', about: 'Brenlow Motors', object: 'production', first: false, loose: false, date: '2026-02-02' },
    { event: 'contact', about: 'Pell Sarni', object: 'league', first: true, loose: false, date: '2026-01-14' },
    { event: 'suspend', about: 'Dag Morrow', object: null, first: false, loose: false, date: '2026-02-02' },
    { event: 'arrest', about: 'Dag Morrow', object: null, first: false, loose: false, date: '2026-02-02' },
    { event: 'sack', about: 'Vera Holt', object: null, first: false, loose: false, date: '2026-02-01' },
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
    ...(e.loose ? { loose: true } : {}),
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
      'Dam breach floods Orskel valley',
      '',
      'Wednesday 8 October 2025',
      '',
      'A retaining wall of the Orskel reservoir collapsed in the early hours of Tuesday, 7 October, the Halvane Water Board said.',
      '',
      "Monday's blast at the Orskel pumping station was heard across the valley, the Halvane Water Board said.",
      '',
      'More than 90 residents spoke at the September 30 public hearing. Others spoke at a public hearing on September 23.',
      '',
      'The two Orskel swimming pools will close on November 1. The farm shops in the valley will close their doors from 15 October.',
      '',
      'The compensation claim period is expected to run from October 20 to December 12, 2025, and the relief fund runs until 30 November.',
      '',
      'The Kelmar Dam Agency last inspected the wall in March. The inquest into the deaths opened on 6 October.',
    ].join('\n'),
    DAM_NAMES,
  );
  assert.deepEqual(found, [
    { event: 'collapse', object: null, who: null, near: ['Orskel', 'Halvane Water Board'], day: '7 October', date: '2025-10-07' },
    { event: 'explosion', object: null, who: null, near: ['Orskel', 'Halvane Water Board'], day: 'Monday', date: '2025-10-06' },
    { event: 'hearing', object: 'public', who: null, near: [], day: 'September 30', date: '2025-09-30' },
    { event: 'hearing', object: 'public', who: null, near: [], day: 'September 23', date: '2025-09-23' },
    { event: 'end', object: 'swimming pool', who: null, near: ['Orskel'], day: 'November 1', date: '2025-11-01' },
    { event: 'end', object: 'farm shop', who: null, near: [], day: '15 October', date: '2025-10-15' },
    { event: 'start', object: 'claim period', who: null, near: [], day: 'October 20', date: '2025-10-20' },
    { event: 'end', object: 'claim period', who: null, near: [], day: 'December 12, 2025', date: '2025-12-12' },
    { event: 'end', object: 'relief fund', who: null, near: [], day: '30 November', date: '2025-11-30' },
    { event: 'inspection', object: 'last', who: 'Kelmar Dam Agency', near: ['Kelmar Dam Agency'], day: 'March', date: '2025-03' },
    { event: 'start', object: 'inquest', who: null, near: [], day: '6 October', date: '2025-10-06' },
  ]);
});

test('happenings: no happening in bounds, roundings, recurring or second ones, a meeting not set apart, prices closing, a change of date marked', () => {
  const found = happeningsOf(
    [
      'Orskel valley after the breach',
      '',
      'Wednesday 8 October 2025',
      '',
      'The Orskel pools have been closed since January.',
      'The Halvane Water Board inspected the wall in early March.',
      'The Kelmar Dam Agency inspects the wall every May.',
      'A second collapse at Orskel on Thursday was smaller.',
      'Residents spoke at a hearing on September 23.',
      'Halvane Water Board shares closed down 4% on Monday.',
      'Leaflets started appearing in Orskel on Tuesday.',
      'Guards at the Orskel gate opened fire on Monday.',
      'The Kelmar Dam Agency says the reservoir did not collapse on Monday.',
      'An earlier version of this article said the Orskel wall collapsed on 6 October.',
      'The public hearing in Orskel was postponed from September 23 to September 30.',
    ].join('\n'),
    DAM_NAMES,
  );
  assert.deepEqual(found, [
    { event: 'hearing', object: 'public', who: null, near: ['Orskel'], day: 'September 23', date: '2025-09-23', changed: true },
    { event: 'hearing', object: 'public', who: null, near: ['Orskel'], day: 'September 30', date: '2025-09-30', changed: true },
  ]);
});
