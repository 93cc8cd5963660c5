// Which files are articles: globs with VS Code's semantics, and never a glob that backtracks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileGlobs, globProblem } from '../../../server/out/index/globs';

test('globs: the settings examples with VS Code\'s semantics', () => {
  const g = compileGlobs(['**/*.txt', 'wire/*.{md,text}'], ['drafts/**', '**/*-draft*.txt']);
  const cases: [string, boolean][] = [
    ['a.txt', true],
    ['deep/er/still/a.txt', true],
    ['.hidden/a.txt', true], // dotfiles are files like any other
    ['.a.txt', true],
    ['a.txt.bak', false],
    ['wire/x.md', true],
    ['wire/x.text', true],
    ['wire/sub/x.md', false], // * stays within one name
    ['drafts/a.txt', false],
    ['drafts/deep/a.txt', false],
    ['news/piece-draft2.txt', false],
    ['news/piece.txt', true],
  ];
  for (const [path, article] of cases) assert.equal(g.included(path) && !g.excluded(path), article, path);
  assert.ok(g.excluded('drafts'), 'an excluded folder is not entered');
  assert.deepEqual(g.problems, []);
});

test('globs: a glob whose matching could backtrack for minutes is refused with a reason; accepted ones stay fast', () => {
  for (const glob of ['*a*a*a*a*a*a*a*a*b', '*a*a*b', '**/a*/**/*a*b', '**/**/**/**/*.txt', 'x'.repeat(300)]) assert.match(globProblem(glob) ?? '', /wildcards|longer/, glob);
  const g = compileGlobs(['*a*b', '**/*a*b', '**/a/**/b'], ['**/x*y*']);
  assert.deepEqual(g.problems, []);
  const paths = ['a'.repeat(250), `${'a/'.repeat(31)}${'a'.repeat(200)}`, `${'x/a/'.repeat(15)}x`];
  for (const path of paths) {
    const t = performance.now();
    g.included(path);
    g.excluded(path);
    assert.ok(performance.now() - t < 50, `${path.slice(0, 20)}…: ${(performance.now() - t).toFixed(1)} ms`);
  }
});
