// The annotations of a folder placed on the articles' current text: what the editor features,
// the exports and `byline check` read. Replies are placed with the annotation they answer.

import { describe, place, type Placement } from '../core/anchor';
import type { Export } from '../index/export';
import { reanchor, view, type AnnotationDoc, type AnnotationView } from './model';

export interface Placed {
  doc: AnnotationDoc;
  view: AnnotationView;
  /** The article's path relative to the folder (for a reply, its thread's). */
  article: string | null;
  /** Where the passage is now; null for an orphan (or a reply). */
  at: Placement | null;
  /** Why it is an orphan, when it is one. */
  orphan: string | null;
}

/** Everything an export or a check reads: the analysis, the article texts by path, the annotations. */
export interface FolderData {
  analysis: Export;
  texts: Map<string, string>;
  annotations: Placed[];
}

/** A target's source as a path relative to the folder: a relative path as it is, a file: URI below the folder. */
export function articlePath(source: string, folderUri: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(source)) return source.replace(/\\/g, '/').replace(/^\.\//, '');
  const base = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  return source.startsWith(base) ? decodeURIComponent(source.slice(base.length)) : null;
}

export function placeAll(docs: Iterable<AnnotationDoc>, texts: Map<string, string>, folderUri: string, placer: typeof place = place): Placed[] {
  const out: Placed[] = [];
  const byId = new Map<string, Placed>();
  for (const doc of docs) {
    const v = view(doc);
    let p: Placed;
    // A reply is placed with its thread (below); an outlet's rating is on no article.
    if (v.replyTo || v.outlet !== null) p = { doc, view: v, article: null, at: null, orphan: null };
    else {
      const article = v.source ? articlePath(v.source, folderUri) : null;
      const text = article !== null ? texts.get(article) : undefined;
      const at = text !== undefined && v.anchor ? placer(text, v.anchor) : null;
      // Metadata set on a whole article needs no passage: it is placed as long as the article is there.
      const orphan =
        text === undefined ? `its article ${v.source ?? '(none given)'} is not in the folder` : v.metadata ? null : !v.anchor ? 'it names no passage (no TextQuoteSelector)' : at ? null : `“${short(v.anchor.exact)}” is no longer in ${article}`;
      p = { doc, view: v, article, at, orphan };
    }
    out.push(p);
    byId.set(v.id, p);
  }
  for (const p of out) {
    // A reply's thread: follow replyTo up to the annotation on the passage.
    let root: Placed | undefined = p;
    for (let hops = 0; root?.view.replyTo && hops < 100; hops++) root = byId.get(root.view.replyTo);
    if (p.view.replyTo) {
      p.article = root?.article ?? null;
      if (!root) p.orphan = `it answers ${p.view.replyTo}, which is not in the file`;
    }
  }
  return out;
}

/** The annotation with its selectors at its current place (for exports: positions as they are now). */
export function current(p: Placed, texts: Map<string, string>): AnnotationDoc {
  if (!p.at || p.at.how === 'position' || p.article === null) return p.doc;
  const text = texts.get(p.article)!;
  const moved = reanchor(p.doc, p.view.source!, describe(text, p.at.start, p.at.end), String(p.doc.modified ?? ''));
  // Moving the anchor is not an edit of the annotation: its times stay.
  return { ...moved, modified: p.doc.modified } as AnnotationDoc;
}

const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
