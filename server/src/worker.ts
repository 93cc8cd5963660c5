// Worker thread: analyses the texts it is sent. The analysis is pure, so workers share nothing.

import { parentPort } from 'node:worker_threads';
import { analyze } from './core/analyze';

parentPort?.on('message', (job: { id: number; texts: string[] }) => {
  const results = job.texts.map((t) => {
    try {
      return analyze(t);
    } catch (e) {
      return { error: String((e as Error).stack ?? e) };
    }
  });
  parentPort!.postMessage({ id: job.id, results });
});
