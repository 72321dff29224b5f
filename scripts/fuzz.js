// Fuzzes the whole CLI: batches of generated hostile files (mutated articles, binary data,
// truncated UTF-8, escape sequences, pathological runs, hostile HTML and Markdown) through the real
// binary with random options, checking each run's contract. Not part of `npm test`; run it as
//
//   node scripts/fuzz.js [--minutes 10] [--seed 1] [--batch 8]
//
// A failing batch is kept in fuzz-failures/<run>/ with the command that failed, and the exit code
// is 1. Checks: exit code 0 or 2; stderr is only one-line `article-analyze: FILE: reason` messages,
// one per failed input and never a stack trace; JSON and NDJSON parse, hold one report per readable
// input, validate against the schema, and every span is the slice of the file it names; table and
// Markdown output carry no control character but newlines; the same run twice is byte-identical.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const MINUTES = option('--minutes', 10);
const BATCH = option('--batch', 8);
let seed = option('--seed', 1) >>> 0;

// mulberry32: a small seeded generator, so that a run can be repeated
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (max) => Math.floor(random() * max);

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(`${root}schema/report.schema.json`, 'utf8')));
const articles = readdirSync(`${root}fixtures/articles`).sort().map((name) => ({ name, text: readFileSync(`${root}fixtures/articles/${name}`, 'utf8') }));
const hostile = ['"', '“', '”', '‘', '’', "'", '«', '»', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u200b', '\u00ad', '\u202e', '\u2028', '\x1b[31m', '\x1b]0;pwned\x07', '\x1b[2J', '\x9b', '\x07', '\x08', '😀', '👩‍👩‍👧', 'e\u0301', 'שלום', '<script>alert(1)</script>', '<b>', '</p>', '&amp;', '&#0;', '&#x1F600;', '**', '# ', '> ', '[x](y)', '```', '---\n', 'May', 'March', '$', '%', '1,500', '3.6 million', 'Tuesday', 'he said', '(', ')', 'Mr.', 'U.S.'];

function mutate(text) {
  const chars = [...text];
  for (let n = int(30); n > 0; n--) {
    const at = int(chars.length + 1);
    const what = random();
    if (what < 0.5) chars.splice(at, 0, pick(hostile));
    else if (what < 0.8) chars.splice(at, 1 + int(20));
    else chars.splice(at, 0, ...chars.slice(int(chars.length), int(chars.length) + int(200)));
  }
  return chars.join('');
}

/** One generated file: [extension, bytes]. */
function generate() {
  const kind = random();
  const base = pick(articles);
  const ext = base.name.split('.').pop();
  if (kind < 0.45) return [ext, Buffer.from(mutate(base.text))];
  if (kind < 0.55) return [pick(['txt', 'html', 'md']), Buffer.from(Array.from({ length: int(4000) }, () => int(256)))]; // binary
  if (kind < 0.62) {
    const bytes = Buffer.from(base.text);
    return [ext, bytes.subarray(0, int(bytes.length))]; // truncated, maybe mid-character
  }
  if (kind < 0.68) {
    const bytes = Buffer.from(mutate(base.text));
    bytes[int(bytes.length)] = pick([0x80, 0xc3, 0xff, 0xed]); // invalid UTF-8
    return [ext, bytes];
  }
  if (kind < 0.8) return [pick(['txt', 'md', 'html']), Buffer.from(pick(hostile).repeat(1 + int(20_000)))]; // pathological runs
  if (kind < 0.85) return ['txt', Buffer.from(pick(['', ' ', '\n\n\n', '\ufeff', '\t \r\n']))];
  if (kind < 0.95) {
    const body = mutate(base.text).replace(/\n\n/g, '</p><p onclick="x">');
    return ['html', Buffer.from(`<!doctype html><html><head><title>${mutate('A "title" <x>')}</title><script>document.write(1)</script></head><body><nav>Home | World</nav><article><h1>${mutate('Headline')}</h1><p>${body}</p></article></body></html>`)];
  }
  return ['md', Buffer.from(`---\ntitle: ${mutate('Front "matter"')}\ndate: 2022-03-24\n---\n\n# ${mutate('Headline')}\n\n${mutate(base.text)}\n\n\`\`\`\ncode "not a quote"\n\`\`\`\n`)];
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function spansOf(report) {
  const spans = [];
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.text === 'string') spans.push(value);
    Object.values(value).forEach(visit);
  };
  for (const key of ['entities', 'quotes', 'dates', 'numbers']) visit(report[key]);
  return spans;
}

function check(run, files, result) {
  const problems = [];
  if (result.error) problems.push(`did not run: ${result.error.message}`);
  if (result.status !== 0 && result.status !== 2) problems.push(`exit code ${result.status} (signal ${result.signal})`);
  const errorLines = result.stderr.split('\n').filter(Boolean);
  const failed = new Set();
  for (const line of errorLines) {
    const named = files.find((file) => line.startsWith(`article-analyze: ${file}: `));
    if (!named) problems.push(`stderr line names no input: ${JSON.stringify(line.slice(0, 200))}`);
    else failed.add(named);
    if (/^\s+at /.test(line)) problems.push('stack trace on stderr');
  }
  if ((result.status === 2) !== errorLines.length > 0) problems.push(`exit code ${result.status} with ${errorLines.length} error lines`);
  if (run.format === 'json' || run.format === 'ndjson') {
    let reports = [];
    try {
      reports = run.format === 'json' ? JSON.parse(result.stdout) : result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    } catch (error) {
      problems.push(`output is not ${run.format}: ${error.message}`);
    }
    if (reports.length + failed.size !== files.length) problems.push(`${reports.length} reports + ${failed.size} errors for ${files.length} inputs`);
    for (const report of reports) {
      if (!validate(report)) problems.push(`${report.source}: schema: ${JSON.stringify(validate.errors).slice(0, 300)}`);
      let input;
      try {
        input = decoder.decode(readFileSync(report.source));
      } catch {
        problems.push(`${report.source}: reported although not readable text`);
        continue;
      }
      for (const span of spansOf(report)) {
        if (input.slice(span.start, span.end) !== span.text) problems.push(`${report.source}: span ${span.start}-${span.end} ${JSON.stringify(span.text.slice(0, 40))} is not the input's slice`);
      }
    }
  } else if (run.format === 'html') {
    // article text is escaped: the only elements are the page's own
    const tags = new Set([...result.stdout.matchAll(/<([a-z][a-z0-9]*)/gi)].map((match) => match[1].toLowerCase()));
    const own = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'header', 'h1', 'h2', 'p', 'div', 'article', 'aside', 'ul', 'ol', 'li', 'mark', 'span', 'a', 'small', 'strong', 'em', 'br']);
    for (const tag of tags) if (!own.has(tag)) problems.push(`html output has a <${tag}> element`);
    if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(result.stdout)) problems.push('control character in html output');
  } else if (/[\x00-\x09\x0b-\x1f\x7f-\x9f]/.test(result.stdout)) {
    problems.push(`control character in ${run.format} output`);
  }
  return problems;
}

const work = mkdtempSync(join(tmpdir(), 'article-analyze-fuzz-'));
const bin = `${root}bin/article-analyze.js`;
const started = Date.now();
let runs = 0;
let inputs = 0;
let failures = 0;
let repeats = 0;
const startSeed = seed;
while (Date.now() - started < MINUTES * 60_000) {
  const dir = join(work, String(runs));
  mkdirSync(dir);
  const files = [];
  for (let i = 0; i < BATCH; i++) {
    const [ext, bytes] = generate();
    const file = join(dir, `${i}.${ext}`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  const run = {
    format: pick(['json', 'ndjson', 'markdown', 'table', 'html']),
    analyzers: random() < 0.7 ? null : ['entities', 'quotes', 'dates', 'numbers'].filter(() => random() < 0.5),
    refDate: random() < 0.5 ? pick(['2022-03-24', '2000-02-29', '1999-12-31']) : null,
    jobs: pick([1, 2]),
  };
  const argv = [bin, ...files, '--format', run.format, '--jobs', String(run.jobs)];
  if (run.analyzers?.length) argv.push('--analyzers', run.analyzers.join(','));
  if (run.refDate) argv.push('--ref-date', run.refDate);
  const exec = () => spawnSync(process.execPath, argv, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28, timeout: 300_000 });
  const result = exec();
  const problems = check(run, files, result);
  if (runs % 10 === 0) {
    repeats++;
    const again = exec();
    if (again.stdout !== result.stdout || again.stderr !== result.stderr || again.status !== result.status) problems.push('a second run gave different output');
  }
  runs++;
  inputs += files.length;
  if (problems.length > 0) {
    failures++;
    const kept = join(root, 'fuzz-failures', String(runs));
    mkdirSync(kept, { recursive: true });
    cpSync(dir, kept, { recursive: true });
    writeFileSync(join(kept, 'command.txt'), `node ${argv.map((arg) => JSON.stringify(arg.replace(dir, kept))).join(' ')}\n\n${problems.join('\n')}\n`);
    console.log(`run ${runs}: ${problems.length} problem(s), kept in fuzz-failures/${runs}:\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
  rmSync(dir, { recursive: true, force: true });
  if (runs % 25 === 0) console.log(`${((Date.now() - started) / 60_000).toFixed(1)} min: ${runs} runs, ${inputs} inputs, ${failures} failing runs`);
}
rmSync(work, { recursive: true, force: true });
console.log(`fuzz (seed ${startSeed}): ${runs} runs of the CLI, ${inputs} generated inputs, ${repeats} determinism repeats, ${((Date.now() - started) / 60_000).toFixed(1)} minutes, ${failures} failing runs`);
process.exitCode = failures > 0 ? 1 : 0;
