// Loading of the shared NER data (../shared/data from the project root) for training and evaluation.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA = join(ROOT, '../shared/data');
export const hasData = () => existsSync(join(DATA, 'ner'));

export function readJsonl(rel) {
  return readFileSync(join(DATA, rel), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const keep = (e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC' || e.type === 'MISC';

// re3d: only named spans, nested ones dropped (the outer span wins). Its conventions differ from the
// other sets (titles inside person names, pronouns and "U.S. forces" as organisations), so titles
// are stripped and spans that still are not plain names go to `ignore`: training skips those windows.
const PRONOUN = /^(i|we|he|she|they|it|you|us|them|our|their|his|her)$/i;
const TITLE = /^(minister|foreign|prime|president|vice|deputy|secretary|mr|mrs|ms|dr|he|general|gen|lt|col|spc|sgt|capt|maj|defen[cs]e|state|chief|commander|ambassador|special|envoy|king|queen|prince|sheikh|emir|senator|sen|colonel|lieutenant|major|sergeant|captain|admiral|adm|staff|army|air|force|marine|lord|baroness|home|justice|of|for|the|and|u\.s\.|us|uk|british|australian|american|[a-z]+(?:i|ian|an|ish|ese))\.?$/i;
const CONNECTOR = /^(of|the|for|and|al|de|bin|ibn|abu|el|-|&|'s|’s)$/i;
function re3d() {
  return readJsonl('re3d/re3d.jsonl').map((d) => {
    const named = d.entities.filter((e) => e.named && keep(e)).sort((a, b) => a.start - b.start || b.end - a.end);
    const outer = [];
    for (const e of named) if (!outer.some((o) => e.start < o.end && o.start < e.end)) outer.push(e);
    const entities = [];
    const ignore = [];
    for (const e of outer) {
      let start = e.start;
      const words = () => d.text.slice(start, e.end).split(/(?<=\S)\s+|(?=-)|(?<=-)/);
      if (e.type === 'PER') {
        let w;
        while ((w = words()).length > 1 && TITLE.test(w[0])) start = d.text.indexOf(w[1], start + w[0].length);
      }
      const w = words();
      const plain = !/,/.test(d.text.slice(start, e.end)) && !(start > e.start && w.includes('of')) && !PRONOUN.test(w[0]) && /^\p{Lu}/u.test(w[0]) && w.every((x) => /^[\p{Lu}\d]/u.test(x) || CONNECTOR.test(x));
      if (plain) entities.push({ start, end: e.end, type: e.type });
      else ignore.push({ start: e.start, end: e.end });
    }
    return { id: d.id, text: d.text, entities, ignore };
  });
}

// ECB+ news: only the people, organisations and places involved in the annotated events are marked,
// so it is partial annotation (`partial`: unmarked tokens may be anything). Named mentions only
// (capitalised words after a leading article or preposition); the text is pre-tokenised.
const ECB_TYPE = { HUMAN_PART_PER: 'PER', HUMAN_PART_ORG: 'ORG', LOC_GEO: 'LOC' };
const NAME_WORD = /^(\p{Lu}[\p{L}'’.&-]*|of|for|the|and|al|de|bin|-|&|\.)$/u;
function ecb() {
  return readJsonl('ecbplus/ecbplus.jsonl').map((d) => {
    const entities = [];
    for (const m of d.mentions) {
      const type = ECB_TYPE[m.tag];
      if (!type) continue;
      let start = m.start;
      const lead = /^(?:the|in|at|to|from|on|of|near)\s+/i.exec(m.text);
      if (lead) start += lead[0].length;
      const words = d.text.slice(start, m.end).split(/\s+/);
      if (!words.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(words[0]) || !/\p{Ll}/u.test(words.join(''))) continue;
      if (!entities.some((e) => e.start < m.end && start < e.end)) entities.push({ start, end: m.end, type });
    }
    return { id: d.id, text: d.text, entities, partial: true };
  });
}

// Re-DocRED (Wikipedia leads, every mention annotated, MISC for nationalities, works, events): a
// leading "the" is left out of names as in the other sets, and spans that are not names
// (lowercase, digits only) go to `ignore`.
function redocred() {
  return [...readJsonl('ner/redocred-dev.jsonl'), ...readJsonl('ner/redocred-test.jsonl')].map((d) => {
    const sorted = d.entities.filter(keep).sort((a, b) => a.start - b.start || b.end - a.end);
    const entities = [];
    const ignore = [];
    for (const e of sorted) {
      if (entities.some((o) => e.start < o.end && o.start < e.end)) continue;
      const the = /^the\s+/i.exec(d.text.slice(e.start, e.end));
      const start = the ? e.start + the[0].length : e.start;
      if (/^[\p{Lu}\d]/u.test(d.text.slice(start, e.end)) && /\p{L}/u.test(d.text.slice(start, e.end))) entities.push({ start, end: e.end, type: e.type });
      else ignore.push({ start: e.start, end: e.end });
    }
    return { id: d.id, text: d.text, entities, ignore };
  });
}

/** Training documents held out for development (train.mjs --dev): every fourth of these sets. */
export function held(name, i) {
  return (name === 'gum-train' || name === 'ewt' || name === 'wikigold' || name === 'redocred' || name === 'btc') && i % 4 === 0;
}

/** Training and development sets; never the UNER PUD file or the GUM test split. */
export function load(name) {
  switch (name) {
    case 'gum-train':
    case 'gum-dev':
    case 'gum-test':
      return readJsonl('ner/gum.jsonl').filter((d) => d.split === name.slice(4));
    case 'ewt':
      return [...load('ewt-dev'), ...load('ewt-test')];
    case 'ewt-dev':
    case 'ewt-test':
      return readJsonl(`ner/uner-en-${name}.jsonl`);
    case 'wikigold':
      return readJsonl('ner/wikigold.jsonl');
    case 're3d':
      return re3d();
    case 'redocred':
      return redocred();
    case 'btc':
      // tweets; no MISC type, so other names are left unmarked (as in EWT)
      return readJsonl('ner/btc.jsonl').map((d) => ({ ...d, noMisc: true }));
    case 'ecb':
      return ecb();
    case 'dev-gum':
      return [...load('gum-dev'), ...load('gum-train').filter((_, i) => held('gum-train', i))];
    case 'dev-ewt':
      return load('ewt').filter((_, i) => held('ewt', i));
    case 'dev-wikigold':
      return load('wikigold').filter((_, i) => held('wikigold', i));
    case 'dev-redocred':
      return load('redocred').filter((_, i) => held('redocred', i));
    case 'dev-btc':
      return load('btc').filter((_, i) => held('btc', i));
    case 'pud':
      return readJsonl('ner/uner-en-pud-test.jsonl');
    default:
      throw new Error(`unknown data set ${name}`);
  }
}
