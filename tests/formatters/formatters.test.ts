import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import type { Report } from '../../src/types.js';

// A hand-built report: formatters are tested without running any analysis.
const report: Report = {
  schemaVersion: 1,
  source: 'story.txt',
  referenceDate: '2022-03-24',
  stats: { characters: 120, words: 20, sentences: 2, paragraphs: 1 },
  entities: [
    { name: 'Pentagon', type: 'organization', count: 1, roles: [], mentions: [{ start: 0, end: 8, text: 'Pentagon' }] },
    { name: 'John Kirby', type: 'person', count: 2, roles: ['Pentagon press secretary'], mentions: [{ start: 30, end: 40, text: 'John Kirby' }, { start: 60, end: 65, text: 'Kirby' }] },
  ],
  quotes: [
    { start: 70, end: 90, text: 'We | talk \u001b[31mred', kind: 'direct', speaker: { name: 'John Kirby', start: 60, end: 65, text: 'Kirby' }, cue: { start: 92, end: 96, text: 'said' } },
  ],
  dates: [{ start: 100, end: 108, text: 'Thursday', type: 'date', value: '2022-03-24' }],
  numbers: [{ start: 110, end: 123, text: 'up to 100,000', kind: 'cardinal', value: 100000, unit: 'refugees', currency: null, approximate: 'up to' }],
};

describe('json', () => {
  it('prints one pretty object for one input', () => {
    const out = formatters.json([report], { color: false });
    expect(JSON.parse(out)).toEqual(report);
    expect(out).toContain('\n  "schemaVersion": 1');
  });
  it('prints an array in a batch, even of one', () => {
    expect(JSON.parse(formatters.json([report], { color: false, batch: true }))).toEqual([report]);
  });
  it('escapes control characters as JSON does', () => {
    expect(formatters.json([report], { color: false })).toContain('\\u001b[31mred');
  });
});

describe('ndjson', () => {
  it('prints one compact object per line', () => {
    const out = formatters.ndjson([report, report], { color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1])).toEqual(report);
  });
});

describe('markdown', () => {
  const out = formatters.markdown([report], { color: false });
  it('has a section with tables per kind of finding', () => {
    expect(out).toContain('## story.txt');
    expect(out).toContain('| John Kirby | person | 2 | Pentagon press secretary |');
    expect(out).toContain('| Thursday | date | 2022-03-24 |');
    expect(out).toContain('| up to 100,000 | cardinal | 100,000 refugees | up to |');
  });
  it('escapes pipes and neutralizes escape sequences from the article', () => {
    expect(out).toContain('We \\| talk \\x1b\\[31mred');
    expect(out).not.toContain('\u001b');
  });
});

describe('table', () => {
  it('prints entities by type with counts and roles, without colour when asked', () => {
    const out = formatters.table([report], { color: false });
    expect(out).not.toContain('\u001b[');
    expect(out).toMatch(/John Kirby\s+│ person\s+│ 2\s+│ Pentagon press secretary/);
    expect(out.indexOf('John Kirby')).toBeLessThan(out.indexOf('Pentagon   '));
    expect(out).toContain('Quotes (1)');
    expect(out).toContain('100,000 refugees');
  });
  it('colours only when asked, and never passes the article\'s escapes through', () => {
    const out = formatters.table([report], { color: true });
    expect(out).toContain('\u001b[1m');
    expect(out).not.toContain('\u001b[31mred');
  });
  it('makes a unit taken from the article printable too (found by the fuzzer: "3 summit\\bs"), and bidi overrides visible', () => {
    const hostile: Report = {
      ...report,
      entities: [{ name: 'Evil\u202eCorp', type: 'organization', count: 1, roles: ['\u2066isolate'], mentions: [{ start: 0, end: 9, text: 'Evil\u202eCorp' }] }],
      numbers: [{ start: 0, end: 9, text: '3 summits', kind: 'cardinal', value: 3, unit: 'summit\bs\u001b[2J', currency: null, approximate: null }],
    };
    for (const format of ['table', 'markdown'] as const) {
      const out = formatters[format]([hostile], { color: false });
      expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain('Evil\\u202eCorp');
    }
  });
});

describe('groupThousands', () => {
  it('writes integers as toLocaleString("en-US") does', async () => {
    const { groupThousands } = await import('../../src/formatters/text.js');
    for (const value of [0, 7, 999, 1000, -1234, 12345, 3600000, -98765432, 2 ** 31, 9000000000002006, Number.MAX_SAFE_INTEGER]) {
      expect(groupThousands(value)).toBe(value.toLocaleString('en-US'));
    }
  });
});
