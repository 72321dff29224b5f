#!/usr/bin/env node
// The command line, from its bundle with V8's code cache (src/code-cache.ts, scripts/build-bundle.js).
import { setFlagsFromString } from 'node:v8';
import { v8Flags } from '../dist/code-cache.js';

// Regular expressions compiled straight to machine code: by default V8 first compiles each one to
// bytecode and compiles it again on its second use, which doubles the cost of the first analysis
// (~30 ms for the dates analyzer's patterns alone). The build's warm-up sets the same flags, so
// the code cache matches.
setFlagsFromString(v8Flags);
const { requireCached } = await import('../dist/code-cache.js');
requireCached(new URL('../dist/cli.cjs', import.meta.url)).main();
