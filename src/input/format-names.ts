// The words of --input, and how `auto` decides; kept apart so that the CLI loads no parser.
export const inputFormats = ['auto', 'text', 'html', 'markdown'] as const;
export type InputFormat = (typeof inputFormats)[number];

/** By extension, else by content: markup at the top, or Markdown's own marks. */
export function detectFormat(text: string, source: string): Exclude<InputFormat, 'auto'> {
  if (/\.(?:html?|xhtml)$/i.test(source)) return 'html';
  if (/\.(?:md|markdown|mdown|mkd)$/i.test(source)) return 'markdown';
  const head = text.slice(0, 2000);
  // every sign below needs one of these: most plain text is answered here
  if (head.indexOf('<') < 0 && head.indexOf('#') < 0 && head.indexOf('](') < 0 && head.indexOf('`') < 0 && head.indexOf('> ') < 0 && !head.startsWith('---')) return 'text';
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(head) || (head.match(/<\/(?:p|div|article|section)>/gi) ?? []).length >= 2) return 'html';
  const markdownSigns = [/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head), /^#{1,6} \S/m.test(head), /\]\((?:https?:|\/)/.test(head), /^```/m.test(head), /^> \S/m.test(head)];
  if (markdownSigns[0] || markdownSigns.filter(Boolean).length >= 2) return 'markdown';
  return 'text';
}

/** The format an input will be read as: the one asked for, or the one detected. */
export function formatOf(input: string, source: string, format: InputFormat = 'auto'): Exclude<InputFormat, 'auto'> {
  return format === 'auto' ? detectFormat(input.slice(0, 2000), source) : format;
}
