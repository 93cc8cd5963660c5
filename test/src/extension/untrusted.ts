// Byline in Restricted Mode (an untrusted folder): the analysis is there to read, but nothing
// offers to write — no byline.yaml edits, no rename, no "Treat this folder as articles".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BLOG, article, at, base, contradictionIn, eventually, hoverText } from './helpers';

describe('Byline in an untrusted folder', function () {
  this.timeout(120_000);

  before(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the folder is in Restricted Mode');
    await vscode.extensions.getExtension('byline.byline')!.activate();
    await vscode.window.showTextDocument(article(BLOG));
  });

  it('still analyses: hover names Mohammed Alloush', async () => {
    const text = await eventually('a hover', async () =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article(BLOG), await at(BLOG, 'Alloush, who had been'))),
    );
    assert.match(text, /Mohammed Alloush/);
  });

  it('reports the contradiction, and its code actions only read', async () => {
    const d = await eventually('the contradiction', async () => contradictionIn(BLOG));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article(BLOG), d.range);
    assert.ok(actions.some((a) => a.command?.command === 'byline.openBeside'), 'Show the other article');
    for (const a of actions) assert.equal(a.edit, undefined, `"${a.title}" would edit`);
  });

  it('offers no rename (it would write byline.yaml)', async () => {
    const edit = await Promise.resolve(
      vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', article(BLOG), await at(BLOG, 'Alloush'), 'M. Alloush'),
    ).catch(() => undefined); // "no provider" is a rejection
    assert.equal(edit?.size ?? 0, 0);
  });

  it('F2 says why it does not rename', async () => {
    const error = await Promise.resolve(
      vscode.commands.executeCommand('vscode.prepareRename', article(BLOG), await at(BLOG, 'Alloush')),
    ).then(() => null, (e: Error) => e.message);
    assert.match(String(error), /Restricted Mode/);
  });

  it('Export never writes into the untrusted folder', async () => {
    const target = article('byline-analysis.json');
    await vscode.commands.executeCommand('byline.export', target);
    assert.deepEqual((await vscode.workspace.findFiles('byline-analysis.json')).map(base), []);
  });

  it('"Treat this folder as articles" writes nothing', async () => {
    const config = article('byline.yaml');
    await vscode.workspace.fs.delete(config);
    await vscode.commands.executeCommand('byline.treatAsArticles');
    const left = await vscode.workspace.findFiles('byline.yaml');
    assert.deepEqual(left.map(base), []);
  });
});
