// Runs test/editor/nvim.lua in headless Neovim against a copy of samples/.
// Usage: node test/editor/nvim.mjs  (after `npm run build`; needs Debian's neovim)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articlesFolder, scratch } from './harness.mjs';
import { ROOT } from './paths.mjs';

export function runNeovim() {
  if (!existsSync(join(ROOT, 'server/out/server.js'))) throw new Error('missing server/out/server.js: run `npm run build`');
  const tmp = scratch();
  try {
    // In Neovim 0.7, -l is Lisp mode: the script goes through -c luafile.
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test/editor/nvim.lua')}`], {
      // A fresh XDG cache: the server's analysis cache (and Neovim's state) start empty, as in CI.
      env: { ...process.env, XDG_CACHE_HOME: join(tmp.dir, 'cache'), BYLINE_ROOT: ROOT, BYLINE_FOLDER: articlesFolder(join(tmp.dir, 'articles')) },
      stdio: 'inherit',
      timeout: 300_000,
    });
    if (r.error) throw new Error(`could not run nvim (apt-get install -y neovim): ${r.error.message}`);
    return r.status ?? 1;
  } finally {
    tmp.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(runNeovim());
