import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
