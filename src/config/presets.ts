/**
 * Presets, derived from rule meta so a new rule needs no edit here:
 * - `recommended` (the default): rules marked recommended, at their default severity;
 * - `strict`: the same rules, warnings raised to errors (information stays information);
 * - `all`: every built-in rule at its default severity.
 */
import type { RuleSetting, Severity } from '../types.js';
import { rules } from '../../rules/index.js';

export type PresetName = 'recommended' | 'strict' | 'all';

function build(pick: (recommended: boolean) => boolean, raise: boolean): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, rule] of Object.entries(rules)) {
    if (!pick(rule.meta.docs.recommended)) continue;
    const severity: Severity = rule.meta.defaultSeverity ?? 'warning';
    out[id] = raise && severity === 'warning' ? 'error' : severity;
  }
  return out;
}

export const presets: Readonly<Record<PresetName, { rules: Readonly<Record<string, RuleSetting>> }>> = {
  recommended: { rules: build((r) => r, false) },
  strict: { rules: build((r) => r, true) },
  all: { rules: build(() => true, false) },
};
