/**
 * The configs a run needs: the `--config` file, or the one discovered for each linted file's
 * folder (see src/node/config.ts), with `--plugin`, `--rule`, `--model` and the settings flags
 * laid over it. Every config is resolved once up front, so a bad one exits 2 before anything is
 * linted.
 *
 * Plugins: a config's `plugins` load from its folder, `--plugin` from the working folder (and
 * win a shared rule id). The config handed on (to workers, and into the cache key) lists them
 * as absolute file paths.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Linter } from '../engine/linter.js';
import type { ResolveOptions } from '../config/resolve.js';
import type { LoadedConfig } from '../node/config.js';
import type { LoadedPlugin } from '../node/plugins.js';
import type { GenerationSettings, Rule, RuleSetting, ShotlintConfig } from '../types.js';
import type { CliOptions } from './args.js';
import { UsageError } from './errors.js';
import type { SourceFile } from './files.js';

export interface RunConfig {
  /** Short id, used between threads. */
  key: string;
  /** Everything that decides a result: cached results are keyed by it. */
  fingerprint: string;
  /** The config file, if any. */
  file?: string;
  /** The config as resolved: `plugins` holds the plugin files. Plain data, sent to workers. */
  config: ShotlintConfig;
  /** Without the plugin rules (functions do not cross threads): a worker loads `config.plugins`. */
  resolveOptions: ResolveOptions;
  createLinter(): Linter;
}

export interface RunConfigs {
  all: RunConfig[];
  forFile(filePath: string): RunConfig;
  /** The model chosen on the command line or in the (first) config. */
  model?: string;
  /** The rules of every plugin any config uses (formats that describe rules list them). */
  pluginRules: Record<string, Rule>;
}

/** `--rule` flags → a rules object, each checked against the registry (and the plugins' rules) and the rule's options schema. */
export async function cliRules(options: CliOptions, plugins: Readonly<Record<string, Rule>> = {}): Promise<Record<string, RuleSetting>> {
  const out: Record<string, RuleSetting> = {};
  if (options.rules.length === 0) return out;
  const { rules: builtin } = await import('../../rules/index.js');
  const { resolveConfig, suggestRule } = await import('../config/resolve.js');
  const { ConfigError } = await import('../config/errors.js');
  const rules = { ...builtin, ...plugins };
  for (const { id, setting, raw } of options.rules) {
    if (!rules[id]) {
      const hint = suggestRule(id, Object.keys(rules)) || (id.includes('/') ? ' (no loaded plugin defines it: add --plugin, or list the module under "plugins" in the config)' : '');
      throw new UsageError(`--rule "${raw}": unknown rule "${id}"${hint}.`, 'Run `shotlint --list-rules` to see the rules.');
    }
    try {
      resolveConfig({ extends: [], rules: { [id]: setting as RuleSetting } }, { plugins });
    } catch (error) {
      if (error instanceof ConfigError) {
        throw new UsageError(`--rule "${raw}": ${error.issues.map((i) => `${i.path.replace(/^rules\./, '')}: ${i.message}`).join('; ')}`, `Example: --rule '${id}: ["warn", {…}]'. Run \`shotlint --explain ${id}\` for its options.`);
      }
      throw error;
    }
    out[id] = setting as RuleSetting;
  }
  return out;
}

export async function checkModel(model: string | undefined): Promise<void> {
  if (model === undefined) return;
  const { models } = await import('../config/models/index.js');
  if (models.some((m) => m.id === model)) return;
  const { suggestRule } = await import('../config/resolve.js');
  const ids = models.map((m) => m.id);
  throw new UsageError(
    `Unknown model "${model}"${suggestRule(model, ids).replace(/^ \(did you mean (.*)\?\)$/, ': did you mean $1?')}`,
    ids.length > 0 ? `Known models: ${ids.join(', ')}.` : 'No model profiles are registered.',
  );
}

/** `--plugin` modules, from the working folder; one that cannot be used is a usage error (exit 2). */
export async function cliPlugins(options: CliOptions, cwd: string): Promise<LoadedPlugin[]> {
  if (options.plugins.length === 0) return [];
  const { loadPlugins } = await import('../node/plugins.js');
  const { plugins, issues } = await loadPlugins(options.plugins, cwd, '--plugin');
  if (issues.length > 0) throw new UsageError(`--plugin ${issues[0]!.message}`, 'A plugin module exports `rules` (id → rule): see docs/custom-rules.md.');
  return plugins;
}

/** A config's plugins (its `plugins`, from its folder) followed by `--plugin`'s; one that cannot be used is a config error at `plugins[i]`. */
async function configPlugins(config: ShotlintConfig, file: string | undefined, cli: readonly LoadedPlugin[]): Promise<LoadedPlugin[]> {
  if (!file || !config.plugins?.length) return [...cli];
  const { loadPlugins } = await import('../node/plugins.js');
  const { ConfigError } = await import('../config/errors.js');
  const { plugins, issues } = await loadPlugins(config.plugins, dirname(file), 'plugins');
  if (issues.length > 0) throw new ConfigError(issues).inFile(file);
  return [...plugins, ...cli.filter((c) => !plugins.some((p) => p.file === c.file))];
}

/** The config for `dir` (the `--config` file; none with `--no-config-lookup`) and the plugins it uses. */
export async function loadConfigWithPlugins(options: CliOptions, cwd: string, dir: string): Promise<{ config: ShotlintConfig; file?: string; plugins: LoadedPlugin[] }> {
  const { loadConfigFor } = await import('../node/config.js');
  const loaded = options.configLookup || options.config ? await loadConfigFor(dir, options.config) : { config: {} };
  return { ...loaded, plugins: await configPlugins(loaded.config, loaded.file, await cliPlugins(options, cwd)) };
}

/**
 * The config for a folder as a run sees it (the `--config` file; none with `--no-config-lookup`),
 * read once per folder: deciding which files are ignored and linting them share the reads.
 */
export function configLookup(options: CliOptions): (dir: string) => Promise<LoadedConfig> {
  const byDir = new Map<string, Promise<LoadedConfig>>();
  return (dir) => {
    let loaded = byDir.get(dir);
    if (!loaded) {
      loaded = !options.configLookup && !options.config ? Promise.resolve({ config: {} }) : import('../node/config.js').then(({ loadConfigFor }) => loadConfigFor(dir, options.config));
      byDir.set(dir, loaded);
    }
    return loaded;
  };
}

export async function loadRunConfigs(options: CliOptions, cwd: string, files: readonly SourceFile[], configFor = configLookup(options)): Promise<RunConfigs> {
  const [{ createLinter }, { ConfigError }] = await Promise.all([import('../engine/linter.js'), import('../config/errors.js')]);
  const fromCli = await cliPlugins(options, cwd);
  await checkModel(options.model);
  const settings: GenerationSettings = { ...options.settings };
  const allPluginRules: Record<string, Rule> = {};

  const byFile = new Map<string | undefined, RunConfig>();
  const all: RunConfig[] = [];
  const make = async (config: ShotlintConfig, file: string | undefined): Promise<RunConfig> => {
    const existing = byFile.get(file);
    if (existing) return existing;
    const plugins = await configPlugins(config, file, fromCli);
    const rules = plugins.length > 0 ? (await import('../node/plugins.js')).pluginRules(plugins) : {};
    const overrides = await cliRules(options, rules);
    const merged: ShotlintConfig = { ...config };
    // Which files are linted is settled before any is: results (and their cache key) do not depend on it.
    delete merged.ignores;
    if (Object.keys(overrides).length > 0) merged.rules = { ...(config.rules ?? {}), ...overrides };
    if (plugins.length > 0) merged.plugins = plugins.map((p) => p.file);
    else delete merged.plugins;
    Object.assign(allPluginRules, rules);
    const resolveOptions: ResolveOptions = {};
    if (options.model !== undefined) resolveOptions.model = options.model;
    if (Object.keys(settings).length > 0) resolveOptions.settings = settings;
    const linterOptions: ResolveOptions = { ...resolveOptions, plugins: rules };
    const key = `c${all.length}`;
    let linter: Linter | undefined;
    try {
      // Resolving now turns a bad config into exit 2 before any output.
      linter = createLinter(merged, linterOptions);
    } catch (error) {
      if (error instanceof ConfigError && file && !error.file) throw error.inFile(file);
      throw error;
    }
    // A plugin edited since the last run invalidates the cached results (its main file's time).
    const pluginTimes = await Promise.all(plugins.map(async (p) => (await stat(p.file)).mtimeMs));
    const entry: RunConfig = {
      key,
      fingerprint: JSON.stringify([merged, resolveOptions, pluginTimes]),
      config: merged,
      resolveOptions,
      createLinter: () => {
        const l = linter ?? createLinter(merged, linterOptions);
        linter = undefined;
        return l;
      },
    };
    if (file) entry.file = file;
    byFile.set(file, entry);
    all.push(entry);
    return entry;
  };

  const load = async (dir: string): Promise<RunConfig> => {
    const loaded = await configFor(dir);
    return make(loaded.config, loaded.file);
  };

  const base = await load(cwd);
  const byDir = new Map<string, RunConfig>([[cwd, base]]);
  const forPath = new Map<string, RunConfig>();
  for (const f of files) {
    const dir = dirname(f.path);
    let c = byDir.get(dir);
    if (!c) byDir.set(dir, (c = await load(dir)));
    forPath.set(f.path, c);
  }
  return {
    all,
    forFile: (filePath) => forPath.get(filePath) ?? base,
    model: options.model ?? base.config.model,
    pluginRules: allPluginRules,
  };
}
