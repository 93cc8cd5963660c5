// The real server over stdio, spoken to as an editor does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LspClient, uri } from './client';

const FB = 'Minister quits over failed talks\n\nJohn Carter, the foreign minister of Freedonia, said in a statement on Facebook on Sunday: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n\nCarter has led the delegation to Geneva since 2019.\n';
const TW = 'Freedonia minister resigns\r\n\r\nJohn Carter said in a statement on Twitter that he was quitting the talks in Geneva.\r\n\r\n“The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now,” Carter said.\r\n';
const OTHER = '😀 Unrelated story about Geneva\n\nThe city of Geneva hosted a fair. Anna Lindgren opened it.\n';

let dir: string;
let client: LspClient;
const at = (text: string, needle: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  const before = text.slice(0, i).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'byline-lsp-'));
  writeFileSync(join(dir, 'fb.txt'), FB);
  writeFileSync(join(dir, 'tw.txt'), TW);
  writeFileSync(join(dir, 'other.txt'), OTHER);
  writeFileSync(join(dir, 'notes.md'), 'John Carter is not an article here.');
  client = new LspClient();
  const init = await client.start(dir);
  assert.ok(init.capabilities.hoverProvider && init.capabilities.definitionProvider && init.capabilities.referencesProvider);
});

after(async () => {
  assert.equal(await client.stop(), 0);
  rmSync(dir, { recursive: true, force: true });
});

test('closed files on disk are indexed: hover, definition and references across articles', { timeout: 20000 }, async () => {
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, 'tw.txt')) }, position: at(TW, 'Carter said') });
  assert.match(hover.contents.value, /John Carter/);
  assert.match(hover.contents.value, /person/);
  assert.match(hover.contents.value, /in 2 articles/);
  const def = await client.request('textDocument/definition', { textDocument: { uri: uri(join(dir, 'tw.txt')) }, position: at(TW, 'Carter said') });
  assert.equal(def.uri, uri(join(dir, 'fb.txt')), 'the fullest earliest introduction (by path when undated)');
  assert.deepEqual(def.range.start, at(FB, 'John Carter'));
  const refs = await client.request('textDocument/references', { textDocument: { uri: uri(join(dir, 'fb.txt')) }, position: at(FB, 'Carter has'), context: { includeDeclaration: true } });
  assert.deepEqual(new Set(refs.map((r: { uri: string }) => r.uri)), new Set([uri(join(dir, 'fb.txt')), uri(join(dir, 'tw.txt'))]));
  assert.equal(refs.length, 4);
  assert.ok(!refs.some((r: { uri: string }) => r.uri.endsWith('.md')), 'only article files');
});

test('the channel contradiction is published on both articles with related information', { timeout: 20000 }, async () => {
  const fb = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(dir, 'fb.txt')) && p.diagnostics.length > 0);
  const tw = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(dir, 'tw.txt')) && p.diagnostics.length > 0);
  const warning = (d: any[]) => d.find((x) => x.code === 'contradiction/channel');
  const a = warning(fb.diagnostics);
  const b = warning(tw.diagnostics);
  assert.ok(a && b, 'both sides warn');
  assert.equal(a.severity, 2);
  assert.equal(a.source, 'byline');
  assert.match(a.message, /Facebook/);
  assert.match(a.message, /tw\.txt/);
  assert.equal(a.range.start.line, at(FB, 'statement on Facebook').line);
  assert.equal(a.relatedInformation[0].location.uri, uri(join(dir, 'tw.txt')));
  assert.equal(a.relatedInformation[0].location.range.start.line, at(TW, 'statement on Twitter').line);
  assert.equal(b.relatedInformation[0].location.range.start.line, at(FB, 'statement on Facebook').line);
});

test('an edit in an open document updates both articles\' diagnostics', { timeout: 20000 }, async () => {
  const twUri = uri(join(dir, 'tw.txt'));
  client.notify('textDocument/didOpen', { textDocument: { uri: twUri, languageId: 'plaintext', version: 1, text: TW } });
  const since = client.notifications.length;
  const p = at(TW, 'Twitter');
  client.notify('textDocument/didChange', { textDocument: { uri: twUri, version: 2 }, contentChanges: [{ range: { start: p, end: { line: p.line, character: p.character + 'Twitter'.length } }, text: 'Facebook' }] });
  const cleared = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri(join(dir, 'fb.txt')) && !x.diagnostics.some((d: any) => d.severity === 2), since);
  assert.ok(cleared);
  // Undo: the contradiction comes back.
  const since2 = client.notifications.length;
  client.notify('textDocument/didChange', { textDocument: { uri: twUri, version: 3 }, contentChanges: [{ text: TW }] });
  await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === twUri && x.diagnostics.some((d: any) => d.code === 'contradiction/channel'), since2);
});

test('only diagnostics that changed are published again', { timeout: 20000 }, async () => {
  const twUri = uri(join(dir, 'tw.txt'));
  const fbUri = uri(join(dir, 'fb.txt'));
  const published = (u: string, since: number) => client.notifications.slice(since).filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === u);
  // The same text again: once its flush reports, nothing from earlier tests is still on its way.
  let since = client.notifications.length;
  client.notify('textDocument/didChange', { textDocument: { uri: twUri, version: 4 }, contentChanges: [{ text: TW }] });
  await client.waitFor('byline/status', () => true, since);
  // A space at the very end moves nothing the contradiction points at: nothing is sent again.
  since = client.notifications.length;
  client.notify('textDocument/didChange', { textDocument: { uri: twUri, version: 5 }, contentChanges: [{ text: `${TW} ` }] });
  await client.waitFor('byline/status', () => true, since);
  assert.deepEqual(published(fbUri, since), []);
  assert.deepEqual(published(twUri, since), []);
  // A line inserted at the top moves the quote in tw.txt: fb.txt's related location follows it.
  since = client.notifications.length;
  client.notify('textDocument/didChange', { textDocument: { uri: twUri, version: 6 }, contentChanges: [{ text: `New first line\n${TW}` }] });
  const fb = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === fbUri, since);
  assert.equal(fb.diagnostics.find((d: any) => d.code === 'contradiction/channel').relatedInformation[0].location.range.start.line, at(TW, 'statement on Twitter').line + 1);
  client.notify('textDocument/didChange', { textDocument: { uri: twUri, version: 7 }, contentChanges: [{ text: TW }] });
});

test('an unsaved new article is analysed from the editor, with exact UTF-16 positions after an emoji', { timeout: 20000 }, async () => {
  const u = uri(join(dir, 'draft.txt'));
  const text = '😀😀 Draft\n\n😀 Anna Lindgren visited Geneva.';
  client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'plaintext', version: 1, text } });
  const h = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 4 } });
  assert.match(h.contents.value, /Anna Lindgren/);
  assert.deepEqual(h.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 3 + 'Anna Lindgren'.length } });
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
  assert.ok(symbols.some((s: any) => s.children.some((c: any) => c.name === 'Anna Lindgren')));
  const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: u } });
  assert.deepEqual(tokens.data.slice(0, 5), [2, 3, 'Anna Lindgren'.length, 0, 0]);
});

test('workspace symbols find an entity by any spelling, fuzzily', { timeout: 20000 }, async () => {
  const found = await client.request('workspace/symbol', { query: 'cartr' });
  assert.equal(found[0].name, 'John Carter');
});

test('code actions: acknowledge edits byline.yaml through a WorkspaceEdit; show the other article', { timeout: 20000 }, async () => {
  const fbUri = uri(join(dir, 'fb.txt'));
  const diags = client.diagnostics.get(fbUri)!.filter((d) => d.code === 'contradiction/channel');
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri: fbUri }, range: diags[0].range, context: { diagnostics: diags } });
  const ack = actions.find((a: any) => /Acknowledge/.test(a.title));
  assert.ok(ack.edit.documentChanges[0].kind === 'create', 'byline.yaml does not exist yet: created by the edit');
  assert.match(ack.edit.documentChanges[1].edits[0].newText, /acknowledged:\n\s+- key: channel\|/);
  const show = actions.find((a: any) => a.title === 'Show the other article');
  assert.equal(show.command.arguments[0], uri(join(dir, 'tw.txt')));
  // The claim can be annotated from the same place (the client opens a note on the range).
  const annotate = actions.find((a: any) => /^Annotate this claim/.test(a.title));
  assert.deepEqual(annotate.command.arguments, [fbUri, diags[0].range]);
  assert.equal(annotate.command.command, 'byline.annotateRange');
});

test('deleting a file on disk removes it and its contradictions', { timeout: 20000 }, async () => {
  const other = uri(join(dir, 'other.txt'));
  const since = client.notifications.length;
  unlinkSync(join(dir, 'other.txt'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: other, type: 3 }] });
  const refs = await client.request('textDocument/references', { textDocument: { uri: other }, position: { line: 2, character: 35 }, context: { includeDeclaration: true } });
  assert.deepEqual(refs, []);
  assert.ok(client.notifications.length >= since);
});

test('requests on unknown documents and out-of-range positions answer empty, never fail', { timeout: 20000 }, async () => {
  const ghost = uri(join(dir, 'ghost.txt'));
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), null);
  const fb = uri(join(dir, 'fb.txt'));
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: fb }, position: { line: 999, character: 999 } }), null);
  assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri: fb }, position: { line: -1, character: 0 }, context: { includeDeclaration: true } }), []);
});

test('byline.yaml: an edit re-links at once; a broken one is reported in place and the last good one stays', { timeout: 20000 }, async () => {
  const yamlUri = uri(join(dir, 'byline.yaml'));
  const fb = uri(join(dir, 'fb.txt'));
  const good = 'entities:\n  - name: Minister John Carter\n    type: person\n    aliases: [John Carter]\n    description: Foreign minister of Freedonia\n';
  client.notify('textDocument/didOpen', { textDocument: { uri: yamlUri, languageId: 'yaml', version: 1, text: good } });
  await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === yamlUri && p.diagnostics.length === 0);
  const hover = async () => (await client.request('textDocument/hover', { textDocument: { uri: fb }, position: at(FB, 'Carter has') })).contents.value as string;
  for (let i = 0; i < 50 && !/Foreign minister of Freedonia/.test(await hover()); i++) await new Promise((r) => setImmediate(r));
  assert.match(await hover(), /Foreign minister of Freedonia/);
  const def = await client.request('textDocument/definition', { textDocument: { uri: fb }, position: at(FB, 'Carter has') });
  assert.equal(def.uri, yamlUri, 'an entity in byline.yaml is defined there');
  assert.deepEqual(def.range.start, { line: 1, character: 10 });
  const since = client.notifications.length;
  client.notify('textDocument/didChange', { textDocument: { uri: yamlUri, version: 2 }, contentChanges: [{ text: `${good}distinct: [unclosed\n` }] });
  const broken = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === yamlUri && p.diagnostics.length > 0, since);
  assert.ok(broken.diagnostics[0].range.start.line >= 5, 'the error is at the broken part, not at the top');
  assert.match(await hover(), /Foreign minister of Freedonia/, 'the last good knowledge stays in force');
  const rename = await client.request('textDocument/rename', { textDocument: { uri: fb }, position: at(FB, 'Carter has'), newName: 'Jonathan Carter' });
  assert.equal(rename, null, 'no edit while byline.yaml cannot be parsed');
  client.notify('textDocument/didChange', { textDocument: { uri: yamlUri, version: 3 }, contentChanges: [{ text: good }] });
  await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === yamlUri && p.diagnostics.length === 0, since);
  const edit = await client.request('textDocument/rename', { textDocument: { uri: fb }, position: at(FB, 'Carter has'), newName: 'Jonathan Carter' });
  const text = edit.changes[yamlUri][0].newText as string;
  assert.match(text, /name: Jonathan Carter/);
  assert.match(text, /Minister John Carter/, 'the old name stays as an alias');
  client.notify('textDocument/didClose', { textDocument: { uri: yamlUri } });
});
