// Runs the chosen analyzers on one Document and assembles the Report: the runner stamps order
// and checks every span, the analyzers don't.
import { analyzerNames, analyzers } from './analyzers/index.js';
import { findReferenceDate } from './analyzers/dates/reference-date.js';
import { createDocument } from './input/document.js';
import type { AnalyzerName, Document, FindingsByAnalyzer, Lexicon, Report, Span, TextSpan } from './types.js';

export interface AnalyzeOptions {
  /** Which analyzers to report; all by default. */
  analyzers?: readonly AnalyzerName[];
  /** YYYY-MM-DD; when absent, a date found in the article's first lines, else none. */
  referenceDate?: string | null;
  /** Shown as the report's `source`. */
  source?: string;
  /** Names to add or retype: `{"Kirby": "person"}`. */
  lexicon?: Lexicon;
}

/** A finding whose span does not match the input: a bug in an analyzer, never shown to users. */
export class SpanError extends Error {
  constructor(analyzer: string, span: TextSpan, actual: string) {
    super(`analyzer "${analyzer}" reported span ${span.start}-${span.end} as ${JSON.stringify(span.text)} but the input has ${JSON.stringify(actual)}`);
  }
}

function checkSpans(doc: Document, analyzer: string, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) checkSpans(doc, analyzer, item);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
    const actual = doc.text.slice(record.start, record.end);
    if (actual !== record.text) throw new SpanError(analyzer, record as unknown as TextSpan, actual);
  }
  for (const field of Object.values(record)) if (field && typeof field === 'object') checkSpans(doc, analyzer, field);
}

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

function countWords(doc: Document): number {
  let words = 0;
  for (const token of doc.tokens) if (/[\p{L}\p{N}]/u.test(token.text)) words++;
  return words;
}

/** Analyzes an already-built Document. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Report {
  const selected = options.analyzers ?? analyzerNames;
  const referenceDate = options.referenceDate ?? findReferenceDate(doc);
  const cache = new Map<AnalyzerName, unknown[]>();
  const context = {
    referenceDate,
    lexicon: options.lexicon ?? {},
    findings<K extends AnalyzerName>(name: K): FindingsByAnalyzer[K] {
      let found = cache.get(name);
      if (!found) {
        found = analyzers[name].analyze(doc, context) as unknown[];
        checkSpans(doc, name, found);
        cache.set(name, found);
      }
      return found as FindingsByAnalyzer[K];
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
    },
  };
  for (const name of analyzerNames) {
    if (!selected.includes(name)) continue;
    const findings = [...context.findings(name)];
    // Entities come in order of first mention; everything else by start.
    if (name === 'entities') findings.sort((a, b) => byStart((a as FindingsByAnalyzer['entities'][number]).mentions[0], (b as FindingsByAnalyzer['entities'][number]).mentions[0]));
    else (findings as Span[]).sort(byStart);
    (report as unknown as Record<string, unknown>)[name] = findings;
  }
  return report;
}

/** Analyzes the text of one article: the library's entry point and the CLI's. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeDocument(createDocument(text, options.source ?? '-'), options);
}
