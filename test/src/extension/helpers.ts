// What the extension-host tests share: the sample articles, and waits that poll the editor's
// state with a deadline (never fixed sleeps: the server indexes in the background).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const ARTICLES = [
  'alloush-quits-blog.txt',
  'astana-talks-shaky-start.txt',
  'mesop-syria-daily-alloush-quits.txt',
  'opposition-chief-negotiator-quits.txt',
  'raqqa-offensive-geneva-deadlock.txt',
];
export const BLOG = 'alloush-quits-blog.txt';
export const NEWS = 'opposition-chief-negotiator-quits.txt';

export const folder = () => vscode.workspace.workspaceFolders![0].uri;
export const article = (name: string) => vscode.Uri.joinPath(folder(), name);
export const base = (uri: vscode.Uri) => path.basename(uri.fsPath);

export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Opens an article; Byline gives it the article language (and its features) just after it opens. */
export function openArticle(name: string): Promise<vscode.TextDocument> {
  return eventually(`${name} in the article language`, async () => {
    const doc = await vscode.workspace.openTextDocument(article(name));
    return doc.languageId === 'article' && doc;
  });
}

/** The position inside the nth occurrence of `text` in an article (one character in, like a click). */
export async function at(name: string, text: string, nth = 0): Promise<vscode.Position> {
  const doc = await openArticle(name);
  let index = -1;
  for (let i = 0; i <= nth; i++) index = doc.getText().indexOf(text, index + 1);
  assert.ok(index >= 0, `"${text}" #${nth} not in ${name}`);
  return doc.positionAt(index + 1);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code ?? '');
export const contradictionIn = (name: string) =>
  vscode.languages
    .getDiagnostics(article(name))
    .find((d) => d.source === 'byline' && codeOf(d).startsWith('contradiction/') && /Facebook|Twitter/.test(d.message));
