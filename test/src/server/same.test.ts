// The CLI and the language server read a folder through one project model: for the same folder,
// byline.yaml included, they give the same entities, quotes and contradictions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { LspClient } from './client';

const CLI = join(__dirname, '../../../server/out/cli.js');

const FB = 'Minister quits over failed talks\n\nJohn Carter, the foreign minister of Freedonia, said in a statement on Facebook on Sunday: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n\nCarter has led the delegation to Geneva since 2019. The Harbour Council did not comment.\n';
const TW = 'Freedonia minister resigns\n\nJohn Carter said in a statement on Twitter that he was quitting the talks in Geneva.\n\n“The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now,” Carter said.\n';
const DRAFT = 'Draft: minister stays\n\nJohn Carter said on Telegram: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n';
const YAML = 'entities:\n  - name: Foreign Minister Carter\n    type: person\n    aliases: [John Carter, Carter]\nnotEntities: [Harbour Council]\nexclude: ["drafts/**"]\n';

/** What both must agree on, with paths reduced to file names. */
function view(x: any) {
  const name = (p: string) => basename(p);
  return {
    entities: x.entities.map((e: any) => [e.name, e.type, e.mentions, e.articles]).sort(),
    articles: x.articles.map((a: any) => ({ path: name(a.path), mentions: a.entities.map((m: any) => [m.start, m.end, m.text]), quotes: a.quotes.map((q: any) => [q.start, q.end, q.speaker?.name ?? null, q.channel]) })).sort((a: any, b: any) => (a.path < b.path ? -1 : 1)),
    contradictions: x.contradictions.map((c: any) => [c.code, ...c.sides.map((s: any) => `${name(s.path)}:${s.start}-${s.end}`).sort()]).sort(),
  };
}

test('the CLI and the server give the same entities, quotes and contradictions for a folder with a byline.yaml', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-same-'));
  const client = new LspClient();
  try {
    writeFileSync(join(dir, 'fb.txt'), FB);
    writeFileSync(join(dir, 'tw.txt'), TW);
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'draft.txt'), DRAFT);
    writeFileSync(join(dir, 'byline.yaml'), YAML);
    const cli = spawnSync(process.execPath, [CLI, 'analyze', dir, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    await client.start(dir);
    const server = await client.request('byline/export', {});
    const [a, b] = [view(JSON.parse(cli.stdout)), view(server)];
    assert.deepEqual(a, b);
    // And both honour byline.yaml: the rename, notEntities and the exclude.
    assert.ok(a.entities.some((e: any) => e[0] === 'Foreign Minister Carter'), JSON.stringify(a.entities));
    assert.ok(!a.entities.some((e: any) => /Harbour Council/.test(e[0])), 'notEntities');
    assert.deepEqual(a.articles.map((x: any) => x.path), ['fb.txt', 'tw.txt'], 'drafts/** excluded');
    assert.equal(a.contradictions.length, 1, 'the channel contradiction, once');
    const quoted = a.articles.flatMap((x: any) => x.quotes.map((q: any) => q[2]));
    assert.ok(quoted.includes('Foreign Minister Carter'), `speakers by their byline.yaml name: ${quoted}`);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
