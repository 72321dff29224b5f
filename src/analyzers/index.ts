// The analyzer registry: its keys are the words of `--analyzers`, in report order.
import { entities } from './entities/index.js';
import { quotes } from './quotes/index.js';
import { dates } from './dates/index.js';
import { numbers } from './numbers/index.js';
import type { Analyzer, AnalyzerName, FindingsByAnalyzer } from '../types.js';

export const analyzers: { readonly [K in AnalyzerName]: Analyzer<FindingsByAnalyzer[K][number]> } = {
  entities,
  quotes,
  dates,
  numbers,
};

export const analyzerNames = Object.keys(analyzers) as AnalyzerName[];
