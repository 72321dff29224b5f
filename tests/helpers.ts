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
  const spans: TextSpan[] = [];
  for (const entity of report.entities ?? []) spans.push(...entity.mentions);
  for (const quote of report.quotes ?? []) {
    spans.push(quote);
    if (quote.speaker) spans.push(quote.speaker);
    if (quote.cue) spans.push(quote.cue);
  }
  spans.push(...(report.dates ?? []), ...(report.numbers ?? []));
  return spans;
}
