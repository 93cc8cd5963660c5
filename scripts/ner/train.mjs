// Trains the recogniser with the runtime's own feature extraction (server/out/core/ner, so run
// `npx tsc -b server` first): the tagger, averaged structured perceptrons over BIO labels decoded
// with Viterbi inside the candidate windows (several shuffles, averaged), and the span typer, a
// multiclass averaged perceptron over the gold names. Writes their sections of server/data/ner.bin.
// usage: node scripts/ner/train.mjs [--dev] [--epochs N] [--runs N] [--train sets] [--data FILE] [--out FILE]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, hasData, held as heldOut, load } from './data.mjs';

if (!hasData()) {
  console.log('train: ../shared/data is absent, nothing to train on');
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { prepare, features, MAX_FEATURES, FEATURE_BITS } = require(join(ROOT, 'server/out/core/ner/features.js'));
const { L, TYPES, viterbi, allowed } = require(join(ROOT, 'server/out/core/ner/model.js'));
const { spanFeatures, MAX_SPAN_FEATURES } = require(join(ROOT, 'server/out/core/ner/typer.js'));
const { NER_FILE, writeData } = await import('./pack.mjs');
// the lexicon the features read: the data file being built (--data FILE: another one)
const DATA_FILE = process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : NER_FILE;
require(join(ROOT, 'server/out/index/ner-data.js')).loadNerData(DATA_FILE);

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const SETTINGS = {
  seed: Number(opt('--seed', 13)),
  epochs: Number(opt('--epochs', 4)),
  runs: Number(opt('--runs', 3)),
  typerEpochs: Number(opt('--typer-epochs', 8)),
  train: opt('--train', 'gum-train,ewt,wikigold,re3d,redocred,btc').split(','),
  // set:copies, each document of the set seen that many times an epoch; gum-train:2,wikigold:2,ewt:2
  // was level with none on the four held-out dev sets (mean micro F1 71.3 vs 71.1, seed noise ±0.5).
  // Recorded only when given, so that the data file's settings stay as they were without it.
  ...(args.includes('--weights') && { weights: opt('--weights') }),
  capsCopies: Number(opt('--caps', 0.15)), // share of documents added again with one line in capitals
  // drop feature rows whose largest quantised weight is below this. 30 (40) keeps the dev F1 of 20
  // with half (a quarter) of the rows and recognize() ~12% faster per BBC pass, but full retrains
  // moved the clusters' hover from 0.90 to 0.86-0.89 and GUM dev by -1.5 to +1.0: kept at 20
  prune: Number(opt('--prune', 20)),
  dropout: Number(opt('--dropout', 0)), // share of a window's feature occurrences hidden in each training step
  typerDropout: Number(opt('--typer-dropout', 0.4)), // share of a name's features hidden in each typer step (0.4 beat 0 on dev by ~0.6 over 3 seeds)
  wordDropout: Number(opt('--word-dropout', 0)), // share of name-like tokens whose identity features are left out
  typerWordDropout: Number(opt('--typer-word-dropout', 0)), // each gold name again with words hidden at this rate
  latentMisc: Number(opt('--latent-misc', 0)), // unmarked names in sets without MISC may be MISC (see encode)
};
console.log('settings', JSON.stringify(SETTINGS));

let seed = SETTINGS.seed;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);

// A copy of the text with one random line in capitals (same length, so spans stay valid).
function capsLine(text) {
  const lines = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) if (i === text.length || text[i] === '\n') (lines.push([s, i]), (s = i + 1));
  const [a, b] = lines[Math.floor(rand() * lines.length)];
  let out = text.slice(0, a);
  for (let i = a; i < b; i++) {
    const u = text[i].toUpperCase();
    out += u.length === 1 ? u : text[i];
  }
  return out + text.slice(b);
}

/**
 * Windows with their features and gold labels (gold names not inside one window count as
 * unreachable), and the reachable gold names with their span features, for the typer.
 */
// free 0: the gold label; 1: O or MISC; 2: anything; 3: anything but inside a name (after a marked name)
const allowedGold = (free, gold, y) => (free === 0 ? y === gold : free === 1 ? y === 0 || y === 7 || y === 8 : free === 2 || y === 0 || (y & 1) === 1);
const isName = (shape) => shape === 1 || shape === 2 || shape === 3 || shape === 4 || shape === 6 || shape === 8 || shape === 10;

function encode(doc, stats) {
  const d = prepare(doc.text);
  const { start, end, n } = d.toks;
  const gold = new Uint8Array(n);
  const byStart = new Map();
  const byEnd = new Map();
  for (let t = 0; t < n; t++) (byStart.set(start[t], t), byEnd.set(end[t], t));
  const win = new Int32Array(n).fill(-1);
  const spans = [];
  for (let w = 0; w < d.nWindows; w++) win.fill(w, d.windows[2 * w], d.windows[2 * w + 1]);
  for (const e of doc.entities) {
    const k = TYPES.indexOf(e.type);
    if (k < 0) continue;
    stats.gold++;
    const a = byStart.get(e.start);
    const b = byEnd.get(e.end);
    if (a === undefined || b === undefined || win[a] < 0 || win[a] !== win[b] || gold.subarray(a, b + 1).some((x) => x)) continue;
    const f = new Int32Array(MAX_SPAN_FEATURES);
    spans.push({ feats: f.slice(0, spanFeatures(d, a, b + 1, f)), y: k });
    // the same name with some words' identity hidden (word dropout): the typer learns from the rest
    if (SETTINGS.typerWordDropout > 0) {
      const hide = (t) => isName(d.toks.shape[t]) && rand() < SETTINGS.typerWordDropout;
      spans.push({ feats: f.slice(0, spanFeatures(d, a, b + 1, f, hide)), y: k });
    }
    gold[a] = 2 * k + 1;
    gold.fill(2 * k + 2, a + 1, b + 1);
    stats.reach++;
  }
  const windows = [];
  const buf = new Int32Array(MAX_FEATURES);
  for (let w = 0; w < d.nWindows; w++) {
    const s = d.windows[2 * w];
    const m = d.windows[2 * w + 1] - s;
    if (doc.ignore?.some((e) => e.start < end[s + m - 1] && start[s] < e.end)) continue;
    const offs = new Int32Array(m + 1);
    const feats = [];
    for (let i = 0; i < m; i++) {
      // word dropout: a name-like word's identity is hidden now and then, so that the context counts
      const k = features(d, s + i, buf, !(SETTINGS.wordDropout > 0 && isName(d.toks.shape[s + i]) && rand() < SETTINGS.wordDropout));
      for (let f = 0; f < k; f++) feats.push(buf[f]);
      offs[i + 1] = feats.length;
    }
    const win = { m, offs, feats: Int32Array.from(feats), gold: gold.slice(s, s + m) };
    if (doc.partial && !win.gold.some((y) => y)) continue; // nothing marked: nothing to learn
    // a set without a MISC type leaves other names unmarked: those tokens may be O or MISC (free 1);
    // in a partially annotated set unmarked tokens may be anything but the continuation of a marked name (free 2)
    if (doc.partial || (doc.noMisc && SETTINGS.latentMisc)) {
      win.free = new Uint8Array(m);
      let any = false;
      for (let i = 0; i < m; i++) if (win.gold[i] === 0 && (doc.partial || isName(d.toks.shape[s + i]))) win.free[i] = any = doc.partial ? (i > 0 && win.gold[i - 1] ? 3 : 2) : 1;
      if (!any) delete win.free;
    }
    windows.push(win);
  }
  return { windows, spans };
}

const SIZE = 2 ** FEATURE_BITS;
const W = new Float32Array(SIZE * L);
const U = new Float32Array(SIZE * L); // sum of c * update, for averaging
const T = new Float32Array(L * L);
const TU = new Float32Array(L * L);
let c = 1;

// transitions with the BIO constraints applied, as the runtime loads them
const masked = (t) => t.map((v, i) => (allowed(Math.floor(i / L), i % L) ? v : -Infinity));

// Feature dropout: during a training step some feature occurrences are hidden (drop[f] = 1), so that
// no single feature (a word's identity above all) carries a decision alone.
let drop = new Uint8Array(1 << 16);
const NO_DROP = new Uint8Array(1 << 16);
function sampleDrop(win) {
  if (drop.length < win.feats.length) drop = new Uint8Array(2 * win.feats.length);
  for (let f = 0; f < win.feats.length; f++) drop[f] = rand() < SETTINGS.dropout ? 1 : 0;
}

function emissions(win, w, dropped = NO_DROP) {
  const emit = new Float32Array(win.m * L);
  for (let i = 0; i < win.m; i++)
    for (let f = win.offs[i]; f < win.offs[i + 1]; f++) {
      if (dropped[f]) continue;
      const base = win.feats[f] * L;
      for (let y = 0; y < L; y++) emit[i * L + y] += w[base + y];
    }
  return emit;
}

function update(win, labels, sign, dropped) {
  let prev = 0;
  for (let i = 0; i <= win.m; i++) {
    const y = i < win.m ? labels[i] : 0;
    T[prev * L + y] += sign;
    TU[prev * L + y] += sign * c;
    prev = y;
    if (i === win.m) break;
    for (let f = win.offs[i]; f < win.offs[i + 1]; f++) {
      if (dropped[f]) continue;
      const j = win.feats[f] * L + y;
      W[j] += sign;
      U[j] += sign * c;
    }
  }
}

function averaged() {
  const w = new Float32Array(SIZE * L);
  for (let i = 0; i < w.length; i++) w[i] = W[i] - U[i] / c;
  const t = new Float32Array(L * L);
  for (let i = 0; i < t.length; i++) t[i] = T[i] - TU[i] / c;
  return { w, t };
}

function score(docs, w, t) {
  const cnt = { tp: 0, fp: 0, fn: 0 };
  const out = new Uint8Array(4096);
  const mt = masked(t);
  for (const doc of docs)
    for (const win of doc) {
      viterbi(emissions(win, w), win.m, mt, out);
      const spans = (labels) => {
        const s = new Set();
        for (let i = 0; i < win.m; i++) {
          if (!(labels[i] & 1) || labels[i] === 7) continue;
          let b = i + 1;
          while (b < win.m && labels[b] === labels[i] + 1) b++;
          s.add(`${i}:${b}:${labels[i]}`);
        }
        return s;
      };
      const g = spans(win.gold);
      const p = spans(out);
      for (const x of p) cnt[g.has(x) ? 'tp' : 'fp']++;
      for (const x of g) if (!p.has(x)) cnt.fn++;
    }
  const p = cnt.tp / (cnt.tp + cnt.fp || 1);
  const r = cnt.tp / (cnt.tp + cnt.fn || 1);
  return (2 * p * r) / (p + r || 1);
}

// --dev: report window F1 on GUM dev plus every fourth GUM train, EWT and wikigold document, held
// out of training (scripts/ner/eval.mjs --sets dev-gum,dev-ewt,dev-wikigold scores them).
const DEV = args.includes('--dev');
const held = (name, i) => DEV && heldOut(name, i);
const stats = { gold: 0, reach: 0 };
const copies = (name) => Number((SETTINGS.weights ?? '').split(',').find((w) => w.startsWith(`${name}:`))?.split(':')[1] ?? 1);
const train = [];
const dev = DEV ? load('gum-dev').map((d) => encode(d, { gold: 0, reach: 0 })) : [];
const devSpans = dev.flatMap((x) => x.spans);
for (const name of SETTINGS.train) {
  load(name).forEach((doc, i) => {
    if (name === 'ewt') doc.noMisc = true; // (btc documents come marked)
    if (held(name, i)) {
      const x = encode(doc, { gold: 0, reach: 0 });
      dev.push(x);
      return void devSpans.push(...x.spans);
    }
    const x = encode(doc, stats);
    for (let k = 0; k < copies(name); k++) train.push(x);
    if (rand() < SETTINGS.capsCopies) train.push(encode({ ...doc, text: capsLine(doc.text) }, { gold: 0, reach: 0 }));
  });
}
console.log(`train: ${train.length} documents, ${stats.reach}/${stats.gold} gold names reachable`);
const trainSpans = train.flatMap((x) => x.spans);
for (let i = 0; i < train.length; i++) train[i] = train[i].windows;
for (let i = 0; i < dev.length; i++) dev[i] = dev[i].windows;

// --tagger-from FILE: take the tagger from an earlier data file (trained with the same
// settings and data) and train only the typer: for quick typer experiments.
const TAGGER_FROM = opt('--tagger-from', '');
if (TAGGER_FROM) SETTINGS.runs = 0;
const pred = new Uint8Array(1 << 16);
const latent = new Uint8Array(1 << 16);
// Several perceptrons over different shuffles, their averaged weights averaged again (less variance).
const sumW = SETTINGS.runs > 1 ? new Float32Array(SIZE * L) : null;
const sumT = new Float32Array(L * L);
for (let run = 1; run <= SETTINGS.runs; run++) {
  W.fill(0);
  U.fill(0);
  T.fill(0);
  TU.fill(0);
  c = 1;
  let maskedT = masked(T);
  for (let epoch = 1; epoch <= SETTINGS.epochs; epoch++) {
    const order = train.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const i of order)
      for (const win of train[i]) {
        const dropped = SETTINGS.dropout > 0 ? (sampleDrop(win), drop) : NO_DROP;
        const emit = emissions(win, W, dropped);
        viterbi(emit, win.m, maskedT, pred);
        let gold = win.gold;
        if (win.free) {
          // the best labelling the annotation allows (see allowedGold)
          for (let k = 0; k < win.m; k++)
            for (let y = 0; y < L; y++) if (!allowedGold(win.free[k], win.gold[k], y)) emit[k * L + y] = -1e30;
          viterbi(emit, win.m, maskedT, latent);
          gold = latent;
        }
        let same = true;
        for (let k = 0; k < win.m; k++) if (pred[k] !== gold[k]) same = false;
        if (!same) {
          errors++;
          update(win, gold, 1, dropped);
          update(win, pred, -1, dropped);
          maskedT = masked(T);
        }
        c++;
      }
    let line = `run ${run} epoch ${epoch}: ${errors} window errors`;
    if (dev.length && epoch === SETTINGS.epochs) {
      const { w, t } = averaged();
      line += `, dev window F1 (PER/ORG/LOC) ${(100 * score(dev, w, t)).toFixed(1)}`;
    }
    console.log(line);
  }
  if (!sumW) break;
  const { w, t } = averaged();
  for (let i = 0; i < w.length; i++) sumW[i] += w[i] / SETTINGS.runs;
  for (let i = 0; i < t.length; i++) sumT[i] += t[i] / SETTINGS.runs;
}
if (sumW && dev.length && !TAGGER_FROM) console.log(`all runs: dev window F1 (PER/ORG/LOC) ${(100 * score(dev, sumW, sumT)).toFixed(1)}`);

// The span typer: a multiclass averaged perceptron over the gold names' span features.
const K = TYPES.length;
function trainTyper() {
  const tw = new Float32Array(SIZE * K);
  const tu = new Float32Array(SIZE * K);
  let tc = 1;
  const scores = new Float32Array(K);
  const predict = (x, w) => {
    scores.fill(0);
    for (const f of x.feats) for (let y = 0; y < K; y++) scores[y] += w[f * K + y];
    let best = 0;
    for (let y = 1; y < K; y++) if (scores[y] > scores[best]) best = y;
    return best;
  };
  const order = trainSpans.map((_, i) => i);
  for (let epoch = 1; epoch <= SETTINGS.typerEpochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const i of order) {
      const full = trainSpans[i];
      const x = SETTINGS.typerDropout > 0 ? { y: full.y, feats: full.feats.filter(() => rand() >= SETTINGS.typerDropout) } : full;
      const p = predict(x, tw);
      if (p !== x.y) {
        errors++;
        for (const f of x.feats) {
          tw[f * K + x.y]++;
          tu[f * K + x.y] += tc;
          tw[f * K + p]--;
          tu[f * K + p] -= tc;
        }
      }
      tc++;
    }
    console.log(`typer epoch ${epoch}: ${errors}/${trainSpans.length} errors`);
  }
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / tc;
  if (devSpans.length) {
    const ok = devSpans.filter((x) => predict(x, tw) === x.y).length;
    console.log(`typer: dev gold names typed right ${((100 * ok) / devSpans.length).toFixed(1)}%`);
  }
  return tw;
}

/** Bytes of the table format model.ts reads; rows whose largest int8 weight is below SETTINGS.prune are dropped. */
function pack(w, t, labels) {
  const abs = [];
  for (let i = 0; i < w.length; i += 97) if (w[i]) abs.push(Math.abs(w[i]));
  abs.sort((a, b) => a - b);
  const scale = (abs[Math.floor(abs.length * 0.999)] || 1) / 127;
  const bytes = [];
  const uint = (v) => {
    while (v >= 128) (bytes.push((v % 128) | 128), (v = Math.floor(v / 128)));
    bytes.push(v);
  };
  const float = (x) => uint(Math.round((x + 1e6) * 1000));
  const rows = [];
  for (let f = 0; f < SIZE; f++) {
    let max = 0;
    for (let y = 0; y < labels; y++) max = Math.max(max, Math.abs(w[f * labels + y]) / scale);
    if (max >= SETTINGS.prune) rows.push(f);
  }
  uint(labels);
  uint(rows.length);
  float(scale);
  for (let i = 0; i < labels * labels; i++) float(t && allowed(Math.floor(i / L), i % L) ? t[i] : 0);
  let last = 0;
  for (const f of rows) {
    uint(f - last);
    last = f;
    let mask = 0;
    const q = [];
    for (let y = 0; y < labels; y++) {
      const v = Math.max(-127, Math.min(127, Math.round(w[f * labels + y] / scale)));
      if (v) (mask |= 1 << y), q.push(v & 255);
    }
    uint(mask);
    for (const b of q) bytes.push(b);
  }
  console.log(`${labels} labels: ${rows.length} feature rows`);
  return Uint8Array.from(bytes);
}

const tagger = sumW ? { w: sumW, t: sumT } : averaged();
// --out FILE: a copy of the data file with this model in it (experiments), instead of the data file itself
const sections = { typer: pack(trainTyper(), null, K) };
if (!TAGGER_FROM) sections.tagger = pack(tagger.w, tagger.t, L);
writeData(sections, { step: 'model', settings: SETTINGS }, opt('--out', DATA_FILE), TAGGER_FROM || DATA_FILE);
