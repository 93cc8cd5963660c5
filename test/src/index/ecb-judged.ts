// Every contradiction warning Byline has given on the ECB+ real same-event clusters
// (../shared/data/ecbplus, prepared by ../shared/tools/ecb-prep.mjs), judged by reading both lines:
// `expected` ones a fact-checker agrees with, `unexpected` ones nobody should see again. Each
// unexpected one names the pattern of news writing behind it; each pattern also has a test on
// articles written for the tests (figures, events, channels, speakers tests).

export interface Judged {
  cluster: string;
  kind: 'channel' | 'speaker' | 'date' | 'number';
  /** The two articles, in either order. */
  files: [string, string];
  verdict: 'expected' | 'unexpected';
  pattern: string;
}

export const JUDGED: Judged[] = [
  // One source, one event, two figures: the articles disagree on the toll from the same source.
  { cluster: '8-ecbplus', kind: 'number', files: ['8_3ecbplus.txt', '8_8ecbplus.txt'], verdict: 'expected', pattern: 'police give 12 and 18 injured in the riots' },
  { cluster: '20-ecbplus', kind: 'number', files: ['20_4ecbplus.txt', '20_6ecbplus.txt'], verdict: 'expected', pattern: 'the island governor gives 10 and 3 dead' },
  { cluster: '20-ecbplus', kind: 'number', files: ['20_11ecbplus.txt', '20_8ecbplus.txt'], verdict: 'expected', pattern: 'about 50 hurt against 80 injured in one quake, the same day' },
  // One person, two ages in reports of the same day (the climber is 32 in the one, 31 in the other).
  { cluster: '23-ecbplus', kind: 'number', files: ['23_10ecbplus.txt', '23_9ecbplus.txt'], verdict: 'expected', pattern: 'one climber aged 32 and 31 in reports of one day' },
  { cluster: '23-ecbplus', kind: 'number', files: ['23_11ecbplus.txt', '23_9ecbplus.txt'], verdict: 'expected', pattern: 'one climber aged 32 and 31 in reports of one day' },
  { cluster: '23-ecbplus', kind: 'number', files: ['23_5ecbplus.txt', '23_9ecbplus.txt'], verdict: 'expected', pattern: 'one climber aged 32 and 31 in reports of one day' },
  // Judged again: 37_3 gives the spokesman's 12 and his later 24 itself, the toll as it grew.
  { cluster: '37-ecbplus', kind: 'number', files: ['37_3ecbplus.txt', '37_6ecbplus.txt'], verdict: 'unexpected', pattern: 'an article that gives both counts itself (12, then 24 dead) reports the difference' },

  // Speakers
  { cluster: '2-ecbplus', kind: 'speaker', files: ['2_10ecbplus.txt', '2_4ecbplus.txt'], verdict: 'unexpected', pattern: 'a joint statement of two people resolved to a different one of them in each article' },
  { cluster: '2-ecbplus', kind: 'speaker', files: ['2_10ecbplus.txt', '2_9ecbplus.txt'], verdict: 'unexpected', pattern: 'a joint statement' },
  { cluster: '2-ecbplus', kind: 'speaker', files: ['2_1ecbplus.txt', '2_4ecbplus.txt'], verdict: 'unexpected', pattern: 'a joint statement' },
  { cluster: '2-ecbplus', kind: 'speaker', files: ['2_1ecbplus.txt', '2_9ecbplus.txt'], verdict: 'unexpected', pattern: 'a joint statement' },
  { cluster: '2-ecbplus', kind: 'speaker', files: ['2_4ecbplus.txt', '2_7ecbplus.txt'], verdict: 'unexpected', pattern: 'a joint statement' },
  { cluster: '2-ecbplus', kind: 'speaker', files: ['2_7ecbplus.txt', '2_9ecbplus.txt'], verdict: 'unexpected', pattern: 'a joint statement' },
  { cluster: '2-ecb', kind: 'speaker', files: ['2_4ecb.txt', '2_5ecb.txt'], verdict: 'unexpected', pattern: 'a joint statement' },
  { cluster: '39-ecbplus', kind: 'speaker', files: ['39_3ecbplus.txt', '39_6ecbplus.txt'], verdict: 'unexpected', pattern: 'the person a message is addressed to taken as its speaker' },
  { cluster: '39-ecbplus', kind: 'speaker', files: ['39_10ecbplus.txt', '39_1ecbplus.txt'], verdict: 'unexpected', pattern: 'a person named inside or beside the quote taken as its speaker' },
  { cluster: '39-ecbplus', kind: 'speaker', files: ['39_1ecbplus.txt', '39_4ecbplus.txt'], verdict: 'unexpected', pattern: 'a person named beside the quote' },
  { cluster: '13-ecb', kind: 'speaker', files: ['13_14ecb.txt', '13_18ecb.txt'], verdict: 'unexpected', pattern: 'a statement of an office carried over to a person quoted paragraphs before' },
  { cluster: '13-ecb', kind: 'speaker', files: ['13_18ecb.txt', '13_1ecb.txt'], verdict: 'unexpected', pattern: 'a statement of an office carried over' },
  { cluster: '13-ecb', kind: 'speaker', files: ['13_18ecb.txt', '13_4ecb.txt'], verdict: 'unexpected', pattern: 'a statement of an office carried over' },
  { cluster: '9-ecb', kind: 'speaker', files: ['9_1ecb.txt', '9_6ecb.txt'], verdict: 'unexpected', pattern: 'one name misspelt (one letter)' },
  { cluster: '9-ecb', kind: 'speaker', files: ['9_5ecb.txt', '9_6ecb.txt'], verdict: 'unexpected', pattern: 'one name misspelt' },
  { cluster: '18-ecbplus', kind: 'speaker', files: ['18_10ecbplus.txt', '18_7ecbplus.txt'], verdict: 'unexpected', pattern: 'a first name alone against the full name' },
  { cluster: '41-ecbplus', kind: 'speaker', files: ['41_5ecbplus.txt', '41_7ecbplus.txt'], verdict: 'unexpected', pattern: 'a place glued to a weekday read as a person, the real speaker named beside the quote' },

  // Channels
  { cluster: '37-ecbplus', kind: 'channel', files: ['37_12ecbplus.txt', '37_7ecbplus.txt'], verdict: 'unexpected', pattern: 'an outlet and its initials' },
  { cluster: '19-ecbplus', kind: 'channel', files: ['19_10ecbplus.txt', '19_6ecbplus.txt'], verdict: 'unexpected', pattern: 'an outlet named in short and in full' },

  // Figures
  { cluster: '10-ecb', kind: 'number', files: ['10_4ecb.txt', '10_7ecb.txt'], verdict: 'unexpected', pattern: 'a range (between $140 and $150 million) is a bound, and another bidder' },
  { cluster: '10-ecbplus', kind: 'number', files: ['10_13ecbplus.txt', '10_1ecbplus.txt'], verdict: 'unexpected', pattern: 'two bidders sharing the person the offer is made to' },
  { cluster: '18-ecbplus', kind: 'number', files: ['18_11ecbplus.txt', '18_9ecbplus.txt'], verdict: 'unexpected', pattern: 'a verb after a comma belongs to the next figure ("shot three people, killing one")' },
  { cluster: '19-ecbplus', kind: 'number', files: ['19_10ecbplus.txt', '19_7ecbplus.txt'], verdict: 'unexpected', pattern: 'a person\'s prior arrests are not the arrests at the event' },
  { cluster: '41-ecb', kind: 'number', files: ['41_2ecb.txt', '41_5ecb.txt'], verdict: 'unexpected', pattern: 'a group named before ("the three men who were killed") is part of a toll' },
  { cluster: '41-ecb', kind: 'number', files: ['41_4ecb.txt', '41_5ecb.txt'], verdict: 'unexpected', pattern: 'serious injuries are a different measure' },
  { cluster: '41-ecb', kind: 'number', files: ['41_4ecb.txt', '41_7ecb.txt'], verdict: 'unexpected', pattern: 'serious injuries are a different measure' },
  { cluster: '41-ecb', kind: 'number', files: ['41_5ecb.txt', '41_7ecb.txt'], verdict: 'unexpected', pattern: 'staff injured are a group of the injured' },
  { cluster: '41-ecb', kind: 'number', files: ['41_2ecb.txt', '41_8ecb.txt'], verdict: 'unexpected', pattern: 'a separate incident is another event' },
  { cluster: '43-ecbplus', kind: 'number', files: ['43_15ecbplus.txt', '43_4ecbplus.txt'], verdict: 'unexpected', pattern: 'a decimal split by a space ("$9. 3m")' },
  { cluster: '8-ecbplus', kind: 'number', files: ['8_10ecbplus.txt', '8_1ecbplus.txt'], verdict: 'unexpected', pattern: 'a sum of parts ("two women and one man died")' },
  { cluster: '8-ecbplus', kind: 'number', files: ['8_10ecbplus.txt', '8_2ecbplus.txt'], verdict: 'unexpected', pattern: 'a sum of parts' },
  { cluster: '37-ecbplus', kind: 'number', files: ['37_10ecbplus.txt', '37_3ecbplus.txt'], verdict: 'unexpected', pattern: '"another four people died" adds to a toll' },
  { cluster: '37-ecbplus', kind: 'number', files: ['37_10ecbplus.txt', '37_6ecbplus.txt'], verdict: 'unexpected', pattern: '"another four people died" adds to a toll' },

  { cluster: '37-ecbplus', kind: 'number', files: ['37_10ecbplus.txt', '37_1ecbplus.txt'], verdict: 'unexpected', pattern: '"one man was killed" in one village is a part of the toll' },
  { cluster: '9-ecb', kind: 'channel', files: ['9_3ecb.txt', '9_7ecb.txt'], verdict: 'unexpected', pattern: 'a press conference held as a conference call' },

  // Dates
  { cluster: '25-ecbplus', kind: 'date', files: ['25_3ecbplus.txt', '25_8ecbplus.txt'], verdict: 'unexpected', pattern: 're-signing is not signing; weekdays read against articles months apart' },
];
