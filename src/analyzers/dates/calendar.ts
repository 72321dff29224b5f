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

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // a month of a year from 100 on, counted (no Date made: every candidate date is checked);
  // Date.UTC for the rest, which reads the years 0–99 as 1900–1999 and a month past 12 as the next year's
  if (year >= 100 && month >= 1 && month <= 12) return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : monthLengths[month - 1];
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

/**
 * Which way an underspecified date resolves: back, forward, the nearer of the two, or
 * "upcoming" — forward, but a day of the last month stays in the past ("jan 1" written on
 * January 21 is that January 1).
 */
export type Direction = 'past' | 'future' | 'nearest' | 'upcoming';

/** How far back an upcoming date may still lie. */
const UPCOMING_GRACE_DAYS = 31;

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
  return direction === 'past' ? past : direction === 'future' || direction === 'upcoming' ? future : closer(reference, past, future);
}

/** The month-day nearest the reference in the given direction, the reference day included. */
export function nearestMonthDay(reference: Day, month: number, dayOfMonth: number, direction: Direction): Day {
  const sameYear = { year: reference.year, month, day: dayOfMonth };
  const order = compareDays(sameYear, reference);
  const past = order <= 0 ? sameYear : { ...sameYear, year: reference.year - 1 };
  const future = order >= 0 ? sameYear : { ...sameYear, year: reference.year + 1 };
  if (direction === 'upcoming') return compareDays(reference, past) <= UPCOMING_GRACE_DAYS ? past : future;
  return direction === 'past' ? past : direction === 'future' ? future : closer(reference, past, future);
}

/**
 * The given day of a month nearest the reference in the given direction, the reference day
 * included ("on the 20th"); null where the months around the reference have no such day.
 */
export function nearestDayOfMonth(reference: Day, dayOfMonth: number, direction: Direction): Day | null {
  const inMonth = (shift: number) => {
    const month = addMonths({ ...reference, day: 1 }, shift);
    const day = { ...month, day: dayOfMonth };
    return isValidDay(day) ? day : null;
  };
  const here = inMonth(0);
  const past = here && compareDays(here, reference) <= 0 ? here : inMonth(-1);
  const future = here && compareDays(here, reference) >= 0 ? here : inMonth(1);
  if (direction === 'past') return past;
  if (direction === 'future' || direction === 'upcoming') return future;
  return past && future ? closer(reference, past, future) : past ?? future;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm. */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth given ISO weekday of a month; nth -1 is the last. */
export function nthWeekday(year: number, month: number, isoWeekday: number, nth: number): Day {
  if (nth < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekday(last) - isoWeekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((isoWeekday - weekday(first) + 7) % 7) + 7 * (nth - 1));
}
