// Loading a CommonJS bundle with V8's code cache, so that a start does not compile it again.
//
// `npm run build` bundles the command line (dist/cli.cjs) and compromise's parts
// (generated/compromise.cjs), runs one analysis with them and saves, beside each, the bytecode V8
// compiled for every function that ran (`<file>.cache`, scripts/build-bundle.js). A start that
// finds the cache skips parsing and compiling those functions. V8 checks that a cache matches the
// file and its own version and flags and ignores one that does not (a different Node than the
// one that built it): the file is then compiled as usual. Node 22's module.enableCompileCache()
// does this for every module; Node 20 has no such thing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

interface Loaded {
  script: vm.Script;
  exports: unknown;
}

/**
 * V8 flags the command line sets before it loads anything (bin/article-analyze.js); the build sets
 * them too before its warm-up, for V8 checks its flags against those the cache was made with.
 */
export const v8Flags = '--no-regexp-tier-up';

/** One registry per process, shared by every copy of this module (the bin's and the bundle's). */
const registryKey = Symbol.for('article-analyze.code-cache');
const registry: Map<string, Loaded> = ((globalThis as Record<symbol, unknown>)[registryKey] as Map<string, Loaded> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[registryKey] = registry;

const mainContextLoader = (vm.constants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** `require(file)`, through V8's code cache `<file>.cache` when there is one. */
export function requireCached(url: URL): unknown {
  const file = fileURLToPath(url);
  const loaded = registry.get(file);
  if (loaded) return loaded.exports;
  const require = createRequire(url);
  // Without the loader constant (Node before 20.12) a vm script could not import() the ES
  // modules a bundle imports lazily: load it the ordinary way.
  if (!mainContextLoader) return require(file);
  const cacheFile = `${file}.cache`;
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData: existsSync(cacheFile) ? readFileSync(cacheFile) : undefined,
    importModuleDynamically: mainContextLoader as never,
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  registry.set(file, { script, exports: module.exports });
  return module.exports;
}

/** Writes the code cache of every bundle loaded so far, with all it has compiled (the build's step). */
export function writeCodeCaches(): string[] {
  const written: string[] = [];
  for (const [file, { script }] of registry) {
    writeFileSync(`${file}.cache`, script.createCachedData());
    written.push(`${file}.cache`);
  }
  return written;
}
