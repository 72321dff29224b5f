import type { Formatter } from '../types.js';

/** One compact report per line, for streams and `jq -c`. */
export const ndjson: Formatter = (reports) => reports.map((report) => `${JSON.stringify(report)}\n`).join('');
