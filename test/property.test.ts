/**
 * Hostile text thrown at lint(): arbitrary strings, corpus-like prompts and mutations of them.
 * Whatever comes in, lint never throws, every range lies inside the text, the score is 0..100,
 * and safe fixes are idempotent and never remove a word no diagnostic flagged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, lint, type Diagnostic, type LintResult } from '../src/index.js';

const linter = createLinter({ extends: ['all'] });

const PHRASES = [
  'A woman in a red coat', 'walking along', 'a rain-soaked cobblestone street', 'at dusk', 'handheld close follow shot',
  'shallow depth of field', 'warm streetlamp glow', 'Beautiful', 'cinematic', 'stunning', 'masterpiece, best quality, 8k',
  'a crowded market with people, food stalls, animals, and colorful banners', 'in the background', '[Product]', '{subject}',
  '<location>', '1080p', '--ar 16:9', 'no text overlays', 'slow motion', 'golden hour', 'the camera pans left', 'dog', 'cat',
  '🐕‍🦺', '👩🏽‍🚀', 'e\u0301', '一只猫', 'القط', '\r\n', '\r', '\n', '\u0000', '\uD800', '\uDC00', '  ', ',', '.', '-', "'", '"',
  '# shotlint-disable max-words -- long on purpose', '# shotlint-disable-next-line', '—', '…', '\t',
  'https://cdn.example.com/a/wave.1.png?w=318&amp;h=180', 'www.example.com/a.b', 'clip_final.MP4', 'sunset.The', '<br>', '\\n', '&quot;',
];
const promptLike = fc.array(fc.constantFrom(...PHRASES), { maxLength: 40 }).map((parts) => parts.join(' '));
const mutated = fc.tuple(promptLike, fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([text, at, insert]) => {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, i) + insert + text.slice(i);
});
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  promptLike,
  mutated,
);

function checkResult(text: string, result: LintResult): void {
  expect(result.score.total).toBeGreaterThanOrEqual(0);
  expect(result.score.total).toBeLessThanOrEqual(100);
  expect(Number.isFinite(result.score.total)).toBe(true);
  for (const d of result.diagnostics) checkDiagnostic(text, d);
}

function checkDiagnostic(text: string, d: Diagnostic): void {
  const ranges = [d.range, ...(d.fix ? [d.fix.range] : []), ...(d.suggestions ?? []).map((s) => s.fix.range)];
  for (const [start, end] of ranges) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(start).toBeLessThanOrEqual(end);
  }
  expect(d.loc.start.line).toBeGreaterThanOrEqual(1);
  expect(d.loc.start.column).toBeGreaterThanOrEqual(1);
  expect(typeof d.message).toBe('string');
  expect(d.message.length).toBeGreaterThan(0);
}

/** Words of a text as a multiset (lowercased runs of letters/digits). */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

describe('lint() on hostile input', () => {
  it('never throws; ranges inside the text; score in 0..100', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkResult(text, linter.lint(text));
      }),
      { numRuns: 400 },
    );
  });

  it('the default lint() and every model agree on the invariants', () => {
    fc.assert(
      fc.property(promptLike, (text) => {
        checkResult(text, lint(text));
      }),
      { numRuns: 150 },
    );
  });

  it('safe fixes are idempotent and only remove words a diagnostic flagged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = linter.fix(text);
        const second = linter.fix(first.text);
        expect(second.text).toBe(first.text);
        // A word may disappear only if some diagnostic with a fix covered it.
        const before = words(text);
        const after = words(first.text);
        const flagged = new Map<string, number>();
        for (const d of linter.lint(text).diagnostics) {
          if (!d.fix) continue;
          for (const [w, n] of words(text.slice(d.fix.range[0], d.fix.range[1]))) flagged.set(w, (flagged.get(w) ?? 0) + n);
        }
        for (const [w, n] of before) {
          const lost = n - (after.get(w) ?? 0);
          if (lost > 0) expect(flagged.get(w) ?? 0, `word "${w}" was removed by --fix without being flagged`).toBeGreaterThanOrEqual(lost);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('applyFixes with no fixable diagnostics returns the text unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const diagnostics = linter.lint(text).diagnostics.filter((d) => !d.fix);
        expect(applyFixes(text, diagnostics)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
