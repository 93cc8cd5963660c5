// Numbers reported about people: tolls, casualties, detainees, refugees, crowds, forces. Each
// figure keeps what it counts (a normalised measure), who the sentence credits it to, and the
// places its sentence names, so that two articles' figures about the same thing can be compared.

import { inside } from './boilerplate';
import { Attributor, credit } from './claims/attribution';
import { DATE_WORDS, resolveDay, WEEKDAYS } from './days';
import { masthead } from './masthead';
import { numbersIn, spelledNumber } from './numbers';
import { agesIn } from './ages';
import { contextOf, countedOf, thingContext } from './counts';
import { durationOf, quantityOf, stoppagesIn } from './quantities';
import { DIMENSIONS, dimensionOf } from './dimensions';
import { SPELLS, spellOf } from './spells';
import { sentencesIn, termOf } from './terms';
import { MONTHS } from './text';
import type { EntityLayer, Figure, Mention, Span, Structure } from './types';

/** What a word says was done to the people counted, or who they were, normalised. */
const MEASURES = new Map(
  Object.entries({
    dead: 'dead death deaths killed killing kills died die dying fatalities massacred slain executed',
    injured: 'injured injuring injuries wounded wounding hurt casualties',
    displaced: 'displaced displacing fled fleeing homeless uprooted evacuated evacuating',
    detained: 'detained detaining detainees held imprisoned jailed prisoners hostages abducted kidnapped captives',
    arrested: 'arrested arresting arrests',
    missing: 'missing disappeared',
    trapped: 'trapped stranded entombed',
    refugees: 'refugees asylum-seekers migrants',
    protesters: 'protesters protestors demonstrators marchers',
    troops: 'troops soldiers servicemen',
    fighters: 'fighters militants insurgents jihadists militiamen combatants',
    cases: 'cases infections',
  }).flatMap(([measure, words]) => words.split(' ').map((w) => [w, measure] as [string, string])),
);

/** Measures that say who the people were, not what happened to them. */
const WHO = new Set(['refugees', 'protesters', 'troops', 'fighters']);

/** People counted without saying what happened to them; a verb nearby may tell ("13,000 women were being held"). */
const PEOPLE = new Set(
  'people person persons civilians children women men residents villagers inhabitants families students workers members supporters activists journalists patients victims individuals citizens others rebels officers policemen personnel miners passengers crew pilgrims tourists fishermen farmers employees staff guards firefighters rescuers climbers hikers spectators fans pupils teachers nurses doctors drivers sailors colleagues labourers laborers locals shoppers commuters worshippers visitors guests riders soldiers troops police'.split(' '),
);

/** Numbers that are no counts of people: years, ages, dates, documents. */
const NOT_COUNT_WORDS = new Set('resolution resolutions no number article paragraph chapter page section flight route road highway age aged year years'.split(' '));
const NOT_COUNT_AFTER = /^\s*(?:years?\b|-year|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|km|kilomet|miles|metres|meters|tons|tonnes|kg|am\b|pm\b|a\.m|p\.m|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:(?:wom[ae]n|m[ae]n|child(?:ren)?|adults?|boys?|girls?)\s+)?and\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
const RATIO_AFTER = /^\s+(?:in|out of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
/** A count after these refers back to a group ("the three men who were killed"), unless a verb before the thing says what it counts ("the 41 recalled batches"). */
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her']);
const ADJECTIVE_THING = /^\s+(?:recalled|prescribed|carried|treated)\s+[a-z]+s\b|^\s+[a-z]+s\s+(?:on\s+board|aboard)\b/;
/** The last word of a text, lower case; a loop, since a regex anchored at the end is tried at every position. */
function lastWordOf(t: string): string {
  let end = t.length;
  while (end > 0 && isSpace(t.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isLetter(t.charCodeAt(start - 1))) start--;
  return t.slice(start, end).toLowerCase();
}

/** Words that open a sentence before a count ("Some 800 officers", "All 40 staff"): no name the number is part of. */
const OPENERS = new Set('some about around nearly almost over only just roughly approximately more fewer less all another at least up to as many the a an and but by of in on for with'.split(' '));
/** "improves to 58-3 with 51 wins by knockout", "a crew of 20, with 12 sailors on deck": a detail of the figure before, no count of its own. */
const DETAIL_WITH = /(?:\d|,)\s*with\s+$/;
/** A capitalised word right before a number is a name it is part of ("Gate 12 workers", "Route 9 closes"). */
function nameBefore(before: string, last: string): boolean {
  if (!last || OPENERS.has(last)) return false;
  const end = before.trimEnd().length;
  const c = before.charCodeAt(end - last.length);
  return c >= 65 && c <= 90;
}

/** What \s matches, by code (a regex test per character cost more than the figure's own rules). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** "two women and one man": parts of one count. */
const SUM_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:wom[ae]n|m[ae]n|child(?:ren)?|adults?|boys?|girls?)\s+and\s+$/iu;
const RATIO_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+$/i;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS.join('|')})\\s*$`);
/** The months as lastWordOf reads them: MONTH_BEFORE, tried at every position, only after one. */
const MONTH_LAST = new Set(MONTHS.map((m) => m.toLowerCase()));

/** The letters of the words after a number as measured() reads them (A-Z, a-z, U+00C0 to U+024F, the hyphen), and the marks it stops at. */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || (c >= 0xc0 && c <= 0x24f);
const isMarkCode = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 46 || c === 40 || c === 41;
/** The marks, and words looked up as they come (a pattern per word cost more than the lookup). */
const PUNCTUATION = new Set([',', ';', ':', '.', '(', ')']);
/** Measure words that say what was done only right after the number ("45 held" but not "45 people held"). */
const NOT_AFTER_WORDS = new Set(['held', 'hurt', 'die', 'missing']);
const BE = new Set(['being', 'been', 'were', 'was', 'are', 'is', 'be']);

const measureOf = (word: string): string | null => MEASURES.get(word) ?? null;

interface Measure {
  measure: string;
  /** Where the words saying what is counted end, relative to the number's end. */
  end: number;
  /** The words before the number that belong to the figure ("the first offer of"). */
  lead: string;
}

/** What sums of money are about, normalised: the price of a deal is its fee, its price, the offer accepted. */
const MONEY = new Map(
  Object.entries({
    price: 'fee fees price prices deal package valuation',
    offer: 'offer offers bid bids',
    bribes: 'kickbacks kickback bribes bribe',
    loss: 'loss losses damage damages',
    fine: 'fine fines penalty penalties',
    bail: 'bail',
    claim: 'claim claims compensation settlement',
    fortune: 'fortune wealth',
    salary: 'salary salaries wage wages',
    budget: 'budget budgets',
    revenue: 'revenue revenues sales turnover',
    profit: 'profit profits earnings',
    debt: 'debt debts loan loans notes bonds',
    credit: 'credit',
    investment: 'investment investments funding aid grant grants',
    fund: 'fund funds',
    cost: 'cost costs',
    ransom: 'ransom',
    bonus: 'bonus bonuses add-ons',
    reward: 'reward rewards bounty',
  }).flatMap(([measure, words]) => words.split(' ').map((w) => [w, measure] as [string, string])),
);
const MONEY_WORDS = [...MONEY.keys()].join('|');
/** Nouns a sum is of only when they follow it ("a $52 million relief fund"): before it they give it ("the fund pledged $5 million"). */
const AFTER_ONLY = new Set(['fund', 'funds']);
const MONEY_WORDS_BEFORE = [...MONEY.keys()].filter((w) => !AFTER_ONLY.has(w)).join('|');
/** "the fee was", "an offer worth", "put the agency's losses at", "first offer, ": the noun at most two words before. */
const MONEY_BEFORE = new RegExp(`\\b(accepted\\s+(?:an?\\s+|the\\s+)?(?:\\p{L}+\\s+)?)?(${MONEY_WORDS_BEFORE})\\b(?:[\\s,]+[\\p{L}'’-]+){0,2}[\\s,]*$`, 'iu');
/** "$2.4 million in kickbacks", "$120 million credit line", "€12m bid". */
const MONEY_AFTER = new RegExp(`^\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:in\\s+|of\\s+)?(?:(?!plus\\b|and\\b|or\\b|once\\b|with\\b)[\\p{L}-]+\\s+)?(${MONEY_WORDS})\\b`, 'iu');

/** A sum taken by fraud is the loss: "defrauding the state of $38 million", "embezzled $2m". */
const TAKEN = /\b(?:defraud(?:ed|ing|s)?|embezzl(?:ed|ing|es)|siphon(?:ed|ing)\s+off|st(?:ole|ealing|olen))\b[^.;:,]{0,40}?\s$/i;

/** "a fund of €5m": a fund's size right after it (before it otherwise, the fund gives the sum). */
const FUND_OF = /\bfunds?\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** "has set aside SEK 4.5 million for clean-up", "earmarked 45 million kronor": what a company provides for a cost. */
const SET_ASIDE = /\b(?:set\s+aside|put\s+aside|earmark(?:ed|s|ing)?)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
/** "has spent €140m", "had spent about $2 billion so far". */
const SPENT = /\b(?:has|have|had)\s+(?:now\s+|already\s+)?spent\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?$/i;
/** "offered €100,000 for information": a reward. */
const FOR_INFORMATION = /^\s+for\s+(?:any\s+)?(?:information|tips?|help)\b/i;
/** "demanded $4 million": a ransom, when no noun says what the sum is. */
const DEMANDED = /\bdemand(?:ed|ing|s)?\s+(?:a\s+(?:payment|sum)\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** What a thing is worth: "are worth €18 million", "valued at €8 million", "a value of". */
const WORTH = /\b(?:worth|valued\s+at|value\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?$/i;

const MONEY_NOUNS = new Set(MONEY_WORDS_BEFORE.split('|'));
/** Whether one of the last three words of a clause (words as MONEY_BEFORE reads them, apart by spaces and commas) names what a sum is. */
function nounNear(clause: string): boolean {
  let end = clause.length;
  for (let n = 0; n < 3; n++) {
    while (end > 0 && (clause.charCodeAt(end - 1) === 44 || isSpace(clause.charCodeAt(end - 1)))) end--;
    let start = end;
    while (start > 0 && clause.charCodeAt(start - 1) !== 44 && !isSpace(clause.charCodeAt(start - 1))) start--;
    if (start === end) return false;
    // The noun ends the word, maybe after a hyphen or an apostrophe ("counter-bid"), as the pattern's \b allows.
    let from = end;
    while (from > start && isWordChar(clause.charCodeAt(from - 1))) from--;
    if (end - from >= 3 && end - from <= 12 && MONEY_NOUNS.has(clause.slice(from, end).toLowerCase())) return true;
    // A noun with a hyphen of its own ("add-ons").
    if (from > start && MONEY_NOUNS.has(clause.slice(start, end).toLowerCase())) return true;
    end = start;
  }
  return false;
}

function moneyMeasure(before: string, rest: string): Measure | null {
  const after = MONEY_AFTER.exec(rest);
  if (after) return { measure: MONEY.get(after[1].toLowerCase())!, end: after[0].length, lead: leadOf(before) };
  if (TAKEN.test(before)) return { measure: 'loss', end: 0, lead: leadOf(before) };
  if (before.includes('fund') && FUND_OF.test(before)) return { measure: 'fund', end: 0, lead: leadOf(before) };
  if (FOR_INFORMATION.test(rest)) return { measure: 'reward', end: 0, lead: leadOf(before) };
  // "has spent €140m on the programme", "spent about €104 million developing the drug": what was spent.
  if (before.includes('spent') && SPENT.test(before)) return { measure: 'spending', end: 0, lead: leadOf(before) };
  if ((before.includes('aside') || before.includes('earmark')) && SET_ASIDE.test(before)) return { measure: 'provision', end: 0, lead: leadOf(before) };
  const clause = before.split(/[.;:!?()]/).pop()!;
  // The noun is one of the last three words (or "accepted … offer"): the pattern, tried at every position, only then.
  const m = nounNear(clause) ? MONEY_BEFORE.exec(clause) : null;
  if (!m) {
    if (clause.includes('demand') && DEMANDED.test(clause)) return { measure: 'ransom', end: 0, lead: leadOf(before) };
    return (clause.includes('worth') || clause.includes('value')) && WORTH.test(clause) ? { measure: 'value', end: 0, lead: leadOf(before) } : null;
  }
  const measure = MONEY.get(m[2].toLowerCase())!;
  // An offer accepted is the price paid; the words before the noun say which one ("Northam's first offer, …").
  return { measure: measure === 'offer' && m[1] ? 'price' : measure, end: 0, lead: `${clause.slice(0, m.index).split(/\s+/).slice(-2).join(' ')} ${m[2]}` };
}

/** The words of a figure's own clause before it: "1,240 suspected cases and 23 deaths" leaves "suspected" to the cases. */
const leadOf = (before: string): string => before.split(/[.;:!?(),]|\band\b/).pop()!;

/** Words that make a figure one of several of its kind: suspected or confirmed cases, the first or the final offer. */
const QUALIFIERS = /\b(suspected|confirmed|probable|new|first|second|third|opening|initial|final|previous|prior|past|earlier|latest|original|improved|revised|additional|another|more|further|then|annual|daily|weekly|monthly|quarterly|net|gross|serious|seriously|critical|critically|Q[1-4]|h[12])\b/gi;
/** Who was counted, after the number: "seven staff were injured" is not the toll of all. */
const GROUPS = /\b(civilians|children|child|women|woman|men|man|boys?|girls?|staff|employees|workers|students|patients|journalists|police|policemen|officers|soldiers|troops|fighters|rebels|militants|members|residents|villagers|foreigners|tourists|passengers|crew)\b/gi;

/** Words naming a thing handled as first reported, no other one of its kind. */
const FIRST_REPORTED = new Set(['original', 'initial']);

/** Who strikes: "3,800 workers walked out" and "its 3,100 members have joined the action" are one count. */
const WORKFORCE = new Set(['workers', 'members', 'staff', 'employees']);

/** Who is evacuated: the people living there, so "3,800 residents were evacuated" is the whole count, not a group of it. */
const DWELLERS = new Set(['residents', 'villagers']);

/** A rate, not a count: "38 million passengers a year", "40 patients a day". */
const PER_PERIOD = /^[\s\p{L}-]{0,30}?\b(?:a|per|each|every)\s+(year|day|week|month)\b|^[\s\p{L}-]{0,30}?\b(annually|daily|weekly|monthly|yearly)\b/u;

/** "The agency has confirmed four deaths": a verb, not a kind of count (as "confirmed cases" are). */
const CONFIRMED_VERB = /\bconfirmed\s+(?:that\s+)?(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?$/i;

function qualifierOf(lead: string, counted: string, measure: string, rest = ''): string | null {
  if (measure !== 'cases' && lead.includes('confirmed')) lead = lead.replace(CONFIRMED_VERB, '');
  // "More than 4,000 people": a bound, said by the hedge; "more" is a qualifier only as "more people" ("12 more deaths").
  if (lead.includes('than')) lead = lead.replace(/\b(?:more|fewer|less)\s+than\s+$/i, '');
  const extra: string[] = [];
  // "Seventeen of the injured are in a serious condition": a part of the whole.
  if (/^\s+of\s+(?:the|those|them|these)\b/i.test(counted)) extra.push('part');
  // Strikers named by their trade ("300 drivers walked out") are a part of those named as the workforce.
  if (measure === 'on strike') {
    const noun = lastWordOf(counted);
    if (noun && !WORKFORCE.has(noun)) extra.push(noun);
  }
  const rate = PER_PERIOD.exec(rest.slice(0, 50));
  if (rate) extra.push(`per ${(rate[1] ?? rate[2]).replace(/ly$/, '').replace(/^dai$/, 'day').replace(/^annual$/, 'year')}`);
  // The thing a handled count is of ("carried passengers") is its measure, no qualifier.
  // A count of a noun has the noun for its measure: who was counted is no qualifier of it.
  const groups = measure.startsWith('count ') ? [] : (counted.toLowerCase().match(GROUPS) ?? []).filter((g) => (measure !== 'displaced' || !DWELLERS.has(g)) && (measure !== 'on strike' || !WORKFORCE.has(g)) && !measure.endsWith(` ${g}`));
  // "The original recall of 14 batches" is the recall as others report it at the time.
  const words = [...(`${lead.split(/\s+/).slice(-5).join(' ')} ${counted}`.toLowerCase().match(QUALIFIERS) ?? []), ...groups].filter((w) => !HANDLED_MEASURE.test(measure) || !FIRST_REPORTED.has(w));
  // Who was counted is a qualifier ("seven staff were injured" is not the toll); "more" and "another" say the same.
  words.push(...extra);
  return words.length ? [...new Set(words.map((w) => (w === 'another' ? 'more' : w)))].sort().join(' ') : null;
}

/** Why a figure is no firm count of its own: a bound, an estimate, an update of an earlier figure, a conversion, a correction, another event. */
const CORRECTION = /\b(?:correct(?:s|ed|ion)|earlier version|previously (?:reported|stated|said)|misstated|mistakenly)\b/i;

/** Whether a sentence says it corrects a figure: the pattern only where one of its words' stems is (most sentences have none). */
const corrects = (sentence: string): boolean =>
  (sentence.includes('orrect') || sentence.includes('earlier version') || sentence.includes('reviously') || sentence.includes('misstat') || sentence.includes('istaken')) && CORRECTION.test(sentence);

/** Words of a figure yet to come: "could", "expected", "targets". */
const FORECAST = /\b(?:could|may|might|would|will|expected|expects|expect|projected|projects|forecasts?|forecast|predicted|predicts|targets?|targeted|aims?|plans?|hopes?|likely|potentially)\b/i;

const DISPUTED_ACCOUNT = /\bthan\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:account|claim|version|figure|estimate)s?\s+of\b[^.;]*$/iu;

/** The last words the patterns of a bound can end with ("more than", "some", "between 20 and"): those patterns, tried at every position, only after one. */
const BOUND_LAST = new Set('than over least to nearly almost about around some roughly approximately under as of most estimated between from and'.split(' '));

function hedgeOf(corrected: boolean, before: string, rest: string): string | null {
  if (corrected) return 'correction';
  // The patterns below that end at the number are tried only after the word each ends with.
  const last = lastWordOf(before);
  // "Last night we reported ten deaths": the outlet's own earlier figure, which it updates.
  if (last === 'reported' && /\b(?:we|had)\s+(?:previously\s+|earlier\s+|initially\s+|first\s+)?reported\s*$/i.test(before)) return 'update';
  if (/\(\s*(?:about|around|roughly|some|approximately|c\.)?\s*$/i.test(before) && !HANDLED_BEFORE.test(before)) return 'conversion';
  if ((BOUND_LAST.has(last) && /\b(?:more than|over|at least|up to|nearly|almost|about|around|some|roughly|approximately|close to|closer to|under|fewer than|less than|as many as|as much as|upwards of|in excess of|at most|no more than|an estimated|between|from)\s*$|\b(?:between\s+\S+(?:\s+(?:thousand|million|billion))?\s+and|from\s+\S+(?:\s+(?:thousand|million|billion))?\s+to)\s*$/i.test(before)) || /^\s*(?:or|and)\s+(?:more|so)\b|^\+/i.test(rest)) return 'bound';
  // "The number of dead has risen to eleven": the count as the article is written.
  if (last === 'to' && /\b(?:has|have)\s+(?:now\s+)?(?:risen|climbed|grown|increased)\s+to\s*$/i.test(before) && !/^\s*(?:[\p{L}-]+\s+){0,3}?from\b/iu.test(rest)) return null;
  if (((last === 'to' || last === 'from') && /\b(?:rose|risen|rising|rises|climbed|increased|jumped|grew|grown|swelled|fell|dropped|declined|decreased|revised|raised|lowered|narrowed|widened|shrank|shrunk|reduced|cut|up|down)\s+(?:[\p{L}'’]+\s+){0,2}(?:to|from)\s*$|\bbring(?:s|ing)?\s+(?:[\p{L}'’-]+\s+){1,8}?to\s*$/iu.test(before)) || /^\s*(?:[\p{L}-]+\s+){0,3}?(?:up|down)\s+from\b/iu.test(rest)) return 'update';
  // "6,100 people have left their homes in … and neighbouring communities, up from the first estimates": a count since grown
  // (a result "up from" last year's is no update of a count).
  if (rest.includes(' from ') && /^[^.;]{0,120}?,\s+(?:up|down)\s+from\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:first\s+|earlier\s+|initial\s+|previous\s+)?(?:estimates?|figures?|counts?|reports?|tally)\b/i.test(rest)) return 'update';
  // "Records suggest a longer release than the company's account of a valve closed 35 minutes after the alarm": the
  // sentence sets another's figure against its own, so the figure is no claim of the article's.
  if (before.includes('than') && DISPUTED_ACCOUNT.test(before)) return 'disputed';
  const clause = before.split(/[.;:!?]/).pop()!;
  if (/\b(?:separate|another|other|earlier|previous|unrelated)\s+(?:attack|incident|strike|raid|case|event|accident|blast|explosion|clash|shooting)/i.test(clause)) return 'elsewhere';
  if (FORECAST.test(clause) || /\b(?:estimates?|estimated|valued?)\b/i.test(clause)) return 'estimate';
  return null;
}

/**
 * "prescribed to about 83,000 patients", "some 2,300 people were evacuated": a count written near its
 * value is approximate rather than a bound, so far from another count it still disagrees (index/figures.ts).
 */
const ESTIMATED = /^(?:volume released|peak flow|tonnes of )/;
const WAYS_BOUNDED = /^(?:displaced$|volume released$|peak flow$|tonnes of |length of |multiple of limit$)/;
function approximate(measure: string, hedge: string | null, before: string, rest: string): string | null {
  // What a thing is "estimated to be worth" or "valued at" is a valuation, near its value or not; not what it could fetch.
  // So is what was released, collected or measured at a peak: "the company estimates the leak at around 18 m³".
  if ((measure === 'value' || ESTIMATED.test(measure)) && hedge === 'estimate') return FORECAST.test(before.split(/[.;:!?]/).pop()!) ? hedge : 'approximate';
  // A margin moves as counting goes on: "about 300" of a lead stays a bound.
  if (hedge !== 'bound' || measure === 'margin') return hedge;
  // "More than 4,000 people have left their homes" is beyond "some 2,400" (index/figures.ts beyondBound), and so
  // is a quantity's bound. Other counts stay bounds: a toll or a camp's refugees grow as news comes in ("more
  // than 22,000 refugees" against "about 20,000" and a camp's supplies "for 15,000 refugees" were wrong warnings on ECB+).
  if (WAYS_BOUNDED.test(measure) && /\b(?:more|fewer|less)\s+than\s*$|\b(?:at\s+least|over|under|at\s+most)\s*$/i.test(before)) return boundOf(before);
  return /\b(?:nearly|almost|about|around|some|roughly|approximately|close to)\s*$/i.test(before) && !/^\s*(?:or|and)\s+(?:more|so)\b/i.test(rest) ? 'approximate' : hedge;
}

/** A planned stoppage's length is said with "will" ("the strike will last three days"): only a guess is no firm length. */
const GUESS = /\b(?:could|may|might|expected|expects|likely|possibly|potentially|threaten(?:s|ed|ing)?)\b/i;

/** A quantity in its unit or a duration (core/quantities.ts) as a figure, its value in that unit. */
function quantityFigure(measure: string, unit: string, value: number, start: number, end: number, before: string, rest: string, written: string | null, s: Span): Figure {
  let hedge = approximate(measure, written, before, rest);
  if (hedge === 'estimate' && measure === 'length of strike' && !GUESS.test(before.split(/[.;:!?]/).pop()!)) hedge = null;
  return { start, end, value: Math.round(value * 1e6) / 1e6, unit, measure, qualifier: qualifierOf(leadOf(before), '', measure), hedge, ...unsourced(s) };
}

/** A quantity whose number is joined to its unit ("a 72-hour strike", "an 18-year sentence") as a figure; `x` is where it is in its sentence. */
function joinedFigure(measure: string, unit: string, x: { at: number; length: number; value: number }, sentence: string, s: Span, year: number | null, corrected: boolean): Figure {
  const before = sentence.slice(Math.max(0, x.at - 60), x.at);
  const rest = sentence.slice(x.at + x.length, x.at + x.length + 140);
  const hedge = hedgeOf(corrected, before, rest) ?? pastEvent(sentence, x.at, year);
  return quantityFigure(measure, unit, x.value, s.start + x.at, s.start + x.at + x.length, before, rest, hedge, s);
}

/** Sizes and spells: facts of one thing of their event, which the words around a figure tell apart. */
export const ofOneThing = (measure: string): boolean => DIMENSIONS.test(measure) || SPELLS.test(measure);

/** Tolls that only grow: the latest is the count. */
export const TOLLS = new Set(['dead', 'injured', 'arrested']);

/**
 * A figure of another year's event: "since 1994, when 19 people died", "in 2019, 40 were hurt" (a year
 * before the article's, or any year when the article has none) in its clause before it.
 */
function pastEvent(sentence: string, at: number, year: number | null): string | null {
  // The clause before the figure, at most 200 characters back: the sentence's start only when that near.
  const before = sentence.slice(Math.max(0, at - 200), at);
  // The year governs the figure's clause: "In 2004, a quake …", "since 1994, when …", "in 2019 a fire killed …",
  // "the tsunami in 2004, killing …"; not "the mayor since 2018, finished …".
  const m =
    (at <= 200 ? /^\s*(?:in|during)\s+(1[89]\d\d|20\d\d)\b[^.;:]*$/i.exec(before) : null) ??
    /\b(?:in|since|of|during)\s+(1[89]\d\d|20\d\d)\b(?:,?\s+when\b[^.;:]*|,?\s*|,?\s+\p{Ll}+ing\b[^.;:,]*|\s+[^.;:,]*)$/iu.exec(before);
  if (m && (year === null || +m[1] < year)) return 'elsewhere';
  // "The three works stolen from a castle in 2010": the year in the figure's own clause after it.
  const tail = sentence.slice(at, at + 120);
  const after = tail.includes(' in 1') || tail.includes(' in 2') || tail.includes('during') ? YEAR_AFTER.exec(tail) : null;
  return after && !/,\s|\band\b/.test(after[0]) && (year === null || +after[1] < year) ? 'elsewhere' : null;
}

/** "… stolen from a castle in 2010": a year in the figure's clause after it. */
const YEAR_AFTER = /^[^.;:!?]{0,80}?\b(?:in|during)\s+(1[89]\d\d|20\d\d)\b/;

/** A figure's fields before its sentence's source, places and day are read. */
const unsourced = (s: Span): Pick<Figure, 'source' | 'sourceText' | 'own' | 'places' | 'parties' | 'sentence' | 'day' | 'date'> => ({
  source: null,
  sourceText: null,
  own: false,
  places: [],
  parties: [],
  sentence: { start: s.start, end: s.end },
  day: null,
  date: null,
});

/**
 * Shares of a whole, with what they are of: "a 38% premium", "a premium of 38%", "a 4.9 per cent
 * property tax increase", "the family's 35.1% stake", "owns 31.5% of the company". A change ("fell
 * 18%", "up 4%") or a share of something unnamed is not compared.
 */
const PERCENT = /(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/g;
const PER_CENT = /^per\s?cent\b/;
const WORD_START = /\S+/g;

/**
 * The shares of a sentence, in figures ("6.5 per cent", "15%") and in words ("five and a half percent": the
 * longest run of the last five words before "per cent" that is a number). A pattern for words before every
 * "per cent" tried at each word start cost a fifth of the figure finder.
 */
function sharesIn(sentence: string): { at: number; length: number; value: number }[] {
  const out: { at: number; length: number; value: number }[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(sentence); m; m = PERCENT.exec(sentence)) out.push({ at: m.index, length: m[0].length, value: parseFloat(m[1]) });
  for (let i = sentence.indexOf('per'); i > 1; i = sentence.indexOf('per', i + 3)) {
    if (!/[A-Za-z]\s/.test(sentence.slice(i - 2, i)) || !PER_CENT.test(sentence.slice(i, i + 9))) continue;
    const from = Math.max(0, i - 40);
    const tail = sentence.slice(from, i).trimEnd();
    const starts: number[] = [];
    WORD_START.lastIndex = 0;
    for (let w = WORD_START.exec(tail); w; w = WORD_START.exec(tail)) starts.push(w.index);
    for (const start of starts.slice(-5)) {
      const value = start > 0 && /[A-Za-z-]/.test(tail[start - 1]) ? null : spelledNumber(tail.slice(start));
      if (value === null) continue;
      const at = from + start;
      out.push({ at, length: PER_CENT.exec(sentence.slice(i, i + 9))![0].length + i - at, value });
      break;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
/** "98% of capacity", "89 percent of its capacity": how full a reservoir, a hospital, a yard is. */
const CAPACITY = /^\s+of\s+(?:its\s+|the\s+|their\s+|total\s+|full\s+)?(capacity)\b/;
/** "has offered 6.5% over two years", "the offer stands at 6.5%", "the offer, as we understand it, is five and a half percent": a rise offered. */
const OFFERED = /\b(offer(?:s|ed)?)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$|\b(offer)\b[^.;%]{0,40}?\b(?:is|was|stands\s+at|stood\s+at|of)\s+$/;
const PERCENT_AFTER = /^\s*(?:[a-z-]+\s+){0,2}?(premium|stake|holding|share|discount|rise|increase|hike|cut|turnout|majority|raise)\b/;
const PERCENT_BEFORE = /\b(premium|stake|holding|turnout|discount|increase|rise|hike|cut|raise)\s+(?:of|at|was|is|stood\s+at|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$|\b(own(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/;
/**
 * A rise one side asks for and one the other offers are two figures in a dispute ("the union is
 * demanding a 15% rise"; "the company has offered a rise of 6.5 per cent"): the nearer word of
 * either kind before the figure, else after it, keeps them apart.
 */
const ASKED = /\b(?:demand(?:s|ed|ing)?|want(?:s|ed)?|seek(?:s|ing)?|sought|(?:call|ask)(?:s|ed|ing)?\s+for|claim(?:s|ed|ing)?)\b|\b(offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|tabled)\b/g;
function askedOrOffered(before: string, rest: string): 'asked' | 'offered' | null {
  let last: RegExpExecArray | null = null;
  ASKED.lastIndex = 0;
  for (let m = ASKED.exec(before); m; m = ASKED.exec(before)) last = m;
  ASKED.lastIndex = 0;
  const m = last ?? ASKED.exec(rest);
  return m ? (m[1] ? 'offered' : 'asked') : null;
}

/** One word for each kind of share: a hike or a raise is a rise; what one owns or holds, a stake. */
const PERCENT_WORDS: Record<string, string> = { offer: 'rise', offers: 'rise', offered: 'rise', increase: 'rise', hike: 'rise', raise: 'rise', holding: 'stake', owns: 'stake', own: 'stake', owned: 'stake', owning: 'stake', holds: 'stake', hold: 'stake', held: 'stake' };

/**
 * A ballot's share for or against: "87% of members voted for industrial action", "78 per cent of those
 * balloted voted in favour". A vote without a side is for the motion. Only of members, staff,
 * shareholders, delegates: an election's shares ("35% of voters voted for X") are of many parties.
 */
const VOTED = /^\s+of\s+(?:the\s+|its\s+|their\s+|those\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:members|workers|staff|employees|shareholders|delegates|balloted)\s+(?:who\s+)?(?:(?:had|have|has)\s+)?voted\b(?:\s+(in\s+favou?r|for|against|yes|no)\b)?/u;

/**
 * A share of things back in service: "60% of its systems were back online", "40 per cent of the
 * hospital's clinical systems had been restored", "80% of homes have power restored" is not (the verb must follow the things).
 */
const RESTORED = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+s)\s+(?:(?:were|was|are|is|had|have|has)\s+)?(?:been\s+|now\s+|already\s+)?(?:back\s+(?:online|up|in\s+service|in\s+operation)|restored|reconnected|running\s+again|working\s+again)\b/u;

/** Verbs of a change, and its direction. */
const CHANGE_VERB = /\b(cut|cuts|slashed|slashes|reduced|reduces|lowered|fell|falls|fallen|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks|rose|rises|risen|grew|grows|grown|increased|increases|raised|raises|climbed|climbs|jumped|jumps|boosted|boosts)\b/g;
const FALLING = /^(?:cut|cuts|slashed|slashes|reduced|reduces|lowered|fell|falls|fallen|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks)$/;
const NP_STOP = new Set('the a an its their his her our this that these those and of on for in to at from with which who s'.split(' '));
/** The period a change is over: "since 2021", "between 2021 and 2024", "from 2021". */
const PERIOD = /\b(?:since|between|from)\s+((?:19|20)\d\d)\b/;

/**
 * A change by a share, of a thing the clause names, since a year: "had cut its spending on upkeep by
 * 28 per cent since 2021", "spending on upkeep fell by 18% between 2021 and 2024". What changed is
 * the head of the phrase before a preposition ("spending"), the direction is the verb's; a change
 * over no year is not compared (every quarter has one).
 */
function changeOf(sentence: string, at: number): { measure: string; qualifier: string } | null {
  const period = PERIOD.exec(sentence);
  // "by 18%", or the verb right before ("fell 18%"); not "up 4%", which names no verb.
  if (!period || !/\b(?:by|cut|slashed|reduced|lowered|fell|fallen|dropped|declined|decreased|shrank|shrunk|rose|risen|grew|grown|increased|raised|climbed|jumped|boosted)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/.test(sentence.slice(Math.max(0, at - 20), at))) return null;
  const clause = sentence.slice(Math.max(0, at - 120), at).split(/[,;:()]|\b(?:that|which|who|and|but|while)\b/).pop()!;
  let verb: RegExpExecArray | null = null;
  CHANGE_VERB.lastIndex = 0;
  for (let m = CHANGE_VERB.exec(clause); m; m = CHANGE_VERB.exec(clause)) verb = m;
  if (!verb) return null;
  const after = clause.slice(verb.index + verb[0].length).replace(/\s*\bby\s+(?:\w+\s+)?$|^\s*(?:about|around|some|nearly|almost)?\s*$/, '').trim();
  // A verb with an object names the thing after it ("cut its spending on …"), without one before it ("spending on … fell").
  const phrase = (after || clause.slice(0, verb.index).replace(/\s+(?:had|has|have|was|were|is|are|been)\s*$/, '')).trim().split(/\s+/);
  const prep = phrase.findIndex((w, i) => i > 0 && /^(?:on|of|for|in|at|to|from)$/.test(w));
  const head = (prep > 0 ? phrase.slice(0, prep) : phrase).filter((w) => !NP_STOP.has(w.toLowerCase())).pop()?.toLowerCase().replace(/['’]s$/, '');
  if (!head || !/^\p{Ll}+$/u.test(head)) return null;
  return { measure: `change ${FALLING.test(verb[1]) ? 'down' : 'up'} ${head}`, qualifier: `since ${period[1]}` };
}

/**
 * A market's move on a day: the verb right before the share ("fell 3.4%", "closed down 28%", "weakened
 * 1.2%") or a direction right after it ("closed 38% lower"), what moved the word before the verb ("shares",
 * "lari", a company's name), and a day named in the sentence: "move down shares". A move over no named
 * day (a year's, a quarter's) is not read.
 */
const MOVE_VERBS = 'fell|dropped|slid|lost|weakened|plunged|tumbled|sank|slumped|declined|shed|eased|rose|gained|climbed|jumped|strengthened|soared|added|surged|rallied|advanced';
const MOVE_AT = new RegExp(`\\b(?:(?:closed|ended|finished)(?:\\s+(?:the\\s+day|trading))?(?:\\s+(?:down|up|lower|higher))?|${MOVE_VERBS})\\s+(?:by\\s+)?(?:about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+)?$`, 'i');
const MOVE_AFTER = /^\s+(?:lower|higher)\b/i;
/** The last words MOVE_AT can end with: the pattern, anchored at the end and so tried at every position, only after one of them. */
const MOVE_LAST = new Set(`closed ended finished day trading down up lower higher by about around some nearly almost than over ${MOVE_VERBS.replace(/\|/g, ' ')}`.split(' '));
const DOWNWARD = /\b(?:down|lower|fell|dropped|slid|lost|weakened|plunged|tumbled|sank|slumped|declined|shed|eased)\b/i;
const MOVE_SUBJECT = new RegExp(`([\\p{L}'’]+)\\s+(?:(?:had|has|have|was|were|also|then|later)\\s+)*(?:closed|ended|finished|${MOVE_VERBS})\\b[^,;:]*$`, 'iu');
/** A move during the day, not at its close: "rose as much as 30% in early trading". */
const INTRADAY = /\b(?:early|morning|afternoon|intraday)\s+(?:trading|deals)\b|\bat\s+one\s+point\b|\bas\s+much\s+as\b/i;
const SHARES = /\b(?:shares?|stocks?)\b/i;
const NOT_MOVER = new Set('it they which that this these those who and but or its their'.split(' '));
function moveOf(sentence: string, before: string, rest: string): string | null {
  const verb = MOVE_AT.exec(before);
  const after = MOVE_AFTER.exec(rest);
  if ((!verb && !after) || !daysIn(sentence).length || INTRADAY.test(sentence)) return null;
  const lead = verb ? before.slice(0, verb.index + verb[0].length) : before;
  const subject = MOVE_SUBJECT.exec(lead);
  const word = subject?.[1].toLowerCase().replace(/['’]s$/, '');
  if (!word || NOT_MOVER.has(word)) return null;
  // "Shares in Corvane closed down", "Corvane's stock fell": what moved is the shares.
  const mover = SHARES.test(lead.slice(Math.max(0, subject!.index - 30), subject!.index + subject![0].length)) ? 'shares' : word;
  return `move ${DOWNWARD.test(after ? after[0] : verb![0]) ? 'down' : 'up'} ${mover}`;
}

/** "its key rate at", "the policy rate to", "interest rates of", "the unemployment rate stood at": what kind of rate, and the word before the share. */
const RATE_BEFORE = /\b(\p{L}+)\s+rates?\b[^.;,%]{0,30}?\b(at|to|of|is|was)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/u;
/** A central bank's rate, whichever name it goes by: one rate. */
const POLICY_RATE = new Set('key policy base benchmark interest bank lending repo refinancing official cash'.split(' '));

/** An item of a list, and a lead-in that says the list is of demands. */
const BULLET = /^\s*[•▪◦*·-]/;
const DEMANDS = /\b(?:demands?|demanding|calls?\s+for|calling\s+for|wants?|seeks?|seeking|claims?)\b/i;

/** The last sentence before sentence `index` that is no item of a list: what a list is of (looked for only at a share). */
function listLead(doc: Structure, index: number): string {
  for (let j = index - 1; j >= 0; j--) {
    const t = doc.text.slice(doc.sentences[j].start, doc.sentences[j].end);
    if (!BULLET.test(t)) return t;
  }
  return '';
}

/**
 * "Our demands are:" then "• a 15% increase in basic pay": an item of a list of demands is asked for. The
 * lead-in is the sentence's text before the item's line, or the last sentence before the list.
 */
function listedDemand(sentence: string, at: number, leadText: () => string): boolean {
  const line = sentence.lastIndexOf('\n', at) + 1;
  if (!BULLET.test(sentence.slice(line, line + 3))) return false;
  return DEMANDS.test(line > 0 ? sentence.slice(Math.max(0, line - 200), line) : leadText());
}

/** The last words of a change right before a share ("fell by", "up about"): its pattern, tried at every position, only after one. */
const CHANGE_LAST = new Set('by up down rose fell grew dropped climbed jumped slid gained lost about around some nearly almost'.split(' '));

/** `leadText`: the list's lead-in (listLead), read only for an item of a list. */
function percentsIn(sentence: string, s: Span, year: number | null, corrected: boolean, leadText: () => string): Figure[] {
  const out: Figure[] = [];
  for (const m of sharesIn(sentence)) {
    const { at, value } = m;
    const before = sentence.slice(Math.max(0, at - 60), at);
    const rest = sentence.slice(at + m.length, at + m.length + 60);
    const last = lastWordOf(before);
    // "fell by 18%", "up 4%", "down 3 per cent": a change, not a share; compared only as a change by "by" of a thing named since a year.
    const moved = CHANGE_LAST.has(last) && /\b(?:by|up|down|rose|fell|grew|dropped|climbed|jumped|slid|gained|lost)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i.test(before);
    // A market's move on a day named ("shares closed down 28% on Tuesday", "closed 38% lower", "the lari weakened 1.2%").
    const move = moved || MOVE_LAST.has(last) || MOVE_AFTER.test(rest) ? moveOf(sentence, before, rest) : null;
    if (move) {
      out.push({ start: s.start + at, end: s.start + at + m.length, value, unit: '%', measure: move, qualifier: null, hedge: approximate(move, hedgeOf(corrected, before, rest), before, rest), ...unsourced(s) });
      continue;
    }
    // A rate set or stood at: "kept its key rate at 3.25%", "cut the policy rate to 3% from 3.25%" (the first is the rate; "from" an update).
    const rate = before.includes('rate') ? RATE_BEFORE.exec(before) : null;
    if (rate) {
      const kind = rate[1].toLowerCase();
      const measure = `rate ${POLICY_RATE.has(kind) ? 'policy' : kind}`;
      const hedge = hedgeOf(corrected, before, rest);
      out.push({ start: s.start + at, end: s.start + at + m.length, value, unit: '%', measure, qualifier: null, hedge: hedge === 'update' && rate[2] === 'to' ? null : approximate(measure, hedge, before, rest), ...unsourced(s) });
      continue;
    }
    if (moved) {
      const change = changeOf(sentence, at);
      if (change) out.push({ start: s.start + at, end: s.start + at + m.length, value, unit: '%', ...change, hedge: approximate(change.measure, hedgeOf(corrected, before, rest), before, rest), ...unsourced(s) });
      continue;
    }
    const after = PERCENT_AFTER.exec(rest) ?? CAPACITY.exec(rest);
    const lead = after ? null : PERCENT_BEFORE.exec(before);
    const offered = after || lead || /^\s+of\b/.test(rest) || !before.includes('offer') ? null : OFFERED.exec(before);
    const restored = after || lead || offered ? null : RESTORED.exec(rest);
    const voted = after || lead || offered || restored || !rest.includes('vote') ? null : VOTED.exec(rest);
    const word = after?.[1] ?? lead?.[1] ?? lead?.[2] ?? offered?.[1] ?? offered?.[2] ?? (restored && `restored ${restored[1].toLowerCase()}`) ?? (voted && (/^(?:against|no)$/i.test(voted[1] ?? '') ? 'voted against' : 'voted for'));
    if (!word) continue;
    const measure = `share ${PERCENT_WORDS[word] ?? word}`;
    const end = at + m.length + (after ? after[0].length : restored ? restored[0].length : voted ? voted[0].length : 0);
    out.push({
      start: s.start + at,
      end: s.start + end,
      value,
      unit: '%',
      measure,
      qualifier: restored || voted ? null : [qualifierOf(leadOf(before), after ? after[0] : '', measure), measure === 'share rise' ? (askedOrOffered(before, rest) ?? (listedDemand(sentence, at, leadText) ? 'asked' : null)) : null].filter(Boolean).sort().join(' ') || null,
      hedge: approximate(measure, hedgeOf(corrected, before, rest), before, rest) ?? pastEvent(sentence, at, year),
      ...unsourced(s),
    });
  }
  return out;
}

/** Verbs by which a source gives a figure; the source's words may end in its acronym ("the Port Workers' Union (PWU) said"). */
const GIVES = 'said|says|reported|reports|recorded|records|registered|counted|confirmed|confirms|announced|announces|put|puts|estimated|estimates|alleged|alleges|claimed|claims|accused|accuses|told';
const ACCORDING = /\baccording to\s+((?:the\s+)?[^,.;:()]{2,60}?)(?=\s*[,.;:()]|\s+(?:on|in|at|who|which|that)\b|$)/i;
const GIVEN_BY = /\b(?:alleged|cited|reported|given|confirmed|announced|recorded|counted|estimated)\s+by\s+((?:the\s+)?[^,.;:()]{2,50}?)(?=\s*[,.;:()]|\s+(?:on|in|at|who|which|that|and)\b|$)/i;
const GIVES_WORD = new RegExp(`\\b(?:${GIVES})\\b`, 'i');
const SUBJECT_BEFORE = new RegExp(`((?:(?:[\\p{L}\\p{N}'’&.-]+|\\(\\p{Lu}{2,}\\))\\s+){1,6}?)(?:(?:had|has|have|also|later|now|then|previously)\\s+){0,2}(?:${GIVES})\\b[^.;]*$`, 'iu');
const SAID_AFTER = /^[^.;]*?,\s+((?:the\s+|The\s+)?\p{Lu}?[^,.;:()"“”]{2,50}?)\s+(?:said|says|reported|reports|told|added|announced)\b/u;
/** "…, said Sutopo Nugroho of the disaster agency." */
const SAID_INVERTED = /^[^.;]*?,\s+(?:said|says|told|reported|added)\s+((?:the\s+)?[^,.;:()"“”]{2,60}?)(?=\s*[,.;:()]|\s+(?:of|from|on|in|at|who|which|that)\b|$)/;
/** A clause about a part of what the figure counts: ", of which 86…", ", including…". */
const RELATIVE_PART = /,\s*(?:of\s+(?:which|whom)|including|among\s+(?:them|which|whom))\b/i;
/** "The figures published by the ministry on Monday remain unchanged: 11 …": the publisher of the figures gives them. */
const FIGURES_BY = /\b(?:figures?|toll|count|tally|numbers|statistics)\s+(?:published|released|issued|given|provided|announced|updated)\s+by\s+((?:the\s+)?[^,.;:()]{2,50}?)(?=\s*[,.;:()]|\s+(?:on|in|at|who|which|that|and|remain|remains|show|shows|were|was|is|are|have|has|put|puts)\b|$)/i;
/** The article speaking of itself: "we", "our correspondent", "last night we". */
const OWN_VOICE = /\b(?:we|our|us)\b/i;
/** Words that end a source's name going backwards: "…, said the ministry had recorded" has the ministry. */
const NOT_SOURCE = /^(?:and|but|or|that|which|who|whose|where|when|said|says|after|before|as|while|because|if|to|by)$/i;

/**
 * Who gives the figure at [at, end) of its sentence, in the sentence's words (after "according to
 * the indictment", which the caller looks for once per sentence): "the ministry had recorded …", "…, the ministry said", "… alleged by prosecutors".
 */
function sourceIn(sentence: string, at: number, end: number): string | null {
  const by = GIVEN_BY.exec(sentence.slice(end, end + 120));
  if (by && by.index <= 2) return by[1].trim();
  // "Harbour Medical Aid, which runs the centre, puts the toll at 41": the relative clause is no source.
  // Most figures have no verb of giving before them: a plain search for one first (the pattern tries
  // every word as the start of a name).
  const lead = sentence.slice(Math.max(0, at - 200), at);
  const head = GIVES_WORD.test(lead) ? SUBJECT_BEFORE.exec(lead.includes(', wh') ? lead.replace(/,\s+(?:which|who)\b[^,]*,/g, '') : lead) : null;
  // "… as the town counted the cost of the derailment, which claimed twelve lives": a figure in a relative clause after the verb is not what it gives.
  if (head && !/,\s+(?:which|who|that)\b/.test(head[0].slice(head[1].length))) {
    const words = head[1].trim().split(/\s+/);
    let i = words.length;
    while (i > 0 && !NOT_SOURCE.test(words[i - 1]) && !/[,]$/.test(words[i - 1])) i--;
    const name = words.slice(i).join(' ').replace(/[,]$/, '');
    if (name) return name;
  }
  const tail = sentence.slice(end, end + 200);
  const after = SAID_AFTER.exec(tail) ?? SAID_INVERTED.exec(tail);
  if (after) return after[1].trim();
  return FIGURES_BY.exec(sentence.slice(Math.max(0, at - 200), at))?.[1].trim() ?? null;
}

export function findFigures(doc: Structure, layer: EntityLayer): Figure[] {
  return figures(doc, layer);
}

/**
 * A number word: a sentence without one or a digit has no figure. (Capitals spelled out: a case-blind
 * alternation scanned the text four times slower. The words grouped by their first letters, which
 * only one of them can match before the final \b: a fifth faster than a flat list. Tested on each
 * sentence after a test for a digit: one scan of the text for either, then the sentence of each
 * match, took twice as long, 31 against 15 ms per BBC pass. "single", "lone", "million" and "billion"
 * for "a single guard", "half a million": 0.5 ms more.)
 */
const NUMBER_WORD = /\b(?:[Oo]ne|[Tt](?:wo|hree|en|welve|hirteen|wenty|hirty)|[Ff](?:our|ive|ourteen|ifteen|orty|ifty)|[Ss](?:ix|even|ixteen|eventeen|ixty|eventy|ingle)|[Ll]one|[Mm]illion|[Bb]illion|[Ee](?:ight|leven|ighteen|ighty)|[Nn](?:ine|ineteen|inety))\b/;
const DIGIT = /\d/;
/** A span after a number: where a term may be. */
const SPAN_AFTER = /^\s+(?:years?|months?|weeks?|days?)\b/;
/** A number after a comma or a bracket: where an age after a name may be. */
const AGE_MARK = /[,(]\s*(?:aged\s+)?\d{1,3}\b/;
/** The first letter of every unit read after a number (a speed's, a time's, a quantity's). */
const UNIT_START = /^(?:\s*|-)[kmclthdwfKMCLTHDWF]/;

function figures(doc: Structure, layer: EntityLayer): Figure[] {
  const { text } = doc;
  // Made at the first figure: most articles have none, and making them cost a tenth of the figure finder.
  let attributor: Attributor | undefined;
  let publisher: string | null | undefined;
  const year = /^\d{4}/.test(doc.date ?? '') ? +doc.date!.slice(0, 4) : null;
  // Counts of a noun and ages are compared only between dated articles (index/contradictions.ts sameCount): an undated one's are not read.
  const dated = !!doc.date;
  const out: Figure[] = [];
  for (let index = 0; index < doc.sentences.length; index++) {
    const s = doc.sentences[index];
    const sentence = text.slice(s.start, s.end);
    // Sentences without a number are not read further.
    const digits = DIGIT.test(sentence);
    // Numbers in words are looked for from the first number word on (a second scan from the start cost a tenth of the figure finder).
    const word = digits ? null : NUMBER_WORD.exec(sentence);
    if (!digits && !word) continue;
    const found: Figure[] = [];
    let lastMoney: { end: number; measure: Measure } | null = null;
    let corrected: boolean | undefined;
    for (const n of numbersIn(sentence, !digits, word?.index ?? 0)) {
      const { at, length, value, currency } = n;
      const start = s.start + at;
      if (inside(doc.boilerplate, start, start + length)) continue;
      const before = sentence.slice(Math.max(0, at - 60), at);
      const rest = sentence.slice(at + length, at + length + 140);
      let measure: Measure | null;
      if (currency) {
        // "opening bids of €12m and €17m", "18 million euros ($21 million)": the second amount is of what the first is.
        measure = lastMoney && /^\s*(?:and|or|,|\(\s*(?:about|around|roughly|some|approximately)?)\s*$/.test(sentence.slice(lastMoney.end, at)) ? { measure: lastMoney.measure.measure, end: 0, lead: lastMoney.measure.lead } : moneyMeasure(before, rest);
        if (measure) lastMoney = { end: at + length, measure };
      } else {
        // A vehicle's speed at the event ("travelling at 131 kilometres an hour", "entered the bend at 112 km/h").
        // A unit may follow (km/h, minutes, m³, litres, tonnes, km, times, hours, days, weeks): its first letter first.
        const unit = UNIT_START.test(rest);
        const speed = unit && /^\s*[kmK]/.test(rest) ? speedOf(before, rest) : null;
        if (speed) {
          found.push({ start, end: start + length + speed.end, value: Math.round(value * speed.factor * 10) / 10, unit: 'km/h', measure: 'speed', qualifier: null, hedge: approximate('speed', hedgeOf((corrected ??= corrects(sentence)), before, rest), before, rest), ...unsourced(s) });
          continue;
        }
        // How long people were inside ("were inside for less than four minutes", "spent eleven minutes inside").
        const inside = unit && /^\s+(?:minutes?|hours?)\b/.test(rest) ? insideFor(before, rest) : null;
        if (inside) {
          const hedge = hedgeOf((corrected ??= corrects(sentence)), before, rest);
          found.push({ start, end: start + length + inside.end, value: value * inside.factor, unit: 'min', measure: 'time inside', qualifier: null, hedge: hedge === 'bound' ? boundOf(before) : hedge, ...unsourced(s) });
          continue;
        }
        // A quantity in its unit ("8,500 m³/s", "18,000 litres escaped", "40 km of the river", "four times the limit"), a size
        // ("a depth of 420 metres") or how long something took or lasts.
        // (A time to reach names its subject further back: "The wave reached the centre of the town, 12 km downstream, in about 40 minutes".)
        const quantity = !unit ? null : quantityOf(before, rest) ?? dimensionOf(before, rest) ?? (/^\s+(?:minutes?|hours?|days?|weeks?)\b/.test(rest) ? durationOf(sentence.slice(Math.max(0, at - 160), at), rest) ?? spellOf(before, rest) : null);
        if (quantity) {
          const hedge = hedgeOf((corrected ??= corrects(sentence)), before, rest);
          const figure = quantityFigure(quantity.measure, quantity.unit, value * quantity.factor, start, start + length + quantity.end, before, rest, hedge ?? pastEvent(sentence, at, year), s);
          // A size or a spell is of one of several things ("the tunnel", "the gate"): the words around tell which, as for a count.
          if (ofOneThing(quantity.measure)) figure.context = thingContext(sentence.slice(Math.max(0, at - 80), at + length + 100));
          found.push(figure);
          continue;
        }
        // A prison sentence or a time held ("sentenced to 18 years", "held for 73 days").
        const term = SPAN_AFTER.test(rest) ? termOf(before, rest) : null;
        if (term) {
          const hedge = hedgeOf((corrected ??= corrects(sentence)), before, rest);
          found.push(quantityFigure(term.measure, term.unit, value * term.factor, start, start + length + term.end, before, rest, hedge ?? pastEvent(sentence, at, year), s));
          continue;
        }
        // Years and what follows a number are cheap to rule out; what it counts is read last.
        if ((value >= 1900 && value <= 2100 && /^\d{4}$/.test(sentence.slice(at, at + length))) || NOT_COUNT_AFTER.test(rest)) continue;
        // The word before, read once: patterns anchored at the end of the text are tried at every position of it.
        const last = lastWordOf(before);
        const spaced = /\s/.test(before[before.length - 1] ?? '');
        if (NOT_COUNT_WORDS.has(last) || (value <= 31 && MONTH_LAST.has(last) && MONTH_BEFORE.test(before))) continue;
        // "four in five cases" is a share, "two women and one man" a sum, "the three men who" a group named before.
        if (RATIO_AFTER.test(rest) || (spaced && (last === 'in' || last === 'of') && RATIO_BEFORE.test(before)) || (spaced && last === 'and' && SUM_BEFORE.test(before))) continue;
        // After a determiner the count is of a group named before ("the three men who were killed"): only what it counts is read then.
        const group = DETERMINERS.has(last) && !ADJECTIVE_THING.test(rest) && !(last !== 'the' && STRUCK.test(rest));
        const counted = (group ? null : (measured(before, rest) ?? marginOf(before, rest) ?? handledOf(before, rest, value))) ?? (!dated || nameBefore(before, last) || (last === 'with' && DETAIL_WITH.test(before)) ? null : countedOf(rest, value));
        measure = counted && { ...counted, lead: leadOf(before) };
      }
      if (!measure) continue;
      found.push({
        start,
        end: start + length + measure.end,
        value,
        unit: currency,
        measure: measure.measure,
        qualifier: qualifierOf(measure.lead, rest.slice(0, measure.end), measure.measure, rest.slice(measure.end)),
        hedge: approximate(measure.measure, hedgeOf((corrected ??= corrects(sentence)), before, rest), before, rest) ?? pastEvent(sentence, at, year),
        ...unsourced(s),
        ...(measure.measure.startsWith('count ') ? { context: contextOf(sentence.slice(Math.max(0, at - 80), at + length + 100), measure.measure) } : {}),
      });
    }
    // "a 72-hour strike", "a three-day stoppage": numbersIn leaves the number joined to its unit alone.
    // One search for a hyphen before those for the joined units (most sentences have none).
    const hyphen = sentence.includes('-');
    if (hyphen && (sentence.includes('-hour') || sentence.includes('-day') || sentence.includes('-week'))) {
      for (const x of stoppagesIn(sentence)) found.push(joinedFigure('length of strike', 'h', x, sentence, s, year, (corrected ??= corrects(sentence))));
    }
    // "an 18-year prison sentence": numbersIn leaves the number joined to its unit alone.
    if (hyphen && (sentence.includes('-year ') || sentence.includes('-year-long') || sentence.includes('-month'))) {
      for (const x of sentencesIn(sentence)) found.push(joinedFigure('prison sentence', 'months', x, sentence, s, year, (corrected ??= corrects(sentence))));
    }
    if (sentence.includes('%') || (sentence.includes('per') && (sentence.includes('per cent') || sentence.includes('percent')))) {
      found.push(...percentsIn(sentence, s, year, (corrected ??= corrects(sentence)), () => listLead(doc, index)));
    }
    // "Ana Ruiz, 41,", "41-year-old Ana Ruiz": a person's age, read only where a number stands after a comma or a bracket, or before "-year-old".
    const aged = dated && digits && ((hyphen && sentence.includes('-year-old')) || AGE_MARK.test(sentence));
    if (!found.length && !aged) continue;
    attributor ??= new Attributor(doc, layer);
    const mentions = attributor.mentions(s.start, s.end);
    if (aged) {
      for (const a of agesIn(sentence, s.start, mentions)) {
        if (found.some((f) => f.start === s.start + a.at)) continue;
        found.push({ start: s.start + a.at, end: s.start + a.at + a.length, value: a.value, unit: null, measure: 'age', qualifier: null, hedge: null, ...unsourced(s), parties: [a.person.local] });
      }
      if (!found.length) continue;
    }
    const places = [...new Set(mentions.filter((x) => x.type === 'place').map((x) => x.local))];
    const days = daysIn(sentence);
    // "On the same afternoon, the board said …": the day of the sentence before.
    if (!days.length && sentence.includes('same') && index > 0) days.push(...sameDay(sentence, text.slice(doc.sentences[index - 1].start, doc.sentences[index - 1].end)));
    const according = ACCORDING.exec(sentence)?.[1].trim() ?? null;
    // The sentence's speaker is looked for only when a figure names no source of its own (crediting is the costly part).
    let speaker: { at: number; local: number | null } | null | undefined;
    for (const f of found) {
      // A count of a noun, an age, a term is of what it is about (its parties: an age's person, a term's persons named,
      // a count's people and organisations), whoever gives it: its source is not read (crediting is the costly part).
      if (UNSOURCED.test(f.measure)) {
        if (publisher === undefined) publisher = masthead(doc)?.text ?? null;
        const parties = f.measure === 'age' ? f.parties : TERMS.has(f.measure) ? [...new Set(mentions.filter((x) => x.type === 'person').map((x) => x.local))] : contestants(mentions);
        const day = handledDay(sentence, days.length ? days.filter((d) => !aside(sentence, d, f.start - s.start)) : days, f.start - s.start, f.end - s.start);
        out.push({ ...f, sourceText: publisher, own: true, places, parties, day, date: day ? resolveDay(day, doc.date) : null });
        continue;
      }
      const given = according ?? sourceIn(sentence, f.start - s.start, f.end - s.start);
      // A source named for this figure ("the ministry had recorded 23 deaths") before the speaker of the sentence;
      // "we", "our", "last night we" are the article's own voice.
      const named = given && !/^(?:its|his|her|their|they|he|she|it|we|i)\b/i.test(given) && !OWN_VOICE.test(given) ? given : null;
      if (!named && speaker === undefined) {
        const said = credit(attributor, text, s.start, s.end);
        speaker = said?.speaker ? { at: said.speaker.start, local: attributor.speaker(said.speaker).local } : null;
      }
      // "1,240 cases were notified, of which 86 have been confirmed by the institute": who speaks in
      // a relative clause after the figure gives that clause's figure, not this one.
      const credited = speaker && !(speaker.at > f.end && RELATIVE_PART.test(text.slice(f.end, speaker.at))) ? speaker : null;
      const local = named ? entityNamed(layer, mentions, named) : (credited?.local ?? null);
      const sourceText = named ?? (local !== null ? layer.entities[local].name : (publisher === undefined ? (publisher = masthead(doc)?.text ?? null) : publisher));
      const own = !named && local === null;
      // A running total of things handled is as of the day of writing; another count of them is one fact of its event, undated.
      const ownDays = days.length ? days.filter((d) => !aside(sentence, d, f.start - s.start)) : days;
      const day = HANDLED_MEASURE.test(f.measure) ? handledDay(sentence, ownDays, f.start - s.start, f.end - s.start) : ownDays.length ? nearestDay(sentence, ownDays, f.start - s.start, f.end - s.start) : null;
      // A margin is between the contestants its sentence names ("Ana Ruiz beat Tom Hale by 312 votes"), whoever reports it.
      // A count of things carried or recalled is of what its sentence names (the ship, the drug), whoever reports it.
      const parties = f.measure === 'margin' || HANDLED_MEASURE.test(f.measure) ? contestants(mentions) : partyOf(text, mentions, s.start, f.start);
      out.push({ ...f, source: local, sourceText, own, places, parties, day, date: day ? resolveDay(day, doc.date) : null });
    }
  }
  return out;
}

/**
 * The days a sentence gives its figures for: "on Tuesday", "by Tuesday night", "Monday's count",
 * "as of 11 March", "today". A day after "since", "until", "before", "after", "from" or "next" bounds
 * a period and dates no figure.
 */
const FIGURE_DAY = new RegExp(
  `\\b(?:([Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Nn]ext)\\s+)?(${WEEKDAYS.join('|')})(?![\\p{L}])|\\b(?:[Oo]n|[Bb]y|[Aa]s\\s+of)\\s+(${DATE_WORDS})(?![\\p{L}\\p{N}])|\\b(yesterday|today|tonight)\\b`,
  'gu',
);

const SAME_DAY = /\bthe\s+same\s+(?:day|morning|afternoon|evening|night)\b/i;

/** "the same afternoon" as a day: the one day the sentence before gives. */
function sameDay(sentence: string, previous: string): DayAt[] {
  const same = SAME_DAY.exec(sentence);
  const days = same ? [...new Set(daysIn(previous).map((d) => d.day))] : [];
  return same && days.length === 1 ? [{ start: same.index, end: same.index + same[0].length, day: days[0] }] : [];
}

interface DayAt {
  start: number;
  end: number;
  /** As resolveDay reads it: a weekday, "March 12", "today", "yesterday". */
  day: string;
}

function daysIn(sentence: string): DayAt[] {
  const out: DayAt[] = [];
  FIGURE_DAY.lastIndex = 0;
  for (let m = FIGURE_DAY.exec(sentence); m; m = FIGURE_DAY.exec(sentence)) {
    if (m[1]) continue;
    const day = m[2] ?? m[3] ?? (m[4] === 'tonight' ? 'today' : m[4]);
    out.push({ start: m.index, end: m.index + m[0].length, day });
  }
  return out;
}

/**
 * A day in a relative clause set off by commas that the figure is not in: "The minister, who visited
 * the site on Sunday, announced a €6m fund" does not date the fund.
 */
function aside(sentence: string, d: DayAt, at: number): boolean {
  const open = sentence.lastIndexOf(',', d.start);
  if (open < 0 || !/^,\s+wh(?:o|ich)\b/.test(sentence.slice(open, open + 9))) return false;
  const close = sentence.indexOf(',', d.end);
  return at < open || (close >= 0 && at > close);
}

/**
 * The day of a figure: the first written after it in its own clause ("12 were killed on Sunday and 15
 * on Monday", "rose from 3,200 on Monday to 4,100 on Tuesday"), else the one nearest it.
 */
function nearestDay(sentence: string, days: readonly DayAt[], start: number, end: number): string {
  const after = days.find((d) => d.start >= end && !/[,;:]|\band\b|\bto\b/.test(sentence.slice(end, d.start)));
  if (after) return after.day;
  let best = days[0];
  const gap = (d: DayAt): number => (d.start >= end ? d.start - end : d.end <= start ? start - d.end : 0);
  for (const d of days) if (gap(d) < gap(best)) best = d;
  return best.day;
}

/**
 * The day of a count of things handled: one in its own clause ("on Tuesday recalled 41 batches"), not
 * another clause's ("(214 passengers and 18 crew), 6 remain in hospital today"); a running total is of today.
 */
function handledDay(sentence: string, days: readonly DayAt[], start: number, end: number): string | null {
  const own = days.filter((d) => !/[,;:()]/.test(d.start >= end ? sentence.slice(end, d.start) : sentence.slice(d.end, start)));
  if (own.length) return nearestDay(sentence, own, start, end);
  return RUNNING.test(sentence) ? 'today' : null;
}

/** Words that open a clause of their own: its subject comes after them. */
const CLAUSE = /\b(?:after|before|when|while|because|although|since|that|which|who|whose|but|whereas|as)\b|[;:]/g;

/**
 * Who the figure is about when no source gives it: the first organisation or person of its clause,
 * before it ("… after Viktor FC accepted an offer worth €18m" is Viktor FC's; "the Nationals made
 * Tex an offer" the Nationals').
 */
function partyOf(text: string, mentions: readonly Mention[], sentenceStart: number, at: number): number[] {
  // A clause opens at most a few hundred characters before its figure (keeps long runs linear).
  const head = Math.max(sentenceStart, at - 300);
  const before = text.slice(head, at);
  let from = 0;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(before); m; m = CLAUSE.exec(before)) from = m.index + m[0].length;
  const first = mentions.find((x) => x.type !== 'place' && x.start >= head + from && x.end <= at);
  return first ? [first.local] : [];
}

/** The people and organisations a sentence names, once each. */
const contestants = (mentions: readonly Mention[]): number[] => [...new Set(mentions.filter((x) => x.type === 'person' || x.type === 'organization').map((x) => x.local))];

/** The entity whose mention is the source's words, if any. */
function entityNamed(layer: EntityLayer, mentions: readonly { start: number; end: number; local: number }[], named: string | null): number | null {
  if (!named) return null;
  const m = mentions.find((x) => named.includes(layer.entities[x.local].name) || layer.entities[x.local].aliases.some((a) => named.endsWith(a)));
  return m ? m.local : null;
}

/**
 * What a number counts, from the words around it: "280,000 dead", "45 people were killed",
 * "killing 45 IS fighters", "13,000 women were being held", "a death toll of 300".
 * `end` is where the measure word ends, relative to the number's end.
 */
function measured(before: string, rest: string): { measure: string; end: number } | null {
  // The first eight words and marks, lower case, and where each ends, read as they are needed (most numbers
  // are settled by the first four) by a loop over the characters (a regex's match per word cost more).
  const words: string[] = [];
  const ends: number[] = [];
  let pos = 0;
  const upTo = (n: number): number => {
    while (words.length < n && pos < rest.length) {
      const c = rest.charCodeAt(pos);
      const start = pos++;
      if (isWordCode(c)) {
        while (pos < rest.length && isWordCode(rest.charCodeAt(pos))) pos++;
        words.push(rest.slice(start, pos).toLowerCase());
        ends.push(pos);
      } else if (isMarkCode(c)) {
        words.push(rest[start]);
        ends.push(pos);
      }
    }
    return words.length;
  };
  for (let i = 0; i <= 3 && i < upTo(i + 1); i++) {
    const w = words[i];
    if (PUNCTUATION.has(w)) break;
    const end = ends[i];
    const direct = i === 0 || !NOT_AFTER_WORDS.has(w) ? measureOf(w) : null;
    if (direct && !WHO.has(direct)) return { measure: direct, end };
    if (direct || PEOPLE.has(w)) {
      // Who they were ("45 IS fighters", "13,000 women") yields to what was done to them; "held" only as a passive.
      // "shooting three people, killing one": a verb after a comma is another figure's.
      upTo(i + 5);
      const after = words.slice(i + 1, i + 5);
      const stop = after.findIndex((x) => PUNCTUATION.has(x));
      if (stop >= 0) after.length = stop;
      // "killing 11 people and injuring 43": a participle right before the number is what was done; a verb after "and" is the next figure's.
      const joined = after.indexOf('and');
      if (joined >= 0) after.length = joined;
      const verb = after.map((x, j) => (x === 'held' && !BE.has(after[j - 1] ?? '') ? null : measureOf(x))).find((m) => m && !WHO.has(m));
      const lostLives = /^[\s\p{L},]{0,20}?\blost\s+(?:their\s+)?lives\b/u.test(rest.slice(end, end + 40)) ? 'dead' : null;
      const done = (PARTICIPLE_BEFORE.test(before) ? verbBefore(before) : null) ?? verb ?? lostLives ?? verbBefore(before) ?? direct ?? laterVerb(rest.slice(end));
      if (done) return { measure: done, end };
      // "the deaths of nine of its workers": the toll named before them.
      break;
    }
  }
  // "claimed 300 lives", "a death toll of 300".
  if (/^\s+lives\b/.test(rest) && /\b(?:claim|cost|took|taken|lost|losing)\w*\s+(?:\w+\s+){0,2}$/i.test(before)) return { measure: 'dead', end: rest.indexOf('lives') + 5 };
  // "killing 11 and injuring 43": a number right after what was done to them, the people unsaid.
  if (/^\s*(?:[,;.)]|and\b|or\b|in\b|on\b|at\b|$)/.test(rest) && PARTICIPLE_BEFORE.test(before)) {
    const done = verbBefore(before);
    if (done) return { measure: done, end: 0 };
  }
  const toll = (/toll|kill|death/i.test(before) || before.includes('dead')) && /\b(?:death toll|toll|killed|killing|deaths?|number\s+of\s+(?:the\s+)?dead)\s+(?:\w+\s+){0,3}(?:of|to|at|reached|rose to|stood at|stands at)?\s*$/i.test(before);
  return toll ? { measure: 'dead', end: 0 } : null;
}

/**
 * What was done to people described at length before the verb: "3,800 residents of the Oldmere and
 * Castle Hill districts had been evacuated" (a place after "of", "from" or "in", then a passive), or
 * where they are: "1,200 people spent the night away from their homes". Read only when the words
 * right after the count say nothing.
 */
const PASSIVE_LATER = /^\s+(?:of|from|in|at)\s+(?:(?!who\b|that\b|which\b|when\b|and\s+(?:were|was|had|have)\b)[\p{L}'’-]+\s+){1,8}?(?:had|have|has|were|was|are|is)\s+(?:been\s+|being\s+)?(?:\p{L}+ly\s+)?([\p{L}-]+)/u;
const AWAY_FROM_HOME = /^[^,;:.()]{0,60}?\b(?:(?:away\s+from|forced\s+(?:out\s+of|from)|driven\s+(?:out\s+of|from)|fled|lost|left|leave|leaving|abandoned)\s+(?:their|his|her)\s+homes?\b|(?:were|was|had\s+been|have\s+been)\s+moved\s+(?:out|away)\b)/i;

function laterVerb(rest: string): string | null {
  const passive = PASSIVE_LATER.exec(rest);
  const measure = passive ? measureOf(passive[1].toLowerCase()) : null;
  if (measure && !WHO.has(measure)) return measure;
  if (AWAY_FROM_HOME.test(rest)) return 'displaced';
  return STRUCK.test(rest) ? 'on strike' : null;
}

/** Workers who "walked out", "stopped work", "have joined the action", "are on strike": a strike's count, whoever they are. */
const STRUCK = /^[^,;:.]{0,80}?\b(?:walked\s+out|stopped\s+work|downed\s+tools|(?:joined|join|joining)\s+the\s+(?:strike|action|walkout|stoppage)|(?:are|were|is|was|went|remain|remained)\s+on\s+strike)\b/i;

/**
 * A winning margin in votes: "won by 312 votes", "a margin of 312 votes", "finished 312 votes ahead
 * of", "a 312-vote lead". Not a division's tally ("passed by 312 votes to 213") nor anyone's count of votes.
 */
const VOTES = /^(?:\s+|-)votes?\b(?!\s+(?:to|against|for)\b)/i;
const MARGIN_BEFORE = /\b(?:(?:margin|majority|lead)\s+(?:of\s+)?|(?:won|wins|win|winning|led|leads|leading|beat|beats|beating|defeated|defeats|defeating|edged|edges|edging)\b(?:\s+[\p{L}'’-]+){0,7}?\s+by\s+)(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than|at\s+least)\s+)?$/iu;
const MARGIN_AFTER = /^(?:\s+votes?\s+(?:ahead|clear)\b|-vote\s+(?:margin|lead|majority)\b)/i;

function marginOf(before: string, rest: string): { measure: string; end: number } | null {
  const votes = VOTES.exec(rest);
  if (!votes) return null;
  const after = MARGIN_AFTER.exec(rest);
  if (after) return { measure: 'margin', end: after[0].length };
  return MARGIN_BEFORE.test(before) ? { measure: 'margin', end: votes[0].length } : null;
}

/**
 * A count of things a verb says were carried, recalled, prescribed or treated: "the ferry was carrying
 * 241 passengers", "recalled 41 batches of …", "a recall of 41 batches", "the 41 recalled batches",
 * "prescribed to 38,000 patients", "214 passengers were on board", "patients in the region are thought
 * to have been prescribed", "had treated 212 patients". The measure is the verb and the thing
 * ("carried passengers"): crew and passengers, or passengers carried and rescued, are other quantities.
 */
const HANDLED = new Map(
  Object.entries({
    carried: 'carrying carried carries aboard board',
    recalled: 'recalled recalling recalls recall',
    prescribed: 'prescribed received dispensed',
    treated: 'treated treating treats',
    diverted: 'divert diverted diverting diverts redirected rerouted turned',
    'on-duty': 'duty',
    records: 'records data details files',
    waiting: 'waiting queuing queueing',
  }).flatMap(([measure, words]) => words.split(' ').map((w) => [w, measure] as [string, string])),
);
/** Measures of things handled, a vehicle's speed, a time spent inside, a size, a spell: one fact of their object or event, whoever reports it. */
export const HANDLED_MEASURE = new RegExp(`${/^(?:(?:carried|recalled|prescribed|treated|diverted|on-duty|records|count) |speed$|time inside$|age$|prison sentence$|time held$)/.source}|${DIMENSIONS.source}|${SPELLS.source}`);
/** Figures whose source is not read: a count of a noun, an age, a term. */
const UNSOURCED = /^(?:count |age$|prison sentence$|time held$)/;
/** Terms of a person (core/terms.ts). */
const TERMS = new Set(['prison sentence', 'time held']);
/** The verb (or a recall's noun) right before the count; "on board (214 passengers and 18 crew)" breaks a count down. */
const HANDLED_BEFORE = /\b(carrying|carried|carries|recalled|recalling|recalls|recall(?:s?\s+(?:of|covering|affecting))?|prescribed(?:\s+to)?|dispensed(?:\s+to)?|treated|treating|treats|aboard|on\s+board|divert(?:ed|ing|s)?|redirected|rerouted|turned\s+away|(?:records|data|details|files)\s+(?:of|on|about))\s+(?:\(\s*)?(?:(?:just|only|some|about|around|roughly|approximately|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;
/** The thing counted, maybe after the verb as an adjective: "41 recalled batches". */
const THING = /^\s+(?:(recalled|prescribed|carried|treated)\s+)?([a-z]+s|people|crew|staff)\b/;
/** The thing after a word that says which ("night guards"), or one thing ("a single night guard was"): only with a verb after it. */
const MODIFIED_THING = /^\s+[a-z]+\s+([a-z]+s|people|crew|staff)\b/;
const ONE_THING = /^\s+(?:[a-z]+\s+)?([a-z]+)(?=\s+was\b)/;
/** Vehicles that queue, one word for each kind. */
const VEHICLES: Record<string, string> = { ships: 'ships', vessels: 'ships', boats: 'boats', lorries: 'trucks', trucks: 'trucks', aircraft: 'aircraft', planes: 'aircraft', flights: 'aircraft', vehicles: 'vehicles', cars: 'vehicles' };
/** Medicines received are prescribed ("38,000 patients may have received tablets from the batches"). */
const MEDICINE = '(?:the\\s+|their\\s+)?(?:tablets|pills|capsules|doses?|medicines?|medication|drugs?|prescriptions?|vaccines?|jabs?)\\b';
/**
 * The verb after the thing: "14 batches were recalled", "patients of the clinic had been treated",
 * "patients in the region are thought to have been prescribed" (what or where they were, then auxiliaries).
 */
const HANDLED_LATER = new RegExp(
  `^(?:\\s+(?:of|in|at|from)\\s+[^,;:.()]{1,40}?|\\s+and\\s+[\\p{L}\\d-]+\\s+(?:crew|staff|[a-z]+s))?(?:\\s+(?:were|was|had|have|has|been|are|is|be|may|might|could|would|will|thought|believed|said|estimated|likely|to|also|all|now|still))*\\s+(?:\\p{L}+ly\\s+)?(on\\s+board|aboard|recalled|carried(?!\\s+out\\b)|prescribed|dispensed|treated|received(?=\\s+${MEDICINE})|diverted|redirected|rerouted|turned\\s+away|on\\s+duty|waiting|queu(?:e)?ing)\\b`,
  'iu',
);
/**
 * A running total, as of the day of writing: "has now recalled 23 batches", "so far". Not a perfect
 * after a modal or "to" ("may have received", "are thought to have been prescribed"): that is past.
 */
const RUNNING = /(?<!\b(?:to|may|might|could|would|must|should|will)\s)\b(?:has|have)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?(?:carried|recalled|prescribed|dispensed|treated|diverted|redirected|rerouted|turned\s+away)\b|\b(?:now|so\s+far|to\s+date)\b/i;

/**
 * The last words HANDLED_BEFORE can end with (its verbs, "of", "on", "away", its hedges), or none
 * (a bracket): the pattern, tried at every position, only where one of them ends the text.
 */
const HANDLED_LAST = new Set(
  'carrying carried carries recalled recalling recalls recall of covering affecting to prescribed dispensed treated treating treats aboard board divert diverted diverting diverts redirected rerouted away on about just only some around roughly approximately nearly almost than over least'.split(' '),
);
function handledBefore(before: string): string | undefined {
  const last = lastWordOf(before);
  return last === '' || HANDLED_LAST.has(last) ? HANDLED_BEFORE.exec(before)?.[1] : undefined;
}

function handledOf(before: string, rest: string, value: number): { measure: string; end: number } | null {
  let thing = THING.exec(rest);
  let verb = thing ? (thing[1] ?? handledBefore(before) ?? HANDLED_LATER.exec(rest.slice(thing[0].length))?.[1]) : undefined;
  let noun = thing?.[2];
  // "Two night guards were on duty", "A single night guard was on duty": the verb after the thing says
  // (looked for only where such a verb is: this second reading doubled the cost of handled counts).
  if (!verb && (rest.includes(' duty') || rest.includes('divert') || rest.includes('turned away'))) {
    thing = MODIFIED_THING.exec(rest) ?? (value === 1 ? ONE_THING.exec(rest) : null);
    verb = (thing && HANDLED_LATER.exec(rest.slice(thing[0].length))?.[1]) ?? undefined;
    noun = thing ? (value === 1 && !thing[1].endsWith('s') ? `${thing[1]}s` : thing[1]) : undefined;
  }
  if (!verb || !thing) return null;
  const words = verb.toLowerCase().split(/\s+/);
  const handled = HANDLED.get(words[0]) ?? HANDLED.get(words[words.length - 1])!;
  // A queue is of vehicles ("41 vessels were waiting at anchor", "fourteen ships are now waiting"); people waiting are many queues.
  if (handled === 'waiting') return noun && VEHICLES[noun] ? { measure: `waiting ${VEHICLES[noun]}`, end: thing[0].length } : null;
  return { measure: `${handled} ${noun}`, end: thing[0].length };
}

/** A speed's unit, and its factor to kilometres an hour. */
const SPEED_UNIT = /^\s*(?:(km\/h|kph|kmh|km\s+per\s+hour|kilomet(?:re|er)s\s+(?:an|per)\s+hour)|(mph|miles\s+(?:an|per)\s+hour)|(knots))(?![\p{L}/])/iu;
/** How a vehicle moved at that speed: "travelling at", "entered the curve at", "hit the barrier at", "a speed of". */
const SPEED_BEFORE = /(?:\b(?:travel+(?:ing|ed)|going|went|running|ran|moving|driving|drove|flying|flew|sailing|sailed|speeding|sped|entered|entering|enters|hit|hitting|struck|took|taking|approached|approaching|doing)\b[^,;:.()]{0,60}?\s+at|\bspeed\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?$/i;
/** A speed allowed or possible, or of the weather, is no fact of the event. */
const NOT_EVENT_SPEED = /\b(?:limit|limits|maximum|top\s+speed|permitted|allowed|capable|designed|wind|winds|gusts?|gusting)\b/i;

/** The speed a vehicle moved at, in km/h: "was travelling at 131 kilometres an hour", "entered the curve at 112 km/h", "80 mph". */
function speedOf(before: string, rest: string): { end: number; factor: number } | null {
  const unit = SPEED_UNIT.exec(rest);
  if (!unit || !SPEED_BEFORE.test(before)) return null;
  const clause = before.split(/[,;:.()]/).pop()! + rest.slice(unit[0].length).split(/[,;:.()]/)[0];
  if (NOT_EVENT_SPEED.test(clause)) return null;
  return { end: unit[0].length, factor: unit[1] ? 1 : unit[2] ? 1.609344 : 1.852 };
}

/** "inside for", "in the building for"; "spent … inside", "spent … in the house". */
const INSIDE_FOR = /\b(?:inside|indoors|in\s+the\s+(?:building|house|museum|gallery|bank|shop|store|premises))\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+|less\s+than\s+|more\s+than\s+|under\s+|over\s+|at\s+least\s+|at\s+most\s+|no\s+more\s+than\s+)?$/i;
const SPENT_INSIDE = /^\s+(?:minutes?|hours?)\s+(?:inside|indoors|in\s+the\s+(?:building|house|museum|gallery|bank|shop|store|premises))\b/i;

/** How long people were inside a building, in minutes. */
function insideFor(before: string, rest: string): { end: number; factor: number } | null {
  const unit = /^\s+(minutes?|hours?)/.exec(rest)!;
  if (!INSIDE_FOR.test(before) && !(/\bspen[dt]s?\s+(?:\S+\s+){0,2}$/i.test(before) && SPENT_INSIDE.test(rest))) return null;
  return { end: unit[0].length, factor: unit[1].startsWith('hour') ? 60 : 1 };
}

/** Which way a bound goes: "less than four minutes" is below, "more than ten" above. */
const boundOf = (before: string): string => (/\b(?:less\s+than|fewer\s+than|under|up\s+to|at\s+most|no\s+more\s+than|within)\s*$/i.test(before) ? 'below' : /\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of)\s*$/i.test(before) ? 'above' : 'bound');

/** A participle right before a number: "killing 11", "injuring more than 40". */
const PARTICIPLE_BEFORE = /\b(?:killing|injuring|wounding|leaving|displacing|evacuating|arresting|detaining)\s+(?:at least|more than|over|nearly|almost|around|about|some|up to)?\s*$/i;

function verbBefore(before: string): string | null {
  const m = /\b([\p{L}-]+)\s+(?:at least|more than|over|nearly|almost|around|about|some|up to)?\s*$/iu.exec(before);
  const measure = m ? measureOf(m[1].toLowerCase()) : null;
  return measure && !WHO.has(measure) ? measure : null;
}
