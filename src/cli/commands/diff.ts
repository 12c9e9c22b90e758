/**
 * `shotlint diff <before> <after>` (files, or two `--prompt`s): which formula components
 * changed between two versions of a prompt, the score change per dimension, and the new
 * version's diagnostics (one-change-per-iteration among them). Exit codes as for linting.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Comparison } from '../../types.js';
import type { CliOptions } from '../args.js';
import { describeIoError, UsageError } from '../errors.js';
import type { SourceFile } from '../files.js';
import { useColor, type RunIo } from '../run.js';
import { loadRunConfigs } from '../run-config.js';
import { noColors } from '../../formatters/shared.js';
import type { Colors } from '../../formatters/types.js';

async function readPrompt(arg: string, cwd: string): Promise<{ text: string; file: SourceFile }> {
  const path = resolve(cwd, arg);
  try {
    const text = await readFile(path, 'utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file: { path, display: arg, kind: 'text', size: text.length, found: false } };
  } catch (error) {
    throw describeIoError(error, arg);
  }
}

const quote = (s: string) => (s === '' ? '—' : JSON.stringify(s));

export function formatComparison(c: Comparison, color: Colors): string {
  let out = '';
  if (c.changes.length === 0) {
    out += `${color.bold('No component changed.')}\n`;
  } else {
    const names = c.changes.map((x) => x.component).join(', ');
    const note = c.changes.length > 1 ? color.yellow(`  (${c.changes.length} components: change one at a time to learn what helped)`) : '';
    out += `${color.bold(`Changed: ${names}`)}${note}\n`;
    const width = Math.max(...c.changes.map((x) => x.component.length));
    for (const x of c.changes) {
      out += `  ${x.component.padEnd(width)}  ${color.dim('before')} ${color.red(quote(x.before))}\n`;
      out += `  ${' '.repeat(width)}  ${color.dim('after ')} ${color.green(quote(x.after))}\n`;
    }
  }
  const sign = (n: number) => (n > 0 ? color.green(`+${n}`) : n < 0 ? color.red(String(n)) : color.dim('±0'));
  out += `\n${color.bold(`Score ${c.score.before} → ${c.score.after}`)} (${sign(c.score.delta)})\n`;
  const dims = Object.entries(c.score.dimensions).filter(([, d]) => d && d.delta !== 0) as [string, { before: number; after: number; delta: number }][];
  const width = Math.max(0, ...dims.map(([k]) => k.length));
  for (const [name, d] of dims) out += `  ${name.padEnd(width)}  ${String(d.before).padStart(3)} → ${String(d.after).padStart(3)}  ${sign(d.delta)}\n`;
  if (dims.length === 0) out += `  ${color.dim('no dimension changed')}\n`;
  if (c.diagnostics.length > 0) {
    out += `\n${color.bold('The new version:')}\n`;
    for (const d of c.diagnostics) {
      const level = d.severity === 'error' ? color.red('error') : d.severity === 'warning' ? color.yellow('warning') : color.blue('info');
      out += `  ${color.dim(`${d.loc.start.line}:${d.loc.start.column}`)}  ${level}  ${d.message}  ${color.dim(d.ruleId)}\n`;
    }
  }
  return out;
}

export async function runDiff(options: CliOptions, io: RunIo): Promise<number> {
  const files = options.positionals;
  const prompts = options.prompts;
  let before: string;
  let after: string;
  let afterFile: SourceFile | undefined;
  if (files.length === 2 && prompts.length === 0) {
    const [b, a] = await Promise.all(files.map((f) => readPrompt(f, io.cwd)));
    before = b!.text;
    after = a!.text;
    afterFile = a!.file;
  } else if (files.length === 0 && prompts.length === 2) {
    [before, after] = prompts as [string, string];
  } else {
    throw new UsageError('diff compares two versions of a prompt.', 'Usage: shotlint diff before.txt after.txt, or shotlint diff -p "before" -p "after".');
  }
  const configs = await loadRunConfigs(options, io.cwd, afterFile ? [afterFile] : []);
  const config = afterFile ? configs.forFile(afterFile.path) : configs.all[0]!;
  const { compare } = await import('../../engine/compare.js');
  const settings = Object.keys(options.settings).length > 0 ? options.settings : undefined;
  const comparison = compare(before, after, { linter: config.createLinter(), model: options.model, settings });
  const diagnostics = options.quiet ? comparison.diagnostics.filter((d) => d.severity === 'error') : comparison.diagnostics;
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ changes: comparison.changes, score: comparison.score, diagnostics }, null, 2)}\n`);
  } else if (options.format === 'stylish') {
    const color = useColor(options, io.stdout, io.env) ? (await import('picocolors')).default.createColors(true) : noColors;
    io.stdout.write(formatComparison({ ...comparison, diagnostics }, color));
  } else {
    throw new UsageError(`diff prints "stylish" or "json", not "${options.format}".`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const failed = errors > 0 || (options.maxWarnings !== undefined && warnings > options.maxWarnings) || (options.minScore !== undefined && comparison.score.after < options.minScore);
  return failed ? 1 : 0;
}
