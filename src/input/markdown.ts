// A Markdown export → its prose, with every character mapped to its place in the file. Parsed by
// mdast-util-from-markdown (micromark, CommonMark); code, HTML, images and link targets are left
// out, link text is kept, front matter becomes metadata.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { decodeHTML } from 'entities';
import { ExtractedText } from './extracted.js';
import type { ArticleMeta, SourceMap } from '../types.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;

function parseFrontMatter(source: string): { meta: Partial<ArticleMeta>; length: number } {
  const match = frontMatter.exec(source);
  if (!match) return { meta: {}, length: 0 };
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const field = /^([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (field) fields[field[1].toLowerCase()] = field[2].replace(/^["']|["']$/g, '');
  }
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(fields.date ?? fields.published ?? fields.publishdate ?? '')?.[1] ?? null;
  return {
    meta: {
      title: fields.title || null,
      byline: fields.author || fields.authors || fields.byline || null,
      published: day,
      siteName: fields.site || fields.sitename || fields.publisher || null,
      language: fields.lang || fields.language || null,
    },
    length: match[0].length,
  };
}

/** Block nodes whose inline text is prose; a blank line separates each from the next. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose own text is no prose: `code`, raw HTML, images. */
const skippedInline = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference']);

const entityAt = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
/** How far a text node's character may stand from the previous one in its source. */
const LOOKAHEAD = 64;

/** Maps a text node's value onto its source, which may hold escapes ("\*") and entities ("&amp;"). */
function pushText(out: ExtractedText, source: string, node: MdNode): void {
  const value = node.value ?? '';
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (source.slice(start, end) === value) {
    out.pushSlice(start, end);
    return;
  }
  let j = start;
  for (const char of value.split('')) {
    // The character's place: past escapes ("\\*") and markup to the same character, or an entity
    // that decodes to it, a few characters on at most
    let k = j;
    let entity: RegExpExecArray | null = null;
    for (; k < end && k - j < LOOKAHEAD; k++) {
      if (source[k] === char) break;
      entity = source[k] === '&' ? entityAt.exec(source.slice(k, k + 40)) : null;
      if (entity && decodeHTML(entity[0]).startsWith(char)) break;
      entity = null;
    }
    if (k >= end || k - j >= LOOKAHEAD) {
      // Not in the source: a substitute (U+FFFD for a NUL byte) stands for the source character here
      out.push(char, Math.min(j, end), Math.min(j + 1, end));
      j++;
      continue;
    }
    const width = entity ? entity[0].length : 1;
    out.push(char, k, Math.min(k + width, end));
    j = k + width;
  }
}

function pushInline(out: ExtractedText, source: string, node: MdNode): void {
  if (skippedInline.has(node.type)) return;
  if (node.type === 'text') return pushText(out, source, node);
  if (node.type === 'break') return out.pushSeparator(' ');
  for (const child of node.children ?? []) pushInline(out, source, child);
}

function pushBlocks(out: ExtractedText, source: string, node: MdNode): void {
  if (node.type === 'code' || node.type === 'html' || node.type === 'definition' || node.type === 'yaml') return;
  if (proseBlocks.has(node.type)) {
    if (out.size > 0) out.pushSeparator('\n\n');
    for (const child of node.children ?? []) pushInline(out, source, child);
    return;
  }
  for (const child of node.children ?? []) pushBlocks(out, source, child);
}

export function extractMarkdown(markdown: string): { text: string; origin: SourceMap; meta: Partial<ArticleMeta> } {
  const { meta, length } = parseFrontMatter(markdown);
  // Front matter is blanked, not cut, so that every position the parser reports is the file's.
  const source = ' '.repeat(length) + markdown.slice(length);
  const tree = fromMarkdown(source) as MdNode;
  const out = new ExtractedText(markdown);
  pushBlocks(out, source, tree);
  return { ...out.result(), meta };
}
