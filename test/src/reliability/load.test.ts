// Load: 100 concurrent requests, half of them cancelled, while thousands of real articles are
// being indexed. Each is answered or cancelled, none lost; the server then exits cleanly.
// Uses the BBC articles in ../shared (never committed); skips when they are absent.
// BYLINE_LOAD_COPIES=10 (scripts/fuzz.mjs) indexes 22,250 articles.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LspClient, uri } from '../server/client';
import { BBC, covered, report } from './check';

const COPIES = Number(process.env.BYLINE_LOAD_COPIES ?? 1);

test('100 concurrent requests while thousands of articles are indexed: each answered or cancelled', { skip: !existsSync(BBC) && 'no ../shared/data/bbc', timeout: 600_000 }, async () => {
  const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'byline-load-'));
  const paths: string[] = [];
  for (let c = 0; c < COPIES; c++)
    for (const topic of readdirSync(BBC, { withFileTypes: true })) {
      if (!topic.isDirectory()) continue;
      const to = join(root, `copy${c}`, topic.name);
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(join(BBC, topic.name))) {
        copyFileSync(join(BBC, topic.name, f), join(to, f));
        paths.push(join(to, f));
      }
    }
  const client = new LspClient();
  try {
    await client.request('initialize', { processId: process.pid, rootUri: uri(root), workspaceFolders: [{ uri: uri(root), name: 'load' }], initializationOptions: { cacheDir: null }, capabilities: { window: { workDoneProgress: true } } });
    client.notify('initialized', {});
    // Wait until indexing is under way, then fire.
    await client.waitFor('byline/status', (p) => p.indexing && p.indexed > 0);
    const asks: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      const u = uri(paths[(i * 37) % paths.length]);
      const method = ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'workspace/symbol', 'textDocument/references'][i % 5];
      const params = method === 'workspace/symbol' ? { query: 'blair' } : { textDocument: { uri: u }, position: { line: 2, character: 4 }, context: { includeDeclaration: true } };
      asks.push(i % 2 ? client.requestAndCancel(method, params) : client.request(method, params));
      covered.cases++;
    }
    let timer: NodeJS.Timeout | undefined;
    const settled = await Promise.race([Promise.allSettled(asks), new Promise<null>((r) => (timer = setTimeout(() => r(null), 120_000)))]);
    clearTimeout(timer);
    assert.ok(settled, 'every request settles: none lost');
    let answered = 0;
    let cancelled = 0;
    for (const s of settled) {
      if (s.status === 'fulfilled' && !(s.value instanceof Error)) answered++;
      else {
        const e = (s.status === 'rejected' ? s.reason : s.value) as { code?: number };
        assert.equal(e.code, -32800, `only cancellation errors: ${JSON.stringify(e)}`);
        cancelled++;
      }
    }
    assert.equal(answered + cancelled, 100);
    const done = await client.waitFor('byline/status', (p) => !p.indexing);
    assert.equal(done.indexed, paths.length, 'every article indexed');
    covered.inputs += paths.length;
    // After indexing the same questions are answered from the full index.
    const symbols = await client.request('workspace/symbol', { query: 'blair' });
    assert.ok(symbols.length > 0);
    // Memory stays bounded: peak resident size of the server (workers included).
    const peakMB = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${(client as unknown as { proc: { pid: number } }).proc.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    assert.ok(peakMB < 400 + paths.length * 0.1, `peak memory ${peakMB.toFixed(0)} MB`);
    console.log(`# load: ${paths.length} articles, 100 requests during indexing: ${answered} answered, ${cancelled} cancelled; peak memory ${peakMB.toFixed(0)} MB`);
    // A second server shut down in the middle of indexing exits at once and cleanly.
    const early = new LspClient();
    await early.request('initialize', { processId: process.pid, rootUri: uri(root), workspaceFolders: [{ uri: uri(root), name: 'load' }], initializationOptions: { cacheDir: null }, capabilities: {} });
    early.notify('initialized', {});
    await early.waitFor('byline/status', (p) => p.indexing && p.indexed > 0);
    const t = performance.now();
    assert.equal(await early.stop(), 0, 'clean exit while indexing');
    assert.ok(performance.now() - t < 10_000, 'exits promptly');
    covered.faults++;
  } finally {
    const code = await client.stop();
    rmSync(root, { recursive: true, force: true });
    assert.equal(code, 0, 'clean exit after shutdown');
    report('reliability/load');
  }
});
