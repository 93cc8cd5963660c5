// Places compared across articles about one event, on articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNerData } from '../../../server/out/index/ner-data';
import { DISPUTE, contradictionsOf } from './contradicting';

loadNerData();

const places = (articles: Record<string, string>) => contradictionsOf('place', articles);

const RAID = (date: string, body: string): string =>
  `Thieves take three paintings from the Hellby Gallery\n\n${date}\n\nThieves broke into the Hellby Gallery in Velham overnight and took three paintings, Velham Police said. ${body}\n`;

test('place: the getaway car found in two different villages', () => {
  const found = places({
    'wire.txt': RAID('12 May 2025', 'A car believed to have been used in the raid was found burned out in Strana.'),
    'paper.txt': RAID('12 May 2025', "The thieves' car was found burned out on Monday morning in Orlby, residents said."),
  });
  assert.equal(found.length, 2);
  const here = found.find((c) => c.here.uri.endsWith('wire.txt'))!;
  assert.equal(here.message, 'Place: this article says the car was found in Strana; paper.txt says Orlby.');
  assert.equal(here.here.text, 'Strana');
  assert.equal(here.there.text, 'Orlby');
});

test('place: none where the places share a name, an article gives both, or the articles are days apart', () => {
  const cases: [string, Record<string, string>][] = [
    [
      'one town, written two ways',
      { 'a.txt': RAID('12 May 2025', 'The car was found burned out in Strana.'), 'b.txt': RAID('12 May 2025', 'The car was found burned out on a farm track near Strana, police said.') },
    ],
    [
      'an article gives both places (moved from one to the other)',
      {
        'a.txt': RAID('12 May 2025', 'The car was found burned out in Strana.'),
        'b.txt': RAID('12 May 2025', 'The car was found burned out in Orlby.'),
        'c.txt': RAID('12 May 2025', 'The car was found burned out in Strana. Police said a second car was found burned out in Orlby.'),
      },
    ],
    ['written a week apart', { 'a.txt': RAID('12 May 2025', 'The car was found burned out in Strana.'), 'b.txt': RAID('19 May 2025', 'The car was found burned out in Orlby.') }],
    ['different things', { 'a.txt': RAID('12 May 2025', 'The car was found burned out in Strana.'), 'b.txt': RAID('12 May 2025', 'The frames were found dumped in Orlby.') }],
  ];
  for (const [why, articles] of cases) assert.deepEqual(places(articles), [], why);
});

test('place: talks between the two sides held at two different places', () => {
  const found = places({
    'wire.txt': DISPUTE('Tuesday 4 March 2025', 'The transport minister said he had called both sides to talks on Thursday, March 6, at the ministry in Ostervik.'),
    'trade.txt': DISPUTE('Thursday 6 March 2025', 'Talks between the two sides began at the ministry in Ostervik on Thursday morning.'),
    'tv.txt': DISPUTE('Tuesday 4 March 2025', "The ministry has invited both sides to talks on Friday, at the harbour authority's offices here in Harlsund Town."),
  });
  assert.deepEqual(found.map((c) => `${c.here.uri.slice(11)}:${c.here.value}/${c.there.uri.slice(11)}:${c.there.value}`).sort(), [
    'trade.txt:Ostervik/tv.txt:Harlsund Town',
    'tv.txt:Harlsund Town/trade.txt:Ostervik',
    'tv.txt:Harlsund Town/wire.txt:Ostervik',
    'wire.txt:Ostervik/tv.txt:Harlsund Town',
  ]);
  assert.match(found[0].message, /the talks were held in/);
});

test('place, must not: talks of another round, talks not between the sides of the dispute, talks with someone at a conference, talks about a place', () => {
  const held = DISPUTE('Tuesday 4 March 2025', 'Talks between the two sides were held in Ostervik on Monday.');
  for (const other of [
    'Fresh talks between both sides in Brekka are planned.',
    'The transport minister will hold talks in Brekka on Thursday.',
    'The union will hold talks with the minister at the party conference in Brekka.',
    'Talks on the ferry terminal in Brekka stalled.',
  ]) {
    assert.deepEqual(places({ 'a.txt': held, 'b.txt': DISPUTE('Tuesday 4 March 2025', other) }).map((c) => c.message), [], other);
  }
  // Talks held in Brekka are the same talks: they disagree.
  assert.equal(places({ 'a.txt': held, 'b.txt': DISPUTE('Tuesday 4 March 2025', 'Talks between the two sides were held in Brekka on Monday.') }).length, 2);
});

const ESCAPE = (date: string, body: string): string =>
  `Two inmates escape from Dravny prison\n\n${date}\n\nTwo inmates escaped from the prison at Dravny, the Ostrel Prison Service said. ${body}\n`;

test('place: escaped inmates caught in two different villages ("in the village of …")', () => {
  const found = places({
    'wire.txt': ESCAPE('14 May 2025', 'The two inmates were caught in the village of Selmovo on Tuesday.'),
    'paper.txt': ESCAPE('15 May 2025', 'Both inmates were recaptured in Karvesk, police said.'),
  });
  assert.equal(found.length, 2);
  assert.equal(found.find((c) => c.here.uri.endsWith('wire.txt'))!.message, 'Place: this article says the inmate was caught or kept in Selmovo; paper.txt says Karvesk.');
  // Families given shelter are not the inmates; people caught are not pooled with people housed.
  assert.deepEqual(
    places({
      'a.txt': ESCAPE('14 May 2025', 'The two inmates were caught in Selmovo. Evacuated families were housed in a sports hall in Dravny.'),
      'b.txt': ESCAPE('14 May 2025', 'Evacuated families were housed in a school in Dravny. Three men were detained in Karvesk.'),
    }),
    [],
  );
});

test('place: one person speaking to the press in two places the same day, not on two days', () => {
  const found = places({
    'wire.txt': ESCAPE('14 May 2025', 'Prison chief Edda Morrin told reporters at the prison gates in Dravny on Tuesday that the search went on.'),
    'paper.txt': ESCAPE('15 May 2025', 'Edda Morrin, the prison chief, told a news conference in Karvesk on Tuesday that the search went on.'),
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Edda Morrin spoke to the press in/);
  assert.deepEqual(
    places({
      'wire.txt': ESCAPE('14 May 2025', 'Prison chief Edda Morrin told reporters at the prison gates in Dravny on Tuesday.'),
      'paper.txt': ESCAPE('15 May 2025', 'Edda Morrin of the Ostrel Prison Service told a news conference in Karvesk on Wednesday that the search went on.'),
    }),
    [],
  );
});
