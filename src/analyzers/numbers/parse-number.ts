// Spelled and written numbers → values: "nine quadrillion two thousand and six", "3.6 million",
// "two-and-a-half", "half a million", "two-thirds", "1,500".
import { fractionWords, groupWords, scales, tens, units } from '../../data/number-words.js';

/** A number written in digits: "1,500" → 1500, "3.6" → 3.6, "1 500" is not one number. */
export function parseDigits(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^[-−–]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) return Number(cleaned.replace(/[,]/g, '').replace(/^[−–]/, '-'));
  if (/^[-−–]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return Number(cleaned.replace(/^[−–]/, '-'));
  return null;
}

/**
 * The value of a run of number words (and digits): returns null when a word is not part of a
 * number. "and" joins groups ("two thousand and six"); "a" counts as one before a scale word.
 */
export function parseNumberWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/[-‐‑–]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return null;

  let total = 0;
  let group = 0;
  let seen = false;
  let sign = 1;
  if (words[0] === 'negative' || words[0] === 'minus') {
    sign = -1;
    words.shift();
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (word === 'and') {
      // "two and a half" / "five and a half million"
      if (next === 'a' && words[i + 2] === 'half') {
        group += 0.5;
        i += 2;
      }
      // "seven and twenty" is two numbers, "two hundred and twenty" one
      if (next in tens && group < 10 && words[i - 1] in units) return null;
      continue;
    }
    // "three three", "four two zero": digit words in a row are several numbers
    if (word in units && i > 0 && words[i - 1] in units && total === 0) return null;
    if (word in fractionWords && (i === 0 || words[i - 1] === 'a') && words.length <= 2 && fractionWords[word] >= 100) {
      return 1 / fractionWords[word]; // "a millionth"
    }
    if ((word === 'a' || word === 'an') && next !== undefined) {
      if (next === 'half') continue; // "a half": the next word sets it
      if (next in fractionWords && words.length === 2) return 1 / fractionWords[next]; // "a third"
      if (next in scales || next === 'hundred' || next in groupWords) {
        group += 1;
        seen = true;
        continue;
      }
      return null;
    }
    if (word === 'half') {
      // "half a million": one half of the following scale
      if (next === 'a' && words[i + 2] in scales) {
        total += 0.5 * scales[words[i + 2]];
        i += 2;
        seen = true;
        continue;
      }
      group += 0.5;
      seen = true;
      continue;
    }
    const digits = parseDigits(word);
    if (digits !== null) {
      group += digits;
      seen = true;
    } else if (word in units) {
      group += units[word];
      seen = true;
    } else if (word in tens) {
      // "two fifty" said for 250, "three twenty" for 320: a digit word before tens names hundreds
      const spokenHundreds = group >= 1 && group <= 9 && (i === 0 || words[i - 1] in units) && total === 0;
      group = spokenHundreds ? group * 100 + tens[word] : group + tens[word];
      seen = true;
    } else if (word === 'hundred') {
      group = (group || 1) * 100;
      seen = true;
    } else if (word in scales) {
      total += (group || 1) * scales[word];
      group = 0;
      seen = true;
    } else if (word in groupWords) {
      group = (group || 1) * groupWords[word];
      seen = true;
    } else if (word in fractionWords && seen && group > 0 && (group < 20 || fractionWords[word] >= 100)) {
      // "two thirds" → 2/3; "one quarter" → 1/4
      group = group / fractionWords[word];
    } else {
      return null;
    }
  }
  return seen ? sign * (total + group) : null;
}
