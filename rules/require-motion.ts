import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import { appendPoint, appendSuggestion, compileTerms, containsTerm } from '../src/analysis/presence.js';
import alternatives from './data/alternatives.js';

/**
 * Video needs motion language: a subject action ("walking briskly") or a camera movement
 * ("slow dolly in"). Verbs are recognised by part of speech, so any action verb counts; verbs of
 * state and pose (rules/data/static.ts) do not, so still-photo prompts ("a portrait of a man
 * sitting on a bench") are reported.
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require motion: an action by the subject or a camera movement, not still-photo language.',
      recommended: true,
      dimension: 'motion',
    },
    messages: {
      missing: 'Nothing moves: add an action for the subject or a camera movement; still-photo language gives a flat, directionless clip.',
    },
    schema: () =>
      z
        .strictObject({
          extra: z.array(z.string().min(1)).default([]).describe('More terms that count as motion.'),
          static: z.array(z.string().min(1)).default([]).describe('More verbs that do not count as motion (dictionary forms, e.g. "hover").'),
          cameraMovement: z.boolean().default(true).describe('Whether a camera movement alone satisfies the rule.'),
          allowStatic: z.boolean().default(false).describe('Whether an explicit static camera ("locked-off tripod shot") marks a deliberate still shot.'),
        })
        .default({ extra: [], static: [], cameraMovement: true, allowStatic: false }),
    defaultOptions: { extra: [], static: [], cameraMovement: true, allowStatic: false },
    defaultSeverity: 'warning',
    hasSuggestions: true,
  },
  check(analysis, context) {
    if (analysis.words.length === 0) return;
    const { extra, static: stative, cameraMovement, allowStatic } = context.options;
    const still = compileTerms(stative).joined;
    for (const a of analysis.actions) {
      if (a.negated || still.has(a.lemma) || still.has(a.text.toLowerCase())) continue;
      if (a.kind === 'camera' && !cameraMovement) continue;
      return;
    }
    if (allowStatic && analysis.byCategory.camera.some((m) => m.kind === 'static')) return;
    if (containsTerm(analysis, compileTerms(extra))) return;
    const action = alternatives.action[0]!;
    const movement = alternatives.movement[0]!;
    const at = appendPoint(analysis);
    context.report({
      messageId: 'missing',
      range: promptRange(analysis),
      suggestions: [
        appendSuggestion(analysis, `Add an action, e.g. "${action}"`, action, at),
        appendSuggestion(analysis, `Add a camera movement, e.g. "${movement}"`, movement, at),
      ],
    });
  },
});
