// Untrusted input at the edges of the real server and the CLI: a hostile byline.yaml on the
// code-action path, URIs as editors spell them or as nobody should, broken framing, file names
// and text that would drive a terminal.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LspClient, uri } from '../server/client';
import { at, FB, TW } from '../server/memory';

const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'byline-edge-'));
after(() => rmSync(root, { recursive: true, force: true }));
const CLI = join(__dirname, '../../../server/out/cli.js');

function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

test('fault 1: a FIFO, /dev/zero, 50,000 "[" or 100 MB as byline.yaml: code actions answer at once, the problem is shown in place', { timeout: 90_000 }, async () => {
  const cases: [string, (path: string) => void][] = [
    ['FIFO', (p) => execFileSync('mkfifo', [p])],
    ['symlink to /dev/zero', (p) => symlinkSync('/dev/zero', p)],
    ['50,000 [', (p) => writeFileSync(p, '['.repeat(50_000))],
    ['100 MB', (p) => (writeFileSync(p, 'notEntities: [a]\n'), truncateSync(p, 100 << 20))],
  ];
  for (const [name, make] of cases) {
    const dir = join(root, `yaml-${cases.findIndex((c) => c[0] === name)}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'fb.txt'), FB);
    make(join(dir, 'byline.yaml'));
    const client = new LspClient();
    try {
      await within(20_000, client.start(dir, { cacheDir: null }), `${name}: indexing`);
      const problem = await within(10_000, client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri(join(dir, 'byline.yaml')) && p.diagnostics.length > 0), `${name}: problem in byline.yaml`);
      assert.match(problem.diagnostics[0].message, /./);
      const position = at(FB, 'Carter has');
      for (let i = 0; i < 3; i++) {
        // Editors ask on every cursor move.
        const actions = await within(5000, client.request('textDocument/codeAction', { textDocument: { uri: uri(join(dir, 'fb.txt')) }, range: { start: position, end: position }, context: { diagnostics: [] } }), `${name}: code actions`);
        assert.ok(Array.isArray(actions) && actions.every((a: any) => !a.edit), `${name}: no edit of a file Byline could not read`);
      }
      assert.equal(await within(5000, client.stop(), `${name}: shutdown`), 0);
    } finally {
      rmSync(join(dir, 'byline.yaml'), { force: true });
    }
  }
});

test('fault 7: URIs spelled as VS Code spells them name the same file', { timeout: 30_000 }, async () => {
  const dir = join(root, 'uris');
  mkdirSync(dir);
  writeFileSync(join(dir, 'Alloush, quits & talks (2016).txt'), FB);
  writeFileSync(join(dir, 'tw.txt'), TW);
  const encoded = `${uri(dir)}/Alloush%2C%20quits%20%26%20talks%20%282016%29.txt`;
  const client = new LspClient();
  try {
    await client.start(dir);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: encoded }, position: at(FB, 'Carter has') });
    assert.match(hover?.contents.value ?? '', /John Carter/);
    client.notify('textDocument/didOpen', { textDocument: { uri: encoded, languageId: 'article', version: 1, text: FB } });
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: encoded } });
    assert.deepEqual(lenses.map((l: any) => l.command.title), ['Also quoted in 1 other article'], 'not counted as its own other article');
    assert.equal((await client.request('byline/export', {})).articles.length, 2, 'no second copy');
    client.notify('textDocument/didClose', { textDocument: { uri: encoded } });
    assert.equal((await client.request('byline/export', {})).articles.length, 2, 'none left after closing');
  } finally {
    await client.stop();
  }
});

test('fault 9: a watcher event with a URI no file can have is logged and ignored', { timeout: 30_000 }, async () => {
  const dir = join(root, 'bad-uris');
  mkdirSync(dir);
  writeFileSync(join(dir, 'fb.txt'), FB);
  const client = new LspClient();
  await client.start(dir);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://server/share/a.txt', type: 1 }, { uri: `${uri(dir)}/a%2Fb.txt`, type: 2 }] });
  await client.waitFor('window/logMessage', (p) => /a%2Fb\.txt/.test(p.message));
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, 'fb.txt')) }, position: at(FB, 'Carter has') });
  assert.match(hover.contents.value, /John Carter/, 'still serving');
  assert.equal(await client.stop(), 0);
});

test('fault 12: broken framing (a wrong Content-Length) is logged, not silent', { timeout: 30_000 }, async () => {
  const client = new LspClient();
  const stdin = (client as unknown as { proc: { stdin: NodeJS.WritableStream } }).proc.stdin;
  stdin.write('Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}');
  for (let i = 0; i < 100 && !/byline: /.test(client.stderr); i++) await new Promise((r) => setTimeout(r, 50));
  assert.match(client.stderr, /byline: unreadable message/);
  (client as unknown as { proc: { kill(): void } }).proc.kill();
});

test('fault 12: the CLI escapes control characters and newlines from file names and text', { timeout: 30_000 }, () => {
  const dir = join(root, 'terminal');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a\nProblems (0):\n  none\n.txt'), `\u001b[2JMinister quits over talks\u001b[31m\n\n${FB.split('\n').slice(2).join('\n')}`);
  writeFileSync(join(dir, 'tw.txt'), TW);
  const r = spawnSync(process.execPath, [CLI, 'analyze', dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.stdout), 'no control characters but newlines');
  assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('Problems (')).length, 1, 'no fake Problems line');
  assert.match(r.stdout, /a\\nProblems \(0\):\\n {2}none\\n\.txt/);
});
