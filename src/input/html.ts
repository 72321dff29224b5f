// A saved web page → the article's text, with every character mapped to its place in the HTML.
// @mozilla/readability (on linkedom's DOM) decides which paragraphs are the article; htmlparser2
// reads the page once more with source positions, and the two are aligned word by word. No script
// runs and nothing is fetched: linkedom loads no resources and readability only reads the DOM.
import { Readability } from '@mozilla/readability';
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { ExtractedText } from './extracted.js';
import type { ArticleMeta, SourceMap } from '../types.js';

/** Elements whose text is never article text. */
const hiddenElements = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'select', 'textarea', 'button', 'canvas', 'math']);
/** Elements that end a block of text: paragraph breaks for the analyzers. */
const blockElements = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'br', 'tr', 'td', 'th',
  'table', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'dl',
  'main', 'address', 'details', 'summary', 'form', 'fieldset', 'body', 'html',
]);
/** Stands for a <br> while paragraphs are cut. */
const LINE_BREAK = '\u2028';
const textBlocks = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';
const backMatter = /^(?:sources?|references|external links|related(?: articles| stories| links)?|see also|more on this story|further reading|read more|comments?(?: \(\d+\))?)$/i;

interface Word {
  text: string;
  /** Index of its first and one past its last character in the decoded page text. */
  from: number;
  to: number;
}

/** The page's visible text, entities decoded, with the HTML range of each character. */
function readPageText(html: string): { text: string; starts: number[]; ends: number[] } {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let hidden = 0;
  const boundary = (at: number) => {
    chars.push('\n');
    starts.push(at);
    ends.push(at);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (hiddenElements.has(name)) hidden++;
        if (blockElements.has(name)) boundary(parser.startIndex);
      },
      onclosetag(name) {
        if (hiddenElements.has(name)) hidden = Math.max(0, hidden - 1);
        if (blockElements.has(name)) boundary(parser.startIndex);
      },
      ontext() {
        if (hidden > 0) return;
        const start = parser.startIndex;
        const raw = html.slice(start, parser.endIndex + 1);
        const entity = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi;
        let at = 0;
        for (let match = entity.exec(raw); match; match = entity.exec(raw)) {
          for (let i = at; i < match.index; i++) {
            chars.push(raw[i]);
            starts.push(start + i);
            ends.push(start + i + 1);
          }
          const decoded = decodeHTML(match[0]);
          for (const unit of decoded.split('')) {
            chars.push(unit);
            starts.push(start + match.index);
            ends.push(start + match.index + match[0].length);
          }
          at = match.index + match[0].length;
        }
        for (let i = at; i < raw.length; i++) {
          chars.push(raw[i]);
          starts.push(start + i);
          ends.push(start + i + 1);
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: chars.join(''), starts, ends };
}

function wordsOf(text: string, from = 0): Word[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({ text: match[0], from: from + match.index!, to: from + match.index! + match[0].length }));
}

/** The article's paragraphs as readability sees them. */
function articleParagraphs(html: string): { paragraphs: string[]; meta: Partial<ArticleMeta> & { publishedTime?: string | null } } {
  const { document } = parseHTML(html);
  const language = document.documentElement?.getAttribute('lang') ?? null;
  const meta: Partial<ArticleMeta> & { publishedTime?: string | null } = { language, published: publishedFromPage(document) };
  // The headline is part of what a reader reads; readability keeps it apart as the title
  const headline = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article) return { paragraphs: [], meta };
  Object.assign(meta, { title: article.title ?? null, byline: article.byline ?? null, siteName: article.siteName ?? null, language: article.lang ?? language });
  meta.published ??= isoDay(article.publishedTime ?? null);
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content ?? ''}</body></html>`);
  const blocks = [...content.querySelectorAll(textBlocks)].filter((element) => !element.querySelector(textBlocks));
  const paragraphs: string[] = [];
  let skipping = false;
  for (const element of blocks) {
    // A <br> breaks a paragraph as a blank line would
    for (const br of [...element.querySelectorAll('br')]) br.replaceWith(content.createTextNode(LINE_BREAK));
    const parts = (element.textContent ?? '').split(LINE_BREAK).map((part) => part.replace(/\s+/g, ' ').trim());
    // "Sources", "Related stories", "See also": lists after the story, not the story
    if (/^h[1-6]$/i.test(element.tagName)) skipping = backMatter.test(parts.join(' '));
    if (!skipping) paragraphs.push(...parts.filter(Boolean));
  }
  if (paragraphs.length === 0 && article.textContent) paragraphs.push(article.textContent.replace(/\s+/g, ' ').trim());
  if (headline && paragraphs[0] !== headline) paragraphs.unshift(headline);
  return { paragraphs, meta };
}

function isoDay(value: string | null): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match ? match[1] : null;
}

/** `<meta property="article:published_time">`, JSON-LD `datePublished`, `<time datetime>`. */
function publishedFromPage(document: ReturnType<typeof parseHTML>['document']): string | null {
  const selectors = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]'];
  for (const selector of selectors) {
    const day = isoDay(document.querySelector(selector)?.getAttribute('content') ?? null);
    if (day) return day;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const day = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (day && isoDay(day[1])) return isoDay(day[1]);
  }
  return isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
}

/**
 * The article's text: its paragraphs, words joined by single spaces and paragraphs by blank
 * lines, each character mapped to the HTML it came from. A paragraph readability changed beyond
 * recognition is left out rather than guessed.
 */
export function extractHtml(html: string): { text: string; origin: SourceMap; meta: Partial<ArticleMeta> } {
  const page = readPageText(html);
  const pageWords = wordsOf(page.text);
  const { paragraphs, meta } = articleParagraphs(html);
  const out = new ExtractedText(html);
  let cursor = 0;
  for (const paragraph of paragraphs) {
    const words = paragraph.split(' ');
    let found = -1;
    for (let k = cursor; k + words.length <= pageWords.length && found < 0; k++) {
      if (pageWords[k].text !== words[0]) continue;
      let same = true;
      for (let w = 1; w < words.length && same; w++) same = pageWords[k + w].text === words[w];
      if (same) found = k;
    }
    if (found < 0) continue;
    if (out.size > 0) out.pushSeparator('\n\n');
    for (let w = 0; w < words.length; w++) {
      const word = pageWords[found + w];
      if (w > 0) out.pushSeparator(' ');
      for (let i = word.from; i < word.to; i++) out.push(page.text[i], page.starts[i], page.ends[i]);
    }
    cursor = found + words.length;
  }
  return { ...out.result(), meta };
}
