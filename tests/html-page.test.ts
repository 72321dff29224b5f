// --format html in a real browser: headless Chromium (Debian's chromium, which .ci/run installs)
// driven by playwright-core. The page must show every finding of the JSON report where it stands,
// with its value; its visible text must be the article; it must make no request; hostile text must
// stay text. A screenshot is saved to test-artifacts/ for people to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, root } from './helpers.js';
import type { Report } from '../src/types.js';

const bin = `${root}bin/article-analyze.js`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const scratch = mkdtempSync(join(tmpdir(), 'article-analyze-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const artifacts = join(root, 'test-artifacts');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

let browser: Browser;

/** Opens a page from disk, recording every request it makes. */
async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  return { page, requests, dialogs };
}

describe.skipIf(!existsSync(executablePath))('--format html in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(artifacts, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the article as it is, with every finding of the report marked and valued, and makes no request', async () => {
    const article = fixturePath('pentagon-russia.txt');
    const text = readFileSync(article, 'utf8');
    const report = JSON.parse(cli([article, '--ref-date', '2022-03-24', '--format', 'json'])) as Report;
    cli([article, '--ref-date', '2022-03-24', '--format', 'html', '-o', scratch, '-q']);
    const { page, requests } = await open(join(scratch, 'pentagon-russia.txt.html'));

    expect(requests).toEqual([pathToFileURL(join(scratch, 'pentagon-russia.txt.html')).href]);
    expect(await page.locator('.article').innerText()).toBe(text);

    const marks = await page.$$eval('.article [class]:not([data-continued])', (elements) =>
      elements.map((element) => ({ class: element.className, text: element.textContent, name: element.getAttribute('data-name'), value: element.getAttribute('data-value'), id: element.id, href: element.getAttribute('href') })),
    );
    const mentions = report.entities!.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, text: mention.text, name: entity.name })));
    mentions.sort((a, b) => a.start - b.start);
    expect(marks.filter((m) => m.class.startsWith('entity ')).map((m) => [m.text, m.name])).toEqual(mentions.map((m) => [m.text, m.name]));
    expect(marks.filter((m) => m.class === 'date').map((m) => [m.text, m.value])).toEqual(report.dates!.map((date) => [date.text, date.value]));
    expect(marks.filter((m) => m.class === 'number').map((m) => [m.text, m.value])).toEqual(report.numbers!.map((number) => [number.text, String(number.value)]));
    const quotes = marks.filter((m) => m.class.startsWith('quote '));
    expect(quotes).toHaveLength(report.quotes!.length);
    // each speaker's mention links to its quote, whose title names the speaker
    const speakers = marks.filter((m) => m.class === 'speaker');
    expect(speakers.map((m) => m.text)).toEqual(report.quotes!.filter((quote) => quote.speaker).map((quote) => quote.speaker!.text));
    for (const [i, speaker] of speakers.entries()) {
      expect(await page.locator(speaker.href!).getAttribute('data-speaker')).toBe(report.quotes![i].speaker!.name);
    }
    // the values are on the page, not only in attributes: a date's label is its TIMEX value
    const label = await page.$eval('.article mark.date', (element) => getComputedStyle(element, '::after').content);
    expect(label).toBe(JSON.stringify(report.dates![0].value));
    // the side panel counts entities by type
    const panel = await page.$$eval('.panel h2', (headings) => headings.map((heading) => heading.textContent));
    const people = report.entities!.filter((entity) => entity.type === 'person').length;
    expect(panel).toContain(`People ${people}`);
    expect(panel).toContain(`Quotes ${report.quotes!.length}`);

    await page.screenshot({ path: join(artifacts, 'html-report.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(artifacts, 'html-report-dark.png') });
    await page.close();
  });

  it('renders a hostile article as inert text', async () => {
    const hostile = [
      'Mayor John Smith said on Tuesday: "<script>window.pwned = 1; alert(1)</script>"',
      '',
      '"><img src=x onerror="alert(2)"> </article><h1>Fake headline</h1> <a href="javascript:alert(3)">click</a>',
      '',
      '<style>body { display: none }</style> &lt;b&gt; &amp; \' " <!-- comment --> <iframe src="https://example.com"></iframe>',
      '',
      'The council (“<b onmouseover=alert(4)>”) approved $5 million.',
    ].join('\n');
    const file = join(scratch, 'hostile.txt');
    writeFileSync(file, hostile);
    cli([file, '--format', 'html', '-o', scratch, '-q', '--ref-date', '2022-03-24']);
    const { page, requests, dialogs } = await open(join(scratch, 'hostile.txt.html'));
    await page.locator('.article').hover();
    expect(await page.locator('.article').innerText()).toBe(hostile);
    expect(await page.locator('script, img, iframe, style:not(head style), h1:not(.report-head h1), .article a:not(.speaker)').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });

  it('shows a web page\'s text with its findings, and several articles as sections of one page', async () => {
    const page1 = fixturePath('mecca-crane.html');
    const out = join(scratch, 'two.html');
    writeFileSync(out, cli([page1, fixturePath('airbus-tanker.txt'), '--format', 'html']));
    const { page, requests } = await open(out);
    expect(requests).toHaveLength(1);
    expect(await page.locator('section.report').count()).toBe(2);
    const first = page.locator('section.report').first();
    const shown = await first.locator('.article').innerText();
    expect(shown).toContain('crane');
    expect(shown).not.toMatch(/<\/?p>|&amp;|<script/);
    const report = JSON.parse(cli([page1, '--format', 'json'])) as Report;
    expect(await first.locator('.article mark.entity:not([data-continued])').count()).toBe(report.entities!.reduce((sum, entity) => sum + entity.mentions.length, 0));
    await page.close();
  });
});
