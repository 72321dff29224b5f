// Part of `npm run build`, after tsc: generated/date-first-words.json, where each date expression
// can begin (its first words, read from its pattern by src/analyzers/dates/first-words.ts).
// Reading the ~30 patterns takes ~30 ms, at every start if it were done there; the dates analyzer
// reads this file instead, and reads a pattern itself only when its source is not the one here
// (a build older than the code), so a stale file costs time, never a date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dateExpressions } from '../dist/analyzers/dates/expressions.js';
import { firstWords } from '../dist/analyzers/dates/first-words.js';

const generated = new URL('../generated/', import.meta.url);
mkdirSync(generated, { recursive: true });
const entries = dateExpressions.map(({ pattern }) => {
  const found = firstWords(pattern);
  return {
    source: pattern.source,
    flags: pattern.flags,
    firstWords: found && { words: [...found.words], prefixes: [...found.prefixes], digit: found.digit, afterWord: [...found.afterWord] },
  };
});
writeFileSync(new URL('date-first-words.json', generated), `${JSON.stringify(entries)}\n`);
console.log(`generated/date-first-words.json: ${entries.length} date expressions, ${entries.filter((entry) => !entry.firstWords).length} read as beginning anywhere`);
