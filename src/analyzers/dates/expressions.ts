// Date expressions of news English as patterns, each with the rule that gives its TIMEX3 value.
// A pattern finds the words; `resolve` turns them into a value against the reference date, in the
// direction the sentence's tense points ("spoke on February 18" → back, "will meet Tuesday" → on).
import { caseless } from '../caseless.js';
import { parseNumberWords } from '../numbers/parse-number.js';
import { cardinalWordPattern } from '../../data/number-words.js';
import {
  durationUnits,
  monthNumbers,
  partOfDayCodes,
  seasonCodes,
  timeZoneOffsets,
  weekdayNumbers,
} from '../../data/time-words.js';
import {
  addDays,
  addMonths,
  type Day,
  type Direction,
  formatDay,
  formatMonth,
  isoWeek,
  isValidDay,
  easter,
  nthWeekday,
  compareDays,
  weekday as weekdayOfDay,
  nearestDayOfMonth,
  nearestMonthDay,
  nearestWeekday,
  parseIsoDay,
} from './calendar.js';
import type { DateType } from '../../types.js';
import { holidays, type HolidayRule } from '../../data/holidays.js';

export type { Direction };


export interface ResolveContext {
  reference: Day | null;
  /** Which way the sentence's tense points, asked only by expressions that need it. */
  direction(): Direction;
  /** The word before the match, lower-cased ("" at the start of a sentence). */
  wordBefore: string;
  /** The character right before the match ("" at the start). */
  charBefore: string;
  /** The text right before the match. */
  textBefore: string;
  /** The text right after the match. */
  textAfter: string;
}

export interface Resolved {
  type: DateType;
  value: string;
  /** Shrinks the span from the front, e.g. to drop a preposition the pattern needed. */
  skip?: number;
  /**
   * An anaphoric expression ("the next day", "the year before", "two days later") counts from the
   * date the story last named, not from the reference date: `value` is the fallback when the
   * paragraph names none.
   */
  anchor?: { unit: AnchorUnit | 'weekday'; shift: number; suffix?: string };
}

export type AnchorUnit = 'day' | 'week' | 'month' | 'year';

export interface DateExpression {
  name: string;
  /**
   * With the `g` flag. findDates tries it only where its first word stands (../word-starts.ts;
   * ../first-words.ts reads which words those are from the source): a pattern that does not start
   * with \b, or whose first word the reading cannot tell, is tried at every character, slower but
   * the same.
   */
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: ResolveContext): Resolved | null;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![a-z])';
const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\b)';
/** A two-digit year after a day and month: "3 Aug 96", "21-APR-16". */
const SHORT_YEAR = "(?:['’]?\\d\\d)(?![\\d:])";
const ORDINAL_DAY =
  '(?:(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const DAY = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])|${ORDINAL_DAY}(?![a-z]))`;
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d|[%\\d]|\\s?(?:%|per\\s?cent))";
const UNIT = '(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))';
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${cardinalWordPattern}(?:[\\s-]+(?:and[\\s-]+)?${cardinalWordPattern})*)`;
const FRACTION_TAIL = '(?:[\\s-]+and[\\s-]+a[\\s-]+half)?';
const QUALIFIER =
  '(?:more than|less than|fewer than|at least|up to|nearly|almost|about|around|roughly|approximately|some|over|under|just over|just under)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';

const lower = (text: string) => text.toLowerCase().replace(/\.$/, '');
/** "18", "18th", "eighteenth", "twenty-fourth" → 18, 18, 18, 24 */
const dayNumber = (text: string) => (/^\d/.test(text) ? parseInt(text, 10) : ordinalDays[text.toLowerCase().replace(/\s+/g, '-')] ?? NaN);
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ordinalDays: Readonly<Record<string, number>> = Object.fromEntries([
  ...ordinalWords.map((word, i) => [word, i + 1]),
  ['twentieth', 20], ['thirtieth', 30],
  ...ordinalWords.slice(0, 9).map((word, i) => [`twenty-${word}`, 21 + i]),
  ['thirty-first', 31],
]);
const monthOf = (text: string) => monthNumbers[lower(text)];
const weekdayOf = (text: string) => weekdayNumbers[lower(text)];
const isCapitalized = (text: string) => /^[A-Z]/.test(text);
/** Words that are everyday English in lower case: "may", "march", "sun", "sat", "wed". */
const lowerCaseWords = new Set(['may', 'march', 'sun', 'sat', 'wed', 'mar', 'jan', 'dec', 'mon', 'august']);
/**
 * A month or weekday name as a date: capitalized ("February 18"), or in lower case when that
 * cannot be another word ("on thursday", "feb 2 2019"; never "may" or "march").
 */
const isCalendarWord = (text: string, withNumber: boolean) =>
  isCapitalized(text) || (!lowerCaseWords.has(lower(text)) && (withNumber || lower(text).length > 3)) || (withNumber && lower(text) !== 'may' && lower(text) !== 'march');
const pad2 = (value: number) => String(value).padStart(2, '0');

/** Words after which a bare month or year is a date: "in March", "since 2019", "by May". */
const datePrepositions = new Set([
  'in', 'since', 'until', 'till', 'by', 'through', 'throughout', 'during', 'of', 'before', 'after', 'from',
  'to', 'early', 'late', 'mid', 'between', 'and', 'or', 'last', 'next', 'this', 'every', 'around', 'circa',
  'for', 'on', 'the', 'that', 'year', 'fiscal', 'as', 'at', 'than', 'spring', 'summer', 'fall', 'autumn',
  'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'within', 'over', 'into', 'season', 'ending', 'end',
]);

/** Words that make the next one belong to someone: "his last day", "their past year". */
const ownerWords = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'whose', 'a', 'an', 'one', "one's"]);
/** Words before "next two weeks" that make it a span, not a point: "over next two weeks". */
const spanPrepositions = new Set(['over', 'for', 'during', 'in', 'within', 'of', 'throughout', 'through', 'by']);
const anchorUnits = new Set(['day', 'week', 'month', 'year']);

/** Words before a number that make it a count when a plural noun follows: "of 1709 schoolchildren". */
const countLeads = new Set(['of', 'than', 'about', 'some', 'nearly', 'almost', 'around', 'approximately', 'roughly', 'over', 'least', 'only', 'just', 'all', 'those', 'these', 'estimated']);

/** Months that are also everyday words or first names: "May" the modal, "March" the verb. */
const ambiguousMonths = new Set(['may', 'march', 'april', 'june', 'august']);

function unitLetter(unitWord: string, count: number): string | null {
  const unit = durationUnits[unitWord.toLowerCase().replace(/ie$/, 'y')];
  if (!unit) return null;
  const amount = count * (unit.factor ?? 1);
  const number = Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
  return `P${unit.time ? 'T' : ''}${number}${unit.letter}`;
}

function countOf(words: string): number | null {
  const text = words.toLowerCase().trim();
  if (text === 'a' || text === 'an' || text === 'one') return 1;
  if (/^(a )?few$|^several$|^many$|^a couple( of)?$/.test(text)) return NaN;
  return parseNumberWords(text);
}

function monthDayValue(month: number, day: number, year: number | null, context: ResolveContext): string | null {
  if (year !== null) return isValidDay({ year, month, day }) ? formatDay({ year, month, day }) : null;
  if (!isValidDay({ year: 2000, month, day })) return null;
  if (!context.reference) return `XXXX-${pad2(month)}-${pad2(day)}`;
  return formatDay(nearestMonthDay(context.reference, month, day, context.direction()));
}

/**
 * "last Friday" is the Friday of the week before, "next Wednesday" (and "this coming", "upcoming")
 * the Wednesday of the week after, as chrono and compromise read them; "this Saturday" the coming
 * one; "this past Friday" the latest one; a bare weekday follows the tense.
 */
function weekdayValue(weekday: number, modifier: string, context: ResolveContext): string {
  const reference = context.reference;
  if (!reference) return `XXXX-WXX-${weekday}`;
  const weekStart = addDays(reference, 1 - weekdayOfDay(reference));
  switch (modifier) {
    case 'last':
    case 'last-week':
      return formatDay(addDays(weekStart, weekday - 1 - 7));
    case 'next':
    case 'coming':
    case 'upcoming':
    case 'this coming':
    case 'this upcoming':
    case 'next-week':
      return formatDay(addDays(weekStart, weekday - 1 + 7));
    case 'this-week':
      return formatDay(addDays(weekStart, weekday - 1));
    case 'this':
      return formatDay(nearestWeekday(reference, weekday, 'future'));
    case 'past':
    case 'this past':
      return formatDay(nearestWeekday(addDays(reference, -1), weekday, 'past'));
    default:
      return formatDay(nearestWeekday(reference, weekday, context.direction()));
  }
}

/** "345 BC", "88 AD": a year of an era, which "88" alone never is. */
const ERA_YEAR = '(\\d{1,4})\\s*(BCE|BC|B\\.C\\.|CE|AD|A\\.D\\.)(?![A-Za-z])';

/** A day of a year given with its era: ISO 8601's expanded years for BC ("-000345-08-10"). */
function eraDay(yearText: string, era: string, month: number, dayOfMonth: number): Resolved | null {
  const bc = /^B/i.test(era);
  const day = { year: bc ? 1 - +yearText : +yearText, month, day: dayOfMonth };
  if (day.year === 0 && !bc) return null;
  if (!isValidDay(day)) return null;
  const value = bc ? `-${String(+yearText).padStart(6, '0')}-${pad2(month)}-${pad2(dayOfMonth)}` : formatDay(day);
  return { type: 'date', value };
}

/** A clock reading on a day; seconds only when they are not zero, as TIMEX writes them. */
function clockOn(day: Day, hour: string, minute: string, second?: string): Resolved | null {
  if (+hour > 23 || +minute > 59 || (second !== undefined && +second > 59)) return null;
  const seconds = second && second !== '00' ? `:${second}` : '';
  return { type: 'time', value: `${formatDay(day)}T${pad2(+hour)}:${minute}${seconds}` };
}

/** "96" → 1996, "16" → 2016: two-digit years pivot at 50. */
function fullYear(text: string): number {
  const digits = text.replace(/^['’]/, '');
  if (digits.length === 4) return +digits;
  return +digits >= 50 ? 1900 + +digits : 2000 + +digits;
}

function monthValue(month: number, modifier: string, context: ResolveContext): string {
  const reference = context.reference;
  if (!reference) return `XXXX-${pad2(month)}`;
  let year = reference.year;
  let direction = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : context.direction();
  if (direction === 'upcoming') direction = 'future';
  const distanceBack = (reference.month - month + 12) % 12;
  // "will publish revised figures for January" (in March) is this January, not next year's
  if (direction === 'nearest' || (direction === 'future' && !modifier && distanceBack >= 1 && distanceBack <= 2)) {
    direction = distanceBack <= 6 ? 'past' : 'future';
  }
  if (direction === 'past' && (month > reference.month || (modifier === 'last' && month === reference.month))) year--;
  if (direction === 'future' && (month < reference.month || (modifier === 'next' && month === reference.month))) year++;
  return formatMonth(year, month);
}

/** "last week" → the week before the reference's, at the unit's own granularity. */
function shiftedUnitValue(unit: string, shift: number, reference: Day | null): string | null {
  switch (unit) {
    case 'day':
      return reference ? formatDay(addDays(reference, shift)) : 'XXXX-XX-XX';
    case 'week':
      return reference ? isoWeek(addDays(reference, 7 * shift)) : 'XXXX-WXX';
    case 'weekend':
      return reference ? `${isoWeek(addDays(reference, 7 * shift))}-WE` : 'XXXX-WXX-WE';
    case 'month': {
      if (!reference) return 'XXXX-XX';
      const month = addMonths({ ...reference, day: 1 }, shift);
      return formatMonth(month.year, month.month);
    }
    case 'quarter': {
      if (!reference) return 'XXXX-QX';
      const index = reference.year * 4 + Math.floor((reference.month - 1) / 3) + shift;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return reference ? String(reference.year + shift) : 'XXXX';
    case 'decade':
      return reference ? String(Math.floor(reference.year / 10) + shift).padStart(3, '0') : 'XXX';
    case 'century':
      return reference ? String(Math.floor(reference.year / 100) + shift).padStart(2, '0') : 'XX';
    default:
      return null;
  }
}

const modifierShift: Readonly<Record<string, number>> = {
  last: -1, previous: -1, past: -1, 'this past': -1, this: 0, current: 0, next: 1, coming: 1,
};

const decadeWords: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const centuryOrdinals: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/**
 * The patterns written with `re` are of case-insensitive English, compiled without the `i` flag
 * for the text with ASCII letters lowered (../caseless.ts: all of them compile in 9 ms instead of
 * 23 ms, at every start); with the `d` flag, findDates reads each group back from the text as
 * written.
 */
export const lowerCasePatterns = new WeakSet<RegExp>();
const re = (source: string) => {
  const pattern = caseless(source, 'gd');
  lowerCasePatterns.add(pattern);
  return pattern;
};

function holidayIn(rule: HolidayRule, year: number): Day {
  if ('day' in rule) return { year, month: rule.month, day: rule.day };
  if ('nth' in rule) return nthWeekday(year, rule.month, rule.weekday, rule.nth);
  if ('easterOffset' in rule) return addDays(easter(year), rule.easterOffset);
  return addDays(nthWeekday(year, 11, 4, 4), rule.thanksgivingOffset);
}

/** The holiday's date in the stated year, else the one the tense points to around the reference. */
function holidayValue(rule: HolidayRule, statedYear: number | null, context: Pick<ResolveContext, 'reference' | 'direction'>): string {
  if (statedYear !== null) return formatDay(holidayIn(rule, statedYear));
  const reference = context.reference;
  if (!reference) return 'day' in rule ? `XXXX-${pad2(rule.month)}-${pad2(rule.day)}` : 'XXXX-XX-XX';
  const thisYear = holidayIn(rule, reference.year);
  const order = compareDays(thisYear, reference);
  const direction = context.direction();
  if (direction === 'past' && order > 0) return formatDay(holidayIn(rule, reference.year - 1));
  if (direction === 'future' && order < 0) return formatDay(holidayIn(rule, reference.year + 1));
  return formatDay(thisYear);
}

const holidayPattern = holidays.map(([source]) => `(${source})`).join('|');

/** In priority order: where two expressions cover the same words, the longer and then the earlier wins. */
export const dateExpressions: DateExpression[] = [
  {
    // "Thu Oct 26 11:00:09 2023": the C library's clock, in mail headers and logs
    name: 'ctime',
    pattern: re(`\\b${WEEKDAY}\\s+(${MONTH})\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s+(${YEAR})\\b`),
    resolve(match) {
      const day = { year: +match[6], month: monthOf(match[1]), day: +match[2] };
      return isValidDay(day) ? clockOn(day, match[3], match[4], match[5]) : null;
    },
  },
  {
    // "Friday, July 21, 2017", "February 18", "Feb. 18, 2022"
    name: 'month-day',
    pattern: re(`\\b(?:(${WEEKDAY}),?\\s+)?(${MONTH})(?:\\s+|[/-]|,\\s*)(?:the\\s+)?(${DAY})(?:(?:,?\\s+|[/-])(${YEAR})|(?:,?\\s+|\\/)(${SHORT_YEAR}(?![\\s-]*(?:${UNIT}|[ap]\\.?m|%)))|,?\\s+${ERA_YEAR})?`),
    resolve(match, context) {
      // ("jan 5-10" is a run of days, not January 5, 2010: no two-digit year after a hyphen)
      if (match[6]) return isCalendarWord(match[2], true) ? eraDay(match[6], match[7], monthOf(match[2]), dayNumber(match[3])) : null;
      // "may 2", "march 22nd": lower-case "may" and "march" only where nothing but a date can follow
      const clearlyDate = Boolean(match[4] || match[5]) || /\d(?:st|nd|rd|th)$|[a-z]$/i.test(match[3]) || /^\s*(?:$|[.,;:!?)]|at\b|\d)/.test(context.textAfter);
      if (!isCalendarWord(match[2], true) && !(clearlyDate && /^(may|march)$/.test(lower(match[2])))) return null;
      const year = match[4] ?? match[5];
      const value = monthDayValue(monthOf(match[2]), dayNumber(match[3]), year ? fullYear(year) : null, context);
      return value ? { type: 'date', value } : null;
    },
  },
  {
    // "18 February 2022", "the 3rd of March"
    name: 'day-month',
    pattern: re(`\\b(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of\\s+|\\s*[/-]\\s*|\\s*)(${MONTH})(?:(?:,?\\s+|[/-])(?:${ERA_YEAR}|(${YEAR})(?::(\\d{2}):(\\d{2})(?::(\\d{2}))?(?![\\d:]))?|(${SHORT_YEAR})(?![\\s-]*(?:${UNIT}|[ap]\\.?m|%))))?`),
    resolve(match, context) {
      // "2 march 2016", "the 2nd of march": a day number before it makes "march" a month
      if (!isCalendarWord(match[3], true) && !/^(may|march)$/.test(lower(match[3]))) return null;
      const [month, dayOfMonth] = [monthOf(match[3]), dayNumber(match[2])];
      if (match[4]) return eraDay(match[4], match[5], month, dayOfMonth);
      const year = match[6] ?? match[10];
      const value = monthDayValue(month, dayOfMonth, year ? fullYear(year) : null, context);
      // "06/Nov/2023:06:36:02", the web server's log clock
      if (value && match[7]) return clockOn(parseIsoDay(value)!, match[7], match[8], match[9]);
      return value ? { type: 'date', value } : null;
    },
  },
  {
    // "March 2022", "mid-June 2019"
    name: 'month-year',
    pattern: re(`\\b(?:(early|mid|late)[\\s-]+)?(${MONTH})(?:,?\\s+(?:of\\s+)?|-)(${YEAR})|\\b(${YEAR})\\s+(${MONTH})(?!\\s+\\d)`),
    resolve(match) {
      const monthWord = match[2] ?? match[5];
      if (!isCalendarWord(monthWord, true)) return null;
      return { type: 'date', value: formatMonth(+(match[3] ?? match[4]), monthOf(monthWord)) };
    },
  },
  {
    // "2014-04-18", "2022-03-24T10:00"
    name: 'iso',
    pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?![\d-])/g,
    resolve(match) {
      let [month, dayOfMonth] = [+match[3], +match[4]];
      if (month > 12) [month, dayOfMonth] = [dayOfMonth, month];
      const day = { year: +match[1], month, day: dayOfMonth };
      if (!isValidDay(day)) return null;
      const seconds = match[7] && match[7] !== '00' ? `:${match[7]}` : '';
      if (match[5]) return { type: 'time', value: `${formatDay(day)}T${match[5]}:${match[6]}${seconds}` };
      return { type: 'date', value: formatDay(day) };
    },
  },
  {
    // "2018 March 18"
    name: 'year-month-day',
    pattern: re(`\\b(${YEAR})\\s+(${MONTH})\\s+(${DAY})`),
    resolve(match) {
      if (!isCalendarWord(match[2], true)) return null;
      const day = { year: +match[1], month: monthOf(match[2]), day: dayNumber(match[3]) };
      return isValidDay(day) ? { type: 'date', value: formatDay(day) } : null;
    },
  },
  {
    // "6/10/2018" (US order; a first number above 12 must be the day)
    name: 'numeric',
    // "05/31/2024 14:15", "05/31/2024.14:15": a clock after the year makes it a time
    pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:[T.:-]|,?\s)(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:]))?(?![\d/.-]\d)/g,
    resolve(match) {
      let month = +match[1];
      let dayOfMonth = +match[3];
      if (month > 12) [month, dayOfMonth] = [dayOfMonth, month];
      // "7/8/07": a two-digit year only with slashes, never "3-1-2" or "1.2.3"
      if (match[4].length === 2 && match[2] !== '/') return null;
      const day = { year: fullYear(match[4]), month, day: dayOfMonth };
      if (!isValidDay(day)) return null;
      return match[5] ? clockOn(day, match[5], match[6], match[7]) : { type: 'date', value: formatDay(day) };
    },
  },
  {
    // "in March", "last December", "early May"; never "May" the modal or "March" the verb
    name: 'month',
    pattern: re(`\\b(?:(last|next|this|early|late|mid)[\\s-]+)?(${MONTH})`),
    resolve(match, context) {
      if (!isCalendarWord(match[2], false) || lower(match[2]).length <= 4 && !isCapitalized(match[2])) return null;
      const month = lower(match[2]);
      const modifier = (match[1] ?? '').toLowerCase();
      if (!modifier) {
        if (!datePrepositions.has(context.wordBefore)) return null;
        // "April Ryan", "May Day": a capitalized word after it makes it a name
        if (ambiguousMonths.has(month) && /^\s+[A-Z]/.test(context.textAfter)) return null;
      }
      return { type: 'date', value: monthValue(monthOf(match[2]), modifier, context) };
    },
  },
  {
    // "Tuesday", "last Friday", "Thursday morning"
    name: 'weekday',
    pattern: re(`\\b(?:(this\\s+past|this\\s+coming|this\\s+upcoming|last|next|this|coming|upcoming|past|following)\\s+)?(${WEEKDAY})(?:\\s+(${PART_OF_DAY}))?(?:\\s+of\\s+(next|last|this)\\s+week)?`),
    resolve(match, context) {
      // "next mon", "on sat": a short lower-case weekday needs a word that makes it one
      const introduced = Boolean(match[1] || match[4]) || context.wordBefore === 'on';
      if (!isCalendarWord(match[2], false) && !(introduced && lower(match[2]) in weekdayNumbers)) return null;
      let modifier = (match[4] ? `${match[4]}-week` : (match[1] ?? '')).toLowerCase().replace(/\s+/g, ' ');
      // "I went back the next Tuesday", "the following Monday": the one after the story's date
      const anaphoric = (modifier === 'next' || modifier === 'following') && /\bthe\s+$/i.test(context.textBefore);
      if (modifier === 'following' && !anaphoric) return null;
      if (anaphoric) modifier = 'this';
      const value = weekdayValue(weekdayOf(match[2]), modifier, context);
      const part = match[3] ? `T${partOfDayCodes[match[3].toLowerCase()]}` : '';
      const anchor = anaphoric ? { anchor: { unit: 'weekday' as const, shift: weekdayOf(match[2]), suffix: part } } : {};
      return { type: 'date', value: value + part, ...anchor };
    },
  },
  {
    // "the 1990s", "the mid-1980s", "the '90s", "the sixties"
    name: 'decade',
    pattern: re(`\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(1[5-9]\\d|20\\d)0s|['’](\\d)0s|(${Object.keys(decadeWords).join('|')}))\\b`),
    resolve(match, context) {
      if (match[1]) return { type: 'date', value: match[1] };
      if (match[2]) {
        const digit = +match[2];
        const century = context.reference ? Math.floor(context.reference.year / 100) : 19;
        const decade = century * 10 + digit;
        return { type: 'date', value: String(decade > (context.reference?.year ?? 2099) / 10 ? decade - 10 : decade) };
      }
      if (!/^the\s/i.test(match[0])) return null;
      return { type: 'date', value: `19${decadeWords[match[3].toLowerCase()]}` };
    },
  },
  {
    // "the 20th century", "the twenty-first century"
    name: 'century',
    pattern: re(`\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century\\b|\\bthe\\s+(${Object.keys(centuryOrdinals).join('|')})\\s+century\\b`),
    resolve(match) {
      const number = match[1] ? +match[1] : centuryOrdinals[match[2].toLowerCase()];
      return { type: 'date', value: String(number - 1).padStart(2, '0') };
    },
  },
  {
    // "in 2017", "since 1998", "the 2018 World Cup"
    name: 'year',
    pattern: re(`\\b(?:(early|mid|late)[\\s-]+)?(${YEAR})(?!['’]?s\\b|-\\d)`),
    resolve(match, context) {
      const before = context.wordBefore;
      if (/[$€£¥#№]/.test(context.charBefore)) return null;
      if (/^(no|number|model|version|v|boeing|airbus|flight|route|room|page|chapter|article|section|rule|resolution|item|code|pin)$/.test(before)) return null;
      // "2,400 people" has its own comma; "2000 people" is a count, not a year
      if (/^[\s-]+years?[\s-]+old\b/i.test(context.textAfter)) return null;
      // "a survey of 1709 schoolchildren", "some 1500 soldiers": a count before a plural noun
      if (countLeads.has(before) && (+match[2] < 1900 || before !== 'of') && /^\s+[a-z]+(?:s|children|people|men|women)\b/.test(context.textAfter) && !/^\s+(?:was|is|has|does|saw)\b/.test(context.textAfter)) return null;
      if (/^\s+(people|men|women|children|troops|soldiers|jobs|workers|units|cars|tons|tonnes|km|miles|feet|meters|metres|euros|dollars|pounds|yen|votes|times|hours|days|cases|deaths|members|employees|residents|homes|refugees|students)\b/i.test(context.textAfter)) return null;
      return { type: 'date', value: match[2] };
    },
  },
  {
    // "today", "yesterday morning", "tonight", "the day before yesterday"
    name: 'relative-day',
    pattern: re(`\\b(?:(the\\s+day\\s+(?:before|after)\\s+)?(today|tonight|yesterday|tomorrow)(?:\\s+(${PART_OF_DAY}))?|(this|last)\\s+(${PART_OF_DAY}))\\b`),
    resolve(match, context) {
      const word = (match[2] ?? '').toLowerCase();
      let shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      if (match[1]) shift += /before/i.test(match[1]) ? -1 : 1;
      let part = match[3] ?? (word === 'tonight' ? 'night' : match[5]);
      if (match[4]?.toLowerCase() === 'last') {
        // "last night" is the night before; "last evening" too
        shift = -1;
      }
      const day = context.reference ? formatDay(addDays(context.reference, shift)) : 'XXXX-XX-XX';
      part = part?.toLowerCase();
      return { type: 'date', value: part ? `${day}T${partOfDayCodes[part]}` : day };
    },
  },
  {
    // "the past 30 days", "the last two years", "the next three months": spans of time
    name: 'past-n-units',
    pattern: re(`\\bthe\\s+(?:past|last|next|coming|previous|first|final|following)\\s+(${NUMBER}${FRACTION_TAIL}|few|several|many)\\s+(${UNIT})s?\\b`),
    resolve(match) {
      const count = countOf(match[1]);
      if (count === null) return null;
      const unit = match[2].toLowerCase();
      const value = Number.isNaN(count) ? unitLetter(unit, 1)!.replace(/[\d.]+/, 'X') : unitLetter(unit, count);
      return value ? { type: 'duration', value } : null;
    },
  },
  {
    // "the past month" → P1M; "last week" → 2022-W11; "this summer" → 2022-SU; "next year" → 2023;
    // "next day" → the day after; "the following year" → the year after the one the story names
    name: 'relative-unit',
    pattern: re(`\\b(the\\s+)?(this\\s+past|last|this|next|coming|past|previous|current|following)\\s+(day|week|weekend|month|quarter|year|decade|century|${SEASON})\\b`),
    resolve(match, context) {
      const modifier = match[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = match[3].toLowerCase();
      const shift = modifier === 'following' ? 1 : modifierShift[modifier];
      const the = Boolean(match[1]);
      // "his last day", "the last day of the festival": a day of something, not yesterday
      if (unit === 'day' && (/^\s+of\b/i.test(context.textAfter) || modifier === 'this' || modifier === 'current' || (!the && ownerWords.has(context.wordBefore)))) return null;
      if (the && (modifier === 'past' || modifier === 'last') && unit in durationUnits) {
        return unit === 'day' ? null : { type: 'duration', value: unitLetter(unit, 1)! };
      }
      // "the following year", "the previous day", "the next day": counted from the story's date
      if (the && ['following', 'previous', 'next'].includes(modifier) && anchorUnits.has(unit)) {
        const value = shiftedUnitValue(unit, shift, context.reference);
        return value ? { type: 'date', value, anchor: { unit: unit as AnchorUnit, shift } } : null;
      }
      // "profits in the last quarter": the quarter before the reference's, a calendar unit
      if (the && unit === 'quarter' && ['last', 'past', 'previous'].includes(modifier)) return { type: 'date', value: shiftedUnitValue(unit, -1, context.reference)! };
      if (the && !['coming', 'current', 'this past'].includes(modifier)) return null;
      if (!the && modifier === 'following') return null;
      if (unit in seasonCodes) {
        const reference = context.reference;
        const year = reference ? reference.year + (shift < 0 ? -1 : shift > 0 ? 1 : 0) : null;
        // A season of this year that has not come yet ("last summer" in March) is last year's.
        let adjusted = year;
        if (reference && shift < 0 && seasonStartMonth(unit) < reference.month) adjusted = reference.year;
        if (reference && shift > 0 && seasonStartMonth(unit) > reference.month) adjusted = reference.year;
        return { type: 'date', value: `${adjusted ?? 'XXXX'}-${seasonCodes[unit]}` };
      }
      // "past week" alone is last week; "his past year" is no date
      if (modifier === 'past' && ownerWords.has(context.wordBefore)) return null;
      // "was a guest at the fair this weekend", written on a Tuesday: the weekend just gone
      const reference = context.reference;
      if (unit === 'weekend' && modifier === 'this' && reference && weekdayOfDay(reference) <= 4 && context.direction() === 'past') {
        return { type: 'date', value: shiftedUnitValue(unit, -1, reference)! };
      }
      const value = shiftedUnitValue(unit, shift, reference);
      return value ? { type: 'date', value } : null;
    },
  },
  {
    // "due on the 6th", "on the 20th.": a day of the month the reference is in, or of the one the
    // tense points to
    name: 'day-of-month',
    pattern: re('\\bon\\s+the\\s+([12]?\\d|3[01])(st|nd|rd|th)\\b'),
    resolve(match, context) {
      // "on the 20th floor", "on the 20th of March" (day-month), "on the 3rd day"
      if (!/^\s*(?:$|[.,;:!?)]|at\b|and\b|or\b|\d)/i.test(context.textAfter)) return null;
      const day = +match[1];
      if (day < 1) return null;
      const skip = match[0].search(/the/i);
      const reference = context.reference;
      if (!reference) return { type: 'date', value: `XXXX-XX-${pad2(day)}`, skip };
      const pick = nearestDayOfMonth(reference, day, context.direction());
      return pick ? { type: 'date', value: formatDay(pick), skip } : null;
    },
  },
  {
    // "by the end of the year", "the beginning of next month", "by year end": the unit itself, as
    // TimeML values them (the part of it is a modifier the value does not carry)
    name: 'part-of-unit',
    pattern: re(`\\b(?:(?:the\\s+)?(?:very\\s+)?(?:beginning|start|end|middle|close)\\s+of\\s+(the|this|next|last)\\s+(week|month|quarter|year)|(year|month)[\\s-]end)\\b`),
    resolve(match, context) {
      if (match[3] && !/\b(?:by|at|before|until|till|from|after|of)\s+$/i.test(context.textBefore)) return null;
      const unit = (match[2] ?? match[3]).toLowerCase();
      const shift = match[1] ? modifierShift[match[1].toLowerCase()] ?? 0 : 0;
      const value = shiftedUnitValue(unit, shift, context.reference);
      return value ? { type: 'date', value } : null;
    },
  },
  {
    // "ran throughout the weekend" → the weekend before; "will open over the weekend" → the next
    name: 'the-weekend',
    pattern: re('\\bthe\\s+weekend\\b'),
    resolve(match, context) {
      const reference = context.reference;
      if (!reference) return { type: 'date', value: 'XXXX-WXX-WE' };
      if (/^\s+(?:of|before|after|when)\b/i.test(context.textAfter)) return null;
      const day = weekdayOfDay(reference);
      let direction = context.direction();
      if (direction === 'nearest') direction = day >= 6 || day <= 3 ? 'past' : 'future';
      // ISO weeks end on Sunday: on a weekday the weekend of the reference's week is the coming one
      const shift = direction === 'past' && day < 6 ? -1 : 0;
      return { type: 'date', value: shiftedUnitValue('weekend', shift, reference)! };
    },
  },
  {
    // "the day before", "the year after", "that day", "the same year": the story's date, shifted
    name: 'anaphoric',
    pattern: re(`\\b(?:the\\s+(day|week|month|year)\\s+(before|after|earlier|later)|(?:that|the\\s+same)\\s+(day|week|month|year))\\b`),
    resolve(match, context) {
      // "the day before the vote" counts from an event, not from a date
      if (match[1] && /^\s+(?:the|a|an|his|her|their|its|yesterday|[A-Z\d])/.test(context.textAfter)) return null;
      // "that day care", "the same day-to-day": only a whole phrase
      if (/^[-\w]/.test(context.textAfter)) return null;
      const unit = (match[1] ?? match[3]).toLowerCase() as AnchorUnit;
      const shift = match[2] ? (/before|earlier/i.test(match[2]) ? -1 : 1) : 0;
      const value = shiftedUnitValue(unit, shift, context.reference);
      return value ? { type: 'date', value, anchor: { unit, shift } } : null;
    },
  },
  {
    // "next 2 weeks", "last two years" without "the": the point that many units away
    name: 'n-units-away',
    pattern: re(`\\b(next|last|past)\\s+(${NUMBER})\\s+(day|week|month|quarter|year)s?\\b`),
    resolve(match, context) {
      if (ownerWords.has(context.wordBefore) || spanPrepositions.has(context.wordBefore) || context.wordBefore === 'the') return null;
      const count = countOf(match[2]);
      if (count === null || Number.isNaN(count) || !Number.isInteger(count)) return null;
      const value = shiftedUnitValue(match[3].toLowerCase(), match[1].toLowerCase() === 'next' ? count : -count, context.reference);
      return value ? { type: 'date', value } : null;
    },
  },
  {
    // "three weeks ago", "a decade ago"
    name: 'ago',
    pattern: re(`\\b(?:${QUALIFIER}\\s+)?(${NUMBER}${FRACTION_TAIL}|an?|a few|several)\\s+(${UNIT})s?\\s+ago\\b`),
    resolve(match, context) {
      const count = countOf(match[1]);
      if (count === null || Number.isNaN(count)) return { type: 'date', value: 'PAST_REF' };
      let unit = match[2].toLowerCase().replace(/ie$/, 'y');
      let amount = count;
      if (unit === 'decade') [unit, amount] = ['year', count * 10];
      if (unit === 'century') [unit, amount] = ['year', count * 100];
      if (unit === 'night') unit = 'day';
      if (!Number.isInteger(amount) || ['hour', 'minute', 'second', 'fortnight'].includes(unit)) {
        return context.reference && unit !== 'fortnight' ? { type: 'date', value: formatDay(context.reference) } : null;
      }
      const value = shiftedUnitValue(unit, -amount, context.reference);
      return value ? { type: 'date', value } : null;
    },
  },
  {
    // "in five days", "two months from now", "2 days later": a point in time, not a span
    name: 'offset',
    pattern: re(`\\b(?:(in|within)\\s+)?(${NUMBER}|an?)\\s+(${UNIT})s?\\s*(from\\s+(?:now|today)|later|earlier|hence)?\\b`),
    resolve(match, context) {
      if (!match[1] && !match[4]) return null;
      if (match[1]?.toLowerCase() === 'within') return null;
      const count = countOf(match[2]);
      if (count === null || Number.isNaN(count) || !Number.isInteger(count)) return null;
      let unit = match[3].toLowerCase().replace(/ie$/, 'y');
      let amount = count;
      if (unit === 'decade') [unit, amount] = ['year', count * 10];
      if (unit === 'night') unit = 'day';
      if (['hour', 'minute', 'second', 'fortnight', 'century'].includes(unit)) return null;
      const relation = match[4]?.toLowerCase();
      if (relation === 'earlier') amount = -amount;
      const value = shiftedUnitValue(unit, amount, context.reference);
      if (!value) return null;
      // "two days later", "a year earlier": counted from the date the story last named
      if ((relation === 'later' || relation === 'earlier') && anchorUnits.has(unit) && !/^\s+than\b/i.test(context.textAfter)) return { type: 'date', value, anchor: { unit: unit as AnchorUnit, shift: amount } };
      return { type: 'date', value };
    },
  },
  {
    // "more than three weeks", "two-and-a-half years", "12-hour", "18 months"
    name: 'duration',
    pattern: re(`\\b(?:${QUALIFIER}\\s+)?(${NUMBER}${FRACTION_TAIL}|a\\s+few|several|a\\s+couple\\s+of)[\\s-]+(${UNIT})s?\\b`),
    resolve(match, context) {
      const count = countOf(match[1]);
      if (count === null) return null;
      // "World Cup 2018 day five": a year before a unit word counts nothing
      if (/^(1[6-9]|20)\d\d$/.test(match[1]) && !/s$/i.test(match[0])) return null;
      // "1st of 3 summits" and "5 a day" are not durations; "a day" needs a lead word (below)
      // "a 14-year-old boy", "19 year old", "a 2000 year old tradition": an age, not a span of time
      if (/^[\s-]*(?:old|older)\b/i.test(context.textAfter)) return null;
      if (/\b(?:age\s+of|aged|ages)\s+(?:\d+\s*(?:-|–|to)\s*)?$/i.test(context.textBefore)) return null;
      const unit = match[2].toLowerCase();
      const value = Number.isNaN(count) ? `P${unit in { second: 1, minute: 1, hour: 1 } ? 'T' : ''}X${durationUnits[unit.replace(/ie$/, 'y')].letter}` : unitLetter(unit, count);
      return value ? { type: 'duration', value } : null;
    },
  },
  {
    // "for months", "over the years", "in recent weeks", "a decades-long dispute": a span of
    // unstated length (decades in years, as MEANTIME writes them)
    name: 'vague-duration',
    pattern: re('\\b(?:(for|in\\s+recent|over\\s+the(?:\\s+past|\\s+last)?)\\s+(years|months|weeks|days|hours|decades)(?![\\w-])|(years|months|weeks|days|hours|decades)-long)\\b'),
    resolve(match, context) {
      // "for years to come" is still a span; "for days of the week" is not
      if (/^\s+of\b/i.test(context.textAfter)) return null;
      const unit = (match[2] ?? match[3]).toLowerCase().replace(/s$/, '');
      const letter = unit === 'decade' ? 'Y' : durationUnits[unit].letter;
      const time = unit === 'hour' ? 'T' : '';
      // "for months": the span is the unit word; "over the years" keeps its words, as TimeML does
      const skip = match[1] && /^for$/i.test(match[1]) ? match[1].length + 1 : 0;
      return { type: 'duration', value: `P${time}X${letter}`, skip };
    },
  },
  {
    // "for a year", "in a week", "about an hour"
    name: 'a-unit',
    pattern: re(`\\b(?:(for|in|within|after|about|nearly|almost|over|than|only|just|lasting|least|some)\\s+)(an?\\s+(?:${UNIT}))(?:\\s+and\\s+a\\s+half)?\\b`),
    resolve(match) {
      const half = /half$/i.test(match[0]);
      const unit = /\s(\w+?)$/.exec(match[2])![1].toLowerCase();
      const value = unitLetter(unit, half ? 1.5 : 1);
      const lead = match[1].toLowerCase();
      // "about a year" keeps its qualifier in the span; "for a year" does not keep "for".
      const keepsLead = ['about', 'nearly', 'almost', 'over', 'some', 'just', 'only'].includes(lead);
      return value ? { type: 'duration', value, skip: keepsLead ? 0 : match[1].length + 1 } : null;
    },
  },
  {
    // "15 a year", "twice a week", "every Tuesday", "annually"
    name: 'set',
    pattern: re(`\\b(?:(every|each)\\s+(?:(other)\\s+)?(${UNIT}|${WEEKDAY}|${SEASON})|(annually|yearly|biannually))\\b`),
    resolve(match, context) {
      // "people's every day lives": "everyday" written as two words
      if (/^every\s+day$/i.test(match[0]) && /(?:['’]s|\b(?:his|her|their|our|my|your|its))\s+$/i.test(context.textBefore)) return null;
      if (match[4]) return { type: 'set', value: match[4].toLowerCase() === 'biannually' ? 'P6M' : 'P1Y' };
      const word = match[3];
      const weekday = weekdayOf(word);
      if (weekday) return { type: 'set', value: `XXXX-WXX-${weekday}` };
      const season = seasonCodes[word.toLowerCase()];
      if (season) return { type: 'set', value: `XXXX-${season}` };
      const value = unitLetter(word, match[2] ? 2 : 1);
      return value ? { type: 'set', value } : null;
    },
  },
  {
    // "at a rate of 15 a year", "twice a week", "three times per day"
    name: 'rate',
    // (no look-behind: one with \\s+ would scan a run of spaces back from every position)
    pattern: re(`\\b((?:\\d+|once|twice|times|${cardinalWordPattern})\\s{1,3})(?:a|an|per)\\s{1,3}(${UNIT})\\b`),
    resolve(match) {
      const value = unitLetter(match[2], 1);
      return value ? { type: 'set', value, skip: match[1].length } : null;
    },
  },
  {
    // "10 a.m.", "3:30 p.m. EST", "18:00 UTC"
    name: 'time',
    pattern: re(`\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)(?:\\s+(${Object.keys(timeZoneOffsets).join('|')})\\b)?|\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*(${Object.keys(timeZoneOffsets).join('|')}|hours|hrs)\\b|(?=\\s*(?:on|,)?\\s*(?:\\d|${MONTH}|${WEEKDAY}|today|tomorrow|yesterday))|(?<=(?:at|by|until|from|to|before|after)\\s+\\d{1,2}:\\d{2})|(?<=(?:${MONTH}|\\d{4}|\\d(?:st|nd|rd|th)?)[,\\s]+\\d{1,2}:\\d{2}))|\\b(\\d{1,2})\\.(\\d{2})\\s*(GMT|BST|UTC|CET)\\b|\\b(noon|midday|midnight)\\b`),
    resolve(match, context) {
      if (match[8]) {
        // "11.40 GMT": the British clock with a dot
        const zone = timeZoneOffsets[match[10].toLowerCase()] ?? '';
        const hour = +match[8];
        if (hour > 23 || +match[9] > 59) return null;
        const day = context.reference ? formatDay(context.reference) : 'XXXX-XX-XX';
        return { type: 'time', value: `${day}T${pad2(hour)}:${match[9]}${zone}` };
      }
      if (match[11]) {
        const word = match[11].toLowerCase();
        // "The deadline is midnight": the one ending today; "at midnight" alone or in the past: today's start
        const day = context.reference ? formatDay(word === 'midnight' && context.direction() === 'nearest' ? addDays(context.reference, 1) : context.reference) : 'XXXX-XX-XX';
        return { type: 'time', value: `${day}T${word === 'midnight' ? '00' : '12'}:00` };
      }
      let hour = +(match[1] ?? match[5]);
      const minute = match[2] ?? match[6] ?? '00';
      const meridiem = match[3]?.toLowerCase();
      if (meridiem) {
        if (hour < 1 || hour > 12) return null;
        if (meridiem.startsWith('p') && hour !== 12) hour += 12;
        if (meridiem.startsWith('a') && hour === 12) hour = 0;
      }
      if (hour > 23 || +minute > 59) return null;
      const zoneWord = (match[4] ?? match[7] ?? '').toLowerCase();
      const zone = timeZoneOffsets[zoneWord] ?? '';
      const day = context.reference ? formatDay(context.reference) : 'XXXX-XX-XX';
      return { type: 'time', value: `${day}T${pad2(hour)}:${minute}${zone}` };
    },
  },
  {
    // "recently" → PAST_REF, "currently" → PRESENT_REF, "in the future" → FUTURE_REF
    name: 'reference',
    pattern: re(`\\b(recently|currently|nowadays|at present|(?:in\\s+)?the\\s+(?:near\\s+|distant\\s+)?future|in\\s+the\\s+past)\\b`),
    resolve(match) {
      const word = match[1].toLowerCase();
      if (word === 'recently' || /past$/.test(word)) return { type: 'date', value: 'PAST_REF' };
      if (/future$/.test(word)) return { type: 'date', value: 'FUTURE_REF' };
      return { type: 'date', value: 'PRESENT_REF' };
    },
  },
  {
    // "spring 2020", "the summer of 2019", "this fall" is relative-unit above
    name: 'season-year',
    pattern: re(`\\b(?:the\\s+)?(${SEASON})\\s+(?:of\\s+)?(${YEAR})`),
    resolve(match) {
      return { type: 'date', value: `${match[2]}-${seasonCodes[match[1].toLowerCase()]}` };
    },
  },
  {
    // "Christmas", "Thanksgiving", "Easter 2019", "New Year's Eve"
    name: 'holiday',
    pattern: re(`\\b(?:this\\s+|last\\s+|next\\s+)?(?:${holidayPattern})(?:,?\\s+(${YEAR}))?(?![A-Za-z])`),
    resolve(match, context) {
      const index = match.slice(1, holidays.length + 1).findIndex((group) => group !== undefined);
      if (index < 0) return null;
      // "illustrator Johnnie Christmas": after a first name it is a surname
      if (/[A-Z][a-z]+\s+$/.test(context.textBefore) && !/(?:^|[.!?]\s+)[A-Z][a-z]+\s+$/.test(context.textBefore) && !/^(?:On|In|At|By|Since|Until|Before|After|Over|During|For|This|Last|Next|Happy|Merry)\s+$/.test(/[A-Z][a-z]+\s+$/.exec(context.textBefore)![0])) return null;
      const stated = match[holidays.length + 1];
      const modifier = /^(this|last|next)\s/i.exec(match[0])?.[1].toLowerCase();
      const direction = modifier === 'last' ? 'past' : modifier ? 'future' : undefined;
      const value = holidayValue(holidays[index][1], stated ? +stated : null, direction ? { reference: context.reference, direction: () => direction } : context);
      return { type: 'date', value };
    },
  },
  {
    // "the first quarter", "Q3 2021", "the fourth quarter of 2020"
    name: 'quarter',
    pattern: re(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+(?:of\\s+)?(${YEAR}))?\\b|\\bQ([1-4])\\s+(${YEAR})\\b`),
    resolve(match, context) {
      const quarter = match[3] ? +match[3] : ['first', 'second', 'third', 'fourth'].indexOf(match[1].toLowerCase().replace(/^(\d)\w+$/, (_, d) => ['first', 'second', 'third', 'fourth'][+d - 1])) + 1;
      const year = match[2] ?? match[4] ?? (context.reference ? String(context.reference.year) : 'XXXX');
      return { type: 'date', value: `${year}-Q${quarter}` };
    },
  },
];

function seasonStartMonth(season: string): number {
  return { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 }[season] ?? 1;
}
