// The Byline panel: a webview with the network of people and organisations and the timeline of
// statements (client/webview/pictures.ts draws them). Offline and under a strict content
// security policy: its only script is the bundled one, with a nonce; nothing is fetched.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient, Location as LspLocation } from 'vscode-languageclient/node';

type View = 'network' | 'timeline';

export class PicturesPanel {
  private panel: vscode.WebviewPanel | undefined;
  private view: View = 'network';
  /** What the panel last drew: the same data again would only restart the layout. */
  private sent = '';

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {}

  async show(view: View): Promise<void> {
    this.view = view;
    if (this.panel) {
      this.panel.title = title(view);
      this.panel.reveal();
      await this.send('show');
      return;
    }
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel('byline.pictures', title(view), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [dist],
    });
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images/icon.png');
    panel.webview.html = html(panel.webview, dist);
    panel.onDidDispose(
      () => {
        this.panel = undefined;
        this.sent = '';
      },
      null,
      this.context.subscriptions,
    );
    panel.webview.onDidReceiveMessage(
      async (m: { type: string; at?: LspLocation }) => {
        if (m.type === 'ready') await this.send('show');
        if (m.type === 'open' && m.at) {
          const { start, end } = m.at.range;
          // Beside the panel, so that the picture stays in sight.
          await vscode.window.showTextDocument(vscode.Uri.parse(m.at.uri), {
            viewColumn: panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One,
            selection: new vscode.Range(start.line, start.character, end.line, end.character),
          });
        }
      },
      null,
      this.context.subscriptions,
    );
  }

  /** New data after indexing or a correction, when the panel is open. */
  async refresh(): Promise<void> {
    if (this.panel) await this.send('data');
  }

  private async send(type: 'show' | 'data'): Promise<void> {
    const lc = this.client();
    if (!this.panel || !lc?.isRunning()) return;
    const pictures = await lc.sendRequest('byline/pictures', {});
    const json = JSON.stringify(pictures);
    if (type === 'data' && json === this.sent) return;
    this.sent = json;
    await this.panel.webview.postMessage({ type, view: this.view, pictures });
  }
}

const title = (view: View): string => (view === 'network' ? 'Byline: Network' : 'Byline: Timeline');

function html(webview: vscode.Webview, dist: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const src = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(dist, file));
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${src('pictures.css')}">
<title>Byline</title>
</head>
<body>
<header>
  <div role="tablist" aria-label="Pictures">
    <button role="tab" data-view="network" aria-selected="false">Network</button>
    <button role="tab" data-view="timeline" aria-selected="false">Timeline</button>
  </div>
  <fieldset id="filters">
    <legend>Show</legend>
    <label><input type="checkbox" value="person" data-view="network" checked> People</label>
    <label><input type="checkbox" value="organization" data-view="network" checked> Organisations</label>
    <label><input type="checkbox" value="quote" data-view="timeline" checked> Quotes</label>
    <label><input type="checkbox" value="figure" data-view="timeline" checked> Figures</label>
  </fieldset>
  <div class="key" aria-hidden="true">
    <span><span class="swatch person"></span>person / quote</span>
    <span><span class="swatch organization"></span>organisation / figure</span>
    <span><span class="swatch quotes"></span>speaks about</span>
    <span><span class="swatch contradiction"></span>contradiction</span>
  </div>
</header>
<main>
  <div id="chart" role="img" aria-label="Byline picture: the list beside it has the same, as buttons"></div>
  <p id="empty" class="empty" hidden>Nothing to draw yet: Byline is indexing, or these articles name nobody.</p>
  <aside id="list" aria-label="Everything in the picture"></aside>
</main>
<script nonce="${nonce}" src="${src('pictures.js')}"></script>
</body>
</html>`;
}
