// Dates: news expressions of time → TIMEX3-style values, resolved against the reference date in
// the direction the sentence's tense points.
import { addDays, addMonths, compareDays, formatDay, formatMonth, isoWeek, parseIsoDay, weekday, type Day } from './calendar.js';
import { asWritten, lowerCleanOf } from '../caseless.js';
import { dateExpressions, lowerCasePatterns, type Direction, type Resolved, type ResolveContext } from './expressions.js';
import { Matches, registerPatterns, startsOf } from '../word-starts.js';
import { futureMarkers } from '../../data/time-words.js';
import { firstStartingFrom, sentenceAt, tokenIndexFrom } from '../../spans.js';
import type { Analyzer, DateFinding, Document, Token } from '../../types.js';

interface Candidate extends Resolved {
  start: number;
  end: number;
  priority: number;
}

const pastAuxiliaries = new Set(['was', 'were', 'had', 'did']);
/**
 * "one million times", "in messages", "the talks": after a number, a preposition, a determiner or
 * an adjective an -s word is a plural noun, whatever the lexicon's first guess.
 */
const nounContext = (before: Token | undefined) =>
  Boolean(before && ['Value', 'Preposition', 'Determiner', 'Adjective', 'Possessive'].some((tag) => before.tags.has(tag)) && !before.tags.has('Pronoun'));

/** "-ing" forms that announce a plan: "is planning to visit on Tuesday" (but not "willing to"). */
const intentGerunds = new Set(['planning', 'hoping', 'aiming', 'preparing', 'expecting', 'going', 'scheduling', 'intending']);
/** How many tokens either side of a date its tense word may stand. */
const TENSE_WINDOW = 40;
const beForms = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'was', 'were']);
/**
 * A present-tense or tenseless sentence takes the nearer of the two: "Boeing say the first
 * flight is on June 17" (article of June 9) means this June 17. On the dev sets this beats
 * "always the past" (value F1 0.779 against 0.763 on the news dates).
 */
const PRESENT_TENSE: Direction = 'nearest';
/**
 * A sentence without a tense word: in an article (a caption, a list item, "shortly after opening
 * Friday") it reports what happened, so the past, as the "ambiguous news defaults to the
 * past" asks; a phrase on its own (the whole input is one sentence: "friday", "nov 1", a form
 * field) means the coming one, as scheduling tools and compromise-dates read it.
 */
const NO_TENSE_IN_ARTICLE: Direction = 'past';
const NO_TENSE_ALONE: Direction = 'upcoming';

/**
 * The direction of the tense word nearest the date: "a Pentagon spokesman had said Tuesday" → the
 * Tuesday before; "Biden will meet allies on Tuesday" → the Tuesday after.
 */
export function tenseDirection(doc: Document, offset: number, end = offset): Direction {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return 'past';
  let nearest: { distance: number; direction: Direction } | null = null;
  // A tense word governs the words around it; a bounded window keeps a run-on "sentence" linear
  const at = tokenIndexFrom(doc, offset);
  const from = Math.max(sentence.firstToken, at - TENSE_WINDOW);
  const to = Math.min(sentence.endToken, at + TENSE_WINDOW);
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    // the date's own words are no tense: "on sat" is Saturday, not the past of "sit"
    if (token.start >= offset && token.start < end) continue;
    let direction: Direction | null = null;
    const next = doc.tokens[i + 1];
    // "will", "going to", "is to be held", "plans to open": intent points forward
    const intent =
      token.normal === 'to' &&
      next &&
      (((next.normal === 'be' || next.tags.has('Infinitive')) && doc.tokens[i - 1]?.tags.has('Verb') && (!doc.tokens[i - 1].tags.has('Gerund') || intentGerunds.has(doc.tokens[i - 1].normal))) ||
        // "another special event to be held on October 12"
        (next.normal === 'be' && doc.tokens[i + 2]?.tags.has('PastTense')));
    if (futureMarkers.has(token.normal) || (token.normal === 'going' && next?.normal === 'to') || intent) {
      direction = 'future';
    } else if ((token.tags.has('PastTense') && !beForms.has(doc.tokens[i - 1]?.normal ?? '')) || pastAuxiliaries.has(token.normal)) {
      // "was held" takes its tense from "was"; "is to be held" from "is to"
      direction = 'past';
    } else if (token.tags.has('PresentTense') && token.tags.has('Verb') && !token.tags.has('Infinitive') && !token.tags.has('Gerund') && !nounContext(doc.tokens[i - 1])) {
      // ("was willing to skip class Thursday": an -ing form takes its tense from its auxiliary)
      direction = PRESENT_TENSE;
    }
    if (!direction) continue;
    const distance = Math.abs(token.start - offset);
    if (!nearest || distance < nearest.distance) nearest = { distance, direction };
  }
  return nearest?.direction ?? (doc.sentences.length > 1 ? NO_TENSE_IN_ARTICLE : NO_TENSE_ALONE);
}

const isAsciiLetterOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
/** ' ’ . - : what a word may hold besides letters and digits. */
const isWordMark = (code: number) => code === 39 || code === 0x2019 || code === 46 || code === 45;

/**
 * The word before `start` (within 40 characters), lower-cased, without a final full stop or
 * apostrophe: the run of letters, digits and ' ’ . - that holds the last letter or digit (with
 * none, the first run of those marks). Text of ASCII and ’ is read character by character; any
 * other character leaves it to the pattern.
 */
function wordBefore(clean: string, start: number): string {
  const from = Math.max(0, start - 40);
  let last = start - 1;
  for (; last >= from; last--) {
    const code = clean.charCodeAt(last);
    if (code >= 128 && code !== 0x2019) return wordBeforeByPattern(clean, start);
    if (isAsciiLetterOrDigit(code)) break;
  }
  if (last < from) {
    // no letter or digit: the first run of marks ("-" before "2020"), as the pattern takes it
    let first = from;
    while (first < start && !isWordMark(clean.charCodeAt(first))) first++;
    let end = first;
    while (end < start && isWordMark(clean.charCodeAt(end))) end++;
    return trimWordEnd(clean.slice(first, end));
  }
  let first = last;
  for (; first > from; first--) {
    const code = clean.charCodeAt(first - 1);
    if (code >= 128 && code !== 0x2019) return wordBeforeByPattern(clean, start);
    if (!isAsciiLetterOrDigit(code) && !isWordMark(code)) break;
  }
  let end = last + 1;
  while (end < start && isWordMark(clean.charCodeAt(end))) end++;
  return trimWordEnd(clean.slice(first, end).toLowerCase());
}

function wordBeforeByPattern(clean: string, start: number): string {
  const match = /([\p{L}\p{N}'’.-]+)[^\p{L}\p{N}]*$/u.exec(clean.slice(Math.max(0, start - 40), start));
  return match ? trimWordEnd(match[1].toLowerCase()) : '';
}

const trimWordEnd = (word: string) => word.replace(/[.'’]+$/, '');

/** Where the expressions' starts are in what startsOf gives (../word-starts.ts). */
const firstExpression = registerPatterns(dateExpressions.map(({ pattern }) => pattern));
const stickyPatterns = dateExpressions.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags}y`));
/** Which expressions run over the lowered text. */
const caselessExpression = dateExpressions.map((expression) => lowerCasePatterns.has(expression.pattern));

/** (for tests) */
export { wordBefore, wordBeforeByPattern };

/**
 * What an expression's resolve may ask about its match, each part found when first asked (most ask
 * for one or two). A class, so that its getters live on one prototype: an object literal with a
 * getter, made for every match, was built by V8's slow path.
 */
class MatchContext implements ResolveContext {
  private tense: Direction | undefined;
  private before: string | undefined;

  constructor(
    private readonly doc: Document,
    readonly reference: Day | null,
    private readonly start: number,
    private readonly end: number,
  ) {}

  direction(): Direction {
    return (this.tense ??= tenseDirection(this.doc, this.start, this.end));
  }

  get wordBefore(): string {
    return (this.before ??= wordBefore(this.doc.clean, this.start));
  }

  get charBefore(): string {
    return this.doc.clean[this.start - 1] ?? '';
  }

  get textBefore(): string {
    return this.doc.clean.slice(Math.max(0, this.start - 30), this.start);
  }

  get textAfter(): string {
    return this.doc.clean.slice(this.end, this.end + 40);
  }
}

export function findDates(doc: Document, reference: Day | null): DateFinding[] {
  const { clean, text } = doc;
  const candidates: Candidate[] = [];
  const lower = lowerCleanOf(doc);
  const starts = startsOf(lower);
  /** Takes a match of an expression as a candidate. */
  const take = (found: RegExpExecArray, priority: number) => {
    if (found[0].length === 0) return;
    const match = caselessExpression[priority] ? asWritten(found, clean) : found;
    const start = match.index;
    const end = start + match[0].length;
    const resolved = dateExpressions[priority].resolve(match, new MatchContext(doc, reference, start, end));
    // written out, not spread: one shape for every candidate (the spread was ~3% of all analysis time)
    if (resolved) candidates.push({ type: resolved.type, value: resolved.value, anchor: resolved.anchor, start: start + (resolved.skip ?? 0), end, priority });
  };
  for (let priority = 0; priority < dateExpressions.length; priority++) {
    const at = starts[firstExpression + priority];
    // (no cursor made for an expression no word of the text can begin)
    if (at !== null && at.length === 0) continue;
    // each tried only where a match can begin (../word-starts.ts)
    const matches = new Matches(dateExpressions[priority].pattern, stickyPatterns[priority], caselessExpression[priority] ? lower : clean, at);
    for (let found = matches.next(); found; found = matches.next()) take(found, priority);
  }

  // The longest expression wins, then the earlier-listed one: "Friday, July 21, 2017" over "2017".
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen = splitDayRuns(clean, chooseNonOverlapping(candidates));
  shareYearsInRanges(clean, chosen);
  orderRanges(doc, chosen, reference);
  resolveAnaphora(doc, chosen);
  anchorTimesToTheirDay(doc, chosen, reference);
  return mergeDayAndTime(clean, mergeRelativeYears(clean, chosen)).map(({ start, end, type, value }) => ({ start, end, text: text.slice(start, end), type, value }));
}

/**
 * Takes candidates in the order given, skipping any that overlaps one already taken. The taken
 * ones are kept sorted by start, so each check is a binary search: linear-logarithmic, not
 * quadratic, on a text with a date in every line.
 */
function chooseNonOverlapping(candidates: Candidate[]): Candidate[] {
  const taken: Candidate[] = [];
  for (const candidate of candidates) {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (taken[middle].start < candidate.start) low = middle + 1;
      else high = middle;
    }
    const before = taken[low - 1];
    const after = taken[low];
    if ((before && before.end > candidate.start) || (after && after.start < candidate.end)) continue;
    taken.splice(low, 0, candidate);
  }
  return taken;
}

/**
 * "January 23 - March 9 2014", "from November 20 to December 11, 2015": the first date of a range
 * takes the year the second one states.
 */
function shareYearsInRanges(clean: string, found: Candidate[]) {
  for (let i = 0; i + 1 < found.length; i++) {
    const [first, second] = [found[i], found[i + 1]];
    if (!rangeGap.test(clean.slice(first.end, second.start))) continue;
    const statedYear = /\b(\d{4})\b/.exec(clean.slice(second.start, second.end))?.[1];
    if (!statedYear || /\b\d{4}\b/.test(clean.slice(first.start, first.end))) continue;
    if (/^(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$/.test(first.value)) first.value = statedYear + first.value.slice(4);
  }
}

/** What stands between the two dates of a range: "January 23 - March 9", "from May 1 to June 3". */
const rangeGap = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i;
const monthDayValue = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/;
/** "March 3-5", "from March 3 to 5": a second day number after a month-day. */
const secondDay = /^(\s*(?:-|–|—|to|through|until|and)\s*)(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|[ap]\.?m\b|per\s?cent|[/-]\d))/i;
/** "3-5 March", "3 and 4 March": a first day number before a day-month. */
const firstDay = /\b(\d{1,2})(?:st|nd|rd|th)?(\s*(?:-|–|—|to|and)\s*)$/i;
const statedYearAfter = /^,?\s+(\d{4})\b/;

/**
 * A run of days is two dates: "March 3-5" → March 3 and March 5, "3-5 March" → March 3 and 5;
 * a year after the run ("March 3-5, 2019") belongs to both and is not a date of its own.
 */
function splitDayRuns(clean: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const date = found[i];
    const parts = date.type === 'date' ? monthDayValue.exec(date.value) : null;
    const text = clean.slice(date.start, date.end);
    if (!parts || /\d{4}/.test(text)) {
      out.push(date);
      continue;
    }
    const [, year, month, day] = parts;
    const valid = (other: number) => other >= 1 && other <= 31;
    const after = /^[A-Za-z]/.test(text) ? secondDay.exec(clean.slice(date.end, date.end + 24)) : null;
    const before = /^\d/.test(text) ? firstDay.exec(clean.slice(Math.max(0, date.start - 12), date.start)) : null;
    const next = found[i + 1];
    if (after && valid(+after[2]) && +after[2] > +day) {
      const start = date.end + after[1].length;
      let end = start + after[0].length - after[1].length;
      if (next && next.start < end) {
        out.push(date);
        continue;
      }
      const second: Candidate = { ...date, start, end, value: `${year}-${month}-${after[2].padStart(2, '0')}`, anchor: undefined };
      // "March 3-5, 2019": the year is the run's
      const stated = statedYearAfter.exec(clean.slice(end, end + 8));
      if (stated && next && next.start === end + stated[0].length - 4 && next.value === stated[1]) {
        end = next.end;
        second.end = end;
        date.value = `${stated[1]}-${month}-${day}`;
        second.value = `${stated[1]}-${month}-${after[2].padStart(2, '0')}`;
        i++;
      }
      out.push(date, second);
    } else if (before && valid(+before[1]) && +before[1] < +day) {
      const start = date.start - before[0].length;
      const previous = out[out.length - 1];
      if (!previous || previous.end <= start) out.push({ ...date, start, end: start + before[0].length - before[2].length, value: `${year}-${month}-${before[1].padStart(2, '0')}` });
      out.push(date);
    } else out.push(date);
  }
  return out;
}

/** How far back an anaphoric expression looks for the date it counts from, in characters and in dates. */
const ANCHOR_WINDOW = 600;
const ANCHOR_LOOKBACK = 12;
/** The part of a date's value an anchor of each unit needs: a year, a month, else a day. */
const anchorValue = (unit: string) => (unit === 'year' ? /^(\d{4})(?!\d)/ : unit === 'month' ? /^(\d{4})-(\d{2})(?![\d-]*W)/ : /^(\d{4})-(\d{2})-(\d{2})/);

/**
 * "The polls closed on Sunday … results came the next day", "elected in 2010, he resigned the
 * following year": an anaphoric date counts from the latest date the paragraph names at its
 * granularity; the reference date only when there is none.
 */
function resolveAnaphora(doc: Document, found: Candidate[]) {
  const paragraphOf = (offset: number) => firstStartingFrom(doc.paragraphs, offset + 1) - 1;
  for (let i = 0; i < found.length; i++) {
    const { anchor } = found[i];
    if (!anchor) continue;
    const paragraph = paragraphOf(found[i].start);
    // (bounded: a run of dates that are no anchor — "for two days", a thousand times — stays linear)
    for (let j = i - 1; j >= 0 && i - j <= ANCHOR_LOOKBACK; j--) {
      if (found[i].start - found[j].end > ANCHOR_WINDOW || paragraphOf(found[j].start) !== paragraph) break;
      const parts = anchorValue(anchor.unit).exec(found[j].value);
      if (!parts) continue;
      const [year, month, day] = [+parts[1], +(parts[2] ?? 1), +(parts[3] ?? 1)];
      if (anchor.unit === 'year') found[i].value = String(year + anchor.shift).padStart(4, '0');
      else if (anchor.unit === 'month') {
        const shifted = addMonths({ year, month, day: 1 }, anchor.shift);
        found[i].value = formatMonth(shifted.year, shifted.month);
      } else if (anchor.unit === 'week') found[i].value = isoWeek(addDays({ year, month, day }, 7 * anchor.shift));
      else if (anchor.unit === 'weekday') {
        // "the next Tuesday": the first one after the day the story names (shift is the weekday)
        const from = { year, month, day };
        found[i].value = formatDay(addDays(from, ((anchor.shift - weekday(from) + 6) % 7) + 1)) + (anchor.suffix ?? '');
      }
      else found[i].value = formatDay(addDays({ year, month, day }, anchor.shift));
      break;
    }
  }
}


/**
 * A range runs forward: "is to run from January 23 through March 9" (written January 28) is
 * 2014-01-23 to 2014-03-09, "from November 20 to December 11" (written in May) is this year's.
 * When two month-days the text gives no year resolve out of order, the one that fits the tense
 * and lies nearest the reference is kept: the end a year later or the start a year earlier.
 */
function orderRanges(doc: Document, found: Candidate[], reference: Day | null) {
  if (!reference) return;
  const { clean } = doc;
  for (let i = 0; i + 1 < found.length; i++) {
    const [first, second] = [found[i], found[i + 1]];
    if (!rangeGap.test(clean.slice(first.end, second.start))) continue;
    const [start, end] = [parseIsoDay(first.value), parseIsoDay(second.value)];
    if (!start || !end || compareDays(start, end) <= 0 || /\d{4}/.test(clean.slice(first.start, second.end))) continue;
    const laterEnd = { start, end: { ...end, year: end.year + 1 } };
    const earlierStart = { start: { ...start, year: start.year - 1 }, end };
    const direction = tenseDirection(doc, first.start, first.end);
    const fits = (range: { start: Day; end: Day }) =>
      direction === 'past' ? compareDays(range.start, reference) <= 0 : direction === 'future' ? compareDays(range.end, reference) >= 0 : true;
    const distance = (range: { start: Day; end: Day }) =>
      compareDays(range.start, reference) > 0 ? compareDays(range.start, reference) : compareDays(range.end, reference) < 0 ? compareDays(reference, range.end) : 0;
    const options = [laterEnd, earlierStart].filter(fits);
    const best = (options.length ? options : [laterEnd, earlierStart]).sort((x, y) => distance(x) - distance(y))[0];
    first.value = formatDay(best.start);
    second.value = formatDay(best.end);
  }
}

/** "the first flight Tuesday in Everett at 18:00 UTC": a clock time takes the day its sentence names. */
function anchorTimesToTheirDay(doc: Document, found: Candidate[], reference: Day | null) {
  for (let i = 1; i < found.length; i++) {
    const time = found[i];
    if (time.type !== 'time') continue;
    const day = found[i - 1];
    if (day.type !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(day.value)) continue;
    if (sentenceAt(doc, day.start) !== sentenceAt(doc, time.start)) continue;
    const stated = reference ? formatDay(reference) : 'XXXX-XX-XX';
    if (time.value.startsWith(`${stated}T`)) time.value = day.value + time.value.slice(stated.length);
  }
}

/** "November 10 next year", "March 3 of last year", "June 1 in two years": the day of that year. */
function mergeRelativeYears(clean: string, found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const [day, year] = [found[i], found[i + 1]];
    const parts = day.type === 'date' ? monthDayValue.exec(day.value) : null;
    if (parts && year && /^\d{4}$/.test(year.value) && /^\s+(?:of\s+)?$/.test(clean.slice(day.end, year.start)) && !/\d{4}/.test(clean.slice(day.start, day.end))) {
      if (/^(?:(?:next|last)\s+year|in\s+(?:a|an|one|two|three|four|five|\d+)\s+years?)$/i.test(clean.slice(year.start, year.end))) {
        merged.push({ ...day, end: year.end, value: `${year.value}-${parts[2]}-${parts[3]}` });
        i++;
        continue;
      }
    }
    merged.push(day);
  }
  return merged;
}

const dayValue = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/;
const clockValue = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?$/;
const dayTimeGap = /^\s*(?:at|@|,|on|∙|-|–)?\s*$/i;

/** "Tuesday at 10 a.m.", "5 May 12:00", "8:23 AM, Jul 9": a day and a clock time are one time. */
function mergeDayAndTime(clean: string, found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const current = found[i];
    const next = found[i + 1];
    if (next && dayTimeGap.test(clean.slice(current.end, next.start))) {
      const [day, time] = current.type === 'date' && next.type === 'time' ? [current, next] : current.type === 'time' && next.type === 'date' ? [next, current] : [null, null];
      const clock = time ? clockValue.exec(time.value) : null;
      if (day && clock && dayValue.test(day.value)) {
        merged.push({ ...current, end: next.end, type: 'time', value: `${day.value}${clock[0]}` });
        i++;
        continue;
      }
    }
    merged.push(current);
  }
  return merged;
}

/** The reference date as a day, read once for a batch that shares it. */
let lastReference: { text: string; day: Day | null } = { text: '', day: null };
function referenceDay(text: string): Day | null {
  if (lastReference.text !== text) {
    const day = parseIsoDay(text);
    lastReference = { text, day: day && Object.freeze(day) };
  }
  return lastReference.day;
}

export const dates: Analyzer<DateFinding> = {
  description: 'dates, times, durations and sets with TIMEX3 values',
  analyze(doc, context) {
    return findDates(doc, context.referenceDate ? referenceDay(context.referenceDate) : null);
  },
};
