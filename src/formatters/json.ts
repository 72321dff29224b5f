import type { Formatter } from '../types.js';

/** One pretty object for one input, an array for several. */
export const json: Formatter = (reports, options) =>
  `${JSON.stringify(options.batch || reports.length !== 1 ? reports : reports[0], null, 2)}\n`;
