// Two steps of compromise's parse, done as compromise does them, faster: "freeze" (its frozen
// multi-word names: "new york times") and "lexicon" (every untagged word looked up). They are
// ~15% of a parse in compromise's own form, which builds and looks up the joined words after
// every word that starts some multi-word entry ("the", "in", "of"…) and tags each word through
// setTag's tag-by-tag bookkeeping. tests/nlp.test.ts compares every tag with compromise's.

/** A lexicon entry's tag or tags. */
export type Tags = string | string[];

export interface StepTerm {
  text: string;
  normal?: string;
  machine?: string;
  alias?: string[];
  tags: Set<string>;
  frozen?: boolean;
  dirty?: boolean;
  chunk?: string;
  /** The tokenizer's entry for the term's word as written, with what the two steps look up for the word, found once per word (see wordFacts). */
  written?: { facts: WordFacts };
}

/** What the freeze and lexicon steps look up for a word. */
export interface WordFacts {
  /** The length of the longest multi-word entry the word starts, as compromise's table gives it. */
  multi: unknown;
  /** Its tags in the frozen lexicon. */
  frozen: Tags | undefined;
  /** Its tags in the lexicon. */
  lexicon: Tags | undefined;
  /** The words that can follow it in the frozen lexicon's multi-word entries, and in the lexicon's (see pairsByWord), once asked. */
  frozenFollowers: Set<string> | undefined;
  followers: Set<string> | undefined;
}

/**
 * The facts of a word, for the tokenizer to keep with each word it has seen: the two steps then
 * read them from the term instead of looking the word up in three tables for each of its
 * occurrences.
 */
export function wordFacts(world: StepWorld, lookup: (word: string) => Tags | undefined): (word: string) => WordFacts {
  const frozenLex = world.model.one.frozenLex as Record<string, Tags>;
  const multi = (world.model.one._multiCache ?? {}) as Record<string, unknown>;
  return (word) => ({
    // (a table read as compromise reads it: "constructor" finds Object's and starts no entry)
    multi: multi[word],
    frozen: frozenLex[word] !== undefined && Object.prototype.hasOwnProperty.call(frozenLex, word) ? frozenLex[word] : undefined,
    lexicon: lookup(word),
    frozenFollowers: undefined,
    followers: undefined,
  });
}

const factsOf = (term: StepTerm, find: (word: string) => WordFacts) => term.written?.facts ?? find(wordOf(term));

type SetTag = (terms: StepTerm[], tag: Tags, world: unknown, isSafe: boolean, reason?: string) => void;

export interface StepWorld {
  methods: { one: { setTag: SetTag } };
  model: { one: Record<string, unknown> };
}

interface StepView {
  world: StepWorld;
  docs: StepTerm[][];
}

const wordOf = (term: StepTerm) => term.machine || term.normal!;

/** Every start of `rest` that ends at a space or at its end: "b c" → "b", "b c". */
function startsOfRest(rest: string, into: Set<string>): void {
  for (let end = rest.indexOf(' '); end >= 0; end = rest.indexOf(' ', end + 1)) into.add(rest.slice(0, end));
  into.add(rest);
}

/**
 * Which words can follow a word at the start of a multi-word entry, worked out for each first
 * word as it comes from the entries that start with it and a space (`startingWith`): a run of
 * words whose first two are no such pair can be no entry, however long. (Two lookups instead of
 * joining the words: the check runs after every "the".) A word of an entry may itself hold a
 * space, so "a b c" gives a → "b" and a → "b c", and "a b" → "c".
 */
function pairsByWord(startingWith: (prefix: string) => Iterable<string>, slot: 'frozenFollowers' | 'followers'): (first: string, facts: WordFacts, second: string) => boolean {
  const pairs = new Map<string, Set<string>>();
  return (first, facts, second) => {
    // kept with the word's facts too: most words come with them, and are then not looked up
    let seconds = facts[slot] ?? pairs.get(first);
    if (seconds === undefined) {
      seconds = new Set();
      for (const entry of startingWith(`${first} `)) startsOfRest(entry.slice(first.length + 1), seconds);
      pairs.set(first, seconds);
    }
    facts[slot] = seconds;
    return seconds.has(second);
  };
}

/**
 * compromise's "freeze" step (src/1-one/freeze/compute.js): the entries of its frozen lexicon,
 * tagged and frozen. The same loops, skipping the runs of words no entry can start with.
 */
export function freezeStep(world: StepWorld, find: (word: string) => WordFacts): (view: StepView) => void {
  const setTag = world.methods.one.setTag;
  const frozenLex = world.model.one.frozenLex as Record<string, Tags>;
  const frozen = Object.keys(frozenLex);
  const canStart = pairsByWord((prefix) => frozen.filter((entry) => entry.startsWith(prefix)), 'frozenFollowers');
  const has = (key: string) => Object.prototype.hasOwnProperty.call(frozenLex, key);
  return (view) => {
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i += 1) {
        const t = terms[i];
        const facts = factsOf(t, find);
        const word = wordOf(t);
        if (facts.multi !== undefined && terms[i + 1] && canStart(word, facts, wordOf(terms[i + 1]))) {
          const end = i + (facts.multi as number) - 1;
          for (let k = end; k > i; k -= 1) {
            const words = terms.slice(i, k + 1);
            const str = words.map(wordOf).join(' ');
            if (has(str)) {
              setTag(words, frozenLex[str], world, false, '1-frozen-multi-lexicon');
              for (const term of words) term.frozen = true;
            }
          }
        }
        if (facts.frozen !== undefined) {
          setTag([t], facts.frozen, world, false, '1-freeze-lexicon');
          t.frozen = true;
        }
      }
    }
  };
}

const prefix = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
const allowPrefix = new Set(['Verb', 'Infinitive', 'PastTense', 'Gerund', 'PresentTense', 'Adjective', 'Participle']);

/**
 * compromise's "lexicon" step (src/1-one/lexicon/compute/): each untagged word's multi-word entry
 * or its own, looked up in `lookup`. An untagged, unfrozen word ends up with the same tags
 * whenever it gets the same entry, so setTag's work for each entry is done once, on a blank
 * term, and its outcome copied: the same tags in the same order, `dirty` and `chunk`.
 */
export function lexiconStep(world: StepWorld, lookup: (word: string) => Tags | undefined, startingWith: (prefix: string) => Iterable<string>, find: (word: string) => WordFacts): (view: StepView) => void {
  const setTag = world.methods.one.setTag;
  const canStart = pairsByWord(startingWith, 'followers');
  const outcomes = new Map<Tags, StepTerm>();
  const tagBlank = (term: StepTerm, tags: Tags) => {
    let outcome = outcomes.get(tags);
    if (outcome === undefined) {
      outcome = { text: '', tags: new Set() };
      setTag([outcome], tags, world, false, '1-lexicon');
      outcomes.set(tags, outcome);
    }
    for (const tag of outcome.tags) term.tags.add(tag);
    if (outcome.chunk !== undefined) term.chunk = outcome.chunk;
    if (outcome.dirty !== undefined) term.dirty = outcome.dirty;
  };

  const multiWord = (terms: StepTerm[], start: number): boolean | null => {
    const word = wordOf(terms[start]);
    const facts = factsOf(terms[start], find);
    const multi = facts.multi;
    if (multi === undefined || !terms[start + 1]) return null;
    if (!canStart(word, facts, wordOf(terms[start + 1]))) return false;
    const end = start + (multi as number) - 1;
    for (let i = end; i > start; i -= 1) {
      const words = terms.slice(start, i + 1);
      const tag = lookup(words.map(wordOf).join(' '));
      if (tag !== undefined) {
        setTag(words, tag, world, false, '1-multi-lexicon');
        // a phrasal verb's second word is its particle
        if (tag && tag.length === 2 && (tag[0] === 'PhrasalVerb' || tag[1] === 'PhrasalVerb')) setTag([words[1]], 'Particle', world, false, '1-phrasal-particle');
        return true;
      }
    }
    return false;
  };

  const singleWord = (term: StepTerm): boolean | null => {
    const word = wordOf(term);
    const tags = factsOf(term, find).lexicon;
    if (tags !== undefined) {
      tagBlank(term, tags);
      return true;
    }
    const alias = term.alias?.find((name) => lookup(name) !== undefined);
    if (alias) {
      setTag([term], lookup(alias)!, world, false, '1-lexicon-alias');
      return true;
    }
    if (prefix.test(word)) {
      const stem = word.replace(prefix, '');
      const stemTags = lookup(stem);
      if (stemTags !== undefined && stem.length > 3 && allowPrefix.has(stemTags as string)) {
        setTag([term], stemTags, world, false, '1-lexicon-prefix');
        return true;
      }
    }
    return null;
  };

  return (view) => {
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i += 1) {
        if (terms[i].tags.size === 0) multiWord(terms, i) || singleWord(terms[i]);
      }
    }
  };
}
