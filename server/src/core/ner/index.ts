// Named-entity recognition: a structured perceptron over BIO labels (scripts/ner/train.mjs) decoded
// with Viterbi inside candidate windows, then made consistent across the article.
import type { EntityType, NamedSpan } from '../types';
import { Doc, MAX_FEATURES, features, prepare } from './features';
import { L, STRIDE, TYPES, find, loadModel, viterbi } from './model';
import { LIST, LIST_SHIFT } from './lexicon';
import { Shape } from './tokenize';

export { prepare } from './features';

/** Entity as token range [a, b) and index into TYPES. */
interface Ent {
  a: number;
  b: number;
  type: number;
}

const PER = 0;
const MISC = 3;
/** Longest name, in tokens, that consistency repeats. */
const MAX_REPEAT = 8;

export function recognize(text: string): NamedSpan[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const d = prepare(text);
    return toSpans(d, consistent(d, decode(d, tagTokens(d))));
  } catch {
    return [];
  }
}

/** BIO label per token (0 outside candidate windows). */
export function tagTokens(d: Doc): Uint8Array {
  const labels = new Uint8Array(d.toks.n);
  const model = loadModel();
  if (!model) return labels;
  const { weights, scale } = model;
  const acc = new Int32Array(L);
  const feats = new Int32Array(MAX_FEATURES);
  let emit = new Float32Array(64 * L);
  let out = new Uint8Array(64);
  for (let w = 0; w < d.nWindows; w++) {
    const s = d.windows[2 * w];
    const m = d.windows[2 * w + 1] - s;
    if (m * L > emit.length) {
      emit = new Float32Array(2 * m * L);
      out = new Uint8Array(2 * m);
    }
    for (let i = 0; i < m; i++) {
      const k = features(d, s + i, feats);
      acc.fill(0);
      for (let f = 0; f < k; f++) {
        const r = find(model, feats[f]);
        if (r < 0) continue;
        for (let y = 0; y < L; y++) acc[y] += weights[r * STRIDE + y];
      }
      for (let y = 0; y < L; y++) emit[i * L + y] = acc[y] * scale;
    }
    viterbi(emit, m, model.trans, out);
    labels.set(out.subarray(0, m), s);
  }
  return labels;
}

export function decode(d: Doc, labels: Uint8Array): Ent[] {
  const ents: Ent[] = [];
  const n = d.toks.n;
  for (let t = 0; t < n; t++) {
    const y = labels[t];
    if (y === 0 || (y & 1) === 0) continue;
    let b = t + 1;
    while (b < n && labels[b] === y + 1) b++;
    ents.push({ a: t, b, type: (y - 1) >> 1 });
    t = b - 1;
  }
  return ents;
}

/**
 * Article-level consistency: capitalised common words dropped, an acronym in parentheses after a name takes its type, a surname
 * after a full name is the person, the same string gets its majority type, and untagged
 * repetitions of a tagged string are tagged.
 */
function consistent(d: Doc, found: Ent[]): Ent[] {
  const { text, toks } = d;
  const { start, end, shape, hash, initial, line } = toks;
  const n = toks.n;
  // a lone capitalised word where capitals say nothing ("Iodine deficiency …") is no name when
  // the article itself writes it in lowercase mid-sentence and never capitalised
  const ents = found.filter((e) => !(e.b - e.a === 1 && (initial[e.a] || line[e.a]) && d.seen[e.a] === 1));
  const surface = (a: number, b: number) => text.slice(start[a], end[b - 1]);
  const owner = new Int32Array(n).fill(-1);
  ents.forEach((e, i) => owner.fill(i, e.a, e.b));
  // "High Negotiations Committee (HNC)"
  for (const e of ents) {
    const t = e.b + 1;
    if (t + 1 < n && text.charCodeAt(start[e.b]) === 40 && text.charCodeAt(start[t + 1]) === 41 && (shape[t] === Shape.Caps || shape[t] === Shape.Acronym)) {
      const o = owner[t];
      if (o >= 0 && ents[o].a === t && ents[o].b === t + 1) ents[o].type = e.type;
      else if (o < 0) {
        owner[t] = ents.length;
        ents.push({ a: t, b: t + 1, type: e.type });
      }
    }
  }
  // votes per surface string; a person's surname votes for person
  const votes = new Map<string, Int32Array>();
  const byFirst = new Map<number, Set<number>>();
  const vote = (a: number, b: number, type: number, weight: number) => {
    const s = surface(a, b);
    let v = votes.get(s);
    if (!v) {
      const lens = byFirst.get(hash[a]);
      if (lens) lens.add(s.length);
      else byFirst.set(hash[a], new Set([s.length]));
    }
    if (!v) votes.set(s, (v = new Int32Array(TYPES.length)));
    v[type] += weight;
  };
  for (const e of ents) {
    vote(e.a, e.b, e.type, 2);
    const last = e.b - 1;
    if (e.type === PER && last > e.a && shape[last] === Shape.Cap && !((d.lex[last] >>> LIST_SHIFT) & LIST.first)) vote(last, e.b, PER, 3);
  }
  const best = new Map<string, number>();
  for (const [s, v] of votes) {
    let arg = 0;
    for (let y = 1; y < v.length; y++) if (v[y] > v[arg]) arg = y;
    best.set(s, arg);
  }
  for (const e of ents) e.type = best.get(surface(e.a, e.b)) ?? e.type;
  // tag untagged repetitions that stand alone (not part of a longer capitalised sequence)
  const added: Ent[] = [];
  for (let w = 0; w < d.nWindows; w++) {
    const ws = d.windows[2 * w];
    const we = d.windows[2 * w + 1];
    for (let t = ws; t < we; t++) {
      if (owner[t] >= 0 || shape[t] === Shape.Lower || shape[t] === Shape.Punct) continue;
      const lens = byFirst.get(hash[t]);
      if (!lens) continue;
      for (let b = t + 1; b <= we && b - t <= MAX_REPEAT; b++) {
        if (owner[b - 1] >= 0) break;
        const len = end[b - 1] - start[t];
        if (!lens.has(len)) continue;
        const type = best.get(text.slice(start[t], end[b - 1]));
        if (type === undefined || type === MISC) continue;
        const alone = (t === ws || !isName(shape[t - 1])) && (b === we || !isName(shape[b]));
        if (alone) {
          added.push({ a: t, b, type });
          t = b - 1;
        }
        break;
      }
    }
  }
  return added.length ? ents.concat(added).sort((x, y) => x.a - y.a) : ents.sort((x, y) => x.a - y.a);
}

function isName(s: number): boolean {
  return s === Shape.Cap || s === Shape.Caps || s === Shape.Mixed || s === Shape.Acronym || s === Shape.Letter;
}

const GROUP_ENDINGS = ['an', 'ans', 'ese', 'ish', 'is', 'ic', 'ch', 'ks', 'ds', 'gs', 'ist', 'ists'];

function toSpans(d: Doc, ents: Ent[]): NamedSpan[] {
  const { text, toks } = d;
  const out: NamedSpan[] = [];
  for (const e of ents) {
    let type: EntityType;
    if (e.type === MISC) {
      // nationalities and peoples ("Syrian", "Kurds") are groups; events, works and the rest other
      const s = text.slice(toks.start[e.a], toks.end[e.b - 1]);
      type = e.b - e.a === 1 && GROUP_ENDINGS.some((x) => s.endsWith(x)) ? 'group' : 'other';
    } else type = e.type === PER ? 'person' : e.type === 1 ? 'organization' : 'place';
    out.push({ start: toks.start[e.a], end: toks.end[e.b - 1], type });
  }
  return out;
}
