import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import type { Contradiction } from '../../../server/out/index/contradictions';
import { Workspace } from '../../../server/out/index/workspace';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

function check(articles: Record<string, string>): Map<string, Contradiction[]> {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(articles)) ws.set(`file:///ws/${name}`, text, analyze(text));
  return new Map(Object.keys(articles).map((name) => [name, ws.contradictions(`file:///ws/${name}`)]));
}
const warnings = (r: Map<string, Contradiction[]>) => [...r.values()].flat().filter((c) => c.severity === 'warning');

const QUOTE = 'The three rounds of talks were unsuccessful because of the stubbornness of the regime and its continued bombardments and aggression towards the Syrian people.';

test('channel: Facebook in one article, Twitter in another, reported on both sides', () => {
  const r = check({
    'a.txt': `Negotiator quits peace talks\n\nMohammed Alloush said in a statement on Facebook on Sunday: “${QUOTE}”\n`,
    'b.txt': `Chief negotiator resigns\n\nMohammad Alloush said in a statement on Twitter that he was quitting.\n\nThe talks stalled in April.\n\n"${QUOTE.replace('aggression', 'aggressions')}" Alloush said.\n`,
  });
  const a = r.get('a.txt')!.filter((c) => c.kind === 'channel');
  const b = r.get('b.txt')!.filter((c) => c.kind === 'channel');
  assert.equal(a.length, 1);
  assert.equal(b.length, 1);
  assert.equal(a[0].key, b[0].key, 'one key from both sides, for acknowledgements');
  assert.equal(a[0].here.text.includes('Facebook'), true);
  assert.equal(a[0].there.uri, 'file:///ws/b.txt');
  assert.ok(!warnings(r).some((c) => c.kind === 'speaker'), 'Mohammed/Mohammad is one person');
  assert.ok(r.get('a.txt')!.some((c) => c.kind === 'wording' && c.severity === 'information'), 'aggression/aggressions is a wording difference');
});

test('channel: a speech in person to supporters against a post on Facebook, reported on both sides', () => {
  const words = 'The people of Port Lenwick have spoken, and they have chosen to keep going';
  const r = check({
    'a.txt': `Dunne claims victory\n\n"${words}," Mirela Dunne wrote on Facebook on Sunday night.\n`,
    'b.txt': `Dunne claims victory early\n\n"${words}," Mirela Dunne told cheering supporters at her campaign headquarters on Sunday night.\n`,
  });
  const c = warnings(r).filter((x) => x.kind === 'channel');
  assert.equal(c.length, 2);
  assert.match(c.find((x) => x.here.uri.endsWith('b.txt'))!.message, /speech.*on Facebook/);
});

test('channel: the outlet named in the sentence before the quote, against a video on LinkedIn', () => {
  const words = 'We are deeply sorry for the worry this has caused to our neighbours';
  const r = check({
    'a.txt': `Chemical plant fire\n\n"${words}," chief executive Aldo Pekkar said in a video posted on LinkedIn on Monday night.\n`,
    'b.txt': `Chemical plant fire\n\nOur reporter Mira Holt says the fire is out. Last night the chief executive of Saltmere Chemicals, Aldo Pekkar, told Kestrel FM by telephone that the company would pay for the damage. "${words}," he said. He would not say what caused the fire.\n`,
  });
  const c = warnings(r).filter((x) => x.kind === 'channel');
  assert.equal(c.length, 2);
  assert.match(c.find((x) => x.here.uri.endsWith('b.txt'))!.message, /to Kestrel FM.*on LinkedIn/);
});

test('must not: a speech to supporters and the same speech reported by an outlet', () => {
  const words = 'The people of Port Lenwick have spoken, and they have chosen to keep going';
  const r = check({
    'a.txt': `Dunne claims victory\n\n"${words}," Mirela Dunne told a crowd of supporters on Sunday night.\n`,
    'b.txt': `Dunne claims victory early\n\n"${words}," Mirela Dunne said in a speech on Sunday night, Lenwick Radio reported.\n`,
  });
  assert.deepEqual(warnings(r).filter((x) => x.kind === 'channel'), []);
});

test('speaker: the same long quote attributed to two different people', () => {
  const words = 'We will never accept a deal that leaves the besieged towns without food, medicine or any hope of a ceasefire';
  const r = check({
    'a.txt': `Talks falter\n\n"${words}," Riad Hijab said on Monday.\n`,
    'b.txt': `Talks in trouble\n\n"${words}," Salem al-Meslet said on Monday.\n`,
  });
  const s = warnings(r).filter((c) => c.kind === 'speaker');
  assert.equal(s.length, 2);
  assert.match(s[0].message, /Riad Hijab|Salem al-Meslet/);
});

test('date: the same statement dated differently, resolved against the articles\' dates', () => {
  const words = 'The ceasefire has collapsed and we hold the government fully responsible for every life lost in Aleppo';
  const r = check({
    'a.txt': `Ceasefire collapses\nMay 31, 2016\n\nRiad Hijab said on Sunday: "${words}."\n`,
    'b.txt': `Truce over, says opposition\nMay 31, 2016\n\nRiad Hijab said on Monday: "${words}."\n`,
  });
  const d = warnings(r).filter((c) => c.kind === 'date');
  assert.equal(d.length, 2);
  assert.match(d[0].message, /2016-05-29|2016-05-30/);
});

test('number: one source, one event, two different tolls', () => {
  const r = check({
    'a.txt': 'Clashes kill dozens in Aleppo\n\n45 people were killed in Aleppo on Sunday in government air strikes, the Syrian Observatory for Human Rights said.\n',
    'b.txt': 'Air strikes hit Aleppo\n\n52 people were killed in Aleppo on Sunday in government air strikes, the Syrian Observatory for Human Rights said.\n',
  });
  const n = warnings(r).filter((c) => c.kind === 'number');
  assert.equal(n.length, 2);
  assert.match(n[0].message, /45|52/);
});

const MUST_NOT: [string, Record<string, string>][] = [
  [
    'figures from different sources',
    {
      'a.txt': 'Clashes kill dozens in Aleppo\n\nAt least 45 people were killed in Aleppo on Sunday in government air strikes, the Syrian Observatory for Human Rights said.\n',
      'b.txt': 'Air strikes hit Aleppo\n\nAt least 12 people were killed in Aleppo on Sunday in government air strikes, the Syrian Health Ministry said.\n',
    },
  ],
  [
    'different statements on different days, different descriptors, boilerplate',
    {
      'a.txt': `Negotiator quits\n\nMohammed Alloush, a member of the Saudi-backed rebel group Jaysh al-Islam, said in a statement on Facebook on Sunday: “${QUOTE}”\n\nLeave a Reply\n\nYou are commenting using your Twitter account. Log Out / Change )\n`,
      'b.txt': 'Negotiator speaks out\n\nOn Monday, Mohammed Alloush, a member of the Damascus-based Jaish al-Islam, said in an interview with Al Arabiya that the negotiations in Geneva had reached a stalemate and would not resume soon.\n',
    },
  ],
  [
    'short stock phrases shared by unrelated quotes',
    {
      'a.txt': 'Minister denies report\n\n"Not that I am aware of," John Smith said.\n',
      'b.txt': 'Club denies bid\n\n"Not that I am aware of," Peter Jones said.\n',
    },
  ],
];
for (const [name, articles] of MUST_NOT) test(`must not: ${name}`, () => assert.deepEqual(warnings(check(articles)), []));

test('must not: the same quote attributed to a person in one article and resolved from a pronoun in another', () => {
  const words = 'We will never accept a deal that leaves the besieged towns without food, medicine or any hope of a ceasefire';
  const r = check({
    'a.txt': `Talks falter\n\n"${words}," Riad Hijab said.\n`,
    'b.txt': `Talks in trouble\n\nSalem al-Meslet spoke to reporters. "${words}," he said.\n`,
  });
  assert.deepEqual(warnings(r).filter((c) => c.kind === 'speaker'), []);
});
