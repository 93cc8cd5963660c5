// Bundles the extension, the server and its worker into dist/ for the .vsix: one file each,
// nothing resolved from node_modules at run time, and beside them the recogniser's data file,
// which the server and its workers read (one copy, not one per bundle).
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/worker.ts'], outfile: 'dist/worker.js' }),
  // The Byline panel's script (and its CSS) for the webview: a browser bundle, ECharts inside.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['client/webview/pictures.ts'], outfile: 'dist/pictures.js' }),
]);
copyFileSync('server/data/ner.bin', 'dist/ner.bin');
