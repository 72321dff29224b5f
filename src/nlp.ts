// compromise, loaded once, and the one parse of a document that every analyzer shares.
import { readFileSync } from 'node:fs';
import { requireCached } from './code-cache.js';
import { generatedDir } from './files.js';
import { abbreviations } from './data/abbreviations.js';
import { freezeStep, lexiconStep, wordFacts, type StepWorld, type Tags, type WordFacts } from './compromise-steps.js';
import { remembered } from './remembered.js';
import { termSplitter, type SplitModel } from './split-terms.js';
import type { Sentence, Token } from './types.js';

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
  machine?: string;
  // what the steps we run give a term later
  index?: [number, number];
  frozen?: boolean;
  dirty?: boolean;
  chunk?: string;
  switch?: string;
  confidence?: number;
  /** What every term of this written word shares (cachedFromString), where the pre-tagger keeps what it finds for the word alone. */
  written?: WrittenWord;
}
/** A word as written, with its punctuation: its forms, and what the pre-tagger's patterns found for it (scripts/build-compromise.js). */
interface WrittenWord {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  facts: WordFacts;
  /** The first of the pre-tagger's word patterns it matches (null: none; undefined: not tested yet). */
  regex: unknown;
  /** The first of its suffix patterns. */
  endsWith: unknown;
  /** What the switch, suffix and prefix rules find in their tables for its normal form (null: nothing). */
  switch: string | null | undefined;
  suffix: unknown;
  prefix: unknown;
  /** Whether the case rule sees a capital then a small letter, and no digit; whether the acronym rule takes it for an acronym. */
  titleCase: boolean | undefined;
  acronym: boolean | undefined;
  /** Whether the acronym rule takes it for a one-letter acronym ("J."); whether its word is one of the organization rule's ("Inc", "Institute") or the place rule's ("River", "Street"). */
  oneLetterAcronym: boolean | undefined;
  orgWord: boolean | undefined;
  placeWord: boolean | undefined;
  /** Its text as a Token's `normal` (normalizeWord), once a token of it is made. */
  tokenNormal: string | undefined;
}
/** What the steps we run read of a compromise View. */
interface StepView {
  document: CompromiseTerm[][];
  docs: CompromiseTerm[][];
  world: CompromiseWorld;
  model: CompromiseWorld['model'];
  methods: CompromiseWorld['methods'];
}
interface CompromiseWorld {
  compute: Record<string, unknown>;
  methods: { one: { tokenize: Tokenizer }; two?: Record<string, unknown> };
  model: { one: Record<string, unknown>; two?: unknown };
}
/** compromise's tokenizer steps (methods.one.tokenize). */
interface Tokenizer {
  splitSentences(text: string, world: CompromiseWorld): string[];
  splitTerms(sentence: string, model: CompromiseWorld['model']): string[];
  splitWhitespace(written: string, model: CompromiseWorld['model']): CompromiseTerm;
  fromString(text: string, world: CompromiseWorld): CompromiseTerm[][];
}
/** A tokenizer step that fills in a field of a term from its others. */
type TermStep = (term: CompromiseTerm, world: CompromiseWorld) => void;
type Compromise = { world(): CompromiseWorld };
/** A text's sentences, each an array of tagged terms. */
type Tagger = (text: string) => CompromiseTerm[][];
interface Model {
  withRegExps: string[];
  /** The lexicon sorted (scripts/build-compromise.js): its words, and each word's tags as one character of `groups`. */
  lexicon: PackedLexicon;
  one: { lexicon?: Record<string, Tags> } & Record<string, unknown>;
  two: unknown;
}
export interface PackedLexicon {
  /** "word\nword…" in UTF-16 order (a word may hold spaces and "|"). */
  words: string;
  /** One character a word: 0x100 + the index of its tags in `tags`. */
  groups: string;
  tags: Tags[];
}

/**
 * The steps of compromise's parse we run, in order, after its tokenizer (which, in
 * cachedFromString, also gives each word its "machine" form, what lets "Mecca's" be looked up as
 * Mecca): word indexes, frozen names, the lexicon lookup and the pre-tagger. Not its post-tagger
 * (~570 match rules over every sentence, 70% of a full parse) nor its chunker (noun/verb phrase
 * chunks), whose contextual work our analyzers do their own way — without them `npm run eval`
 * scores the same or better on every table (entities micro F1 GUM 0.800 → 0.803, MEANTIME 0.810 →
 * 0.814) at 2–3× the speed; nor contraction splitting ("don't" → do + an implicit not, terms
 * without text we skip anyway), aliases and type-ahead, which change no tag an analyzer reads;
 * nor term ids, which no step reads (and which our bundle of compromise has no code for).
 */
const hooks = ['index', 'freeze', 'lexicon', 'preTagger'];

let tagger: Tagger | undefined;
let lexicon: Lexicon | undefined;

/**
 * compromise's lexicon, searched by halves in its sorted words: no table of 24,600 words is built
 * at every start (a Map took ~10 ms) for the few hundred an article looks up. Each word is
 * searched once; the answer, found or not, is kept for the next lookup of the same word.
 */
export class Lexicon {
  /** Where each word starts in the packed words, and one past the end (no 24,600 strings made). */
  private readonly starts: Int32Array;
  private readonly search = remembered(100_000, (word: string): Tags | null => {
    const at = this.firstFrom(word);
    return at < this.starts.length - 1 && this.compare(at, word) === 0 ? this.packed.tags[this.packed.groups.charCodeAt(at) - 0x100] : null;
  });

  constructor(private readonly packed: PackedLexicon) {
    // one character of `groups` a word
    this.starts = new Int32Array(packed.groups.length + 1);
    let word = 0;
    for (let at = packed.words.indexOf('\n'); at >= 0; at = packed.words.indexOf('\n', at + 1)) this.starts[++word] = at + 1;
    this.starts[packed.groups.length] = packed.words.length + 1;
  }

  get(word: string): Tags | undefined {
    return this.search(word) ?? undefined;
  }

  keys(): string[] {
    return this.packed.words.split('\n');
  }

  /** The words that start with `prefix`, found by halves: "new " → "new york", "new zealand"… */
  startingWith(prefix: string): string[] {
    const found: string[] = [];
    for (let at = this.firstFrom(prefix); at < this.starts.length - 1 && this.packed.words.startsWith(prefix, this.starts[at]); at++) {
      found.push(this.packed.words.slice(this.starts[at], this.starts[at + 1] - 1));
    }
    return found;
  }

  /** The word at `at` against `word`, as `<` orders strings (by UTF-16 code units): negative, 0 or positive. */
  private compare(at: number, word: string): number {
    const text = this.packed.words;
    const start = this.starts[at];
    const length = this.starts[at + 1] - 1 - start;
    const shorter = Math.min(length, word.length);
    for (let i = 0; i < shorter; i++) {
      const difference = text.charCodeAt(start + i) - word.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }

  /** The index of the first word not below `word`. */
  private firstFrom(word: string): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(middle, word) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** compromise reads its lexicon as a plain object (`lexicon[word]`, `lexicon.hasOwnProperty(word)`): this gives ours that face. */
function asLexicon(words: Lexicon): Record<string, Tags> {
  const lookup = (key: string | symbol) => (typeof key === 'string' ? words.get(key) : undefined);
  const hasOwnProperty = (word: string) => lookup(word) !== undefined;
  return new Proxy({} as Record<string, Tags>, {
    get: (_target, key) => (key === 'hasOwnProperty' ? hasOwnProperty : lookup(key)),
    has: (_target, key) => lookup(key) !== undefined,
    getOwnPropertyDescriptor: (_target, key) => {
      const value = lookup(key);
      return value === undefined ? undefined : { value, writable: false, enumerable: true, configurable: true };
    },
    ownKeys: () => words.keys(),
  });
}

/**
 * compromise as `npm run build` prepared it (scripts/build-compromise.js): its own tokenizer and
 * pre-tagger code, bundled, and the model it would otherwise spend ~190 ms building at every
 * start, read as JSON. The instance is ours alone: a host program's compromise is not touched.
 */
function loadCompromise(): Tagger {
  if (tagger) return tagger;
  let parts: { nlp: Compromise; compute: { preTagger: unknown }; methods: { two: Record<string, unknown> }; normalize: TermStep; machine: TermStep };
  let model: Model;
  try {
    parts = requireCached(new URL('compromise.cjs', generatedDir)) as typeof parts;
    model = JSON.parse(readFileSync(new URL('compromise-model.json', generatedDir), 'utf8'));
  } catch (error) {
    throw new Error(`the tagger's files are missing or unreadable (${(error as Error).message}); run \`npm run build\``);
  }
  const words = new Lexicon(model.lexicon);
  model.one.lexicon = asLexicon(words);
  // The pre-tagger's rules hold RegExps, written as {"$re", "flags"}, in the parts the build
  // listed; the rest needs no walk (a reviver over the whole file costs ~50 ms).
  const two = model.two as Record<string, unknown>;
  for (const key of model.withRegExps) two[key] = revive(two[key]);
  const world = parts.nlp.world();
  world.compute.preTagger = parts.compute.preTagger;
  world.methods.two = parts.methods.two;
  Object.assign(world.model.one, model.one);
  world.model.two = model.two;
  const facts = wordFacts(world as unknown as StepWorld, (word) => words.get(word));
  world.methods.one.tokenize.fromString = cachedFromString(world, parts.normalize, parts.machine, facts);
  world.compute.freeze = freezeStep(world as unknown as StepWorld, facts);
  world.compute.lexicon = lexiconStep(world as unknown as StepWorld, (word) => words.get(word), (prefix) => words.startingWith(prefix), facts);
  lexicon = words;
  tagger = taggerOf(world);
  return tagger;
}

/**
 * What compromise's nlp(text) does with our hooks, without its View objects (two a call, each
 * given its fields one by one by defineProperty) nor the search of its compute table by name: the
 * tokenizer, then each step over the sentences.
 */
function taggerOf(world: CompromiseWorld): Tagger {
  const steps = hooks.map((hook) => world.compute[hook] as (view: StepView) => void);
  return (text) => {
    const document = world.methods.one.tokenize.fromString(text, world);
    const view: StepView = { document, docs: document, world, model: world.model, methods: world.methods };
    for (const step of steps) step(view);
    return document;
  };
}

/**
 * compromise's tokenizer (its `fromString`: sentences, then words, then each word's punctuation
 * and normal form) and its "machine" step, with all a word's forms, and what the freeze and
 * lexicon steps look up for it, kept per word as written: they depend on nothing else, and most
 * words of a text are words seen before ("the", "said"). A third of a parse's time was there.
 */
function cachedFromString(world: CompromiseWorld, normalize: TermStep, machine: TermStep, factsOfWord: (word: string) => WordFacts) {
  const { splitSentences, splitWhitespace } = world.methods.one.tokenize;
  const splitTerms = termSplitter(world.model as unknown as SplitModel);
  const forms = remembered(50_000, (written): WrittenWord => {
    const parsed = splitWhitespace(written, world.model);
    normalize(parsed, world);
    machine(parsed, world);
    const facts = factsOfWord(parsed.machine || parsed.normal!);
    return { text: parsed.text, pre: parsed.pre, post: parsed.post, normal: parsed.normal!, machine: parsed.machine, facts, regex: undefined, endsWith: undefined, switch: undefined, suffix: undefined, prefix: undefined, titleCase: undefined, acronym: undefined, oneLetterAcronym: undefined, orgWord: undefined, placeWord: undefined, tokenNormal: undefined };
  });
  const term = (written: string): CompromiseTerm => {
    const seen = forms(written);
    // A new term each time, with every field the steps will give it already there: all terms
    // then have one shape, and compromise's code reads and writes them at one place in memory
    // instead of looking up which of the dozens of shapes (fields added in different orders) a
    // term has (parse 0.85× its time in paired runs, measured together with a change to
    // compromise's word splitter that our own splitter has since replaced). A field left undefined
    // reads as one never set ("machine" is `term.machine || term.normal` everywhere).
    return {
      text: seen.text,
      pre: seen.pre,
      post: seen.post,
      tags: new Set(),
      normal: seen.normal,
      machine: seen.machine,
      index: undefined,
      frozen: undefined,
      dirty: undefined,
      chunk: undefined,
      switch: undefined,
      confidence: undefined,
      written: seen,
    };
  };
  return (input: string, world: CompromiseWorld): CompromiseTerm[][] =>
    splitSentences(input || '', world).map((sentence) => splitTerms(sentence).map(term));
}

function revive(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$re === 'string') return new RegExp(record.$re, record.flags as string);
  for (const key of Object.keys(record)) record[key] = revive(record[key]);
  return value;
}

const nameTags = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);

/**
 * Whether compromise's lexicon knows the word as ordinary English rather than as a name:
 * "store", "music", "man" are; "Lukaku", "Gary", "Chan" are not.
 */
export function isCommonWord(word: string): boolean {
  if (!lexicon) loadCompromise();
  const tags = lexicon!.get(word.toLowerCase());
  if (!tags) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((tag) => nameTags.has(tag));
}

/** Lower case, curly apostrophes straightened, a possessive 's and outer punctuation removed. */
export function normalizeWord(text: string): string {
  // most words have no apostrophe to straighten or strip
  if (text.indexOf("'") < 0 && text.indexOf('\u2019') < 0 && text.indexOf('\u2018') < 0 && text.indexOf('\u02bc') < 0) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s?$/, '');
}

/** Words that start a sentence far more often than they continue a name: "…in Washington D.C. The team…". */
const sentenceOpeners = new Set(['The', 'A', 'An', 'In', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Their', 'But', 'And', 'However', 'Image', 'Photo', 'According', 'After', 'On', 'At', 'As']);

/** Sentence-final punctuation after a word that is no abbreviation: "engage. We…", not "Mr. Biden". */
function endsSentenceInside(token: Token, next: string): boolean {
  // neither a word ending in a full stop nor one followed by . ! or ?: most words
  const post = token.post.charCodeAt(0);
  if (!token.text.endsWith('.') && post !== 46 && post !== 33 && post !== 63) return false;
  // "…the U.S. The President…": an abbreviation's dot ends the sentence before a typical opener
  if (/\.$/.test(token.text) && /^\s+$/.test(token.post) && sentenceOpeners.has(next)) return true;
  return /^[.!?]+["”’]?\s+$/.test(token.post) && !/\./.test(token.text) && !abbreviations.has(`${token.normal}.`) && token.text.length > 1;
}

export interface Parse {
  tokens: Token[];
  sentences: Omit<Sentence, 'paragraph'>[];
}

/** compromise slows down more than linearly on a very long sentence; parse in pieces this long at most. */
const MAX_CHUNK = 4000;

/**
 * Cuts the analysis text into pieces for compromise: at blank lines (which end sentences
 * anyway), and a paragraph longer than MAX_CHUNK at its last sentence end before the limit, or
 * failing that at a space. Run-on junk ("on March 3 and Tuesday" a thousand times) stays linear.
 */
function chunksOf(clean: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (start < clean.length) {
    let end = Math.min(clean.length, start + MAX_CHUNK);
    if (end < clean.length) {
      const window = clean.slice(start, end);
      const blank = window.lastIndexOf('\n\n');
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const cut = blank > MAX_CHUNK / 4 ? blank + 2 : sentenceEnd > MAX_CHUNK / 4 ? sentenceEnd + 2 : space > 0 ? space + 1 : MAX_CHUNK;
      end = start + cut;
    }
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

/**
 * Tokenizes and tags `clean` (the analysis text, same length as the input) with compromise.
 * Spans come from each term's own place, never a match's, which would include punctuation.
 */
export function parse(clean: string): Parse {
  const tokens: Token[] = [];
  const sentences: Omit<Sentence, 'paragraph'>[] = [];
  const closeSentence = (firstToken: number) => {
    if (tokens.length === firstToken) return;
    const last = tokens[tokens.length - 1];
    sentences.push({
      start: tokens[firstToken].start,
      // The sentence keeps its closing punctuation: "…in Europe.”"
      end: last.end + /^\S*/.exec(last.post)![0].length,
      firstToken,
      endToken: tokens.length,
    });
  };
  const tag = loadCompromise();
  for (const [chunkStart, chunkEnd] of chunksOf(clean)) {
    // each term's place in the chunk, as compromise's "offset" step finds it: its text follows its
    // leading punctuation and space, and all the terms before it, whole
    let at = chunkStart;
    for (const terms of tag(clean.slice(chunkStart, chunkEnd))) at = readSentence(terms, at);
  }
  return { tokens, sentences };

  /** Reads the sentence's terms from `at`; gives where the next sentence starts. */
  function readSentence(terms: CompromiseTerm[], at: number): number {
    let firstToken = tokens.length;
    for (const term of terms) {
      const start = at + term.pre.length;
      const end = start + term.text.length;
      at = end + term.post.length;
      // a term of punctuation alone has no text
      if (end === start) continue;
      // the term's own text (one string for every occurrence of the word, its hash already known
      // to the analyzers' tables) when it is the input's text there; else the input's text
      const written = term.written;
      const same = written !== undefined && clean.startsWith(term.text, start);
      const text = same ? term.text : clean.slice(start, end);
      // compromise keeps a quoted passage in one sentence: "…to engage. We continue…,” Kirby said."
      const previous = tokens[tokens.length - 1];
      if (previous && tokens.length > firstToken && endsSentenceInside(previous, text) && /^[\p{Lu}"“‘]/u.test(term.pre + text)) {
        closeSentence(firstToken);
        firstToken = tokens.length;
      }
      tokens.push({
        start,
        end,
        text,
        normal: same ? (written.tokenNormal ??= normalizeWord(text)) : normalizeWord(text),
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        sentence: sentences.length,
        index: tokens.length,
      });
    }
    closeSentence(firstToken);
    return at;
  }
}
