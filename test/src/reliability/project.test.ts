// Workspace content is untrusted input: the faults a folder someone sends you could cause in
// the project model (indexing, byline.yaml, the cache, file events), each reproduced.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { AnalysisCache } from '../../../server/out/index/cache';
import { MemoryFileSystem, nodeFileSystem } from '../../../server/out/index/files';
import { Workspace } from '../../../server/out/index/workspace';
import { diagnosticsFor } from '../../../server/out/lsp/diagnostics';
import { byPlace } from '../../../server/out/index/export';
import * as features from '../../../server/out/lsp/features';
import { loadNerData } from '../../../server/out/index/ner-data';
import { Project, type ProjectHost } from '../../../server/out/project/project';
import { at, FB, memoryProject, TW } from '../server/memory';

loadNerData();
const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'byline-project-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const U = (name: string) => `file:///w/${name}`;
const host = (logs: string[] = []): ProjectHost => ({ log: (l, m) => logs.push(`${l}: ${m}`), changed: () => undefined, progress: () => undefined });
function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
/** What the index answers, as one comparable value. */
const state = (ws: Workspace) =>
  [...ws.uris()].sort().map((u) => ({ u, text: ws.get(u)!.text, names: ws.analysis(u)!.mentions.map((m) => ws.graph.get(ws.graph.idOf(u, m.local)!)?.name), contradictions: ws.contradictions(u).map((c) => c.key).sort() }));

test('fault 2: a backtracking glob in byline.yaml does not hang indexing; it is reported in place', { timeout: 20_000 }, async () => {
  const { project } = memoryProject({ 'fb.txt': FB, [`${'a'.repeat(60)}.txt`]: TW, 'byline.yaml': "exclude: ['*a*a*a*a*a*a*a*a*b']\n" });
  await within(10_000, project.reindex(), 'indexing');
  assert.equal(project.ws.size, 2);
  assert.match(diagnosticsFor(project, U('byline.yaml'))[0].message, /wildcards/);
});

test('fault 3: workspace symbols stay fast on a crafted query and refuse a 1 MB one', { timeout: 20_000 }, async () => {
  const name = `Aaaaaaaaaaaaaaaaaaaa ${'Aaaaaaaaaaaaa '.repeat(6)}Aaaaaaaaaaaaaaaaaaaaaaaaaa`;
  const { project } = memoryProject({ 'a.txt': `Headline about a long name\n\n${name} said on Sunday that the talks failed.\n` });
  await project.reindex();
  for (const query of ['aaaaaaaaz', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz', 'a'.repeat(1 << 20)]) {
    const t = performance.now();
    const found = features.workspaceSymbols(project.ws, query);
    assert.ok(performance.now() - t < 500, `${query.slice(0, 20)}… took ${(performance.now() - t).toFixed(0)} ms`);
    assert.deepEqual(found, []);
  }
});

test('fault 4: the cache trusts nothing it reads: forged fields, byte flips, swapped hashes, shifted offsets, 300 MB of garbage', { timeout: 60_000 }, async () => {
  const texts = Array.from({ length: 12 }, (_, i) => `Story ${i} about the talks in Geneva\n\nJohn Carter${i % 3 ? '' : 'son'} said in a statement on ${i % 2 ? 'Facebook' : 'Twitter'} on Sunday: “The talks have failed because nobody in Sylvania wanted them, ${i}.”\n`);
  const cacheDir = join(dir, 'cache4');
  const fresh = async (withCache: boolean, logs: string[] = []) => {
    const fs = new MemoryFileSystem(new Map(texts.map((t, i) => [`/w/${i}.txt`, t])));
    const p = new Project({ fs, cacheDir: withCache ? cacheDir : null, trusted: true, host: host(logs), workers: () => 0 });
    p.setFolders(['/w']);
    await p.reindex();
    return p;
  };
  const truth = state((await fresh(false)).ws);
  await fresh(true); // writes the cache
  const file = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.jsonl'))!);
  const good = readFileSync(file, 'utf8');
  const lines = good.trim().split('\n');
  // A renamed field inside an entity, with a valid integrity hash: the shape check drops it.
  const forged = (l: string) => {
    const { h, a } = JSON.parse(l);
    a.entities[0].mentionz = a.entities[0].mentions;
    delete a.entities[0].mentions;
    const json = JSON.stringify(a);
    return `{"h":"${h}","c":"${createHash('sha1').update(h).update('\u0000').update(json).digest('base64')}","a":${json}}`;
  };
  // Offsets shifted by one in the text the analysis claims to describe.
  const shifted = (l: string) => l.replace(/"start":(\d+),"end":(\d+)/g, (_, s, e) => `"start":${Number(s) + 1},"end":${Number(e) + 1}`);
  const swap = (ls: string[]) => {
    const [a, b] = [JSON.parse(ls[0]).h, JSON.parse(ls[1]).h];
    return [ls[0].replace(a, b), ls[1].replace(b, a), ...ls.slice(2)];
  };
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const flips = (s: string) => {
    const b = Buffer.from(s);
    for (let i = 0; i < 200; i++) b[Math.floor(random() * b.length)] ^= 1 << Math.floor(random() * 8);
    return b.toString('latin1');
  };
  const damages: [string, string][] = [
    ['forged field', [forged(lines[0]), ...lines.slice(1)].join('\n')],
    ['shifted offsets', lines.map(shifted).join('\n')],
    ['swapped hashes', swap(lines).join('\n')],
    ['200 byte flips', flips(good)],
  ];
  for (const [name, content] of damages) {
    writeFileSync(file, content);
    const logs: string[] = [];
    const p = await fresh(true, logs);
    assert.deepEqual(state(p.ws), truth, name);
    assert.ok(!logs.some((l) => /indexing failed/.test(l)), `${name}: ${logs.join('\n')}`);
  }
  // 300 MB of garbage (sparse: nothing written to disk) is rejected in bounded time and memory.
  writeFileSync(file, '');
  truncateSync(file, 300 << 20);
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const cache = new AnalysisCache(cacheDir, '/w');
  assert.equal(await cache.load(), 0);
  assert.ok(performance.now() - t < 10_000, `${(performance.now() - t).toFixed(0)} ms`);
  assert.ok(process.memoryUsage().rss - before < 400 << 20, `${((process.memoryUsage().rss - before) >> 20)} MB`);
});

test('fault 5: changes during indexing are not lost (deleted, renamed away, modified)', { timeout: 60_000 }, async () => {
  const n = 60;
  const files = new Map<string, string>(Array.from({ length: n }, (_, i) => [`/w/${i}.txt`, `Story ${i} about the talks\n\nJohn Carter said on Sunday that talks ${i} failed.\n`]));
  const fs = new MemoryFileSystem(files);
  // Reads are slow, so that the changes land while the index is being built.
  const slow = { ...fs, readDirectory: fs.readDirectory.bind(fs), realPath: fs.realPath.bind(fs), size: fs.size.bind(fs), readFile: async (p: string) => (await new Promise((r) => setTimeout(r, 2)), fs.readFile(p)) };
  const project = new Project({ fs: slow, cacheDir: null, trusted: true, host: host(), workers: () => 0 });
  project.setFolders(['/w']);
  const indexing = project.reindex();
  const changes: Promise<void>[] = [];
  await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < n; i += 3) {
    const path = `/w/${i}.txt`;
    if (i % 9 === 0) {
      files.delete(path);
      changes.push(project.fileChanged(`file://${path}`, 'deleted'));
    } else if (i % 9 === 3) {
      files.set(`/w/renamed-${i}.txt`, files.get(path)!);
      files.delete(path);
      changes.push(project.fileChanged(`file://${path}`, 'deleted'), project.fileChanged(`file:///w/renamed-${i}.txt`, 'created'));
    } else {
      files.set(path, `Changed story ${i}\n\nAnna Lindgren said on Monday that talks ${i} resumed.\n`);
      changes.push(project.fileChanged(`file://${path}`, 'changed'));
    }
  }
  await Promise.all([indexing, ...changes]);
  const clean = new Project({ fs, cacheDir: null, trusted: true, host: host(), workers: () => 0 });
  clean.setFolders(['/w']);
  await clean.reindex();
  assert.deepEqual(state(project.ws), state(clean.ws));
});

test('fault 6: an article deleted and restored with the same bytes comes back, with its contradictions', async () => {
  const { project, fs } = memoryProject({ 'fb.txt': FB, 'tw.txt': TW });
  await project.reindex();
  const before = state(project.ws);
  fs.files.delete('/w/tw.txt');
  await project.fileChanged(U('tw.txt'), 'deleted');
  assert.equal(project.ws.has(U('tw.txt')), false);
  fs.files.set('/w/tw.txt', TW);
  await project.fileChanged(U('tw.txt'), 'created');
  assert.deepEqual(state(project.ws), before);
  assert.equal(diagnosticsFor(project, U('fb.txt')).length, 1);
});

test('fault 8: file events never follow a symlink out of the folder (one rule with the scan)', { timeout: 20_000 }, async () => {
  const root = join(dir, 'links');
  const outside = join(dir, 'outside');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(root, 'fb.txt'), FB);
  writeFileSync(join(outside, 'secret.txt'), TW);
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'secret.txt'));
  symlinkSync(outside, join(root, 'linked'));
  const project = new Project({ fs: nodeFileSystem, cacheDir: null, trusted: true, host: host(), workers: () => 0 });
  project.setFolders([root]);
  await project.reindex();
  for (const name of ['passwd.txt', 'secret.txt', 'linked/secret.txt']) await project.fileChanged(`file://${join(root, name)}`, 'created');
  assert.deepEqual([...project.ws.uris()], [`file://${join(root, 'fb.txt')}`]);
  assert.match(project.note(`file://${join(root, 'passwd.txt')}`) ?? '', /symlink/);
});

test('fault 10: open documents honour maxFileSizeKB', { timeout: 20_000 }, async () => {
  const { project } = memoryProject({ 'fb.txt': FB });
  project.configure({ articles: ['**/*.txt'], exclude: [], maxFileSizeKB: 4 });
  await project.reindex();
  const big = `Headline of a huge document\n\n${'John Carter said "no" again. '.repeat(2000)}`;
  const t = performance.now();
  project.open(U('big.txt'), big);
  assert.ok(performance.now() - t < 200, 'not analysed');
  assert.equal(project.ws.has(U('big.txt')), false);
  assert.match(project.note(U('big.txt'))!, /maxFileSizeKB/);
  project.open(U('big.txt'), big.slice(0, 1000));
  assert.equal(project.ws.has(U('big.txt')), true, 'back under the limit, analysed again');
});

test('fault 11: ties are broken the same way whatever order the articles arrive in', () => {
  // Two spellings, one mention each; two types, one article each.
  const texts = ['Minister resigns over talks\n\nBeverley Hughes resigned on Sunday.\n', 'Minister quits over talks\n\nBeverly Hughes resigned on Sunday.\n'];
  const analyses = texts.map((t) => analyze(t));
  analyses[1].entities.forEach((e) => e.name === 'Beverly Hughes' && (e.type = 'organization'));
  analyses[1].mentions.forEach((m) => m.text === 'Beverly Hughes' && (m.type = 'organization'));
  const names = (order: number[]) => {
    const ws = new Workspace();
    for (const i of order) ws.set(`file:///w/${i}.txt`, texts[i], analyses[i]);
    return [...ws.graph.ids()].map((id) => ws.graph.get(id)!).map((e) => `${e.name}/${e.type}`).sort();
  };
  assert.deepEqual(names([0, 1]), names([1, 0]));
  // Diagnostics and the export list contradictions in one order too.
  const articles = [FB, TW, TW.replace('Twitter', 'Telegram'), FB.replace('Facebook', 'YouTube')];
  const listed = (order: number[]) => {
    const ws = new Workspace();
    for (const i of order) ws.set(`file:///w/${i}.txt`, articles[i], analyze(articles[i]));
    return byPlace(ws.contradictions('file:///w/0.txt')).map((c) => c.key);
  };
  assert.ok(listed([0, 1, 2, 3]).length >= 3);
  assert.deepEqual(listed([0, 1, 2, 3]), listed([3, 2, 1, 0]));
});

test('fault 12: one cache per folder; a reindex rewrites nothing unchanged; stale temporary files are removed', { timeout: 30_000 }, async () => {
  const cacheDir = join(dir, 'cache12');
  const folder = (name: string, count: number) => {
    const fs = new MemoryFileSystem(new Map(Array.from({ length: count }, (_, i) => [`/${name}/${i}.txt`, `Story ${i} in ${name}\n\nJohn Carter said ${i} times.\n`])));
    const p = new Project({ fs, cacheDir, trusted: true, host: host(), workers: () => 0 });
    p.setFolders([`/${name}`]);
    return p;
  };
  const large = folder('large', 20);
  await large.reindex();
  const small = folder('small', 2);
  await small.reindex();
  const files = readdirSync(cacheDir).filter((f) => f.endsWith('.jsonl'));
  assert.equal(files.length, 2, 'a file per folder');
  const largeFile = files.map((f) => join(cacheDir, f)).find((f) => readFileSync(f, 'utf8').trim().split('\n').length === 20);
  assert.ok(largeFile, 'the small folder evicted nothing');
  const stamp = () => statSync(largeFile).mtimeMs + statSync(largeFile).ino;
  const before = stamp();
  // A temporary file of a compaction killed midway (no such process) goes at the next save.
  const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']));
  const tmp = `${largeFile}.${dead}.tmp`;
  writeFileSync(tmp, 'half written');
  for (let i = 0; i < 3; i++) await large.reindex();
  assert.equal(stamp(), before, 'no rewrite when nothing changed');
  assert.equal(existsSync(tmp), false, 'stale .tmp removed');
});

test('the analysis entry point is the one guard: a failure is logged and shown on that article only', { timeout: 20_000 }, async () => {
  const failing = (text: string) => {
    if (text.includes('Sylvania')) throw new Error('boom in the recogniser');
    return analyze(text);
  };
  const { project, told } = memoryProject({ 'fb.txt': FB, 'other.txt': 'Unrelated story about Geneva\n\nAnna Lindgren opened the fair.\n' }, { analyze: failing });
  await project.reindex();
  assert.deepEqual([...project.ws.uris()], [U('other.txt')]);
  assert.match(diagnosticsFor(project, U('fb.txt'))[0].message, /Byline could not analyse this file: .*boom in the recogniser/);
  assert.ok(told.logs.some((l) => /^error: .*boom in the recogniser/.test(l)), told.logs.join('\n'));
  // The same through an edit.
  project.open(U('other.txt'), 'Now about Sylvania\n\nAnna Lindgren left.\n');
  assert.equal(project.ws.has(U('other.txt')), false);
  assert.match(diagnosticsFor(project, U('other.txt'))[0].message, /could not analyse/);
});

test('workspace symbols find an entity by any spelling: byline.yaml aliases and the articles\' spellings, never an unrelated one', async () => {
  const A = 'Group claims attack in the north\n\nThe Islamic State group said it carried out the attack. Islamic State fighters held the town.\n\nThe Dundee and East Shetland Harbour Board met on Monday. The United Kingdom sent aid.\n';
  const B = 'Militants hold the town\n\nDaesh fighters held the town on Tuesday, and Britain sent aid.\n\nJohn Carter, the envoy, said the talks failed.\n';
  const { project } = memoryProject({ 'a.txt': A, 'b.txt': B, 'byline.yaml': 'entities:\n  - name: John Carter\n    type: person\n    aliases: [Jon Karter]\n  - name: Islamic State\n    type: organization\n    aliases: [Daesh]\n  - name: United Kingdom\n    type: place\n    aliases: [Britain]\n' });
  await project.reindex();
  const first = (q: string) => features.workspaceSymbols(project.ws, q)[0];
  // Editors keep an answer only if its name matches what was typed: the matched spelling is in the name.
  assert.equal(first('Karter')?.name, 'Jon Karter (John Carter)', 'a byline.yaml alias no article uses');
  assert.equal(first('Daesh')?.name, 'Daesh (Islamic State)');
  assert.equal(first('Britain')?.name, 'Britain (United Kingdom)');
  assert.equal(first('cartr')?.name, 'John Carter', 'letters in order within a word');
  assert.ok(!features.workspaceSymbols(project.ws, 'Daesh').some((s) => /Board/.test(s.name)), 'not the council whose letters happen to be in order');
  assert.deepEqual(features.workspaceSymbols(project.ws, 'dasb').map((s) => s.name), [], 'scattered letters never across words');
  void at;
});

test('a folder of articles moved in or away: editors report the folder, its articles follow', async () => {
  const { project, fs } = memoryProject({ 'fb.txt': FB });
  await project.reindex();
  fs.files.set('/w/moved/tw.txt', TW);
  fs.files.set('/w/moved/deeper/tg.txt', TW.replace('Twitter', 'Telegram'));
  fs.files.set('/w/moved/node_modules/x.txt', TW);
  await project.fileChanged(U('moved'), 'created');
  assert.deepEqual([...project.ws.uris()].sort(), [U('fb.txt'), U('moved/deeper/tg.txt'), U('moved/tw.txt')]);
  assert.equal(diagnosticsFor(project, U('fb.txt')).filter((d) => d.severity === 2).length, 2);
  for (const k of [...fs.files.keys()]) if (k.startsWith('/w/moved/')) fs.files.delete(k);
  await project.fileChanged(U('moved'), 'deleted');
  assert.deepEqual([...project.ws.uris()], [U('fb.txt')]);
  assert.deepEqual(diagnosticsFor(project, U('fb.txt')), []);
});
