// Readable tables for a terminal. The only module that imports chalk and cli-table3.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { entitiesForDisplay, formatValue, pluginSections, shorten, summaryLine } from './text.js';
import type { Formatter, Report } from '../types.js';

type Paint = InstanceType<typeof Chalk>;

function makeTable(paint: Paint, head: string[], widths: number[]): Table.Table {
  return new Table({
    head: head.map((title) => paint.bold(title)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: paint.level > 0 ? ['grey'] : [] },
  });
}

const typeColors = { person: 'cyan', organization: 'magenta', place: 'green', other: 'white' } as const;

function section(report: Report, paint: Paint): string {
  const lines = [paint.bold.underline(report.source), paint.dim(summaryLine(report))];
  if (report.entities) {
    lines.push('', paint.bold(`Entities (${report.entities.length})`));
    if (report.entities.length === 0) lines.push(paint.dim('  none found'));
    else {
      const table = makeTable(paint, ['Name', 'Type', 'Mentions', 'Roles'], [30, 14, 10, 42]);
      for (const entity of entitiesForDisplay(report.entities)) {
        table.push([shorten(entity.name, 60), paint[typeColors[entity.type]](entity.type), String(entity.count), shorten(entity.roles.join('; '), 120)]);
      }
      lines.push(table.toString());
    }
  }
  if (report.quotes) {
    lines.push('', paint.bold(`Quotes (${report.quotes.length})`));
    if (report.quotes.length === 0) lines.push(paint.dim('  none found'));
    else {
      const table = makeTable(paint, ['Quote', 'Speaker', 'Cue', 'Kind'], [56, 22, 12, 9]);
      for (const quote of report.quotes) {
        table.push([`“${shorten(quote.text, 160)}”`, quote.speaker ? shorten(quote.speaker.name, 40) : paint.dim('—'), quote.cue ? shorten(quote.cue.text, 20) : paint.dim('—'), quote.kind]);
      }
      lines.push(table.toString());
    }
  }
  if (report.dates) {
    lines.push('', paint.bold(`Dates (${report.dates.length})`));
    if (report.dates.length === 0) lines.push(paint.dim('  none found'));
    else {
      const table = makeTable(paint, ['Text', 'Type', 'Value'], [40, 10, 26]);
      for (const date of report.dates) table.push([shorten(date.text, 80), date.type, date.value]);
      lines.push(table.toString());
    }
  }
  if (report.numbers) {
    lines.push('', paint.bold(`Numbers (${report.numbers.length})`));
    if (report.numbers.length === 0) lines.push(paint.dim('  none found'));
    else {
      const table = makeTable(paint, ['Text', 'Kind', 'Value', 'Qualifier'], [30, 10, 30, 14]);
      // the unit is a word of the article: made printable like every other piece of its text
      for (const number of report.numbers) table.push([shorten(number.text, 60), number.kind, shorten(formatValue(number), 60), shorten(number.approximate ?? '', 28)]);
      lines.push(table.toString());
    }
  }
  for (const plugin of pluginSections(report)) {
    lines.push('', paint.bold(`${plugin.name} (${plugin.rows.length})`));
    if (plugin.rows.length === 0) lines.push(paint.dim('  none found'));
    else {
      const table = makeTable(paint, plugin.header, plugin.header.map((_, i) => (i === 0 ? 48 : 20)));
      for (const row of plugin.rows) table.push(row.map((cell, i) => shorten(cell, i === 0 ? 96 : 40)));
      lines.push(table.toString());
    }
  }
  return lines.join('\n');
}

export const table: Formatter = (reports, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  return `${reports.map((report) => section(report, paint)).join('\n\n')}\n`;
};
