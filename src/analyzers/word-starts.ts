// The places in a document where the analyzers' whole-text patterns can begin a match, found in
// one walk over its words (./first-words.ts) that all of them share: the dates analyzer's 32
// expressions, the numbers analyzer's figures and ordinal words, the entities analyzer's words of
// a sports report. A pattern is then tried at those places alone (with the `y` flag) instead of
// scanned over every character of the text.
import { readFileSync } from 'node:fs';
import { generatedDir } from '../files.js';
import { firstWords, StartIndex, type FirstWords } from './first-words.js';

/** The patterns registered, in order. */
const patterns: RegExp[] = [];
let index: StartIndex | null = null;
/** The text whose starts were found last, and them: each analyzer of a document asks in turn. */
let lastText: string | null = null;
let lastStarts: Array<readonly number[] | null> = [];

/**
 * Registers patterns, each to be tried where its first words stand; gives the place of the first
 * in what `startsOf` returns (the others follow it). Called as an analyzer's module loads.
 */
export function registerPatterns(list: readonly RegExp[]): number {
  const first = patterns.length;
  patterns.push(...list);
  index = null;
  lastText = null;
  return first;
}

/** The patterns registered (for the build and the tests). */
export function registeredPatterns(): readonly RegExp[] {
  return patterns;
}

/**
 * For each registered pattern, the offsets in `lower` (the text with its ASCII letters lowered,
 * ../caseless.ts: the same offsets as the text) where a match of it can begin, in order; null for
 * a pattern that may begin anywhere.
 */
export function startsOf(lower: string): ReadonlyArray<readonly number[] | null> {
  if (lower !== lastText) {
    index ??= new StartIndex(readFirstWords());
    lastStarts = index.find(lower);
    lastText = lower;
  }
  return lastStarts;
}

/** What a pattern's first words are, as written to generated/first-words.json. */
export interface BuiltFirstWords {
  source: string;
  flags: string;
  firstWords: { words: string[]; prefixes: string[]; digit: boolean; afterWord: string[] } | null;
}

/** A pattern's first words in the form of the generated file. */
export function builtFirstWords(pattern: RegExp): BuiltFirstWords {
  const found = firstWords(pattern);
  return {
    source: pattern.source,
    flags: pattern.flags,
    firstWords: found && { words: [...found.words], prefixes: [...found.prefixes], digit: found.digit, afterWord: [...found.afterWord] },
  };
}

/** The generated file's entry read back. */
export function fromBuilt(entry: BuiltFirstWords): FirstWords | null {
  const found = entry.firstWords;
  return found && { words: new Set(found.words), prefixes: new Set(found.prefixes), digit: found.digit, afterWord: new Set(found.afterWord) };
}

/**
 * Each pattern's first words, as `npm run build` read them from the patterns
 * (scripts/build-first-words.js): reading them takes ~30 ms, too long for every start. A pattern
 * the build did not see (a build older than the code, or none) is read here: slower, never wrong.
 */
function readFirstWords(): Array<FirstWords | null> {
  const built = new Map<string, BuiltFirstWords>();
  try {
    for (const entry of JSON.parse(readFileSync(new URL('first-words.json', generatedDir), 'utf8')) as BuiltFirstWords[]) built.set(`${entry.flags}/${entry.source}`, entry);
  } catch {
    // each read below
  }
  return patterns.map((pattern) => {
    const entry = built.get(`${pattern.flags}/${pattern.source}`);
    return entry ? fromBuilt(entry) : firstWords(pattern);
  });
}

/**
 * The matches of a pattern that a scan of the whole text finds (each after the last), found by
 * trying it only at its possible starts. `pattern` has the `g` flag, `sticky` is the same pattern
 * with `y` too; `starts` null: the text is scanned.
 */
export class Matches {
  private at = 0;
  private from = 0;

  constructor(
    private readonly pattern: RegExp,
    private readonly sticky: RegExp,
    private readonly text: string,
    private readonly starts: readonly number[] | null,
  ) {}

  /** The next match, or null. */
  next(): RegExpExecArray | null {
    const { starts, text } = this;
    if (starts === null) {
      this.pattern.lastIndex = this.from;
      const found = this.pattern.exec(text);
      // (an empty match: the next begins a character later, as with String.prototype.matchAll)
      if (found) this.from = found.index + (found[0].length || 1);
      return found;
    }
    while (this.at < starts.length) {
      const start = starts[this.at++];
      if (start < this.from) continue;
      this.sticky.lastIndex = start;
      const found = this.sticky.exec(text);
      if (found) {
        this.from = start + (found[0].length || 1);
        return found;
      }
    }
    return null;
  }

  /** No later match begins before `offset`. */
  skipTo(offset: number): void {
    if (offset > this.from) this.from = offset;
  }
}
