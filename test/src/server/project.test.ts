// The project model in memory, with the LSP features as thin readers of it: no process, no disk.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../../server/out/index/files';
import { diagnosticsFor, diagnosticsUpdate } from '../../../server/out/lsp/diagnostics';
import * as features from '../../../server/out/lsp/features';
import { Project, type ProjectHost } from '../../../server/out/project/project';

export const FB = 'Minister quits over failed talks\n\nJohn Carter, the foreign minister of Freedonia, said in a statement on Facebook on Sunday: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n\nCarter has led the delegation to Geneva since 2019.\n';
export const TW = 'Freedonia minister resigns\n\nJohn Carter said in a statement on Twitter that he was quitting the talks in Geneva.\n\n“The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now,” Carter said.\n';

export function at(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A project over an in-memory folder /w, with what it told its host. */
export function memoryProject(files: Record<string, string>, options: { analyze?: (text: string) => any } = {}) {
  const fs = new MemoryFileSystem(new Map(Object.entries(files).map(([k, v]) => [`/w/${k}`, v])));
  const told = { changed: new Set<string>(), logs: [] as string[] };
  const host: ProjectHost = { log: (level, m) => told.logs.push(`${level}: ${m}`), changed: (uris) => uris && [...uris].forEach((u) => told.changed.add(u)), progress: () => undefined };
  const project = new Project({ fs, cacheDir: null, trusted: true, host, workers: () => 0, ...options });
  project.setFolders(['/w']);
  return { fs, project, told };
}

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
