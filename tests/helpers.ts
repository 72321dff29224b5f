// Shared test helpers: spans of a report, and the article fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Report, TextSpan } from '../src/types.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixturePath = (name: string) => `${root}fixtures/articles/${name}`;
export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const fixtureNames = () => readdirSync(`${root}fixtures/articles`).filter((name) => /\.(?:txt|html|md)$/.test(name)).sort();

/** Standard output (not a terminal) and error in memory, for run(), and what each was given so far. */
export function memoryStreams() {
  const written = { out: '', errors: '' };
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  stdout.on('data', (chunk) => (written.out += chunk));
  const stderr = new PassThrough();
  stderr.on('data', (chunk) => (written.errors += chunk));
  return { stdout, stderr, written };
}

/**
 * Numbers from 0 to below-1, the same sequence for the same seed (a linear congruential
 * generator): random test inputs that a failure can name and a rerun repeats.
 */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => Math.floor(((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * below);
}

/** Up to `most` parts, drawn with `random` and run together. */
export function randomText(parts: readonly string[], most: number, random: (below: number) => number): string {
  let text = '';
  for (let length = random(most); length > 0; length--) text += parts[random(parts.length)];
  return text;
}

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
