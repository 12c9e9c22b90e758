/**
 * The built-in rules, id → rule. One file per rule; keep this list sorted.
 */
import type { Rule } from '../src/types.js';
import { ruleDocsUrl } from '../src/engine/urls.js';
import maxWords from './max-words.js';
import supportedLanguage from './supported-language.js';

const list: Record<string, Rule> = {
  'max-words': maxWords,
  'supported-language': supportedLanguage,
};

for (const [id, rule] of Object.entries(list)) rule.meta.docs.url ??= ruleDocsUrl(id);

export const rules: Readonly<Record<string, Rule>> = Object.freeze(list);
export type RuleId = keyof typeof list;
