// Part of `npm run build`, after tsc: generated/first-words.json, where each of the analyzers'
// whole-text patterns can begin (its first words, read from its source by
// src/analyzers/first-words.ts; the patterns are those registered with
// src/analyzers/word-starts.ts as the analyzers load). Reading the ~35 patterns takes ~30 ms, at
// every start if it were done there; the analyzers read this file instead, and read a pattern
// themselves only when its source is not one here (a build older than the code), so a stale file
// costs time, never a finding.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import '../dist/analyzers/index.js';
import { builtFirstWords, registeredPatterns } from '../dist/analyzers/word-starts.js';

const generated = new URL('../generated/', import.meta.url);
mkdirSync(generated, { recursive: true });
const entries = registeredPatterns().map(builtFirstWords);
writeFileSync(new URL('first-words.json', generated), `${JSON.stringify(entries)}\n`);
// (the file's name before the numbers analyzer's patterns joined the dates analyzer's)
rmSync(new URL('date-first-words.json', generated), { force: true });
console.log(`generated/first-words.json: ${entries.length} patterns, ${entries.filter((entry) => !entry.firstWords).length} read as beginning anywhere`);
