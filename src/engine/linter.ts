/**
 * The runner: analysis once, every enabled rule over it, each report validated and turned into
 * a diagnostic, then directives, the score, and the counts.
 */
import type {
  Diagnostic,
  GenerationSettings,
  LintOptions,
  LintResult,
  PromptAnalysis,
  ReportDescriptor,
  ResolvedConfig,
  ResolvedRule,
  Rewrite,
  Rule,
  Score,
  RuleContext,
  ShotlintConfig,
} from '../types.js';
import { createAnalyzer } from '../analysis/index.js';
import { sortSmall } from '../analysis/sort.js';
import { resolveConfig, type ResolveOptions } from '../config/resolve.js';
import { applyFixList } from './fixes.js';
import { LineIndex } from './loc.js';
import { interpolate } from './messages.js';
import { computeScore } from './score.js';
import { computeRewrite } from './rewrite.js';
import { applyDirectives } from './directives.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const byPosition = (a: Diagnostic, b: Diagnostic) =>
  a.range[0] - b.range[0] || a.range[1] - b.range[1] || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

export interface Linter {
  readonly config: ResolvedConfig;
  /** Lints one prompt. `options.model`/`settings` override the linter's for this prompt only. */
  lint(text: string, options?: Omit<LintOptions, 'config'>): LintResult;
  /** Applies safe fixes until none is left (at most 10 passes); returns the fixed text and its result. */
  fix(text: string, options?: Omit<LintOptions, 'config'>): { text: string; result: LintResult; passes: number };
  analyze(text: string): PromptAnalysis;
}

export class RuleReportError extends Error {
  override readonly name = 'RuleReportError';
}

/** Resolves the config once; the returned linter lints many prompts with it. */
export function createLinter(config?: ShotlintConfig, options: ResolveOptions = {}): Linter {
  const resolved = resolveConfig(config, options);
  const analyzeText = createAnalyzer({ vocabulary: resolved.vocabulary });
  // Per-model variants are resolved on first use and kept (a JSONL file may mix models).
  const byModel = new Map<string, ResolvedConfig>();
  const configFor = (model: string | undefined): ResolvedConfig => {
    if (model === undefined || model === resolved.model?.id) return resolved;
    let r = byModel.get(model);
    if (!r) byModel.set(model, (r = resolveConfig(config, { ...options, model })));
    return r;
  };

  const lint = (text: string, lintOptions: Omit<LintOptions, 'config'> = {}): LintResult => {
    const cfg = configFor(lintOptions.model);
    const settings: GenerationSettings = lintOptions.settings ? { ...cfg.settings, ...lintOptions.settings } : cfg.settings;
    const analysis = analyzeText(text);
    const previous = lintOptions.previous !== undefined ? analyzeText(lintOptions.previous) : undefined;
    return runRules(analysis, cfg, settings, lintOptions.disable, previous);
  };

  return {
    config: resolved,
    lint,
    analyze: analyzeText,
    fix(text, lintOptions) {
      let current = text;
      let result = lint(current, lintOptions);
      let passes = 0;
      while (passes < 10 && result.fixableCount > 0) {
        const { text: next, applied } = applyFixList(current, result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
        if (applied === 0 || next === current) break;
        current = next;
        passes++;
        result = lint(current, lintOptions);
      }
      return { text: current, result, passes };
    },
  };
}

function runRules(
  analysis: PromptAnalysis,
  config: ResolvedConfig,
  settings: GenerationSettings,
  disable: readonly string[] | undefined,
  previous?: PromptAnalysis,
): LintResult {
  const text = analysis.text;
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const english = analysis.language.code === 'en';
  const runners = runnersOf(config);

  for (const entry of config.rules) {
    if (disable && disable.includes(entry.id)) continue;
    if (!english && !entry.rule.meta.anyLanguage) continue;
    try {
      runRule(runners, entry, analysis, config, settings, lines, diagnostics, previous);
    } catch (error) {
      if (error instanceof RuleReportError) throw error;
      // A rule that throws (a plugin, say) is reported once; the other rules still run.
      const message = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        ruleId: entry.id,
        messageId: 'ruleError',
        message: `Rule "${entry.id}" failed on this prompt: ${message}`,
        severity: 'error',
        range: [0, 0],
        loc: lines.location([0, 0]),
        url: entry.rule.meta.docs.url,
      });
    }
  }

  const kept = applyDirectives(analysis, diagnostics, config, lines);
  sortSmall(kept, byPosition);

  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const d of kept) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
    else infoCount++;
    if (d.fix) fixableCount++;
  }
  const score = computeScore(analysis, kept, config, settings);
  return new LintResultRecord(text, kept, score, errorCount, warningCount, infoCount, fixableCount, analysis, config);
}

/**
 * A lint result whose rewrite is computed on first access: it is read far less often than the
 * diagnostics. A class rather than an object literal with a getter: a closure per result made
 * every young-generation GC of a batch about ten times slower.
 */
class LintResultRecord implements LintResult {
  #analysis: PromptAnalysis | undefined;
  #config: ResolvedConfig | undefined;
  #rewrite: Rewrite | undefined;

  constructor(
    public text: string,
    public diagnostics: Diagnostic[],
    public score: Score,
    public errorCount: number,
    public warningCount: number,
    public infoCount: number,
    public fixableCount: number,
    analysis: PromptAnalysis,
    config: ResolvedConfig,
  ) {
    this.#analysis = analysis;
    this.#config = config;
  }

  get rewrite(): Rewrite {
    if (this.#rewrite === undefined) {
      this.#rewrite = computeRewrite(this.#analysis!, this.diagnostics, this.#config!);
      this.#analysis = undefined;
      this.#config = undefined;
    }
    return this.#rewrite;
  }

  /** JSON (and so the CLI's and editor's reports) includes the rewrite, as a plain object would. */
  toJSON(): LintResult {
    const { text, diagnostics, score, errorCount, warningCount, infoCount, fixableCount, rewrite } = this;
    return { text, diagnostics, score, errorCount, warningCount, infoCount, fixableCount, rewrite };
  }
}

/** What a rule's `report` writes into: set before each run of the rule. */
interface RunTarget {
  analysis: PromptAnalysis;
  lines: LineIndex;
  out: Diagnostic[];
}

/**
 * One enabled rule with its context, built once per resolved config: a prompt's run only
 * points the context at that prompt, so linting allocates no closures per rule.
 */
interface RuleRunner {
  context: { -readonly [K in keyof RuleContext]: RuleContext[K] };
  target: RunTarget;
}

const EMPTY_TARGET: RunTarget = { analysis: undefined as unknown as PromptAnalysis, lines: undefined as unknown as LineIndex, out: [] };

const runnersByConfig = new WeakMap<ResolvedConfig, Map<ResolvedRule, RuleRunner>>();

function runnersOf(config: ResolvedConfig): Map<ResolvedRule, RuleRunner> {
  let runners = runnersByConfig.get(config);
  if (!runners) runnersByConfig.set(config, (runners = new Map()));
  return runners;
}

function runnerFor(runners: Map<ResolvedRule, RuleRunner>, entry: ResolvedRule, config: ResolvedConfig): RuleRunner {
  let runner = runners.get(entry);
  if (runner) return runner;
  const { id, rule, severity, options } = entry;
  const target: RunTarget = { ...EMPTY_TARGET };
  const context: RuleRunner['context'] = {
    id,
    options,
    severity,
    model: config.model,
    settings: config.settings,
    vocabulary: config.vocabulary,
    previous: undefined,
    report(descriptor: ReportDescriptor) {
      const template = (rule.meta.messages as Record<string, string>)[descriptor.messageId];
      if (template === undefined) throw new RuleReportError(`Rule "${id}" reported unknown messageId "${descriptor.messageId}".`);
      const length = target.analysis.text.length;
      checkReportRange(id, length, descriptor.range, 'a range');
      const diagnostic: Diagnostic = {
        ruleId: id,
        messageId: descriptor.messageId,
        message: interpolate(template, descriptor.data),
        severity,
        range: [descriptor.range[0], descriptor.range[1]],
        loc: target.lines.location(descriptor.range),
        url: rule.meta.docs.url,
      };
      if (descriptor.fix) {
        checkReportRange(id, length, descriptor.fix.range, 'a fix range');
        diagnostic.fix = { range: [descriptor.fix.range[0], descriptor.fix.range[1]], text: descriptor.fix.text };
      }
      if (descriptor.suggestions && descriptor.suggestions.length > 0) {
        for (const s of descriptor.suggestions) checkReportRange(id, length, s.fix.range, 'a suggestion range');
        diagnostic.suggestions = descriptor.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text } }));
      }
      if (descriptor.data) diagnostic.data = { ...descriptor.data };
      target.out.push(diagnostic);
    },
  };
  runner = { context, target };
  runners.set(entry, runner);
  return runner;
}

function runRule(
  runners: Map<ResolvedRule, RuleRunner>,
  entry: ResolvedRule,
  analysis: PromptAnalysis,
  config: ResolvedConfig,
  settings: GenerationSettings,
  lines: LineIndex,
  out: Diagnostic[],
  previous?: PromptAnalysis,
): void {
  const { context, target } = runnerFor(runners, entry, config);
  target.analysis = analysis;
  target.lines = lines;
  target.out = out;
  context.settings = settings;
  context.previous = previous;
  entry.rule.check(analysis, context as RuleContext<unknown, string>);
  // Do not keep the prompt alive until the next run.
  target.analysis = EMPTY_TARGET.analysis;
  target.lines = EMPTY_TARGET.lines;
  target.out = EMPTY_TARGET.out;
  context.previous = undefined;
}

function checkReportRange(id: string, length: number, range: readonly [number, number], what: string): void {
  if (!Array.isArray(range) || range.length !== 2 || !Number.isInteger(range[0]) || !Number.isInteger(range[1]) || range[0] < 0 || range[1] > length || range[0] > range[1]) {
    throw new RuleReportError(`Rule "${id}" reported ${what} [${String(range)}] outside the text (length ${length}).`);
  }
}

/** Lints one prompt. Resolves the config on every call: use `createLinter` to lint many. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const key = options.config;
  let linter = key === undefined ? defaultLinters.get(options.model ?? '') : undefined;
  if (!linter) {
    linter = createLinter(options.config, { model: options.model });
    if (key === undefined) defaultLinters.set(options.model ?? '', linter);
  }
  const { config: _config, ...perPrompt } = options;
  return linter.lint(text, perPrompt);
}

const defaultLinters = new Map<string, Linter>();

export type { Rule };
