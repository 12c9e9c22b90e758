import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import { appendPoint, appendSuggestion, compileTerms, containsTerm, isIgnored } from '../src/analysis/presence.js';
import alternatives from './data/alternatives.js';

/**
 * Camera is a quarter of the formula: without a shot type, movement, angle or lens the model
 * picks a default framing, usually a flat medium shot. Vocabulary: rules/data/camera.ts; words
 * that are camera terms only in context ("pan", "tilt", "crane") are settled by the analysis.
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a camera instruction: a shot type, camera movement, angle, lens or optics term.',
      recommended: true,
      dimension: 'camera',
    },
    messages: {
      missing: 'No camera instruction: add a shot type, a camera movement, an angle or a lens, so the model does not pick a default framing.',
    },
    schema: () =>
      z
        .strictObject({
          extra: z.array(z.string().min(1)).default([]).describe('More terms that count as a camera instruction (e.g. a rig or camera body your team uses).'),
          ignore: z.array(z.string().min(1)).default([]).describe('Built-in camera terms that should not count (e.g. "pov").'),
          staging: z.boolean().default(true).describe('Whether staging relative to the camera ("walks toward the camera") counts as a camera instruction.'),
        })
        .default({ extra: [], ignore: [], staging: true }),
    defaultOptions: { extra: [], ignore: [], staging: true },
    defaultSeverity: 'warning',
    hasSuggestions: true,
  },
  check(analysis, context) {
    if (analysis.words.length === 0) return;
    const { extra, ignore, staging } = context.options;
    const ignored = compileTerms(ignore);
    for (const m of analysis.byCategory.camera) {
      if ((staging || m.kind !== 'staging') && !isIgnored(m, ignored)) return;
    }
    // "The camera rises over the ridge": the camera as the subject of a movement verb.
    for (const a of analysis.actions) if (a.kind === 'camera' && !ignored.joined.has(a.lemma)) return;
    if (containsTerm(analysis, compileTerms(extra))) return;
    const at = appendPoint(analysis);
    context.report({
      messageId: 'missing',
      range: promptRange(analysis),
      suggestions: [
        appendSuggestion(analysis, `Add a camera movement, e.g. "${alternatives.movement[0]}"`, alternatives.movement[0]!, at),
        appendSuggestion(analysis, `Add a shot type, e.g. "${alternatives.shotType[0]}"`, alternatives.shotType[0]!, at),
        appendSuggestion(analysis, `Add a lens, e.g. "${alternatives.lens[0]}"`, alternatives.lens[0]!, at),
      ],
    });
  },
});
