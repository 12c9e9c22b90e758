/**
 * The built-in rules, id → rule. One file per rule; keep this list sorted.
 */
import type { Rule } from '../src/types.js';
import { ruleDocsUrl } from '../src/engine/urls.js';
import lowResolutionDrafts from './low-resolution-drafts.js';
import maxChars from './max-chars.js';
import maxWords from './max-words.js';
import noAbstractAdjectives from './no-abstract-adjectives.js';
import noCompetingSubjects from './no-competing-subjects.js';
import noEmptyPrompt from './no-empty-prompt.js';
import noNegativePhrasing from './no-negative-phrasing.js';
import noSettingsInProse from './no-settings-in-prose.js';
import noUnfilledPlaceholders from './no-unfilled-placeholders.js';
import oneChangePerIteration from './one-change-per-iteration.js';
import requireAudioCues from './require-audio-cues.js';
import requireCamera from './require-camera.js';
import requireEnvironment from './require-environment.js';
import requireLighting from './require-lighting.js';
import requireMotion from './require-motion.js';
import shortFirstClips from './short-first-clips.js';
import supportedLanguage from './supported-language.js';
import supportedSettings from './supported-settings.js';
import validDirectives from './valid-directives.js';

const list: Record<string, Rule> = {
  'low-resolution-drafts': lowResolutionDrafts,
  'max-chars': maxChars,
  'max-words': maxWords,
  'no-abstract-adjectives': noAbstractAdjectives,
  'no-competing-subjects': noCompetingSubjects,
  'no-empty-prompt': noEmptyPrompt,
  'no-negative-phrasing': noNegativePhrasing,
  'no-settings-in-prose': noSettingsInProse,
  'no-unfilled-placeholders': noUnfilledPlaceholders,
  'one-change-per-iteration': oneChangePerIteration,
  'require-audio-cues': requireAudioCues,
  'require-camera': requireCamera,
  'require-environment': requireEnvironment,
  'require-lighting': requireLighting,
  'require-motion': requireMotion,
  'short-first-clips': shortFirstClips,
  'supported-language': supportedLanguage,
  'supported-settings': supportedSettings,
  'valid-directives': validDirectives,
};

for (const [id, rule] of Object.entries(list)) rule.meta.docs.url ??= ruleDocsUrl(id);

export const rules: Readonly<Record<string, Rule>> = Object.freeze(list);
export type RuleId = keyof typeof list;
