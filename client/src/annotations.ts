// Annotations in VS Code: comment threads on the annotated passages (VS Code's Comments API),
// verdict colours, the Annotations view and the commands. The language server owns the
// annotation file and the anchoring; every change here is a request whose WorkspaceEdit is applied
// as an ordinary, undoable edit, and the annotation file is then saved so that the CLI and other
// windows see it.
import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import type { LanguageClient, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient/node';
import type { AnnotationItem } from '../../server/src/lsp/annotations';
import { type Range as LspRange, toLsp, toRange } from './ranges';


export const VERDICTS = ['verified', 'false', 'misleading', 'unverified', 'needs-source'];
export const VERDICT_LABEL: Record<string, string> = { verified: 'Verified', false: 'False', misleading: 'Misleading', unverified: 'Unverified', 'needs-source': 'Needs a source' };
/** Verdict colours: red for false, orange for misleading, green for verified, yellow for the open ones. */
const VERDICT_COLOUR: Record<string, string> = { false: '220,50,47', misleading: '230,130,20', verified: '40,160,80', unverified: '200,170,0', 'needs-source': '200,170,0' };

/** Tags are written in the note as #words. */
const tagsIn = (text: string): string[] => [...new Set([...text.matchAll(/(?:^|\s)#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]))];

class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: vscode.MarkdownString;
  author: vscode.CommentAuthorInformation;
  label?: string;
  timestamp?: Date;
  savedBody: string;
  constructor(
    readonly id: string,
    text: string,
    creator: string | null,
    when: string | null,
    readonly contextValue: 'annotation' | 'reply',
    readonly thread: vscode.CommentThread,
    extra = '',
  ) {
    this.savedBody = text;
    this.body = new vscode.MarkdownString(text + extra);
    this.author = { name: creator ?? 'Anonymous' };
    if (when && !isNaN(Date.parse(when))) this.timestamp = new Date(when);
  }
}

export class Annotations implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController('byline.annotations', 'Byline annotations');
  private threads = new Map<string, vscode.CommentThread>();
  items: AnnotationItem[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private readonly decorations = new Map(Object.entries(VERDICT_COLOUR).map(([v, rgb]) => [v, vscode.window.createTextEditorDecorationType({ backgroundColor: `rgba(${rgb},0.18)`, borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: `rgba(${rgb},0.9)`, overviewRulerColor: `rgba(${rgb},0.9)`, overviewRulerLane: vscode.OverviewRulerLane.Right })]));
  private readonly noted = vscode.window.createTextEditorDecorationType({ borderWidth: '0 0 1px 0', borderStyle: 'dotted', borderColor: new vscode.ThemeColor('editorInfo.foreground'), overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'), overviewRulerLane: vscode.OverviewRulerLane.Right });

  constructor(private readonly client: () => LanguageClient | undefined) {
    // Any passage of an article can be annotated: the gutter's "+" or "Byline: Annotate selection".
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (doc) => (doc.languageId === 'article' ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
    this.controller.options = { placeHolder: 'A note in Markdown; #tags are tags. Set a verdict from the thread’s title bar.', prompt: 'Annotate' };
  }

  dispose(): void {
    this.controller.dispose();
    for (const d of this.decorations.values()) d.dispose();
    this.noted.dispose();
  }

  register(): vscode.Disposable[] {
    const cmd = vscode.commands.registerCommand;
    return [
      this,
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorate()),
      cmd('byline.annotate', () => this.annotateSelection()),
      // From the server's "Annotate this claim/quote" quick fixes: the range arrives as LSP JSON.
      cmd('byline.annotateRange', async (uri: string, range: LspRange) => {
        const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: toRange(range) });
        editor.selection = new vscode.Selection(toRange(range).start, toRange(range).end);
        await this.annotateSelection();
      }),
      cmd('byline.annotation.save', (reply: vscode.CommentReply) => this.save(reply)),
      cmd('byline.annotation.cancel', (reply: vscode.CommentReply) => reply.thread.dispose()),
      cmd('byline.annotation.reply', (reply: vscode.CommentReply) => this.reply(reply)),
      cmd('byline.annotation.edit', (c: NoteComment) => this.startEditing(c)),
      cmd('byline.annotation.saveEdit', (c: NoteComment) => this.saveEdit(c)),
      cmd('byline.annotation.cancelEdit', (c: NoteComment) => this.cancelEdit(c)),
      cmd('byline.annotation.delete', (c: NoteComment) => this.delete(c)),
      cmd('byline.annotation.resolve', (t: vscode.CommentThread) => this.change(this.idOf(t), 'resolve')),
      cmd('byline.annotation.reopen', (t: vscode.CommentThread) => this.change(this.idOf(t), 'reopen')),
      cmd('byline.annotation.verdict', (t?: vscode.CommentThread) => this.setVerdict(t)),
      cmd('byline.nextAnnotation', () => this.next()),
      cmd('byline.reattach', (id?: string) => this.reattach(id)),
      cmd('byline.revealAnnotation', (item: AnnotationItem) => this.reveal(item)),
      cmd('byline.exportAnnotations', (format?: string, target?: vscode.Uri) => this.export(format, target)),
      cmd('byline.setMetadata', (uri?: vscode.Uri | string) => this.setMetadata(uri)),
      cmd('byline.rateOutlet', () => this.rateOutlet()),
    ];
  }

  /** Asks the server again (debounced: it says so after every change that moves annotations). */
  scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 150);
  }

  async refresh(): Promise<void> {
    const lc = this.client();
    if (!lc?.isRunning()) return;
    const { annotations } = await lc.sendRequest<{ annotations: AnnotationItem[] }>('byline/annotations', {});
    this.items = annotations;
    const seen = new Set<string>();
    for (const a of annotations) {
      // An orphan on an article that is still there is shown at its top, labelled as such.
      const articleUri = a.uri ?? null;
      if (!articleUri) continue;
      seen.add(a.id);
      const range = a.range ? toRange(a.range) : new vscode.Range(0, 0, 0, 0);
      let thread = this.threads.get(a.id);
      if (thread && thread.uri.toString() !== vscode.Uri.parse(articleUri).toString()) {
        thread.dispose();
        thread = undefined;
      }
      if (!thread) {
        thread = this.controller.createCommentThread(vscode.Uri.parse(articleUri), range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.threads.set(a.id, thread);
      } else if (!thread.range.isEqual(range)) thread.range = range;
      this.fill(thread, a);
    }
    for (const [id, t] of this.threads)
      if (!seen.has(id)) {
        t.dispose();
        this.threads.delete(id);
      }
    this.decorate();
    this.changed.fire();
  }

  private fill(thread: vscode.CommentThread, a: AnnotationItem): void {
    const extra = [a.tags.length && !a.tags.every((t) => a.note.includes(`#${t}`)) ? `\n\n${a.tags.map((t) => `\`#${t}\``).join(' ')}` : '', a.link ? `\n\nSource: <${a.link}>` : ''].join('');
    const editing = thread.comments.some((c) => c.mode === vscode.CommentMode.Editing);
    if (!editing)
      thread.comments = [new NoteComment(a.id, a.note, a.creator, a.modified, 'annotation', thread, extra), ...a.replies.map((r) => new NoteComment(r.id, r.note, r.creator, r.created, 'reply', thread))];
    thread.label = a.orphan ? `Orphaned: ${a.orphan}` : `${a.verdict ? VERDICT_LABEL[a.verdict] : 'Note'} · “${a.exact.length > 50 ? `${a.exact.slice(0, 50)}…` : a.exact}”`;
    thread.contextValue = a.orphan ? 'orphan' : a.resolved ? 'resolved' : 'open';
    thread.state = a.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.canReply = !a.orphan;
  }

  /** Verdict colours (and a dotted underline for plain notes) on the visible articles. */
  private decorate(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const uri = editor.document.uri.toString();
      const mine = this.items.filter((a) => a.range && a.uri && vscode.Uri.parse(a.uri).toString() === uri && !a.resolved);
      for (const [v, d] of this.decorations) editor.setDecorations(d, mine.filter((a) => a.verdict === v).map((a) => toRange(a.range!)));
      editor.setDecorations(this.noted, mine.filter((a) => !a.verdict).map((a) => toRange(a.range!)));
    }
  }

  private idOf(thread: vscode.CommentThread): string {
    for (const [id, t] of this.threads) if (t === thread) return id;
    throw new Error('This thread is not a saved annotation.');
  }

  /** Opens an empty thread on the selection; its Save button creates the annotation. */
  private async annotateSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'article') return void vscode.window.showWarningMessage('Open an article and select the passage to annotate.');
    if (editor.selection.isEmpty) return void vscode.window.showWarningMessage('Select the passage to annotate first.');
    const thread = this.controller.createCommentThread(editor.document.uri, editor.selection, []);
    thread.contextValue = 'draft';
    thread.canReply = true;
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  private async save(reply: vscode.CommentReply): Promise<void> {
    const thread = reply.thread;
    const range = thread.range;
    // The gutter's "+" gives whole lines; an empty range is the line it was on.
    const doc = await vscode.workspace.openTextDocument(thread.uri);
    const r = range.isEmpty ? doc.lineAt(range.start.line).range : range;
    await this.apply('byline/annotate', { uri: thread.uri.toString(), range: toLsp(r), note: reply.text, tags: tagsIn(reply.text), creator: author() });
    thread.dispose();
  }

  private reply(reply: vscode.CommentReply): Promise<void> {
    return this.change(this.idOf(reply.thread), 'reply', { note: reply.text });
  }

  private startEditing(c: NoteComment): void {
    c.thread.comments = c.thread.comments.map((x) => {
      if (x === c) {
        (x as NoteComment).mode = vscode.CommentMode.Editing;
        (x as NoteComment).body = new vscode.MarkdownString(c.savedBody);
      }
      return x;
    });
  }

  private async saveEdit(c: NoteComment): Promise<void> {
    const text = typeof c.body === 'string' ? c.body : c.body.value;
    await this.change(c.id, 'edit', c.contextValue === 'annotation' ? { note: text, tags: tagsIn(text) } : { note: text });
    c.mode = vscode.CommentMode.Preview;
    await this.refresh();
  }

  private cancelEdit(c: NoteComment): void {
    c.mode = vscode.CommentMode.Preview;
    c.body = new vscode.MarkdownString(c.savedBody);
    c.thread.comments = [...c.thread.comments];
  }

  private async delete(c: NoteComment): Promise<void> {
    const what = c.contextValue === 'annotation' ? 'this annotation and its replies' : 'this reply';
    if ((await vscode.window.showWarningMessage(`Delete ${what}? (Undo in byline.annotations.jsonl brings it back.)`, { modal: true }, 'Delete')) !== 'Delete') return;
    await this.change(c.id, 'delete');
  }

  private async setVerdict(thread?: vscode.CommentThread): Promise<void> {
    const id = thread ? this.idOf(thread) : this.itemAtCursor()?.id;
    if (!id) return void vscode.window.showWarningMessage('Put the cursor on an annotated passage first.');
    const pick = await vscode.window.showQuickPick([...VERDICTS.map((v) => ({ label: VERDICT_LABEL[v], verdict: v as string | null })), { label: 'No verdict', verdict: null }], { title: 'Verdict on this claim' });
    if (!pick) return;
    const current = this.items.find((a) => a.id === id)?.link ?? '';
    const link = pick.verdict ? await vscode.window.showInputBox({ title: 'Source for the verdict (a URL; empty for none)', value: current, validateInput: (v) => (!v.trim() || /^[a-z][a-z0-9+.-]*:\S+$/i.test(v.trim()) ? null : 'A URL, such as https://…') }) : '';
    if (link === undefined) return;
    await this.change(id, 'edit', { verdict: pick.verdict, link: link.trim() || null });
  }

  private itemAtCursor(): AnnotationItem | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const uri = editor.document.uri.toString();
    return this.items.find((a) => a.range && a.uri && vscode.Uri.parse(a.uri).toString() === uri && toRange(a.range).contains(editor.selection.active));
  }

  /** The next annotation after the cursor, in this article and then the next ones (by path). */
  private async next(): Promise<void> {
    const placed = this.items.filter((a) => a.range && a.uri).sort((a, b) => (a.uri! < b.uri! ? -1 : a.uri! > b.uri! ? 1 : toRange(a.range!).start.compareTo(toRange(b.range!).start)));
    if (!placed.length) return void vscode.window.showInformationMessage('There are no annotations yet.');
    const editor = vscode.window.activeTextEditor;
    const here = editor?.document.uri.toString();
    const cursor = editor?.selection.active;
    const after = placed.find((a) => {
      const u = vscode.Uri.parse(a.uri!).toString();
      return here && cursor ? u > here || (u === here && toRange(a.range!).start.isAfter(cursor)) : true;
    });
    await this.reveal(after ?? placed[0]);
  }

  async reveal(item: AnnotationItem): Promise<void> {
    if (!item.uri || !item.range) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.storeUri));
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(item.storeLine, 0, item.storeLine, 0) });
      return;
    }
    const range = toRange(item.range);
    await vscode.window.showTextDocument(vscode.Uri.parse(item.uri), { selection: range });
    const thread = this.threads.get(item.id);
    if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  /** Re-attaches an orphan to the selection in the active article. */
  private async reattach(id?: string): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || editor.document.languageId !== 'article') return void vscode.window.showWarningMessage('Select the passage in an article to re-attach the annotation to.');
    const orphans = this.items.filter((a) => a.orphan);
    if (!id) {
      if (!orphans.length) return void vscode.window.showInformationMessage('No annotation is orphaned.');
      const pick = await vscode.window.showQuickPick(
        orphans.map((a) => ({ label: `“${a.exact}”`, description: a.note.split('\n')[0], detail: a.orphan!, id: a.id })),
        { title: 'Re-attach which annotation to the selection?' },
      );
      if (!pick) return;
      id = pick.id;
    }
    await this.change(id, 'reattach', { uri: editor.document.uri.toString(), range: toLsp(editor.selection) });
  }

  /**
   * Exports the annotations and the analysis as `byline export` does: w3c, csv or sarif to a file,
   * brat to a folder. Text copies for brat never replace a file that is there (the articles).
   */
  private async export(format?: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const lc = this.client();
    if (!lc) throw new Error('Byline is not running in this workspace.');
    format ??= (
      await vscode.window.showQuickPick(
        [
          { label: 'W3C Web Annotation (JSON-LD)', format: 'w3c' },
          { label: 'brat standoff (.ann per article, for brat and INCEpTION)', format: 'brat' },
          { label: 'CSV (quotes and verdicts, for a spreadsheet)', format: 'csv' },
          { label: 'SARIF 2.1.0 (contradictions, for code-scanning views)', format: 'sarif' },
        ],
        { title: 'Export annotations as' },
      )
    )?.format;
    if (!format) return undefined;
    const { files } = await lc.sendRequest<{ files: Record<string, string> }>('byline/exportAnnotations', { format });
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const names = Object.keys(files);
    if (format === 'brat') {
      target ??= (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: folder, openLabel: 'Export here', title: 'Folder for the brat files' }))?.[0];
      if (!target) return undefined;
      for (const name of names) {
        const uri = vscode.Uri.joinPath(target, name);
        const exists = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
        if (name.endsWith('.txt') && exists) continue;
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(files[name]));
      }
      return target;
    }
    target ??= await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, names[0]), title: 'Export annotations' });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(files[names[0]]));
    return target;
  }

  /** Sets a metadata field of an article (the active one, or the one given) by an annotation. */
  private async setMetadata(target?: vscode.Uri | string): Promise<void> {
    const uri = typeof target === 'string' ? target : (target ?? vscode.window.activeTextEditor?.document.uri)?.toString();
    if (!uri) return void vscode.window.showWarningMessage('Open an article first.');
    const field = await vscode.window.showQuickPick(['outlet', 'author', 'date', 'place', 'url'], { title: 'Which metadata of this article?' });
    if (!field) return;
    const value = await vscode.window.showInputBox({ title: `The article's ${field} (empty: as the text says)`, placeHolder: field === 'date' ? 'YYYY-MM-DD' : undefined });
    if (value === undefined) return;
    await this.apply('byline/setMetadata', { uri, field, value, creator: author() });
  }

  /** Rates an outlet: one of the articles' outlets or another, a reliability tag and a note. */
  private async rateOutlet(): Promise<void> {
    const lc = this.client();
    if (!lc) return;
    const { articles } = await lc.sendRequest<{ articles: { outlet: string | null }[] }>('byline/articles', {});
    const known = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
    const outlet = known.length
      ? (await vscode.window.showQuickPick([...known, 'Another outlet…'], { title: 'Rate which outlet?' }))
      : 'Another outlet…';
    const name = outlet === 'Another outlet…' ? await vscode.window.showInputBox({ title: 'The outlet’s name' }) : outlet;
    if (!name?.trim()) return;
    const reliability = await vscode.window.showQuickPick(['reliable', 'mixed', 'unreliable'], { title: `How reliable is ${name}?` });
    if (!reliability) return;
    const note = await vscode.window.showInputBox({ title: `A note on ${name} (Markdown, optional)` });
    if (note === undefined) return;
    await this.apply('byline/rateOutlet', { outlet: name, reliability, note, creator: author() });
  }

  private change(id: string, action: string, fields: object = {}): Promise<void> {
    return this.apply('byline/changeAnnotation', { id, action, creator: author(), ...fields });
  }

  /** Sends the request, applies its WorkspaceEdit (undoable) and saves the annotation file. */
  private async apply(method: string, params: object): Promise<void> {
    const lc = this.client();
    if (!lc) throw new Error('Byline is not running in this workspace.');
    let result: { edit: LspWorkspaceEdit };
    try {
      result = await lc.sendRequest<{ edit: LspWorkspaceEdit }>(method, params);
    } catch (e) {
      void vscode.window.showErrorMessage(`Byline: ${(e as Error).message}`);
      return;
    }
    const edit = await lc.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    if (!edit || !(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage('Byline: the editor did not apply the change to byline.annotations.jsonl.');
      return;
    }
    for (const [uri] of edit.entries()) await vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.save();
    await this.refresh();
    // The thread just written to stays open, as the one the user was typing in was.
    const thread = this.threads.get((result as { id?: string }).id ?? '');
    if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }
}

/** Who annotates: the byline.annotations.author setting, else the system's user name. */
function author(): string | null {
  const set = vscode.workspace.getConfiguration('byline.annotations').get<string>('author');
  if (set) return set;
  try {
    return userInfo().username || null;
  } catch {
    return null; // no user entry (some containers)
  }
}

type ViewNode = { group: string; items: AnnotationItem[] } | AnnotationItem;
const GROUPINGS = ['article', 'tag', 'verdict'] as const;

/** The "Annotations" view: every annotation, by article, by tag or by verdict; orphans in their own group. */
export class AnnotationsView implements vscode.TreeDataProvider<ViewNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  by: (typeof GROUPINGS)[number] = 'article';

  constructor(private readonly annotations: Annotations) {
    annotations.onDidChange(() => this.changed.fire());
  }

  register(): vscode.Disposable[] {
    return [
      vscode.window.registerTreeDataProvider('byline.annotations', this),
      vscode.commands.registerCommand('byline.annotationsGroupBy', async (by?: (typeof GROUPINGS)[number]) => {
        by ??= (await vscode.window.showQuickPick([...GROUPINGS], { title: 'Group annotations by' })) as (typeof GROUPINGS)[number] | undefined;
        if (!by) return;
        this.by = by;
        this.changed.fire();
      }),
    ];
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (node) return 'group' in node ? node.items : [];
    const groups = new Map<string, AnnotationItem[]>();
    const add = (g: string, a: AnnotationItem) => groups.set(g, [...(groups.get(g) ?? []), a]);
    for (const a of this.annotations.items) {
      if (a.orphan) add('Orphaned', a);
      else if (this.by === 'article') add(fileOf(a.uri!), a);
      else if (this.by === 'verdict') add(a.verdict ? VERDICT_LABEL[a.verdict] : 'No verdict', a);
      else if (a.tags.length) for (const t of a.tags) add(`#${t}`, a);
      else add('No tag', a);
    }
    return [...groups].sort(([a], [b]) => (a === 'Orphaned' ? 1 : b === 'Orphaned' ? -1 : a.localeCompare(b))).map(([group, items]) => ({ group, items }));
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    if ('group' in node) {
      const item = new vscode.TreeItem(node.group, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(node.group === 'Orphaned' ? 'warning' : this.by === 'article' ? 'file' : this.by === 'tag' ? 'tag' : 'law');
      return item;
    }
    const item = new vscode.TreeItem(`“${node.exact.length > 60 ? `${node.exact.slice(0, 60)}…` : node.exact}”`);
    item.description = [node.verdict && VERDICT_LABEL[node.verdict], node.note.split('\n')[0], this.by !== 'article' && node.uri && fileOf(node.uri)].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString([node.orphan ? `**Orphaned**: ${node.orphan}` : '', node.note, node.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join('\n\n'));
    item.iconPath = new vscode.ThemeIcon(node.orphan ? 'warning' : node.resolved ? 'pass' : node.verdict === 'false' ? 'error' : node.verdict === 'misleading' ? 'warning' : node.verdict === 'verified' ? 'verified' : 'comment');
    item.command = { command: 'byline.revealAnnotation', title: 'Show', arguments: [node] };
    item.contextValue = node.orphan ? 'orphan' : 'annotation';
    return item;
  }
}

const fileOf = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
