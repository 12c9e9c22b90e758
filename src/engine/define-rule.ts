import type { z } from 'zod';
import type { Rule, RuleMeta } from '../types.js';
import { deepFreeze } from '../deep-freeze.js';

/** A rule as written: its schema may be given as a function that builds it. */
export interface RuleDefinition<Options, MessageIds extends string> extends Omit<Rule<Options, MessageIds>, 'meta'> {
  meta: Omit<RuleMeta<Options, MessageIds>, 'schema' | 'defaultOptions'> & {
    /** The options schema, or a function building it the first time `meta.schema` is read. */
    schema?: z.ZodType<Options> | (() => z.ZodType<Options>);
    /** Typed by the schema, not inferred from. */
    defaultOptions?: NoInfer<Options>;
  };
}

/**
 * Declares a rule, as ESLint's `createRule` helpers do: in TypeScript it checks the rule's
 * messageIds and types its options. A schema given as a function is built the first time
 * `meta.schema` is read, so a linter that only needs `meta.defaultOptions` never builds it
 * (building zod schemas is a large part of the command line's start-up).
 */
export function defineRule<Options, MessageIds extends string>(rule: RuleDefinition<Options, MessageIds>): Rule<Options, MessageIds> {
  const { schema } = rule.meta;
  if (typeof schema === 'function') {
    let built: z.ZodType<Options> | undefined;
    Object.defineProperty(rule.meta, 'schema', { get: () => (built ??= schema()), enumerable: true, configurable: true });
  }
  // Defaults are shared by every linter: frozen, so no rule can change them for the others.
  if (rule.meta.defaultOptions !== undefined) deepFreeze(rule.meta.defaultOptions);
  return rule as Rule<Options, MessageIds>;
}
