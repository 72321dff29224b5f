// Markdown: a section per input with GitHub-flavoured tables, for pasting into issues and docs.
import { entitiesForDisplay, formatValue, pluginSections, printable, summaryLine } from './text.js';
import type { Formatter, Report } from '../types.js';

/** Markdown's own characters escaped first, then the article's control characters made visible. */
const cell = (text: string) => printable(text.replace(/([\\|*_`<>[\]])/g, '\\$1')) || ' ';

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function section(report: Report): string {
  const parts = [`## ${cell(report.source)}`, '', summaryLine(report)];
  if (report.entities) {
    parts.push('', '### Entities', '');
    parts.push(report.entities.length === 0 ? '_None found._' : table(['Name', 'Type', 'Mentions', 'Roles'], entitiesForDisplay(report.entities).map((entity) => [entity.name, entity.type, String(entity.count), entity.roles.join('; ')])));
  }
  if (report.quotes) {
    parts.push('', '### Quotes', '');
    if (report.quotes.length === 0) parts.push('_None found._');
    for (const quote of report.quotes) {
      const who = quote.speaker ? `**${cell(quote.speaker.name)}**` : '_no speaker found_';
      const cue = quote.cue ? ` (${cell(quote.cue.text)})` : '';
      parts.push(`- “${cell(quote.text)}” — ${who}${cue}${quote.kind === 'partial' ? ' _partial_' : ''}`);
    }
  }
  if (report.dates) {
    parts.push('', '### Dates', '');
    parts.push(report.dates.length === 0 ? '_None found._' : table(['Text', 'Type', 'Value'], report.dates.map((date) => [date.text, date.type, date.value])));
  }
  if (report.numbers) {
    parts.push('', '### Numbers', '');
    parts.push(report.numbers.length === 0 ? '_None found._' : table(['Text', 'Kind', 'Value', 'Qualifier'], report.numbers.map((number) => [number.text, number.kind, formatValue(number), number.approximate ?? ''])));
  }
  for (const plugin of pluginSections(report)) {
    parts.push('', `### ${cell(plugin.name)}`, '');
    parts.push(plugin.rows.length === 0 ? '_None found._' : table(plugin.header, plugin.rows));
  }
  return parts.join('\n');
}

export const markdown: Formatter = (reports) => `${reports.map(section).join('\n\n')}\n`;
