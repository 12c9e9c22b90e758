import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import type { Token } from '../src/types.js';

/**
 * Long prompts dilute adherence: past ~80 words models drop details. The limit comes from the
 * model profile when one is chosen (LTX takes far more; Sora's guideline is 80).
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Keep a prompt within the word budget the model follows reliably (80 by default).',
      recommended: true,
      dimension: 'length',
    },
    messages: {
      tooLong: 'Prompt has {{count}} words; keep it to {{max}} or fewer: cut detail the camera would not show first.',
    },
    schema: () =>
      z
        .strictObject({
          max: z.number().int().positive().default(80).describe('Largest number of words allowed.'),
        })
        .default({ max: 80 }),
    defaultOptions: { max: 80 },
    defaultSeverity: 'warning',
    anyLanguage: true,
  },
  check(analysis, context) {
    const { max } = context.options;
    if (analysis.wordCount <= max) return;
    // Point at the words past the limit, so an editor shows where to cut.
    const { tokens } = analysis;
    const counts = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'cjk';
    let seen = 0;
    let first = 0;
    while (first < tokens.length && !(counts(tokens[first]!) && seen++ === max)) first++;
    let last = tokens.length - 1;
    while (last > first && !counts(tokens[last]!)) last--;
    context.report({ messageId: 'tooLong', range: [tokens[first]!.start, tokens[last]!.end], data: { count: analysis.wordCount, max } });
  },
});
