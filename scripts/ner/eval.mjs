// Scores recognize() strictly (exact span and type, PER/ORG/LOC) on the shared NER data and
// measures its speed on the BBC articles, in MB per CPU second of this process (one core; other
// load on the machine inflates it less than wall time). Needs a built server (`npx tsc -b server`).
// usage: node scripts/ner/eval.mjs [--sets gum-dev,gum-test,pud] [--errors N] [--data FILE] [--no-speed]
// Development (tuning) sets, never PUD or GUM test: --sets dev-gum,dev-ewt,dev-wikigold,dev-redocred,dev-btc
// with a model trained by train.mjs --dev.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA, ROOT, hasData, load } from './data.mjs';

if (!hasData()) {
  console.log('eval: ../shared/data is absent, skipping the NER evaluation');
  process.exit(0);
}
if (!existsSync(join(ROOT, 'server/out/core/ner/index.js'))) {
  console.log('eval: build the server first (npm run build)');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const { recognize } = require(join(ROOT, 'server/out/core/ner/index.js'));
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
// --data FILE: score another data file (an experiment's), not server/data/ner.bin
require(join(ROOT, 'server/out/index/ner-data.js')).loadNerData(opt('--data', undefined));
const sets = opt('--sets', 'pud,gum-test,gum-dev').split(',');
const showErrors = Number(opt('--errors', 0));
const TYPE = { person: 'PER', organization: 'ORG', place: 'LOC' };
const T = ['PER', 'ORG', 'LOC'];
const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
const pct = (x) => (100 * x).toFixed(1).padStart(5);

recognize('warm up the model and lexicon');
console.log(`${'data set'.padEnd(10)} docs   ${T.map((t) => `${t} P/R/F1`.padEnd(20)).join('')}micro P/R/F1        MB/s (CPU)`);
for (const name of sets) {
  const docs = load(name);
  const c = Object.fromEntries(T.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  let bytes = 0;
  for (const d of docs) {
    bytes += Buffer.byteLength(d.text);
    const spans = recognize(d.text);
    const gold = new Set(d.entities.filter((e) => T.includes(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
    const pred = new Set(spans.filter((s) => TYPE[s.type]).map((s) => `${s.start}:${s.end}:${TYPE[s.type]}`));
    for (const x of pred) {
      const ok = gold.has(x);
      c[x.split(':')[2]][ok ? 'tp' : 'fp']++;
      if (!ok) errors.push(x);
    }
    for (const x of gold) if (!pred.has(x)) (c[x.split(':')[2]].fn++, errors.push(`missed ${x}`));
    if (showErrors)
      for (const x of errors.splice(0)) {
        const [s, e, t] = x.replace('missed ', '').split(':');
        if (showErrors > 0) console.log(`  ${x.startsWith('missed') ? 'FN' : 'FP'} ${t} ${JSON.stringify(d.text.slice(+s, +e))}  …${JSON.stringify(d.text.slice(Math.max(0, s - 30), +e + 20))}`);
      }
  }
  // timed on a second pass, once the code is warm
  const u0 = process.cpuUsage();
  for (const d of docs) recognize(d.text);
  const u = process.cpuUsage(u0);
  const secs = (u.user + u.system) / 1e6;
  const micro = prf(T.reduce((a, t) => ({ tp: a.tp + c[t].tp, fp: a.fp + c[t].fp, fn: a.fn + c[t].fn }), { tp: 0, fp: 0, fn: 0 }));
  const cells = T.map((t) => prf(c[t]).map(pct).join('/').padEnd(20)).join('');
  console.log(`${name.padEnd(10)} ${String(docs.length).padStart(4)}   ${cells}${micro.map(pct).join('/').padEnd(20)}${(bytes / 1e6 / secs).toFixed(1)}`);
}

// Speed on whole news articles.
const bbc = join(DATA, 'bbc');
if (existsSync(bbc) && !args.includes('--no-speed')) {
  const texts = [];
  for (const cat of readdirSync(bbc)) if (!cat.includes('.')) for (const f of readdirSync(join(bbc, cat))) texts.push(readFileSync(join(bbc, cat, f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts) recognize(t); // warm up
  let best = Infinity;
  let names = 0;
  for (let round = 0; round < 3; round++) {
    const u0 = process.cpuUsage();
    names = 0;
    for (const t of texts) names += recognize(t).length;
    const u = process.cpuUsage(u0);
    best = Math.min(best, (u.user + u.system) / 1e6);
  }
  console.log(`bbc        ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${names} names in ${best.toFixed(2)} CPU s: ${(bytes / 1e6 / best).toFixed(1)} MB/s (best of 3)`);
}
