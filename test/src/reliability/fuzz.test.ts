// Property-based fuzzing of the analysis core (a few hundred cases here; scripts/fuzz.mjs runs
// thousands): random and mutated articles never throw, every span is inside the text and the
// lists the index searches are sorted. Also random bytes through the decoder and random YAML.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/out/core/analyze';
import { decode } from '../../../server/out/index/files';
import { parseKnowledge } from '../../../server/out/index/knowledge';
import { Workspace } from '../../../server/out/index/workspace';
import type { ArticleAnalysis } from '../../../server/out/core/types';
import { article, corpus, covered, mutated, problems, report } from './check';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

/** Scale with BYLINE_FUZZ_SCALE (scripts/fuzz.mjs raises it). */
const SCALE = Number(process.env.BYLINE_FUZZ_SCALE ?? 1);
/** One seed per run, printed, so that a failing or stalling run can be repeated with BYLINE_FUZZ_SEED. */
const SEED = process.env.BYLINE_FUZZ_SEED ? Number(process.env.BYLINE_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
console.log(`# fuzz seed ${SEED} (BYLINE_FUZZ_SEED=${SEED} repeats this run)`);
const runs = (n: number): { numRuns: number; seed: number } => ({ numRuns: Math.round(n * SCALE), seed: SEED });
/** An article of a few KB analyses in about a millisecond; a hundred times that under CI load is still far below this. */
const SLOW_MS = 5_000;

after(() => report('reliability/fuzz'));

const sound = (text: string): boolean => {
  covered.cases++;
  covered.inputs++;
  let found: string[];
  const began = performance.now();
  try {
    found = problems(text, analyze(text));
  } catch (e) {
    covered.crashes++;
    throw e;
  }
  const ms = performance.now() - began;
  if (ms > SLOW_MS) {
    covered.hangs++;
    assert.fail(`analysis took ${Math.round(ms)} ms on ${JSON.stringify(text.slice(0, 300))}`);
  }
  covered.outOfRange += found.length;
  assert.deepEqual(found, [], JSON.stringify(text.slice(0, 200)));
  return true;
};

test('real articles (samples, and BBC ones when ../shared is present) analyse soundly', { timeout: 120_000 }, () => {
  const failed: string[] = [];
  for (const text of corpus(250))
    try {
      sound(text);
    } catch (e) {
      failed.push(`${text.split('\n')[0].slice(0, 60)}: ${(e as Error).message.split('\n')[0]}`);
    }
  assert.deepEqual(failed, []);
});

test('random articles: no exception, every span inside the text', { timeout: 120_000 }, () => {
  fc.assert(fc.property(article, sound), runs(200));
});

test('mutated real articles: no exception, every span inside the text', { timeout: 120_000 }, () => {
  fc.assert(fc.property(mutated(corpus(60)), sound), runs(80));
});

test('analysis is deterministic (results are cached by content hash)', { timeout: 60_000 }, () => {
  fc.assert(
    fc.property(article, (text) => {
      covered.cases++;
      assert.deepEqual(analyze(text), analyze(text));
    }),
    runs(30),
  );
});

test('random article additions, changes and removals leave the index as a fresh one of the final articles', { timeout: 120_000 }, () => {
  const texts = corpus(20);
  const analysed = new Map<string, ArticleAnalysis>();
  const analysis = (t: string): ArticleAnalysis => analysed.get(t) ?? analysed.set(t, analyze(t)).get(t)!;
  // Every local entity's id, and that entity's type and name: what hovers, colours and outlines read.
  const view = (w: Workspace, uris: string[]): string[] =>
    uris.flatMap((u) =>
      w.analysis(u)!.entities.map((_, local) => {
        const id = w.graph.idOf(u, local);
        const e = id && w.graph.get(id);
        return `${u}#${local} ${id} ${e && `${e.type} ${e.name}`}`;
      }),
    );
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(4), fc.option(fc.oneof(article, mutated(texts)))), { minLength: 1, maxLength: 12 }), (steps) => {
      covered.cases++;
      const w = new Workspace();
      const final = new Map<string, string>();
      for (const [slot, text] of steps) {
        covered.inputs++;
        const u = `file:///ws/${slot}.txt`;
        if (text === null) {
          w.remove(u);
          final.delete(u);
        } else {
          w.set(u, text, analysis(text));
          final.set(u, text);
        }
        // Reading in between fills the caches the next change must invalidate.
        for (const id of w.graph.ids()) w.graph.get(id);
      }
      const fresh = new Workspace();
      for (const [u, text] of final) fresh.set(u, text, analysis(text));
      const uris = [...final.keys()].sort();
      assert.deepEqual(view(w, uris), view(fresh, uris));
    }),
    runs(60),
  );
});

test('random bytes decode to text or a skip, and decoded text analyses soundly', { timeout: 60_000 }, () => {
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), article.map((t) => new TextEncoder().encode(t))), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), (body, bom) => {
      covered.faults++;
      const d = decode(Uint8Array.from([...bom, ...body]));
      if ('text' in d) sound(d.text);
      else assert.match(d.skip, /binary/);
    }),
    runs(150),
  );
});

test('random byline.yaml: knowledge or problems inside the file, never a throw', { timeout: 60_000 }, () => {
  const yamlish = fc
    .array(fc.oneof(fc.constantFrom('entities:', '\n', '  - ', 'name: ', 'aliases: [', ']', '{', '}', '&a ', '*a ', '!!str ', '!x ', '"', "'", '#', ': ', '? ', 'type: person', 'notEntities:', 'distinct:', '<<: ', '|', '>', '---', '...', '%YAML 1.2', '\t'), fc.string({ maxLength: 5 })), { maxLength: 60 })
    .map((xs) => xs.join(''));
  fc.assert(
    fc.property(yamlish, (text) => {
      covered.cases++;
      covered.inputs++;
      const r = parseKnowledge(text);
      assert.ok(r.knowledge || r.problems.length);
      for (const p of r.problems) assert.ok(0 <= p.start && p.start <= p.end && p.end <= text.length + 1, `problem ${p.start}-${p.end} in ${text.length}`);
    }),
    runs(300),
  );
});
