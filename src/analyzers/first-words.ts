// Where a pattern can begin, read from its own source. Every date pattern, and the numbers
// analyzer's figures and ordinal words, start with \b, so a match begins where a word begins (a
// word: a run of ASCII letters, digits and _, the \w of a pattern), and the first word of a match
// is one of few: "the", a month's name, a figure… The analyzers try each pattern only where such a
// word stands (./word-starts.ts), instead of at every character of the text (the dates analyzer's
// 32 scans of every document were a tenth of all analysis time).

/** What the first word of any match of a pattern is. */
export interface FirstWords {
  /** exactly one of these words ("the" in "the\s+weekend": the word ends where the space begins) */
  words: Set<string>;
  /** or a word that begins with one of these ("jan" of "jan(?:uary)?": "January", "Jan.", "jan2019") */
  prefixes: Set<string>;
  /** or a word that begins with a digit */
  digit: boolean;
  /** or the match begins with one of these characters right after a word ("…the'80s": \b['’]) */
  afterWord: Set<string>;
}

/** A part of a pattern, as far as its first word is concerned. */
type Node =
  | { type: 'chars'; word: string; other: string | null } // the \w characters it takes (lowered), and the others (null: none; '*': many)
  | { type: 'text'; text: string } // word characters in a row ("january")
  | { type: 'boundary' } // \b
  | { type: 'nothing' } // a look-around, ^, $, \B: consume nothing (ignored: what they forbid only narrows the matches)
  | { type: 'unknown' } // a back-reference: any text
  | { type: 'group'; alternatives: Node[][] }
  | { type: 'repeat'; node: Node; min: number; max: number };

const WORD = 'abcdefghijklmnopqrstuvwxyz0123456789_';
const DIGITS = '0123456789';
const isWordChar = (char: string) => /^\w$/.test(char);
const ANY: Node = { type: 'chars', word: WORD, other: '*' };

/** Reads a pattern's source into Nodes (the syntax of JavaScript patterns, without the `v` flag). */
function parse(source: string): Node[][] {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at} of /${source}/`);
  };

  function alternatives(): Node[][] {
    const found: Node[][] = [[]];
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') {
        at++;
        found.push([]);
        continue;
      }
      const node = quantified(atom());
      const nodes = found[found.length - 1];
      const last = nodes[nodes.length - 1];
      // word characters in a row read as one text: "january" one step, not seven
      if (node.type === 'chars' && node.word.length === 1 && node.other === null) {
        if (last?.type === 'text') last.text += node.word;
        else nodes.push({ type: 'text', text: node.word });
      } else nodes.push(node);
    }
    return found;
  }

  function quantified(node: Node): Node {
    const char = source[at];
    let min: number;
    let max: number;
    if (char === '?' || char === '*' || char === '+') {
      at++;
      [min, max] = char === '?' ? [0, 1] : char === '*' ? [0, Infinity] : [1, Infinity];
    } else if (char === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(at))) {
      const [whole, low, comma, high] = /^\{(\d+)(,?)(\d*)\}/.exec(source.slice(at))!;
      at += whole.length;
      min = Number(low);
      max = comma ? (high ? Number(high) : Infinity) : min;
    } else return node;
    if (source[at] === '?') at++; // lazy: the same texts
    return { type: 'repeat', node, min, max };
  }

  function atom(): Node {
    const char = source[at++];
    if (char === '(') {
      let lookAround = false;
      if (source.startsWith('?:', at)) at += 2;
      else if (source.startsWith('?=', at) || source.startsWith('?!', at)) [at, lookAround] = [at + 2, true];
      else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) [at, lookAround] = [at + 3, true];
      else if (source.startsWith('?<', at)) at = source.indexOf('>', at) + 1;
      else if (source[at] === '?') fail('unknown group');
      const inner = alternatives();
      if (source[at++] !== ')') fail('unclosed group');
      return lookAround ? { type: 'nothing' } : { type: 'group', alternatives: inner };
    }
    if (char === '[') return charClass();
    if (char === '\\') return escape();
    if (char === '.') return ANY;
    if (char === '^' || char === '$') return { type: 'nothing' };
    if (char === ')' || char === undefined) fail('unexpected end');
    return literal(char);
  }

  function literal(char: string): Node {
    const lowered = char.toLowerCase();
    return isWordChar(lowered) ? { type: 'chars', word: lowered, other: null } : { type: 'chars', word: '', other: char };
  }

  function escape(): Node {
    const char = source[at++];
    switch (char) {
      case 'b':
        return { type: 'boundary' };
      case 'B':
        return { type: 'nothing' };
      case 'd':
        return { type: 'chars', word: DIGITS, other: null };
      case 'w':
        return { type: 'chars', word: WORD, other: null };
      case 's':
      case 'W':
        return { type: 'chars', word: '', other: '*' };
      case 'D':
      case 'S':
      case 'p':
      case 'P':
        if (char === 'p' || char === 'P') at = source.indexOf('}', at) + 1;
        return ANY;
      case 'k':
        at = source.indexOf('>', at) + 1;
        return { type: 'unknown' };
      case 'u':
      case 'x':
      case 'c':
        return literal(codedChar(char));
      case 't':
      case 'n':
      case 'r':
      case 'f':
      case 'v':
        return { type: 'chars', word: '', other: '*' };
      default:
        if (/\d/.test(char)) {
          while (/\d/.test(source[at])) at++;
          return { type: 'unknown' };
        }
        return literal(char);
    }
  }

  /** The character of \uXXXX, \u{X…}, \xXX or \cX, its letter already read. */
  function codedChar(kind: string): string {
    const found = (kind === 'u' ? /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}/ : kind === 'x' ? /^[0-9a-fA-F]{2}/ : /^[A-Za-z]/).exec(source.slice(at, at + 12));
    if (!found) fail(`\\${kind} without its code`);
    at += found![0].length;
    return kind === 'c' ? String.fromCharCode(found![0].charCodeAt(0) % 32) : String.fromCodePoint(parseInt(found![1] ?? found![0], 16));
  }

  function charClass(): Node {
    const negated = source[at] === '^';
    if (negated) at++;
    let word = '';
    let other = '';
    let many = false;
    const add = (char: string) => {
      const lowered = char.toLowerCase();
      if (isWordChar(lowered)) word += lowered;
      else other += char;
    };
    while (source[at] !== ']') {
      if (at >= source.length) fail('unclosed class');
      let char = source[at++];
      if (char === '\\') {
        const escaped = source[at++];
        if ('dws'.includes(escaped)) {
          word += escaped === 'd' ? DIGITS : escaped === 'w' ? WORD : '';
          many ||= escaped === 's';
          continue;
        }
        if (/[DWSpP]/.test(escaped)) {
          if (escaped === 'p' || escaped === 'P') at = source.indexOf('}', at) + 1;
          word = WORD;
          many = true;
          continue;
        }
        char = 'uxc'.includes(escaped) ? codedChar(escaped) : escaped === 't' || escaped === 'n' || escaped === 'r' ? '\n' : escaped;
      }
      if (source[at] === '-' && source[at + 1] !== ']') {
        // a range: a-z, 0-9, 1-9
        at++;
        let last = source[at++];
        if (last === '\\') {
          last = source[at++];
          if ('uxc'.includes(last)) last = codedChar(last);
        }
        for (let code = char.codePointAt(0)!; code <= last.codePointAt(0)!; code++) add(String.fromCodePoint(code));
        continue;
      }
      add(char);
    }
    at++;
    if (negated) return ANY;
    return { type: 'chars', word: [...new Set(word)].join(''), other: many || other.length > 8 ? '*' : other || null };
  }

  const found = alternatives();
  if (at !== source.length) fail('unmatched )');
  return found;
}

// What the pattern has read so far, one string each:
//   "o" + flag + text: the first word so far is `text` and goes on (flag "1" once \b held before an empty text)
//   "w" + word, "p" + prefix, "d", "a" + character: settled (FirstWords' fields)
//   "x": cannot tell
/** A first word read this far is settled as a prefix: the prefix tells enough, and a long pattern's states stay few. */
const LONGEST = 10;
const settled = (state: string) => state[0] !== 'o';

function step(node: Node, states: Set<string>): Set<string> {
  const next = new Set<string>();
  if (node.type === 'group') {
    for (const alternative of node.alternatives) for (const found of sequence(alternative, states)) next.add(found);
    return next;
  }
  if (node.type === 'repeat') {
    let current = states;
    for (let i = 0; i < node.min; i++) current = step(node.node, current);
    for (const found of current) next.add(found);
    for (let count = node.min, rounds = 0; count < node.max && [...current].some((found) => !settled(found)); count++, rounds++) {
      if (rounds === 8) {
        // still adding to the word: what it starts with so far is what is known
        for (const found of current) if (!settled(found)) next.add(found.length > 2 ? `p${found.slice(2)}` : 'x');
        break;
      }
      current = step(node.node, current);
      for (const found of current) next.add(found);
    }
    return next;
  }
  for (const state of states) {
    if (settled(state)) {
      next.add(state);
      continue;
    }
    const bounded = state[1] === '1';
    const text = state.slice(2);
    switch (node.type) {
      case 'nothing':
        next.add(state);
        break;
      case 'boundary':
        // after a word character, \b ends the word; before any, it puts the match at a word's start
        next.add(text ? `w${text}` : 'o1');
        break;
      case 'unknown':
        next.add(text ? `p${text}` : 'x');
        break;
      case 'text':
        if (!text && !bounded) next.add('x');
        else if (!text && DIGITS.includes(node.text[0])) next.add('d');
        else if (text.length + node.text.length >= LONGEST) next.add(`p${(text + node.text).slice(0, LONGEST)}`);
        else next.add(`o1${text}${node.text}`);
        break;
      case 'chars':
        if (!text && !bounded) {
          // no \b before the first character: the match may start inside a word
          next.add('x');
          break;
        }
        if (text && (node.word.length > 12 || text.length >= LONGEST)) next.add(`p${text}`);
        else for (const char of node.word) next.add(!text && DIGITS.includes(char) ? 'd' : `o1${text}${char}`);
        if (node.other !== null) {
          if (text) next.add(`w${text}`);
          else if (node.other === '*') next.add('x');
          else for (const char of node.other) next.add(`a${char}`);
        }
        break;
    }
  }
  return next;
}

function sequence(nodes: Node[], states: Set<string>): Set<string> {
  const done = new Set<string>();
  let current = states;
  for (const node of nodes) {
    const going = new Set<string>();
    for (const state of current) (settled(state) ? done : going).add(state);
    if (going.size === 0) break;
    current = step(node, going);
  }
  for (const state of current) done.add(state);
  return done;
}

function startsWithAny(word: string, prefixes: Set<string>): boolean {
  for (let length = 1; length <= word.length; length++) if (prefixes.has(word.slice(0, length))) return true;
  return false;
}

/**
 * The first words of any match of `pattern`, or null when its source does not tell (no \b before
 * its first character, a match that may be empty…): such a pattern is tried at every character.
 */
export function firstWords(pattern: RegExp): FirstWords | null {
  // (case folding beyond ASCII; the class syntax of the v flag, which this reading does not know)
  if ((pattern.flags.includes('i') && pattern.flags.includes('u')) || pattern.flags.includes('v')) return null;
  const states = new Set<string>();
  for (const alternative of parse(pattern.source)) for (const state of sequence(alternative, new Set(['o0']))) states.add(state);
  const found: FirstWords = { words: new Set(), prefixes: new Set(), digit: false, afterWord: new Set() };
  for (const state of states) {
    if (state === 'x' || state === 'o0' || state === 'o1') return null;
    if (state[0] === 'o' || state[0] === 'p') found.prefixes.add(state.slice(state[0] === 'o' ? 2 : 1));
    else if (state[0] === 'w') found.words.add(state.slice(1));
    else if (state === 'd') found.digit = true;
    else found.afterWord.add(state.slice(1));
  }
  // a word or prefix that begins with a listed (shorter) prefix needs no entry of its own
  // (in sorted order the prefixes a kept one begins come right after it)
  const kept: string[] = [];
  for (const prefix of [...found.prefixes].sort()) if (kept.length === 0 || !prefix.startsWith(kept[kept.length - 1])) kept.push(prefix);
  found.prefixes = new Set(kept);
  for (const word of found.words) if (startsWithAny(word, found.prefixes)) found.words.delete(word);
  return found;
}

// A word's first three characters as one number: a–z (and A–Z) 1–26, 0–9 27–36, _ 37, none 0.
const CODES = 38;
const CODE = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  CODE[code] = code >= 97 && code <= 122 ? code - 96 : code >= 65 && code <= 90 ? code - 64 : code >= 48 && code <= 57 ? code - 21 : code === 95 ? 37 : 0;
}
const codeOf = (code: number) => (code < 128 ? CODE[code] : 0);
const keyOf = (first: number, second: number, third: number) => (first * CODES + second) * CODES + third;

/** No offsets (shared, never added to). */
const NOWHERE: readonly number[] = Object.freeze([]);

interface Entry {
  text: string;
  exact: boolean;
  patterns: number[];
}

/**
 * Where each of several patterns can begin in a text, from their first words: one walk over the
 * text's words, each looked up by its first three characters.
 */
export class StartIndex {
  private readonly table = new Int32Array(CODES * CODES * CODES);
  private readonly buckets: Entry[][] = [[]];
  private readonly digit: number[] = [];
  /** The characters a match may begin with right after a word, and the patterns of each. */
  private readonly afterWordChars: number[] = [];
  private readonly afterWord: number[][] = [];
  /** What find() starts from: null for a pattern that may begin anywhere, else NOWHERE. */
  private readonly none: ReadonlyArray<readonly number[] | null>;

  constructor(readonly patterns: ReadonlyArray<FirstWords | null>) {
    this.none = patterns.map((found) => (found === null ? null : NOWHERE));
    patterns.forEach((found, pattern) => {
      if (!found) return;
      if (found.digit) this.digit.push(pattern);
      for (const char of found.afterWord) {
        let which = this.afterWordChars.indexOf(char.charCodeAt(0));
        if (which < 0) which = this.afterWord.push([]) - 1;
        this.afterWordChars[which] = char.charCodeAt(0);
        this.afterWord[which].push(pattern);
      }
      for (const word of found.words) this.add(word, true, pattern);
      for (const prefix of found.prefixes) this.add(prefix, false, pattern);
    });
  }

  private add(text: string, exact: boolean, pattern: number) {
    const codes = [...text.slice(0, 3)].map((char) => codeOf(char.charCodeAt(0)));
    if (codes.length === 0 || codes.includes(0)) throw new Error(`"${text}" is not a word`);
    // a prefix shorter than three characters stands for every word it begins: each third (and second) character
    const thirds = codes.length >= 3 || exact ? [codes[2] ?? 0] : Array.from({ length: CODES }, (_, code) => code);
    const seconds = codes.length >= 2 || exact ? [codes[1] ?? 0] : Array.from({ length: CODES }, (_, code) => code);
    for (const second of seconds) {
      for (const third of second === 0 && !exact ? [0] : thirds) {
        const key = keyOf(codes[0], second, third);
        if (this.table[key] === 0) this.table[key] = this.buckets.push([]) - 1;
        const bucket = this.buckets[this.table[key]];
        let entry = bucket.find((found) => found.text === text && found.exact === exact);
        if (!entry) bucket.push((entry = { text, exact, patterns: [] }));
        if (!entry.patterns.includes(pattern)) entry.patterns.push(pattern);
      }
    }
  }

  /**
   * For each pattern, the offsets in `text` (ASCII letters lowered) where a match of it can begin,
   * in order; null for a pattern that may begin anywhere.
   */
  find(text: string): Array<readonly number[] | null> {
    // (an array of offsets made for a pattern when it gets its first: most get none in a short text)
    const found = this.none.slice();
    const length = text.length;
    const afterWordChars = this.afterWordChars;
    for (let at = 0; at < length; ) {
      const first = codeOf(text.charCodeAt(at));
      if (first === 0) {
        at++;
        continue;
      }
      const start = at;
      while (++at < length && codeOf(text.charCodeAt(at)) !== 0);
      const size = at - start;
      if (first >= 27 && first <= 36) add(found, this.digit, start);
      else {
        const index = this.table[keyOf(first, size > 1 ? codeOf(text.charCodeAt(start + 1)) : 0, size > 2 ? codeOf(text.charCodeAt(start + 2)) : 0)];
        if (index !== 0) {
          for (const entry of this.buckets[index]) {
            const wanted = entry.text.length;
            if ((entry.exact ? size === wanted : size >= wanted) && (wanted <= 3 || text.startsWith(entry.text, start))) add(found, entry.patterns, start);
          }
        }
      }
      if (afterWordChars.length > 0 && at < length) {
        const which = afterWordChars.indexOf(text.charCodeAt(at));
        if (which >= 0) add(found, this.afterWord[which], at);
      }
    }
    return found;
  }
}

/** `at` added to the offsets of each of the patterns (once: a word can be two entries of one pattern). */
function add(found: Array<readonly number[] | null>, patterns: readonly number[], at: number) {
  for (const pattern of patterns) {
    const list = found[pattern]!;
    if (list === NOWHERE) found[pattern] = [at];
    else if (list[list.length - 1] !== at) (list as number[]).push(at);
  }
}
