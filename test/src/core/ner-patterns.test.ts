import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare, recognize, typerScores } from '../../../server/out/core/ner/index';
import { nerData } from '../../../server/out/core/ner/data';
import { find } from '../../../server/out/core/ner/model';
import { spanFeatures } from '../../../server/out/core/ner/typer';
import { NO_WORD, caseFeatures, farKey, features, leftAttachedFeature, leftFeatures, leftPairFeature, leftTag, leftWordFeatures, nearFeatures, nearTag, restFeatures, rightAttachedFeature, rightFeatures, rightPairFeature, rightTag, rightWordFeatures, shapesFeature, wordFeatures } from '../../../server/out/core/ner/features';
import { Shape, tokenize } from '../../../server/out/core/ner/tokenize';
import { loadNerData } from '../../../server/out/index/ner-data';
import { names } from './recognised';

loadNerData();


test('an organisation word goes on over "for"/"of" and the capitalised words after it', () => {
  const found = names('Thousands fled, the Syrian Observatory for Human Rights said on Sunday, and the Ministry of Foreign Affairs in Paris agreed.');
  assert.ok(found.some(([s, t]) => s === 'Syrian Observatory for Human Rights' && t === 'organization'), JSON.stringify(found));
  assert.ok(found.some(([s, t]) => s === 'Ministry of Foreign Affairs' && t === 'organization'), JSON.stringify(found));
  // the pattern stops at a preposition that is no part of the name
  assert.ok(!found.some(([s]) => s.includes('Paris') && s !== 'Paris'), JSON.stringify(found));
});

test('a capitalised domain name is one token and an organisation, an e-mail address is not', () => {
  const t = tokenize('He told Gazeta.ru and BBC.co.uk, not info@Example.com.');
  const words = Array.from({ length: t.n }, (_, i) => 'He told Gazeta.ru and BBC.co.uk, not info@Example.com.'.slice(t.start[i], t.end[i]));
  assert.ok(words.includes('Gazeta.ru') && words.includes('BBC.co.uk'), words.join('|'));
  assert.equal(t.shape[words.indexOf('Gazeta.ru')], Shape.Domain);
  assert.ok(!words.includes('Example.com'), words.join('|'));
  const found = names('"Both sides want the talks to go on," Popov told Gazeta.ru on Monday.');
  assert.deepEqual(found.find(([s]) => s === 'Gazeta.ru'), ['Gazeta.ru', 'organization']);
});

test('a name never runs over a line break', () => {
  const text = 'Leading Dutch Librarians into DH\n\nMichiel Cock works in Amsterdam.';
  for (const s of recognize(text)) assert.ok(!text.slice(s.start, s.end).includes('\n'), JSON.stringify(text.slice(s.start, s.end)));
  const d = prepare(text);
  for (let w = 0; w < d.nWindows; w++) assert.ok(!text.slice(d.toks.start[d.windows[2 * w]], d.toks.end[d.windows[2 * w + 1] - 1]).includes('\n'));
});

test('ALL-CAPS lines are truecased from the lexicon: common words read as lowercase', () => {
  const d = prepare('REBELS QUIT THE PEACE TALKS IN GENEVA\n\nThe rebels quit the talks in Geneva on Sunday.');
  const word = (w: string) => Array.from({ length: d.toks.n }, (_, i) => i).find((i) => d.text.slice(d.toks.start[i], d.toks.end[i]) === w)!;
  assert.equal(d.toks.shape[word('THE')], Shape.Lower);
  assert.equal(d.toks.shape[word('TALKS')], Shape.Lower);
  assert.equal(d.toks.shape[word('GENEVA')], Shape.Cap);
});

test('the feature groups the tagger caches add up to the features the model was trained on', () => {
  const text = 'UN envoy Staffan de Mistura met officials of the Syrian Observatory for Human Rights (SOHR) in Geneva.\nBEIRUT (Reuters) - Talks.';
  const d = prepare(text);
  const { n, hash } = d.toks;
  const a = new Int32Array(256);
  const b = new Int32Array(256);
  const c = new Int32Array(256);
  for (let w = 0; w < d.nWindows; w++)
    for (let t = d.windows[2 * w]; t < d.windows[2 * w + 1]; t++) {
      const k = features(d, t, a);
      // as the model's feature groups
      let m = wordFeatures(d, t, b, 0);
      m = leftFeatures(d, t, b, m);
      m = rightFeatures(d, t, b, m);
      m = restFeatures(d, t, b, m);
      assert.deepEqual([...b.subarray(0, m)].sort(), [...a.subarray(0, k)].sort());
      // as the tagger sums them: per word (own, each neighbour alone), then the pairs and the rest
      let j = wordFeatures(d, t, c, 0);
      j = t > 0 ? leftPairFeature(d, t, c, leftAttachedFeature(d, t, c, leftWordFeatures(d, t, c, j))) : leftFeatures(d, t, c, j);
      j = t + 1 < n ? rightPairFeature(d, t, c, rightAttachedFeature(d, t, c, rightWordFeatures(d, t, c, j))) : rightFeatures(d, t, c, j);
      c[j++] = farKey(5, t > 1 ? hash[t - 2] : NO_WORD);
      c[j++] = farKey(6, t + 2 < n ? hash[t + 2] : NO_WORD);
      j = nearFeatures(d, t, c, j);
      assert.deepEqual([...c.subarray(0, j)].sort(), [...a.subarray(0, k)].sort());
    }
});

test("a neighbour's features depend on its word and the tag alone, as the tagger's cache keys them", () => {
  // "Geneva" after and before different words and in different places, "." and "," in different places
  const d = prepare('Talks in Geneva ended. In Geneva, Ana Ruiz met the UN envoy. The UN said Geneva and Ana Ruiz agreed, said a GENEVA daily.');
  const { n, hash } = d.toks;
  const scored: number[] = [];
  for (let w = 0; w < d.nWindows; w++) for (let t = d.windows[2 * w]; t < d.windows[2 * w + 1]; t++) scored.push(t);
  const a = new Int32Array(64);
  const b = new Int32Array(64);
  const group = (left: boolean, t: number, out: Int32Array) =>
    left ? leftAttachedFeature(d, t, out, leftWordFeatures(d, t, out, 0)) : rightAttachedFeature(d, t, out, rightWordFeatures(d, t, out, 0));
  let same = 0;
  for (const left of [true, false])
    for (const t of scored)
      for (const u of scored) {
        const [p, q] = left ? [t - 1, u - 1] : [t + 1, u + 1];
        if (t >= u || p < 0 || q < 0 || p >= n || q >= n || hash[p] !== hash[q]) continue;
        if ((left ? leftTag(d, t) : rightTag(d, t)) !== (left ? leftTag(d, u) : rightTag(d, u))) continue;
        assert.deepEqual(a.subarray(0, group(left, t, a)), b.subarray(0, group(left, u, b)));
        same++;
      }
  assert.ok(same >= 3, `${same} pairs of neighbours with one word and tag`);
});

test('the shapes and case around a token depend on nearTag alone, as the tagger caches them', () => {
  // names at a line's start and end, after "(", in a headline, next to unknown and common words, some in the same places
  const d = prepare('Ruiz Talks Hold In Geneva\nAna Ruiz met the UN (UN) envoy in Geneva. Geneva said the envoy met Ruiz and (Ana) Lind. Ana Ruiz met Tomas Lind in Paris.\nLIND');
  const scored: number[] = [];
  for (let w = 0; w < d.nWindows; w++) for (let t = d.windows[2 * w]; t < d.windows[2 * w + 1]; t++) scored.push(t);
  const a = new Int32Array(16);
  const b = new Int32Array(16);
  const near = (t: number, out: Int32Array) => caseFeatures(d, t, out, shapesFeature(d, t, out, 0));
  const tags = new Set<number>();
  let same = 0;
  for (const t of scored) {
    tags.add(nearTag(d, t));
    for (const u of scored) {
      if (t >= u || nearTag(d, t) !== nearTag(d, u)) continue;
      assert.deepEqual(a.subarray(0, near(t, a)), b.subarray(0, near(u, b)));
      same++;
    }
  }
  assert.ok(same >= 2 && tags.size >= 6, `${same} pairs of tokens with one tag, ${tags.size} tags`);
});

test("the typer's cached sums are those of the span's features, whatever spans came before", () => {
  const typer = nerData().typer!;
  // the same names in capitals, a headline, lowercase and in other places, one text after another
  const texts = ['ALLOUSH MEETS DE MISTURA IN GENEVA\n\nJaysh Al-Islam Says Geneva Talks Go On', 'Mohammed Alloush, of Jaysh al-Islam, met Staffan de Mistura in Geneva.', 'geneva mistura jaysh alloush. The Alloush and Mistura of Geneva (Jaysh).'];
  const feats = new Int32Array(256);
  const got = new Int32Array(4);
  let spans = 0;
  for (const text of texts) {
    const d = prepare(text);
    for (let w = 0; w < d.nWindows; w++)
      for (let a = d.windows[2 * w]; a < d.windows[2 * w + 1]; a++)
        for (let b = a + 1; b <= d.windows[2 * w + 1] && b <= a + 4; b++) {
          const want = [0, 0, 0, 0];
          for (let f = 0, k = spanFeatures(d, a, b, feats); f < k; f++) {
            const r = find(typer, feats[f]);
            if (r >= 0) for (let y = 0; y < 4; y++) want[y] += typer.weights[r + y];
          }
          typerScores(typer, d, a, b, got);
          assert.deepEqual([...got], want, text.slice(d.toks.start[a], d.toks.end[b - 1]));
          spans++;
        }
  }
  assert.ok(spans > 40, `${spans} spans`);
});

test('results do not depend on what was recognised before (the feature caches are exact)', () => {
  const text = 'Mohammed Alloush, of Jaysh al-Islam, met Staffan de Mistura in Geneva on Sunday.';
  // the same names written otherwise: in capitals, in a headline, lowercase, after other words
  const others = ['ALLOUSH MEETS DE MISTURA IN GENEVA\n\nJaysh Al-Islam Says Geneva Talks Go On', 'geneva mistura jaysh alloush. The Alloush and Mistura of Geneva (Jaysh).'];
  let filler = '';
  for (let i = 0; i < 30000; i++) filler += `Name${i} Word${i % 97} said Town${i % 89}. `;
  const first = recognize(text);
  // the same text after the caches were filled with many other words, and after the same names written otherwise
  recognize(filler);
  assert.deepEqual(recognize(text), first);
  for (const other of others) {
    recognize(filler);
    recognize(other);
    assert.deepEqual(recognize(text), first, other);
  }
});
