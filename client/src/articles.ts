// The "Articles" view: every article by date with its outlet, as the server reads them (byline/articles).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ArticleItem } from '../../server/src/lsp/articles';

export class ArticlesView implements vscode.TreeDataProvider<ArticleItem> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: ArticleItem): Promise<ArticleItem[]> {
    const lc = this.client();
    if (node || !lc?.isRunning()) return [];
    return (await lc.sendRequest<{ articles: ArticleItem[] }>('byline/articles', {})).articles;
  }

  getTreeItem(a: ArticleItem): vscode.TreeItem {
    const file = decodeURIComponent(a.uri.slice(a.uri.lastIndexOf('/') + 1));
    const item = new vscode.TreeItem(a.headline ?? file);
    item.description = [a.date ?? 'undated', a.outlet].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(
      [`**${a.headline ?? file}**`, `${file}`, ...(['outlet', 'author', 'date', 'place', 'url'] as const).map((k) => `${k}: ${a[k] ?? '—'}`)].join('  \n'),
    );
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(a.uri)] };
    return item;
  }
}
