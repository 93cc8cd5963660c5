// Corrections of a whole entity, from the Entities view's context menu or a quick fix: change its
// type, merge it with another entity, rename it, never treat it as an entity. The server builds
// each as an edit of byline.yaml (`byline/correct`); applied here, it can be undone like any edit.
import * as vscode from 'vscode';
import type { LanguageClient, WorkspaceEdit } from 'vscode-languageclient/node';
import type { EntityItem } from '../../server/src/lsp/features';

/** What a correction needs of an entity: an Entities view row, or a quick fix's argument. */
export type EntityRef = Pick<EntityItem, 'id' | 'name' | 'type'>;

const TYPES = [
  { label: 'person', description: 'a person' },
  { label: 'organization', description: 'a party, company, agency, group of people acting as one' },
  { label: 'place', description: 'a country, city, region, building' },
  { label: 'group', description: 'a nationality, religion or other group of people' },
  { label: 'other', description: 'anything else with a name' },
];

async function apply(client: LanguageClient, action: string, e: EntityRef, value?: string): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Byline does not change byline.yaml in Restricted Mode: trust this folder to correct the analysis.');
    return false;
  }
  const edit = await client.sendRequest<WorkspaceEdit | null>('byline/correct', { action, id: e.id, value });
  if (!edit) {
    void vscode.window.showWarningMessage(`Byline could not write this correction of ${e.name} to byline.yaml (is it valid YAML?).`);
    return false;
  }
  const ok = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  if (!ok) void vscode.window.showWarningMessage('Byline could not edit byline.yaml.');
  return ok;
}

export async function changeType(client: LanguageClient, e: EntityRef): Promise<boolean> {
  const picked = await vscode.window.showQuickPick(
    TYPES.filter((t) => t.label !== e.type),
    { title: `Change the type of ${e.name} (now ${e.type})`, placeHolder: `${e.name} is…` },
  );
  return !!picked && apply(client, 'type', e, picked.label);
}

export async function merge(client: LanguageClient, e: EntityRef): Promise<boolean> {
  const candidates = await client.sendRequest<{ id: string; name: string; type: string; mentions: number; plausible: boolean }[]>('byline/similar', { id: e.id });
  const items = candidates.map((c) => ({
    label: c.name,
    description: `${c.type} · ${c.mentions} mention${c.mentions === 1 ? '' : 's'}${c.plausible ? ' · similar name' : ''}`,
    id: c.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `Merge ${e.name} with…`, placeHolder: `the entity that ${e.name} is`, matchOnDescription: true });
  return !!picked && apply(client, 'merge', e, picked.id);
}

export async function renameEntity(client: LanguageClient, e: EntityRef): Promise<boolean> {
  const name = await vscode.window.showInputBox({ title: `Rename ${e.name}`, value: e.name, prompt: 'The canonical name shown in hovers and lists; the old one stays an alias.' });
  return !!name?.trim() && name.trim() !== e.name && apply(client, 'rename', e, name.trim());
}

export async function neverEntity(client: LanguageClient, e: EntityRef): Promise<boolean> {
  return apply(client, 'never', e);
}
