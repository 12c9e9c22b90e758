import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { isAddress } from '../src/analysis/tokenize.js';
import type { PromptAnalysis } from '../src/types.js';

/**
 * A prompt with no word, number or CJK character ("!!!", "🙂🙂", a link alone, an empty file)
 * shows the model nothing to film. It scores 0; this one report says why, in place of a
 * "missing" report from each formula rule, which stay silent on it.
 */
export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Give the model something to film: a prompt with no words (only marks, emoji or a link) describes no shot.',
      recommended: true,
      dimension: 'subject',
    },
    messages: {
      empty: 'The prompt is empty: there is nothing for the model to film. Describe who or what the shot shows and what happens.',
      noWords: 'The prompt has no words, only marks or emoji: there is nothing for the model to film. Describe who or what the shot shows and what happens.',
      onlyAddress: 'The prompt is only a web address or a file name: the model does not open it, so there is nothing to film. Describe what the shot shows in words.',
    },
    schema: () => z.strictObject({}).default({}),
    defaultOptions: {},
    defaultSeverity: 'error',
    anyLanguage: true,
  },
  check(analysis, context) {
    if (analysis.wordCount > 0) return;
    const range = visibleRange(analysis);
    if (range[0] === range[1]) context.report({ messageId: 'empty', range });
    else context.report({ messageId: analysis.tokens.some(isAddress) ? 'onlyAddress' : 'noWords', range });
  },
});

/** From the first to the last character that is not a space, outside directive lines (markup included: "<img …>"). */
function visibleRange(analysis: PromptAnalysis): readonly [number, number] {
  const { text, directives } = analysis;
  const skipped = (k: number) => directives.some((d) => k >= d.start && k < d.end);
  let from = 0;
  while (from < text.length && (text.charCodeAt(from) <= 32 || skipped(from) || text[from]!.trim() === '')) from++;
  let to = text.length;
  while (to > from && (text.charCodeAt(to - 1) <= 32 || skipped(to - 1) || text[to - 1]!.trim() === '')) to--;
  return from < to ? [from, to] : [0, 0];
}
