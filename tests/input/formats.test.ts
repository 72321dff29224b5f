// The same article as text, HTML and Markdown gives the same findings, and every span points into
// the file as given.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { analyzeAsync } from '../../src/analyze.js';
import { detectFormat, readArticle, loadFormat } from '../../src/input/formats.js';
import { allSpans, fixturePath, readFixture, root } from '../helpers.js';
import type { Report } from '../../src/types.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/**
 * What a span of the file reads as: HTML tags dropped and entities decoded, Markdown emphasis and
 * link targets dropped, spaces collapsed. (A span's text is the file's slice, markup included.)
 */
const visible = (source: string) =>
  flat(decodeHTML(source.replace(/<[^>]*>/g, '')).replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__)(.+?)\1/g, '$2'));

/** The findings with their words but without offsets. */
function findingsOf(report: Report) {
  return {
    entities: report.entities!.map((entity) => ({ ...entity, mentions: entity.mentions.map((mention) => visible(mention.text)) })),
    quotes: report.quotes!.map((quote) => [visible(quote.text), quote.kind, quote.speaker?.name, quote.cue?.text]),
    dates: report.dates!.map((date) => [visible(date.text), date.type, date.value]),
    numbers: report.numbers!.map((number) => [visible(number.text), number.kind, number.value, number.unit, number.currency, number.approximate]),
  };
}

describe('one article as .txt, .html and .md', async () => {
  const txt = await analyzeAsync(readFixture('retail-sales-wire.txt'), { source: 'retail-sales-wire.txt' });
  const html = await analyzeAsync(readFixture('retail-sales-wire.html'), { source: 'retail-sales-wire.html' });
  const md = await analyzeAsync(readFixture('retail-sales-wire.md'), { source: 'retail-sales-wire.md' });

  it('gives the same findings whatever the format', () => {
    expect(findingsOf(html)).toEqual(findingsOf(txt));
    expect(findingsOf(md)).toEqual(findingsOf(txt));
  });

  it.each([
    ['html', html, 'retail-sales-wire.html'],
    ['md', md, 'retail-sales-wire.md'],
  ] as const)('keeps every %s span an exact slice of the file', (_, report, name) => {
    const input = readFixture(name);
    for (const span of allSpans(report)) expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it('points HTML spans at the words, entities and markup included', () => {
    const input = readFixture('retail-sales-wire.html');
    const fed = html.entities!.find((entity) => entity.name === 'Federal Reserve')!;
    expect(fed.mentions.map((mention) => mention.text)).toContain('Federal Reserve');
    const quote = html.quotes![0];
    // the quote begins right after the &quot; entity that opens it
    expect(input.slice(quote.start - 6, quote.start)).toBe('&quot;');
    // the speaker is the link's text, inside the <a> element
    expect(quote.speaker!.text).toBe('Maria Gonzalez');
    expect(input.slice(quote.speaker!.start - 2, quote.speaker!.start)).toBe('">');
  });

  it('reads the page\'s metadata and takes its published date as the reference date', () => {
    expect(html.meta).toEqual({ title: 'Retail sales rise more than expected', byline: 'Ann Writer', published: '2026-03-03', siteName: 'Newswire', language: 'en', referenceDateFrom: 'metadata' });
    expect(html.referenceDate).toBe('2026-03-03');
    expect(md.meta).toMatchObject({ title: 'Retail sales rise more than expected as shoppers shrug off higher prices', byline: 'Ann Writer', published: '2026-03-03', referenceDateFrom: 'metadata' });
  });

  it('leaves out navigation, ads, scripts, related links, image alt text and code', () => {
    const names = [...html.entities!, ...md.entities!].map((entity) => entity.name);
    expect(names).not.toContain('Acme Corp');
    expect(names).not.toContain('OPEC');
    expect(names).not.toContain('Vienna');
    expect(names).not.toContain('Virginia');
    expect(md.numbers!.map((number) => number.value)).not.toContain(712345);
  });
});

describe('the user\'s article as .txt and .md', async () => {
  it('gives the same findings, and the front matter\'s date as the reference date', async () => {
    const txt = await analyzeAsync(readFixture('pentagon-russia.txt'), { referenceDate: '2022-03-24' });
    const md = await analyzeAsync(readFixture('pentagon-russia.md'), { source: 'pentagon-russia.md' });
    expect(findingsOf(md)).toEqual(findingsOf(txt));
    expect(md.referenceDate).toBe('2022-03-24');
    expect(md.stats.boilerplate).toBe(4);
  });
});

describe('HTML details', async () => {
  await loadFormat('html');
  const read = (html: string) => readArticle(html, 'page.html', 'html').doc;

  it('decodes entities and maps each character to its entity', () => {
    const page = '<html><body><article><p>AT&amp;T and the &#8220;Pentagon&#8221; said on Thursday that the talks, which began in Geneva, had stalled after three weeks of negotiations.</p></article></body></html>';
    const doc = read(page);
    expect(doc.text).toContain('AT&T and the “Pentagon” said');
    const at = doc.text.indexOf('&');
    expect(page.slice(doc.origin!.starts[at], doc.origin!.ends[at])).toBe('&amp;');
  });

  it('never runs scripts or fetches anything', async () => {
    const page = '<html><body><script>globalThis.pwned = true</script><img src="http://127.0.0.1:9/x.png" onerror="globalThis.pwned = true"><article><p>The council met on Tuesday to discuss the budget for the coming year, officials said in a statement.</p></article></body></html>';
    const report = await analyzeAsync(page, { input: 'html' });
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(report.dates!.map((date) => date.text)).toEqual(['Tuesday', 'the coming year']);
  });
});

describe('Markdown details', () => {
  it('maps the words after a character the parser replaces (NUL → U+FFFD) to their own places', async () => {
    const input = '# Note\n\n\u0000 John Kirby said on Tuesday that 3 ships left.';
    const report = await analyzeAsync(input, { input: 'markdown', referenceDate: '2022-03-24' });
    expect(report.entities?.map((entity) => entity.mentions[0].text)).toEqual(['John Kirby']);
    expect(report.dates?.map((date) => [date.text, date.start])).toEqual([['Tuesday', input.indexOf('Tuesday')]]);
    expect(report.numbers?.map((number) => [number.text, number.start])).toEqual([['3', input.indexOf('3 ships')]]);
  });
});

describe('paragraph breaks in HTML', () => {
  it('makes a <br> a paragraph break', async () => {
    const page = '<html><body><article><p>The council met on Tuesday.<br>Officials said the budget would pass next month, after a long debate in the chamber.<br><br>Critics said it was too late for the farmers of the region.</p></article></body></html>';
    const report = await analyzeAsync(page, { input: 'html', analyzers: ['dates'] });
    expect(report.stats.paragraphs).toBe(3);
    for (const span of allSpans(report)) expect(page.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('format detection', () => {
  it.each([
    ['story.html', '<p>x</p>', 'html'],
    ['story.md', 'Plain words', 'markdown'],
    ['-', '<!DOCTYPE html><html><body>Hi</body></html>', 'html'],
    ['-', '---\ntitle: A\n---\n\nText', 'markdown'],
    ['-', '# Heading\n\nSee [the report](https://example.com).', 'markdown'],
    ['-', 'The Pentagon said on Thursday that talks had stalled.', 'text'],
    ['-', 'Prices rose 5% <b>not</b> markup enough', 'text'],
  ])('%s %j → %s', (source, text, format) => {
    expect(detectFormat(text, source)).toBe(format);
  });
});

describe('text hygiene', () => {
  it('reads through soft hyphens, zero-width spaces and words hyphenated at a line end', () => {
    const input = 'The Pen\u00adtagon said its defen-\nces were strong in Eu\u200brope, \ufb01nance aside.';
    const doc = readArticle(input, '-', 'text').doc;
    expect(doc.text).toBe('The Pentagon said its defences were strong in Europe, finance aside.');
  });
  it('still points spans into the text as given', async () => {
    const input = 'The Pen\u00adtagon said on Thursday.';
    const report = await analyzeAsync(input, { analyzers: ['entities', 'dates'] });
    expect(report.entities![0].mentions[0]).toEqual({ start: 4, end: 13, text: 'Pen\u00adtagon' });
    for (const span of allSpans(report)) expect(input.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('the CLI reads a web page', () => {
  it('detects HTML by extension and reports from the page', () => {
    const page = fixturePath('retail-sales-wire.html');
    expect(readFileSync(page, 'utf8')).toContain('<article');
    const result = spawnSync(process.execPath, [`${root}bin/article-analyze.js`, page, '--format', 'json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.meta.referenceDateFrom).toBe('metadata');
    expect(report.entities.map((entity: { name: string }) => entity.name)).toContain('Maria Gonzalez');
  });
});
