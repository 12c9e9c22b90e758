import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { lowestFrom, nearestResolution, normalizeResolution, offersResolution, resolutionFloor, resolutionHeight } from '../src/config/models/resolution.js';

/**
 * Iterate cheaply, render once: drafts at the lowest resolution (480p where the model has it),
 * the final once at 1080p. A draft above the draft ceiling pays final prices for a throwaway.
 * The ceiling is `max`, or the model's lowest resolution when that is higher (Sora starts at 720p).
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Render drafts at a low resolution (480p) and the final once at full resolution.',
      recommended: true,
      dimension: 'settings',
    },
    messages: {
      draftTooHigh: 'A draft at {{value}} costs as much as a final: iterate at {{draft}} and render the final once at {{final}}.',
    },
    schema: () =>
      z
        .strictObject({
          max: z.string().default('480p').describe('Highest resolution for a draft (raised to the model\'s lowest when that is higher).'),
        })
        .default({ max: '480p' }),
    defaultOptions: { max: '480p' },
    defaultSeverity: 'warning',
    anyLanguage: true,
  },
  check(_analysis, context) {
    const { settings, model } = context;
    if (settings.stage !== 'draft' || settings.resolution === undefined) return;
    const height = resolutionHeight(settings.resolution);
    if (height === undefined) return;
    let ceiling = resolutionHeight(context.options.max) ?? 480;
    let draft = normalizeResolution(context.options.max);
    if (model && model.resolutions.length > 0) {
      const lowest = Math.min(...model.resolutions.map((r) => resolutionHeight(r) ?? Infinity));
      if (Number.isFinite(lowest) && lowest > ceiling) {
        ceiling = lowest;
        draft = `${lowest}p`;
      }
    }
    if (height <= ceiling) return;
    // The final at the resolution asked for, or at the model's highest when it does not offer that one (Sora has no 4K).
    let final = settings.resolution;
    const floor = resolutionFloor(settings.resolution);
    // "HD" is 720p or more: the final at the model's lowest HD resolution, named.
    if (floor !== undefined && model && model.resolutions.length > 0) final = lowestFrom(model.resolutions, floor) ?? final;
    if (model && model.resolutions.length > 0 && !offersResolution(model.resolutions, settings.resolution)) {
      final = nearestResolution(model.resolutions, Number.MAX_SAFE_INTEGER)!;
      // A model with one resolution has no cheaper draft: supported-settings reports the resolution it lacks.
      if ((resolutionHeight(final) ?? 0) <= ceiling) return;
    }
    context.report({ messageId: 'draftTooHigh', range: [0, 0], data: { setting: 'resolution', value: settings.resolution, draft, final } });
  },
});
