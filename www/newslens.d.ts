// TypeScript declarations of newslens.js, the module API, and of the analysis it returns.
// The schema is defined (and documented field by field) in src/model.rs; spans here are UTF-16
// code units, what String.prototype.slice takes. tests/node/types.test.mjs checks that these
// declarations name every export of newslens.js and every field of a real analysis.

/** A range of the text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Everything analyze() found in one article. */
export interface Analysis {
  document: DocumentInfo;
  /** Sentences in text order (boilerplate excluded). */
  sentences: Span[];
  /** Every named mention, in text order. */
  mentions: Mention[];
  /** Mentions merged into entities, most salient first. */
  entities: Entity[];
  /** Direct, partial and reported speech, in text order. */
  quotes: Quote[];
  /** Time expressions with TIMEX3 values, in text order. */
  timexes: Timex[];
  /** Dated events by date; undated future items (date "FUTURE_REF") last. */
  events: Event[];
}

/** Facts about the article as a whole. */
export interface DocumentInfo {
  /** The headline, when the text starts with one. */
  title: Span | null;
  /** The publication date used to resolve relative dates, YYYY-MM-DD. */
  dct: string | null;
  /** Where dct came from: a dateline in the text, the dct option, or nowhere. */
  dct_source: 'text' | 'option' | 'none';
  /** The dateline the date was read from, when it came from the text. */
  dateline: Span | null;
  /** The date the text itself states, even when the dct option overrides it. */
  detected_dct: string | null;
  /** Lines left by copy-paste, excluded from the analysis. */
  boilerplate: Boilerplate[];
}

export interface Boilerplate {
  span: Span;
  /** "stray", "duplicate_title", "share", "advert", ... */
  label: string;
}

/** One occurrence of a name in the text. */
export interface Mention {
  id: string;
  span: Span;
  text: string;
  type: EntityType;
  /** The id of the entity it belongs to. */
  entity: string;
  /** The rule that found it (with `explain: true`). */
  rule?: string;
}

/** A person, organization, place or group, with all its mentions merged. */
export interface Entity {
  id: string;
  /** The longest proper form of the name. */
  canonical: string;
  type: EntityType;
  /** Titles and roles as written ("United States Secretary of State"). */
  roles: string[];
  role_spans: Span[];
  /** Every distinct surface form. */
  aliases: string[];
  count: number;
  /** The ids of its mentions, in text order. */
  mentions: string[];
  /** A related entity: the country of a demonym or of a capital. */
  related: string | null;
  salience: number;
  rule?: string;
}

/** Something somebody said, and who said it. */
export interface Quote {
  id: string;
  span: Span;
  /** The content: inside the marks, or the clause after the cue for reported speech. */
  text: string;
  kind: QuoteKind;
  /** The speech verb or phrase ("said", "told reporters", "according to"). */
  cue: Span | null;
  cue_text: string | null;
  /** The speaker's canonical name, or the speaker phrase ("officials"). */
  speaker: string | null;
  speaker_span: Span | null;
  /** The id of the entity the speaker resolves to. */
  speaker_entity: string | null;
  rule?: string;
}

/** A time expression with its TIMEX3 value. */
export interface Timex {
  id: string;
  span: Span;
  text: string;
  type: TimexType;
  /** "2025-11-23", "2025-11", "2025-W48", "2025-11-24TMO", "P3D", "PAST_REF", "FUTURE_REF", ... */
  value: string;
  /** True for the dateline that gives the publication date. */
  creation_time: boolean;
  rule?: string;
}

/** A dated statement of the article. */
export interface Event {
  id: string;
  /** A TIMEX3 date value: "2025-11-23", "2025-11", "2022", "FUTURE_REF". */
  date: string;
  /** The id of the time expression that dates it. */
  timex: string | null;
  /** The sentence or clause that states it. */
  span: Span;
  summary: string;
  /** Entity ids. */
  participants: string[];
  places: string[];
  rule?: string;
}

export interface AnalyzeOptions {
  /** The publication date, YYYY-MM-DD; wins over the date found in the text. */
  dct?: string | null;
  /** Keep the id of the rule behind each result (`rule` fields). */
  explain?: boolean;
}

/**
 * Loads and compiles the WebAssembly module once (later calls return the same promise). By
 * default pkg/newslens_bg.wasm next to newslens.js; in Node pass the bytes.
 */
export function init(wasm?: URL | string | BufferSource | WebAssembly.Module): Promise<void>;

/**
 * Analyses one article (after `await init()`). Throws an Error with a readable message when the
 * input is refused: larger than maxInputBytes(), or a dct that is not YYYY-MM-DD.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** The version of the Rust crate. */
export function version(): string;

/** The largest input analyze() accepts, in bytes of UTF-8. */
export function maxInputBytes(): number;

/**
 * Rebuilds the Analysis from the compact wire form the core returns (src/wire.rs), texts sliced
 * from `text`. analyze() uses it; exported for the tests.
 */
export function expand(wire: unknown, text: string): Analysis;
