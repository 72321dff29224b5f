// Runs the chosen analyzers on one Document and assembles the Report: the runner stamps order
// and checks every span, the analyzers don't.
import { analyzers } from './analyzers/index.js';
import { findReferenceDate } from './analyzers/dates/reference-date.js';
import { formatOf, loadFormat, readArticle, type InputFormat } from './input/formats.js';
import { checkPlugin } from './plugins.js';
import type { Analyzer, AnalyzeContext, ArticleMeta, Document, FindingsByAnalyzer, Lexicon, Plugin, Report, SourceMap, Span, TextSpan } from './types.js';

export interface AnalyzeOptions {
  /** Which analyzers to report, built-in or from the plugins; all by default. */
  analyzers?: readonly string[];
  /** Plugins whose analyzers run beside the built-in ones (see Plugin). */
  plugins?: readonly Plugin[];
  /** YYYY-MM-DD; when absent, the page's published date or a date in the article's first lines, else none. */
  referenceDate?: string | null;
  /** false: never look for a reference date in the article (relative dates stay underspecified without referenceDate). */
  findReferenceDate?: boolean;
  /** Shown as the report's `source`. */
  source?: string;
  /** Names to add or retype: `{"Kirby": "person"}`. */
  lexicon?: Lexicon;
  /** How to read the input: plain text, a saved web page, Markdown, or decided from name and content. */
  input?: InputFormat;
}

/** A finding whose span does not match the input: a bug in an analyzer, never shown to users. */
export class SpanError extends Error {
  constructor(analyzer: string, span: TextSpan, actual: string) {
    super(`analyzer "${analyzer}" reported span ${span.start}-${span.end} as ${JSON.stringify(span.text)} but the input has ${JSON.stringify(actual)}`);
  }
}

/**
 * Maps every span of the findings from the analysis text back to the input as given (HTML,
 * Markdown): a span covers the input's characters from its first character's start to its last
 * character's end, and its `text` becomes that slice of the input, markup and entities included.
 */
function mapToInput(origin: SourceMap, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapToInput(origin, item));
  if (!value || typeof value !== 'object') return value;
  const record = { ...(value as Record<string, unknown>) };
  for (const [key, field] of Object.entries(record)) if (field && typeof field === 'object') record[key] = mapToInput(origin, field);
  if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string' && record.end > record.start) {
    const start = origin.starts[record.start];
    const end = origin.ends[record.end - 1];
    Object.assign(record, { start, end, text: origin.input.slice(start, end) });
  }
  return record;
}

function checkSpans(doc: Document, analyzer: string, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) checkSpans(doc, analyzer, item);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const { start, end, text } = record;
  if (typeof start === 'number' && typeof end === 'number' && typeof text === 'string') {
    // (the input holds the text there: no slice of it made to compare)
    if (!(start >= 0 && text.length === end - start && doc.text.startsWith(text, start))) {
      const actual = doc.text.slice(start, end);
      if (actual !== text) throw new SpanError(analyzer, record as unknown as TextSpan, actual);
    }
  }
  // (its own fields, as Object.values gives them, without making an array of them for every finding)
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const field = record[key];
    if (field && typeof field === 'object') checkSpans(doc, analyzer, field);
  }
}

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/** Whether the text holds a letter or a digit; ASCII is answered without the Unicode pattern. */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return /[\p{L}\p{N}]/u.test(text);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  }
  return false;
}

function countWords(doc: Document): number {
  let words = 0;
  for (const token of doc.tokens) if (hasLetterOrDigit(token.text)) words++;
  return words;
}

const builtIn = new Map<string, Analyzer>(Object.entries(analyzers));

/** The built-in analyzers and those of the plugins, in report order. */
function registry(plugins: readonly Plugin[] = []): ReadonlyMap<string, Analyzer> {
  if (plugins.length === 0) return builtIn;
  const all = new Map(builtIn);
  const taken = new Set<string>();
  for (const [i, plugin] of plugins.entries()) {
    for (const [name, analyzer] of Object.entries(checkPlugin(plugin, plugin.name ?? `#${i + 1}`, taken).analyzers)) {
      taken.add(name);
      all.set(name, analyzer);
    }
  }
  return all;
}

/** Analyzes an already-built Document. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}, found: Partial<ArticleMeta> | null = null): Report {
  const available = registry(options.plugins);
  const selected = options.analyzers ?? [...available.keys()];
  const unknown = selected.filter((name) => !available.has(name));
  if (unknown.length > 0) throw new Error(`unknown analyzer ${unknown.join(', ')}; choose from ${[...available.keys()].join(', ')}`);
  // --ref-date, else the published date the page or front matter states, else a dateline
  const search = options.findReferenceDate !== false;
  const published = search ? found?.published : null;
  const dateline = options.referenceDate || published || !search ? null : findReferenceDate(doc);
  const referenceDate = options.referenceDate || published || dateline || null;
  const referenceDateFrom = options.referenceDate ? 'option' : published ? 'metadata' : dateline ? 'text' : null;
  const cache = new Map<string, unknown[]>();
  const context = {
    referenceDate,
    lexicon: options.lexicon ?? {},
    findings(name: string): unknown[] {
      let found = cache.get(name);
      if (!found) {
        const analyzer = available.get(name);
        if (!analyzer) throw new Error(`no analyzer named "${name}"`);
        found = analyzer.analyze(doc, context as AnalyzeContext);
        if (!Array.isArray(found)) throw new Error(`analyzer "${name}" returned ${typeof found}, not an array of findings`);
        checkSpans(doc, name, found);
        cache.set(name, found);
      }
      return found;
    },
  };
  const report: Report = {
    schemaVersion: 1,
    source: doc.source,
    referenceDate,
    stats: {
      characters: doc.text.length,
      words: countWords(doc),
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      boilerplate: doc.boilerplate.length,
    },
  };
  if (found || referenceDateFrom) {
    report.meta = {
      title: found?.title ?? null,
      byline: found?.byline ?? null,
      published: found?.published ?? null,
      siteName: found?.siteName ?? null,
      language: found?.language ?? null,
      referenceDateFrom,
    };
  }
  for (const name of available.keys()) {
    if (!selected.includes(name)) continue;
    let findings: unknown[];
    try {
      findings = [...context.findings(name)];
    } catch (error) {
      // One analyzer failing on one document costs only its own findings: the report says so
      // (additive field `errors`) and the others are kept.
      (report.errors ??= []).push({ analyzer: name, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    // Entities come in order of first mention; everything else by start.
    if (doc.origin) findings = mapToInput(doc.origin, findings) as unknown[];
    if (name === 'entities') findings.sort((a, b) => byStart((a as FindingsByAnalyzer['entities'][number]).mentions[0], (b as FindingsByAnalyzer['entities'][number]).mentions[0]));
    else if (findings.every((finding) => typeof (finding as Span | null)?.start === 'number')) (findings as Span[]).sort(byStart);
    report[name] = findings;
  }
  return report;
}

/**
 * Analyzes the text of one article: the library's entry point. Plain text is analyzed at once;
 * HTML and Markdown need their parsers loaded first (see analyzeAsync).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const { doc, meta } = readArticle(text, options.source ?? '-', options.input ?? 'auto');
  return analyzeDocument(doc, options, meta);
}

/** Like analyze(), loading the HTML or Markdown parser first when the input needs one. */
export async function analyzeAsync(text: string, options: AnalyzeOptions = {}): Promise<Report> {
  const format = formatOf(text, options.source ?? '-', options.input ?? 'auto');
  if (format === 'html' || format === 'markdown') await loadFormat(format);
  return analyze(text, options);
}
