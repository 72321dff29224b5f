import { describe, expect, it } from 'vitest';
import { createDocument, endsSentence, lastWordOf } from '../../src/input/document.js';
import { isBoilerplateLine } from '../../src/data/boilerplate.js';
import { randomText, readFixture, seededRandom } from '../helpers.js';

describe('createDocument', () => {
  it('removes a BOM; offsets index the text after it', () => {
    const doc = createDocument('\uFEFFHello world.', 'x');
    expect(doc.text).toBe('Hello world.');
    expect(doc.tokens[0]).toMatchObject({ start: 0, end: 5, text: 'Hello' });
  });

  it('keeps the analysis text the same length as the input', () => {
    const input = readFixture('pentagon-russia.txt');
    const doc = createDocument(input, 'x');
    expect(doc.clean).toHaveLength(doc.text.length);
  });

  it('joins soft-wrapped lines into one sentence', () => {
    const input = 'leaders is critically important at this time, Pentagon press secretary\nJohn Kirby said in a statement.\n';
    const doc = createDocument(input, 'x');
    expect(doc.sentences).toHaveLength(1);
    expect(doc.clean).toBe(input.replace('\n', ' '));
  });

  it('treats CRLF line endings like LF', () => {
    const doc = createDocument('The Pentagon said\r\nthat talks stalled.\r\n\r\nA second paragraph.\r\n', 'x');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences).toHaveLength(2);
    expect(doc.clean).not.toMatch(/\r/);
  });

  it('keeps a headline and a date line apart from the story', () => {
    const doc = createDocument('Boeing wins a contract for new tankers from the Air Force\nMarch 01, 2008\nBoeing said on Friday that it had won.', 'x');
    expect(doc.sentences.map((sentence) => doc.text.slice(sentence.start, sentence.end))).toEqual([
      'Boeing wins a contract for new tankers from the Air Force',
      'March 01, 2008',
      'Boeing said on Friday that it had won.',
    ]);
  });

  it('splits sentences inside a quotation', () => {
    const doc = createDocument('“They declined to engage. We continue to believe it matters,” Kirby said.', 'x');
    expect(doc.sentences).toHaveLength(2);
  });

  it('leaves teaser lines out of the analysis but in the offsets', () => {
    const input = 'The Pentagon spoke.\n\nAlso Read: Will Russia use nuclear weapons? Kremlin has an answer\n\nIt ended.';
    const doc = createDocument(input, 'x');
    expect(doc.boilerplate).toHaveLength(1);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.clean.slice(doc.boilerplate[0].start, doc.boilerplate[0].end).trim()).toBe('');
    expect(doc.tokens.map((token) => token.text)).not.toContain('Kremlin');
    const ended = doc.tokens.find((token) => token.text === 'ended')!;
    expect(input.slice(ended.start, ended.end)).toBe('ended');
  });

  it('gives an empty text an empty document', () => {
    const doc = createDocument('', 'x');
    expect(doc).toMatchObject({ paragraphs: [], sentences: [], tokens: [] });
  });
});

describe('boilerplate lines', () => {
  it.each([
    'Also Read: US calls Russia’s stock exchange ‘Potemkin market’ as trade resumes',
    'READ MORE: Ukraine war latest',
    'Related: How the sanctions work',
    'Click here to subscribe',
    '(Reporting by Ann Writer; Editing by Ben Editor)',
    // one of each kind, through the first-word check that spares most lines the patterns
    'Additional reporting by Ann Writer',
    'By Jane Doe and John Roe',
    'By Ann Writer · March 3, 2026',
    'Photo: Jane Lens/Reuters',
    'Image credit: AP',
    '  Don’t miss: the week in pictures',
    'Share this article',
    'ADVERTISEMENT',
    'Follow us on Twitter',
    'Sign up for our morning newsletter',
    'Watch video – the launch',
  ])('%s', (line) => expect(isBoilerplateLine(line)).toBe(true));
  it.each([
    'Related parties met on Tuesday.',
    'Reading between the lines, the Pentagon said more.',
    'Watchdogs warned of a crisis.',
    'Bypass roads were closed.',
    'Photographers gathered outside.',
    'Sharers of the prize said little.',
  ])('not boilerplate: %s', (line) => expect(isBoilerplateLine(line)).toBe(false));
});

describe('endsSentence', () => {
  it('answers as /[.!?]["”’\')\]]*\\s*$/ does, on 100,000 random lines', () => {
    const pattern = /[.!?]["”’')\]]*\s*$/;
    const parts = ['a', ' ', '.', '!', '?', '"', '”', '’', "'", ')', ']', '(', '\n', '\t', '\u00a0', '\u2028', '\ufeff', 'x.', '. ', '.")'];
    const random = seededRandom(5);
    let ends = 0;
    for (let i = 0; i < 100_000; i++) {
      const line = randomText(parts, 10, random);
      if (endsSentence(line) !== pattern.test(line)) expect([line, endsSentence(line)]).toEqual([line, pattern.test(line)]);
      if (pattern.test(line)) ends++;
    }
    expect(ends).toBeGreaterThan(10_000);
  });
});

describe('lastWordOf', () => {
  it('gives what /(\\S+)\\s*$/ captures, on 100,000 random lines', () => {
    const pattern = /(\S+)\s*$/;
    const parts = ['a', 'bc', ' ', '  ', '.', '"', '\n', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', 'é', 'x.', '. '];
    const random = seededRandom(6);
    let words = 0;
    for (let i = 0; i < 100_000; i++) {
      const line = randomText(parts, 10, random);
      const expected = pattern.exec(line)?.[1] ?? '';
      if (lastWordOf(line) !== expected) expect([line, lastWordOf(line)]).toEqual([line, expected]);
      if (expected.length > 1) words++;
    }
    expect(words).toBeGreaterThan(10_000);
  });
});
