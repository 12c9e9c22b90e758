import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import { COMPONENTS, diffComponents, type ComponentDiff } from '../src/engine/components.js';

/**
 * Iterate one variable at a time: when a new version of a prompt changes its camera and its
 * lighting and its action at once, the next result cannot say which change made the difference.
 * Runs only when the previous version is given (`lint(text, { previous })`, `compare`, `shotlint diff`).
 */
/**
 * One phrase can name two components at once: a time of day or weather that is also the light
 * ("golden hour backlight", "moonlit") or the sound ("distant thunder rumbles"). Two such
 * components whose changed words are one run (only spaces between them) are one change; words
 * apart ("at dawn, low tracking shot") and other components stay separate changes.
 */
const PHRASE_PAIRS: readonly (readonly [string, string])[] = [
  ['environment', 'lighting'],
  ['environment', 'audio'],
];

function onePhraseGroups(text: string, changed: readonly ComponentDiff[], pairs: readonly (readonly string[])[]): string[][] {
  const touch = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.end <= b.start ? text.slice(a.end, b.start).trim() === '' : b.end <= a.start ? text.slice(b.end, a.start).trim() === '' : true;
  const onePhrase = (x: ComponentDiff, y: ComponentDiff) =>
    x.spans.length > 0 && y.spans.length > 0 && x.spans.every((a) => y.spans.some((b) => touch(a, b))) && y.spans.every((b) => x.spans.some((a) => touch(a, b)));
  const groups: string[][] = [];
  const merged = new Set<number>();
  for (let x = 0; x < changed.length; x++) {
    if (merged.has(x)) continue;
    const group = [changed[x]!.component];
    for (let y = x + 1; y < changed.length && group.length === 1; y++) {
      const pair = pairs.some(([a, b]) => (a === changed[x]!.component && b === changed[y]!.component) || (b === changed[x]!.component && a === changed[y]!.component));
      if (!merged.has(y) && pair && onePhrase(changed[x]!, changed[y]!)) {
        group.push(changed[y]!.component);
        merged.add(y);
      }
    }
    groups.push(group);
  }
  return groups;
}

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
          phrasePairs: z
            .array(z.tuple([z.enum(COMPONENTS as [string, ...string[]]), z.enum(COMPONENTS as [string, ...string[]])]))
            .default(PHRASE_PAIRS.map(([a, b]) => [a, b] as [string, string]))
            .describe('Pairs of components one phrase can name at once ("golden hour backlight"): changed together in one run of words they count as one change.'),
        })
        .default({ max: 1, ignore: [], phrasePairs: PHRASE_PAIRS.map(([a, b]) => [a, b] as [string, string]) }),
    defaultOptions: { max: 1, ignore: [], phrasePairs: PHRASE_PAIRS.map(([a, b]) => [a, b] as [string, string]) },
    defaultSeverity: 'warning',
  },
  check(analysis, context) {
    const previous = context.previous;
    if (!previous) return;
    const { max, ignore, phrasePairs } = context.options;
    const changed = diffComponents(previous, analysis).filter((c) => !ignore.includes(c.component));
    if (changed.length <= max) return;
    const groups = onePhraseGroups(analysis.text, changed, phrasePairs);
    if (groups.length <= max) return;
    // Point at the changed words of the new version; a change that only removed words has none.
    const spans = changed.flatMap((c) => c.spans);
    const range: [number, number] =
      spans.length > 0 ? [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))] : [...promptRange(analysis)];
    context.report({
      messageId: 'tooMany',
      range,
      data: { count: groups.length, components: groups.map((g) => g.join('+')).join(', '), max },
    });
  },
});
