// A small LSP client over stdio for the benchmark: spawns the real server, times requests and
// notifications on arrival. Every wait has a timeout; kill() always ends the server.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const fileUri = (path) => pathToFileURL(path).href;

export class TimeoutError extends Error {}

export class LspClient {
  /** Servers still running, so that the benchmark can kill them whatever happens. */
  static live = new Set();

  constructor(serverJs, { nodeArgs = [], cwd } = {}) {
    this.proc = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd });
    this.pid = this.proc.pid;
    LspClient.live.add(this);
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    /** uri → { diagnostics, at } of the last publishDiagnostics */
    this.diagnostics = new Map();
    this.lastDiagnosticsAt = 0;
    this.lastStatus = null;
    this.statusCount = 0;
    this.diagnosticsCount = 0;
    this.stderr = '';
    this.exited = false;
    this.exitPromise = new Promise((resolve) =>
      this.proc.on('exit', (code, signal) => {
        this.exited = true;
        LspClient.live.delete(this);
        for (const p of this.pending.values()) p.reject(new Error(`server exited (${code ?? signal})`));
        this.pending.clear();
        resolve(code ?? signal);
      }),
    );
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => {
      if (this.stderr.length < 20000) this.stderr += d;
    });
    this.proc.stdin.on('error', () => {});
  }

  onData(d) {
    const now = performance.now();
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, d]) : d;
    for (;;) {
      const sep = this.buffer.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const len = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, sep).toString())[1]);
      if (this.buffer.length < sep + 4 + len) return;
      const body = this.buffer.subarray(sep + 4, sep + 4 + len);
      this.buffer = this.buffer.subarray(sep + 4 + len);
      this.onMessage(JSON.parse(body.toString('utf8')), now, len);
    }
  }

  onMessage(msg, now, bytes) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      clearTimeout(p.timer);
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve({ result: msg.result, at: now, bytes });
      return;
    }
    if (msg.id !== undefined) {
      // Server-to-client requests: configuration (defaults), progress creation, registrations.
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method === 'byline/status') {
      this.lastStatus = { ...msg.params, at: now };
      this.statusCount++;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(msg.params.uri, { diagnostics: msg.params.diagnostics, at: now });
      this.lastDiagnosticsAt = now;
      this.diagnosticsCount++;
    }
    this.listeners = this.listeners.filter((l) => !l(msg, now));
  }

  send(msg) {
    if (this.exited) throw new Error('server has exited');
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  /** Resolves with { result, ms, at, bytes }; ms is the round trip measured on this side, at its arrival. */
  request(method, params, timeoutMs = 30000) {
    const id = this.nextId++;
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(Object.assign(new TimeoutError(`${method} timed out after ${timeoutMs} ms`), { ms: timeoutMs }));
      }, timeoutMs);
      this.pending.set(id, { resolve: (r) => resolve({ result: r.result, ms: r.at - t0, at: r.at, bytes: r.bytes }), reject, timer });
      try {
        this.send({ jsonrpc: '2.0', id, method, params });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e);
      }
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification satisfying `test`, with its arrival time. */
  waitFor(method, test = () => true, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      let listener;
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new TimeoutError(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      listener = (msg, at) => {
        if (msg.method !== method || !test(msg.params)) return false;
        clearTimeout(timer);
        resolve({ params: msg.params, at });
        return true;
      };
      this.listeners.push(listener);
    });
  }

  /** The initialize request with one workspace folder, as an editor sends it. */
  initialize(folder, initializationOptions, timeoutMs = 30000) {
    return this.request(
      'initialize',
      {
        processId: process.pid,
        rootUri: fileUri(folder),
        workspaceFolders: [{ uri: fileUri(folder), name: 'bench' }],
        initializationOptions,
        capabilities: {
          workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
          window: { workDoneProgress: true },
          textDocument: { publishDiagnostics: { relatedInformation: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
        },
      },
      timeoutMs,
    );
  }

  /** Resident and peak memory of the server process, in bytes (Linux). */
  memory() {
    try {
      const s = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? NaN) * 1024;
      return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    } catch {
      return { rss: NaN, hwm: NaN };
    }
  }

  /** CPU seconds (user + system, all threads) of the server process (Linux). */
  cpuSeconds() {
    try {
      const s = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / CLK_TCK;
    } catch {
      return NaN;
    }
  }

  /** CPU seconds of each thread of the server process, by thread id (Linux). */
  threadCpu() {
    const out = new Map();
    try {
      for (const tid of readdirSync(`/proc/${this.pid}/task`)) {
        try {
          const s = readFileSync(`/proc/${this.pid}/task/${tid}/stat`, 'utf8');
          const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
          out.set(tid, (Number(f[11]) + Number(f[12])) / CLK_TCK);
        } catch {
          // the thread ended
        }
      }
    } catch {
      // not Linux, or the process ended
    }
    return out;
  }

  /** Orderly shutdown, then SIGKILL if the server does not exit in time. */
  async stop(timeoutMs = 10000) {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // fall through to the kill below
    }
    const timer = setTimeout(() => this.kill(), timeoutMs);
    await this.exitPromise;
    clearTimeout(timer);
  }

  kill() {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}

// Clock ticks per second for /proc/PID/stat; 100 on every common Linux configuration.
const CLK_TCK = 100;
