import { describe, expect, it } from 'vitest';
import { caseless, lowerCaseAscii } from '../../src/analyzers/caseless.js';

describe('caseless patterns', () => {
  it('lower their letters and keep their escapes', () => {
    expect(caseless(String.raw`\bMarch\s+(\d+)\S\p{Lu}\k<Day>Q`).source).toBe(String.raw`\bmarch\s+(\d+)\S\p{Lu}\k<Day>q`);
  });

  it('match the ASCII-lowered text where the i flag matches the text', () => {
    // the Kelvin sign (U+212A) and the ligature "ﬁ" fold to nothing ASCII under the i flag: skipped by both
    const text = 'More Than 3.6 MILLION, about ﬁve or Five Km; \u212a is not K IS';
    for (const source of [String.raw`more\s+than`, String.raw`million`, String.raw`\bkm\b`, String.raw`k is`, String.raw`five`]) {
      expect(new RegExp(source, 'gi').exec(text), source).not.toBeNull();
      expect(caseless(source, 'g').exec(lowerCaseAscii(text))?.index, source).toBe(new RegExp(source, 'gi').exec(text)?.index);
    }
  });

  it('keep the text the same length, non-ASCII letters untouched', () => {
    const text = 'İSTANBUL Ünal Straße';
    expect(lowerCaseAscii(text)).toBe('İstanbul Ünal straße');
    expect(lowerCaseAscii(text)).toHaveLength(text.length);
    // all ASCII: every capital lowered, the rest as it was
    expect(lowerCaseAscii('NATO said ON Tuesday: "No."\t[A-Z] 42')).toBe('nato said on tuesday: "no."\t[a-z] 42');
    expect(lowerCaseAscii('no capitals here')).toBe('no capitals here');
  });

  it('take no i flag', () => {
    expect(() => caseless('x', 'gi')).toThrow(/no i flag/);
  });
});
