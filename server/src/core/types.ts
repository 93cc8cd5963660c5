// The data model of the analysis core. Everything here is plain JSON so that results can cross
// worker threads and live in the persistent cache unchanged.
//
// Offsets are UTF-16 code units into the article text as the editor shows it (BOM removed),
// end exclusive: the same units LSP positions use, so no conversion is ever needed but line/column.

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface Span {
  start: number;
  end: number;
}

/** A recognised name in the text, before linking. */
export interface NamedSpan extends Span {
  type: EntityType;
}

/** One mention of an entity in an article; `local` indexes ArticleAnalysis.entities. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  local: number;
}

export interface Description extends Span {
  text: string;
}

/** An entity as one article knows it: all its mentions there resolved to one name. */
export interface LocalEntity {
  /** The fullest spelling the article uses ("Omar Farouk", not "Farouk"). */
  name: string;
  type: EntityType;
  /** Every distinct spelling used in this article, the name first. */
  aliases: string[];
  /** Where the article introduces it (its first fullest mention). */
  first: Span;
  /** Indices into ArticleAnalysis.mentions. */
  mentions: number[];
  /** Appositions and similar ("a member of the rebel group Jaysh al-Islam"). */
  descriptions: Description[];
  /** True when the article never gives more than a part of the name (a bare surname). */
  partial: boolean;
  /** A link key set by a user's correction: the entity then joins only what has the same key. */
  link?: string;
}

export type ChannelKind = 'platform' | 'outlet' | 'venue' | 'form';

export type SpeakerKind = 'entity' | 'anonymous' | 'unknown';

export interface Speaker extends Span {
  kind: SpeakerKind;
  /** The LocalEntity index, for kind 'entity'. */
  local: number | null;
  /** The words in this article that name the speaker: a name, a pronoun, "a source close to …". */
  text: string;
  /** For an unnamed speaker, the words that describe it ("a ministry official"), also when `text` is a pronoun. */
  source?: string;
  /**
   * Named by a role ("the minister") that the article itself gives this person ("Health Minister Ana
   * Ruiz", "Ana Ruiz, the minister …"), or by a pronoun right after the one person named in full before
   * it: as sure as the name. Absent when the role or pronoun was only guessed to be the person spoken of nearby.
   */
  titled?: true;
}

export interface Quote extends Span {
  /** The quoted words without the quotation marks (parts joined by " … " when it resumes). */
  text: string;
  speaker: Speaker | null;
  /** The attribution verb as written ("said", "told", "according to"). */
  cue: string | null;
  /** Normalised channel ("Facebook", "Twitter", "interview with Al Arabiya", "press conference"). */
  channel: string | null;
  /** Where the article names the channel (possibly an earlier sentence). */
  channelSpan: Span | null;
  /** What the channel is: a place (platform, outlet, venue) or only a form ("statement"). Forms never disagree with places. */
  channelKind?: ChannelKind | null;
  /** The form given beside a place: "statement" of "a statement on Facebook". */
  channelForm?: string | null;
  /** Day or date as written ("Sunday", "May 30"). */
  day: string | null;
  /** ISO date when the day resolves against the article date ("2025-03" for a month). */
  date: string | null;
}

/** Where people or a thing were taken, kept or found (core/placings.ts): "the van was found burned out in Oslek". Its span is the last place's words. */
export interface Placing extends Span {
  /** Taken there, found there, caught or given a roof there (`kept`), (talks) held there, or (a person) spoke to the press there. */
  deed: 'taken' | 'found' | 'held' | 'kept' | 'spoke';
  /** What: a head noun, singular ("van", "recorder"), "people" for those an emergency moves, or "@<local>" for a named one. */
  thing: string;
  /** The places as written, in order ("Tarnby General Hospital"); more than one when the clause lists several. */
  places: string[];
  /** The sentence that tells it. */
  sentence: Span;
  /** For one who spoke: the day its sentence gives ("Tuesday", "today"), which sets one briefing apart from another. */
  day?: string;
}

/** A number reported about something, with who reports it: "280,000 dead", "killing 45 IS fighters, the Observatory said". */
export interface Figure extends Span {
  value: number;
  /** ISO currency code for money ("EUR"), null for a count. */
  unit: string | null;
  /** Normalised measure ("dead", "injured", "cases", "price", "bribes", …). */
  measure: string;
  /** What makes it one of several of its kind ("suspected", "confirmed", "first"), sorted words. */
  qualifier: string | null;
  /** Why it is no firm figure of its own: "bound", "estimate", "update", "conversion", "correction", "elsewhere" (another event); null for a plain figure. */
  hedge: string | null;
  /** LocalEntity index of the source the figure is attributed to, when the text gives one. */
  source: number | null;
  /** The source in the article's words ("the indictment", "the health ministry"), or the publishing organisation's masthead. */
  sourceText: string | null;
  /** Stated in the article's own voice: no source named ("eleven people died"), or "we" (its sourceText is then its masthead, if any). */
  own: boolean;
  /** LocalEntity indices of places named in the same sentence (what the figure is about). */
  places: number[];
  /** LocalEntity index of the organisation or person the figure's clause is about (who it is, when no source is given). */
  parties: number[];
  /** The sentence that reports it. */
  sentence: Span;
  /** The day its sentence gives it for, as written ("Tuesday", "March 12", "today"), nearest the figure. */
  day: string | null;
  /** ISO date of that day, resolved against the article's date. */
  date: string | null;
  /** For a count of a noun (core/counts.ts): the stems of the words around it, which another count of the noun must share to be of the same thing. */
  context?: string[];
}

/** A deed done once, with who did it and the day the article gives ("Dana Voss testified on Tuesday"). */
export interface TimedEvent extends Span {
  /** Normalised deed ("testify", "resign", "close") or happening (core/happenings.ts: "collapse", "end", "hearing"). */
  event: string;
  /** LocalEntity index of whom it is about: who did it, or whom it was done to ("was suspended"); null when `object` says. */
  subject: number | null;
  /** What it was done to when that is no one: "production" (suspended), "flights"; whom a contact went to ("agency"); else null. */
  object: string | null;
  /** A first deed of its kind ("first emailed"): any such deed before its day contradicts it, none after. */
  first: boolean;
  /**
   * How the day is given around a night (core/days.ts nightOf): `early` ("early on Sunday") may be the
   * night before, `late` ("Saturday night") may run into the next day, `loose` either (local time); null: the day itself.
   */
  loose: 'early' | 'late' | 'loose' | null;
  /** The day as written ("Tuesday", "11 March", "today", or a month: "March"). */
  day: string;
  /** The day lies ahead of the article ("closes on Friday"), not behind it. */
  ahead: boolean;
  /** LocalEntity indices named in its sentence: what tells one sudden happening from another ("the blast" in Kesting). */
  near: number[];
  /** Its sentence states a change of date ("postponed from March 3 to March 10"): both days were right in their time. */
  changed: boolean;
  /** ISO date when the day resolves against the article date ("2025-03" for a month). */
  date: string | null;
  /** The clock time it happened at (core/clock-times.ts), for a happening given one; `day` is "" when none is given. */
  time?: ClockTime;
}

/** A clock time: minutes after midnight, give or take `slack` ("about", "shortly after"); "midnight" may end its day instead. */
export interface ClockTime {
  minutes: number;
  slack: number;
  midnight?: true;
}

export interface ArticleAnalysis {
  /** Bump when the analysis changes: it keys the persistent cache. */
  version: string;
  length: number;
  /** Offsets where lines start, for UTF-16 line/column conversion without keeping the text. */
  lineStarts: number[];
  headline: (Span & { text: string }) | null;
  /** ISO date of publication when the text states it. */
  date: string | null;
  boilerplate: Span[];
  mentions: Mention[];
  entities: LocalEntity[];
  quotes: Quote[];
  figures: Figure[];
  events: TimedEvent[];
  placings: Placing[];
}

/** The structure of an article that the engines read, before entities. */
export interface Structure {
  text: string;
  headline: (Span & { text: string }) | null;
  date: string | null;
  paragraphs: Span[];
  sentences: Span[];
  boilerplate: Span[];
}

/** Mentions and the local entities they resolve to (ArticleAnalysis.mentions / .entities). */
export interface EntityLayer {
  mentions: Mention[];
  entities: LocalEntity[];
}
