// `npm run test:electron`: the same extension-host suite in desktop VS Code, downloaded by
// @vscode/test-electron (needs internet access to update.code.visualstudio.com; on this project's
// offline machines use `npm run test:editor`, which runs it in code-server).
// BYLINE_VSCODE_VERSION picks the VS Code version (default: the oldest that engines.vscode allows).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { articlesFolder, scratch } from './harness.mjs';
import { RESULTS, ROOT } from './paths.mjs';

const tmp = scratch();
mkdirSync(RESULTS, { recursive: true });
const results = join(RESULTS, 'extension-host-electron.json');
rmSync(results, { force: true });
let code = 1;
try {
  await runTests({
    version: process.env.BYLINE_VSCODE_VERSION || '1.82.0',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'test/out/extension/index.js'),
    extensionTestsEnv: { BYLINE_TEST_RESULTS: results },
    launchArgs: [
      articlesFolder(join(tmp.dir, 'articles')),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir', join(tmp.dir, 'user-data'),
    ],
  });
  code = 0;
} catch (e) {
  console.error(`extension-host suite in VS Code: FAILED (${e.message}; details: ${results})`);
} finally {
  tmp.cleanup();
}
process.exit(code);
