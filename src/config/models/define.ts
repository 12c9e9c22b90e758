/**
 * A profile is facts plus the rule settings the facts imply. The settings are derived here, once,
 * so a new profile cannot forget one: a word or character limit sets `max-words` / `max-chars`,
 * a model that makes sound turns on `require-audio-cues`, a model that takes exclusions in a
 * separate field (or ignores them) turns on `no-negative-phrasing`, and every profile checks the
 * generation settings against what it supports. `overrides` adds or replaces settings.
 */
import type { ModelProfile, RuleSetting } from '../../types.js';
import { deepFreeze } from '../../deep-freeze.js';

/** Published guidance when a vendor gives no figure: the prompting practice DESIGN.md encodes. */
export const GUIDE = 'guideline: the prompting guide shotlint encodes (docs/models.md#sources)';

/**
 * In a profile's `aspectRatios`: image-to-video comes out in the shape of its first frame, whatever
 * text-to-video makes ("16:9" for Hailuo 02, which has no aspect-ratio input).
 */
export const FIRST_FRAME = 'first frame';

export interface ModelFacts extends Omit<ModelProfile, 'rules'> {
  overrides?: Readonly<Record<string, RuleSetting>>;
}

export function defineModel({ overrides, ...facts }: ModelFacts): ModelProfile {
  const rules: Record<string, RuleSetting> = {};
  if (facts.limits.maxWords !== undefined) rules['max-words'] = ['warning', { max: facts.limits.maxWords }];
  if (facts.limits.maxChars !== undefined) rules['max-chars'] = ['error', { max: facts.limits.maxChars }];
  if (facts.audio) rules['require-audio-cues'] = 'info';
  if (facts.negatives !== 'inline') rules['no-negative-phrasing'] = 'warning';
  rules['supported-settings'] = 'error';
  return deepFreeze({ ...facts, rules: { ...rules, ...overrides } });
}
