// Persistent analysis cache: analyses keyed by content hash and analyser version, so reopening
// a large folder re-analyses nothing that did not change. One file per workspace folder (a small
// folder never evicts a large one's entries), one JSON line per article, appended as analyses
// arrive (workers hand over their JSON, so nothing is serialised twice), compacted atomically
// (write, then rename) once most of its lines are stale.
//
// The file is untrusted input: each line carries a hash of its own content and of the text it
// describes, is checked for shape when read and against the text when used; a bad line costs one
// re-analysis, and a file of garbage is given up after a bounded number of bytes.

import { createHash } from 'node:crypto';
import { existsSync, promises as fsp, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZER_VERSION } from '../core/analyze';
import { nerDataPath } from './ner-data';
import type { ArticleAnalysis } from '../core/types';
import { describes, isAnalysis } from './shape';

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * A hash of the analyser's own code (with its models), so that a cache written by any other
 * build is never read: `server/out/core/**` when compiled by tsc, the bundle itself otherwise,
 * and the recogniser's data file.
 */
function codeVersion(): string {
  const core = join(__dirname, '../core');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.js')) files.push(join(dir, e.name));
    }
  };
  if (existsSync(core)) walk(core);
  else files.push(__filename);
  files.push(nerDataPath());
  const h = createHash('sha1');
  for (const f of files) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}
let code: string | null = null;

const check = (hash: string, json: string): string => createHash('sha1').update(hash).update('\u0000').update(json).digest('base64');
const line = (hash: string, json: string): string => `{"h":${JSON.stringify(hash)},"c":"${check(hash, json)}","a":${json}}\n`;

/** The analysis in one line, or null when the line is damaged, forged or of another shape. */
function parseLine(l: string): [string, ArticleAnalysis] | null {
  const m = /^\{"h":"([A-Za-z0-9+/=]{1,64})","c":"([A-Za-z0-9+/=]{1,64})","a":/.exec(l);
  if (!m || !l.endsWith('}')) return null;
  const json = l.slice(m[0].length, -1);
  if (check(m[1], json) !== m[2]) return null;
  try {
    const a: unknown = JSON.parse(json);
    return isAnalysis(a) ? [m[1], a] : null;
  } catch {
    return null; // unreachable unless the check collides; the line is then one re-analysis
  }
}

/** A line longer than this is not an analysis of an article within the size limit: skipped unread. */
const MAX_LINE = 64 << 20;
/** Reading stops once this many bytes were bad and they outnumber the good ones: a garbage file is rejected in bounded time. */
const MAX_BAD = 16 << 20;
const CHUNK = 1 << 20;

export class AnalysisCache {
  private entries = new Map<string, ArticleAnalysis>();
  /** Lines in the file, live or not: compaction is due when most are stale. */
  private lines = 0;
  private pending: string[] = [];
  private failure: Error | null = null;
  private writing: Promise<void> = Promise.resolve();
  private loading: Promise<number> | null = null;
  readonly file: string;
  private prefix: string;

  /** `folder` names the workspace folder the cache is for; each folder has its own file. */
  constructor(
    private dir: string | null,
    folder = '',
  ) {
    this.prefix = `analyses-${createHash('sha1').update(folder).digest('hex').slice(0, 12)}-`;
    this.file = dir ? join(dir, `${this.prefix}${ANALYZER_VERSION}-${(code ??= codeVersion())}.jsonl`) : '';
  }

  /** Reads the file once; later calls return the same count. */
  load(): Promise<number> {
    return (this.loading ??= this.read());
  }

  private async read(): Promise<number> {
    if (!this.dir) return 0;
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(this.file, 'r');
    } catch {
      return 0;
    }
    let good = 0;
    let bad = 0;
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      let parts: Buffer[] = [];
      let partLength = 0;
      let skipping = false;
      const take = (bytes: Buffer): void => {
        if (skipping || !bytes.length) return;
        this.lines++;
        const entry = bytes.length < MAX_LINE ? parseLine(bytes.toString('utf8')) : null;
        if (entry) {
          this.entries.set(entry[0], entry[1]);
          good += bytes.length;
        } else bad += bytes.length;
      };
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (!bytesRead) break;
        let from = 0;
        for (let nl = buffer.indexOf(10, from); nl >= 0 && nl < bytesRead; nl = buffer.indexOf(10, from)) {
          const piece = Buffer.from(buffer.subarray(from, nl));
          take(parts.length ? Buffer.concat([...parts, piece]) : piece);
          parts = [];
          partLength = 0;
          skipping = false;
          from = nl + 1;
        }
        if (from < bytesRead && !skipping) {
          parts.push(Buffer.from(buffer.subarray(from, bytesRead)));
          partLength += bytesRead - from;
          if (partLength >= MAX_LINE) {
            bad += partLength;
            this.lines++;
            parts = [];
            partLength = 0;
            skipping = true;
          }
        }
        if (bad > MAX_BAD && bad > good) {
          // Mostly garbage: what was good stays; the next save rewrites the file.
          this.lines += 1 << 30;
          break;
        }
      }
      take(Buffer.concat(parts));
    } finally {
      await handle.close();
    }
    return this.entries.size;
  }

  /** The analysis of `text` (by its hash), when the cache has one that fits the text. */
  get(hash: string, text: string): ArticleAnalysis | undefined {
    const a = this.entries.get(hash);
    if (a && !describes(a, text)) {
      this.entries.delete(hash);
      return undefined;
    }
    return a;
  }

  /** Remembers an analysis and appends it to the file; `json` is the analysis as JSON when the caller has it. */
  put(hash: string, analysis: ArticleAnalysis, json?: string): void {
    if (!this.dir || this.entries.has(hash)) return;
    this.entries.set(hash, analysis);
    this.pending.push(line(hash, json ?? JSON.stringify(analysis)));
    if (this.pending.length === 1)
      this.writing = this.writing
        .then(() => this.append())
        .catch((e: Error) => {
          // Reported by the next save; the analyses stay in memory either way.
          this.failure = e;
          this.pending = [];
        });
  }

  private async append(): Promise<void> {
    while (this.pending.length) {
      const chunk = this.pending.join('');
      this.lines += this.pending.length;
      this.pending = [];
      await fsp.mkdir(this.dir!, { recursive: true });
      await fsp.appendFile(this.file, chunk);
    }
  }

  /**
   * Forgets the entries no longer in use (`live` hashes) once everything is written; rewrites the
   * file when most of its lines are stale; removes this folder's caches of other builds and
   * temporary files left by a process that died while compacting.
   */
  async save(live: Set<string>): Promise<void> {
    if (!this.dir) return;
    const done = this.writing.then(async () => {
      const failure = this.failure;
      this.failure = null;
      if (failure) throw failure;
      for (const h of this.entries.keys()) if (!live.has(h)) this.entries.delete(h);
      if (this.lines > 2 * this.entries.size) await this.compact();
      for (const name of await fsp.readdir(this.dir!).catch(() => [] as string[])) {
        const path = join(this.dir!, name);
        const tmp = /\.(\d+)\.tmp$/.exec(name);
        const stale = name.startsWith(this.prefix) && (tmp ? !alive(Number(tmp[1])) : name.endsWith('.jsonl') && path !== this.file);
        // One cache shared by all folders, as earlier builds kept it, is never read again.
        if (stale || /^analyses-[^-]+-[^-]+\.jsonl$/.test(name)) await fsp.rm(path, { force: true });
      }
    });
    this.writing = done.catch(() => undefined);
    await done;
  }

  private async compact(): Promise<void> {
    await fsp.mkdir(this.dir!, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const handle = await fsp.open(tmp, 'w');
    try {
      let chunk = '';
      for (const [h, a] of this.entries) {
        chunk += line(h, JSON.stringify(a));
        // Written in slices, so that requests are answered in between.
        if (chunk.length > 1 << 20) {
          await handle.write(chunk);
          chunk = '';
        }
      }
      await handle.write(chunk);
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, this.file);
    this.lines = this.entries.size;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
