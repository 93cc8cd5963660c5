// Byline benchmark: measures the real language server over stdio on the BBC articles and on a
// ten-times corpus built from them, and prints a table (operation, size, p50, p99, throughput,
// RSS) with the targets of issue 6. Timings are printed, never asserted.
//
//   npm run bench                      100, 1,000, 2,225, 10,000 and 22,250 articles (≤ 10 min)
//   npm run bench -- --quick           100 and 1,000 articles only
//   npm run bench -- --sizes 2225,22250
//   npm run bench -- --profile 22250   one size with the server under --cpu-prof and --heap-prof,
//                                      then the top functions by self time and by retained bytes
//   npm run bench -- --out /tmp/bench-latest.txt   also write the report there (updated as it goes)
//   --keep keeps the temporary corpus; --data DIR points elsewhere than ../shared/data/bbc
//
// Needs `npm run build` first (it runs server/out/server.js).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpora, readBbc } from './corpus.mjs';
import { fileUri, LspClient } from './lsp.mjs';
import { cpuSummary, formatCpu, formatHeap, heapSummary } from './profile.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The server is run from a copy of server/out taken at the start, so that a rebuild by someone
// else during the run cannot change or break what is measured.
let SERVER = join(ROOT, 'server/out/server.js');
let ANALYZE = join(ROOT, 'server/out/core/analyze.js');

// --- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
};
const quick = flag('--quick');
const profileSize = flag('--profile') ? Number(option('--profile', 22250)) || 22250 : null;
const DATA = resolve(ROOT, option('--data', '../shared/data/bbc'));
const OUT = option('--out', null);
const REQUESTS = Number(option('--requests', 300));
const EDITS = Number(option('--edits', 100));
const BUDGET_MS = Number(option('--budget', 570)) * 1000; // the whole run, with room under 10 min
const SIZES = option('--sizes', null)?.split(',').map(Number) ?? (profileSize ? [profileSize] : quick ? [100, 1000] : [100, 1000, 2225, 10000, 22250]);
const started = performance.now();
const left = () => BUDGET_MS - (performance.now() - started);

const TARGETS = {
  cold: (size) => (size === 2225 ? 2000 : size === 22250 ? 15000 : null),
  warm: (size) => (size === 22250 ? 3000 : null),
  request: (size) => (size === 22250 ? { p50: 2, p99: 10 } : null),
  edit: (size) => (size === 22250 ? { p99: 50 } : null),
  rss: (size) => (size === 22250 ? 1024 * 1048576 : null),
  mbpsPerCore: 5,
};

// --- the report: rows are added as measurements finish; the file is rewritten each time
const rows = [];
const notes = [];
let machine = '';
let reference = null;
const profiles = [];

const fmtMs = (ms) => (ms == null || Number.isNaN(ms) ? '-' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const fmtMB = (b) => (b == null || Number.isNaN(b) ? '-' : `${(b / 1048576).toFixed(0)} MB`);
const pct = (list, q) => {
  if (!list.length) return NaN;
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
};

function add(row) {
  rows.push(row);
  const line = [row.op, row.size, row.n ?? '', row.first != null ? fmtMs(row.first) : '', fmtMs(row.p50), fmtMs(row.p99), row.throughput ?? '', fmtMB(row.rss), row.target ?? '', row.verdict ?? ''];
  process.stderr.write(`  ${line.filter((x) => x !== '').join(' · ')}\n`);
  writeReport();
}

function table() {
  const head = ['operation', 'size', 'n', 'first', 'p50', 'p99', 'throughput', 'RSS', 'target', 'verdict'];
  const body = rows.map((r) => [r.op, r.size.toLocaleString('en'), String(r.n ?? 1), r.first != null ? fmtMs(r.first) : '', r.bytes ? '-' : fmtMs(r.p50), fmtMs(r.p99), r.throughput ?? '', fmtMB(r.rss), r.target ?? '', r.verdict ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

/** Each operation across sizes, so a reader sees which stay flat. */
function growth() {
  const measured = rows.filter((r) => !r.reference);
  const ops = [...new Set(measured.map((r) => r.op))];
  const sizes = [...new Set(measured.map((r) => r.size))].sort((a, b) => a - b);
  if (sizes.length < 2) return '';
  const head = ['p50 by size', ...sizes.map((s) => s.toLocaleString('en')), 'growth'];
  const body = ops.map((op) => {
    const vals = sizes.map((s) => {
      const r = measured.find((x) => x.op === op && x.size === s);
      return r ? (r.g ?? r.p50) : null;
    });
    const fmt = measured.find((x) => x.op === op)?.gfmt ?? fmtMs;
    const known = vals.map((v, i) => [v, sizes[i]]).filter(([v]) => v != null && !Number.isNaN(v));
    let verdict = '';
    if (known.length >= 2) {
      const [[v0, s0], [v1, s1]] = [known[0], known[known.length - 1]];
      // Exponent k of time ∝ size^k between the smallest and largest size measured.
      const k = Math.log(Math.max(v1, 0.01) / Math.max(v0, 0.01)) / Math.log(s1 / s0);
      verdict = `${(v1 / v0).toFixed(1)}× for ${(s1 / s0).toFixed(0)}× articles (${k < -0.15 ? 'falling' : k < 0.15 ? 'flat' : k < 0.6 ? 'sublinear' : k < 1.2 ? 'linear' : 'superlinear'})`;
    }
    return [op, ...vals.map((v) => (v == null ? '' : fmt(v))), verdict];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [fmt(head), ...body.map(fmt)].join('\n');
}

function report(final = false) {
  const parts = [`Byline benchmark — ${new Date().toISOString()}${final ? '' : ' (in progress)'}`, machine, '', table()];
  const g = growth();
  if (g) parts.push('', 'Growth (p50 of each operation by corpus size; throughput rows show the throughput):', g);
  if (reference) parts.push('', reference);
  if (notes.length) parts.push('', 'Notes:', ...notes.map((n) => `- ${n}`));
  for (const p of profiles) parts.push('', p);
  return `${parts.join('\n')}\n`;
}

function writeReport(final = false) {
  if (OUT) writeFileSync(OUT, report(final));
}

/** Busy CPU seconds of the whole machine (all processes), from /proc/stat. */
function machineBusy() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / 100;
  } catch {
    return NaN;
  }
}

/** Starts a window; its end() says how much CPU other processes (not the server, not this script) took. */
function cpuWindow(client) {
  const m0 = machineBusy();
  const s0 = client.cpuSeconds();
  const b0 = process.cpuUsage();
  const t0 = performance.now();
  return () => {
    const b = process.cpuUsage(b0);
    const wall = (performance.now() - t0) / 1000;
    const others = Math.max(0, machineBusy() - m0 - (client.cpuSeconds() - s0) - (b.user + b.system) / 1e6);
    return { others, share: others / (wall * cpus().length) };
  };
}
const busy = (w) => (Number.isNaN(w.others) ? '' : `others ${(w.share * 100).toFixed(0)}%`);

const verdict = (ok) => (ok == null ? '' : ok ? 'ok' : 'MISSED');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --- measurements through the server

/** Starts a server on `folder` and waits until every article is analysed and diagnostics are flushed. */
async function start(folder, cacheDir, expected, nodeArgs = []) {
  const client = new LspClient(SERVER, { nodeArgs, cwd: ROOT });
  try {
    const init = await client.request('initialize', initializeParams(folder, cacheDir), 30000);
    if (!init.result?.capabilities) throw new Error('initialize returned no capabilities');
    const cpu0 = client.cpuSeconds();
    const window = cpuWindow(client);
    const done = client.waitFor('byline/status', (p) => !p.indexing, Math.max(30000, Math.min(left(), 240000)));
    const t0 = performance.now();
    client.notify('initialized', {});
    const status = await done;
    const cpu = client.cpuSeconds() - cpu0;
    const contention = window();
    // The diagnostics flush is debounced after the status: wait past it, then a request answered
    // after it, then until publishing goes quiet. Cold start ends at the last diagnostics.
    await sleep(100);
    await ping(client);
    await quiet(client, 150);
    const end = Math.max(status.at, client.lastDiagnosticsAt);
    if (status.params.total !== expected) notes.push(`server saw ${status.params.total} articles where ${expected} were written (${folder})`);
    return { client, ms: end - t0, statusMs: status.at - t0, cpu, contention, status: status.params, wallToStatus: (status.at - t0) / 1000 };
  } catch (e) {
    client.kill();
    e.message = `${e.message}${client.stderr ? `\nserver stderr: ${client.stderr.slice(-2000)}` : ''}`;
    throw e;
  }
}

function initializeParams(folder, cacheDir) {
  return {
    processId: process.pid,
    rootUri: fileUri(folder),
    workspaceFolders: [{ uri: fileUri(folder), name: 'bench' }],
    initializationOptions: { cacheDir },
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
  };
}

const ping = (client) => client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nonexistent/ping.txt' } }, 60000);

async function quiet(client, ms, timeoutMs = 60000) {
  const until = performance.now() + timeoutMs;
  let seen = client.diagnosticsCount;
  for (;;) {
    await sleep(ms);
    if (client.diagnosticsCount === seen || performance.now() > until) return;
    seen = client.diagnosticsCount;
  }
}

/** Waits until the server has written its cache file (it saves after indexing, asynchronously). */
async function cacheSaved(dir, timeoutMs) {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const names = existsSync(dir) ? readdirSync(dir) : [];
    if (names.some((n) => /^analyses-.*\.jsonl$/.test(n)) && !names.some((n) => n.endsWith('.tmp'))) return performance.now() - t0;
    await sleep(25);
  }
  return null;
}

/** Sends `count` requests one after another (within a time budget); returns latencies. */
async function sample(client, count, budgetMs, make) {
  const ms = [];
  let last = null;
  const window = cpuWindow(client);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    if (i >= 5 && performance.now() - t0 > budgetMs) break;
    const [method, params] = make(i);
    const r = await client.request(method, params, 30000);
    ms.push(r.ms);
    last = r;
  }
  return { ms, last, wall: performance.now() - t0, contention: window() };
}

function requestRow(op, size, s, rss, extra = '') {
  const t = TARGETS.request(size);
  const p50 = pct(s.ms, 0.5);
  const p99 = pct(s.ms, 0.99);
  add({
    op,
    size,
    n: s.ms.length,
    first: s.ms[0],
    p50,
    p99,
    throughput: `${(s.ms.length / (s.wall / 1000)).toFixed(0)} req/s${extra}, ${busy(s.contention)}`,
    rss,
    target: t ? `p50≤${t.p50} p99≤${t.p99} ms` : '',
    verdict: t ? verdict(p50 <= t.p50 && p99 <= t.p99) : '',
  });
}

async function runSize(size, corpus, nodeArgs = []) {
  const folder = corpus.folders.get(size);
  const files = corpus.files.get(size);
  const bytes = corpus.bytes.get(size);
  const cacheDir = mkdtempSync(join(corpus.dir, `cache-${size}-`));
  process.stderr.write(`\n${size.toLocaleString('en')} articles (${(bytes / 1e6).toFixed(1)} MB) in ${folder}\n`);

  // Cold start, persistent cache empty.
  const cold = await start(folder, cacheDir, size, nodeArgs);
  const { client } = cold;
  try {
    const mem0 = client.memory();
    const t = TARGETS.cold(size);
    add({ op: 'cold start', size, p50: cold.ms, throughput: `${(bytes / 1e6 / (cold.ms / 1000)).toFixed(2)} MB/s, ${busy(cold.contention)}`, rss: mem0.rss, target: t ? `≤ ${fmtMs(t)}` : '', verdict: t ? verdict(cold.ms <= t) : '' });
    const perCore = bytes / 1e6 / cold.cpu;
    add({
      op: 'analysis per core (server)',
      size,
      throughput: `${perCore.toFixed(2)} MB/s·core`,
      target: `≥ ${TARGETS.mbpsPerCore} MB/s·core`,
      verdict: verdict(perCore >= TARGETS.mbpsPerCore),
      rss: mem0.hwm,
      p50: null,
      g: perCore,
      gfmt: (v) => `${v.toFixed(2)} MB/s`,
    });
    const ratio = cold.cpu / cold.wallToStatus;
    add({ op: 'cores used (CPU/wall)', size, throughput: `${ratio.toFixed(2)} (${cold.cpu.toFixed(1)} CPU s / ${cold.wallToStatus.toFixed(1)} s), ${busy(cold.contention)}`, target: '> 1', verdict: verdict(ratio > 1), p50: null, g: ratio, gfmt: (v) => v.toFixed(2) });
    const diagUris = [...client.diagnostics].filter(([, d]) => d.diagnostics.length);
    notes.push(`${size.toLocaleString('en')}: status ${cold.status.indexed}/${cold.status.total} indexed, ${cold.status.contradictions} contradictions, ${diagUris.length} articles with diagnostics; status at ${fmtMs(cold.statusMs)}, last diagnostics at ${fmtMs(cold.ms)}`);

    const saved = await cacheSaved(cacheDir, Math.min(120000, Math.max(10000, left() - 60000)));
    if (saved == null) notes.push(`${size.toLocaleString('en')}: the persistent cache was not written within the time allowed`);
    else add({ op: 'cache save (after status)', size, p50: saved, rss: client.memory().rss });

    // Requests. The budget per operation shrinks when the run is late.
    const opBudget = () => Math.max(2000, Math.min(12000, (left() - 90000) / 12));
    const ents = await client.request('byline/entities', null, 60000);
    const entities = ents.result.entities;
    add({ op: 'byline/entities', size, n: 1, p50: ents.ms, throughput: `${entities.length} entities, ${(ents.bytes / 1e6).toFixed(1)} MB`, rss: client.memory().rss });
    const top = entities.filter((e) => ['person', 'place', 'organization'].includes(e.type)).sort((a, b) => b.mentions - a.mentions);
    let target = null;
    for (const e of top.slice(0, 5)) {
      const r = await client.request('workspace/symbol', { query: e.name }, 60000);
      const hit = r.result?.find((s) => s.name === e.name);
      if (hit) {
        target = { entity: e, location: hit.location };
        break;
      }
    }
    const uris = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / REQUESTS)) === 0).map(fileUri);
    if (target) {
      const { entity, location } = target;
      const pos = location.range.start;
      const at = { textDocument: { uri: location.uri }, position: pos };
      const label = `${entity.name} (${entity.type}, ${entity.mentions} mentions in ${entity.articles} articles)`;
      notes.push(`${size.toLocaleString('en')}: hover, definition and references on ${label}`);
      const hov = await sample(client, REQUESTS, opBudget(), () => ['textDocument/hover', at]);
      if (!hov.last.result) notes.push(`${size}: hover at the entity position returned nothing`);
      requestRow('hover (top entity)', size, hov, client.memory().rss);
      requestRow('definition', size, await sample(client, REQUESTS, opBudget(), () => ['textDocument/definition', at]), client.memory().rss);
      const refs = await sample(client, REQUESTS, opBudget(), () => ['textDocument/references', { ...at, context: { includeDeclaration: true } }]);
      requestRow('references', size, refs, client.memory().rss, `, ${refs.last.result?.length ?? 0} locations, ${(refs.last.bytes / 1e6).toFixed(2)} MB`);
    } else notes.push(`${size.toLocaleString('en')}: no entity position found for hover/definition/references`);
    requestRow('document symbols', size, await sample(client, REQUESTS, opBudget(), (i) => ['textDocument/documentSymbol', { textDocument: { uri: uris[i % uris.length] } }]), client.memory().rss);
    const queries = [...new Set(top.slice(0, 60).flatMap((e) => [e.name.slice(0, 3).toLowerCase(), e.name.toLowerCase()]))];
    queries.push('zq', 'a', 'minister');
    requestRow('workspace symbols', size, await sample(client, REQUESTS, opBudget(), (i) => ['workspace/symbol', { query: queries[i % queries.length] }]), client.memory().rss);

    await edits(client, size, diagUris, files, target, opBudget);

    const mem = client.memory();
    const tr = TARGETS.rss(size);
    add({ op: 'server RSS', size, p50: null, rss: mem.rss, throughput: `peak ${fmtMB(mem.hwm)}`, target: tr ? `≤ ${fmtMB(tr)}` : '', verdict: tr ? verdict(mem.rss <= tr && mem.hwm <= tr) : '', g: mem.rss, gfmt: fmtMB });
  } finally {
    await client.stop();
  }

  // Warm start: the same cache folder, a new server.
  if (left() < 60000) return notes.push(`${size}: warm start skipped (time budget)`);
  const warm = await start(folder, cacheDir, size, nodeArgs);
  try {
    const mem = warm.client.memory();
    const t = TARGETS.warm(size);
    add({ op: 'warm start (cache)', size, p50: warm.ms, throughput: `${(bytes / 1e6 / (warm.ms / 1000)).toFixed(1)} MB/s, ${busy(warm.contention)}`, rss: mem.rss, target: t ? `≤ ${fmtMs(t)}` : '', verdict: t ? verdict(warm.ms <= t) : '' });
  } finally {
    await warm.client.stop();
  }
}

/** didOpen, then didChange in one article: time until its diagnostics are published again. */
async function edits(client, size, diagUris, files, target, opBudget) {
  // An article with diagnostics: inserting or removing a line at the top moves them, so every
  // edit must publish a new set. Without one, the time to a request answered after the edit.
  const withDiags = diagUris.sort((a, b) => b[1].diagnostics.length - a[1].diagnostics.length)[0]?.[0];
  const uri = withDiags ?? fileUri(files[0]);
  const text = readFileSync(fileURLToPath(uri), 'utf8');
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  await sleep(100);
  await ping(client);
  await quiet(client, 100);
  const ms = [];
  const published = [];
  const cpu0 = client.cpuSeconds();
  const window = cpuWindow(client);
  let version = 1;
  const t0 = performance.now();
  const budget = opBudget();
  for (let i = 0; i < EDITS && (i < 5 || performance.now() - t0 < budget); i++) {
    const insert = i % 2 === 0;
    const change = insert ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' } : { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' };
    const count = client.diagnosticsCount;
    const wait = withDiags ? client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 10000) : null;
    const s = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    const end = wait ? (await wait).at : (await ping(client)) && performance.now();
    ms.push(end - s);
    await quiet(client, 20);
    published.push(client.diagnosticsCount - count);
  }
  const cpu = client.cpuSeconds() - cpu0;
  const contention = window();
  const t = TARGETS.edit(size);
  const p99 = pct(ms, 0.99);
  add({
    op: withDiags ? 'didChange → diagnostics' : 'didChange → next answer',
    size,
    n: ms.length,
    first: ms[0],
    p50: pct(ms, 0.5),
    p99,
    throughput: `${((cpu * 1000) / ms.length).toFixed(1)} CPU ms/edit, ${(published.reduce((a, b) => a + b, 0) / published.length).toFixed(1)} uris published/edit, ${busy(contention)}`,
    rss: client.memory().rss,
    target: t ? `p99 ≤ ${t.p99} ms` : '',
    verdict: t && withDiags ? verdict(p99 <= t.p99) : '',
  });
  if (target) {
    // The first hover after an edit: the index answers after its per-change caches are rebuilt.
    const at = { textDocument: { uri: target.location.uri }, position: target.location.range.start };
    const hov = [];
    const h0 = performance.now();
    for (let i = 0; i < 20 && (i < 3 || performance.now() - h0 < budget / 2); i++) {
      const change = i % 2 === 0 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' } : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' };
      client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
      hov.push((await client.request('textDocument/hover', at, 30000)).ms);
    }
    const tr = TARGETS.request(size);
    add({ op: 'hover after an edit', size, n: hov.length, first: hov[0], p50: pct(hov, 0.5), p99: pct(hov, 0.99), throughput: 'didChange, then hover', rss: client.memory().rss, target: tr ? `p50≤${tr.p50} p99≤${tr.p99} ms` : '', verdict: tr ? verdict(pct(hov, 0.5) <= tr.p50 && pct(hov, 0.99) <= tr.p99) : '' });
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  await sleep(50);
  await ping(client);
}

// --- main
async function main() {
  if (!existsSync(DATA)) {
    console.log(`Benchmark skipped: ${DATA} is absent (the BBC articles live in ../shared/data/bbc next to the project).`);
    return;
  }
  if (!existsSync(SERVER)) {
    console.log('Benchmark skipped: server/out/server.js is missing; run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const cpuModel = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? 'unknown';
  machine = `Machine: ${cpuModel}, ${cpus().length} cores, ${fmtMB(totalmem())} RAM (${fmtMB(freemem())} free), Node ${process.version}, ${process.platform}`;
  console.error(machine);

  const articles = readBbc(DATA);
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
  const built = new Date(statSync(SERVER).mtimeMs).toISOString().replace(/\.\d+Z$/, 'Z');
  cpSync(join(ROOT, 'server/out'), join(dir, 'snapshot/server/out'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'snapshot/node_modules'));
  SERVER = join(dir, 'snapshot/server/out/server.js');
  ANALYZE = join(dir, 'snapshot/server/out/core/analyze.js');
  machine += `\nServer: server/out built ${built}, copied at the start of the run. Load average at start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; "others N%" = share of the machine's CPU that other processes took during that measurement (the numbers are only clean near 0%).`;
  const cleanup = () => {
    if (!flag('--keep')) rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', () => {
    for (const c of LspClient.live) c.kill();
  });
  const onSignal = () => {
    for (const c of LspClient.live) c.kill();
    cleanup();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const sizes = SIZES.filter((s) => s <= articles.length * 10);
    const t0 = performance.now();
    const corpus = { ...buildCorpora(articles, dir, sizes, Math.ceil(Math.max(...sizes) / articles.length)), dir };
    console.error(`corpora written in ${fmtMs(performance.now() - t0)} to ${dir}`);

    // The in-process reference first, on an otherwise idle machine.
    if (!profileSize) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/reference.mjs'), DATA, ANALYZE, String(quick ? 8000 : 20000)], { encoding: 'utf8', timeout: 120000, cwd: ROOT });
      if (r.status !== 0) notes.push(`reference measurement failed: ${(r.stderr || r.error?.message || '').slice(0, 500)}`);
      else {
        const ref = JSON.parse(r.stdout.trim().split('\n').pop());
        const mbps = ref.byline.mbps;
        add({ op: 'analyze() in-process, 1 core', size: ref.articles, n: ref.articles, p50: ref.byline.msPerArticle.p50, p99: ref.byline.msPerArticle.p99, throughput: `${mbps.toFixed(2)} MB/s`, target: `≥ ${TARGETS.mbpsPerCore} MB/s`, verdict: verdict(mbps >= TARGETS.mbpsPerCore), reference: true });
        const c = ref.compromise;
        if (c.error) notes.push(`compromise: ${c.error}`);
        else {
          add({ op: 'compromise people/places/orgs, 1 core', size: c.articles, n: c.articles, p50: c.msPerArticle.p50, p99: c.msPerArticle.p99, throughput: `${c.mbps.toFixed(3)} MB/s`, target: 'reference', verdict: '', reference: true });
          reference = `Reference (same run, one core, BBC texts): Byline analyze() ${mbps.toFixed(2)} MB/s over all ${ref.articles} articles (${(ref.bytes / 1e6).toFixed(1)} MB; first call incl. loading ${fmtMs(ref.firstCallMs)}); compromise nlp(text).people()/places()/organizations() ${c.mbps.toFixed(3)} MB/s on every 10th article (${c.articles} articles, ${(c.bytes / 1e6).toFixed(2)} MB, ${c.entities} entities), where Byline's full analysis runs at ${c.bylineMbpsOnSample.toFixed(2)} MB/s: ${(c.bylineMbpsOnSample / c.mbps).toFixed(0)}× compromise.`;
        }
      }
    }

    for (const size of sizes) {
      if (left() < 45000) {
        notes.push(`${size.toLocaleString('en')}: skipped, the run's time budget is spent`);
        continue;
      }
      let nodeArgs = [];
      let profDir = null;
      if (profileSize === size) {
        profDir = mkdtempSync(join(dir, 'prof-'));
        nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--heap-prof', `--heap-prof-dir=${profDir}`];
      }
      try {
        await runSize(size, corpus, nodeArgs);
      } catch (e) {
        notes.push(`${size.toLocaleString('en')}: stopped by an error: ${e.message}`);
        console.error(e);
      }
      if (profDir) summarizeProfiles(profDir);
    }
  } finally {
    process.stdout.write(`\n${report(true)}`);
    writeReport(true);
    cleanup();
  }
}

function summarizeProfiles(profDir) {
  const files = readdirSync(profDir).sort();
  // Node writes one profile per thread per process (cold run, then warm run).
  for (const f of files) {
    try {
      const path = join(profDir, f);
      const label = `${f}`;
      if (f.endsWith('.cpuprofile')) {
        const s = cpuSummary(path, 18);
        if (s.total > 200) profiles.push(formatCpu(`CPU profile ${label}`, s));
      } else if (f.endsWith('.heapprofile')) {
        const s = heapSummary(path, 15);
        if (s.total > 8 * 1048576) profiles.push(formatHeap(`Heap profile ${label}`, s));
      }
    } catch (e) {
      profiles.push(`${f}: unreadable (${e.message})`);
    }
  }
  if (!files.length) profiles.push('No profiles were written (the server must exit normally).');
}

await main();
