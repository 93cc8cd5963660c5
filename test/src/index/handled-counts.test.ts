// Counts of things carried, recalled, prescribed or treated, compared across articles about one event, on
// articles written for these tests: the same thing counted differently is warned; another quantity,
// another object, an update, a rounding or another day is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { loadNerData } from '../../../server/out/index/ner-data';
import { contradictionsOf } from './contradicting';
import { Workspace } from '../../../server/out/index/workspace';

loadNerData();

const warnings = (articles: Record<string, string>): number => contradictionsOf('number', articles).length;

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

test('handled counts in other phrasings: a recall of, a participle before the thing, other verbs, a place and auxiliaries before the verb', () => {
  assert.equal(warnings({ 'a.txt': RECALL('June 2, 2026', 'The regulator ordered a recall of 27 batches of Dravenol.'), 'b.txt': RECALL('June 2, 2026', 'Oskavel Pharma recalled 72 batches.') }), 2, 'a recall of');
  assert.equal(warnings({ 'a.txt': RECALL('June 2, 2026', 'Pharmacists were told to return the 52 recalled lots to the wholesaler.'), 'b.txt': RECALL('June 2, 2026', 'The company recalled 25 lots on Tuesday.') }), 2, 'the 52 recalled lots');
  assert.equal(
    warnings({
      'a.txt': RECALL('June 2, 2026', 'About 61,000 patients in the northern provinces are believed to have been prescribed the tablets.'),
      'b.txt': RECALL('June 2, 2026', 'Roughly 16,000 patients may have received doses from the affected batches, the company said.'),
    }),
    2,
    'a place and auxiliaries before the verb; medicine received is prescribed',
  );
  assert.equal(
    warnings({ 'a.txt': FERRY('May 4, 2026', 'Doctors at the Brevik Haven infirmary had treated 312 patients by the evening.'), 'b.txt': FERRY('May 4, 2026', 'The Brevik Haven infirmary treated 132 patients.') }),
    2,
    'treated',
  );
  assert.equal(
    warnings({ 'a.txt': FERRY('May 5, 2026', 'Of the 306 people on board (288 passengers and 18 crew), 40 were taken to hospital today.'), 'b.txt': FERRY('May 4, 2026', 'The ferry was carrying 282 passengers.') }),
    2,
    'a breakdown in brackets of the people on board',
  );
});

test('a count of things carried is one fact of its voyage: the day the sentence gives, against an article written after it', () => {
  // May 2, 2026 is a Saturday.
  const sailed = FERRY('May 4, 2026', 'The ferry was carrying 260 passengers when it sailed from Brevik Haven on Saturday night.');
  assert.equal(warnings({ 'a.txt': sailed, 'b.txt': FERRY('May 6, 2026', 'The ferry was carrying 206 passengers.') }), 2);
  // A replacement ferry's crossing on a Thursday after the other article was written is another voyage.
  const later = FERRY('May 8, 2026', 'A chartered catamaran crossed to Brevik Haven on Thursday with 77 passengers on board.');
  assert.equal(warnings({ 'a.txt': later, 'b.txt': FERRY('May 4, 2026', 'The ferry was carrying 214 passengers.') }), 0);
});

test('a press release\'s headline below its breadcrumb and labels is the headline: the body\'s sentence carries the warning', () => {
  const release = 'OSKAVEL PHARMA\nMedicines you can trust.\n\nHome > Media > News\n\nNEWS RELEASE\nPublished: 2 June 2026\nReference: OP/2026/11\n\nOskavel Pharma recalls 19 batches of Dravenol tablets\n\nOskavel Pharma today recalled 19 batches of Dravenol after tests at its plant in Lunstadt found an impurity. The Lunstadt plant has stopped production.\n';
  const a = analyze(release);
  assert.equal(a.headline?.text, 'Oskavel Pharma recalls 19 batches of Dravenol tablets');
  const ws = new Workspace();
  ws.set('file:///ws/a.txt', release, a);
  const other = RECALL('June 2, 2026', 'The company recalled 91 batches.');
  ws.set('file:///ws/b.txt', other, analyze(other));
  const found = ws.contradictions('file:///ws/a.txt').filter((c) => c.kind === 'number');
  assert.equal(found.length, 1);
  assert.ok(found[0].here.span.start > release.indexOf('today recalled'), 'the body sentence, not the headline');
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
  ['a running total so far', { 'a.txt': RECALL('June 2, 2026', 'The company recalled 14 batches.'), 'b.txt': RECALL('June 9, 2026', 'So far 31 batches have been recalled.') }],
  [
    'another object',
    {
      'a.txt': RECALL('June 2, 2026', 'Oskavel Pharma recalled 14 batches of Dravenol.'),
      'b.txt': RECALL('June 2, 2026', 'Separately, Marvinta Health recalled 6 batches of Kelprazine, made at a different site.'),
    },
  ],
];

for (const [what, articles] of QUIET) test(`handled counts: no warning for ${what}`, () => assert.equal(warnings(articles), 0));
