// Text extracted from a richer input (HTML, Markdown, text with soft hyphens), built piece by
// piece with the input range of every character, so that spans can be mapped back.
import type { SourceMap } from '../types.js';

export class ExtractedText {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private length = 0;

  constructor(readonly input: string) {}

  /** Appends characters read from input[start, end): one range for all of them ("&amp;" → "&"). */
  push(text: string, start: number, end: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.length += text.length;
  }

  /** Appends input[start, end) as it stands, character for character. */
  pushSlice(start: number, end: number): void {
    this.parts.push(this.input.slice(start, end));
    for (let i = start; i < end; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
    this.length += end - start;
  }

  /** A separator that stands for the input between two pieces (markup, a blank line). */
  pushSeparator(separator: string): void {
    const at = this.length > 0 ? this.ends[this.length - 1] : 0;
    this.push(separator, at, at);
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  result(): { text: string; origin: SourceMap } {
    // A separator's range runs up to the next piece, so a span never starts or ends inside markup.
    for (let i = this.length - 1; i >= 0; i--) {
      if (this.starts[i] === this.ends[i] && i + 1 < this.length) this.ends[i] = this.starts[i + 1];
    }
    return {
      text: this.parts.join(''),
      origin: { input: this.input, starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) },
    };
  }
}
