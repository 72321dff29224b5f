import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const quotesOf = (text: string) =>
  analyze(text, { analyzers: ['quotes'] }).quotes!.map((quote) => ({
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    speakerText: quote.speaker?.text ?? null,
    cue: quote.cue?.text ?? null,
  }));

describe('quotes: spans and speakers', () => {
  const cases: Array<[string, Array<{ text: string; kind?: string; speaker: string | null; speakerText?: string; cue?: string | null }>]> = [
    ['"We will rebuild the school," Mayor Jane Doe said.', [{ text: 'We will rebuild the school,', kind: 'direct', speaker: 'Jane Doe', cue: 'said' }]],
    ['“We will rebuild,” said Jane Doe, the mayor.', [{ text: 'We will rebuild,', speaker: 'Jane Doe', cue: 'said' }]],
    ['Jane Doe said: "We will rebuild the school."', [{ text: 'We will rebuild the school.', speaker: 'Jane Doe', cue: 'said' }]],
    ['Jane Doe told CNN that "the school will reopen in May."', [{ text: 'the school will reopen in May.', kind: 'partial', speaker: 'Jane Doe', cue: 'told' }]],
    ['“We continue to believe that engagement\nis critically important,” Pentagon press secretary\nJohn Kirby said in a statement.', [{ text: 'We continue to believe that engagement\nis critically important,', speaker: 'John Kirby', cue: 'said' }]],
    ['Prime Minister John Smith arrived. "We are ready to talk to anyone," he said.', [{ text: 'We are ready to talk to anyone,', speaker: 'John Smith', speakerText: 'he', cue: 'said' }]],
    ['"The roads are closed for now," a police spokesman said.', [{ text: 'The roads are closed for now,', speaker: 'a police spokesman', cue: 'said' }]],
    ['a sober warning from NATO chief Jens Stoltenberg that the alliance must “respond to a new security reality in Europe.”', [{ text: 'respond to a new security reality in Europe.', kind: 'partial', speaker: 'Jens Stoltenberg' }]],
    ['‘I didn’t expect it,’ said Mary O’Brien.', [{ text: 'I didn’t expect it,', speaker: 'Mary O’Brien', cue: 'said' }]],
    ['He said: “They called it a ‘Potemkin market’ and left.”', [{ text: 'They called it a ‘Potemkin market’ and left.', speaker: 'He', cue: 'said' }]],
    ['Bishop Nunzio Galantino called the tax "dangerous".', [{ text: 'dangerous', kind: 'partial', speaker: 'Nunzio Galantino', cue: 'called' }]],
    ['Hernan Gomez, Panama coach, said, "We learned a lot today.\n\nIt was a very emotional day for all of us."', [{ text: 'We learned a lot today.\n\nIt was a very emotional day for all of us.', speaker: 'Hernan Gomez', cue: 'said' }]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = quotesOf(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((fields, i) => expect(found[i]).toMatchObject(fields));
  });

  it('continues a quotation over paragraphs with the same speaker', () => {
    const found = quotesOf('"Sales are strong," said Ann Lee, an analyst. "We expected less.\n\n"Now we must revise our view."\n\nOther news followed.');
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Sales are strong,', 'Ann Lee'],
      ['We expected less.', 'Ann Lee'],
      ['Now we must revise our view.', 'Ann Lee'],
    ]);
  });

  it('gives a paragraph-opening quote with no cue the previous speaker', () => {
    const found = quotesOf('"It was hard," said Omar Khan.\n\n"But we never gave up on the plan."');
    expect(found[1]).toMatchObject({ text: 'But we never gave up on the plan.', speaker: 'Omar Khan', cue: null });
  });
});

describe('quotes: texts that must yield no quote', () => {
  const nothing = [
    'The so-called "Potemkin market" reopened.',
    "Russia's stock exchange reopened in the '90s style.",
    'Rock ’n’ roll never dies, said O’Brien.',
    'They watched "Star Wars" again.',
    'John Key believes there is a "strong rationale" for a new flag.',
    'Microsoft says the update is "highly critical" for users.',
    'The site counts down to "The Internet Explorer 6 Countdown" day, Microsoft says.',
    'An unbalanced " mark must not swallow the rest of the story.\n\nA new paragraph begins here and goes on.',
    'Also Read: US calls Russia’s stock exchange ‘Potemkin market’ as trade resumes',
  ];
  it.each(nothing)('%s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
