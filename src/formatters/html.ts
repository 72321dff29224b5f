// --format html: the article itself with every finding marked where it stands, like a highlighter
// pen. One self-contained page: inline CSS, no script, no request of any kind (a Content Security
// Policy forbids them), article text escaped so that nothing in it can become markup.
import { decodeHTML } from 'entities';
import { entitiesForDisplay, formatValue, groupThousands, pluginSections } from './text.js';
import type { EntityType, Formatter, InputText, Report } from '../types.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
/** Control characters and bidirectional overrides of the article shown as visible escapes. */
const visible = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const attribute = (text: string) => escapeHtml(visible(text).replace(/\s+/g, ' ').trim());

const typeLabels: Readonly<Record<EntityType, string>> = { person: 'PER', organization: 'ORG', place: 'PLACE', other: 'OTHER' };
const typeTitles: Readonly<Record<EntityType, string>> = { person: 'People', organization: 'Organizations', place: 'Places', other: 'Other names' };

/** "more than 3.6 million" → >3,600,000; the words are in the mark's title. */
const approximateSigns: Readonly<Record<string, string>> = { 'more than': '>', over: '>', 'at least': '≥', 'up to': '≤', 'no more than': '≤', 'fewer than': '<', 'less than': '<', under: '<', '': '' };

/** A span to mark: where, and the opening and closing tags. `rank` orders spans that start together. */
interface MarkSpan {
  start: number;
  end: number;
  tag: string;
  attributes: string;
  rank: number;
}

function mark(start: number, end: number, tag: string, attributes: Record<string, string | undefined>, rank: number): MarkSpan {
  const text = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${attribute(value)}"`)
    .join('');
  return { start, end, tag, attributes: text, rank };
}

function marksOf(report: Report, prefix: string): MarkSpan[] {
  const marks: MarkSpan[] = [];
  (report.quotes ?? []).forEach((quote, i) => {
    const who = quote.speaker ? `${quote.speaker.name}${quote.cue ? ` (${quote.cue.text})` : ''}` : 'no speaker found';
    marks.push(mark(quote.start, quote.end, 'span', { class: `quote quote-${quote.kind}`, id: `${prefix}q${i + 1}`, 'data-speaker': quote.speaker?.name, title: `${quote.kind} quote — ${who}` }, 0));
    if (quote.speaker) marks.push(mark(quote.speaker.start, quote.speaker.end, 'a', { class: 'speaker', href: `#${prefix}q${i + 1}`, title: `speaker of quote ${i + 1}: ${quote.speaker.name}` }, 1));
    if (quote.cue) marks.push(mark(quote.cue.start, quote.cue.end, 'span', { class: 'cue', title: `speech cue of quote ${i + 1}` }, 2));
  });
  for (const entity of report.entities ?? []) {
    const title = `${entity.type}: ${entity.name}${entity.roles.length ? ` — ${entity.roles.join('; ')}` : ''}`;
    for (const mention of entity.mentions) {
      marks.push(mark(mention.start, mention.end, 'mark', { class: `entity ${entity.type}`, 'data-type': entity.type, 'data-name': entity.name, 'data-label': typeLabels[entity.type], title }, 3));
    }
  }
  for (const date of report.dates ?? []) {
    // the label shows the resolved value itself: the reader sees "February 18" is 2022-02-18
    marks.push(mark(date.start, date.end, 'mark', { class: 'date', 'data-type': date.type, 'data-value': date.value, 'data-label': date.value, title: `${date.type}: ${date.value}` }, 4));
  }
  for (const number of report.numbers ?? []) {
    const value = formatValue(number);
    marks.push(mark(number.start, number.end, 'mark', { class: 'number', 'data-kind': number.kind, 'data-value': String(number.value), 'data-unit': number.unit ?? undefined, 'data-currency': number.currency ?? undefined, 'data-approximate': number.approximate ?? undefined, 'data-label': `${approximateSigns[number.approximate ?? ''] ?? (number.approximate ? '~' : '')}${value}`, title: `${number.kind}: ${number.approximate ? `${number.approximate} ` : ''}${value}` }, 5));
  }
  for (const [name, findings] of Object.entries(report)) {
    if (!Array.isArray(findings) || ['entities', 'quotes', 'dates', 'numbers', 'errors'].includes(name)) continue;
    for (const finding of findings as Array<Record<string, unknown>>) {
      if (typeof finding?.start !== 'number' || typeof finding.end !== 'number') continue;
      const details = Object.entries(finding).filter(([key, value]) => !['start', 'end', 'text'].includes(key) && value !== null && typeof value !== 'object');
      marks.push(mark(finding.start, finding.end, 'mark', { class: 'plugin', 'data-analyzer': name, 'data-label': name.toUpperCase(), title: `${name}: ${details.map(([key, value]) => `${key} ${String(value)}`).join(', ')}` }, 6));
    }
  }
  // Longer spans outside shorter ones; for the same span, quote > speaker > cue > entity > date > number
  return marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
}

/** What a piece of the input shows: the text as it is, or for HTML the page's text without its markup. */
type Renderer = (from: number, to: number) => string;

function textRenderer(text: string): Renderer {
  return (from, to) => escapeHtml(visible(text.slice(from, to)));
}

const blockTags = /^(?:p|div|h[1-6]|li|ul|ol|br|hr|article|section|header|footer|blockquote|tr|table|figure|figcaption|pre|dd|dt|main|aside|nav)$/i;
// not shown: what is no text, and a page's navigation and forms
const hiddenBlocks = /^(?:script|style|head|template|noscript|svg|iframe|object|title|nav|form|button|select)$/i;

/**
 * For a web page: the markup left out, entities decoded, whitespace collapsed, a blank line for a
 * block's edge. Spans point into the page's source; a span never cuts an entity or a tag in two.
 */
function htmlRenderer(source: string): Renderer {
  // kind per source character: 0 text, 1 markup, 2 a block edge (the first character of a block tag)
  const kinds = new Uint8Array(source.length);
  const token = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][\w-]*)[^>]*>?|<![^>]*>?/g;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    const name = match[1] ?? '';
    let end = match.index + match[0].length;
    if (hiddenBlocks.test(name) && !match[0].startsWith('</') && !match[0].endsWith('/>')) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = end;
      const found = close.exec(source);
      end = found ? found.index + found[0].length : source.length;
      token.lastIndex = end;
    }
    kinds.fill(1, match.index, end);
    if (blockTags.test(name) || hiddenBlocks.test(name)) kinds[match.index] = 2;
  }
  // rendering goes from the start of the page to its end, piece by piece: a blank line between
  // blocks, never two, none at the top, and whitespace collapsed across pieces
  let atBreak = true;
  let atSpace = true;
  return (from, to) => {
    let out = '';
    let run = '';
    const flush = () => {
      let text = decodeHTML(run).replace(/\s+/g, ' ');
      run = '';
      if (atSpace) text = text.replace(/^ /, '');
      if (!text) return;
      out += escapeHtml(visible(text));
      atBreak = false;
      atSpace = text.endsWith(' ');
    };
    for (let i = from; i < to; i++) {
      if (kinds[i] === 0) run += source[i];
      else if (kinds[i] === 2) {
        flush();
        if (!atBreak) out = `${out.replace(/ $/, '')}\n\n`;
        atBreak = true;
        atSpace = true;
      }
    }
    flush();
    return out;
  };
}

/**
 * The part of a web page to show: from its headline (the last <h1> before the first finding) to
 * the end of the block holding the last finding; menus, sidebars and related links stay out.
 */
function articleRegion(source: string, marks: readonly MarkSpan[]): [number, number] {
  if (marks.length === 0) return [0, source.length];
  let first = source.length;
  let last = 0;
  for (const m of marks) {
    first = Math.min(first, m.start);
    last = Math.max(last, m.end);
  }
  const lastMatch = (pattern: RegExp, before: number) => {
    let found = -1;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(source); match && match.index < before; match = pattern.exec(source)) found = match.index;
    return found;
  };
  const headline = lastMatch(/<h1[\s>]/gi, first);
  const blockStart = lastMatch(/<(?:p|div|li|h[1-6]|blockquote|td|figcaption)[\s>]/gi, first);
  const closing = /<\/(?:p|div|li|h[1-6]|blockquote|td|figcaption|article)\s*>/gi;
  closing.lastIndex = last;
  const end = closing.exec(source);
  return [headline >= 0 ? headline : Math.max(0, blockStart), end ? end.index + end[0].length : source.length];
}

/** The article with the marks nested; a span that crosses another is closed and reopened around it. */
function markedText(from: number, to: number, marks: MarkSpan[], render: Renderer): string {
  const boundaries = [...new Set([from, to, ...marks.flatMap((m) => [m.start, m.end])])].filter((at) => at >= from && at <= to).sort((a, b) => a - b);
  const startingAt = new Map<number, MarkSpan[]>();
  for (const m of marks) {
    const list = startingAt.get(m.start);
    if (list) list.push(m);
    else startingAt.set(m.start, [m]);
  }
  const open: MarkSpan[] = [];
  const opened = new Set<MarkSpan>();
  const openTag = (m: MarkSpan) => {
    // a reopened span repeats its attributes but not its id
    const attributes = opened.has(m) ? m.attributes.replace(/ id="[^"]*"/, ' data-continued="true"') : m.attributes;
    opened.add(m);
    return `<${m.tag}${attributes}>`;
  };
  let html = '';
  for (let b = 0; b < boundaries.length; b++) {
    const at = boundaries[b];
    // close what ends here, and everything opened inside it; reopen those that go on
    const first = open.findIndex((m) => m.end <= at);
    if (first >= 0) {
      const closing = open.splice(first);
      html += [...closing].reverse().map((m) => `</${m.tag}>`).join('');
      for (const m of closing) {
        if (m.end <= at) continue;
        html += openTag(m);
        open.push(m);
      }
    }
    const starting = (startingAt.get(at) ?? []).filter((m) => m.end > at);
    for (const m of starting) {
      html += openTag(m);
      open.push(m);
    }
    const next = boundaries[b + 1];
    if (next !== undefined) html += render(at, next);
  }
  return html;
}

function section(report: Report, input: InputText | undefined, index: number): string {
  const prefix = `r${index + 1}-`;
  const text = input?.text ?? '';
  const render = input?.format === 'html' ? htmlRenderer(text) : textRenderer(text);
  const marks = marksOf(report, prefix);
  const [from, to] = input?.format === 'html' ? articleRegion(text, marks) : [0, text.length];
  const article = input ? markedText(from, to, marks, render) : '<em>The article text was not available to this formatter.</em>';
  const entities = entitiesForDisplay(report.entities ?? []);
  const byType = (['person', 'organization', 'place', 'other'] as const)
    .map((type) => ({ type, list: entities.filter((entity) => entity.type === type) }))
    .filter((group) => group.list.length > 0);
  const quotes = report.quotes ?? [];
  const plugins = pluginSections(report);
  const stats = report.stats;
  const facts = [
    `${groupThousands(stats.words)} words`,
    `${stats.paragraphs} paragraphs`,
    report.referenceDate ? `reference date ${report.referenceDate}` : 'no reference date',
    `${entities.length} entities, ${quotes.length} quotes, ${(report.dates ?? []).length} dates, ${(report.numbers ?? []).length} numbers`,
  ];
  return `<section class="report" aria-label="${attribute(report.source)}">
<header class="report-head">
<h1>${escapeHtml(visible(report.meta?.title ?? report.source))}</h1>
<p class="facts">${report.meta?.title ? `${escapeHtml(visible(report.source))} · ` : ''}${facts.map(escapeHtml).join(' · ')}</p>
</header>
<div class="layout">
<article class="article" lang="en">${article}</article>
<aside class="panel">
<h2>Legend</h2>
<ul class="legend">
<li><mark class="entity person" data-label="PER">person</mark></li>
<li><mark class="entity organization" data-label="ORG">organization</mark></li>
<li><mark class="entity place" data-label="PLACE">place</mark></li>
<li><mark class="entity other" data-label="OTHER">other name</mark></li>
<li><mark class="date" data-label="value">date or time</mark></li>
<li><mark class="number" data-label="value">number</mark></li>
<li><span class="quote">quotation</span> <a class="speaker" href="#legend-speaker" id="legend-speaker">speaker</a></li>
</ul>
${byType
  .map(
    (group) => `<h2>${typeTitles[group.type]} <span class="count">${group.list.length}</span></h2>
<ul class="entities">${group.list.map((entity) => `<li><mark class="entity ${entity.type}" data-label="${typeLabels[entity.type]}" title="${attribute(entity.roles.join('; ') || entity.type)}">${escapeHtml(visible(entity.name))}</mark> <span class="count" title="mentions">×${entity.count}</span>${entity.roles.length ? `<br><small>${escapeHtml(visible(entity.roles.join('; ')))}</small>` : ''}</li>`).join('')}</ul>`,
  )
  .join('\n')}
${quotes.length ? `<h2>Quotes <span class="count">${quotes.length}</span></h2>
<ol class="quotes">${quotes.map((quote, i) => `<li><a href="#${prefix}q${i + 1}">“${escapeHtml(visible(quote.text.length > 90 ? `${quote.text.slice(0, 89)}…` : quote.text).replace(/\s+/g, ' '))}”</a><br><small>— ${quote.speaker ? `<strong>${escapeHtml(visible(quote.speaker.name))}</strong>${quote.cue ? ` (${escapeHtml(visible(quote.cue.text))})` : ''}` : '<em>no speaker found</em>'}${quote.kind === 'partial' ? ' · partial' : ''}</small></li>`).join('')}</ol>` : ''}
${plugins.map((plugin) => `<h2>${escapeHtml(plugin.name)} <span class="count">${plugin.rows.length}</span></h2><ul class="entities">${plugin.rows.map((row) => `<li>${row.map((cell) => escapeHtml(visible(cell))).join(' · ')}</li>`).join('')}</ul>`).join('\n')}
</aside>
</div>
</section>`;
}

const css = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --person: #ddf4ff; --person-edge: #0969da; --organization: #fbefff; --organization-edge: #8250df; --place: #dafbe1; --place-edge: #1a7f37;
  --other: #eaeef2; --other-edge: #59636e; --date: #fff8c5; --date-edge: #9a6700; --number: #ffebe9; --number-edge: #cf222e; --quote-edge: #bc4c00; --plugin: #e7f3f8; --plugin-edge: #1b7c83; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
  --person: #0c2d6b; --person-edge: #4493f8; --organization: #3c1e70; --organization-edge: #ab7df8; --place: #033a16; --place-edge: #3fb950;
  --other: #262c36; --other-edge: #9198a1; --date: #3b2300; --date-edge: #d29922; --number: #4c1010; --number-edge: #f85149; --quote-edge: #f0883e; --plugin: #0a3a40; --plugin-edge: #39c5cf; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.report { max-width: 1200px; margin: 0 auto; padding: 24px; }
.report + .report { border-top: 1px solid var(--line); }
.report-head h1 { font-size: 1.5rem; line-height: 1.3; margin: 0 0 4px; }
.facts { color: var(--muted); margin: 0 0 16px; font-size: .9rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 32px; align-items: start; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/1.75 Georgia, "Iowan Old Style", "Noto Serif", serif; }
.panel { position: sticky; top: 16px; max-height: calc(100vh - 32px); overflow: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; font-size: .875rem; }
.panel h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 16px 0 6px; }
.panel h2:first-child { margin-top: 0; }
.panel ul, .panel ol { margin: 0; padding-left: 0; list-style: none; }
.panel ol { padding-left: 1.4em; list-style: decimal; }
.panel li { margin: 4px 0; }
.panel a { color: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; }
.count { color: var(--muted); font-weight: normal; }
small { color: var(--muted); }
mark { color: inherit; border-radius: 3px; padding: 0 1px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark[data-label]::after { content: attr(data-label); font: 600 .58rem/1 system-ui, sans-serif; letter-spacing: .04em; vertical-align: super; margin-left: 2px; opacity: .85; }
.entity.person { background: var(--person); border-bottom: 2px solid var(--person-edge); }
.entity.person::after { color: var(--person-edge); }
.entity.organization { background: var(--organization); border-bottom: 3px double var(--organization-edge); }
.entity.organization::after { color: var(--organization-edge); }
.entity.place { background: var(--place); border-bottom: 2px dashed var(--place-edge); }
.entity.place::after { color: var(--place-edge); }
.entity.other { background: var(--other); border-bottom: 2px dotted var(--other-edge); }
.entity.other::after { color: var(--other-edge); }
.date { background: var(--date); outline: 1px solid var(--date-edge); outline-offset: -1px; }
.date::after { color: var(--date-edge); }
.number { background: var(--number); outline: 1px dashed var(--number-edge); outline-offset: -1px; }
.number::after { color: var(--number-edge); }
.plugin { background: var(--plugin); outline: 1px dotted var(--plugin-edge); }
.plugin::after { color: var(--plugin-edge); }
.quote { font-style: italic; text-decoration: underline 2px var(--quote-edge); text-underline-offset: 5px; }
.quote:target { background: color-mix(in srgb, var(--quote-edge) 15%, transparent); }
.quote-partial { text-decoration-style: dashed; }
a.speaker { color: inherit; font-weight: 600; text-decoration: underline 2px var(--quote-edge); text-decoration-style: wavy; text-underline-offset: 4px; }
.cue { text-decoration: underline 1px var(--muted); text-decoration-style: dotted; }
@media (max-width: 860px) { .layout { grid-template-columns: 1fr; } .panel { position: static; max-height: none; } }
@media print {
  body { font-size: 11pt; } .report { padding: 0; max-width: none; } .report + .report { break-before: page; }
  .layout { grid-template-columns: 1fr; } .panel { position: static; max-height: none; break-before: page; border: 0; }
  mark, .quote, a.speaker { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * The page for the reports of a run. The articles' texts come in `options.inputs` (the CLI passes
 * them); offsets index them, and HTML input is shown as its page text.
 */
export const html: Formatter = (reports, options) => {
  const title = reports.length === 1 ? `${reports[0].meta?.title ?? reports[0].source} — article-analyze` : `${reports.length} articles — article-analyze`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="article-analyze">
<title>${escapeHtml(visible(title))}</title>
<style>${css}</style>
</head>
<body>
${reports.map((report, i) => section(report, options.inputs?.[i], i)).join('\n')}
</body>
</html>
`;
};
