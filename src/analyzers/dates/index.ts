// Dates: news expressions of time → TIMEX3-style values, resolved against the reference date in
// the direction the sentence's tense points.
import { formatDay, parseIsoDay, type Day } from './calendar.js';
import { dateExpressions, type Direction, type Resolved } from './expressions.js';
import { futureMarkers } from '../../data/time-words.js';
import { sentenceAt, tokenIndexFrom } from '../../spans.js';
import type { Analyzer, DateFinding, Document } from '../../types.js';

interface Candidate extends Resolved {
  start: number;
  end: number;
  priority: number;
}

const pastAuxiliaries = new Set(['was', 'were', 'had', 'did']);
/** How many tokens either side of a date its tense word may stand. */
const TENSE_WINDOW = 40;
const beForms = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'was', 'were']);
/**
 * A present-tense or tenseless sentence takes the nearer of the two: "Boeing say the first
 * flight is on June 17" (article of June 9) means this June 17. On the dev sets this beats
 * "always the past" (value F1 0.779 against 0.763 on the news dates).
 */
const PRESENT_TENSE: Direction = 'nearest';
const NO_TENSE: Direction = 'upcoming';

/**
 * The direction of the tense word nearest the date: "a Pentagon spokesman had said Tuesday" → the
 * Tuesday before; "Biden will meet allies on Tuesday" → the Tuesday after.
 */
export function tenseDirection(doc: Document, offset: number): Direction {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return 'past';
  let nearest: { distance: number; direction: Direction } | null = null;
  // A tense word governs the words around it; a bounded window keeps a run-on "sentence" linear
  const at = tokenIndexFrom(doc, offset);
  const from = Math.max(sentence.firstToken, at - TENSE_WINDOW);
  const to = Math.min(sentence.endToken, at + TENSE_WINDOW);
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    let direction: Direction | null = null;
    const next = doc.tokens[i + 1];
    // "will", "going to", "is to be held", "plans to open": intent points forward
    const intent = token.normal === 'to' && next && (next.normal === 'be' || next.tags.has('Infinitive')) && doc.tokens[i - 1]?.tags.has('Verb');
    if (futureMarkers.has(token.normal) || (token.normal === 'going' && next?.normal === 'to') || intent) {
      direction = 'future';
    } else if ((token.tags.has('PastTense') && !beForms.has(doc.tokens[i - 1]?.normal ?? '')) || pastAuxiliaries.has(token.normal)) {
      // "was held" takes its tense from "was"; "is to be held" from "is to"
      direction = 'past';
    } else if (token.tags.has('PresentTense') && token.tags.has('Verb') && !token.tags.has('Infinitive')) {
      direction = PRESENT_TENSE;
    }
    if (!direction) continue;
    const distance = Math.abs(token.start - offset);
    if (!nearest || distance < nearest.distance) nearest = { distance, direction };
  }
  return nearest?.direction ?? NO_TENSE;
}

function wordBefore(clean: string, start: number): string {
  const match = /([\p{L}\p{N}'’.-]+)[^\p{L}\p{N}]*$/u.exec(clean.slice(Math.max(0, start - 40), start));
  return match ? match[1].toLowerCase().replace(/[.'’]+$/, '') : '';
}

export function findDates(doc: Document, reference: Day | null): DateFinding[] {
  const { clean, text } = doc;
  const candidates: Candidate[] = [];
  dateExpressions.forEach((expression, priority) => {
    // compiled once per process; a scan starts from the top of each document
    const pattern = expression.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clean); match; match = pattern.exec(clean)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = match.index;
      const end = start + match[0].length;
      let direction: Direction | undefined;
      const resolved = expression.resolve(match, {
        reference,
        direction: () => (direction ??= tenseDirection(doc, start)),
        wordBefore: wordBefore(clean, start),
        charBefore: clean[start - 1] ?? '',
        textBefore: clean.slice(Math.max(0, start - 30), start),
        textAfter: clean.slice(end, end + 40),
      });
      if (resolved) candidates.push({ ...resolved, start: start + (resolved.skip ?? 0), end, priority });
    }
  });

  // The longest expression wins, then the earlier-listed one: "Friday, July 21, 2017" over "2017".
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen = chooseNonOverlapping(candidates);
  shareYearsInRanges(clean, chosen);
  anchorTimesToTheirDay(doc, chosen, reference);
  return mergeDayAndTime(clean, chosen).map(({ start, end, type, value }) => ({ start, end, text: text.slice(start, end), type, value }));
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
    if (!/^\s*(?:-|–|—|to|through|until|and)\s*$/i.test(clean.slice(first.end, second.start))) continue;
    const statedYear = /\b(\d{4})\b/.exec(clean.slice(second.start, second.end))?.[1];
    if (!statedYear || /\b\d{4}\b/.test(clean.slice(first.start, first.end))) continue;
    if (/^(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$/.test(first.value)) first.value = statedYear + first.value.slice(4);
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

export const dates: Analyzer<DateFinding> = {
  description: 'dates, times, durations and sets with TIMEX3 values',
  analyze(doc, context) {
    return findDates(doc, context.referenceDate ? parseIsoDay(context.referenceDate) : null);
  },
};
