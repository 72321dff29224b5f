// Presentation helpers shared by the human-readable formatters.
import type { Entity, EntityType, NumberFinding, Report } from '../types.js';

/**
 * Article text made safe for a terminal or a Markdown cell: control characters, escape sequences
 * and bidirectional overrides are shown, not executed, and line breaks become spaces.
 */
export function printable(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
    // bidirectional overrides and isolates would reorder what the terminal shows ("Trojan Source")
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)
    .trim();
}

export function shorten(text: string, max: number): string {
  const flat = printable(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const typeOrder: Readonly<Record<EntityType, number>> = { person: 0, organization: 1, place: 2, other: 3 };

/** Entities by type, most-mentioned first. */
export function entitiesForDisplay(entities: readonly Entity[]): Entity[] {
  return [...entities].sort((a, b) => typeOrder[a.type] - typeOrder[b.type] || b.count - a.count || a.name.localeCompare(b.name, 'en'));
}

/**
 * 3600000 → "3,600,000", as toLocaleString('en-US') writes an integer, without its ~25 ms of
 * locale data loaded on first use at every start.
 */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatValue(number: NumberFinding): string {
  const value = Number.isInteger(number.value) ? groupThousands(number.value) : String(number.value);
  const parts = [number.currency ? `${value} ${number.currency}` : value];
  if (number.unit) parts.push(number.unit);
  return parts.join(' ');
}

export function summaryLine(report: Report): string {
  const { characters, words, sentences, paragraphs } = report.stats;
  const reference = report.referenceDate ? `reference date ${report.referenceDate}` : 'no reference date';
  return `${words} words, ${sentences} sentences, ${paragraphs} paragraphs, ${characters} characters; ${reference}`;
}

const builtinKeys = new Set(['schemaVersion', 'id', 'source', 'referenceDate', 'stats', 'meta', 'errors', 'entities', 'quotes', 'dates', 'numbers']);

/**
 * A plugin analyzer's findings as a table: the text, then up to three of their other plain fields
 * (offsets left out), for the table and Markdown formats.
 */
export function pluginSections(report: Report): Array<{ name: string; header: string[]; rows: string[][] }> {
  const sections = [];
  for (const [name, value] of Object.entries(report)) {
    if (builtinKeys.has(name) || !Array.isArray(value)) continue;
    const findings = value.filter((finding): finding is Record<string, unknown> => Boolean(finding) && typeof finding === 'object');
    const fields = [...new Set(findings.flatMap((finding) => Object.keys(finding)))]
      .filter((field) => !['start', 'end', 'text'].includes(field) && findings.every((finding) => finding[field] === undefined || finding[field] === null || typeof finding[field] !== 'object'))
      .slice(0, 3);
    const plain = (field: unknown) => (field === undefined || field === null ? '' : String(field));
    sections.push({ name, header: ['Text', ...fields], rows: findings.map((finding) => [plain(finding.text), ...fields.map((field) => plain(finding[field]))]) });
  }
  return sections;
}
