// file | '-' → text. Expected failures become InputError with one clear sentence.
import { readFile as readFileCallback, readFileSync } from 'node:fs';
import { promisify } from 'node:util';

// node:fs's callback readFile, promisified: node:fs/promises costs ~5 ms more to load at start.
const readFile = promisify(readFileCallback);

/** An input that could not be read: reported as one line, never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
  }
}

/** A failed file operation's code in words (the output's writes add their own: src/cli.ts). */
export const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** Standard input that Ctrl-C stopped reading in a batch. */
const interruptedReading = 'interrupted before its end (Ctrl-C)';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8, refusing binary content: a NUL byte or invalid UTF-8 is not an article. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new InputError(source, 'binary file (contains NUL bytes), skipped');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(source, 'not valid UTF-8 text, skipped');
  }
}

/**
 * Reads a file as text. A regular file (`regular`, from a stat or directory entry already made) is
 * read in one synchronous call, about 20 µs for an article: the asynchronous read takes four hops
 * through libuv's thread pool (open, stat, read, close), and a batch analyzing in this thread waited
 * on them for a quarter of its time. Anything else (a pipe, a device, a file whose kind is not
 * known) is read asynchronously, as it may not end soon.
 */
export async function readTextFile(path: string, regular = false): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = regular ? readFileSync(path) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(path, reasons[code] ?? `cannot be read (${code || (error as Error).message})`);
  }
  return decodeText(bytes, path);
}

/**
 * Reads a stream (standard input) to its end. `signal`, Ctrl-C in a batch, stops the wait for a
 * quiet one: the input is then not analyzed.
 */
export async function readStream(stream: NodeJS.ReadableStream, signal?: AbortSignal): Promise<string> {
  if (signal?.aborted) throw new InputError('-', interruptedReading);
  const chunks: Buffer[] = [];
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  let stop = () => {};
  const aborted = new Promise<undefined>((resolve) => (stop = () => resolve(undefined)));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const pending = iterator.next();
      const next = await Promise.race([pending, aborted]);
      if (!next || signal?.aborted) {
        // let go of the stream (an open standard input keeps the process alive); the read it
        // was waiting for ends with the stream, unheard
        pending.catch(() => {});
        (stream as Partial<Pick<NodeJS.ReadStream, 'destroy'>>).destroy?.();
        throw new InputError('-', interruptedReading);
      }
      if (next.done) break;
      chunks.push(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return decodeText(Buffer.concat(chunks), '-');
}
