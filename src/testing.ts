// A tester for plugin analyzers, in the manner of ESLint's RuleTester: cases of text and the
// findings expected, run through the same runner as the CLI (span checks included). Works under
// any test framework: a failing case rejects with an AssertionError naming it.
import { AssertionError, deepStrictEqual } from 'node:assert';
import { analyzeAsync, type AnalyzeOptions } from './analyze.js';
import type { Analyzer } from './types.js';

export interface AnalyzerCase {
  text: string;
  /** Findings expected, in order; only the fields given are compared (`{ text, kind }`). */
  expected: Array<Record<string, unknown>>;
  options?: Omit<AnalyzeOptions, 'plugins' | 'analyzers'>;
}

/** Resolves when every case gives the findings expected; rejects with the first that does not. */
export async function testAnalyzer(name: string, analyzer: Analyzer, cases: readonly AnalyzerCase[]): Promise<void> {
  for (const [i, testCase] of cases.entries()) {
    const label = `${name} case ${i + 1} (${JSON.stringify(testCase.text.length > 50 ? `${testCase.text.slice(0, 49)}…` : testCase.text)})`;
    const report = await analyzeAsync(testCase.text, { ...testCase.options, plugins: [{ name, analyzers: { [name]: analyzer } }], analyzers: [name] });
    const failure = report.errors?.[0];
    if (failure) throw new AssertionError({ message: `${label}: ${failure.message}` });
    const found = (report[name] ?? []) as Array<Record<string, unknown>>;
    const projected = found.map((finding, j) => {
      const keys = Object.keys(testCase.expected[j] ?? finding);
      return Object.fromEntries(keys.filter((key) => key in finding).map((key) => [key, finding[key]]));
    });
    deepStrictEqual(projected, testCase.expected, `${label}: findings differ`);
  }
}
