import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, structure } from '../../../server/out/core/analyze';
import { findBoilerplate } from '../../../server/out/core/boilerplate';
import { decode } from '../../../server/out/index/files';
import { lastWord, lastWords, lines, lineStarts, offsetAt, positionAt, publicationDate, wordCount } from '../../../server/out/core/text';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

test('line starts follow LSP: \\n, \\r\\n and lone \\r each end a line', () => {
  const text = 'a\r\nb\rc\nd';
  const starts = lineStarts(text);
  assert.deepEqual(starts, [0, 3, 5, 7]);
  assert.deepEqual(positionAt(starts, text.indexOf('d')), { line: 3, character: 0 });
  assert.equal(offsetAt(starts, text.length, { line: 1, character: 0 }), 3);
  // Out-of-range positions clamp into the document.
  assert.equal(offsetAt(starts, text.length, { line: 9, character: 0 }), text.length);
  assert.equal(offsetAt(starts, text.length, { line: 0, character: 99 }), 3);
});

test('line starts without carriage returns match those with the general scan', () => {
  assert.deepEqual(lineStarts('a\nb\n\nc\n'), [0, 2, 4, 5, 7]);
  assert.deepEqual(lineStarts(''), [0]);
});

test('word helpers give what splitting on white space gives', () => {
  const samples = ['', ' ', 'one', ' one two ', 'a\u00a0b  c\td\n', 'Syria analyst ', '  lead rebel negotiator\u2003', 'x y z w v u '];
  for (const s of samples) {
    assert.equal(wordCount(s, 0, s.length), s.trim().split(/[\s\u00a0]+/).length, JSON.stringify(s));
    assert.equal(lastWord(s), s.split(/\s+/).pop(), JSON.stringify(s));
    for (const n of [1, 2, 4]) assert.equal(lastWords(s, 0, s.length, n), s.split(/\s+/).slice(-n).join(' '), JSON.stringify([s, n]));
  }
});

test('positions count UTF-16 code units: an emoji before a name takes two', () => {
  const text = 'Headline here today\n\n😀 Mohammed Alloush said nothing.';
  const a = analyze(text);
  const m = a.mentions.find((x) => x.text === 'Mohammed Alloush');
  assert.ok(m, 'the name is found after the emoji');
  assert.equal(text.slice(m.start, m.end), 'Mohammed Alloush');
  assert.deepEqual(positionAt(a.lineStarts, m.start), { line: 2, character: 3 });
});

test('a byte-order mark is dropped when bytes are decoded, so offsets match the text the editor shows', () => {
  const body = 'Talks fail in Geneva again\n\nMohammed Alloush quit the talks in Geneva.';
  const utf8 = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
  const utf16 = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
  assert.deepEqual(utf8, { text: body, note: null });
  assert.deepEqual(utf16, { text: body, note: null });
  // A U+FEFF that an editor sends is a character like any other: positions count it.
  const a = analyze(`\ufeff${body}`);
  const m = a.mentions.find((x) => x.text === 'Mohammed Alloush')!;
  assert.equal(m.start, body.indexOf('Mohammed Alloush') + 1);
});

test('CRLF articles give the same mentions as LF ones, at CRLF offsets', () => {
  const lf = 'Talks fail in Geneva again\n\nMohammed Alloush quit the talks in Geneva on Sunday.\n\nAlloush said he was tired.';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = analyze(crlf);
  assert.deepEqual(a.mentions.map((m) => m.text), analyze(lf).mentions.map((m) => m.text));
  for (const m of a.mentions) assert.equal(crlf.slice(m.start, m.end), m.text);
});

test('headline: the most title-like short line before the body, skipping page furniture', () => {
  const text = 'UNITED24 - Make a charitable donation in support of Ukraine!\n\nWeapons of Mass Destruction (WMD)\n\nRaqqa Offensive Brings Syrian Talks in Geneva to Deadlock\n\nSputnik News\n\n' + 'Body text. '.repeat(30);
  assert.equal(structure(text).headline?.text, 'Raqqa Offensive Brings Syrian Talks in Geneva to Deadlock');
  assert.equal(structure('Short title for a story\n\nBody.').headline?.text, 'Short title for a story');
});

test('paragraphs and sentences: non-breaking spaces, curly quotes, glued sentences', () => {
  const text = 'Title line of the story\n\nHe left.\u00a0She stayed. “Why?” they asked. The end.The next one.';
  const s = structure(text);
  assert.equal(s.paragraphs.length, 2);
  const sentences = s.sentences.map((x) => text.slice(x.start, x.end));
  assert.deepEqual(sentences.slice(1), ['He left.', 'She stayed.', '“Why?” they asked.', 'The end.', 'The next one.']);
});

test('publication date from the top of the article', () => {
  const text = 'Sputnik News\n11:09 31.05.2016(updated 11:20 31.05.2016)\nBody';
  assert.equal(publicationDate(text, lines(text, lineStarts(text))), '2016-05-31');
  const t2 = 'Title\nMay 30, 2016\nBody';
  assert.equal(publicationDate(t2, lines(t2, lineStarts(t2))), '2016-05-30');
});

test('boilerplate: comment forms, share buttons, newsletters, reading time, photo credits, donations', () => {
  const text = [
    'A headline about talks',
    '3 min read',
    'Mohammed Alloush condemned the community [Getty]',
    'Share this:',
    'Join the GlobalSecurity.org mailing list',
    'Make a donation to support our journalism',
    'Leave a Reply',
    'You are commenting using your Facebook account. Log Out / Change )',
  ].join('\n');
  const spans = findBoilerplate(text, lines(text, lineStarts(text))).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans.slice(0, 5), ['3 min read', '[Getty]', 'Share this:', 'Join the GlobalSecurity.org mailing list', 'Make a donation to support our journalism']);
  assert.ok(spans[5].startsWith('Leave a Reply') && spans[5].includes('Facebook account'), 'the comment section to the end');
  const a = analyze(text);
  assert.ok(!a.mentions.some((m) => m.text === 'Facebook'), 'no entity from the comment form');
});

test('empty, one-word, binary-looking and ALL-CAPS input never throws and stays in range', () => {
  for (const text of ['', 'Word', '\u0000\u0001', 'ALL CAPS HEADLINE\n\nTHE PRESIDENT SAID "NO" TO NATO IN BRUSSELS.', '"'.repeat(1000), '\r\r\r', '\ufeff']) {
    const a = analyze(text);
    for (const s of [...a.mentions, ...a.quotes, ...a.figures.map((f) => f.sentence)]) assert.ok(s.start >= 0 && s.end <= a.length && s.start <= s.end);
  }
});
