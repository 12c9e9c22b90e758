/**
 * Plugin modules for the Node shells. A plugin exports `rules` (id → rule, ids `plugin/name`)
 * as a named or default export. It is named in a config file's `plugins` (resolved from the
 * file's folder), with the CLI's `--plugin` (from the working folder) or in the editor's
 * `shotlint.plugins` setting (from the workspace folder). The core loads no modules: the shells
 * pass the rules as `ResolveOptions.plugins`.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigIssue } from '../config/errors.js';
import type { Rule } from '../types.js';
import { importModule } from './import-module.js';
import { PackageNotFoundError, resolvePackage } from './resolve-package.js';

export interface LoadedPlugin {
  /** The module's file: a lint worker imports the plugin again by this path. */
  file: string;
  rules: Readonly<Record<string, Rule>>;
}

/**
 * `./rules/acme.js` or an absolute path: a file from `baseDir`; `shotlint-plugin-acme` (or
 * `@acme/shotlint-plugin/rules`): a package, resolved from `baseDir` as Node's `import` would.
 */
export async function resolvePlugin(specifier: string, baseDir: string): Promise<string> {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const file = resolve(baseDir, specifier);
    if (!existsSync(file)) throw new Error(`no such file ${file}`);
    return file;
  }
  try {
    return resolvePackage(specifier, baseDir);
  } catch (error) {
    // "rules/acme.js" names the package "rules"; a file of that name is what was meant.
    if (error instanceof PackageNotFoundError && existsSync(resolve(baseDir, specifier))) throw new Error(`no package of that name; for the file, write "./${specifier}"`);
    throw error;
  }
}

/** Why a `rules` entry is not a usable rule, or undefined. */
function ruleProblem(id: string, value: unknown): string | undefined {
  if (!/^[^/\s]+\/[^\s]+$/.test(id)) return `rule id "${id}" needs a plugin prefix, e.g. "acme/${id}"`;
  const rule = value as Partial<Rule> | null | undefined;
  if (typeof rule?.check !== 'function') return `rules["${id}"] has no check(analysis, context) function`;
  const meta = rule.meta;
  if (!meta || typeof meta.messages !== 'object' || meta.messages === null) return `rules["${id}"] has no meta.messages`;
  if (typeof meta.docs?.description !== 'string' || typeof meta.docs.dimension !== 'string') return `rules["${id}"] needs meta.docs.description and meta.docs.dimension`;
  if (meta.schema !== undefined && typeof meta.schema?.safeParse !== 'function') return `rules["${id}"].meta.schema is not a zod schema`;
  return undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)).split('\n')[0]!;
}

/** Imports a plugin module by its file and checks its rules; the Error says what is wrong. */
export async function importPlugin(file: string): Promise<LoadedPlugin> {
  let mod: { rules?: unknown; default?: { rules?: unknown } };
  try {
    mod = (await importModule(pathToFileURL(file).href)) as typeof mod;
  } catch (error) {
    // No stack trace, but where in the plugin it failed (a syntax error, a throw at load).
    const url = pathToFileURL(file).href;
    const at = (error as Error | undefined)?.stack?.split('\n').find((l) => l.includes(url))?.match(/:(\d+)(?::(\d+))?\)?\s*$/);
    throw new Error(`${firstLine(error)}${at ? ` (${file}:${at[1]}${at[2] ? `:${at[2]}` : ''})` : ''}`);
  }
  const rules = mod.rules ?? mod.default?.rules;
  if (!rules || typeof rules !== 'object') throw new Error('the module exports no `rules` object (id → rule)');
  for (const [id, rule] of Object.entries(rules)) {
    const problem = ruleProblem(id, rule);
    if (problem) throw new Error(problem);
  }
  return { file, rules: rules as Record<string, Rule> };
}

/**
 * Loads the plugins named by `specifiers` from `baseDir`. Each one that cannot be used is an
 * issue at `keyPath[i]`; the others still load.
 */
export async function loadPlugins(specifiers: readonly string[], baseDir: string, keyPath: string): Promise<{ plugins: LoadedPlugin[]; issues: ConfigIssue[] }> {
  const plugins: LoadedPlugin[] = [];
  const issues: ConfigIssue[] = [];
  const definedBy = new Map<string, number>();
  for (const [i, specifier] of specifiers.entries()) {
    try {
      const plugin = await importPlugin(await resolvePlugin(specifier, baseDir));
      if (plugins.some((p) => p.file === plugin.file)) continue;
      for (const id of Object.keys(plugin.rules)) {
        const other = definedBy.get(id);
        if (other !== undefined) throw new Error(`rule "${id}" is also defined by ${keyPath}[${other}]`);
      }
      for (const id of Object.keys(plugin.rules)) definedBy.set(id, i);
      plugins.push(plugin);
    } catch (error) {
      issues.push({ path: `${keyPath}[${i}]`, message: `"${specifier}": ${firstLine(error)}` });
    }
  }
  return { plugins, issues };
}

/** The rules of several plugins, later ones winning a shared id. */
export function pluginRules(plugins: readonly LoadedPlugin[]): Record<string, Rule> {
  return Object.assign({}, ...plugins.map((p) => p.rules)) as Record<string, Rule>;
}
