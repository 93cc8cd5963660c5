// What the recogniser finds in a text, as [name, type] pairs, for the recognition tests.
import assert from 'node:assert/strict';
import { recognize } from '../../../server/out/core/ner/index';
import type { NamedSpan } from '../../../server/out/core/types';

export function names(text: string): [string, NamedSpan['type']][] {
  return recognize(text).map((s) => [text.slice(s.start, s.end), s.type]);
}

/** `name` is found in `text` as a whole name of `type`. */
export const has = (text: string, name: string, type: NamedSpan['type']): void =>
  assert.ok(
    names(text).some(([s, t]) => s === name && t === type),
    `${name} as ${type} in ${JSON.stringify(text)}: ${JSON.stringify(names(text))}`,
  );
