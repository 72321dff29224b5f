// Attribution patterns of news, each with straight and curly marks and with a line wrap: the
// speaker and cue a reader expects. Names are invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

interface Case {
  text: string;
  quote: string;
  speaker: string | null;
  cue: string | null;
  kind?: 'direct' | 'partial';
}

const patterns: Case[] = [
  { text: '"The bridge will reopen on Monday," Mayor Ana Ruiz said.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'said' },
  { text: '"The bridge will reopen on Monday," said Ana Ruiz, the city\'s mayor.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'said' },
  { text: 'Ana Ruiz said: "The bridge will reopen on Monday."', quote: 'The bridge will reopen on Monday.', speaker: 'Ana Ruiz', cue: 'said' },
  { text: 'Ana Ruiz said that "the bridge will reopen on Monday."', quote: 'the bridge will reopen on Monday.', speaker: 'Ana Ruiz', cue: 'said', kind: 'partial' },
  { text: 'Ana Ruiz told reporters: "The bridge will reopen on Monday."', quote: 'The bridge will reopen on Monday.', speaker: 'Ana Ruiz', cue: 'told' },
  { text: '"The bridge will reopen on Monday," Ana Ruiz told CNN.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'told' },
  { text: '"The bridge will reopen on Monday," Ana Ruiz wrote in a statement.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'wrote' },
  { text: '"The bridge will reopen on Monday," Ana Ruiz added.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'added' },
  { text: '"Will the bridge reopen on Monday?" asked Ana Ruiz.', quote: 'Will the bridge reopen on Monday?', speaker: 'Ana Ruiz', cue: 'asked' },
  { text: '"The bridge will reopen on Monday," according to Ana Ruiz.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'according to' },
  { text: 'According to Ana Ruiz, "the bridge will reopen on Monday."', quote: 'the bridge will reopen on Monday.', speaker: 'Ana Ruiz', cue: 'According to', kind: 'partial' },
  { text: 'Mayor Ana Ruiz arrived late. "The bridge will reopen on Monday," she said.', quote: 'The bridge will reopen on Monday,', speaker: 'Ana Ruiz', cue: 'said' },
  { text: 'Omar Diaz, the chief engineer, spoke next. "The bridge will reopen on Monday," he said.', quote: 'The bridge will reopen on Monday,', speaker: 'Omar Diaz', cue: 'said' },
  { text: '"The bridge will reopen on Monday," a city spokesman said.', quote: 'The bridge will reopen on Monday,', speaker: 'a city spokesman', cue: 'said' },
  { text: '"The bridge will reopen on Monday," the ministry said in a statement.', quote: 'The bridge will reopen on Monday,', speaker: 'the ministry', cue: 'said' },
  { text: 'The Transport Ministry said: "The bridge will reopen on Monday."', quote: 'The bridge will reopen on Monday.', speaker: 'Transport Ministry', cue: 'said' },
  { text: '"The bridge will reopen on Monday," Ruiz, 54, said.', quote: 'The bridge will reopen on Monday,', speaker: 'Ruiz', cue: 'said' },
  { text: 'Ana Ruiz, the mayor, said the bridge "will reopen on Monday".', quote: 'will reopen on Monday', speaker: 'Ana Ruiz', cue: 'said', kind: 'partial' },
  { text: 'Ana Ruiz warned that the city "cannot afford another closure this winter."', quote: 'cannot afford another closure this winter.', speaker: 'Ana Ruiz', cue: 'warned', kind: 'partial' },
  { text: 'Ana Ruiz insisted: "We did everything we could to keep the bridge open."', quote: 'We did everything we could to keep the bridge open.', speaker: 'Ana Ruiz', cue: 'insisted' },
  { text: '"We did everything we could," Ana Ruiz insisted, "and we will do more."', quote: 'We did everything we could,', speaker: 'Ana Ruiz', cue: 'insisted' },
  { text: '"We did everything we could to keep it open," Ruiz explained.', quote: 'We did everything we could to keep it open,', speaker: 'Ruiz', cue: 'explained' },
  { text: '"We did everything we could to keep it open," Ruiz tweeted.', quote: 'We did everything we could to keep it open,', speaker: 'Ruiz', cue: 'tweeted' },
  { text: '"We did everything we could to keep it open," Ruiz announced on Friday.', quote: 'We did everything we could to keep it open,', speaker: 'Ruiz', cue: 'announced' },
  { text: 'Ruiz stated, "We did everything we could to keep it open."', quote: 'We did everything we could to keep it open.', speaker: 'Ruiz', cue: 'stated' },
  { text: 'Ruiz replied "we did everything we could to keep it open".', quote: 'we did everything we could to keep it open', speaker: 'Ruiz', cue: 'replied', kind: 'partial' },
  { text: 'Ruiz called the closure "a disgrace".', quote: 'a disgrace', speaker: 'Ruiz', cue: 'called', kind: 'partial' },
  { text: 'Ruiz described the plan as "reckless and unfunded".', quote: 'reckless and unfunded', speaker: 'Ruiz', cue: 'described', kind: 'partial' },
  { text: 'In a statement, Ruiz said the city "will not be bullied by the province."', quote: 'will not be bullied by the province.', speaker: 'Ruiz', cue: 'said', kind: 'partial' },
  { text: 'Ruiz, speaking to reporters outside city hall, said: "We are ready for the storm."', quote: 'We are ready for the storm.', speaker: 'Ruiz', cue: 'said' },
];

const variants = (item: Case): Array<[string, Case]> => {
  const curly = item.text.replace(/"([^"]*)"/g, '“$1”');
  const wrapped = curly.replace(/ (\S+) (\S+)$/, '\n$1 $2').replace(/^(\S+ \S+ \S+) /, '$1\n');
  return [
    [`straight: ${item.text}`, item],
    [`curly: ${curly}`, { ...item, text: curly }],
    [`wrapped: ${JSON.stringify(wrapped)}`, { ...item, text: wrapped }],
  ];
};

const quotesOf = (text: string) => analyze(text, { analyzers: ['quotes'] }).quotes!;

describe.each(patterns.flatMap(variants))('%s', (_, item) => {
  it('finds the quote, its speaker and cue', () => {
    const found = quotesOf(item.text);
    expect(found.length).toBeGreaterThanOrEqual(1);
    const quote = found[0];
    expect(quote.text.replace(/\s+/g, ' ')).toBe(item.quote);
    expect(quote.speaker?.name ?? null).toBe(item.speaker);
    expect(quote.cue?.text ?? null).toBe(item.cue);
    if (item.kind) expect(quote.kind).toBe(item.kind);
    expect(item.text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});

describe('texts that must yield no quote', () => {
  it.each([
    'The council approved the so-called "emergency" budget.',
    'Critics dubbed it the "Potemkin market" after the reopening.',
    'She starred in "Gone With the Wind" in her youth.',
    'The film "The Last Bridge" opens on Friday.',
    "The shop's owner, O'Neill, said the '90s were better.",
    'It was rock ’n’ roll at its loudest.',
    'The students’ union and the teachers’ union met.',
    'He said the word "no" twice.',
    'The team said its robot, named "Better Idea of Afghan Girls," scored two points.',
    'The army was told to prepare for a "quasi-state of war" on Friday.',
    'A stray " mark in one paragraph.\n\nAnd a second paragraph that goes on and on without closing it.',
    '“An opening mark that never closes, in a paragraph of its own.\n\nThe next paragraph is plain prose with no marks.',
  ])('%s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
