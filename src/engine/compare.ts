/**
 * compare(before, after): which formula components changed between two versions of a prompt,
 * the new version's diagnostics (with `one-change-per-iteration`, which needs the old version),
 * and the score change per dimension. The CLI's `shotlint diff` prints it.
 */
import type { Comparison, Dimension, GenerationSettings, LintResult, ShotlintConfig } from '../types.js';
import { createLinter, type Linter } from './linter.js';
import { diffComponents } from './components.js';

export interface CompareOptions {
  /** Model profile id, as for `lint`. */
  model?: string;
  config?: ShotlintConfig;
  settings?: GenerationSettings;
  /** A linter to reuse (its config wins over `config`); saves resolving the config per call. */
  linter?: Linter;
}

export function compare(before: string, after: string, options: CompareOptions = {}): Comparison {
  const linter = options.linter ?? createLinter(options.config, { model: options.model });
  const lintOptions = { model: options.model, settings: options.settings };
  const resultBefore = linter.lint(before, lintOptions);
  const resultAfter = linter.lint(after, { ...lintOptions, previous: before });
  const changes = diffComponents(linter.analyze(before), linter.analyze(after)).map(({ component, before: b, after: a }) => ({ component, before: b, after: a }));
  return { changes, diagnostics: resultAfter.diagnostics, before: resultBefore, after: resultAfter, score: scoreDelta(resultBefore, resultAfter) };
}

function scoreDelta(before: LintResult, after: LintResult): Comparison['score'] {
  const dimensions: Comparison['score']['dimensions'] = {};
  const keys = new Set([...Object.keys(before.score.dimensions), ...Object.keys(after.score.dimensions)]) as Set<Dimension>;
  for (const d of keys) {
    // A dimension without findings in one version (an extra one such as settings) stood at 100 there.
    const b = before.score.dimensions[d] ?? 100;
    const a = after.score.dimensions[d] ?? 100;
    dimensions[d] = { before: b, after: a, delta: a - b };
  }
  return { before: before.score.total, after: after.score.total, delta: after.score.total - before.score.total, dimensions };
}
