// The CLI and the language server read a folder through one project model: for the same folder,
// byline.yaml included, they give the same entities, quotes and contradictions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { LspClient, uri } from './client';

const CLI = join(__dirname, '../../../server/out/cli.js');

const FB = 'Minister quits over failed talks\n\nJohn Carter, the foreign minister of Freedonia, said in a statement on Facebook on Sunday: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n\nCarter has led the delegation to Geneva since 2019. The Harbour Council did not comment.\n';
const TW = 'Freedonia minister resigns\n\nJohn Carter said in a statement on Twitter that he was quitting the talks in Geneva.\n\n“The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now,” Carter said.\n';
const TG = 'Minister posts farewell\n\nJohn Carter wrote on Telegram: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n';
const DRAFT = 'Draft: minister stays\n\nJohn Carter said on Telegram: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n';
const YAML = 'entities:\n  - name: Foreign Minister Carter\n    type: person\n    aliases: [John Carter, Carter]\ndistinct:\n  - [Foreign Minister Carter, Anna Lindgren]\nnotEntities: [Harbour Council]\narticles: ["news/**/*.txt"]\nexclude: ["news/drafts/**"]\n';

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
  const news = join(dir, 'news');
  const client = new LspClient();
  try {
    mkdirSync(join(news, 'drafts'), { recursive: true });
    writeFileSync(join(news, 'fb.txt'), FB);
    writeFileSync(join(news, 'tw.txt'), TW);
    writeFileSync(join(news, 'tg.txt'), TG);
    writeFileSync(join(news, 'drafts', 'draft.txt'), DRAFT);
    writeFileSync(join(dir, 'outside.txt'), TW.replace('Twitter', 'YouTube'));
    writeFileSync(join(dir, 'byline.yaml'), YAML);
    await client.start(dir);
    // Acknowledge the Telegram disagreement, with the key the server gives it.
    const fb = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(news, 'fb.txt')) && p.diagnostics.some((d: any) => /Telegram/.test(d.message)));
    const key = fb.diagnostics.find((d: any) => /Telegram/.test(d.message)).data.key;
    writeFileSync(join(dir, 'byline.yaml'), `${YAML}acknowledged:\n  - key: ${JSON.stringify(key)}\n`);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, 'byline.yaml')), type: 2 }] });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(news, 'fb.txt')) && !p.diagnostics.some((d: any) => /Telegram/.test(d.message)));
    const server = await client.request('byline/export', {});
    const cli = spawnSync(process.execPath, [CLI, 'analyze', dir, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const [a, b] = [view(JSON.parse(cli.stdout)), view(server)];
    assert.deepEqual(a, b);
    // And both honour byline.yaml: the rename and aliases, notEntities, articles, exclude, acknowledged.
    assert.ok(a.entities.some((e: any) => e[0] === 'Foreign Minister Carter'), JSON.stringify(a.entities));
    assert.ok(!a.entities.some((e: any) => /Harbour Council/.test(e[0])), 'notEntities');
    assert.deepEqual(a.articles.map((x: any) => x.path), ['fb.txt', 'tg.txt', 'tw.txt'], 'articles: news/**, drafts excluded');
    assert.equal(a.contradictions.filter((c: any) => c.some((s: string) => s.startsWith('tg.txt')) && c.some((s: string) => s.startsWith('fb.txt'))).length, 0, 'acknowledged');
    assert.ok(a.contradictions.some((c: any) => c[0] === 'contradiction/channel' && c[1].startsWith('fb.txt') && c[2].startsWith('tw.txt')), JSON.stringify(a.contradictions));
    const quoted = a.articles.flatMap((x: any) => x.quotes.map((q: any) => q[2]));
    assert.ok(quoted.includes('Foreign Minister Carter'), `speakers by their byline.yaml name: ${quoted}`);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
