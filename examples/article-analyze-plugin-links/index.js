// An example article-analyze plugin: the e-mail addresses and web links an article cites, with
// their spans, and a CSV format for them. Load it with
//
//   article-analyze --plugin ./examples/article-analyze-plugin-links/index.js story.txt
//
// or, installed as a package in your project, with `--plugin links`.

const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const url = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/gi;
/** Punctuation that ends a sentence, not a link: "see example.com/a." */
const trailing = /[.,;:!?)\]}'’]+$/;

/** @type {import('article-analyze').Analyzer<{ start: number, end: number, text: string, kind: 'email' | 'url', value: string }>} */
const links = {
  description: 'e-mail addresses and web links',
  analyze(doc) {
    const found = [];
    for (const [pattern, kind] of [[email, 'email'], [url, 'url']]) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(doc.text); match; match = pattern.exec(doc.text)) {
        const text = kind === 'url' ? match[0].replace(trailing, '') : match[0];
        const start = match.index;
        const end = start + text.length;
        // an address is not also a link, and a link's user part is not an address
        if (found.some((other) => other.start < end && start < other.end)) continue;
        const value = kind === 'email' ? text.toLowerCase() : /^www\./i.test(text) ? `https://${text}` : text;
        found.push({ start, end, text, kind, value });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};

/** `--format links-csv`: source,kind,value per link, for a spreadsheet. */
function linksCsv(reports) {
  const quote = (field) => (/[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  const rows = ['source,kind,value'];
  for (const report of reports) for (const link of report.links ?? []) rows.push([report.source, link.kind, link.value].map(quote).join(','));
  return `${rows.join('\n')}\n`;
}

/** @type {import('article-analyze').Plugin} */
export default {
  name: 'links',
  analyzers: { links },
  formatters: { 'links-csv': linksCsv },
};
