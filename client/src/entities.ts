// The "Entities" view: everyone and everything the server found, grouped by type, with counts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EntityItem } from '../../server/src/lsp/features';

type Node = { type: string; entities: EntityItem[] } | EntityItem;

const TYPE_ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location' };
/** People, organisations and places first (expanded); any other type after them, collapsed. */
const MAIN_TYPES = ['person', 'organization', 'place'];
const rank = (type: string) => (MAIN_TYPES.includes(type) ? MAIN_TYPES.indexOf(type) : MAIN_TYPES.length);

export class EntitiesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'entities' in node ? node.entities : [];
    const lc = this.client();
    if (!lc?.isRunning()) return [];
    const { entities } = await lc.sendRequest<{ entities: EntityItem[] }>('byline/entities', {});
    const groups = new Map<string, EntityItem[]>();
    for (const e of entities) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
    return [...groups]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([type, list]) => ({ type, entities: list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('entities' in node) {
      const state = MAIN_TYPES.includes(node.type) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(plural(node.type), state);
      item.description = String(node.entities.length);
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type] ?? 'symbol-misc');
      return item;
    }
    const item = new vscode.TreeItem(node.name);
    item.id = node.id;
    // The context menu's corrections (package.json, view/item/context).
    item.contextValue = 'entity';
    item.description = `${count(node.mentions, 'mention')} · ${count(node.articles, 'article')}`;
    item.tooltip = `${node.name} (${node.type}): ${item.description}`;
    item.command = { command: 'byline.showEntity', title: 'Show entity across articles', arguments: [node] };
    return item;
  }
}

/** Shows every mention of an entity, across articles, in the references peek. */
export async function showEntity(client: LanguageClient, entity?: EntityItem): Promise<void> {
  // From the palette with the cursor on a name: that entity, without asking.
  const editor = vscode.window.activeTextEditor;
  if (!entity && editor?.document.languageId === 'article') {
    const at = editor.selection.active;
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    if (refs?.length) {
      await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, at, refs);
      return;
    }
  }
  if (!entity) {
    const { entities } = await client.sendRequest<{ entities: EntityItem[] }>('byline/entities', {});
    const picked = await vscode.window.showQuickPick(
      entities.map((e) => ({ label: e.name, description: `${e.type} · ${count(e.articles, 'article')}`, entity: e })),
      { placeHolder: 'Show which entity across articles?', matchOnDescription: true },
    );
    if (!picked) return;
    entity = picked.entity;
  }
  // Its canonical place and all its mentions, by id: a name set in byline.yaml is no spelling in the articles.
  type Loc = { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  const found = await client.sendRequest<{ definition: Loc | null; references: Loc[] } | null>('byline/locations', { id: entity.id });
  const at = found?.definition ?? found?.references[0];
  if (!found || !at) {
    void vscode.window.showInformationMessage(`Byline has no location for ${entity.name}.`);
    return;
  }
  const toLocation = (l: Loc) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character));
  const { uri, range } = toLocation(at);
  await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
  await vscode.commands.executeCommand('editor.action.showReferences', uri, range.start, found.references.map(toLocation));
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function plural(type: string): string {
  const names: Record<string, string> = { person: 'People', organization: 'Organisations', place: 'Places', group: 'Groups', other: 'Other' };
  return names[type] ?? type.charAt(0).toUpperCase() + type.slice(1);
}
