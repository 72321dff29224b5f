// The one contract: what flows from input through analyzers to formatters.

/** A half-open UTF-16 range into the input as read (after removing a BOM). */
export interface Span {
  start: number;
  end: number;
}

/** A span with its text: `input.slice(start, end) === text` always holds. */
export interface TextSpan extends Span {
  text: string;
}

/** A word or punctuation-free term of the analyzed text, with compromise's tags. */
export interface Token extends Span {
  text: string;
  /** Lower-cased text without possessive 's and outer punctuation. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces between the previous token and this one. */
  pre: string;
  /** Punctuation and spaces between this token and the next one. */
  post: string;
  sentence: number;
  /** Index of this token in `Document.tokens`. */
  index: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last in `Document.tokens`. */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Paragraph extends Span {
  /** First sentence index and one past the last. */
  firstSentence: number;
  endSentence: number;
}

/** The parsed article, shared read-only by every analyzer: parse once. */
export interface Document {
  source: string;
  /** The input as read, BOM removed. Every span indexes into this. */
  text: string;
  /**
   * The same length as `text`, for analysis: line breaks inside a paragraph (soft wraps) and CRs
   * are spaces, and boilerplate lines (teasers such as "Also Read: …") are blanked with spaces,
   * so analyzers never see them and every offset still points into `text`.
   */
  clean: string;
  paragraphs: Paragraph[];
  /** Lines left out of the analysis (teasers, share lines). */
  boilerplate: Span[];
  sentences: Sentence[];
  tokens: Token[];
  /**
   * For input that is not plain text (HTML, Markdown): the file as given and, for each character
   * of `text`, the range of the file it was read from ("&amp;" → "&"). The runner maps every span
   * back through it once, so reports always point into the file the user gave.
   */
  origin?: SourceMap;
}

export interface SourceMap {
  /** The input as read (BOM removed). */
  input: string;
  /** `starts[i]`, `ends[i]`: the input range of `text[i]`. */
  starts: Int32Array;
  ends: Int32Array;
}

/** What an input format found about the article besides its text. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  /** The published date, YYYY-MM-DD, as the page or front matter states it. */
  published: string | null;
  siteName: string | null;
  language: string | null;
  /** Where the report's reference date came from. */
  referenceDateFrom: 'option' | 'metadata' | 'text' | null;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  name: string;
  type: EntityType;
  count: number;
  roles: string[];
  mentions: TextSpan[];
}

export interface Quote extends TextSpan {
  kind: 'direct' | 'partial';
  speaker: (TextSpan & { name: string }) | null;
  cue: TextSpan | null;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface DateFinding extends TextSpan {
  type: DateType;
  /** A TIMEX3-style value: 2022-02-18, 2022-03, 2022-W12, P3W, PT2H, XXXX-02-18, PRESENT_REF. */
  value: string;
}

export type NumberKind = 'cardinal' | 'ordinal' | 'money' | 'percent' | 'quantity';

export interface NumberFinding extends TextSpan {
  kind: NumberKind;
  value: number;
  unit: string | null;
  /** ISO 4217 code. */
  currency: string | null;
  /** The qualifier as written, lower-cased: "more than", "up to", "about". */
  approximate: string | null;
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  /** Additive to v1: lines left out of the analysis as boilerplate (teasers, bylines, credits). */
  boilerplate: number;
}

/** What each built-in analyzer returns, keyed by its registry name. */
export interface FindingsByAnalyzer {
  entities: Entity[];
  quotes: Quote[];
  dates: DateFinding[];
  numbers: NumberFinding[];
}

export type AnalyzerName = keyof FindingsByAnalyzer;

export interface Report extends Partial<FindingsByAnalyzer> {
  /** A plugin analyzer's findings, under its name. */
  [plugin: string]: unknown;
  schemaVersion: 1;
  /** Additive to schema v1: the record's id under --ndjson-in. */
  id?: string | number;
  source: string;
  referenceDate: string | null;
  stats: Stats;
  /** Additive to schema v1: present for HTML and Markdown input, and whenever a reference date was found. */
  meta?: ArticleMeta;
  /** Additive to schema v1: analyzers that failed on this document; their keys are left out. */
  errors?: Array<{ analyzer: string; message: string }>;
}

/** The user's names and their types: `{"Kirby": "person", "Joint Chiefs": "organization"}`. */
export type Lexicon = Readonly<Record<string, EntityType>>;

export interface AnalyzeContext {
  /** YYYY-MM-DD that relative dates resolve against, or null: values stay underspecified. */
  referenceDate: string | null;
  /** Names the user added or retyped; they win over everything the analyzers guess. */
  lexicon: Lexicon;
  /** Another analyzer's findings on the same document (a built-in's or a plugin's), computed once and shared. */
  findings<K extends AnalyzerName>(name: K): FindingsByAnalyzer[K];
  findings(name: string): unknown[];
}

/**
 * An analyzer is a plain object with a pure function: document in, findings out. Every object in
 * the findings with numeric `start`, `end` and a string `text` is a span into the document's
 * `text`, checked by the runner (`text.slice(start, end) === text`) and mapped back to the input
 * for HTML and Markdown.
 */
export interface Analyzer<F = unknown> {
  description: string;
  analyze(doc: Document, context: AnalyzeContext): F[];
}

/**
 * A plugin: analyzers (their findings appear in the report under their names) and optionally
 * formatters (new words for --format), in the same shape as the built-in ones.
 */
export interface Plugin {
  /** Shown in error messages; defaults to how the plugin was named on the command line. */
  name?: string;
  analyzers?: Readonly<Record<string, Analyzer>>;
  formatters?: Readonly<Record<string, Formatter>>;
}

/** An input as read (BOM removed), with the format it was read as: what report offsets index. */
export interface InputText {
  text: string;
  format: 'text' | 'html' | 'markdown';
}

export interface FormatOptions {
  color: boolean;
  /** Several inputs were given: JSON is then always an array, whatever failed. */
  batch?: boolean;
  /** The inputs of the reports, in the same order, for formats that show the article (html). */
  inputs?: readonly (InputText | undefined)[];
}

/** A formatter renders the reports of one run; colour is an option, not a global. */
export type Formatter = (reports: Report[], options: FormatOptions) => string;
