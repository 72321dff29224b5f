// Golden fixtures: each article against its hand-checked report, the JSON Schema, and the offset
// invariant on every span.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAsync } from '../src/analyze.js';
import { allSpans, fixtureNames, readFixture, root } from './helpers.js';
import type { Report } from '../src/types.js';

const schema = JSON.parse(readFileSync(`${root}schema/report.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe.each(fixtureNames())('fixture %s', async (name) => {
  const input = readFixture(name);
  const options = JSON.parse(readFileSync(`${root}fixtures/golden/${name}.options.json`, 'utf8'));
  const golden: Report = JSON.parse(readFileSync(`${root}fixtures/golden/${name}.json`, 'utf8'));
  const report = await analyzeAsync(input, { ...options, source: `fixtures/articles/${name}` });

  it('matches its golden report', () => {
    expect(report).toEqual(golden);
  });

  it('validates against the JSON Schema', () => {
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps input.slice(start, end) === text for every span', () => {
    const spans = allSpans(report);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      expect(input.slice(span.start, span.end)).toBe(span.text);
      expect(span.start).toBeLessThan(span.end);
    }
  });

  it('counts every mention and orders findings by position', () => {
    for (const entity of report.entities!) expect(entity.count).toBe(entity.mentions.length);
    const firsts = report.entities!.map((entity) => entity.mentions[0].start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const list of [report.quotes!, report.dates!, report.numbers!]) {
      expect(list.map((item) => item.start)).toEqual(list.map((item) => item.start).sort((a, b) => a - b));
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyze(input, { ...options, source: `fixtures/articles/${name}` }))).toBe(JSON.stringify(report));
  });
});

describe('the user\'s article, read as a careful reader would', () => {
  const report = analyze(readFixture('pentagon-russia.txt'), { referenceDate: '2022-03-24' });
  const names = report.entities!.map((entity) => entity.name);
  it('finds nothing in the teaser lines', () => {
    expect(names).not.toContain('Kremlin');
    expect(names).not.toContain('Will Russia');
    expect(report.quotes!.map((quote) => quote.text)).not.toContain('Potemkin market');
    expect(report.numbers!.map((number) => number.text)).not.toContain('1st');
  });
  it('never keeps punctuation or a title in a name', () => {
    for (const name of names) expect(name).toMatch(/^[\p{L}][\p{L} .'’-]*[\p{L}.]$/u);
    expect(names).not.toContain('Pentagon press');
  });
  it('resolves no date against the clock without a reference date', () => {
    const undated = analyze(readFixture('pentagon-russia.txt'));
    expect(undated.referenceDate).toBeNull();
    expect(undated.dates!.map((date) => date.value)).toEqual(['XXXX-WXX-4', 'XXXX-WXX-4', 'P1M', 'XXXX-02-18', 'XXXX-02-11', 'P3W', 'XXXX-WXX-2', 'XXXX-WXX-4']);
  });
});

describe('schema', () => {
  it('rejects a report that breaks the contract', () => {
    const report = analyze('The Pentagon said so.', { referenceDate: '2022-03-24' });
    expect(validate(report)).toBe(true);
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...report, extra: true })).toBe(false);
    expect(validate({ ...report, entities: [{ ...report.entities![0], type: 'thing' }] })).toBe(false);
  });
});
