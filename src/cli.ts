// The command line: parses options, reads inputs, prints reports. The only module that touches
// process.*; `run` returns the exit code and never calls process.exit().
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzerNames } from './analyzers/index.js';
import { formatNames, type FormatName } from './formatters/names.js';
import { parseIsoDay } from './analyzers/dates/calendar.js';
import { readFileSync } from 'node:fs';
import type { AnalyzerName, EntityType, Lexicon, Report } from './types.js';
import type { AnalyzeOptions } from './analyze.js';
import { inputFormats, type InputFormat } from './input/format-names.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FAILURE = 2;
/** 128 + SIGINT, as shells report a process ended by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl-C: the reports under way are finished, then the batch stops. */
  signal?: AbortSignal;
  /** Wall clock in milliseconds, for the progress line only (never in the output). */
  now?: () => number;
}

interface Options {
  format?: FormatName;
  analyzers: AnalyzerName[];
  refDate?: string;
  lexicon?: Lexicon;
  input: InputFormat;
  recursive: boolean;
  jobs: number;
  ndjsonIn: boolean;
  progress: boolean;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

const examples = `
Examples:
  $ article-analyze story.txt                      tables in a terminal
  $ article-analyze story.txt --format json | jq '.entities[].name'
  $ article-analyze a.txt b.txt --format ndjson    one report per line
  $ article-analyze -r archive/ > reports.json     every article under a directory
  $ cat story.txt | article-analyze - --analyzers quotes,dates
  $ article-analyze story.txt --ref-date 2022-03-24 --format markdown
  $ article-analyze --ndjson-in < articles.ndjson  {"id","text"} per line in, a report per line out

Exit codes: 0 ran, 1 usage error, 2 an input could not be read or analysis failed.`;

function parseAnalyzers(value: string): AnalyzerName[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(analyzerNames as string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`choose from ${analyzerNames.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}.`);
  }
  return analyzerNames.filter((name) => names.includes(name));
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('expected a whole number of worker threads from 1 to 256.');
  return jobs;
}

function parseRefDate(value: string): string {
  if (!parseIsoDay(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD, e.g. 2022-03-24.');
  return value;
}

const entityTypes: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** `--lexicon names.json`: `{"Kirby": "person", "Joint Chiefs": "organization"}`. */
function parseLexicon(path: string): Lexicon {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
    throw new InvalidArgumentError(`${path}: ${reason}.`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new InvalidArgumentError(`${path}: expected an object of names and types, e.g. {"Kirby": "person"}.`);
  for (const [name, type] of Object.entries(parsed)) {
    if (!entityTypes.includes(type as EntityType)) throw new InvalidArgumentError(`${path}: "${name}" has type ${JSON.stringify(type)}; use one of ${entityTypes.join(', ')}.`);
  }
  return parsed as Lexicon;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

function buildProgram(io: Io): Command {
  return new Command()
    .name('article-analyze')
    .description('Read news articles and report their entities, quotes with speakers, dates and numbers.')
    .usage('[options] [file...]')
    .argument('[file...]', 'articles to analyze; "-" or piped input reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(formatNames))
    .addOption(
      new Option('-a, --analyzers <list>', `comma-separated analyzers to run: ${analyzerNames.join(',')}`)
        .argParser(parseAnalyzers)
        .default(analyzerNames, 'all'),
    )
    .addOption(new Option('-d, --ref-date <YYYY-MM-DD>', 'date that relative dates resolve against (default: a page\'s published date, else a date in the article\'s first lines, else none)').argParser(parseRefDate))
    .addOption(new Option('-i, --input <format>', 'how to read the input: auto (by extension and content), text, html or markdown').choices(inputFormats).default('auto'))
    .addOption(new Option('-l, --lexicon <file.json>', 'names to add or retype, e.g. {"Kirby": "person", "Joint Chiefs": "organization"}').argParser(parseLexicon))
    .option('-r, --recursive', 'analyze the articles (.txt, .md, .html) in the directories named, and below', false)
    .addOption(new Option('-j, --jobs <n>', 'worker threads for a batch').argParser(parseJobs).default(availableParallelism(), 'the number of cores'))
    .option('--ndjson-in', 'read {"id", "text"} objects, one per line, from standard input; report each with its id', false)
    .option('--no-progress', 'no progress line on a terminal during a long batch')
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print nothing on stderr but errors', false)
    .option('--debug', 'print stack traces for unexpected errors', false)
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', examples)
    .showHelpAfterError('(run article-analyze --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'article-analyze: ')),
    });
}

/** Runs the CLI on argv (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  let files: string[];
  let options: Options;
  try {
    program.parse([...argv], { from: 'user' });
    files = program.processedArgs[0] as string[];
    options = program.opts<Options>();
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }

  if (options.ndjsonIn && files.length > 0) {
    io.stderr.write('article-analyze: --ndjson-in reads standard input only; name no files\n');
    return EXIT_USAGE;
  }
  if (files.length === 0 && !options.ndjsonIn) {
    if (io.stdin.isTTY) {
      // Nothing piped in and no file named: show how to use it instead of waiting for input.
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    files = ['-'];
  }
  if (files.filter((file) => file === '-').length > 1) {
    io.stderr.write('article-analyze: standard input ("-") can be read only once\n');
    return EXIT_USAGE;
  }

  // Heavy modules load only when there is something to analyze: --help and --version stay instant.
  const [{ InputError }, { formatters }, { fileInputs, ndjsonInputs }, { analyzeInOrder }, { Progress }] = await Promise.all([
    import('./input/read.js'),
    import('./formatters/index.js'),
    import('./batch/inputs.js'),
    import('./batch/pool.js'),
    import('./batch/progress.js'),
  ]);

  const format: FormatName = options.format ?? (options.ndjsonIn ? 'ndjson' : io.stdout.isTTY ? 'table' : 'json');
  const color = options.color && !io.env.NO_COLOR && Boolean(io.stdout.isTTY);
  // A batch is more than one article, or any number found under a directory or on NDJSON input:
  // its JSON is an array even when it holds one report.
  const batch = options.ndjsonIn || files.length > 1 || options.recursive;
  const inputs = options.ndjsonIn ? ndjsonInputs(io.stdin) : fileInputs(files, { recursive: options.recursive, stdin: io.stdin });
  // One named file is analyzed in this thread: starting a worker would only cost time.
  const jobs = !batch ? 1 : options.jobs;
  // Progress is for a person watching a long batch: stderr on a terminal, output going elsewhere.
  const progress =
    batch && options.progress && !options.quiet && io.stderr.isTTY && !io.stdout.isTTY && !io.env.CI && io.now
      ? new Progress(io.stderr, options.ndjsonIn || options.recursive ? null : files.length, io.now)
      : null;
  const warn = (line: string) => {
    progress?.clear();
    io.stderr.write(`article-analyze: ${line}\n`);
  };

  const output = new StreamedOutput(io.stdout, (reports) => formatters[format](reports, { color, batch }), format, batch);
  let exitCode = EXIT_OK;
  let reported = 0;
  const analyzeOptions = { analyzers: options.analyzers, referenceDate: options.refDate ?? null, lexicon: options.lexicon, input: options.input };
  // With worker threads, this thread only reads and writes: the analysis code loads in the workers.
  const inThread = async (text: string, analyzeOptions: AnalyzeOptions) => (await import('./analyze.js')).analyzeAsync(text, analyzeOptions);
  for await (const outcome of analyzeInOrder(inputs, analyzeOptions, { jobs, signal: io.signal }, inThread)) {
    reported++;
    const { input, report, error } = outcome;
    if (report) {
      output.write(report);
      for (const failure of report.errors ?? []) {
        exitCode = EXIT_FAILURE;
        warn(`${input.source}: analyzer ${failure.analyzer} failed: ${failure.message}`);
      }
    } else {
      exitCode = EXIT_FAILURE;
      if (error instanceof InputError) {
        warn(error.message);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        warn(`${input.source}: analysis failed: ${message}${options.debug ? '' : ' (run with --debug for details)'}`);
        if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      }
    }
    progress?.tick();
  }
  progress?.clear();
  output.end();
  if (io.signal?.aborted) {
    const total = options.ndjsonIn || options.recursive ? '' : ` of ${files.length}`;
    io.stderr.write(`article-analyze: interrupted after ${reported}${total} input${reported === 1 && !total ? '' : 's'}\n`);
    return EXIT_INTERRUPTED;
  }
  return exitCode;
}

/**
 * Writes each report as soon as it is ready, so that a long batch shows progress in a pipe and an
 * interrupted one keeps what was written: NDJSON a line per report, tables and Markdown a section
 * per report, and a JSON array element by element. The bytes are those of formatting all the
 * reports at once.
 */
class StreamedOutput {
  private written = 0;

  constructor(
    private readonly stdout: NodeJS.WritableStream,
    private readonly format: (reports: Report[]) => string,
    private readonly formatName: FormatName,
    private readonly batch: boolean,
  ) {}

  write(report: Report): void {
    let piece = this.format([report]);
    if (this.formatName === 'json' && this.batch) {
      // one element of the array "[\n  {…},\n  {…}\n]\n"
      const element = piece.replace(/^\[\n/, '').replace(/\n\]\n$/, '');
      piece = (this.written === 0 ? '[\n' : ',\n') + element;
    } else if ((this.formatName === 'table' || this.formatName === 'markdown') && this.written > 0) {
      piece = `\n${piece}`;
    }
    this.stdout.write(piece);
    this.written++;
  }

  end(): void {
    // a batch with no report is still a JSON array, for jq and friends
    if (this.formatName === 'json' && this.batch) this.stdout.write(this.written > 0 ? '\n]\n' : '[]\n');
  }
}

/** The bin's entry: real process streams, exit code set without cutting stdout short. */
export async function main(): Promise<void> {
  // `article-analyze … | head -1` closes the pipe early: stop quietly, like any Unix filter.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  // Ctrl-C in a batch: finish the report being written, close the output, stop. A second one quits.
  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    interrupt.abort();
    process.once('SIGINT', () => process.exit(EXIT_INTERRUPTED));
  });
  try {
    process.exitCode = await run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      env: process.env,
      signal: interrupt.signal,
      now: () => performance.now(),
    });
  } catch (error) {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`article-analyze: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
