/**
 * The report shape every formatter reads: one entry per linted prompt, shaped like ESLint's
 * JSON output so tools that read ESLint results read these too. Positions are 1-based and point
 * into the FILE the prompt came from (a JSONL record's line, a Markdown block's line).
 */
import type { RuleMeta, Score } from '../types.js';

export type MessageLevel = 'error' | 'warning' | 'info';

export interface ReportMessage {
  /** `null` for a fatal message (a malformed record), as in ESLint. */
  ruleId: string | null;
  messageId?: string;
  /** ESLint's numbers: 2 error, 1 warning (information is 1 too; `level` tells them apart). */
  severity: 1 | 2;
  level: MessageLevel;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** UTF-16 offsets into `source`, half-open. */
  range?: [number, number];
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  fatal?: true;
  url?: string;
}

export interface PromptReport {
  /** Absolute path of the file, or `<stdin>` / `<text>` for prompts that came from no file. */
  filePath: string;
  /** The record's own id, else `file:line`. */
  id: string;
  /** The prompt as linted (after `--fix`, the fixed prompt). */
  source: string;
  messages: ReportMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** `null` when the prompt could not be linted (fatal message). */
  score: Score | null;
  /** The suggested rewrite (`--rewrite`). */
  rewrite?: string;
  /** The text after safe fixes, when fixes were applied (`--fix`, `--fix-dry-run`). */
  output?: string;
  /** Model the prompt was linted for. */
  model?: string;
}

/** The eight colour functions the formatters use; identity functions when colour is off. */
export interface Colors {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  underline(s: string): string;
}

export interface RunSummary {
  prompts: number;
  errors: number;
  warnings: number;
  infos: number;
  fatal: number;
  fixableErrors: number;
  fixableWarnings: number;
  /**
   * Mean of the scores of the prompts the rules could read; undefined when there was none. A prompt
   * in another language is scored on length alone (`score.unmeasured`), often 100: it is counted in
   * `lengthOnly` instead, so it does not lift the mean.
   */
  meanScore: number | undefined;
  /** Prompts whose score rates length alone, left out of `meanScore`. */
  lengthOnly: number;
  elapsedMs: number;
  /** Gate failures to mention under the summary (too many warnings, score below the minimum). */
  gates: string[];
}

export interface FormatterContext {
  /** Paths under this folder are shown relative to it. */
  cwd?: string;
  color?: Colors;
  /** Metadata of the rules that could report, for formats that describe rules (SARIF). */
  rules?: Readonly<Record<string, { meta: RuleMeta<any, string> }>>;
  toolVersion?: string;
  /** Print `rewrite` under each prompt (stylish). */
  showRewrite?: boolean;
  /** Print `output` (the fixed prompt) under each prompt (stylish, for `--fix-dry-run`). */
  showOutput?: boolean;
}

/**
 * A formatter streams: `begin` once, `result` per prompt as results arrive, `end` with the
 * totals. A million-prompt run never holds every report in memory.
 */
export interface FormatterStream {
  begin(): string;
  result(report: PromptReport): string;
  end(summary: RunSummary): string;
}

export interface Formatter {
  name: string;
  /** A short line for `--help`. */
  description: string;
  create(context?: FormatterContext): FormatterStream;
}
