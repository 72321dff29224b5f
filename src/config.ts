// The configuration file: `.article-analyzerc.json`, or an "article-analyze" key in package.json,
// the nearest one from the current directory upward. Validated against schema/config.schema.json;
// paths in it are relative to the file.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InputFormat } from './input/format-names.js';
import type { Lexicon } from './types.js';

export interface Config {
  analyzers?: string[];
  plugins?: string[];
  lexicon?: string | Lexicon;
  format?: string;
  /** YYYY-MM-DD, "auto" or "none". */
  refDate?: string;
  input?: InputFormat;
  jobs?: number;
  check?: string[];
}

export interface FoundConfig {
  file: string;
  config: Config;
}

/** A configuration file that cannot be read or is invalid: a usage error, one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const CONFIG_FILE = '.article-analyzerc.json';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: ${error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message}`);
  }
}

function validate(config: unknown, file: string, where: string): Config {
  // ajv loads only when there is a configuration to check
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020.js') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; params: Record<string, unknown> }> | null } };
  const schema = require('../schema/config.schema.json') as object;
  const check = new Ajv2020({ allErrors: false, strict: true }).compile(schema);
  if (!check(config)) {
    const error = check.errors![0];
    const extra = error.params.additionalProperty ? ` "${error.params.additionalProperty}"` : error.params.allowedValues ? ` (${(error.params.allowedValues as string[]).join(', ')})` : '';
    throw new ConfigError(`${file}: ${where}${error.instancePath || ''} ${error.message}${extra}`.replace(/ +/g, ' '));
  }
  return config as Config;
}

/** --config FILE: a .json file of options, or a package.json with an "article-analyze" key. */
export function readConfigFile(file: string): FoundConfig {
  if (!existsSync(file)) throw new ConfigError(`${file}: no such file`);
  const parsed = readJson(file) as Record<string, unknown> | null;
  if (file.endsWith('package.json') && parsed && typeof parsed === 'object') {
    if (!('article-analyze' in parsed)) throw new ConfigError(`${file}: has no "article-analyze" key`);
    return { file, config: validate(parsed['article-analyze'], file, '"article-analyze"') };
  }
  return { file, config: validate(parsed, file, 'configuration') };
}

/** The nearest configuration from `cwd` upward, or null. */
export function findConfig(cwd: string): FoundConfig | null {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const rc = join(dir, CONFIG_FILE);
    if (existsSync(rc)) return { file: rc, config: validate(readJson(rc), rc, 'configuration') };
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = readJson(manifest) as Record<string, unknown> | null;
      if (pkg && typeof pkg === 'object' && 'article-analyze' in pkg) return { file: manifest, config: validate(pkg['article-analyze'], manifest, '"article-analyze"') };
    }
    if (dirname(dir) === dir) return null;
  }
}
