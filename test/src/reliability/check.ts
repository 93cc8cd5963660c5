// Shared by the reliability tests and scripts/fuzz.mjs: the invariants every analysis must hold,
// the article generators, and counters so each suite can print what it covered.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { structure } from '../../../server/out/core/analyze';
import { lineStarts } from '../../../server/out/core/text';
import type { ArticleAnalysis, Span } from '../../../server/out/core/types';

export const SAMPLES = join(__dirname, '../../../samples');
export const BBC = join(__dirname, '../../../../shared/data/bbc');

/** What a suite covered; printed at the end so CI logs show it. */
export const covered = { cases: 0, inputs: 0, faults: 0, crashes: 0, hangs: 0, outOfRange: 0 };
export function report(suite: string): void {
  const c = covered;
  console.log(`# ${suite}: ${c.cases} cases run, ${c.inputs} inputs tried, ${c.faults} faults injected, ${c.crashes} crashes, ${c.hangs} hangs, ${c.outOfRange} out-of-range`);
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * Problems with an analysis of `raw` (empty when it is sound): every span inside the text and not
 * splitting a surrogate pair, indices valid, lists sorted where the index relies on it.
 */
export function problems(raw: string, a: ArticleAnalysis): string[] {
  const text = raw;
  const out: string[] = [];
  const span = (what: string, s: Span | null | undefined): void => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) out.push(`${what} [${s.start}, ${s.end}) outside 0..${text.length}`);
    else if ((s.start < text.length && isLow(text.charCodeAt(s.start)) && isHigh(text.charCodeAt(s.start - 1))) || (isLow(text.charCodeAt(s.end)) && isHigh(text.charCodeAt(s.end - 1))))
      out.push(`${what} [${s.start}, ${s.end}) splits a surrogate pair`);
  };
  const sorted = (what: string, list: Span[], disjoint: boolean): void => {
    for (let i = 1; i < list.length; i++)
      if (list[i].start < list[i - 1].start || (disjoint && list[i].start < list[i - 1].end)) out.push(`${what} ${i} out of order or overlapping`);
  };
  if (a.length !== text.length) out.push(`length ${a.length} != ${text.length}`);
  if (JSON.stringify(a.lineStarts) !== JSON.stringify(lineStarts(text))) out.push('lineStarts differ from the text');
  span('headline', a.headline);
  if (a.headline && a.headline.text !== text.slice(a.headline.start, a.headline.end)) out.push('headline text differs from its span');
  const doc = structure(text);
  for (const [what, list] of [['paragraph', doc.paragraphs], ['sentence', doc.sentences], ['boilerplate', a.boilerplate], ['mention', a.mentions], ['quote', a.quotes], ['figure', a.figures], ['figure sentence', a.figures.map((f) => f.sentence)]] as const) {
    list.forEach((s, i) => span(`${what} ${i}`, s));
  }
  a.figures.forEach((f, i) => {
    if (f.start < f.sentence.start || f.end > f.sentence.end) out.push(`figure ${i} outside its sentence`);
  });
  sorted('paragraph', doc.paragraphs, true);
  sorted('sentence', doc.sentences, true);
  sorted('boilerplate', a.boilerplate, true);
  sorted('mention', a.mentions, true); // mentionAt() binary-searches them
  sorted('quote', a.quotes, false);
  a.mentions.forEach((m, i) => {
    if (m.text !== text.slice(m.start, m.end)) out.push(`mention ${i} text differs from its span`);
    if (!a.entities[m.local]) out.push(`mention ${i} has no entity ${m.local}`);
  });
  a.entities.forEach((e, i) => {
    span(`entity ${i} first`, e.first);
    e.descriptions.forEach((d, k) => span(`entity ${i} description ${k}`, d));
    for (const m of e.mentions) if (!a.mentions[m] || a.mentions[m].local !== i) out.push(`entity ${i} lists mention ${m} that is not its own`);
  });
  a.quotes.forEach((q, i) => {
    span(`quote ${i} speaker`, q.speaker);
    span(`quote ${i} channel`, q.channelSpan);
    if (q.speaker?.local != null && !a.entities[q.speaker.local]) out.push(`quote ${i} speaker entity ${q.speaker.local} missing`);
  });
  a.figures.forEach((f, i) => {
    if (f.source !== null && !a.entities[f.source]) out.push(`figure ${i} source ${f.source} missing`);
    for (const p of f.places) if (!a.entities[p]) out.push(`figure ${i} place ${p} missing`);
  });
  return out;
}

/** The sample articles, and a few hundred BBC ones when the shared data is present. */
export function corpus(max = 300): string[] {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLES, f));
  try {
    for (const d of readdirSync(BBC, { withFileTypes: true }))
      if (d.isDirectory()) files.push(...readdirSync(join(BBC, d.name)).slice(0, Math.ceil(max / 5)).map((f) => join(BBC, d.name, f)));
  } catch {
    // No shared data: the samples alone.
  }
  return files.slice(0, max).map((f) => readFileSync(f, 'utf8'));
}

// --- generators: the pieces real articles are made of, and the ones that break parsers
const QUOTES = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‟', '‚', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '″', '`'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u0085'];
const WORDS = [
  'John Carter', 'Mohammed Alloush', 'al-Assad', 'Jaysh al-Islam', "O'Brien", 'Geneva', 'Syria', 'the Observatory', 'Syrian Observatory for Human Rights',
  'said', 'told', 'according to', 'he said', 'she told reporters', 'in a statement on Facebook', 'on Twitter', 'on Sunday', 'May 31, 2016', '31.05.2016', '2016-05-31',
  'Mr.', 'Dr', 'U.S.', 'UN', 'NATO', 'ISIS', 'the', 'a', 'and', 'of', 'killed', '45', '280,000 dead', '1,200 injured', 'President', 'Minister', 'spokesman',
  'Share', 'Read more', '(AFP)', '[Getty]', 'Leave a reply', '3 min read', 'Photo: Reuters', 'Copyright', 'e.g.', '...', '…', '—', '-', '--',
  '😀', '👩‍👩‍👧', '𝐁𝐨𝐥𝐝', '\ud800', '\udc00', 'مرحبا بالعالم', 'עולם', '\u200f', '\u202e', '\u200b', '\ufeff', '\u00a0', '\t', ' ', '  ', 'ÉLYSÉE', 'Zürich', 'İstanbul', 'ß',
  'AL-AL-AL', 'THE PRESIDENT SAID', ',', '.', '!', '?', ';', ':', '(', ')', '[', ']', '{', '}', '\ufffd', '\u0000', '\u001b',
];

export const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Random articles: word salad with a headline, quotes of every style and every line break. */
export const article = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', ' ', ' ')), { maxLength: 300, size: 'large' }).map((xs) => xs.map(([p, s]) => p + s).join(''));

/** A real article mutated: pieces inserted, spans deleted or duplicated, quote marks swapped. */
export function mutated(texts: string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(piece, fc.constant('')), fc.boolean());
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 12 })).map(([text, edits]) => {
    let t = text;
    for (const [at, len, insert, dup] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + (dup ? t.slice(i, i + len) : '') + insert + t.slice(i + (dup ? 0 : len));
    }
    return t;
  });
}

/** A random edit of `text` as an LSP range change: [start, end) replaced by `insert`. */
export const edit = fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.oneof(piece, fc.constant('')));

// --- pathological inputs for the linear-time check: `unit` repeated to n characters
export const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** The runs the issue names, plus a few more; checked in CI. */
export const PATHOLOGICAL: Record<string, string> = {
  'straight quotes': '"', 'curly quotes': '“”', 'every quote style': '"\'“”‘’«»„‟‚‹›「」『』', capitals: 'A', 'capital words': 'ABC ',
  hyphens: '-', spaces: ' ', apostrophes: "'", periods: '.', brackets: '([{', 'al-al-al': 'al-', 'line breaks': '\n', 'lone CRs': '\r',
};
/** More shapes, checked by scripts/fuzz.mjs (each costs seconds). */
export const PATHOLOGICAL_MORE: Record<string, string> = {
  'title-case words': 'Ab ', 'A-A-A': 'A-', 'A. A. A.': 'A. ', 'Mr.Mr.': 'Mr.', ellipses: '…', 'quoted words': '"Hello" ', 'said: "': 'said: "', digits: '1,',
  emoji: '😀', 'A & A': 'A & ', 'Smith, Smith': 'Smith, ', numbers: '1 ', 'CRLF': '\r\n', tabs: '\t', nbsp: '\u00a0', 'right-to-left': 'مرحبا ',
};
/** Inputs that were super-linear before (bugs B1-B4 in the reliability notes): kept as regressions. */
export const REGRESSIONS: Record<string, string> = {
  'boilerplate lines (B1)': 'Share\n',
  'short lines without full stops (B2)': 'x\n',
  'one name repeated (B3)': 'John Carter said "yes" and ',
  'full name then surname (B3)': 'John Carter met Carter. ',
  'Al-Al-Al, one long name (B4)': 'Al-',
  'people taken somewhere, sentence after sentence (B5)': 'Ana Berg was taken to Tarnby General Hospital. ',
  'people taken somewhere, in one endless sentence (B5)': 'the injured were taken to Tarnby General Hospital, ',
};

/**
 * Time of `f` at n and at 4n (best of `runs`, interleaved). Linear code gives a ratio near 4,
 * quadratic near 16; callers allow a generous factor so a busy machine does not fail them.
 */
export function scaling(f: (s: string) => unknown, unit: string, n: number, runs = 2): { small: number; large: number; ratio: number } {
  const a = repeat(unit, n);
  const b = repeat(unit, 4 * n);
  f(repeat(unit, 1000));
  let small = Infinity;
  let large = Infinity;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    f(a);
    small = Math.min(small, performance.now() - t);
    t = performance.now();
    f(b);
    large = Math.min(large, performance.now() - t);
  }
  // Below a few milliseconds timer noise dominates: count such runs as that floor.
  return { small, large, ratio: large / Math.max(small, 10) };
}
