// Edits of byline.yaml: an appended entry touches only the lines it adds, and nothing else of the
// user's file (comments, quoting, blank lines) changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { appendKnowledge, editEntry } from '../../../server/out/lsp/edits';

const URI = 'file:///ws/byline.yaml';
const apply = (text: string, edit: WorkspaceEdit | null): string => {
  assert.ok(edit?.changes, 'an edit of the existing file');
  return TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), edit.changes[URI] as TextEdit[]);
};
const USER = [
  '# My checks',
  'acknowledged:',
  "  - key: 'channel|a|b'   # checked by phone",
  '    note: "called the office"',
  '',
  'notEntities: [Leave a Reply]',
  'entities:',
  '  - {name: Liberal Democrats, type: organization}',
  '',
].join('\n');

test('Acknowledge appends its own lines after the list and writes no empty note', () => {
  const edit = appendKnowledge({ knowledgeUri: URI, knowledgeText: USER }, 'acknowledged', { key: 'date|x|y' });
  const [only] = edit!.changes![URI];
  assert.equal(only.range.start.line, only.range.end.line, 'an insertion, no line replaced');
  const after = apply(USER, edit);
  assert.equal(after, USER.replace('    note: "called the office"\n', '    note: "called the office"\n  - key: date|x|y\n'));
  assert.ok(!after.includes('note: ""'));
});

test('a list that does not exist yet is added at the end; a flow list is edited in place', () => {
  const added = apply(USER, appendKnowledge({ knowledgeUri: URI, knowledgeText: USER }, 'mentions', { article: 'a.txt', text: 'Lib Dems', entity: 'Liberal Democrats' }));
  assert.ok(added.startsWith(USER));
  assert.match(added.slice(USER.length), /^mentions:\n {2}- article: a\.txt\n {4}text: Lib Dems\n {4}entity: Liberal Democrats\n$/);
  const flow = apply(USER, appendKnowledge({ knowledgeUri: URI, knowledgeText: USER }, 'notEntities', 'Bill'));
  assert.equal(flow.split('\n').filter((l, i) => l !== USER.split('\n')[i]).length, 1, flow);
  assert.match(flow, /^notEntities: \[ Leave a Reply, Bill \]$/m);
});

test('a change inside an entry replaces only the lines that differ', () => {
  const edit = editEntry({ knowledgeUri: URI, knowledgeText: USER }, { name: 'Liberal Democrats', type: 'organization' }, (entry) => {
    entry.type = 'group';
  });
  const after = apply(USER, edit);
  const before = USER.split('\n');
  const changed = after.split('\n').filter((l, i) => l !== before[i]);
  assert.deepEqual(changed, ['  - { name: Liberal Democrats, type: group }']);
  // A new entry: its name and type, appended.
  const added = apply(USER, editEntry({ knowledgeUri: URI, knowledgeText: USER }, { name: 'Sandra Howard', type: 'person' }, (entry) => {
    entry.aliases = ['Mrs Howard'];
  }));
  assert.ok(added.startsWith(USER.trimEnd()));
  assert.match(added, /- name: Sandra Howard\n {4}type: person\n {4}aliases:\n {6}- Mrs Howard\n$/);
});
