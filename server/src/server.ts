// The language server: LSP wiring around the workspace index. Runs over IPC inside VS Code and
// standalone over stdio for any editor: `node server/out/server.js --stdio`.

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts, positionAt } from './core/text';
import type { ArticleAnalysis } from './core/types';
import { AnalysisCache, contentHash } from './index/cache';
import { addCount } from './index/entities';
import { globToRegExp, nodeFileSystem, scan } from './index/files';
import { loadArticles, readArticle } from './index/indexer';
import { EMPTY_KNOWLEDGE, parseKnowledge } from './index/knowledge';
import { AnalyzerPool, analyzeSafely } from './index/pool';
import { Workspace } from './index/workspace';
import { correctEntity, mergeCandidates, type CorrectRequest } from './lsp/corrections';
import { codeActions, rename } from './lsp/edits';
import { exportWorkspace } from './lsp/export';
import * as features from './lsp/features';
import { pictures } from './lsp/pictures';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

interface Settings {
  articles: string[];
  exclude: string[];
  maxFileSizeKB: number;
}
const DEFAULTS: Settings = { articles: ['**/*.txt'], exclude: [], maxFileSizeKB: 1024 };

let ws = new Workspace();
let folders: string[] = [];
let settings: Settings = DEFAULTS;
let trusted = true;
let cache = new AnalysisCache(null);
let pool: AnalyzerPool | null = null;
let canRegisterWatchers = false;
let canConfigure = false;
let canWatchFolders = false;
const canRefresh = { tokens: false, lenses: false };
let indexing: Promise<void> = Promise.resolve();
let generation = 0;
/** Per-file notes (skipped, invalid UTF-8) shown as information diagnostics. */
const notes = new Map<string, string>();
const hashes = new Map<string, string>();

connection.onInitialize((params: InitializeParams) => {
  folders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
  if (!folders.length && params.rootUri) folders = [fileURLToPath(params.rootUri)];
  const options = (params.initializationOptions ?? {}) as { trusted?: boolean; cacheDir?: string | null };
  trusted = options.trusted !== false;
  const cacheDir = options.cacheDir === null || !trusted ? null : (options.cacheDir ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'byline'));
  cache = new AnalysisCache(cacheDir);
  // Workers load the analysis models while the client finishes the handshake.
  pool = new AnalyzerPool();
  canRegisterWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canConfigure = !!params.capabilities.workspace?.configuration;
  canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
  canRefresh.tokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  canRefresh.lenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      definitionProvider: true,
      declarationProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
      // Offered in Restricted Mode too, so that F2 says why it does nothing there.
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: { tokenTypes: features.TOKEN_TYPES, tokenModifiers: [] }, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'byline', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canRegisterWatchers)
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'byline' });
  if (canWatchFolders)
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders = folders.filter((f) => !e.removed.some((r) => fileURLToPath(r.uri) === f)).concat(e.added.map((a) => fileURLToPath(a.uri)));
      reindex();
    });
  reindex();
});

async function readSettings(): Promise<Settings> {
  if (!canConfigure) return DEFAULTS;
  const raw = (await connection.workspace.getConfiguration('byline').catch(() => null)) as Partial<Record<keyof Settings, unknown>> | null;
  // Settings are validated: a wrong type falls back to the default rather than breaking indexing.
  const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : typeof v === 'string' && v ? [v] : null);
  const size = Number(raw?.maxFileSizeKB);
  return {
    articles: strings(raw?.articles) ?? DEFAULTS.articles,
    exclude: strings(raw?.exclude) ?? DEFAULTS.exclude,
    maxFileSizeKB: Number.isFinite(size) && size > 0 ? size : DEFAULTS.maxFileSizeKB,
  };
}

const knowledgeFiles = (): string[] => folders.map((f) => join(f, 'byline.yaml'));

async function loadKnowledge(): Promise<void> {
  for (const path of knowledgeFiles()) {
    const uri = pathToFileURL(path).href;
    const open = documents.get(uri);
    let text: string;
    if (open) text = open.getText();
    else {
      const r = await readArticle(nodeFileSystem, path, 1 << 20);
      if ('skip' in r) {
        if (!r.skip.includes('ENOENT')) connection.window.showWarningMessage(`Byline: byline.yaml skipped: ${r.skip}`);
        continue;
      }
      text = r.text;
    }
    const { knowledge, problems } = parseKnowledge(text);
    const starts = lineStarts(text);
    connection.sendDiagnostics({
      uri,
      diagnostics: problems.map((p) => ({ range: { start: positionAt(starts, p.start), end: positionAt(starts, Math.min(text.length, Math.max(p.end, p.start + 1))) }, severity: DiagnosticSeverity.Error, source: 'byline', message: p.message })),
    });
    // On a syntax error the last good knowledge stays in force.
    if (knowledge) ws.setKnowledge(knowledge, { uri, lineStarts: starts });
    return;
  }
  ws.setKnowledge(EMPTY_KNOWLEDGE);
}

function isArticle(path: string): boolean {
  const folder = folders.find((f) => path.startsWith(f + '/') || path.startsWith(f + '\\'));
  if (!folder) return false;
  const rel = path.slice(folder.length + 1).replace(/\\/g, '/');
  if (rel.split('/').some((s) => s === 'node_modules' || s === '.git')) return false;
  const k = ws.getKnowledge();
  const include = k.articles.length ? k.articles : settings.articles;
  const exclude = [...settings.exclude, ...k.exclude];
  return include.some((g) => globToRegExp(g).test(rel)) && !exclude.some((g) => globToRegExp(g).test(rel));
}

const progress = { indexing: false, indexed: 0, total: 0 };

/** Tells the client how far indexing is and how many contradictions are shown (its status bar). */
function status(update: Partial<typeof progress> = {}): void {
  Object.assign(progress, update);
  void connection.sendNotification('byline/status', { ...progress, contradictions: warnings.size });
}

/** Rebuilds the index from disk; the previous one keeps answering until the new one is ready. */
function reindex(): void {
  const gen = ++generation;
  indexing = indexing.then(async () => {
    if (gen !== generation) return;
    settings = await readSettings();
    await loadKnowledge();
    const k = ws.getKnowledge();
    const include = k.articles.length ? k.articles : settings.articles;
    const exclude = [...settings.exclude, ...k.exclude];
    const reporter: WorkDoneProgressReporter = await connection.window.createWorkDoneProgress().catch(() => null as unknown as WorkDoneProgressReporter);
    reporter?.begin('Byline: indexing articles', 0, undefined, false);
    await cache.load();
    // The first index fills in as it goes; a reindex is built aside while the old one keeps answering.
    const next = ws.size ? new Workspace() : ws;
    next.setKnowledge(k, ws.knowledgeSource);
    const paths: string[] = [];
    for (const folder of folders) {
      const rel = await scan(nodeFileSystem, folder, { include, exclude }, (p, reason) => connection.console.warn(`skipped ${p}: ${reason}`));
      paths.push(...rel.map((r) => join(folder, r)));
    }
    notes.clear();
    hashes.clear();
    status({ indexing: true, indexed: 0, total: paths.length });
    const workers = (pool ??= new AnalyzerPool());
    await loadArticles(paths, {
      fs: nodeFileSystem,
      pool: workers,
      cache,
      maxFileBytes: settings.maxFileSizeKB * 1024,
      onLoaded: (a) => {
        const uri = pathToFileURL(a.path).href;
        hashes.set(uri, a.hash);
        if (a.note) notes.set(uri, a.note);
        const open = documents.get(uri);
        if (open) index(next, uri, open.getText());
        else next.set(uri, a.text, a.analysis, true);
      },
      onSkipped: (p, reason) => {
        notes.set(pathToFileURL(p).href, `Byline skipped this file: ${reason}.`);
        connection.console.info(`skipped ${p}: ${reason}`);
      },
      onProgress: (done, total) => {
        reporter?.report(Math.round((done / total) * 100), `${done} of ${total} articles`);
        status({ indexed: done });
      },
      isCancelled: () => gen !== generation,
    });
    // Edits are analysed on this thread: idle workers would only hold their memory (100 MB and
    // more). The next reindex starts new ones.
    if (pool === workers && gen === generation) {
      pool = null;
      void workers.dispose();
    }
    if (gen !== generation) return reporter?.done();
    // Open documents that are not on disk yet are articles too.
    for (const d of documents.all()) if (!next.has(d.uri) && isArticleUri(d.uri)) index(next, d.uri, d.getText());
    ws = next;
    reporter?.done();
    publishAll();
    refreshViews();
    status({ indexing: false, indexed: ws.size });
    if (trusted) void cache.save(new Set(hashes.values())).catch((e) => connection.console.warn(`cache not saved: ${e.message}`));
  }).catch((e) => {
    // A failed reindex must not stop the next one: the previous index keeps answering.
    connection.console.error(`indexing failed: ${(e as Error).stack ?? e}`);
    void connection.window.showErrorMessage(`Byline could not index the folder: ${(e as Error).message}`);
    status({ indexing: false });
  });
}

/** Re-links the workspace from the new byline.yaml; only a change of which files are articles needs a reindex. */
async function knowledgeChanged(): Promise<void> {
  const before = ws.getKnowledge();
  await loadKnowledge();
  const after = ws.getKnowledge();
  if (JSON.stringify([before.articles, before.exclude]) !== JSON.stringify([after.articles, after.exclude])) reindex();
  else {
    publishAll();
    refreshViews();
  }
}

/** Asks the client to fetch colours and code lenses again: a correction or the end of indexing changes them. */
function refreshViews(): void {
  if (canRefresh.tokens) connection.languages.semanticTokens.refresh();
  if (canRefresh.lenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
}

const isArticleUri = (uri: string): boolean => uri.startsWith('file:') && isArticle(fileURLToPath(uri));

// --- diagnostics: debounced, and only sets that changed are sent
/** What each article was last sent, and the keys of its warnings. */
const published = new Map<string, { diagnostics: Diagnostic[]; warnings: string[] }>();
/**
 * Contradiction key → articles showing it: each contradiction is shown in every article
 * involved, but the status bar counts it once.
 */
const warnings = new Map<string, number>();
const dirty = new Set<string>();
let flushTimer: NodeJS.Timeout | null = null;

function diagnosticsFor(uri: string): Diagnostic[] {
  const out = ws.has(uri) ? ws.contradictions(uri).map((c) => features.toDiagnostic(ws, c)) : [];
  const note = notes.get(uri);
  if (note) out.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'byline', code: 'file', message: note });
  return out;
}

function schedule(uris: Iterable<string>): void {
  for (const u of uris) dirty.add(u);
  if (!flushTimer) flushTimer = setTimeout(flush, 10);
}

/** Publishes in slices of a few milliseconds, so that requests are answered in between. */
function flush(): void {
  flushTimer = null;
  const started = performance.now();
  for (const uri of dirty) {
    dirty.delete(uri);
    const next = diagnosticsFor(uri);
    const before = published.get(uri);
    // Compared as values, which stops at the first difference (a shifted range, usually).
    if (!sameJson(before?.diagnostics ?? [], next)) {
      for (const k of before?.warnings ?? []) addCount(warnings, k, -1);
      if (next.length) {
        const keys = next.filter((d) => d.severity === DiagnosticSeverity.Warning).map((d) => (d.data as { key: string }).key);
        for (const k of keys) addCount(warnings, k, 1);
        published.set(uri, { diagnostics: next, warnings: keys });
      } else published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: next });
    }
    if (performance.now() - started > 4) break;
  }
  if (dirty.size) flushTimer = setTimeout(flush, 0);
  else status();
}

/**
 * Equality of two JSON-like values. Unlike util.isDeepStrictEqual it allocates nothing, which
 * matters when every keystroke compares thousands of diagnostics.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (Object.hasOwn(y, k)) n--;
  return n === 0;
}

function publishAll(): void {
  schedule([...ws.uris(), ...published.keys(), ...notes.keys()]);
}

// --- documents: open documents override the disk
function update(uri: string, text: string): void {
  const touched = index(ws, uri, text);
  // The edited article goes first: its diagnostics are the ones the user is looking at.
  const rest = [...dirty];
  dirty.clear();
  dirty.add(uri);
  for (const u of rest) dirty.add(u);
  schedule(touched);
}

/**
 * Analyses and indexes one article. Should the analysis fail, the article leaves the index with a
 * note on the file, so that no answer is computed from an older text.
 */
function index(target: Workspace, uri: string, text: string, analysis: ArticleAnalysis | { error: string } = analyzeSafely(text)): Set<string> {
  if ('error' in analysis) {
    notes.set(uri, `Byline could not analyse this file: ${analysis.error.split('\n')[0]}`);
    return new Set([...target.remove(uri), uri]);
  }
  if (notes.get(uri)?.startsWith('Byline could not analyse')) notes.delete(uri);
  return target.set(uri, text, analysis);
}

documents.onDidChangeContent((e) => {
  if (e.document.uri.endsWith('/byline.yaml')) return void knowledgeChanged();
  if (ws.has(e.document.uri) || isArticleUri(e.document.uri)) update(e.document.uri, e.document.getText());
});

documents.onDidClose(async (e) => {
  if (!e.document.uri.startsWith('file:') || !ws.has(e.document.uri)) return;
  const path = fileURLToPath(e.document.uri);
  const r = await readArticle(nodeFileSystem, path, settings.maxFileSizeKB * 1024);
  if ('skip' in r) schedule(ws.remove(e.document.uri));
  else update(e.document.uri, r.text);
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const c of changes) {
    if (c.uri.endsWith('/byline.yaml')) {
      await knowledgeChanged();
      continue;
    }
    if (!c.uri.startsWith('file:') || documents.get(c.uri)) continue;
    const path = fileURLToPath(c.uri);
    if (c.type === FileChangeType.Deleted) {
      schedule([...ws.remove(c.uri), c.uri]);
      notes.delete(c.uri);
      continue;
    }
    if (!isArticle(path)) continue;
    const r = await readArticle(nodeFileSystem, path, settings.maxFileSizeKB * 1024);
    if ('skip' in r) {
      notes.set(c.uri, `Byline skipped this file: ${r.skip}.`);
      schedule([...ws.remove(c.uri), c.uri]);
    } else {
      if (r.note) notes.set(c.uri, r.note);
      else notes.delete(c.uri);
      const hash = contentHash(r.text);
      if (hashes.get(c.uri) === hash) continue;
      hashes.set(c.uri, hash);
      const analysis = cache.get(hash) ?? analyzeSafely(r.text);
      if (!('error' in analysis)) cache.put(hash, analysis);
      schedule(index(ws, c.uri, r.text, analysis));
    }
  }
});

// Clients announce the configuration when the registration lands: reindex only on a real change.
connection.onDidChangeConfiguration(async () => {
  if (JSON.stringify(await readSettings()) !== JSON.stringify(settings)) reindex();
});

// --- requests: thin readers of the index
connection.onHover(({ textDocument, position }) => features.hover(ws, textDocument.uri, position, progress.indexing ? progress : null));
connection.onDefinition(({ textDocument, position }) => {
  const at = features.entityAt(ws, textDocument.uri, position);
  return at ? features.definition(ws, at.entity) : null;
});
connection.onDeclaration(({ textDocument, position }) => features.declaration(ws, textDocument.uri, position));
connection.onReferences(({ textDocument, position }) => {
  const at = features.entityAt(ws, textDocument.uri, position);
  return at ? features.references(ws, at.entity) : [];
});
connection.onDocumentHighlight(({ textDocument, position }) => features.highlights(ws, textDocument.uri, position));
connection.onDocumentSymbol(({ textDocument }) => features.documentSymbols(ws, textDocument.uri));
connection.onWorkspaceSymbol(({ query }) => features.workspaceSymbols(ws, query));
connection.onCodeLens(({ textDocument }) => features.codeLenses(ws, textDocument.uri));
connection.languages.semanticTokens.on(({ textDocument }) => ({ data: features.semanticTokens(ws, textDocument.uri) }));
connection.onCodeAction((params) => codeActions(ws, params, { trusted, knowledgeUri: knowledgeUri(), knowledgeText: knowledgeText() }));
connection.onPrepareRename(({ textDocument, position }) => {
  if (!trusted) throw new ResponseError(ErrorCodes.InvalidRequest, 'Byline does not rename in Restricted Mode: a rename writes byline.yaml. Trust this folder to rename entities.');
  const at = features.entityAt(ws, textDocument.uri, position);
  return at ? { range: features.range(ws, textDocument.uri, at.mention), placeholder: at.entity.name } : null;
});
connection.onRenameRequest(({ textDocument, position, newName }) => {
  const at = features.entityAt(ws, textDocument.uri, position);
  return at && trusted ? rename(at.entity, newName, { knowledgeUri: knowledgeUri(), knowledgeText: knowledgeText() }) : null;
});

const knowledgeUri = (): string | null => (knowledgeFiles()[0] ? pathToFileURL(knowledgeFiles()[0]).href : null);
function knowledgeText(): string | null {
  const uri = knowledgeUri();
  if (!uri) return null;
  const open = documents.get(uri);
  if (open) return open.getText();
  try {
    return readFileSync(fileURLToPath(uri), 'utf8');
  } catch {
    return null;
  }
}

connection.onRequest('byline/entities', () => ({
  entities: [...ws.graph.ids()].flatMap((id) => {
    const e = ws.graph.get(id);
    return e ? [{ id, name: e.name, type: e.type, mentions: e.mentions, articles: e.articles }] : [];
  }),
}));
// The Entities view's corrections: byline.yaml edits that the client applies (none when untrusted).
connection.onRequest('byline/correct', (req: CorrectRequest) => (trusted ? correctEntity(ws, req, { knowledgeUri: knowledgeUri(), knowledgeText: knowledgeText() }) : null));
connection.onRequest('byline/pictures', () => pictures(ws));
connection.onRequest('byline/similar', ({ id }: { id: string }) => mergeCandidates(ws, id));
connection.onRequest('byline/export', () => exportWorkspace(ws, (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri)));
connection.onRequest('byline/reindex', async () => {
  reindex();
  await indexing;
  return null;
});

connection.onShutdown(async () => {
  await pool?.dispose();
});

documents.listen(connection);
connection.listen();
