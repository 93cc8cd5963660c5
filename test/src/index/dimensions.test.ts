// Sizes of what an event is about (core/dimensions.ts), compared across articles written for these tests:
// a depth, a length, a radius in metres, kilometres or feet, named before the number ("a depth of"), after
// it ("long", "below the surface") or joined to it ("a 40-metre section"). The same size in another unit
// agrees; distances in passing, sizes of other things, articles a month apart do not warn. So for spells
// (core/spells.ts): "trapped for 30 hours", "spent 52 hours underground", "remained closed for 15 minutes".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dimensionOf } from '../../../server/out/core/dimensions';
import { spellOf } from '../../../server/out/core/spells';
import { contradictionsOf } from './contradicting';

const numberWarnings = (articles: Record<string, string>): string[] => contradictionsOf('number', articles).map((c) => c.message);

/** A sinkhole under a road in an invented town, as an outlet writes it on a day. */
const SINKHOLE = (date: string, sentence: string): string =>
  `Sinkhole swallows road in Tarnby Heath\n\n${date}\n\nA sinkhole opened under the Quarry Road in Tarnby Heath early on Monday, the Brisland Highways Agency said. ${sentence} The Brisland Highways Agency said the road would stay closed.\n`;

test('dimensions: the dimension named before, after or joined, in metres', () => {
  const d = (before: string, rest: string) => {
    const x = dimensionOf(before, rest);
    return x && { measure: x.measure, factor: x.factor, words: rest.slice(0, x.end) };
  };
  assert.deepEqual(d('The shaft reached a depth of about ', ' metres.'), { measure: 'depth', factor: 1, words: ' metres' });
  assert.deepEqual(d('The crack is ', ' feet long.'), { measure: 'length', factor: 0.3048, words: ' feet long' });
  assert.deepEqual(d('the men were working ', ' m (about 700 ft) below the surface'), { measure: 'depth', factor: 1, words: ' m (about 700 ft) below the surface' });
  assert.deepEqual(d('the cordon has a radius of ', ' kilometres'), { measure: 'radius', factor: 1000, words: ' kilometres' });
  assert.deepEqual(d('engineers dug a ', '-metre-deep trench'), { measure: 'depth', factor: 1, words: '-metre-deep trench' });
  assert.deepEqual(d('it opened a ', '-metre section of the wall'), { measure: 'length', factor: 1, words: '-metre' });
  assert.deepEqual(d('The gap measures ', ' metres across.'), { measure: 'length', factor: 1, words: ' metres' });
  // No word names a dimension: a distance, a race, a million.
  assert.equal(d('the village ', ' km downstream'), null);
  assert.equal(d('she won the ', '-metre sprint'), null);
  assert.equal(d('reached ', ' metres'), null);
  assert.equal(d('raised ', 'm for the appeal'), null);
});

const LOUD: [string, Record<string, string>][] = [
  ['a depth before and after the number', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole reached a depth of 14 metres, engineers said.'), 'b.txt': SINKHOLE('April 7, 2026', 'Engineers said the hole was about 30 metres deep.') }],
  ['a length in metres and in feet', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole is 20 metres long, the agency said.'), 'b.txt': SINKHOLE('April 6, 2026', 'According to the agency, the hole is about 150 feet long.') }],
  ['a joined length and one measured', { 'a.txt': SINKHOLE('April 6, 2026', 'The collapse took a 35-metre section of the road with it.'), 'b.txt': SINKHOLE('April 7, 2026', 'The section of the road that collapsed measures 60 metres, the agency said.') }],
  ['a size said on a later day', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole reached a depth of 14 metres, engineers said.'), 'b.txt': SINKHOLE('April 7, 2026', 'Engineers said on Tuesday that the hole was about 30 metres deep.') }],
  ['a radius in kilometres', { 'a.txt': SINKHOLE('April 6, 2026', 'Homes within a cordon with a radius of 2 kilometres were cleared.'), 'b.txt': SINKHOLE('April 7, 2026', 'The cordon, which has a radius of 5 km, will stay in place, the agency said.') }],
];
for (const [what, articles] of LOUD) test(`dimensions: warned, ${what}`, () => assert.equal(numberWarnings(articles).length, 2));

test('dimensions: the message gives both in metres', () => assert.match(numberWarnings(LOUD[0][1])[0], /14 m.*30 m|30 m.*14 m/));

const QUIET: [string, Record<string, string>][] = [
  ['one length in metres and in feet', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole is 20 metres long, the agency said.'), 'b.txt': SINKHOLE('April 6, 2026', 'According to the agency, the hole is about 65 feet long.') }],
  ['a conversion in brackets', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole reached a depth of 14 metres (about 46 feet), engineers said.'), 'b.txt': SINKHOLE('April 7, 2026', 'Engineers said the hole was 14 metres deep.') }],
  ['sizes of other things', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole reached a depth of 14 metres, engineers said.'), 'b.txt': SINKHOLE('April 7, 2026', 'A water main laid at a depth of 6 metres under the verge was not damaged.') }],
  ['distances in passing', { 'a.txt': SINKHOLE('April 6, 2026', 'Drivers face a diversion through Kelsey Green, 4 km to the east.'), 'b.txt': SINKHOLE('April 6, 2026', 'Drivers are sent to a car park 9 km from the hole.') }],
  ['reports a month apart', { 'a.txt': SINKHOLE('April 6, 2026', 'The hole reached a depth of 14 metres, engineers said.'), 'b.txt': SINKHOLE('May 8, 2026', 'Engineers said the hole was about 30 metres deep.') }],
];
for (const [what, articles] of QUIET) test(`dimensions: quiet, ${what}`, () => assert.deepEqual(numberWarnings(articles), []));

/** Miners trapped in an invented colliery, as an outlet writes it on a day. */
const COLLIERY = (date: string, sentence: string): string =>
  `Miners freed at Harle Deep\n\n${date}\n\nRescuers reached miners cut off by a roof fall at the Harle Deep colliery near Pensworth, the Ostmere Mines Inspectorate said. ${sentence} The Ostmere Mines Inspectorate said an inquiry would follow.\n`;

test('spells: the state named before or after, in minutes', () => {
  const d = (before: string, rest: string) => {
    const x = spellOf(before, rest);
    return x && { measure: x.measure, factor: x.factor, words: rest.slice(0, x.end) };
  };
  assert.deepEqual(d('the men were trapped for more than ', ' hours.'), { measure: 'time trapped', factor: 60, words: ' hours' });
  assert.deepEqual(d('after ', ' days underground'), { measure: 'time trapped', factor: 1440, words: ' days underground' });
  assert.deepEqual(d('the gate remained shut for ', ' minutes'), { measure: 'time closed', factor: 1, words: ' minutes' });
  assert.deepEqual(d('homes were without electricity for ', ' days'), { measure: 'time without power', factor: 1440, words: ' days' });
  assert.equal(d('talks lasted ', ' hours'), null);
  // Still going on when written: the next report's figure is larger, and no other.
  assert.equal(d('the men have been trapped for ', ' hours'), null);
  assert.equal(d('the road remains closed for ', ' days'), null);
  assert.equal(d('after ', ' hours of talks'), null);
});

const SPELL_LOUD: [string, Record<string, string>][] = [
  ['hours trapped, before and after the number', { 'a.txt': COLLIERY('May 12, 2026', 'The four men were trapped for 30 hours before rescuers reached them.'), 'b.txt': COLLIERY('May 12, 2026', 'The men spent 52 hours underground before rescuers reached them.') }],
  ['a gate kept shut, in minutes', { 'a.txt': COLLIERY('May 12, 2026', 'The lift gate remained closed for about 15 minutes after the alarm.'), 'b.txt': COLLIERY('May 13, 2026', 'Workers say the lift gate stayed shut for nearly 40 minutes after the alarm.') }],
];
for (const [what, articles] of SPELL_LOUD) test(`spells: warned, ${what}`, () => assert.equal(numberWarnings(articles).length, 2));

test('spells: the message gives whole hours as hours, and no source where neither names one', () => {
  const message = numberWarnings(SPELL_LOUD[0][1])[0];
  assert.match(message, /30 hours.*52 hours|52 hours.*30 hours/);
  // One thing the figures are of is not one source: "the same source" only where it is.
  assert.match(message, /naming no source.*naming no source/);
});

const SPELL_QUIET: [string, Record<string, string>][] = [
  ['one spell in hours and in days', { 'a.txt': COLLIERY('May 12, 2026', 'The four men were trapped for 48 hours before rescuers reached them.'), 'b.txt': COLLIERY('May 12, 2026', 'The men spent two days trapped before they were brought out.') }],
  ['times in passing', { 'a.txt': COLLIERY('May 12, 2026', 'Talks with the owners lasted two hours on Monday.'), 'b.txt': COLLIERY('May 12, 2026', 'The inspectors met for five hours on Monday.') }],
  ['spells of other things', { 'a.txt': COLLIERY('May 12, 2026', 'The four men were trapped for 30 hours before rescuers reached them.'), 'b.txt': COLLIERY('May 12, 2026', 'The road to Pensworth was closed for 50 hours by the rescue convoy.') }],
];
for (const [what, articles] of SPELL_QUIET) test(`spells: quiet, ${what}`, () => assert.deepEqual(numberWarnings(articles), []));
