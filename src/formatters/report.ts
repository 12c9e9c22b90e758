/** LintResult → PromptReport: the ESLint-shaped record every formatter reads. */
import type { Diagnostic, LintResult } from '../types.js';
import type { PromptReport, ReportMessage } from './types.js';

export interface ReportOptions {
  filePath: string;
  id: string;
  /**
   * Where a prompt range sits in the file, when the prompt is not the whole file (a JSONL
   * record, a line, a Markdown block). Defaults to the diagnostic's own `loc`.
   */
  locate?: (range: readonly [number, number], diagnostic: Diagnostic) => { line: number; column: number; endLine: number; endColumn: number };
  rewrite?: string;
  output?: string;
  model?: string;
}

export function toReport(result: Omit<LintResult, 'rewrite'>, options: ReportOptions): PromptReport {
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  const messages = result.diagnostics.map((d): ReportMessage => {
    const where = options.locate
      ? options.locate(d.range, d)
      : { line: d.loc.start.line, column: d.loc.start.column, endLine: d.loc.end.line, endColumn: d.loc.end.column };
    const m: ReportMessage = {
      ruleId: d.ruleId,
      messageId: d.messageId,
      severity: d.severity === 'error' ? 2 : 1,
      level: d.severity,
      message: d.message,
      ...where,
      range: [d.range[0], d.range[1]],
      url: d.url,
    };
    if (d.fix) {
      m.fix = { range: [d.fix.range[0], d.fix.range[1]], text: d.fix.text };
      if (d.severity === 'error') fixableErrorCount++;
      else if (d.severity === 'warning') fixableWarningCount++;
    }
    if (d.suggestions) m.suggestions = d.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text } }));
    return m;
  });
  const report: PromptReport = {
    filePath: options.filePath,
    id: options.id,
    source: result.text,
    messages,
    errorCount: result.errorCount,
    fatalErrorCount: 0,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fixableErrorCount,
    fixableWarningCount,
    score: result.score,
  };
  if (options.model !== undefined) report.model = options.model;
  if (options.rewrite !== undefined) report.rewrite = options.rewrite;
  if (options.output !== undefined) report.output = options.output;
  return report;
}

/** A prompt that could not be linted (a malformed JSONL line): one fatal message, as ESLint reports a parse error. */
export function fatalReport(filePath: string, id: string, source: string, message: string, line: number, column = 1): PromptReport {
  return {
    filePath,
    id,
    source,
    messages: [{ ruleId: null, severity: 2, level: 'error', message, line, column, fatal: true }],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    score: null,
  };
}
