// Annotations through the real server over stdio, as any LSP editor uses them: the custom
// requests, WorkspaceEdits of the annotation file (applied here as an editor would), document
// symbols, hover, diagnostics on the annotation file, orphans and re-attaching.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LspClient, uri } from './client';

const A = 'Ferry service cut to two crossings a day\n\nThe island council said on Friday that the ferry will run twice a day from May, citing a shortage of crew.\nResidents said the cut would hurt the fishing trade.\n';
const B = 'Island ferry cuts confirmed\n\nBy Ana Lind, Island Post\n\nNORTHPORT, May 4 (Coast Wire) — Council officials confirmed the timetable change in a letter to residents.\n';

let dir: string;
let client: LspClient;
const store = () => join(dir, 'byline.annotations.jsonl');
const pos = (text: string, needle: string, extra = 0) => {
  const i = text.indexOf(needle) + extra;
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};
const rangeOf = (text: string, needle: string) => ({ start: pos(text, needle), end: pos(text, needle, needle.length) });

/** Applies a WorkspaceEdit of the annotation file to disk, as an editor would, and tells the server. */
function apply(edit: any): void {
  const changes: [string, any[]][] = edit.changes ? Object.entries(edit.changes) : edit.documentChanges.filter((c: any) => c.textDocument).map((c: any) => [c.textDocument.uri, c.edits]);
  for (const [u, edits] of changes) {
    assert.equal(u, uri(store()));
    let text = existsSync(store()) ? readFileSync(store(), 'utf8') : '';
    const lines = text.split('\n');
    const off = (p: any) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    for (const e of [...edits].sort((x, y) => off(y.range.start) - off(x.range.start))) text = text.slice(0, off(e.range.start)) + e.newText + text.slice(off(e.range.end));
    writeFileSync(store(), text);
  }
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(store()), type: 2 }] });
}

const list = async (article?: string) => (await client.request('byline/annotations', article ? { uri: uri(join(dir, article)) } : {})).annotations;
const settle = async (test: (a: any[]) => boolean) => {
  for (let i = 0; i < 100; i++) {
    const a = await list();
    if (test(a)) return a;
    await new Promise((r) => setTimeout(r, 30));
  }
  assert.fail('the annotations did not reach the expected state');
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'byline-annot-'));
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  client = new LspClient();
  client.configuration = { verdictsAsProblems: true };
  await client.start(dir);
});

after(async () => {
  assert.equal(await client.stop(), 0);
  rmSync(dir, { recursive: true, force: true });
});

test('annotate a selection: the edit creates the annotation file; the annotation is listed, hovered and an outline symbol', { timeout: 20000 }, async () => {
  const r = await client.request('byline/annotate', { uri: uri(join(dir, 'a.txt')), range: rangeOf(A, 'twice a day from May'), note: 'The council minutes say **June**.', tags: ['#transport', 'ferry'], verdict: 'misleading', link: 'https://example.org/minutes', creator: 'Ana' });
  assert.match(r.id, /^urn:uuid:/);
  assert.equal(r.edit.documentChanges[0].kind, 'create');
  apply(r.edit);
  const [a] = await settle((x) => x.length === 1);
  assert.deepEqual([a.exact, a.tags, a.verdict, a.creator, a.orphan], ['twice a day from May', ['transport', 'ferry'], 'misleading', 'Ana', null]);
  assert.deepEqual(a.range, rangeOf(A, 'twice a day from May'));
  const line = JSON.parse(readFileSync(store(), 'utf8').trim());
  assert.equal(line.type, 'Annotation');
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, 'a.txt')) }, position: pos(A, 'from May') });
  assert.match(hover.contents.value, /Misleading.*by Ana/);
  assert.match(hover.contents.value, /council minutes say \*\*June\*\*/);
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri(join(dir, 'a.txt')) } });
  const group = symbols.find((s: any) => s.name === 'Annotations');
  assert.equal(group.children[0].name, '“twice a day from May”');
  assert.deepEqual(group.children[0].selectionRange, a.range);
  const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(dir, 'a.txt')) && p.diagnostics.some((x: any) => x.code === 'annotation/misleading'));
  assert.match(d.diagnostics.find((x: any) => x.code === 'annotation/misleading').message, /Annotated as misleading/);
});

test('an edit above the passage in the open article: the annotation stays on its text', { timeout: 20000 }, async () => {
  const u = uri(join(dir, 'a.txt'));
  client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'article', version: 1, text: A } });
  client.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'UPDATE: times corrected.\n' }] });
  const edited = `UPDATE: times corrected.\n${A}`;
  const [a] = await settle((x) => x[0].range.start.line === pos(edited, 'twice a day').line);
  assert.deepEqual(a.range, rangeOf(edited, 'twice a day from May'));
  // Typing inside the passage: found approximately.
  client.notify('textDocument/didChange', { textDocument: { uri: u, version: 3 }, contentChanges: [{ range: rangeOf(edited, 'May'), text: 'mid-May' }] });
  const again = edited.replace('from May', 'from mid-May');
  const [b] = await settle((x) => x[0].range.end.character !== a.range.end.character);
  assert.equal(b.orphan, null);
  assert.equal(b.range.start.line, pos(again, 'twice a day').line);
  client.notify('textDocument/didClose', { textDocument: { uri: u } });
  await settle((x) => x[0].range.start.line === pos(A, 'twice a day').line);
});

test('reply, edit, resolve and delete are edits of the annotation file; bad parameters are refused with a reason', { timeout: 20000 }, async () => {
  const [a] = await list();
  apply((await client.request('byline/changeAnnotation', { id: a.id, action: 'reply', note: 'Agreed, June.', creator: 'Ben' })).edit);
  apply((await client.request('byline/changeAnnotation', { id: a.id, action: 'edit', verdict: 'false' })).edit);
  const [b] = await settle((x) => x[0].replies.length === 1 && x[0].verdict === 'false');
  assert.equal(b.replies[0].note, 'Agreed, June.');
  assert.equal(b.note, 'The council minutes say **June**.');
  apply((await client.request('byline/changeAnnotation', { id: a.id, action: 'resolve' })).edit);
  await settle((x) => x[0].resolved);
  await assert.rejects(client.request('byline/changeAnnotation', { id: a.id, action: 'edit', verdict: 'wrong' }), /verdict must be one of/);
  await assert.rejects(client.request('byline/changeAnnotation', { id: 'urn:uuid:none', action: 'edit', note: 'x' }), /no annotation/);
  await assert.rejects(client.request('byline/annotate', { uri: uri(join(dir, 'a.txt')), range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } } }), /Select the passage/);
  apply((await client.request('byline/changeAnnotation', { id: a.id, action: 'delete' })).edit);
  await settle((x) => x.length === 0);
  assert.equal(readFileSync(store(), 'utf8'), '', 'the reply went with it');
});

test('orphans: a passage gone or an article missing is kept, shown on the annotation file, and can be re-attached', { timeout: 20000 }, async () => {
  apply((await client.request('byline/annotate', { uri: uri(join(dir, 'b.txt')), range: rangeOf(B, 'in a letter to residents'), note: 'Which letter?' })).edit);
  const [a] = await settle((x) => x.length === 1);
  writeFileSync(join(dir, 'b.txt'), B.replace('in a letter to residents', 'at a meeting'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, 'b.txt')), type: 2 }] });
  const [o] = await settle((x) => x[0].orphan !== null);
  assert.match(o.orphan, /no longer in b\.txt/);
  assert.equal(o.range, null);
  const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(store()) && p.diagnostics.some((x: any) => x.code === 'annotations/orphan'));
  assert.match(d.diagnostics[0].message, /Orphaned annotation.*Re-attach/);
  const now = B.replace('in a letter to residents', 'at a meeting');
  apply((await client.request('byline/changeAnnotation', { id: a.id, action: 'reattach', uri: uri(join(dir, 'b.txt')), range: rangeOf(now, 'at a meeting') })).edit);
  const [r] = await settle((x) => x[0].orphan === null);
  assert.deepEqual([r.exact, r.note], ['at a meeting', 'Which letter?']);
});

test('a broken annotation file: broken lines and conflicts are shown in place and never lost; a refused file is never written', { timeout: 20000 }, async () => {
  const good = readFileSync(store(), 'utf8');
  writeFileSync(store(), `${good}{"this is": "broken"\n`);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(store()), type: 2 }] });
  const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(store()) && p.diagnostics.some((x: any) => x.code === 'annotations/invalid'));
  const bad = d.diagnostics.find((x: any) => x.code === 'annotations/invalid');
  assert.equal(bad.range.start.line, 1);
  assert.match(bad.message, /Line 2 is not a Byline annotation.*kept/);
  apply((await client.request('byline/annotate', { uri: uri(join(dir, 'a.txt')), range: rangeOf(A, 'shortage of crew'), note: 'Source?' })).edit);
  await settle((x) => x.length === 2);
  assert.ok(readFileSync(store(), 'utf8').includes('{"this is": "broken"\n'));
});

test('an untrusted workspace offers no annotation edits', { timeout: 20000 }, async () => {
  const other = new LspClient();
  await other.start(dir, { cacheDir: null, trusted: false });
  await assert.rejects(other.request('byline/annotate', { uri: uri(join(dir, 'a.txt')), range: rangeOf(A, 'shortage of crew'), note: 'x' }), /untrusted/);
  assert.equal((await other.request('byline/annotations', {})).annotations.length, 2, 'reading still works');
  assert.equal(await other.stop(), 0);
});

test('byline/exportAnnotations gives what `byline export` writes, as files by path', { timeout: 20000 }, async () => {
  const w3c = await client.request('byline/exportAnnotations', { format: 'w3c' });
  const collection = JSON.parse(w3c.files['annotations.jsonld']);
  assert.equal(collection.type, 'AnnotationCollection');
  assert.ok(collection.first.items.some((x: any) => !x.generator && x.target.source === 'a.txt'));
  const brat = await client.request('byline/exportAnnotations', { format: 'brat' });
  assert.deepEqual(Object.keys(brat.files).sort(), ['a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt']);
  assert.match(brat.files['a.ann'], /\tAnnotation \d+ \d+\tshortage of crew\n/);
  await assert.rejects(client.request('byline/exportAnnotations', { format: 'xml' }), /format must be/);
});

test('articles: byline/articles lists them by date with what their text states; the hover on a headline shows it', { timeout: 20000 }, async () => {
  const { articles } = await client.request('byline/articles', {});
  const b = articles.find((x: any) => x.uri === uri(join(dir, 'b.txt')));
  assert.deepEqual([b.headline, b.author, b.outlet, b.place], ['Island ferry cuts confirmed', 'Ana Lind', 'Island Post', 'Northport']);
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, 'b.txt')) }, position: { line: 0, character: 14 } }); // on “cuts”, not a name
  assert.match(hover.contents.value, /Outlet: Island Post/);
  assert.match(hover.contents.value, /Author: Ana Lind/);
  assert.match(hover.contents.value, /Dateline: Northport/);
});

test('metadata set by an annotation overrides what the text states, in the list and the hover; an empty value clears it', { timeout: 20000 }, async () => {
  const a = uri(join(dir, 'a.txt'));
  apply((await client.request('byline/setMetadata', { uri: a, field: 'outlet', value: 'Island Post' })).edit);
  apply((await client.request('byline/setMetadata', { uri: a, field: 'author', value: 'Staff reporter' })).edit);
  const outletOf = async () => (await client.request('byline/articles', {})).articles.find((x: any) => x.uri === a);
  for (let i = 0; i < 100 && (await outletOf()).author !== 'Staff reporter'; i++) await new Promise((r) => setTimeout(r, 30));
  const item = await outletOf();
  assert.deepEqual([item.outlet, item.author], ['Island Post', 'Staff reporter']);
  // The broken line an earlier test left is still there, kept.
  const lines = readFileSync(store(), 'utf8').trim().split('\n').filter((l) => !l.includes('"this is"')).map((l) => JSON.parse(l));
  const described = lines.filter((d) => d.motivation === 'describing');
  assert.equal(described.length, 1, 'one metadata annotation per article, edited in place');
  assert.deepEqual(described[0].target, { source: 'a.txt' });
  const hover = await client.request('textDocument/hover', { textDocument: { uri: a }, position: { line: 0, character: 8 } });
  assert.match(hover.contents.value, /Outlet: Island Post/);
  assert.equal((await list()).filter((x: any) => x.uri === a && x.exact === '').length, 0, 'not a passage annotation');
  apply((await client.request('byline/setMetadata', { uri: a, field: 'outlet', value: '' })).edit);
  for (let i = 0; i < 100 && (await outletOf()).outlet !== null; i++) await new Promise((r) => setTimeout(r, 30));
  assert.equal((await outletOf()).outlet, null);
  await assert.rejects(client.request('byline/setMetadata', { uri: a, field: 'colour', value: 'red' }), /field must be one of/);
});

test('an outlet rated by the user shows on its articles’ headlines (and quotes); the rating is an annotation on the outlet', { timeout: 20000 }, async () => {
  apply((await client.request('byline/rateOutlet', { outlet: 'island post', reliability: 'unreliable', note: 'Prints council releases unchecked.' })).edit);
  const b = uri(join(dir, 'b.txt'));
  let text = '';
  for (let i = 0; i < 100 && !/rated/.test(text); i++) {
    text = (await client.request('textDocument/hover', { textDocument: { uri: b }, position: { line: 0, character: 14 } })).contents.value;
    await new Promise((r) => setTimeout(r, 30));
  }
  assert.match(text, /\*\*island post\*\* \(this article’s outlet\): rated \*unreliable\* — Prints council releases unchecked\./);
  const rating = readFileSync(store(), 'utf8').trim().split('\n').filter((l) => l.includes('urn:byline:outlet:')).map((l) => JSON.parse(l));
  assert.equal(rating.length, 1);
  assert.equal(rating[0].target.source, 'urn:byline:outlet:island%20post');
  assert.equal((await list()).length, 2, 'a rating is not a passage annotation');
  await assert.rejects(client.request('byline/rateOutlet', { outlet: 'Island Post', reliability: 'great' }), /reliability must be one of/);
});

test('a git conflict in the annotation file: read through, shown, and merged by the quick fix', { timeout: 20000 }, async () => {
  const text = readFileSync(store(), 'utf8');
  const lines = text.trim().split('\n');
  const first = lines.find((l) => l.includes('"value":"Source?"'))!;
  const theirs = first.replace(/"modified":"[^"]+"/, '"modified":"2099-01-01T00:00:00.000Z"').replace(/"value":"Source\?"/, '"value":"Source? (theirs)"');
  writeFileSync(store(), `<<<<<<< HEAD\n${text}=======\n${theirs}\n>>>>>>> theirs\n`);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(store()), type: 2 }] });
  const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(store()) && p.diagnostics.some((x: any) => x.code === 'annotations/conflict'));
  const conflict = d.diagnostics.filter((x: any) => x.code === 'annotations/conflict');
  const [action] = await client.request('textDocument/codeAction', { textDocument: { uri: uri(store()) }, range: conflict[0].range, context: { diagnostics: conflict } });
  assert.match(action.title, /^Merge/);
  apply(action.edit);
  await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(store()) && !p.diagnostics.some((x: any) => x.code === 'annotations/conflict'));
  const merged = readFileSync(store(), 'utf8');
  assert.ok(!merged.includes('<<<<<<<') && !merged.includes('>>>>>>>'));
  assert.ok(merged.includes('{"this is": "broken"'), 'the broken line is kept');
  assert.ok(merged.includes('Source? (theirs)') && !merged.includes('"value":"Source?"'), 'the newer version of the annotation edited on both sides');
  assert.equal(merged.split('\n').filter((l) => l.startsWith('{"@context"') || l.startsWith('{"\u0040context"')).length, lines.filter((l) => l.includes('"@context"')).length);
});
