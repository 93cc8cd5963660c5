// Counts of things carried, recalled or prescribed, compared across articles about one event, on
// articles written for these tests: the same thing counted differently is warned; another quantity,
// another object, an update, a rounding or another day is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { loadNerData } from '../../../server/out/index/ner-data';
import { Workspace } from '../../../server/out/index/workspace';

loadNerData();

function warnings(articles: Record<string, string>): number {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(articles)) ws.set(`file:///ws/${name}`, text, analyze(text));
  return Object.keys(articles).flatMap((name) => ws.contradictions(`file:///ws/${name}`)).filter((c) => c.kind === 'number').length;
}

const FERRY = (date: string, sentence: string): string =>
  `Ferry runs aground off Quarrow Point\n\n${date}\n\nA ferry operated by Tellisund Lines ran aground off Quarrow Point near the port of Brevik Haven. ${sentence} Coastguard boats from Brevik Haven reached the vessel within an hour.\n`;
const RECALL = (date: string, sentence: string): string =>
  `Drugmaker Oskavel Pharma recalls blood pressure tablets\n\n${date}\n\nOskavel Pharma has recalled its Dravenol tablets after tests at its plant in Lunstadt found an impurity. ${sentence} The Lunstadt plant has stopped production.\n`;

test('handled counts: the same passengers or batches counted differently are warned', () => {
  assert.equal(warnings({ 'a.txt': FERRY('May 4, 2026', 'The ferry was carrying 241 passengers and 18 crew.'), 'b.txt': FERRY('May 4, 2026', 'The ferry was carrying 214 passengers and 18 crew.') }), 2);
  assert.equal(warnings({ 'a.txt': FERRY('May 4, 2026', 'There were 241 passengers on board.'), 'b.txt': FERRY('May 4, 2026', 'The ferry was carrying 214 passengers, the operator said.') }), 2);
  assert.equal(warnings({ 'a.txt': RECALL('June 2, 2026', 'The tablets were prescribed to about 83,000 patients.'), 'b.txt': RECALL('June 2, 2026', 'Dravenol was prescribed to 38,000 patients last year.') }), 2, 'an approximate count far from the other');
  assert.equal(warnings({ 'a.txt': RECALL('June 2, 2026', 'The company recalled 41 batches of the drug.'), 'b.txt': RECALL('June 2, 2026', 'In all, 14 batches were recalled, the regulator said.') }), 2);
});

const QUIET: [string, Record<string, string>][] = [
  ['crew and passengers', { 'a.txt': FERRY('May 4, 2026', 'The ferry was carrying 241 passengers.'), 'b.txt': FERRY('May 4, 2026', 'The ferry had 18 crew on board.') }],
  ['carried and rescued', { 'a.txt': FERRY('May 4, 2026', 'The ferry was carrying 241 passengers.'), 'b.txt': FERRY('May 4, 2026', 'Coastguards rescued 214 passengers.') }],
  ['a rounding', { 'a.txt': FERRY('May 4, 2026', 'The ferry was carrying 241 passengers.'), 'b.txt': FERRY('May 4, 2026', 'The ferry was carrying more than 200 passengers.') }],
  ['an approximate count near the other', { 'a.txt': RECALL('June 2, 2026', 'The tablets were prescribed to nearly 40,000 patients.'), 'b.txt': RECALL('June 2, 2026', 'Dravenol was prescribed to 38,000 patients.') }],
  ['raids carried out', { 'a.txt': RECALL('June 2, 2026', 'Inspectors said four raids were carried out at the plant.'), 'b.txt': RECALL('June 2, 2026', 'Inspectors said nine raids were carried out at the plant.') }],
  ['the same figure', { 'a.txt': FERRY('May 4, 2026', 'The ferry was carrying 241 passengers.'), 'b.txt': FERRY('May 4, 2026', 'There were 241 passengers on board, the operator said.') }],
  ['an update', { 'a.txt': RECALL('June 2, 2026', 'The company recalled 14 batches.'), 'b.txt': RECALL('June 2, 2026', 'The company widened the recall from 14 to 23 batches.') }],
  ['days apart', { 'a.txt': RECALL('June 2, 2026', 'The company recalled 14 batches.'), 'b.txt': RECALL('June 9, 2026', 'The company has now recalled 23 batches.') }],
  [
    'another object',
    {
      'a.txt': RECALL('June 2, 2026', 'Oskavel Pharma recalled 14 batches of Dravenol.'),
      'b.txt': RECALL('June 2, 2026', 'Separately, Marvinta Health recalled 6 batches of Kelprazine, made at a different site.'),
    },
  ],
];

for (const [what, articles] of QUIET) test(`handled counts: no warning for ${what}`, () => assert.equal(warnings(articles), 0));
