/**
 * The score: 0–100 with a value per dimension. Each dimension starts at 100 and loses points
 * for the diagnostics of the rules that guard it; the total is the weighted mean.
 */
import type { Diagnostic, Dimension, GenerationSettings, PromptAnalysis, ResolvedConfig, Score } from '../types.js';

export const DIMENSION_WEIGHTS: Readonly<Partial<Record<Dimension, number>>> = {
  subject: 10,
  motion: 15,
  environment: 15,
  camera: 15,
  lighting: 15,
  specificity: 15,
  focus: 10,
  length: 5,
};

const PENALTY = { error: 100, warning: 70, info: 25 } as const;

export function computeScore(
  analysis: PromptAnalysis,
  diagnostics: readonly Diagnostic[],
  config: ResolvedConfig,
  _settings: GenerationSettings,
): Score {
  const dimensionOf = new Map(config.rules.map((r) => [r.id, r.rule.meta.docs.dimension]));
  const dimensions: Partial<Record<Dimension, number>> = {};
  for (const d of Object.keys(DIMENSION_WEIGHTS) as Dimension[]) dimensions[d] = 100;
  if (analysis.wordCount === 0) {
    for (const d of Object.keys(dimensions) as Dimension[]) dimensions[d] = 0;
    return { total: 0, dimensions };
  }
  for (const diag of diagnostics) {
    const dim = dimensionOf.get(diag.ruleId);
    if (!dim || !(dim in dimensions)) continue;
    dimensions[dim] = Math.max(0, dimensions[dim]! - PENALTY[diag.severity]);
  }
  let sum = 0;
  let weight = 0;
  for (const [dim, w] of Object.entries(DIMENSION_WEIGHTS) as [Dimension, number][]) {
    sum += (dimensions[dim] ?? 100) * w;
    weight += w;
  }
  return { total: Math.round(sum / weight), dimensions };
}
