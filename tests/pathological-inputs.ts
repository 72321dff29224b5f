// Adversarial inputs of 1 MB each (one of 2 MB): long runs of the characters that drive our rules and regular
// expressions. Shared by the two pathological test files (split so that they run in parallel) and
// measured by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { allSpans } from './helpers.js';

export const SIZE = 1_000_000;

export const pathologicalInputs: Record<string, string> = {
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
  'one line of words, no punctuation': 'word '.repeat(SIZE / 5),
  'emoji': '😀 '.repeat(SIZE / 3),
  'anaphoric dates among durations': 'for two days the next day '.repeat(SIZE / 26),
  'runs of days': 'March 3-5, 2019 and 3-5 March '.repeat(SIZE / 30),
  // 2 MB: a search from each paragraph to the next quote mark (the text's end) is quadratic but a
  // fast one, 122 s on 1 MB of this; on 2 MB it passes the timeout (the linear search: ~5 s)
  'paragraphs, a quote mark only at the end': `${'A.\n\n'.repeat(SIZE / 2)}"The end," he said.`,
};

export function checkPathological(part: 0 | 1) {
  const entries = Object.entries(pathologicalInputs).filter((_, i) => i % 2 === part);
  describe.each(entries.map(([name, input]) => [`${name} (${Math.round(input.length / SIZE)} MB)`, input]))('%s', (_, input) => {
    it('is analyzed, with every span a slice of the input', () => {
      const report = analyze(input, { referenceDate: '2022-03-24' });
      expect(report.stats.characters).toBe(input.length);
      for (const span of allSpans(report)) expect(input.slice(span.start, span.end)).toBe(span.text);
    }, 180_000);
  });
}

