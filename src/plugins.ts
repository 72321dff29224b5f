// Plugins: other people's analyzers and formatters, in the shape of the built-in ones. Loaded by
// path (`./my-analyzer.js`) or by name (`links` → article-analyze-plugin-links, `@acme/links` →
// @acme/article-analyze-plugin-links) from the current project, checked before anything runs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinAnalyzerNames } from './analyzers/names.js';
import { formatNames } from './formatters/names.js';
import type { Analyzer, Formatter, Plugin } from './types.js';

/** A plugin that cannot be loaded or has the wrong shape: a usage error, one line. */
export class PluginError extends Error {
  override name = 'PluginError';
}

/** Keys a plugin's analyzer may not take: the built-in analyzers' and the report's own. */
const builtinAnalyzers: ReadonlySet<string> = new Set(builtinAnalyzerNames);
export const reservedNames: ReadonlySet<string> = new Set([...builtinAnalyzers, 'schemaVersion', 'id', 'source', 'referenceDate', 'stats', 'meta', 'errors']);
const builtinFormats: ReadonlySet<string> = new Set(formatNames);
const validName = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/i;

/** Checks a plugin's shape and names; returns it with its name filled in. */
export function checkPlugin(value: unknown, label: string, taken: ReadonlySet<string> = new Set()): Required<Plugin> {
  const module = value as { default?: unknown } | null;
  const plugin = (module && typeof module === 'object' && 'default' in module && module.default ? module.default : module) as Plugin | null;
  if (!plugin || typeof plugin !== 'object') throw new PluginError(`plugin ${label}: exports no plugin object ({ analyzers, formatters })`);
  const name = typeof plugin.name === 'string' && plugin.name ? plugin.name : label;
  const analyzers = plugin.analyzers ?? {};
  const formatters = plugin.formatters ?? {};
  if (typeof analyzers !== 'object' || typeof formatters !== 'object') throw new PluginError(`plugin ${name}: "analyzers" and "formatters" must be objects`);
  if (Object.keys(analyzers).length === 0 && Object.keys(formatters).length === 0) throw new PluginError(`plugin ${name}: exports no analyzers and no formatters`);
  for (const [key, analyzer] of Object.entries(analyzers) as Array<[string, Analyzer]>) {
    if (!validName.test(key)) throw new PluginError(`plugin ${name}: analyzer name "${key}" must be letters, digits and single hyphens`);
    if (reservedNames.has(key)) throw new PluginError(`plugin ${name}: analyzer name "${key}" is taken by the report (${builtinAnalyzers.has(key) ? 'a built-in analyzer' : 'a report field'})`);
    if (taken.has(key)) throw new PluginError(`plugin ${name}: analyzer "${key}" is already defined by another plugin`);
    if (!analyzer || typeof analyzer.analyze !== 'function') throw new PluginError(`plugin ${name}: analyzer "${key}" has no analyze(doc, context) function`);
  }
  for (const [key, formatter] of Object.entries(formatters) as Array<[string, Formatter]>) {
    if (!validName.test(key)) throw new PluginError(`plugin ${name}: format name "${key}" must be letters, digits and single hyphens`);
    if (builtinFormats.has(key)) throw new PluginError(`plugin ${name}: format "${key}" is a built-in format`);
    if (typeof formatter !== 'function') throw new PluginError(`plugin ${name}: formatter "${key}" is not a function (reports, options) => string`);
  }
  return { name, analyzers, formatters };
}

/** Package names a plugin name stands for. */
export function packageNames(name: string): string[] {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  if (scoped) return scoped[2].startsWith('article-analyze-plugin-') ? [name] : [`${scoped[1]}/article-analyze-plugin-${scoped[2]}`, name];
  return name.startsWith('article-analyze-plugin-') ? [name] : [`article-analyze-plugin-${name}`, name];
}

const isPath = (specifier: string) => specifier.startsWith('.') || isAbsolute(specifier) || /\.[cm]?js$/.test(specifier);

/** The ES module entry of a package installed under a node_modules folder above `from`. */
function packageEntry(name: string, from: string): string | null {
  try {
    return createRequire(join(from, 'noop.js')).resolve(name);
  } catch {
    // an ES-module-only package ("exports": {"import": …}) is not found by require.resolve
  }
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
      const root = typeof pkg.exports === 'string' ? pkg.exports : ((pkg.exports as Record<string, unknown> | undefined)?.['.'] ?? pkg.exports);
      const entry = typeof root === 'string' ? root : ((root as Record<string, string> | undefined)?.import ?? (root as Record<string, string> | undefined)?.default ?? pkg.main ?? 'index.js');
      return join(dirname(manifest), entry);
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Where a plugin specifier points: a file (relative to `from`) or an installed package. */
export function resolvePlugin(specifier: string, from: string): string {
  if (isPath(specifier)) {
    const file = resolve(from, specifier);
    if (!existsSync(file)) throw new PluginError(`plugin ${specifier}: no such file (${file})`);
    return file;
  }
  for (const name of packageNames(specifier)) {
    const entry = packageEntry(name, from);
    if (entry) return entry;
  }
  throw new PluginError(`plugin ${specifier}: cannot find ${packageNames(specifier).join(' or ')} from ${from} (npm install it in your project)`);
}

/** Imports and checks the plugins, refusing clashing names. */
export async function loadPlugins(files: readonly string[], labels: readonly string[] = files): Promise<Array<Required<Plugin>>> {
  const plugins: Array<Required<Plugin>> = [];
  const taken = new Set<string>();
  for (const [i, file] of files.entries()) {
    let module: unknown;
    try {
      module = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new PluginError(`plugin ${labels[i]}: failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const plugin = checkPlugin(module, labels[i], taken);
    for (const key of Object.keys(plugin.analyzers)) taken.add(key);
    plugins.push(plugin);
  }
  return plugins;
}
