import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Lexicon, parse, type PackedLexicon } from '../src/nlp.js';
import { seededRandom, randomText } from './helpers.js';

interface Term {
  tags: Set<string>;
  offset?: { start: number; length: number };
}
type Compromise = ((text: string) => { compute(method: string): void; document: Term[][] }) & { world(): { hooks: string[] } };

const dir = new URL('../fixtures/articles/', import.meta.url);
const paragraphs = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split(/\n\s*\n/))
  .filter((paragraph) => paragraph.trim().length > 0)
  .concat([
    // contractions, hyphens, slashes, currencies, acronyms, shouting, emoji, dates and clocks
    "We don't know, and they won't say,\u201d the U.S. official said. It's a hard-nosed, well-known co-op.",
    'SHARES OF ACME CORP. FELL 5% TO $3.2BN ON TUESDAY AFTER THE CEO QUIT',
    'The 3-5 March meeting in São Paulo/Brasília ran 9:30–11 a.m. 🙂 Mr. O\u2019Neill, 54, left @ 5pm.',
    'NATO, the WHO and Lukaku\u2019s lawyers met Gov. DeSantis in Washington, D.C. on 2019-03-04.',
    // words with slashes and dashes, which the tokenizer keeps whole or splits: "his/her", "x-ray", "well-being"
    'Every student / teacher pair, his/her well-being, an x-ray, a re-do, flower-like 3-5 pm talks — and 1990–2000 data.',
    // one written word in several roles: the tokenizer keeps each word's normal form, never its tags
    'March on, they said. March is cold, and the march in March was long. They march on.',
  ]);

/** compromise itself, run with the same steps as our parse: tokenizer, lexicon, pre-tagger. */
function compromiseTags(text: string): Map<number, string> {
  const nlp = createRequire(import.meta.url)('compromise') as Compromise;
  const world = nlp.world();
  const all = world.hooks;
  world.hooks = ['machine', 'index', 'id', 'freeze', 'lexicon', 'preTagger'];
  try {
    const view = nlp(text);
    view.compute('offset');
    const tags = new Map<number, string>();
    for (const term of view.document.flat()) {
      if (term.offset && term.offset.length > 0) tags.set(term.offset.start, [...term.tags].sort().join(' '));
    }
    return tags;
  } finally {
    world.hooks = all;
  }
}

describe('the parse', () => {
  it('has fixture paragraphs to compare', () => {
    expect(paragraphs.length).toBeGreaterThan(30);
  });

  // The tagger runs compromise's own code from a bundle and its model from JSON, both made by
  // `npm run build` (scripts/build-compromise.js): they must tag exactly as compromise does.
  it('tokenizes and tags every fixture paragraph exactly as compromise does', () => {
    let compared = 0;
    for (const paragraph of paragraphs) {
      const expected = compromiseTags(paragraph);
      const actual = new Map(parse(paragraph).tokens.map((token) => [token.start, [...token.tags].sort().join(' ')]));
      expect(actual, paragraph.slice(0, 80)).toEqual(expected);
      compared += actual.size;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  // src/compromise-steps.ts does compromise's "freeze" and "lexicon" steps its own, faster way:
  // every frozen name and a sample of the multi-word entries, in several frames, tag the same.
  it('tags the multi-word entries of the lexicon exactly as compromise does', () => {
    const model = JSON.parse(readFileSync(new URL('../generated/compromise-model.json', import.meta.url), 'utf8'));
    const frozen = Object.keys(model.one.frozenLex);
    const multi = (model.lexicon.words as string).split('\n').filter((word, i) => word.includes(' ') && i % 9 === 0);
    const entries = [...frozen, ...multi];
    const frames = [(e: string) => `The ${e} said.`, (e: string) => `${e[0].toUpperCase()}${e.slice(1)} is here, by the ${e}.`, (e: string) => `They ${e} it.`];
    let compared = 0;
    for (let from = 0; from < entries.length; from += 30) {
      const text = entries.slice(from, from + 30).map((entry, i) => frames[i % frames.length](entry)).join(' ');
      const actual = new Map(parse(text).tokens.map((token) => [token.start, [...token.tags].sort().join(' ')]));
      expect(actual, text.slice(0, 80)).toEqual(compromiseTags(text));
      compared += actual.size;
    }
    expect(frozen.length).toBeGreaterThan(50);
    expect(compared).toBeGreaterThan(3000);
  });

  it('finds every word of the sorted lexicon with its tags, and nothing else', () => {
    const model = JSON.parse(readFileSync(new URL('../generated/compromise-model.json', import.meta.url), 'utf8'));
    const packed = model.lexicon as PackedLexicon;
    const words = packed.words.split('\n');
    const lexicon = new Lexicon(packed);
    words.forEach((word, i) => expect(lexicon.get(word), word).toEqual(packed.tags[packed.groups.charCodeAt(i) - 0x100]));
    // again, from what it kept
    expect(lexicon.get(words[0])).toBeDefined();
    expect(lexicon.get(words[words.length - 1])).toBeDefined();
    for (const absent of ['', ' ', 'zzzzzz', '\uffff', `${words[0]} `, words[words.length - 1] + 'z', 'Store', 'ab\ncd']) expect(lexicon.get(absent), absent).toBeUndefined();
    expect(lexicon.startingWith('new ').every((word) => word.startsWith('new '))).toBe(true);
    expect(lexicon.startingWith('new ')).toEqual(words.filter((word) => word.startsWith('new ')));
    expect(lexicon.startingWith('zzzzzz ')).toEqual([]);
  });

  it('gives every occurrence of a word a term of its own', () => {
    const { tokens } = parse('Russia said no. Russia said no.');
    expect(tokens.map((token) => token.text)).toEqual(['Russia', 'said', 'no', 'Russia', 'said', 'no']);
    expect(tokens[0].tags).toEqual(tokens[3].tags);
    expect(tokens[0].tags).not.toBe(tokens[3].tags);
  });
});

describe("the sentence splitter (its test of a piece and of a line break, rewritten by the build)", () => {
  type IsSentence = (text: string, abbreviations: Record<string, unknown>) => boolean;
  type World = {
    model: { one: { abbreviations: Record<string, unknown> } };
    methods: { one: { tokenize: { isSentence: IsSentence; splitSentences(text: string, world: World): string[] } } };
  };
  const theirs = (createRequire(import.meta.url)('compromise') as { world(): World }).world();
  const ours = (createRequire(import.meta.url)('../generated/compromise.cjs') as { nlp: { world(): World } }).nlp.world();
  const abbreviations = theirs.model.one.abbreviations;

  it("answers as compromise's own on 100,000 random pieces", () => {
    // letters, initials, abbreviations, the marks that end a sentence, dots, ellipses and spaces
    const parts = ['a', 'B', 'x', 'é', 'Mr', 'mr', 'U', 'S', 'etc', 'Jan', 'no', '7', ' ', ' ', '  ', '.', '..', '…', '!', '?', '‽', '⁈', '‼', ',', '"', '\n', 'I', 'F.B.I'];
    const random = seededRandom(5);
    let checked = 0;
    for (let run = 0; run < 100_000; run++) {
      const text = randomText(parts, 9, random);
      const expected = theirs.methods.one.tokenize.isSentence(text, abbreviations);
      if (ours.methods.one.tokenize.isSentence(text, abbreviations) !== expected) expect([text, !expected]).toEqual([text, expected]);
      checked += expected ? 1 : 0;
    }
    // both answers met often
    expect(checked).toBeGreaterThan(20_000);
    expect(checked).toBeLessThan(80_000);
  });

  it("splits 20,000 random texts as compromise's own", () => {
    const parts = ['He', 'said', 'Mr', 'U.S', 'etc', 'no', 'sir', '3.5', ' ', ' ', ' ', '.', '. ', '! ', '? ', '... ', '…', '\n', '\n\n', '"', '“', '”', '(', ')', ',', 'W. ', 'x'];
    const random = seededRandom(9);
    let pieces = 0;
    for (let run = 0; run < 20_000; run++) {
      const text = randomText(parts, 30, random);
      const expected = theirs.methods.one.tokenize.splitSentences(text, theirs);
      expect(ours.methods.one.tokenize.splitSentences(text, ours), JSON.stringify(text)).toEqual(expected);
      pieces += expected.length;
    }
    expect(pieces).toBeGreaterThan(40_000);
  });
});

describe("a new word's forms (its punctuation, normal and machine forms: shortcuts for plain words added by the build)", () => {
  type Term = { text: string; pre: string; post: string; normal?: string; machine?: string; implicit?: string };
  type World = {
    model: unknown;
    methods: { one: { tokenize: { splitWhitespace(word: string, model: unknown): Term }; killUnicode(word: string, world: unknown): string } };
    compute: { normal(view: unknown): void; machine(view: unknown): void };
  };
  const theirs = (createRequire(import.meta.url)('compromise') as { world(): World }).world();
  const parts = createRequire(import.meta.url)('../generated/compromise.cjs') as {
    nlp: { world(): World };
    normalize(term: Term, world: World): void;
    machine(term: Term): void;
  };
  const ours = parts.nlp.world();
  const formsOf = (word: string, world: World, steps: (term: Term) => void) => {
    const term = world.methods.one.tokenize.splitWhitespace(word, world.model);
    steps(term);
    return { text: term.text, pre: term.pre, post: term.post, normal: term.normal, machine: term.machine };
  };

  it("are compromise's own for 100,000 random words, plain and not", () => {
    // plain words, and every mark the four steps look for: punctuation kept or split off,
    // emoticons, apostrophes, hyphens, hashtags, accents, ellipses, dashes, zero-width spaces
    const pieces = ['a', 'b', 'e', 'i', 's', 'n', 'x', 'A', 'B', 'S', 'U', 'Z', '0', '3', '7', 'in', 'kin', 'es', 'Mc', '3rd', 'é', 'ö', 'Ø', 'ß', 'İ', '日', '😀', "'", '’', "'s", "s'", "in'", '-', '–', '…', '.', '...', 'U.S.', 'e.g.', ',', '1,000', ';', ':', '!', '?', '"', '“', '(', ')', '[', '#', '@', '+', '%', '$', '°', '_', '&', '/', '<', ' ', ' ', '\n', '\t', '\u200B'];
    const random = seededRandom(13);
    let plain = 0;
    for (let run = 0; run < 100_000; run++) {
      const word = randomText(pieces, 6, random) || 'x';
      if (/^[a-z0-9]+$/i.test(word)) plain++;
      const expected = formsOf(word, theirs, (term) => {
        const view = { docs: [[term]], world: theirs };
        theirs.compute.normal(view);
        theirs.compute.machine(view);
      });
      const got = formsOf(word, ours, (term) => {
        parts.normalize(term, ours);
        parts.machine(term);
      });
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect([word, got]).toEqual([word, expected]);
    }
    // the shortcuts were taken often, and often not
    expect(plain).toBeGreaterThan(10_000);
    expect(plain).toBeLessThan(90_000);
  });

  it("are compromise's own under other punctuation, emoticon and accent tables, which the shortcuts read", () => {
    // letters, digits and the marks after a word made kept punctuation, and plain words made emoticons
    type Tables = { prePunctuation: Record<string, boolean>; postPunctuation: Record<string, boolean>; emoticons: Record<string, boolean> };
    const one = (theirs.model as { one: Tables }).one;
    const model = {
      ...(theirs.model as object),
      one: {
        ...one,
        prePunctuation: { ...one.prePunctuation, a: true, '3': true },
        postPunctuation: { ...one.postPunctuation, s: true, '!': true, ' ': true },
        emoticons: { ...one.emoticons, xe: true, ab: true },
      },
    };
    const pieces = ['a', 'b', 'e', 'x', 's', '3', '7', ' ', '!', ',', '.', '?'];
    const random = seededRandom(17);
    for (let run = 0; run < 20_000; run++) {
      const word = randomText(pieces, 5, random) || 'x';
      const expected = theirs.methods.one.tokenize.splitWhitespace(word, model);
      const got = ours.methods.one.tokenize.splitWhitespace(word, model);
      if (got.text !== expected.text || got.pre !== expected.pre || got.post !== expected.post) expect([word, got]).toEqual([word, expected]);
    }
    // an accent table that maps plain letters too (compromise's maps "i" to itself)
    const accents = { model: { one: { unicode: { e: 'E', i: 'i', é: 'e', '!': '' } } } };
    for (const word of ['bees', 'bis', 'café', 'x!', 'abc', 'i', '']) {
      expect(ours.methods.one.killUnicode(word, accents), word).toBe(theirs.methods.one.killUnicode(word, accents));
    }
  });
});
