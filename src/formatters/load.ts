// One formatter, loaded on its own: a run that prints a table does not initialize the HTML
// formatter's entity tables (~4 ms of every start).
import type { Formatter } from '../types.js';
import type { FormatName } from './names.js';

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'table':
      return (await import('./table.js')).table;
    case 'json':
      return (await import('./json.js')).json;
    case 'ndjson':
      return (await import('./ndjson.js')).ndjson;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'html':
      return (await import('./html.js')).html;
  }
}
