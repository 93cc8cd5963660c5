// Analysis on worker threads, so that indexing uses every core and never blocks requests.
// Falls back to the calling thread where workers cannot start.

import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze, analyzeAll } from '../core/analyze';
import type { ArticleAnalysis } from '../core/types';
import { loadNerData } from './ner-data';

/** An analysis with its JSON when a worker made it (the cache stores that JSON as it is), or why it failed. */
export type Result = { analysis: ArticleAnalysis; json: string | null } | { error: string };
/** What a worker sends back per text: the analysis as JSON, which crosses threads faster than an object graph. */
export type WorkerResult = string | { error: string };

export class AnalyzerPool {
  private workers: Worker[] = [];
  /** Free job slots, a worker once per slot. */
  private idle: Worker[] = [];
  private queue: { texts: string[]; resolve: (r: Result[]) => void }[] = [];
  private pending = new Map<number, { texts: string[]; resolve: (r: Result[]) => void; worker: Worker }>();
  private nextId = 1;
  private disposed = false;

  /**
   * `analyzer` runs where workers cannot (and in tests that make analysis fail); workers run the core's.
   * `log` hears why a worker could not start or was lost (the work goes on, slower, on this thread).
   */
  constructor(
    size = Math.max(1, Math.min(cpus().length, 4)),
    private analyzer: (text: string) => ArticleAnalysis = analyze,
    private log: (message: string) => void = () => {},
  ) {
    for (let i = 0; i < size; i++) {
      let w: Worker;
      try {
        // server/out/index/pool.js next to server/out/worker.js, or one bundle dist/server.js beside dist/worker.js.
        w = new Worker(join(__dirname, __filename.endsWith('pool.js') ? '../worker.js' : 'worker.js'));
      } catch (e) {
        this.log(`analysis workers could not start (${(e as Error).message}); analysing on the main thread`);
        break;
      }
      w.unref();
      w.on('message', (m: { id: number; results: WorkerResult[] }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        this.idle.push(w);
        p?.resolve(m.results.map((r) => (typeof r === 'string' ? { analysis: JSON.parse(r) as ArticleAnalysis, json: r } : r)));
        this.pump();
      });
      // A worker that fails or exits is dropped; its jobs are finished on this thread, so nothing is lost.
      const lost = (why: string): void => {
        if (!this.workers.includes(w)) return;
        this.log(`analysis worker lost (${why}); its articles are analysed on the main thread`);
        for (const [id, p] of this.pending)
          if (p.worker === w) {
            this.pending.delete(id);
            p.resolve(this.onThisThread(p.texts));
          }
        this.workers = this.workers.filter((x) => x !== w);
        this.idle = this.idle.filter((x) => x !== w);
        this.pump();
      };
      w.on('error', (e) => lost(e.message));
      // An exit without an error (killed, or exit() in the worker) would otherwise leave its batch pending forever.
      w.on('exit', (code) => {
        if (!this.disposed) lost(`exit code ${code}`);
      });
      this.workers.push(w);
      // Two slots each: a worker has its next batch queued while this thread takes in the last one.
      this.idle.push(w, w);
    }
  }

  /** Analyses a batch; batches keep message overhead low for thousands of small articles. */
  run(texts: string[]): Promise<Result[]> {
    if (!this.workers.length) return Promise.resolve(this.onThisThread(texts));
    return new Promise((resolve) => {
      this.queue.push({ texts, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (!this.workers.length) {
      for (const job of this.queue.splice(0)) job.resolve(this.onThisThread(job.texts));
      return;
    }
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, { texts: job.texts, resolve: job.resolve, worker: w });
      w.postMessage({ id, texts: job.texts });
    }
  }

  private onThisThread(texts: string[]): Result[] {
    return analyzeBatch(texts, this.analyzer).map((r) => ('error' in r ? r : { analysis: r, json: null }));
  }

  dispose(): Promise<unknown> {
    this.disposed = true;
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * A batch's analyses, stage by stage over the whole batch when the core's analysis runs (analyzeAll:
 * faster than one article at a time). Where the batch fails, each article is analysed alone, so one
 * article's failure is that article's only.
 */
export function analyzeBatch(
  texts: string[],
  analyzer: (text: string) => ArticleAnalysis = analyze,
  all: ((texts: string[]) => ArticleAnalysis[]) | null = analyzer === analyze ? analyzeAll : null,
): (ArticleAnalysis | { error: string })[] {
  if (all && texts.length > 1) {
    try {
      loadNerData();
      return all(texts);
    } catch {
      // one of them fails: found below, article by article
    }
  }
  return texts.map((t) => analyzeSafely(t, analyzer));
}

/**
 * The one guard around the analysis: an exception becomes a failure for that article (the
 * project logs it and shows a diagnostic on the article), never an empty answer.
 */
export function analyzeSafely(text: string, analyzer: (text: string) => ArticleAnalysis = analyze): ArticleAnalysis | { error: string } {
  try {
    loadNerData();
    return analyzer(text);
  } catch (e) {
    return { error: String((e as Error).stack ?? e) };
  }
}
