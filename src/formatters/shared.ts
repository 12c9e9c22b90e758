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

/** Running totals over reports, added one at a time as they stream in. */
export class Tally {
  readonly summary: RunSummary = { prompts: 0, errors: 0, warnings: 0, infos: 0, fatal: 0, fixableErrors: 0, fixableWarnings: 0, meanScore: undefined, lengthOnly: 0, elapsedMs: 0, gates: [] };
  private scoreSum = 0;
  private scored = 0;

  add(r: PromptReport): void {
    const s = this.summary;
    s.prompts++;
    s.errors += r.errorCount;
    s.warnings += r.warningCount;
    s.infos += r.infoCount;
    s.fatal += r.fatalErrorCount;
    s.fixableErrors += r.fixableErrorCount;
    s.fixableWarnings += r.fixableWarningCount;
    // A score of length alone says nothing of how well the prompt is written: counted apart.
    if (r.score?.unmeasured && r.score.unmeasured.length > 0) s.lengthOnly++;
    else if (r.score) {
      this.scoreSum += r.score.total;
      this.scored++;
    }
    s.meanScore = this.scored > 0 ? this.scoreSum / this.scored : undefined;
  }
}

/** Totals over a finished list of reports. */
export function summarize(reports: readonly PromptReport[], elapsedMs = 0, gates: string[] = []): RunSummary {
  const tally = new Tally();
  for (const r of reports) tally.add(r);
  return { ...tally.summary, elapsedMs, gates };
}

/** Runs a streaming formatter over a finished list: what the library's `format()` helpers do. */
export function formatAll(create: (context?: FormatterContext) => { begin(): string; result(r: PromptReport): string; end(s: RunSummary): string }, reports: readonly PromptReport[], context?: FormatterContext, summary?: RunSummary): string {
  const stream = create(context);
  let out = stream.begin();
  for (const r of reports) out += stream.result(r);
  return out + stream.end(summary ?? summarize(reports));
}
