#!/usr/bin/env node
// The command line, from its bundle with V8's code cache (src/code-cache.ts, scripts/build-bundle.js).
// CommonJS on purpose (bin/package.json): a start with no ES module skips initializing Node's ES
// module loader, ~10 ms.
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { requireCached, v8Flags } = require('../dist/code-cache.cjs');

// Regular expressions compiled straight to machine code: by default V8 first compiles each one to
// bytecode and compiles it again on its second use, which doubles the cost of the first analysis
// (~30 ms for the dates analyzer's patterns alone). The build's warm-up sets the same flags, so
// the code cache matches.
setFlagsFromString(v8Flags);
requireCached(pathToFileURL(join(__dirname, '..', 'dist', 'cli.cjs'))).main();
