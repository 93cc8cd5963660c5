// Span repairs around the tagger (server/src/core/ner/repairs.ts and the rules in index.ts), each on
// sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognize } from '../../../server/out/core/ner/index';
import type { NamedSpan } from '../../../server/out/core/types';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

function names(text: string): [string, NamedSpan['type']][] {
  return recognize(text).map((s) => [text.slice(s.start, s.end), s.type]);
}
const has = (text: string, name: string, type: NamedSpan['type']) =>
  assert.ok(
    names(text).some(([s, t]) => s === name && t === type),
    `${name} as ${type} in ${JSON.stringify(text)}: ${JSON.stringify(names(text))}`,
  );
const lacks = (text: string, name: string) => assert.ok(!names(text).some(([s]) => s === name), `no ${name} in ${JSON.stringify(names(text))}`);

test('a title held over a place names the place: the Archbishop of Toledo', () => {
  const text = 'In 1540 he became secretary to the Archbishop of Toledo and moved south.';
  has(text, 'Toledo', 'place');
  lacks(text, 'Archbishop of Toledo');
});

test("an office's remit is no name, and the name after it is the person's", () => {
  lacks('The Minister of Justice resigned on Monday.', 'Justice');
  has('The former Minister for Health Ana Ruiz said the clinics would reopen.', 'Ana Ruiz', 'person');
  has('The President of Chile arrived on Monday.', 'Chile', 'place');
});

test('"St." or "Saint" goes on with the name after it', () => {
  const text = 'Crowds gathered on the steps of St. Anselm after the service, as they do in St. Louis.';
  has(text, 'St. Anselm', 'place');
  lacks(text, 'Anselm');
  has(text, 'St. Louis', 'place');
});

test('two places joined by "and the" are two names', () => {
  const text = 'Tankers cross the Caspian Sea and the Aral Sea less often than before.';
  has(text, 'Caspian Sea', 'place');
  has(text, 'Aral Sea', 'place');
});

test('a name before a treaty word names the treaty, and the place alone stays a place', () => {
  const text = 'The Lisbon Accord was signed in Lisbon, and the Ottawa Treaty was cited by Canadian diplomats.';
  has(text, 'Lisbon Accord', 'other');
  has(text, 'Ottawa Treaty', 'other');
  has(text, 'Lisbon', 'place');
});

test('regional adjectives and faiths before a noun are neither places nor organisations', () => {
  const found = names('Exports fell in South American markets. The ban covers North African ports, according to Catholic charities.');
  for (const word of ['South American', 'North African', 'Catholic'])
    assert.ok(!found.some(([s, t]) => s === word && (t === 'place' || t === 'organization' || t === 'person')), `${word}: ${JSON.stringify(found)}`);
});

test('newspapers and programmes named after a place are organisations, and so is a channel\'s News', () => {
  has('The Leeds Mirror reported it first, and the Kansas City Star followed.', 'Leeds Mirror', 'organization');
  has('The Leeds Mirror reported it first, and the Kansas City Star followed.', 'Kansas City Star', 'organization');
  has('The minister told Sky News that the talks had failed.', 'Sky News', 'organization');
  // no place, no paper
  assert.ok(!names('Sailors once steered by the North Star.').some(([, t]) => t === 'organization'));
});

test('an organisation "in" a listed place is two names', () => {
  const text = 'She studied at Ridgeway University in Scotland before moving to Lima.';
  has(text, 'Ridgeway University', 'organization');
  has(text, 'Scotland', 'place');
});

test('a name the lexicon never saw, written after "in", is a place across the article', () => {
  const text = 'Ostin\n\nOstin is in the province of Tarnis, on Kelp Island. The first inhabitants of Ostin were fishermen. In 1950 Ostin became a town. Tourism is growing in Ostin, and Ostin has taken an important position in the region.';
  const found = names(text).filter(([s]) => s === 'Ostin');
  assert.ok(found.length === 6 && found.every(([, t]) => t === 'place'), JSON.stringify(found));
  // a person people have confidence in stays a person, and a known company an organisation
  const person = 'Ostin said on Monday that he would stay. Critics said Ostin had failed. Members still have confidence in Ostin, a spokesman said.';
  assert.ok(names(person).every(([s, t]) => s !== 'Ostin' || t === 'person'), JSON.stringify(names(person)));
  has('Apple said on Monday that it had raised its stake in Google.', 'Google', 'organization');
});
