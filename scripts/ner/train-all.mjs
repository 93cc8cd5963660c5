// Rebuilds the recogniser's data file (server/data/ner.bin) from ../shared/data, in order:
// lexicon -> model 1 -> lexicon with word profiles tagged by model 1 -> final model.
// Each step runs on the freshly compiled server; arguments are passed on to train.mjs. Deterministic: the same data gives the same files.
// NER_DATA=FILE builds that file instead of server/data/ner.bin (experiments; see pack.mjs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, hasData } from './data.mjs';

if (!hasData()) {
  console.log('ner:train: ../shared/data is absent, nothing to do');
  process.exit(0);
}

function compile() {
  // tsc -b exits non-zero on type errors elsewhere in the tree but still emits this module
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'server'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) console.log(`(tsc reported errors, continuing)\n${r.stdout.slice(0, 2000)}`);
}

function node(script, ...args) {
  console.log(`> node scripts/ner/${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', join(ROOT, 'scripts/ner', script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// extra arguments go to train.mjs (e.g. --dev to hold out development documents)
const extra = process.argv.slice(2);
compile();
node('build-lexicon.mjs');
compile();
node('train.mjs', ...extra);
compile();
node('build-lexicon.mjs', '--profile');
compile();
node('train.mjs', ...extra);
compile();
