// The annotations of one workspace folder: its annotation file as last read, the annotations
// placed on the articles' current text, and the edits that add, change and remove them. No
// protocol and no IO: the server and the CLI read the file and apply the edits.

import { describe, place, type Placement, type TextAnchor } from '../core/anchor';
import type { Workspace } from '../index/workspace';
import { change, create, describeArticle, rateOutlet, reanchor, RELIABILITY, type AnnotationDoc, type Change, type Meta, type MetadataField } from './model';
import { placeAll, type Placed } from './placed';
import { addEdit, deleteEdits, mergeEdit, parse, replaceEdits, STORE_FILE, type Edit, type Store } from './store';

/** Larger annotation files are not read (a 10 MB file is read in about a second; see store.test). */
export const MAX_STORE_BYTES = 64 << 20;

export type Action = 'edit' | 'reply' | 'resolve' | 'reopen' | 'delete' | 'reattach';

export type EditResult = { edits: Edit[]; id: string; create: boolean } | { error: string };

export class AnnotationFolder {
  readonly storeUri: string;
  /** The file's text; null when there is none (or it could not be read: see `problem`). */
  text: string | null = null;
  /** Why the file could not be read; Byline then never writes to it. */
  problem: string | null = null;
  store: Store = parse('');
  private cache: { version: number; text: string | null; placed: Placed[] } | null = null;

  constructor(readonly folderUri: string) {
    this.storeUri = `${folderUri.replace(/\/$/, '')}/${STORE_FILE}`;
  }

  load(text: string | null, problem: string | null = null): void {
    this.text = text;
    this.problem = problem;
    this.store = parse(text ?? '');
    this.cache = null;
    this.placements.clear();
  }

  /** The article's path relative to the folder, or null when it is not in this folder. */
  relative(uri: string): string | null {
    const base = `${this.folderUri.replace(/\/$/, '')}/`;
    return uri.startsWith(base) ? decodeURIComponent(uri.slice(base.length)) : null;
  }

  /** An article's URI as the index spells it (editors encode URIs differently), else encoded here. */
  uriOf(rel: string): string {
    return this.uris.get(rel) ?? `${this.folderUri.replace(/\/$/, '')}/${rel.split('/').map(encodeURIComponent).join('/')}`;
  }
  private uris = new Map<string, string>();

  /** Every annotation placed on the current text of the index's articles. */
  placed(ws: Workspace): Placed[] {
    if (this.cache && this.cache.version === ws.version && this.cache.text === this.text) return this.cache.placed;
    const texts = new Map<string, string>();
    for (const uri of ws.uris()) {
      const rel = this.relative(uri);
      if (rel === null) continue;
      texts.set(rel, ws.get(uri)!.text);
      this.uris.set(rel, uri);
    }
    const placed = placeAll([...this.store.entries.values()].map((e) => e.doc), texts, this.folderUri, (text, anchor) => this.placeOnce(text, anchor));
    this.cache = { version: ws.version, text: this.text, placed };
    return placed;
  }

  /**
   * Placements by anchor, valid while the article's text is the same string: an edit re-places
   * only the annotations of the edited article, and an orphan's approximate search (tens of
   * milliseconds on a long article) is not repeated on every keystroke elsewhere.
   */
  private placements = new Map<string, { text: string; at: Placement | null }>();
  private placeOnce(text: string, anchor: TextAnchor): Placement | null {
    const key = `${anchor.start}:${anchor.end}:${anchor.prefix}\u0000${anchor.exact}\u0000${anchor.suffix}`;
    const known = this.placements.get(key);
    if (known && known.text === text) return known.at;
    const at = place(text, anchor);
    this.placements.set(key, { text, at });
    return at;
  }

  private writable(): string | null {
    return this.problem ? `Byline does not write to ${STORE_FILE} while it cannot read it (${this.problem}), so that nothing in it is lost.` : null;
  }

  /** A new annotation on [start, end) of an article. */
  annotate(ws: Workspace, uri: string, start: number, end: number, fields: Change, meta: Meta): EditResult {
    const blocked = this.writable();
    if (blocked) return { error: blocked };
    const text = ws.get(uri)?.text;
    const rel = this.relative(uri);
    if (text === undefined || rel === null) return { error: 'Annotations are made on articles of the folder.' };
    if (!(start >= 0 && end <= text.length && start < end)) return { error: 'Select the passage to annotate first.' };
    const doc = create({ ...meta, source: rel, anchor: describe(text, start, end), ...fields });
    return { edits: [addEdit(this.text ?? '', doc)], id: meta.id, create: this.text === null };
  }

  /** Changes an annotation: edit its fields, reply, resolve or reopen, delete (with its replies), re-attach to a passage. */
  modify(ws: Workspace, id: string, action: Action, fields: Change, meta: Meta, target?: { uri: string; start: number; end: number }): EditResult {
    const blocked = this.writable();
    if (blocked) return { error: blocked };
    const entry = this.store.entries.get(id);
    if (!entry) return { error: `There is no annotation ${id} in ${STORE_FILE}.` };
    const text = this.text ?? '';
    const replace = (doc: AnnotationDoc): EditResult => ({ edits: replaceEdits(text, this.store, doc), id, create: false });
    switch (action) {
      case 'edit':
        return replace(change(entry.doc, fields, meta.now));
      case 'resolve':
      case 'reopen':
        return replace(change(entry.doc, { resolved: action === 'resolve' }, meta.now));
      case 'reply':
        return { edits: [addEdit(text, create({ ...meta, replyTo: id, note: fields.note ?? '' }))], id: meta.id, create: false };
      case 'delete':
        return { edits: deleteEdits(text, this.store, id), id, create: false };
      case 'reattach': {
        const article = target && ws.get(target.uri)?.text;
        const rel = target && this.relative(target.uri);
        if (!target || article === undefined || !rel || !(target.start < target.end)) return { error: 'Select the passage in an article of the folder to re-attach the annotation to.' };
        return replace(reanchor(entry.doc, rel, describe(article, target.start, target.end), meta.now));
      }
    }
  }

  /** The metadata that annotations set on an article (by its path), the later annotation winning per field. */
  metadata(ws: Workspace, rel: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.placed(ws)) if (p.article === rel && p.view.metadata) Object.assign(out, p.view.metadata);
    return out;
  }

  /** Sets (or, with an empty value, clears) one metadata field of an article, in its metadata annotation. */
  setMetadata(ws: Workspace, uri: string, field: MetadataField, value: string, meta: Meta): EditResult {
    const blocked = this.writable();
    if (blocked) return { error: blocked };
    const rel = this.relative(uri);
    if (rel === null || !ws.has(uri)) return { error: 'Metadata is set on articles of the folder.' };
    const base = this.placed(ws).find((p) => p.article === rel && p.view.metadata)?.doc;
    const doc = describeArticle({ ...meta, source: rel, metadata: { [field]: value.trim() } }, base);
    const text = this.text ?? '';
    return base ? { edits: replaceEdits(text, this.store, doc), id: doc.id, create: false } : { edits: [addEdit(text, doc)], id: doc.id, create: this.text === null };
  }

  /** The user's ratings of outlets, by the outlet's name in lower case. */
  ratings(ws: Workspace): Map<string, { outlet: string; reliability: string | null; note: string }> {
    const out = new Map<string, { outlet: string; reliability: string | null; note: string }>();
    for (const p of this.placed(ws))
      if (p.view.outlet !== null) out.set(p.view.outlet.toLowerCase(), { outlet: p.view.outlet, reliability: p.view.tags.find((t) => (RELIABILITY as readonly string[]).includes(t)) ?? null, note: p.view.note });
    return out;
  }

  /** Rates an outlet (its rating annotation is edited in place when there is one). */
  rate(ws: Workspace, outlet: string, reliability: string, note: string, meta: Meta): EditResult {
    const blocked = this.writable();
    if (blocked) return { error: blocked };
    if (!outlet.trim()) return { error: 'Name the outlet to rate.' };
    if (!(RELIABILITY as readonly string[]).includes(reliability)) return { error: `reliability must be one of ${RELIABILITY.join(', ')}.` };
    const base = this.placed(ws).find((p) => p.view.outlet?.toLowerCase() === outlet.trim().toLowerCase())?.doc;
    const doc = rateOutlet({ ...meta, outlet: outlet.trim(), reliability, note }, base);
    const text = this.text ?? '';
    return base ? { edits: replaceEdits(text, this.store, doc), id: doc.id, create: false } : { edits: [addEdit(text, doc)], id: doc.id, create: this.text === null };
  }

  /** The rewrite of a conflicted or duplicated file as one line per annotation. */
  merge(): EditResult {
    const blocked = this.writable();
    if (blocked) return { error: blocked };
    return { edits: [mergeEdit(this.text ?? '', this.store)], id: '', create: false };
  }
}
