import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseNumberWords } from '../../src/analyzers/numbers/parse-number.js';

type Expected = Partial<{ text: string; kind: string; value: number; unit: string | null; currency: string | null; approximate: string | null }>;
const numbersOf = (text: string) => analyze(text, { analyzers: ['numbers'], referenceDate: '2022-03-24' }).numbers!;

describe('numbers: values, units, currencies and qualifiers', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The US will accept up to 100,000 refugees.', [{ text: 'up to 100,000', kind: 'cardinal', value: 100000, unit: 'refugees', approximate: 'up to' }]],
    ['More than 3.6 million people have fled.', [{ text: 'More than 3.6 million', value: 3600000, unit: 'people', approximate: 'more than' }]],
    ['a $5 billion contract', [{ text: '$5 billion', kind: 'money', value: 5e9, currency: 'USD' }]],
    ['Airbus won a $3.5bn order.', [{ text: '$3.5bn', kind: 'money', value: 3.5e9, currency: 'USD' }]],
    ['a US$40 billion (GB £20.1 billion) deal', [{ text: 'US$40 billion', currency: 'USD', value: 4e10 }, { text: 'GB £20.1 billion', currency: 'GBP', value: 2.01e10 }]],
    ['a fine of €20m', [{ text: '€20m', kind: 'money', value: 2e7, currency: 'EUR' }]],
    ['9.9 billion yuan in revenue', [{ text: '9.9 billion yuan', kind: 'money', value: 9.9e9, currency: 'CNY' }]],
    ['Prices rose 12%.', [{ text: '12%', kind: 'percent', value: 12, unit: 'percent' }]],
    ['Prices rose 12 per cent.', [{ text: '12 per cent', kind: 'percent', value: 12 }]],
    ['a gap of 3 percentage points', [{ text: '3 percentage points', kind: 'percent', value: 3, unit: 'percentage points' }]],
    ['a 5 km race', [{ text: '5 km', kind: 'quantity', value: 5, unit: 'km' }]],
    ['a 500km flight', [{ text: '500km', kind: 'quantity', value: 500, unit: 'km' }]],
    ['3 tonnes of rice', [{ text: '3 tonnes', kind: 'quantity', value: 3, unit: 'tonnes' }]],
    ['half a million voters', [{ text: 'half a million', value: 500000, unit: 'voters' }]],
    ['two dozen eggs', [{ text: 'two dozen', value: 24, unit: 'eggs' }]],
    ['Two pan-democratic veteran politicians were defeated.', [{ text: 'Two', value: 2, unit: 'politicians' }]],
    // the whole-text scans are caseless: they run over lowered text and report the text as written
    ['THREE HUNDRED workers walked out.', [{ text: 'THREE HUNDRED', value: 300, unit: 'workers' }]],
    ['She finished Third.', [{ text: 'Third', kind: 'ordinal', value: 3 }]],
    ['Jobs, aged 55, has had health problems.', [{ text: '55', value: 55, unit: null }]],
    ["It comes with 15'' or 17'' displays.", [{ text: '15', value: 15 }, { text: '17', value: 17, unit: 'displays' }]],
    ['Over one million messages were posted.', [{ text: 'Over one million', value: 1e6, unit: 'messages', approximate: 'over' }]],
    ['a trio of emergency summits', [{ text: 'a trio', value: 3, unit: 'summits' }]],
    ['nine trillion two hundred', [{ value: 9000000000200 }]],
    ['five and a half hours of talks ended', []],
    ['He ate 5 and a half pies.', [{ text: '5 and a half', value: 5.5, unit: 'pies' }]],
    ['roughly two-thirds of voters', [{ text: 'roughly two-thirds', value: 2 / 3, approximate: 'roughly' }]],
    ['Tens of thousands of people marched.', [{ text: 'Tens of thousands', value: 10000, approximate: 'at least', unit: 'people' }]],
    ['killing 107 or more', [{ text: '107 or more', value: 107, approximate: 'or more' }]],
    ['between 200-250 seats', [{ text: 'between 200-250', value: 200, approximate: 'between' }]],
    ['sales rose 15-20%', [{ text: '15-20%', kind: 'percent', value: 15, approximate: 'between' }]],
    ['sales increased $4.5 billion to $112.3 billion', [{ text: '$4.5 billion', value: 4.5e9 }, { text: '$112.3 billion', value: 1.123e11 }]],
    ['the 21st summit', [{ text: '21st', kind: 'ordinal', value: 21 }]],
    ['temperatures of -5 overnight', [{ text: '-5', value: -5 }]],
    ['an estimated 1,500 troops', [{ text: 'an estimated 1,500', value: 1500, approximate: 'an estimated', unit: 'troops' }]],
    ['Sweden finished third.', [{ text: 'third', kind: 'ordinal', value: 3 }]],
    ['the twenty-first', [{ text: 'twenty-first', kind: 'ordinal', value: 21 }]],
    ['It was the first time.', []],
    ['a millionth of a degree', [{ text: 'millionth', kind: 'cardinal', value: 1e-6 }]],
    ['Add 1/2 cup of sugar.', [{ text: '1/2', value: 0.5 }]],
    ['9 hundred and twenty', [{ text: '9 hundred and twenty', value: 920 }]],
    ['tickets for two fifty', [{ text: 'two fifty', value: 250 }]],
    ['negative thirty eight thousand', [{ text: 'negative thirty eight thousand', value: -38000 }]],
    ['one litre of water', [{ text: 'one litre', kind: 'quantity', value: 1, unit: 'litres' }]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = numbersOf(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((fields, i) => expect(found[i]).toMatchObject(fields));
  });
});

describe('numbers: texts that must yield nothing', () => {
  const nothing = [
    'Austin last spoke with Shoigu on February 18.',
    'The law was passed in 2017.',
    'He arrived three weeks ago.',
    'COVID-19 cases fell.',
    'A Boeing 737 landed.',
    'G7 leaders met.',
    'Call (202) 555-0143 today.',
    'The meeting starts at 10:30.',
    'One of them left; no one stayed.',
    'Version 2.1.3 is out.',
    'The 787 Dreamliner flew; the 737-800 range grew.',
    'The new iPhone 3G is faster.',
    'Mac OS X version 10.4 shipped.',
    'The two companies settled.',
  ];
  it.each(nothing)('%s', (text) => {
    expect(numbersOf(text)).toEqual([]);
  });
});

describe('spelled numbers', () => {
  it.each([
    ['nine quadrillion two thousand and six', 9000000000002006],
    ['twenty-five', 25],
    ['three hundred million', 3e8],
    ['a hundred', 100],
    ['two thousand and six', 2006],
    ['one hundred twenty five thousand', 125000],
  ])('%s → %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });
  it('refuses words that are not numbers', () => {
    expect(parseNumberWords('several')).toBeNull();
  });
});
