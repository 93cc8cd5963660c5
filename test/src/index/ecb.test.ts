// The judged warnings on real same-event news (ecb-judged.ts): the expected ones are given, and
// no other warning appears on the judged clusters. Skips when ../shared is absent.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { loadNerData } from '../../../server/out/index/ner-data';
import { Workspace } from '../../../server/out/index/workspace';
import { JUDGED } from './ecb-judged';

loadNerData();

const SHARED = join(__dirname, '../../../../shared');
const DATA = join(tmpdir(), 'byline-ecb');

test('real same-event news: the judged warnings, and no others', { skip: !existsSync(join(SHARED, 'data/ecbplus')) && 'no ../shared/data/ecbplus', timeout: 300_000 }, () => {
  if (!existsSync(DATA)) {
    const prep = spawnSync(process.execPath, [join(SHARED, 'tools/ecb-prep.mjs')], { encoding: 'utf8' });
    assert.equal(prep.status, 0, prep.stderr);
  }
  const pair = (a: string, b: string): string => [a, b].sort().join(' ');
  const wrong: string[] = [];
  const missing: string[] = [];
  for (const cluster of [...new Set(JUDGED.map((j) => j.cluster))]) {
    const dir = join(DATA, cluster);
    const ws = new Workspace();
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      ws.set(`file:///ecb/${f}`, text, analyze(text), true);
    }
    ws.graph.settle();
    const given = new Set<string>();
    for (const f of files)
      for (const c of ws.contradictions(`file:///ecb/${f}`)) {
        if (c.severity !== 'warning') continue;
        const key = `${c.kind} ${pair(f, c.there.uri.slice('file:///ecb/'.length))}`;
        given.add(key);
        const judged = JUDGED.find((j) => j.cluster === cluster && `${j.kind} ${pair(...j.files)}` === key);
        if (judged?.verdict !== 'expected') wrong.push(`${cluster} ${key}: ${judged ? `judged wrong (${judged.pattern})` : 'not judged'}: ${c.message}`);
      }
    for (const j of JUDGED.filter((x) => x.cluster === cluster && x.verdict === 'expected')) if (!given.has(`${j.kind} ${pair(...j.files)}`)) missing.push(`${cluster} ${j.kind} ${j.files.join(' ')} (${j.pattern})`);
  }
  assert.deepEqual(wrong, [], 'warnings a fact-checker would not agree with');
  assert.deepEqual(missing, [], 'disagreements a careful reader finds');
});
