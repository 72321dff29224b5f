// The public library API.
export { analyze, analyzeAsync, analyzeDocument, type AnalyzeOptions } from './analyze.js';
export { loadFormat, inputFormats, type InputFormat } from './input/formats.js';
export { analyzers, analyzerNames } from './analyzers/index.js';
export { formatters, formatNames, type FormatName } from './formatters/index.js';
export { createDocument } from './input/document.js';
export type * from './types.js';
export { testAnalyzer, type AnalyzerCase } from './testing.js';
export { checkRules, checkNames, type CheckRule, type Problem } from './check.js';
