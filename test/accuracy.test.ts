/**
 * The labelled set (fixtures/labelled) is well formed, and every registered rule it labels
 * reaches the accuracy thresholds on it. `npm run eval -- --verbose` lists the misses.
 */
import { describe, expect, it } from 'vitest';
import { labelled, CORE_RULES, type LabelledPrompt } from '../fixtures/labelled/index.js';
import {
  SET_REQUIREMENTS,
  THRESHOLDS,
  evaluateLabelled,
  knownRuleIds,
  labelledRuleIds,
  snippet,
  validateLabelled,
  type LabelledReport,
} from '../scripts/lib/accuracy.js';

describe('labelled set', () => {
  it('is well formed: known rule ids, no contradictions, every core rule labelled, balanced', () => {
    expect(validateLabelled(labelled)).toEqual([]);
  });

  it(`has at least ${SET_REQUIREMENTS.minPrompts} prompts across every style`, () => {
    expect(labelled.length).toBeGreaterThanOrEqual(SET_REQUIREMENTS.minPrompts);
    const styles = new Set(labelled.map((p) => p.style));
    expect([...styles].sort()).toEqual(['benchmark', 'formats', 'midjourney', 'refined', 'showcase', 'user']);
  });

  it('the validator catches what it claims to', () => {
    const good = labelled[0]!;
    const contradicted = { ...good, fires: [...good.fires, 'require-camera' as const], silent: [...good.silent, 'require-camera' as const] };
    const unknown = { ...good, text: `${good.text}.`, fires: ['no-such-rule' as never] };
    const unlabelled = { ...good, text: `${good.text}!`, fires: [], silent: [] };
    const problems = validateLabelled([contradicted, unknown, unlabelled], knownRuleIds()).join('\n');
    expect(problems).toContain('"require-camera" is in both fires and silent');
    expect(problems).toContain('unknown rule id "no-such-rule"');
    expect(problems).toContain(`not labelled for "${CORE_RULES[0]}"`);
    expect(problems).toContain(`only 3 prompts`);
    expect(problems).toMatch(/fires on \d+ prompts; at least 25/);
  });
});

describe('rule accuracy on the labelled set', () => {
  const report: LabelledReport = evaluateLabelled(labelled);

  it('lints every labelled prompt without a failure or a rule error', () => {
    expect(report.failures.map((f) => `${snippet(f.prompt.text, 50)}: ${f.error}`)).toEqual([]);
    expect(report.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`)).toEqual([]);
  });

  it('counts TP, FP, FN and TN per rule (checked on max-words, whose answer is a count)', () => {
    const long = Array.from({ length: 81 }, (_, i) => `w${i}`).join(' ');
    const mini: LabelledPrompt[] = [
      { text: long, style: 'user', fires: ['max-words'], silent: [] },
      { text: 'a short prompt', style: 'user', fires: [], silent: ['max-words'] },
      { text: `${long} again`, style: 'user', fires: [], silent: ['max-words'] },
      { text: 'another short one', style: 'user', fires: ['max-words'], silent: [] },
    ];
    const mw = evaluateLabelled(mini).rules.find((r) => r.ruleId === 'max-words')!;
    expect(mw).toMatchObject({ implemented: true, tp: 1, fp: 1, fn: 1, tn: 1, support: 2, precision: 0.5, recall: 0.5 });
    expect(report.rules.map((r) => r.ruleId)).toEqual(labelledRuleIds(labelled));
  });

  for (const accuracy of report.rules.filter((r) => r.implemented)) {
    it(`${accuracy.ruleId}: precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}`, () => {
      const misses = report.misses
        .filter((m) => m.ruleId === accuracy.ruleId)
        .map((m) => `${m.kind} ${JSON.stringify(snippet(m.prompt.text, 80))}${m.prompt.model ? ` [${m.prompt.model}]` : ''}`);
      const figures = { precision: accuracy.precision, recall: accuracy.recall, misses };
      expect(accuracy.precision, JSON.stringify(figures, null, 2)).toBeGreaterThanOrEqual(THRESHOLDS.precision);
      expect(accuracy.recall, JSON.stringify(figures, null, 2)).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    });
  }
});
