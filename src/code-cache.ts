// Loading a CommonJS bundle with V8's code cache, so that a start does not compile it again.
//
// `npm run build` bundles the command line (dist/cli.cjs) and compromise's parts
// (generated/compromise.cjs), runs one analysis with them and saves, beside each, the bytecode V8
// compiled for every function that ran (`<file>.cache`, scripts/build-bundle.js). A start that
// finds the cache skips parsing and compiling those functions. V8 ignores a cache made by another
// V8 version or with other flags (a different Node than the one that built it), and we ignore one
// made from other contents of the file (see digest): the file is then compiled as usual. Node
// 22's module.enableCompileCache() does this for every module; Node 20 has no such thing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

interface Loaded {
  script: vm.Script;
  exports: unknown;
  digest: Buffer;
}

/**
 * V8 checks a cache against its source's length only, so a cache file starts with a digest of the
 * file it was made from: an edited bundle is compiled afresh, never run with stale bytecode. The
 * digest is the byte length and FNV-1a over the file's 32-bit words (~2 ms for the bundle;
 * node:crypto alone takes ~8 ms to load).
 */
function digest(bytes: Buffer): Buffer {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes); // a pooled small Buffer may not be
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, bytes.length >> 2);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i], 0x01000193);
  for (let i = words.length << 2; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  const result = Buffer.alloc(8);
  result.writeUInt32LE(bytes.length, 0);
  result.writeInt32LE(hash, 4);
  return result;
}

function readCache(file: string, expected: Buffer): Buffer | undefined {
  const cacheFile = `${file}.cache`;
  if (!existsSync(cacheFile)) return undefined;
  const cache = readFileSync(cacheFile);
  return cache.subarray(0, expected.length).equals(expected) ? cache.subarray(expected.length) : undefined;
}

/** One registry per process, shared by every copy of this module (the bin's and the bundle's). */
const registryKey = Symbol.for('article-analyze.code-cache');
const registry: Map<string, Loaded> = ((globalThis as Record<symbol, unknown>)[registryKey] as Map<string, Loaded> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[registryKey] = registry;

/**
 * `require(url)` of a CommonJS bundle, through V8's code cache `<file>.cache` when there is one.
 * A vm script gets no import() from Node 20 (with a code cache it has no loader at all), so the
 * build rewrites the bundle's import() expressions as calls to `__import`, provided here: it
 * resolves a relative specifier against the bundle's own file, as import() would.
 */
export function requireCached(url: URL): unknown {
  const file = fileURLToPath(url);
  const loaded = registry.get(file);
  if (loaded) return loaded.exports;
  const bytes = readFileSync(file);
  const made = digest(bytes);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __import) {${bytes.toString('utf8')}\n})`, {
    filename: file,
    cachedData: readCache(file, made),
  });
  const module = { exports: {} as unknown };
  const importFromBundle = (specifier: string) => import(/^\.\.?\//.test(specifier) ? new URL(specifier, url).href : specifier);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(url), module, file, dirname(file), importFromBundle);
  registry.set(file, { script, exports: module.exports, digest: made });
  return module.exports;
}

/** Writes the code cache of every bundle loaded so far, with all it has compiled (the build's step). */
export function writeCodeCaches(): void {
  for (const [file, { script, digest }] of registry) writeFileSync(`${file}.cache`, Buffer.concat([digest, script.createCachedData()]));
}
