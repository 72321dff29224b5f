// `--check` rules for newsroom CI: each looks at a report and names the findings that fail it.
import type { Report, TextSpan } from './types.js';

export interface Problem {
  rule: string;
  /** Where in the input, as the finding's span. */
  start: number;
  end: number;
  message: string;
}

export interface CheckRule {
  description: string;
  check(report: Report): Problem[];
}

const shorten = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const at = (rule: string, span: TextSpan, message: string): Problem => ({ rule, start: span.start, end: span.end, message });

export const checkRules: Readonly<Record<string, CheckRule>> = {
  'quotes-attributed': {
    description: 'every direct quote has a speaker',
    check: (report) => (report.quotes ?? []).filter((quote) => quote.kind === 'direct' && !quote.speaker).map((quote) => at('quotes-attributed', quote, `direct quote without a speaker: “${shorten(quote.text)}”`)),
  },
  'dates-resolved': {
    description: 'no date or time is left unresolved (a value with X: XXXX-02-18, XXXX-WXX-2)',
    check: (report) =>
      (report.dates ?? [])
        .filter((date) => (date.type === 'date' || date.type === 'time') && date.value.includes('X'))
        .map((date) => at('dates-resolved', date, `"${shorten(date.text)}" is left unresolved (${date.value}); give --ref-date or a dateline`)),
  },
  'reference-date': {
    description: 'the article has a reference date (given, from its metadata or found in its first lines)',
    check: (report) => (report.referenceDate ? [] : [{ rule: 'reference-date', start: 0, end: 0, message: 'no reference date: relative dates cannot be resolved' }]),
  },
};

export const checkNames = Object.keys(checkRules);

/**
 * 1-based line and column (in UTF-16 code units, as editors count) of offsets into one text: the
 * line starts are found once, each offset by binary search.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
