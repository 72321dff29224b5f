#!/usr/bin/env node
// The command line, from its bundle with V8's code cache (src/code-cache.ts, scripts/build-bundle.js).
// CommonJS on purpose (bin/package.json): a start with no ES module skips initializing Node's ES
// module loader, ~10 ms.
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { requireCached } = require('../dist/code-cache.cjs');

requireCached(pathToFileURL(join(__dirname, '..', 'dist', 'cli.cjs'))).main();
