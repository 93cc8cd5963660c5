// Corrections from byline.yaml act on exactly the mentions they name, and every reader of the
// index (mentions, entities, references, speakers) sees them at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { occurrences } from '../../../server/out/index/corrections';
import { parseKnowledge } from '../../../server/out/index/knowledge';
import { Workspace } from '../../../server/out/index/workspace';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

const uri = (name: string) => `file:///ws/${name}`;
const ws = (articles: Record<string, string>, yaml = '') => {
  const w = new Workspace();
  const { knowledge, problems } = parseKnowledge(yaml);
  assert.deepEqual(problems, []);
  w.setKnowledge(knowledge!, { uri: uri('byline.yaml'), lineStarts: [0] });
  for (const [name, text] of Object.entries(articles)) w.set(uri(name), text, analyze(text));
  return w;
};
/** The entity of the nth mention spelled `text` in an article (null: not a mention, or no entity). */
const entityOf = (w: Workspace, name: string, text: string, nth = 0) => {
  const m = w.analysis(uri(name))!.mentions.filter((x) => x.text === text)[nth];
  if (!m) return null;
  const id = w.graph.idOf(uri(name), m.local);
  return id ? w.graph.get(id) : null;
};
const articlesOf = (w: Workspace, id: string) => [...new Set(w.graph.get(id)!.refs.map((r) => r.uri.slice('file:///ws/'.length)))].sort();

const LEADER = 'Party leader defends tax plans\n\nMichael Verhoeven, the party leader, said on Monday that the plans were sound. Mr Verhoeven spoke in Leeds.';
const RALLY = 'Crowds at the rally\n\nVerhoeven told the crowd the campaign was going well. Later Verhoeven thanked the volunteers for their work.';
const WIFE = 'Campaign trail\n\nMrs Verhoeven visited a school on Tuesday. Verhoeven said the teachers had been kind.';

test('"X is not E" splits those mentions of that article only; other articles keep the link', () => {
  const plain = ws({ 'leader.txt': LEADER, 'rally.txt': RALLY, 'wife.txt': WIFE });
  const leader = entityOf(plain, 'leader.txt', 'Michael Verhoeven')!;
  assert.equal(entityOf(plain, 'wife.txt', 'Verhoeven')?.id, leader.id, 'the test needs the wrong link first');
  const w = ws({ 'leader.txt': LEADER, 'rally.txt': RALLY, 'wife.txt': WIFE }, 'mentions:\n  - article: wife.txt\n    text: Verhoeven\n    not: Michael Verhoeven\n');
  const wife = entityOf(w, 'wife.txt', 'Verhoeven')!;
  assert.notEqual(wife.id, leader.id);
  assert.equal(entityOf(w, 'rally.txt', 'Verhoeven')?.id, leader.id, 'another article keeps its link');
  assert.deepEqual(articlesOf(w, leader.id), ['leader.txt', 'rally.txt']);
  assert.deepEqual(articlesOf(w, wife.id), ['wife.txt']);
});

test('a correction of "Verhoeven" leaves the fuller mention "Michael Verhoeven" of the same article alone', () => {
  const w = ws({ 'leader.txt': LEADER, 'rally.txt': RALLY }, 'mentions:\n  - article: leader.txt\n    text: Verhoeven\n    not: Michael Verhoeven\n');
  const full = entityOf(w, 'leader.txt', 'Michael Verhoeven')!;
  assert.equal(full.name, 'Michael Verhoeven');
  assert.equal(entityOf(w, 'rally.txt', 'Verhoeven')?.id, full.id);
});

test('splitting one occurrence off leaves the other occurrences linked', () => {
  const w = ws({ 'leader.txt': LEADER, 'rally.txt': RALLY }, 'mentions:\n  - article: rally.txt\n    text: Verhoeven\n    occurrence: 2\n    not: Michael Verhoeven\n');
  const leader = entityOf(w, 'leader.txt', 'Michael Verhoeven')!;
  assert.equal(entityOf(w, 'rally.txt', 'Verhoeven', 0)?.id, leader.id);
  assert.notEqual(entityOf(w, 'rally.txt', 'Verhoeven', 1)?.id, leader.id);
});

test('"X here is E" links exactly those mentions, and makes a mention of words the recogniser missed', () => {
  const A = 'Coalition talks\n\nThe Liberal Democrats said on Friday they would join the talks.';
  const B = 'Budget row\n\nThe Lib Dems voted against the budget, the party said.';
  const C = 'By-election\n\nThe Lib Dems won the seat, officials said.';
  const yaml = 'entities:\n  - name: Liberal Democrats\n    type: organization\nmentions:\n  - article: b.txt\n    text: Lib Dems\n    entity: Liberal Democrats\n';
  const w = ws({ 'a.txt': A, 'b.txt': B, 'c.txt': C }, yaml);
  const party = entityOf(w, 'a.txt', 'Liberal Democrats')!;
  assert.equal(entityOf(w, 'b.txt', 'Lib Dems')?.id, party.id);
  assert.notEqual(entityOf(w, 'c.txt', 'Lib Dems')?.id ?? null, party.id, 'the same words in another article are untouched');
  assert.equal(party.type, 'organization');
  assert.equal(w.analysis(uri('b.txt'))!.mentions.find((m) => m.text === 'Lib Dems')!.type, 'organization', 'colours follow');
});

test('"never an entity" removes the mentions everywhere: no mention, no entity, no colour', () => {
  const A = 'Security law passes\n\nThe Anti-Terrorism Bill passed on Monday. Bill Harrow, the minister, said it was needed. "It keeps us safe," Harrow said.';
  const w = ws({ 'a.txt': A }, 'notEntities:\n  - Anti-Terrorism Bill\n');
  const a = w.analysis(uri('a.txt'))!;
  assert.ok(!a.mentions.some((m) => m.text === 'Anti-Terrorism Bill'));
  assert.ok(![...w.graph.ids()].some((id) => w.graph.get(id)!.name === 'Anti-Terrorism Bill'));
  // Locals were renumbered consistently: every mention and speaker points at an entity that has it.
  a.mentions.forEach((m, i) => assert.ok(a.entities[m.local].mentions.includes(i)));
  for (const q of a.quotes) if (q.speaker?.local != null) assert.ok(a.entities[q.speaker.local], 'speaker entity exists');
  assert.equal(entityOf(w, 'a.txt', 'Bill Harrow')?.name, 'Bill Harrow');
});

test('a type set in byline.yaml is the entity\'s type, also for a one-word name', () => {
  const A = 'Storm warning\n\nResidents of Torbay were told to stay inside, the council said.';
  const w = ws({ 'a.txt': A }, 'entities:\n  - name: Torbay\n    type: organization\n');
  assert.equal(entityOf(w, 'a.txt', 'Torbay')?.type, 'organization');
});

test('corrections follow byline.yaml edits, and an article without corrections is left as analysed', () => {
  const w = ws({ 'leader.txt': LEADER, 'wife.txt': WIFE });
  const before = w.analysis(uri('leader.txt'));
  const { knowledge } = parseKnowledge('mentions:\n  - article: wife.txt\n    text: Verhoeven\n    not: Michael Verhoeven\n');
  w.setKnowledge(knowledge!, { uri: uri('byline.yaml'), lineStarts: [0] });
  assert.equal(w.analysis(uri('leader.txt')), before, 'untouched article');
  const leader = entityOf(w, 'leader.txt', 'Michael Verhoeven')!;
  assert.notEqual(entityOf(w, 'wife.txt', 'Verhoeven')?.id, leader.id);
  w.setKnowledge(parseKnowledge('').knowledge!, { uri: uri('byline.yaml'), lineStarts: [0] });
  assert.equal(entityOf(w, 'wife.txt', 'Verhoeven')?.id, entityOf(w, 'leader.txt', 'Michael Verhoeven')!.id, 'undone');
});

test('byline.yaml "mentions" entries are checked', () => {
  const { problems } = parseKnowledge('mentions:\n  - article: a.txt\n    text: X\n  - text: Y\n    entity: Z\n  - article: a.txt\n    text: X\n    entity: E\n    occurrence: 0\n');
  assert.equal(problems.length, 3, problems.map((p) => p.message).join(' | '));
  assert.deepEqual(occurrences('Howard and Howards met Howard.', 'Howard'), [0, 23]);
});
