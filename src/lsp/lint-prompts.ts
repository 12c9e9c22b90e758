/**
 * Linting the prompts of one document with a resolved linter: the same code runs in the server
 * and in its worker thread (for very large documents), so both give the same findings.
 */
import { ConfigError, type Linter, type LintResult } from '../index.js';

/** What the server keeps of a lint: plain data, so it crosses a thread boundary. */
export type LintSummary = Pick<LintResult, 'diagnostics' | 'score' | 'fixableCount'>;

export interface PromptInput {
  text: string;
  model?: string;
  disable?: string[];
}

export type LintOutcome = { result: LintSummary } | { error: string };

export function lintPrompts(linter: Linter, prompts: readonly PromptInput[]): LintOutcome[] {
  return prompts.map((p) => {
    try {
      const { diagnostics, score, fixableCount } = linter.lint(p.text, { model: p.model, disable: p.disable });
      return { result: { diagnostics, score, fixableCount } };
    } catch (error) {
      // An unknown per-record model, or a bug: reported on this prompt, the others still lint.
      return { error: error instanceof ConfigError ? ConfigError.format(error.issues) : error instanceof Error ? error.message : String(error) };
    }
  });
}
