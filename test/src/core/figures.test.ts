import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFigures } from '../../../server/out/core/figures';
import type { EntityType } from '../../../server/out/core/types';
import { handNamed } from './hand-named';

/**
 * Figures of an article whose names are given by hand (every whole-word occurrence, longest first); counts
 * of a noun no other rule names ("count painting", core/counts.ts) only when asked for, as their own tests do.
 */
function figuresOf(raw: string, names: [string, EntityType][] = [], counts = false) {
  const { doc, layer } = handNamed(raw, names);
  return findFigures(doc, layer).filter((f) => counts || !f.measure.startsWith('count ')).map((f) => ({
    value: f.value,
    measure: f.measure,
    source: f.source === null ? null : layer.entities[f.source].name,
    places: f.places.map((p) => layer.entities[p].name),
    text: doc.text.slice(f.start, f.end),
    unit: f.unit,
    qualifier: f.qualifier,
    hedge: f.hedge,
    sourceText: f.sourceText,
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

test('numbers that count nothing named: money for no stated thing, percentages, years, dates, ages, documents', () => {
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

test('money: currency and magnitude in any spelling, and what the sum is', () => {
  const figures = figuresOf(
    [
      'The club said the fee was €18m.',
      '',
      'The club said the fee was 18 million euros.',
      '',
      'The club said the fee was EUR 18,000,000.',
      '',
      'According to the charge sheet, the firm paid $2.4 million in kickbacks to port officials.',
      '',
      'The bank extended a £120m credit line.',
    ].join('\n'),
  );
  assert.deepEqual(
    figures.map(({ value, unit, measure }) => [value, unit, measure]),
    [
      [18e6, 'EUR', 'price'],
      [18e6, 'EUR', 'price'],
      [18e6, 'EUR', 'price'],
      [2.4e6, 'USD', 'bribes'],
      [120e6, 'GBP', 'credit'],
    ],
  );
  assert.equal(figures[3].sourceText, 'the charge sheet');
});

test('counts written with spaces between thousands or in words', () => {
  const figures = figuresOf(['A total of 1 240 suspected cases were notified.', '', 'Officials said thirty-two people have died.', '', 'In all, 1,240 suspected cases were counted.'].join('\n'));
  assert.deepEqual(
    figures.map(({ value, measure, qualifier }) => [value, measure, qualifier]),
    [
      [1240, 'cases', 'suspected'],
      [32, 'dead', null],
      [1240, 'cases', 'suspected'],
    ],
  );
});

test('bounds, estimates, updates, conversions and corrections are no firm figures', () => {
  const figures = figuresOf(
    [
      'More than 1,200 suspected cases have been recorded.',
      '',
      'The agency warned deaths could reach 400 by the end of the month.',
      '',
      'The death toll rose to 27 on Saturday.',
      '',
      'The club said the fee was 18 million euros ($21 million).',
      '',
      'An earlier version of this article said the fee was 16 million euros.',
    ].join('\n'),
  );
  assert.deepEqual(
    figures.map(({ value, hedge }) => [value, hedge]),
    [
      [1200, 'bound'],
      [400, 'estimate'],
      [27, 'update'],
      [18e6, null],
      [21e6, 'conversion'],
      [16e6, 'correction'],
    ],
  );
});

test('qualifiers tell figures of one kind apart: suspected and confirmed cases, the first offer', () => {
  const figures = figuresOf(
    ['The ministry had recorded 900 suspected cases, and 75 confirmed cases.', '', "Corlan United's first offer of 12 million euros was turned down."].join('\n'),
    [['Corlan United', 'organization']],
  );
  assert.deepEqual(
    figures.map(({ value, qualifier, sourceText }) => [value, qualifier, sourceText]),
    [
      [900, 'suspected', 'The ministry'],
      [75, 'confirmed', 'The ministry'],
      [12e6, 'first', null],
    ],
  );
});

test('the source of a figure: named after it, before it, by a passive, or the masthead of the organisation publishing', () => {
  const figures = figuresOf(
    [
      'OSTRAVEN WATER BOARD',
      '',
      'Press release: supply restored in the northern districts',
      '',
      'Repairs left 4,000 residents displaced, the board said.',
      '',
      'The board counted 12 injured workers.',
      '',
      'Engineers found $3 million in losses alleged by auditors.',
      '',
      'Two workers were injured on Monday.',
    ].join('\n'),
  );
  assert.deepEqual(
    figures.map(({ value, sourceText }) => [value, sourceText]),
    [
      [4000, 'the board'],
      [12, 'The board'],
      [3e6, 'auditors'],
      [2, 'OSTRAVEN WATER BOARD'],
    ],
  );
});

test('patterns of real coverage that are no second figure: a range, a verb after a comma, a record, a group named before, a separate incident, a sum of parts, a split decimal', () => {
  const figures = figuresOf(
    [
      'The Harbourside Sharks have made an offer between $140 million and $150 million over seven years.',
      '',
      'A gunman shot three people, killing one, at an office in Brill.',
      '',
      'Police said the suspect has four prior arrests.',
      '',
      'The three men who were killed had fled their homes.',
      '',
      'In a separate attack, five people were killed in Ostby.',
      '',
      'Police said two women and one man died in the fire.',
      '',
      'The company also got $9. 3m in funding from the government.',
    ].join('\n'),
    [
      ['Harbourside Sharks', 'organization'],
      ['Brill', 'place'],
      ['Ostby', 'place'],
    ],
  );
  assert.deepEqual(
    figures.map(({ value, measure, qualifier, hedge }) => [value, measure, qualifier, hedge]),
    [
      [140e6, 'offer', null, 'bound'],
      [150e6, 'offer', null, 'bound'],
      [1, 'dead', null, null],
      [4, 'arrested', 'prior', null],
      [5, 'dead', null, 'elsewhere'],
    ],
  );
});

test('an unsourced figure belongs to its clause\'s subject, not to the person it is offered to', () => {
  const { doc, layer } = handNamed('Talks stall\n\nThe Harbourside Sharks made Tom Keel an eight-year, $160 million offer.\n', [
    ['Harbourside Sharks', 'organization'],
    ['Tom Keel', 'person'],
  ]);
  const [f] = findFigures(doc, layer);
  assert.deepEqual(f.parties.map((p) => layer.entities[p].name), ['Harbourside Sharks']);
});

test('the source named after the figure with the cue first: "…, said X of the agency"', () => {
  const figures = figuresOf('Quake hits Brill\n\nTwelve people were killed by a landslide in the district, said Omar Belkadi of the disaster agency.\n');
  assert.deepEqual(figures.map(({ value, sourceText }) => [value, sourceText]), [[12, 'Omar Belkadi']]);
});

test('an agent named in a clause about part of the count ("of which …", "including …") is not the source of the whole', () => {
  const figures = figuresOf(
    [
      'LOWMERE TRANSPORT AUTHORITY',
      '',
      'Notice to travellers',
      '',
      'A total of 2,310 injured passengers have been treated since Monday, of whom 140 have been confirmed by the Rail Safety Office.',
      '',
      'Another 96 people were injured on Tuesday, including 12 staff members confirmed by the Rail Safety Office.',
    ].join('\n'),
    [['Rail Safety Office', 'organization']],
  );
  const whole = figures.filter((f) => f.value === 2310 || f.value === 96).map(({ value, source }) => [value, source]);
  assert.deepEqual(whole, [
    [2310, null],
    [96, null],
  ]);
});

test('people counted with a long description before what happened to them, or where they spent the night', () => {
  const figures = figuresOf(
    [
      'The fire service said 2,400 residents of the Kestrel Hill and Old Quay districts had been evacuated by Monday evening.',
      '',
      'The fire service says 2,400 people spent the night away from their homes in Kestrel Hill.',
      '',
      'Some 300 people in the hall heard the mayor speak, and 40 volunteers who were trained in first aid helped.',
      '',
      'By Monday night 12 residents had been injured and 4,200 residents of the two districts were evacuated.',
    ].join('\n'),
    [
      ['Kestrel Hill', 'place'],
      ['Old Quay', 'place'],
    ],
  );
  assert.deepEqual(
    figures.map(({ value, measure, qualifier, hedge }) => [value, measure, qualifier, hedge]),
    [
      // Residents are who is evacuated: the whole count, not a group of it; the injured residents are a group.
      [2400, 'displaced', null, null],
      [2400, 'displaced', null, null],
      [12, 'injured', 'residents', null],
      [4200, 'displaced', null, null],
    ],
  );
});

test('a winning margin in votes: won by, led by, a margin of, ahead of, a -vote lead; not a vote count nor a division', () => {
  const figures = figuresOf(
    [
      'Mirela Dunne has won a second term in Port Lenwick by 412 votes, according to provisional results.',
      '',
      'Dunne led Oren Tabak by 421 votes in the provisional count. She received 18,640 votes against 18,228 for Tabak.',
      '',
      'The commission announced a margin of 412 votes over the second-placed candidate. Dunne finished 412 votes ahead of Tabak.',
      '',
      'A 412-vote lead is thin. The council passed the budget by 31 votes to 12.',
    ].join('\n'),
    [
      ['Mirela Dunne', 'person'],
      ['Oren Tabak', 'person'],
      ['Port Lenwick', 'place'],
    ],
  );
  assert.deepEqual(
    figures.map(({ value, measure, text }) => [value, measure, text]),
    [
      [412, 'margin', '412 votes'],
      [421, 'margin', '421 votes'],
      [412, 'margin', '412 votes'],
      [412, 'margin', '412 votes ahead'],
      [412, 'margin', '412-vote lead'],
    ],
  );
  // A margin given as "about" or "more than" is a bound.
  assert.deepEqual(figuresOf('Dunne won by about 400 votes. Dunne won by more than 400 votes.').map((f) => f.hedge), ['bound', 'bound']);
});

test('each figure takes the day its sentence gives nearest to it', () => {
  const { doc, layer } = handNamed(
    [
      'Fire in Brackwater',
      '',
      'Tuesday 14 October 2025',
      '',
      'By Monday night 4,200 residents had been evacuated, the fire service said.',
      '',
      'Mirela Dunne led Oren Tabak by 421 votes in Monday\'s provisional count.',
      '',
      'Police said 12 people were killed on Sunday and 15 people were killed on Monday.',
      '',
      'Since Friday 30 people have been arrested, police said.',
      '',
      'As of Oct. 10, 9 people had been detained, police said.',
    ].join('\n'),
    [
      ['Mirela Dunne', 'person'],
      ['Oren Tabak', 'person'],
      ['Brackwater', 'place'],
    ],
  );
  assert.deepEqual(
    findFigures(doc, layer).map((f) => [f.value, f.day, f.date]),
    [
      [4200, 'Monday', '2025-10-13'],
      [421, 'Monday', '2025-10-13'],
      [12, 'Sunday', '2025-10-12'],
      [15, 'Monday', '2025-10-13'],
      [30, null, null],
      [9, 'Oct. 10', '2025-10-10'],
    ],
  );
});

test('how reporters write tolls and sums in their own words: participles, lost lives, trapped, funds, fraud, rates, parts, other years, their own earlier report', () => {
  const figures = figuresOf(
    [
      'Mudslide at Tervo quarry\n\nTervo, 9 May 2025\n',
      'The slide buried the lower pit before dawn, killing 11 people and injuring 43.',
      'Eight of the injured are in a serious condition.',
      'Six workers lost their lives in the pit.',
      'Nine quarrymen remained trapped on Thursday.',
      'The owner set up a $4 million relief fund. The fund pledged $2 million more.',
      'Prosecutors say the managers defrauded the province of $3.5 million.',
      'The quarry railway carried 38,000 passengers a year.',
      'Last night we reported ten deaths.',
      'In 2016 a smaller slide killed four people.',
    ].join('\n\n'),
  );
  const get = (text: string) => figures.find((f) => f.text.startsWith(text));
  assert.equal(get('11')?.measure, 'dead', '"killing 11 people and injuring 43": the participle before the number');
  assert.equal(get('43')?.measure, 'injured');
  assert.equal(get('Eight')?.qualifier, 'part', 'eight of the injured are a part of them');
  assert.equal(get('Six')?.measure, 'dead');
  assert.equal(get('Nine')?.measure, 'trapped');
  assert.equal(get('$4 million')?.measure, 'fund');
  assert.equal(get('$2 million'), undefined, 'the fund giving a sum is not the sum of a fund');
  assert.equal(get('$3.5 million')?.measure, 'loss');
  assert.equal(get('38,000')?.qualifier, 'per year', 'a rate is not a count');
  assert.equal(get('ten')?.hedge, 'update', 'the outlet’s own earlier report');
  assert.equal(get('four')?.hedge, 'elsewhere', 'another year’s event');
  assert.equal(get('11')?.hedge, null);
});

test('numbers as words and fractions: "six and a half million euros", "a quarter of a million pounds", "half a million", "a single"', () => {
  const figures = figuresOf(
    [
      'The council set up a relief fund of six and a half million euros.',
      '',
      'The insurer is offering a reward of a quarter of a million pounds.',
      '',
      'Vandals caused damage of half a million dollars.',
      '',
      'A single night warden was on duty when the thieves came.',
    ].join('\n'),
  );
  assert.deepEqual(
    figures.map(({ value, unit, measure }) => ({ value, unit, measure })),
    [
      { value: 6500000, unit: 'EUR', measure: 'fund' },
      { value: 250000, unit: 'GBP', measure: 'reward' },
      { value: 500000, unit: 'USD', measure: 'loss' },
      { value: 1, unit: null, measure: 'on-duty wardens' },
    ],
  );
});

test('a speed at the event, in km/h whatever the unit; a limit or the wind is none', () => {
  const figures = figuresOf(
    [
      'The coach was travelling at 112 kilometres an hour when it left the road.',
      '',
      'The lorry hit the barrier at 50 mph, police said.',
      '',
      'The road has a limit of 80 km/h.',
      '',
      'The ferry was sailing at 12 knots into winds gusting at 90 km/h.',
    ].join('\n'),
  );
  assert.deepEqual(
    figures.map(({ value, unit, measure, text }) => ({ value, unit, measure, text })),
    [
      { value: 112, unit: 'km/h', measure: 'speed', text: '112 kilometres an hour' },
      { value: 80.5, unit: 'km/h', measure: 'speed', text: '50 mph' },
    ],
  );
});

test('counts of a noun no other rule names: the noun singular, after words that say which; not units, names or years', () => {
  const figures = figuresOf(
    [
      'Paintings taken',
      '',
      'May 4, 2026',
      '',
      'The thieves escaped with four paintings and a drawing from the Marrow Gallery.',
      '',
      'About 1,300 sheep drowned, and some 250 police officers were sent to three neighbourhood libraries.',
      '',
      'The Corran workers, 640 employees in all, met at Gate 12 while 12 knots of wind blew for 40 minutes.',
      '',
      'The two paintings stolen from the Marrow Gallery in 2011 were never found.',
      '',
      'The boxer improved to 40-2 with 31 wins by knockout; the gallery has 12 rooms, with 9 rooms open.',
    ].join('\n'),
    [['Marrow Gallery', 'organization']],
    true,
  );
  assert.deepEqual(
    figures.filter((f) => f.measure.startsWith('count ')).map(({ value, measure, text, hedge }) => [value, measure, text, hedge]),
    [
      [4, 'count painting', 'four paintings', null],
      [1300, 'count sheep', '1,300 sheep', 'approximate'],
      [250, 'count officer', '250 police officers', 'approximate'],
      [3, 'count library', 'three neighbourhood libraries', null],
      [640, 'count staff', '640 employees', null],
      [2, 'count painting', 'two paintings', 'elsewhere'],
      [12, 'count room', '12 rooms', null],
    ],
  );
});

test("a person's age beside the name, after it or before it", () => {
  const { doc, layer } = handNamed(
    ['Guards tied up', '', 'May 4, 2026', '', 'Tamsin Orrell, 41, was tied up; the thieves also bound 52-year-old guard Corin Blaise.', '', 'Ivo Stenner (38) raised the alarm, and Lia Fenwright, the curator, said 3 rooms were hit.'].join('\n'),
    [
      ['Tamsin Orrell', 'person'],
      ['Corin Blaise', 'person'],
      ['Ivo Stenner', 'person'],
      ['Lia Fenwright', 'person'],
    ],
  );
  const ages = findFigures(doc, layer).filter((f) => f.measure === 'age');
  assert.deepEqual(
    ages.map((f) => [f.value, layer.entities[f.parties[0]].name]),
    [
      [41, 'Tamsin Orrell'],
      [52, 'Corin Blaise'],
      [38, 'Ivo Stenner'],
    ],
  );
});
