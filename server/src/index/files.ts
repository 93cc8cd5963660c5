// Reading the workspace: which files are articles, and how their bytes become text. The index
// reads files only through `FileSystem`, so tests can use the in-memory implementation.

import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fsp, readSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlobs, MAX_DEPTH } from './globs';

export interface FileEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/**
 * The disk as the index sees it. Symlinks are never followed: not while scanning (dirents),
 * not when reading one file (a watcher event may name a link to /etc/passwd).
 */
export interface FileSystem {
  /** The bytes of a regular file; anything else (a symlink, FIFO, device, folder) is an error. */
  readFile(path: string): Promise<Uint8Array>;
  readDirectory(path: string): Promise<FileEntry[]>;
  /** The size of a regular file, without following a symlink; anything else is an error. */
  size(path: string): Promise<number>;
  /** The path with every symlink resolved, to tell whether a file lies inside a folder. */
  realPath(path: string): Promise<string>;
}

/**
 * Files are read with blocking calls: for thousands of small articles that is several times
 * faster than promise-based reads (one system call each instead of a thread-pool round trip
 * per step), and each call blocks for microseconds. Opening without blocking, then checking
 * that it is a regular file, means a FIFO put in a file's place can never hang the server.
 */
export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    try {
      const s = fstatSync(fd);
      if (!s.isFile()) throw new Error('not a regular file');
      const bytes = Buffer.allocUnsafe(s.size);
      let n = 0;
      while (n < s.size) {
        const got = readSync(fd, bytes, n, s.size - n, n);
        if (!got) break;
        n += got;
      }
      return bytes.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  },
  async readDirectory(path) {
    // Dirents do not follow symlinks, so a symlink loop is never entered.
    const entries = await fsp.readdir(path, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }));
  },
  async size(path) {
    // Only regular files: reading a FIFO named x.txt would block forever, /dev/zero never ends.
    const s = lstatSync(path);
    if (!s.isFile()) throw new Error(s.isSymbolicLink() ? 'a symlink: not followed' : 'not a regular file');
    return s.size;
  },
  realPath: (path) => fsp.realpath(path),
};

/** Files held in memory, for tests: change `files` to change the disk. Paths use forward slashes. */
export class MemoryFileSystem implements FileSystem {
  constructor(readonly files = new Map<string, Uint8Array | string>()) {}
  async realPath(path: string): Promise<string> {
    return path;
  }
  private bytes(path: string): Uint8Array {
    const v = this.files.get(path);
    if (v === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return typeof v === 'string' ? new TextEncoder().encode(v) : v;
  }
  async readFile(path: string): Promise<Uint8Array> {
    return this.bytes(path);
  }
  async size(path: string): Promise<number> {
    return this.bytes(path).length;
  }
  async readDirectory(path: string): Promise<FileEntry[]> {
    if (this.files.has(path)) throw Object.assign(new Error(`ENOTDIR: ${path}`), { code: 'ENOTDIR' });
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const out = new Map<string, FileEntry>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      out.set(name, { name, kind: slash < 0 ? 'file' : 'directory' });
    }
    if (!out.size) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return [...out.values()];
  }
}

export interface ScanOptions {
  include: string[];
  exclude: string[];
  /** Stop after this many files, so a huge tree cannot exhaust memory. */
  limit?: number;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Relative paths (forward slashes) of the article files under `root`. */
export async function scan(fs: FileSystem, root: string, options: ScanOptions, onSkip: (path: string, reason: string) => void): Promise<string[]> {
  const globs = compileGlobs(options.include, options.exclude);
  const limit = options.limit ?? 200_000;
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries: FileEntry[];
    try {
      entries = await fs.readDirectory(rel ? join(root, rel) : root);
    } catch (e) {
      onSkip(rel || '.', `cannot read folder: ${(e as Error).message}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= limit) return;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (ALWAYS_SKIPPED.has(e.name) || globs.excluded(path)) continue;
      if (e.kind === 'directory') {
        if (path.split('/').length > MAX_DEPTH) onSkip(path, `deeper than ${MAX_DEPTH} folders: not read`);
        else await walk(path);
      }
      else if (globs.included(path)) {
        // Symlinks are not followed (no loops); say so rather than dropping the file silently.
        if (e.kind === 'file') out.push(path);
        else onSkip(path, 'not a regular file (a symlink, FIFO or device): not followed');
      }
    }
  };
  await walk('');
  return out;
}

export type Decoded = { text: string; note: string | null } | { skip: string };

/**
 * Bytes to text. UTF-8 by default (invalid sequences become U+FFFD and are reported), UTF-16
 * when a byte-order mark says so; files that look binary are skipped rather than analysed.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: null };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: null };
  const head = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < head; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) {
      if (b === 0) return { skip: 'binary file (contains NUL bytes)' };
      control++;
    }
  }
  if (control > head / 10) return { skip: 'binary file (mostly control characters)' };
  try {
    return { text: strictUtf8.decode(bytes), note: null };
  } catch {
    return { text: lenientUtf8.decode(bytes), note: 'The file is not valid UTF-8: invalid bytes are shown as \ufffd.' };
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
