// Calendar words for the dates analyzer and the reference-date finder.

export const monthNumbers: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers: Monday 1 … Sunday 7. */
export const weekdayNumbers: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4,
  thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** TIMEX3 duration letters; "decade" is ten years. */
export const durationUnits: Readonly<Record<string, { letter: string; time?: boolean; factor?: number }>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D' },
  night: { letter: 'D' },
  week: { letter: 'W' },
  fortnight: { letter: 'W', factor: 2 },
  month: { letter: 'M' },
  year: { letter: 'Y' },
  decade: { letter: 'Y', factor: 10 },
  century: { letter: 'Y', factor: 100 },
};

export const seasonCodes: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const partOfDayCodes: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

/** UTC offsets of the zone abbreviations news uses: "10 a.m. EST". */
export const timeZoneOffsets: Readonly<Record<string, string>> = {
  utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00',
  mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  ist: '+05:30', jst: '+09:00',
};

/** Verbs and auxiliaries that point a bare weekday or month-day forward: "will meet on Tuesday". */
export const futureMarkers: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'won\'t', 'wo', 'gonna', 'upcoming', 'scheduled', 'planned', 'plans', 'plan',
  'expects', 'expect', 'due', 'next', 'upcoming', 'coming', 'later',
]);
