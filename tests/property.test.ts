// Property-based tests over generated text: whatever the input, the analysis finishes, every span
// is a slice of the input that does not split a surrogate pair, the report validates against the
// schema, and the same input gives byte-identical output.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeAsync } from '../src/analyze.js';
import { loadFormat } from '../src/input/formats.js';
import { formatters } from '../src/formatters/index.js';
import { allSpans, root } from './helpers.js';
import type { Report } from '../src/types.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(`${root}schema/report.schema.json`, 'utf8')));

// Pieces of news text and of everything that breaks naive tokenizers.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('the', 'said', 'on', 'Tuesday', 'March', 'May', 'of', 'and', 'President', 'Biden', 'John Kirby', 'Pentagon', 'Reuters', 'Washington', 'U.S.', 'NATO', 'percent', 'million', 'more than', 'about', 'last week', 'according to', 'he', 'she') },
  { weight: 3, arbitrary: fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '—', '–', '-', ':', ',', '.', '?', '!', '(', ')', '[', ']', '$', '€', '£', '%', '/', '&') },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u200b', '\u00ad') },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -100000, max: 10000000 }).map(String), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e9 }).map((value) => value.toFixed(2)), fc.constantFrom('1,500', '3.6', '12th', '1/2', '2022-03-24', '10:30', '3-1', '737', 'COVID-19')) },
  // emoji and other astral characters (surrogate pairs), combining marks, right-to-left text
  { weight: 2, arbitrary: fc.constantFrom('😀', '👩‍👩‍👧', '🇺🇦', '𝐀𝐁𝐂', 'é', 'e\u0301', 'A\u0308\u0323', 'שלום', 'مرحبا', '\u202e', '\u200f', 'Ünal', 'İstanbul', 'ß') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('\x1b[31m', '\x1b]0;title\x07', '\x00', '\x08', '\u2028', '<script>', '&amp;', '# ', '**', '[a](b)', '---\n') },
);
// Whole news sentences, so that generated articles have findings whose spans can be checked.
const sentence = fc
  .tuple(
    fc.constantFrom('John Kirby', 'Ms. Ana López-Ruiz', 'the Pentagon spokesman', 'he', 'Dr. 王 Wei', 'Sen. O’Brien'),
    fc.constantFrom('said', 'told Reuters', 'wrote', 'added'),
    fc.constantFrom('on Tuesday', 'last week', 'March 3', 'in 2019', 'three weeks ago', 'on Feb. 18, 2022', 'next month'),
    fc.constantFrom('more than 3.6 million people', '$5 billion', '12 percent', 'about 500 troops', 'two-thirds', '1,500 km'),
    fc.constantFrom('"', '“', '‘'),
  )
  .map(([name, verb, when, amount, mark]) => {
    const close = mark === '“' ? '”' : mark === '‘' ? '’' : '"';
    return `${mark}We will send ${amount} to the Ministry of Defence,${close} ${name} ${verb} ${when}. The World Bank in Washington ${verb} ${amount}.`;
  });
const article = fc.array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: sentence }), { maxLength: 120 }).map((pieces) => pieces.join(pieces.length % 3 === 0 ? '' : ' '));
const refDate = fc.option(fc.constantFrom('2022-03-24', '2000-02-29', '1999-12-31'), { nil: undefined });

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** An offset between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function checkReport(input: string, report: Report) {
  for (const span of allSpans(report)) {
    expect(span.start).toBeLessThan(span.end);
    expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(splitsPair(input, span.start) || splitsPair(input, span.end)).toBe(false);
  }
  expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
}

describe('generated text', () => {
  beforeAll(async () => {
    await loadFormat('html');
    await loadFormat('markdown');
  });

  it('is analyzed as plain text: spans are slices on code-point boundaries, the report is valid', () => {
    fc.assert(
      fc.property(article, refDate, (input, referenceDate) => {
        checkReport(input, analyze(input, { referenceDate, input: 'text' }));
      }),
      { numRuns: 300 },
    );
  });

  it('is analyzed as HTML and as Markdown with spans into the input as given', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('html' as const, 'markdown' as const), (body, format) => {
        const input = format === 'html' ? `<html><body><article><h1>${body.slice(0, 30)}</h1><p>${body}</p><p>${body}</p></article></body></html>` : `# ${body.slice(0, 30)}\n\n${body}\n\n> ${body}`;
        checkReport(input, analyze(input, { input: format, referenceDate: '2022-03-24' }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives byte-identical output for the same input, in every format', () => {
    fc.assert(
      fc.property(article, refDate, (input, referenceDate) => {
        const first = analyze(input, { referenceDate });
        const second = analyze(input, { referenceDate });
        for (const format of ['json', 'ndjson', 'markdown', 'table'] as const) {
          expect(formatters[format]([second], { color: false, batch: false })).toBe(formatters[format]([first], { color: false, batch: false }));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never lets control characters or escape sequences through to a terminal', () => {
    fc.assert(
      fc.property(article, (input) => {
        const report = analyze(`${input} "\x1b[2J\x1b]0;pwned\x07 he said" ${input}`);
        for (const format of ['markdown', 'table'] as const) {
          // \n is the only control character the text formats write; no ESC, BEL, C1 or bidi overrides
          expect(formatters[format]([report], { color: false, batch: false })).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reads the same through analyzeAsync as through analyze', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (input) => {
        expect(JSON.stringify(await analyzeAsync(input, { referenceDate: '2022-03-24' }))).toBe(JSON.stringify(analyze(input, { referenceDate: '2022-03-24' })));
      }),
      { numRuns: 50 },
    );
  });
});
