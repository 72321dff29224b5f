// The CLI as a user runs it: a spawned process, real files, real pipes.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { run } from '../src/cli.js';
import { analyze } from '../src/analyze.js';
import { formatters } from '../src/formatters/index.js';
import { analyzers } from '../src/analyzers/index.js';
import { fixturePath, memoryStreams, readFixture, root } from './helpers.js';

const bin = `${root}bin/article-analyze.js`;
const article = fixturePath('pentagon-russia.txt');
const scratch = mkdtempSync(join(tmpdir(), 'article-analyze-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('article-analyze FILE', () => {
  it('prints one JSON report when stdout is a pipe', () => {
    const { code, stdout, stderr } = cli([article, '--ref-date', '2022-03-24']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ schemaVersion: 1, source: article, referenceDate: '2022-03-24' });
    expect(report.entities.map((entity: { name: string }) => entity.name)).toContain('John Kirby');
  });

  it('prints readable tables with --format table, without colour under NO_COLOR', () => {
    const { code, stdout } = cli([article, '--format', 'table', '--ref-date', '2022-03-24']);
    expect(code).toBe(0);
    expect(stdout).toContain('Entities (19)');
    expect(stdout).toMatch(/John Kirby\s+│ person/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('prints Markdown with --format markdown', () => {
    const { stdout } = cli([article, '--format', 'markdown', '--analyzers', 'quotes']);
    expect(stdout).toContain('### Quotes');
    expect(stdout).toContain('**John Kirby** (said)');
    expect(stdout).not.toContain('### Entities');
  });

  it('runs only the chosen analyzers and omits the others\' keys', () => {
    const report = JSON.parse(cli([article, '--analyzers', 'dates,numbers']).stdout);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'source', 'referenceDate', 'stats', 'dates', 'numbers']);
  });

  it('reports several files in the order given, as an array or as NDJSON lines', () => {
    const other = fixturePath('mecca-crane.txt');
    const array = JSON.parse(cli([other, article]).stdout);
    expect(array.map((report: { source: string }) => report.source)).toEqual([other, article]);
    const lines = cli([article, other, '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).source)).toEqual([article, other]);
  });

  it('reads standard input from "-" and from a pipe', () => {
    const text = readFixture('pentagon-russia.txt');
    const dash = JSON.parse(cli(['-', '--ref-date', '2022-03-24'], text).stdout);
    const piped = JSON.parse(cli(['--ref-date', '2022-03-24'], text).stdout);
    expect(dash.source).toBe('-');
    expect(piped).toEqual(dash);
    expect(dash.entities).toEqual(JSON.parse(cli([article, '--ref-date', '2022-03-24']).stdout).entities);
  });

  it("reads a named pipe given as a file, as bash's <(…) gives one", () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" <(cat "${article}") --ref-date 2022-03-24`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.source).toMatch(/^\/dev\/fd\/\d+$/);
    expect(report.entities).toEqual(JSON.parse(cli([article, '--ref-date', '2022-03-24']).stdout).entities);
  });

  it('gives the same output whatever the timezone and locale', () => {
    const here = spawnSync(process.execPath, [bin, article], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', LANG: 'C' } });
    expect(cli([article]).stdout).toBe(here.stdout);
  });

  it("prints no debugging of compromise's tagger, whatever the environment asks for", () => {
    // DEBUG_TAGS makes compromise print each tag it sets to standard output
    const debugging = spawnSync(process.execPath, [bin, article, '--jobs', '1'], { encoding: 'utf8', env: { ...process.env, DEBUG_TAGS: '1' } });
    expect(debugging.status).toBe(0);
    expect(debugging.stderr).toBe('');
    expect(debugging.stdout).toBe(cli([article]).stdout);
    const batch = spawnSync(process.execPath, [bin, article, fixturePath('mecca-crane.txt'), '--format', 'ndjson', '--jobs', '2'], { encoding: 'utf8', env: { ...process.env, DEBUG_TAGS: '1' } });
    expect(batch.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual([article, fixturePath('mecca-crane.txt')]);
  });

  it('prints an empty report for an empty file', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = cli([empty]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ stats: { characters: 0, words: 0 }, entities: [], quotes: [], dates: [], numbers: [] });
  });
});

describe('streamed output', () => {
  it.each(['json', 'ndjson', 'markdown', 'table'] as const)('writes %s report by report, the same bytes as all at once', async (format) => {
    const files = [fixturePath('mecca-crane.txt'), fixturePath('airbus-tanker.txt')];
    const reports = files.map((file) => analyze(readFileSync(file, 'utf8'), { source: file }));
    const expected = formatters[format](reports, { color: false, batch: true });
    expect(cli([...files, '--format', format]).stdout).toBe(expected);
  });
});

describe('--lexicon', () => {
  it('adds the user\'s names to the report', () => {
    const lexicon = join(scratch, 'names.json');
    writeFileSync(lexicon, JSON.stringify({ 'drawing board': 'other' }));
    const report = JSON.parse(cli([fixturePath('retail-sales-wire.txt'), '--lexicon', lexicon, '-a', 'entities']).stdout);
    expect(report.entities.map((entity: { name: string }) => entity.name)).toContain('drawing board');
  });
  it('refuses a lexicon with an unknown type, in one line', () => {
    const lexicon = join(scratch, 'bad-names.json');
    writeFileSync(lexicon, JSON.stringify({ Kirby: 'human' }));
    const { code, stderr } = cli([article, '--lexicon', lexicon]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/"Kirby" has type "human"; use one of person, organization, place, other/);
  });
});

describe('inputs that cannot be read', () => {
  it('names a missing file in one line, reports the others and exits 2', () => {
    const { code, stdout, stderr } = cli([article, join(scratch, 'missing.txt'), '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stderr).toBe(`article-analyze: ${join(scratch, 'missing.txt')}: no such file\n`);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a directory', () => {
    const { code, stderr } = cli([scratch]);
    expect(code).toBe(2);
    expect(stderr).toBe(`article-analyze: ${scratch}: is a directory (use -r to analyze the articles in it)\n`);
  });

  it('names a file it may not read (permission denied), reports the others and exits 2', (context) => {
    // root reads everything: run the CLI as nobody (setpriv), as a user's shell would be; skipped
    // only where nobody cannot read the project itself (a clone in root's home)
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
    if (asUser.length > 0 && spawnSync(asUser[0], [...asUser.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(bin)}, 4)`]).status !== 0) {
      context.skip();
    }
    // outside scratch, which nobody may not enter
    const dir = mkdtempSync(join(tmpdir(), 'article-analyze-denied-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    chmodSync(dir, 0o755);
    const readable = join(dir, 'readable.txt');
    const denied = join(dir, 'denied.txt');
    copyFileSync(article, readable);
    chmodSync(readable, 0o644);
    writeFileSync(denied, 'secret');
    chmodSync(denied, 0o000);
    const [command, ...prefix] = [...asUser, process.execPath];
    const result = spawnSync(command, [...prefix, bin, readable, denied, readable, '--format', 'ndjson', '--jobs', '1'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toBe(`article-analyze: ${denied}: permission denied\n`);
    expect(result.status).toBe(2);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual([readable, readable]);
  });

  it('names a file that vanishes during the batch and finishes the others', async () => {
    const dir = mkdtempSync(join(scratch, 'vanish-'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(article, join(dir, name));
    const { stdout, stderr, written } = memoryStreams();
    // b.txt is deleted the moment a.txt's report is written: after the listing, before its read
    stdout.once('data', () => rmSync(join(dir, 'b.txt')));
    const code = await run(['-r', dir, '--format', 'ndjson', '--jobs', '1', '-a', 'entities'], { stdout, stderr, stdin: new PassThrough(), env: {} });
    const { out, errors } = written;
    expect(errors).toBe(`article-analyze: ${join(dir, 'b.txt')}: no such file\n`);
    expect(code).toBe(2);
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
  });

  it('skips a binary file', () => {
    const binary = join(scratch, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const { code, stderr, stdout } = cli([binary]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/image\.png: binary file/);
    expect(stdout).toBe('');
  });
});

describe('usage errors exit 1 with one clear line', () => {
  it.each([
    [['--format', 'xml', article], /option '-f, --format <format>' argument 'xml' is invalid/],
    [['--analyzers', 'entities,moods', article], /unknown: moods/],
    [['--ref-date', '2022-13-45', article], /expected a calendar date as YYYY-MM-DD/],
    [['--frobnicate', article], /unknown option '--frobnicate'/],
    [['-', '-'], /standard input \("-"\) can be read only once/],
  ])('%j', (args, message) => {
    const { code, stderr, stdout } = cli(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });
});

describe('help and version', () => {
  it('prints help with examples', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: article-analyze [options] [file...]');
    expect(stdout).toContain('--ref-date <YYYY-MM-DD|auto|none>');
    expect(stdout).toContain('Examples:');
  });
  it('prints the version', () => {
    const { code, stdout } = cli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFixture('../../package.json')).version);
  });
  it('prints help instead of waiting when no file is named on a terminal', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let errors = '';
    stderr.on('data', (chunk) => (errors += chunk));
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const code = await run([], { stdout, stderr, stdin, env: {} });
    expect(code).toBe(1);
    expect(errors).toContain('Usage: article-analyze');
  });
});

describe('an analyzer that fails', () => {
  it('costs only its own findings: the report names it, the others are kept, the exit code is 2', async () => {
    const original = analyzers.quotes.analyze;
    analyzers.quotes.analyze = () => {
      throw new Error('boom');
    };
    try {
      const { stdout, stderr, written } = memoryStreams();
      // one job: the patched analyzer lives in this thread
      const code = await run([article, fixturePath('mecca-crane.txt'), '--format', 'ndjson', '--jobs', '1'], { stdout, stderr, stdin: new PassThrough(), env: {} });
      const { out, errors } = written;
      expect(code).toBe(2);
      const reports = out.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(reports).toHaveLength(2);
      expect(reports[0].errors).toEqual([{ analyzer: 'quotes', message: 'boom' }]);
      expect(reports[0]).not.toHaveProperty('quotes');
      expect(reports[0].entities.length).toBeGreaterThan(0);
      expect(errors).toContain(`article-analyze: ${article}: analyzer quotes failed: boom`);
    } finally {
      analyzers.quotes.analyze = original;
    }
  });
});

describe('Ctrl-C in a batch', () => {
  // named files, and a directory, whose walk reads no file asynchronously: one job must still
  // let the event loop see the signal between articles
  const directory = join(scratch, 'twelve');
  mkdirSync(directory);
  for (let i = 0; i < 12; i++) copyFileSync(article, join(directory, `${String(i).padStart(2, '0')}.txt`));
  // a plugin analyzer that takes 150 ms an article: Ctrl-C, sent at the first report, comes
  // during the second whatever the machine's load
  const pace = join(scratch, 'pace.js');
  writeFileSync(pace, "export default { name: 'pace', analyzers: { pace: { description: '150 ms an article', analyze() { const t = Date.now(); while (Date.now() - t < 150); return []; } } } };\n");
  it.each([
    ['named files, one job', [...Array.from({ length: 12 }, () => article), '--jobs', '1'], 2],
    ['a directory, one job', ['-r', directory, '--jobs', '1'], 2],
    ['a directory, two jobs', ['-r', directory, '--jobs', '2'], 11],
  ])('keeps the reports written so far whole and exits 130 (%s)', async (_name, inputs, most) => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, ...inputs, '--plugin', pace, '-a', 'entities,pace', '--format', 'ndjson'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk) => {
        if (out === '') child.kill('SIGINT');
        out += chunk;
      });
      child.on('close', resolve);
    });
    expect(code).toBe(130);
    expect(errors).toMatch(inputs[0] === '-r' ? /interrupted after \d+ inputs?\n/ : /interrupted after \d+ of 12 inputs/);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    // one job: the report written and the one under way when Ctrl-C came, no third
    expect(lines.length).toBeLessThanOrEqual(most);
    for (const line of lines) expect(JSON.parse(line).schemaVersion).toBe(1);
  });
});

describe('Ctrl-C while standard input is quiet, in a batch', () => {
  it('stops waiting for it, names it, and reports nothing more', { timeout: 15_000 }, async () => {
    const interrupt = new AbortController();
    const quiet = new PassThrough(); // a producer that has said nothing yet, and not ended
    quiet.write('The minister said');
    const { stdout, stderr, written } = memoryStreams();
    const io = {
      stdout,
      stderr,
      env: {},
      interrupted: () => interrupt.signal,
      // asked for when the batch starts reading "-": Ctrl-C comes while it waits
      get stdin() {
        setTimeout(() => interrupt.abort(), 50);
        return quiet;
      },
    };
    const code = await run(['-', article, '--format', 'ndjson', '--jobs', '1', '-a', 'entities'], io);
    const { out, errors } = written;
    expect(errors).toBe('article-analyze: -: interrupted before its end (Ctrl-C)\narticle-analyze: interrupted after 1 of 2 inputs\n');
    expect(code).toBe(130);
    expect(out).toBe('');
    expect(quiet.destroyed).toBe(true);
  });
});

describe('Ctrl-C while an article is analyzed', () => {
  // a plugin analyzer that says so on stderr, then keeps the thread busy for three seconds, on a
  // text that asks for it
  const busy = join(scratch, 'busy.js');
  writeFileSync(busy, "export default { name: 'busy', analyzers: { busy: { description: 'busy on request', analyze(doc) { if (doc.text.includes('BUSY')) { process.stderr.write('busy\\n'); const t = Date.now(); while (Date.now() - t < 3000); } return []; } } } };\n");
  const slow = join(scratch, 'slow.txt');
  writeFileSync(slow, 'BUSY. The minister said so on Monday.\n');

  /** Runs the CLI, sends SIGINT once `busy` appears on stderr (and again `again` ms later), and gives how it ended. */
  async function interrupt(args: string[], again?: number) {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, ...args, '--plugin', busy, '-a', 'busy', '--format', 'ndjson'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let errors = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => {
      if (errors === '' && String(chunk).startsWith('busy')) {
        child.kill('SIGINT');
        if (again !== undefined) setTimeout(() => child.kill('SIGINT'), again);
      }
      errors += chunk;
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
    return { code, signal, out, errors };
  }

  it('ends a single article run at once, with nothing written', async () => {
    const { signal, out, errors } = await interrupt([slow]);
    // the default for SIGINT: no listener waits for the article to end (it would exit 0, written)
    expect(signal).toBe('SIGINT');
    expect(out).toBe('');
    expect(errors).toBe('busy\n');
  });

  it('quits at once on a second Ctrl-C while workers finish their articles', async () => {
    const { code, signal, out } = await interrupt([slow, slow, '--jobs', '2'], 200);
    // ended by the signal itself, or by an exit with 130: either way before the two reports
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(out).toBe('');
  });
});

describe('output that cannot be written', () => {
  it('says so in one line and exits 2 when standard output fails (a full disk)', (context) => {
    if (!existsSync('/dev/full')) context.skip();
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [[article, '--format', 'json'], [article, article, '--format', 'ndjson', '--jobs', '2']]) {
        const result = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(result.stderr).toBe('article-analyze: standard output: cannot write (no space left on device)\n');
        expect(result.status).toBe(2);
      }
    } finally {
      closeSync(full);
    }
  });

  it('says so in one line and exits 2 when -o cannot make its directory', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    const under = cli([article, '-o', join(file, 'reports')]);
    expect(under.stderr).toBe(`article-analyze: ${join(file, 'reports')}: cannot write (not a directory)\n`);
    expect(under.code).toBe(2);
    const onto = cli([article, '-o', file]);
    expect(onto.stderr).toBe(`article-analyze: ${file}: cannot write (a file of that name is in the way)\n`);
    expect(onto.code).toBe(2);
  });

  it('takes no empty -o, which would quietly mean standard output', () => {
    const { code, stdout, stderr } = cli([article, '-o', '']);
    expect(stderr).toMatch(/^article-analyze: option '-o, --output <dir>' argument '' is invalid\. expected a directory\.\n/);
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });
});

describe('pipes', () => {
  it('ends quietly when the reader closes early (| head -1)', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" "${article}" "${article}" "${article}" | head -1`], { encoding: 'utf8' });
    expect(result.stdout).toBe('[\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('stops a one-job directory batch when the reader closes early, not after the last article', () => {
    const directory = join(scratch, 'two-hundred');
    mkdirSync(directory);
    for (let i = 0; i < 200; i++) copyFileSync(article, join(directory, `${String(i).padStart(3, '0')}.txt`));
    // a plugin analyzer that marks each article it is given on stderr, and takes 20 ms: 4 s for
    // all 200, time enough for head to end first on any machine
    const counter = join(scratch, 'counter.js');
    writeFileSync(counter, "export default { name: 'counter', analyzers: { count: { description: 'marks each article, 20 ms', analyze() { process.stderr.write('.'); const t = Date.now(); while (Date.now() - t < 20); return []; } } } };\n");
    const command = `set -o pipefail; "${process.execPath}" "${bin}" -r "${directory}" --jobs 1 --format ndjson --plugin "${counter}" -a entities,count | head -1`;
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).source).toBe(join(directory, '000.txt'));
    expect(result.stderr).toMatch(/^\.+$/);
    expect(result.stderr.length).toBeLessThan(200);
  });
});
