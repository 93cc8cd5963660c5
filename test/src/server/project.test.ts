// The project model in memory, with the LSP features as thin readers of it: no process, no disk.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnosticsFor, diagnosticsUpdate } from '../../../server/out/lsp/diagnostics';
import { codeActions } from '../../../server/out/lsp/corrections';
import * as features from '../../../server/out/lsp/features';
import { at, FB, memoryProject, TW } from './memory';

const U = (name: string) => `file:///w/${name}`;

test('in memory: byline.yaml renames and hides, features answer, diagnostics are computed apart from publishing', async () => {
  const { project, fs } = memoryProject({ 'fb.txt': FB, 'tw.txt': TW, 'notes/readme.md': 'John Carter', 'byline.yaml': 'entities:\n  - name: Foreign Minister Carter\n    aliases: [John Carter]\nnotEntities: [Geneva]\n' });
  await project.reindex();
  const ws = project.ws;
  assert.deepEqual([...ws.uris()].sort(), [U('fb.txt'), U('tw.txt')]);
  const hover = features.hover(ws, U('tw.txt'), at(TW, 'Carter said'));
  assert.match((hover!.contents as { value: string }).value, /Foreign Minister Carter/);
  assert.equal(features.hover(ws, U('fb.txt'), at(FB, 'Geneva')), null, 'notEntities');
  assert.equal(features.definition(ws, features.entityAt(ws, U('fb.txt'), at(FB, 'Carter has'))!.entity)!.uri, U('byline.yaml'));
  const diags = diagnosticsFor(project, U('fb.txt'));
  assert.deepEqual(diags.map((d) => d.code), ['contradiction/channel']);
  // Pure: the same state gives no update once published; a change gives exactly the changed ones.
  const published = new Map([[U('fb.txt'), diags]]);
  assert.deepEqual(diagnosticsUpdate(published, [U('fb.txt')], (u) => diagnosticsFor(project, u)), []);
  project.open(U('tw.txt'), TW.replace('Twitter', 'Facebook'));
  assert.deepEqual(diagnosticsUpdate(published, [U('fb.txt')], (u) => diagnosticsFor(project, u)), [{ uri: U('fb.txt'), diagnostics: [] }]);
  // Closing the document gives the disk's text back.
  await project.close(U('tw.txt'));
  assert.equal(diagnosticsFor(project, U('tw.txt')).length, 1);
  // A broken byline.yaml is reported in place; the last good one stays in force.
  fs.files.set('/w/byline.yaml', 'entities: [unclosed\n');
  await project.fileChanged(U('byline.yaml'), 'changed');
  assert.match(diagnosticsFor(project, U('byline.yaml'))[0].message, /./);
  assert.match((features.hover(project.ws, U('tw.txt'), at(TW, 'Carter said'))!.contents as { value: string }).value, /Foreign Minister Carter/);
  assert.equal(project.knowledgeFile()!.editable, false, 'no edits to a file that does not parse');
});

test('in memory: references, outline, lenses, colours and quick fixes read the project', async () => {
  const { project } = memoryProject({ 'fb.txt': FB, 'tw.txt': TW });
  await project.reindex();
  const ws = project.ws;
  const carter = features.entityAt(ws, U('fb.txt'), at(FB, 'Carter has'))!.entity;
  assert.deepEqual(new Set(features.references(ws, carter).map((l) => l.uri)), new Set([U('fb.txt'), U('tw.txt')]));
  const listed = features.entityList(ws);
  assert.deepEqual(listed.map((e) => e.id), [...listed.map((e) => e.id)].sort(), 'the Entities view lists by id');
  assert.deepEqual(listed.find((e) => e.id === carter.id), { id: carter.id, name: 'John Carter', type: 'person', mentions: carter.mentions, articles: 2 });
  assert.ok(features.documentSymbols(ws, U('fb.txt')).some((g) => g.name === 'Persons' && g.children!.some((c) => c.name === 'John Carter')));
  assert.deepEqual(features.codeLenses(ws, U('tw.txt')).map((l) => l.command!.title), ['Also quoted in 1 other article']);
  assert.ok(features.semanticTokens(ws, U('fb.txt')).length % 5 === 0 && features.semanticTokens(ws, U('fb.txt')).length > 0);
  // Quick fixes edit the byline.yaml the project knows of (none yet: it is created).
  const k = project.knowledgeFile()!;
  assert.deepEqual([k.uri, k.text, k.editable], [U('byline.yaml'), null, true]);
  const diagnostics = diagnosticsFor(project, U('fb.txt'));
  const actions = codeActions(ws, { textDocument: { uri: U('fb.txt') }, range: diagnostics[0].range, context: { diagnostics } }, { trusted: true, knowledgeUri: k.uri, knowledgeText: k.text });
  assert.ok(actions.some((a) => /Acknowledge/.test(a.title) && a.edit));
});

test('in memory: a document reopened before its close is applied keeps the editor text', async () => {
  const { project } = memoryProject({ 'fb.txt': FB, 'tw.txt': TW });
  await project.reindex();
  const edited = TW.replace('Twitter', 'Facebook');
  project.open(U('tw.txt'), edited);
  // Closed and at once reopened (a tab moved between editor groups does this): the queued
  // re-read of the disk must not replace the editor's text.
  const closed = project.close(U('tw.txt'));
  project.open(U('tw.txt'), edited);
  await closed;
  assert.equal(project.ws.get(U('tw.txt'))!.text, edited);
  assert.deepEqual(diagnosticsFor(project, U('tw.txt')), []);
});
