// Case-insensitive patterns without the `i` flag. V8 compiles a pattern 2–3× faster without it
// (a class such as \p{L} must otherwise be closed under case folding), and regular expressions are
// compiled afresh at every start: the analyzers' patterns are a large part of a cold start. So a
// pattern of English words is written as usual, has its letters lowered here, and runs over text
// whose ASCII letters are lowered (same length, so offsets hold).

/**
 * ASCII letters in lower case, nothing else: the same length as the text, and the same matches for
 * a `caseless` pattern as its `i` version gives on the text (which never folds a non-ASCII letter
 * to an ASCII one of these patterns).
 */
export function lowerCaseAscii(text: string): string {
  if (!/[A-Z]/.test(text)) return text;
  // text all in ASCII: toLowerCase lowers just these letters, at once
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** The text lowered last, and what it gave: the analyzers of a document ask one after another, many times. */
let lastClean = '';
let lastLower = '';

/** The document's analysis text with its ASCII letters lowered: made once, shared by the analyzers. */
export function lowerCleanOf(doc: { clean: string }): string {
  // (a function of the text alone: another document with the same text gets the same answer)
  if (doc.clean !== lastClean) {
    lastLower = lowerCaseAscii(doc.clean);
    lastClean = doc.clean;
  }
  return lastLower;
}

/** The pattern with its letters lowered, escapes (\S, \p{Lu}, \k<name>…) as they are, and no `i` flag. */
export function caseless(source: string, flags = ''): RegExp {
  if (flags.includes('i')) throw new Error('a caseless pattern takes no i flag');
  return new RegExp(source.replace(/\\[pP]\{[^}]*\}|\\k<[^>]*>|\\.|[A-Z]+/g, (part) => (part[0] === '\\' ? part : part.toLowerCase())), flags);
}

/** A match of a caseless pattern (with the `d` flag) over the lowered text, its groups read from the text as written. */
export function asWritten(match: RegExpExecArray, text: string): RegExpExecArray {
  const groups = match.indices!.map((range) => (range ? text.slice(range[0], range[1]) : undefined)) as unknown as RegExpExecArray;
  groups.index = match.index;
  groups.input = text;
  return groups;
}
