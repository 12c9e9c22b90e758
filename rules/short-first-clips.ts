import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';

/**
 * The first clip of an idea is a test: 5 s shows whether subject, motion and camera land before
 * paying for a long take. The ceiling is `max`, or the model's shortest duration when that is
 * longer (Hailuo starts at 6 s).
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Keep the first clip of an idea short (5 s) and lengthen it once the shot works.',
      recommended: true,
      dimension: 'settings',
    },
    messages: {
      firstClipTooLong: 'A first clip of {{value}} s: try the idea at {{short}} s first, then lengthen the version that works.',
    },
    schema: () =>
      z
        .strictObject({
          max: z.number().positive().default(5).describe('Longest first clip, in seconds.'),
        })
        .default({ max: 5 }),
    defaultOptions: { max: 5 },
    defaultSeverity: 'info',
    anyLanguage: true,
  },
  check(_analysis, context) {
    const { settings, model } = context;
    if (!settings.firstClip || settings.duration === undefined) return;
    let ceiling = context.options.max;
    if (model && model.durations.length > 0) {
      // The shortest duration the model offers at or above the ceiling (or its shortest at all).
      const shortest = Math.min(...model.durations);
      if (shortest > ceiling) ceiling = shortest;
      else ceiling = Math.max(...model.durations.filter((d) => d <= ceiling));
    }
    if (settings.duration <= ceiling) return;
    context.report({ messageId: 'firstClipTooLong', range: [0, 0], data: { setting: 'duration', value: settings.duration, short: ceiling } });
  },
});
