// The layers written in the README ("How it works"), checked on the sources: the core imports
// nothing but itself (no `node:` module, no index, project, LSP or host code); the index and the
// project model know no protocol; only the LSP layer and the server know LSP; no import cycles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = join(__dirname, '../../../server/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every module a file imports (types included), as written. */
const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|require\('([^']+)'\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]);

/** The layer of a source file or of a module it imports. */
function layer(spec: string, from: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('node:') ? 'node' : /^vscode-languageserver/.test(spec) ? 'lsp-protocol' : 'package';
  const rel = relative(SRC, resolve(dirname(from), spec));
  return rel.includes('/') ? rel.split('/')[0] : 'host'; // server.ts, cli.ts, worker.ts
}

const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  index: ['core', 'index', 'node', 'package'],
  project: ['core', 'index', 'project', 'node', 'package'],
  // The user's annotations: documents, anchoring and formats; no protocol.
  annotations: ['core', 'index', 'annotations', 'package'],
  lsp: ['core', 'index', 'project', 'annotations', 'lsp', 'lsp-protocol', 'package', 'node'],
  host: ['core', 'index', 'project', 'annotations', 'lsp', 'host', 'lsp-protocol', 'node', 'package'],
};

test('layers: the core imports only itself; only lsp/ and the server know LSP', () => {
  const files = sources(SRC);
  assert.ok(files.length > 20);
  const broken: string[] = [];
  for (const file of files) {
    const own = layer(`./${relative(dirname(file), file)}`, file);
    for (const spec of importsOf(file)) {
      const to = layer(spec, file);
      // The core's packaged data (NER model and lexicon) is generated into the core itself.
      if (!(ALLOWED[own] ?? []).includes(to)) broken.push(`${relative(SRC, file)} (${own}) imports ${spec} (${to})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('layers: no import cycles between modules (types included)', () => {
  const files = sources(SRC);
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith('.')).map((s) => [resolve(dirname(f), `${s}.ts`), resolve(dirname(f), s, 'index.ts')].find((p) => files.includes(p))!).filter(Boolean)]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (f: string, path: string[]): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(' → '));
      return;
    }
    state.set(f, 'open');
    for (const g of graph.get(f)!) visit(g, [...path, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});
