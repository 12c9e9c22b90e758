/**
 * Plugin rules in a lint worker (`--concurrency`). Importing a module is asynchronous and a
 * linter is made synchronously from a config message, so the worker imports every plugin file
 * of the run (`workerData.plugins`, sent by the pool) before it reads its first message;
 * a config names the files it uses in `config.plugins`.
 */
import { workerData } from 'node:worker_threads';
import type { ResolveOptions } from '../config/resolve.js';
import { importPlugin, pluginRules } from '../node/plugins.js';
import type { ShotlintConfig } from '../types.js';

const files = (workerData as { plugins?: string[] } | null)?.plugins ?? [];
const loaded = new Map((await Promise.all(files.map(importPlugin))).map((p) => [p.file, p]));

/** The options to resolve `config` with: `options` and the rules of the config's plugins. */
export function withPlugins(config: ShotlintConfig, options: ResolveOptions): ResolveOptions {
  if (!config.plugins?.length) return options;
  return { ...options, plugins: pluginRules(config.plugins.map((file) => loaded.get(file)!)) };
}
