// Sizes of the things an event is about, in metres whatever the unit: "at a depth of 420 metres" and
// "some 1,380 feet below the surface" are depths; "a 45-metre section of the deck", "the tunnel was 53
// metres long" and "a detour of 25 km" are lengths; "reached a height of 9 kilometres", "a radius of 15
// km". Each rule asks for the word that names the dimension ("depth of", "long", "-metre-deep"), so a
// distance said in passing ("12 km downstream", "within 5 km of") is none, and "m" alone (also
// "million") is read only beside such a word.

import type { Quantity } from './quantities';

/** Metres per unit. */
const METRES: Record<string, number> = { mm: 0.001, cm: 0.01, m: 1, km: 1000, ft: 0.3048, mi: 1609.344 };

/** A length unit right after a number, as a key of METRES. */
const UNIT = /^(?:\s*|-)(?:(mm|millimet(?:re|er)s?)|(cm|centimet(?:re|er)s?)|(m|met(?:re|er)s?)|(km|kilomet(?:re|er)s?)|(ft|feet|foot)|(mi|miles?))(?![\p{L}\p{N}/²³])/iu;
const UNITS = ['mm', 'cm', 'm', 'km', 'ft', 'mi'];

/** "at a depth of", "with a radius of about", "a detour of": the dimension named before the number. */
const NAMED_BEFORE = /\b(?:(depth|height|altitude|length|radius|diameter|width|span|detour)\s+of|(measur)(?:es|ed|ing))\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just\s+over|just\s+under|more\s+than|less\s+than|over|under)\s+)?$/i;
/** "420 metres below the surface", "35 metres long", "(about 115 feet) long": the dimension named after the unit. */
const NAMED_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(long|in\s+length|deep|in\s+depth|below\s+(?:the\s+)?(?:surface|ground|sea\s+level)|underground|high|tall|in\s+height|above\s+sea\s+level|wide|in\s+width|across|in\s+diameter)\b/i;
/** "a 45-metre section", "a 400-metre-deep shaft": the number joined to its unit, the dimension or the thing after. */
const JOINED_AFTER = /^(?:-(long|deep|high|tall|wide))?\s+(\p{Ll}+)/u;
/** Things a joined length is of ("a 25-kilometre detour"); a race or a walk of that length is no size of the event. */
const LONG_THINGS = new Set(['section', 'span', 'stretch', 'detour', 'tunnel', 'bridge', 'deck', 'wall', 'crack', 'gap', 'pipe', 'pipeline', 'road', 'track', 'fence', 'barrier', 'runway', 'queue', 'line', 'convoy', 'slick', 'cordon', 'trench', 'shaft', 'hole', 'channel', 'dike', 'dyke', 'embankment', 'levee', 'boom']);

const DIMENSION: Record<string, string> = {
  depth: 'depth', deep: 'depth', below: 'depth', underground: 'depth',
  height: 'height', altitude: 'height', high: 'height', tall: 'height', above: 'height',
  length: 'length', long: 'length', span: 'length', detour: 'length', measur: 'length',
  radius: 'radius', diameter: 'diameter',
  width: 'width', wide: 'width', across: 'width',
};

/** The dimensions this file reads: counted as facts of their event, with the words around them to tell which thing's. */
export const DIMENSIONS = /^(?:depth|height|length|radius|diameter|width)$/;

/** What a number followed by a length unit measures, in metres; null when no word names the dimension. */
export function dimensionOf(before: string, rest: string): Quantity | null {
  const u = UNIT.exec(rest);
  if (!u) return null;
  const unit = UNITS[u.slice(1).findIndex((x) => x !== undefined)];
  const factor = METRES[unit];
  const end = u[0].length;
  const after = rest.slice(end);
  const named = NAMED_BEFORE.exec(before);
  if (named) return { measure: DIMENSION[(named[1] ?? named[2]).toLowerCase()], unit: 'm', factor, end };
  const said = NAMED_AFTER.exec(after);
  if (said) return { measure: dimensionWord(said[1]), unit: 'm', factor, end: end + said[0].length };
  if (!u[0].startsWith('-')) return null;
  const joined = JOINED_AFTER.exec(after);
  if (!joined) return null;
  if (joined[1]) return { measure: DIMENSION[joined[1]], unit: 'm', factor, end: end + joined[0].length };
  return LONG_THINGS.has(joined[2]) ? { measure: 'length', unit: 'm', factor, end } : null;
}

/** "in length" is a length, "below the surface" a depth, "above sea level" a height. */
function dimensionWord(words: string): string {
  const w = words.toLowerCase().split(/\s+/);
  return DIMENSION[w[0] === 'in' ? w[1] : w[0]];
}

