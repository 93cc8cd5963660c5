// Prints every contradiction warning Byline reports on a folder of unrelated real articles
// (default ../shared/data/bbc) and the rate per 100 articles, to be read by a person.
// usage: node scripts/false-alarms.mjs [FOLDER]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(process.argv[2] ?? join(root, '../shared/data/bbc'));
if (!existsSync(folder)) {
  console.log(`skipped: ${folder} is absent (it lives in ../shared, beside the project)`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [join(root, 'server/out/cli.js'), 'analyze', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const out = JSON.parse(run.stdout);
const n = out.articles.length;
for (const c of out.contradictions) {
  console.log(`${c.code}: ${c.message}`);
  for (const s of c.sides) console.log(`    ${s.path}:${s.line}  ${s.value}  “${s.text.slice(0, 100)}”`);
}
const rate = (100 * out.contradictions.length) / Math.max(1, n);
console.log(`\n${out.contradictions.length} contradiction warnings on ${n} articles: ${rate.toFixed(2)} per 100 articles (bound: 1 per 100)`);
