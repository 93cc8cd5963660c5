// Persistent analysis cache: analyses keyed by content hash and analyser version, so reopening
// a large folder re-analyses nothing that did not change. One JSON line per article, appended
// as analyses arrive (workers hand over their JSON, so nothing is serialised twice); a corrupt or
// truncated line is skipped, and the file is compacted atomically (write, then rename) once
// most of its lines are stale.

import { createHash } from 'node:crypto';
import { existsSync, promises as fsp, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZER_VERSION } from '../core/analyze';
import { nerDataPath } from '../ner-data';
import type { ArticleAnalysis } from '../core/types';

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

/** A line that parses but lacks a field would crash the index later: such entries are re-analysed instead. */
const wellFormed = (a: ArticleAnalysis | null | undefined): boolean =>
  !!a &&
  a.version === ANALYZER_VERSION &&
  typeof a.length === 'number' &&
  (['lineStarts', 'boilerplate', 'mentions', 'entities', 'quotes', 'figures'] as const).every((k) => Array.isArray(a[k]));

const line = (hash: string, json: string): string => `{"h":${JSON.stringify(hash)},"a":${json}}\n`;

export class AnalysisCache {
  private entries = new Map<string, ArticleAnalysis>();
  /** Lines in the file, live or not: compaction is due when most are stale. */
  private lines = 0;
  private pending: string[] = [];
  private failure: Error | null = null;
  private writing: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(private dir: string | null) {
    this.file = dir ? join(dir, `analyses-${ANALYZER_VERSION}-${codeVersion()}.jsonl`) : '';
  }

  async load(): Promise<number> {
    if (!this.dir) return 0;
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch {
      return 0;
    }
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const l = text.slice(start, end);
      start = end + 1;
      if (!l) continue;
      this.lines++;
      try {
        const { h, a } = JSON.parse(l) as { h: string; a: ArticleAnalysis };
        if (typeof h === 'string' && wellFormed(a)) this.entries.set(h, a);
      } catch {
        // A damaged line costs one re-analysis, nothing more.
      }
    }
    return this.entries.size;
  }

  get(hash: string): ArticleAnalysis | undefined {
    return this.entries.get(hash);
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
   * file when most of its lines are stale, and removes caches of other builds.
   */
  async save(live: Set<string>): Promise<void> {
    if (!this.dir) return;
    const done = this.writing.then(async () => {
      const failure = this.failure;
      this.failure = null;
      if (failure) throw failure;
      for (const h of this.entries.keys()) if (!live.has(h)) this.entries.delete(h);
      if (this.lines > 2 * this.entries.size) await this.compact();
      // Caches of other builds will never be read again.
      for (const name of await fsp.readdir(this.dir!).catch(() => []))
        if (/^analyses-.*\.jsonl$/.test(name) && join(this.dir!, name) !== this.file) await fsp.rm(join(this.dir!, name), { force: true });
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
