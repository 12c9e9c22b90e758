import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';

/**
 * The rules read English. A prompt mostly in another script, or in another Latin-script
 * language, gets this one note instead of a
 * wall of false "missing camera" reports; length limits still apply to it.
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Say when a prompt is mostly in a language the rules cannot read, instead of guessing.',
      recommended: true,
      dimension: 'style',
    },
    messages: {
      unsupported: 'This prompt is mostly {{script}} script; shotlint rules read English, so only length, placeholder and settings checks ran; the score rates length alone.',
      notEnglish: 'This prompt reads as a language other than English; shotlint rules read English, so only length, placeholder and settings checks ran; the score rates length alone.',
    },
    schema: () => z.strictObject({}).default({}),
    defaultOptions: {},
    defaultSeverity: 'info',
    anyLanguage: true,
  },
  check(analysis, context) {
    if (analysis.language.code === 'en') return;
    // Latin script in another language ("Un perro corre por la playa"): the script is no explanation.
    if (analysis.language.script === 'Latin') {
      context.report({ messageId: 'notEnglish', range: promptRange(analysis) });
      return;
    }
    context.report({ messageId: 'unsupported', range: promptRange(analysis), data: { script: analysis.language.script } });
  },
});
