// Worker thread: analyses the texts it is sent. The analysis is pure, so workers share nothing.

import { parentPort } from 'node:worker_threads';
import { analyzeBatch, type WorkerResult } from './index/pool';

parentPort?.on('message', (job: { id: number; texts: string[] }) => {
  const results: WorkerResult[] = analyzeBatch(job.texts).map((r) => ('error' in r ? r : JSON.stringify(r)));
  parentPort!.postMessage({ id: job.id, results });
});
