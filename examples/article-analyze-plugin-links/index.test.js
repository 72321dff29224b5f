// The example plugin's own tests, with the tester article-analyze provides.
import { describe, it } from 'vitest';
import { testAnalyzer } from 'article-analyze';
import plugin from './index.js';

describe('links', () => {
  it('finds e-mail addresses and links, without the punctuation after them', async () => {
    await testAnalyzer('links', plugin.analyzers.links, [
      { text: 'Write to press@Example.org or see https://example.org/report.', expected: [
        { text: 'press@Example.org', kind: 'email', value: 'press@example.org' },
        { text: 'https://example.org/report', kind: 'url', value: 'https://example.org/report' },
      ] },
      { text: 'Details (www.who.int/news) were published.', expected: [{ text: 'www.who.int/news', kind: 'url', value: 'https://www.who.int/news' }] },
      { text: 'An article with no address.', expected: [] },
      { text: '“Email me at a.b@c.co,” he said.', expected: [{ text: 'a.b@c.co', start: 13, end: 21 }] },
    ]);
  });

  it('points into HTML as given', async () => {
    await testAnalyzer('links', plugin.analyzers.links, [
      { text: '<html><body><article><p>Contact <b>desk@paper.com</b> for the full report on the election results.</p></article></body></html>', options: { input: 'html' }, expected: [{ text: 'desk@paper.com', start: 35, end: 49 }] },
    ]);
  });
});
