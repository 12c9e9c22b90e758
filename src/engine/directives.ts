/**
 * Inline opt-outs in prompt files: `# shotlint-disable <rule>[, <rule>] -- <reason>` turns rules
 * off for the whole prompt (no rule list: every rule) and `# shotlint-disable-next-line …` for
 * findings that start on the next line that is not a directive. The analysis already skips
 * directive lines; here they suppress diagnostics, and directives naming an unknown rule or
 * suppressing nothing are reported under `valid-directives` when that rule is on. Directives
 * never suppress `valid-directives` itself: a reasonless "disable everything" stays visible.
 */
import type { Diagnostic, Directive, PromptAnalysis, ResolvedConfig } from '../types.js';
import type { LineIndex } from './loc.js';
import { rules as builtinRules } from '../../rules/index.js';
import { stripDirectiveLines } from '../analysis/directive-lines.js';
import { interpolate } from './messages.js';
import { ruleDocsUrl } from './urls.js';
import { suggestRule } from '../config/resolve.js';

export const DIRECTIVES_RULE = 'valid-directives';

/** The prompt without its directive lines: what `shotlint --print-prompt` prints and a model should get. */
export function stripDirectives(text: string): string {
  return stripDirectiveLines(text);
}

function covers(d: Directive, diagnostic: Diagnostic): boolean {
  if (d.kind === 'disable') return true;
  if (d.kind === 'disable-next-line' && d.target) return diagnostic.range[0] >= d.target[0] && diagnostic.range[0] <= d.target[1];
  return false;
}

export function applyDirectives(analysis: PromptAnalysis, diagnostics: Diagnostic[], config: ResolvedConfig, lines: LineIndex): Diagnostic[] {
  const directives = analysis.directives;
  if (directives.length === 0) return diagnostics;
  const enabled = new Set(config.rules.map((r) => r.id));
  const known = (id: string) => id in builtinRules || enabled.has(id);
  // used[n]: for directive n, the rule ids (or '*') that suppressed something.
  const used = directives.map(() => new Set<string>());
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    let suppressed = false;
    if (diagnostic.ruleId !== DIRECTIVES_RULE) {
      directives.forEach((d, n) => {
        if (d.kind === 'unknown' || !covers(d, diagnostic)) return;
        if (d.rules.length === 0) {
          used[n]!.add('*');
          suppressed = true;
        } else if (d.rules.some((r) => r.id === diagnostic.ruleId)) {
          used[n]!.add(diagnostic.ruleId);
          suppressed = true;
        }
      });
    }
    if (!suppressed) kept.push(diagnostic);
  }

  const reporter = config.rules.find((r) => r.id === DIRECTIVES_RULE);
  if (!reporter) return kept;
  const messages = reporter.rule.meta.messages as Record<string, string>;
  const url = reporter.rule.meta.docs.url ?? ruleDocsUrl(DIRECTIVES_RULE);
  const report = (messageId: 'unknownRule' | 'unused', range: readonly [number, number], data: Record<string, string>) => {
    kept.push({
      ruleId: DIRECTIVES_RULE,
      messageId,
      message: interpolate(messages[messageId]!, data),
      severity: reporter.severity,
      range: [range[0], range[1]],
      loc: lines.location(range),
      data,
      url,
    });
  };
  const allIds = [...new Set([...Object.keys(builtinRules), ...enabled])];
  directives.forEach((d, n) => {
    if (d.kind === 'unknown') return;
    if (d.rules.length === 0) {
      if (!used[n]!.has('*')) report('unused', [d.start, d.end], { what: 'shotlint' });
      return;
    }
    for (const r of d.rules) {
      if (!known(r.id)) report('unknownRule', [r.start, r.end], { rule: r.id, hint: suggestRule(r.id, allIds) });
      else if (!used[n]!.has(r.id)) report('unused', [r.start, r.end], { what: `"${r.id}"` });
    }
  });
  return kept;
}
