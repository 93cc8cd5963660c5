// The real server over stdio with a hostile workspace: bad files, a broken and changing
// byline.yaml, a FIFO, symlink loops, and random incremental edits compared with a fresh analysis.
// It must keep serving, say what it skipped, answer inside the document and never write there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/out/core/analyze';
import { Workspace } from '../../../server/out/index/workspace';
import * as features from '../../../server/out/lsp/features';
import { LspClient, uri } from '../server/client';
import { article, covered, edit, mutated, report, SAMPLES } from './check';
import { loadNerData } from '../../../server/out/index/ner-data';
import { decode } from '../../../server/out/index/files';
import { EMPTY_KNOWLEDGE, parseKnowledge, type Knowledge } from '../../../server/out/index/knowledge';

loadNerData();

let dir: string;
let client: LspClient;
let hashBefore: string;
const texts = new Map<string, string>(); // uri -> text as the editor shows it

/** A digest of every name, link and byte under `root`: the server must leave it unchanged. */
function digest(root: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = lstatSync(p);
      h.update(`${p}\0${s.mode}\0`);
      if (s.isSymbolicLink()) h.update(readlinkSync(p));
      else if (s.isDirectory()) walk(p);
      else if (s.isFile()) h.update(readFileSync(p));
    }
  };
  walk(root);
  return h.digest('hex');
}

const utf16be = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};

const MAX_KB = 16;
/** The byline.yaml the server reads: none valid at first, the last good one once a test wrote one (a broken file keeps it). */
let knowledge: Knowledge = EMPTY_KNOWLEDGE;

const BODY = 'Talks fail in Geneva again\n\n😀 Mohammed Alloush said on Sunday: “We are leaving Geneva.”\n';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'byline-server-'));
  // The articles (samples/ also has its byline.yaml, which is not one).
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(join(SAMPLES, f), join(dir, f));
    texts.set(uri(join(dir, f)), readFileSync(join(SAMPLES, f), 'utf8'));
  }
  const files: Record<string, string | Buffer> = {
    'empty.txt': '',
    'one-word.txt': 'Alloush',
    'caps.txt': BODY.toUpperCase(),
    'crlf.txt': BODY.replace(/\n/g, '\r\n'),
    'cr.txt': BODY.replace(/\n/g, '\r'),
    'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY)]),
    'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY, 'utf16le')]),
    'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(BODY)]),
    'invalid-utf8.txt': Buffer.concat([Buffer.from('Talks fail in Geneva again\n\nJohn Carter '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' said "no".\n')]),
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    'big.txt': 'John Carter said "yes". '.repeat(2000),
    'rtl.txt': 'استقالة كبير المفاوضين\n\nقال محمد علوش يوم الأحد: «لن نعود إلى جنيف». John Carter agreed.\n',
    'quotes.txt': `Headline about the quotes\n\n${'"“”‘’«»„‟‚‹›「」'.repeat(2000)}\n`,
    'byline.yaml': 'entities:\n  - name: [unclosed\n',
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    // The articles the server indexes, as it reads them: not binary, not over the size limit below.
    const bytes = Buffer.from(content);
    const read = decode(bytes);
    if (name.endsWith('.txt') && bytes.length <= MAX_KB * 1024 && 'text' in read) texts.set(uri(join(dir, name)), read.text);
  }
  mkdirSync(join(dir, 'folder.txt'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  symlinkSync(dir, join(dir, 'folder.txt', 'loop'));
  hashBefore = digest(dir);
  client = new LspClient();
  client.configuration = { maxFileSizeKB: MAX_KB };
  await client.start(dir);
});

after(async () => {
  const code = await client.stop();
  const hashAfter = digest(dir);
  rmSync(dir, { recursive: true, force: true });
  report('reliability/server');
  assert.equal(code, 0, 'the server exits cleanly after shutdown');
  assert.equal(hashAfter, hashBefore, 'the server never writes into the workspace');
});

/** Every range in an answer lies inside its document (as the editor has it). */
function inside(where: string, text: string, value: unknown): void {
  const lines = text.split(/\r\n|\r|\n/);
  const check = (r: { start: { line: number; character: number }; end: { line: number; character: number } }): void => {
    for (const p of [r.start, r.end]) {
      const ok = p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
      if (!ok) covered.outOfRange++;
      assert.ok(ok, `${where}: ${JSON.stringify(p)} outside the document (${lines.length} lines)`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${where}: reversed range`);
  };
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.start && o.end && typeof (o.start as { line?: unknown }).line === 'number') return check(o as never);
    if (o.uri && o.uri !== uriOf(where)) return; // a location in another article
    for (const x of Object.values(o)) visit(x);
  };
  visit(value);
}
const uriOf = (where: string): string => where.split(' ')[0];

function tokensInside(where: string, text: string, data: number[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const ok = line < lines.length && char + data[i + 2] <= lines[line].length && data[i + 2] > 0;
    if (!ok) covered.outOfRange++;
    assert.ok(ok, `${where}: token ${i / 5} at ${line}:${char}+${data[i + 2]} outside the document`);
  }
}

/** Asks the usual questions about a document and checks every answer is inside it. */
async function probe(u: string, text: string): Promise<void> {
  covered.cases++;
  const td = { textDocument: { uri: u } };
  inside(`${u} symbols`, text, await client.request('textDocument/documentSymbol', td));
  tokensInside(`${u} tokens`, text, (await client.request('textDocument/semanticTokens/full', td)).data);
  inside(`${u} lenses`, text, await client.request('textDocument/codeLens', td));
  const lines = text.split(/\r\n|\r|\n/);
  for (const [line, character] of [[0, 0], [lines.length - 1, lines[lines.length - 1].length], [Math.floor(lines.length / 2), 3], [lines.length + 5, 0], [0, 1e6]]) {
    const position = { line, character };
    inside(`${u} hover`, text, await client.request('textDocument/hover', { ...td, position }));
    inside(`${u} highlight`, text, await client.request('textDocument/documentHighlight', { ...td, position }));
    await client.request('textDocument/references', { ...td, position, context: { includeDeclaration: true } });
    await client.request('textDocument/definition', { ...td, position });
  }
}

test('every article on disk: answers inside the document, positions exact after BOMs and in UTF-16', { timeout: 30_000 }, async () => {
  for (const [u, text] of texts) await probe(u, text);
  // The emoji before the name takes two UTF-16 units in every encoding.
  for (const name of ['utf8-bom', 'utf16le', 'utf16be', 'crlf', 'cr']) {
    const h = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, `${name}.txt`)) }, position: { line: 2, character: 5 } });
    assert.ok(h, `${name}: hover on the name`);
    assert.deepEqual(h.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 19 } }, name);
  }
});

test('skipped files are explained with an information diagnostic', { timeout: 20_000 }, async () => {
  const note = async (name: string): Promise<string> => {
    const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(dir, name)) && p.diagnostics.length > 0);
    assert.equal(d.diagnostics[0].severity, 3, `${name}: information`);
    return d.diagnostics.map((x: { message: string }) => x.message).join('\n');
  };
  assert.match(await note('big.txt'), /larger than the 16 KB limit \(byline\.maxFileSizeKB\)/);
  assert.match(await note('binary.txt'), /binary/);
  assert.match(await note('invalid-utf8.txt'), /not valid UTF-8/);
  // The broken byline.yaml is reported in the YAML file itself.
  const yaml = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(dir, 'byline.yaml')) && p.diagnostics.length > 0);
  assert.equal(yaml.diagnostics[0].severity, 1);
});

test('a FIFO and a folder named x.txt reported by the watcher do not block the other changes', { timeout: 20_000 }, async () => {
  const fifo = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const fresh = join(dir, 'fresh.txt');
  const text = 'Fresh article about Geneva today\n\nAnna Lindgren opened the fair in Geneva.\n';
  writeFileSync(fresh, text);
  covered.faults += 2;
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(fifo), type: 1 }, { uri: uri(join(dir, 'folder.txt')), type: 1 }, { uri: uri(fresh), type: 1 }] });
  const note = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(fifo) && p.diagnostics.length > 0);
  assert.match(note.diagnostics[0].message, /skipped/);
  for (;;) {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri(fresh) } });
    if (symbols.length) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  rmSync(fifo);
  rmSync(fresh);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(fifo), type: 3 }, { uri: uri(fresh), type: 3 }] });
});

test('byline.yaml rewritten while being read, bombs and tags: diagnostics there, the server keeps serving', { timeout: 30_000 }, async () => {
  const yamlPath = join(dir, 'byline.yaml');
  const good = 'entities:\n  - name: Mohammed Alloush\n    type: person\n    aliases: [Alloush]\nnotEntities: [Share]\n';
  const bad = [
    ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n'),
    '['.repeat(50_000),
    'entities:\n  - name: !!js/function "function () {}"\n',
    `entities:\n  - name: ${'x'.repeat(2 << 20)}\n`,
  ];
  for (let round = 0; round < 30; round++) {
    // Half-written files, hostile ones and good ones, each announced to the server at once.
    const content = round % 5 === 4 ? bad[((round / 5) | 0) % bad.length] : good.slice(0, (round * 7) % good.length);
    writeFileSync(yamlPath, content);
    covered.faults++;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(yamlPath), type: 2 }] });
    const h = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, 'utf16le.txt')) }, position: { line: 2, character: 5 } });
    assert.ok(h === null || h.range, 'still answering');
  }
  writeFileSync(yamlPath, good);
  const since = client.notifications.length;
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(yamlPath), type: 2 }] });
  await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(yamlPath) && p.diagnostics.length === 0, since);
  const h = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, 'utf16le.txt')) }, position: { line: 2, character: 5 } });
  assert.match(h.contents.value, /Mohammed Alloush/);
  knowledge = parseKnowledge(good).knowledge!;
  // Restore the broken file so the workspace digest matches.
  writeFileSync(yamlPath, 'entities:\n  - name: [unclosed\n');
});

const analyses = new Map<string, ReturnType<typeof analyze>>();
const analyzed = (t: string): ReturnType<typeof analyze> => analyses.get(t) ?? analyses.set(t, analyze(t)).get(t)!;

test('random incremental edits: answers equal a fresh analysis of the final text (fast-check)', { timeout: 60_000 }, async () => {
  const seeds = [...texts.values()].filter((t) => t.length < 20_000);
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.oneof(article, mutated(seeds)), fc.array(edit, { minLength: 1, maxLength: 15 }), fc.boolean(), async (start, edits, outOfRange) => {
      const u = uri(join(dir, `fuzz-${n++}.txt`));
      let doc = TextDocument.create(u, 'article', 1, start);
      client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'article', version: 1, text: start } });
      for (const [at, len, insert] of edits) {
        const from = at % (doc.getText().length + 1);
        const range = { start: doc.positionAt(from), end: doc.positionAt(from + len) };
        if (outOfRange && len > 20) range.end = { line: range.end.line + 1000, character: 5 }; // clients may send these; the server clamps
        const change = { range, text: insert };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        client.notify('textDocument/didChange', { textDocument: { uri: u, version: doc.version }, contentChanges: [change] });
        covered.inputs++;
      }
      const text = doc.getText();
      const td = { textDocument: { uri: u } };
      const symbols = await client.request('textDocument/documentSymbol', td);
      const tokens = await client.request('textDocument/semanticTokens/full', td);
      // The same features over a fresh analysis of the final text, in a new index of the same
      // articles (colours follow an entity's type across articles).
      const fresh = new Workspace();
      fresh.setKnowledge(knowledge);
      for (const [other, t] of texts) fresh.set(other, t, analyzed(t), true);
      fresh.set(u, text, analyze(text));
      const strip = (s: any[]): unknown => s.map(({ detail: _d, children, ...rest }) => ({ ...rest, children: children && strip(children) }));
      assert.deepEqual(strip(symbols), strip(features.documentSymbols(fresh, u)));
      assert.deepEqual(tokens.data, features.semanticTokens(fresh, u));
      await probe(u, text);
      client.notify('textDocument/didClose', td);
      // The server drops a closed unsaved article after the disk read it queues; the next run's
      // fresh index has no such article, so wait until its names are gone from this one.
      for (let waited = 0; ; waited += 20) {
        const left = await client.request('textDocument/documentSymbol', td);
        if (!left?.length) break;
        assert.ok(waited < 20_000, 'a closed unsaved article is dropped from the index');
        await new Promise((r) => setTimeout(r, 20));
      }
    }),
    // A failure prints its seed and path; BYLINE_FUZZ_SEED and BYLINE_FUZZ_PATH replay it.
    { numRuns: Number(process.env.BYLINE_FUZZ_RUNS ?? 40), seed: process.env.BYLINE_FUZZ_SEED ? Number(process.env.BYLINE_FUZZ_SEED) : undefined, path: process.env.BYLINE_FUZZ_PATH },
  );
});
