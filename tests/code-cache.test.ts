import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const loader = new URL('../dist/code-cache.js', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'article-analyze-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `file` with requireCached in a fresh process; prints what it exports and whether V8 took the cache. */
function load(file: string, write = false): { value: unknown; cache: string } {
  const script = `
    const { requireCached, writeCodeCaches } = await import(${JSON.stringify(loader)});
    const exported = requireCached(new URL(${JSON.stringify(pathToFileURL(file).href)}));
    const value = await exported.value();
    const { script } = globalThis[Symbol.for('article-analyze.code-cache')].get(${JSON.stringify(file)});
    const cache = script.cachedDataRejected === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
    if (${write}) writeCodeCaches();
    console.log(JSON.stringify({ value, cache }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: dir });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('requireCached', () => {
  const file = join(dir, 'bundle.cjs');
  const helper = join(dir, 'helper.mjs');
  writeFileSync(helper, 'export const word = "imported";\n');
  // a bundle as the build leaves it: CommonJS, with its import() rewritten as __import()
  writeFileSync(file, 'exports.value = async () => [require("node:path").basename(__filename), (await __import("./helper.mjs")).word, 41 + 1];\n');

  it('runs a CommonJS file with require, __filename and an __import that resolves beside it', () => {
    expect(load(file, true)).toEqual({ value: ['bundle.cjs', 'imported', 42], cache: 'none' });
    expect(existsSync(`${file}.cache`)).toBe(true);
  });

  it('uses the code cache written for the file', () => {
    expect(load(file)).toEqual({ value: ['bundle.cjs', 'imported', 42], cache: 'used' });
  });

  it('ignores a cache made for other contents of the same length', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace('41 + 1', '40 + 3'));
    expect(load(file)).toEqual({ value: ['bundle.cjs', 'imported', 43], cache: 'none' });
  });
});
