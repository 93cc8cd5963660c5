import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEvents } from '../../../server/out/core/events';
import type { EntityType } from '../../../server/out/core/types';
import { handNamed } from './hand-named';

function eventsOf(raw: string, names: [string, EntityType][]) {
  const { doc, layer } = handNamed(raw, names);
  return findEvents(doc, layer).map((e) => ({ event: e.event, who: layer.entities[e.subject].name, day: e.day, date: e.date }));
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
