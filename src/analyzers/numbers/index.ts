// Numbers: every figure as a value, with its currency, unit and qualifier.
// "More than 3.6 million people" → 3600000, unit "people", approximate "more than".
import { asWritten, caseless, lowerCleanOf } from '../caseless.js';
import { parseDigits, parseNumberWords } from './parse-number.js';
import { cardinalWordPattern, fractionWords, groupWords, ordinalValue, ordinalWordPattern, suffixMultipliers } from '../../data/number-words.js';
import { approximateQualifiers } from '../../data/qualifiers.js';
import { currencyPrefixes, currencyWords, measureUnits, percentSuffixes } from '../../data/units.js';
import { SpanIndex, tokenIndexFrom } from '../../spans.js';
import { Matches, registerPatterns, startsOf } from '../word-starts.js';
import type { Analyzer, Document, NumberFinding, NumberKind, Span } from '../../types.js';

const GROUP = `(?:${Object.keys(groupWords).join('|')})`;
const FRACTION = `(?:${Object.keys(fractionWords).filter((word) => word !== 'second').join('|')})`;
const WORD_NUMBER =
  `(?:half\\s+an?\\s+(?:million|billion|trillion|thousand)|` +
  `(?:an?\\s+)?(?:${cardinalWordPattern}|${GROUP})(?:[\\s-]+(?:and[\\s-]+)?(?:${cardinalWordPattern}|${GROUP}|a[\\s-]+half|${FRACTION}))*)`;
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
// The two scans of the whole text are caseless (../caseless.ts) and run over its lowered copy: with
// `i` and `u` together V8 takes ~8 ms to compile the first (at every start). Unlike `iu`, they do
// not read "ſix" (long s) as six.
const numberCore = caseless(
  // (\b first: every figure begins with an ASCII digit or letter after no letter or digit, so the
  // look-behind, tried at every character when it opens the pattern, is tried at word starts only)
  `\\b(?<![\\p{L}\\p{N}_'’.,])(?:(${DIGITS})([\\p{L}°²µ/]*)|((?:(?:negative|minus)\\s+)?${WORD_NUMBER})(?![\\p{L}\\p{N}_]))`,
  'gdu',
);
/** "finished third", "the twenty-first of them": an ordinal word on its own. */
const ordinalWord = caseless(`\\b(?<![\\p{L}\\p{N}_'’-])(${ordinalWordPattern})(?![\\p{L}\\p{N}_-])`, 'gdu');
/** Where the two are in what startsOf gives (../word-starts.ts), and their sticky copies. */
const firstPattern = registerPatterns([numberCore, ordinalWord]);
const stickyNumberCore = new RegExp(numberCore.source, `${numberCore.flags}y`);
const stickyOrdinalWord = new RegExp(ordinalWord.source, `${ordinalWord.flags}y`);
/** "1/2", "3/4": a fraction written with a slash, never a date's parts. */
const slashFraction = /(?<![\d/.-])(\d{1,3})\/(\d{1,3})(?![\d/.-]|\s?\d)/g;

const scaleAfter = caseless(/^\s*(million|billion|trillion|thousand|hundred)\b(?:(?:\s+and)?\s+(?:\d{1,2}\b|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?))?/.source);
const scaleValues: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3, hundred: 100 };
const vagueAmounts = /\b(tens|hundreds)\s+of\s+(thousands|millions)\b|\b(dozens|hundreds|thousands|millions|billions)\s+of\b/gi;
const vagueValues: Readonly<Record<string, number>> = {
  dozens: 24, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9,
  'tens of thousands': 10000, 'hundreds of thousands': 100000, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
};
// The patterns of words after and before a figure are caseless (../caseless.ts): they run over a
// lower-cased slice of the text.
const qualifierBefore = caseless(`(?:^|[^\\p{L}])(${approximateQualifiers.map((q) => q.replace('.', '\\.')).join('|')})\\s+$`, 'u');
/** The qualifier ending the text from `start` to `end`: "more than ", "up to ". */
const qualifierIn = (doc: Document, start: number, end: number) => qualifierBefore.exec(lowerCleanOf(doc).slice(Math.max(0, start), end));
const rangeJoin = /^\s*(?:-|–|—|to)\s*/;
const unitAfter = caseless(
  `^\\s?(${Object.keys(measureUnits).sort((a, b) => b.length - a.length).map((u) => u.replace(/[/.]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const currencyWordAfter = caseless(`^\\s+(${Object.keys(currencyWords).sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|')})\\b`);
/** The second figure of a range: "-250", " to $20 million". */
const rangeSecond = new RegExp(`^(?:US\\$|[$€£¥])?(${DIGITS}|${cardinalWordPattern})(\\s*(?:million|billion|trillion|bn|m)\\b)?`, 'i');
const changeBefore = /\b(?:increased|increases|increase|rose|rise|rises|risen|grew|grow|grows|jumped|jumps|climbed|climbs|fell|falls|fall|fallen|dropped|drops|declined|declines|decreased|decreases|slipped|slid|soared|surged|plunged|cut|raised|raises|lowered|lowers|boosted|reduced|from|by)\s+(?:\S+\s+){0,2}$/i;
const trailingQualifier = /^\s+(or\s+more|or\s+so|or\s+fewer|or\s+less|plus)\b|^(\+)(?![\d])/i;
const scoreContext = /\b(won|lost|beat|defeated|drew|draw|score|scored|trailing|leading)\s+(?:\S+\s+){0,2}$/i;
const scoreAfter = /^\s+(win|victory|defeat|loss|lead|draw|vote)\b/i;

interface Figure {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  unit: string | null;
  currency: string | null;
  approximate: string | null;
  digitsOnly: boolean;
  words: string;
}

function currencyBefore(before: string): { currency: string; length: number } | null {
  const end = before.slice(-8);
  for (const [pattern, currency] of currencyPrefixes) {
    const match = pattern.exec(end);
    if (match) return { currency, length: match[0].length };
  }
  return null;
}

/** The noun being counted, after the figure and any adjectives: "179 new aerial refueling tankers". */
function countedNoun(doc: Document, end: number): string | null {
  let index = tokenIndexFrom(doc, end);
  if (index < 0) return null;
  // "aged 55, has": no punctuation between the figure and its noun (17'' displays, [Ten] years are fine)
  if (/[,.;:!?]/.test(doc.clean.slice(end, doc.tokens[index]?.start ?? end))) return null;
  for (let seen = 0; seen < 4 && index < doc.tokens.length; seen++, index++) {
    const token = doc.tokens[index];
    if (seen > 0 && /[,.;:!?()"“”]/.test(doc.tokens[index - 1].post)) return null;
    // "two pan-democratic veteran politicians": the first part of a hyphenated modifier
    if (/^[-‐]$/.test(token.post) && /^[a-z]/.test(token.text)) continue;
    if (/^[A-Z]/.test(token.text) && !token.tags.has('Plural')) return null;
    if (token.normal === 'of' && seen === 0) continue;
    const pluralLooking = token.tags.has('Plural') || (/[^s]s$/.test(token.text) && !token.tags.has('Singular'));
    if (pluralLooking && token.tags.has('Noun') && !token.tags.has('Pronoun')) return token.normal;
    // "1,500 troops": compromise may read a plural noun after a number as a verb
    if (seen === 0 && token.tags.has('PresentTense') && /[^s]s$/.test(token.text) && /^[a-z]/.test(token.text)) return token.normal;
    if (token.tags.has('Adjective') || token.tags.has('Gerund') || (token.tags.has('Noun') && token.tags.has('Singular'))) continue;
    return null;
  }
  return null;
}

function readFigure(doc: Document, match: RegExpExecArray): Figure | null {
  const clean = doc.clean;
  let start = match.index;
  let end = start + match[0].length;
  let value: number | null;
  let kind: NumberKind = 'cardinal';
  let unit: string | null = null;
  let currency: string | null = null;
  let approximate: string | null = null;
  const digitsOnly = match[1] !== undefined;

  if (digitsOnly) {
    value = parseDigits(match[1]);
    const attached = match[2].length === 1 ? match[2] : match[2].toLowerCase();
    end = start + match[1].length;
    if (attached) {
      if (/^(st|nd|rd|th)$/.test(attached)) {
        kind = 'ordinal';
        end += attached.length;
        // "1000th of a parsec": a fraction
        if (/^\s+of\s+an?\b/i.test(clean.slice(end, end + 8)) && value !== null && value >= 100) {
          kind = 'cardinal';
          value = 1 / value;
        }
      } else if (attached in suffixMultipliers) {
        // "$3.5bn"; a bare "5m" is five metres unless money is meant (checked below)
        value = value! * suffixMultipliers[attached];
        end += attached.length;
        if (attached === 'm' || attached === 'b') kind = 'money';
      } else if (match[2].length > 1 ? attached in measureUnits : match[2] in measureUnits) {
        // "500km", "20kg"; a single capital is no unit ("3G", "4K")
        unit = measureUnits[attached.toLowerCase()];
        kind = 'quantity';
        end += attached.length;
      } else {
        // "737MAX", "4G", "3D": identifiers, not figures
        return null;
      }
    }
    if (/^[.,]\d/.test(clean.slice(end, end + 2))) return null; // "1.2.3", version numbers
  } else {
    let words = match[3];
    value = parseNumberWords(words);
    if (value === null && /^an?\s/i.test(words)) {
      words = words.replace(/^an?\s+/i, '');
      start = end - words.length;
      value = parseNumberWords(words);
    }
    // "three three" → "three", then "three": the longest run of words that is one number
    while (value === null && /\s/.test(words.trim())) {
      words = words.replace(/[\s-]+\S+\s*$/, '');
      end = start + words.length;
      value = parseNumberWords(words);
    }
    // "one of them", "no one", "the one who": a lone "one" as a pronoun is no count
    if (/^one$/i.test(words) && (/^\s+(?:of|another|who|whom|that|which|day|time|thing|way|more\s+thing)\b/i.test(clean.slice(end, end + 16)) || /\b(?:no|any|every|some|each|the|this|that|which|someone|anyone|little|only|number)\s+$/i.test(clean.slice(Math.max(0, start - 12), start)))) return null;
    // "the two companies": a small number that refers back is no figure
    if (/^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(words) && /\b(?:the|these|those|both|all)\s+$/i.test(clean.slice(Math.max(0, start - 8), start))) return null;
  }
  if (value === null || !Number.isFinite(value)) return null;

  if (kind !== 'ordinal' && digitsOnly) {
    const scale = scaleAfter.exec(lowerCleanOf(doc).slice(end, end + 40));
    if (scale) {
      // "9 hundred and twenty": the words after the scale add to it
      value = parseNumberWords(`${match[1].replace(/,/g, '')} ${scale[0]}`) ?? value * scaleValues[scale[1].toLowerCase()];
      end += scale[0].length;
    }
  }

  // "5 1/2" and "5 and a half"
  const tail = /^(?:\s+(\d)\/(\d{1,2})|[\s-]+and[\s-]+a[\s-]+half)(?![\d/])/.exec(clean.slice(end, end + 20));
  if (tail && kind === 'cardinal') {
    value += tail[1] ? +tail[1] / +tail[2] : 0.5;
    end += tail[0].length;
  }

  // Currency before: "US$40 billion", "£13 billion"
  const before = clean.slice(Math.max(0, start - 12), start);
  const prefix = currencyBefore(before);
  if (prefix) {
    currency = prefix.currency;
    start -= prefix.length;
    kind = 'money';
  } else if (kind === 'money') {
    // "5m" without a currency: five metres
    kind = 'quantity';
    value /= match[2].toLowerCase() === 'm' ? 1e6 : 1e9;
    unit = 'm';
  }
  if (start > 0 && /[-−]/.test(clean[start - 1]) && !/[\p{L}\p{N}]/u.test(clean[start - 2] ?? ' ')) {
    start -= 1;
    value = -value;
  }

  // Qualifier before: "more than 3.6 million", "up to 100,000", "between 10 and 15"
  const sliceStart = Math.max(0, start - 24);
  const qualifier = qualifierIn(doc, sliceStart, start);
  if (qualifier) {
    approximate = qualifier[1].toLowerCase();
    start = sliceStart + qualifier.index + qualifier[0].indexOf(qualifier[1]);
  }

  // Range: "200-250", "15-20%", "$12 million to $20 million", "between 10 and 15 percent"
  let join = (approximate === 'between' && /^\s+and\s+/.exec(clean.slice(end, end + 6))) || rangeJoin.exec(clean.slice(end, end + 6));
  // "rose $4.5 billion to $112.3 billion" is a change, not a range; "from 5 to 7" is one too
  if (join && /to/.test(join[0]) && changeBefore.test(clean.slice(Math.max(0, start - 30), start))) join = null;
  if (join && kind !== 'ordinal') {
    const rest = clean.slice(end + join[0].length, end + join[0].length + 40);
    const second = rangeSecond.exec(rest);
    const isScore = scoreContext.test(clean.slice(Math.max(0, start - 40), start)) || scoreAfter.test(clean.slice(end + join[0].length + (second?.[0].length ?? 0)));
    if (second && /\d/.test(second[1]) === digitsOnly && !isScore) {
      end += join[0].length + second[0].length;
      approximate = 'between';
    } else if (second && isScore) {
      return null;
    }
  }

  // After the figure: percent, a currency word, a unit of measure
  const after = clean.slice(end, end + 40);
  let percent: readonly [RegExpExecArray, string] | undefined;
  for (const [pattern, name] of percentSuffixes) {
    const found = pattern.exec(after);
    if (found) {
      percent = [found, name];
      break;
    }
  }
  const afterLower = lowerCleanOf(doc).slice(end, end + 40);
  const currencyWord = currencyWordAfter.exec(afterLower);
  const measure = unitAfter.exec(afterLower);
  if (percent && kind !== 'ordinal') {
    kind = 'percent';
    unit = percent[1];
    end += percent[0]![0].length;
  } else if (currencyWord && kind !== 'ordinal' && !/^\s+won\b/i.test(after)) {
    // "9.9 billion yuan", "$9.99 US dollars"
    currency ??= currencyWords[currencyWord[1].toLowerCase()];
    kind = 'money';
    end += currencyWord[0].length;
  } else if (measure && kind === 'cardinal' && !unit) {
    unit = measureUnits[measure[1].toLowerCase()];
    kind = 'quantity';
    end += measure[0].length;
  }

  // "killing 107 or more", "50-plus", "10,000+"
  const trailing = trailingQualifier.exec(clean.slice(end, end + 12));
  if (trailing && !approximate) {
    approximate = (trailing[1] ?? 'or more').toLowerCase().replace(/\s+/g, ' ').replace(/^(plus|\+)$/, 'or more');
    end += trailing[0].length;
  }
  return { start, end, value, kind, unit, currency, approximate, digitsOnly, words: clean.slice(start, end) };
}

/** Bare integers that are years, identifiers, times or phone numbers rather than amounts. */
function isNotAnAmount(doc: Document, figure: Figure, match: RegExpExecArray): boolean {
  const clean = doc.clean;
  const coreStart = match.index;
  const before = clean.slice(Math.max(0, coreStart - 30), coreStart);
  const after = clean.slice(figure.end, figure.end + 20);
  const plain = figure.kind === 'cardinal' && figure.unit === null;
  if (figure.digitsOnly) {
    // "COVID-19", "F-35": a name with a number; "version 10.4", "(GMT +8)"
    if (/\p{L}[-‐]$/u.test(before)) return true;
    if (/\b(?:version|v\.?|release|build|model|flight|route|no\.|number|chapter|page|room|article|section|GMT|UTC)\s*[+−-]?$/i.test(before)) return true;
    // "the 787 Dreamliner", "737-800": a model number
    const modelContext = /(?:\b[A-Z][\p{L}]*|\b(?:the|a|an|its|their|his|her|our|new|final))\s+$/u.test(before) && !qualifierIn(doc, coreStart - 30, coreStart);
    if (plain && modelContext && (/^[-–]\d{2,3}/.test(clean.slice(coreStart + match[1].length)) || /^\s+[A-Z]/.test(after)) && /^\d{3}$/.test(match[1])) return true;
    // "10:30", "3:1"
    if (/^:\d/.test(clean.slice(coreStart + match[1].length)) || /\d:$/.test(before)) return true;
    // "(202) 555-0143", "+44 20 7946 0958"
    if (/^[-.\s]\d{3,4}\b/.test(clean.slice(coreStart + match[1].length)) && /(?:\(\d{3}\)|\+\d{1,3}|\d{3})[-.\s]*$/.test(before)) return true;
    if (/\(\d{3}\)\s?$/.test(before) || /^\)?\s?\d{3}[-.]\d{4}/.test(clean.slice(coreStart + match[1].length))) return true;
    // the second half of "555-0143" or of a score: never an amount of its own
    if (/\d[-–]$/.test(before)) return true;
    // "Boeing 737", "Windows 10", "Chapter 11": a bare number right after a name
    if (plain && /[A-Z][\p{L}.]*\s$/u.test(before) && !/(?:^|[.!?]\s+)[A-Z][\p{L}]*\s$/u.test(before) && !qualifierIn(doc, coreStart - 30, coreStart)) {
      return figure.words === match[1] && !/,/.test(match[1]);
    }
    // Years: "2022" alone is never an amount
    const yearLike = /^(1[6-9]|20)\d\d$/.test(match[1]) && figure.words === match[1];
    if (yearLike && !figure.unit) return !/^\s+(?:people|men|women|children|troops|soldiers|jobs|workers|votes|cases|deaths|residents|homes|refugees|students|employees)\b/i.test(after);
  }
  return false;
}

export function findNumbers(doc: Document, dateSpans: readonly Span[]): NumberFinding[] {
  const clean = doc.clean;
  const lower = lowerCleanOf(doc);
  const dates = new SpanIndex(dateSpans);
  const findings: NumberFinding[] = [];
  const starts = startsOf(lower);
  let lastEnd = 0;
  // "tens of thousands", "millions of pilgrims": vague, at least that many
  const vaguePattern = vagueAmounts;
  vaguePattern.lastIndex = 0;
  for (let match = vaguePattern.exec(clean); match; match = vaguePattern.exec(clean)) {
    const words = (match[1] ? `${match[1]} of ${match[2]}` : match[3]).toLowerCase();
    const end = match.index + (match[1] ? match[0].length : match[3].length);
    const span = { start: match.index, end };
    if (dates.overlaps(span)) continue;
    findings.push({ ...span, text: doc.text.slice(span.start, span.end), kind: 'cardinal', value: vagueValues[words], unit: countedNoun(doc, end), currency: null, approximate: 'at least' });
  }
  // "came third", "the twenty-first": ordinal words, unless they only describe a noun ("the first time")
  const ordinals = new Matches(ordinalWord, stickyOrdinalWord, lower, starts[firstPattern + 1]);
  for (let found = ordinals.next(); found; found = ordinals.next()) {
    const match = asWritten(found, clean);
    const end = match.index + match[0].length;
    const next = tokenIndexFrom(doc, end);
    const following = next >= 0 ? doc.tokens[next] : undefined;
    if (following && /^[a-z]/.test(following.text) && (following.tags.has('Noun') || following.tags.has('Adjective')) && !/^\s*[,.;:]/.test(clean.slice(end))) continue;
    if (/^(?:second|seconds)$/i.test(match[0]) && /^\s+(?:of|later|after|before)\b/i.test(clean.slice(end, end + 10))) continue;
    const value = ordinalValue(match[0]);
    const span = { start: match.index, end };
    if (value === null || dates.overlaps(span)) continue;
    // "a millionth of a degree": a fraction, not a rank
    const fraction = /^\s+of\s+an?\b/i.test(clean.slice(end, end + 8)) && match[0].toLowerCase() in fractionWords;
    const kind = fraction ? 'cardinal' : 'ordinal';
    findings.push({ ...span, text: doc.text.slice(span.start, span.end), kind, value: fraction ? 1 / value : value, unit: null, currency: null, approximate: null });
  }
  slashFraction.lastIndex = 0;
  for (let match = slashFraction.exec(clean); match; match = slashFraction.exec(clean)) {
    const [numerator, denominator] = [+match[1], +match[2]];
    const span = { start: match.index, end: match.index + match[0].length };
    if (denominator === 0 || numerator >= denominator || dates.overlaps(span)) continue;
    findings.push({ ...span, text: doc.text.slice(span.start, span.end), kind: 'cardinal', value: numerator / denominator, unit: countedNoun(doc, span.end), currency: null, approximate: null });
  }
  const vagueSpans = new SpanIndex(findings);
  const figures = new Matches(numberCore, stickyNumberCore, lower, starts[firstPattern]);
  for (let found = figures.next(); found; found = figures.next()) {
    const match = asWritten(found, clean);
    if (match.index < lastEnd || vagueSpans.overlaps({ start: match.index, end: match.index + 1 })) continue;
    // digits inside a date ("2019" of "March 3, 2019"): a figure read from them holds them, so
    // overlaps the date and is dropped below; not read at all
    if (match[1] !== undefined && dates.overlaps({ start: match.index, end: match.index + match[1].length })) continue;
    const figure = readFigure(doc, match);
    if (!figure || isNotAnAmount(doc, figure, match)) continue;
    if (dates.overlaps(figure)) continue;
    if (figure.kind === 'cardinal' && figure.unit === null) figure.unit = countedNoun(doc, figure.end);
    findings.push({
      start: figure.start,
      end: figure.end,
      text: doc.text.slice(figure.start, figure.end),
      kind: figure.kind,
      value: figure.value,
      unit: figure.unit,
      currency: figure.currency,
      approximate: figure.approximate,
    });
    lastEnd = figure.end;
    figures.skipTo(figure.end);
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const numbers: Analyzer<NumberFinding> = {
  description: 'amounts, money, percentages and quantities as values with units and qualifiers',
  analyze(doc, context) {
    return findNumbers(doc, context.findings('dates'));
  },
};
