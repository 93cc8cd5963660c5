// In-process analyze() over the BBC articles: speed per core, and a check that output stays the same.
// Usage (after `npm run build`):
//   node scripts/bench/analyze.mjs [--passes N]     CPU MB/s of the analysis as the indexer runs it (batches, analyzeAll),
//                                                  of analyze() one article at a time, and of everything but ner/
//   node scripts/bench/analyze.mjs --save FILE      write a digest per article (BBC + samples/) as JSON
//   node scripts/bench/analyze.mjs --check FILE     compare with a saved digest; print differing articles
//   --out DIR: another build's server/out (a copy kept from before a change) instead of this one
//   --against DIR: time that build too, in the same process, passes alternating: on a shared
//                  machine the comparison is far steadier than two separate runs
// The split times recognize() separately by analysing in two steps, as analyze() does.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args[i + 1];
};
const out = (p) => import(join(opt('--out') ?? join(root, 'server/out'), p));
// a build of its own with the recogniser's data in a file loads it (older builds compiled it in)
const loadData = async (dir) => existsSync(join(dir, 'index/ner-data.js')) && (await import(join(dir, 'index/ner-data.js'))).loadNerData();
await loadData(opt('--out') ?? join(root, 'server/out'));
const { analyze } = await out('core/analyze.js');
const { recognize } = await out('core/ner/index.js');
const { decode } = await out('index/files.js');

function read(dir, recurse) {
  const files = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, d.name);
    if (d.isDirectory() && recurse) files.push(...read(p, false));
    else if (d.isFile() && d.name.endsWith('.txt')) {
      const r = decode(readFileSync(p));
      if ('text' in r) files.push({ name: p.slice(root.length), text: r.text });
    }
  }
  return files;
}

const bbc = join(root, '../shared/data/bbc');
const data = existsSync(bbc) ? read(bbc, true) : [];
const articles = [...data, ...read(join(root, 'samples'), false)];

if (opt('--save') || opt('--check')) {
  const digest = {};
  for (const a of articles) digest[a.name] = createHash('sha1').update(JSON.stringify(analyze(a.text))).digest('hex');
  if (opt('--save')) {
    writeFileSync(opt('--save'), JSON.stringify(digest, null, 1));
    console.log(`${articles.length} articles saved`);
  } else {
    const old = JSON.parse(readFileSync(opt('--check'), 'utf8'));
    const differ = Object.keys(old).filter((k) => old[k] !== digest[k]);
    for (const k of differ) console.log(`differs: ${k}`);
    console.log(`${Object.keys(old).length} articles compared, ${differ.length} differ`);
    process.exitCode = differ.length ? 1 : 0;
  }
} else {
  // Recognition is timed on its own over the same texts; the rest is the difference.
  const passes = Number(opt('--passes') ?? 5);
  // As the indexer analyses: batches stage by stage (analyzeAll), where the build has that; older builds analysed article by article.
  const indexed = async (dir, core) => {
    const batch = existsSync(join(dir, 'index/indexer.js')) ? (await import(join(dir, 'index/indexer.js'))).BATCH : undefined;
    if (!core.analyzeAll || !batch) return { batch: 1, run: (texts) => texts.forEach((t) => core.analyze(t)) };
    return { batch, run: (texts) => { for (let i = 0; i < texts.length; i += batch) core.analyzeAll(texts.slice(i, i + batch)); } };
  };
  const dir = opt('--out') ?? join(root, 'server/out');
  const builds = [{ name: dir, analyze, recognize, indexer: await indexed(dir, await out('core/analyze.js')) }];
  if (opt('--against')) {
    const other = (p) => import(join(opt('--against'), p));
    await loadData(opt('--against'));
    const core = await other('core/analyze.js');
    builds.push({ name: opt('--against'), analyze: core.analyze, recognize: (await other('core/ner/index.js')).recognize, indexer: await indexed(opt('--against'), core) });
  }
  const bytes = data.reduce((s, a) => s + a.text.length, 0);
  const cpu = (f) => {
    const c = process.cpuUsage();
    f();
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1e6;
  };
  for (const b of builds) [b.all, b.ner, b.batched] = [Infinity, Infinity, Infinity];
  const texts = data.map((a) => a.text);
  for (let p = 0; p < passes; p++)
    for (const b of builds) {
      b.all = Math.min(b.all, cpu(() => data.forEach((a) => b.analyze(a.text))));
      b.ner = Math.min(b.ner, cpu(() => data.forEach((a) => b.recognize(a.text))));
      b.batched = Math.min(b.batched, cpu(() => b.indexer.run(texts)));
    }
  const mb = bytes / 1e6;
  console.log(`${data.length} articles, ${mb.toFixed(2)} MB, best of ${passes} passes (CPU time)`);
  for (const { name, all, ner, batched, indexer } of builds) {
    if (builds.length > 1) console.log(name);
    console.log(`as indexed:  ${(mb / batched).toFixed(2)} MB/s  (${batched.toFixed(2)} s; ${indexer.batch > 1 ? `analyzeAll() in batches of ${indexer.batch}` : 'analyze() article by article'})`);
    console.log(`analyze():   ${(mb / all).toFixed(2)} MB/s  (${all.toFixed(2)} s, one article at a time, as on an edit)`);
    console.log(`recognize(): ${(mb / ner).toFixed(2)} MB/s  (${ner.toFixed(2)} s)`);
    console.log(`the rest:    ${(mb / (all - ner)).toFixed(2)} MB/s  (${(all - ner).toFixed(2)} s, ${((all - ner) * 15 / mb).toFixed(2)} s per 15 MB)`);
  }
}
