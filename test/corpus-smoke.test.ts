/**
 * Lints every prompt of the shared corpus (`<repo>/../shared/corpus/*.txt`, ~50k real prompts):
 * no exception, no rule error, every range inside the text, a score in 0..100. The corpus is
 * not part of the package; where it is absent the suite is skipped with a note.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/engine/linter.js';
import { models } from '../src/config/models/index.js';
import type { Diagnostic, LintResult, Range } from '../src/types.js';

// SHOTLINT_CORPUS points at another copy (or at nothing, to see the skip).
const CORPUS = join(process.env.SHOTLINT_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/', import.meta.url)), '/');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
const present = files.length > 0;
// The biggest file (~22k prompts) takes a few seconds on an idle machine; the margin is for a busy CI runner.
const FILE_TIMEOUT_MS = 120_000;
if (!present) console.info(`corpus-smoke: no prompt corpus at ${CORPUS}; skipping the corpus smoke test.`);

/** What is wrong with one result, as sentences; empty when it is sound. */
function check(text: string, result: LintResult): string[] {
  const problems: string[] = [];
  const inside = (r: Range) => Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 0 && r[0] <= r[1] && r[1] <= text.length;
  const { total } = result.score;
  if (!Number.isFinite(total) || total < 0 || total > 100) problems.push(`score ${total} outside 0..100`);
  for (const [dim, value] of Object.entries(result.score.dimensions)) {
    if (value !== undefined && (!Number.isFinite(value) || value < 0 || value > 100)) problems.push(`dimension ${dim} = ${value}`);
  }
  for (const d of result.diagnostics as Diagnostic[]) {
    if (d.messageId === 'ruleError') problems.push(`${d.ruleId} threw: ${d.message}`);
    if (!inside(d.range)) problems.push(`${d.ruleId} range [${d.range}] outside the text`);
    if (d.fix && !inside(d.fix.range)) problems.push(`${d.ruleId} fix range [${d.fix.range}] outside the text`);
    for (const s of d.suggestions ?? []) if (!inside(s.fix.range)) problems.push(`${d.ruleId} suggestion range [${s.fix.range}] outside the text`);
  }
  return problems;
}

describe.skipIf(!present)('corpus smoke test', () => {
  const linter = createLinter();
  // Each prompt is linted with the default config; every twentieth one also with a model profile in
  // turn, so the per-model paths meet real prompts too without doubling the run time.
  const modelIds = models.map((m) => m.id);
  let n = 0;

  for (const file of files) {
    it(`lints every prompt of ${file}`, () => {
      const prompts = readFileSync(`${CORPUS}${file}`, 'utf8').split('\n').filter((line) => line !== '');
      const failures: string[] = [];
      for (const text of prompts) {
        const model = n % 20 === 0 && modelIds.length > 0 ? modelIds[(n / 20) % modelIds.length] : undefined;
        n++;
        for (const options of model ? [{}, { model }] : [{}]) {
          let problems: string[];
          try {
            problems = check(text, linter.lint(text, options));
          } catch (error) {
            problems = [`threw ${error instanceof Error ? error.stack ?? error.message : String(error)}`];
          }
          for (const p of problems) failures.push(`${p}${model && 'model' in options ? ` [${model}]` : ''}: ${JSON.stringify(text.slice(0, 120))}`);
        }
      }
      expect(prompts.length).toBeGreaterThan(0);
      expect(failures.slice(0, 20), `${failures.length} failure(s) in ${file}`).toEqual([]);
    }, FILE_TIMEOUT_MS);
  }
});
