// The workspace index alone, in-process on one core, without the server, I/O or workers: for N
// already-analysed articles, the CPU time of loading them as the server does (bulk, then settle;
// entity graph and claim index apart), of every article's diagnostics (what the first flush
// computes), of workspace-symbol queries, and of an edit followed by a hover on the most
// mentioned entity. A quick loop for work on server/src/index without the LSP around it.
//
//   node scripts/bench/index.mjs [--sizes 2225,22250] [--data DIR]
//
// The BBC texts are analysed once; copy k of an article gets the URI file:///ck/<category>/<file>
// and its own objects parsed from the analysis JSON, as the server gets them from its workers.

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
require(`${ROOT}/server/out/index/ner-data.js`).loadNerData();
const { Workspace } = require(`${ROOT}/server/out/index/workspace.js`);
const features = require(`${ROOT}/server/out/lsp/features.js`);

const t0 = performance.now();
const articles = readBbc(DATA).map((a) => ({ ...a, json: JSON.stringify(analyze(a.text)) }));
console.log(`analysed ${articles.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = (obj, name, acc) => {
  const f = obj[name].bind(obj);
  obj[name] = (...args) => {
    const t = cpu();
    try {
      return f(...args);
    } finally {
      acc.ms += cpu() - t;
    }
  };
};
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const p = (xs, q) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

for (const n of SIZES) {
  const docs = Array.from({ length: n }, (_, i) => {
    const a = articles[i % articles.length];
    return { uri: `file:///c${Math.floor(i / articles.length)}/${a.rel}`, text: a.text, analysis: JSON.parse(a.json) };
  });
  const ws = new Workspace();
  const claims = { ms: 0 };
  const graph = { ms: 0 };
  timed(ws.claims, 'set', claims);
  timed(ws.graph, 'set', graph);
  let t = cpu();
  for (const d of docs) ws.set(d.uri, d.text, d.analysis, true);
  ws.graph.settle();
  const build = cpu() - t;

  t = cpu();
  let diagnostics = 0;
  for (const uri of ws.uris()) diagnostics += ws.contradictions(uri).map((c) => features.toDiagnostic(ws, c)).length;
  const flush = cpu() - t;

  const top = [...ws.graph.ids()].map((id) => ws.graph.get(id)).sort((a, b) => b.mentions - a.mentions);
  const queries = [...new Set(top.slice(0, 60).flatMap((e) => [e.name.slice(0, 3).toLowerCase(), e.name.toLowerCase()])), 'zq', 'a', 'minister'];
  const symbols = queries.map((q) => {
    const s = cpu();
    JSON.stringify(features.workspaceSymbols(ws, q));
    return cpu() - s;
  });

  // Edits in an article that mentions the top entity, each followed by a hover on it there.
  const intro = ws.graph.introduction(top[0].id);
  const text0 = ws.get(intro.uri).text;
  const edits = [];
  const hovers = [];
  for (let k = 0; k < 20; k++) {
    const text = k % 2 ? text0 : `Inserted line ${k}\n${text0}`;
    let s = cpu();
    const analysis = analyze(text);
    for (const uri of ws.set(intro.uri, text, analysis)) ws.contradictions(uri).map((c) => features.toDiagnostic(ws, c));
    edits.push(cpu() - s);
    const m = analysis.mentions.find((x) => ws.graph.idOf(intro.uri, x.local) === top[0].id);
    s = cpu();
    features.hover(ws, intro.uri, ws.position(intro.uri, m.start));
    hovers.push(cpu() - s);
  }
  console.log(
    `${n.toLocaleString('en')} articles: load ${ms(build)} (entity graph ${ms(graph.ms)}, claims ${ms(claims.ms)}); ` +
      `every article's diagnostics ${ms(flush)} (${diagnostics}); workspace symbols p50 ${ms(p(symbols, 0.5))} max ${ms(p(symbols, 1))} (${queries.length} queries); ` +
      `edit + its diagnostics p50 ${ms(p(edits, 0.5))} max ${ms(p(edits, 1))}; hover on ${top[0].name} (${top[0].mentions} mentions) after an edit p50 ${ms(p(hovers, 0.5))} max ${ms(p(hovers, 1))}`,
  );
}
