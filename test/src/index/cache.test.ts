import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { AnalysisCache, contentHash } from '../../../server/out/index/cache';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

test('the persistent cache round-trips analyses by content hash and survives damage', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  try {
    const texts = ['First story headline\n\nMohammed Alloush resigned.', 'Second story headline\n\nGeneva talks stalled.'];
    const cache = new AnalysisCache(dir);
    for (const t of texts) cache.put(contentHash(t), analyze(t));
    await cache.save(new Set(texts.map(contentHash)));
    const [file] = readdirSync(dir);
    // A truncated last line and garbage must cost re-analysis only.
    appendFileSync(join(dir, file), '{"h":"x","a":{"version"\nnot json at all\n');
    const again = new AnalysisCache(dir);
    assert.equal(await again.load(), 2);
    assert.deepEqual(again.get(contentHash(texts[0]), texts[0]), analyze(texts[0]));
    // Only live entries are kept on the next save, and the write is atomic (no temp file left).
    again.put(contentHash('x'), analyze('x'));
    await again.save(new Set([contentHash(texts[1])]));
    assert.equal(readFileSync(join(dir, file), 'utf8').trim().split('\n').length, 1);
    assert.deepEqual(readdirSync(dir), [file]);
    writeFileSync(join(dir, file), '\u0000\u0001garbage');
    assert.equal(await new AnalysisCache(dir).load(), 0);
    assert.equal(await new AnalysisCache(join(dir, 'missing')).load(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new analyses are appended as they come, stale lines are compacted away, write failures are reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  try {
    const texts = Array.from({ length: 4 }, (_, i) => `Story ${i} headline here\n\nJohn Carter said "no" ${i} times.`);
    const first = new AnalysisCache(dir);
    first.put(contentHash(texts[0]), analyze(texts[0]), JSON.stringify(analyze(texts[0])));
    first.put(contentHash(texts[1]), analyze(texts[1]));
    await first.save(new Set(texts.slice(0, 2).map(contentHash)));
    const second = new AnalysisCache(dir);
    assert.equal(await second.load(), 2);
    assert.deepEqual(second.get(contentHash(texts[0]), texts[0]), analyze(texts[0]), 'a JSON handed over by a worker reads back the same');
    second.put(contentHash(texts[2]), analyze(texts[2]));
    await second.save(new Set(texts.slice(0, 3).map(contentHash)));
    assert.equal(readFileSync(second.file, 'utf8').trim().split('\n').length, 3, 'appended, not rewritten');
    // Two of three lines stale: the next save rewrites the file with the live ones.
    second.put(contentHash(texts[3]), analyze(texts[3]));
    await second.save(new Set([contentHash(texts[3])]));
    assert.equal(readFileSync(second.file, 'utf8').trim().split('\n').length, 1);
    const blocked = new AnalysisCache(join(second.file, 'not-a-folder'));
    blocked.put(contentHash(texts[0]), analyze(texts[0]));
    await assert.rejects(blocked.save(new Set([contentHash(texts[0])])));
    assert.deepEqual(blocked.get(contentHash(texts[0]), texts[0]), analyze(texts[0]), 'still served from memory');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
