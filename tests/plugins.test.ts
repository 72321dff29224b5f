// The library API, plugins, the configuration file and --check, as users run them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import linksPlugin from '../examples/article-analyze-plugin-links/index.js';
import { fixturePath, root } from './helpers.js';

const bin = `${root}bin/article-analyze.js`;
const example = `${root}examples/article-analyze-plugin-links`;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(`${root}schema/report.schema.json`, 'utf8')));
const scratch = mkdtempSync(join(tmpdir(), 'article-analyze-plugins-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const story = join(scratch, 'story.txt');
writeFileSync(story, 'WASHINGTON, March 3 (Newswire) - Write to press@example.org, the agency said on Tuesday.\n\n“We will publish everything at https://example.org/report.”\n');

function cli(args: string[], cwd = root, input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function plugin(name: string, source: string): string {
  const file = join(scratch, `${name}.js`);
  writeFileSync(file, source);
  return file;
}

describe('the library', () => {
  it('exports analyze, the registries, the tester and the check rules under the package name', () => {
    const script = "import * as api from 'article-analyze'; console.log(JSON.stringify(Object.keys(api).sort()));";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['analyze', 'analyzeAsync', 'analyzeDocument', 'analyzerNames', 'analyzers', 'checkNames', 'checkRules', 'createDocument', 'formatNames', 'formatters', 'inputFormats', 'loadFormat', 'testAnalyzer']);
  });

  it('names the same analyzers and formats in the registries as in the CLI\'s light name lists', async () => {
    const { analyzerNames, formatters } = await import('../src/index.js');
    const { builtinAnalyzerNames } = await import('../src/analyzers/names.js');
    const { formatNames } = await import('../src/formatters/names.js');
    expect(analyzerNames).toEqual([...builtinAnalyzerNames]);
    expect(Object.keys(formatters)).toEqual([...formatNames]);
  });

  it('returns the report the CLI prints', () => {
    const report = analyze(readFileSync(fixturePath('pentagon-russia.txt'), 'utf8'), { source: fixturePath('pentagon-russia.txt'), referenceDate: '2022-03-24' });
    expect(JSON.parse(cli([fixturePath('pentagon-russia.txt'), '--ref-date', '2022-03-24', '--jobs', '1']).stdout)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('runs a plugin\'s analyzer given as an object', () => {
    const report = analyze('Mail desk@paper.com today.', { plugins: [linksPlugin], analyzers: ['links', 'dates'] });
    expect(report.links).toEqual([{ start: 5, end: 19, text: 'desk@paper.com', kind: 'email', value: 'desk@paper.com' }]);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'source', 'referenceDate', 'stats', 'dates', 'links']);
  });
});

describe('--plugin', () => {
  it('adds a plugin\'s findings under its analyzer\'s name, valid against the schema, in every format', () => {
    const { code, stdout, stderr } = cli(['--plugin', './examples/article-analyze-plugin-links/index.js', story]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.links.map((link: { text: string }) => link.text)).toEqual(['press@example.org', 'https://example.org/report']);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(cli(['-p', `${example}/index.js`, story, '-f', 'table', '-a', 'links']).stdout).toMatch(/links \(2\)[\s\S]*press@example\.org[\s\S]*email/);
    expect(cli(['-p', `${example}/index.js`, story, '-f', 'markdown', '-a', 'links']).stdout).toContain('### links\n\n| Text | kind | value |');
  });

  it('adds a plugin\'s format, which sees the whole batch, on worker threads too', () => {
    const one = cli(['-p', `${example}/index.js`, story, story, '-f', 'links-csv', '--jobs', '1']);
    expect(one.stdout).toBe(`source,kind,value\n${story},email,press@example.org\n${story},url,https://example.org/report\n${story},email,press@example.org\n${story},url,https://example.org/report\n`);
    expect(cli(['-p', `${example}/index.js`, story, story, '-f', 'links-csv', '--jobs', '2'])).toEqual(one);
  });

  it('finds article-analyze-plugin-NAME and @scope/article-analyze-plugin-NAME in the current project', () => {
    const project = join(scratch, 'project');
    cpSync(example, join(project, 'node_modules', 'article-analyze-plugin-links'), { recursive: true });
    cpSync(example, join(project, 'node_modules', '@acme', 'article-analyze-plugin-links'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name": "newsroom"}');
    for (const name of ['links', 'article-analyze-plugin-links', '@acme/links']) {
      const { code, stdout, stderr } = cli(['--plugin', name, story, '-a', 'links'], project);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).links).toHaveLength(2);
    }
    const missing = cli(['--plugin', 'nothing', story], project);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`article-analyze: plugin nothing: cannot find article-analyze-plugin-nothing or nothing from ${project} (npm install it in your project)\n`);
  });

  it.each([
    ['a built-in analyzer\'s name', 'export default { analyzers: { quotes: { description: "", analyze: () => [] } } };', /plugin .*clash-0\.js: analyzer name "quotes" is taken by the report \(a built-in analyzer\)/],
    ['a report field\'s name', 'export default { analyzers: { source: { description: "", analyze: () => [] } } };', /analyzer name "source" is taken by the report \(a report field\)/],
    ['a built-in format', 'export const formatters = { json: () => "" };', /format "json" is a built-in format/],
    ['no analyze function', 'export default { name: "broken", analyzers: { words: {} } };', /plugin broken: analyzer "words" has no analyze\(doc, context\) function/],
    ['nothing', 'export const x = 1;', /exports no analyzers and no formatters/],
    ['a syntax error', 'export default {', /failed to load: /],
  ])('refuses a plugin with %s in one line (exit 1)', (_, source, message) => {
    const file = plugin(`clash-${['a built-in analyzer\'s name', 'a report field\'s name', 'a built-in format', 'no analyze function', 'nothing', 'a syntax error'].indexOf(_)}`, source);
    const { code, stdout, stderr } = cli(['--plugin', file, story]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('checks the spans nested inside a finding too, not only its own', () => {
    const deep = { name: 'deep', analyzers: { deep: { description: '', analyze: () => [{ start: 0, end: 4, text: 'Wash', parts: [{ roles: ['x'], at: { start: 5, end: 7, text: 'no' } }] }] } } };
    const report = analyze('Wash me.', { plugins: [deep], analyzers: ['deep'] });
    expect(report.errors).toEqual([{ analyzer: 'deep', message: 'analyzer "deep" reported span 5-7 as "no" but the input has "me"' }]);
  });

  it('names a plugin whose analyzer reports a span that is not the input\'s slice, and keeps the other findings', () => {
    const file = plugin('bad-span', 'export default { analyzers: { shouty: { description: "", analyze: (doc) => [{ start: 0, end: 4, text: "NOPE" }] } } };');
    for (const jobs of ['1', '2']) {
      const { code, stdout, stderr } = cli(['--plugin', file, story, story, '-f', 'ndjson', '--jobs', jobs]);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toBe(`article-analyze: ${story}: analyzer shouty failed: analyzer "shouty" reported span 0-4 as "NOPE" but the input has "WASH"`);
      const report = JSON.parse(stdout.split('\n')[0]);
      expect(report.errors).toEqual([{ analyzer: 'shouty', message: 'analyzer "shouty" reported span 0-4 as "NOPE" but the input has "WASH"' }]);
      expect(report.entities.length).toBeGreaterThan(0);
    }
  });
});

describe('configuration', () => {
  const newsroom = join(scratch, 'newsroom');
  const desk = join(newsroom, 'desk', 'today');
  mkdirSync(desk, { recursive: true });
  writeFileSync(join(newsroom, 'names.json'), '{"Newswire": "organization"}');
  cpSync(`${example}/index.js`, join(newsroom, 'plugins', 'links.js'));
  writeFileSync(join(newsroom, '.article-analyzerc.json'), JSON.stringify({ analyzers: ['entities', 'dates', 'links'], plugins: ['./plugins/links.js'], lexicon: 'names.json', refDate: '2022-03-24', format: 'ndjson' }));

  it('is found from the current directory upward, with paths relative to the file', () => {
    const { code, stdout, stderr } = cli([story], desk);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'source', 'referenceDate', 'stats', 'meta', 'entities', 'dates', 'links']);
    expect(report.referenceDate).toBe('2022-03-24');
    expect(report.entities.find((entity: { name: string }) => entity.name === 'Newswire')?.type).toBe('organization');
  });

  it('gives way to flags, and --print-config shows what is in effect', () => {
    const printed = JSON.parse(cli(['--print-config', '-a', 'numbers', '--ref-date', 'none', '-f', 'json'], desk).stdout);
    expect(printed).toEqual({
      configFile: join(newsroom, '.article-analyzerc.json'),
      analyzers: ['numbers'],
      plugins: [{ specifier: './plugins/links.js', file: join(newsroom, 'plugins', 'links.js'), analyzers: ['links'], formatters: ['links-csv'] }],
      format: 'json',
      refDate: 'none',
      lexicon: join(newsroom, 'names.json'),
      input: 'auto',
      jobs: expect.any(Number),
      check: [],
    });
    const report = JSON.parse(cli([story, '-a', 'numbers,dates', '--ref-date', 'none', '-f', 'json'], desk).stdout);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'source', 'referenceDate', 'stats', 'dates', 'numbers']);
    // "none": not even the dateline is taken
    expect(report.referenceDate).toBeNull();
    expect(report.dates[0].value).toMatch(/^XXXX/);
    expect(JSON.parse(cli([story, '--no-config', '-f', 'json'], desk).stdout)).not.toHaveProperty('links');
  });

  it('reads an "article-analyze" key in package.json, and --config FILE', () => {
    const project = join(scratch, 'pkg');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'x', 'article-analyze': { analyzers: ['quotes'] } }));
    expect(Object.keys(JSON.parse(cli([story, '-f', 'json'], project).stdout))).toContain('quotes');
    expect(Object.keys(JSON.parse(cli([story, '-f', 'json'], project).stdout))).not.toContain('entities');
    expect(JSON.parse(cli([story, '--config', join(newsroom, '.article-analyzerc.json')], project).stdout).links).toHaveLength(2);
  });

  it.each([
    [{ analyzers: ['entities'], colour: true }, /\.article-analyzerc\.json: configuration must NOT have additional properties "colour"\n$/],
    [{ refDate: 'yesterday' }, /\.article-analyzerc\.json: configuration\/refDate must match pattern/],
    [{ analyzers: ['moods'] }, /option '-a, --analyzers <list>': choose from entities, quotes, dates, numbers \(unknown: moods\)/],
    [{ check: ['spelling'] }, /configuration\/check\/0 must be equal to one of the allowed values \(quotes-attributed, dates-resolved, reference-date\)/],
  ])('refuses an invalid configuration in one line (exit 1): %j', (config, message) => {
    const project = mkdtempSync(join(scratch, 'bad-'));
    writeFileSync(join(project, '.article-analyzerc.json'), JSON.stringify(config));
    const { code, stderr } = cli([story], project);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('--check', () => {
  it('lists each finding that breaks a rule with its line and column, and exits 1', () => {
    const text = 'Officials met on Tuesday.\n\n“We are not leaving, and we will not be moved.”\n';
    const file = join(scratch, 'check.txt');
    writeFileSync(file, text);
    const { code, stdout, stderr } = cli([file, '--check', 'quotes-attributed,dates-resolved', '--check', 'reference-date']);
    expect(stdout).toBe(
      [
        `${file}:1:1  reference-date  no reference date: relative dates cannot be resolved`,
        `${file}:1:18  dates-resolved  "Tuesday" is left unresolved (XXXX-WXX-2); give --ref-date or a dateline`,
        `${file}:3:2  quotes-attributed  direct quote without a speaker: “We are not leaving, and we will not be moved.”`,
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('article-analyze: 3 problems in 1 article (quotes-attributed, dates-resolved, reference-date), 1 input\n');
    expect(code).toBe(1);
    const json = JSON.parse(cli([file, '--check', 'dates-resolved', '-f', 'json']).stdout);
    expect(json).toEqual([{ source: file, line: 1, column: 18, rule: 'dates-resolved', start: 17, end: 24, message: '"Tuesday" is left unresolved (XXXX-WXX-2); give --ref-date or a dateline' }]);
  });

  it('passes with exit 0 when every rule holds', () => {
    const { code, stdout, stderr } = cli([fixturePath('pentagon-russia.txt'), '--check', 'quotes-attributed,dates-resolved', '--ref-date', '2022-03-24']);
    expect(stdout).toBe('');
    expect(stderr).toBe('article-analyze: checks passed (quotes-attributed, dates-resolved), 1 input\n');
    expect(code).toBe(0);
  });
});
