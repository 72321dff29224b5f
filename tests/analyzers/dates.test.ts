import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { lowerCaseAscii } from '../../src/analyzers/caseless.js';
import { dateExpressions, lowerCasePatterns } from '../../src/analyzers/dates/expressions.js';
import { wordBefore, wordBeforeByPattern } from '../../src/analyzers/dates/index.js';
import { daysInMonth, isoWeek, nearestDayOfMonth, nearestMonthDay, nearestWeekday, parseIsoDay, weekday } from '../../src/analyzers/dates/calendar.js';
import { seededRandom, randomText } from '../helpers.js';

const datesOf = (text: string, referenceDate: string | null = '2022-03-24') =>
  analyze(text, { analyzers: ['dates'], referenceDate }).dates!.map(({ text, type, value }) => ({ text, type, value }));

describe('dates: expressions and values against 2022-03-24 (a Thursday)', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['The Pentagon on Thursday alleged that…', [['Thursday', 'date', '2022-03-24']]],
    ['a Pentagon spokesman had said Tuesday.', [['Tuesday', 'date', '2022-03-22']]],
    ['Biden will meet allies on Tuesday.', [['Tuesday', 'date', '2022-03-29']]],
    ['Austin last spoke with Shoigu on February 18.', [['February 18', 'date', '2022-02-18']]],
    ['The summit will open on April 2.', [['April 2', 'date', '2022-04-02']]],
    ['It happened on Friday, July 21, 2017.', [['Friday, July 21, 2017', 'date', '2017-07-21']]],
    ['Talks began on 18 February 2022.', [['18 February 2022', 'date', '2022-02-18']]],
    ['Sales fell in March 2021.', [['March 2021', 'date', '2021-03']]],
    ['Prices rose in January.', [['January', 'date', '2022-01']]],
    ['The law was passed in 2017.', [['2017', 'date', '2017']]],
    ['Over the past month, calls were sought.', [['the past month', 'duration', 'P1M']]],
    ['bombarded for more than three weeks', [['more than three weeks', 'duration', 'P3W']]],
    ['a siege of two-and-a-half years', [['two-and-a-half years', 'duration', 'P2.5Y']]],
    ['a 12-hour shift', [['12-hour', 'duration', 'PT12H']]],
    ['during the past 30 days', [['the past 30 days', 'duration', 'P30D']]],
    ['It was announced last week.', [['last week', 'date', '2022-W11']]],
    ['It will be decided next month.', [['next month', 'date', '2022-04']]],
    ['Profits doubled last year.', [['last year', 'date', '2021']]],
    ['He arrived three weeks ago.', [['three weeks ago', 'date', '2022-W09']]],
    ['She left two years ago.', [['two years ago', 'date', '2020']]],
    ['It rained yesterday.', [['yesterday', 'date', '2022-03-23']]],
    ['The vote is tomorrow morning.', [['tomorrow morning', 'date', '2022-03-25TMO']]],
    ['They met this morning.', [['this morning', 'date', '2022-03-24TMO']]],
    ['Polls open at 10 a.m. EST.', [['10 a.m. EST', 'time', '2022-03-24T10:00-05:00']]],
    ['The market closed at 18:00 UTC.', [['18:00 UTC', 'time', '2022-03-24T18:00Z']]],
    ['The band was big in the 1990s.', [['the 1990s', 'date', '199']]],
    ['music of the sixties', [['the sixties', 'date', '196']]],
    ['art of the 20th century', [['the 20th century', 'date', '19']]],
    ['The club meets every Tuesday.', [['every Tuesday', 'set', 'XXXX-WXX-2']]],
    ['The report is published annually.', [['annually', 'set', 'P1Y']]],
    ['at a rate of 15 a year', [['a year', 'set', 'P1Y']]],
    ['Growth slowed in the first quarter.', [['the first quarter', 'date', '2022-Q1']]],
    ['Sales peaked last summer.', [['last summer', 'date', '2021-SU']]],
    ['He has recently resigned.', [['recently', 'date', 'PAST_REF']]],
    ['She is currently abroad.', [['currently', 'date', 'PRESENT_REF']]],
    ['The event took place on 2014-04-18.', [['2014-04-18', 'date', '2014-04-18']]],
    ['Filed 6/10/2018.', [['6/10/2018', 'date', '2018-06-10']]],
    ['Logged 2015/05/25.', [['2015/05/25', 'date', '2015-05-25']]],
    ['issued 10-August-2012', [['10-August-2012', 'date', '2012-08-10']]],
    ['flights from 3 Aug 96 onward', [['3 Aug 96', 'date', '1996-08-03']]],
    ['see you on thursday', [['thursday', 'date', '2022-03-24']]],
    ['see you on sat', [['sat', 'date', '2022-03-26']]],
    ['Crowds filled the square. Image: the square on Saturday.', [['Saturday', 'date', '2022-03-19']]],
    ['The post was shared one million times by Saturday night.', [['Saturday night', 'date', '2022-03-19TNI']]],
    ['It launched last Friday.', [['last Friday', 'date', '2022-03-18']]],
    ['The vote is next Wednesday.', [['next Wednesday', 'date', '2022-03-30']]],
    ['They meet this Saturday.', [['this Saturday', 'date', '2022-03-26']]],
    ['It opened this past Monday.', [['this past Monday', 'date', '2022-03-21']]],
    ['We sync on Tuesday of next week.', [['Tuesday of next week', 'date', '2022-03-29']]],
    ['The deal closes in five days.', [['in five days', 'date', '2022-03-29']]],
    ['The flight left Tuesday at 10 a.m.', [['Tuesday at 10 a.m.', 'time', '2022-03-22T10:00']]],
    ['The flight landed Tuesday in Everett at 18:00 UTC.', [['Tuesday', 'date', '2022-03-22'], ['18:00 UTC', 'time', '2022-03-22T18:00Z']]],
    ['The exhibit ran January 23 - March 9 2014.', [['January 23', 'date', '2014-01-23'], ['March 9 2014', 'date', '2014-03-09']]],
    ['IE6 shipped nearly a decade ago.', [['nearly a decade ago', 'date', '2012']]],
    ['Another event is to be held on October 12.', [['October 12', 'date', '2022-10-12']]],
    ['They announced another event to be held on October 12.', [['October 12', 'date', '2022-10-12']]],
    ['She was willing to skip class Friday night to attend.', [['Friday night', 'date', '2022-03-18TNI']]],
    ['The show is to run from March 20 through May 9.', [['March 20', 'date', '2022-03-20'], ['May 9', 'date', '2022-05-09']]],
    ['Sales fell in the past week.', [['the past week', 'duration', 'P1W']]],
    ['Sales fell past week.', [['past week', 'date', '2022-W11']]],
    ['The ruling is due next day.', [['next day', 'date', '2022-03-25']]],
    ['Prices will rise next 2 weeks.', [['next 2 weeks', 'date', '2022-W14']]],
    ['Prices will rise over the next two weeks.', [['the next two weeks', 'duration', 'P2W']]],
    ['Polls closed on September 4, 2016. Results came the next day.', [['September 4, 2016', 'date', '2016-09-04'], ['the next day', 'date', '2016-09-05']]],
    ['He was elected in 2010 and resigned the following year.', [['2010', 'date', '2010'], ['the following year', 'date', '2011']]],
    ['On March 3, 2019, troops entered. Two days later, they withdrew.', [['March 3, 2019', 'date', '2019-03-03'], ['Two days later', 'date', '2019-03-05']]],
    ['Turnout fell from the year before.', [['the year before', 'date', '2021']]],
    ['I went on Saturday night. I went back the next Tuesday night.', [['Saturday night', 'date', '2022-03-19TNI'], ['next Tuesday night', 'date', '2022-03-22TNI']]],
    ['It opened on March 3, 2007. The following Monday it closed.', [['March 3, 2007', 'date', '2007-03-03'], ['following Monday', 'date', '2007-03-05']]],
    ['It arrived three days later than planned.', [['three days later', 'date', '2022-03-27']]],
    ['Logged at 05/31/2024 14:15.', [['05/31/2024 14:15', 'time', '2024-05-31T14:15']]],
    ['GET /index.html 06/Nov/2023:06:36:02', [['06/Nov/2023:06:36:02', 'time', '2023-11-06T06:36:02']]],
    ['Date: Thu Oct 26 11:00:09 2023', [['Thu Oct 26 11:00:09 2023', 'time', '2023-10-26T11:00:09']]],
    ['The coin dates from 10 August 88 AD.', [['10 August 88 AD', 'date', '0088-08-10']]],
    ['The battle was fought on August 10, 345 BC.', [['August 10, 345 BC', 'date', '-000345-08-10']]],
    ['The championship ran throughout the weekend.', [['the weekend', 'date', '2022-W11-WE']]],
    ['The fair will open over the weekend.', [['the weekend', 'date', '2022-W12-WE']]],
    ['The party has backed it for months.', [['months', 'duration', 'PXM']]],
    ['They thanked staff for their work over the years.', [['over the years', 'duration', 'PXY']]],
    ['It settled a decades-long dispute.', [['decades-long', 'duration', 'PXY']]],
    ['Profits rose in the last quarter.', [['the last quarter', 'date', '2021-Q4']]],
    ['The fair was held March 3-5.', [['March 3', 'date', '2022-03-03'], ['5', 'date', '2022-03-05']]],
    ['The fair ran March 3–5, 2019.', [['March 3', 'date', '2019-03-03'], ['5, 2019', 'date', '2019-03-05']]],
    ['Talks were held 3-5 March.', [['3', 'date', '2022-03-03'], ['5 March', 'date', '2022-03-05']]],
    ['The summit will run from April 3 to 5.', [['April 3', 'date', '2022-04-03'], ['5', 'date', '2022-04-05']]],
    ['Output grew between 2019 and 2021.', [['2019', 'date', '2019'], ['2021', 'date', '2021']]],
    ['Sales ran jan 5-10.', [['jan 5', 'date', '2022-01-05'], ['10', 'date', '2022-01-10']]],
    ['Rates rose March 3 to 5 per cent.', [['March 3', 'date', '2022-03-03']]],
    ['The rent is due on the 6th.', [['the 6th', 'date', '2022-04-06']]],
    ['It was delivered on the 20th.', [['the 20th', 'date', '2022-03-20']]],
    ['The vote is on November 10 next year.', [['November 10 next year', 'date', '2023-11-10']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected.map(([t, type, value]) => ({ text: t, type, value })));
  });
});

describe('dates: texts that must yield nothing', () => {
  const nothing = [
    'You may leave whenever you like.',
    'May I ask a question?',
    'Protesters will march on the capital.',
    'Version 2.1.3 fixes the bug.',
    'Arsenal won 3-1 at home.',
    'Call 555-0143 for details.',
    'Biden and Western allies open 1st of 3 summits.',
    'The 2000 people in the hall applauded.',
    'April Ryan asked the president a question.',
    'He paid $2019 for the ticket.',
    'A 14-year-old boy was arrested.',
    'A 19 year old student spoke.',
    'It continues a 2000 year old tradition.',
    'A survey of 1709 schoolchildren was run.',
    'She developed eczema at the age of four months.',
    'It shapes people\'s every day lives.',
    'It was his last day in office.',
    'The last day of the festival was quiet.',
    'He lives on the 20th floor.',
  ];
  it.each(nothing)('%s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});

describe('dates: without a reference date, never the clock', () => {
  it('leaves the year and week unspecified', () => {
    expect(datesOf('Austin spoke with Shoigu on February 18 and again on Tuesday.', null)).toEqual([
      { text: 'February 18', type: 'date', value: 'XXXX-02-18' },
      { text: 'Tuesday', type: 'date', value: 'XXXX-WXX-2' },
    ]);
  });
  it('keeps full dates and durations exact', () => {
    expect(datesOf('On March 3, 2022, after three weeks of talks', null)).toEqual([
      { text: 'March 3, 2022', type: 'date', value: '2022-03-03' },
      { text: 'three weeks', type: 'duration', value: 'P3W' },
    ]);
  });
});

describe('reference date found in the article', () => {
  const reference = (text: string) => analyze(text, { analyzers: ['dates'] }).referenceDate;
  it('reads a date line under the headline', () => {
    expect(reference('Crane collapses in Mecca\n\nSaturday, September 12, 2015\n\nA storm yesterday…')).toBe('2015-09-12');
  });
  it('reads a dateline with the year from the first lines', () => {
    expect(reference('Budget passes\n\nWASHINGTON, March 3 (Reuters) - The 2026 budget passed on Tuesday.')).toBe('2026-03-03');
  });
  it('reads a "Published" line', () => {
    expect(reference('Published: 24 March 2022, 10:41 GMT\n\nThe Pentagon said…')).toBe('2022-03-24');
  });
  it('ignores a date inside a sentence of the story', () => {
    expect(reference('The talks that began on March 3, 2019 in Geneva collapsed after several rounds of negotiation.')).toBeNull();
  });
  it('prefers --ref-date over the article', () => {
    expect(analyze('Saturday, September 12, 2015\n\nIt rained yesterday.', { referenceDate: '2020-01-02' }).dates![1].value).toBe('2020-01-01');
  });
});

describe('calendar arithmetic (UTC only)', () => {
  it('knows ISO weekdays and weeks', () => {
    expect(weekday(parseIsoDay('2022-03-24')!)).toBe(4);
    expect(isoWeek(parseIsoDay('2022-03-24')!)).toBe('2022-W12');
    expect(isoWeek(parseIsoDay('2021-01-03')!)).toBe('2020-W53');
  });
  it('resolves a day of the month in the asked direction, skipping months without it', () => {
    const february = parseIsoDay('2022-02-10')!;
    expect(nearestDayOfMonth(february, 30, 'past')).toEqual({ year: 2022, month: 1, day: 30 });
    expect(nearestDayOfMonth(february, 30, 'future')).toEqual({ year: 2022, month: 3, day: 30 });
    expect(nearestDayOfMonth(february, 12, 'nearest')).toEqual({ year: 2022, month: 2, day: 12 });
    expect(nearestDayOfMonth(february, 10, 'past')).toEqual({ year: 2022, month: 2, day: 10 });
  });

  it('resolves weekdays and month-days in the asked direction', () => {
    const thursday = parseIsoDay('2022-03-24')!;
    expect(nearestWeekday(thursday, 4, 'past')).toEqual({ year: 2022, month: 3, day: 24 });
    expect(nearestWeekday(thursday, 5, 'past')).toEqual({ year: 2022, month: 3, day: 18 });
    expect(nearestWeekday(thursday, 1, 'nearest')).toEqual({ year: 2022, month: 3, day: 21 });
    expect(nearestWeekday(thursday, 6, 'nearest')).toEqual({ year: 2022, month: 3, day: 26 });
    expect(nearestMonthDay(thursday, 4, 2, 'past')).toEqual({ year: 2021, month: 4, day: 2 });
    expect(nearestMonthDay(thursday, 4, 2, 'nearest')).toEqual({ year: 2022, month: 4, day: 2 });
  });
  it('rejects impossible dates', () => {
    expect(parseIsoDay('2022-02-30')).toBeNull();
  });
});

describe('dates: the calendar', () => {
  it("counts a month's days as the UTC calendar does, leap years, two-digit years and months past 12 included", () => {
    for (const year of [0, 1, 4, 96, 99, 100, 200, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});

describe('dates: the word before a date', () => {
  it('is read character by character as the Unicode pattern reads it, on 100,000 random texts', () => {
    // letters, digits, the marks a word may hold, other punctuation, and characters (é, ß, an
    // astral letter) that send it to the pattern
    const alphabet = ['a', 'B', '7', ' ', '.', '-', "'", '’', ',', '"', '(', 'é', '—', '\n', 'Z', '0', 'x', 'ß', '𝐀'];
    const random = seededRandom(7);
    for (let run = 0; run < 100_000; run++) {
      // half of them ASCII and ’ only, the texts the character-by-character reading answers itself
      const letters = run % 2 === 0 ? alphabet : alphabet.slice(0, 11);
      const text = randomText(letters, 60, random);
      const start = random(text.length + 1);
      if (wordBefore(text, start) !== wordBeforeByPattern(text, start)) expect([text, start, wordBefore(text, start)]).toEqual([text, start, wordBeforeByPattern(text, start)]);
    }
    const examples: Array<[string, string]> = [['he left on 2020', 'on'], ["the U.S.' 2020", 'u.s'], ['Since 2020', 'since'], ['— - 2020', '-'], ['… 2020', '']];
    expect(examples.map(([text]) => wordBefore(text, text.length - 4))).toEqual(examples.map(([, word]) => word));
  });
});
