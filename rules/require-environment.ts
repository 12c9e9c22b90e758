import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import { appendPoint, appendSuggestion, compileTerms, containsTerm, isIgnored } from '../src/analysis/presence.js';
import alternatives from './data/alternatives.js';
import { shownAsText } from '../src/analysis/quotes.js';

/**
 * Environment: where and when. A subject with no place, surface, time of day or weather floats
 * in a generic void. Vocabulary: rules/data/environment.ts, plus place names and clock times
 * the analysis recognises ("Tokyo", "11pm").
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require an environment: a place, setting, surface, time of day or weather.',
      recommended: true,
      dimension: 'environment',
    },
    messages: {
      missing: 'No environment: say where the shot takes place (a place or surface), the time of day or the weather.',
    },
    schema: () =>
      z
        .strictObject({
          extra: z.array(z.string().min(1)).default([]).describe('More terms that count as an environment (e.g. a location name the lexicon does not know).'),
          ignore: z.array(z.string().min(1)).default([]).describe('Built-in environment terms that should not count.'),
          timeOnly: z.boolean().default(true).describe('Whether a time of day or weather alone ("at night") is enough, without a place.'),
        })
        .default({ extra: [], ignore: [], timeOnly: true }),
    defaultOptions: { extra: [], ignore: [], timeOnly: true },
    defaultSeverity: 'warning',
    hasSuggestions: true,
  },
  check(analysis, context) {
    if (analysis.words.length === 0) return;
    const { extra, ignore, timeOnly } = context.options;
    const ignored = compileTerms(ignore);
    for (const m of analysis.byCategory.environment) {
      // A place word in a quoted title or name ("Twelfth Night", a "starry night" style) is not the scene's.
      if ((timeOnly || (m.kind !== 'time' && m.kind !== 'weather')) && !isIgnored(m, ignored) && !shownAsText(analysis, m.tokenStart)) return;
    }
    if (containsTerm(analysis, compileTerms(extra))) return;
    const setting = `in ${alternatives.setting[0]}`;
    const time = alternatives.timeOfDay[0]!;
    const at = appendPoint(analysis);
    context.report({
      messageId: 'missing',
      range: promptRange(analysis),
      suggestions: [
        appendSuggestion(analysis, `Add a setting, e.g. "${setting}"`, setting, at),
        appendSuggestion(analysis, `Add a time of day, e.g. "${time}"`, time, at),
      ],
    });
  },
});
