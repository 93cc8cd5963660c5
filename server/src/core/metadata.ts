// An article's metadata as news text states it near its top: the byline ("By Jane Roe, Example
// News", "12 March 2026 · Jane Roe, editor"), the dateline ("GENEVA, May 3 (Reuters) —"), a URL. The publication date comes from the
// analysis (text.ts). Each field is null when the text does not say it.

import { MONTHS } from './text';

export interface ArticleMetadata {
  outlet: string | null;
  author: string | null;
  place: string | null;
  url: string | null;
}

/** How far down the byline, dateline and URL are looked for: they open an article. */
const TOP_LINES = 12;
/** A byline: "By" and one or two names (capitalised words); an outlet after a comma, a bar or "for". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da|del|la)){0,4}`;
const OUTLET = String.raw`(?:The\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,4}`;
/** A role in lower case after the name: "political correspondent", "director". */
const ROLE = String.raw`(?:\s*,\s*(?:the\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})`;
const BYLINE = new RegExp(String.raw`^\s*(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by)\s+(${NAME}(?:\s+and\s+${NAME})?)${ROLE}?(?:\s*(?:,|\||\bfor\b)\s*(${OUTLET}))?\s*$`, 'u');
/** A byline line of parts, a date and the writer: "Thursday 12 March 2026 · Ana Ruiz, director", "Ana Ruiz | May 3, 2026". */
const PARTS = /\s+[·|•]\s+/;
const MONTH = String.raw`(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})\p{Ll}*\.?`;
const DATE_PART = new RegExp(String.raw`^(?:\p{L}+,?\s+)?(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2})(?![\p{L}\p{N}])`, 'u');
const WRITER_PART = new RegExp(String.raw`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})${ROLE}?$`, 'u');
/** A dateline: a place in capitals or title case, maybe a date, maybe the agency in brackets, then a dash. */
const DATELINE = /^\s*([A-Z][A-Za-z.'’-]*(?:[ -][A-Z][A-Za-z.'’-]*){0,3})(,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\(([A-Z][^)\n]{1,40})\))?\s*[-–—]{1,2}\s+\S/d;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:)]/;

export function readMetadata(text: string): ArticleMetadata {
  const meta: ArticleMetadata = { outlet: null, author: null, place: null, url: null };
  const lines = text.split(/\r\n|\r|\n/, TOP_LINES * 3).filter((l) => l.trim()).slice(0, TOP_LINES);
  // The first line is the headline: "Brexit - what comes next" has a dash but no dateline.
  lines.forEach((line, i) => {
    const by = BYLINE.exec(line) ?? datedByline(line);
    if (by && !meta.author) {
      meta.author = by[1].trim();
      if (by[2] && !meta.outlet) meta.outlet = by[2].trim();
      return;
    }
    const dl = i > 0 && !meta.place ? readDateline(line) : null;
    if (dl) {
      meta.place = titleCase(line.slice(...dl.place));
      if (dl.outlet && !meta.outlet) meta.outlet = line.slice(...dl.outlet).trim();
    }
    const url = URL_PATTERN.exec(line);
    if (url && !meta.url) meta.url = url[0];
  });
  return meta;
}

/** The writer of a byline of a date and a name ("Thursday 12 March 2026 · Ana Ruiz, director"), as BYLINE matches give it. */
function datedByline(line: string): [string, string, undefined] | null {
  if (!PARTS.test(line)) return null;
  const parts = line.trim().split(PARTS);
  if (parts.length < 2 || !parts.some((p) => DATE_PART.test(p))) return null;
  const writer = parts.map((p) => WRITER_PART.exec(p)).find((m) => m);
  return writer ? [line, writer[1], undefined] : null;
}

/**
 * Where the place and the agency of a dateline at the start of `line` are ("GENEVA, May 3 (Reuters) -").
 * A capitalised word and a dash also open sentences ("Critics — many of them — …"): a dateline's
 * place is in capitals, or a date or an agency follows it.
 */
export function readDateline(line: string): { place: [number, number]; outlet: [number, number] | null } | null {
  const dl = DATELINE.exec(line);
  if (!dl || !isPlaceWords(dl[1]) || !(dl[1] === dl[1].toUpperCase() || dl[2] || dl[3])) return null;
  return { place: dl.indices![1], outlet: dl.indices![3] ?? null };
}

/** A dateline's place is all capitals ("GENEVA") or a short run of capitalised words before the dash. */
function isPlaceWords(s: string): boolean {
  const words = s.split(/[ -]/);
  return words.length <= 4 && (s === s.toUpperCase() ? /[A-Z]{2}/.test(s) : words.every((w) => /^[A-Z]/.test(w)));
}

const titleCase = (s: string): string => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[ '’-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()) : s);
