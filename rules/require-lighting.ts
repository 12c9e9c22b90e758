import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import type { PromptAnalysis } from '../src/types.js';
import { appendPoint, appendSuggestion, compileTerms, containsTerm, isIgnored } from '../src/analysis/presence.js';
import alternatives from './data/alternatives.js';
import { BEAM_BEARERS } from './data/lighting.js';
import { shownAsText } from '../src/analysis/quotes.js';

/**
 * Lighting is a first-class element of the formula: a named source, quality or direction
 * ("golden hour backlight", "single practical lamp source") shapes mood more than any adjective.
 * Vocabulary: rules/data/lighting.ts; "light blue" or "light rain" are not lighting.
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require lighting: a light source, quality, direction or colour temperature.',
      recommended: true,
      dimension: 'lighting',
    },
    messages: {
      missing: 'No lighting: name a light source, its quality or its direction, so the model does not fall back on flat, even light.',
    },
    schema: () =>
      z
        .strictObject({
          extra: z.array(z.string().min(1)).default([]).describe('More terms that count as lighting.'),
          ignore: z.array(z.string().min(1)).default([]).describe('Built-in lighting terms that should not count (e.g. "sunset", if you want the light itself described).'),
        })
        .default({ extra: [], ignore: [] }),
    defaultOptions: { extra: [], ignore: [] },
    defaultSeverity: 'warning',
    hasSuggestions: true,
  },
  check(analysis, context) {
    if (analysis.words.length === 0) return;
    const { extra, ignore } = context.options;
    const ignored = compileTerms(ignore);
    // A light word in a quoted title or name ("Midnight Sun", an "Aurora" mug) lights nothing.
    for (const m of analysis.byCategory.lighting) if (!isIgnored(m, ignored) && !shownAsText(analysis, m.tokenStart)) return;
    if (containsTerm(analysis, compileTerms(extra))) return;
    if (beamOfBearer(analysis)) return;
    const at = appendPoint(analysis);
    context.report({
      messageId: 'missing',
      range: promptRange(analysis),
      suggestions: alternatives.lightQuality.slice(0, 3).map((example) => appendSuggestion(analysis, `Add lighting, e.g. "${example}"`, example, at)),
    });
  },
});

const BEARERS = new Set(BEAM_BEARERS);

/** A lighthouse (or another lamp-bearing building) and a beam in one prompt: the beam is its light. */
function beamOfBearer(analysis: PromptAnalysis): boolean {
  let bearer = false;
  let beam = false;
  for (const t of analysis.tokens) {
    if (BEARERS.has(t.lemma)) bearer = true;
    else if (t.lemma === 'beam') beam = true;
  }
  return bearer && beam;
}
