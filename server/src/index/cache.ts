// Persistent analysis cache: analyses keyed by content hash and analyser version, so reopening
// a large folder re-analyses nothing that did not change. One JSON line per article; a corrupt
// or truncated line is skipped, and the file is replaced atomically (write, then rename).

import { createHash } from 'node:crypto';
import { existsSync, promises as fsp, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZER_VERSION } from '../core/analyze';
import type { ArticleAnalysis } from '../core/types';

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * A hash of the analyser's own code (with its models), so that a cache written by any other
 * build is never read: `server/out/core/**` when compiled by tsc, the bundle itself otherwise.
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
  const h = createHash('sha1');
  for (const f of files) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** A line that parses but lacks a field would crash the index later: such entries are re-analysed instead. */
const wellFormed = (a: ArticleAnalysis | null | undefined): boolean =>
  !!a &&
  a.version === ANALYZER_VERSION &&
  typeof a.length === 'number' &&
  (['lineStarts', 'paragraphs', 'sentences', 'boilerplate', 'mentions', 'entities', 'quotes', 'figures'] as const).every((k) => Array.isArray(a[k]));

export class AnalysisCache {
  private entries = new Map<string, ArticleAnalysis>();
  private dirty = false;
  private readonly file: string;

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
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const { h, a } = JSON.parse(line) as { h: string; a: ArticleAnalysis };
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

  put(hash: string, analysis: ArticleAnalysis): void {
    if (!this.dir || this.entries.has(hash)) return;
    this.entries.set(hash, analysis);
    this.dirty = true;
  }

  /** Writes the entries still in use (`live` hashes), dropping the rest. */
  async save(live: Set<string>): Promise<void> {
    if (!this.dir || (!this.dirty && live.size === this.entries.size)) return;
    for (const h of this.entries.keys()) if (!live.has(h)) this.entries.delete(h);
    await fsp.mkdir(this.dir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const handle = await fsp.open(tmp, 'w');
    try {
      let chunk = '';
      for (const [h, a] of this.entries) {
        chunk += `${JSON.stringify({ h, a })}\n`;
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
    this.dirty = false;
    // Caches of other builds will never be read again.
    for (const name of await fsp.readdir(this.dir))
      if (/^analyses-.*\.jsonl$/.test(name) && join(this.dir, name) !== this.file) await fsp.rm(join(this.dir, name), { force: true });
  }
}
