// Venues of one statement compared across articles, on articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { venueOf, venuesDisagree } from '../../../server/out/index/channels';
import { loadNerData } from '../../../server/out/index/ner-data';
import { Workspace } from '../../../server/out/index/workspace';

loadNerData();

const disagree = (a: string, b: string): boolean => venuesDisagree(venueOf(a), venueOf(b));

test('venues: platforms, outlets and occasions that cannot both be true', () => {
  assert.ok(disagree('Facebook', 'Twitter'));
  assert.ok(disagree('Facebook', 'press conference'));
  assert.ok(disagree('Telegram', 'Kanal 24'));
  assert.ok(disagree('Instagram', 'Dnipro TV'));
  assert.ok(disagree('LinkedIn', 'press conference'));
  assert.ok(disagree('Harbour Radio', 'LinkedIn'));
  assert.ok(disagree('committee hearing', 'Facebook'), 'told a committee, or posted on Facebook');
});

test('venues: a form fits any venue; the same venue in other words; an outlet at an occasion', () => {
  assert.ok(!disagree('statement', 'Facebook'), 'a statement on Facebook');
  assert.ok(!disagree('video message', 'Telegram'));
  assert.ok(!disagree('note to clients', 'press conference'));
  assert.ok(!disagree('LinkedIn', 'LinkedIn'), 'two posts on one platform');
  assert.ok(!disagree('press conference', 'press briefing'));
  assert.ok(!disagree('X', 'Twitter'));
  assert.ok(!disagree('BBC', 'press conference'), 'told the BBC at a press conference');
  assert.ok(!disagree('interview', 'Radio Kestrel'));
  assert.ok(!disagree('AP', 'Associated Press'), 'an outlet and its initials');
  assert.ok(!disagree('press conference', 'conference call'), 'a press conference held by telephone');
  assert.ok(!disagree('Daily News', 'New York Daily News'), 'an outlet named in full and in short');
  assert.ok(!disagree('Radio Kestrel', 'Channel Nine'), 'one line given to two outlets');
});

test('venues: words written to someone against words said aloud; an interview against a press conference', () => {
  const with_ = (a: string, fa: string | null, b: string, fb: string | null): boolean => venuesDisagree(venueOf(a, fa), venueOf(b, fb));
  assert.ok(disagree('letter', 'conference call'), 'a letter to staff, or words on a call');
  assert.ok(disagree('email', 'press conference'));
  assert.ok(disagree('written reply', 'investor call'));
  assert.ok(with_('memo', null, 'Kestrel FM', 'interview'), 'a memo, or an interview with a radio station');
  assert.ok(!disagree('letter', 'Facebook'), 'a letter posted on Facebook');
  assert.ok(!disagree('letter', 'Kestrel FM'), 'told a station, perhaps in writing');
  assert.ok(!disagree('letter', 'email'), 'two written forms');
  assert.ok(with_('Kestrel FM', 'interview', 'press conference', null), 'an interview with a station, or a press conference');
  assert.ok(disagree('interview', 'speech'));
  assert.ok(disagree('An interview with Radio Kestrel', 'rally'));
  assert.ok(!disagree('An interview with Radio Kestrel', 'earnings call'), 'a call with reporters is also called an interview');
  assert.ok(!with_('Kestrel FM', null, 'press conference', null), 'told the station at a press conference');
  assert.ok(!with_('Kestrel FM', 'interview', 'podcast', null), 'an interview on a podcast');
  assert.ok(with_('Kestrel FM', 'interview', 'parliament', null), 'an interview with a station, or words told to MPs');
  assert.ok(disagree('parliament', 'Facebook'));
  assert.ok(!disagree('parliament', 'press conference'), 'two occasions in person on one day may both be');
  // Two interviews with two outlets (one by telephone): the one quote was given in one of them.
  assert.ok(with_('Kestrel FM', 'interview', 'Harbour Wire', 'telephone'), 'an interview with a station, or a telephone call from a wire');
  assert.ok(with_('Kestrel FM', 'interview', 'Channel Nine', 'interview'));
  assert.ok(!with_('Kestrel FM', null, 'Harbour Wire', 'telephone'), 'told a station (maybe quoting the call), or a telephone call');
});

test('channel: a press conference in one article, a Facebook post in another, with who and where in the message', () => {
  const words = 'We have not hidden a single case from the public, and we will not start now';
  const ws = new Workspace();
  const a = `Minister denies cover-up in Karsdale\n\n12 September 2024\n\nHealth minister Omar Belkadi spoke in Karsdale on Thursday. "${words}," Omar Belkadi told a press conference in Karsdale on Thursday.\n`;
  const b = `Karsdale hospital overwhelmed\n\n13 September 2024\n\nHealth minister Omar Belkadi answered critics in Karsdale. "${words}," Omar Belkadi wrote on Facebook on Thursday.\n`;
  ws.set('file:///ws/a.txt', a, analyze(a));
  ws.set('file:///ws/b.txt', b, analyze(b));
  const found = ws.contradictions('file:///ws/a.txt').filter((c) => c.kind === 'channel');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /the statement “We have not hidden.*” by Omar Belkadi was made at a press conference; b\.txt says on Facebook\./);
  assert.equal(ws.contradictions('file:///ws/b.txt').filter((c) => c.kind === 'channel').length, 1);
});

test('channel: a LinkedIn post against a radio interview; two posts of the same words are quiet', () => {
  const words = 'Our suppliers were paid late for two years and nobody on the board asked why';
  const ws = new Workspace();
  const a = `Supplier row at Venholt Foods\n\n4 March 2025\n\nFormer finance chief Greta Solvik criticised the board. Greta Solvik wrote in a LinkedIn post on Monday: "${words}."\n`;
  const b = `Venholt Foods faces questions\n\n5 March 2025\n\nFormer finance chief Greta Solvik spoke out on Monday. "${words}," Greta Solvik told Harbour Radio in an interview.\n`;
  const c = `Venholt Foods board under fire\n\n6 March 2025\n\nFormer finance chief Greta Solvik went public on Monday. Greta Solvik said in a post on her LinkedIn page: "${words}."\n`;
  for (const [name, text] of [['a', a], ['b', b], ['c', c]]) ws.set(`file:///ws/${name}.txt`, text, analyze(text));
  const channel = (name: string) => ws.contradictions(`file:///ws/${name}.txt`).filter((x) => x.kind === 'channel');
  assert.equal(channel('b').length, 2, 'the radio interview against each LinkedIn post');
  assert.ok(channel('a').every((x) => /Harbour Radio/.test(x.message)), 'the two LinkedIn posts do not disagree');
  assert.equal(channel('a').length, 1);
});

test('channel: a letter to staff against an analysts\' call, and an interview with a station against a news conference', () => {
  const letter = 'This company will stay in Marlhaven for as long as I run it';
  const budget = 'Every ward gets its fair share of this budget and not a cent less';
  const ws = new Workspace();
  const a = `Orvane Foods agrees sale\n\n7 April 2025\n\nChief executive Ilka Brandvold backed the offer. "${letter}," Ilka Brandvold told analysts on a conference call on Monday.\n\nMayor Tobiah Quenell defended the budget. "${budget}," Tobiah Quenell told a news conference on Tuesday.\n`;
  const b = `What the sale means for Marlhaven\n\n8 April 2025\n\nChief executive Ilka Brandvold wrote to employees. "${letter}," Ilka Brandvold wrote in a letter to staff on Monday.\n\nMayor Tobiah Quenell spoke after the vote. "${budget}," Tobiah Quenell said in an exclusive interview with Marlhaven Radio on Tuesday.\n`;
  ws.set('file:///ws/a.txt', a, analyze(a));
  ws.set('file:///ws/b.txt', b, analyze(b));
  const found = ws.contradictions('file:///ws/b.txt').filter((c) => c.kind === 'channel');
  assert.equal(found.length, 2);
  assert.ok(found.some((c) => /was made in a letter; a\.txt says at a conference call\./.test(c.message)), found.map((c) => c.message).join('\n'));
  assert.ok(found.some((c) => /Marlhaven Radio/.test(c.message) && /press conference/.test(c.message)));
  assert.equal(ws.contradictions('file:///ws/a.txt').filter((c) => c.kind === 'channel').length, 2);
});

test('venues: a telephone interview is not given at an occasion held in person', () => {
  const phone = (channel: string, form: string | null = null): boolean => venuesDisagree(venueOf(channel, form), venueOf('press conference'));
  assert.ok(phone('Harbour Radio', 'telephone interview'), 'told an outlet in a telephone interview, or said at a press conference');
  assert.ok(phone('telephone interview'), 'said in a phone interview');
  assert.ok(venuesDisagree(venueOf('telephone interview'), venueOf('speech')));
  assert.ok(venuesDisagree(venueOf('committee hearing'), venueOf('Channel Nine', 'telephone interview')));
  assert.ok(phone('Harbour Radio', 'interview'), 'an interview with an outlet is not a press conference either');
  assert.ok(!phone('Harbour Radio'), 'told an outlet, perhaps at the press conference');
  assert.ok(!venuesDisagree(venueOf('Harbour Radio', 'telephone interview'), venueOf('Channel Nine')), 'two outlets, one by telephone');
  assert.ok(!venuesDisagree(venueOf('telephone interview'), venueOf('conference call')));
});

test('channel: the same words told to a paper by telephone and said at a press conference', () => {
  const words = 'We followed every rule in the book and we would take the same decision again tomorrow';
  const ws = new Workspace();
  const a = `Port authority defends dredging plan\n\n7 April 2025\n\nPort director Halvard Oyen defended the dredging plan on Friday. "${words}," Halvard Oyen told the Kessling Courier in a phone interview on Friday.\n`;
  const b = `Dredging plan under fire in Kessling\n\n8 April 2025\n\nPort director Halvard Oyen faced critics on Friday. At a press conference on Friday, Halvard Oyen said: "${words}."\n`;
  ws.set('file:///ws/a.txt', a, analyze(a));
  ws.set('file:///ws/b.txt', b, analyze(b));
  const found = ws.contradictions('file:///ws/a.txt').filter((c) => c.kind === 'channel');
  assert.equal(found.length, 1);
  assert.equal(ws.contradictions('file:///ws/b.txt').filter((c) => c.kind === 'channel').length, 1);
});
