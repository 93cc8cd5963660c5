// The project model: everything that makes a set of folders a Byline project — the folders,
// the settings, each folder's byline.yaml, which files are articles, documents open in an editor
// (their text overrides the disk), the analysis caches and workers, and indexing. No protocol
// here: the language server wires it to LSP, the CLI runs it once, tests drive it in memory.

import { dirname, join, relative } from 'node:path';
import { lineStarts } from '../core/text';
import type { ArticleAnalysis } from '../core/types';
import { AnalysisCache, contentHash } from '../index/cache';
import { decode, scan, type FileEntry, type FileSystem } from '../index/files';
import { ANALYSIS_FAILED, loadArticles, readArticle } from '../index/indexer';
import { EMPTY_KNOWLEDGE, MAX_KNOWLEDGE_BYTES, parseKnowledge, type Knowledge, type KnowledgeProblem } from '../index/knowledge';
import { AnalyzerPool, analyzeSafely } from '../index/pool';
import { Workspace } from '../index/workspace';
import { compileGlobs, MAX_DEPTH, type Globs } from '../index/globs';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { toPath, toUri } from './uris';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Progress {
  indexing: boolean;
  indexed: number;
  total: number;
}

/** What the project tells its host (the server, the CLI, a test). */
export interface ProjectHost {
  log(level: LogLevel, message: string): void;
  /** Documents whose diagnostics may have changed: articles, and folder files such as byline.yaml. */
  changed(uris: Iterable<string>): void;
  progress(p: Progress): void;
}

export interface ProjectOptions {
  fs: FileSystem;
  /** Where analyses are cached, one file per folder; null: not cached. */
  cacheDir: string | null;
  /** An untrusted project writes nothing (no cache). */
  trusted: boolean;
  host: ProjectHost;
  /** Worker threads for indexing this many articles (0: this thread). */
  workers?: (articles: number) => number;
  /** The analysis run on this thread; tests replace it to make it fail. Workers run the core's. */
  analyze?: (text: string) => ArticleAnalysis;
}

export type FileChange = 'created' | 'changed' | 'deleted';

/** A problem in a folder file, at offsets in its text. */
export type Problem = KnowledgeProblem;

/** A file of a folder's own that Byline reads: read once per change, a regular file under a size cap only. */
export interface FolderFile<T> {
  uri: string;
  /** The text as read (or as open in the editor); null when absent or refused. */
  text: string | null;
  /** Whether there is such a file at all. */
  exists: boolean;
  /** What it says; null when it could not be read or parsed. */
  value: T | null;
  problems: Problem[];
  lineStarts: number[];
}

const KNOWLEDGE_FILE = 'byline.yaml';
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Above this many articles, indexing starts worker threads: below it, starting them costs more than it saves. */
const WORKERS_FROM = 50;

/**
 * A workspace folder and the files of its own. Each per-folder store is a FolderFile here (today
 * byline.yaml; an annotations file is the next one): listed in `files()`, read through
 * Project.readFolderFile (a regular file under a cap, once per change), its problems shown in it.
 */
class Folder {
  readonly uri: string;
  readonly cache: AnalysisCache;
  knowledge: FolderFile<Knowledge>;
  constructor(
    readonly path: string,
    cacheDir: string | null,
  ) {
    this.uri = toUri(path);
    this.cache = new AnalysisCache(cacheDir, path);
    this.knowledge = unread(toUri(join(path, KNOWLEDGE_FILE)));
  }

  files(): FolderFile<unknown>[] {
    return [this.knowledge];
  }
}

const unread = <T>(uri: string): FolderFile<T> => ({ uri, text: null, exists: false, value: null, problems: [], lineStarts: [0] });

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

export class Project {
  /** The index that answers; a reindex builds the next one aside. */
  ws = new Workspace();
  settings: Settings = DEFAULT_SETTINGS;
  private folders: Folder[] = [];
  /** Files named outside any folder (the CLI's arguments): always articles, no byline.yaml. */
  private loose = new Set<string>();
  /** Per-file notes (skipped, invalid UTF-8, analysis failed), shown as information. */
  private notes = new Map<string, string>();
  /** Open documents: their text overrides the disk. */
  private overrides = new Map<string, string>();
  private globs: Globs | null = null;
  private queue: Promise<void> = Promise.resolve();
  /** The workers of the indexing under way. */
  private pool: AnalyzerPool | null = null;
  private generation = 0;
  private progress: Progress = { indexing: false, indexed: 0, total: 0 };
  private readonly fs: FileSystem;
  private readonly host: ProjectHost;

  constructor(private options: ProjectOptions) {
    this.fs = options.fs;
    this.host = options.host;
  }

  // --- configuration

  /** Sets the workspace folders (absolute paths); a folder kept keeps its cache. Call reindex() after. */
  setFolders(paths: readonly string[]): void {
    this.folders = paths.map((p) => this.folders.find((f) => f.path === p) ?? new Folder(p, this.options.trusted ? this.options.cacheDir : null));
    this.globs = null;
  }

  setLooseFiles(paths: readonly string[]): void {
    this.loose = new Set(paths);
  }

  /** Returns whether the settings changed (then a reindex is due). */
  configure(settings: Settings): boolean {
    if (JSON.stringify(settings) === JSON.stringify(this.settings)) return false;
    this.settings = settings;
    this.globs = null;
    return true;
  }

  folderPaths(): string[] {
    return this.folders.map((f) => f.path);
  }

  // --- reading the state

  note(uri: string): string | undefined {
    return this.notes.get(uri);
  }

  /** Every document with something to show: articles, notes and folder files. */
  documents(): string[] {
    return [...new Set([...this.ws.uris(), ...this.notes.keys(), ...this.folders.flatMap((f) => f.files().map((x) => x.uri))])];
  }

  /** The folder file at `uri` (byline.yaml), for its problems. */
  folderFile(uri: string): FolderFile<unknown> | null {
    for (const f of this.folders) for (const x of f.files()) if (x.uri === uri) return x;
    return null;
  }

  /**
   * The byline.yaml that edits go to: the first folder's that exists, else the first folder's.
   * `text` is null when there is no file yet; `editable` is false when it exists but could not
   * be read or parsed (edits would then be made blind).
   */
  knowledgeFile(): { uri: string; text: string | null; editable: boolean } | null {
    const f = this.folders.find((x) => x.knowledge.exists) ?? this.folders[0];
    if (!f) return null;
    const k = f.knowledge;
    return { uri: k.uri, text: k.exists ? k.text : null, editable: !k.exists || (k.text !== null && k.value !== null) };
  }

  isArticleUri(uri: string): boolean {
    const path = toPath(uri);
    return path !== null && this.isArticle(path);
  }

  private isArticle(path: string): boolean {
    if (this.loose.has(path)) return true;
    const folder = this.folderOf(path);
    if (!folder) return false;
    const rel = relative(folder.path, path).replace(/\\/g, '/');
    const parts = rel.split('/');
    if (parts.length > MAX_DEPTH + 1 || parts.some((s) => ALWAYS_SKIPPED.has(s))) return false;
    const g = this.currentGlobs();
    // Excluded itself or inside an excluded folder, as the scan sees it.
    for (let i = 1; i <= parts.length; i++) if (g.excluded(parts.slice(0, i).join('/'))) return false;
    return g.included(rel);
  }

  private folderOf(path: string): Folder | undefined {
    let best: Folder | undefined;
    for (const f of this.folders) if ((path.startsWith(f.path + '/') || path.startsWith(f.path + '\\')) && (!best || f.path.length > best.path.length)) best = f;
    return best;
  }

  /** byline.yaml's globs where it has them, else the settings'; excludes from both. */
  private globPatterns(): { include: string[]; exclude: string[] } {
    const k = this.ws.getKnowledge();
    return { include: k.articles.length ? k.articles : this.settings.articles, exclude: [...this.settings.exclude, ...k.exclude] };
  }

  private currentGlobs(): Globs {
    if (!this.globs) {
      const { include, exclude } = this.globPatterns();
      this.globs = compileGlobs(include, exclude);
      for (const p of this.globs.problems) this.host.log('warn', `glob ignored: ${p}`);
    }
    return this.globs;
  }

  // --- indexing

  /** Waits for everything queued (indexing, file changes). */
  idle(): Promise<void> {
    return this.queue;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((e) => this.host.log('error', `${(e as Error).stack ?? e}`));
    return this.queue;
  }

  private setProgress(update: Partial<Progress>): void {
    Object.assign(this.progress, update);
    this.host.progress({ ...this.progress });
  }

  /**
   * Rebuilds the index from disk; the previous one keeps answering until the new one is ready.
   * File changes reported meanwhile are applied after it, so none is lost.
   */
  reindex(): Promise<void> {
    const gen = ++this.generation;
    return this.enqueue(async () => {
      if (gen !== this.generation) return;
      try {
        await this.build(gen);
      } catch (e) {
        // A failed reindex must not stop the next one: the previous index keeps answering.
        this.host.log('error', `indexing failed: ${(e as Error).stack ?? e}`);
        this.setProgress({ indexing: false });
      }
    });
  }

  private async build(gen: number): Promise<void> {
    await this.loadKnowledge();
    const k = this.knowledge();
    const source = this.knowledgeSource();
    this.ws.setKnowledge(k ?? this.ws.getKnowledge(), k ? source : this.ws.knowledgeSource);
    this.globs = null;
    const globs = this.globPatterns();
    // The first index fills in as it goes; a reindex is built aside while the old one keeps answering.
    const next = this.ws.size ? new Workspace() : this.ws;
    next.setKnowledge(this.ws.getKnowledge(), this.ws.knowledgeSource);
    const notes = new Map<string, string>();
    const jobs: { folder: Folder | null; paths: string[] }[] = [];
    for (const folder of this.folders) {
      const rel = await scan(this.fs, folder.path, globs, (p, reason) => this.host.log('warn', `skipped ${join(folder.path, p)}: ${reason}`));
      jobs.push({ folder, paths: rel.map((r) => join(folder.path, r)) });
    }
    if (this.loose.size) jobs.push({ folder: null, paths: [...this.loose] });
    const total = jobs.reduce((n, j) => n + j.paths.length, 0);
    this.setProgress({ indexing: true, indexed: 0, total });
    const pool = (this.pool = new AnalyzerPool(this.options.workers?.(total) ?? (total > WORKERS_FROM ? undefined : 0), this.options.analyze, (m) => this.host.log('warn', m)));
    let done = 0;
    const hashes = new Map<Folder, Set<string>>();
    try {
      for (const { folder, paths } of jobs) {
        const cache = folder?.cache ?? new AnalysisCache(null);
        await cache.load();
        const live = new Set<string>();
        if (folder) hashes.set(folder, live);
        await loadArticles(paths, {
          fs: this.fs,
          pool,
          cache,
          maxFileBytes: this.maxFileBytes(),
          onLoaded: (a) => {
            const uri = toUri(a.path);
            live.add(a.hash);
            if (a.note) notes.set(uri, a.note);
            const open = this.overrides.get(uri);
            if (open === undefined) next.set(uri, a.text, a.analysis, true);
          },
          onSkipped: (p, reason) => {
            const failed = reason.startsWith(ANALYSIS_FAILED);
            notes.set(toUri(p), failed ? `Byline could not analyse this file: ${reason.slice(ANALYSIS_FAILED.length).split('\n')[0]}` : `Byline skipped this file: ${reason}.`);
            this.host.log(failed ? 'error' : 'info', `skipped ${p}: ${reason}`);
          },
          onProgress: (n) => this.setProgress({ indexed: done + n }),
          isCancelled: () => gen !== this.generation,
        });
        done += paths.length;
      }
    } finally {
      // Edits are analysed on this thread: idle workers would only hold their memory (100 MB and more).
      void pool.dispose();
      if (this.pool === pool) this.pool = null;
    }
    if (gen !== this.generation) return;
    const before = this.documents();
    this.notes = notes;
    // Open documents that are articles are indexed from the editor's text, saved or not.
    for (const [uri, text] of this.overrides) if (this.isArticleUri(uri) && next.get(uri)?.text !== text) this.index(next, uri, text);
    this.ws = next;
    this.setProgress({ indexing: false, indexed: this.ws.size });
    this.host.changed([...before, ...this.documents()]);
    if (this.options.trusted)
      for (const [folder, live] of hashes) await folder.cache.save(live).catch((e: Error) => this.host.log('warn', `cache not saved: ${e.message}`));
  }

  private maxFileBytes(): number {
    return this.settings.maxFileSizeKB * 1024;
  }

  // --- byline.yaml

  /** The knowledge in force: the first folder's byline.yaml that exists (null: keep the last good one). */
  private knowledge(): Knowledge | null {
    const f = this.folders.find((x) => x.knowledge.exists);
    return f ? f.knowledge.value : EMPTY_KNOWLEDGE;
  }

  private knowledgeSource(): { uri: string; lineStarts: number[] } | null {
    const f = this.folders.find((x) => x.knowledge.exists);
    return f ? { uri: f.knowledge.uri, lineStarts: f.knowledge.lineStarts } : null;
  }

  /** Reads every folder's byline.yaml (the editor's text when it is open). */
  private async loadKnowledge(): Promise<void> {
    for (const f of this.folders) {
      const uri = f.knowledge.uri;
      const open = this.overrides.get(uri);
      const read = open !== undefined ? { text: open, exists: true, problem: null } : await this.readFolderFile(join(f.path, KNOWLEDGE_FILE), MAX_KNOWLEDGE_BYTES);
      const parsed = read.text === null ? { knowledge: null, problems: [] } : parseKnowledge(read.text);
      const problems = read.problem ? [{ message: read.problem, start: 0, end: 0 }] : parsed.problems;
      for (const p of problems.slice(0, 1)) if (read.problem) this.host.log('warn', `${KNOWLEDGE_FILE} ignored: ${p.message}`);
      f.knowledge = { uri, text: read.text, exists: read.exists, value: parsed.knowledge, problems, lineStarts: read.text === null ? [0] : lineStarts(read.text) };
    }
  }

  /**
   * A file of the folder's own, refused unless it is a regular file under `maxBytes`: a FIFO,
   * `/dev/zero` or a 100 MB file in its place is a problem to show, never a hang.
   */
  private async readFolderFile(path: string, maxBytes: number): Promise<{ text: string | null; exists: boolean; problem: string | null }> {
    let size: number;
    try {
      size = await this.fs.size(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? { text: null, exists: false, problem: null } : { text: null, exists: true, problem: `Byline cannot read this file: ${(e as Error).message}.` };
    }
    if (size > maxBytes) return { text: null, exists: true, problem: `This file is larger than ${maxBytes} bytes; it is ignored.` };
    try {
      const bytes = await this.fs.readFile(path);
      if (bytes.length > maxBytes) return { text: null, exists: true, problem: `This file is larger than ${maxBytes} bytes; it is ignored.` };
      const d = decode(bytes);
      return 'skip' in d ? { text: null, exists: true, problem: `This file is ignored: ${d.skip}.` } : { text: d.text, exists: true, problem: null };
    } catch (e) {
      return { text: null, exists: true, problem: `Byline cannot read this file: ${(e as Error).message}.` };
    }
  }

  /** Re-links the index from the new byline.yaml; only a change of which files are articles needs a reindex. */
  private async knowledgeChanged(): Promise<void> {
    const before = this.ws.getKnowledge();
    await this.loadKnowledge();
    const k = this.knowledge();
    if (k) this.ws.setKnowledge(k, this.knowledgeSource());
    const after = this.ws.getKnowledge();
    if (JSON.stringify([before.articles, before.exclude]) !== JSON.stringify([after.articles, after.exclude])) {
      this.globs = null;
      void this.reindex();
    }
    this.host.changed(this.documents());
  }

  private isKnowledgeUri(uri: string): boolean {
    return this.folders.some((f) => f.knowledge.uri === uri);
  }

  // --- changes

  /** A document opened or edited in the editor: its text overrides the disk. */
  open(uri: string, text: string): void {
    this.overrides.set(uri, text);
    if (this.isKnowledgeUri(uri)) {
      void this.enqueue(() => this.knowledgeChanged());
      return;
    }
    if (!this.ws.has(uri) && !this.isArticleUri(uri)) return;
    // Opening a file shows the text already indexed from disk: nothing to analyse again.
    if (this.ws.get(uri)?.text === text) return;
    this.host.changed(this.index(this.ws, uri, text));
  }

  /** A document closed: the disk speaks for it again. */
  close(uri: string): Promise<void> {
    if (!this.overrides.delete(uri)) return Promise.resolve();
    if (this.isKnowledgeUri(uri)) return this.enqueue(() => this.knowledgeChanged());
    return this.enqueue(() => this.reread(uri));
  }

  /** A file changed on disk (a watcher event). Applied in order, after any indexing under way. */
  fileChanged(uri: string, change: FileChange): Promise<void> {
    if (this.isKnowledgeUri(uri)) return this.overrides.has(uri) ? Promise.resolve() : this.enqueue(() => this.knowledgeChanged());
    return this.enqueue(async () => {
      if (this.overrides.has(uri)) return;
      if (change === 'deleted') {
        // A folder deleted or moved away takes its articles with it.
        for (const u of [...this.ws.uris()]) if (u.startsWith(`${uri}/`) && !this.overrides.has(u)) this.drop(u, null);
        this.drop(uri, null);
        return;
      }
      const path = toPath(uri);
      if (path === null || !(await this.rereadFolder(path))) await this.reread(uri);
    });
  }

  /**
   * A folder created or moved in: its articles are read (editors report the folder, not each
   * file in it). False when `path` is not a folder. A symlinked folder is not followed.
   */
  private async rereadFolder(path: string): Promise<boolean> {
    const folder = this.folderOf(path);
    if (!folder) return false;
    let entries: FileEntry[];
    try {
      entries = await this.fs.readDirectory(path);
    } catch {
      return false;
    }
    const rel = relative(folder.path, path).replace(/\\/g, '/').split('/');
    const [real, root] = await Promise.all([this.fs.realPath(path), this.fs.realPath(folder.path)]);
    if (real !== join(root, ...rel) || rel.length > MAX_DEPTH || rel.some((x) => ALWAYS_SKIPPED.has(x))) return true;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(path, e.name);
      if (e.kind === 'directory') await this.rereadFolder(p);
      else if (e.kind === 'file' && this.isArticle(p)) await this.reread(toUri(p));
    }
    return true;
  }

  /**
   * Brings one article up to date with the disk, unless the editor has it open: a document
   * reopened while its close waited in the queue, or during the read (a tab moved between
   * editor groups), keeps the editor's text.
   */
  private async reread(uri: string): Promise<void> {
    if (this.overrides.has(uri)) return;
    const path = toPath(uri);
    if (path === null || !this.isArticle(path)) return this.drop(uri, null);
    const r = await this.readArticleAt(path);
    if (this.overrides.has(uri)) return;
    if ('skip' in r) return this.drop(uri, /ENOENT/.test(r.skip) ? null : `Byline skipped this file: ${r.skip}.`);
    const noteBefore = this.notes.get(uri);
    if (r.note) this.notes.set(uri, r.note);
    else this.notes.delete(uri);
    if (this.ws.get(uri)?.text === r.text) {
      if (noteBefore !== r.note) this.host.changed([uri]);
      return;
    }
    const folder = this.folderOf(path);
    const hash = contentHash(r.text);
    const cached = folder?.cache.get(hash, r.text);
    const touched = this.index(this.ws, uri, r.text, cached);
    if (!cached && folder && this.ws.has(uri) && this.options.trusted) folder.cache.put(hash, this.ws.analysis(uri)!);
    this.host.changed(touched);
  }

  /** Removes an article (with a note saying why, or none). */
  private drop(uri: string, note: string | null): void {
    const touched = this.ws.remove(uri);
    if (note) this.notes.set(uri, note);
    else this.notes.delete(uri);
    this.host.changed([...touched, uri]);
  }

  /** Reads an article: a regular file, not reached through a symlinked folder, the same rule as the scan. */
  private async readArticleAt(path: string): Promise<{ text: string; note: string | null } | { skip: string }> {
    const folder = this.folderOf(path);
    if (folder) {
      try {
        const [real, root] = await Promise.all([this.fs.realPath(dirname(path)), this.fs.realPath(folder.path)]);
        if (real !== join(root, relative(folder.path, dirname(path)))) return { skip: 'inside a symlinked folder: not followed' };
      } catch (e) {
        return { skip: `cannot read: ${(e as Error).message}` };
      }
    }
    return readArticle(this.fs, path, this.maxFileBytes());
  }

  /**
   * Analyses and indexes one article (unless it is over the size limit). Should the analysis
   * fail, the article leaves the index with a note and the failure is logged, so that no answer
   * is computed from an older text.
   */
  private index(target: Workspace, uri: string, text: string, analysis?: ArticleAnalysis): Set<string> {
    const max = this.maxFileBytes();
    // UTF-16 length bounds the bytes from below: the exact count only for texts near the limit.
    if (text.length > max || (text.length * 3 > max && byteLength(text) > max)) {
      this.notes.set(uri, `Byline skipped this file: larger than the ${Math.round(max / 1024)} KB limit (byline.maxFileSizeKB).`);
      return new Set([...target.remove(uri), uri]);
    }
    const a = analysis ?? analyzeSafely(text, this.options.analyze);
    if ('error' in a) {
      this.host.log('error', `could not analyse ${uri}: ${a.error}`);
      this.notes.set(uri, `Byline could not analyse this file: ${a.error.split('\n')[0]}`);
      return new Set([...target.remove(uri), uri]);
    }
    const note = this.notes.get(uri);
    if (note?.startsWith('Byline could not analyse') || note?.startsWith('Byline skipped')) this.notes.delete(uri);
    return target.set(uri, text, a);
  }

  /** Stops indexing at once (the workers with it); the project answers nothing new after. */
  async dispose(): Promise<void> {
    this.generation++;
    await this.pool?.dispose();
  }
}
