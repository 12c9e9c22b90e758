import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';

/**
 * Kling and Hailuo reject (or cut) prompts past a character cap. Characters are counted as a
 * person counts them: code points, directive lines excluded (`analysis.charCount`). The cap comes
 * from `max`, which a model profile sets; without a model or a `max` the rule is silent.
 */
export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: "Keep a prompt within the model's character cap (Kling 2,500, Hailuo 2,000).",
      recommended: true,
      dimension: 'length',
    },
    messages: {
      tooLong: 'Prompt has {{count}} characters; {{limit}} accepts at most {{max}}: the rest is rejected or cut off.',
    },
    schema: () =>
      z
        .strictObject({
          max: z.number().int().positive().optional().describe("Largest number of characters allowed; defaults to the model's cap."),
        })
        .default({}),
    defaultOptions: {},
    defaultSeverity: 'error',
    anyLanguage: true,
  },
  check(analysis, context) {
    const max = context.options.max ?? context.model?.limits.maxChars;
    if (max === undefined || analysis.charCount <= max) return;
    // Point at the characters past the cap: walk code points, skipping directive lines.
    const { text, directives } = analysis;
    const lastToken = analysis.tokens[analysis.tokens.length - 1];
    let seen = 0;
    let d = 0;
    let i = 0;
    while (i < text.length) {
      while (d < directives.length && i >= directives[d]!.end) d++;
      if (d < directives.length && i >= directives[d]!.start) {
        i = directives[d]!.end;
        continue;
      }
      if (seen === max) break;
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
      seen++;
    }
    let end = Math.max(i, lastToken?.end ?? text.length);
    // Only whitespace past the cap: point at it, not at an empty range (directive lines excluded).
    if (end === i) {
      end = text.length;
      for (const directive of directives) if (directive.start >= i) end = Math.min(end, directive.start);
    }
    const limit = context.model && context.model.limits.maxChars === max ? context.model.name : 'the limit';
    context.report({ messageId: 'tooLong', range: [Math.min(i, end), end], data: { count: analysis.charCount, max, limit } });
  },
});
