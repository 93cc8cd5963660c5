// The export formats, checked against their specifications' structural rules (written from the
// W3C Web Annotation Data Model, the brat standoff format, RFC 4180 and SARIF 2.1.0), and the
// import round trips.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe } from '../../../server/out/core/anchor';
import { create, validate, view, VERDICTS } from '../../../server/out/annotations/model';
import { exportW3c, importW3c } from '../../../server/out/annotations/w3c';
import { ANNOTATION_CONF, exportBrat, importBrat } from '../../../server/out/annotations/brat';
import { CSV_COLUMNS, exportCsv } from '../../../server/out/annotations/csv';
import { exportSarif } from '../../../server/out/annotations/sarif';
import { check } from '../../../server/out/annotations/check';
import { addImported } from '../../../server/out/annotations/import';
import { parse } from '../../../server/out/annotations/store';
import { ARTICLES, FOLDER, folderData } from './fixtures';

const T0 = '2026-03-01T09:00:00Z';
function noteOn(path: string, phrase: string, extra: object, id: string) {
  const text = ARTICLES[path];
  const start = text.indexOf(phrase);
  return create({ id, now: T0, creator: 'Ana', source: path, anchor: describe(text, start, start + phrase.length), note: 'Checked with the union.\nSecond line, with "quotes", commas.', tags: ['strike', 'labour'], ...extra });
}
const DOCS = [
  noteOn('blog.txt', 'wrote on Twitter', { verdict: 'false', link: 'https://example.org/statement' }, 'urn:uuid:a1'),
  noteOn('wire.txt', 'freight for the region', { verdict: 'needs-source' }, 'urn:uuid:a2'),
  create({ id: 'urn:uuid:a3', now: T0, creator: 'Ben', replyTo: 'urn:uuid:a1', note: 'Agreed.' }),
];

test('the sample articles have the channel contradiction the formats carry', () => {
  const d = folderData();
  assert.equal(d.analysis.contradictions.length, 1, JSON.stringify(d.analysis.contradictions));
  assert.equal(d.analysis.contradictions[0].code, 'contradiction/channel');
});

test('w3c: a collection valid against the model (5.1, 5.2), every item a valid annotation whose selectors agree with the text', () => {
  const d = folderData(ARTICLES, DOCS);
  const c = exportW3c(d) as any;
  assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(c.type, 'AnnotationCollection');
  assert.equal(typeof c.id, 'string');
  assert.equal(c.first.type, 'AnnotationPage');
  assert.equal(typeof c.first.id, 'string');
  assert.ok(Number.isInteger(c.total) && c.total === c.first.items.length);
  const kinds = new Set<string>();
  for (const item of c.first.items) {
    assert.equal(validate(item), null, JSON.stringify(item));
    kinds.add(item.generator ? item.motivation : 'user');
    for (const t of [item.target].flat()) {
      if (typeof t === 'string') continue;
      const quote = t.selector.find((s: any) => s.type === 'TextQuoteSelector');
      const pos = t.selector.find((s: any) => s.type === 'TextPositionSelector');
      assert.equal(ARTICLES[t.source].slice(pos.start, pos.end), quote.exact);
      assert.ok(ARTICLES[t.source].slice(0, pos.start).endsWith(quote.prefix));
      assert.ok(ARTICLES[t.source].slice(pos.end).startsWith(quote.suffix));
    }
  }
  assert.deepEqual([...kinds].sort(), ['describing', 'identifying', 'questioning', 'user']);
});

test('w3c: export then import into an empty store gives back the same annotations; Byline’s own are skipped', () => {
  const d = folderData(ARTICLES, DOCS);
  const imported = importW3c(JSON.parse(JSON.stringify(exportW3c(d))));
  assert.deepEqual(imported.skipped, []);
  assert.ok(imported.generated > 10);
  const r = addImported('', imported.annotations, d.texts, FOLDER);
  assert.deepEqual([r.added, r.replaced, r.orphans], [3, 0, []]);
  assert.deepEqual([...parse(r.text).entries.values()].map((e) => e.doc), DOCS);
  // Importing again changes nothing.
  assert.equal(addImported(r.text, imported.annotations, d.texts, FOLDER).text, r.text);
});

test('w3c: after an edit above an annotated passage, a new export has its new position', () => {
  const edited = { ...ARTICLES, 'blog.txt': `UPDATED with a correction.\n${ARTICLES['blog.txt']}` };
  const d = folderData(edited, DOCS);
  const item = (exportW3c(d) as any).first.items.find((x: any) => x.id === 'urn:uuid:a1');
  const pos = item.target.selector.find((s: any) => s.type === 'TextPositionSelector');
  assert.equal(edited['blog.txt'].slice(pos.start, pos.end), 'wrote on Twitter');
  assert.equal(pos.start, ARTICLES['blog.txt'].indexOf('wrote on Twitter') + 'UPDATED with a correction.\n'.length);
});

test('w3c import accepts one annotation, an array, a page, and a collection with embedded pages; file: URIs become paths; bad input is named', () => {
  const one = { ...DOCS[1], target: { ...(DOCS[1].target as object), source: `${FOLDER}/wire.txt` } };
  assert.equal(importW3c(one).annotations.length, 1);
  assert.equal(importW3c([DOCS[0], DOCS[1]]).annotations.length, 2);
  const pages = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x', type: 'AnnotationCollection', first: { id: 'urn:p1', type: 'AnnotationPage', items: [DOCS[0]], next: { id: 'urn:p2', type: 'AnnotationPage', items: [DOCS[1], { id: 'bad' }] } } };
  const r = importW3c(pages);
  assert.equal(r.annotations.length, 2);
  assert.match(r.skipped[0], /next item 2: not a W3C annotation/);
  const added = addImported('', [one], new Map(Object.entries(ARTICLES)), FOLDER);
  assert.equal(view([...parse(added.text).entries.values()][0].doc).source, 'wire.txt');
  assert.throws(() => importW3c({ hello: 1 }), /expected a W3C annotation/);
  assert.throws(() => importW3c({ type: 'AnnotationCollection', first: 'https://example.org/page1' }), /not fetched/);
});

test('import: an annotation for a missing article or a vanished passage is kept and reported as an orphan', () => {
  const missing = { ...DOCS[1], id: 'urn:uuid:m', target: { ...(DOCS[1].target as object), source: 'gone.txt' } };
  const texts = new Map(Object.entries({ ...ARTICLES, 'wire.txt': 'A different article now.\n' }));
  const r = addImported('', [missing as any, DOCS[1]], texts, FOLDER);
  assert.equal(r.added, 2);
  assert.equal(r.orphans.length, 2);
  assert.match(r.orphans[0], /gone\.txt is not in the folder/);
  assert.match(r.orphans[1], /is no longer in wire\.txt/);
});

/** brat's standoff grammar, one regular expression per annotation kind. */
const BRAT = {
  T: /^T\d+\t[A-Za-z][\w-]* \d+ \d+(;\d+ \d+)*\t[^\t\n]*$/,
  R: /^R\d+\t[A-Za-z][\w-]* Arg1:T\d+ Arg2:T\d+$/,
  A: /^A\d+\t[A-Za-z][\w-]* T\d+( [\w-]+)?$/,
  '#': /^#\d+\tAnnotatorNotes T\d+\t[^\n]*$/,
};

test('brat: every line follows the standoff grammar, text-bound text equals the article at code-point offsets, references resolve, types are declared', () => {
  const d = folderData(ARTICLES, DOCS);
  const files = exportBrat(d);
  assert.deepEqual([...files.keys()].sort(), ['blog.txt', 'wire.txt']);
  const declared = new Set(ANNOTATION_CONF.split('\n').map((l) => l.split('\t')[0].trim()).filter((l) => /^[A-Z]/.test(l)));
  let quotes = 0;
  let speakers = 0;
  for (const [path, ann] of files) {
    const chars = Array.from(ARTICLES[path]);
    const ids = new Set<string>();
    for (const line of ann.trimEnd().split('\n')) {
      const kind = line[0] as keyof typeof BRAT;
      assert.match(line, BRAT[kind], line);
      const [id, spec, text] = line.split('\t');
      assert.ok(!ids.has(id), `id ${id} unique`);
      ids.add(id);
      if (kind === 'T') {
        const [type, ...rest] = spec.split(' ');
        assert.ok(declared.has(type), type);
        if (type === 'Quote') quotes++;
        const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(frags.map(([s, e]) => chars.slice(s, e).join('')).join(' '), text);
        for (const [s, e] of frags) assert.ok(!chars.slice(s, e).includes('\n'));
      } else {
        for (const ref of spec.match(/T\d+/g)!) assert.ok(ids.has(ref), `${ref} defined before ${id}`);
        if (kind === 'R') speakers++;
        if (kind === 'A') assert.ok((VERDICTS as readonly string[]).includes(spec.split(' ')[2]));
      }
    }
  }
  assert.ok(quotes >= 2 && speakers >= 2, `${quotes} quotes, ${speakers} speakers`);
  // The emoji counts as one character in brat: the annotation after it is at the right place.
  assert.match(files.get('wire.txt')!, /\tAnnotation \d+ \d+\tfreight for the region\n/);
});

test('brat: export then import gives back the annotated passages with their notes, tags, verdicts and sources', () => {
  const d = folderData(ARTICLES, DOCS);
  const files = exportBrat(d);
  let n = 0;
  for (const [path, ann] of files) {
    const r = importBrat(ann, path, ARTICLES[path], T0, () => `urn:uuid:new${++n}`);
    assert.ok(r.analysis > 0, 'entities and quotes are not imported');
    for (const doc of r.annotations) {
      const original = view(DOCS.find((x) => x.id === doc.id)!);
      const back = view(doc);
      assert.deepEqual([back.anchor, back.tags, back.verdict, back.link], [original.anchor, original.tags, original.verdict, original.link]);
      assert.ok(back.note.startsWith('Checked with the union. Second line'), back.note);
    }
  }
  // A .ann from elsewhere: offsets that no longer fit the text fall back to the quoted text.
  const r = importBrat('T1\tClaim 0 4\tPort Velen\n#1\tAnnotatorNotes T1\tcheck this #harbour\n', 'wire.txt', ARTICLES['wire.txt'], T0, () => 'urn:uuid:x');
  const v = view(r.annotations[0]);
  assert.deepEqual([v.anchor!.exact, v.note, v.tags], ['Port Velen', 'check this', ['harbour']]);
  const placed = addImported('', r.annotations, new Map(Object.entries(ARTICLES)), FOLDER);
  assert.deepEqual(placed.orphans, []);
});

/** RFC 4180 records: fields, quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  assert.ok(text.endsWith('\r\n'));
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const fields: string[] = [];
    for (;;) {
      let f = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          assert.ok(q >= 0, 'closed quote');
          f += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') {
            f += '"';
            i++;
          } else break;
        }
      } else {
        const m = /^[^,"\r\n]*/.exec(text.slice(i))![0];
        f = m;
        i += m.length;
      }
      fields.push(f);
      if (text[i] === ',') i++;
      else {
        assert.equal(text.slice(i, i + 2), '\r\n', `record ends with CRLF at ${i}`);
        i += 2;
        break;
      }
    }
    records.push(fields);
  }
  return records;
}

test('csv: RFC 4180 records with a header; quotes and annotations with verdicts; formulas neutralised', () => {
  const formula = noteOn('wire.txt', 'Dockworkers', {}, 'urn:uuid:f');
  const d = folderData(ARTICLES, [...DOCS, { ...formula, body: [{ type: 'TextualBody', value: '=HYPERLINK("x")', purpose: 'commenting' }] } as any]);
  const rows = parseCsv(exportCsv(d));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
  const col = (r: string[], c: string) => r[CSV_COLUMNS.indexOf(c as any)];
  const quotes = rows.filter((r) => col(r, 'kind') === 'quote');
  assert.ok(quotes.some((r) => col(r, 'channel') === 'Twitter' && col(r, 'speaker').includes('Korvik')));
  const a1 = rows.find((r) => col(r, 'kind') === 'annotation' && col(r, 'verdict') === 'false')!;
  assert.deepEqual([col(a1, 'article'), col(a1, 'text'), col(a1, 'tags'), col(a1, 'source')], ['blog.txt', 'wrote on Twitter', 'strike; labour', 'https://example.org/statement']);
  assert.equal(col(a1, 'note'), 'Checked with the union.\nSecond line, with "quotes", commas.');
  assert.ok(rows.some((r) => col(r, 'note') === `'=HYPERLINK("x")`));
});

test('sarif: a 2.1.0 log whose results, rules, regions and snippets agree with the articles', () => {
  const d = folderData(ARTICLES, []);
  const log = exportSarif(d) as any;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'byline');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.results.length, 1);
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.ok(['none', 'note', 'warning', 'error'].includes(r.level));
    assert.equal(typeof r.message.text, 'string');
    for (const loc of [...r.locations, ...r.relatedLocations]) {
      const { artifactLocation, region } = loc.physicalLocation;
      const text = ARTICLES[decodeURI(artifactLocation.uri)];
      assert.ok(text !== undefined && run.originalUriBaseIds[artifactLocation.uriBaseId]);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
      assert.equal(text.slice(region.charOffset, region.charOffset + region.charLength), region.snippet.text);
      const lines = text.split('\n');
      assert.equal(lines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1), region.snippet.text);
    }
    assert.equal(r.relatedLocations[0].id, 1);
  }
  // A verdict on a side marks the result as suppressed.
  const answered = exportSarif(folderData(ARTICLES, DOCS)) as any;
  assert.equal(answered.runs[0].results[0].suppressions[0].kind, 'external');
});

test('check: an open contradiction is printed like a compiler warning; a verdict on one side answers it', () => {
  const open = check(folderData());
  assert.equal(open.open.length, 1);
  assert.match(open.report, /^(blog|wire)\.txt:\d+:\d+: warning contradiction\/channel: /m);
  assert.match(open.report, /: note: the other side: /);
  const answered = check(folderData(ARTICLES, DOCS));
  assert.equal(answered.open.length, 0);
  assert.match(answered.report, /0 open contradictions, 1 answered by a verdict/);
});
