// The command line: parses options, reads inputs, prints reports. The only module that touches
// process.*; `run` returns the exit code and never calls process.exit().
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatOf } from './input/format-names.js';
import { reasons as fileReasons } from './input/read.js';
import { printable as terminalSafe } from './formatters/text.js';
import { builtinAnalyzerNames as analyzerNames } from './analyzers/names.js';
import { formatNames, type FormatName } from './formatters/names.js';
import { parseIsoDay } from './analyzers/dates/calendar.js';
import { checkNames, checkRules, lineLocator } from './check.js';
import { ConfigError, findConfig, readConfigFile } from './config.js';
import { loadPlugins, PluginError, resolvePlugin } from './plugins.js';
import type { EntityType, Formatter, InputText, Lexicon, Plugin, Report } from './types.js';
import type { AnalyzeOptions } from './analyze.js';
import { inputFormats, type InputFormat } from './input/format-names.js';
import { packageFile } from './files.js';

/**
 * One core is left to the main thread and to V8, which compiles and collects garbage on threads of
 * its own: one job already keeps a second core partly busy (1.2–1.45 cores in all). On 2 cores,
 * two worker threads ran a batch of 1,066 articles at 0.76–0.78× one job's speed, and one of
 * 10,004 at 1.09× (medians; 0.86× and 1.26× in two more pairs): `npm run bench`, README's
 * Performance.
 */
const defaultJobs = Math.max(1, availableParallelism() - 1);

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FAILURE = 2;
/** --check found findings that break a rule (and every input was read). */
export const EXIT_CHECK_FAILED = 1;
/** 128 + SIGINT, as shells report a process ended by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Asked for (once) when a batch starts: aborted on Ctrl-C, when the reports under way are
   * finished and the batch stops. A single article is not given one: Ctrl-C ends the process.
   */
  interrupted?: () => AbortSignal;
  /** Wall clock in milliseconds, for the progress line only (never in the output). */
  now?: () => number;
  /** Where plugins and the configuration file are looked for; default process.cwd(). */
  cwd?: string;
}

interface Options {
  format?: string;
  analyzers?: string[];
  refDate?: string;
  lexicon?: string;
  input: InputFormat;
  plugin: string[];
  config?: string | false;
  printConfig: boolean;
  check?: string[];
  recursive: boolean;
  jobs: number;
  ndjsonIn: boolean;
  output?: string;
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

const list = (value: string) => value.split(',').map((name) => name.trim()).filter(Boolean);

function parseCheck(value: string, previous: string[] = []): string[] {
  const names = list(value);
  const unknown = names.filter((name) => !checkNames.includes(name));
  if (names.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`choose from ${checkNames.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}.`);
  return [...previous, ...names];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('expected a whole number of worker threads from 1 to 256.');
  return jobs;
}

function parseRefDate(value: string): string {
  if (value !== 'auto' && value !== 'none' && !parseIsoDay(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD (e.g. 2022-03-24), auto or none.');
  return value;
}

const entityTypes: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** A usage error found after parsing (configuration, plugins, names): one line, exit 1. */
class UsageError extends Error {}

/** `--lexicon names.json`: `{"Kirby": "person", "Joint Chiefs": "organization"}`. */
function readLexicon(path: string): Lexicon {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
    throw new UsageError(`lexicon ${path}: ${reason}`);
  }
  return checkLexicon(parsed, `lexicon ${path}`);
}

function checkLexicon(parsed: unknown, label: string): Lexicon {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`${label}: expected an object of names and types, e.g. {"Kirby": "person"}`);
  for (const [name, type] of Object.entries(parsed)) {
    if (!entityTypes.includes(type as EntityType)) throw new UsageError(`${label}: "${name}" has type ${JSON.stringify(type)}; use one of ${entityTypes.join(', ')}`);
  }
  return parsed as Lexicon;
}

function version(): string {
  return (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version;
}

function buildProgram(io: Io): Command {
  return new Command()
    .name('article-analyze')
    .description('Read news articles and report their entities, quotes with speakers, dates and numbers.')
    .usage('[options] [file...]')
    .argument('[file...]', 'articles to analyze; "-" or piped input reads standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${formatNames.join(', ')} or a plugin's (default: table on a terminal, json otherwise)`))
    .addOption(new Option('-a, --analyzers <list>', `comma-separated analyzers to run: ${analyzerNames.join(',')} or a plugin's (default: all)`).argParser(list))
    .addOption(new Option('-d, --ref-date <YYYY-MM-DD|auto|none>', 'date that relative dates resolve against; auto (default): a page\'s published date, else a date in the article\'s first lines; none: never look').argParser(parseRefDate))
    .addOption(new Option('-i, --input <format>', 'how to read the input: auto (by extension and content), text, html or markdown').choices(inputFormats).default('auto'))
    .addOption(new Option('-l, --lexicon <file.json>', 'names to add or retype, e.g. {"Kirby": "person", "Joint Chiefs": "organization"}'))
    .addOption(new Option('-p, --plugin <path|name>', 'load analyzers and formats from a plugin: a file, or article-analyze-plugin-NAME installed in your project (repeatable)').argParser((value: string, previous: string[]) => [...previous, value]).default([]))
    .addOption(new Option('-c, --config <file>', `read options from this file instead of the nearest ${'.article-analyzerc.json'} or package.json "article-analyze" key`))
    .option('--no-config', 'ignore configuration files')
    .option('--print-config', 'print the options in effect (flags over the configuration file over defaults) as JSON and exit', false)
    .addOption(new Option('--check <rules>', `exit 1 and list the findings that break these rules: ${checkNames.join(', ')} (comma-separated, repeatable)`).argParser(parseCheck))
    .addOption(
      new Option('-o, --output <dir>', 'write a file per input into this directory (story.txt → story.txt.html with --format html) instead of standard output').argParser((value: string) => {
        // an empty name would quietly mean standard output
        if (value === '') throw new InvalidArgumentError('expected a directory.');
        return value;
      }),
    )
    .option('-r, --recursive', 'analyze the articles (.txt, .md, .html) in the directories named, and below', false)
    .addOption(new Option('-j, --jobs <n>', 'worker threads for a batch (1: analyze in the main thread)').argParser(parseJobs).default(defaultJobs, 'the number of cores less one, at least 1'))
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

  let settings: Settings;
  try {
    settings = await resolveSettings(program, options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof PluginError) {
      io.stderr.write(`article-analyze: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (options.printConfig) {
    io.stdout.write(`${JSON.stringify(effectiveConfig(settings, io), null, 2)}\n`);
    return EXIT_OK;
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
  const format = effectiveFormat(settings, options, io);
  const [{ InputError }, formatter, { fileInputs, ndjsonInputs }, { analyzeInOrder }, { Progress }] = await Promise.all([
    import('./input/read.js'),
    (formatNames as readonly string[]).includes(format) ? import('./formatters/load.js').then(({ loadFormatter }) => loadFormatter(format as FormatName)) : settings.formatters[format],
    import('./batch/inputs.js'),
    import('./batch/pool.js'),
    import('./batch/progress.js'),
  ]);

  const color = options.color && !io.env.NO_COLOR && Boolean(io.stdout.isTTY);
  // A batch is more than one article, or any number found under a directory or on NDJSON input:
  // its JSON is an array even when it holds one report.
  const batch = options.ndjsonIn || files.length > 1 || options.recursive;
  const signal = batch ? io.interrupted?.() : undefined;
  const inputs = options.ndjsonIn ? ndjsonInputs(io.stdin, signal) : fileInputs(files, { recursive: options.recursive, stdin: () => io.stdin, signal });
  // One named file is analyzed in this thread: starting a worker would only cost time.
  const jobs = !batch ? 1 : settings.jobs;
  // Progress is for a person watching a long batch: stderr on a terminal, output going elsewhere.
  const progress =
    batch && options.progress && !options.quiet && io.stderr.isTTY && !io.stdout.isTTY && !io.env.CI && io.now
      ? new Progress(io.stderr, options.ndjsonIn || options.recursive ? null : files.length, io.now)
      : null;
  // Under -r the total is known once the directories are listed: a second walk, of names only,
  // the same as the batch's own, while the batch runs (and no further than Ctrl-C).
  if (progress && options.recursive && !options.ndjsonIn) {
    void (async () => {
      let total = 0;
      for await (const _input of fileInputs(files, { recursive: true, stdin: () => io.stdin, signal })) total++;
      if (!signal?.aborted) progress.setTotal(total);
    })().catch(() => {});
  }
  const warn = (line: string) => {
    progress?.clear();
    io.stderr.write(`article-analyze: ${line}\n`);
  };

  const checking = settings.check.length > 0;
  const render = (reports: Report[], inputs: Array<InputText | undefined>) => formatter(reports, { color, batch, inputs });
  const output = checking ? new CheckOutput(io.stdout, format) : options.output ? new FilesOutput(options.output, format, render) : new StreamedOutput(io.stdout, render, format, batch);
  let exitCode = EXIT_OK;
  let reported = 0;
  let problemCount = 0;
  let filesWithProblems = 0;
  const analyzeOptions: AnalyzeOptions = {
    analyzers: settings.analyzers,
    referenceDate: settings.refDate === 'auto' || settings.refDate === 'none' ? null : settings.refDate,
    findReferenceDate: settings.refDate !== 'none',
    lexicon: settings.lexicon,
    input: settings.input,
    plugins: settings.plugins,
  };
  // With worker threads, this thread only reads and writes: the analysis code loads in the workers.
  const inThread = async (text: string, analyzeOptions: AnalyzeOptions) => (await import('./analyze.js')).analyzeAsync(text, analyzeOptions);
  const batchOptions = { jobs, signal, pluginFiles: settings.pluginFiles.map((plugin) => plugin.file) };
  for await (const outcome of analyzeInOrder(inputs, analyzeOptions, batchOptions, inThread)) {
    reported++;
    const { input, report, error } = outcome;
    if (report) {
      if (output instanceof CheckOutput) {
        const problems = settings.check.flatMap((rule) => checkRules[rule].check(report)).sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
        problemCount += problems.length;
        if (problems.length > 0) filesWithProblems++;
        const locate = lineLocator(outcome.text ?? '');
        output.write(problems.map((problem) => ({ source: report.source, ...locate(problem.start), ...problem })));
      } else {
        const text = outcome.text === undefined ? undefined : outcome.text.replace(/^\uFEFF/, '');
        output.write(report, text === undefined ? undefined : { text, format: formatOf(text, input.source, settings.input) });
      }
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
  try {
    output.end();
  } catch (error) {
    warn(error instanceof Error ? error.message : String(error));
    return EXIT_FAILURE;
  }
  if (output instanceof FilesOutput && !options.quiet) io.stderr.write(`article-analyze: wrote ${output.files.length} file${output.files.length === 1 ? '' : 's'} to ${options.output}\n`);
  if (signal?.aborted) {
    const total = options.ndjsonIn || options.recursive ? '' : ` of ${files.length}`;
    io.stderr.write(`article-analyze: interrupted after ${reported}${total} input${reported === 1 && !total ? '' : 's'}\n`);
    return EXIT_INTERRUPTED;
  }
  if (checking) {
    if (!options.quiet || problemCount > 0) {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      io.stderr.write(`article-analyze: ${problemCount === 0 ? `checks passed (${settings.check.join(', ')})` : `${plural(problemCount, 'problem')} in ${plural(filesWithProblems, 'article')} (${settings.check.join(', ')})`}, ${plural(reported, 'input')}\n`);
    }
    // an input that could not be read outweighs a failed rule
    if (exitCode === EXIT_OK && problemCount > 0) exitCode = EXIT_CHECK_FAILED;
  }
  return exitCode;
}

/** The options in effect: flags over the configuration file over the defaults. */
interface Settings {
  configFile: string | null;
  format?: string;
  analyzers?: string[];
  /** YYYY-MM-DD, auto or none. */
  refDate: string;
  lexicon?: Lexicon;
  lexiconFrom: string | null;
  input: InputFormat;
  jobs: number;
  check: string[];
  pluginFiles: Array<{ specifier: string; file: string }>;
  plugins: Plugin[];
  formatters: Record<string, Formatter>;
}

async function resolveSettings(program: Command, options: Options, io: Io): Promise<Settings> {
  const fromCli = (key: string) => program.getOptionValueSource(key) === 'cli';
  const cwd = io.cwd ?? process.cwd();
  let found: Awaited<ReturnType<typeof findConfig>> = null;
  if (typeof options.config === 'string') {
    found = readConfigFile(resolve(cwd, options.config));
  } else if (options.config !== false) {
    found = findConfig(cwd);
  }
  const config = found?.config ?? {};
  const base = found ? dirname(found.file) : cwd;

  const pluginFiles: Settings['pluginFiles'] = [];
  for (const [specifier, from] of [...(config.plugins ?? []).map((p) => [p, base] as const), ...options.plugin.map((p) => [p, cwd] as const)]) {
    const file = resolvePlugin(specifier, from);
    if (!pluginFiles.some((plugin) => plugin.file === file)) pluginFiles.push({ specifier, file });
  }
  const plugins = await loadPlugins(
    pluginFiles.map((plugin) => plugin.file),
    pluginFiles.map((plugin) => plugin.specifier),
  );

  const analyzers = fromCli('analyzers') ? options.analyzers : config.analyzers;
  if (analyzers) {
    const available = [...analyzerNames, ...plugins.flatMap((plugin) => Object.keys(plugin.analyzers))];
    const unknown = analyzers.filter((name) => !available.includes(name));
    if (analyzers.length === 0 || unknown.length > 0) {
      throw new UsageError(`option '-a, --analyzers <list>': choose from ${available.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}.`);
    }
  }
  const formatters: Record<string, Formatter> = Object.assign({}, ...plugins.map((plugin) => plugin.formatters));
  const format = fromCli('format') ? options.format : config.format;
  if (format !== undefined && !(formatNames as readonly string[]).includes(format) && !(format in formatters)) {
    throw new UsageError(`option '-f, --format <format>' argument '${format}' is invalid. Allowed choices are ${[...formatNames, ...Object.keys(formatters)].join(', ')}.`);
  }
  let lexicon: Lexicon | undefined;
  let lexiconFrom: string | null = null;
  if (fromCli('lexicon') && options.lexicon) {
    lexiconFrom = resolve(cwd, options.lexicon);
    lexicon = readLexicon(options.lexicon);
  } else if (typeof config.lexicon === 'string') {
    lexiconFrom = resolve(base, config.lexicon);
    lexicon = readLexicon(lexiconFrom);
  } else if (config.lexicon) {
    lexiconFrom = found!.file;
    lexicon = checkLexicon(config.lexicon, found!.file);
  }
  return {
    configFile: found?.file ?? null,
    format,
    analyzers,
    refDate: (fromCli('refDate') ? options.refDate : config.refDate) ?? 'auto',
    lexicon,
    lexiconFrom,
    input: fromCli('input') ? options.input : (config.input ?? options.input),
    jobs: fromCli('jobs') ? options.jobs : (config.jobs ?? options.jobs),
    check: options.check ?? config.check ?? [],
    pluginFiles,
    plugins,
    formatters,
  };
}

function effectiveFormat(settings: Settings, options: Options, io: Io): string {
  // --check lists problems as lines, in a terminal and in a CI log alike, unless a format is asked for
  if (settings.check.length > 0 && !settings.format) return 'table';
  return settings.format ?? (options.ndjsonIn ? 'ndjson' : io.stdout.isTTY ? 'table' : 'json');
}

/** --print-config: what a run with these flags would use. */
function effectiveConfig(settings: Settings, io: Io) {
  return {
    configFile: settings.configFile,
    analyzers: settings.analyzers ?? [...analyzerNames, ...settings.plugins.flatMap((plugin) => Object.keys(plugin.analyzers ?? {}))],
    plugins: settings.pluginFiles.map((plugin, i) => ({
      specifier: plugin.specifier,
      file: plugin.file,
      analyzers: Object.keys(settings.plugins[i].analyzers ?? {}),
      formatters: Object.keys(settings.plugins[i].formatters ?? {}),
    })),
    format: settings.format ?? (io.stdout.isTTY ? 'table' : 'json'),
    refDate: settings.refDate,
    lexicon: settings.lexiconFrom,
    input: settings.input,
    jobs: settings.jobs,
    check: settings.check,
  };
}

/** --check output: a line per problem (`file:line:column  rule  message`), or JSON / NDJSON objects. */
class CheckOutput {
  private written = 0;

  constructor(
    private readonly stdout: NodeJS.WritableStream,
    private readonly format: string,
  ) {}

  write(problems: Array<{ source: string; line: number; column: number; rule: string; start: number; end: number; message: string }>): void {
    for (const problem of problems) {
      if (this.format === 'json') this.stdout.write(`${this.written === 0 ? '[\n' : ',\n'}  ${JSON.stringify(problem)}`);
      else if (this.format === 'ndjson') this.stdout.write(`${JSON.stringify(problem)}\n`);
      else this.stdout.write(`${problem.source}:${problem.line}:${problem.column}  ${problem.rule}  ${terminalSafe(problem.message)}\n`);
      this.written++;
    }
  }

  end(): void {
    if (this.format === 'json') this.stdout.write(this.written > 0 ? '\n]\n' : '[]\n');
  }
}


/**
 * Writes each report as soon as it is ready, so that a long batch shows progress in a pipe and an
 * interrupted one keeps what was written: NDJSON a line per report, tables and Markdown a section
 * per report, and a JSON array element by element. The bytes are those of formatting all the
 * reports at once.
 */
class StreamedOutput {
  private written = 0;
  /**
   * A plugin's format sees the whole batch at once (a CSV has one header), and so does a batch's
   * HTML page: their reports are kept until the end.
   */
  private readonly held: Array<[Report, InputText | undefined]> | null;

  constructor(
    private readonly stdout: NodeJS.WritableStream,
    private readonly format: (reports: Report[], inputs: Array<InputText | undefined>) => string,
    private readonly formatName: string,
    private readonly batch: boolean,
  ) {
    this.held = (formatNames as readonly string[]).includes(formatName) && !(formatName === 'html' && batch) ? null : [];
  }

  write(report: Report, input?: InputText): void {
    if (this.held) {
      this.held.push([report, input]);
      return;
    }
    let piece = this.format([report], [input]);
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
    if (this.held) this.stdout.write(this.format(this.held.map(([report]) => report), this.held.map(([, input]) => input)));
    // a batch with no report is still a JSON array, for jq and friends
    if (this.formatName === 'json' && this.batch) this.stdout.write(this.written > 0 ? '\n]\n' : '[]\n');
  }
}

/** Why output could not be written, in words where the error is a common one. */
function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ...fileReasons,
    ENOENT: 'no such directory',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EROFS: 'read-only file system',
    EEXIST: 'a file of that name is in the way',
    EIO: 'input/output error',
  };
  if (code) return reasons[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/** `-o DIR`: a file per input, named after it, written as soon as its report is ready. */
class FilesOutput {
  readonly files: string[] = [];
  private readonly taken = new Set<string>();
  private failure: Error | null = null;

  constructor(
    private readonly dir: string,
    private readonly formatName: string,
    private readonly format: (reports: Report[], inputs: Array<InputText | undefined>) => string,
  ) {}

  private nameFor(report: Report): string {
    const extension = ({ html: '.html', json: '.json', ndjson: '.json', markdown: '.md', table: '.txt' } as Record<string, string>)[this.formatName] ?? `.${this.formatName}`;
    const base = (report.id !== undefined ? String(report.id) : report.source === '-' ? 'stdin' : basename(report.source)).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120) || 'article';
    let name = `${base}${extension}`;
    for (let n = 2; this.taken.has(name); n++) name = `${base}-${n}${extension}`;
    this.taken.add(name);
    return name;
  }

  write(report: Report, input?: InputText): void {
    if (this.failure) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      const file = join(this.dir, this.nameFor(report));
      writeFileSync(file, this.format([report], [input]));
      this.files.push(file);
    } catch (error) {
      this.failure = new Error(`${this.dir}: cannot write (${writeFailure(error)})`);
    }
  }

  end(): void {
    if (this.failure) throw this.failure;
  }
}

/** The bin's entry: real process streams, exit code set without cutting stdout short. */
export async function main(): Promise<void> {
  // `article-analyze … | head -1` closes the pipe early: stop quietly, like any Unix filter. Any
  // other failure (a full disk) loses the output: say so in one line and stop.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    process.stderr.write(`article-analyze: standard output: cannot write (${writeFailure(error)})\n`);
    process.exit(EXIT_FAILURE);
  });
  // Ctrl-C ends a single article's run at once (the default: no listener). In a batch the first
  // one finishes the reports under way, closes the output and stops; its listener is then gone,
  // so a second quits at once, even in the middle of an article (where no listener could run).
  // With one job the first is heard between articles: two during one article count as one.
  try {
    process.exitCode = await run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      // process.stdin is built on first use (~10 ms: a stream, a TTY check): only when read
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      interrupted: () => {
        const controller = new AbortController();
        process.once('SIGINT', () => controller.abort());
        return controller.signal;
      },
      now: () => performance.now(),
    });
  } catch (error) {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`article-analyze: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
