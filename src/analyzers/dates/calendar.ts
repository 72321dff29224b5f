// Calendar arithmetic on plain {year, month, day} values, in UTC only: the machine's clock and
// timezone never enter a value.

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function parseIsoDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = { year: +match[1], month: +match[2], day: +match[3] };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay({ year, month, day }: Day): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

function toEpochDays({ year, month, day }: Day): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function fromEpochDays(days: number): Day {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, count: number): Day {
  return fromEpochDays(toEpochDays(day) + count);
}

export function compareDays(a: Day, b: Day): number {
  return toEpochDays(a) - toEpochDays(b);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  return ((((toEpochDays(day) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week, e.g. 2022-W12. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day));
  const firstOfYear = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toEpochDays(thursday) - toEpochDays(firstOfYear)) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** Adds months, keeping the day within the target month. */
export function addMonths(day: Day, count: number): Day {
  const index = day.year * 12 + (day.month - 1) + count;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

export type Direction = 'past' | 'future' | 'nearest';

/** Of two candidates either side of the reference, the closer one; a tie goes to the past. */
function closer(reference: Day, past: Day, future: Day): Day {
  return compareDays(reference, past) <= compareDays(future, reference) ? past : future;
}

/**
 * The given weekday nearest the reference in the given direction, the reference itself included:
 * "Pentagon on Thursday alleged…" in an article of Thursday 2022-03-24 is that very day.
 */
export function nearestWeekday(reference: Day, isoWeekday: number, direction: Direction): Day {
  const difference = isoWeekday - weekday(reference);
  const past = addDays(reference, difference > 0 ? difference - 7 : difference);
  const future = addDays(reference, difference < 0 ? difference + 7 : difference);
  return direction === 'past' ? past : direction === 'future' ? future : closer(reference, past, future);
}

/** The month-day nearest the reference in the given direction, the reference day included. */
export function nearestMonthDay(reference: Day, month: number, dayOfMonth: number, direction: Direction): Day {
  const sameYear = { year: reference.year, month, day: dayOfMonth };
  const order = compareDays(sameYear, reference);
  const past = order <= 0 ? sameYear : { ...sameYear, year: reference.year - 1 };
  const future = order >= 0 ? sameYear : { ...sameYear, year: reference.year + 1 };
  return direction === 'past' ? past : direction === 'future' ? future : closer(reference, past, future);
}
