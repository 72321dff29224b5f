// The formatter registry: its keys are the words of `--format`.
import { table } from './table.js';
import { json } from './json.js';
import { ndjson } from './ndjson.js';
import { markdown } from './markdown.js';
import type { Formatter } from '../types.js';

export const formatters = { table, json, ndjson, markdown } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];
