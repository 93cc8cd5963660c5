// Benchmark corpora in a temporary folder, never in the repository: the BBC articles, and ten
// copies of them (22,250 files in subfolders). Copies 1-9 end with a page footer naming the copy
// ("© BBC MMV (archive copy 3)"), which the analyser treats as page furniture: the text stays
// realistic but no two files are byte-identical, so the content-hash cache cannot cheat.
// Smaller sizes are hard links to a stratified subset (every category represented).

import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The BBC articles as { rel, text }, interleaved across categories so any prefix is a fair sample. */
export function readBbc(root) {
  const categories = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .sort();
  const lists = categories.map((c) =>
    readdirSync(join(root, c))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ rel: `${c}/${f}`, text: readFileSync(join(root, c, f), 'utf8') })),
  );
  const out = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

function place(src, dest) {
  try {
    linkSync(src, dest);
  } catch {
    copyFileSync(src, dest);
  }
}

/**
 * Writes `copies` copies of the articles under `dir/all/cK/...` and builds one folder per size.
 * Returns { folders: Map<size, folder>, files: Map<size, absolute paths>, bytes: Map<size, bytes> }.
 */
export function buildCorpora(articles, dir, sizes, copies = 10) {
  const all = join(dir, 'all');
  const made = new Set();
  const mkdir = (d) => {
    if (!made.has(d)) mkdirSync(d, { recursive: true });
    made.add(d);
  };
  const byCopy = [];
  for (let k = 0; k < copies; k++) {
    const list = [];
    for (const a of articles) {
      const path = join(all, `c${k}`, a.rel);
      mkdir(join(path, '..'));
      const text = k === 0 ? a.text : `${a.text.replace(/\s*$/, '')}\n\n© BBC MMV (archive copy ${k})\n`;
      writeFileSync(path, text);
      list.push({ path, bytes: Buffer.byteLength(text) });
    }
    byCopy.push(list);
  }
  const flat = byCopy.flat();
  const folders = new Map();
  const files = new Map();
  const bytes = new Map();
  for (const size of sizes) {
    let folder;
    let chosen;
    if (size === flat.length) {
      folder = all;
      chosen = flat;
    } else if (size === articles.length) {
      folder = join(all, 'c0');
      chosen = byCopy[0];
    } else {
      folder = join(dir, `n${size}`);
      // Whole copies first, then a stratified prefix of the next one.
      chosen = flat.slice(0, size);
      for (const f of chosen) {
        const dest = join(folder, f.path.slice(all.length + 1));
        mkdir(join(dest, '..'));
        place(f.path, dest);
      }
      chosen = chosen.map((f) => ({ ...f, path: join(folder, f.path.slice(all.length + 1)) }));
    }
    folders.set(size, folder);
    files.set(size, chosen.map((f) => f.path));
    bytes.set(size, chosen.reduce((n, f) => n + f.bytes, 0));
  }
  return { folders, files, bytes };
}
