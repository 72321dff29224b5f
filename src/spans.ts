// Span helpers shared by analyzers and the runner.
import type { Document, Sentence, Span, TextSpan } from './types.js';

/** The span's text from the input, so that `text.slice(start, end) === span.text` by construction. */
export function textSpan(doc: Document, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

function findByOffset<T extends Span>(items: readonly T[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (items[middle].end <= offset) low = middle + 1;
    else if (items[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** The sentence that contains the offset, if any. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  return doc.sentences[findByOffset(doc.sentences, offset)];
}

/** Index of the first token that ends after the offset (the one containing it, or the next), or -1. */
export function tokenIndexFrom(doc: Document, offset: number): number {
  const { tokens } = doc;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low < tokens.length ? low : -1;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
