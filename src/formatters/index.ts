/**
 * Output formats shared by the CLI and the library: each turns prompt reports (ESLint-shaped,
 * see `PromptReport`) into text. Pure functions over data: no I/O, no Node built-ins.
 */
import type { FormatterContext, PromptReport, RunSummary, Formatter } from './types.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { formatAll } from './shared.js';
import { stylish } from './stylish.js';

export const formatters = { stylish, compact, json, sarif, github, junit } as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof formatters;

/** Formats a finished list of reports in one go. */
export function format(name: FormatterName, reports: readonly PromptReport[], context?: FormatterContext, summary?: RunSummary): string {
  const formatter = formatters[name];
  if (!formatter) throw new Error(`unknown format "${String(name)}": expected one of ${Object.keys(formatters).join(', ')}`);
  return formatAll(formatter.create, reports, context, summary);
}

export { noColors, summarize, displayPath } from './shared.js';
export { toReport, fatalReport, type ReportOptions } from './report.js';
export type * from './types.js';
