// Runs the extension-host mocha suite (test/out/extension) inside code-server. code-server refuses
// --extensionTestsPath on its command line, so the browser workbench gets it from the URL payload
// and reports the result through window.codeAutomationExit(code).
// Usage: node test/editor/suite.mjs [--untrusted | --bare]  (after `npm run build` and `node test/editor/install.mjs`)
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, runScript, withCodeServer } from './harness.mjs';
import { RESULTS, ROOT } from './paths.mjs';

export async function runSuite(server, folder, { timeoutMs = 300_000 } = {}) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const exit = new Promise((resolve) => page.exposeFunction('codeAutomationExit', resolve));
    await page.goto(
      server.url(folder, [
        ['extensionDevelopmentPath', ROOT],
        ['extensionTestsPath', join(ROOT, 'test/out/extension/index.js')],
      ]),
    );
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    const code = await Promise.race([exit, timeout]);
    if (code === 'timeout') throw new Error(`the extension-host suite did not finish in ${timeoutMs / 1000} s`);
    return code;
  } finally {
    await browser.close();
  }
}

/** Prints the outcomes that test/src/extension/index.ts wrote (the editor itself only gives an exit code). */
export function report(results, code) {
  if (!existsSync(results)) return console.log(`extension-host suite in code-server: FAILED before writing ${results}`);
  const { tests } = JSON.parse(readFileSync(results, 'utf8'));
  for (const t of tests) console.log(`${t.state === 'passed' ? '  ok  ' : '  FAIL'} ${t.title}${t.error ? `\n        ${t.error.trim().replace(/\n/g, '\n        ')}` : ''}`);
  console.log(`extension-host suite in code-server: ${code === 0 ? 'passed' : 'FAILED'} (${results})`);
}

/**
 * Runs the suite in its own code-server, on a folder that picks the tests (test/src/extension/index.ts):
 * trusted with byline.yaml (features), in Restricted Mode (`untrusted`), or without byline.yaml (`bare`).
 * Returns the exit code; the outcomes are in test-results/extension-host*.json.
 */
export async function suiteIn(dir, { untrusted = false, bare = false } = {}) {
  mkdirSync(RESULTS, { recursive: true });
  const results = join(RESULTS, `extension-host${untrusted ? '-untrusted' : bare ? '-activation' : ''}.json`);
  rmSync(results, { force: true });
  return withCodeServer(
    dir,
    async (server, folder) => {
      const code = await runSuite(server, folder);
      report(results, code);
      return code;
    },
    { untrusted, bare },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runScript((dir) => suiteIn(dir, { untrusted: process.argv.includes('--untrusted'), bare: process.argv.includes('--bare') }));
