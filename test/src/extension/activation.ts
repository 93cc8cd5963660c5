// A folder of .txt files without byline.yaml: Byline stays out of the way until the user runs
// "Byline: Treat this folder as articles", which creates byline.yaml and starts the analysis.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BLOG, article, at, eventually, hoverText, openArticle } from './helpers';

describe('Byline in a folder that is not (yet) a Byline folder', function () {
  this.timeout(120_000);

  it('leaves .txt files alone', async () => {
    const doc = await vscode.workspace.openTextDocument(article(BLOG));
    await vscode.window.showTextDocument(doc);
    assert.equal(vscode.extensions.getExtension('byline.byline')?.isActive, false, 'not activated');
    assert.equal(doc.languageId, 'plaintext');
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
