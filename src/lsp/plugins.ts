/**
 * Plugin modules named in the client settings (`shotlint.plugins`): each exports `rules`
 * (id → rule) as a named or default export. Loaded by the server and by its lint worker.
 */
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ConfigError, type Rule } from '../index.js';
import type { LinterOptions } from './configs.js';

export async function loadPlugins(specifiers: readonly string[], root: string): Promise<Pick<LinterOptions, 'plugins' | 'settingsError'>> {
  if (specifiers.length === 0) return {};
  const plugins: Record<string, Rule> = {};
  const issues: { path: string; message: string }[] = [];
  const require = createRequire(join(root, 'package.json'));
  for (const [i, spec] of specifiers.entries()) {
    try {
      const path = spec.startsWith('.') || isAbsolute(spec) ? resolvePath(root, spec) : require.resolve(spec);
      const mod = (await import(pathToFileURL(path).href)) as { rules?: unknown; default?: { rules?: unknown } };
      const rules = (mod.rules ?? mod.default?.rules) as Record<string, Rule> | undefined;
      if (!rules || typeof rules !== 'object') throw new Error('the module exports no `rules` object');
      for (const [id, rule] of Object.entries(rules)) {
        if (!rule || typeof rule.check !== 'function' || !rule.meta?.messages) throw new Error(`rules["${id}"] is not a rule (meta and check expected)`);
        plugins[id] = rule;
      }
    } catch (error) {
      issues.push({ path: `shotlint.plugins[${i}]`, message: `cannot load "${spec}": ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return issues.length > 0 ? { plugins, settingsError: new ConfigError(issues) } : { plugins };
}
