// No super-linear regular expression or loop: 100,000-character runs of the characters that
// trouble text parsers finish in time linear in their size (checked as the ratio of n to 4n).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { parseKnowledge } from '../../../server/out/index/knowledge';
import { compileGlobs } from '../../../server/out/index/globs';
import { covered, PATHOLOGICAL, problems, REGRESSIONS, repeat, report, scaling } from './check';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

/** 4x the input may cost up to this many times the time; linear is 4, quadratic 16. */
const FACTOR = 10;

after(() => report('reliability/linear'));

for (const [name, unit] of Object.entries({ ...PATHOLOGICAL, ...REGRESSIONS })) {
  test(`linear: 100,000 characters of ${name}`, { timeout: 30_000 }, () => {
    covered.cases++;
    covered.inputs += 2;
    let s = scaling(analyze, unit, 25_000, 1);
    if (s.ratio >= FACTOR) s = scaling(analyze, unit, 25_000, 3); // once more, in case the machine was busy
    assert.ok(s.ratio < FACTOR, `25,000 chars: ${s.small.toFixed(1)} ms, 100,000: ${s.large.toFixed(1)} ms (x${s.ratio.toFixed(1)})`);
    assert.deepEqual(problems(repeat(unit, 25_000), analyze(repeat(unit, 25_000))), []);
  });
}

test('linear: byline.yaml parsing and globs', { timeout: 30_000 }, () => {
  for (const unit of ['- ', '[', 'a: ', '"', '&a ', '\n  ']) {
    covered.cases++;
    let s = scaling(parseKnowledge, unit, 4000, 1);
    if (s.ratio >= FACTOR) s = scaling(parseKnowledge, unit, 4000, 3);
    assert.ok(s.ratio < FACTOR, `yaml ${JSON.stringify(unit)}: x${s.ratio.toFixed(1)}`);
  }
  for (const glob of ['**/**/**/**/**/**/**/*.txt', '*a*a*a*a*a*a*a*a*a*a*b', '{a,a,a,a}{a,a,a,a}{a,a,a,a}*b']) {
    covered.cases++;
    const globs = compileGlobs([glob], [glob]);
    const t = performance.now();
    globs.included(`${'a/'.repeat(30)}${'a'.repeat(30)}`);
    globs.excluded(`${'a/'.repeat(30)}${'a'.repeat(30)}`);
    assert.ok(performance.now() - t < 1000, `glob ${glob} backtracks`);
  }
});
