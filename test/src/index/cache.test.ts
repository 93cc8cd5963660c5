import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { AnalysisCache, contentHash } from '../../../server/out/index/cache';

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
    assert.deepEqual(again.get(contentHash(texts[0])), analyze(texts[0]));
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
