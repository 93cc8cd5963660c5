// Places compared across articles about one event, on articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNerData } from '../../../server/out/index/ner-data';
import { contradictionsOf } from './contradicting';

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
