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

/** A document's last lint: how long it took in all, how long linting its changed prompts took, and their size. */
export interface LintTiming {
  /** Milliseconds, from reading the document to placing the findings. */
  total: number;
  /** Milliseconds spent linting the prompts that needed it (the others kept their findings). */
  linting: number;
  /** Characters of the prompts linted, and of the largest of them. */
  pendingLength: number;
  largest: number;
}

/**
 * What the next lint of a document should cost (ms), from its last one: the work on the whole
 * document (reading the prompts, placing the findings) and the linting of its largest prompt, as an
 * edit mostly changes one prompt and the others keep their findings. A 1 MB prompt waits as long as
 * it takes; a long JSONL file waits no longer than one record takes. A lint that linted nothing (an
 * edit outside every prompt) leaves the `previous` estimate as it was.
 */
export function nextLintCost(last: LintTiming, previous: number | undefined): number {
  if (last.pendingLength === 0) return previous ?? last.total;
  return last.total - last.linting + (last.linting * last.largest) / last.pendingLength;
}
