import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { lowerCaseAscii } from '../../src/analyzers/caseless.js';
import '../../src/analyzers/index.js';
import { firstWords, StartIndex, type FirstWords } from '../../src/analyzers/first-words.js';
import { builtFirstWords, fromBuilt, Matches, registeredPatterns, startsOf, type BuiltFirstWords } from '../../src/analyzers/word-starts.js';
import { seededRandom } from '../helpers.js';

const plain = (found: FirstWords | null) =>
  found && { words: [...found.words].sort(), prefixes: [...found.prefixes].sort(), digit: found.digit, afterWord: [...found.afterWord].sort() };

describe('first words: what a pattern can begin with, read from its source', () => {
  const cases: Array<[RegExp, ReturnType<typeof plain>]> = [
    // a word that a non-word character or \b ends is the word itself; one the pattern leaves open, a prefix
    [/\bthe\s+weekend\b/g, { words: ['the'], prefixes: [], digit: false, afterWord: [] }],
    [/\b(?:jan(?:uary)?|feb)\.?(?![a-z])/g, { words: [], prefixes: ['feb', 'jan'], digit: false, afterWord: [] }],
    [/\b(?:(last|next)\s+)?(?:mon|tue)\b/g, { words: ['last', 'mon', 'next', 'tue'], prefixes: [], digit: false, afterWord: [] }],
    [/\b(\d{4})-(\d\d)|\bQ([1-4])\s/g, { words: ['q1', 'q2', 'q3', 'q4'], prefixes: [], digit: true, afterWord: [] }],
    // no space required between two words: one word ("firstmay")
    [/\b(?:first|2nd)\s*(?:may|june)\b/g, { words: ['first', 'firstjune', 'firstmay'], prefixes: [], digit: true, afterWord: [] }],
    // a match that starts with a mark after a word ("x'90s")
    [/\b(?:the\s+)?['’](\d)0s/g, { words: ['the'], prefixes: [], digit: false, afterWord: ["'", '’'] }],
    // a long word, or one a class of many letters goes on with: what it starts with
    [/\bapproximately\s/g, { words: [], prefixes: ['approximat'], digit: false, afterWord: [] }],
    [/\bab[a-z]+c/g, { words: [], prefixes: ['ab'], digit: false, afterWord: [] }],
    [/\b(ab)\1/g, { words: [], prefixes: ['ab'], digit: false, afterWord: [] }],
    // characters by their code, in and out of classes
    [/\b\u0074he\s|\b[\u0041-\u0043]x\b|\b\x31/g, { words: ['ax', 'bx', 'cx', 'the'], prefixes: [], digit: true, afterWord: [] }],
    [/\b[\u2047-\u2049]/g, { words: [], prefixes: [], digit: false, afterWord: ['⁇', '⁈', '⁉'] }],
    // no \b before the first character, a match that may be empty, or any first character: anywhere
    [/the\s+weekend/g, null],
    [/\b(?:the)?/g, null],
    [/\b.x/g, null],
    [/\b\s+x/g, null],
    // flags whose syntax or case folding it does not read
    [/\bthe/iu, null],
    [/\bthe/v, null],
  ];
  it.each(cases)('%s', (pattern, expected) => {
    expect(plain(firstWords(pattern))).toEqual(expected);
  });
});

describe("first words: the analyzers' whole-text patterns tried only where they can begin", () => {
  // A phrase for every pattern (the dates analyzer's expressions, the numbers analyzer's figures and
  // ordinal words, the entities analyzer's words of a sports report), as written and in capitals, the fixture articles, and random texts of the
  // patterns' words and marks run together in every way
  const phrases = [
    'Thu Oct 26 11:00:09 2023', 'Feb. 18, 2022', 'the 18th of February', '3March', 'March 2019', '2019-03-04', '2019 March 4', '04/03/2019',
    'in March', 'on Tuesday', 'the 1990s', 'the nineties', "the '80s", "x'80s", 'the 21st century', 'the first century', 'in 2019', 'yesterday morning',
    'tonight', 'the past three weeks', 'next year', 'last spring', 'on the 3rd', 'the end of the month', 'year-end', 'the weekend',
    'the day before', 'that week', 'next 3 months', 'two years ago', 'in five days', 'a fortnight later', 'three hours', 'for years',
    'decades-long', 'for a week', 'every Monday', 'annually', 'twice a year', '5 p.m.', 'noon', '10:30 GMT', '10.30 BST', 'recently',
    'in the future', 'summer 2020', 'Christmas Eve', 'the third quarter', 'Q3 2021', 'two centuries', 'this past Friday evening',
    "St. Patrick's Day", 'the Fourth of July', 'mid-March', 'late 2019', 'firstmay', 'twenty-first of May', 'more than two weeks ago',
    '1,500', '3.6 million', '$4bn', '40%', 'three hundred and twelve', 'a dozen', 'half a million', 'minus five', 'negative 3', 'an eighth',
    'finished third', 'the twenty-first', 'one-third', 'a couple', 'two and a half', '17th', 'a hundredth', 'zero', 'ninety-nine',
    'scored two goals', 'the World Cup', 'at half-time', 'a red card', 'the group stage', 'quarter-final', 'matches', 'kick-off',
  ];
  const dir = new URL('../../fixtures/articles/', import.meta.url);
  const fixtures = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(new URL(name, dir), 'utf8'));
  const vocabulary = [
    ...new Set(phrases.join(' ').split(/\s+/)),
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'more', 'than', 'nearly', 'some', 'about', 'up', 'to', 'mid', 'early', 'late', 'last', 'next',
    'this', 'past', 'following', 'coming', 'ago', 'later', 'earlier', 'from', 'now', 'hence', "'90s", '’80s', '1990s', '2020', '3', '21st', '1st', 'q4',
    'midnight', 'a.m.', 'pm', 'St', 'Saint', 'Valentine’s', 'Day', 'New', "Year's", 'Eve', 'May', 'mayor', 'march', 'Marching', 'Sept.', 'sep', 'Mon.',
    "monday's", 'Tues', 'weekends', 'years-long', 'every', 'other', 'each', 'once', 'times', 'per', 'hour', 'centuries', 'quarter', 'beginning',
    'close', 'very', 'same', 'that', 'day', 'before', 'after', 'at present', 'near', 'future', 'fall', 'thirtieth', 'twenty', 'seventeen', 'and',
    'half', 'several', 'couple', 'within', 'just', 'over', 'least', 'lasting', 'yearly', 'Easter', 'Monday', 'labour', 'mlk', 'jr.', '2nd', '12:30',
    '7', '31', '2019-03', '1/2', '04.03.19', 'UTC', 'hrs', 'by', 'until', 'BCE', 'AD', 'of the', 'x', '_', 'Ω', 'é',
  ];
  const separators = [' ', ' ', ' ', '  ', '-', ', ', '\n', '', "'", '’', '/', '.', ':'];
  const random = seededRandom(11);
  const soup = Array.from({ length: 2000 }, () => {
    let text = '';
    for (let words = 1 + random(14); words > 0; words--) {
      // a word, or a whole phrase that some expression matches
      const word = random(3) === 0 ? phrases[random(phrases.length)] : vocabulary[random(vocabulary.length)];
      text += (random(4) === 0 ? word.toUpperCase() : word) + separators[random(separators.length)];
    }
    return text;
  });
  const texts = [...phrases, ...phrases.map((phrase) => phrase.toUpperCase()), ...fixtures, ...soup];
  const patterns = registeredPatterns();
  const nameOf = (pattern: RegExp) => pattern.source.slice(0, 60);

  it('holds the dates, numbers and entities analyzers\' patterns, each read as beginning at a word: none is left to try at every character', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(35);
    expect(patterns.filter((pattern) => firstWords(pattern) === null).map(nameOf)).toEqual([]);
  });

  it('finds every offset where a pattern can match, and so the matches a scan of the whole text finds', () => {
    let offsets = 0;
    const perPattern = patterns.map(() => 0);
    for (const text of texts) {
      const lower = lowerCaseAscii(text);
      const starts = startsOf(lower);
      patterns.forEach((pattern, p) => {
        const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
        const found = new Set(starts[p]);
        // (a pattern runs over the lowered text or the text as written: a match on either is tried)
        for (const haystack of lower === text ? [text] : [lower, text]) {
          for (let at = 0; at <= text.length; at++) {
            sticky.lastIndex = at;
            if (!sticky.test(haystack)) continue;
            offsets++;
            perPattern[p]++;
            if (!found.has(at)) expect([nameOf(pattern), text, at]).toEqual([nameOf(pattern), text, 'an offset it was not tried at']);
          }
        }
      });
    }
    // every pattern met, many times
    expect(offsets).toBeGreaterThan(10_000);
    expect(patterns.filter((_, p) => perPattern[p] <= 20).map(nameOf)).toEqual([]);
  });

  it('the build wrote what the patterns say (generated/first-words.json)', () => {
    const built = JSON.parse(readFileSync(new URL('../../generated/first-words.json', import.meta.url), 'utf8')) as BuiltFirstWords[];
    expect(built.map((entry) => [entry.flags, entry.source])).toEqual(patterns.map((pattern) => [pattern.flags, pattern.source]));
    expect(built.map((entry) => plain(fromBuilt(entry)))).toEqual(patterns.map((pattern) => plain(firstWords(pattern))));
    // and reads back as written
    expect(patterns.map((pattern) => plain(fromBuilt(builtFirstWords(pattern))))).toEqual(patterns.map((pattern) => plain(firstWords(pattern))));
  });
});

describe('Matches: the matches of a scan, tried at the starts given', () => {
  const scan = (pattern: RegExp, text: string, skip: (found: RegExpExecArray) => number = () => 0) => {
    const found: Array<[number, string]> = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push([match.index, match[0]]);
      if (match[0].length === 0) pattern.lastIndex++;
      pattern.lastIndex = Math.max(pattern.lastIndex, skip(match));
    }
    return found;
  };
  const read = (matches: Matches, skip: (found: RegExpExecArray) => number = () => 0) => {
    const found: Array<[number, string]> = [];
    for (let match = matches.next(); match; match = matches.next()) {
      found.push([match.index, match[0]]);
      matches.skipTo(skip(match));
    }
    return found;
  };
  const text = 'the weekend, the week after the weekend and the weekends';
  const pattern = /\bthe\s+week(?:end)?/g;
  const sticky = new RegExp(pattern.source, 'gy');
  const wordStarts = [...text.matchAll(/\b\w/g)].map((match) => match.index);

  it('finds what a scan finds, at word starts or scanning (no starts given)', () => {
    const expected = scan(pattern, text);
    expect(expected).toHaveLength(4);
    expect(read(new Matches(pattern, sticky, text, wordStarts))).toEqual(expected);
    expect(read(new Matches(pattern, sticky, text, null))).toEqual(expected);
    expect(read(new Matches(pattern, sticky, text, []))).toEqual([]);
  });

  it('goes on after the last match, and after where skipTo says', () => {
    // "the week" inside "the weekend" is not a second match; skipping past the next word drops one
    const skip = (found: RegExpExecArray) => found.index + found[0].length + 10;
    const expected = scan(pattern, text, skip);
    expect(expected.length).toBeLessThan(4);
    expect(read(new Matches(pattern, sticky, text, wordStarts), skip)).toEqual(expected);
    expect(read(new Matches(pattern, sticky, text, null), skip)).toEqual(expected);
  });

  it('tries no start inside the last match', () => {
    // "b" starts a word, but inside "a b": a scan goes on after it
    const pairs = /\b\w+ \w+/g;
    const expected = scan(pairs, 'a b c d');
    expect(expected).toEqual([[0, 'a b'], [4, 'c d']]);
    expect(read(new Matches(pairs, new RegExp(pairs.source, 'gy'), 'a b c d', [0, 2, 4, 6]))).toEqual(expected);
    expect(read(new Matches(pairs, new RegExp(pairs.source, 'gy'), 'a b c d', null))).toEqual(expected);
  });

  it('moves a character on after an empty match', () => {
    const empty = /\b(?:the)?/g;
    const expected = scan(empty, 'the cat');
    expect(read(new Matches(empty, new RegExp(empty.source, 'gy'), 'the cat', null))).toEqual(expected);
    expect(read(new Matches(empty, new RegExp(empty.source, 'gy'), 'the cat', [0, 1, 2, 3, 4, 5, 6, 7]))).toEqual(expected);
  });
});
