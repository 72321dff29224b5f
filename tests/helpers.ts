// Shared test helpers: spans of a report, and the article fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report, TextSpan } from '../src/types.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixturePath = (name: string) => `${root}fixtures/articles/${name}`;
export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const fixtureNames = () => readdirSync(`${root}fixtures/articles`).filter((name) => /\.(?:txt|html|md)$/.test(name)).sort();

/** Every span a report holds: entity mentions, quotes with speakers and cues, dates, numbers. */
export function allSpans(report: Report): TextSpan[] {
  // loops, not push(...array): a 1 MB input has hundreds of thousands of findings
  const spans: TextSpan[] = [];
  for (const entity of report.entities ?? []) for (const mention of entity.mentions) spans.push(mention);
  for (const quote of report.quotes ?? []) {
    spans.push(quote);
    if (quote.speaker) spans.push(quote.speaker);
    if (quote.cue) spans.push(quote.cue);
  }
  for (const span of [...(report.dates ?? []), ...(report.numbers ?? [])]) spans.push(span);
  return spans;
}
