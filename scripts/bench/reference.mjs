// In-process throughput on one core, run as a child of run.mjs so that it does not share a heap
// with the benchmark client: Byline's analyze() over the BBC texts, and compromise's entity
// extraction (people, places, organizations) on the same texts.
// Usage: node scripts/bench/reference.mjs <bbc folder> <analyze.js> [compromise budget ms]
// Prints one JSON line.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readBbc } from './corpus.mjs';

const [root, analyzeJs, budgetArg] = process.argv.slice(2);
const budgetMs = Number(budgetArg ?? 20000);
const require = createRequire(import.meta.url);
const { analyze: analyzeOrThrow } = require(analyzeJs);
// the build's recogniser data, from its host module beside core/ (server/out/index/ner-data.js)
require(join(dirname(analyzeJs), '../index/ner-data.js')).loadNerData();
// An analyser that throws on some article is a bug to report, not a reason to measure nothing.
const failures = [];
const analyze = (t) => {
  try {
    return analyzeOrThrow(t);
  } catch (e) {
    if (failures.length < 1000) failures.push(String(e.message ?? e).split('\n')[0]);
    return null;
  }
};
const texts = readBbc(root).map((a) => a.text);
const size = (list) => list.reduce((n, t) => n + Buffer.byteLength(t), 0);

function timeEach(list, fn) {
  const ms = [];
  for (const t of list) {
    const t0 = performance.now();
    fn(t);
    ms.push(performance.now() - t0);
  }
  return ms;
}

// Byline: warm up (JIT, lexicon loading) on 200 texts, then every text once.
const loadStart = performance.now();
analyze(texts[0]);
const firstCallMs = performance.now() - loadStart;
for (const t of texts.slice(0, 200)) analyze(t);
const bylineMs = timeEach(texts, analyze);
const bylineTotal = bylineMs.reduce((a, b) => a + b, 0);

// compromise parses far slower, so it runs on an evenly spread sample within a time budget, and
// Byline is timed again on exactly that sample.
let compromise = null;
try {
  const nlp = (await import('compromise')).default;
  const extract = (t) => {
    const d = nlp(t);
    return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length;
  };
  for (const t of texts.slice(0, 5)) extract(t);
  const stride = 10;
  const sample = [];
  const ms = [];
  let entities = 0;
  const start = performance.now();
  for (let i = 0; i < texts.length && performance.now() - start < budgetMs; i += stride) {
    const t0 = performance.now();
    entities += extract(texts[i]);
    ms.push(performance.now() - t0);
    sample.push(texts[i]);
  }
  const total = ms.reduce((a, b) => a + b, 0);
  const bylineOnSample = timeEach(sample, analyze).reduce((a, b) => a + b, 0);
  compromise = {
    articles: sample.length,
    bytes: size(sample),
    ms: total,
    mbps: size(sample) / 1e6 / (total / 1000),
    entities,
    bylineMbpsOnSample: size(sample) / 1e6 / (bylineOnSample / 1000),
    msPerArticle: sorted(ms),
  };
} catch (e) {
  compromise = { error: String(e.message ?? e) };
}

function sorted(ms) {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length * 0.5)], p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] };
}

process.stdout.write(
  `${JSON.stringify({
    articles: texts.length,
    bytes: size(texts),
    failures: failures.length,
    failure: failures[0] ?? null,
    firstCallMs,
    byline: { ms: bylineTotal, mbps: size(texts) / 1e6 / (bylineTotal / 1000), msPerArticle: sorted(bylineMs) },
    compromise,
  })}\n`,
);
