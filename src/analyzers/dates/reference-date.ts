// The article's own date, found in its first lines: what relative dates resolve against when the
// user gives no --ref-date. Never the clock.
import { formatDay, isValidDay, type Day } from './calendar.js';
import { monthNumbers } from '../../data/time-words.js';
import type { Document } from '../../types.js';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const fullDates = [
  // "Friday, July 21, 2017", "March 01, 2008"
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`), month: 1, day: 2, year: 3 },
  // "24 March 2022"
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`), month: 2, day: 1, year: 3 },
  // "2022-03-24"
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, month: 2, day: 3, year: 1 },
];

/** "WASHINGTON, March 3 (Reuters) -": a dateline names the day; the year must come from nearby. */
const dateline = new RegExp(`^[A-Z][A-Z .'’-]+(?:,\\s*[A-Z][A-Za-z .]+)?,\\s+${MONTH}\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?`);
const publishedLine = /^\s*(published|updated|posted|last updated|first published|date)\b/i;
const LINES_LOOKED_AT = 6;
const MAX_OTHER_CHARACTERS = 40;

function dayFrom(monthText: string, dayText: string, yearText: string): Day | null {
  const month = /^\d+$/.test(monthText) ? +monthText : monthNumbers[monthText.toLowerCase().replace(/\.$/, '')];
  const day = { year: +yearText, month, day: +dayText };
  return month && isValidDay(day) ? day : null;
}

function fullDateIn(line: string): { day: Day | null; length: number } | null {
  for (const { pattern, month, day, year } of fullDates) {
    const match = pattern.exec(line);
    if (match) return { day: dayFrom(match[month], match[day], match[year]), length: match[0].length };
  }
  return null;
}

export function findReferenceDate(doc: Document): string | null {
  // Only the first lines count: read them without splitting a long article whole
  const lines: string[] = [];
  for (let at = 0; at < doc.clean.length && lines.length < LINES_LOOKED_AT; ) {
    const end = doc.clean.indexOf('\n', at);
    const line = doc.clean.slice(at, end < 0 ? doc.clean.length : end).trim();
    if (line) lines.push(line);
    at = end < 0 ? doc.clean.length : end + 1;
  }
  for (const line of lines) {
    // A date line of its own, a "Published …" line or a byline with a date: "By Jane Doe | March 3, 2022".
    // A sentence that mentions a date ("The talks began on March 3, 2019.") is not one.
    const found = fullDateIn(line);
    const mostlyDate = found && line.length - found.length <= MAX_OTHER_CHARACTERS;
    if (found?.day && (mostlyDate || publishedLine.test(line))) return formatDay(found.day);
    const datelineMatch = dateline.exec(line);
    if (datelineMatch) {
      const year = datelineMatch[3] ?? lines.map((other) => /\b(19|20)\d\d\b/.exec(other)?.[0]).find(Boolean);
      const day = year ? dayFrom(datelineMatch[1], datelineMatch[2], year) : null;
      if (day) return formatDay(day);
    }
  }
  return null;
}
