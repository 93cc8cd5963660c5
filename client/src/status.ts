// The status bar item: how many articles are indexed and how many contradictions are open.
import * as vscode from 'vscode';

/** The payload of the server's `byline/status` notification. */
export interface ServerStatus {
  indexing: boolean;
  indexed: number;
  total: number;
  contradictions: number;
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Byline';
    this.item.command = 'workbench.actions.view.problems';
  }

  starting(): void {
    this.item.text = '$(sync~spin) Byline';
    this.item.tooltip = 'Byline is starting';
    this.item.show();
  }

  update(s: ServerStatus): void {
    const articles = `${s.indexed} article${s.indexed === 1 ? '' : 's'}`;
    this.item.text = s.indexing
      ? `$(sync~spin) Byline ${s.indexed}/${s.total}`
      : `$(book) ${articles} $(warning) ${s.contradictions}`;
    this.item.tooltip = s.indexing
      ? `Byline is indexing articles: ${s.indexed} of ${s.total}`
      : `Byline: ${articles} indexed, ${s.contradictions} open contradiction${s.contradictions === 1 ? '' : 's'}. Click to open Problems.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
