import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { promptRange } from '../src/analysis/index.js';
import { appendPoint, appendSuggestion, compileTerms, containsTerm, isIgnored } from '../src/analysis/presence.js';
import alternatives from './data/alternatives.js';
import { THREE_QUARTER_HEADS, VAGUE_SHOT_WORDS } from './data/camera.js';
import type { PromptAnalysis } from '../src/types.js';

const VAGUE_SHOT = new Set(VAGUE_SHOT_WORDS);
const THREE_QUARTER_HEAD = new Set(THREE_QUARTER_HEADS);

/**
 * "a knight, 3/4 view", "3/4 portrait of a soldier": the three-quarter angle written as a
 * fraction, which the lexicon cannot match since a phrase never spans the slash.
 */
function threeQuarterView(analysis: PromptAnalysis): boolean {
  if (!analysis.text.includes('3/4')) return false;
  const { tokens } = analysis;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const three = tokens[i]!;
    if (three.text !== '3' || tokens[i + 1]!.text !== '/' || tokens[i + 2]!.text !== '4') continue;
    if (tokens[i + 1]!.start !== three.end || tokens[i + 2]!.start !== tokens[i + 1]!.end) continue;
    const head = tokens[i + 3]!;
    if (head.kind === 'word' && THREE_QUARTER_HEAD.has(head.norm)) return true;
  }
  return false;
}

/**
 * The first "cinematic shot" or "opening shot" outside a negative prompt: a shot named without a
 * size, angle or movement, quoted in the report so its writer sees why it does not count.
 */
function vagueShot(analysis: PromptAnalysis): string | undefined {
  const { words, negativePrompts, text } = analysis;
  let np = 0;
  for (let w = 1; w < words.length; w++) {
    const t = words[w]!;
    if ((t.norm !== 'shot' && t.norm !== 'shots') || t.tag !== 'noun') continue;
    const prev = words[w - 1]!;
    if (prev.index !== t.index - 1 || !VAGUE_SHOT.has(prev.norm)) continue;
    while (np < negativePrompts.length && negativePrompts[np]!.tokenEnd <= t.index) np++;
    if (np < negativePrompts.length && negativePrompts[np]!.opener <= t.index) continue;
    return text.slice(prev.start, t.end);
  }
  return undefined;
}

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
      vagueShot: 'No camera instruction: "{{phrase}}" names no shot size, angle or movement; say which shot (a wide shot, a close-up, a slow dolly in), so the model does not pick a default framing.',
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
    if (containsTerm(analysis, compileTerms(extra)) || threeQuarterView(analysis)) return;
    const at = appendPoint(analysis);
    const phrase = vagueShot(analysis);
    context.report({
      messageId: phrase === undefined ? 'missing' : 'vagueShot',
      ...(phrase === undefined ? {} : { data: { phrase } }),
      range: promptRange(analysis),
      suggestions: [
        appendSuggestion(analysis, `Add a camera movement, e.g. "${alternatives.movement[0]}"`, alternatives.movement[0]!, at),
        appendSuggestion(analysis, `Add a shot type, e.g. "${alternatives.shotType[0]}"`, alternatives.shotType[0]!, at),
        appendSuggestion(analysis, `Add a lens, e.g. "${alternatives.lens[0]}"`, alternatives.lens[0]!, at),
      ],
    });
  },
});
