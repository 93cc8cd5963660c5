// What a fact-checker gets from Byline in a real VS Code, checked through the VS Code API on a copy
// of samples/ that has a byline.yaml (the runners make it).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ARTICLES, BLOG, NEWS, article, at, base, codeOf, contradictionIn, eventually, hoverText, openArticle } from './helpers';

type AnyLocation = vscode.Location | vscode.LocationLink;
const plain = (l: AnyLocation) =>
  'targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l;

async function textAt(loc: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(loc.uri)).getText(loc.range);
}

describe('Byline in a real VS Code', function () {
  this.timeout(120_000);

  before(async () => {
    const ext = vscode.extensions.getExtension('byline.byline');
    assert.ok(ext, 'the Byline extension is loaded');
    await ext.activate();
    await vscode.window.showTextDocument(article(BLOG));
    // The first answers come once the server has indexed the folder.
    await eventually('a first hover', async () =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article(BLOG), await at(BLOG, 'Alloush'))),
    );
  });

  it('gives the article language to .txt files in the folder, and only there', async () => {
    assert.equal((await openArticle(NEWS)).languageId, 'article');
    const outside = vscode.Uri.file(path.join(os.tmpdir(), `byline-unrelated-${process.pid}.txt`));
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('Unrelated notes\n\nNothing to see here.\n'));
    const other = await vscode.workspace.openTextDocument(outside);
    // A server round trip gives the extension the time to (wrongly) claim the file.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', article(BLOG), await at(BLOG, 'Alloush'));
    assert.equal(other.languageId, 'plaintext');
  });

  it('hover on "Alloush" names Mohammed Alloush', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      article(BLOG),
      await at(BLOG, 'Alloush, who had been'),
    );
    assert.match(hoverText(hovers), /Mohammed Alloush/);
  });

  it('definition from a mention in any article lands on the one canonical place', async () => {
    const targets: vscode.Location[] = [];
    for (const name of ARTICLES) {
      const position = await at(name, 'Alloush');
      // A just-opened article is analysed again (open documents override the disk): allow it a moment.
      const defs = await eventually(`a definition from ${name}`, async () => {
        const found = await vscode.commands.executeCommand<AnyLocation[]>('vscode.executeDefinitionProvider', article(name), position);
        return found.length > 0 && found;
      }, 10_000);
      assert.equal(defs.length, 1, `one definition from ${name}`);
      targets.push(plain(defs[0]));
    }
    const first = targets[0];
    for (const t of targets) {
      assert.equal(t.uri.toString(), first.uri.toString());
      assert.ok(t.range.isEqual(first.range));
    }
    // One place for all five: from four of them the jump crosses to another article.
    assert.ok(ARTICLES.includes(base(first.uri)));
    assert.match(await textAt(first), /Alloush/);
  });

  it('references to Alloush span all five articles', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', article(NEWS), await at(NEWS, 'Alloush'));
    assert.deepEqual([...new Set(refs.map((r) => base(r.uri)))].sort(), ARTICLES);
    for (const r of refs) assert.match(await textAt(r), /Alloush/);
  });

  it('reports the Facebook/Twitter contradiction on both articles, each pointing at the other', async () => {
    for (const [name, other] of [[BLOG, NEWS], [NEWS, BLOG]]) {
      const d = await eventually(`the contradiction on ${name}`, async () => contradictionIn(name));
      assert.equal(codeOf(d), 'contradiction/channel');
      assert.match(d.message, /Facebook/);
      assert.match(d.message, /Twitter/);
      assert.ok(d.relatedInformation?.some((r) => base(r.location.uri) === other), `${name} links to ${other}`);
      const related = d.relatedInformation!.find((r) => base(r.location.uri) === other)!;
      assert.match(await textAt(related.location), /Facebook|Twitter/);
    }
  });

  it('lists the entities of an article as document symbols', async () => {
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider',
      article(BLOG),
    );
    const names = (list: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] =>
      list.flatMap((s) => [s.name, ...('children' in s ? names(s.children) : [])]);
    assert.ok(names(symbols).includes('Mohammed Alloush'), names(symbols).join(', '));
  });

  it('finds entities across the workspace as workspace symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Alloush');
    const alloush = symbols.find((s) => s.name === 'Mohammed Alloush');
    assert.ok(alloush, symbols.map((s) => s.name).join(', '));
    assert.ok(ARTICLES.includes(base(alloush.location.uri)));
  });

  it('colours entity mentions with semantic tokens', async () => {
    const uri = article(BLOG);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
    const doc = await vscode.workspace.openTextDocument(uri);
    const decoded: { text: string; type: string }[] = [];
    for (let i = 0, line = 0, char = 0; i < tokens.data.length; i += 5) {
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      line += tokens.data[i];
      const start = new vscode.Position(line, char);
      decoded.push({ text: doc.getText(new vscode.Range(start, start.translate(0, tokens.data[i + 2]))), type: legend.tokenTypes[tokens.data[i + 3]] });
    }
    assert.ok(decoded.some((t) => t.text === 'Mohammed Alloush' || t.text === 'Alloush'), JSON.stringify(decoded.slice(0, 10)));
    assert.ok(decoded.every((t) => t.type), 'every token type is in the legend');
  });

  it('shows code lenses with titles', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', article(BLOG), 100);
    assert.ok(lenses.length > 0, 'some code lenses');
    for (const lens of lenses) assert.ok(lens.command?.title, 'a resolved title');
    // Running a lens's command (what a click does) works with the arguments as they come.
    const lens = lenses.find((l) => /Also quoted in/.test(l.command!.title))!;
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
  });

  it('quick fixes on a name correct exactly what they say, and the hover shows it at once', async () => {
    const RAQQA = 'raqqa-offensive-geneva-deadlock.txt';
    const titles = async (pos: vscode.Position) =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article(RAQQA), new vscode.Range(pos, pos))).filter((a) => a.edit || a.command);
    const pos = await at(RAQQA, 'Popov told');
    const hoverOf = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article(RAQQA), pos));
    const actions = await titles(pos);
    const split = actions.find((a) => /^Split this “Popov” off Veniamin Popov/.test(a.title));
    assert.ok(split?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.title.startsWith('Never treat “Popov”')));
    assert.ok(actions.some((a) => /^Change the type of Veniamin Popov/.test(a.title) && a.command?.command === 'byline.changeType'));
    // Plausible targets only: nobody else in the samples is a Popov.
    assert.ok(!actions.some((a) => /in this article is (?!not)/.test(a.title)), actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(split.edit!));
    await eventually('the split in the hover', async () => /^\*\*Popov\*\*/.test(await hoverOf()));
    // The other "Popov" of the article stays with him.
    const other = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article(RAQQA), await at(RAQQA, 'Veniamin Popov')));
    assert.match(other, /Veniamin Popov/);
    const back = (await titles(pos)).find((a) => a.title === 'Link this “Popov” back to Veniamin Popov');
    assert.ok(back?.edit, 'the split mention is offered the link back');
    assert.ok(await vscode.workspace.applyEdit(back.edit!));
    await eventually('the link back in the hover', async () => /Veniamin Popov/.test(await hoverOf()));
    await vscode.commands.executeCommand('workbench.action.files.revert', article('byline.yaml'));
  });

  it('exports the analysis as the CLI JSON', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `byline-export-${process.pid}.json`));
    await vscode.commands.executeCommand('byline.export', target);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.deepEqual(json.articles.map((a: { path: string }) => path.basename(a.path)).sort(), ARTICLES);
    assert.ok(json.entities.some((e: { name: string }) => e.name === 'Mohammed Alloush'));
    assert.ok(json.contradictions.length >= 1);
  });

  it('renaming an entity is an edit of byline.yaml, not of the articles', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      article(BLOG),
      await at(BLOG, 'Alloush, who had been'),
      'Mohammed Alloush (HNC)',
    );
    assert.deepEqual(edit.entries().map(([u]) => base(u)), ['byline.yaml']);
  });

  it('code actions on the contradiction open the other article beside, and acknowledge it in byline.yaml', async () => {
    const uri = article(BLOG);
    const diagnostic = await eventually('the contradiction', async () => contradictionIn(BLOG));
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
    );
    const command = (a: vscode.CodeAction | vscode.Command) =>
      typeof a.command === 'string' ? (a as vscode.Command) : (a as vscode.CodeAction).command;

    const beside = actions.map(command).find((c) => c?.command === 'byline.openBeside');
    assert.ok(beside, `an action opens the other article: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand(beside.command, ...(beside.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(base(editor.document.uri), NEWS);
    assert.equal(editor.viewColumn, vscode.ViewColumn.Two);
    assert.match(editor.document.getText(editor.selection), /Twitter/);

    // "Acknowledge": the user checked the disagreement; byline.yaml records it and the warning goes.
    const config = article('byline.yaml');
    const ack = actions.find(
      (a): a is vscode.CodeAction => 'edit' in a && !!a.edit?.entries().some(([u]) => base(u) === 'byline.yaml'),
    );
    assert.ok(ack, `an action edits byline.yaml: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(ack.edit!));
    const yaml = parse((await vscode.workspace.openTextDocument(config)).getText());
    assert.equal(yaml.acknowledged?.length, 1, 'one acknowledged disagreement');
    assert.equal(typeof yaml.acknowledged[0].key, 'string');
    for (const name of [BLOG, NEWS]) await eventually(`the warning on ${name} to go`, async () => !contradictionIn(name));
  });

  it('restarts the server when it dies', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server with Linux ps
    // The client forks the server from the extension host, which runs this suite.
    const serverPid = () =>
      execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.includes('dist/server.js'))
        .map((l) => Number(l.trim().split(/\s+/)[0]))[0];
    const before = serverPid();
    assert.ok(before, 'the server runs as a child of the extension host');
    process.kill(before, 'SIGKILL');
    await eventually('a new server that answers', async () => {
      const now = serverPid();
      if (!now || now === before) return false;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article(BLOG), await at(BLOG, 'Alloush'));
      return hoverText(hovers).includes('Mohammed Alloush');
    });
  });
});
