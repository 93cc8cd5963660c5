// The corrections a person clicks, end to end over an in-memory project: the quick fix's edit of
// byline.yaml is applied, the project reads the file again, and every reader agrees.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { codeActions, correctEntity, similarity } from '../../../server/out/lsp/corrections';
import { changeKnowledgeItems } from '../../../server/out/lsp/edits';
import * as features from '../../../server/out/lsp/features';
import { at, memoryProject } from './memory';

const U = (name: string) => `file:///w/${name}`;
const LEADER = 'Party leader defends tax plans\n\nMichael Verhoeven, the party leader, said on Monday that the plans were sound. Mr Verhoeven spoke in Leeds.\n';
const RALLY = 'Crowds at the rally\n\nVerhoeven told the crowd the campaign was going well. Later Verhoeven thanked the volunteers for their work.\n';
const BROTHER = 'Family business\n\nPeter Larkin, who runs a bakery in Hull, said trade was slow.\n';

async function setup() {
  const { project, fs } = memoryProject({ 'leader.txt': LEADER, 'rally.txt': RALLY, 'brother.txt': BROTHER, 'byline.yaml': '# my notes\nentities: []\n' });
  await project.reindex();
  const file = () => ({ trusted: true, knowledgeUri: U('byline.yaml'), knowledgeText: fs.files.get('/w/byline.yaml') as string });
  /** Applies an edit of byline.yaml as the editor does, and tells the project. */
  const apply = async (edit: WorkspaceEdit | null | undefined) => {
    assert.ok(edit?.changes, 'an edit of byline.yaml');
    const before = fs.files.get('/w/byline.yaml') as string;
    fs.files.set('/w/byline.yaml', TextDocument.applyEdits(TextDocument.create(U('byline.yaml'), 'yaml', 1, before), edit.changes[U('byline.yaml')] as TextEdit[]));
    await project.fileChanged(U('byline.yaml'), 'changed');
  };
  /** The quick fixes on the `nth` (0-based) "Verhoeven" of the rally article. */
  const fixes = (nth: number): CodeAction[] => {
    const offset = RALLY.split('Verhoeven', nth + 1).join('Verhoeven').length;
    const pos = at(RALLY, RALLY.slice(offset));
    return codeActions(project.ws, { textDocument: { uri: U('rally.txt') }, range: { start: pos, end: pos }, context: { diagnostics: [] } }, file());
  };
  const entityOf = (name: string, needle: string) => features.entityAt(project.ws, U(name), at(name === 'rally.txt' ? RALLY : name === 'leader.txt' ? LEADER : BROTHER, needle))?.entity ?? null;
  return { project, fs, file, apply, fixes, entityOf };
}

test('a mention split off is offered the link back, which removes exactly that correction', async () => {
  const { fs, apply, fixes, entityOf } = await setup();
  const leader = entityOf('leader.txt', 'Michael Verhoeven')!;
  assert.equal(entityOf('rally.txt', 'Verhoeven thanked')?.id, leader.id, 'the test needs the link first');
  await apply(fixes(1).find((a) => a.title === 'Split this “Verhoeven” off Michael Verhoeven (this mention only)')?.edit);
  assert.notEqual(entityOf('rally.txt', 'Verhoeven thanked')?.id, leader.id);
  assert.equal(entityOf('rally.txt', 'Verhoeven told')?.id, leader.id, 'the other occurrence stays');
  assert.ok(!fixes(0).some((a) => /^Link/.test(a.title)), 'no link back where nothing was split');
  const back = fixes(1).find((a) => a.title === 'Link this “Verhoeven” back to Michael Verhoeven');
  assert.ok(back, fixes(1).map((a) => a.title).join(' | '));
  await apply(back.edit);
  assert.equal(entityOf('rally.txt', 'Verhoeven thanked')?.id, leader.id);
  assert.equal(fs.files.get('/w/byline.yaml'), '# my notes\nentities: []\nmentions:\n', 'the entry alone went');
  // The emptied list takes the next correction.
  await apply(fixes(1).find((a) => a.title.startsWith('“Verhoeven” in this article is not'))?.edit);
  assert.equal(fs.files.get('/w/byline.yaml'), '# my notes\nentities: []\nmentions:\n  - article: rally.txt\n    text: Verhoeven\n    not: Michael Verhoeven\n');
  assert.notEqual(entityOf('rally.txt', 'Verhoeven told')?.id, leader.id);
});

test('merging a split-off entity moves exactly its mentions, not every mention spelled so', async () => {
  const { apply, fixes, entityOf, project, file } = await setup();
  await apply(fixes(1).find((a) => a.title.startsWith('Split this “Verhoeven”'))?.edit);
  const split = entityOf('rally.txt', 'Verhoeven thanked')!;
  const larkin = entityOf('brother.txt', 'Peter Larkin')!;
  await apply(correctEntity(project.ws, { action: 'merge', id: split.id, value: larkin.id }, file()));
  assert.equal(entityOf('rally.txt', 'Verhoeven thanked')?.name, 'Peter Larkin');
  const leader = entityOf('leader.txt', 'Michael Verhoeven')!;
  assert.equal(entityOf('rally.txt', 'Verhoeven told')?.id, leader.id, 'the other occurrence stays with the leader');
  assert.equal(entityOf('leader.txt', 'Verhoeven spoke')?.id, leader.id, 'no alias pulled in the leader article');
  // The split's entry was rewritten, not joined by another.
  assert.equal(project.ws.getKnowledge().mentions.length, 1);
});

test('a type change shows in the hover, the outline and the colours of every article', async () => {
  const { apply, entityOf, project, file } = await setup();
  const leader = entityOf('leader.txt', 'Michael Verhoeven')!;
  await apply(correctEntity(project.ws, { action: 'type', id: leader.id, value: 'organization' }, file()));
  const hover = features.hover(project.ws, U('rally.txt'), at(RALLY, 'Verhoeven told'))!;
  assert.match((hover.contents as { value: string }).value, /· organization/);
  for (const name of ['leader.txt', 'rally.txt']) {
    const groups = features.documentSymbols(project.ws, U(name));
    assert.ok(groups.some((g) => g.name === 'Organizations' && g.children!.some((c) => /Verhoeven/.test(c.name))), `${name}: ${JSON.stringify(groups.map((g) => [g.name, g.children!.map((c) => c.name)]))}`);
    assert.ok(!groups.some((g) => g.name === 'Persons' && g.children!.some((c) => /Michael Verhoeven|^Verhoeven$/.test(c.name))));
  }
});

test('plausible entities: a shortening, a surname, an acronym; not one word of a longer name of something else', () => {
  assert.equal(similarity('Lib Dems', 'Liberal Democrats', false), 0.9);
  assert.equal(similarity('Howard', 'Sandra Howard', true), 0.9);
  assert.equal(similarity('NFU', 'National Farmers Union', false), 1);
  assert.equal(similarity('Freedonian', 'Freedonian Observatory for Rights', false), 0);
  assert.equal(similarity('Sylvania', 'Sylvanian', false), 0);
});

test('items of a byline.yaml list are replaced or removed with their own lines only', () => {
  const text = '# notes\nmentions:\n  - article: a.txt   # checked\n    text: X\n    not: Y\n  - article: b.txt\n    text: Z\n    entity: W\nnotEntities: [Bill, Ben]\n';
  const file = { knowledgeUri: U('byline.yaml'), knowledgeText: text };
  const run = (edit: WorkspaceEdit | null) => TextDocument.applyEdits(TextDocument.create(U('byline.yaml'), 'yaml', 1, text), edit!.changes![U('byline.yaml')] as TextEdit[]);
  const isA = (item: unknown) => (item as { article?: string }).article === 'a.txt';
  assert.equal(run(changeKnowledgeItems(file, 'mentions', (item) => (isA(item) ? null : undefined))), text.replace('  - article: a.txt   # checked\n    text: X\n    not: Y\n', ''));
  assert.equal(
    run(changeKnowledgeItems(file, 'mentions', (item) => (isA(item) ? { article: 'a.txt', text: 'X', entity: 'V' } : undefined))),
    text.replace('  - article: a.txt   # checked\n    text: X\n    not: Y\n', '  - article: a.txt\n    text: X\n    entity: V\n'),
  );
  assert.match(run(changeKnowledgeItems(file, 'notEntities', (item) => (item === 'Ben' ? null : undefined))), /^notEntities: \[ Bill \]$/m);
  assert.equal(changeKnowledgeItems(file, 'mentions', () => undefined), null, 'nothing to change');
});

test('an acronym is offered its name as an alias, but not once the mention is split off', async () => {
  const A = 'Farm subsidies\n\nThe National Farmers Union said on Monday that the payments were late.\n';
  const B = 'Payments row\n\nThe NFU warned ministers again. Members of the NFU met in Leeds on Tuesday.\n';
  const { project, fs } = memoryProject({ 'a.txt': A, 'b.txt': B, 'byline.yaml': 'entities: []\n' });
  await project.reindex();
  const file = () => ({ trusted: true, knowledgeUri: U('byline.yaml'), knowledgeText: fs.files.get('/w/byline.yaml') as string });
  const fixesAt = (needle: string) => {
    const pos = at(B, needle);
    return codeActions(project.ws, { textDocument: { uri: U('b.txt') }, range: { start: pos, end: pos }, context: { diagnostics: [] } }, file());
  };
  const before = fixesAt('NFU met');
  assert.ok(before.some((a) => a.title === 'Add “NFU” as an alias of National Farmers Union (every article)'), before.map((a) => a.title).join(' | '));
  const split = before.find((a) => a.title.startsWith('Split this “NFU”'));
  assert.ok(split?.edit, before.map((a) => a.title).join(' | '));
  fs.files.set('/w/byline.yaml', TextDocument.applyEdits(TextDocument.create(U('byline.yaml'), 'yaml', 1, file().knowledgeText), split.edit.changes![U('byline.yaml')] as TextEdit[]));
  await project.fileChanged(U('byline.yaml'), 'changed');
  const after = fixesAt('NFU met');
  assert.ok(after.some((a) => a.title === 'Link this “NFU” back to NFU'), after.map((a) => a.title).join(' | '));
  assert.ok(!after.some((a) => a.title.startsWith('Add “NFU”')), after.map((a) => a.title).join(' | '));
  assert.ok(after.some((a) => a.title === '“NFU” in this article is National Farmers Union'));
});
