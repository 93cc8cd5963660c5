import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFigures } from '../../../server/out/core/figures';
import type { EntityType } from '../../../server/out/core/types';
import { handNamed } from './hand-named';

/** Figures of an article whose names are given by hand (every whole-word occurrence, longest first). */
function figuresOf(raw: string, names: [string, EntityType][] = []) {
  const { doc, layer } = handNamed(raw, names);
  return findFigures(doc, layer).map((f) => ({
    value: f.value,
    measure: f.measure,
    source: f.source === null ? null : layer.entities[f.source].name,
    places: f.places.map((p) => layer.entities[p].name),
    text: doc.text.slice(f.start, f.end),
  }));
}

test('tolls with and without a source, and the places of their sentence', () => {
  const figures = figuresOf(
    [
      'The war has left 280,000 dead and driven millions from their homes.',
      '',
      'US-led coalition warplanes targeted IS positions north of Raqqa, killing 45 IS fighters, the Syrian Observatory for Human Rights said.',
      '',
      'At least 12 people were injured in Aleppo on Sunday, according to the Observatory.',
      '',
      'The death toll from the quake rose to 1,500 in Nepal.',
    ].join('\n'),
    [
      ['Syrian Observatory for Human Rights', 'organization'],
      ['Raqqa', 'place'],
      ['Aleppo', 'place'],
      ['Nepal', 'place'],
      ['IS', 'organization'],
    ],
  );
  assert.deepEqual(
    figures.map(({ value, measure, source, places }) => ({ value, measure, source, places })),
    [
      { value: 280000, measure: 'dead', source: null, places: [] },
      { value: 45, measure: 'dead', source: 'Syrian Observatory for Human Rights', places: ['Raqqa'] },
      { value: 12, measure: 'injured', source: 'Syrian Observatory for Human Rights', places: ['Aleppo'] },
      { value: 1500, measure: 'dead', source: null, places: ['Nepal'] },
    ],
  );
  assert.equal(figures[0].text, '280,000 dead');
});

test('what happened to the people counted: held, displaced, arrested, refugees, forces', () => {
  const figures = figuresOf(
    [
      'Mohammed Alloush called for the release of prisoners, saying 13,000 women were being held arbitrarily.',
      '',
      'More than 1.5 million people have been displaced by the fighting.',
      '',
      'Police arrested 30 protesters outside parliament.',
      '',
      'Turkey hosts 2.7 million refugees.',
      '',
      'The operation has involved over 20,000 militants of the Syria Democratic Forces.',
      '',
      'Three soldiers were killed and two others went missing.',
    ].join('\n'),
    [
      ['Mohammed Alloush', 'person'],
      ['Turkey', 'place'],
      ['Syria Democratic Forces', 'organization'],
    ],
  );
  assert.deepEqual(
    figures.map(({ value, measure }) => [value, measure]),
    [
      [13000, 'detained'],
      [1500000, 'displaced'],
      [30, 'arrested'],
      [2700000, 'refugees'],
      [20000, 'fighters'],
      [3, 'dead'],
      [2, 'missing'],
    ],
  );
  assert.equal(figures[0].source, 'Mohammed Alloush');
  assert.deepEqual(figures[3].places, ['Turkey']);
});

test('numbers that count no people: money, percentages, years, dates, ages, documents', () => {
  const figures = figuresOf(
    [
      'The fund pledged $5 million and 300 million euros for 2,000 schools.',
      '',
      'Over 50 percent of the forces are Kurds; 40% of voters stayed home.',
      '',
      'In 2012 he defected; on May 30 he resigned at the age of 45, a 45-year-old man.',
      '',
      'They must obey resolutions 2254 and 2268 of the Security Council.',
      '',
      'The talks resumed at 11:09 on 31.05.2016 after 5 rounds.',
      '',
      'Five of the eight men held a news conference; 62 Labour rebels voted against; 100,000 public bodies must comply.',
      '',
      'Cutting the limit to 50mg would help; half lives below the poverty line.',
    ].join('\n'),
  );
  assert.deepEqual(figures, []);
});

test('lives claimed count the dead', () => {
  assert.deepEqual(
    figuresOf('The earthquake claimed more than 2,000 lives in the region.').map(({ value, measure }) => [value, measure]),
    [[2000, 'dead']],
  );
});

test('hostile input: long runs of digits and number words finish fast', () => {
  for (const raw of ['1 '.repeat(50_000), 'one '.repeat(25_000), '12 people were killed, '.repeat(4_000), '9'.repeat(100_000), '1,'.repeat(50_000)]) {
    const started = Date.now();
    assert.ok(Array.isArray(figuresOf(raw)));
    assert.ok(Date.now() - started < 2000, `${raw.slice(0, 10)}… took ${Date.now() - started} ms`);
  }
});
