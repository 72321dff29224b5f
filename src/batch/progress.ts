// "article-analyze: 1,204/5,000 articles · 38.5/s · ETA 1:39" on stderr, redrawn in place, for
// long batches on a terminal only: never in a pipe, a log file or CI.

import { groupThousands } from '../formatters/text.js';

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  /**
   * @param total the number of inputs when known (files named), else null (NDJSON, or a directory
   *   until it has been listed: see setTotal)
   * @param now a clock in milliseconds; progress is about wall time, and never reaches the output
   */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private total: number | null,
    private readonly now: () => number,
    /** Nothing is drawn before this many milliseconds: short batches stay silent. */
    private readonly delay = 1000,
  ) {
    this.started = now();
  }

  /** The number of inputs, once known (a directory listed while the batch runs). */
  setTotal(total: number): void {
    this.total = total;
  }

  tick(): void {
    this.done++;
    const now = this.now();
    if (now - this.started < this.delay || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const rate = this.done / elapsed;
    // a directory that gained files after it was counted has no total any more
    const total = this.total !== null && this.done <= this.total ? this.total : null;
    const articles = (total ?? this.done) === 1 ? 'article' : 'articles';
    let line = `article-analyze: ${groupThousands(this.done)}${total === null ? '' : `/${groupThousands(total)}`} ${articles} · ${rate.toFixed(1)}/s`;
    if (total !== null && rate > 0) line += ` · ETA ${duration((total - this.done) / rate)}`;
    this.stream.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  /** Clears the line, before an error message and at the end. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
