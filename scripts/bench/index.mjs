// The workspace index alone, in-process on one core, without the server, I/O or workers: how long
// building the index takes for N already-analysed articles (split into the claim index and the
// entity graph), computing every article's contradictions (what the diagnostics flush does), and
// resolving every entity. A quick loop for work on server/src/index without the LSP around it.
//
//   node scripts/bench/index.mjs [--sizes 2225,22250] [--data DIR]
//
// The BBC texts are analysed once; copy k of an article gets the URI file:///ck/<category>/<file>
// and shares the analysis object of copy 0 (so memory is not representative, CPU time is).

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBbc } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const DATA = resolve(ROOT, option('--data', '../shared/data/bbc'));
const SIZES = option('--sizes', '2225,22250').split(',').map(Number);
if (!existsSync(DATA)) {
  console.log(`Skipped: ${DATA} is absent.`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { analyze } = require(`${ROOT}/server/out/core/analyze.js`);
const { Workspace } = require(`${ROOT}/server/out/index/workspace.js`);

const t0 = performance.now();
const articles = readBbc(DATA).map((a) => ({ ...a, analysis: analyze(a.text) }));
console.log(`analysed ${articles.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const timed = (obj, name, acc) => {
  const f = obj[name].bind(obj);
  obj[name] = (...args) => {
    const t = performance.now();
    try {
      return f(...args);
    } finally {
      acc.ms += performance.now() - t;
    }
  };
};
const ms = (x) => `${(x / 1000).toFixed(2)} s`;

for (const n of SIZES) {
  const ws = new Workspace();
  const claims = { ms: 0 };
  const graph = { ms: 0 };
  timed(ws.claims, 'set', claims);
  timed(ws.graph, 'set', graph);
  let t = performance.now();
  for (let i = 0; i < n; i++) {
    const a = articles[i % articles.length];
    ws.set(`file:///c${Math.floor(i / articles.length)}/${a.rel}`, a.text, a.analysis);
  }
  const build = performance.now() - t;
  t = performance.now();
  let contradictions = 0;
  for (const uri of ws.uris()) contradictions += ws.contradictions(uri).length;
  const all = performance.now() - t;
  t = performance.now();
  let entities = 0;
  for (const id of ws.graph.ids()) if (ws.graph.get(id)) entities++;
  const resolveAll = performance.now() - t;
  console.log(
    `${n.toLocaleString('en')} articles: build ${ms(build)} (claims.set ${ms(claims.ms)}, graph.set ${ms(graph.ms)}); ` +
      `contradictions of every article ${ms(all)} (${contradictions}); every entity ${ms(resolveAll)} (${entities})`,
  );
}
