// Part of `npm run build`, after tsc and scripts/build-compromise.js: what bin/article-analyze.js
// loads, and V8's code cache for it and for compromise's bundle.
//
//   dist/cli.cjs                     dist/cli.js and everything it imports (our modules, commander,
//                                    chalk…) as one CommonJS file without comments or
//                                    whitespace; the HTML and Markdown readers and their libraries
//                                    stay separate files, loaded on demand
//   dist/code-cache.cjs              src/code-cache.ts as CommonJS, the loader the bin requires
//   dist/cli.cjs.cache               the bytecode of every function one analysis ran (see
//   generated/compromise.cjs.cache   src/code-cache.ts, which reads them)
//
// One file instead of ~60 modules saves resolving and reading them; the code cache saves
// compiling them. The library (dist/index.js) and the worker threads of --jobs use the separate
// modules (and the cache of compromise's bundle).
import { readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const separate = [`${dist}input/html.js`, `${dist}input/markdown.js`, `${dist}batch/worker.js`];

// commander requires node:child_process (and with it node:dgram, a few milliseconds of a start)
// when it loads, for executable subcommands, which this command line has none of: the bundle
// gets a stand-in that requires the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  resolveId(id, importer) {
    if (id !== 'node:child_process' && id !== 'child_process') return null;
    return importer === '\0lazy-child-process' ? { id: 'node:child_process', external: true } : '\0lazy-child-process';
  },
  load(id) {
    if (id !== '\0lazy-child-process') return null;
    return "let loaded; module.exports = new Proxy({}, { get: (_target, key) => (loaded ??= require('node:child_process'))[key] });";
  },
};

const bundle = await rolldown({
  input: `${dist}cli.js`,
  platform: 'node',
  logLevel: 'warn',
  external: (id) => (id.startsWith('node:') && id !== 'node:child_process') || separate.includes(id),
  plugins: [lazyChildProcess],
});
await bundle.write({ file: `${dist}cli.cjs`, format: 'cjs', codeSplitting: false, minify: { compress: false, mangle: false } });
await bundle.close();

// The loader itself as CommonJS, for bin/article-analyze.js: a start with no ES module at all
// skips initializing Node's ES module loader (~10 ms).
const loader = await rolldown({ input: `${dist}code-cache.js`, platform: 'node', logLevel: 'warn', external: (id) => id.startsWith('node:') });
await loader.write({ file: `${dist}code-cache.cjs`, format: 'cjs', codeSplitting: false });
await loader.close();

// The bundle runs as a vm script (src/code-cache.ts), where Node 20 gives import() no loader. Its
// import() expressions (the HTML and Markdown readers, plugins) call the loader's __import instead.
const code = readFileSync(`${dist}cli.cjs`, 'utf8');
const imports = [];
(function find(node) {
  if (Array.isArray(node)) return node.forEach(find);
  if (!node || typeof node !== 'object') return;
  if (node.type === 'ImportExpression') imports.push(node.start);
  for (const key of Object.keys(node)) if (key !== 'parent') find(node[key]);
})(parseAst(code));
let rewritten = code;
for (const start of imports.sort((a, b) => b - a)) {
  if (rewritten.slice(start, start + 6) !== 'import') throw new Error(`no import() at ${start} of dist/cli.cjs`);
  rewritten = `${rewritten.slice(0, start)}__import${rewritten.slice(start + 6)}`;
}
writeFileSync(`${dist}cli.cjs`, rewritten);

// One analysis of the fixture article, in both report formats, for the code cache to hold the
// functions an analysis runs (a function that never ran is compiled when it first does).
const { requireCached, writeCodeCaches } = await import(`${dist}code-cache.js`);
const { run } = requireCached(new URL(`file://${dist}cli.cjs`));
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const article = `${root}fixtures/articles/pentagon-russia.txt`;
readFileSync(article); // fail here, clearly, if the fixture is gone
for (const format of ['json', 'table']) {
  const code = await run(['--format', format, '--no-config', article], { stdout: sink, stderr: process.stderr, stdin: process.stdin, env: {}, now: () => 0 });
  if (code !== 0) throw new Error(`the warm-up analysis (--format ${format}) exited with ${code}`);
}
writeCodeCaches();
