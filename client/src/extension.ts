// The Byline extension: starts the language server for folders of news articles and adds the
// views and commands that make its analysis easy to reach.
//
// Byline never takes over every .txt file: it runs only in a workspace folder that has a
// `byline.yaml` (created by "Byline: Treat this folder as articles"), and there it gives the
// `article` language to the plain-text files that match `byline.articles` and not `byline.exclude`.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorHandler,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { changeType, merge, neverEntity, renameEntity, type EntityRef } from './corrections';
import { Annotations, AnnotationsView } from './annotations';
import { ArticlesView } from './articles';
import type { EntityItem } from '../../server/src/lsp/features';
import { EntitiesView, showEntity } from './entities';
import { FirstUse } from './firstuse';
import { PicturesPanel } from './panel';
import { StatusItem, ServerStatus } from './status';
import { type Position as LspPosition, type Range as LspRange, toRange } from './ranges';

const LANGUAGE = 'article';
const CONFIG_FILE = 'byline.yaml';
const ANNOTATIONS_FILE = 'byline.annotations.jsonl';
const CONFIG_TEMPLATE = `# Byline: the articles in this folder are analysed together.
# Which files are articles: the byline.articles and byline.exclude settings (default: every .txt file).
`;

let client: LanguageClient | undefined;
/** Set by "Treat this folder as articles": the end of the first indexing is then announced. */
let announce = false;
let firstUse: FirstUse | undefined;
let pictures: PicturesPanel | undefined;
let annotations: Annotations | undefined;
let articlesView: ArticlesView | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new StatusItem();
  const entities = new EntitiesView(() => client);
  firstUse = new FirstUse(context);
  pictures = new PicturesPanel(context, () => client);
  annotations = new Annotations(() => client);
  articlesView = new ArticlesView(() => client);
  context.subscriptions.push(
    ...annotations.register(),
    ...new AnnotationsView(annotations).register(),
    vscode.window.registerTreeDataProvider('byline.articles', articlesView),
    annotations.onDidChange(() => articlesView?.refresh()),
  );
  context.subscriptions.push(
    status,
    firstUse,
    vscode.window.registerTreeDataProvider('byline.entities', entities),
    vscode.commands.registerCommand('byline.treatAsArticles', () => treatAsArticles(context, status, entities)),
    vscode.commands.registerCommand('byline.openConfig', openConfig),
    vscode.commands.registerCommand('byline.reindex', async () => {
      await running().sendRequest('byline/reindex', {});
      entities.refresh();
    }),
    vscode.commands.registerCommand('byline.showEntity', (entity?: EntityItem) => showEntity(running(), entity)),
    vscode.commands.registerCommand('byline.showEntityMentions', (entity: EntityItem) => showEntity(running(), entity)),
    vscode.commands.registerCommand('byline.export', (target?: vscode.Uri) => exportAnalysis(target)),
    // Corrections of a whole entity: from the Entities view (a tree node) or a quick fix (its id, name and type).
    vscode.commands.registerCommand('byline.changeType', (e: EntityRef) => changeType(running(), e)),
    vscode.commands.registerCommand('byline.merge', (e: EntityRef) => merge(running(), e)),
    vscode.commands.registerCommand('byline.renameEntity', (e: EntityRef) => renameEntity(running(), e)),
    vscode.commands.registerCommand('byline.showNetwork', () => { running(); return pictures!.show('network'); }),
    vscode.commands.registerCommand('byline.showTimeline', () => { running(); return pictures!.show('timeline'); }),
    vscode.commands.registerCommand('byline.neverEntity', (e: EntityRef) => neverEntity(running(), e)),
    // Used by the server's "Show the other article" code action; the arguments arrive as raw LSP JSON.
    vscode.commands.registerCommand('byline.openBeside', async (uri: string, range: LspRange) => {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: vscode.ViewColumn.Beside, selection: toRange(range) });
    }),
    // Used by the server's code lenses ("Also quoted in N other articles"): editor.action.showReferences
    // wants a Uri, a Position and Locations, which raw LSP JSON is not.
    vscode.commands.registerCommand('byline.showLocations', async (uri: string, position: LspPosition, locations: { uri: string; range: LspRange }[]) => {
      const at = new vscode.Position(position.line, position.character);
      const targets = locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range)));
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), at, targets);
    }),
    vscode.workspace.onDidOpenTextDocument(claimArticle),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.path.endsWith(`/${CONFIG_FILE}`)) nudgeOutline();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('byline.articles') || e.affectsConfiguration('byline.exclude')) claimOpenArticles();
    }),
    // The server only reads files: gaining trust changes what it may offer, so start it afresh.
    vscode.workspace.onDidGrantWorkspaceTrust(() => client && restart(context, status, entities)),
  );
  // A byline.yaml created by hand (or by the command) turns the folder on.
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`, false, true, true);
  context.subscriptions.push(watcher, watcher.onDidCreate(() => start(context, status, entities)));
  void firstUse.welcome();
  if ((await configFiles()).length) await start(context, status, entities);
  // Not awaited: the prompt waits for the user's answer.
  else void firstUse.offer(() => treatAsArticles(context, status, entities));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}


function running(): LanguageClient {
  if (!client) throw new Error(`Byline is not active in this workspace: run "Byline: Treat this folder as articles" first.`);
  return client;
}

async function start(context: vscode.ExtensionContext, status: StatusItem, entities: EntitiesView): Promise<void> {
  if (client) return;
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const articles = vscode.workspace.getConfiguration('byline').get<string>('articles', '**/*.txt');
  const clientOptions: LanguageClientOptions = {
    // byline.yaml too: the server applies its unsaved edits (aliases, acknowledgements) at once.
    documentSelector: [
      { scheme: 'file', language: LANGUAGE },
      { scheme: 'file', pattern: `**/${CONFIG_FILE}` },
      { scheme: 'file', pattern: `**/${ANNOTATIONS_FILE}` },
    ],
    // The server reads the byline.* settings itself and watches for their changes.
    synchronize: {
      configurationSection: 'byline',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher(articles),
        vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`),
        vscode.workspace.createFileSystemWatcher(`**/${ANNOTATIONS_FILE}`),
      ],
    },
    initializationOptions: {
      // Untrusted workspaces get a read-only analysis: no edits, no code actions that write.
      trusted: vscode.workspace.isTrusted,
      // Per-article results cached by content, where VS Code keeps extension data.
      cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'cache').fsPath,
    },
  };
  const lc = new LanguageClient('byline', 'Byline', serverOptions, clientOptions);
  lc.clientOptions.errorHandler = tellingErrorHandler(lc.createDefaultErrorHandler(4));
  client = lc;
  context.subscriptions.push(
    lc.onNotification('byline/status', (s: ServerStatus) => {
      status.update(s);
      if (s.indexing) return;
      entities.refresh();
      articlesView?.refresh();
      void pictures?.refresh();
      if (announce) {
        announce = false;
        void confirmStarted(s.indexed);
      }
    }),
    lc.onNotification('byline/annotationsChanged', () => {
      annotations?.scheduleRefresh();
      // An article's date set by an annotation dates its statements in the timeline.
      void pictures?.refresh();
    }),
  );
  firstUse?.hide();
  status.starting();
  await vscode.commands.executeCommand('setContext', 'byline.active', true);
  claimOpenArticles();
  await lc.start();
  entities.refresh();
  annotations?.scheduleRefresh();
}

async function restart(context: vscode.ExtensionContext, status: StatusItem, entities: EntitiesView): Promise<void> {
  const old = client;
  client = undefined;
  await old?.stop();
  await start(context, status, entities);
}

/** Restarts a crashed server like languageclient does, but says so instead of restarting silently. */
function tellingErrorHandler(inner: ErrorHandler): ErrorHandler {
  return {
    error: (error, message, count) => inner.error(error, message, count),
    closed: async () => {
      const result = await inner.closed();
      if (result.action === CloseAction.Restart && !result.message) {
        void vscode.window.showWarningMessage('The Byline language server stopped unexpectedly and was restarted.');
        return { action: CloseAction.Restart, handled: true };
      }
      return result;
    },
  };
}

/** Gives the article language to a plain-text file that the settings say is an article. */
function claimArticle(doc: vscode.TextDocument): void {
  if (!client || doc.languageId !== 'plaintext' || doc.uri.scheme !== 'file') return;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder) return;
  const settings = vscode.workspace.getConfiguration('byline', folder);
  const matches = (glob: string) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, doc) > 0;
  if (!matches(settings.get<string>('articles', '**/*.txt'))) return;
  if (settings.get<string[]>('exclude', []).some(matches)) return;
  void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}

function claimOpenArticles(): void {
  vscode.workspace.textDocuments.forEach(claimArticle);
}

async function configFiles(): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    try {
      await vscode.workspace.fs.stat(uri);
      found.push(uri);
    } catch {
      // no byline.yaml in this folder
    }
  }
  return found;
}

/** The workspace folder a command is about: the active editor's, or the only one, or the user's pick. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active && vscode.workspace.getWorkspaceFolder(active);
  if (folder) return folder;
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.length > 1 ? vscode.window.showWorkspaceFolderPick() : folders[0];
}

async function treatAsArticles(context: vscode.ExtensionContext, status: StatusItem, entities: EntitiesView): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Byline does not write to untrusted workspaces. Trust this folder first.');
    return;
  }
  const folder = await pickFolder();
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder of articles first.');
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  // The end of the first indexing is announced, whoever starts the server (this or the watcher).
  announce = !client;
  // A WorkspaceEdit, so that the creation can be undone like any other edit.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(CONFIG_TEMPLATE) });
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not create ${uri.fsPath}`);
  await start(context, status, entities);
}

let outlineTimer: NodeJS.Timeout | undefined;
/**
 * The outline asks for an article's symbols again only when the article changes or a symbol
 * provider comes or goes. A correction in byline.yaml changes the symbols of unchanged articles:
 * once the server has taken it in, a provider that comes and goes makes the outline ask again.
 */
function nudgeOutline(): void {
  clearTimeout(outlineTimer);
  outlineTimer = setTimeout(() => vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE }, { provideDocumentSymbols: () => [] }).dispose(), 500);
}

/** Says that the folder is now read as articles, and where to look first. */
async function confirmStarted(n: number): Promise<void> {
  const show = 'Show entities';
  const answer = await vscode.window.showInformationMessage(
    `Byline read ${n} article${n === 1 ? '' : 's'}: hover a name to see who it is, contradictions are in Problems.`,
    show,
  );
  if (answer === show) await vscode.commands.executeCommand('byline.entities.focus');
}

async function openConfig(): Promise<void> {
  const folder = await pickFolder();
  const uri = folder && (await configFiles()).find((u) => u.toString().startsWith(folder.uri.toString()));
  if (uri) {
    await vscode.window.showTextDocument(uri);
    return;
  }
  const create = 'Treat this folder as articles';
  if ((await vscode.window.showInformationMessage(`This folder has no ${CONFIG_FILE}.`, create)) === create) {
    await vscode.commands.executeCommand('byline.treatAsArticles');
  }
}

/**
 * Saves the server's analysis (the same JSON as `byline analyze --format json`) and says where it
 * went. In Restricted Mode it never writes into the untrusted folder.
 */
async function exportAnalysis(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const analysis = await running().sendRequest('byline/export', {});
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const trusted = vscode.workspace.isTrusted;
  const home = process.env.HOME ? vscode.Uri.file(process.env.HOME) : undefined;
  target ??= await vscode.window.showSaveDialog({
    defaultUri: (trusted ? folder : home) && vscode.Uri.joinPath((trusted ? folder : home)!, 'byline-analysis.json'),
    filters: { JSON: ['json'] },
    title: 'Export the Byline analysis',
  });
  if (!target) return undefined;
  if (!trusted && vscode.workspace.getWorkspaceFolder(target)) {
    void vscode.window.showWarningMessage('Byline does not write into a folder in Restricted Mode: export the analysis to another folder, or trust this one.');
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(analysis, null, 2) + '\n'));
  const open = 'Open';
  void vscode.window.showInformationMessage(`Byline exported the analysis to ${target.fsPath}`, open).then((a) => {
    if (a === open) void vscode.window.showTextDocument(target!);
  });
  return target;
}
