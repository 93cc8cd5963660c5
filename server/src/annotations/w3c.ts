// W3C Web Annotation export and import (https://www.w3.org/TR/annotation-model/).
//
// Export: one AnnotationCollection with its annotations embedded in a first page: the user's
// annotations at their current places, then Byline's own analysis (entity mentions, quotes and
// contradictions) as annotations with a `generator`, so that tools can tell them apart.
// Import: a single annotation, a JSON array of them, an AnnotationPage, or an AnnotationCollection
// with its pages embedded (`first`, then each page's `next`). Byline's own generated annotations
// are skipped: they are recomputed from the text.

import { describe } from '../core/anchor';
import { ANNO_CONTEXT, validate, type AnnotationDoc } from './model';
import { current, type FolderData } from './placed';

export const GENERATOR = { id: 'https://byline.invalid/', type: 'Software', name: 'Byline' };
const TYPE_NAMES: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Group', other: 'Other' };

export function exportW3c(data: FolderData): Record<string, unknown> {
  const items: unknown[] = data.annotations.map((p) => current(p, data.texts));
  const target = (path: string, start: number, end: number) => {
    const a = describe(data.texts.get(path) ?? '', start, end);
    return {
      source: path,
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    };
  };
  const generated = (id: string, motivation: string, body: unknown[], t: unknown) => ({ '@context': ANNO_CONTEXT, id: `urn:byline:${id}`, type: 'Annotation', motivation, generator: GENERATOR, body, target: t });
  for (const a of data.analysis.articles) {
    for (const e of a.entities)
      items.push(
        generated(`entity:${a.path}:${e.start}-${e.end}`, 'identifying', [{ type: 'TextualBody', value: TYPE_NAMES[e.type] ?? e.type, purpose: 'classifying' }, ...(e.entity ? [{ type: 'TextualBody', value: nameOf(data, e.entity), purpose: 'identifying' }] : [])], target(a.path, e.start, e.end)),
      );
    for (const q of a.quotes) {
      const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : null;
      const said = [who ? `Said by ${who}` : 'Unattributed', q.cue && `(${q.cue})`, q.channel && `on ${q.channel}`, q.day && `on ${q.day}`].filter(Boolean).join(' ');
      items.push(generated(`quote:${a.path}:${q.start}-${q.end}`, 'describing', [{ type: 'TextualBody', value: 'Quote', purpose: 'classifying' }, { type: 'TextualBody', value: said, purpose: 'describing' }], target(a.path, q.start, q.end)));
    }
  }
  for (const c of data.analysis.contradictions)
    items.push(
      generated(
        `contradiction:${c.sides.map((s) => `${s.path}:${s.start}-${s.end}`).join('|')}`,
        'questioning',
        [{ type: 'TextualBody', value: c.code, purpose: 'classifying' }, { type: 'TextualBody', value: c.message, purpose: 'commenting' }],
        c.sides.map((s) => target(s.path, s.start, s.end)),
      ),
    );
  return {
    '@context': ANNO_CONTEXT,
    id: 'urn:byline:export',
    type: 'AnnotationCollection',
    label: 'Byline annotations',
    total: items.length,
    first: { id: 'urn:byline:export:page-1', type: 'AnnotationPage', startIndex: 0, items },
  };
}

function nameOf(data: FolderData, id: string): string {
  return data.analysis.entities.find((e) => e.id === id)?.name ?? id;
}

export interface W3cImport {
  annotations: AnnotationDoc[];
  /** One line per item not imported, saying why. */
  skipped: string[];
  /** Byline's own analysis, not imported (it is recomputed). */
  generated: number;
}

/** The annotations in a parsed W3C JSON document; throws with a clear message when it is none of the accepted shapes. */
export function importW3c(json: unknown): W3cImport {
  const out: W3cImport = { annotations: [], skipped: [], generated: 0 };
  const take = (x: unknown, where: string) => {
    const why = validate(x);
    if (why) return void out.skipped.push(`${where}: not a W3C annotation (${why})`);
    const doc = x as AnnotationDoc;
    if (isByline(doc.generator)) out.generated++;
    else out.annotations.push(doc);
  };
  const page = (p: unknown, where: string, seen: Set<unknown>): void => {
    if (!isObj(p)) throw new Error(`${where}: an AnnotationPage must be embedded as an object (pages given only by IRI are not fetched)`);
    if (seen.has(p)) return;
    seen.add(p);
    if (!Array.isArray(p.items)) throw new Error(`${where}: an AnnotationPage must have items`);
    p.items.forEach((x, i) => take(x, `${where} item ${i + 1}`));
    if (p.next !== undefined) page(p.next, `${where} → next`, seen);
  };
  if (Array.isArray(json)) json.forEach((x, i) => take(x, `item ${i + 1}`));
  else if (isObj(json) && types(json).includes('AnnotationCollection')) {
    if (json.first !== undefined) page(json.first, 'first page', new Set());
  } else if (isObj(json) && types(json).includes('AnnotationPage')) page(json, 'page', new Set());
  else if (isObj(json) && types(json).includes('Annotation')) take(json, 'the annotation');
  else throw new Error('expected a W3C annotation, a JSON array of them, an AnnotationPage or an AnnotationCollection');
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const types = (x: Obj): unknown[] => (Array.isArray(x.type) ? x.type : [x.type]);
const isByline = (g: unknown): boolean => isObj(g) && g.id === GENERATOR.id;
