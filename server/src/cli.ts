#!/usr/bin/env node
// byline analyze <files or folders…> [--format json|text]: the server's analysis, printed.
// byline export | check | import: the user's annotations (annotate-cli.ts).

import { promises as fsp } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheck, runExport, runImport, UsageError } from './annotate-cli';
import { AnalysisCache } from './index/cache';
import { nodeFileSystem, scan } from './index/files';
import { loadArticles } from './index/indexer';
import { AnalyzerPool } from './index/pool';
import { Workspace } from './index/workspace';
import { exportWorkspace, type Export } from './lsp/export';

const USAGE = `usage: byline analyze <files or folders…> [--format json|text]
       byline export --format w3c|brat|csv|sarif [--out PATH] <folder>
       byline check <folder>
       byline import --format w3c|brat <file or dir> <folder>`;

function fail(message: string): never {
  process.stderr.write(`byline: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const annotating = { export: runExport, check: runCheck, import: runImport }[argv[0]];
  if (annotating) {
    try {
      process.exitCode = await annotating(argv.slice(1));
    } catch (e) {
      if (e instanceof UsageError) fail(`${e.message}\n${USAGE}`);
      throw e;
    }
    return;
  }
  if (argv[0] !== 'analyze') fail(USAGE);
  let format = 'text';
  const inputs: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '--format') format = argv[++i] ?? '';
    else if (argv[i].startsWith('--format=')) format = argv[i].slice(9);
    else if (argv[i].startsWith('-')) fail(`unknown option ${argv[i]}\n${USAGE}`);
    else inputs.push(argv[i]);
  }
  if (format !== 'json' && format !== 'text') fail(`--format must be json or text\n${USAGE}`);
  if (!inputs.length) fail(`no files or folders given\n${USAGE}`);

  const files: string[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    const stat = await fsp.stat(abs).catch(() => fail(`cannot read ${input}: no such file or folder`));
    if (stat.isDirectory()) {
      const found = await scan(nodeFileSystem, abs, { include: ['**/*.txt'], exclude: [] }, (p, reason) => process.stderr.write(`byline: skipped ${p}: ${reason}\n`));
      files.push(...found.map((p) => resolve(abs, p)));
    } else files.push(abs);
  }

  const ws = new Workspace();
  const pool = new AnalyzerPool(files.length > 50 ? undefined : 0);
  const unreadable: string[] = [];
  await loadArticles(files, {
    fs: nodeFileSystem,
    pool,
    cache: new AnalysisCache(null),
    maxFileBytes: 50 << 20,
    onLoaded: (a) => ws.set(pathToFileURL(a.path).href, a.text, a.analysis, true),
    onSkipped: (p, reason) => (inputs.some((i) => resolve(i) === p) ? unreadable.push(`${p}: ${reason}`) : process.stderr.write(`byline: skipped ${p}: ${reason}\n`)),
  });
  await pool.dispose();
  if (unreadable.length) fail(`cannot analyse ${unreadable.join('; ')}`);

  const display = (uri: string): string => {
    const p = new URL(uri).pathname;
    const rel = relative(process.cwd(), decodeURIComponent(p));
    return rel.startsWith('..') ? decodeURIComponent(p) : rel;
  };
  const result = exportWorkspace(ws, display);
  process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : report(result));
}

function report(r: Export): string {
  const out: string[] = [];
  for (const a of r.articles) out.push(`${a.path}: ${a.headline ?? '(no headline)'}  [${a.entities.length} mentions, ${a.quotes.length} quotes]`);
  out.push('', 'Entities (most mentioned first):');
  const rows = [...r.entities].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  const width = Math.min(40, Math.max(6, ...rows.map((e) => e.name.length)));
  for (const e of rows.slice(0, 200))
    out.push(`  ${e.name.padEnd(width)}  ${e.type.padEnd(12)} ${String(e.mentions).padStart(4)} mentions in ${e.articles} article${e.articles === 1 ? '' : 's'}${e.aliases.length > 1 ? `  (also ${e.aliases.filter((x) => x !== e.name).join(', ')})` : ''}`);
  if (rows.length > 200) out.push(`  … and ${rows.length - 200} more`);
  out.push('', 'Quotes:');
  for (const a of r.articles)
    for (const q of a.quotes) {
      const who = q.speaker ? q.speaker.name ?? q.speaker.text : 'unattributed';
      const text = q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text;
      out.push(`  ${a.path}:${q.line}  “${text}” — ${who}${q.cue ? ` (${q.cue})` : ''}${q.channel ? ` via ${q.channel}` : ''}${q.day ? ` on ${q.day}` : ''}`);
    }
  out.push('', `Problems (${r.contradictions.length}):`);
  for (const c of r.contradictions) {
    const [a, b] = c.sides;
    out.push(`  ${a.path}:${a.line}: warning ${c.code}: ${c.message}`, `      ↔ ${b.path}:${b.line}: “${b.text}”`);
  }
  if (!r.contradictions.length) out.push('  none');
  return `${out.join('\n')}\n`;
}

main(process.argv.slice(2)).catch((e) => fail(String((e as Error).stack ?? e)));
