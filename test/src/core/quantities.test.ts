import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numbersIn, spelledNumber } from '../../../server/out/core/numbers';
import { durationOf, quantityOf, stoppagesIn } from '../../../server/out/core/quantities';

test('currencies as a symbol with letters, a code, a word after', () => {
  const sums = (t: string) => numbersIn(t).map(({ value, currency }) => ({ value, currency }));
  assert.deepEqual(sums('a fund of R$ 9 million and R$54 million more'), [
    { value: 9e6, currency: 'BRL' },
    { value: 54e6, currency: 'BRL' },
  ]);
  assert.deepEqual(sums('set aside SEK 2.5 million, or 25 million kronor'), [
    { value: 2.5e6, currency: 'SEK' },
    { value: 25e6, currency: 'SEK' },
  ]);
  assert.deepEqual(sums('US$38 million, NZ$ 4m, A$2bn'), [
    { value: 38e6, currency: 'USD' },
    { value: 4e6, currency: 'NZD' },
    { value: 2e9, currency: 'AUD' },
  ]);
});

test('numbers in words with a half', () => {
  assert.equal(spelledNumber('five and a half'), 5.5);
  assert.equal(spelledNumber('forty-one'), 41);
  assert.equal(spelledNumber('is five and a half'), null);
});

test('quantities: what is measured, in one unit', () => {
  const q = (before: string, rest: string) => {
    const x = quantityOf(before, rest);
    return x && { measure: x.measure, unit: x.unit, factor: x.factor, words: rest.slice(0, x.end) };
  };
  assert.deepEqual(q('at the peak it was releasing ', ' cubic metres of water per second.'), { measure: 'peak flow', unit: 'm³/s', factor: 1, words: ' cubic metres of water per second' });
  assert.deepEqual(q('The company said about ', ' litres of diesel escaped.'), { measure: 'volume released', unit: 'm³', factor: 0.001, words: ' litres' });
  assert.deepEqual(q('Some ', ' tonnes of dead fish had been collected.'), { measure: 'tonnes of fish', unit: 't', factor: 1, words: ' tonnes' });
  assert.deepEqual(q('Police seized ', ' kg of cannabis.'), { measure: 'tonnes of cannabis', unit: 't', factor: 0.001, words: ' kg' });
  assert.deepEqual(q('a further ', ' kilos of cannabis'), { measure: 'tonnes of cannabis', unit: 't', factor: 0.001, words: ' kilos' });
  assert.deepEqual(q('By noon a ', '-kilometre stretch of the river was closed.'), { measure: 'length of river', unit: 'km', factor: 1, words: '-kilometre stretch of the river' });
  assert.deepEqual(q('showed diesel at ', ' times the safe limit.'), { measure: 'multiple of limit', unit: 'times', factor: 1, words: ' times the safe limit' });
  // Said in passing, these measure nothing compared.
  assert.equal(q('The tank holds ', ' litres.'), null);
  assert.equal(q('The river carries ', ' m³/s in spring.'), null);
  assert.equal(q('wells within ', ' km of the depot'), null);
  assert.equal(q('a school ', ' km downstream'), null);
  assert.equal(q('the weir released ', ' times the normal flow'), null);
});

test('durations: a strike\'s length and a time to reach', () => {
  assert.deepEqual(durationOf('The guild says the strike will last ', ' days.'), { measure: 'length of strike', unit: 'h', factor: 24, end: 5 });
  assert.equal(durationOf('The flood water took around ', ' hours to reach the town.')?.measure, 'time for water to reach');
  assert.equal(durationOf('The water reached the centre of the town, 8 km downstream, in about ', ' minutes.')?.factor, 1);
  assert.equal(durationOf('It took ', ' hours to reach the town.'), null);
  assert.equal(durationOf('The meeting lasted ', ' hours.'), null);
  assert.deepEqual(stoppagesIn('a 72-hour strike, then a three-day walkout and a 2-week lockout'), [
    { at: 2, length: 14, value: 72 },
    { at: 25, length: 17, value: 72 },
  ]);
});
