// Text as read → Document: paragraphs, soft wraps, boilerplate, and the one shared parse.
import { parse } from '../nlp.js';
import { isBoilerplateLine } from '../data/boilerplate.js';
import { abbreviations } from '../data/abbreviations.js';
import type { Document, Paragraph, Sentence, SourceMap, Span } from '../types.js';

interface Line extends Span {
  /** End of the line break after it (start of the next line). */
  next: number;
  blank: boolean;
  /** A teaser, byline or credit line (src/data/boilerplate.ts), asked once per line. */
  boilerplate: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ start, end: match.index, next: match.index + match[0].length, blank: false, boilerplate: false });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, next: text.length, blank: false, boilerplate: false });
  for (const line of lines) {
    const lineText = text.slice(line.start, line.end);
    line.blank = !/\S/.test(lineText);
    line.boilerplate = !line.blank && isBoilerplateLine(lineText);
  }
  return lines;
}

/** The line's last run of non-space characters, or '' (/(\S+)\s*$/, read from the end: the pattern is tried at every character). */
export function lastWordOf(line: string): string {
  const trimmed = line.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !/\s/.test(trimmed[start - 1])) start--;
  return trimmed.slice(start);
}

/** What may follow a sentence's closing mark on its line, before the spaces. */
const closers = '"”’\')]';

/**
 * Whether the line ends a sentence: a full stop, ! or ?, then closing quotes or brackets and
 * space (/[.!?]["”’')\]]*\s*$/, read from the end: the pattern tried that at every character of a
 * paragraph written on one line).
 */
export function endsSentence(line: string): boolean {
  const trimmed = line.trimEnd();
  let end = trimmed.length;
  while (end > 0 && closers.includes(trimmed[end - 1])) end--;
  const last = trimmed.charCodeAt(end - 1);
  return last === 46 || last === 33 || last === 63;
}
const startsLowercase = /^\s*["“‘'(]?[a-z]/;

/**
 * A line that stands on its own rather than wrapping a sentence: a headline, a date line or a
 * byline at the top ("March 01, 2008", "By Jane Roe"), or a date line anywhere.
 */
function standsAlone(line: string, lineNumber: number, next: string | undefined): boolean {
  const trimmed = line.trim();
  if (trimmed.length >= 30 || endsSentence(trimmed)) return false;
  if (dateLine.test(trimmed)) return true;
  // A Title Case line at the top before a long line or a date line; not "According to Ana\nRuiz, …"
  const nextStandsApart = next === undefined || next.trim().length >= 45 || dateLine.test(next.trim()) || /^By\s/.test(trimmed);
  return lineNumber < HEAD_LINES && !/\b\p{Ll}{3,}/u.test(trimmed) && nextStandsApart;
}

const dateLine = /^(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})$/;
/** Lines at the top that may be a headline, a date line or a byline. */
const HEAD_LINES = 4;

/**
 * Whether the break after `line` only wraps a sentence that goes on in `following`.
 * News text arrives hard-wrapped: "Pentagon press secretary\nJohn Kirby said in a statement."
 * A line ending a sentence ("…on February 11."), a line of its own at the top (a headline or
 * byline) and a date line ("March 01, 2008") end where they stand.
 */
function isSoftWrap(line: string, following: string, lineNumber: number, afterFollowing?: string): boolean {
  if (startsLowercase.test(following)) return true;
  if (standsAlone(following, lineNumber + 1, afterFollowing) || standsAlone(line, lineNumber, following)) return false;
  if (endsSentence(line)) {
    const lastWord = lastWordOf(line).toLowerCase();
    return abbreviations.has(lastWord.replace(/["”’')\]]+$/, ''));
  }
  // A short headline without a full stop over a long first line of the story:
  // "Boeing wins tanker deal\nBoeing said on Friday that it had won the contract for…"
  return lineNumber >= HEAD_LINES || line.trim().length >= 30 || following.trim().length < 45;
}

/** Builds the shared, parsed Document from the input as read. */
export function createDocument(input: string, source: string, origin?: SourceMap): Document {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = splitLines(text);
  // No-break and other Unicode spaces are spaces to the analyzers: "3.6\u00a0million"
  const spaced = text.replace(/\r/g, ' ').replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  /** Ranges the analyzers see as spaces (boilerplate, line breaks inside a paragraph), in order. */
  const blanked: Span[] = [];
  const boilerplate: Span[] = [];
  const blocks: Span[] = [];

  let blockStart = -1;
  let blockEnd = -1;
  /** How many lines of text came before, for telling a headline from a wrapped line. */
  let nonBlankSeen = 0;
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
    if (line.boilerplate) {
      closeBlock();
      boilerplate.push({ start: line.start, end: line.end });
      blanked.push({ start: line.start, end: line.end });
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    nonBlankSeen++;
    const following = lines[i + 1];
    if (following && !following.blank && line.next > line.end) {
      const followingText = text.slice(following.start, following.end);
      const third = lines[i + 2] && !lines[i + 2].blank ? text.slice(lines[i + 2].start, lines[i + 2].end) : undefined;
      if (!following.boilerplate && isSoftWrap(lineText, followingText, nonBlankSeen - 1, third)) {
        blanked.push({ start: line.end, end: line.next });
      }
    }
  }
  closeBlock();

  let cleanText = '';
  let copied = 0;
  for (const { start, end } of blanked) {
    cleanText += spaced.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  cleanText += spaced.slice(copied);
  const { tokens, sentences: parsed } = parse(cleanText);

  // A block of non-blank lines is one paragraph; each sentence belongs to the one it starts in.
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let block = 0;
  for (const sentence of parsed) {
    while (block < blocks.length - 1 && sentence.start >= blocks[block].end) block++;
    let paragraph = paragraphs[paragraphs.length - 1];
    if (!paragraph || paragraph.start !== blocks[block].start) {
      // written out, not spread: objects of one shape (a spread copy was ~3% of all analysis time)
      paragraph = { start: blocks[block].start, end: blocks[block].end, firstSentence: sentences.length, endSentence: sentences.length };
      paragraphs.push(paragraph);
    }
    paragraph.endSentence = sentences.length + 1;
    sentences.push({ start: sentence.start, end: sentence.end, firstToken: sentence.firstToken, endToken: sentence.endToken, paragraph: paragraphs.length - 1 });
  }
  return { source, text, clean: cleanText, paragraphs, boilerplate, sentences, tokens, ...(origin ? { origin } : {}) };
}
