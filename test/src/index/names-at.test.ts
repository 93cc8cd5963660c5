// A name the recogniser missed or cut short in one article, that other articles name: go to
// definition, hover and references find the entity the other articles found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { linkInArticle } from '../../../server/out/core/entities';
import type { ArticleAnalysis, NamedSpan } from '../../../server/out/core/types';
import { namesAround, qualifyingPlace } from '../../../server/out/index/names-at';
import { Workspace } from '../../../server/out/index/workspace';
import { loadNerData } from '../../../server/out/index/ner-data';
import { definition, nameAt } from '../../../server/out/lsp/features';
import { spansInOrder } from '../core/hand-named';
import { positionAt } from '../../../server/out/core/text';

loadNerData();

/** An article whose names are the given spans, whatever the recogniser finds. */
function handNamed(text: string, names: [string, NamedSpan['type']][]): ArticleAnalysis {
  return { ...analyze(text), ...linkInArticle(text, spansInOrder(text, names), []), quotes: [], figures: [] };
}
const workspace = (articles: Record<string, [string, [string, NamedSpan['type']][]]>) => {
  const w = new Workspace();
  for (const [name, [text, names]] of Object.entries(articles)) w.set(`file:///ws/${name}`, text, handNamed(text, names));
  return w;
};
/** The entity named at the `n`th occurrence (from 0) of `word` in an article, and the words taken for its name. */
const at = (w: Workspace, name: string, word: string, n = 0) => {
  const uri = `file:///ws/${name}`;
  const text = w.get(uri)!.text;
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf(word, offset + 1);
  assert.ok(offset >= 0, `${word} is in ${name}`);
  const found = nameAt(w, uri, positionAt(w.analysis(uri)!.lineStarts, offset + 1));
  return found && { name: found.entity.name, type: found.entity.type, written: text.slice(found.mention.start, found.mention.end), definition: definition(w, found.entity) };
};

const WIRE = [
  'Dunmore Rovers sign Velmoran striker\n\nDunmore Rovers have signed a striker from Velmora, the club said on Monday. The Federal Seed Agency paid for the pitch, and the charity Harbour Light Trust ran the open day.',
  [['Dunmore Rovers', 'organization'], ['Dunmore Rovers', 'organization'], ['Velmora', 'place'], ['Federal Seed Agency', 'organization'], ['Harbour Light Trust', 'organization']],
] as [string, [string, NamedSpan['type']][]];

test('a name the recogniser missed in furniture, a comment or a possessive is the entity other articles name so', () => {
  const w = workspace({
    'a.txt': WIRE,
    'b.txt': [
      'Fans react to the signing\n\nThe striker arrived on Tuesday.\n\nRelated coverage\n› Velmora grain exports hit a record\n\nComments\nsam_77: Watched him against Velmora. The Federal Seed Agency\'s money well spent.',
      [],
    ],
  });
  const place = at(w, 'b.txt', 'Velmora');
  assert.equal(place?.name, 'Velmora', 'in a navigation line');
  assert.equal(place?.type, 'place');
  assert.equal(at(w, 'b.txt', 'Velmora', 1)?.name, 'Velmora', 'in a reader\'s comment');
  const agency = at(w, 'b.txt', 'Federal Seed Agency');
  assert.equal(agency?.written, 'Federal Seed Agency', 'without "The" or the possessive');
  assert.deepEqual(agency?.definition, at(w, 'a.txt', 'Federal Seed Agency')?.definition, 'one definition for every mention');
  assert.equal(at(w, 'b.txt', 'Fans'), null, 'a capitalised word that names nothing known names nothing');
  assert.equal(at(w, 'b.txt', 'Related'), null);
});

test('a name cut short by the recogniser is the longer name another article writes in full', () => {
  const w = workspace({
    'a.txt': WIRE,
    'b.txt': ['Open day draws crowds\n\nVolunteers from Harbour Light Trust served lunch.', [['Harbour', 'place']]],
  });
  const charity = at(w, 'b.txt', 'Harbour');
  assert.equal(charity?.name, 'Harbour Light Trust');
  assert.equal(charity?.written, 'Harbour Light Trust');
});

test('the place qualifying an organisation\'s name is the place; a name that is nothing without it stays whole', () => {
  const w = workspace({
    'a.txt': WIRE,
    'b.txt': [
      'Seed prices fall\n\nThe Ministry of Agriculture of Velmora cut prices. The Bank of Velmora said nothing.',
      [['Ministry of Agriculture of Velmora', 'organization'], ['Bank of Velmora', 'organization']],
    ],
  });
  assert.equal(at(w, 'b.txt', 'Velmora')?.name, 'Velmora');
  assert.equal(at(w, 'b.txt', 'Ministry')?.name, 'Ministry of Agriculture of Velmora');
  assert.equal(at(w, 'b.txt', 'Velmora', 1)?.name, 'Bank of Velmora');
});

test('a first name alone is the one person the workspace names in full with it', () => {
  const w = workspace({
    'a.txt': ['Winger joins Rovers\n\nDunmore Rovers signed Tomasz Wierzba on Monday. Wierzba, 22, signed for five years.', [['Dunmore Rovers', 'organization'], ['Tomasz Wierzba', 'person'], ['Wierzba', 'person']]],
    'b.txt': ['Club says goodbye\n\n"Tomasz gave us everything," the president said.', [['Tomasz', 'person']]],
    'c.txt': ['Thank you\n\n"Tomasz is a great boy," the coach said.', [['Tomasz', 'other']]],
  });
  assert.equal(at(w, 'b.txt', 'Tomasz')?.name, 'Tomasz Wierzba');
  assert.equal(at(w, 'c.txt', 'Tomasz')?.name, 'Tomasz Wierzba', 'taken for some other thing');
  // Two people with that first name: no one in particular.
  w.set('file:///ws/d.txt', 'Tomasz Nowak, a fan, said so.', handNamed('Tomasz Nowak, a fan, said so.', [['Tomasz Nowak', 'person']]));
  w.set('file:///ws/e.txt', 'Tomasz Nowak wrote again.', handNamed('Tomasz Nowak wrote again.', [['Tomasz Nowak', 'person']]));
  assert.equal(at(w, 'b.txt', 'Tomasz')?.name, 'Tomasz');
});

test('the words around a position that may be a name: longest first, on one line, parted by punctuation', () => {
  const names = (text: string, word: string) => namesAround(text, text.indexOf(word) + 1).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(names('A Dunmore source said', 'Dunmore'), ['A Dunmore', 'Dunmore']);
  assert.deepEqual(names('Home · Wadi Korab · The South', 'Korab'), ['Wadi Korab', 'Korab']);
  assert.deepEqual(names("the State Seed Agency's claim", 'Seed'), ['State Seed Agency', 'Seed Agency', 'State Seed', 'Seed']);
  assert.deepEqual(names('Ministry of Health said', 'Health'), ['Ministry of Health', 'Health']);
  assert.deepEqual(names('Velmora\nGrain', 'Velmora'), ['Velmora']);
  assert.deepEqual(names('the striker arrived', 'striker'), []);
  const q = 'Ministry of Health of Velmora';
  assert.equal(qualifyingPlace(q, { start: 0, end: q.length }, q.indexOf('Velmora') + 1)?.start, q.indexOf('Velmora'));
  assert.equal(qualifyingPlace(q, { start: 0, end: q.length }, 2), null);
  assert.equal(qualifyingPlace('Bank of Velmora', { start: 0, end: 15 }, 10), null);
});

test('titles, offices, weekdays and months alone are no name, though an article links them to someone', () => {
  const names = (text: string, word: string) => namesAround(text, text.indexOf(word) + 1).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(names('Mr Vance said', 'Mr'), ['Mr Vance']);
  assert.deepEqual(names('the Prime Minister said', 'Minister'), []);
  assert.deepEqual(names('On Monday he left', 'Monday'), ['On Monday'], 'not "Monday" alone');
  assert.deepEqual(names('Health Minister Ivo Rand spoke', 'Ivo'), ['Health Minister Ivo Rand', 'Health Minister Ivo', 'Minister Ivo Rand', 'Minister Ivo', 'Ivo Rand', 'Ivo']);
});
