// LSP features as a user reads them: hovers while indexing, quote colours, the Wording note.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { Workspace } from '../../../server/out/index/workspace';
import { hover, quotedParts, toDiagnostic } from '../../../server/out/lsp/features';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

const ws = (articles: Record<string, string>) => {
  const w = new Workspace();
  for (const [name, text] of Object.entries(articles)) w.set(`file:///ws/${name}`, text, analyze(text));
  return w;
};

test('a hover while indexing says its counts are partial', () => {
  const text = 'Minister resigns\n\nJohn Verhoeven, the finance minister, resigned on Monday.';
  const w = ws({ 'a.txt': text });
  const pos = { line: 2, character: 2 };
  const value = (h: ReturnType<typeof hover>) => (h!.contents as { value: string }).value;
  assert.match(value(hover(w, 'file:///ws/a.txt', pos, { indexed: 3, total: 40 })), /still indexing \(3 of 40 articles read\)/);
  assert.doesNotMatch(value(hover(w, 'file:///ws/a.txt', pos)), /indexing/);
});

test('a quote is coloured in its quoted parts, not the narrative between them', () => {
  const t = 'He said: "We will win," the leader told reporters, "and we will stay." Then he left.';
  const q = { start: t.indexOf('"'), end: t.lastIndexOf('"') + 1 };
  assert.deepEqual(quotedParts(t, q).map((p) => t.slice(p.start, p.end)), ['"We will win,"', '"and we will stay."']);
  const curly = '“It’s over,” he said. “Really.”';
  assert.deepEqual(quotedParts(curly, { start: 0, end: curly.length }).map((p) => curly.slice(p.start, p.end)), ['“It’s over,”', '“Really.”']);
  // A quote after a colon has no marks: all of it.
  assert.deepEqual(quotedParts('She said: We are leaving.', { start: 10, end: 24 }), [{ start: 10, end: 24 }]);
});

test('the Wording information points at the words that differ', () => {
  const a = 'Talks end\n\nThe negotiator said on Sunday: “The talks failed because of the bombardments and aggression towards our people.”';
  const b = 'Negotiator quits\n\nThe negotiator said: “The talks failed because of the bombardments and aggressions towards our people.”';
  const w = ws({ 'a.txt': a, 'b.txt': b });
  const wording = w.contradictions('file:///ws/a.txt').find((c) => c.kind === 'wording');
  assert.ok(wording, 'a wording difference');
  const d = toDiagnostic(w, wording);
  assert.match(d.message, /“aggression” here, “aggressions” there/);
  const line = a.split('\n')[d.range.start.line];
  assert.equal(line.slice(d.range.start.character, d.range.end.character), 'aggression');
});

test("a hover counts a quote an article repeats (its headline's, again in the body) once", () => {
  const text = [
    "'We never stopped ringing the embassy': a sister on the long wait",
    '',
    'Orla Kinsella, 41, is the sister of the aid worker freed on Friday. She spoke to the Tallow Courier at her home.',
    '',
    'How is your sister?',
    '',
    'Tired, but she is eating again. "We never stopped ringing the embassy," she said. Our mother kept a list.',
    '',
    'What did the ministry tell you?',
    '',
    'Very little, and nothing since the letter.',
  ].join('\n');
  const w = ws({ 'a.txt': text });
  const h = hover(w, 'file:///ws/a.txt', { line: 2, character: 2 });
  const value = (h!.contents as { value: string }).value;
  assert.match(value, /1 quote:/);
  assert.equal(value.match(/We never stopped/g)?.length, 1);
});
