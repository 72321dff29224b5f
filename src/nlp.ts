// compromise, loaded once, and the one parse of a document that every analyzer shares.
import { createRequire } from 'node:module';
import { abbreviations } from './data/abbreviations.js';
import type { Sentence, Token } from './types.js';

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}
interface CompromiseView {
  compute(method: string): void;
  document: CompromiseTerm[][];
}
type Compromise = ((text: string) => CompromiseView) & {
  model(): { one: { lexicon: Record<string, string | string[]> } };
  world(): { hooks: string[] };
};

let compromise: Compromise | undefined;

/** The CommonJS bundle loads ~140 ms faster than compromise's ES module source. */
function loadCompromise(): Compromise {
  if (!compromise) {
    const require = createRequire(import.meta.url);
    compromise = require('compromise') as Compromise;
  }
  return compromise;
}

const nameTags = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
let lexicon: Record<string, string | string[]> | undefined;

/**
 * Whether compromise's lexicon knows the word as ordinary English rather than as a name:
 * "store", "music", "man" are; "Lukaku", "Gary", "Chan" are not.
 */
export function isCommonWord(word: string): boolean {
  lexicon ??= loadCompromise().model().one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  if (!tags) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((tag) => nameTags.has(tag));
}

/** Lower case, curly apostrophes straightened, a possessive 's and outer punctuation removed. */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s?$/, '');
}

/** Words that start a sentence far more often than they continue a name: "…in Washington D.C. The team…". */
const sentenceOpeners = new Set(['The', 'A', 'An', 'In', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Their', 'But', 'And', 'However', 'Image', 'Photo', 'According', 'After', 'On', 'At', 'As']);

/** Sentence-final punctuation after a word that is no abbreviation: "engage. We…", not "Mr. Biden". */
function endsSentenceInside(token: Token, next: string): boolean {
  // "…the U.S. The President…": an abbreviation's dot ends the sentence before a typical opener
  if (/\.$/.test(token.text) && /^\s+$/.test(token.post) && sentenceOpeners.has(next)) return true;
  return /^[.!?]+["”’]?\s+$/.test(token.post) && !/\./.test(token.text) && !abbreviations.has(`${token.normal}.`) && token.text.length > 1;
}

/**
 * compromise's parse steps we leave out: the post-tagger (~570 match rules run over every
 * sentence, 70% of a parse) and the chunker (noun/verb phrase chunks), whose contextual work our
 * analyzers do their own way — without them `npm run eval` scores the same or better on every
 * table (entities micro F1 GUM 0.800 → 0.803, MEANTIME 0.810 → 0.814) at 2–3× the speed; and the
 * contraction splitting ("don't" → do + an implicit not, terms without text we skip anyway),
 * aliases and type-ahead, which change no tag an analyzer reads and no eval figure (~10% more).
 * "machine" stays: it is what lets "Mecca's" be looked up as Mecca.
 */
const skippedHooks = new Set(['postTagger', 'chunks', 'contractions', 'contractionTwo', 'alias', 'typeahead']);

/**
 * compromise's parse without the hooks above. They are swapped only for the duration of this
 * synchronous call, so a host program's own compromise is left as it was.
 */
function tag(text: string): CompromiseView {
  const nlp = loadCompromise();
  const world = nlp.world();
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => !skippedHooks.has(hook));
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

export interface Parse {
  tokens: Token[];
  sentences: Omit<Sentence, 'paragraph'>[];
}

/**
 * Tokenizes and tags `clean` (the analysis text, same length as the input) with compromise.
 * Spans come from each term's own offset, never a match's, which would include punctuation.
 */
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
  for (const [chunkStart, chunkEnd] of chunksOf(clean)) {
    const view = tag(clean.slice(chunkStart, chunkEnd));
    view.compute('offset');
    for (const terms of view.document) readSentence(terms, chunkStart);
  }
  return { tokens, sentences };

  function readSentence(terms: CompromiseTerm[], shift: number) {
    let firstToken = tokens.length;
    for (const term of terms) {
      // Contractions add implicit terms with no text of their own ("don't" → do + not).
      if (!term.offset || term.offset.length === 0) continue;
      const start = term.offset.start + shift;
      const end = start + term.offset.length;
      const text = clean.slice(start, end);
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
        normal: normalizeWord(text),
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        sentence: sentences.length,
        index: tokens.length,
      });
    }
    closeSentence(firstToken);
  }
}
