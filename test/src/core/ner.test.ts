import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognize } from '../../../server/out/core/ner/index';
import type { NamedSpan } from '../../../server/out/core/types';
import { loadNerData } from '../../../server/out/index/ner-data';
import { names } from './recognised';

loadNerData();


function wellFormed(text: string, spans: NamedSpan[]) {
  let last = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end));
    assert.ok(s.start >= last && s.end > s.start && s.end <= text.length, `span ${s.start}-${s.end} sorted, non-overlapping, inside`);
    last = s.end;
  }
}

const ARTICLE = `Syrian opposition negotiator quits

Mohammed Alloush, a member of the rebel group Jaysh al-Islam, resigned from the High Negotiations Committee (HNC) on Sunday, the committee said in Damascus.

Alloush said the talks in Geneva had failed. The HNC did not comment.`;

test('people, organisations and places in a news article', () => {
  const found = names(ARTICLE);
  assert.deepEqual(found.find(([s]) => s === 'Mohammed Alloush'), ['Mohammed Alloush', 'person']);
  assert.deepEqual(found.find(([s]) => s === 'High Negotiations Committee'), ['High Negotiations Committee', 'organization']);
  assert.deepEqual(found.find(([s]) => s === 'Damascus'), ['Damascus', 'place']);
  assert.deepEqual(found.find(([s]) => s === 'Geneva'), ['Geneva', 'place']);
});

test('a nationality is a group', () => {
  assert.deepEqual(names(ARTICLE)[0], ['Syrian', 'group']);
});

test('the article is made consistent: a bare surname after the full name, an acronym after its expansion', () => {
  const found = names(ARTICLE);
  assert.ok(found.some(([s, t]) => s === 'Alloush' && t === 'person'));
  const hnc = found.filter(([s]) => s === 'HNC');
  assert.equal(hnc.length, 2);
  assert.ok(hnc.every(([, t]) => t === 'organization'));
});

test('an ALL-CAPS headline and a dateline are read like the body', () => {
  const text = 'ALLOUSH QUITS PEACE TALKS\n\nBEIRUT (Reuters) - Mohammed Alloush resigned on Sunday, Alloush said.';
  const found = names(text);
  assert.deepEqual(found[0], ['ALLOUSH', 'person']);
  assert.ok(found.some(([s, t]) => s === 'BEIRUT' && t === 'place'));
  assert.ok(found.some(([s, t]) => s === 'Reuters' && t === 'organization'));
});

test('offsets are UTF-16 code units, with an emoji, CRLF and a non-breaking space before the name', () => {
  const text = '😀 News\r\n\r\nThe talks in Damascus failed, said Mohammed\u00a0Alloush.';
  const spans = recognize(text);
  wellFormed(text, spans);
  const damascus = spans.find((s) => s.type === 'place');
  assert.ok(damascus);
  assert.equal(damascus.start, text.indexOf('Damascus'));
  assert.equal(damascus.end, text.indexOf('Damascus') + 'Damascus'.length);
  assert.ok(spans.some((s) => s.type === 'person' && text.slice(s.start, s.end) === 'Mohammed\u00a0Alloush'));
});

test('empty and name-free texts give no names', () => {
  assert.deepEqual(recognize(''), []);
  assert.deepEqual(recognize('   \n\n  '), []);
  assert.deepEqual(recognize('the talks failed and nobody said anything.'), []);
});

test('never throws and stays well-formed on hostile input', () => {
  let seed = 1;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const inputs = [
    Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rand() * 65536))).join(''),
    'A'.repeat(1_000_000),
    '"'.repeat(100_000),
    'Ab '.repeat(100_000),
    'A. '.repeat(50_000),
    '(' + 'U.S. '.repeat(20_000),
    'al-'.repeat(30_000) + 'Assad',
    'THE SYRIAN OBSERVATORY SAID\nDAMASCUS (Reuters) - ' + 'X'.repeat(1000),
    '\ud83d'.repeat(1000) + 'Damascus',
    'Mohammed Alloush met Bashar al-Assad of the High Negotiations Committee (HNC). '.repeat(3000),
    'Alloush Alloush Alloush '.repeat(20000),
  ];
  for (const text of inputs) wellFormed(text, recognize(text));
});

test('is deterministic', () => {
  assert.deepEqual(recognize(ARTICLE), recognize(ARTICLE));
});

test('an acronym spelled out in lowercase words is a term, not a name, wherever it recurs', () => {
  const text = 'The ground reaction force (GRF) grows with speed. A bone parallel to the GRF bends less, and the GRF line matters.';
  const found = names(text);
  assert.ok(!found.some(([s]) => s === 'GRF'), JSON.stringify(found));
  // an expansion in capitals names an organisation: its acronym stays
  assert.ok(names(ARTICLE).some(([s]) => s === 'HNC'));
});
