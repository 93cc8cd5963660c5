// `npm run test:editor`: Byline in real editors on this machine. Installs code-server and its
// Node 24 from npm on first use, then runs the extension-host suite and the UI test in one
// code-server, and the Neovim test. Nothing is skipped: a missing piece is a failure.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { articlesFolder, installVsix, preflight, scratch, startCodeServer } from './harness.mjs';
import { install } from './install.mjs';
import { runNeovim } from './nvim.mjs';
import { RESULTS } from './paths.mjs';
import { report, runSuite } from './suite.mjs';
import { runUi } from './ui.mjs';

const started = Date.now();
install();
preflight();
mkdirSync(RESULTS, { recursive: true });
const results = join(RESULTS, 'extension-host.json');
rmSync(results, { force: true });

const outcome = {};
const tmp = scratch();
// The UI test uses the packaged extension; the suite loads the working tree over it (same id).
installVsix(tmp.dir);
const server = await startCodeServer(tmp.dir, { BYLINE_TEST_RESULTS: results });
try {
  // Each test gets its own copy of the samples: the suite writes to byline.yaml.
  console.log('extension-host suite (mocha) in code-server:');
  outcome.suite = await runSuite(server, articlesFolder(join(tmp.dir, 'suite')));
  report(results, outcome.suite);
  console.log('UI test in code-server + Chromium:');
  outcome.ui = await runUi(server, articlesFolder(join(tmp.dir, 'ui')));
} finally {
  server.stop();
  tmp.cleanup();
}
console.log('Neovim:');
outcome.neovim = runNeovim();

const failed = Object.keys(outcome).filter((k) => outcome[k] !== 0);
console.log(`real-editor tests: ${failed.length ? `FAILED (${failed.join(', ')})` : 'all passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed.length ? 1 : 0);
