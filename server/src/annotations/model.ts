// The user's annotations as W3C Web Annotation documents (https://www.w3.org/TR/annotation-model/),
// the form they are stored and exported in, and the plain view the editor features read.
//
// An annotation on a passage targets the article (its path relative to the workspace folder) with a
// TextQuoteSelector and a TextPositionSelector; a reply targets the annotation it answers (motivation
// `replying`). The note is a Markdown TextualBody, each tag a `tagging` body, the verdict an
// `assessing` body and its source a `linking` SpecificResource. Properties Byline does not know are
// kept as they are when an annotation is edited, so that other tools' data survives.

import type { TextAnchor } from '../core/anchor';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Byline's own terms (only `resolved`), in a second context so that the document stays valid JSON-LD. */
export const BYLINE_NS = 'https://byline.invalid/ns#';

export const VERDICTS = ['verified', 'false', 'misleading', 'unverified', 'needs-source'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const isVerdict = (v: unknown): v is Verdict => typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);

/** A stored annotation: a JSON object in the W3C model (checked by `validate`). */
export type AnnotationDoc = Record<string, unknown> & { id: string; type: 'Annotation' };

/** What the editor shows of one annotation. */
export interface AnnotationView {
  id: string;
  /** The article's path relative to the folder, for an annotation on a passage. */
  source: string | null;
  anchor: TextAnchor | null;
  /** The annotation answered, for a reply. */
  replyTo: string | null;
  note: string;
  tags: string[];
  verdict: Verdict | null;
  link: string | null;
  creator: string | null;
  created: string | null;
  modified: string | null;
  resolved: boolean;
  /** Article metadata set by this annotation (an annotation on the whole article, motivation `describing`). */
  metadata: Record<string, string> | null;
  /** The outlet this annotation rates (its target is OUTLET_PREFIX + the outlet's name). */
  outlet: string | null;
}

/** An outlet is not a document: a rating targets it by a URN of its name. */
export const OUTLET_PREFIX = 'urn:byline:outlet:';
export const RELIABILITY = ['reliable', 'mixed', 'unreliable'] as const;

/** Who makes an annotation, when, and its id (for a new one). */
export interface Meta {
  id: string;
  now: string;
  creator: string | null;
}

/** A new annotation, or `base` rewritten: its id, creator, creation time and other properties kept. */
function whole(init: Meta, base: AnnotationDoc | undefined, motivation: string, body: unknown[], target: unknown): AnnotationDoc {
  return {
    '@context': ANNO_CONTEXT,
    ...(base ?? {}),
    id: base?.id ?? init.id,
    type: 'Annotation',
    motivation,
    ...(base ? {} : init.creator ? { creator: { type: 'Person', name: init.creator } } : {}),
    created: base?.created ?? init.now,
    modified: init.now,
    body,
    target,
  } as AnnotationDoc;
}

/** A rating of an outlet: a note and a reliability tag, on the outlet's URN. */
export function rateOutlet(init: Meta & { outlet: string; reliability: string; note: string }, base?: AnnotationDoc): AnnotationDoc {
  const body = [...(init.note ? [{ type: 'TextualBody', value: init.note, format: 'text/markdown', purpose: 'commenting' }] : []), { type: 'TextualBody', value: init.reliability, purpose: 'tagging' }];
  return whole(init, base, 'assessing', body, { source: `${OUTLET_PREFIX}${encodeURIComponent(init.outlet)}` });
}

/** The article metadata an annotation can set, each a `describing` body "field: value". */
export const METADATA_FIELDS = ['outlet', 'author', 'date', 'place', 'url'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** An annotation on a whole article that sets its metadata: target {source}, one `describing` body per field. */
export function describeArticle(init: Meta & { source: string; metadata: Partial<Record<MetadataField, string>> }, base?: AnnotationDoc): AnnotationDoc {
  const fields = { ...(base ? (view(base).metadata ?? {}) : {}), ...init.metadata };
  const body = Object.entries(fields)
    .filter(([, v]) => v)
    .map(([k, v]) => ({ type: 'TextualBody', value: `${k}: ${v}`, purpose: 'describing' }));
  const others = base ? list(base.body).filter((b) => !(isObj(b) && b.purpose === 'describing')) : [];
  return whole(init, base, 'describing', [...others, ...body], { source: init.source });
}

export interface Change {
  note?: string;
  tags?: string[];
  verdict?: Verdict | null;
  link?: string | null;
  resolved?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const typeOf = (x: Obj): string[] => list(x.type).filter((t): t is string => typeof t === 'string');

/** A new annotation on text[anchor] of `source`, or a reply to `replyTo`. */
export function create(
  init: { id: string; now: string; creator: string | null; source?: string; anchor?: TextAnchor; replyTo?: string } & Change,
): AnnotationDoc {
  const target = init.replyTo
    ? init.replyTo
    : {
        source: init.source,
        selector: [
          { type: 'TextQuoteSelector', exact: init.anchor!.exact, prefix: init.anchor!.prefix, suffix: init.anchor!.suffix },
          { type: 'TextPositionSelector', start: init.anchor!.start, end: init.anchor!.end },
        ],
      };
  const doc: AnnotationDoc = {
    '@context': ANNO_CONTEXT,
    id: init.id,
    type: 'Annotation',
    motivation: 'commenting',
    ...(init.creator ? { creator: { type: 'Person', name: init.creator } } : {}),
    created: init.now,
    modified: init.now,
    body: [],
    target,
  };
  return change(doc, { note: '', tags: [], ...init }, init.now);
}

/** The annotation with `c` applied and `modified` set; other bodies and properties are kept. */
export function change(doc: AnnotationDoc, c: Change, now: string): AnnotationDoc {
  const v = view(doc);
  const note = c.note ?? v.note;
  const tags = c.tags ?? v.tags;
  const verdict = c.verdict !== undefined ? c.verdict : v.verdict;
  const link = c.link !== undefined ? c.link : v.link;
  const resolved = c.resolved ?? v.resolved;
  const ours = (b: unknown): boolean => isObj(b) && ['commenting', 'replying', 'tagging', 'assessing', 'linking'].includes(String(b.purpose ?? (typeOf(b).includes('TextualBody') ? 'commenting' : '')));
  const body: unknown[] = list(doc.body).filter((b) => !ours(b));
  const replying = typeof doc.target === 'string';
  if (note) body.push({ type: 'TextualBody', value: note, format: 'text/markdown', purpose: replying ? 'replying' : 'commenting' });
  for (const t of tags) body.push({ type: 'TextualBody', value: t, purpose: 'tagging' });
  if (verdict) body.push({ type: 'TextualBody', value: verdict, purpose: 'assessing' });
  if (link) body.push({ type: 'SpecificResource', source: link, purpose: 'linking' });
  const next: AnnotationDoc = { ...doc, motivation: replying ? 'replying' : verdict ? 'assessing' : note ? 'commenting' : tags.length ? 'tagging' : 'commenting', body, modified: now };
  if (resolved) {
    next['@context'] = [ANNO_CONTEXT, { byline: BYLINE_NS }];
    next['byline:resolved'] = true;
  } else {
    delete next['byline:resolved'];
    next['@context'] = ANNO_CONTEXT;
  }
  return next;
}

/** A target's article: its `source` (a relative path or a file: URI) as found in the document. */
function targetOf(doc: Obj): Obj | null {
  const t = list(doc.target).find((x) => isObj(x) && typeof x.source === 'string');
  return (t as Obj | undefined) ?? null;
}

/** The TextQuote and TextPosition selectors of a target, wherever they are (a list, or one). */
export function anchorOf(target: Obj): TextAnchor | null {
  let quote: Obj | null = null;
  let position: Obj | null = null;
  for (const s of list(target.selector)) {
    if (!isObj(s)) continue;
    if (typeOf(s).includes('TextQuoteSelector') && typeof s.exact === 'string') quote ??= s;
    if (typeOf(s).includes('TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end)) position ??= s;
  }
  if (!quote && !position) return null;
  return {
    exact: typeof quote?.exact === 'string' ? quote.exact : '',
    prefix: typeof quote?.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote?.suffix === 'string' ? quote.suffix : '',
    start: (position?.start as number | undefined) ?? -1,
    end: (position?.end as number | undefined) ?? -1,
  };
}

export function view(doc: AnnotationDoc): AnnotationView {
  const target = targetOf(doc);
  const bodies = list(doc.body).filter(isObj);
  const text = (purpose: string) => bodies.filter((b) => b.purpose === purpose && typeof b.value === 'string').map((b) => b.value as string);
  const notes = bodies.filter((b) => (b.purpose === 'commenting' || b.purpose === 'replying' || (b.purpose === undefined && typeOf(b).includes('TextualBody'))) && typeof b.value === 'string');
  const verdict = text('assessing').find(isVerdict) ?? null;
  const link = bodies.find((b) => b.purpose === 'linking' && (typeof b.source === 'string' || typeof b.id === 'string'));
  const creator = list(doc.creator)[0];
  return {
    id: doc.id,
    source: typeof target?.source === 'string' ? target.source : null,
    anchor: target ? anchorOf(target) : null,
    replyTo: typeof doc.target === 'string' ? doc.target : null,
    note: notes.map((b) => b.value as string).join('\n\n'),
    tags: text('tagging'),
    verdict,
    link: link ? String(link.source ?? link.id) : null,
    creator: typeof creator === 'string' ? creator : isObj(creator) && typeof creator.name === 'string' ? creator.name : null,
    created: typeof doc.created === 'string' ? doc.created : null,
    modified: typeof doc.modified === 'string' ? doc.modified : null,
    resolved: doc['byline:resolved'] === true,
    metadata: metadataOf(doc, bodies, target),
    outlet: typeof target?.source === 'string' && target.source.startsWith(OUTLET_PREFIX) ? decodeURIComponent(target.source.slice(OUTLET_PREFIX.length)) : null,
  };
}

/** The fields set by a `describing` annotation on a whole article (no selector), or null. */
function metadataOf(doc: Obj, bodies: Obj[], target: Obj | null): Record<string, string> | null {
  if (!list(doc.motivation).includes('describing') || !target || target.selector !== undefined) return null;
  const out: Record<string, string> = {};
  for (const b of bodies) {
    const m = b.purpose === 'describing' && typeof b.value === 'string' ? /^(\w+):\s*(.+)$/s.exec(b.value) : null;
    if (m && (METADATA_FIELDS as readonly string[]).includes(m[1])) out[m[1]] = m[2].trim();
  }
  return out;
}

/** The annotation's target re-anchored at `anchor` (re-attaching an orphan, or an import). */
export function reanchor(doc: AnnotationDoc, source: string, anchor: TextAnchor, now: string): AnnotationDoc {
  const target = targetOf(doc) ?? {};
  const others = list(target.selector).filter((s) => !(isObj(s) && (typeOf(s).includes('TextQuoteSelector') || typeOf(s).includes('TextPositionSelector'))));
  return {
    ...doc,
    modified: now,
    target: {
      ...target,
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
        { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
        ...others,
      ],
    },
  };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

/**
 * Why `x` is not an annotation in the W3C Web Annotation model (the MUSTs of its sections 3.1 to
 * 4.2.4 that Byline relies on), or null when it is one.
 */
export function validate(x: unknown): string | null {
  if (!isObj(x)) return 'not a JSON object';
  const ctx = list(x['@context']);
  if (!ctx.includes(ANNO_CONTEXT)) return `@context must be (or include) ${ANNO_CONTEXT}`;
  if (typeof x.id !== 'string' || !x.id) return 'id must be a non-empty IRI';
  if (!typeOf(x).includes('Annotation')) return 'type must be "Annotation"';
  if (x.target === undefined || (Array.isArray(x.target) && !x.target.length)) return 'an annotation must have a target';
  for (const m of list(x.motivation)) if (typeof m !== 'string' || (!MOTIVATIONS.has(m) && !m.includes(':'))) return `unknown motivation ${JSON.stringify(m)}`;
  for (const key of ['created', 'modified', 'generated'] as const)
    if (x[key] !== undefined && (typeof x[key] !== 'string' || !DATE_TIME.test(x[key] as string))) return `${key} must be an xsd:dateTime with a timezone`;
  for (const b of list(x.body)) {
    if (typeof b === 'string') continue;
    if (!isObj(b)) return 'a body must be an object or an IRI';
    if (typeOf(b).includes('TextualBody') && typeof b.value !== 'string') return 'a TextualBody must have a string value';
    if (b.purpose !== undefined && (typeof b.purpose !== 'string' || (!MOTIVATIONS.has(b.purpose) && !b.purpose.includes(':')))) return `unknown body purpose ${JSON.stringify(b.purpose)}`;
    if (typeOf(b).includes('SpecificResource') && typeof b.source !== 'string') return 'a SpecificResource must have a source';
  }
  for (const t of list(x.target)) {
    if (typeof t === 'string') continue;
    if (!isObj(t)) return 'a target must be an object or an IRI';
    if (typeof t.source !== 'string' && typeof t.id !== 'string') return 'a target must have a source or an id';
    for (const s of list(t.selector)) {
      if (!isObj(s)) return 'a selector must be an object';
      if (typeOf(s).includes('TextQuoteSelector') && typeof s.exact !== 'string') return 'a TextQuoteSelector must have exact';
      if (typeOf(s).includes('TextPositionSelector') && !(Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.end as number) >= (s.start as number)))
        return 'a TextPositionSelector must have integer start ≤ end, not negative';
    }
  }
  return null;
}
