/**
 * `npm run eval`: accuracy of the rules on the labelled set (fixtures/labelled) and score
 * agreement on weak/strong pairs (fixtures/pairs.ts and, when present, the shared corpus pairs).
 *
 *   npm run eval                 table, exit 1 when a threshold is missed
 *   npm run eval -- --verbose    also list every misclassified prompt and pair disagreement
 *   npm run eval -- --no-gate    print only; exit 0 whatever the figures
 *   npm run eval -- --rule require-camera   only that rule's misclassifications (with --verbose)
 *   npm run eval -- --by-style   precision/recall of each rule per prompt style
 *   npm run eval -- --corpus-rates [--sample 500]   share of corpus prompts each formula rule reports on
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { CORE_RULES, labelled } from '../fixtures/labelled/index.js';
import {
  CORPUS_DIR,
  THRESHOLDS,
  corpusFiles,
  corpusFireRates,
  defaultLinter,
  evaluateLabelled,
  isImplemented,
  meetsThresholds,
  pairAgreement,
  ratio,
  readCorpusPairs,
  snippet,
  validateLabelled,
  type PairAgreement,
  type RuleAccuracy,
  type ScorePair,
} from './lib/accuracy.js';

const { values: args } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    'no-gate': { type: 'boolean', default: false },
    rule: { type: 'string', multiple: true },
    'by-style': { type: 'boolean', default: false },
    'corpus-rates': { type: 'boolean', default: false },
    sample: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log('Usage: npm run eval -- [--verbose] [--no-gate] [--by-style] [--corpus-rates [--sample N]] [--rule <id>]…');
  process.exit(0);
}

const CORPUS_MAX_WORDS = 80;
const linter = defaultLinter();
const failures: string[] = [];

// ─── labelled set ────────────────────────────────────────────────────────────

const problems = validateLabelled(labelled);
if (problems.length > 0) {
  console.log(pc.red(`The labelled set has ${problems.length} problem(s):`));
  for (const p of problems) console.log(`  ${p}`);
  failures.push('labelled set is malformed');
}

const report = evaluateLabelled(labelled);
console.log(pc.bold(`Rule accuracy on ${report.prompts} labelled prompts`) + pc.dim(`  (precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall})`));
console.log();
const header = ['rule', 'precision', 'recall', 'TP', 'FP', 'FN', 'TN', 'support', ''];
const rows: string[][] = report.rules.map((a) => row(a));
printTable(header, rows);
for (const a of report.rules) if (!meetsThresholds(a)) failures.push(`${a.ruleId}: precision ${ratio(a.precision)}, recall ${ratio(a.recall)}${a.errors ? `, ${a.errors} rule error(s)` : ''}`);

if (args['by-style']) {
  const styles = [...new Set(labelled.map((p) => p.style))];
  const perStyle = styles.map((style) => evaluateLabelled(labelled.filter((p) => p.style === style), linter));
  console.log(pc.bold('\nBy style') + pc.dim('  (precision/recall; "—" where the rule has no labelled prompt of that style)'));
  const cells = report.rules
    .filter((a) => a.implemented)
    .map((a) => [
      a.ruleId,
      ...perStyle.map((r) => {
        const x = r.rules.find((y) => y.ruleId === a.ruleId);
        if (!x || x.tp + x.fp + x.fn + x.tn === 0) return pc.dim('—');
        const text = `${x.precision.toFixed(2)}/${x.recall.toFixed(2)}`;
        return meetsThresholds(x) ? text : pc.red(text);
      }),
    ]);
  printTable(['rule', ...styles.map((st, i) => `${st} (${perStyle[i]!.prompts})`)], cells, true);
}

if (report.failures.length > 0) {
  console.log(pc.red(`\n${report.failures.length} prompt(s) could not be linted:`));
  for (const f of report.failures) console.log(`  ${JSON.stringify(snippet(f.prompt.text))}${f.prompt.model ? ` [${f.prompt.model}]` : ''}: ${f.error}`);
  failures.push('some labelled prompts could not be linted');
}
if (report.ruleErrors.length > 0) {
  console.log(pc.red(`\n${report.ruleErrors.length} rule error(s):`));
  for (const e of report.ruleErrors) console.log(`  ${e.ruleId}: ${e.message}  ${pc.dim(JSON.stringify(snippet(e.prompt.text, 50)))}`);
}

const wanted = args.rule && args.rule.length > 0 ? new Set(args.rule) : undefined;
for (const id of wanted ?? []) if (!report.rules.some((a) => a.ruleId === id)) console.log(pc.yellow(`\n--rule ${id}: the labelled set has no label for this rule.`));
const misses = report.misses.filter((m) => !wanted || wanted.has(m.ruleId));
if (args.verbose && misses.length > 0) {
  console.log(pc.bold(`\nMisclassified (${misses.length})`) + pc.dim('  FP: fired, labelled silent · FN: silent, labelled fires'));
  let current = '';
  for (const m of misses) {
    if (m.ruleId !== current) {
      current = m.ruleId;
      console.log(`\n  ${pc.bold(current)}`);
    }
    const flagged = m.diagnostics.map((d) => JSON.stringify(m.prompt.text.slice(d.range[0], d.range[1]))).filter((s) => s !== '""');
    const got = m.kind === 'FP' ? `fired${flagged.length ? ` on ${snippet(flagged.join(', '), 40)}` : ''}` : 'silent';
    const tag = m.kind === 'FP' ? pc.red('FP') : pc.yellow('FN');
    const where = [m.prompt.style, m.prompt.model].filter(Boolean).join(', ');
    console.log(`    ${tag} expected ${m.kind === 'FP' ? 'silent' : 'fires'}, got ${got}  ${pc.dim(`(${where})`)}`);
    console.log(`       ${JSON.stringify(snippet(m.prompt.text, 100))}`);
  }
} else if (misses.length > 0) {
  console.log(pc.dim(`\n${misses.length} misclassification(s); run with --verbose to list them.`));
}

// ─── score pairs ─────────────────────────────────────────────────────────────

console.log(pc.bold('\nScore pair agreement') + pc.dim('  (share of pairs where the strong prompt scores strictly higher)'));
const pairsPath = fileURLToPath(new URL('../fixtures/pairs.ts', import.meta.url));
let pairs: ScorePair[] | undefined;
if (existsSync(pairsPath)) {
  try {
    pairs = ((await import(pathToFileURL(pairsPath).href)) as { default: ScorePair[] }).default;
  } catch (error) {
    console.log(pc.red(`  fixtures/pairs.ts could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
    failures.push('fixtures/pairs.ts could not be loaded');
  }
}
if (pairs) {
  const result = pairAgreement(pairs, linter);
  const ok = result.share >= THRESHOLDS.pairAgreement;
  console.log(`  fixtures/pairs.ts       ${agreementLine(result)}  ${ok ? pc.green('ok') : pc.red(`below ${THRESHOLDS.pairAgreement}`)}`);
  if (!ok) failures.push(`pair agreement on fixtures/pairs.ts is ${ratio(result.share)}`);
  if (args.verbose) printDisagreements(result, Infinity);
} else if (!existsSync(pairsPath)) {
  console.log('  fixtures/pairs.ts is absent: no written pairs to check.');
}

const corpus = corpusFiles('pairs-', '.tsv');
if (corpus.length === 0) {
  console.log(`  Shared corpus pairs not found at ${CORPUS_DIR}: skipped.`);
} else {
  console.log(pc.dim(`  Shared corpus (${CORPUS_DIR}), refined side ≤ ${CORPUS_MAX_WORDS} words; not gated:`));
  const all: ScorePair[] = [];
  let overall: PairAgreement | undefined;
  const perFile: [string, PairAgreement, number][] = [];
  for (const file of corpus) {
    const pairs = readCorpusPairs(join(CORPUS_DIR, file));
    const kept = pairs.filter((p) => linter.analyze(p.strong).wordCount <= CORPUS_MAX_WORDS);
    all.push(...kept);
    perFile.push([file, pairAgreement(kept, linter), pairs.length]);
  }
  const width = Math.max(...perFile.map(([f]) => f.length));
  for (const [file, result, read] of perFile) {
    const line = result.total === 0 ? pc.dim(`no pair with a refined side ≤ ${CORPUS_MAX_WORDS} words (of ${read})`) : agreementLine(result, read);
    console.log(`    ${basename(file).padEnd(width)}  ${line}`);
  }
  overall = pairAgreement(all, linter);
  console.log(`    ${'overall'.padEnd(width)}  ${agreementLine(overall)}`);
  if (args.verbose) printDisagreements(overall, 15);
}

// ─── fire rates on the corpus (opt-in, not gated) ────────────────────────────

if (args['corpus-rates']) {
  const txt = corpusFiles('', '.txt');
  if (txt.length === 0) {
    console.log(`\nCorpus prompts not found at ${CORPUS_DIR}: no fire rates.`);
  } else {
    const limit = args.sample ? Number(args.sample) : Infinity;
    if (!(limit > 0)) throw new Error(`--sample wants a positive number, got ${JSON.stringify(args.sample)}`);
    const rates = corpusFireRates(txt, linter, limit);
    const shown = CORE_RULES.filter((id) => isImplemented(id));
    const short = (id: string) => id.replace(/^(no|require)-/, '');
    console.log(pc.bold('\nShare of corpus prompts each rule reports on') + pc.dim(`  (${Number.isFinite(limit) ? `first ${limit} per file` : 'every prompt'}; no labels: read with the file's style in mind)`));
    const total = { prompts: 0, fired: {} as Record<string, number> };
    const body = rates.map((r) => {
      total.prompts += r.prompts;
      for (const id of shown) total.fired[id] = (total.fired[id] ?? 0) + (r.fired[id] ?? 0);
      return [r.file.replace(/\.txt$/, ''), String(r.prompts), ...shown.map((id) => percent((r.fired[id] ?? 0) / r.prompts))];
    });
    body.push(['all', String(total.prompts), ...shown.map((id) => percent((total.fired[id] ?? 0) / total.prompts))]);
    printTable(['file', 'prompts', ...shown.map(short)], body, true);
  }
}

// ─── verdict ─────────────────────────────────────────────────────────────────

console.log();
if (failures.length === 0) {
  console.log(pc.green('All measured rules meet the thresholds.'));
} else {
  console.log(pc.red(`Below threshold (${failures.length}):`));
  for (const f of failures) console.log(`  ${f}`);
  if (args['no-gate']) console.log(pc.dim('--no-gate: exit code 0 regardless.'));
  else process.exitCode = 1;
}

// ─── helpers ─────────────────────────────────────────────────────────────────

function row(a: RuleAccuracy): string[] {
  if (!a.implemented) return [a.ruleId, pc.dim('not implemented'), '', '', '', '', '', String(a.support), ''];
  const p = a.precision >= THRESHOLDS.precision ? ratio(a.precision) : pc.red(ratio(a.precision));
  const r = a.recall >= THRESHOLDS.recall ? ratio(a.recall) : pc.red(ratio(a.recall));
  const mark = meetsThresholds(a) ? pc.green('✓') : pc.red(a.errors ? `✗ ${a.errors} error(s)` : '✗');
  return [a.ruleId, p, r, String(a.tp), String(a.fp), String(a.fn), String(a.tn), String(a.support), mark];
}

function printTable(head: string[], body: string[][], lastRight = false): void {
  // Width ignores colour codes so columns line up in a terminal and in a log file alike.
  const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  const widths = head.map((h, i) => Math.max(visible(h), ...body.map((r) => visible(r[i] ?? ''))));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - visible(c));
        return i === 0 || (i === cells.length - 1 && !lastRight) ? c + pad : pad + c;
      })
      .join('  ')
      .trimEnd();
  console.log(`  ${pc.dim(fmt(head))}`);
  for (const r of body) console.log(`  ${fmt(r)}`);
}

/** `0.909   120/132   (132 of 457 pairs kept, 2 ties)`: share, agreeing/compared, then context. */
function percent(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}

function agreementLine(r: PairAgreement, read?: number): string {
  const notes = [read !== undefined ? `${r.total} of ${read} pairs kept` : '', r.ties ? `${r.ties} tie${r.ties === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `${ratio(r.share)}  ${`${r.agree}/${r.total}`.padStart(9)}${notes.length ? pc.dim(`  (${notes.join(', ')})`) : ''}`;
}

function printDisagreements(r: PairAgreement, limit: number): void {
  const shown = r.disagreements.slice(0, limit);
  for (const d of shown) {
    const aspect = d.pair.aspect ? `${d.pair.aspect}: ` : '';
    console.log(`      ${pc.yellow(`${d.weak} ≥ ${d.strong}`.padEnd(9))} ${aspect}${JSON.stringify(snippet(d.pair.weak, 50))} → ${JSON.stringify(snippet(d.pair.strong, 60))}`);
  }
  if (r.disagreements.length > shown.length) console.log(pc.dim(`      … and ${r.disagreements.length - shown.length} more`));
}
