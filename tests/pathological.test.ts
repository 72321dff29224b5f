// Adversarial input must finish: every rule and regular expression stays near-linear on long runs
// of the characters that drive them. (Speed is measured by npm run bench, not asserted here; the
// timeout only stops a hang.)
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { allSpans } from './helpers.js';

const SIZE = 200_000;
const inputs: Record<string, string> = {
  'opening curly quotes': '“a '.repeat(SIZE / 3),
  'straight quote marks': '"'.repeat(SIZE / 4),
  'apostrophes': '’a '.repeat(SIZE / 3),
  'capitalized words': 'Abc '.repeat(SIZE / 4),
  'a run of "of" names': 'Bank of '.repeat(SIZE / 8),
  'titles': 'President '.repeat(SIZE / 10),
  'digits': '12 '.repeat(SIZE / 3),
  'money': '$5 billion '.repeat(SIZE / 11),
  'dates with no full stop': 'on March 3 and Tuesday '.repeat(SIZE / 23),
  'spaces': `a${' '.repeat(SIZE)}b`,
  '"a a a a"': 'a '.repeat(SIZE / 2),
  'nested brackets': '('.repeat(SIZE / 2) + ')'.repeat(SIZE / 2),
  'short lines': 'Word\n'.repeat(SIZE / 5),
  'quotes with speakers': '“We will win the war,” he said. '.repeat(SIZE / 32),
};

describe.each(Object.entries(inputs))('%s', (_, input) => {
  it('is analyzed, with every span a slice of the input', () => {
    const report = analyze(input, { referenceDate: '2022-03-24' });
    expect(report.stats.characters).toBe(input.length);
    for (const span of allSpans(report)) expect(input.slice(span.start, span.end)).toBe(span.text);
  }, 60_000);
});
