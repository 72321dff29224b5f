// Lines that link elsewhere or sell something: not part of the story, never analyzed.
// "Also Read: US calls Russia’s stock exchange ‘Potemkin market’ as trade resumes"

/** Teaser labels that open a line, followed by ":" or a dash and a headline. */
const teaserLabels = [
  'also read',
  'read also',
  'read more',
  'must read',
  'related',
  'related stories',
  'related story',
  'related articles',
  'recommended',
  'see also',
  'also see',
  'watch',
  'also watch',
  'watch video',
  'trending',
  'suggested',
  'more from',
  'don’t miss',
  "don't miss",
];

/** Whole-line calls to action. */
const callsToAction = [
  /^click here\b/i,
  /^(share|tweet|email|print)( this( article| story)?)?$/i,
  /^(subscribe|sign up)\b.{0,80}(newsletter|updates|alerts|subscription)/i,
  /^follow us on\b/i,
  /^advertisement$/i,
  // "By Ann Writer · March 3, 2026", "By Jane Doe and John Roe": a byline, reported as metadata
  /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*\s*(?:[,|·•–—-]\s*.{0,60})?$/u,
  // "Photo: Jane Lens/Reuters", "Image credit: …": a picture's credit
  /^(?:photo|photograph|image|picture|video)(?:\s+credit)?\s*:\s*.{0,100}$/i,
  // "(Reporting by Ann Writer; Editing by Ben Editor)": the wire's credits, not the story
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b.*\)?$/i,
];

const teaser = new RegExp(`^\\s*(?:${teaserLabels.join('|')})\\s*[:|\\-–—]`, 'i');

/**
 * The words such a line can start with, in lower case (after an opening parenthesis): a line that
 * starts otherwise — nearly every line of a story — is answered without the patterns, which a
 * plain-text run then never compiles (~4 ms of a start).
 */
const openers = new Set([
  ...teaserLabels.map((label) => label.split(' ')[0]),
  ...['click', 'share', 'tweet', 'email', 'print', 'subscribe', 'sign', 'follow', 'advertisement', 'by'],
  ...['photo', 'photograph', 'image', 'picture', 'video', 'additional', 'reporting', 'writing', 'editing', 'compiled', 'produced'],
]);

/** The line's first word, lowered: its letters and apostrophes, after an opening parenthesis. */
function firstWord(trimmed: string): string {
  const start = trimmed.startsWith('(') ? 1 : 0;
  let end = start;
  while (end < trimmed.length && /[A-Za-z'’]/.test(trimmed[end])) end++;
  return trimmed.slice(start, end).toLowerCase();
}

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (!openers.has(firstWord(trimmed))) return false;
  return teaser.test(trimmed) || callsToAction.some((pattern) => pattern.test(trimmed));
}
