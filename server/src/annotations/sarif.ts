// Contradictions as SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/), for
// code-scanning views and CI: one run of the tool "byline", a rule per contradiction kind, a
// result per contradiction located on its first side with the other side as a related location.
// Regions give 1-based lines and columns counted in UTF-16 code units (the run's columnKind) and
// the character offsets. A contradiction answered by a verdict annotation is reported with a
// suppression, so that viewers list it as dealt with (acknowledged ones are not reported at all).

import type { ExportSide } from '../index/export';
import type { FolderData } from './placed';
import { judged } from './check';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const RULES: Record<string, string> = {
  'contradiction/channel': 'Articles say the same statement came through different channels.',
  'contradiction/speaker': 'Articles attribute the same words to different people.',
  'contradiction/date': 'Articles date the same statement or event differently.',
  'contradiction/number': 'Articles give different figures for the same thing.',
  'contradiction/place': 'Articles put the same people or thing, taken or found, in different places.',
};

export function exportSarif(data: FolderData): Record<string, unknown> {
  const codes = [...new Set([...Object.keys(RULES), ...data.analysis.contradictions.map((c) => c.code)])];
  const region = (s: ExportSide) => {
    const text = data.texts.get(s.path) ?? '';
    const before = text.slice(0, s.start);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const inner = text.slice(s.start, s.end);
    const breaks = inner.split(/\r\n|\r|\n/);
    const endLine = s.line + breaks.length - 1;
    const endColumn = breaks.length > 1 ? breaks[breaks.length - 1].length + 1 : s.start - lineStart + inner.length + 1;
    return { startLine: s.line, startColumn: s.start - lineStart + 1, endLine, endColumn, charOffset: s.start, charLength: s.end - s.start, snippet: { text: inner } };
  };
  const location = (s: ExportSide, id?: number) => ({ ...(id !== undefined ? { id } : {}), physicalLocation: { artifactLocation: { uri: encodeURI(s.path), uriBaseId: 'SRCROOT' }, region: region(s) }, ...(id !== undefined ? { message: { text: `the other side: “${s.text}” (${s.value})` } } : {}) });
  const result = (c: { code: string; message: string; sides: ExportSide[] }, suppression: string | null) => ({
    ruleId: c.code,
    ruleIndex: codes.indexOf(c.code),
    level: 'warning',
    message: { text: c.message },
    locations: [location(c.sides[0])],
    relatedLocations: c.sides.slice(1).map((s, i) => location(s, i + 1)),
    partialFingerprints: { 'bylineContradiction/v1': c.sides.map((s) => `${s.path}=${s.value}`).sort().join('|') },
    ...(suppression ? { suppressions: [{ kind: 'external', justification: suppression }] } : {}),
  });
  const results = data.analysis.contradictions.map((c) => {
    const verdicts = judged(data, c);
    return result(c, verdicts.length ? `annotated: ${verdicts.join(', ')}` : null);
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'byline', informationUri: 'https://example.invalid/byline', version: '0.1.0', rules: codes.map((id) => ({ id, shortDescription: { text: RULES[id] ?? id }, defaultConfiguration: { level: 'warning' } })) } },
        originalUriBaseIds: { SRCROOT: { description: { text: 'The folder of articles.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
