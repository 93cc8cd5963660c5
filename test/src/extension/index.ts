// Entry of the extension-host test suite (the @vscode/test-electron contract: `run()`), used by
// code-server (test/editor/code-server.mjs) and desktop VS Code (test/editor/test-electron.mjs).
// Writes every test's outcome to a JSON file, because the editor only reports an exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const results = process.env.BYLINE_TEST_RESULTS || path.resolve(__dirname, '../../../test-results/extension-host.json');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.addFile(path.join(__dirname, 'features.js'));
  const outcomes: { title: string; state: string; ms?: number; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      fs.mkdirSync(path.dirname(results), { recursive: true });
      fs.writeFileSync(results, JSON.stringify({ failures, tests: outcomes }, null, 2) + '\n');
      if (failures) reject(new Error(`${failures} extension-host test(s) failed; see ${results}`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: err.message }));
    runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
