// compromise's word splitter (src/1-one/tokenize/methods/02-terms/, its "splitTerms"), giving the
// same pieces in one pass over the sentence's characters: each word with the spaces and
// punctuation after it, cut out of the sentence instead of built by concatenation. compromise's
// version splits the sentence with a regular expression, tests every piece with three more and
// joins the punctuation to its word piece by piece; 7% of all analysis time went there, and the
// joined strings were flattened again when each word was looked up. tests/split-terms.test.ts
// compares the two on every fixture sentence and on random text.

import { remembered } from './remembered.js';

/** What the splitter reads of compromise's model: the prefixes and suffixes that keep a hyphenated word whole. */
export interface SplitModel {
  one: { prefixes: Record<string, unknown>; suffixes: Record<string, unknown> };
}

/** compromise's punctuation that is never a word of its own: it goes with the word before. */
const notWord = new Set(['.', '?', '!', ':', ';', '-', '–', '—', '--', '...', '(', ')', '[', ']', '"', "'", '`', '«', '»', '*', '•']);

/** What \s matches, as one UTF-16 unit. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;

/** /^[!?.]+$/ */
function isBoundary(piece: string): boolean {
  if (piece.length === 0) return false;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code !== 33 && code !== 63 && code !== 46) return false;
  }
  return true;
}

/** compromise's test of a piece: something other than space, and not punctuation alone. */
const isWordPiece = (piece: string) => /\S/.test(piece) && !notWord.has(piece) && !isBoundary(piece);

/** compromise's hasHyphen: whether a hyphenated word is split at its dashes ("well-known", "3-day"), not kept whole ("co-op", "flower-like"). */
function hasHyphen(word: string, model: SplitModel): boolean {
  const parts = word.split(/[-–—]/);
  if (parts.length <= 1) return false;
  const { prefixes, suffixes } = model.one;
  if (parts[0].length === 1 && /[a-z]/i.test(parts[0])) return false;
  if (Object.prototype.hasOwnProperty.call(prefixes, parts[0])) return false;
  if (Object.prototype.hasOwnProperty.call(suffixes, parts[1].trim().replace(/[.?!]$/, ''))) return false;
  if (/^([a-z\u00C0-\u00FF`"'/]+)[-–—]([a-z0-9\u00C0-\u00FF].*)/i.test(word)) return true;
  return /^[('"]?([0-9]{1,4})[-–—]([a-z\u00C0-\u00FF`"'/-]+[)'"]?$)/i.test(word);
}

/**
 * Where a hyphenated word, split at its dashes, has word pieces: the offset of each in the word (a
 * piece is a part and the dash after it); null when it is kept whole. 'mixed': its dashes differ
 * ("ab–cd-ef"), and compromise gives every piece the first one, which is no longer a cut of the
 * text.
 */
function hyphenPieces(word: string, model: SplitModel): number[] | null | 'mixed' {
  if (!hasHyphen(word, model)) return null;
  const dash = /[-–—]/.exec(word)![0];
  const starts: number[] = [];
  let start = 0;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && !isDash(word.charCodeAt(i))) continue;
    if (i < word.length && word[i] !== dash) return 'mixed';
    const piece = word.slice(start, i < word.length ? i + 1 : i);
    if (isWordPiece(piece)) starts.push(start);
    start = i + 1;
  }
  return starts;
}

const isSlash = /\p{L} ?\/ ?\p{L}+$/u;
const startRange = /^[0-9]{1,4}(:[0-9][0-9])?([a-z]{1,2})? ?[-–—] ?$/;
const endRange = /^[0-9]{1,4}([a-z]{1,2})? ?$/;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * compromise's splitTerms for `model`: a sentence's words, each with what follows it up to the
 * next word, the first also with what precedes it.
 */
export function termSplitter(model: SplitModel): (sentence: string) => string[] {
  const piecesOf = remembered(10_000, (word) => hyphenPieces(word, model));
  return (str) => {
    const starts: number[] = [];
    let i = 0;
    while (i < str.length) {
      if (isSpace(str.charCodeAt(i))) {
        i++;
        continue;
      }
      // a run of non-space: a word, unless it is punctuation alone
      const start = i;
      let dashes = false;
      let boundary = true;
      for (; i < str.length; i++) {
        const code = str.charCodeAt(i);
        if (isSpace(code)) break;
        if (isDash(code)) dashes = true;
        if (code !== 33 && code !== 63 && code !== 46) boundary = false;
      }
      if (boundary) continue;
      if (dashes) {
        const word = str.slice(start, i);
        const pieces = piecesOf(word);
        if (pieces === 'mixed') return compromiseSplit(str, model);
        if (pieces !== null) {
          for (const at of pieces) starts.push(start + at);
          continue;
        }
        if (notWord.has(word)) continue;
        // without a dash, a run of more than one character that is no word is "...", "?!" (a boundary, above)
      } else if (i - start === 1 && notWord.has(str[start])) continue;
      starts.push(start);
    }
    if (starts.length === 0) return str ? [str] : [];
    const result: Array<string | null> = [];
    for (let k = 0; k < starts.length; k++) result.push(str.slice(k === 0 ? 0 : starts[k], k + 1 < starts.length ? starts[k + 1] : str.length));
    return joined(result);
  };
}

/** compromise's last steps: "his/her"-style words and "3 - 5"-style ranges joined, in its own way. */
function joined(arr: Array<string | null>): string[] {
  let changed = false;
  for (let i = 1; i < arr.length - 1; i++) {
    const word = arr[i];
    if (typeof word === 'string' && word.indexOf('/') !== -1 && isSlash.test(word)) {
      // (as compromise does it: a word joined before is null here, and joins as "null")
      arr[i - 1] = `${arr[i - 1]}${word}${arr[i + 1]}`;
      arr[i] = null;
      arr[i + 1] = null;
      changed = true;
    }
  }
  for (let i = 0; i < arr.length - 1; i++) {
    const word = arr[i];
    if (word !== null && isDigit(word.charCodeAt(0)) && arr[i + 1] && startRange.test(word) && endRange.test(arr[i + 1]!)) {
      arr[i] = word + arr[i + 1];
      arr[i + 1] = null;
      changed = true;
    }
  }
  return changed ? (arr.filter((word) => word) as string[]) : (arr as string[]);
}

/** compromise's own way, for a sentence whose hyphenated word mixes dashes. */
function compromiseSplit(str: string, model: SplitModel): string[] {
  const arr: string[] = [];
  for (const word of str.split(/(\S+)/)) {
    if (word.indexOf('-') === -1 && word.indexOf('–') === -1 && word.indexOf('—') === -1) {
      arr.push(word);
      continue;
    }
    if (!hasHyphen(word, model)) {
      arr.push(word);
      continue;
    }
    const dash = /[-–—]/.exec(word)![0];
    const parts = word.split(/[-–—]/);
    parts.forEach((part, o) => arr.push(o === parts.length - 1 ? part : part + dash));
  }
  const result: string[] = [];
  let carry = '';
  for (const word of arr) {
    if (isWordPiece(word)) {
      if (result.length > 0) {
        result[result.length - 1] += carry;
        result.push(word);
      } else result.push(carry + word);
      carry = '';
    } else carry += word;
  }
  if (carry) {
    if (result.length === 0) result[0] = '';
    result[result.length - 1] += carry;
  }
  return joined(result);
}
