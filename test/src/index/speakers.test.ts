// Speakers of one statement compared across articles, on articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNerData } from '../../../server/out/index/ner-data';
import { contradictionsOf } from './contradicting';

loadNerData();

const speakers = (articles: Record<string, string>) => contradictionsOf('speaker', articles);

const WORDS = 'We are thrilled to welcome the new director to the festival and we cannot wait to see what she brings';

test('speaker: one statement given to two different people, both named in full', () => {
  const found = speakers({
    'a.txt': `Festival names director\n\n"${WORDS}," said Marta Lindgren.\n`,
    'b.txt': `New director for festival\n\n"${WORDS}," said Jonas Berglund.\n`,
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Marta Lindgren|Jonas Berglund/);
});

test('speaker: a role the article itself gives a person ("the festival\'s chairman, Jonas Berglund") is that person', () => {
  const found = speakers({
    'a.txt': `Festival names director\n\n"${WORDS}," said Marta Lindgren.\n`,
    'b.txt': `New director for festival\n\nThe festival's chairman, Jonas Berglund, opened the meeting on Monday.\n\nThe board voted twice. "${WORDS}," the chairman said.\n`,
  });
  assert.equal(found.length, 2);
  assert.match(found.find((c) => c.here.uri.endsWith('b.txt'))!.message, /to Jonas Berglund; a\.txt attributes it to Marta Lindgren/);
});

test('speaker: a press release names its speaker on a heading line above the quote ("Comment from …:")', () => {
  const found = speakers({
    'a.txt': `KELSTROM HOLDINGS\nNEWS RELEASE\n\nKelstrom Holdings agrees to buy Orvane Foods\n\nKelstrom Holdings today announced an offer for Orvane Foods.\n\nComment from Tavuro Okimbe, President and CEO of Kelstrom:\n\n"${WORDS}."\n\nAbout Kelstrom Holdings\n\nKelstrom Holdings is a trading house.\n`,
    'b.txt': `What Kelstrom is buying\n\nKelstrom's finance chief, Ilse Marrow, spoke on Tuesday. "${WORDS}," Ilse Marrow said.\n`,
  });
  assert.equal(found.length, 2);
  assert.match(found.find((c) => c.here.uri.endsWith('a.txt'))!.message, /to Tavuro Okimbe; b\.txt attributes it to Ilse Marrow/);
  // The side is the quote, the name being on a line of its own above it.
  assert.ok(found.find((c) => c.here.uri.endsWith('a.txt'))!.here.text.startsWith('We are thrilled'));
  assert.equal(found.find((c) => c.here.uri.endsWith('b.txt'))!.here.text, 'Ilse Marrow');
});

const MUST_NOT: [string, Record<string, string>][] = [
  [
    'a joint statement resolved to one of its two speakers in each article',
    {
      'a.txt': `Festival names director\n\n"${WORDS}," said Marta Lindgren and Jonas Berglund.\n`,
      'b.txt': `New director for festival\n\nJonas Berglund and Marta Lindgren said in a statement: "${WORDS}."\n`,
    },
  ],
  [
    'the person a message is addressed to',
    {
      'a.txt': `Festival names director\n\nThe news was welcomed by Marta Lindgren, who sent a message to Jonas Berglund, saying: "${WORDS}."\n`,
      'b.txt': `New director for festival\n\n"${WORDS}," Marta Lindgren said in a message.\n`,
    },
  ],
  [
    'a statement of an office after a quote by someone else, carried over to that person',
    {
      'a.txt': `Festival names director\n\n"The board met all week," said Jonas Berglund.\n\nThe festival office later released a statement.\n\n"${WORDS}."\n`,
      'b.txt': `New director for festival\n\n"${WORDS}," said Marta Lindgren, the festival's spokeswoman.\n`,
    },
  ],
  [
    'one name misspelt',
    {
      'a.txt': `Festival names director\n\n"${WORDS}," said Andrew Wexford of the festival board.\n`,
      'b.txt': `New director for festival\n\n"${WORDS}," said Andrew Wesford of the festival board.\n`,
    },
  ],
  [
    'a first name alone',
    {
      'a.txt': `Festival names director\n\n"${WORDS}," said Jonas Berglund, the director's brother.\n`,
      'b.txt': `New director for festival\n\n"${WORDS}," her brother, Jonas, said after the announcement.\n`,
    },
  ],
  [
    'a role only guessed to be the person just spoken of',
    {
      'a.txt': `Festival names director\n\n"${WORDS}," said Marta Lindgren.\n`,
      'b.txt': `New director for festival\n\nJonas Berglund opened the meeting on Monday.\n\n"${WORDS}," the chairman said.\n`,
    },
  ],
];
for (const [name, articles] of MUST_NOT) test(`speaker, must not: ${name}`, () => assert.deepEqual(speakers(articles).map((c) => c.message), []));

test('speaker: a pronoun right after the sentence naming its one person in full is as sure as the name', () => {
  const words = 'No household in the valley will be left to pay for this flood on its own';
  const named = `Valley flood aid promised\n\n4 March 2026\n\nInterior Minister Teodor Barsk visited Lenzburg on Monday. "${words}," said Teodor Barsk.\n`;
  const pronoun = `Lenzburg counts the cost\n\n4 March 2026\n\nPrime Minister Oskar Vennberg met rescue workers in Lenzburg on Monday and spoke to reporters afterwards. He said: "${words}."\n`;
  assert.equal(speakers({ 'a.txt': named, 'b.txt': pronoun }).length, 2);
  // Two people named before the pronoun: it is no surer than a guess.
  const two = `Lenzburg counts the cost\n\n4 March 2026\n\nPrime Minister Oskar Vennberg met Mayor Ilse Varga in Lenzburg on Monday. He said: "${words}."\n`;
  assert.equal(speakers({ 'a.txt': named, 'b.txt': two }).length, 0);
});

test('speaker: a pronoun or a role standing for the one person its paragraph names before the quote', () => {
  const words = 'Not one family on this estate will be forgotten by the rescue teams';
  const named = `Estate flood: rescue goes on\n\n4 March 2026\n\n"${words}," Regional Governor Ottilie Braskamp told reporters in Vennholm.\n`;
  const pronoun = `Night on the estate\n\n4 March 2026\n\nFrom the back of a truck, tenants' leader Ramona Kettridge drew loud cheers. "${words}," she said.\n`;
  assert.equal(speakers({ 'a.txt': named, 'b.txt': pronoun }).length, 2);
  const role = `Night on the estate\n\n4 March 2026\n\nI spoke this morning to the officer in charge, Lieutenant-Colonel Anselm Dravic Querol of the fire service. He told us the search goes on. "${words}," the colonel said.\n`;
  assert.equal(speakers({ 'a.txt': named, 'b.txt': role }).length, 2);
  // Named in the paragraph before, or with another person before the quote: a guess.
  const earlier = `Night on the estate\n\n4 March 2026\n\nTenants' leader Ramona Kettridge drew loud cheers.\n\nThe crowd stayed until dark. "${words}," she said.\n`;
  assert.equal(speakers({ 'a.txt': named, 'b.txt': earlier }).length, 0);
  const two = `Night on the estate\n\n4 March 2026\n\nTenants' leader Ramona Kettridge stood beside Mayor Ivo Tarlach. "${words}," she said.\n`;
  assert.equal(speakers({ 'a.txt': named, 'b.txt': two }).length, 0);
});
