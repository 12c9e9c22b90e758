/**
 * Config → ResolvedConfig: presets, then the model profile, then the user's rules, each layer
 * overriding the last (a severity alone keeps the options set by an earlier layer, as in ESLint).
 * Every problem is collected and thrown as one ConfigError naming each key path.
 */
import type { GenerationSettings, ModelProfile, ResolvedConfig, ResolvedRule, Rule, RuleSetting, Severity, ShotlintConfig } from '../types.js';
import { rules as builtinRules } from '../../rules/index.js';
import { ConfigError, formatPath, fromZodIssues, type ConfigIssue } from './errors.js';
import { models } from './models/index.js';
import { presets, type PresetName } from './presets.js';
import { getConfigSchema } from './schema.js';
import { editDistance } from './edit-distance.js';

export interface ResolveOptions {
  /** Overrides the config's `model`. */
  model?: string;
  /** Merged over the config's `settings`. */
  settings?: GenerationSettings;
  /** Extra rules (plugins), id → rule; ids should be `plugin/name`. */
  plugins?: Readonly<Record<string, Rule>>;
}

type Layer = { severity: Severity | 'off'; options: unknown; hasOptions: boolean };

export function normalizeSeverity(value: unknown): Severity | 'off' | undefined {
  switch (value) {
    case 'error':
    case 2:
      return 'error';
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    case 'info':
      return 'info';
    case 'off':
    case 0:
      return 'off';
    default:
      return undefined;
  }
}

function splitSetting(setting: RuleSetting): { severity: unknown; options: unknown; hasOptions: boolean } {
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1], hasOptions: setting.length > 1 };
  return { severity: setting, options: undefined, hasOptions: false };
}

export function findModel(id: string): ModelProfile | undefined {
  return models.find((m) => m.id === id);
}

/** Validates a config object's shape; throws ConfigError. */
export function validateConfig(input: unknown): ShotlintConfig {
  // No config (or `{}`) is valid: the schema is not built for it.
  if (isEmptyObject(input)) return {};
  const parsed = getConfigSchema().safeParse(input);
  if (!parsed.success) throw new ConfigError(fromZodIssues(parsed.error.issues));
  return parsed.data as ShotlintConfig;
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const _ in value) return false;
  return true;
}

export function resolveConfig(input: ShotlintConfig | undefined, options: ResolveOptions = {}): ResolvedConfig {
  const config = validateConfig(input ?? {});
  const all: Record<string, Rule> = { ...builtinRules, ...(options.plugins ?? {}) };
  const issues: ConfigIssue[] = [];
  const layers = new Map<string, Layer>();
  const unknownHint = (id: string) => suggestRule(id, Object.keys(all)) || pluginHint(id, config, options);

  // A model profile sets options and turns rules on; a rule the presets already enabled keeps the
  // presets' severity (so `strict` stays strict under any model).
  const apply = (ruleSettings: Readonly<Record<string, RuleSetting>>, pathPrefix: string, userLayer: boolean, modelLayer = false) => {
    for (const [id, setting] of Object.entries(ruleSettings)) {
      const rule = all[id];
      if (!rule) {
        issues.push({ path: `${pathPrefix}.${id}`, message: `unknown rule "${id}"${unknownHint(id)}` });
        continue;
      }
      const { severity, options, hasOptions } = splitSetting(setting);
      const sev = normalizeSeverity(severity);
      if (!sev) {
        issues.push({ path: `${pathPrefix}.${id}${Array.isArray(setting) ? '[0]' : ''}`, message: 'expected a severity: "error", "warn", "info" or "off" (or 2, 1, 0)' });
        continue;
      }
      const prev = layers.get(id);
      if (hasOptions) {
        if (!rule.meta.schema) {
          issues.push({ path: formatPath(userLayer ? ['rules', id, 1] : [pathPrefix, id, 1]), message: `"${id}" takes no options (its meta has no schema)` });
          continue;
        }
        const parsed = rule.meta.schema.safeParse(options);
        if (!parsed.success) {
          issues.push(...fromZodIssues(parsed.error.issues, userLayer ? ['rules', id, 1] : [pathPrefix, id, 1]));
          continue;
        }
      }
      const severityNow = modelLayer && prev && prev.severity !== 'off' && sev !== 'off' ? prev.severity : sev;
      layers.set(id, { severity: severityNow, options: hasOptions ? options : prev?.options, hasOptions: hasOptions || (prev?.hasOptions ?? false) });
    }
  };

  const presetNames = config.extends ?? ['recommended'];
  presetNames.forEach((name, i) => {
    const preset = presets[name as PresetName];
    if (!preset) issues.push({ path: `extends[${i}]`, message: `unknown preset "${name}": expected one of ${Object.keys(presets).map((p) => `"${p}"`).join(', ')}` });
    else apply(preset.rules, 'rules', false);
  });

  const modelId = options.model ?? config.model;
  let model: ModelProfile | undefined;
  if (modelId !== undefined) {
    model = findModel(modelId);
    if (!model) {
      const ids = models.map((m) => `"${m.id}"`).join(', ');
      issues.push({ path: options.model !== undefined ? 'model (option)' : 'model', message: `unknown model "${modelId}": expected one of ${ids}` });
    } else {
      apply(model.rules, `model ${model.id}`, false, true);
    }
  }
  if (config.rules) apply(config.rules, 'rules', true);
  if (issues.length > 0) throw new ConfigError(issues);

  const resolved: ResolvedRule[] = [];
  for (const [id, layer] of layers) {
    if (layer.severity === 'off') continue;
    const rule = all[id]!;
    // Without options from a layer, the declared defaults spare building the schema.
    const options = !layer.hasOptions && rule.meta.defaultOptions !== undefined ? rule.meta.defaultOptions : rule.meta.schema?.parse(layer.options);
    resolved.push({ id, rule, severity: layer.severity, options });
  }
  resolved.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    model,
    rules: resolved,
    vocabulary: { accept: config.vocabulary?.accept ?? [], reject: config.vocabulary?.reject ?? [] },
    settings: { ...(config.settings ?? {}), ...(options.settings ?? {}) },
  };
}

/** " (did you mean "x"?)" when a known id is one or two edits away. */
export function suggestRule(id: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = Math.abs(id.length - k.length) > 3 ? 99 : editDistance(id, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Why a `plugin/rule` id is unknown: its plugin is not loaded, or the caller did not load it. */
function pluginHint(id: string, config: ShotlintConfig, options: ResolveOptions): string {
  if (!id.includes('/')) return '';
  if (config.plugins?.length && !options.plugins) return ': the config\'s "plugins" are loaded by the CLI and the editor; through the API, pass the rules as options.plugins';
  return ': no loaded plugin defines it (list its module under "plugins")';
}
