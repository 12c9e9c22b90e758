/**
 * Plugin modules named in the client settings (`shotlint.plugins`), resolved from the workspace
 * folder. Loaded by the server and by its lint worker; a module that will not load is a problem
 * with the settings, shown on every document.
 */
import { ConfigError } from '../index.js';
import { loadPlugins, pluginRules } from '../node/plugins.js';
import type { LinterOptions } from './configs.js';

export async function loadSettingsPlugins(specifiers: readonly string[], root: string): Promise<Pick<LinterOptions, 'plugins' | 'settingsError'>> {
  if (specifiers.length === 0) return {};
  const { plugins, issues } = await loadPlugins(specifiers, root, 'shotlint.plugins');
  return issues.length > 0 ? { plugins: pluginRules(plugins), settingsError: new ConfigError(issues) } : { plugins: pluginRules(plugins) };
}
