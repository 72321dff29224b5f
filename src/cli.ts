// The command line: parses options, reads inputs, prints reports. The only module that touches
// process.*; `run` returns the exit code and never calls process.exit().
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzerNames } from './analyzers/index.js';
import { formatNames, type FormatName } from './formatters/index.js';
import { parseIsoDay } from './analyzers/dates/calendar.js';
import { readFileSync } from 'node:fs';
import type { AnalyzerName, EntityType, Lexicon, Report } from './types.js';
import { inputFormats, type InputFormat } from './input/format-names.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FAILURE = 2;
/** 128 + SIGINT, as shells report a process ended by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl-C: the report being written is finished, then the batch stops. */
  signal?: AbortSignal;
}

interface Options {
  format?: FormatName;
  analyzers: AnalyzerName[];
  refDate?: string;
  lexicon?: Lexicon;
  input: InputFormat;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

const examples = `
Examples:
  $ article-analyze story.txt                      tables in a terminal
  $ article-analyze story.txt --format json | jq '.entities[].name'
  $ article-analyze a.txt b.txt --format ndjson    one report per line
  $ cat story.txt | article-analyze - --analyzers quotes,dates
  $ article-analyze story.txt --ref-date 2022-03-24 --format markdown

Exit codes: 0 ran, 1 usage error, 2 an input could not be read or analysis failed.`;

function parseAnalyzers(value: string): AnalyzerName[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(analyzerNames as string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`choose from ${analyzerNames.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}.`);
  }
  return analyzerNames.filter((name) => names.includes(name));
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
    .addOption(new Option('-r, --ref-date <YYYY-MM-DD>', 'date that relative dates resolve against (default: a page\'s published date, else a date in the article\'s first lines, else none)').argParser(parseRefDate))
    .addOption(new Option('-i, --input <format>', 'how to read the input: auto (by extension and content), text, html or markdown').choices(inputFormats).default('auto'))
    .addOption(new Option('-l, --lexicon <file.json>', 'names to add or retype, e.g. {"Kirby": "person", "Joint Chiefs": "organization"}').argParser(parseLexicon))
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

interface Input {
  source: string;
  read(): Promise<string>;
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

  if (files.length === 0) {
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
  const [{ analyzeAsync }, { readTextFile, readStream, InputError }, { formatters }] = await Promise.all([
    import('./analyze.js'),
    import('./input/read.js'),
    import('./formatters/index.js'),
  ]);

  const format: FormatName = options.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const color = options.color && !io.env.NO_COLOR && Boolean(io.stdout.isTTY);
  const inputs: Input[] = files.map((file) => ({
    source: file,
    read: () => (file === '-' ? readStream(io.stdin) : readTextFile(file)),
  }));

  const output = new StreamedOutput(io.stdout, (reports) => formatters[format](reports, { color, batch: inputs.length > 1 }), format, inputs.length > 1);
  let exitCode = EXIT_OK;
  let reported = 0;
  for (const input of inputs) {
    if (io.signal?.aborted) {
      io.stderr.write(`article-analyze: interrupted after ${reported} of ${inputs.length} inputs\n`);
      exitCode = EXIT_INTERRUPTED;
      break;
    }
    reported++;
    try {
      const text = await input.read();
      const report = await analyzeAsync(text, { source: input.source, analyzers: options.analyzers, referenceDate: options.refDate ?? null, lexicon: options.lexicon, input: options.input });
      output.write(report);
      for (const failure of report.errors ?? []) {
        exitCode = EXIT_FAILURE;
        io.stderr.write(`article-analyze: ${input.source}: analyzer ${failure.analyzer} failed: ${failure.message}\n`);
      }
    } catch (error) {
      exitCode = EXIT_FAILURE;
      if (error instanceof InputError) {
        io.stderr.write(`article-analyze: ${error.message}\n`);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`article-analyze: ${input.source}: analysis failed: ${message}${options.debug ? '' : ' (run with --debug for details)'}\n`);
        if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      }
    }
  }
  output.end();
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
    if (this.formatName === 'json' && this.batch && this.written > 0) this.stdout.write('\n]\n');
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
    });
  } catch (error) {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`article-analyze: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
