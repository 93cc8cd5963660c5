// Sizes of what an event is about (core/dimensions.ts), compared across articles written for these tests:
// a depth, a length, a radius in metres, kilometres or feet, named before the number ("a depth of"), after
// it ("long", "below the surface") or joined to it ("a 40-metre section"). The same size in another unit
// agrees; distances in passing, sizes of other things, articles a month apart do not warn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dimensionOf } from '../../../server/out/core/dimensions';
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
