// Input formats: plain text, a saved web page, a Markdown export. Each becomes the analysis text
// of a Document, with a map back to the file as given when the two differ.
import { createDocument } from './document.js';
import { ExtractedText } from './extracted.js';
import type { ArticleMeta, Document, SourceMap } from '../types.js';

import { formatOf, type InputFormat } from './format-names.js';

export { detectFormat, formatOf, inputFormats, type InputFormat } from './format-names.js';

export interface Article {
  doc: Document;
  /** What the format itself says about the article (HTML metadata, front matter); null for text. */
  meta: Partial<ArticleMeta> | null;
}

/**
 * Text hygiene for plain text: soft hyphens and zero-width characters leave the analysis text, and
 * a word hyphenated at a line end ("defen-\nces") is joined; the map keeps offsets into the input.
 */
function hygienicText(text: string): { text: string; origin?: SourceMap } {
  // (the hyphen first, then what stands before it: a look-behind that opens a pattern is tried at
  // every character of the text, ~15× slower over the development texts)
  const unusual = /[\u00ad\u200b-\u200d\u2060\ufb00-\ufb06]|-(?<=\p{Ll}-)\r?\n(?=\p{Ll})/gu;
  if (!unusual.test(text)) return { text };
  unusual.lastIndex = 0;
  const out = new ExtractedText(text);
  let at = 0;
  for (let match = unusual.exec(text); match; match = unusual.exec(text)) {
    out.pushSlice(at, match.index);
    // "ﬁnance": a ligature reads as its letters, all pointing at the one character
    const letters = ligatures[match[0]];
    if (letters) out.push(letters, match.index, match.index + 1);
    at = match.index + match[0].length;
  }
  out.pushSlice(at, text.length);
  return out.result();
}

const ligatures: Readonly<Record<string, string>> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

type Extract = (input: string) => { text: string; origin: SourceMap; meta: Partial<ArticleMeta> };
const extractors: Partial<Record<'html' | 'markdown', Extract>> = {};

/**
 * Loads the parser a format needs. The HTML and Markdown parsers cost a quarter of a second to
 * load, so plain text, --help and --version never load them.
 */
export async function loadFormat(format: 'html' | 'markdown'): Promise<void> {
  if (extractors[format]) return;
  extractors[format] = format === 'html' ? (await import('./html.js')).extractHtml : (await import('./markdown.js')).extractMarkdown;
}

export function readArticle(input: string, source: string, format: InputFormat = 'auto'): Article {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const chosen = formatOf(text, source, format);
  if (chosen === 'html' || chosen === 'markdown') {
    const extract = extractors[chosen];
    if (!extract) throw new Error(`${chosen} input needs its parser: use analyzeAsync(), or await loadFormat('${chosen}') first`);
    const extracted = extract(text);
    return { doc: createDocument(extracted.text, source, extracted.origin), meta: extracted.meta };
  }
  const clean = hygienicText(text);
  return { doc: createDocument(clean.text, source, clean.origin), meta: null };
}
