// Dates: news expressions of time → TIMEX3-style values, resolved against the reference date in
// the direction the sentence's tense points.
import { parseIsoDay, type Day } from './calendar.js';
import { dateExpressions, type Direction, type Resolved } from './expressions.js';
import { futureMarkers } from '../../data/time-words.js';
import { sentenceAt } from '../../spans.js';
import type { Analyzer, DateFinding, Document } from '../../types.js';

interface Candidate extends Resolved {
  start: number;
  end: number;
  priority: number;
}

const pastAuxiliaries = new Set(['was', 'were', 'had', 'did']);
/**
 * A present-tense or tenseless sentence takes the nearer of the two: "Boeing say the first
 * flight is on June 17" (article of June 9) means this June 17. On the dev sets this beats
 * "always the past" (value F1 0.779 against 0.763 on the news dates).
 */
const PRESENT_TENSE: Direction = 'nearest';
const NO_TENSE: Direction = 'nearest';

/**
 * The direction of the tense word nearest the date: "a Pentagon spokesman had said Tuesday" → the
 * Tuesday before; "Biden will meet allies on Tuesday" → the Tuesday after.
 */
export function tenseDirection(doc: Document, offset: number): Direction {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return 'past';
  let nearest: { distance: number; direction: Direction } | null = null;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = doc.tokens[i];
    let direction: Direction | null = null;
    if (futureMarkers.has(token.normal) || (token.normal === 'going' && doc.tokens[i + 1]?.normal === 'to')) {
      direction = 'future';
    } else if (token.tags.has('PastTense') || pastAuxiliaries.has(token.normal)) {
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
    const pattern = new RegExp(expression.pattern.source, expression.pattern.flags);
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
        textAfter: clean.slice(end, end + 40),
      });
      if (resolved) candidates.push({ ...resolved, start: start + (resolved.skip ?? 0), end, priority });
    }
  });

  // The longest expression wins, then the earlier-listed one: "Friday, July 21, 2017" over "2017".
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    chosen.push(candidate);
  }
  return chosen.map(({ start, end, type, value }) => {
    // Trailing abbreviation dots stay only when the pattern took them ("Feb."); a sentence's
    // full stop never ends a span because patterns end on words.
    return { start, end, text: text.slice(start, end), type, value };
  });
}

export const dates: Analyzer<DateFinding> = {
  description: 'dates, times, durations and sets with TIMEX3 values',
  analyze(doc, context) {
    return findDates(doc, context.referenceDate ? parseIsoDay(context.referenceDate) : null);
  },
};
