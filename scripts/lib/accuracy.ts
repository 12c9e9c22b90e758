/**
 * Accuracy measurement shared by `npm run eval` (scripts/eval.ts) and test/accuracy.test.ts:
 * per-rule precision and recall on the labelled set, the set's own well-formedness checks, and
 * score agreement on weak/strong prompt pairs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type Linter } from '../../src/engine/linter.js';
import { models } from '../../src/config/models/index.js';
import { rules as registry } from '../../rules/index.js';
import type { Diagnostic } from '../../src/types.js';
import { CORE_RULES, LABELLED_RULES, type LabelledPrompt } from '../../fixtures/labelled/types.js';

/** A rule passes when both hold on the labelled set. */
export const THRESHOLDS = { precision: 0.95, recall: 0.9, pairAgreement: 0.97 } as const;

/** Well-formedness requirements of the labelled set. */
export const SET_REQUIREMENTS = {
  minPrompts: 180,
  /** Each core rule needs at least this many prompts where it fires, and as many where it is silent. */
  minPerSide: 25,
  /** Prompts labelled for at least one rule outside the core formula rules. */
  minOtherLabelled: 40,
} as const;

const STYLES = new Set(['user', 'benchmark', 'refined', 'showcase', 'midjourney', 'formats']);

// ─── labelled set ────────────────────────────────────────────────────────────

export interface RuleAccuracy {
  ruleId: string;
  /** False when no rule with this id is registered yet: nothing is measured. */
  implemented: boolean;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Prompts labelled `fires`. */
  support: number;
  /** TP / (TP + FP); 1 when the rule never fired (no false positive possible). */
  precision: number;
  /** TP / (TP + FN); 1 when no prompt is labelled `fires`. */
  recall: number;
  /** Prompts where the rule threw instead of reporting. */
  errors: number;
}

export interface Misclassification {
  ruleId: string;
  kind: 'FP' | 'FN';
  prompt: LabelledPrompt;
  /** The rule's diagnostics on the prompt (empty for a false negative). */
  diagnostics: readonly Diagnostic[];
}

export interface PromptFailure {
  prompt: LabelledPrompt;
  error: string;
}

export interface LabelledReport {
  prompts: number;
  rules: RuleAccuracy[];
  misses: Misclassification[];
  /** Prompts that could not be linted at all (an unknown model, say). */
  failures: PromptFailure[];
  /** `ruleError` diagnostics: a rule threw on a prompt. */
  ruleErrors: { ruleId: string; prompt: LabelledPrompt; message: string }[];
}

/** The rule ids the set names, core rules first, in a stable order. */
export function labelledRuleIds(set: readonly LabelledPrompt[]): string[] {
  const ids: string[] = [...LABELLED_RULES];
  for (const p of set) for (const id of [...p.fires, ...p.silent]) if (!ids.includes(id)) ids.push(id);
  return ids.filter((id) => set.some((p) => p.fires.includes(id as never) || p.silent.includes(id as never)));
}

export function isImplemented(ruleId: string): boolean {
  return Object.hasOwn(registry, ruleId);
}

/** The default configuration (recommended preset); each prompt adds its own model and settings. */
export function defaultLinter(): Linter {
  return createLinter();
}

/** Lints every labelled prompt once and scores each labelled, registered rule. */
export function evaluateLabelled(set: readonly LabelledPrompt[], linter: Linter = defaultLinter()): LabelledReport {
  const ids = labelledRuleIds(set);
  const acc = new Map<string, RuleAccuracy>(
    ids.map((ruleId) => [ruleId, { ruleId, implemented: isImplemented(ruleId), tp: 0, fp: 0, fn: 0, tn: 0, support: 0, precision: 1, recall: 1, errors: 0 }]),
  );
  const misses: Misclassification[] = [];
  const failures: PromptFailure[] = [];
  const ruleErrors: LabelledReport['ruleErrors'] = [];

  for (const prompt of set) {
    for (const id of prompt.fires) acc.get(id)!.support++;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = linter.lint(prompt.text, { model: prompt.model, settings: prompt.settings }).diagnostics;
    } catch (error) {
      failures.push({ prompt, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const byRule = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) {
      if (d.messageId === 'ruleError') {
        ruleErrors.push({ ruleId: d.ruleId, prompt, message: d.message });
        const a = acc.get(d.ruleId);
        if (a) a.errors++;
        continue;
      }
      let list = byRule.get(d.ruleId);
      if (!list) byRule.set(d.ruleId, (list = []));
      list.push(d);
    }
    for (const [expected, list] of [
      ['fires', prompt.fires],
      ['silent', prompt.silent],
    ] as const) {
      for (const ruleId of list) {
        const a = acc.get(ruleId)!;
        if (!a.implemented) continue;
        const got = byRule.get(ruleId) ?? [];
        const fired = got.length > 0;
        if (expected === 'fires') {
          if (fired) a.tp++;
          else {
            a.fn++;
            misses.push({ ruleId, kind: 'FN', prompt, diagnostics: [] });
          }
        } else if (fired) {
          a.fp++;
          misses.push({ ruleId, kind: 'FP', prompt, diagnostics: got });
        } else a.tn++;
      }
    }
  }

  for (const a of acc.values()) {
    a.precision = a.tp + a.fp === 0 ? 1 : a.tp / (a.tp + a.fp);
    a.recall = a.tp + a.fn === 0 ? 1 : a.tp / (a.tp + a.fn);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  misses.sort((x, y) => order.get(x.ruleId)! - order.get(y.ruleId)! || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  return { prompts: set.length, rules: [...acc.values()], misses, failures, ruleErrors };
}

/** Whether a measured rule meets the thresholds (unimplemented rules are not judged). */
export function meetsThresholds(a: RuleAccuracy): boolean {
  return !a.implemented || (a.precision >= THRESHOLDS.precision && a.recall >= THRESHOLDS.recall && a.errors === 0);
}

/**
 * Problems with the labelled set itself, as readable sentences; empty when it is well formed.
 * `knownIds` are the ids a label may name: registered rules plus the planned ones.
 */
export function validateLabelled(set: readonly LabelledPrompt[], knownIds: ReadonlySet<string> = knownRuleIds()): string[] {
  const problems: string[] = [];
  const where = (p: LabelledPrompt) => JSON.stringify(snippet(p.text, 50)) + (p.model ? ` [${p.model}]` : '');
  const modelIds = new Set(models.map((m) => m.id));
  const seen = new Set<string>();

  if (set.length < SET_REQUIREMENTS.minPrompts) problems.push(`only ${set.length} prompts; at least ${SET_REQUIREMENTS.minPrompts} are required`);
  for (const p of set) {
    if (typeof p.text !== 'string' || p.text.trim() === '') problems.push(`an entry has no text`);
    if (!STYLES.has(p.style)) problems.push(`${where(p)}: unknown style "${p.style}"`);
    if (p.model !== undefined && !modelIds.has(p.model)) problems.push(`${where(p)}: unknown model "${p.model}"`);
    const key = `${p.model ?? ''}\u0000${p.text}`;
    if (seen.has(key)) problems.push(`${where(p)}: listed twice with the same model`);
    seen.add(key);
    for (const id of [...p.fires, ...p.silent]) if (!knownIds.has(id)) problems.push(`${where(p)}: unknown rule id "${id}"`);
    for (const id of p.fires) if (p.silent.includes(id)) problems.push(`${where(p)}: "${id}" is in both fires and silent`);
    for (const list of [p.fires, p.silent]) if (new Set(list).size !== list.length) problems.push(`${where(p)}: a rule is listed twice`);
    for (const id of CORE_RULES) if (!p.fires.includes(id) && !p.silent.includes(id)) problems.push(`${where(p)}: not labelled for "${id}"`);
  }
  for (const id of CORE_RULES) {
    const fires = set.filter((p) => p.fires.includes(id)).length;
    const silent = set.filter((p) => p.silent.includes(id)).length;
    if (fires < SET_REQUIREMENTS.minPerSide) problems.push(`"${id}" fires on ${fires} prompts; at least ${SET_REQUIREMENTS.minPerSide} are required`);
    if (silent < SET_REQUIREMENTS.minPerSide) problems.push(`"${id}" is silent on ${silent} prompts; at least ${SET_REQUIREMENTS.minPerSide} are required`);
  }
  const core = new Set<string>(CORE_RULES);
  const other = set.filter((p) => [...p.fires, ...p.silent].some((id) => !core.has(id))).length;
  if (other < SET_REQUIREMENTS.minOtherLabelled) problems.push(`only ${other} prompts carry labels beyond the core rules; at least ${SET_REQUIREMENTS.minOtherLabelled} are required`);
  return problems;
}

export function knownRuleIds(): Set<string> {
  return new Set<string>([...Object.keys(registry), ...LABELLED_RULES]);
}

// ─── score pairs ─────────────────────────────────────────────────────────────

export interface ScorePair {
  weak: string;
  strong: string;
  aspect?: string;
  model?: string;
}

export interface PairResult {
  pair: ScorePair;
  weak: number;
  strong: number;
}

export interface PairAgreement {
  /** Pairs compared. */
  total: number;
  /** Pairs where the strong prompt scored strictly higher. */
  agree: number;
  /** Pairs scored equal. */
  ties: number;
  /** agree / total (1 for an empty list). */
  share: number;
  /** Pairs where the strong prompt did not score higher. */
  disagreements: PairResult[];
}

/** Share of pairs where `lint(strong).score.total > lint(weak).score.total`. */
export function pairAgreement(pairs: Iterable<ScorePair>, linter: Linter = defaultLinter()): PairAgreement {
  let total = 0;
  let agree = 0;
  let ties = 0;
  const disagreements: PairResult[] = [];
  for (const pair of pairs) {
    const weak = linter.lint(pair.weak, { model: pair.model }).score.total;
    const strong = linter.lint(pair.strong, { model: pair.model }).score.total;
    total++;
    if (strong > weak) agree++;
    else {
      if (strong === weak) ties++;
      disagreements.push({ pair, weak, strong });
    }
  }
  return { total, agree, ties, share: total === 0 ? 1 : agree / total, disagreements };
}

// ─── the shared corpus (absent on most machines) ─────────────────────────────

/** `<repo>/../shared/corpus/` (or `$SHOTLINT_CORPUS`), where the calibration corpus lives when it is present. */
export const CORPUS_DIR = join(process.env.SHOTLINT_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url)), '/');

/** Files in the corpus directory matching `prefix*suffix`, sorted; empty when the corpus is absent. */
export function corpusFiles(prefix: string, suffix: string, dir: string = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix))
    .sort();
}

/** Reads a `short<TAB>refined` pairs file (header line first) as weak/strong pairs. */
export function readCorpusPairs(path: string): ScorePair[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const pairs: ScorePair[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    pairs.push({ weak: line.slice(0, tab), strong: line.slice(tab + 1) });
  }
  return pairs;
}

/** How often each rule reports on the prompts of one corpus file (no labels: a view of behaviour at scale). */
export interface FireRates {
  file: string;
  prompts: number;
  /** Rule id → prompts the rule reported on. */
  fired: Record<string, number>;
}

/** Lints the first `limit` prompts of each `*.txt` corpus file and counts, per rule, the prompts it reported on. */
export function corpusFireRates(files: readonly string[], linter: Linter = defaultLinter(), limit = Infinity, dir: string = CORPUS_DIR): FireRates[] {
  return files.map((file) => {
    const prompts = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .slice(0, limit);
    const fired: Record<string, number> = {};
    for (const text of prompts) {
      const seen = new Set<string>();
      for (const d of linter.lint(text).diagnostics) if (d.messageId !== 'ruleError') seen.add(d.ruleId);
      for (const id of seen) fired[id] = (fired[id] ?? 0) + 1;
    }
    return { file, prompts: prompts.length, fired };
  });
}

// ─── formatting helpers ──────────────────────────────────────────────────────

export function snippet(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function ratio(x: number): string {
  return x.toFixed(3);
}
