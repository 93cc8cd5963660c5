// First use: a folder of .txt files without byline.yaml. Byline does not take the files over; it
// says in the status bar what it would do, and asks once — only when the files read like news
// articles — whether to treat the folder as articles. The answer is kept per workspace.
import * as vscode from 'vscode';

const ANSWER = 'byline.firstUse.answer';
const WELCOMED = 'byline.welcomed';
export const READ = 'Read as articles';
const NO = 'No';

/** How many files are read to judge whether a folder holds articles: enough to be fair, few enough to be instant. */
const SAMPLE = 12;
const MAX_BYTES = 200_000;

/**
 * Whether a text reads like a news article: a short first line (the headline), then several
 * paragraphs, and something of news writing — reported speech ("said", "told") or a byline.
 */
export function looksLikeArticle(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.trim());
  const filled = lines.filter(Boolean);
  if (filled.length < 3 || text.length < 300) return false;
  const headline = filled[0];
  if (headline.length > 160 || /[{}<>;=]/.test(headline)) return false;
  // Paragraphs: lines of a dozen words or more.
  const prose = filled.slice(1).filter((l) => l.split(/\s+/).length >= 12);
  if (prose.length < 2) return false;
  // Reported speech or a byline: a licence or a manual has paragraphs and quotation marks too.
  return /^By [A-Z]/m.test(text) || /\b(said|says|told|according to)\b/.test(text);
}

/** The status item and one-time prompt of a folder whose .txt files Byline could read. */
export class FirstUse implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.offer', vscode.StatusBarAlignment.Left, 10);

  constructor(private readonly context: vscode.ExtensionContext) {
    this.item.name = 'Byline';
    this.item.command = 'byline.treatAsArticles';
  }

  /** Opens the walkthrough the first time the extension runs after being installed. */
  async welcome(): Promise<void> {
    if (this.context.globalState.get(WELCOMED) || this.context.extensionMode === vscode.ExtensionMode.Test) return;
    await this.context.globalState.update(WELCOMED, true);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${this.context.extension.id}#byline.start`, false);
  }

  /** Shows what Byline would do with this folder's .txt files, and asks once if they look like articles. */
  async offer(treat: () => Promise<void>): Promise<void> {
    const articles = vscode.workspace.getConfiguration('byline').get<string>('articles', '**/*.txt');
    const files = await vscode.workspace.findFiles(articles, '{**/node_modules/**,**/.git/**}', 5000);
    if (!files.length) return;
    const n = files.length;
    this.item.text = `$(book) Byline: ${n} .txt file${n === 1 ? '' : 's'}`;
    this.item.tooltip = `Byline can read ${n === 1 ? 'this .txt file' : `these ${n} .txt files`} as news articles: who is named where, who said what, and where articles contradict each other. Click to treat this folder as articles (creates byline.yaml).`;
    this.item.show();
    if (this.context.workspaceState.get(ANSWER) || n < 2 || !(await this.readLikeArticles(files))) return;
    const answer = await vscode.window.showInformationMessage(`Read these ${n} files as news articles?`, READ, NO);
    if (!answer) return; // dismissed: ask again next time
    await this.context.workspaceState.update(ANSWER, answer);
    if (answer === READ) await treat();
  }

  hide(): void {
    this.item.hide();
  }

  private async readLikeArticles(files: vscode.Uri[]): Promise<boolean> {
    const sample = [...files].sort((a, b) => a.fsPath.localeCompare(b.fsPath)).slice(0, SAMPLE);
    let yes = 0;
    for (const uri of sample) {
      try {
        const { size } = await vscode.workspace.fs.stat(uri);
        if (size > MAX_BYTES) continue;
        if (looksLikeArticle(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))) yes++;
      } catch {
        // unreadable: not an article
      }
    }
    // Several files, and most of them articles.
    return yes >= 2 && yes * 2 >= sample.length;
  }

  dispose(): void {
    this.item.dispose();
  }
}
