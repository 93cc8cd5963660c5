import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describe, place } from '../../../server/out/core/anchor';

const ARTICLE = `Council approves new bridge budget

The city council voted on Tuesday to spend 40 million on the river bridge, the mayor said.
"We have waited long enough," the mayor told reporters after the vote.
Opponents said the bridge budget was rushed. The council will vote again in March.
`;

const at = (text: string, phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  assert.ok(start >= 0, phrase);
  return describe(text, start, start + phrase.length);
};

test('an untouched passage is found at its position', () => {
  const a = at(ARTICLE, 'spend 40 million');
  assert.deepEqual(place(ARTICLE, a), { start: a.start, end: a.end, how: 'position' });
});

test('after an edit above it, the passage is found by its quote at its new place', () => {
  const a = at(ARTICLE, 'spend 40 million');
  const edited = ARTICLE.replace('Council approves', 'BREAKING: Council narrowly approves');
  const p = place(edited, a)!;
  assert.equal(p.how, 'quote');
  assert.equal(edited.slice(p.start, p.end), 'spend 40 million');
});

test('a repeated phrase: the context picks the right occurrence', () => {
  // "the council" twice; "the bridge" twice: the second "bridge budget" is meant.
  const second = ARTICLE.indexOf('bridge budget', ARTICLE.indexOf('bridge budget') + 1);
  const a = describe(ARTICLE, second, second + 'bridge budget'.length);
  const edited = `Update: corrected.\n${ARTICLE}`;
  const p = place(edited, a)!;
  assert.equal(p.start, second + 'Update: corrected.\n'.length);
});

test('a passage reworded a little is found approximately; a passage rewritten is an orphan', () => {
  const a = at(ARTICLE, 'We have waited long enough');
  const reworded = ARTICLE.replace('We have waited long enough', 'We waited long enough');
  const p = place(reworded, a)!;
  assert.equal(p.how, 'fuzzy');
  assert.equal(reworded.slice(p.start, p.end), 'We waited long enough');
  const rewritten = ARTICLE.replace('"We have waited long enough," the mayor told reporters after the vote.', 'The mayor left without comment.');
  assert.equal(place(rewritten, a), null);
});

test('a short passage is not matched approximately: an orphan, not a wrong place', () => {
  const a = at(ARTICLE, 'March');
  assert.equal(place(ARTICLE.replace('March', 'April'), a), null);
});

test('the position alone (no quote) is never trusted', () => {
  assert.equal(place(ARTICLE, { exact: '', prefix: '', suffix: '', start: 3, end: 9 }), null);
});

const words = ['the', 'council', 'mayor', 'said', 'vote', 'bridge', 'on', 'Tuesday', 'budget', '40', 'million', 'a', '.', ',', '\n'];
const textArb = fc.array(fc.constantFrom(...words), { minLength: 20, maxLength: 120 }).map((w) => w.join(' '));

test('random edits outside an annotated passage: it is found at its new place (fast-check)', { timeout: 60_000 }, () => {
  fc.assert(
    fc.property(
      textArb,
      fc.nat(),
      fc.integer({ min: 3, max: 40 }),
      fc.array(fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 12 }), ins: fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' ')) }), { minLength: 1, maxLength: 6 }),
      (text, s, len, edits) => {
        const start = s % Math.max(1, text.length - len);
        const end = Math.min(text.length, start + len);
        const anchor = describe(text, start, end);
        let cur = text;
        let [ns, ne] = [start, end];
        for (const e of edits) {
          // An edit entirely before or after the passage.
          const before = e.at % 2 === 0;
          const pos = before ? (ns ? e.at % (ns + 1) : 0) : ne + (e.at % (cur.length - ne + 1));
          const del = before ? Math.min(e.del, ns - pos) : Math.min(e.del, cur.length - pos);
          cur = cur.slice(0, pos) + e.ins + cur.slice(pos + del);
          if (before) [ns, ne] = [ns + e.ins.length - del, ne + e.ins.length - del];
        }
        const p = place(cur, anchor);
        assert.ok(p, 'the passage is there, so it is placed');
        assert.equal(cur.slice(p.start, p.end), anchor.exact);
        // When the quote with its surviving context occurs once, that is where it must be found.
        const withContext = (i: number) => cur.slice(Math.max(0, i - anchor.prefix.length), i + anchor.exact.length + anchor.suffix.length);
        const here = withContext(ns);
        let count = 0;
        for (let i = cur.indexOf(anchor.exact); i >= 0; i = cur.indexOf(anchor.exact, i + 1)) if (withContext(i) === here) count++;
        const intact = here === anchor.prefix.slice(anchor.prefix.length - (ns - Math.max(0, ns - anchor.prefix.length))) + anchor.exact + anchor.suffix.slice(0, here.length - (ns - Math.max(0, ns - anchor.prefix.length)) - anchor.exact.length);
        if (count === 1 && intact && here.length === anchor.prefix.length + anchor.exact.length + anchor.suffix.length) assert.equal(p.start, ns);
        if (cur.indexOf(anchor.exact) === cur.lastIndexOf(anchor.exact)) assert.equal(p.start, ns);
      },
    ),
    { numRuns: 500 },
  );
});

test('random edits inside a long passage (a few characters): it is found approximately, overlapping its new place (fast-check)', { timeout: 60_000 }, () => {
  const quote = 'Residents packed the hall and argued for two hours about the ferry timetable';
  fc.assert(
    fc.property(fc.array(fc.record({ at: fc.nat(quote.length - 1), ch: fc.constantFrom('x', 'y', ' ', '') }), { minLength: 1, maxLength: 4 }), (edits) => {
      const text = `${ARTICLE}\n${quote} and more text after it.`;
      const start = text.lastIndexOf(quote);
      const anchor = describe(text, start, start + quote.length);
      let q = quote;
      for (const e of edits) q = q.slice(0, e.at) + e.ch + q.slice(e.at + 1);
      const cur = `${ARTICLE}\n${q} and more text after it.`;
      const p = place(cur, anchor);
      assert.ok(p, JSON.stringify(q));
      const ns = cur.lastIndexOf(q);
      assert.ok(p.start < ns + q.length && p.end > ns, 'overlaps the new passage');
      assert.ok(Math.abs(p.start - ns) <= 4 && Math.abs(p.end - (ns + q.length)) <= 4, JSON.stringify([p, ns, ns + q.length]));
    }),
    { numRuns: 300 },
  );
});

test('a long article and a long quote stay fast', () => {
  const unique = 'Residents packed the hall and argued for two hours about the ferry timetable.';
  const text = ARTICLE.repeat(1000) + unique + ARTICLE.repeat(1000);
  const a = at(text, unique);
  const edited = text.slice(0, a.start) + 'Residents packed the town hall and argued for hours about the ferry timetable!' + text.slice(a.end);
  const t0 = performance.now();
  const p = place(edited, a);
  const ms = performance.now() - t0;
  assert.ok(p && p.how === 'fuzzy' && Math.abs(p.start - a.start) < 3, JSON.stringify(p));
  assert.ok(ms < 2000, `${ms} ms`);
});
