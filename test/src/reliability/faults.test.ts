// Faults below the server: files that vanish, fail or change while being indexed, a folder full
// of non-articles, symlink loops, a damaged cache, hostile byline.yaml.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { analyze, analyzeAll } from '../../../server/out/core/analyze';
import { AnalysisCache, contentHash } from '../../../server/out/index/cache';
import { MemoryFileSystem, nodeFileSystem, scan, type FileSystem } from '../../../server/out/index/files';
import { loadArticles } from '../../../server/out/index/indexer';
import { parseKnowledge } from '../../../server/out/index/knowledge';
import { AnalyzerPool, analyzeBatch } from '../../../server/out/index/pool';
import { article, covered, report } from './check';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

const dir = mkdtempSync(join(tmpdir(), 'byline-faults-'));
const pool = new AnalyzerPool(0); // on this thread: the faults are in the files, not the workers
after(() => {
  rmSync(dir, { recursive: true, force: true });
  report('reliability/faults');
});

/** Loads `paths`; every path must end up loaded or skipped exactly once. */
async function load(fs: FileSystem, paths: string[], cache = new AnalysisCache(null)): Promise<{ loaded: string[]; skipped: Map<string, string> }> {
  const loaded: string[] = [];
  const skipped = new Map<string, string>();
  await loadArticles(paths, { fs, pool, cache, maxFileBytes: 1 << 20, onLoaded: (a) => loaded.push(a.path), onSkipped: (p, r) => skipped.set(p, r) });
  assert.equal(loaded.length + skipped.size, paths.length, 'none lost, none twice');
  return { loaded, skipped };
}

test('files deleted, renamed or replaced by a folder while being indexed are skipped with a reason', { timeout: 20_000 }, async () => {
  const paths: string[] = [];
  for (let i = 0; i < 40; i++) {
    paths.push(join(dir, `a${i}.txt`));
    writeFileSync(paths[i], `Headline number ${i} is here\n\nJohn Carter said "no" ${i} times.\n`);
  }
  // Between the size check and the read, every fourth file goes away in a different way.
  let n = 0;
  const racy: FileSystem = {
    ...nodeFileSystem,
    async size(path) {
      const size = await nodeFileSystem.size(path);
      const k = n++ % 8;
      if (k === 0) unlinkSync(path);
      else if (k === 2) renameSync(path, `${path}.moved`);
      else if (k === 4) {
        unlinkSync(path);
        mkdirSync(path);
      } else if (k === 6) writeFileSync(path, 'x'.repeat(2 << 20)); // grew past the limit
      if (k % 2 === 0) covered.faults++;
      return size;
    },
  };
  const { loaded, skipped } = await load(racy, paths);
  assert.equal(loaded.length, 20);
  for (const reason of skipped.values()) assert.match(reason, /cannot read|larger than/);
});

test('random read failures and garbage bytes never lose a file or throw (fast-check)', { timeout: 30_000 }, async () => {
  const failure = fc.constantFrom('none', 'none', 'ENOENT', 'EACCES', 'EISDIR', 'EIO', 'size lies', 'garbage');
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(article, failure, fc.uint8Array({ maxLength: 64 })), { minLength: 1, maxLength: 12 }), async (files) => {
      covered.cases++;
      const mem = new Map(files.map(([text], i) => [`/w/${i}.txt`, text] as [string, string]));
      const base = new MemoryFileSystem(mem);
      const failing = (path: string): string => files[Number(path.slice(3, -4))][1];
      const fs: FileSystem = {
        readDirectory: (p) => base.readDirectory(p),
        realPath: (p) => base.realPath(p),
        size: async (p) => (failing(p) === 'size lies' ? 0 : base.size(p)),
        async readFile(p) {
          const f = failing(p);
          if (f === 'garbage') return files[Number(p.slice(3, -4))][2];
          if (f !== 'none' && f !== 'size lies') throw Object.assign(new Error(`${f}: ${p}`), { code: f });
          return base.readFile(p);
        },
      };
      covered.inputs += files.length;
      covered.faults += files.filter(([, f]) => f !== 'none').length;
      const { skipped } = await load(fs, [...mem.keys()]);
      for (const [p, reason] of skipped) assert.ok(reason.length > 0, p);
    }),
    { numRuns: 40 },
  );
});

test('50,000 non-article files: the scan stays fast and returns only the articles', { timeout: 60_000 }, async () => {
  // On tmpfs when there is one: creating 50,000 files on a busy disk takes minutes, the scan does not.
  const big = join(existsSync('/dev/shm') ? mkdtempSync('/dev/shm/byline-') : dir, 'many');
  after(() => rmSync(join(big, '..'), { recursive: true, force: true }));
  for (let d = 0; d < 50; d++) {
    mkdirSync(join(big, `d${d}`), { recursive: true });
    for (let i = 0; i < 1000; i++) writeFileSync(join(big, `d${d}`, `f${i}.${['json', 'png', 'md', 'csv'][i % 4]}`), '');
  }
  for (let i = 0; i < 5; i++) writeFileSync(join(big, `d${i * 10}`, `article${i}.txt`), 'A headline\n\nText.');
  mkdirSync(join(big, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(big, 'node_modules', 'x', 'readme.txt'), 'not an article');
  symlinkSync(big, join(big, 'd1', 'loop')); // a symlink loop is never entered
  symlinkSync(join(big, 'nowhere'), join(big, 'd2', 'dangling.txt'));
  covered.faults += 50_002;
  const skips: string[] = [];
  const t = performance.now();
  const found = await scan(nodeFileSystem, big, { include: ['**/*.txt'], exclude: [] }, (p) => skips.push(p));
  const ms = performance.now() - t;
  assert.deepEqual(found.sort(), ['d0/article0.txt', 'd10/article1.txt', 'd20/article2.txt', 'd30/article3.txt', 'd40/article4.txt']);
  assert.ok(ms < 15_000, `scan took ${ms.toFixed(0)} ms`);
  // A folder that cannot be listed is reported, not thrown.
  const gone = await scan(nodeFileSystem, join(big, 'missing'), { include: ['**/*.txt'], exclude: [] }, (p, r) => skips.push(`${p}: ${r}`));
  assert.deepEqual(gone, []);
  assert.match(skips.join('\n'), /cannot read folder/);
  assert.ok(skips.includes('d2/dangling.txt'), 'a symlinked .txt is reported, not silently dropped');
});

test('a damaged cache file costs re-analysis, never a crash or a wrong answer', { timeout: 20_000 }, async () => {
  const cacheDir = join(dir, 'cache');
  const text = 'Talks fail in Geneva again\n\nMohammed Alloush said on Sunday: "We are leaving."\n';
  const good = analyze(text);
  const c = new AnalysisCache(cacheDir);
  c.put(contentHash(text), good);
  await c.save(new Set([contentHash(text)]));
  const file = c.file;
  const goodLine = readFileSync(file, 'utf8').trim();
  const lines = [
    '{"h": "trunc', 'not json', '[]', 'null', '{}', '{"h":1,"a":{}}', '\u0000\u0001', `{"h":"${contentHash('other')}","a":{"version":"${good.version}","lineStarts":[0]}}`,
    goodLine,
  ];
  writeFileSync(file, lines.join('\n'));
  covered.faults += lines.length - 1;
  const loaded = new AnalysisCache(cacheDir);
  await loaded.load();
  assert.deepEqual(loaded.get(contentHash(text), text), good);
  // An entry that parses but lacks fields must not reach the index.
  const broken = loaded.get(contentHash('other'), 'other');
  if (broken) assert.ok(Array.isArray(broken.mentions) && Array.isArray(broken.quotes), 'a half entry is dropped');
});

test('hostile byline.yaml: syntax errors, alias bombs, deep nesting, huge values, custom tags — problems, never a throw', { timeout: 30_000 }, () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
  const cases: [string, string, RegExp | null][] = [
    ['syntax error', 'entities:\n  - name: [unclosed\n', /./],
    ['tabs and junk', '\t\u0000entities: : :\n', /./],
    ['alias bomb', bomb, /alias|Unknown key/i],
    ['deep flow nesting', '['.repeat(30_000), /nested/],
    ['deep block nesting', '- '.repeat(30_000), /nested/],
    ['deep mapping nesting', Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), /nested/],
    ['js function tag', 'entities:\n  - name: !!js/function "function () { process.exit(1) }"\n', /Custom tags/],
    ['custom tag', 'entities:\n  - name: !env HOME\n', /Custom tags/],
    ['binary tag', 'entities:\n  - name: Bob\n    ids: !!binary aGVsbG8=\n', /Custom tags/],
    ['huge value', `entities:\n  - name: ${'x'.repeat(900_000)}\n`, null],
    ['too large', `notEntities: [${'a, '.repeat(400_000)}a]\n`, /larger/],
    ['wrong types', 'entities: 3\ndistinct: {a: 1}\nacknowledged: [1, null]\nnotEntities: [[], {}]\narticles: "**/*.txt"\n', /must be/],
    ['__proto__', 'entities:\n  - name: x\n    __proto__: {polluted: 1}\n    ids: {__proto__: 1}\n', null],
    ['duplicate keys', 'entities: []\nentities: []\n', /unique/],
  ];
  for (const [name, text, expected] of cases) {
    covered.cases++;
    covered.faults++;
    const t = performance.now();
    const r = parseKnowledge(text);
    assert.ok(performance.now() - t < 5000, `${name} is quick`);
    if (expected) assert.match(r.problems.map((p) => p.message).join('\n'), expected, name);
    for (const p of r.problems) assert.ok(0 <= p.start && p.start <= p.end && p.end <= text.length + 1, `${name}: problem at ${p.start}-${p.end}`);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  }
  // Every prefix of a valid file (a file edited while being read) parses to knowledge or problems.
  const valid = 'entities:\n  - name: John Carter\n    type: person\n    aliases: [Carter, "J. Carter"]\n    ids: {wikidata: Q1}\ndistinct:\n  - [John Carter, Jimmy Carter]\nnotEntities: [Share]\nacknowledged:\n  - key: channel|a|b\n    note: checked\n';
  for (let i = 0; i <= valid.length; i++) {
    covered.inputs++;
    const r = parseKnowledge(valid.slice(0, i));
    assert.ok(r.knowledge || r.problems.length, `prefix ${i}`);
  }
  assert.deepEqual(parseKnowledge(valid).problems, []);
});

test('a worker that dies mid-batch: its articles are analysed anyway, none lost', { timeout: 30_000 }, async () => {
  const logged: string[] = [];
  const workers = new AnalyzerPool(2, undefined, (m) => logged.push(m));
  const texts = Array.from({ length: 6 }, (_, i) => `Headline number ${i} is here\n\nJohn Carter said "no" ${i} times in Geneva.\n`);
  const runs = [workers.run(texts.slice(0, 3)), workers.run(texts.slice(3))];
  // Kill a worker while it holds a batch (exit without an error event).
  await (workers as unknown as { workers: { terminate(): Promise<number> }[] }).workers[0].terminate();
  covered.faults++;
  const analyses = (results: Awaited<ReturnType<AnalyzerPool['run']>>) => results.map((r) => ('analysis' in r ? r.analysis : r));
  const results = analyses((await Promise.all(runs)).flat());
  assert.deepEqual(results, texts.map((t) => analyze(t)));
  assert.deepEqual(analyses(await workers.run([texts[0]])), [analyze(texts[0])], 'the pool keeps working');
  assert.match(logged.join('\n'), /analysis worker lost \(exit code \d+\)/, 'the loss is logged, not silent');
  await workers.dispose();
});

test('a batch analysed stage by stage gives each article what analyze() gives it alone', () => {
  const texts = [
    'Dam gives way above Felsworth\n\nMarch 9, 2026\n\nThe Orrin dam gave way on Sunday night, the Halden Fire Service said. "We moved 300 people," said its chief, Mara Keel.\n',
    '',
    'Strike at Corvane Buses\n\nDrivers walked out on Monday. The guild said 1,400 members had stopped work.\n',
    'By Ana Ruiz\n\nOne line, no names.',
  ];
  assert.deepEqual(analyzeAll(texts), texts.map((t) => analyze(t)));
});

test('a batch in which one article fails: that article alone fails, the others are analysed', () => {
  const failing = (text: string) => {
    if (text.includes('FAIL')) throw new Error('planted failure');
    return analyze(text);
  };
  const texts = ['First article about Kelby.\n', 'This one will FAIL.\n', 'Third article about Ostmark.\n'];
  const results = analyzeBatch(texts, failing, (batch) => batch.map(failing));
  covered.faults++;
  assert.deepEqual(results[0], analyze(texts[0]));
  assert.match((results[1] as { error: string }).error, /planted failure/);
  assert.deepEqual(results[2], analyze(texts[2]));
});

test('reading a FIFO in a file\'s place fails at once instead of blocking the thread', { timeout: 10_000 }, async () => {
  const fifo = join(dir, 'swapped.txt');
  execFileSync('mkfifo', [fifo]);
  covered.faults++;
  await assert.rejects(nodeFileSystem.readFile(fifo), /not a regular file/);
  rmSync(fifo);
});
