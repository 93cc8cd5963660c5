import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structure } from '../../../server/out/core/analyze';
import { linkInArticle } from '../../../server/out/core/entities';
import { masthead, pageNames } from '../../../server/out/core/masthead';
import type { EntityType } from '../../../server/out/core/types';
import { spansInOrder } from './hand-named';

/** Links `raw` as analyze() does, with hand-made spans in place of the recogniser's. */
function linked(raw: string, names: [string, EntityType][]) {
  const doc = structure(raw);
  return linkInArticle(doc.text, spansInOrder(doc.text, names), doc.boilerplate, pageNames(doc));
}

test("a masthead names the publisher, an organisation, also as running text and in the copyright line", () => {
  const raw =
    'Skip to content\nTHE HARBOUR GAZETTE\nPort Ellen · Bay Road · The Coast\n\nCouncil approves a new ferry timetable for the winter\n\nThe council voted on Monday, the Harbour Gazette has learned.\n\n© 2025 Harbour Gazette. All rights reserved.\n';
  // The recogniser took part of the masthead for a place.
  const r = linked(raw, [['HARBOUR', 'place'], ['Port Ellen', 'place']]);
  const gazette = r.mentions.filter((m) => /gazette/i.test(m.text));
  assert.deepEqual(gazette.map((m) => m.text), ['THE HARBOUR GAZETTE', 'Harbour Gazette', 'Harbour Gazette']);
  assert.equal(new Set(gazette.map((m) => m.local)).size, 1);
  assert.equal(r.entities[gazette[0].local].type, 'organization');
  assert.ok(!r.mentions.some((m) => m.text === 'HARBOUR'));
  const ministry = linked('MINISTRY OF WATER AND FORESTS\nNews · Press releases\n\nCholera cases rise in the northern provinces\n\nThe Ministry of Water and Forests said on Monday that the Ministry would test wells.\n', [['Ministry of Water and Forests', 'organization']]);
  const heads = ministry.mentions.filter((m) => /ministry/i.test(m.text));
  assert.equal(heads.length, 3, 'the masthead, the name and "the Ministry"');
  assert.equal(new Set(heads.map((m) => m.local)).size, 1);
});

test('no masthead where the first line is the headline or reads as a sentence', () => {
  assert.equal(masthead(structure('Council approves a new ferry timetable for the winter\n\nThe council voted on Monday.\n')), null);
  assert.equal(masthead(structure('Updated: 3 hours ago.\nCouncil approves a new ferry timetable for the winter\n\nThe council voted.\n')), null);
  assert.equal(masthead(structure('DOLANY DAILY | Sport\nNews · Sport\n\nCouncil approves a new ferry timetable for the winter\n\nText.\n'))?.text, 'DOLANY DAILY');
});

test("club initials and a company's or channel's last word make one organisation with the name the recogniser cut", () => {
  const text = 'Kelbrook signed Petr Novák from SK Dolany Rovers. Speaking to Dolany TV, he thanked the fans. Ostrova Agro Holding sponsors the club; Ostrova Agro paid the fee.';
  const r = linkInArticle(text, spansInOrder(text, [['Kelbrook', 'organization'], ['Petr Novák', 'person'], ['SK', 'organization'], ['Dolany Rovers', 'organization'], ['Dolany', 'person'], ['Ostrova Agro', 'person'], ['Ostrova Agro', 'person']]), []);
  const of = (t: string) => r.mentions.find((m) => m.text === t);
  assert.equal(of('SK Dolany Rovers')?.type, 'organization');
  assert.equal(of('Dolany TV')?.type, 'organization');
  assert.notEqual(of('Dolany TV')!.local, of('SK Dolany Rovers')!.local);
  assert.equal(of('Ostrova Agro Holding')?.type, 'organization');
  assert.equal(of('Ostrova Agro')?.local, of('Ostrova Agro Holding')!.local, 'the short form, taken for a person, is the company');
  assert.equal(of('Petr Novák')?.type, 'person');
});

test("a dateline's place and agency are a place and an organisation, whatever the recogniser made of them", () => {
  const raw = 'Port strike ends after talks through the night\n\nPORT ELLEN, May 3 (Harbourwire) - Dock workers in Port Ellen ended a strike, Harbourwire reported.\n';
  const r = linked(raw, [['PORT ELLEN', 'person'], ['Harbourwire', 'person'], ['Port Ellen', 'place'], ['Harbourwire', 'person']]);
  const wire = r.mentions.filter((m) => m.text === 'Harbourwire');
  assert.equal(wire.length, 2);
  assert.equal(r.entities[wire[0].local].type, 'organization');
  assert.equal(r.mentions.find((m) => m.text === 'PORT ELLEN')?.type, 'place');
});

test("a product's maker is not the product", () => {
  const text = 'Acme unveiled the Acme Z3 chip; Acme said so.';
  const r = linkInArticle(text, spansInOrder(text, [['Acme', 'organization'], ['Acme Z3', 'other'], ['Acme', 'organization']]), []);
  assert.deepEqual(r.mentions.filter((m) => m.text === 'Acme').map((m) => r.entities[m.local].name), ['Acme', 'Acme']);
});

test('a day, a month or a network glued to a name is cut off; an acronym glued to a role or a place is the acronym', () => {
  const text = 'The Valmora Security Council on Tuesday met. The IHA said so. IHA Representative Dr Ana Ruiz and IHA Geneva staff flew to Geneva. Follow the Harbour Gazette on Facebook.';
  const r = linkInArticle(text, spansInOrder(text, [['Valmora Security Council on Tuesday', 'organization'], ['IHA', 'organization'], ['IHA Representative', 'organization'], ['Ana Ruiz', 'person'], ['IHA Geneva', 'person'], ['Geneva', 'place'], ['Harbour Gazette on Facebook', 'organization']]), []);
  const texts = r.mentions.map((m) => m.text);
  assert.ok(texts.includes('Valmora Security Council') && texts.includes('Harbour Gazette'));
  const iha = r.mentions.filter((m) => m.text === 'IHA');
  assert.equal(iha.length, 3);
  assert.equal(new Set(iha.map((m) => m.local)).size, 1);
  assert.equal(r.entities[iha[0].local].type, 'organization');
  assert.equal(r.mentions.filter((m) => m.text === 'Geneva').length, 2);
});

test('a name alone on its line above a job title is a person; an organisation alone on its line is not', () => {
  const text = 'The agency will send help.\n\nMedia contacts\nJana Dvořák\nCommunications Officer, Harbour Aid\nHarbour Aid\nValmora Street 4\n';
  const r = linkInArticle(text, spansInOrder(text, [['Jana Dvořák', 'place'], ['Harbour Aid', 'organization'], ['Harbour Aid', 'organization']]), []);
  assert.equal(r.mentions.find((m) => m.text === 'Jana Dvořák')?.type, 'person');
  assert.equal(r.mentions.filter((m) => m.text === 'Harbour Aid').every((m) => m.type === 'organization'), true);
});

test("an acronym of the one organisation here with those initials is that organisation, and is found where the recogniser passed it over", () => {
  const text = 'The Harbour Shipping Authority raised fees. HSA officials said so.\n\nFollow HSA on Facebook';
  const r = linkInArticle(text, spansInOrder(text, [['Harbour Shipping Authority', 'organization'], ['HSA', 'organization']]), [{ start: text.indexOf('Follow'), end: text.length }]);
  const hsa = r.mentions.filter((m) => m.text === 'HSA');
  assert.equal(hsa.length, 2, 'also in the page furniture');
  for (const m of hsa) assert.equal(r.entities[m.local].name, 'Harbour Shipping Authority');
});
