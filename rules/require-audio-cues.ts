import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';

/**
 * Models that generate sound (profile `audio: true`) fill silence with whatever they guess. A
 * prompt for them should say what is heard: a line of dialogue, a sound effect, the ambience.
 * Silent for silent models and when no model is chosen, even if a config turns the rule on.
 */

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'For models that generate sound, say what is heard: dialogue, a sound effect or the ambience.',
      recommended: true,
      dimension: 'audio',
    },
    messages: {
      missing: '{{model}} generates sound, but the prompt says nothing about it: add dialogue, a sound effect or the ambience (e.g. "distant traffic hum", "she whispers ‘not yet’").',
    },
    schema: () =>
      z
        .strictObject({
          quotesAreDialogue: z.boolean().default(true).describe('Count quoted words ("Let\'s go!") as dialogue.'),
        })
        .default({ quotesAreDialogue: true }),
    defaultOptions: { quotesAreDialogue: true },
    defaultSeverity: 'info',
  },
  check(analysis, context) {
    const model = context.model;
    if (!model?.audio) return;
    if (analysis.byCategory.audio.length > 0) return;
    // A quoted run of words is a spoken line.
    if (context.options.quotesAreDialogue && analysis.quotations.some((q) => q.tokenEnd > q.tokenStart)) return;
    if (analysis.words.length === 0) return;
    context.report({ messageId: 'missing', range: promptRange(analysis), data: { model: model.name } });
  },
});
