// `byline check`: contradictions that nobody has dealt with. One is dealt with when it is
// acknowledged in byline.yaml (the analysis then does not report it) or when a passage on either of
// its sides carries an annotation with a verdict. The rest are printed like a compiler's warnings.

import type { Export } from '../index/export';
import type { FolderData } from './placed';

type Contradiction = Export['contradictions'][number];

/** The verdicts of annotations overlapping either side of a contradiction. */
export function judged(data: FolderData, c: Contradiction): string[] {
  const out: string[] = [];
  for (const p of data.annotations)
    if (p.at && p.view.verdict && !p.view.replyTo && c.sides.some((s) => s.path === p.article && p.at!.start < s.end && s.start < p.at!.end)) out.push(p.view.verdict);
  return out;
}

export interface CheckResult {
  open: Contradiction[];
  judged: number;
  /** Compiler-style lines: path:line:column: warning code: message, then the other side as a note. */
  report: string;
}

export function check(data: FolderData): CheckResult {
  const open = data.analysis.contradictions.filter((c) => !judged(data, c).length);
  const column = (s: Contradiction['sides'][number]) => {
    const text = data.texts.get(s.path) ?? '';
    const before = text.slice(0, s.start);
    return s.start - (Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1) + 1;
  };
  const lines: string[] = [];
  for (const c of open) {
    const [a, ...rest] = c.sides;
    lines.push(`${a.path}:${a.line}:${column(a)}: warning ${c.code}: ${c.message}`);
    for (const b of rest) lines.push(`${b.path}:${b.line}:${column(b)}: note: the other side: “${b.text}”`);
  }
  const judgedCount = data.analysis.contradictions.length - open.length;
  lines.push(`${open.length} open contradiction${open.length === 1 ? '' : 's'}${judgedCount ? `, ${judgedCount} answered by a verdict` : ''}.`);
  return { open, judged: judgedCount, report: `${lines.join('\n')}\n` };
}
