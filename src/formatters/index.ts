// The formatter registry: its keys are the words of `--format`.
import { table } from './table.js';
import { json } from './json.js';
import { ndjson } from './ndjson.js';
import { markdown } from './markdown.js';
import { html } from './html.js';
import type { Formatter } from '../types.js';

import type { FormatName } from './names.js';

export { formatNames, type FormatName } from './names.js';

export const formatters: Record<FormatName, Formatter> = { table, json, ndjson, markdown, html };
