// Numbers as news writes them: "1,240", "1 240" (a space or no-break space between thousands),
// "2.4 million", "€18m", "18 million euros", "EUR 18,000,000", "thirty-two", "twelve million",
// "six and a half million euros", "a quarter of a million", "half a million", "a single" (one),
// "R$ 12 million", "SEK 4.5 million", "45 million kronor".
// Each comes with its currency when it is money, so that "€18m" and "18 million euros" are one amount.

export interface NumberAt {
  /** Offset in the text scanned, and length of the number with its currency and multiplier. */
  at: number;
  length: number;
  value: number;
  /** ISO code of the currency ("EUR", "USD", "GBP"), null for a plain count. */
  currency: string | null;
}

const SYMBOLS: Record<string, string> = { $: 'USD', us$: 'USD', r$: 'BRL', a$: 'AUD', c$: 'CAD', nz$: 'NZD', hk$: 'HKD', s$: 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₱': 'PHP', '₩': 'KRW', '₾': 'GEL', '₹': 'INR', '₺': 'TRY', '₦': 'NGN' };
const CODES = 'USD|EUR|GBP|CHF|JPY|CNY|RUB|UAH|CAD|AUD|INR|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|TRY|GEL|KRW|PHP|IDR|THB|VND|MYR|NGN|KES|EGP|ZAR|ILS|AED|SAR|BRL|ARS|CLP|COP|PEN|SGD|HKD|NZD|MXN';
const NAMES: [RegExp, string][] = [
  [/^euros?$/i, 'EUR'],
  [/^(?:us\s+)?dollars?$/i, 'USD'],
  [/^pounds?(?:\s+sterling)?$/i, 'GBP'],
  [/^(?:yen)$/i, 'JPY'],
  [/^(?:yuan|renminbi)$/i, 'CNY'],
  [/^(?:roubles?|rubles?)$/i, 'RUB'],
  [/^(?:hryvnias?|hryvnas?)$/i, 'UAH'],
  [/^(?:swiss\s+)?francs?$/i, 'CHF'],
  [/^(?:kronor|krona)$/i, 'SEK'],
  [/^reais$/i, 'BRL'],
  // Currencies named in the plural of their own language ("krónur", "zlotys", "lari"): the name gives the code.
  [/^(?:kr[óo]nur|kr[óo]na)$/i, 'ISK'],
  [/^(?:kroner|krone)$/i, 'NOK'],
  [/^(?:zlotys?|z[łl]oty|z[łl]otych)$/i, 'PLN'],
  [/^lari$/i, 'GEL'],
  [/^pesos?$/i, 'PESO'],
  [/^(?:rupees?)$/i, 'INR'],
  [/^(?:lira|liras|lire)$/i, 'TRY'],
  [/^(?:naira)$/i, 'NGN'],
  [/^(?:rand)$/i, 'ZAR'],
];
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/** A currency written before a number: "$", "US$", "R$ ", "€", "EUR ". */
const CURRENCY_END = '$€£¥₱₩₾₹₺₦';
const CURRENCY_BEFORE = new RegExp(`(?:(?:US|R|A|C|NZ|HK|S)\\$[ \\u00a0]?|[$€£¥₱₩₾₹₺₦]|\\b(?:${CODES})[ \\u00a0]?)$`, 'i');
/**
 * The number at a digit (sticky): thousands grouped by commas or by a space of any kind, or none;
 * a multiplier ("million", "m", "bn": the short ones only glued to the number or after a currency);
 * a currency name after. Run only where a digit run starts, since a scan of the whole pattern at
 * every position cost more than the rest of the figure finder.
 */
const NUMBER_AT = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+(?![\\d.,])|\\d+(?:\\.\\d+)?)` +
    `(?:(\\s?(?:thousand|million|billion|trillion)|(?:m|mn|mln|bn|k|tn)(?![\\p{L}\\p{N}])))?` +
    `(\\s+(?:euros?|(?:US\\s+)?dollars?|pounds(?:\\s+sterling)?|pound|yen|yuan|renminbi|roubles?|rubles?|hryvnias?|hryvnas?|(?:Swiss\\s+)?francs?|kronor|krona|kr\\p{L}nur|kroner|krone|zlotys?|z\\p{L}oty|z\\p{L}otych|lari|pesos?|rupees?|liras?|lire|naira|rand)(?![\\p{L}]))?` +
    `(?![\\p{L}\\p{N}%]|[.,:/]\\d|\\.\\s\\d|-(?:year|month|day|week|hour)|\\s*(?:per\\s*cent|percent|pc)\\b)`,
  'iuy',
);
const DIGIT_RUN = /\d+/g;
/** What may not stand right before a number (or its currency): letters, digits, and joining marks. */
const GLUED = /[\p{L}\p{N}.,:/-]/u;
/** GLUED by code for ASCII (letters, and ",-./0-9:" from 44 to 58), the pattern beyond it. */
const glued = (c: number): boolean => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 44 && c <= 58) : GLUED.test(String.fromCharCode(c)));

const UNITS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const WORD_VALUE = new Map<string, number>([...UNITS.map((w, i) => [w, i + 1] as [string, number]), ...TENS.map((w, i) => [w, (i + 2) * 10] as [string, number])]);
/** "thirty-two", "two hundred", "twelve million", "one hundred and fifty thousand". */
const SPELLED = new RegExp(
  `\\b((?:${[...TENS, ...UNITS].join('|')})(?:[- ](?:${UNITS.slice(0, 9).join('|')}))?(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:${[...TENS, ...UNITS].join('|')})(?:-(?:${UNITS.slice(0, 9).join('|')}))?)?)?)(\\s+and\\s+a\\s+half)?(?:\\s+(thousand|million|billion))?(\\s+(?:euros?|dollars?|pounds))?\\b`,
  'gi',
);

/** "a quarter of a million euros", "three-quarters of a billion", "half a million", "a million" (not "one and a half million": SPELLED). */
const FRACTION = /\b(?:(?:a|one)\s+(quarter)\s+of\s+a|(three)[- ]quarters\s+of\s+a|(half)\s+a|a)\s+(million|billion)(\s+(?:euros?|dollars?|pounds))?\b/giu;
/** "a single night guard", "A lone gunman". */
const SINGLE = /\b[Aa]\s+(?:single|lone)\b/g;
const RARE = /illion|ingle|lone/;

/** A number in words: "forty-one", "two hundred", "five and a half" (null when a word is no number). */
export function spelledNumber(words: string): number | null {
  const half = /\s+and\s+a\s+half$/i.exec(words);
  const base = spelledValue(half ? words.slice(0, half.index) : words);
  return base === null ? null : base + (half ? 0.5 : 0);
}

function spelledValue(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'hundred') current = (current || 1) * 100;
    else {
      const v = WORD_VALUE.get(w);
      if (v === undefined) return null;
      current += v;
    }
  }
  total += current;
  return total || null;
}

const currencyOf = (before: string | undefined, after: string | undefined): string | null => {
  if (before) {
    const b = before.trim().toLowerCase();
    return SYMBOLS[b] ?? b.toUpperCase();
  }
  if (after) {
    const a = after.trim();
    for (const [re, code] of NAMES) if (re.test(a)) return code;
  }
  return null;
};

/**
 * The numbers of a text (a sentence), in order; a short multiplier ("m", "bn") counts only for money.
 * `fractions`: read "half a million", "a single" too; the caller asks for them only in a sentence
 * without digits (they are read with numbers in words, and looking for them everywhere cost 4 ms per BBC pass).
 * `wordsFrom`: where numbers in words may start, when the caller knows no earlier word is one.
 */
export function numbersIn(text: string, fractions = true, wordsFrom = 0): NumberAt[] {
  const out: NumberAt[] = [];
  // exec with lastIndex: matchAll would copy, and so recompile, the regexes for every sentence.
  DIGIT_RUN.lastIndex = 0;
  for (let d = DIGIT_RUN.exec(text); d; d = DIGIT_RUN.exec(text)) {
    const at = d.index;
    // A currency before ends in a symbol or a capital ("$5", "R$ 12", "SEK 4.5"): the pattern only there.
    const c = at > 1 && (text[at - 1] === ' ' || text[at - 1] === '\u00a0') ? text[at - 2] : at > 0 ? text[at - 1] : '';
    const symbol = c && (CURRENCY_END.includes(c) || (c >= 'A' && c <= 'Z')) ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 4), at)) : null;
    const from = symbol ? at - symbol[0].length : at;
    if (from > 0 && glued(text.charCodeAt(from - 1))) continue;
    NUMBER_AT.lastIndex = at;
    const m = NUMBER_AT.exec(text);
    if (!m) continue;
    DIGIT_RUN.lastIndex = at + m[0].length;
    const currency = currencyOf(symbol?.[0], m[3]);
    const mult = m[2]?.trim().toLowerCase();
    // "50m" with no currency is a distance, not fifty million.
    if (mult && !currency && !/^(?:thousand|million|billion|trillion)$/.test(mult)) continue;
    const value = parseFloat(m[1].length > 3 ? m[1].replace(/[,\s\u00a0\u202f\u2009]/g, '') : m[1]) * (mult ? MULTIPLIERS[mult] : 1);
    if (Number.isFinite(value) && value > 0) out.push({ at: from, length: at + m[0].length - from, value, currency });
  }
  SPELLED.lastIndex = wordsFrom;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const base = spelledValue(m[1]);
    if (base === null) continue;
    const value = (base + (m[2] ? 0.5 : 0)) * (m[3] ? MULTIPLIERS[m[3].toLowerCase()] : 1);
    out.push({ at: m.index, length: m[0].length, value, currency: currencyOf(undefined, m[4]) });
  }
  // Fractions of a million, "a million", "a single", "a lone" only where such a word is: one scan for
  // them all (a search for each of 'illion', ' single ' and ' lone ' cost three times as much).
  const rare = fractions ? RARE.exec(text)?.[0] : undefined;
  if (rare && (rare === 'illion' || text.includes('illion'))) {
    FRACTION.lastIndex = 0;
    for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
      const part = m[1] ? 0.25 : m[2] ? 0.75 : m[3] ? 0.5 : 1;
      out.push({ at: m.index, length: m[0].length, value: part * MULTIPLIERS[m[4].toLowerCase()], currency: currencyOf(undefined, m[5]) });
    }
  }
  // "a single guard", "a lone gunman": one, written as a determiner.
  if (rare && (rare !== 'illion' || text.includes('ingle') || text.includes('lone'))) {
    SINGLE.lastIndex = 0;
    for (let m = SINGLE.exec(text); m; m = SINGLE.exec(text)) out.push({ at: m.index, length: m[0].length, value: 1, currency: null });
  }
  return out.sort((a, b) => a.at - b.at);
}
