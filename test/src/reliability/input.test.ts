// Bad input through the analysis core, the file decoder and the CLI: never a crash, a hang or a
// range outside the document.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { positionAt } from '../../../server/out/core/text';
import { decode, nodeFileSystem } from '../../../server/out/index/files';
import { readArticle } from '../../../server/out/index/indexer';
import { covered, problems, report } from './check';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

const CLI = join(__dirname, '../../../server/out/cli.js');
const BODY = 'Talks fail in Geneva again\n\nMohammed Alloush said on Sunday: “We are leaving Geneva.”\n';
const R = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const QUOTES = '"\'“”‘’«»„‟‚‹›「」『』〝〞＂';

/** Named bad inputs. Each must analyse without throwing, in time, with every span in range. */
const INPUTS: Record<string, string> = {
  empty: '',
  'only spaces': '   \t  ',
  'only line breaks': '\n\r\n\r\r\n\n',
  'one word': 'Geneva',
  'one word and a break': 'Alloush\n',
  'ALL-CAPS article': 'SYRIAN OPPOSITION NEGOTIATOR QUITS\n\nMOHAMMED ALLOUSH SAID ON SUNDAY: "WE ARE LEAVING GENEVA." THE UN SAID NOTHING.\n',
  'right-to-left': 'استقالة كبير المفاوضين\n\nقال محمد علوش يوم الأحد: «لن نعود إلى جنيف». وقال John Carter إن \u202eالمحادثات\u202c فشلت.\n',
  'Hebrew with marks': 'שלום עולם\n\n\u200fג׳ון קרטר אמר: "לא".\n',
  'UTF-8 BOM': `\ufeff${BODY}`,
  'double BOM': `\ufeff\ufeff${BODY}`,
  CRLF: BODY.replace(/\n/g, '\r\n'),
  'lone CR': BODY.replace(/\n/g, '\r'),
  'mixed breaks': 'A headline with four words\r\rJohn Carter said\u2028“no”\u0085 on Sunday.\r\n',
  'emoji everywhere': '😀 Headline 👩‍👩‍👧 with emoji\n\n😀😀 Mohammed Alloush 😀 said 😀 “😀 no 😀” 😀.\n',
  'lone surrogates': '\ud800Headline \udc00 here\n\n\udbff John Carter\ud800 said "\udfff".\n',
  'control characters': 'Head\u0000line\u0007 here now\n\n\u001bJohn Carter said \u0008"no".\n',
  '1 MB line': R('the talks in geneva went on, and on; "nobody" said anything ', 1 << 20),
  '1 MB line of one name and quotes': R('John Carter said "yes" and ', 1 << 20),
  '100,000 straight quotes': R('"', 100_000),
  '100,000 curly quotes': R('“', 100_000),
  '100,000 mixed quotes': R(QUOTES, 100_000),
  'unbalanced quotes': `Headline about the quotes\n\n${[...QUOTES].map((q) => `John Carter said ${q}open and never closed. `).join('')}\n`,
  'nested quotes': `Headline about the quotes\n\n${[...QUOTES].map((q, i) => `Alloush said: ${q}He told me ${QUOTES[(i + 1) % QUOTES.length]}no ${q}never${q}${QUOTES[(i + 3) % QUOTES.length]} today${q}. `).join('\n')}\n`,
  'quotes only': `${QUOTES}\n${QUOTES}${QUOTES}\n`,
  'many short lines': R('Share\nJohn Carter\n', 50_000),
  // A fuzz counterexample: a name in capitals that title-cases to nothing made linking look for ''
  // forever (a hang no test timeout can stop, since the loop never yields).
  'a byte-order mark before a line in capitals': '\ufeffTHE PRESENT',
};

for (const [name, text] of Object.entries(INPUTS)) {
  test(`analyze: ${name}`, { timeout: 30_000 }, () => {
    covered.cases++;
    covered.inputs++;
    const found = problems(text, analyze(text));
    covered.outOfRange += found.length;
    assert.deepEqual(found, []);
  });
}

test('analyze: a name after astral characters keeps exact UTF-16 positions', () => {
  // A U+FEFF inside the text is a zero-width character the editor counts; only a leading one is a BOM.
  for (const prefix of ['😀', '😀😀 ', '𝐁𝐨𝐥𝐝 ', '👩‍👩‍👧 ', '\ufeff😀 ']) {
    covered.cases++;
    const text = `Headline with four words\n\n${prefix}Mohammed Alloush said nothing.`;
    const a = analyze(text);
    const m = a.mentions.find((x) => x.text === 'Mohammed Alloush');
    assert.ok(m, `found after ${JSON.stringify(prefix)}`);
    assert.equal(text.slice(m.start, m.end), 'Mohammed Alloush');
    assert.deepEqual(positionAt(a.lineStarts, m.start), { line: 2, character: prefix.length });
  }
});

test('decode: BOMs, UTF-16 LE/BE and UTF-8 give the same text; invalid UTF-8 is noted', () => {
  const utf16be = (s: string): Buffer => {
    const b = Buffer.from(s, 'utf16le');
    for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return b;
  };
  const text = `😀 ${BODY}`;
  const forms: [string, Buffer][] = [
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ];
  for (const [name, bytes] of forms) {
    covered.inputs++;
    const d = decode(bytes);
    assert.ok('text' in d, name);
    assert.equal(d.text, text, name);
    assert.equal(d.note, null, name);
  }
  const bad = decode(Buffer.concat([Buffer.from('Headline here\n\nJohn Carter '), Buffer.from([0xc3, 0x28, 0xff, 0xe2, 0x82]), Buffer.from(' said "no".')]));
  assert.ok('text' in bad && bad.note && bad.text.includes('\ufffd'), 'invalid UTF-8 decodes with U+FFFD and a note');
  assert.deepEqual(problems(bad.text, analyze(bad.text)), []);
  // Odd-length UTF-16 and a lone BOM decode without throwing.
  for (const b of [[0xff, 0xfe, 0x41], [0xfe, 0xff], [0xef, 0xbb, 0xbf], []]) {
    covered.inputs++;
    const d = decode(Buffer.from(b));
    assert.ok('text' in d);
    assert.deepEqual(problems(d.text, analyze(d.text)), []);
  }
  for (const b of [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100, 1), Buffer.from('text\u0000more')]) {
    covered.inputs++;
    assert.ok('skip' in decode(b), 'binary is skipped');
  }
});

let dir = '';
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  report('reliability/input');
});

const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => execFile(process.execPath, [CLI, ...args], { maxBuffer: 1 << 28, timeout: 60_000 }, (e, stdout, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr })));

test('files: too large, binary, a folder named x.txt, a dangling symlink, a symlink loop', { timeout: 20_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'byline-input-'));
  writeFileSync(join(dir, 'big.txt'), R('John Carter said "yes". ', 3000 * 1024));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  mkdirSync(join(dir, 'folder.txt'));
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
  symlinkSync(dir, join(dir, 'loop'));
  const size = await readArticle(nodeFileSystem, join(dir, 'big.txt'), 1024 * 1024);
  assert.ok('skip' in size && /byline\.maxFileSizeKB/.test(size.skip), 'the size limit names its setting');
  for (const name of ['binary.txt', 'folder.txt', 'dangling.txt', 'loop']) {
    covered.faults++;
    const r = await readArticle(nodeFileSystem, join(dir, name), 1024 * 1024);
    assert.ok('skip' in r, `${name} is skipped: ${JSON.stringify(r).slice(0, 80)}`);
  }
});

test('CLI: a folder of bad files analyses what it can, positions in range, exit 0', { timeout: 90_000 }, async () => {
  const cli = join(dir, 'cli');
  mkdirSync(cli);
  const texts: Record<string, string> = {};
  for (const [i, text] of Object.values(INPUTS).entries()) {
    if (text.length > 20_000) continue; // the big ones are covered above; keep CI fast
    if (!text.includes('\u0000')) texts[`${i}.txt`] = text; // NUL: skipped as binary
    writeFileSync(join(cli, `${i}.txt`), text);
  }
  writeFileSync(join(cli, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  writeFileSync(join(cli, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY, 'utf16le')]));
  texts['utf16.txt'] = BODY;
  symlinkSync(cli, join(cli, 'loop'));
  const r = await run(['analyze', cli, '--format', 'json']);
  covered.cases++;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /binary\.txt: binary file/);
  const out = JSON.parse(r.stdout);
  for (const a of out.articles) {
    const name = a.path.split('/').pop();
    const text = (texts[name] ?? '').replace(/^\ufeff/, '');
    for (const s of [...a.entities, ...a.quotes, ...a.quotes.flatMap((q: any) => (q.speaker ? [q.speaker] : []))]) {
      if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) covered.outOfRange++;
      assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${name}: [${s.start}, ${s.end}) in 0..${text.length}`);
    }
  }
  assert.equal(out.articles.length, Object.keys(texts).length);
  // A binary file named explicitly is an error the user sees, not a crash.
  const bin = await run(['analyze', join(cli, 'binary.txt')]);
  assert.equal(bin.code, 2);
  assert.match(bin.stderr, /cannot analyse .*binary file/);
  const empty = await run(['analyze', join(cli, '0.txt'), '--format', 'json']);
  assert.equal(empty.code, 0, empty.stderr);
});
