// Quote spans from quote marks: straight, curly and single, over wrapped lines and across
// paragraphs, never fooled by apostrophes (Russia’s, ’90s, rock ’n’ roll, O’Brien).
import type { Document, Span } from '../../types.js';

export interface QuotedSpan extends Span {
  /** The opening and closing marks (or the paragraph end for a quote continued in the next one). */
  open: number;
  close: number;
  /** True when the quote runs on into the next paragraph, which opens with a quote mark again. */
  continues: boolean;
  /** True for a paragraph that continues the previous paragraph's quote. */
  continued: boolean;
}

const isLetterOrDigit = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const openers = /[\s([{\-–—\/:;,.!?…]/;

/** Where a mark may open a quote: after a space, a dash or a bracket, before a word. */
function canOpen(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  return (before === undefined || openers.test(before) || /["“‘']/.test(before)) && !isSpace(after);
}

/** Where a mark may close a quote: after a word or punctuation, not inside a word. */
function canClose(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  return !isSpace(before) && !isLetterOrDigit(after);
}

/** An apostrophe, not a single quote mark: letters on both sides, or "’90s", "’n’". */
function isApostrophe(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return true;
  if (/\d/.test(after ?? '') && /^\d0s\b|^\d\d\b/.test(text.slice(index + 1, index + 5))) return true;
  if (/^[’'][nN][’']/.test(text.slice(index, index + 3)) || /^[’'][nN][’']$/.test(text.slice(index - 2, index + 1))) return true;
  // "the Joneses’ house", "students’": a plural possessive closes no quote that was never opened
  return false;
}

const closerOf: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“' };
/** Any of the marks that open a quote (the keys of closerOf). */
const quoteMarks = new RegExp(`[${Object.keys(closerOf).join('')}]`, 'g');

/** The longest a quote may run inside one paragraph before we give up on an unbalanced mark. */
const MAX_QUOTE_LENGTH = 5000;

/**
 * For one paragraph, where the next valid closing mark of each kind stands: built once per kind in
 * one backward pass, so that finding a quote's end costs O(1) and a paragraph of 100,000 opening
 * marks stays linear.
 */
class ClosingMarks {
  private readonly next = new Map<string, Int32Array>();

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The first valid closer at or after `from` in the paragraph, or -1. */
  after(closer: string, from: number): number {
    let table = this.next.get(closer);
    if (!table) {
      table = new Int32Array(this.end - this.start + 1).fill(-1);
      for (let j = this.end - 1; j >= this.start; j--) {
        const valid = this.text[j] === closer && canClose(this.text, j) && !((closer === '’' || closer === "'") && isApostrophe(this.text, j));
        table[j - this.start] = valid ? j : table[j - this.start + 1];
      }
      this.next.set(closer, table);
    }
    return from >= this.end ? -1 : table[Math.max(from, this.start) - this.start];
  }
}

/**
 * Finds the outermost quotes of each paragraph: each opening mark closes at the next closing mark
 * of its kind (British ‘…’ inside “…” stays part of the outer quote). An unclosed mark is dropped
 * at the paragraph end unless the next paragraph opens with a quote mark (the convention for a
 * quotation over several paragraphs) or closes it without opening another.
 */
export function findQuotedSpans(doc: Document): QuotedSpan[] {
  const { clean } = doc;
  const spans: QuotedSpan[] = [];
  // no quote mark, no quote (the search below starts from the first one anyway)
  quoteMarks.lastIndex = 0;
  if (!quoteMarks.test(clean)) return spans;
  const marks = doc.paragraphs.map((paragraph) => new ClosingMarks(clean, paragraph.start, paragraph.end));
  let continuing = false;
  let resumeAt = 0;
  // The first mark at or after `markFrom` is at `markAt` (-1: none): a paragraph without marks
  // asks again where the next one is, and the text after it is not searched once per paragraph.
  let markFrom = -1;
  let markAt = -1;
  const nextMark = (from: number) => {
    if (markFrom < 0 || from < markFrom || (markAt >= 0 && from > markAt)) {
      quoteMarks.lastIndex = from;
      markFrom = from;
      markAt = quoteMarks.exec(clean)?.index ?? -1;
    }
    return markAt;
  };
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    let i = Math.max(paragraph.start, resumeAt);
    const wasContinuing = continuing;
    continuing = false;
    while (i < paragraph.end) {
      // the next mark of any kind, found by the pattern rather than character by character
      const mark = nextMark(i);
      if (mark < 0 || mark >= paragraph.end) break;
      i = mark;
      const char = clean[i];
      const closer = closerOf[char];
      if (!canOpen(clean, i) || ((char === "'" || char === '‘') && isApostrophe(clean, i))) {
        i++;
        continue;
      }
      const open = i;
      const limit = Math.min(paragraph.end, open + MAX_QUOTE_LENGTH);
      let close = marks[paragraphIndex].after(closer, open + 1);
      if (close >= limit) close = -1;
      if (close < 0) {
        // Unclosed: a multi-paragraph quote if the next paragraph opens with a mark, else not a quote
        const next = doc.paragraphs[paragraphIndex + 1];
        const reachesEnd = limit === paragraph.end;
        if (reachesEnd && next && closerOf[clean[next.start]] && (char === '“' || char === '"')) {
          const end = trimEnd(clean, open + 1, paragraph.end);
          spans.push({ start: open + 1, end, open, close: paragraph.end, continues: true, continued: wasContinuing && open === paragraph.start });
          continuing = true;
          break;
        }
        if (reachesEnd && next && (char === '“' || char === '"')) {
          // "…said, "I think we have learned a lot.\n\nIt was a very emotional day."": the quote
          // closes in the next paragraph, which opens no quote of its own before that
          const nextClose = marks[paragraphIndex + 1].after(closer, next.start);
          const reopened = char === closer ? -1 : clean.indexOf(char, next.start);
          if (nextClose >= 0 && !canOpen(clean, nextClose) && (reopened < 0 || reopened >= nextClose)) {
            spans.push({ start: open + 1, end: trimEnd(clean, open + 1, nextClose), open, close: nextClose, continues: false, continued: wasContinuing && open === paragraph.start });
            resumeAt = nextClose + 1;
            break;
          }
        }
        i = open + 1;
        continue;
      }
      const start = open + 1;
      const end = trimEnd(clean, start, close);
      if (end > start) {
        spans.push({ start, end, open, close, continues: false, continued: wasContinuing && open === paragraph.start });
      }
      i = close + 1;
    }
  });
  return spans;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
