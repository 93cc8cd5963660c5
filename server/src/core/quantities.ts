// Physical quantities and durations reported about an event, each in one unit whatever the spelling:
// "8,500 m³/s" and "5,800 cubic metres of water per second" are peak flows; "18,000 litres" is 18 m³
// released; "a 14-kilometre stretch of the river" and "40 km of the river" are lengths of the river;
// "forty times the limit"; "a 72-hour strike" and "the strike will last three days" are 72 hours; "the
// wave took two hours to reach" and "reached the town in about 40 minutes" are times to reach; "stopped 35
// minutes after the alarm" and "not closed until three hours after the first alarm" are times to stop.
// Each rule asks for the words that say what is measured, so a distance or a volume in passing is none.

import { spelledNumber } from './numbers';

/** What a number after which a unit stands measures: its measure, unit, the factor to that unit, and where its words end. */
export interface Quantity {
  measure: string;
  unit: string;
  factor: number;
  /** Where the words saying what is measured end, relative to the number's end. */
  end: number;
}

/** A unit right after a number ("m³/s", "cubic metres of water per second", "-kilometre", "tonnes", "kg", "times"). */
const UNIT =
  /^(?:\s*|-)(?:(m³\/s|m3\/s|cubic\s+met(?:re|er)s?\s+(?:of\s+\p{L}+\s+)?(?:per|a|each)\s+second)|(m³|m3|cubic\s+met(?:re|er)s?)|(lit(?:re|er)s?)|(tonnes?|metric\s+tons|kg|kilos|kilogram(?:me)?s)|(km|kilomet(?:re|er)s?)|(times))(?![\p{L}\p{N}/])/iu;

/** Words of a release of liquid or gas: the volume is how much got out. */
const RELEASED = /\b(?:leak(?:ed|s|ing)?|spill(?:ed|s|age)?|spilt|escaped?|released?|discharged?|poured|flowed|left|lost|dumped|seeped|volume)\b/i;
/** Words after "of" that end what a mass is of: "12 tonnes of dead fish had been collected". */
const NOT_HEAD = new Set('had have has were was are is been be from in on at by to and or so that which who with into were a an the'.split(' '));
/** "N km of the river", "a 14-kilometre stretch of the river": the thing after "of". A distance "within" or "from" is no length of it. */
const LENGTH_OF = /^(?:\s+(?:stretch|section|length|part|portion|swathe)\s+of|\s+of)\s+(?:the\s+|its\s+)?(\p{Ll}+)\b/u;
const NOT_LENGTH_BEFORE = /\b(?:within|from|radius\s+of|up\s+to|to)\s+(?:about\s+|around\s+|some\s+)?$/i;
/** "forty times the limit", "four times the legal limit for …": a multiple of a limit. */
const LIMIT = /^\s+(?:the\s+)?(?:(?:legal|safe|safety|permitted|recommended|official|maximum|allowed|statutory)\s+)?(?:limit|threshold)\b/i;

/** What a number followed by a unit measures; null when the words around it do not say. */
export function quantityOf(before: string, rest: string): Quantity | null {
  const u = UNIT.exec(rest);
  if (!u) return null;
  const end = u[0].length;
  const after = rest.slice(end);
  const clause = `${before.split(/[.;:!?]/).pop()!} ${after.split(/[.;:!?]/)[0]}`;
  // A flow is compared only at its peak ("Peak discharge reached …", "at the peak, … releasing …"): a river's usual flow is another.
  if (u[1]) return /\bpeak/i.test(before) ? { measure: 'peak flow', unit: 'm³/s', factor: 1, end } : null;
  if (u[2] || u[3]) return RELEASED.test(clause) ? { measure: 'volume released', unit: 'm³', factor: u[2] ? 1 : 0.001, end } : null;
  if (u[4]) {
    const of = /^\s+of\s+/.exec(after);
    if (!of) return null;
    let head = '';
    for (const w of after.slice(of[0].length).split(/\s+/, 3)) {
      const word = /^\p{Ll}+/u.exec(w)?.[0];
      if (!word || NOT_HEAD.has(word)) break;
      head = word;
      if (word.length < w.length) break;
    }
    // "40 kg of cocaine" is 0.04 tonnes of it.
    return head ? { measure: `tonnes of ${head}`, unit: 't', factor: /^-?\s*k/i.test(u[0]) ? 0.001 : 1, end } : null;
  }
  if (u[5]) {
    const of = LENGTH_OF.exec(after);
    return of && !NOT_LENGTH_BEFORE.test(before) ? { measure: `length of ${of[1]}`, unit: 'km', factor: 1, end: end + of[0].length } : null;
  }
  const limit = LIMIT.exec(after);
  return limit ? { measure: 'multiple of limit', unit: 'times', factor: 1, end: end + limit[0].length } : null;
}

/** Hedges a duration may carry. */
const ABOUT = '(?:(?:about|around|some|nearly|almost|roughly|just|only|less\\s+than|more\\s+than|over|under)\\s+)?';
/** "the wave took around two hours to travel", "had taken about 40 minutes to reach". */
const TOOK = new RegExp(`\\b(\\p{Ll}+)\\s+(?:took|takes|had\\s+taken|has\\s+taken|have\\s+taken)\\s+${ABOUT}$`, 'u');
const TO_REACH = /^\s+(minutes?|hours?)\s+to\s+(?:reach|travel|arrive|get\s+to|cover|hit)\b/i;
/** "the wave reached the centre of the town, 12 km downstream, in about 40 minutes". */
const REACHED_IN = new RegExp(`\\b(\\p{Ll}+)\\s+(?:reached|hit|struck)\\b[^.;]{0,80}?\\bin\\s+${ABOUT}$`, 'u');
const IN_TIME = /^\s+(minutes?|hours?)\b/i;
/** Subjects that name nothing themselves. */
const NOT_SUBJECT = new Set('it they which that who this these those he she we i what there'.split(' '));
/** Stoppages whose length is announced: "the strike will last three days"; a walkout or a stoppage is the strike. */
const STOPPAGE = '(strike|stoppage|walkout|shutdown|blockade)';
const LASTS = new RegExp(`\\b${STOPPAGE}\\s+(?:will|would|is\\s+(?:due|set|expected)\\s+to|was\\s+(?:due|set)\\s+to)?\\s*(?:last|run)\\s+(?:for\\s+)?${ABOUT}$`, 'i');
const SPAN = /^\s+(hours?|days?|weeks?)\b/i;
const HOURS: Record<string, number> = { minute: 1 / 60, hour: 1, day: 24, week: 168 };
const hoursIn = (unit: string): number => HOURS[unit.toLowerCase().replace(/s$/, '')];

/**
 * How long until a release was stopped: "the leak stopped 35 minutes after the alarm", "the valve was not
 * closed until almost three hours after the first alarm" (a verb of stopping in the clause before).
 */
const AFTER_ALARM = /^\s+(minutes?|hours?)\s+after\s+(?:the\s+)?(?:first\s+|initial\s+)?(alarm|alert|warning)\b/i;
const STOPPED = /\b(?:stopped|closed|isolated|shut|sealed|contained|halted|plugged|capped)\b[^.;:,]*$/i;

/** How long something took or lasts, from a number followed by minutes, hours or days; null when the words do not say what. */
export function durationOf(before: string, rest: string): Quantity | null {
  const alarm = AFTER_ALARM.exec(rest);
  if (alarm) return STOPPED.test(before) ? { measure: `time to stop after ${alarm[2].toLowerCase()}`, unit: 'min', factor: hoursIn(alarm[1]) * 60, end: alarm[0].length } : null;
  const span = SPAN.exec(rest);
  const last = span && LASTS.exec(before);
  if (span && last) return { measure: 'length of strike', unit: 'h', factor: hoursIn(span[1]), end: span[0].length };
  const reach = TO_REACH.exec(rest);
  const subject = reach ? TOOK.exec(before) : null;
  const unit = subject ? reach : IN_TIME.exec(rest);
  const who = subject ?? (unit ? REACHED_IN.exec(before) : null);
  if (!unit || !who || NOT_SUBJECT.has(who[1])) return null;
  return { measure: `time for ${who[1]} to reach`, unit: 'min', factor: hoursIn(unit[1]) * 60, end: unit[0].length };
}

/** "a 72-hour strike", "the original three-day stoppage": the number is read with the length (numbers.ts leaves "72-hour" alone). */
const STOPPAGE_OF = new RegExp(`\\b(\\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-(hour|day|week)\\s+(?:[\\p{L}]+\\s+)?${STOPPAGE}\\b`, 'gu');

/** The stoppages of a sentence with their length in hours: where the number is, its value, and what is measured. */
export function stoppagesIn(sentence: string): { at: number; length: number; value: number }[] {
  const out: { at: number; length: number; value: number }[] = [];
  STOPPAGE_OF.lastIndex = 0;
  for (let m = STOPPAGE_OF.exec(sentence); m; m = STOPPAGE_OF.exec(sentence)) {
    const n = /^\d/.test(m[1]) ? +m[1] : spelledNumber(m[1]);
    if (n) out.push({ at: m.index, length: m[0].length, value: n * hoursIn(m[2]) });
  }
  return out;
}
