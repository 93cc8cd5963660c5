import assert from 'node:assert/strict';
import { test } from 'node:test';
import { channelHints, channelIn, type ChannelContext } from '../../../server/out/core/claims/channels';
import type { Mention } from '../../../server/out/core/types';

/** The channel of a sentence with no recognised names. */
const channelOf = (text: string, mentions: Mention[] = []) => {
  const ctx: ChannelContext = { text, mentions: (from, to) => mentions.filter((m) => m.start >= from && m.end <= to), nameOf: (m) => m.text, hints: channelHints(text), publisher: null };
  const c = channelIn(ctx, 0, text.length);
  return c && { channel: c.channel, kind: c.kind, form: c.form, words: text.slice(c.span.start, c.span.end) };
};

test('platforms: by name, by an account of any name, and a form beside them', () => {
  assert.deepEqual(channelOf('The mayor said in a statement on Facebook on Monday'), { channel: 'Facebook', kind: 'platform', form: 'statement', words: 'statement on Facebook on Monday' });
  assert.equal(channelOf('He wrote on X that the vote was rigged')?.channel, 'Twitter');
  assert.equal(channelOf('On X, he had posted the night before:')?.channel, 'Twitter', 'at the start of a sentence');
  assert.deepEqual(channelOf('she wrote on her Odnoklassniki account'), { channel: 'Odnoklassniki', kind: 'platform', form: null, words: 'Odnoklassniki account' });
  assert.equal(channelOf('the minister tweeted')?.channel, 'Twitter');
  assert.equal(channelOf('Hrytsak wrote on his Telegram channel')?.channel, 'Telegram');
});

test('platforms: a page of an organisation, a post named by its platform', () => {
  assert.deepEqual(channelOf("the founder said in a video posted on the company's Facebook page on Sunday:"), { channel: 'Facebook', kind: 'platform', form: 'video', words: "video posted on the company's Facebook" });
  assert.deepEqual(channelOf('the economist wrote in a LinkedIn post on Feb. 3:'), { channel: 'LinkedIn', kind: 'platform', form: null, words: 'LinkedIn' });
  // A post of no platform is no place.
  assert.equal(channelOf('she wrote in a long post on Monday'), null);
});

test('an appearance before a committee, a note to clients, an email', () => {
  assert.deepEqual(channelOf("Appearing before parliament's transport committee on Tuesday, Ilse Varga said"), { channel: 'transport committee hearing', kind: 'venue', form: null, words: "Appearing before parliament's transport committee" });
  assert.equal(channelOf('the banker testified to a Senate panel that')?.channel, 'committee hearing');
  assert.equal(channelOf('he appeared before reporters at the airport'), null);
  assert.equal(channelOf('analysts at the bank wrote in a note to clients:')?.channel, 'note to clients');
  assert.equal(channelOf('the coach sent an email to players')?.channel, 'email');
});

test('outlets: an interview with, for or to an outlet, told, speaking to, quoted by', () => {
  assert.deepEqual(channelOf('he said in an interview with Kanal 24 last week'), { channel: 'Kanal 24', kind: 'outlet', form: 'interview', words: 'said in an interview with Kanal 24' });
  assert.equal(channelOf("said goodbye in an interview with the club's own channel, Rovers TV, on Sunday")?.channel, 'Rovers TV');
  assert.equal(channelOf('In an interview for Rovers TV, recorded on Sunday, Jan said')?.channel, 'Rovers TV');
  assert.equal(channelOf('Speaking to Harbour Radio after the match, Jan said')?.channel, 'Harbour Radio');
  assert.equal(channelOf('told North Coast Monitor in a telephone interview on Saturday')?.channel, 'North Coast Monitor');
  assert.equal(channelOf('Reuters quoted the minister as saying')?.channel, 'Reuters');
});

test('venues and forms: a press conference, an earnings call, a podcast, a letter, an opening statement', () => {
  assert.deepEqual(channelOf('the minister told a news conference in the capital'), { channel: 'press conference', kind: 'venue', form: null, words: 'news conference' });
  assert.equal(channelOf('the chief executive said on an earnings call')?.channel, 'earnings call');
  assert.equal(channelOf('she said on her podcast')?.kind, 'venue');
  assert.deepEqual(channelOf('the bishop wrote in a letter to parishioners'), { channel: 'letter', kind: 'form', form: null, words: 'letter' });
  assert.equal(channelOf('he wrote in a blog post')?.channel, 'blog post');
  // Whom a speaker told is no outlet when the form is named: the court is where, the opening statement what.
  const told = 'lead prosecutor Ivan Boyd told Marlow County Court in his opening statement';
  const at = told.indexOf('Marlow');
  const court: Mention[] = [{ start: at, end: at + 'Marlow County Court'.length, text: 'Marlow County Court', type: 'organization', local: 0 }];
  assert.equal(channelOf(told, court)?.channel, 'opening statement');
  assert.equal(channelOf('the weather was fine and the crowd cheered'), null);
});

test('calls with investors, analysts or shareholders; a written reply', () => {
  assert.deepEqual(channelOf('the founder told the investor call on Thursday that'), { channel: 'investor call', kind: 'venue', form: null, words: 'investor call' });
  assert.equal(channelOf('On a call with analysts on Friday, the treasurer said')?.channel, 'analyst call');
  assert.equal(channelOf('Mr Ostrander said on a shareholder call')?.channel, 'shareholder call');
  assert.equal(channelOf('a call with reporters'), null, 'a call with reporters is no call of a company');
  assert.deepEqual(channelOf('the inspector said in a written reply to questions'), { channel: 'written reply', kind: 'form', form: null, words: 'written reply' });
  assert.equal(channelOf('the ministry said in a written answer to parliament')?.channel, 'written answer');
  assert.equal(channelOf('she said in reply to a question from the floor'), null, 'a reply aloud is no form');
});

test('words told to lawmakers with no hearing named: a committee hearing, or a sitting of parliament', () => {
  assert.deepEqual(channelOf('Mr Osterhout told lawmakers on Tuesday that'), { channel: 'committee hearing', kind: 'venue', form: null, words: 'told lawmakers' });
  assert.equal(channelOf('she told the Senate Appropriations Committee')?.channel, 'committee hearing');
  assert.equal(channelOf("he told parliament's transport committee that")?.channel, 'transport committee hearing', 'a hearing by its remit');
  assert.equal(channelOf('the minister told MPs')?.channel, 'parliament');
  assert.equal(channelOf('she told the Commons on Monday')?.channel, 'parliament', 'the House is no outlet');
  assert.equal(channelOf('he told reporters the inquiry would report in May'), null);
});

test('a broadcaster named after "on"; not a bare "on TV", nor a weekday', () => {
  assert.deepEqual(channelOf('This morning on Kestrel Radio, the doctor repeated'), { channel: 'Kestrel Radio', kind: 'outlet', form: null, words: 'Kestrel Radio' });
  assert.equal(channelOf('she said on Harbour FM 98 that')?.channel, 'Harbour FM 98');
  assert.equal(channelOf('he said on Radio Marrow on Sunday')?.channel, 'Radio Marrow');
  assert.equal(channelOf('he said on TV that the deal was done'), null);
  assert.equal(channelOf('on Monday TV crews were waiting'), null);
});

test('an outlet by a word of its name, whatever the recogniser typed it', () => {
  const told = 'the chief executive, Aldo Pekkar, told Kestrel FM by telephone that the company would pay';
  const at = told.indexOf('Kestrel FM');
  const asPerson: Mention[] = [{ start: at, end: at + 'Kestrel FM'.length, text: 'Kestrel FM', type: 'person', local: 0 }];
  assert.deepEqual(channelOf(told, asPerson), { channel: 'Kestrel FM', kind: 'outlet', form: 'telephone', words: 'told Kestrel FM' });
  // A person told is no outlet.
  const person = 'the mayor told Oren Tabak that the count was over';
  const p = person.indexOf('Oren Tabak');
  assert.equal(channelOf(person, [{ start: p, end: p + 10, text: 'Oren Tabak', type: 'person', local: 0 }]), null);
});

test('speech in person: told supporters, a crowd, addressing activists; not an email to them, nor reporters', () => {
  assert.deepEqual(channelOf('Dunne told cheering supporters at her campaign headquarters on Sunday night'), { channel: 'speech', kind: 'venue', form: null, words: 'told cheering supporters' });
  assert.equal(channelOf('she told a crowd of 2,000 supporters in the main square')?.channel, 'speech');
  assert.equal(channelOf('addressing party activists at a hotel, he said')?.channel, 'speech');
  assert.equal(channelOf('she told supporters in an email on Monday')?.channel, 'email');
  assert.equal(channelOf('she told reporters outside the town hall')?.channel === 'speech', false);
});

test('a telephone interview is an interview, with the outlet it was given to', () => {
  assert.deepEqual(channelOf('Halvard Oyen told the Kessling Courier in a phone interview on Friday'), { channel: 'Kessling Courier', kind: 'outlet', form: 'telephone interview', words: 'told the Kessling Courier' });
  assert.equal(channelOf('she said in a telephone interview')?.channel, 'telephone interview');
});

test('the hints of an article are searched for only as far as asked, with the same answers in any order of asking', () => {
  const text = 'The mayor spoke on Monday. She said in a statement on Facebook that the bridge would reopen. Nothing else was said. ' +
    'A client note to investors followed. Later she told Harbour Radio the work was done. Then she went home.';
  const windows: [number, number][] = [];
  for (let from = 0; from < text.length; from += 7) for (const size of [5, 30, 90]) windows.push([from, Math.min(text.length, from + size)]);
  const context = (): ChannelContext => ({ text, mentions: () => [], nameOf: (m) => m.text, hints: channelHints(text), publisher: null });
  const fresh = windows.map(([from, to]) => JSON.stringify(channelIn(context(), from, to)));
  const forward = context();
  const backward = context();
  assert.deepEqual(windows.map(([from, to]) => JSON.stringify(channelIn(forward, from, to))), fresh);
  assert.deepEqual([...windows].reverse().map(([from, to]) => JSON.stringify(channelIn(backward, from, to))).reverse(), fresh);
  // Some windows find a channel, some none: the comparison means something.
  assert.ok(fresh.some((c) => c !== 'null') && fresh.some((c) => c === 'null'));
  // Asked only about the first sentence, the search stops before the end of the text.
  const early = context();
  channelIn(early, 0, 26);
  assert.ok(early.hints.next >= 0 && early.hints.next < text.length);
});

test('parliament and the telephone: "told parliament", "during a debate in parliament", "said by telephone", "over the phone"', () => {
  assert.equal(channelOf('the minister told parliament on Monday that he would act')?.channel, 'parliament');
  assert.equal(channelOf('said Tomas Brenn, a local MP, during a debate in parliament on Tuesday')?.channel, 'debate in parliament');
  assert.deepEqual(channelOf('Anna Lund, a spokeswoman, said by telephone.'), { channel: 'telephone', kind: 'form', form: null, words: 'by telephone' });
  assert.equal(channelOf('she told reporters over the phone')?.channel, 'telephone');
});

test('a form named only in a capitalised name is no channel: each pattern runs where a hint of its own is', () => {
  // "Speech" of an institute's name, "Video" of a show's title: no hint of a form, so no form, whatever else the window hints.
  assert.equal(channelOf('Lena Hovik, of the Institute for Vision, Speech and Hearing Research, told reporters'), null);
  assert.deepEqual(channelOf('Ansel Brody, host of the Weekly Video Countdown, told the Kestrel Courier website'), { channel: 'Kestrel Courier', kind: 'outlet', form: null, words: 'told the Kestrel Courier' });
  // Written as a form is, the form is found beside the same hint.
  assert.equal(channelOf('Lena Hovik told reporters in a speech on Monday')?.channel, 'speech');
  assert.equal(channelOf('Ansel Brody said in a video posted on Monday')?.channel, 'video');
});

test('"telling parliament", "tells supporters": the present of "told" is a hint too', () => {
  assert.equal(channelOf('with the finance minister telling parliament:')?.channel, 'parliament');
  assert.equal(channelOf('the mayor tells supporters at the rally')?.channel, 'rally');
  assert.equal(channelOf('the mayor tells cheering supporters')?.channel, 'speech');
});

test('an outlet told in the present, spoken or talked to, and one named before a comma and its speaker', () => {
  const org = (text: string, name: string): Mention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type: 'organization', local: 0 } as Mention;
  };
  const tells = 'Hrefna Dal, a farmer near the crater, tells Brakvik Radio: ';
  assert.equal(channelOf(tells, [org(tells, 'Brakvik Radio')])?.channel, 'Brakvik Radio');
  const spoke = 'Ivo Lund spoke to the Kelvale Herald on Monday.';
  assert.equal(channelOf(spoke, [org(spoke, 'Kelvale Herald')])?.channel, 'Kelvale Herald');
  const talking = 'Ana Kold said, talking to Vesturvakt at the shelter.';
  assert.equal(channelOf(talking, [org(talking, 'Vesturvakt')])?.channel, 'Vesturvakt');
  const speaking = 'Speaking to the Kelvale Herald, Ana Kold said:';
  assert.equal(channelOf(speaking, [org(speaking, 'Kelvale Herald')])?.channel, 'Kelvale Herald', 'the name before the comma is the outlet, not its description');
  const described = 'Ivo Lund told the state broadcaster, Kanal 9, that';
  assert.equal(channelOf(described, [org(described, 'Kanal 9')])?.channel, 'Kanal 9', 'a description before the comma still gives way to the name');
  assert.equal(channelOf('She spoke to reporters outside the court.'), null, 'reporters are no outlet');
});
