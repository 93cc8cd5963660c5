// A small LSP client over stdio for protocol tests: spawns the real server and waits on its
// answers and notifications (never on fixed sleeps).

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SERVER = join(__dirname, '../../../server/out/server.js');
export const uri = (path: string): string => pathToFileURL(path).href;

type Listener = (msg: { method: string; params: any }) => boolean;

export class LspClient {
  private proc: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve(v: any): void; reject(e: Error): void }>();
  private listeners: Listener[] = [];
  readonly diagnostics = new Map<string, any[]>();
  readonly notifications: { method: string; params: any }[] = [];
  stderr = '';
  configuration: Record<string, unknown> | null = null;

  constructor(args: string[] = ['--stdio']) {
    this.proc = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d));
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const sep = this.buffer.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const len = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, sep).toString())![1]);
      if (this.buffer.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buffer.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(sep + 4 + len);
      this.onMessage(msg);
    }
  }

  private onMessage(msg: any): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p?.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map(() => this.configuration) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
    }
    if (msg.method === 'textDocument/publishDiagnostics') this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
    this.notifications.push(msg);
    this.listeners = this.listeners.filter((l) => !l(msg));
  }

  send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Sends a request and cancels it at once; resolves with the answer or the error. */
  requestAndCancel(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    this.notify('$/cancelRequest', { id });
    return new Promise((resolve) => this.pending.set(id, { resolve, reject: resolve }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) that satisfies `test`. */
  waitFor(method: string, test: (params: any) => boolean = () => true, since = 0): Promise<any> {
    const past = this.notifications.slice(since).find((n) => n.method === method && test(n.params));
    if (past) return Promise.resolve(past.params);
    return new Promise((resolve) =>
      this.listeners.push((msg) => {
        if (msg.method !== method || !test(msg.params)) return false;
        resolve(msg.params);
        return true;
      }),
    );
  }

  /** Initializes with one workspace folder and waits until the first indexing finishes. */
  async start(folder: string, initializationOptions: object = { cacheDir: null }): Promise<any> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: uri(folder),
      workspaceFolders: [{ uri: uri(folder), name: 'ws' }],
      initializationOptions,
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    });
    this.notify('initialized', {});
    await this.waitFor('byline/status', (p) => !p.indexing);
    return result;
  }

  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
  }
}
