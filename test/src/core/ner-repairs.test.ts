// Span repairs around the tagger (server/src/core/ner/repairs.ts and the rules in index.ts), each on
// sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitPairs } from '../../../server/out/core/ner/index';
import { prepare } from '../../../server/out/core/ner/features';
import { joinSaints, placeOfPlace } from '../../../server/out/core/ner/repairs';
import { loadNerData } from '../../../server/out/index/ner-data';
import { has, names } from './recognised';

loadNerData();

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
  // A remit before a name the lexicon never saw, first name included.
  has('Minister of Mines Yzolde Tzekova flew to the site on Wednesday.', 'Yzolde Tzekova', 'person');
  has('The mayor met Minister for Fisheries Quorra Vetlesen at the harbour.', 'Quorra Vetlesen', 'person');
  has('Secretary of Transport Dravin Olumeke said the line would reopen.', 'Dravin Olumeke', 'person');
});

// Token range of the first occurrence of words in a prepared text, as the repairs read names.
function span(text: string, words: string, type: number) {
  const d = prepare(text);
  const at = text.indexOf(words);
  let a = 0;
  while (d.toks.start[a] < at) a++;
  let b = a;
  while (b < d.toks.n && d.toks.end[b] <= at + words.length) b++;
  return { d, e: { a, b, type } };
}
const PER = 0, LOC = 2;

test('a given name of two hyphened parts keeps its first part, a prefix before a name does not join it', () => {
  has('The board voted to back the offer, with employee representative Per-Arne Solheimsvik voting against.', 'Per-Arne Solheimsvik', 'person');
  has('Local councillor Jean-Marc Ostrowe disagreed on Monday.', 'Jean-Marc Ostrowe', 'person');
  lacks('Pro-Vance Brattlund supporters marched on Monday.', 'Pro-Vance Brattlund');
});

test('"St." or "Saint" goes on with the name after it', () => {
  const text = 'The cloister of St. Kilian hosts concerts.';
  const { d, e: saint } = span(text, 'St.', LOC);
  const { e: name } = span(text, 'Kilian', PER);
  assert.deepEqual(joinSaints(d, [saint, name]), [{ a: saint.a, b: name.b, type: LOC }]);
  // a place and a person that merely touch stay apart
  const other = 'In Tarnis Ana Ruiz spoke.';
  const { d: d2, e: place } = span(other, 'Tarnis', LOC);
  const { e: person } = span(other, 'Ana Ruiz', PER);
  assert.equal(joinSaints(d2, [place, person]).length, 2);
  has('Crowds gathered on the steps of St. Anselm after the service, as they do in St. Louis.', 'St. Louis', 'place');
});

test('two places joined by "and the" are two names, "and" alone within a name is kept', () => {
  const text = 'Tankers cross the Caspian Sea and the Aral Sea less often than before.';
  const { d, e } = span(text, 'Caspian Sea and the Aral Sea', LOC);
  const parts = splitPairs(d, [e]).map((p: { a: number; b: number }) => text.slice(d.toks.start[p.a], d.toks.end[p.b - 1]));
  assert.deepEqual(parts, ['Caspian Sea', 'Aral Sea']);
  const whole = 'Flights to Trinidad and Tobago resumed.';
  const { d: d2, e: e2 } = span(whole, 'Trinidad and Tobago', LOC);
  assert.equal(splitPairs(d2, [e2]).length, 1);
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
  has('The Wellington Star and the Lagos Sun both ran the story.', 'Wellington Star', 'organization');
  has('The Wellington Star and the Lagos Sun both ran the story.', 'Lagos Sun', 'organization');
  has('She spoke to Nine News on Tuesday.', 'Nine News', 'organization');
  has('A spokeswoman told CBC News the department would look into it.', 'CBC News', 'organization');
  // no place, no paper
  assert.ok(!names('Sailors once steered by the North Star.').some(([, t]) => t === 'organization'));
});

test('an organisation "in" a listed place is two names', () => {
  const text = 'He received degrees from Harland University in Canada (1910), St. Brendan University in Scotland (1925), and the Sorbonne in Paris (1927).';
  has(text, 'Harland University', 'organization');
  has(text, 'St. Brendan University', 'organization');
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

test('a storm and its name alone are events, never people', () => {
  const text = 'Hurricane Morwenna reached the coast on Monday. Morwenna left thousands without power, and Tropical Storm Elsbeth formed behind it.';
  has(text, 'Hurricane Morwenna', 'other');
  has(text, 'Tropical Storm Elsbeth', 'other');
  assert.ok(!names(text).some(([, t]) => t === 'person'), JSON.stringify(names(text)));
});

test('a style of address is no name, and the name after it stays', () => {
  lacks('Your Honor, my client has to be released today.', 'Honor');
  const text = 'His Excellency Ana Ruiz presented her credentials on Monday.';
  has(text, 'Ana Ruiz', 'person');
  assert.ok(!names(text).some(([s]) => s.includes('Excellency')), JSON.stringify(names(text)));
});

test('"Jr." after a comma ends the name before it', () => {
  has('A statue of Tomas Lind, Jr. stands in the square.', 'Tomas Lind, Jr.', 'person');
  has('Tomas Lind Jr. said he would run again.', 'Tomas Lind Jr.', 'person');
});

test('"X de Y" is a place when the article types Y alone as a place, and a person otherwise', () => {
  const text = 'Until 1902 the town was called Penon de Ostin.';
  const { d, e } = span(text, 'Penon de Ostin', PER);
  const ostin = e.b - 1;
  assert.equal(placeOfPlace(d, e.a, e.b, (t) => (t === ostin ? LOC : -1)), true);
  assert.equal(placeOfPlace(d, e.a, e.b, (t) => (t === ostin ? PER : -1)), false);
  has('Actress Ana de Armas arrived in Madrid. De Armas said she was happy.', 'Ana de Armas', 'person');
});

test('a name opened by a word of Portuguese, Spanish or French place names is a place, never a person', () => {
  has('VILA SECA — São Brielo counts the cost of the flood, the mayor said.', 'São Brielo', 'place');
  has('Water reached the houses of Vila Tarquínia before dawn, residents said.', 'Vila Tarquínia', 'place');
  has('The march set off from Calle Orvando at noon and ended at the town hall.', 'Calle Orvando', 'place');
});

test('a nickname in quotation marks inside a name: one person, across the nickname', () => {
  has('Torvald "Tovo" Rennick, who has fished the river for forty years, was close to tears.', 'Torvald "Tovo" Rennick', 'person');
  has('The boxer Jamal “The Hammer” Okoro lost on points.', 'Jamal “The Hammer” Okoro', 'person');
  has('County governor Per-Arne "P-A" Holmberg has asked for a report.', 'Per-Arne "P-A" Holmberg', 'person');
  lacks('The minister called it "Reckless" and left.', 'Reckless');
  // The surname after the nickname, a word the tagger never saw, is no name of its own: the given name runs on to it.
  has('"We will rebuild it," said Secretary Teodulo "Dudoy" Magsalinog at the port.', 'Teodulo "Dudoy" Magsalinog', 'person');
  lacks('Her brother Teodulo "will be fine" Magsalinog said, "but not yet."', 'Teodulo "will be fine" Magsalinog');
});
