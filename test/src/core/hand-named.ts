// Articles whose names are given by hand, so that engine tests check the engine alone, whatever
// the recogniser finds.
import { structure } from '../../../server/out/core/analyze';
import { linkInArticle } from '../../../server/out/core/entities';
import type { EntityType, NamedSpan } from '../../../server/out/core/types';

/** Structure and entity layer of `raw`, with every whole-word occurrence of each name, longest first. */
export function handNamed(raw: string, names: [string, EntityType][] = []) {
  const doc = structure(raw);
  const spans: NamedSpan[] = [];
  for (const [name, type] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\w/.test(doc.text[at - 1] ?? '') || /\w/.test(doc.text[end] ?? '') || spans.some((s) => s.start < end && at < s.end)) continue;
      spans.push({ start: at, end, type });
    }
  }
  return { doc, layer: linkInArticle(doc.text, spans.sort((a, b) => a.start - b.start), doc.boilerplate) };
}

/** Spans of `names` taken in order, each at its first occurrence after the previous one. */
export function spansInOrder(text: string, names: [string, EntityType][]): NamedSpan[] {
  const spans: NamedSpan[] = [];
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} is not in the text`);
    spans.push({ start, end: start + name.length, type });
    from = start + name.length;
  }
  return spans;
}
