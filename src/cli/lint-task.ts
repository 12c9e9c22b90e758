/** Linting one prompt, the same way in the main thread and in a worker. */
import type { Linter } from '../engine/linter.js';
import type { LintResult } from '../types.js';
import type { PromptTask } from './inputs.js';

export interface TaskMode {
  /** Apply safe fixes (`--fix` / `--fix-dry-run`): the result is for the fixed text. */
  fix: boolean;
  /** Compute the suggested rewrite (`--rewrite`). */
  rewrite: boolean;
  /**
   * Keep only the error diagnostics (`--quiet` reports nothing else): less to copy back from a
   * worker and to turn into reports. Never set when results are cached for later runs.
   */
  errorsOnly: boolean;
}

/** A result as plain data: it crosses threads and goes into the cache as JSON. */
export type PlainResult = Omit<LintResult, 'rewrite'>;

export interface TaskOutcome {
  result: PlainResult;
  /** The fixed text, when fixes changed it. */
  fixed?: string;
  rewrite?: string;
}

function plain(result: LintResult): PlainResult {
  const { text, diagnostics, score, errorCount, warningCount, infoCount, fixableCount } = result;
  return { text, diagnostics, score, errorCount, warningCount, infoCount, fixableCount };
}

export function lintTask(linter: Linter, task: PromptTask, mode: TaskMode): TaskOutcome {
  const options: { model?: string; settings?: PromptTask['settings']; disable?: string[] } = {};
  if (task.model !== undefined) options.model = task.model;
  if (task.settings !== undefined) options.settings = task.settings;
  if (task.disable !== undefined) options.disable = task.disable;
  let result: LintResult;
  let fixed: string | undefined;
  if (mode.fix) {
    const out = linter.fix(task.text, options);
    result = out.result;
    if (out.text !== task.text) fixed = out.text;
  } else {
    result = linter.lint(task.text, options);
  }
  const outcome: TaskOutcome = { result: plain(result) };
  if (mode.errorsOnly) outcome.result.diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  if (fixed !== undefined) outcome.fixed = fixed;
  // The rewrite is computed on first access: only when asked for.
  if (mode.rewrite) outcome.rewrite = result.rewrite.text;
  return outcome;
}
