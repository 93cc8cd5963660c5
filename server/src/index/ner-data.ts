// Host side of the recogniser's data: reads the one data file (dist/ner.bin beside the bundles,
// server/data/ner.bin beside server/out) and hands it to the pure core. Every host that analyses
// (server, its workers, the CLI, scripts, tests) calls loadNerData() before the first analysis.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNerData, useNerData } from '../core/ner/data';

/** Where the data file is: beside the bundle, or in server/data when run from server/out/index. */
export function nerDataPath(): string {
  const candidates = [join(__dirname, 'ner.bin'), join(__dirname, '../../data/ner.bin')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`the recogniser's data file is missing (looked for ${candidates.join(', ')})`);
  return found;
}

let loaded = false;

/** Loads the data file once (or, with `file`, that file instead: training and experiments). */
export function loadNerData(file?: string): void {
  if (loaded && !file) return;
  useNerData(readNerData(readFileSync(file ?? nerDataPath())));
  loaded = true;
}
