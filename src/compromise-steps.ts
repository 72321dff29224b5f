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
}

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
function pairsByWord(startingWith: (prefix: string) => Iterable<string>): (first: string, second: string) => boolean {
  const pairs = new Map<string, Set<string>>();
  return (first, second) => {
    let seconds = pairs.get(first);
    if (seconds === undefined) {
      seconds = new Set();
      for (const entry of startingWith(`${first} `)) startsOfRest(entry.slice(first.length + 1), seconds);
      pairs.set(first, seconds);
    }
    return seconds.has(second);
  };
}

/**
 * compromise's "freeze" step (src/1-one/freeze/compute.js): the entries of its frozen lexicon,
 * tagged and frozen. The same loops, skipping the runs of words no entry can start with.
 */
export function freezeStep(world: StepWorld): (view: StepView) => void {
  const setTag = world.methods.one.setTag;
  const frozenLex = world.model.one.frozenLex as Record<string, Tags>;
  const multi = (world.model.one._multiCache ?? {}) as Record<string, number>;
  const frozen = Object.keys(frozenLex);
  const canStart = pairsByWord((prefix) => frozen.filter((entry) => entry.startsWith(prefix)));
  const has = (key: string) => Object.prototype.hasOwnProperty.call(frozenLex, key);
  return (view) => {
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i += 1) {
        const t = terms[i];
        const word = wordOf(t);
        if (multi[word] !== undefined && terms[i + 1] && canStart(word, wordOf(terms[i + 1]))) {
          const end = i + multi[word] - 1;
          for (let k = end; k > i; k -= 1) {
            const words = terms.slice(i, k + 1);
            const str = words.map(wordOf).join(' ');
            if (has(str)) {
              setTag(words, frozenLex[str], world, false, '1-frozen-multi-lexicon');
              for (const term of words) term.frozen = true;
            }
          }
        }
        if (frozenLex[word] !== undefined && has(word)) {
          setTag([t], frozenLex[word], world, false, '1-freeze-lexicon');
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
export function lexiconStep(world: StepWorld, lookup: (word: string) => Tags | undefined, startingWith: (prefix: string) => Iterable<string>): (view: StepView) => void {
  const setTag = world.methods.one.setTag;
  const multi = (world.model.one._multiCache ?? {}) as Record<string, number>;
  const canStart = pairsByWord(startingWith);
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
    if (multi[word] === undefined || !terms[start + 1]) return null;
    if (!canStart(word, wordOf(terms[start + 1]))) return false;
    const end = start + multi[word] - 1;
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
    const tags = lookup(word);
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

/** One of the pre-tagger's rules: it reads and tags `terms[i]` (a few read its neighbours). */
type Rule = (terms: StepTerm[], i: number, model: unknown, world?: unknown, isYelling?: boolean) => unknown;

/** compromise's pre-tagger's rules (src/2-two/preTagger/compute/tagger/), as its bundle exports them. */
export interface PreTaggerRules {
  colons: Rule;
  tagSwitch: Rule;
  checkCase: Rule;
  checkSuffix: Rule;
  checkRegex: Rule;
  checkPrefix: Rule;
  checkYear: Rule;
  checkAcronym: Rule;
  fillTags: Rule;
  neighbours: Rule;
  nounFallback: Rule;
  orgWords: (terms: StepTerm[], i: number, world: unknown, isYelling: boolean) => void;
  placeWords: (terms: StepTerm[], i: number, world: unknown, isYelling: boolean) => void;
  switches: (terms: StepTerm[], i: number, world: unknown) => void;
  verbType: Rule;
  hyphens: Rule;
  imperative: (terms: StepTerm[], world: unknown) => void;
  quickSplit: (docs: StepTerm[][]) => StepTerm[][];
}

/** What a term of the pre-tagger's second pass reads and is given besides its words. */
interface PassTerm extends StepTerm {
  pre: string;
  post: string;
  index?: [number, number];
  switch?: string;
  confidence?: number;
}

/** The fields the second pass's rules give a term, as one term ended up with them. */
interface SecondPassOutcome {
  tags: string[];
  switch?: string;
  confidence?: number;
  dirty?: boolean;
  chunk?: string;
}

// what the case and regex rules read of a term's punctuation (01-case.js, 03-regex.js)
const endsInQuote = /["']$/;
const hasApostrophe = /['‘’‛‵′`´]/;

/**
 * Everything of a term the second pass's rules (but the year's, which reads the neighbours) read:
 * its words, what its punctuation holds, whether it opens its sentence, the clause's case, and
 * the tags and fields the steps before gave it.
 */
function secondPassKey(term: PassTerm, isYelling: boolean): string {
  const post = hasApostrophe.test(term.post) ? term.post.trim() : '';
  const flags = (endsInQuote.test(term.pre) ? 1 : 0) | (hasApostrophe.test(term.pre) ? 2 : 0) | (term.index?.[1] === 0 ? 4 : 0) | (isYelling ? 8 : 0);
  let tags = '';
  for (const tag of term.tags) tags += `${tag},`;
  return `${term.text}\u0001${term.normal}\u0001${term.machine ?? ''}\u0001${post}\u0001${flags}\u0001${tags}\u0001${term.switch ?? ''}\u0001${term.confidence ?? ''}\u0001${term.dirty ?? ''}\u0001${term.chunk ?? ''}`;
}

/**
 * compromise's pre-tagger (src/2-two/preTagger/compute/tagger/index.js), its passes as it runs
 * them. Its second pass looks at each word alone — its case, suffix, prefix, the patterns it
 * matches — so what that pass does to a term is kept, keyed by all the pass reads of it, and a
 * term read the same way again gets the same tags and fields without the rules run again (a fifth
 * of a parse, most of it on words seen before). The year rule reads the neighbours: it runs.
 */
export function preTaggerStep(rules: PreTaggerRules): (view: StepView & { model: unknown }) => void {
  const outcomes = new Map<string, SecondPassOutcome>();
  const ignoreCase = (terms: StepTerm[]) => {
    if (terms.filter((t) => !t.tags.has('ProperNoun')).length <= 3) return false;
    return terms.every((t) => !/^[a-z]/.test(t.text));
  };

  const secondPass = (terms: PassTerm[], model: unknown, world: unknown, isYelling: boolean) => {
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i];
      if (term.frozen === true) continue;
      const key = secondPassKey(term, isYelling);
      const known = outcomes.get(key);
      if (known === undefined) {
        rules.tagSwitch(terms, i, model);
        if (isYelling === false) rules.checkCase(terms, i, model);
        rules.checkSuffix(terms, i, model);
        rules.checkRegex(terms, i, model, world);
        rules.checkPrefix(terms, i, model);
        if (outcomes.size >= 50_000) outcomes.clear();
        outcomes.set(key, { tags: [...term.tags], switch: term.switch, confidence: term.confidence, dirty: term.dirty, chunk: term.chunk });
      } else {
        term.tags.clear();
        for (const tag of known.tags) term.tags.add(tag);
        if (known.switch !== undefined) term.switch = known.switch;
        if (known.confidence !== undefined) term.confidence = known.confidence;
        if (known.dirty !== undefined) term.dirty = known.dirty;
        if (known.chunk !== undefined) term.chunk = known.chunk;
      }
      rules.checkYear(terms, i, model);
    }
  };

  const thirdPass = (terms: StepTerm[], model: unknown, world: unknown, isYelling: boolean) => {
    for (let i = 0; i < terms.length; i += 1) {
      const found = rules.checkAcronym(terms, i, model);
      rules.fillTags(terms, i, model);
      if (!found && !rules.neighbours(terms, i, model)) rules.nounFallback(terms, i, model);
    }
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i].frozen === true) continue;
      rules.orgWords(terms, i, world, isYelling);
      rules.placeWords(terms, i, world, isYelling);
      rules.switches(terms, i, world);
      rules.verbType(terms, i, model, world);
      rules.hyphens(terms, i, model, world);
    }
    rules.imperative(terms, world);
  };

  return (view) => {
    const { model, world } = view;
    for (const terms of view.docs) rules.colons(terms, 0, model, world);
    for (const terms of rules.quickSplit(view.docs)) {
      const isYelling = ignoreCase(terms);
      secondPass(terms as PassTerm[], model, world, isYelling);
      thirdPass(terms, model, world, isYelling);
    }
  };
}
