import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { termSplitter, type SplitModel } from '../src/split-terms.js';
import { seededRandom } from './helpers.js';

interface Tokenize {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(sentence: string, model: SplitModel): string[];
}
const nlp = createRequire(import.meta.url)('compromise') as { world(): { model: SplitModel; methods: { one: { tokenize: Tokenize } } } };
const world = nlp.world();
const { splitSentences, splitTerms } = world.methods.one.tokenize;
const split = termSplitter(world.model);

describe('the word splitter', () => {
  it('splits every sentence of the fixture articles as compromise does', () => {
    const dir = new URL('../fixtures/articles/', import.meta.url);
    let sentences = 0;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
      for (const sentence of splitSentences(readFileSync(new URL(name, dir), 'utf8'), world)) {
        expect(split(sentence), sentence).toEqual(splitTerms(sentence, world.model));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(80);
  });

  it.each([
    ['', []],
    ['  ', ['  ']],
    ['. . .', ['. . .']],
    ['Hello, world.', ['Hello, ', 'world.']],
    // a dashed word split at its dashes or kept whole ("co-op", "flower-like", a one-letter first part)
    ['well-known x-ray co-op, flower-like', ['well-', 'known ', 'x-ray ', 'co-op, ', 'flower-like']],
    ['“Well-known” so-called', ['“Well-known” ', 'so-', 'called']],
    // a range of numbers is one word
    ['3 - 5 pm (3 - 5 pm)', ['3 - 5 ', 'pm ', '(3 - ', '5 ', 'pm)']],
    // mixed dashes: every piece gets the first one, which is no longer the text
    ['ab–cd-ef gh', ['ab–', 'cd–', 'ef ', 'gh']],
    ['his/her — 1990–2000', ['his/her — ', '1990–2000']],
  ])('splits %j as compromise does', (sentence, words) => {
    expect(splitTerms(sentence, world.model)).toEqual(words);
    expect(split(sentence)).toEqual(words);
  });

  it('splits 200,000 random texts of words, spaces, dashes and punctuation as compromise does', () => {
    const pieces = ['a', 'B', 'é', 'Ünal', 'co', 're', 'anti', 'like', 'ish', 'elect', 'well', 'known', 'x', 'his', 'pm', 'am', '1', '12', '1990', '3:30', 'U.S.', 'e.g.', '🙂',
      '-', '–', '—', '--', ' ', '  ', '\n', '\u00a0', '\t', '\u2009', '.', '?', '!', '...', '…', '(', ')', '[', '"', "'", '`', '“', '”', '«', '»', '*', '•', '/', ' / ', ':', ';', ','];
    const random = seededRandom(11);
    let differing = 0;
    let first = '';
    for (let n = 0; n < 200_000; n++) {
      let text = '';
      for (let length = random(14); length >= 0; length--) text += pieces[random(pieces.length)];
      if (JSON.stringify(split(text)) !== JSON.stringify(splitTerms(text, world.model))) {
        differing++;
        first ||= text;
      }
    }
    expect({ differing, first }).toEqual({ differing: 0, first: '' });
  });
});
