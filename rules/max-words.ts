import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import type { Token } from '../src/types.js';
import { addressCount, budgetWords, firstOffsetPast, hasSpacelessScript } from '../src/analysis/length.js';
import { isAddress } from '../src/analysis/tokenize.js';

/**
 * Long prompts dilute adherence: past ~80 words models drop details. The limit comes from the
 * model profile when one is chosen (LTX takes far more; Sora's guideline is 80). Chinese and
 * Japanese characters count 1.5 to a word, Thai, Lao, Khmer and Myanmar code points 5 to a word,
 * a web address or a file name one word (src/analysis/length.ts).
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
      tooLongEstimated: 'Prompt has about {{count}} words (estimated from its characters); keep it to {{max}} or fewer: cut detail the camera would not show first.',
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
    // The raw count (and the addresses, a word each) is never below the budget count unless a
    // token holds a whole phrase of Thai, Lao, Khmer or Myanmar: most prompts stop here.
    if (analysis.wordCount <= max && !hasSpacelessScript(analysis) && (analysis.tokens.length <= max || analysis.wordCount + addressCount(analysis) <= max)) return;
    const count = budgetWords(analysis);
    if (count <= max) return;
    // Point at the words past the limit, so an editor shows where to cut.
    const { tokens } = analysis;
    const counts = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'cjk' || isAddress(t);
    let last = tokens.length - 1;
    while (last > 0 && !counts(tokens[last]!)) last--;
    // Scripts written without spaces are counted from their characters: say the count is an estimate.
    const estimated = hasSpacelessScript(analysis) || tokens.some((t) => t.kind === 'cjk');
    context.report({ messageId: estimated ? 'tooLongEstimated' : 'tooLong', range: [firstOffsetPast(analysis, max), tokens[last]!.end], data: { count, max } });
  },
});
