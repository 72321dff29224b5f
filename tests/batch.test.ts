// Batches as a user runs them: directories (-r), worker threads (--jobs), NDJSON records in
// (--ndjson-in), the progress line on a terminal.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { Progress } from '../src/batch/progress.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { fixturePath, memoryStreams, root } from './helpers.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(`${root}schema/report.schema.json`, 'utf8')));

const bin = `${root}bin/article-analyze.js`;
const scratch = mkdtempSync(join(tmpdir(), 'article-analyze-batch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(args: string[], input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// archive/ b.txt, a.md, notes.pdf, .git/x.txt, 2021/z.html, 2021/y.txt
const archive = join(scratch, 'archive');
mkdirSync(join(archive, '2021'), { recursive: true });
mkdirSync(join(archive, '.git'), { recursive: true });
copyFileSync(fixturePath('pentagon-russia.txt'), join(archive, 'b.txt'));
copyFileSync(fixturePath('pentagon-russia.md'), join(archive, 'a.md'));
copyFileSync(fixturePath('mecca-crane.html'), join(archive, '2021', 'z.html'));
copyFileSync(fixturePath('airbus-tanker.txt'), join(archive, '2021', 'y.txt'));
writeFileSync(join(archive, 'notes.pdf'), '%PDF-1.4');
writeFileSync(join(archive, '.git', 'x.txt'), 'hidden');

describe('-r DIR', () => {
  it('analyzes the articles under a directory in name order, skipping hidden entries and other files', () => {
    const { code, stdout, stderr } = cli(['-r', archive, '--format', 'json', '--analyzers', 'entities']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const reports = JSON.parse(stdout);
    expect(reports.map((report: { source: string }) => report.source)).toEqual([
      join(archive, '2021', 'y.txt'),
      join(archive, '2021', 'z.html'),
      join(archive, 'a.md'),
      join(archive, 'b.txt'),
    ]);
    expect(reports[1].meta.title).toBeTruthy();
  });

  it('mixes directories and files, and names an unreadable entry without losing the others', () => {
    const { code, stdout, stderr } = cli(['-r', archive, join(scratch, 'gone.txt'), fixturePath('airbus-tanker.txt'), '--format', 'ndjson', '-a', 'dates']);
    expect(code).toBe(2);
    expect(stderr).toBe(`article-analyze: ${join(scratch, 'gone.txt')}: no such file\n`);
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toHaveLength(5);
  });

  it('gives an empty JSON array for a directory with no articles', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(cli(['-r', empty, '--format', 'json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('--jobs', () => {
  it('gives byte-identical output with one job and with several', () => {
    const files = [fixturePath('pentagon-russia.txt'), fixturePath('mecca-crane.html'), fixturePath('retail-sales-wire.md'), fixturePath('airbus-tanker.txt'), fixturePath('storm-live-blog.html')];
    const one = cli([...files, '--jobs', '1', '--ref-date', '2022-03-24']);
    const three = cli([...files, '--jobs', '3', '--ref-date', '2022-03-24']);
    expect(one.code).toBe(0);
    expect(three).toEqual(one);
    expect(JSON.parse(one.stdout)).toHaveLength(5);
  });

  it('loses only the text a worker was analyzing when the worker dies; the next text gets a new worker', () => {
    // a plugin whose analyzer ends its thread on one text, as a native crash or running out of memory would
    const crasher = join(scratch, 'crasher.js');
    writeFileSync(crasher, "export default { name: 'crasher', analyzers: { crash: { description: 'ends its thread on CRASH', analyze(doc) { if (doc.text.includes('CRASH')) process.exit(3); return []; } } } };\n");
    const dir = join(scratch, 'crashing');
    mkdirSync(dir, { recursive: true });
    const names = ['1.txt', '2.txt', '3.txt', '4.txt', '5.txt', '6.txt', '7.txt'];
    names.forEach((name, i) => writeFileSync(join(dir, name), i === 2 ? 'CRASH here.' : `Text ${i + 1} was written on Tuesday.`));
    const { code, stdout, stderr } = cli(['-r', dir, '--jobs', '2', '--plugin', crasher, '--format', 'ndjson', '-a', 'crash', '--ref-date', '2022-03-24']);
    expect(code).toBe(2);
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual(names.filter((_, i) => i !== 2).map((name) => join(dir, name)));
    expect(stderr).toMatch(/3\.txt: .*worker stopped \(exit code 3\)/);
  });

  it('runs a batch on the number of cores less one by default, in the main thread on two cores', () => {
    // a plugin whose analyzer names the thread it runs on (0: the main thread)
    const teller = join(scratch, 'thread-teller.js');
    writeFileSync(teller, "import { threadId } from 'node:worker_threads';\nexport default { name: 'thread-teller', analyzers: { thread: { description: 'names its thread', analyze() { process.stderr.write(`thread ${threadId}\\n`); return []; } } } };\n");
    const dir = join(scratch, 'threads');
    mkdirSync(dir, { recursive: true });
    const expected = Math.max(1, availableParallelism() - 1);
    // a text for each worker, and more: each is started by a text none of the others is free for
    for (let i = 1; i <= expected + 4; i++) writeFileSync(join(dir, `${i}.txt`), `Text ${i}.`);
    const { code, stderr } = cli(['-r', dir, '--plugin', teller, '-a', 'thread', '--format', 'ndjson']);
    expect(code).toBe(0);
    const threads = new Set(stderr.trimEnd().split('\n'));
    expect(threads.size).toBe(expected);
    if (expected === 1) expect([...threads]).toEqual(['thread 0']);
    else expect(threads.has('thread 0')).toBe(false);
  });

  it('refuses a job count that is not a whole number', () => {
    const { code, stderr } = cli(['--jobs', '0', fixturePath('airbus-tanker.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^article-analyze: option '-j, --jobs <n>' argument '0' is invalid\. expected a whole number/);
  });
});

describe('--ndjson-in', () => {
  const records = [
    JSON.stringify({ id: 'a-1', text: 'Austin spoke with Shoigu on Tuesday, the Pentagon said.', refDate: '2022-03-24' }),
    '',
    'this line is not JSON',
    JSON.stringify({ id: 7, text: readFileSync(fixturePath('airbus-tanker.txt'), 'utf8') }),
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'bad-date', text: 'x', refDate: 'Tuesday' }),
  ].join('\n');

  it('reports each {"id", "text"} line with its id, one report per line, and names bad lines', () => {
    const { code, stdout, stderr } = cli(['--ndjson-in', '--analyzers', 'entities,dates'], records);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      'article-analyze: -:3: not valid JSON, skipped',
      'article-analyze: -:5: expected an object with a "text" string, skipped',
      'article-analyze: -:6: "refDate" must be a date as YYYY-MM-DD, skipped',
      '',
    ]);
    const reports = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(reports.map((report) => [report.id, report.source, report.referenceDate])).toEqual([
      ['a-1', '-:1', '2022-03-24'],
      [7, '-:4', '2008-03-01'],
    ]);
    expect(reports[0].dates).toEqual([expect.objectContaining({ text: 'Tuesday', value: '2022-03-22' })]);
    expect(Object.keys(reports[0]).slice(0, 3)).toEqual(['schemaVersion', 'id', 'source']);
    for (const report of reports) expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('works as a mapper: records split over several processes give the lines of one run', () => {
    const input = join(scratch, 'records.ndjson');
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: i, text: `Report ${i}: John Kirby said on Tuesday that 3 ships left Norfolk.` }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const whole = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" --ndjson-in < "${input}"`], { encoding: 'utf8' });
    const mapped = spawnSync(
      'bash',
      ['-c', `set -e; cd "${scratch}"; split -l 2 "${input}" part-; for part in part-*; do "${process.execPath}" "${bin}" --ndjson-in < "$part"; done`],
      { encoding: 'utf8' },
    );
    expect(whole.status).toBe(0);
    expect(mapped.status).toBe(0);
    expect(mapped.stdout.split('\n').map((line) => line.replace(/"source":"-:\d+"/, ''))).toEqual(whole.stdout.split('\n').map((line) => line.replace(/"source":"-:\d+"/, '')));
    expect(whole.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('stops on Ctrl-C while the producer is quiet, instead of waiting for its next line', { timeout: 15_000 }, async () => {
    const stdin = new PassThrough();
    const interrupt = new AbortController();
    const { stdout, stderr, written } = memoryStreams();
    // once the batch, its first record reported, waits for the next
    stdout.once('data', () => setTimeout(() => interrupt.abort(), 50));
    // one record, and the stream left open: a producer with nothing more to say yet
    stdin.write(`${JSON.stringify({ id: 'a', text: 'The minister spoke in Paris on Monday.' })}\n`);
    const code = await run(['--ndjson-in', '--jobs', '1', '-a', 'entities', '--format', 'ndjson'], { stdout, stderr, stdin, env: {}, interrupted: () => interrupt.signal });
    expect(code).toBe(130);
    expect(written.errors).toBe('article-analyze: interrupted after 1 input\n');
    expect(JSON.parse(written.out).id).toBe('a');
  });

  it('takes no file arguments', () => {
    const { code, stderr } = cli(['--ndjson-in', fixturePath('airbus-tanker.txt')]);
    expect(code).toBe(1);
    expect(stderr).toBe('article-analyze: --ndjson-in reads standard input only; name no files\n');
  });
});

describe('progress', () => {
  function capture(isTTY: boolean) {
    const stream = Object.assign(new PassThrough(), { isTTY, text: '' });
    stream.on('data', (chunk) => (stream.text += chunk));
    return stream;
  }

  it('draws count, rate and ETA in place on a terminal, and clears the line at the end', () => {
    const stream = capture(true);
    let clock = 0;
    const progress = new Progress(stream, 10, () => clock);
    for (let i = 0; i < 4; i++) {
      clock += 500;
      progress.tick();
    }
    progress.clear();
    expect(stream.text).toBe('\r\x1b[K' + 'article-analyze: 2/10 articles · 2.0/s · ETA 0:04' + '\r\x1b[K' + 'article-analyze: 3/10 articles · 2.0/s · ETA 0:04' + '\r\x1b[K' + 'article-analyze: 4/10 articles · 2.0/s · ETA 0:03' + '\r\x1b[K');
  });

  it('shows a count without ETA when the total is unknown (a directory, NDJSON)', () => {
    const stream = capture(true);
    let clock = 0;
    const progress = new Progress(stream, null, () => clock);
    clock = 2000;
    progress.tick();
    expect(stream.text).toBe('\r\x1b[Karticle-analyze: 1 article · 0.5/s');
  });

  it('adds the total and ETA once a directory has been counted, and drops them if it grows past it', () => {
    const stream = capture(true);
    let clock = 0;
    const progress = new Progress(stream, null, () => clock);
    clock = 2000;
    progress.tick();
    progress.setTotal(3);
    clock = 4000;
    progress.tick();
    clock = 6000;
    progress.tick();
    clock = 8000;
    progress.tick();
    expect(stream.text.split('\r\x1b[K').slice(1)).toEqual([
      'article-analyze: 1 article · 0.5/s',
      'article-analyze: 2/3 articles · 0.5/s · ETA 0:02',
      'article-analyze: 3/3 articles · 0.5/s · ETA 0:00',
      'article-analyze: 4 articles · 0.5/s',
    ]);
  });

  it('appears only on a terminal stderr with the output going elsewhere, never under CI', async () => {
    const files = [fixturePath('airbus-tanker.txt'), fixturePath('airbus-tanker.txt')];
    let clock = 0;
    const now = () => (clock += 5000);
    const runWith = async (stderrTTY: boolean, env: Record<string, string>) => {
      const stderr = capture(stderrTTY);
      const stdout = capture(false);
      const code = await run([...files, '--jobs', '1', '-a', 'numbers'], { stdout, stderr, stdin: new PassThrough(), env, now });
      return { code, stderr: stderr.text, stdout: stdout.text };
    };
    const terminal = await runWith(true, {});
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toMatch(/^\r\x1b\[Karticle-analyze: 1\/2 articles · [\d.]+\/s · ETA 0:\d\d/);
    expect(terminal.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await runWith(false, {})).stderr).toBe('');
    expect((await runWith(true, { CI: 'true' })).stderr).toBe('');
    expect(JSON.parse(terminal.stdout)).toHaveLength(2);
  });

  it('counts a directory (-r) while the batch runs, for the total and ETA', async () => {
    const directory = join(scratch, 'eight');
    mkdirSync(join(directory, 'sub'), { recursive: true });
    for (let i = 0; i < 8; i++) copyFileSync(fixturePath('airbus-tanker.txt'), join(directory, i < 4 ? '' : 'sub', `${i}.txt`));
    writeFileSync(join(directory, 'notes.pdf'), '%PDF-1.4');
    let clock = 0;
    const stderr = capture(true);
    const stdout = capture(false);
    const code = await run(['-r', directory, '--jobs', '1', '-a', 'numbers', '--format', 'ndjson'], { stdout, stderr, stdin: new PassThrough(), env: {}, now: () => (clock += 5000) });
    expect(code).toBe(0);
    const lines = stderr.text.split('\r\x1b[K').filter(Boolean);
    expect(lines.at(-1)).toMatch(/^article-analyze: 8\/8 articles · [\d.]+\/s · ETA 0:00$/);
    expect(stdout.text.trimEnd().split('\n')).toHaveLength(8);
  });
});
