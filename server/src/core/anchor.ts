// Anchoring a passage of an article so that it is found again after the article changes, the way
// Hypothesis anchors web annotations: first the old position (when the quote and its context are
// still there), then the quote itself with its context deciding between occurrences, then an
// approximate match of the quote. A passage that none of these finds is an orphan (null): the
// caller keeps it and says so, it is never dropped.
//
// Offsets are UTF-16 code units, end exclusive, like everywhere in the core.

/** A W3C TextQuoteSelector and TextPositionSelector in one: what is stored for a passage. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type Placement = { start: number; end: number; how: 'position' | 'quote' | 'fuzzy' };

/** Context kept on each side: 32 characters, as Hypothesis does, tells apart repeated phrases in news text. */
export const CONTEXT = 32;

/** The anchor of text[start, end). */
export function describe(text: string, start: number, end: number): TextAnchor {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT), start, end };
}

/** Where the anchored passage is in `text` now, or null when it cannot be placed (an orphan). */
export function place(text: string, a: TextAnchor): Placement | null {
  if (!a.exact) return null;
  if (text.slice(a.start, a.end) === a.exact && contextScore(text, a.start, a.end, a) === a.prefix.length + a.suffix.length) return { start: a.start, end: a.end, how: 'position' };
  const quoted = byQuote(text, a);
  if (quoted) return { ...quoted, how: 'quote' };
  const fuzzy = approximate(text, a);
  return fuzzy && { ...fuzzy, how: 'fuzzy' };
}

/** How many characters of the stored context agree with the text around [start, end). */
function contextScore(text: string, start: number, end: number, a: TextAnchor): number {
  let before = 0;
  while (before < a.prefix.length && start - before - 1 >= 0 && text.charCodeAt(start - before - 1) === a.prefix.charCodeAt(a.prefix.length - before - 1)) before++;
  let after = 0;
  while (after < a.suffix.length && end + after < text.length && text.charCodeAt(end + after) === a.suffix.charCodeAt(after)) after++;
  return before + after;
}

/** The occurrence of the quote whose context agrees best, the nearest to the old place on a tie. */
function byQuote(text: string, a: TextAnchor): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let i = text.indexOf(a.exact); i >= 0; i = text.indexOf(a.exact, i + 1)) {
    const score = contextScore(text, i, i + a.exact.length, a);
    const distance = Math.abs(i - a.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: i, end: i + a.exact.length };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Quotes shorter than this are not matched approximately: a few edits turn a short phrase into
 * another one, and a wrong place is worse than an orphan the user re-attaches.
 */
const MIN_FUZZY = 12;
/** Errors allowed, as a share of the quote: a corrected typo or a changed word or two. */
const MAX_ERROR_RATE = 0.25;
/** Cells (text × quote characters) searched at most; beyond it only a window around the old place. */
const BUDGET = 20_000_000;

/**
 * The span of `text` closest to the quote in edit distance (Sellers' algorithm), with at most a
 * quarter of its characters changed; among equally close ones the nearest to the old place.
 */
function approximate(text: string, a: TextAnchor): { start: number; end: number } | null {
  const p = a.exact;
  const m = p.length;
  if (m < MIN_FUZZY) return null;
  const k = Math.floor(m * MAX_ERROR_RATE);
  // A long article and a long quote: search around where the passage was.
  const span = Math.max(m * 2, Math.floor(BUDGET / m));
  const from = text.length <= span ? 0 : Math.max(0, Math.min(text.length - span, a.start - (span >> 1)));
  const to = Math.min(text.length, from + span);
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let bestEnd = -1;
  let bestCost = k + 1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // free start: the row above the pattern costs nothing anywhere
    for (let i = 1; i <= m; i++) {
      const up = col[i];
      const cost = Math.min(up + 1, col[i - 1] + 1, diag + (p.charCodeAt(i - 1) === c ? 0 : 1));
      diag = up;
      col[i] = cost;
    }
    const cost = col[m];
    if (cost < bestCost || (cost === bestCost && bestEnd >= 0 && Math.abs(j + 1 - a.end) < Math.abs(bestEnd - a.end))) {
      bestCost = cost;
      bestEnd = j + 1;
    }
  }
  if (bestEnd < 0) return null;
  return { start: startOf(text, p, bestEnd, bestCost), end: bestEnd };
}

/** Where the best alignment of `p` ending at `end` with `cost` errors starts: the same search, backwards. */
function startOf(text: string, p: string, end: number, cost: number): number {
  const m = p.length;
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best = end - m;
  let bestCost = Infinity;
  const limit = Math.max(0, end - m - cost);
  for (let j = end - 1; j >= limit; j--) {
    const c = text.charCodeAt(j);
    let diag = col[0];
    col[0] = end - j; // anchored at `end`: skipping text costs here
    for (let i = 1; i <= m; i++) {
      const up = col[i];
      col[i] = Math.min(up + 1, col[i - 1] + 1, diag + (p.charCodeAt(m - i) === c ? 0 : 1));
      diag = up;
    }
    if (col[m] < bestCost || (col[m] === bestCost && Math.abs(end - j - m) < Math.abs(end - best - m))) {
      bestCost = col[m];
      best = j;
    }
  }
  return best;
}
