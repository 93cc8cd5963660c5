import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structure } from '../../../server/out/core/analyze';
import { segments } from '../../../server/out/core/claims/marks';

/** The quoted spans of an article, as text, in order. */
const quoted = (raw: string): string[] => {
  const doc = structure(raw);
  return segments(doc).map((s) => doc.text.slice(s.start, s.end));
};

test('every convention of quotation marks pairs', () => {
  const text = [
    'Fishing quotas divide the coast',
    '',
    '"Straight marks work," said one skipper.',
    '',
    '“Curly ones too,” said another.',
    '',
    '„Wir fangen nicht mehr genug“, sagte ein Fischer aus Husum.',
    '',
    'Ein anderer sagte: ‚Das Meer ist leer‘, und ging.',
    '',
    '« Nous ne partirons pas », a dit une patronne de Boulogne.',
    '',
    '‹ Jamais › a répondu son mari, et «sans espaces» aussi.',
    '',
    '»Vi sejler i morgen«, sagde en dansk fisker.',
    '',
    "''The quota is a death sentence,'' said a union leader.",
    '',
    "'Single marks are fine,' said the harbour master, who doesn't agree.",
  ].join('\n');
  assert.deepEqual(quoted(text), [
    'Straight marks work,',
    'Curly ones too,',
    'Wir fangen nicht mehr genug',
    'Das Meer ist leer',
    'Nous ne partirons pas',
    'Jamais',
    'sans espaces',
    'Vi sejler i morgen',
    'The quota is a death sentence,',
    'Single marks are fine,',
  ]);
});

test('a quote inside a quote stays part of the outer one', () => {
  assert.deepEqual(quoted('« Il m’a dit “jamais”, puis il est parti », raconte une voisine.'), ['Il m’a dit “jamais”, puis il est parti']);
  assert.deepEqual(quoted('“When he said "no deal" we all left,” she recalled.'), ['When he said "no deal" we all left,']);
  assert.deepEqual(quoted('“He called it ‘a betrayal’ and walked out,” a witness said.'), ['He called it ‘a betrayal’ and walked out,']);
});

test('a quote runs on over paragraphs when the next one reopens it', () => {
  const doc = structure(['The vote', '', '“We will fight this in every court.', '', '“And we will win,” the mayor said.'].join('\n'));
  const segs = segments(doc);
  assert.equal(segs.length, 2);
  assert.equal(segs[0].runsOn, true);
  assert.equal(doc.text.slice(segs[0].start, segs[0].end), 'We will fight this in every court.');
  assert.equal(segs[1].runsOn, false);
});

test('apostrophes, decades and possessives are no marks', () => {
  assert.deepEqual(quoted("The band's '90s hits, the U.K.'s charts don't count."), []);
  assert.deepEqual(quoted("The strikers' union met, and the drivers' leader spoke."), []);
});
