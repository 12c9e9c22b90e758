/**
 * Huge input finishes. Growth is measured by the benchmark (npm run bench), not here: these
 * tests only prove that nothing hangs or throws (vitest's timeout is the guard).
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const linter = createLinter({ extends: ['all'] });

describe('huge input', () => {
  it('a 1 MB prompt', () => {
    const sentence = 'A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const result = linter.lint(text);
    expect(result.diagnostics.some((d) => d.ruleId === 'max-words')).toBe(true);
    expect(result.score.total).toBeGreaterThanOrEqual(0);
  });

  it('a single 100,000-character word', () => {
    const text = 'a'.repeat(100_000);
    const result = linter.lint(text);
    expect(result.text.length).toBe(100_000);
    for (const d of result.diagnostics) expect(d.range[1]).toBeLessThanOrEqual(text.length);
  });

  it('20,000 repeated adjectives', () => {
    const text = 'beautiful '.repeat(20_000);
    const result = linter.lint(text);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    const fixed = linter.fix(text);
    expect(typeof fixed.text).toBe('string');
  });

  it('100,000 commas and brackets', () => {
    for (const text of [','.repeat(100_000), '['.repeat(50_000) + ']'.repeat(50_000), '<'.repeat(100_000), '-'.repeat(100_000), "'".repeat(100_000)]) {
      const result = linter.lint(text);
      expect(result.score.total).toBeGreaterThanOrEqual(0);
    }
  });

  it('deeply repeated hyphen and apostrophe joins', () => {
    const text = 'a-'.repeat(50_000) + "b'".repeat(50_000);
    expect(() => linter.lint(text)).not.toThrow();
  });
});
