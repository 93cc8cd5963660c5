// byline export / check / import on folders written here, run as a user runs them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { describe } from '../../../server/out/core/anchor';
import { create, view } from '../../../server/out/annotations/model';
import { parse, serialise } from '../../../server/out/annotations/store';
import { ARTICLES } from '../annotations/fixtures';

const CLI = join(__dirname, '../../../server/out/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(texts: Record<string, string> = ARTICLES): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-annot-'));
  dirs.push(dir);
  for (const [p, t] of Object.entries(texts)) writeFileSync(join(dir, p), t);
  return dir;
}
const verdictOn = (path: string, phrase: string, id = 'urn:uuid:v1') => {
  const text = ARTICLES[path];
  const start = text.indexOf(phrase);
  return create({ id, now: '2026-03-01T09:00:00Z', creator: 'Ana', source: path, anchor: describe(text, start, start + phrase.length), note: 'The union posted it on Facebook only.', tags: ['channel'], verdict: 'false', link: 'https://example.org/post' });
};
const storeOf = (dir: string) => readFileSync(join(dir, 'byline.annotations.jsonl'), 'utf8');

test('check: exit 1 with compiler-style lines for an open contradiction; exit 0 once a verdict answers it', () => {
  const dir = folder();
  const open = run('check', dir);
  assert.equal(open.status, 1, open.stderr);
  assert.match(open.stdout, /^(blog|wire)\.txt:\d+:\d+: warning contradiction\/channel: .*\n.*: note: the other side: /m);
  writeFileSync(join(dir, 'byline.annotations.jsonl'), `${serialise(verdictOn('blog.txt', 'wrote on Twitter'))}\n`);
  const answered = run('check', dir);
  assert.equal(answered.status, 0, answered.stdout);
  assert.match(answered.stdout, /0 open contradictions, 1 answered by a verdict/);
});

test('export w3c then import into a copy gives back the same annotations; after an edit above, a new export has the new position', () => {
  const dir = folder();
  const docs = [verdictOn('blog.txt', 'wrote on Twitter'), create({ id: 'urn:uuid:r1', now: '2026-03-01T10:00:00Z', creator: 'Ben', replyTo: 'urn:uuid:v1', note: 'Confirmed.' })];
  writeFileSync(join(dir, 'byline.annotations.jsonl'), docs.map((d) => `${serialise(d)}\n`).join(''));
  const out = join(dir, 'export.json');
  const r = run('export', '--format', 'w3c', '--out', out, dir);
  assert.equal(r.status, 0, r.stderr);
  const copy = folder();
  const i = run('import', '--format', 'w3c', out, copy);
  assert.equal(i.status, 0, i.stderr);
  assert.match(i.stdout, /imported 2 new, 0 updated, 0 already there; 0 orphaned/);
  assert.equal(storeOf(copy), storeOf(dir));
  assert.match(run('import', '--format', 'w3c', out, copy).stdout, /imported 0 new, 0 updated, 2 already there/);
  writeFileSync(join(dir, 'blog.txt'), `Correction appended above.\n\n${ARTICLES['blog.txt']}`);
  const again = JSON.parse(run('export', '--format', 'w3c', dir).stdout);
  const item = again.first.items.find((x: any) => x.id === 'urn:uuid:v1');
  const pos = item.target.selector.find((s: any) => s.type === 'TextPositionSelector');
  assert.equal(pos.start, ARTICLES['blog.txt'].indexOf('wrote on Twitter') + 'Correction appended above.\n\n'.length);
});

test('export brat writes an .ann per article, its text and annotation.conf; importing them into a copy restores the notes', () => {
  const dir = folder();
  writeFileSync(join(dir, 'byline.annotations.jsonl'), `${serialise(verdictOn('blog.txt', 'wrote on Twitter'))}\n`);
  const out = join(dir, 'brat');
  assert.equal(run('export', '--format', 'brat', dir).status, 2, '--out is required');
  const r = run('export', '--format', 'brat', '--out', out, dir);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'blog.ann', 'blog.txt', 'wire.ann', 'wire.txt']);
  assert.match(readFileSync(join(out, 'blog.ann'), 'utf8'), /^A1\tVerdict T\d+ false$/m);
  const copy = folder();
  const i = run('import', '--format', 'brat', out, copy);
  assert.equal(i.status, 0, i.stderr);
  const [doc] = [...parse(storeOf(copy)).entries.values()].map((e) => view(e.doc));
  assert.deepEqual([doc.id, doc.verdict, doc.tags, doc.link, doc.anchor!.exact], ['urn:uuid:v1', 'false', ['channel'], 'https://example.org/post', 'wrote on Twitter']);
});

test('export csv and sarif to standard output', () => {
  const dir = folder();
  const csv = run('export', '--format', 'csv', dir);
  assert.equal(csv.status, 0);
  assert.match(csv.stdout, /^kind,article,line,start,end,speaker,cue,channel,day,text,verdict,tags,note,source,creator,modified\r\n/);
  assert.match(csv.stdout, /quote,blog\.txt,3,.*Twitter/);
  const sarif = JSON.parse(run('export', '--format', 'sarif', dir).stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results[0].ruleId, 'contradiction/channel');
});

test('bad input gets a clear message and loses nothing: broken JSON, an article that is missing, a broken store line, a 10 MB store', () => {
  const dir = folder();
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"type": "Annotation",');
  const r = run('import', '--format', 'w3c', bad, dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\.json is not JSON/);
  assert.match(run('import', '--format', 'w3c', join(dir, 'nothing.json'), dir).stderr, /no such file/);
  assert.match(run('export', '--format', 'xml', dir).stderr, /--format must be w3c, brat, csv or sarif/);
  // An annotation for an article that is not there: imported, kept and reported.
  const lost = { ...verdictOn('wire.txt', 'freight', 'urn:uuid:lost'), target: { source: 'gone.txt', selector: [{ type: 'TextQuoteSelector', exact: 'freight' }] } };
  writeFileSync(join(dir, 'lost.json'), JSON.stringify(lost));
  writeFileSync(join(dir, 'byline.annotations.jsonl'), 'this line is not an annotation\n');
  const i = run('import', '--format', 'w3c', join(dir, 'lost.json'), dir);
  assert.equal(i.status, 0, i.stderr);
  assert.match(i.stderr, /orphan: urn:uuid:lost: its article gone\.txt is not in the folder/);
  assert.match(i.stderr, /byline\.annotations\.jsonl:1: error: Line 1 is not a Byline annotation/);
  assert.ok(storeOf(dir).startsWith('this line is not an annotation\n'), 'the broken line is kept');
  assert.ok(storeOf(dir).includes('urn:uuid:lost'));
  assert.match(run('check', dir).stderr, /orphaned annotation urn:uuid:lost/);
  // A 10 MB annotation file is read (and its orphans reported) in reasonable time.
  const big = folder();
  const line = serialise(verdictOn('blog.txt', 'wrote on Twitter'));
  const n = Math.ceil((10 << 20) / line.length);
  writeFileSync(join(big, 'byline.annotations.jsonl'), Array.from({ length: n }, (_, k) => line.replace('urn:uuid:v1', `urn:uuid:${k}`)).join('\n'));
  const t0 = Date.now();
  const c = run('check', big);
  assert.equal(c.status, 0, c.stderr.slice(0, 300));
  assert.ok(Date.now() - t0 < 20000, `${Date.now() - t0} ms`);
});
