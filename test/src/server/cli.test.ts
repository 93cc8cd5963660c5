import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const CLI = join(__dirname, '../../../server/out/cli.js');
const SAMPLES = join(__dirname, '../../../samples');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

test('analyze --format json: one object with every article, headline, entity, quote and contradiction', () => {
  const r = run('analyze', SAMPLES, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.articles.length, 5);
  const blog = out.articles.find((a: any) => a.path.endsWith('alloush-quits-blog.txt'));
  assert.equal(blog.headline, 'Alloush quits Syrian peace\u00a0talks');
  for (const a of out.articles) {
    assert.ok(a.headline, `${a.path} has a headline`);
    for (const e of a.entities) assert.ok(e.start < e.end && typeof e.type === 'string' && 'entity' in e);
  }
  const q = blog.quotes.find((x: any) => x.text.startsWith('The three rounds'));
  assert.equal(q.channel, 'Facebook');
  assert.equal(q.speaker.name, 'Mohammed Alloush');
  const alloush = out.entities.find((e: any) => e.name === 'Mohammed Alloush');
  assert.equal(alloush.type, 'person');
  assert.equal(alloush.articles, 5);
  const c = out.contradictions.find((x: any) => x.kind === 'channel');
  assert.deepEqual(c.sides.map((s: any) => s.value).sort(), ['Facebook', 'Twitter']);
});

test('the text report reads like the Problems panel', () => {
  const r = run('analyze', SAMPLES);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Mohammed Alloush\s+person/);
  assert.match(r.stdout, /warning contradiction\/channel/);
});

test('bad usage and unreadable input exit 2 with a message on stderr', () => {
  for (const args of [[], ['frob'], ['analyze'], ['analyze', SAMPLES, '--format', 'xml'], ['analyze', '/no/such/file.txt'], ['analyze', SAMPLES, '--bogus']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /byline: /);
  }
});

test('an article the analysis fails on is named on stderr and exits 1; the others are still printed', () => {
  // A copy of the build whose analysis throws on one marked article: the failure path as a user meets it.
  // Inside the project, so that the copy finds its dependencies.
  const build = mkdtempSync(join(__dirname, '../../../server/.broken-'));
  cpSync(join(__dirname, '../../../server/out'), join(build, 'out'), { recursive: true });
  cpSync(join(__dirname, '../../../server/data'), join(build, 'data'), { recursive: true });
  const analyzeJs = join(build, 'out/core/analyze.js');
  // Both ways in: one article at a time, and a batch stage by stage (which then falls back to one at a time).
  writeFileSync(
    analyzeJs,
    `${readFileSync(analyzeJs, 'utf8')}\nconst original = exports.analyze;\nexports.analyze = (text) => { if (text.includes('POISON')) throw new Error('boom'); return original(text); };\nconst originalAll = exports.analyzeAll;\nexports.analyzeAll = (texts) => { if (texts.some((t) => t.includes('POISON'))) throw new Error('boom'); return originalAll(texts); };\n`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'byline-folder-'));
  writeFileSync(join(folder, 'good.txt'), 'Mayor Ana Ruiz opened the bridge on Monday.\n');
  writeFileSync(join(folder, 'bad.txt'), 'POISON\n');
  try {
    const r = spawnSync(process.execPath, [join(build, 'out/cli.js'), 'analyze', folder, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /1 of 2 articles could not be analysed: .*bad\.txt/);
    assert.match(r.stderr, /boom/);
    assert.deepEqual(JSON.parse(r.stdout).articles.map((a: any) => a.path.replace(/.*[\\/]/, '')), ['good.txt']);
  } finally {
    rmSync(build, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
});
