/** Helpers the formatters share: plain colours, relative paths, pluralising, counting. */
import type { Colors, FormatterContext, PromptReport, RunSummary } from './types.js';

const identity = (s: string) => s;

/** Colour functions that return their input: the default, and what `NO_COLOR` gets. */
export const noColors: Colors = { bold: identity, dim: identity, red: identity, yellow: identity, blue: identity, green: identity, cyan: identity, underline: identity };

/** `filePath` relative to `cwd` when it lies under it; `/` separators either way. */
export function displayPath(filePath: string, cwd: string | undefined): string {
  if (filePath.startsWith('<')) return filePath; // <stdin>, <text>
  const path = filePath.replace(/\\/g, '/');
  if (!cwd) return path;
  const base = cwd.replace(/\\/g, '/').replace(/\/$/, '');
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Totals over a finished list of reports (the streaming CLI keeps its own running totals). */
export function summarize(reports: readonly PromptReport[], elapsedMs = 0, gates: string[] = []): RunSummary {
  const s: RunSummary = { prompts: 0, errors: 0, warnings: 0, infos: 0, fatal: 0, fixableErrors: 0, fixableWarnings: 0, meanScore: undefined, elapsedMs, gates };
  let scoreSum = 0;
  let scored = 0;
  for (const r of reports) {
    s.prompts++;
    s.errors += r.errorCount;
    s.warnings += r.warningCount;
    s.infos += r.infoCount;
    s.fatal += r.fatalErrorCount;
    s.fixableErrors += r.fixableErrorCount;
    s.fixableWarnings += r.fixableWarningCount;
    if (r.score) {
      scoreSum += r.score.total;
      scored++;
    }
  }
  s.meanScore = scored > 0 ? scoreSum / scored : undefined;
  return s;
}

/** Runs a streaming formatter over a finished list: what the library's `format()` helpers do. */
export function formatAll(create: (context?: FormatterContext) => { begin(): string; result(r: PromptReport): string; end(s: RunSummary): string }, reports: readonly PromptReport[], context?: FormatterContext, summary?: RunSummary): string {
  const stream = create(context);
  let out = stream.begin();
  for (const r of reports) out += stream.result(r);
  return out + stream.end(summary ?? summarize(reports));
}
