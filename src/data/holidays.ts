// Holidays news dates by name: "Christmas", "Thanksgiving", "Easter 2019". Fixed ones by
// month and day; movable ones by a rule (the nth weekday of a month, or relative to Easter).

export type HolidayRule =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number } // nth 1..4, or -1 for the last
  | { easterOffset: number }
  | { thanksgivingOffset: number };

/** Names as regular-expression sources (case-insensitive, apostrophes optional) → rule. */
export const holidays: ReadonlyArray<[string, HolidayRule]> = [
  ["new\\s+year['’]?s\\s+eve", { month: 12, day: 31 }],
  ["new\\s+year['’]?s(?:\\s+day)?", { month: 1, day: 1 }],
  ['christmas\\s+eve', { month: 12, day: 24 }],
  ['christmas(?:\\s+day)?', { month: 12, day: 25 }],
  ['boxing\\s+day', { month: 12, day: 26 }],
  ['halloween', { month: 10, day: 31 }],
  ["(?:saint\\s+|st\\.?\\s+)?valentine['’]?s(?:\\s+day)?", { month: 2, day: 14 }],
  ["(?:saint|st\\.?)\\s+patrick['’]?s(?:\\s+day)?", { month: 3, day: 17 }],
  ["april\\s+fool['’]?s(?:\\s+day)?", { month: 4, day: 1 }],
  ['juneteenth', { month: 6, day: 19 }],
  ['cinco\\s+de\\s+mayo', { month: 5, day: 5 }],
  ['earth\\s+day', { month: 4, day: 22 }],
  ['groundhog\\s+day', { month: 2, day: 2 }],
  ["veterans['’]?\\s+day", { month: 11, day: 11 }],
  ['remembrance\\s+day', { month: 11, day: 11 }],
  ['armistice\\s+day', { month: 11, day: 11 }],
  ['tax\\s+day', { month: 4, day: 15 }],
  ['canada\\s+day', { month: 7, day: 1 }],
  ['australia\\s+day', { month: 1, day: 26 }],
  ['bastille\\s+day', { month: 7, day: 14 }],
  ['(?:the\\s+)?fourth\\s+of\\s+july', { month: 7, day: 4 }],
  ['good\\s+friday', { easterOffset: -2 }],
  ['easter\\s+monday', { easterOffset: 1 }],
  ['easter(?:\\s+sunday)?', { easterOffset: 0 }],
  ['ash\\s+wednesday', { easterOffset: -46 }],
  ['canadian\\s+thanksgiving', { month: 10, weekday: 1, nth: 2 }],
  ['thanksgiving(?:\\s+day)?', { thanksgivingOffset: 0 }],
  ['black\\s+friday', { thanksgivingOffset: 1 }],
  ['cyber\\s+monday', { thanksgivingOffset: 4 }],
  ["memorial\\s+day", { month: 5, weekday: 1, nth: -1 }],
  ['labou?r\\s+day', { month: 9, weekday: 1, nth: 1 }],
  ["mother['’]?s\\s+day", { month: 5, weekday: 7, nth: 2 }],
  ["father['’]?s\\s+day", { month: 6, weekday: 7, nth: 3 }],
  ["(?:martin\\s+luther\\s+king(?:\\s+jr\\.?)?|mlk)(?:['’]s)?\\s+day", { month: 1, weekday: 1, nth: 3 }],
  ["presidents['’]?\\s+day", { month: 2, weekday: 1, nth: 3 }],
];
