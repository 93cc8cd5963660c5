import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe } from '../../../server/out/core/anchor';
import { change, create, validate, view } from '../../../server/out/annotations/model';
import { addEdit, applyEdits, deleteEdits, mergeEdit, parse, replaceEdits, serialise } from '../../../server/out/annotations/store';

const TEXT = 'Headline\n\nThe minister said 40 people were hurt on Friday.\n';
const anchor = describe(TEXT, TEXT.indexOf('40 people'), TEXT.indexOf('40 people') + 9);
const T0 = '2026-01-02T10:00:00.000Z';
const T1 = '2026-01-02T11:00:00.000Z';
const note = (id: string, extra = {}) => create({ id, now: T0, creator: 'Ana', source: 'a.txt', anchor, note: 'Check the **figure**', tags: ['casualties'], ...extra });

test('a new annotation is a valid W3C annotation with quote and position selectors, and reads back', () => {
  const doc = note('urn:uuid:1', { verdict: 'misleading', link: 'https://example.org/report' });
  assert.equal(validate(doc), null);
  const target = doc.target as any;
  assert.deepEqual(target.selector.map((s: any) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
  assert.equal(target.selector[0].exact, '40 people');
  assert.equal(target.selector[0].prefix, 'Headline\n\nThe minister said ');
  assert.equal(doc.motivation, 'assessing');
  const v = view(doc);
  assert.deepEqual([v.note, v.tags, v.verdict, v.link, v.creator, v.source, v.resolved], ['Check the **figure**', ['casualties'], 'misleading', 'https://example.org/report', 'Ana', 'a.txt', false]);
});

test('editing keeps what Byline does not know, and resolving marks it in a second context', () => {
  const doc = { ...note('urn:uuid:1'), rights: 'https://creativecommons.org/licenses/by/4.0/', body: [...(note('urn:uuid:1').body as unknown[]), { type: 'Image', id: 'https://example.org/photo.jpg' }] } as any;
  const edited = change(doc, { note: 'Confirmed by the hospital', resolved: true }, T1);
  assert.equal(edited.rights, doc.rights);
  assert.ok((edited.body as any[]).some((b) => b.type === 'Image'));
  assert.equal(view(edited).note, 'Confirmed by the hospital');
  assert.deepEqual(view(edited).tags, ['casualties']);
  assert.equal(view(edited).resolved, true);
  assert.equal(edited.modified, T1);
  assert.equal(validate(edited), null);
  assert.equal(view(change(edited, { resolved: false }, T1)).resolved, false);
});

test('validation names what is wrong', () => {
  assert.match(validate({ id: 'x', type: 'Annotation', target: 'y' })!, /@context/);
  assert.match(validate({ ...note('a'), created: 'yesterday' })!, /dateTime/);
  assert.match(validate({ ...note('a'), target: { source: 'a.txt', selector: { type: 'TextPositionSelector', start: 5, end: 2 } } })!, /TextPositionSelector/);
  assert.match(validate({ ...note('a'), motivation: 'shouting' })!, /motivation/);
  assert.match(validate([])!, /object/);
});

test('the file: add, edit, reply, delete through line edits; untouched lines stay byte for byte', () => {
  let text = '';
  text = applyEdits(text, [addEdit(text, note('urn:uuid:1'))]);
  text = applyEdits(text, [addEdit(text, note('urn:uuid:2'))]);
  const second = text.split('\n')[1];
  let store = parse(text);
  assert.deepEqual([...store.entries.keys()], ['urn:uuid:1', 'urn:uuid:2']);
  const reply = create({ id: 'urn:uuid:3', now: T1, creator: 'Ben', replyTo: 'urn:uuid:1', note: 'Agreed' });
  assert.equal(validate(reply), null);
  text = applyEdits(text, [addEdit(text, reply)]);
  store = parse(text);
  text = applyEdits(text, replaceEdits(text, store, change(store.entries.get('urn:uuid:1')!.doc, { verdict: 'false' }, T1)));
  assert.equal(text.split('\n')[1], second);
  store = parse(text);
  assert.equal(view(store.entries.get('urn:uuid:1')!.doc).verdict, 'false');
  assert.equal(view(store.entries.get('urn:uuid:3')!.doc).replyTo, 'urn:uuid:1');
  text = applyEdits(text, deleteEdits(text, store, 'urn:uuid:1'));
  assert.equal(text, `${second}\n`, 'the annotation goes with its reply');
  assert.deepEqual(parse(text).problems, []);
});

test('a broken line is reported with its place and kept through edits', () => {
  const good = serialise(note('urn:uuid:1'));
  let text = `${good}\n{"id": "broken\nnot json at all\n`;
  const store = parse(text);
  assert.equal(store.entries.size, 1);
  assert.equal(store.problems.length, 2);
  assert.match(store.problems[0].message, /Line 2 is not a Byline annotation/);
  assert.equal(text.slice(store.problems[1].start, store.problems[1].end), 'not json at all');
  text = applyEdits(text, replaceEdits(text, store, change(store.entries.get('urn:uuid:1')!.doc, { note: 'new' }, T1)));
  assert.ok(text.includes('{"id": "broken\nnot json at all\n'));
  text = applyEdits(text, [mergeEdit(text, parse(text))]);
  assert.ok(text.includes('not json at all'), 'a rewrite keeps broken lines too');
});

test('two windows or a union merge: two versions of one annotation, the newer wins and the older is dropped on the next edit', () => {
  const old = note('urn:uuid:1');
  const edited = change(old, { note: 'edited in the other window' }, T1);
  let text = `${serialise(edited)}\n${serialise(note('urn:uuid:2'))}\n${serialise(old)}\n`;
  let store = parse(text);
  assert.equal(view(store.entries.get('urn:uuid:1')!.doc).note, 'edited in the other window');
  assert.equal(store.problems.filter((p) => p.code === 'duplicate').length, 1);
  text = applyEdits(text, replaceEdits(text, store, change(store.entries.get('urn:uuid:1')!.doc, { tags: ['x'] }, '2026-01-02T12:00:00Z')));
  store = parse(text);
  assert.equal(store.problems.length, 0);
  assert.equal(store.entries.size, 2);
  assert.equal(view(store.entries.get('urn:uuid:1')!.doc).note, 'edited in the other window');
});

test('git conflict markers: every side is read, the newer version of an annotation edited on both sides wins, merging writes it clean', () => {
  const base = note('urn:uuid:1');
  const ours = change(base, { note: 'ours' }, T1);
  const theirs = change(base, { note: 'theirs' }, '2026-01-02T12:00:00Z');
  const text = [serialise(note('urn:uuid:0')), '<<<<<<< HEAD', serialise(ours), serialise(note('urn:uuid:2')), '||||||| base', serialise(base), '=======', serialise(theirs), serialise(note('urn:uuid:3')), '>>>>>>> origin/main', ''].join('\n');
  const store = parse(text);
  assert.equal(store.conflicted, true);
  assert.deepEqual([...store.entries.keys()].sort(), ['urn:uuid:0', 'urn:uuid:1', 'urn:uuid:2', 'urn:uuid:3']);
  assert.equal(view(store.entries.get('urn:uuid:1')!.doc).note, 'theirs');
  assert.ok(store.problems.some((p) => p.code === 'conflict'));
  const merged = applyEdits(text, [mergeEdit(text, store)]);
  const again = parse(merged);
  assert.equal(again.conflicted, false);
  assert.equal(again.problems.length, 0);
  assert.equal(again.entries.size, 4);
});

test('a 10 MB file is read in well under a few seconds; an oversized line is refused with a message', () => {
  const line = serialise(note('urn:uuid:x'));
  const n = Math.ceil((10 << 20) / line.length);
  const text = Array.from({ length: n }, (_, i) => line.replace('urn:uuid:x', `urn:uuid:${i}`)).join('\n');
  const t0 = performance.now();
  const store = parse(text);
  assert.equal(store.entries.size, n);
  assert.ok(performance.now() - t0 < 5000);
  const huge = parse(`{"x":"${'a'.repeat(2 << 20)}"}\n`);
  assert.match(huge.problems[0].message, /a line of 2048 KB/);
});
