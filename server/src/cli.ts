#!/usr/bin/env node
// byline analyze <files or folders…> [--format json|text]: the project model the editor uses,
// run once and printed. A folder is read as the editor reads it: its byline.yaml, its globs.
// byline export | check | import: the user's annotations (annotate-cli.ts).

import { promises as fsp } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runCheck, runExport, runImport, UsageError } from './annotate-cli';
import { nodeFileSystem } from './index/files';
import { exportWorkspace, type Export } from './index/export';
import { Project } from './project/project';
import { toPath, toUri } from './project/uris';

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
      if (e instanceof UsageError) fail(`${printable(e.message)}\n${USAGE}`);
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

  const folders: string[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    const stat = await fsp.stat(abs).catch(() => fail(`cannot read ${printable(input)}: no such file or folder`));
    (stat.isDirectory() ? folders : files).push(abs);
  }

  const project = new Project({
    fs: nodeFileSystem,
    cacheDir: null,
    trusted: false, // a command-line run writes nothing
    host: {
      log: (level, message) => (level === 'info' && !message.startsWith('skipped') ? undefined : process.stderr.write(`byline: ${printable(message)}\n`)),
      changed: () => undefined,
      progress: () => undefined,
    },
  });
  project.setFolders(folders);
  project.setLooseFiles(files);
  await project.reindex();
  const unreadable = files.flatMap((f) => {
    const note = project.note(toUri(f));
    return !project.ws.has(toUri(f)) && note ? [`${f}: ${note.replace(/^Byline (skipped this file|could not analyse this file): /, '')}`] : [];
  });
  if (unreadable.length) fail(`cannot analyse ${printable(unreadable.join('; '))}`);

  const display = (uri: string): string => {
    const p = toPath(uri) ?? uri;
    const rel = relative(process.cwd(), p);
    return rel.startsWith('..') ? p : rel;
  };
  const result = exportWorkspace(project.ws, display);
  process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : report(result));
  // An article the analysis failed on is a fault, not an answer: the results of the others are
  // printed, each failure was logged above, and the exit status says that something is missing.
  const failed = project.documents().filter((uri) => project.note(uri)?.startsWith('Byline could not analyse'));
  if (failed.length) {
    process.stderr.write(`byline: ${failed.length} of ${failed.length + result.articles.length} articles could not be analysed: ${printable(failed.map(display).join(', '))}\n`);
    process.exitCode = 1;
  }
}

/**
 * Text for a terminal: file names and article text may hold newlines (a file name could print a
 * fake "Problems (0)" line) and escape sequences (which the terminal would obey): both are shown
 * escaped, as \n or \x1b.
 */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function report(r: Export): string {
  const out: string[] = [];
  const p = printable;
  for (const a of r.articles) out.push(`${p(a.path)}: ${p(a.headline ?? '(no headline)')}  [${a.entities.length} mentions, ${a.quotes.length} quotes]`);
  out.push('', 'Entities (most mentioned first):');
  const rows = [...r.entities].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const width = Math.min(40, Math.max(6, ...rows.map((e) => p(e.name).length)));
  for (const e of rows.slice(0, 200))
    out.push(`  ${p(e.name).padEnd(width)}  ${e.type.padEnd(12)} ${String(e.mentions).padStart(4)} mentions in ${e.articles} article${e.articles === 1 ? '' : 's'}${e.aliases.length > 1 ? `  (also ${p(e.aliases.filter((x) => x !== e.name).join(', '))})` : ''}`);
  if (rows.length > 200) out.push(`  … and ${rows.length - 200} more`);
  out.push('', 'Quotes:');
  for (const a of r.articles)
    for (const q of a.quotes) {
      const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : 'unattributed';
      const text = q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text;
      out.push(`  ${p(a.path)}:${q.line}  “${p(text)}” — ${p(who)}${q.cue ? ` (${p(q.cue)})` : ''}${q.channel ? ` via ${p(q.channel)}` : ''}${q.day ? ` on ${p(q.day)}` : ''}`);
    }
  out.push('', `Problems (${r.contradictions.length}):`);
  for (const c of r.contradictions) {
    const [a, b] = c.sides;
    out.push(`  ${p(a.path)}:${a.line}: warning ${c.code}: ${p(c.message)}`, `      ↔ ${p(b.path)}:${b.line}: “${p(b.text)}”`);
  }
  if (!r.contradictions.length) out.push('  none');
  return `${out.join('\n')}\n`;
}

main(process.argv.slice(2)).catch((e) => fail(String((e as Error).stack ?? e)));
