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
