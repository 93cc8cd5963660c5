// Summaries of V8 profiles written by `node --cpu-prof` and `node --heap-prof`: the functions
// with the most self time (CPU) or the most retained bytes by allocation site (heap).
// Usage as a script: node scripts/bench/profile.mjs <file.cpuprofile|file.heapprofile>...

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function where(cf) {
  let url = cf.url || '';
  if (url.startsWith('file://')) url = fileURLToPath(url);
  if (url.includes('/snapshot/')) url = url.replace(/^.*\/snapshot\//, '');
  else if (url.startsWith('/')) url = relative(root, url);
  return `${cf.functionName || '(anonymous)'} ${url ? `${url}:${cf.lineNumber + 1}` : ''}`.trim();
}

/**
 * Top functions by self time: [{ name, ms, share }], the profile's sampled time and idle time.
 * `window` ({ from, to } in µs of the monotonic clock, as V8 and process.hrtime use) restricts it
 * to the samples taken in that window.
 */
export function cpuSummary(file, top = 15, window = null) {
  const p = typeof file === 'string' ? JSON.parse(readFileSync(file, 'utf8')) : file;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (window && (t < window.from || t > window.to)) continue;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(p.samples[i]);
    if (!n) continue;
    total += dt;
    const k = where(n.callFrame);
    self.set(k, (self.get(k) ?? 0) + dt);
  }
  const idle = self.get('(idle)') ?? 0;
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, idle, rows: rows.map(([name, ms]) => ({ name, ms, share: ms / total })) };
}

/** Top allocation sites by bytes still live when the profile ended. */
export function heapSummary(file, top = 15) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map();
  let total = 0;
  const walk = (n) => {
    if (n.selfSize) {
      const k = where(n.callFrame);
      self.set(k, (self.get(k) ?? 0) + n.selfSize);
      total += n.selfSize;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(p.head);
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, rows: rows.map(([name, bytes]) => ({ name, bytes, share: bytes / total })) };
}

export function formatCpu(label, s) {
  const lines = [`${label}: ${(s.total / 1000).toFixed(2)} s sampled, ${((s.total - s.idle) / 1000).toFixed(2)} s busy; top functions by self time:`];
  for (const r of s.rows) if (r.name !== '(idle)') lines.push(`  ${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`);
  return lines.join('\n');
}

export function formatHeap(label, s) {
  const lines = [`${label}: ${(s.total / 1048576).toFixed(0)} MB live (sampled) at exit; top allocation sites:`];
  for (const r of s.rows) lines.push(`  ${(r.bytes / 1048576).toFixed(1).padStart(7)} MB ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of process.argv.slice(2)) console.log(f.endsWith('.heapprofile') ? formatHeap(f, heapSummary(f)) : formatCpu(f, cpuSummary(f)), '\n');
}
