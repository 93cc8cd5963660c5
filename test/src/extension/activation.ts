// A folder of .txt files without byline.yaml: Byline is present (a status item says what it would
// do) but takes nothing over until the user runs "Byline: Treat this folder as articles", which
// creates byline.yaml and starts the analysis.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BLOG, article, at, eventually, hoverText, openArticle } from './helpers';

describe('Byline in a folder that is not (yet) a Byline folder', function () {
  this.timeout(120_000);

  it('is active where .txt files are, but leaves them plain text and writes nothing', async () => {
    const doc = await vscode.workspace.openTextDocument(article(BLOG));
    await vscode.window.showTextDocument(doc);
    await eventually('the extension to activate', async () => vscode.extensions.getExtension('byline.byline')?.isActive);
    // A server round trip would have claimed the file by now, were Byline running.
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(doc.languageId, 'plaintext');
    assert.deepEqual(await vscode.workspace.findFiles('byline.yaml'), []);
  });

  it('"Treat this folder as articles" creates byline.yaml and starts the analysis', async () => {
    await vscode.commands.executeCommand('byline.treatAsArticles');
    await vscode.workspace.fs.stat(article('byline.yaml'));
    await openArticle(BLOG);
    const text = await eventually('a hover', async () =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article(BLOG), await at(BLOG, 'Alloush, who had been'))),
    );
    assert.match(text, /Mohammed Alloush/);
  });
});
