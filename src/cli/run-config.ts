/**
 * The configs a run needs: the `--config` file, or the one discovered for each linted file's
 * folder (see src/node/config.ts), with `--rule`, `--model` and the settings flags laid over
 * it. Every config is resolved once up front, so a bad one exits 2 before anything is linted.
 */
import { dirname } from 'node:path';
import type { Linter } from '../engine/linter.js';
import type { ResolveOptions } from '../config/resolve.js';
import type { GenerationSettings, RuleSetting, ShotlintConfig } from '../types.js';
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
  config: ShotlintConfig;
  resolveOptions: ResolveOptions;
  createLinter(): Linter;
}

export interface RunConfigs {
  all: RunConfig[];
  forFile(filePath: string): RunConfig;
  /** The model chosen on the command line or in the (first) config. */
  model?: string;
}

/** `--rule` flags → a rules object, each checked against the registry and the rule's options schema. */
export async function cliRules(options: CliOptions): Promise<Record<string, RuleSetting>> {
  const out: Record<string, RuleSetting> = {};
  if (options.rules.length === 0) return out;
  const { rules } = await import('../../rules/index.js');
  const { resolveConfig, suggestRule } = await import('../config/resolve.js');
  const { ConfigError } = await import('../config/errors.js');
  for (const { id, setting, raw } of options.rules) {
    if (!rules[id]) throw new UsageError(`--rule "${raw}": unknown rule "${id}"${suggestRule(id, Object.keys(rules))}.`, 'Run `shotlint --list-rules` to see the rules.');
    try {
      resolveConfig({ extends: [], rules: { [id]: setting as RuleSetting } });
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

export async function loadRunConfigs(options: CliOptions, cwd: string, files: readonly SourceFile[]): Promise<RunConfigs> {
  const [{ createLinter }, { loadConfigFor }, { ConfigError }] = await Promise.all([import('../engine/linter.js'), import('../node/config.js'), import('../config/errors.js')]);
  const overrides = await cliRules(options);
  await checkModel(options.model);
  const settings: GenerationSettings = { ...options.settings };

  const byFile = new Map<string | undefined, RunConfig>();
  const all: RunConfig[] = [];
  const make = (config: ShotlintConfig, file: string | undefined): RunConfig => {
    const existing = byFile.get(file);
    if (existing) return existing;
    const merged: ShotlintConfig = Object.keys(overrides).length > 0 ? { ...config, rules: { ...(config.rules ?? {}), ...overrides } } : config;
    const resolveOptions: ResolveOptions = {};
    if (options.model !== undefined) resolveOptions.model = options.model;
    if (Object.keys(settings).length > 0) resolveOptions.settings = settings;
    const key = `c${all.length}`;
    let linter: Linter | undefined;
    try {
      // Resolving now turns a bad config into exit 2 before any output.
      linter = createLinter(merged, resolveOptions);
    } catch (error) {
      if (error instanceof ConfigError && file && !error.file) throw error.inFile(file);
      throw error;
    }
    const entry: RunConfig = {
      key,
      fingerprint: JSON.stringify([merged, resolveOptions]),
      config: merged,
      resolveOptions,
      createLinter: () => {
        const l = linter ?? createLinter(merged, resolveOptions);
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
    if (!options.configLookup && !options.config) return make({}, undefined);
    const loaded = await loadConfigFor(dir, options.config);
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
  };
}
