// Writes the recogniser's data file (server/data/ner.bin, format in server/src/core/ner/data.ts):
// each training step replaces its own sections and keeps the others.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './data.mjs';

// NER_DATA=FILE builds another file (experiments), starting from a copy of the repository's
export const NER_FILE = process.env.NER_DATA || join(ROOT, 'server/data/ner.bin');
if (process.env.NER_DATA && !existsSync(NER_FILE)) copyFileSync(join(ROOT, 'server/data/ner.bin'), NER_FILE);
const require = createRequire(import.meta.url);
const { readSections, NER_DATA_VERSION } = require(join(ROOT, 'server/out/core/ner/data.js'));

const varint = (v, bytes) => {
  while (v >= 128) (bytes.push((v % 128) | 128), (v = Math.floor(v / 128)));
  bytes.push(v);
};

/** Bytes of: count, then per key (ascending, delta-coded varint) its varint value. */
export function pack(map) {
  const entries = [...map.entries()].map(([k, v]) => [k >>> 0, v]).sort((a, b) => a[0] - b[0]);
  const bytes = [];
  varint(entries.length, bytes);
  let last = 0;
  for (const [k, v] of entries) (varint(k - last, bytes), varint(v, bytes), (last = k));
  return Uint8Array.from(bytes);
}

/** The sections of a data file (empty when there is none yet). */
export function readData(file = NER_FILE) {
  return existsSync(file) ? readSections(readFileSync(file)) : new Map();
}

/**
 * Writes `file` with the sections of `from` (a data file) replaced by `sections` (name -> bytes);
 * `settings` (an object) is merged into the recorded training settings under `step`.
 */
export function writeData(sections, { step, settings } = {}, file = NER_FILE, from = file) {
  const all = readData(from);
  for (const [k, v] of Object.entries(sections)) all.set(k, v);
  if (step) {
    const old = all.has('settings') ? JSON.parse(Buffer.from(all.get('settings')).toString('utf8')) : {};
    all.set('settings', Buffer.from(JSON.stringify({ ...old, [step]: settings })));
  }
  const bytes = [...Buffer.from('BNER'), NER_DATA_VERSION];
  for (const name of [...all.keys()].sort()) {
    const body = all.get(name);
    varint(name.length, bytes);
    bytes.push(...Buffer.from(name));
    varint(body.length, bytes);
    for (let i = 0; i < body.length; i++) bytes.push(body[i]);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Uint8Array.from(bytes));
  console.log(`wrote ${file}: ${(bytes.length / 1e6).toFixed(2)} MB (${[...all.keys()].sort().map((k) => `${k} ${(all.get(k).length / 1e6).toFixed(2)}`).join(', ')})`);
}
