/**
 * Offsets stay exact in UTF-16 whatever the script, and word counting is sensible for scripts
 * without spaces.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createLinter, LineIndex } from '../src/index.js';

const linter = createLinter({ extends: ['all'] });

function tokenTexts(text: string): string[] {
  return analyze(text).tokens.map((t) => text.slice(t.start, t.end));
}

describe('tokens carry exact UTF-16 offsets', () => {
  const cases: [string, string][] = [
    ['emoji and ZWJ sequences', 'A 👩🏽‍🚀 astronaut 🚀 floating, 🐕‍🦺 dog walking'],
    ['combining marks', 'A cafe\u0301 in Montre\u0301al at dusk'],
    ['CJK', '一只猫在草地上奔跑，阳光明媚'],
    ['right-to-left', 'قطة تركض في الحديقة at dusk'],
    ['CRLF and lone CR', 'A dog\r\nrunning\rin the rain'],
    ['lone surrogates', 'A \uD800 dog \uDC00 running'],
    ['NUL bytes', 'A\u0000dog running\u0000'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const a = analyze(text);
      for (const t of a.tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.start).toBeLessThan(t.end);
      }
      // Tokens are in order and never overlap.
      for (let i = 1; i < a.tokens.length; i++) expect(a.tokens[i]!.start).toBeGreaterThanOrEqual(a.tokens[i - 1]!.end);
      for (const d of linter.lint(text).diagnostics) {
        expect(d.range[0]).toBeGreaterThanOrEqual(0);
        expect(d.range[1]).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it('a ZWJ emoji sequence is never split inside a surrogate pair', () => {
    const text = '👩🏽‍🚀 walking';
    for (const t of analyze(text).tokens) {
      const first = t.text.charCodeAt(0);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });

  it('combining marks stay inside their word', () => {
    expect(tokenTexts('cafe\u0301 latte')).toEqual(['cafe\u0301', 'latte']);
  });
});

describe('word counting', () => {
  it('hyphenated and apostrophe words count once; punctuation does not count', () => {
    expect(analyze("A rain-soaked 360-degree bird's-eye view — shot, done.").wordCount).toBe(7);
  });
  it('each Han character counts as a word, not the whole line as one', () => {
    expect(analyze('一只猫在草地上奔跑').wordCount).toBe(9);
  });
  it('mixed scripts add up', () => {
    expect(analyze('A cat 在草地上 running').wordCount).toBe(7);
  });
  it('character count is in code points', () => {
    expect(analyze('🚀🚀 ab').charCount).toBe(5);
  });
});

describe('line and column', () => {
  it('counts CRLF, LF and lone CR as one line break each', () => {
    const index = new LineIndex('a\r\nb\nc\rd');
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(5)).toEqual({ line: 3, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.offset({ line: 4, column: 1 })).toBe(7);
  });
  it('columns count UTF-16 units, as editors do', () => {
    expect(new LineIndex('🚀 dog').position(3)).toEqual({ line: 1, column: 4 });
  });
});

describe('language', () => {
  it('Chinese prompts get one information diagnostic and no English-rule noise', () => {
    const result = linter.lint('一只猫在草地上奔跑，阳光明媚，电影感镜头');
    const ids = result.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('supported-language');
    expect(ids.filter((id) => id.startsWith('require-'))).toEqual([]);
  });
  it('length limits still apply to Chinese prompts (1.5 characters to a word)', () => {
    const long = '猫'.repeat(121);
    const ids = createLinter({ rules: { 'max-words': ['error', { max: 80 }] } }).lint(long).diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('max-words');
  });
});
