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
//   --keep keeps the temporary corpus; --data DIR points elsewhere than ../shared/data/bbc;
//   --no-reference skips the in-process analyze()/compromise measurement; --budget SECONDS
//   (default 540), --requests N (300), --edits N (100). See scripts/bench/README.md.
//
// Needs `npm run build` first (it runs server/out/server.js).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpora, readBbc } from './corpus.mjs';
import { fileUri, LspClient, TimeoutError } from './lsp.mjs';
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
const BUDGET_MS = Number(option('--budget', 540)) * 1000; // the whole run, with room under 10 min
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
/** Phases of the run as windows of the monotonic clock in µs, to cut the server's CPU profiles. */
const phases = [];
const HR0 = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
const phase = (name, fromMs, toMs) => phases.push({ name, from: HR0 + fromMs * 1000, to: HR0 + toMs * 1000 });

const fmtMs = (ms) => (ms == null || Number.isNaN(ms) ? '-' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const fmtMB = (b) => (b == null || Number.isNaN(b) ? '-' : `${(b / 1048576).toFixed(0)} MB`);
const pct = (list, q) => {
  if (!list.length) return NaN;
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
};

function add(row) {
  rows.push(row);
  const line = [row.op, row.size, row.n ?? '', row.first != null ? fmtMs(row.first) : '', fmtMs(row.p50), fmtMs(row.p99), row.throughput ?? '', fmtMB(row.rss), row.target ?? '', row.verdict ?? '', row.others ? `others ${busy(row.others)}` : ''];
  process.stderr.write(`  ${line.filter((x) => x !== '').join(' · ')}\n`);
  writeReport();
}

function table() {
  const head = ['operation', 'size', 'n', 'first', 'p50', 'p99', 'RSS', 'target', 'verdict', 'others', 'throughput'];
  const body = rows.map((r) => [r.op, r.size.toLocaleString('en'), String(r.n ?? 1), r.first != null ? fmtMs(r.first) : '', `${r.bound ?? ''}${fmtMs(r.p50)}`, fmtMs(r.p99), fmtMB(r.rss), r.target ?? '', r.verdict ?? '', busy(r.others), r.throughput ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
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
      verdict = `${(Math.max(v1, 0.01) / Math.max(v0, 0.01)).toFixed(1)}× for ${(s1 / s0).toFixed(0)}× articles (${k < -0.15 ? 'falling' : k < 0.15 ? 'flat' : k < 0.6 ? 'sublinear' : k < 1.2 ? 'linear' : 'superlinear'})`;
    }
    const bounds = sizes.map((sz) => measured.find((x) => x.op === op && x.size === sz)?.bound ?? '');
    return [op, ...vals.map((v, i) => (v == null ? '' : `${bounds[i]}${fmt(v)}`)), verdict];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [fmt(head), ...body.map(fmt)].join('\n');
}

function report(final = false) {
  const parts = [`Byline benchmark — ${new Date().toISOString()}${final ? '' : ' (in progress)'}`, machine, '', table()];
  const judged = rows.filter((r) => r.verdict);
  if (judged.length) {
    const value = (r) => (r.reference ? r.throughput : r.op === 'server RSS' ? `${fmtMB(r.rss)}, ${r.throughput}` : r.p50 != null && !r.gfmt ? `${r.bound ?? ''}${fmtMs(r.p50)}${r.p99 != null && !Number.isNaN(r.p99) && r.n > 1 ? ` / p99 ${fmtMs(r.p99)}` : ''}` : r.gfmt ? r.gfmt(r.g) : r.throughput);
    const lines = judged.map((r) => [`${r.op} @ ${r.size.toLocaleString('en')}`, r.target, value(r), r.verdict]);
    const w = [0, 1, 2].map((i) => Math.max(...lines.map((l) => String(l[i]).length)));
    parts.push('', 'Targets:', ...lines.map((l) => `  ${l[0].padEnd(w[0])}  ${String(l[1]).padEnd(w[1])}  ${String(l[2]).padEnd(w[2])}  ${l[3]}`));
  }
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
const busy = (w) => (!w || Number.isNaN(w.others) ? '' : `${(w.share * 100).toFixed(0)}%`);

const verdict = (ok) => (ok == null ? '' : ok ? 'ok' : 'MISSED');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --- measurements through the server

/**
 * Starts a server on `folder` and waits, at most `capMs`, until every article is analysed and the
 * diagnostics are flushed. On a timeout the server is left running and `timedOut` names the phase.
 */
async function start(folder, cacheDir, expected, nodeArgs, capMs, label = 'cold start') {
  const client = new LspClient(SERVER, { nodeArgs, cwd: ROOT });
  try {
    const init = await client.initialize(folder, { cacheDir }, 30000);
    if (!init.result?.capabilities) throw new Error('initialize returned no capabilities');
    const cpu0 = client.cpuSeconds();
    const threads0 = client.threadCpu();
    const window = cpuWindow(client);
    const t0 = performance.now();
    const deadline = t0 + capMs;
    const done = client.waitFor('byline/status', (p) => !p.indexing, capMs);
    client.notify('initialized', {});
    const partial = (phase) => ({ client, timedOut: phase, ms: performance.now() - t0, cpu: client.cpuSeconds() - cpu0, contention: window(), status: client.lastStatus, wallToStatus: (performance.now() - t0) / 1000 });
    let status;
    try {
      status = await done;
    } catch (e) {
      if (e instanceof TimeoutError) return partial('indexing');
      throw e;
    }
    const cpu = client.cpuSeconds() - cpu0;
    const threads = [...client.threadCpu()].map(([tid, s]) => s - (threads0.get(tid) ?? 0)).sort((a, b) => b - a);
    const contention = window();
    // Then the diagnostics flush, which may run at once or in slices between requests: it is over
    // when the server publishes nothing, sends no status and uses no CPU for a while. It ended at
    // the last diagnostics or status it sent, or (when it sent nothing) before the answer to a
    // request sent 20 ms after the status (the flush timer is due by then): ≤ 20 ms + a round trip.
    let pong;
    try {
      await sleep(20);
      pong = await ping(client, Math.max(1000, deadline - performance.now()));
      await settle(client, Math.max(1000, deadline - performance.now()));
    } catch (e) {
      if (e instanceof TimeoutError) return { ...partial('diagnostics flush'), statusMs: status.at - t0, status: status.params };
      throw e;
    }
    const laterStatus = client.lastStatus && client.lastStatus.at > status.at ? client.lastStatus.at : 0;
    const end = Math.max(status.at, client.lastDiagnosticsAt, laterStatus, pong.at);
    phase(`${label}: indexing (initialized → status indexing:false)`, t0, status.at);
    phase(`${label}: diagnostics flush`, status.at, end);
    if (status.params.total !== expected) notes.push(`server saw ${status.params.total} articles where ${expected} were written (${folder})`);
    return { client, ms: end - t0, statusMs: status.at - t0, statusAt: status.at, cpu, threads, contention, status: status.params, wallToStatus: (status.at - t0) / 1000 };
  } catch (e) {
    client.kill();
    e.message = `${e.message}${client.stderr ? `\nserver stderr: ${client.stderr.slice(-2000)}` : ''}`;
    throw e;
  }
}

/** The end of the current size's time budget; every wait inside a size is capped by it. */
let sizeUntil = Infinity;
const cap = (ms) => Math.max(1000, Math.min(ms, sizeUntil - performance.now()));

const ping = (client, timeoutMs = 60000) => client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nonexistent/ping.txt' } }, cap(timeoutMs));

/** Waits until the server sends nothing and uses (almost) no CPU for 300 ms. */
async function settle(client, timeoutMs) {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const [d, s, cpu] = [client.diagnosticsCount, client.statusCount, client.cpuSeconds()];
    await sleep(300);
    if (d === client.diagnosticsCount && s === client.statusCount && client.cpuSeconds() - cpu < 0.06) return;
    if (performance.now() > until) throw new TimeoutError(`the server was still busy after ${timeoutMs} ms`);
  }
}

async function quiet(client, ms, timeoutMs = 60000) {
  const until = performance.now() + timeoutMs;
  let seen = client.diagnosticsCount;
  for (;;) {
    await sleep(ms);
    if (client.diagnosticsCount === seen) return;
    if (performance.now() > until) throw new TimeoutError(`diagnostics still being published after ${timeoutMs} ms`);
    seen = client.diagnosticsCount;
  }
}

/**
 * Waits until the server has written its cache file (it saves after indexing, asynchronously).
 * Returns when it was seen (`at`), how long this waited (`wait`, 0 when it was there at once).
 */
async function cacheSaved(dir, timeoutMs) {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const names = existsSync(dir) ? readdirSync(dir) : [];
    const file = names.find((n) => /^analyses-.*\.jsonl$/.test(n));
    if (file && !names.some((n) => n.endsWith('.tmp'))) return { at: performance.now(), wait: performance.now() - t0, bytes: statSync(join(dir, file)).size };
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
    const r = await client.request(method, params, cap(30000));
    ms.push(r.ms);
    last = r;
  }
  return { ms, last, wall: performance.now() - t0, contention: window() };
}

function requestRow(op, size, s, rss, extra = '', targeted = true) {
  const t = targeted ? TARGETS.request(size) : null;
  const p50 = pct(s.ms, 0.5);
  const p99 = pct(s.ms, 0.99);
  add({
    op,
    size,
    n: s.ms.length,
    first: s.ms[0],
    p50,
    p99,
    throughput: `${(s.ms.length / (s.wall / 1000)).toFixed(0)} req/s${extra}`,
    others: s.contention,
    rss,
    target: t ? `p50≤${t.p50} p99≤${t.p99} ms` : '',
    verdict: t ? verdict(p50 <= t.p50 && p99 <= t.p99) : '',
  });
}

/** A row for a start that did not finish in time: the lower bound and how far it got. */
function timedOutRow(op, size, r, target) {
  const st = r.status;
  const progress = r.timedOut === 'indexing' ? `${st?.indexed ?? 0}/${st?.total ?? '?'} analysed` : `analysed at ${fmtMs(r.statusMs)}, flushing diagnostics`;
  const mem = r.client.memory();
  add({ op, size, p50: r.ms, bound: '> ', throughput: `TIMED OUT: ${progress}`, others: r.contention, rss: mem.rss, target: target ? `≤ ${fmtMs(target)}` : '', verdict: target ? verdict(false) : '' });
  notes.push(`${size.toLocaleString('en')}: ${op} did not finish within ${fmtMs(r.ms)} (${progress}; server CPU ${r.cpu.toFixed(1)} s, RSS ${fmtMB(mem.rss)}, peak ${fmtMB(mem.hwm)}); the remaining measurements at this size were skipped`);
}

async function runSize(size, corpus, budgetMs, nodeArgs = []) {
  const folder = corpus.folders.get(size);
  const files = corpus.files.get(size);
  const bytes = corpus.bytes.get(size);
  const cacheDir = mkdtempSync(join(corpus.dir, `cache-${size}-`));
  // Never past the whole run's budget, keeping a few seconds for stopping servers and the report.
  const until = Math.min(performance.now() + budgetMs, started + BUDGET_MS - 8000);
  sizeUntil = until;
  const rest = () => until - performance.now();
  process.stderr.write(`\n${size.toLocaleString('en')} articles (${(bytes / 1e6).toFixed(1)} MB) in ${folder}, ${fmtMs(budgetMs)} allowed\n`);

  // Cold start, persistent cache empty. It may use most of this size's budget.
  const cold = await start(folder, cacheDir, size, nodeArgs, Math.max(20000, rest() * (profileSize ? 0.9 : 0.65)));
  const { client } = cold;
  let cacheReady = false;
  try {
    if (cold.timedOut) return timedOutRow('cold start', size, cold, TARGETS.cold(size));
    const mem0 = client.memory();
    const t = TARGETS.cold(size);
    add({ op: 'cold start', size, p50: cold.ms, throughput: `${(bytes / 1e6 / (cold.ms / 1000)).toFixed(2)} MB/s`, others: cold.contention, rss: mem0.rss, target: t ? `≤ ${fmtMs(t)}` : '', verdict: t ? verdict(cold.ms <= t) : '' });
    add({ op: 'diagnostics flush (in cold start)', size, p50: cold.ms - cold.statusMs, throughput: `after the indexing:false status at ${fmtMs(cold.statusMs)} `, rss: mem0.rss });
    const perCore = bytes / 1e6 / cold.cpu;
    add({ op: 'analysis per core (server)', size, throughput: `${perCore.toFixed(2)} MB/s·core (all server CPU until status)`, target: `≥ ${TARGETS.mbpsPerCore} MB/s·core`, verdict: verdict(perCore >= TARGETS.mbpsPerCore), rss: mem0.hwm, p50: null, g: perCore, gfmt: (v) => `${v.toFixed(2)} MB/s` });
    const ratio = cold.cpu / cold.wallToStatus;
    add({ op: 'cores used (CPU/wall)', size, throughput: `${ratio.toFixed(2)} (${cold.cpu.toFixed(1)} CPU s / ${cold.wallToStatus.toFixed(1)} s; busiest threads ${cold.threads.slice(0, 3).map((x) => x.toFixed(1)).join(', ')} CPU s)`, others: cold.contention, target: '> 1', verdict: verdict(ratio > 1), p50: null, g: ratio, gfmt: (v) => v.toFixed(2) });
    const diagUris = [...client.diagnostics].filter(([, d]) => d.diagnostics.some((x) => x.code !== 'file'));
    const withNotes = [...client.diagnostics].filter(([, d]) => d.diagnostics.some((x) => x.code === 'file'));
    const skipped = withNotes.length;
    if (skipped || cold.status.indexed < cold.status.total)
      notes.push(`${size.toLocaleString('en')}: SKIPPED ARTICLES: the server indexed ${cold.status.indexed} of ${cold.status.total}; ${skipped} articles carry a "skipped" diagnostic${skipped ? ` (e.g. ${withNotes[0][0].split('/').slice(-2).join('/')}: ${withNotes[0][1].diagnostics.find((x) => x.code === 'file').message.slice(0, 160)})` : ''}`);
    notes.push(`${size.toLocaleString('en')}: ${cold.status.indexed}/${cold.status.total} indexed, ${cold.status.contradictions} contradictions, ${diagUris.length} articles with diagnostics (${client.diagnosticsCount} publishDiagnostics)`);

    // The server saves its cache after indexing, in the background: wait for it so that it does
    // not run during the request measurements.
    const waitFrom = performance.now();
    const saved = await cacheSaved(cacheDir, Math.max(5000, Math.min(120000, rest() * 0.3)));
    phase('after cold start, until the cache file is written', waitFrom, performance.now());
    if (saved == null) notes.push(`${size.toLocaleString('en')}: the persistent cache was not written within the time allowed`);
    else {
      cacheReady = true;
      add({ op: 'cache written (after status)', size, p50: saved.at - cold.statusAt, bound: saved.wait < 30 ? '≤ ' : '', throughput: `${fmtMB(saved.bytes)} file`, rss: client.memory().rss });
    }

    // Requests: each operation gets a share of what is left of this size's budget.
    const opBudget = () => Math.max(1500, Math.min(12000, (rest() - (cacheReady ? rest() * 0.25 : 0)) / 9));
    const entFrom = performance.now();
    const ents = await client.request('byline/entities', null, cap(60000));
    const entities = ents.result.entities;
    add({ op: 'byline/entities', size, n: 1, p50: ents.ms, throughput: `${entities.length} entities, ${(ents.bytes / 1e6).toFixed(1)} MB`, rss: client.memory().rss });
    const top = entities.filter((e) => ['person', 'place', 'organization'].includes(e.type)).sort((a, b) => b.mentions - a.mentions);
    // The most mentioned entity (the worst case for hover and definition), and for references also
    // the entity closest above 1,000 mentions (issue 6's target), whose result size does not grow.
    const locate = async (candidates) => {
      for (const e of candidates) {
        const r = await client.request('workspace/symbol', { query: e.name }, cap(60000));
        const hit = r.result?.find((s) => s.name === e.name);
        if (hit) return { entity: e, location: hit.location };
      }
      return null;
    };
    const target = await locate(top.slice(0, 5));
    const thousand = top.filter((e) => e.mentions >= 1000).reverse();
    const k = thousand.length ? await locate(thousand.slice(0, 5)) : null;
    phase('byline/entities, then workspace/symbol to locate the entities', entFrom, performance.now());
    const uris = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / REQUESTS)) === 0).map(fileUri);
    if (target) {
      const { entity, location } = target;
      const at = { textDocument: { uri: location.uri }, position: location.range.start };
      notes.push(`${size.toLocaleString('en')}: hover, definition and references on ${entity.name} (${entity.type}, ${entity.mentions} mentions in ${entity.articles} articles)`);
      await measure('hover (top entity)', size, client, opBudget(), () => ['textDocument/hover', at], (s) => (s.last?.result ? '' : ', EMPTY'));
      await measure('definition', size, client, opBudget(), () => ['textDocument/definition', at]);
      const locations = (s) => `, ${s.last?.result?.length ?? 0} locations, ${((s.last?.bytes ?? 0) / 1e6).toFixed(2)} MB`;
      await measure('references (top entity)', size, client, opBudget(), () => ['textDocument/references', { ...at, context: { includeDeclaration: true } }], locations);
      if (k) {
        notes.push(`${size.toLocaleString('en')}: references (1,000+ mentions) on ${k.entity.name} (${k.entity.type}, ${k.entity.mentions} mentions in ${k.entity.articles} articles)`);
        const at1k = { textDocument: { uri: k.location.uri }, position: k.location.range.start };
        await measure('references (1,000+ mentions)', size, client, opBudget(), () => ['textDocument/references', { ...at1k, context: { includeDeclaration: true } }], locations);
      } else notes.push(`${size.toLocaleString('en')}: no entity has 1,000 mentions; references measured on the top entity only`);
    } else notes.push(`${size.toLocaleString('en')}: no entity position found for hover/definition/references`);
    await measure('document symbols', size, client, opBudget(), (i) => ['textDocument/documentSymbol', { textDocument: { uri: uris[i % uris.length] } }]);
    const queries = [...new Set(top.slice(0, 60).flatMap((e) => [e.name.slice(0, 3).toLowerCase(), e.name.toLowerCase()]))];
    queries.push('zq', 'a', 'minister');
    await measure('workspace symbols', size, client, opBudget(), (i) => ['workspace/symbol', { query: queries[i % queries.length] }]);

    await edits(client, size, diagUris, files, target, opBudget);

    const mem = client.memory();
    const tr = TARGETS.rss(size);
    add({ op: 'server RSS', size, p50: null, rss: mem.rss, throughput: `peak ${fmtMB(mem.hwm)}`, target: tr ? `≤ ${fmtMB(tr)}` : '', verdict: tr ? verdict(mem.rss <= tr && mem.hwm <= tr) : '', g: mem.rss, gfmt: fmtMB });
  } finally {
    if (cold.timedOut && !profileSize) client.kill();
    else await client.stop(cold.timedOut ? 60000 : 10000);
  }

  // Warm start: the same cache folder, a new server.
  if (!cacheReady) return;
  if (rest() < 5000) return notes.push(`${size.toLocaleString('en')}: warm start skipped (time budget)`);
  const warm = await start(folder, cacheDir, size, nodeArgs, Math.max(10000, rest()), 'warm start');
  try {
    const t = TARGETS.warm(size);
    if (warm.timedOut) return timedOutRow('warm start (cache)', size, warm, t);
    const mem = warm.client.memory();
    add({ op: 'warm start (cache)', size, p50: warm.ms, throughput: `${(bytes / 1e6 / (warm.ms / 1000)).toFixed(1)} MB/s, flush ${fmtMs(warm.ms - warm.statusMs)}`, others: warm.contention, rss: mem.rss, target: t ? `≤ ${fmtMs(t)}` : '', verdict: t ? verdict(warm.ms <= t) : '' });
  } finally {
    if (warm.timedOut && !profileSize) warm.client.kill();
    else await warm.client.stop(warm.timedOut ? 60000 : 10000);
  }
}

/** Requests one after another within a budget; a row even when one of them times out. */
async function measure(op, size, client, budgetMs, make, extra = () => '', targeted = true) {
  try {
    const from = performance.now();
    const s = await sample(client, REQUESTS, budgetMs, make);
    phase(`${op} ×${s.ms.length}`, from, performance.now());
    requestRow(op, size, s, client.memory().rss, extra(s), targeted);
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e;
    add({ op, size, p50: e.ms ?? NaN, bound: '> ', throughput: `TIMED OUT (${e.message})`, rss: client.memory().rss, verdict: targeted && TARGETS.request(size) ? 'MISSED' : '' });
    throw e;
  }
}

/** didOpen, then didChange in one article: time until its diagnostics are published again. */
async function edits(client, size, diagUris, files, target, opBudget) {
  // An article with diagnostics: inserting or removing a line at the top moves them, so every
  // edit must publish a new set (and those of the articles it shares claims with). Where the
  // corpus has none, two open documents that report one statement on different platforms (a
  // contradiction) take their place; failing that, the time to a request answered after the edit.
  let uri = diagUris.sort((a, b) => b[1].diagnostics.length - a[1].diagnostics.length)[0]?.[0];
  let withDiags = !!uri;
  let how = 'an article of the corpus';
  const planted = [];
  if (uri) {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: readFileSync(fileURLToPath(uri), 'utf8') } });
  } else {
    const folder = fileURLToPath(target?.location.uri ?? fileUri(files[0])).replace(/\/[^/]*$/, '');
    for (const channel of ['Facebook', 'Twitter']) {
      const u = fileUri(join(folder, `bench-edit-${channel.toLowerCase()}.txt`));
      planted.push(u);
      const wait = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === u && p.diagnostics.length > 0, 10000);
      client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'article', version: 1, text: PLANTED(channel) } });
      if (channel === 'Twitter') withDiags = await wait.then(() => true, () => false);
      else wait.catch(() => {});
    }
    uri = planted[1];
    how = withDiags ? 'two open documents that contradict each other (the corpus has no diagnostics)' : 'no diagnostics anywhere: time to the next answer';
  }
  await sleep(100);
  await ping(client, 30000);
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
    try {
      const end = wait ? (await wait).at : (await ping(client, 10000)) && performance.now();
      ms.push(end - s);
    } catch (e) {
      if (!(e instanceof TimeoutError)) throw e;
      ms.push(10000);
      notes.push(`${size.toLocaleString('en')}: an edit got no diagnostics within 10 s; edits stopped`);
      break;
    }
    await quiet(client, 20);
    published.push(client.diagnosticsCount - count);
  }
  const cpu = client.cpuSeconds() - cpu0;
  const contention = window();
  phase(`didChange → diagnostics ×${ms.length}`, t0, performance.now());
  const t = TARGETS.edit(size);
  const p99 = pct(ms, 0.99);
  add({
    op: 'didChange → diagnostics',
    size,
    n: ms.length,
    first: ms[0],
    p50: pct(ms, 0.5),
    p99,
    throughput: `${((cpu * 1000) / ms.length).toFixed(1)} CPU ms/edit, ${(published.reduce((a, b) => a + b, 0) / Math.max(1, published.length)).toFixed(1)} uris published/edit, in ${how}`,
    others: contention,
    rss: client.memory().rss,
    target: t ? `p99 ≤ ${t.p99} ms` : '',
    verdict: t && withDiags ? verdict(p99 <= t.p99) : '',
  });
  if (target) {
    // A hover right after each edit: the index answers after its per-change caches are rebuilt.
    const at = { textDocument: { uri: target.location.uri }, position: target.location.range.start };
    const hov = [];
    const h0 = performance.now();
    for (let i = 0; i < 20 && (i < 3 || performance.now() - h0 < budget / 2); i++) {
      const change = i % 2 === 0 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' } : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' };
      client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
      hov.push((await client.request('textDocument/hover', at, cap(30000))).ms);
    }
    phase(`hover after an edit ×${hov.length}`, h0, performance.now());
    const tr = TARGETS.request(size);
    add({ op: 'hover after an edit', size, n: hov.length, first: hov[0], p50: pct(hov, 0.5), p99: pct(hov, 0.99), throughput: 'didChange, then hover at once', rss: client.memory().rss, target: tr ? `p50≤${tr.p50} p99≤${tr.p99} ms` : '', verdict: tr ? verdict(pct(hov, 0.5) <= tr.p50 && pct(hov, 0.99) <= tr.p99) : '' });
  }
  for (const u of planted.length ? planted : [uri]) client.notify('textDocument/didClose', { textDocument: { uri: u } });
  await sleep(50);
  await ping(client, 30000);
}

/** An article quoting a statement as made on `channel`: two of them on different platforms contradict. */
const PLANTED = (channel) => `Blair rules out income tax rise before election

Tony Blair has ruled out any rise in income tax if Labour wins the general election.

The prime minister said on ${channel} on Monday: "We have no plans to raise the basic or top rates of income tax in the next parliament, and we will keep that promise to every family in Britain."

Conservative leader Michael Howard said the promise could not be trusted.
`;

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
  // The newest file decides: tsc rewrites only the files that changed.
  const newest = (d) => readdirSync(d, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs), 0);
  const built = new Date(newest(join(ROOT, 'server/out'))).toISOString().replace(/\.\d+Z$/, 'Z');
  cpSync(join(ROOT, 'server/out'), join(dir, 'snapshot/server/out'), { recursive: true });
  cpSync(join(ROOT, 'server/data'), join(dir, 'snapshot/server/data'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'snapshot/node_modules'));
  SERVER = join(dir, 'snapshot/server/out/server.js');
  ANALYZE = join(dir, 'snapshot/server/out/core/analyze.js');
  machine += `\nServer: server/out (newest file ${built}) copied at the start of the run. Load average at start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.\n"others" = share of the machine's CPU that other processes (not the server, not this script) took during that measurement; timings are clean only near 0%.`;
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

    // The in-process reference first, before any server runs.
    if (!profileSize && !flag('--no-reference')) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/reference.mjs'), DATA, ANALYZE, String(quick ? 8000 : 20000)], { encoding: 'utf8', timeout: 120000, cwd: ROOT });
      if (r.status !== 0) notes.push(`reference measurement failed: ${(r.stderr || r.error?.message || '').slice(0, 500)}`);
      else {
        const ref = JSON.parse(r.stdout.trim().split('\n').pop());
        const mbps = ref.byline.mbps;
        if (ref.failures) notes.push(`ANALYSIS ERRORS: analyze() threw ${ref.failures} times in the reference measurement (each article is analysed more than once there), e.g. "${ref.failure}"`);
        add({ op: 'analyze() in-process, 1 core', size: ref.articles, n: ref.articles, p50: ref.byline.msPerArticle.p50, p99: ref.byline.msPerArticle.p99, throughput: `${mbps.toFixed(2)} MB/s`, target: `≥ ${TARGETS.mbpsPerCore} MB/s`, verdict: verdict(mbps >= TARGETS.mbpsPerCore), reference: true });
        const c = ref.compromise;
        if (c.error) notes.push(`compromise: ${c.error}`);
        else {
          add({ op: 'compromise people/places/orgs, 1 core', size: c.articles, n: c.articles, p50: c.msPerArticle.p50, p99: c.msPerArticle.p99, throughput: `${c.mbps.toFixed(3)} MB/s`, target: 'reference', verdict: '', reference: true });
          reference = `Reference (same run, one core, BBC texts): Byline analyze() ${mbps.toFixed(2)} MB/s over all ${ref.articles} articles (${(ref.bytes / 1e6).toFixed(1)} MB; first call incl. loading ${fmtMs(ref.firstCallMs)}); compromise nlp(text).people()/places()/organizations() ${c.mbps.toFixed(3)} MB/s on every 10th article (${c.articles} articles, ${(c.bytes / 1e6).toFixed(2)} MB, ${c.entities} entities), where Byline's full analysis runs at ${c.bylineMbpsOnSample.toFixed(2)} MB/s: ${(c.bylineMbpsOnSample / c.mbps).toFixed(0)}× compromise.`;
        }
      }
    }

    // Each size gets a share of what is left, weighted towards the large ones; time a small size
    // does not use passes on.
    const weight = (n) => 30 + n ** 0.6;
    for (const [i, size] of sizes.entries()) {
      const share = (left() - 5000) * (weight(size) / sizes.slice(i).reduce((a, n) => a + weight(n), 0));
      if (share < 10000) {
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
        await runSize(size, corpus, share, nodeArgs);
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
  if (!files.length) return profiles.push('No profiles were written (the server must exit normally).');
  // Node writes one CPU profile per thread per process: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile
  const cpu = files
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => {
      const [, , , pid, thread] = f.split('.');
      return { f, label: `pid ${pid} ${thread === '0' ? 'main thread' : `worker ${thread}`}`, p: JSON.parse(readFileSync(join(profDir, f), 'utf8')) };
    });
  profiles.push(`CPU profiles by phase (server threads busy in that phase; self time, samples of the whole thread):`);
  for (const ph of phases) {
    const parts = [];
    for (const { label, p } of cpu) {
      if (p.endTime < ph.from || p.startTime > ph.to) continue;
      const s = cpuSummary(p, 12, ph);
      if (s.total - s.idle < Math.max(30, (ph.to - ph.from) / 1000 / 20)) continue;
      parts.push(formatCpu(`  ${label}`, s).replace(/\n/g, '\n  '));
    }
    if (parts.length) profiles.push(`\n${ph.name}, ${fmtMs((ph.to - ph.from) / 1000)} wall:\n${parts.join('\n')}`);
  }
  for (const f of files.filter((f) => f.endsWith('.heapprofile'))) {
    try {
      const s = heapSummary(join(profDir, f), 15);
      if (s.total > 8 * 1048576) profiles.push(`\n${formatHeap(`Heap profile ${f}`, s)}`);
    } catch (e) {
      profiles.push(`${f}: unreadable (${e.message})`);
    }
  }
}

await main();
