/**
 * A RuleTester after ESLint's: a fixture lists valid prompts (the rule must stay silent) and
 * invalid ones with the diagnostics it must give (messageId and exact range), the fixed text,
 * and the suggestions. `checkFixture` is framework-free: it returns the failures, and the test
 * suite turns each case into a test.
 */
import type { Diagnostic, GenerationSettings, Range, Rule, RuleSetting, ShotlintConfig } from '../types.js';
import { createLinter } from './linter.js';
import { deepFreeze } from '../deep-freeze.js';

export interface FixtureCase {
  /** Shown in the test name; defaults to the text. */
  name?: string;
  text: string;
  /** Rule options (the second element of `[severity, options]`). */
  options?: unknown;
  model?: string;
  settings?: GenerationSettings;
  /** The previous version of the prompt (`LintOptions.previous`), for rules about iteration. */
  previous?: string;
  /** Other config (vocabulary, say) for this case. */
  config?: Omit<ShotlintConfig, 'rules' | 'extends'>;
}

export interface ExpectedDiagnostic {
  messageId: string;
  /** `[start, end)` offsets, or the exact flagged text when it occurs once in the prompt. */
  range: Range | string;
  /** Expected data values, checked when given. */
  data?: Record<string, string | number>;
  /** Expected suggestion results (the text after applying each suggestion), in order. */
  suggestions?: readonly string[];
}

export interface InvalidCase extends FixtureCase {
  errors: readonly ExpectedDiagnostic[];
  /** The text after safe fixes; omit when the rule has no fix for this case. */
  output?: string;
}

export interface RuleFixture {
  valid: readonly (string | FixtureCase)[];
  invalid: readonly InvalidCase[];
}

export interface CaseResult {
  name: string;
  failures: string[];
}

function resolveRange(expected: Range | string, text: string): Range | string {
  if (typeof expected !== 'string') return expected;
  const first = text.indexOf(expected);
  if (first < 0) return `expected range text ${JSON.stringify(expected)} does not occur in the prompt`;
  if (text.indexOf(expected, first + 1) >= 0) return `expected range text ${JSON.stringify(expected)} occurs more than once; give offsets`;
  return [first, first + expected.length];
}

/**
 * The rule under test reads a deep-frozen analysis. Rules share one analysis and must not change
 * it; at run time it is not frozen (V8 reads frozen arrays several times slower), so a rule
 * that changes it is caught here, as ESLint's RuleTester catches a rule that changes the AST.
 */
function guarded(rule: Rule): Rule {
  return {
    meta: rule.meta,
    check(analysis, context) {
      deepFreeze(analysis);
      try {
        rule.check(analysis, context);
      } catch (error) {
        if (error instanceof TypeError && /read.only|not extensible|frozen|Cannot (assign|add|delete|define)/i.test(error.message)) {
          throw new TypeError(`the rule changed the analysis, which every rule shares: ${error.message}`);
        }
        throw error;
      }
    },
  };
}

function runCase(ruleId: string, rule: Rule, c: FixtureCase): { diagnostics: Diagnostic[]; fixed: string; all: Diagnostic[] } {
  const setting: RuleSetting = c.options === undefined ? 'error' : ['error', c.options];
  const linter = createLinter({ ...(c.config ?? {}), extends: [], rules: { [ruleId]: setting } }, {
    model: c.model,
    plugins: { [ruleId]: guarded(rule) },
  });
  const result = linter.lint(c.text, { settings: c.settings, previous: c.previous });
  const fixed = linter.fix(c.text, { settings: c.settings, previous: c.previous }).text;
  return { diagnostics: result.diagnostics.filter((d) => d.ruleId === ruleId), fixed, all: result.diagnostics };
}

/** A diagnostic as a failure quotes it; a rule that threw shows why. */
const show = (d: Diagnostic, text: string) =>
  `${d.messageId} [${d.range[0]}, ${d.range[1]}] ${JSON.stringify(text.slice(d.range[0], d.range[1]))}${d.messageId === 'ruleError' ? ` (${d.message})` : ''}`;

/** Runs every case of a fixture; each result lists what did not match (empty: the case passes). */
export function checkFixture(ruleId: string, rule: Rule, fixture: RuleFixture): CaseResult[] {
  const results: CaseResult[] = [];
  for (const v of fixture.valid) {
    const c: FixtureCase = typeof v === 'string' ? { text: v } : v;
    const failures: string[] = [];
    const { diagnostics } = runCase(ruleId, rule, c);
    for (const d of diagnostics) failures.push(`expected no diagnostic, got ${show(d, c.text)}`);
    results.push({ name: `valid: ${c.name ?? c.text}`, failures });
  }
  for (const c of fixture.invalid) {
    const failures: string[] = [];
    if (c.errors.length === 0) failures.push('an invalid case must expect at least one diagnostic');
    const { diagnostics, fixed } = runCase(ruleId, rule, c);
    if (diagnostics.length !== c.errors.length) {
      failures.push(`expected ${c.errors.length} diagnostic(s), got ${diagnostics.length}: ${diagnostics.map((d) => show(d, c.text)).join('; ') || 'none'}`);
    }
    c.errors.forEach((expected, i) => {
      const actual = diagnostics[i];
      if (!actual) return;
      if (!(expected.messageId in rule.meta.messages)) failures.push(`#${i}: messageId "${expected.messageId}" is not one of the rule's messages`);
      if (actual.messageId !== expected.messageId) failures.push(`#${i}: expected messageId ${expected.messageId}, got ${actual.messageId}`);
      const range = resolveRange(expected.range, c.text);
      if (typeof range === 'string') failures.push(`#${i}: ${range}`);
      else if (actual.range[0] !== range[0] || actual.range[1] !== range[1]) {
        failures.push(`#${i}: expected range [${range[0]}, ${range[1]}] ${JSON.stringify(c.text.slice(range[0], range[1]))}, got ${show(actual, c.text)}`);
      }
      if (expected.data) {
        for (const [k, v] of Object.entries(expected.data)) {
          if (actual.data?.[k] !== v) failures.push(`#${i}: expected data.${k} = ${JSON.stringify(v)}, got ${JSON.stringify(actual.data?.[k])}`);
        }
      }
      if (expected.suggestions) {
        const got = (actual.suggestions ?? []).map((s) => c.text.slice(0, s.fix.range[0]) + s.fix.text + c.text.slice(s.fix.range[1]));
        if (JSON.stringify(got) !== JSON.stringify(expected.suggestions)) {
          failures.push(`#${i}: expected suggestions ${JSON.stringify(expected.suggestions)}, got ${JSON.stringify(got)}`);
        }
      }
    });
    const expectedOutput = c.output ?? c.text;
    if (fixed !== expectedOutput) {
      failures.push(c.output === undefined ? `the rule fixed the text but the case has no output: ${JSON.stringify(fixed)}` : `expected output ${JSON.stringify(c.output)}, got ${JSON.stringify(fixed)}`);
    }
    results.push({ name: `invalid: ${c.name ?? c.text}`, failures });
  }
  return results;
}
