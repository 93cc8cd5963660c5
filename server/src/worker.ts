// Worker thread: analyses the texts it is sent. The analysis is pure, so workers share nothing.

import { parentPort } from 'node:worker_threads';
import { analyze } from './core/analyze';
import type { WorkerResult } from './index/pool';
import { loadNerData } from './ner-data';

loadNerData();

parentPort?.on('message', (job: { id: number; texts: string[] }) => {
  const results: WorkerResult[] = job.texts.map((t) => {
    try {
      return JSON.stringify(analyze(t));
    } catch (e) {
      return { error: String((e as Error).stack ?? e) };
    }
  });
  parentPort!.postMessage({ id: job.id, results });
});
