// Text as read → Document: paragraphs, soft wraps, boilerplate, and the one shared parse.
import { parse } from '../nlp.js';
import { isBoilerplateLine } from '../data/boilerplate.js';
import { abbreviations } from '../data/abbreviations.js';
import type { Document, Paragraph, Sentence, Span } from '../types.js';

interface Line extends Span {
  /** End of the line break after it (start of the next line). */
  next: number;
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ start, end: match.index, next: match.index + match[0].length, blank: false });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, next: text.length, blank: false });
  for (const line of lines) line.blank = !/\S/.test(text.slice(line.start, line.end));
  return lines;
}

const endsSentence = /[.!?]["”’')\]]*\s*$/;
const startsLowercase = /^\s*["“‘'(]?[a-z]/;

/**
 * Whether the break after `line` only wraps a sentence that goes on in `following`.
 * News text arrives hard-wrapped: "Pentagon press secretary\nJohn Kirby said in a statement."
 * A line ending a sentence ("…on February 11.") and a short line with no closing punctuation
 * (a headline or dateline such as "March 01, 2008") end where they stand.
 */
function isSoftWrap(line: string, following: string): boolean {
  if (startsLowercase.test(following)) return true;
  // A short line of its own after it: "…airtanker contract\nMarch 01, 2008\n…"
  if (following.trim().length < 30 && !endsSentence.test(following)) return false;
  if (endsSentence.test(line)) {
    const lastWord = /(\S+)\s*$/.exec(line)?.[1].toLowerCase() ?? '';
    return abbreviations.has(lastWord.replace(/["”’')\]]+$/, ''));
  }
  return line.trim().length >= 30;
}

/** Builds the shared, parsed Document from the input as read. */
export function createDocument(input: string, source: string): Document {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = splitLines(text);
  const clean = text.replace(/\r/g, ' ').split('');
  const boilerplate: Span[] = [];
  const blocks: Span[] = [];

  let blockStart = -1;
  let blockEnd = -1;
  const closeBlock = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineText = text.slice(line.start, line.end);
    if (line.blank) {
      closeBlock();
      continue;
    }
    if (isBoilerplateLine(lineText)) {
      closeBlock();
      boilerplate.push({ start: line.start, end: line.end });
      for (let c = line.start; c < line.end; c++) clean[c] = ' ';
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    const following = lines[i + 1];
    if (following && !following.blank && line.next > line.end) {
      const followingText = text.slice(following.start, following.end);
      if (!isBoilerplateLine(followingText) && isSoftWrap(lineText, followingText)) {
        for (let c = line.end; c < line.next; c++) clean[c] = ' ';
      }
    }
  }
  closeBlock();

  const cleanText = clean.join('');
  const { tokens, sentences: parsed } = parse(cleanText);

  // A block of non-blank lines is one paragraph; each sentence belongs to the one it starts in.
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let block = 0;
  for (const sentence of parsed) {
    while (block < blocks.length - 1 && sentence.start >= blocks[block].end) block++;
    let paragraph = paragraphs[paragraphs.length - 1];
    if (!paragraph || paragraph.start !== blocks[block].start) {
      paragraph = { ...blocks[block], firstSentence: sentences.length, endSentence: sentences.length };
      paragraphs.push(paragraph);
    }
    paragraph.endSentence = sentences.length + 1;
    sentences.push({ ...sentence, paragraph: paragraphs.length - 1 });
  }
  return { source, text, clean: cleanText, paragraphs, boilerplate, sentences, tokens };
}
