// The language server: wiring between LSP and the project model, nothing more. Runs over IPC
// inside VS Code and standalone over stdio for any editor: `node server/out/server.js --stdio`.

import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  FileChangeType,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type Position,
  type WorkDoneProgressReporter,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_STORE_BYTES } from './annotations/folder';
import { nodeFileSystem } from './index/files';
import { readArticle } from './index/indexer';
import { Annotations, type AnnotateParams, type ChangeParams, type MetadataParams } from './lsp/annotations';
import { articles, headlineHover, outletNote } from './lsp/articles';
import { diagnosticsFor, diagnosticsUpdate, warningKeys } from './lsp/diagnostics';
import { codeActions, correctEntity, mergeCandidates, type CorrectRequest } from './lsp/corrections';
import { rename } from './lsp/edits';
import { exportWorkspace } from './index/export';
import * as features from './lsp/features';
import { pictures } from './lsp/pictures';
import { addCount } from './index/entities';
import { Project, type FileChange, type Progress } from './project/project';
import { toSettings } from './project/settings';
import { normalizeUri, toPath, toUri } from './project/uris';

/** Over stdio the reader is ours, so that broken framing (a wrong Content-Length) is logged, not silent. */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => process.stderr.write(`byline: unreadable message from the client: ${e.message}\n`));
  reader.onPartialMessage((p) => process.stderr.write(`byline: a message from the client is incomplete after ${p.waitingTime} ms (wrong Content-Length?)\n`));
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

const connection = connect();
const documents = new TextDocuments(TextDocument);

let project: Project;
let trusted = true;
let canRegisterWatchers = false;
let canConfigure = false;
let canWatchFolders = false;
const canRefresh = { tokens: false, lenses: false };
/** The user's annotations: each folder's byline.annotations.jsonl, placed on the articles. */
const annotations = new Annotations();

/** The URI of an incoming document in its one spelling; a URI no file can have is logged and ignored. */
function edge(uri: string): string | null {
  const u = normalizeUri(uri);
  if (u === null) connection.console.warn(`ignored a URI that names no local file: ${uri}`);
  return u;
}
const folderPaths = (list: { uri: string }[]): string[] => list.flatMap((f) => (normalizeUri(f.uri) === null ? [] : [toPath(normalizeUri(f.uri)!)!]));

// --- diagnostics and status: debounced, and only sets that changed are sent
const published = new Map<string, Diagnostic[]>();
/** Contradiction key → documents showing it: each is shown on both sides but counted once. */
const warnings = new Map<string, number>();
const dirty = new Set<string>();
let flushTimer: NodeJS.Timeout | null = null;
let progress: Progress = { indexing: false, indexed: 0, total: 0 };
let reporter: WorkDoneProgressReporter | null = null;

function schedule(uris: Iterable<string>, first?: string): void {
  if (first) {
    // The edited article goes first: its diagnostics are the ones the user is looking at.
    const rest = [...dirty];
    dirty.clear();
    dirty.add(first);
    for (const u of rest) dirty.add(u);
  }
  for (const u of uris) dirty.add(u);
  // An article's change can orphan (or place again) annotations: their file's diagnostics follow.
  for (const f of annotations.all()) if (f.store.entries.size || f.problem) dirty.add(f.storeUri);
  if (!flushTimer) flushTimer = setTimeout(flush, 10);
}

/** Publishes in slices of a few milliseconds, so that requests are answered in between. */
function flush(): void {
  flushTimer = null;
  const started = performance.now();
  const slice: string[] = [];
  for (const uri of dirty) {
    slice.push(uri);
    if (slice.length % 16 === 0 && performance.now() - started > 4) break;
  }
  for (const uri of slice) dirty.delete(uri);
  const folderFile = (u: string): boolean => project.folderFile(u) !== null;
  const current = (u: string): Diagnostic[] => [...diagnosticsFor(project, u), ...(project.ws.has(u) ? annotations.articleDiagnostics(project.ws, u) : annotations.storeDiagnostics(project.ws, u))];
  for (const { uri, diagnostics } of diagnosticsUpdate(published, slice, current, folderFile)) {
    for (const k of warningKeys(published.get(uri) ?? [])) addCount(warnings, k, -1);
    for (const k of warningKeys(diagnostics)) addCount(warnings, k, 1);
    if (diagnostics.length) published.set(uri, diagnostics);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }
  if (dirty.size) flushTimer = setTimeout(flush, 0);
  else {
    status();
    annotationsChanged();
  }
}

/** Asks the client to fetch colours and code lenses again: a correction or the end of indexing changes them. */
function refreshViews(): void {
  if (canRefresh.tokens) connection.languages.semanticTokens.refresh();
  if (canRefresh.lenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
}

/** Tells the client how far indexing is and how many contradictions are shown (its status bar). */
function status(): void {
  void connection.sendNotification('byline/status', { ...progress, contradictions: warnings.size });
}

async function onProgress(p: Progress): Promise<void> {
  const started = p.indexing && !progress.indexing;
  progress = p;
  if (started) {
    const r = await connection.window.createWorkDoneProgress().catch(() => null);
    // Indexing may have ended while the client created the progress (a small folder, the cache):
    // then it is ended at once instead of spinning for ever.
    if (progress.indexing) {
      reporter = r;
      reporter?.begin('Byline: indexing articles', 0, undefined, false);
    } else r?.done();
  } else if (p.indexing) reporter?.report(p.total ? Math.round((p.indexed / p.total) * 100) : 0, `${p.indexed} of ${p.total} articles`);
  else {
    reporter?.done();
    reporter = null;
  }
  status();
}

// --- lifecycle
connection.onInitialize((params: InitializeParams) => {
  const options = (params.initializationOptions ?? {}) as { trusted?: boolean; cacheDir?: string | null };
  trusted = options.trusted !== false;
  const cacheDir = options.cacheDir === null || !trusted ? null : (options.cacheDir ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'byline'));
  project = new Project({
    fs: nodeFileSystem,
    cacheDir,
    trusted,
    host: {
      log: (level, message) => connection.console[level === 'warn' ? 'warn' : level](message),
      // Called after a byline.yaml change or a reindex: colours and lenses may change anywhere.
      changed: (uris) => {
        schedule(uris);
        refreshViews();
      },
      progress: (p) => void onProgress(p),
    },
  });
  const folders = folderPaths(params.workspaceFolders ?? []);
  project.setFolders(folders.length || !params.rootUri ? folders : folderPaths([{ uri: params.rootUri }]));
  annotations.setFolders(project.folderPaths().map(toUri));
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

async function readSettings(): Promise<void> {
  if (canConfigure) project.configure(toSettings(await connection.workspace.getConfiguration('byline').catch(() => null)));
}

connection.onInitialized(async () => {
  if (canRegisterWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'byline' });
  if (canWatchFolders)
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(folderPaths(e.removed));
      project.setFolders(project.folderPaths().filter((f) => !removed.has(f)).concat(folderPaths(e.added)));
      annotations.setFolders(project.folderPaths().map(toUri));
      void loadAnnotations(undefined, false).then(() => project.reindex());
    });
  await readSettings();
  await loadAnnotations(undefined, false);
  void project.reindex();
});

// Clients announce the configuration when the registration lands: reindex only on a real change.
connection.onDidChangeConfiguration(async () => {
  if (canConfigure && project.configure(toSettings(await connection.workspace.getConfiguration('byline').catch(() => null)))) void project.reindex();
  else void loadAnnotations();
});

// --- documents: open documents override the disk
documents.onDidChangeContent((e) => {
  const uri = edge(e.document.uri);
  if (uri && annotations.isStore(uri)) return void loadAnnotations(uri);
  if (uri) {
    project.open(uri, e.document.getText());
    dirty.delete(uri);
    schedule([], uri);
  }
});
documents.onDidClose((e) => {
  const uri = edge(e.document.uri);
  if (uri && annotations.isStore(uri)) void loadAnnotations(uri);
  else if (uri) void project.close(uri);
});

const CHANGE: Record<number, FileChange> = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' };
connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const c of changes) {
    const uri = c.uri.startsWith('file:') ? edge(c.uri) : null;
    if (uri && annotations.isStore(uri)) {
      if (!documents.get(c.uri)) void loadAnnotations(uri);
    } else if (uri) void project.fileChanged(uri, CHANGE[c.type] ?? 'changed');
  }
});

// --- requests: thin readers of the project's index
type At = { textDocument: { uri: string }; position: Position };
/** Runs a reader on the document's normalised URI; an unusable URI answers `none`. */
const on =
  <P extends { textDocument: { uri: string } }, R>(none: R, read: (uri: string, p: P) => R) =>
  (p: P): R => {
    const uri = edge(p.textDocument.uri);
    return uri === null ? none : read(uri, p);
  };
const ws = () => project.ws;

connection.onHover(
  on(null, (uri, { position }: At) => {
    const overrides = (u: string) => annotations.metadata(ws(), u);
    const h = features.hover(ws(), uri, position, progress.indexing ? progress : null) ?? headlineHover(ws(), uri, position, overrides);
    const a = annotations.hover(ws(), uri, position);
    const rated = outletNote(ws(), uri, position, overrides, (o) => annotations.rating(ws(), o));
    const own = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : null;
    const parts = [a?.markdown, own, rated].filter((x): x is string => !!x);
    if (!parts.length) return h;
    return { contents: { kind: 'markdown' as const, value: parts.join('\n\n---\n\n') }, range: h?.range ?? a?.range };
  }),
);
connection.onDefinition(
  on(null, (uri, { position }: At) => {
    const at = features.nameAt(ws(), uri, position);
    return at ? features.definition(ws(), at.entity) : null;
  }),
);
connection.onDeclaration(on(null, (uri, { position }: At) => features.declaration(ws(), uri, position)));
connection.onReferences(
  on([], (uri, { position }: At) => {
    const at = features.nameAt(ws(), uri, position);
    return at ? features.references(ws(), at.entity) : [];
  }),
);
connection.onDocumentHighlight(on([], (uri, { position }: At) => features.highlights(ws(), uri, position)));
connection.onDocumentSymbol(on([], (uri) => [...features.documentSymbols(ws(), uri), ...annotations.symbols(ws(), uri)]));
connection.onWorkspaceSymbol(({ query }) => features.workspaceSymbols(ws(), query));
connection.onCodeLens(on([], (uri) => features.codeLenses(ws(), uri)));
connection.languages.semanticTokens.on(on({ data: [] }, (uri) => ({ data: features.semanticTokens(ws(), uri) })));

/** byline.yaml as the project last read it (never read again here); no edits when it is unreadable. */
function knowledgeFile(): { knowledgeUri: string | null; knowledgeText: string | null } {
  const k = project.knowledgeFile();
  return { knowledgeUri: k?.editable ? k.uri : null, knowledgeText: k?.text ?? null };
}
connection.onCodeAction(
  on([], (uri, params) => [
    ...codeActions(ws(), { ...params, textDocument: { uri } }, { trusted, ...knowledgeFile() }),
    ...(trusted ? annotations.codeActions(ws(), uri, params.range, params.context.diagnostics) : []),
  ]),
);
connection.onPrepareRename(
  on(null, (uri, { position }: At) => {
    if (!trusted) throw new ResponseError(ErrorCodes.InvalidRequest, 'Byline does not rename in Restricted Mode: a rename writes byline.yaml. Trust this folder to rename entities.');
    const at = features.entityAt(ws(), uri, position);
    return at ? { range: features.range(ws(), uri, at.mention), placeholder: at.entity.name } : null;
  }),
);
connection.onRenameRequest(
  on(null, (uri, { position, newName }: At & { newName: string }) => {
    const at = features.entityAt(ws(), uri, position);
    return at && trusted ? rename(at.entity, newName, knowledgeFile()) : null;
  }),
);

connection.onRequest('byline/entities', () => ({ entities: features.entityList(ws()) }));
// The Entities view's corrections: byline.yaml edits that the client applies (none when untrusted).
connection.onRequest('byline/correct', (req: CorrectRequest) => (trusted ? correctEntity(ws(), req, knowledgeFile()) : null));
connection.onRequest('byline/similar', ({ id }: { id: string }) => mergeCandidates(ws(), id));
connection.onRequest('byline/pictures', () => pictures(ws(), (u) => annotations.metadata(ws(), u).date ?? null));
// An entity's place and mentions by its id: the Entities view's "Show mentions", whatever its name.
connection.onRequest('byline/locations', ({ id }: { id: string }) => {
  const e = ws().graph.get(id);
  return e ? { definition: features.definition(ws(), e), references: features.references(ws(), e) } : null;
});
connection.onRequest('byline/export', () => exportWorkspace(ws(), (uri) => toPath(uri) ?? uri));
connection.onRequest('byline/articles', () => ({ articles: articles(ws(), (u) => annotations.metadata(ws(), u)) }));
connection.onRequest('byline/rateOutlet', (p: { outlet: string; reliability: string; note?: string; creator?: string; apply?: boolean }) => annotationEdit(p, (q) => annotations.rate(ws(), q)));
connection.onRequest('byline/setMetadata', (p: MetadataParams) => annotationEdit(p, (q) => annotations.setMetadata(ws(), { ...q, uri: edge(q.uri) ?? q.uri })));
connection.onRequest('byline/annotations', (p: { uri?: string } | null) => ({ annotations: annotations.list(ws(), p?.uri ? (edge(p.uri) ?? p.uri) : undefined) }));
connection.onRequest('byline/annotate', (p: AnnotateParams) => annotationEdit(p, (q) => annotations.annotate(ws(), { ...q, uri: edge(q.uri) ?? q.uri })));
connection.onRequest('byline/changeAnnotation', (p: ChangeParams) => annotationEdit(p, (q) => annotations.change(ws(), { ...q, uri: q.uri && (edge(q.uri) ?? q.uri) })));
connection.onRequest('byline/exportAnnotations', (p: { format?: string; folder?: string } | null) => {
  const r = annotations.exportAs(ws(), String(p?.format), p?.folder);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidParams, r.error);
  return r;
});
connection.onRequest('byline/reindex', async () => {
  await project.reindex();
  return null;
});

connection.onShutdown(() => project?.dispose());

// --- annotations: each folder's annotation file, read like byline.yaml (the editor's text when open)

/**
 * Reads the annotation file of every folder, or only the one at `uri`, and republishes what
 * depends on it (unless an indexing follows, which publishes everything).
 */
async function loadAnnotations(uri?: string, publish = true): Promise<void> {
  const v = canConfigure ? ((await connection.workspace.getConfiguration('byline.annotations').catch(() => null)) as { verdictsAsProblems?: unknown } | null) : null;
  annotations.verdictsAsProblems = v?.verdictsAsProblems === true;
  for (const f of annotations.all()) {
    if (uri && f.storeUri !== uri) continue;
    const open = documents.all().find((d) => edge(d.uri) === f.storeUri);
    if (open) {
      f.load(open.getText());
      continue;
    }
    const r = await readArticle(nodeFileSystem, toPath(f.storeUri)!, MAX_STORE_BYTES);
    if ('skip' in r) f.load(null, r.skip.includes('ENOENT') ? null : r.skip);
    else f.load(r.text);
  }
  if (publish) schedule([...ws().uris(), ...annotations.all().map((f) => f.storeUri)]);
}

/** Answers an annotation request: the edit, applied by the server when the client asks for it. */
async function annotationEdit<P extends { apply?: boolean }>(p: P, make: (p: P) => { id: string; edit: WorkspaceEdit } | { error: string }) {
  if (!trusted) throw new ResponseError(ErrorCodes.InvalidRequest, 'Byline does not write in an untrusted workspace.');
  if (!p || typeof p !== 'object') throw new ResponseError(ErrorCodes.InvalidParams, 'missing parameters');
  // The file as it is now: a change on disk may not have been reported yet.
  await loadAnnotations();
  const r = make(p);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidParams, r.error);
  if (!p.apply) return r;
  const applied = await connection.workspace.applyEdit({ label: 'Byline annotation', edit: r.edit });
  if (!applied.applied) throw new ResponseError(ErrorCodes.InternalError, `The editor did not apply the annotation edit${applied.failureReason ? `: ${applied.failureReason}` : ''}.`);
  return r;
}

/** Tells the client to refresh its annotation threads when annotations were added, changed or moved. */
let annotationsSent: { texts: (string | null)[]; places: string } = { texts: [], places: '' };
function annotationsChanged(): void {
  const texts = annotations.all().map((f) => f.text);
  const places = annotations.all().map((f) => f.placed(ws()).map((p) => `${p.at?.start}-${p.at?.end}`).join(',')).join('|');
  if (places === annotationsSent.places && texts.length === annotationsSent.texts.length && texts.every((t, i) => t === annotationsSent.texts[i])) return;
  annotationsSent = { texts, places };
  void connection.sendNotification('byline/annotationsChanged', {});
}

documents.listen(connection);
connection.listen();
