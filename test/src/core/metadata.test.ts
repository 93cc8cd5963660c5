import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../../../server/out/core/metadata';

test('byline with an outlet, dateline with a date and an agency, a URL', () => {
  const text = `Port reopens after strike\nBy Jane Roe, Harbour Gazette\nhttps://example.org/news/port-reopens?id=4.\n\nVELEN CITY, May 3 (Wire Agency) — Dockworkers returned on Monday.\n`;
  assert.deepEqual(readMetadata(text), { outlet: 'Harbour Gazette', author: 'Jane Roe', place: 'Velen City', url: 'https://example.org/news/port-reopens?id=4' });
});

test('a dateline in title case with the agency; a byline with a bar', () => {
  const text = `Ferry cuts confirmed\n\nBy Ana Lind | Island Post\n\nNorthport (Coast Wire) – The council confirmed the cuts.\n`;
  assert.deepEqual(readMetadata(text), { outlet: 'Island Post', author: 'Ana Lind', place: 'Northport', url: null });
});

test('no metadata: nothing invented from a headline with a dash or a sentence', () => {
  const text = `Elections - what comes next\n\nThe mayor said on Friday that the vote would go ahead.\nCritics — many of them — disagreed.\n`;
  assert.deepEqual(readMetadata(text), { outlet: null, author: null, place: null, url: null });
});

test('bylines with a role, posted by, and a line of a date and the writer', () => {
  assert.equal(readMetadata('Five questions\n\nBy Aurelio Manzetti, political correspondent\nFriday 13 March 2026\n\nText.').author, 'Aurelio Manzetti');
  assert.equal(readMetadata('Five questions\n\nPosted by Aurelio Manzetti\n\nText.').author, 'Aurelio Manzetti');
  assert.equal(readMetadata('Five questions\n\nThursday 12 March 2026 · Ingvild Sorensdatter, director\n\nText.').author, 'Ingvild Sorensdatter');
  assert.equal(readMetadata('Five questions\n\nIngvild Sorensdatter | Oct 3, 2026\n\nText.').author, 'Ingvild Sorensdatter');
  // Menus and share bars are no bylines.
  assert.equal(readMetadata('Five questions\n\nShare: Facebook | X | Telegram\n\nLive | Politics | Election 2026\n\nText.').author, null);
});
