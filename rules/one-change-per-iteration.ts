import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import { COMPONENTS, diffComponents } from '../src/engine/components.js';

/**
 * Iterate one variable at a time: when a new version of a prompt changes its camera and its
 * lighting and its action at once, the next result cannot say which change made the difference.
 * Runs only when the previous version is given (`lint(text, { previous })`, `compare`, `shotlint diff`).
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Change one component of a prompt at a time between iterations, so each result shows what the change did.',
      recommended: true,
      dimension: 'settings',
    },
    messages: {
      tooMany: '{{count}} components changed since the previous version ({{components}}): change {{max}} at a time to see what each change does.',
    },
    schema: () =>
      z
        .strictObject({
          max: z.number().int().positive().default(1).describe('How many components may change between two versions.'),
          ignore: z.array(z.enum(COMPONENTS as [string, ...string[]])).default([]).describe('Components whose changes are not counted.'),
        })
        .default({ max: 1, ignore: [] }),
    defaultOptions: { max: 1, ignore: [] },
    defaultSeverity: 'warning',
  },
  check(analysis, context) {
    const previous = context.previous;
    if (!previous) return;
    const { max, ignore } = context.options;
    const changed = diffComponents(previous, analysis).filter((c) => !ignore.includes(c.component));
    if (changed.length <= max) return;
    // Point at the changed words of the new version; a change that only removed words has none.
    const spans = changed.flatMap((c) => c.spans);
    const range: [number, number] =
      spans.length > 0 ? [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))] : [...promptRange(analysis)];
    context.report({
      messageId: 'tooMany',
      range,
      data: { count: changed.length, components: changed.map((c) => c.component).join(', '), max },
    });
  },
});
