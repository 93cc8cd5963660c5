// Contradictions of one kind among articles written for a test, from every article's side.
import { analyze } from '../../../server/out/core/analyze';
import type { Contradiction, ContradictionKind } from '../../../server/out/index/contradictions';
import { loadNerData } from '../../../server/out/index/ner-data';
import { Workspace } from '../../../server/out/index/workspace';

loadNerData();

/** The contradictions of `kind` each article (named file:///ws/<name>) has with the others. */
export function contradictionsOf(kind: ContradictionKind, articles: Record<string, string>): Contradiction[] {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(articles)) ws.set(`file:///ws/${name}`, text, analyze(text));
  return Object.keys(articles).flatMap((name) => ws.contradictions(`file:///ws/${name}`)).filter((c) => c.kind === kind);
}

/** An article about a ferry crews' strike, for tests of the dispute's talks (their day, their place). */
export const DISPUTE = (date: string, body: string): string =>
  `Ferry crews walk out at Harlsund\n\n${date}\n\nCrews of the Harlsund Ferry Company stopped work on Monday in a dispute over rotas, the Harlsund Seafarers' Union said. ${body}\n`;
