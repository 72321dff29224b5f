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

/** Index of the first item whose start is at or after the offset, in items sorted by start. */
export function firstStartingFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A set of spans that answers "does anything here overlap this span?" by binary search: spans
 * sorted by start, with the furthest end reached so far, so that a check is logarithmic and a
 * document with a number on every line stays linear-logarithmic.
 */
export class SpanIndex {
  private readonly spans: Span[];
  private readonly reach: number[] = [];

  constructor(spans: Iterable<Span>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const span of this.spans) this.reach.push((reach = Math.max(reach, span.end)));
  }

  overlaps(span: Span): boolean {
    const last = firstStartingFrom(this.spans, span.end) - 1;
    return last >= 0 && this.reach[last] > span.start;
  }
}
