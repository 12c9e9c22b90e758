import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { normalizeResolution, offersResolution } from '../src/config/models/resolution.js';
import { FIRST_FRAME } from '../src/config/models/define.js';
import type { GenerationInput } from '../src/types.js';

/** "720p" when the model offers one value, "one of 4, 8, 12" when it offers several. */
const choice = (values: readonly (string | number)[]) => (values.length === 1 ? String(values[0]) : `one of ${values.join(', ')}`);

/**
 * A duration, resolution or aspect ratio the chosen model does not offer fails at the API or is
 * silently changed. Settings have no text, so findings point at [0, 0] and carry the setting in `data`.
 * Silent without a model or without settings.
 */
export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Ask only for a duration and resolution the chosen model supports.',
      recommended: true,
      dimension: 'settings',
    },
    messages: {
      duration: '{{model}} does not make {{value}} s clips: choose {{choice}} s.',
      resolution: '{{model}} does not render {{value}}: choose {{choice}}.',
      combination: '{{model}} renders {{resolution}} only at {{supported}} s, not {{value}} s.',
      aspectRatio: '{{model}} does not make {{value}} videos: choose {{choice}}.',
      noInput: '{{model}} has no {{kind}} setting: text-to-video comes out at {{supported}}, not {{value}}.',
      noInputFirstFrame: '{{model}} has no {{kind}} setting: text-to-video comes out at {{supported}}, and image-to-video in the shape of its first frame, so {{value}} takes a {{value}} first frame.',
    },
    schema: () => z.strictObject({}).default({}),
    defaultOptions: {},
    defaultSeverity: 'error',
    anyLanguage: true,
  },
  check(_analysis, context) {
    const { model, settings } = context;
    if (!model) return;
    const { duration, resolution, aspectRatio } = settings;
    const at = [0, 0] as const;
    // A value the model does not make, for a setting its request has no input for: there is nothing to choose.
    const noInput = (setting: GenerationInput, kind: string, value: string | number, supported: string) => {
      if (model.inputs.includes(setting)) return false;
      context.report({ messageId: 'noInput', range: at, data: { model: model.name, setting, kind, value, supported } });
      return true;
    };
    if (duration !== undefined && !model.durations.includes(duration) && !noInput('duration', 'duration', `${duration} s`, model.durations.map((d) => `${d} s`).join(' or '))) {
      context.report({ messageId: 'duration', range: at, data: { model: model.name, setting: 'duration', value: duration, supported: model.durations.join(', '), choice: choice(model.durations) } });
    }
    // Profiles list aspect ratios only where a source does; without a list the ratio is not checked.
    const ratios = model.aspectRatios;
    if (aspectRatio !== undefined && ratios && !ratios.includes(aspectRatio.replace(/\s+/g, '').toLowerCase())) {
      const offered = ratios.filter((r) => r.includes(':'));
      // Image-to-video takes its first frame's shape: the ratio is right for a first frame of that shape.
      if (!model.inputs.includes('aspect ratio') && ratios.includes(FIRST_FRAME)) {
        context.report({ messageId: 'noInputFirstFrame', range: at, data: { model: model.name, setting: 'aspect ratio', kind: 'aspect-ratio', value: aspectRatio, supported: offered.join(' or ') } });
      } else if (!noInput('aspect ratio', 'aspect-ratio', aspectRatio, offered.join(' or '))) context.report({ messageId: 'aspectRatio', range: at, data: { model: model.name, setting: 'aspect ratio', value: aspectRatio, supported: ratios.join(', '), choice: choice(offered) } });
    }
    if (resolution !== undefined) {
      if (!offersResolution(model.resolutions, resolution)) {
        if (!noInput('resolution', 'resolution', resolution, model.resolutions.join(' or '))) context.report({ messageId: 'resolution', range: at, data: { model: model.name, setting: 'resolution', value: resolution, supported: model.resolutions.join(', '), choice: choice(model.resolutions) } });
      } else if (duration !== undefined && model.durations.includes(duration)) {
        const wanted = normalizeResolution(resolution);
        const combo = model.combinations?.find((c) => normalizeResolution(c.resolution) === wanted);
        if (combo && !combo.durations.includes(duration)) {
          context.report({
            messageId: 'combination',
            range: at,
            data: { model: model.name, setting: 'duration', value: duration, resolution, supported: combo.durations.join(', ') },
          });
        }
      }
    }
  },
});
