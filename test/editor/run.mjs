// `npm run test:editor`: Byline in real editors on this machine. Installs code-server and its
// Node 24 from npm on first use, then runs, each in a fresh code-server profile, the extension-host
// suite (trusted; in Restricted Mode; in a folder without byline.yaml), the UI test and the
// annotation UI test, and last
// the Neovim test.
// Nothing is skipped: a missing piece is a failure.
import { join } from 'node:path';
import { preflight, scratch } from './harness.mjs';
import { install } from './install.mjs';
import { runNeovim } from './nvim.mjs';
import { suiteIn } from './suite.mjs';
import { annotateUiIn } from './annotate-ui.mjs';
import { uiIn } from './ui.mjs';

const started = Date.now();
install();
preflight();
const outcome = {};
const tmp = scratch();
try {
  console.log('extension-host suite (mocha) in code-server:');
  outcome.suite = await suiteIn(join(tmp.dir, 'trusted'));
  console.log('extension-host suite in Restricted Mode:');
  outcome.untrusted = await suiteIn(join(tmp.dir, 'untrusted'), { untrusted: true });
  console.log('extension-host suite in a folder without byline.yaml:');
  outcome.activation = await suiteIn(join(tmp.dir, 'bare'), { bare: true });
  console.log('UI test in code-server + Chromium, the .vsix installed:');
  outcome.ui = await uiIn(join(tmp.dir, 'ui'));
  console.log('annotation UI test in code-server + Chromium:');
  outcome.annotateUi = await annotateUiIn(join(tmp.dir, 'annotate-ui'));
} finally {
  tmp.cleanup();
}
console.log('Neovim:');
outcome.neovim = runNeovim();

const failed = Object.keys(outcome).filter((k) => outcome[k] !== 0);
console.log(`real-editor tests: ${failed.length ? `FAILED (${failed.join(', ')})` : 'all passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed.length ? 1 : 0);
