// Number words and their values, shared by the numbers and dates analyzers.

export const units: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const tens: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const scales: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15, quintillion: 1e18, sextillion: 1e21,
};

/** Short multipliers written after digits: "$3.5bn", "€20m", "5k". */
export const suffixMultipliers: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
};

/** Words that stand for a count: "a trio of emergency summits", "two dozen". */
export const groupWords: Readonly<Record<string, number>> = {
  pair: 2, couple: 2, trio: 3, quartet: 4, dozen: 12, score: 20,
};

export const ordinals: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  thousandth: 1000, millionth: 1e6, billionth: 1e9,
};

/** Denominators of spelled fractions: "two-thirds", "three quarters". */
export const fractionWords: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10, hundredth: 100,
  hundredths: 100, thousandth: 1000, thousandths: 1000, millionth: 1e6, millionths: 1e6,
};

const ordinalUnits = Object.entries(ordinals).filter(([, value]) => value < 10);
/** One ordinal word or a compound one: "third", "twenty-first", "ninety ninth". */
export const ordinalWordPattern = `(?:(?:${Object.keys(tens).join('|')})[\\s-](?:${ordinalUnits.map(([word]) => word).join('|')})|${Object.keys(ordinals).sort((a, b) => b.length - a.length).join('|')}|zeroth)`;

/** The value of an ordinal word: "twenty-first" → 21. */
export function ordinalValue(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words.length === 1) return words[0] === 'zeroth' ? 0 : ordinals[words[0]] ?? null;
  const [ten, unit] = words;
  return ten in tens && unit in ordinals ? tens[ten] + ordinals[unit] : null;
}

const cardinalWords = [...Object.keys(units), ...Object.keys(tens), 'hundred', ...Object.keys(scales)];

/** One spelled cardinal word, for building patterns. */
export const cardinalWordPattern = `(?:${cardinalWords.sort((a, b) => b.length - a.length).join('|')})`;
