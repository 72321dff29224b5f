// Where the articles of a run come from: files named on the command line, the files of a directory
// (-r), standard input, or NDJSON records on standard input (--ndjson-in). Each is an async
// generator, so a batch of a million files never holds more than one directory listing at a time.
import { readdir as readdirCallback, stat as statCallback, type Stats } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InputError, readStream, readTextFile } from '../input/read.js';
import { parseIsoDay } from '../analyzers/dates/calendar.js';

// node:fs's callback functions, promisified: node:fs/promises costs ~5 ms more to load at start.
const readdir = promisify(readdirCallback);
const stat = promisify(statCallback);

export interface Input {
  /** The path as given (or found under a directory), "-" for standard input, "-:LINE" for a record. */
  source: string;
  /** The record's id under --ndjson-in, echoed in its report. */
  id?: string | number;
  /** A record's own reference date under --ndjson-in. */
  referenceDate?: string;
  read(): Promise<string>;
}

/** What `-r` reads in a directory: the formats the tool understands, by extension. */
export const articleExtensions: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml'];

const failing = (source: string, reason: string): Input => ({
  source,
  read: () => Promise.reject(new InputError(source, reason)),
});

/**
 * The files named, in the order given; a directory is read only with `recursive`, its files in
 * code-point order of their names (never the file system's order), hidden entries and files of
 * other kinds skipped. Like grep -r, symbolic links are followed only when named on the command line.
 */
export async function* fileInputs(files: readonly string[], options: { recursive: boolean; stdin: () => NodeJS.ReadableStream; signal?: AbortSignal }): AsyncGenerator<Input> {
  for (const file of files) {
    if (file === '-') {
      yield { source: '-', read: () => readStream(options.stdin(), options.signal) };
      continue;
    }
    let stats: Stats | undefined;
    try {
      stats = await stat(file);
    } catch {
      // reading it reports why (no such file, permission denied, …)
    }
    const regular = stats?.isFile() ?? false;
    if (!stats?.isDirectory()) yield { source: file, read: () => readTextFile(file, regular) };
    else if (!options.recursive) yield failing(file, 'is a directory (use -r to analyze the articles in it)');
    else yield* walk(file, options.signal);
  }
}

/** A directory's articles, depth first in name order; after Ctrl-C (`signal`) no more is listed. */
async function* walk(directory: string, signal?: AbortSignal): AsyncGenerator<Input> {
  if (signal?.aborted) return;
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield failing(directory, code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be listed (${code ?? (error as Error).message})`);
    return;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path, signal);
    else if (entry.isFile() && articleExtensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) {
      yield { source: path, read: () => readTextFile(path, true) };
    }
  }
}

/**
 * `--ndjson-in`: one `{"id": …, "text": "…"}` object per line of standard input (an optional
 * `"refDate": "YYYY-MM-DD"` per record), the way Hadoop Streaming, Spark's RDD.pipe and GNU
 * parallel feed a mapper. A line that is not such an object becomes an input that fails with its
 * line number; blank lines are skipped.
 */
export async function* ndjsonInputs(stdin: NodeJS.ReadableStream, signal?: AbortSignal): AsyncGenerator<Input> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  // Ctrl-C while the producer is quiet: stop waiting for its next line (closing the interface
  // pauses the stream, which then holds the process no longer)
  if (signal?.aborted) lines.close();
  else signal?.addEventListener('abort', () => lines.close(), { once: true });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    const source = `-:${number}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield failing(source, 'not valid JSON, skipped');
      continue;
    }
    const { id, text, refDate } = (record ?? {}) as Record<string, unknown>;
    if (!record || typeof record !== 'object' || Array.isArray(record) || typeof text !== 'string') {
      yield failing(source, 'expected an object with a "text" string, skipped');
    } else if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      yield failing(source, '"id" must be a string or a number, skipped');
    } else if (refDate !== undefined && refDate !== null && (typeof refDate !== 'string' || !parseIsoDay(refDate))) {
      yield failing(source, '"refDate" must be a date as YYYY-MM-DD, skipped');
    } else {
      yield { source, id: id as string | number | undefined, referenceDate: (refDate as string | null) ?? undefined, read: async () => text };
    }
  }
}
