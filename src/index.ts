// The public library API.
export { analyze, analyzeDocument, type AnalyzeOptions } from './analyze.js';
export { analyzers, analyzerNames } from './analyzers/index.js';
export { formatters, formatNames, type FormatName } from './formatters/index.js';
export { createDocument } from './input/document.js';
export type * from './types.js';
