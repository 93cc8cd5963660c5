// Shared pieces of the real-editor tests: a throw-away copy of samples/ marked as a Byline folder,
// code-server (real VS Code 1.139 served to a browser) with a fresh profile, and Debian's Chromium.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { NODE24, ROOT, codeServerBin } from './paths.mjs';

export const CHROMIUM = process.env.BYLINE_CHROMIUM || '/usr/bin/chromium';

/** A temporary folder for one run; removed by `cleanup()` unless BYLINE_KEEP is set. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'byline-editor-'));
  return { dir, cleanup: () => process.env.BYLINE_KEEP || rmSync(dir, { recursive: true, force: true }) };
}

/** samples/ copied to `dir` (with its byline.yaml, or without it when `bare`), so the repository's files are never written. */
export function articlesFolder(dir, { bare = false } = {}) {
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  if (bare) rmSync(join(dir, 'byline.yaml'));
  return dir;
}

/** Checks what the tests need before spending time on them, with the fix in the message. */
export function preflight() {
  const missing = [
    [join(ROOT, 'dist/extension.js'), 'run `npm run build`'],
    [join(ROOT, 'dist/server.js'), 'run `npm run build`'],
    [join(ROOT, 'test/out/extension/index.js'), 'run `npm run build`'],
    [CHROMIUM, 'install Debian chromium (apt-get install -y chromium) or set BYLINE_CHROMIUM'],
    [codeServerBin, 'run `node test/editor/install.mjs`'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length) throw new Error(missing.map(([file, fix]) => `missing ${file}: ${fix}`).join('\n'));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Packages the extension as users get it (`vsce package`, the bundles only) and installs the .vsix
 * into the profile that `startCodeServer(dir)` uses: the UI test runs the installed extension.
 */
export function installVsix(dir) {
  mkdirSync(dir, { recursive: true });
  const vsix = join(dir, 'byline.vsix');
  // vsce needs a base URL for the README's relative images when the repository is not on GitHub.
  const base = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository.url.replace(/\.git$/, '');
  const args = ['package', '--no-dependencies', '--baseContentUrl', base, '--baseImagesUrl', base, '-o', vsix];
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(join(ROOT, 'node_modules/.bin/vsce'), args, { cwd: ROOT, ...quiet });
  execFileSync(NODE24, [codeServerBin, ...profileArgs(dir), '--install-extension', vsix], { env: { ...process.env, ...xdgEnv(dir) }, ...quiet });
}

const profileArgs = (dir) => ['--user-data-dir', join(dir, 'user-data'), '--extensions-dir', join(dir, 'extensions')];
// code-server writes to ~/.config and ~/.local/share even for --version: keep it in the scratch dir.
const xdgEnv = (dir) => ({ XDG_CONFIG_HOME: join(dir, 'xdg/config'), XDG_DATA_HOME: join(dir, 'xdg/data'), XDG_CACHE_HOME: join(dir, 'xdg/cache') });

/**
 * Starts code-server on a free port; resolves once /healthz answers. With `untrusted`, workspace
 * trust is on and folders open in Restricted Mode without asking; `testDriver: false` leaves out
 * the smoke-test driver that test payloads need; `settings` are added to the user settings.
 */
export async function startCodeServer(dir, { env = {}, untrusted = false, testDriver = true, settings = {} } = {}) {
  const port = await freePort();
  const userData = join(dir, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify({
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.hover.delay': 100,
      'chat.disableAIFeatures': true,
      'extensions.ignoreRecommendations': true,
      'security.workspace.trust.enabled': untrusted,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.untrustedFiles': 'open',
      ...settings,
    }),
  );
  const args = [
    codeServerBin,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    ...profileArgs(dir),
    '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened',
    // Without it every browser connection leaves an extension host running for hours.
    '--reconnection-grace-time', '10',
    // Makes the browser workbench honour the test payload in the URL (and hides notification
    // toasts: the UI test, which needs no payload, runs without it to see what a person sees).
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const log = [];
  const child = spawn(NODE24, args, { env: { ...process.env, ...xdgEnv(dir), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const s of [child.stdout, child.stderr]) s.on('data', (b) => log.push(b.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log.join('')}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    /** The workbench URL for a folder, with optional payload entries such as extensionDevelopmentPath. */
    url(folder, payload = []) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
      const entries = payload.map(([k, v]) => [k, v.startsWith('/') ? remote(v) : v]);
      return `${base}/?folder=${encodeURIComponent(folder)}${entries.length ? `&payload=${encodeURIComponent(JSON.stringify(entries))}` : ''}`;
    },
    stop() {
      child.kill();
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Runs `run(server, folder)` in its own code-server, on a fresh copy of the samples; stops the server after. */
export async function withCodeServer(dir, run, { untrusted = false, bare = false, testDriver = true, settings = {} } = {}) {
  const server = await startCodeServer(dir, { untrusted, testDriver, settings });
  try {
    return await run(server, articlesFolder(join(dir, 'articles'), { bare }));
  } finally {
    server.stop();
  }
}

/** The entry of a test script run by itself: checks, a scratch folder for `run(dir)`, its exit code. */
export async function runScript(run) {
  preflight();
  const tmp = scratch();
  let code = 1;
  try {
    code = await run(tmp.dir);
  } finally {
    tmp.cleanup();
  }
  process.exit(code);
}
