// Entry of the extension-host test suite (the @vscode/test-electron contract: `run()`), used by
// code-server (test/editor/suite.mjs) and desktop VS Code (test/editor/test-electron.mjs).
// The opened folder picks the tests: features.js (trusted, with byline.yaml), untrusted.js
// (Restricted Mode), activation.js (no byline.yaml yet). Every test's outcome goes to a JSON file,
// because the editor only reports an exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const trusted = vscode.workspace.isTrusted;
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const configured = await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, 'byline.yaml'))).then(() => true, () => false);
  const suite = !trusted ? 'untrusted' : configured ? 'features' : 'activation';
  const results =
    process.env.BYLINE_TEST_RESULTS ||
    path.resolve(__dirname, '../../../test-results', suite === 'features' ? 'extension-host.json' : `extension-host-${suite}.json`);
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.addFile(path.join(__dirname, `${suite}.js`));
  const outcomes: { title: string; state: string; ms?: number; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      fs.mkdirSync(path.dirname(results), { recursive: true });
      fs.writeFileSync(results, JSON.stringify({ suite, failures, tests: outcomes }, null, 2) + '\n');
      if (failures) reject(new Error(`${failures} extension-host test(s) failed; see ${results}`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: err.message }));
    runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
