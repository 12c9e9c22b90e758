import type { Rule } from '../types.js';

/**
 * Declares a rule. Typed identity: it exists so a rule file gets its options and messageIds
 * checked by the compiler, as ESLint's `createRule` helpers do.
 */
export function defineRule<Options, MessageIds extends string>(rule: Rule<Options, MessageIds>): Rule<Options, MessageIds> {
  return rule;
}
