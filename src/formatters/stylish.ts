/**
 * The default, for people: one block per prompt that has something to say (path, id, score,
 * then one line per message), and a closing summary with the counts, mean score and time.
 */
import type { Formatter, PromptReport, ReportMessage, RunSummary } from './types.js';
import { displayPath, noColors, plural } from './shared.js';

export const stylish: Formatter = {
  name: 'stylish',
  description: 'grouped per prompt with its score, then a summary (default)',
  create(context = {}) {
    const c = context.color ?? noColors;
    const label = (m: ReportMessage) => (m.level === 'error' ? c.red('error') : m.level === 'warning' ? c.yellow('warning') : c.blue('info'));
    const scoreText = (total: number) => {
      const text = `${total}/100`;
      return total >= 80 ? c.green(text) : total >= 50 ? c.yellow(text) : c.red(text);
    };
    let printed = false;
    return {
      begin: () => '',
      result(r: PromptReport) {
        const extras = (context.showRewrite && r.rewrite !== undefined) || (context.showOutput && r.output !== undefined);
        if (r.messages.length === 0 && !extras) return '';
        printed = true;
        const path = displayPath(r.filePath, context.cwd);
        // The id is worth showing when it says more than the path (a record id or a line).
        const idText = r.id.startsWith(path) ? r.id.slice(path.length) : ` ${c.dim(`(${r.id})`)}`;
        let out = `\n${c.underline(path)}${idText}`;
        if (r.score) out += `  ${c.dim('score')} ${scoreText(r.score.total)}${measuredOnly(r.score, c.dim)}`;
        out += '\n';
        const rows = r.messages.map((m) => [`${m.line}:${m.column}`, label(m), m.message, m.ruleId ?? ''] as const);
        const width = (i: 0 | 1) => Math.max(0, ...rows.map((row) => visibleLength(row[i])));
        const w0 = width(0);
        const w1 = width(1);
        for (const [pos, level, message, rule] of rows) {
          out += `  ${c.dim(pos.padEnd(w0))}  ${level}${' '.repeat(w1 - visibleLength(level))}  ${message}${rule ? `  ${c.dim(rule)}` : ''}\n`;
        }
        if (context.showOutput && r.output !== undefined) out += `  ${c.bold('fixed:')} ${indent(r.output.trimEnd())}\n`;
        if (context.showRewrite && r.rewrite !== undefined) out += `  ${c.bold('rewrite:')} ${rewriteText(r, c.dim)}\n`;
        return out;
      },
      end(s: RunSummary) {
        const problems = s.errors + s.warnings + s.infos;
        let out = '';
        if (problems > 0) {
          const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
          if (s.infos > 0) counts.push(`${s.infos} info`);
          const line = `✖ ${plural(problems, 'problem')} (${counts.join(', ')})`;
          out += `\n${s.errors > 0 ? c.red(c.bold(line)) : s.warnings > 0 ? c.yellow(c.bold(line)) : c.blue(c.bold(line))}\n`;
          const fixable = s.fixableErrors + s.fixableWarnings;
          if (fixable > 0) out += `  ${plural(s.fixableErrors, 'error')} and ${plural(s.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`;
        } else if (s.prompts > 0) {
          out += `${printed ? '\n' : ''}${c.green(c.bold('✔ no problems'))}\n`;
        }
        const parts = [plural(s.prompts, 'prompt')];
        const mean = meanScoreText(s);
        if (mean) parts.push(mean);
        parts.push(`${(s.elapsedMs / 1000).toFixed(2)} s`);
        out += c.dim(`  ${parts.join(' · ')}`) + '\n';
        for (const gate of s.gates) out += `${c.red(c.bold(`✖ ${gate}`))}\n`;
        return out;
      },
    };
  },
};

/** The rewrite, or why there is none: a prompt given back unchanged is not repeated. */
function rewriteText(r: PromptReport, dim: (s: string) => string): string {
  if (r.rewrite!.trim() !== r.source.trim()) return indent(r.rewrite!.trimEnd());
  return dim(r.score?.unmeasured?.length ? 'none: shotlint rewrites English prompts only' : 'none needed: nothing to reorder, add or leave out');
}

/**
 * "mean score 62/100", and how many prompts it leaves out for being scored on length alone (another
 * language): their scores, often 100, would lift the mean without saying anything of the writing.
 */
function meanScoreText(s: RunSummary): string {
  const measured = s.meanScore === undefined ? '' : `${s.prompts === 1 ? 'score' : 'mean score'} ${Math.round(s.meanScore)}/100`;
  if (s.lengthOnly === 0) return measured;
  if (!measured) return s.prompts === 1 ? 'scored on length only' : `no mean score (${s.lengthOnly} scored on length only)`;
  return `${measured} (${s.lengthOnly} scored on length only, left out)`;
}

/** A score that could not read every dimension says which it did ("(length only)"), so 100/100 does not pass for praise. */
function measuredOnly(score: NonNullable<PromptReport['score']>, dim: (s: string) => string): string {
  if (!score.unmeasured || score.unmeasured.length === 0) return '';
  return ` ${dim(`(${Object.keys(score.dimensions).join(', ') || 'nothing'} only)`)}`;
}

function indent(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\n    ');
}

// ANSI colour codes take no room on screen.
const ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(s: string): number {
  return s.replace(ANSI, '').length;
}
