// build-lexicon.mjs --profile: tags the BBC and ECB+ news with the current model and stores, per
// word, its most frequent name label and how often it gets it (words seen at least `min` times),
// and, as tagged phrases, the names it finds at least `min` times with one type `agree` of the time.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA, ROOT, readJsonl } from './data.mjs';
import { NER_FILE, pack, writeData } from './pack.mjs';

const require = createRequire(import.meta.url);
const ner = (m) => require(join(ROOT, 'server/out/core/ner', m));
require(join(ROOT, 'server/out/index/ner-data.js')).loadNerData(NER_FILE);
const { prepare, tagTokens, decode } = ner('index.js');
const { wordMap, phraseMap, phraseStep, PHRASE, PHRASE_SEED, MAX_PHRASE, TAGGED_PHRASES, PROFILE_SHIFT, PROFILE_MASK } = ner('lexicon.js');
const { L } = ner('model.js');
const SETTINGS = { min: 3, agree: 0.7 };

const texts = [];
for (const cat of readdirSync(join(DATA, 'bbc'))) if (!cat.includes('.')) for (const f of readdirSync(join(DATA, 'bbc', cat))) texts.push(readFileSync(join(DATA, 'bbc', cat, f), 'utf8'));
for (const d of readJsonl('ecbplus/ecbplus.jsonl')) texts.push(d.text);

const counts = new Map();
const names = new Map();
const TAGGED = [PHRASE.taggedPer, PHRASE.taggedOrg, PHRASE.taggedLoc, PHRASE.taggedMisc];
for (const text of texts) {
  const d = prepare(text);
  const labels = tagTokens(d);
  for (const e of decode(d, labels)) {
    if (e.b - e.a > MAX_PHRASE) continue;
    let h = PHRASE_SEED;
    const prefixes = [];
    for (let t = e.a; t < e.b; t++) {
      if (t > e.a) prefixes.push(h);
      h = phraseStep(h, d.toks.hash[t]);
    }
    let c = names.get(h);
    if (!c) names.set(h, (c = { c: new Int32Array(4), prefixes }));
    c.c[e.type]++;
  }
  for (let w = 0; w < d.nWindows; w++)
    for (let t = d.windows[2 * w]; t < d.windows[2 * w + 1]; t++) {
      if (d.toks.shape[t] === 0 || d.toks.shape[t] === 7) continue; // lowercase words and punctuation
      let c = counts.get(d.toks.hash[t]);
      if (!c) counts.set(d.toks.hash[t], (c = new Int32Array(L)));
      c[labels[t]]++;
    }
}
const map = wordMap();
const words = new Map();
for (const [k, v] of map.entries()) words.set(k, v & ~(PROFILE_MASK << PROFILE_SHIFT));
let profiled = 0;
for (const [h, c] of counts) {
  const total = c.reduce((a, b) => a + b, 0);
  if (total < SETTINGS.min) continue;
  let best = 1;
  for (let y = 2; y < L; y++) if (c[y] > c[best]) best = y;
  const share = c[best] / total;
  if (share < 0.1) continue;
  const bucket = share < 0.3 ? 0 : share < 0.6 ? 1 : share < 0.9 ? 2 : 3;
  words.set(h, (words.get(h) ?? 0) | ((1 + (best - 1) * 4 + bucket) << PROFILE_SHIFT));
  profiled++;
}
const pmap = phraseMap();
const phrases = new Map();
// gazetteer phrases and their prefixes (value 0) stay; tagged phrases are replaced
for (const [k, v] of pmap.entries()) if (v === 0 || v & ~TAGGED_PHRASES) phrases.set(k, v & ~TAGGED_PHRASES);
let tagged = 0;
for (const [h, { c, prefixes }] of names) {
  const total = c.reduce((a, b) => a + b, 0);
  const type = c.indexOf(Math.max(...c));
  if (total < SETTINGS.min || c[type] < SETTINGS.agree * total) continue;
  for (const p of prefixes) if (!phrases.has(p)) phrases.set(p, 0);
  phrases.set(h, (phrases.get(h) ?? 0) | TAGGED[type]);
  tagged++;
}
console.log(`profile: ${texts.length} texts, ${profiled} words profiled, ${tagged} tagged phrases`);
writeData({ words: pack(words), phrases: pack(phrases) }, { step: 'profile', settings: SETTINGS });
