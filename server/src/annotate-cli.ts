// The CLI's annotation commands (see cli.ts for the usage):
//   byline export --format w3c|brat|csv|sarif [--out PATH] <folder>
//   byline check <folder>
//   byline import --format w3c|brat <file or dir> <folder>
// Each loads the folder (its byline.yaml and articles), places the annotation file's annotations
// on the current text and reads or writes through the pure modules under annotations/.

import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { bratFiles, importBrat } from './annotations/brat';
import { check } from './annotations/check';
import { exportCsv } from './annotations/csv';
import { MAX_STORE_BYTES } from './annotations/folder';
import { addImported } from './annotations/import';
import type { AnnotationDoc } from './annotations/model';
import { placeAll, type FolderData } from './annotations/placed';
import { exportSarif } from './annotations/sarif';
import { parse, STORE_FILE } from './annotations/store';
import { exportW3c, importW3c } from './annotations/w3c';
import { positionAt, lineStarts } from './core/text';
import { nodeFileSystem, scan } from './index/files';
import { readArticle } from './index/indexer';
import { exportWorkspace } from './index/export';
import { Project } from './project/project';
import { toUri } from './project/uris';

export class UsageError extends Error {}

interface Loaded {
  data: FolderData;
  storePath: string;
  storeText: string;
  folderUri: string;
}

/** Reads a file of ours (byline.yaml, the annotation file) if it is there; a problem is an error with its reason. */
async function readOwn(path: string, maxBytes: number): Promise<string | null> {
  const r = await readArticle(nodeFileSystem, path, maxBytes);
  if (!('skip' in r)) return r.text;
  if (r.skip.includes('ENOENT')) return null;
  throw new UsageError(`cannot read ${path}: ${r.skip}`);
}

async function loadFolder(input: string, warn: (m: string) => void): Promise<Loaded> {
  const folder = resolve(input);
  const stat = await fsp.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) throw new UsageError(`${input} is not a folder`);
  // The folder as the editor reads it: its byline.yaml (acknowledgements, globs), its articles.
  const project = new Project({
    fs: nodeFileSystem,
    cacheDir: null,
    trusted: false, // reading writes nothing; only `import` writes, the annotation file alone
    host: { log: (level, message) => (level === 'info' ? undefined : warn(message)), changed: () => undefined, progress: () => undefined },
  });
  project.setFolders([folder]);
  await project.reindex();
  await project.dispose();
  const ws = project.ws;
  const folderUri = toUri(folder);
  const rel = (uri: string): string => decodeURIComponent(uri.slice(folderUri.length + 1));
  const texts = new Map<string, string>();
  for (const uri of ws.uris()) texts.set(rel(uri), ws.get(uri)!.text);
  const storePath = join(folder, STORE_FILE);
  const storeText = (await readOwn(storePath, MAX_STORE_BYTES)) ?? '';
  const store = parse(storeText);
  const starts = lineStarts(storeText);
  for (const p of store.problems) warn(`${STORE_FILE}:${positionAt(starts, p.start).line + 1}: ${p.severity}: ${p.message}`);
  const annotations = placeAll([...store.entries.values()].map((e) => e.doc), texts, folderUri);
  for (const p of annotations) if (p.orphan) warn(`${STORE_FILE}:${positionAt(starts, store.entries.get(p.view.id)!.lines[0].start).line + 1}: warning: orphaned annotation ${p.view.id}: ${p.orphan}`);
  return { data: { analysis: exportWorkspace(ws, rel), texts, annotations }, storePath, storeText, folderUri };
}

interface Options {
  format: string | null;
  out: string | null;
  positional: string[];
}

function options(argv: string[]): Options {
  const o: Options = { format: null, out: null, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a === '--out') o[a === '--format' ? 'format' : 'out'] = argv[++i] ?? null;
    else if (a.startsWith('--format=')) o.format = a.slice(9);
    else if (a.startsWith('--out=')) o.out = a.slice(6);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.positional.push(a);
  }
  return o;
}

const warnTo = (line: string) => process.stderr.write(`byline: ${line}\n`);

export async function runExport(argv: string[]): Promise<number> {
  const o = options(argv);
  if (!o.format || !['w3c', 'brat', 'csv', 'sarif'].includes(o.format)) throw new UsageError('--format must be w3c, brat, csv or sarif');
  if (o.positional.length !== 1) throw new UsageError('give one folder of articles');
  if (o.format === 'brat' && !o.out) throw new UsageError('brat writes one .ann file per article: give --out DIR');
  const { data } = await loadFolder(o.positional[0], warnTo);
  if (o.format === 'brat') {
    const out = resolve(o.out!);
    const folder = resolve(o.positional[0]);
    let n = 0;
    for (const [path, text] of bratFiles(data)) {
      const target = join(out, path);
      // The copies of the texts never go over the articles themselves (--out at the folder).
      if (path.endsWith('.txt') && data.texts.has(relative(folder, target).split(sep).join('/'))) continue;
      await fsp.mkdir(dirname(target), { recursive: true });
      await fsp.writeFile(target, text);
      if (path.endsWith('.ann')) n++;
    }
    process.stderr.write(`byline: wrote ${n} .ann files and annotation.conf to ${o.out}\n`);
    return 0;
  }
  const text = o.format === 'csv' ? exportCsv(data) : `${JSON.stringify(o.format === 'w3c' ? exportW3c(data) : exportSarif(data), null, 2)}\n`;
  if (o.out) await fsp.writeFile(o.out, text);
  else process.stdout.write(text);
  return 0;
}

export async function runCheck(argv: string[]): Promise<number> {
  const o = options(argv);
  if (o.positional.length !== 1 || o.format || o.out) throw new UsageError('give one folder of articles');
  const { data } = await loadFolder(o.positional[0], warnTo);
  const r = check(data);
  process.stdout.write(r.report);
  return r.open.length ? 1 : 0;
}

/** Files to import: the file itself, or every file of the format under a folder. */
async function inputs(path: string, ext: string[]): Promise<{ file: string; rel: string }[]> {
  const stat = await fsp.stat(path).catch(() => null);
  if (!stat) throw new UsageError(`cannot read ${path}: no such file or folder`);
  if (!stat.isDirectory()) return [{ file: path, rel: basename(path) }];
  const found = await scan(nodeFileSystem, path, { include: ext.map((e) => `**/*${e}`), exclude: [] }, () => {});
  return found.map((rel) => ({ file: join(path, rel), rel: rel.split(sep).join('/') }));
}

export async function runImport(argv: string[]): Promise<number> {
  const o = options(argv);
  if (!o.format || !['w3c', 'brat'].includes(o.format)) throw new UsageError('--format must be w3c or brat');
  if (o.positional.length !== 2) throw new UsageError('give the file or folder to import, then the folder of articles');
  const [from, folder] = o.positional;
  const loaded = await loadFolder(folder, warnTo);
  const docs: AnnotationDoc[] = [];
  const now = new Date().toISOString();
  for (const { file, rel } of await inputs(from, o.format === 'w3c' ? ['.json', '.jsonld'] : ['.ann'])) {
    const text = await fsp.readFile(file, 'utf8');
    if (o.format === 'w3c') {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`${file} is not JSON: ${(e as Error).message}`);
      }
      let r;
      try {
        r = importW3c(json);
      } catch (e) {
        throw new UsageError(`${file}: ${(e as Error).message}`);
      }
      for (const s of r.skipped) warnTo(`${file}: skipped ${s}`);
      docs.push(...r.annotations);
    } else {
      // x.ann annotates x.txt, at the same place under the folder as under the imported folder.
      const named = `${rel.slice(0, rel.length - '.ann'.length)}.txt`;
      const byName = [...loaded.data.texts.keys()].filter((k) => basename(k) === basename(named));
      const article = loaded.data.texts.has(named) || byName.length !== 1 ? named : byName[0];
      const r = importBrat(text, article, loaded.data.texts.get(article) ?? null, now, () => `urn:uuid:${randomUUID()}`);
      for (const s of r.skipped) warnTo(`${file}: skipped ${s}`);
      docs.push(...r.annotations);
    }
  }
  const r = addImported(loaded.storeText, docs, loaded.data.texts, loaded.folderUri);
  if (r.text !== loaded.storeText) {
    // Written aside and renamed: an interrupted import leaves the old file whole.
    const tmp = `${loaded.storePath}.${process.pid}.tmp`;
    await fsp.writeFile(tmp, r.text);
    await fsp.rename(tmp, loaded.storePath);
  }
  for (const orphan of r.orphans) warnTo(`orphan: ${orphan}`);
  process.stdout.write(`imported ${r.added} new, ${r.replaced} updated, ${r.unchanged} already there; ${r.orphans.length} orphaned (kept in ${relative(process.cwd(), loaded.storePath) || STORE_FILE})\n`);
  return 0;
}
