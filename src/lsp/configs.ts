/**
 * One linter per config file, found by walking up from each document's folder and kept until
 * a config changes: an edit re-lints its document with a linter already resolved.
 */
import { dirname } from 'node:path';
import { ConfigError, createLinter, type Linter, type Rule, type ShotlintConfig } from '../index.js';
import { findConfigFile, loadConfigFile } from '../node/config.js';
import { loadPlugins, pluginRules } from '../node/plugins.js';

export type ConfigEntry =
  | { ok: true; linter: Linter; file?: string; /** The config's `ignores` (see ignores.ts). */ ignores?: readonly string[] }
  | { ok: false; error: ConfigError; /** The config file at fault; undefined when a client setting is. */ file?: string };

export interface LinterOptions {
  /** The client's `shotlint.model` setting: overrides the config's `model`, like the CLI's `--model`. */
  model?: string;
  plugins?: Readonly<Record<string, Rule>>;
  /** A problem with the client settings themselves (a plugin that would not load). */
  settingsError?: ConfigError;
}

export class ConfigStore {
  private readonly files = new Map<string, Promise<string | undefined>>();
  private readonly entries = new Map<string, Promise<ConfigEntry>>();

  constructor(private readonly options: () => LinterOptions) {}

  /** Forgets every config: the next lint re-reads them (a config file or a setting changed). */
  clear(): void {
    this.files.clear();
    this.entries.clear();
  }

  /** The linter (or the config error) for documents in `dir`. */
  async forDirectory(dir: string): Promise<ConfigEntry> {
    let file = this.files.get(dir);
    if (!file) {
      file = findConfigFile(dir);
      this.files.set(dir, file);
    }
    let found: string | undefined;
    try {
      found = await file;
    } catch (error) {
      return { ok: false, error: asConfigError(error), file: error instanceof ConfigError ? error.file : undefined };
    }
    const key = found ?? '';
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.load(found);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private async load(file: string | undefined): Promise<ConfigEntry> {
    const { model, plugins, settingsError } = this.options();
    if (settingsError) return { ok: false, error: settingsError };
    let config: ShotlintConfig = {};
    let filePlugins: Record<string, Rule> = {};
    if (file) {
      try {
        config = (await loadConfigFile(file)).config;
      } catch (error) {
        return { ok: false, error: asConfigError(error, file), file };
      }
      if (config.plugins?.length) {
        const loaded = await loadPlugins(config.plugins, dirname(file), 'plugins');
        if (loaded.issues.length > 0) return { ok: false, error: new ConfigError(loaded.issues).inFile(file), file };
        filePlugins = pluginRules(loaded.plugins);
      }
    }
    try {
      // The settings' plugins win a shared id, as the CLI's --plugin wins over the config's.
      const linter = createLinter(config, { model: model || undefined, plugins: { ...filePlugins, ...plugins } });
      return { ok: true, linter, file, ...(config.ignores ? { ignores: config.ignores } : {}) };
    } catch (error) {
      const e = asConfigError(error);
      // An unknown `shotlint.model` is the setting's fault, not the file's.
      const fromSetting = e.issues.every((i) => i.path === 'model (option)');
      return fromSetting ? { ok: false, error: e } : { ok: false, error: file ? e.inFile(file) : e, file };
    }
  }
}

function asConfigError(error: unknown, file?: string): ConfigError {
  if (error instanceof ConfigError) return file && !error.file ? error.inFile(file) : error;
  return new ConfigError([{ path: '', message: error instanceof Error ? error.message : String(error) }], file);
}
