import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';

/**
 * Opt-outs must say why and must still be needed. This rule reports a directive line that is
 * not `disable` / `disable-next-line` or that has no ` -- <reason>`; the engine, which sees every
 * other rule's findings, reports under this rule the directives naming an unknown rule and those
 * that suppress nothing (src/engine/directives.ts).
 */
export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Give every shotlint-disable directive a reason, a known rule, and something to suppress.',
      recommended: true,
      dimension: 'style',
    },
    messages: {
      missingReason: 'Directive without a reason: add " -- <why this rule does not apply here>".',
      unknownDirective: '"shotlint-{{keyword}}" is not a directive: use "shotlint-disable" or "shotlint-disable-next-line".',
      unknownRule: 'Unknown rule "{{rule}}" in a directive{{hint}}.',
      unused: 'Unused directive: there is no {{what}} finding here to suppress; remove it.',
    },
    schema: () => z.strictObject({}).default({}),
    defaultOptions: {},
    defaultSeverity: 'warning',
    anyLanguage: true,
  },
  check(analysis, context) {
    for (const d of analysis.directives) {
      if (d.kind === 'unknown') {
        context.report({ messageId: 'unknownDirective', range: [d.start, d.end], data: { keyword: d.keyword } });
      } else if (d.reason === '') {
        context.report({ messageId: 'missingReason', range: [d.start, d.end] });
      }
    }
  },
});
