import { describe, expect, it } from 'vitest';
import { analyze, createLinter, lint, stripDirectives } from '../src/index.js';

const ids = (text: string, options?: Parameters<typeof lint>[1]) => lint(text, options).diagnostics.map((d) => `${d.ruleId}:${d.messageId}`);

describe('stripDirectives', () => {
  it('removes directive lines with their line breaks, and nothing else', () => {
    expect(stripDirectives('# shotlint-disable max-words -- long shot list\nA fox.\n  # shotlint-disable-next-line a -- b\r\nA hare.')).toBe('A fox.\nA hare.');
    expect(stripDirectives('A fox.\n# shotlint-disable -- x')).toBe('A fox.\n');
    expect(stripDirectives('# Scene 1\nA fox.')).toBe('# Scene 1\nA fox.');
    expect(stripDirectives('A fox.')).toBe('A fox.');
  });
  it('the analysis of a prompt with directives counts like the stripped prompt', () => {
    const text = '# shotlint-disable max-words -- a long shot list\nA red fox runs.';
    const a = analyze(text);
    const b = analyze(stripDirectives(text));
    expect(a.wordCount).toBe(b.wordCount);
    expect(a.charCount).toBe(b.charCount);
    expect(a.directives).toHaveLength(1);
    expect(a.directives[0]).toMatchObject({ kind: 'disable', reason: 'a long shot list', rules: [{ id: 'max-words' }] });
  });
});

describe('directives', () => {
  const prompt = 'A fox in 4K, no people. Waves and gulls crying.';
  it('disable <rule> turns it off for the whole prompt', () => {
    expect(ids(prompt)).toContain('no-settings-in-prose:resolution');
    expect(ids(`# shotlint-disable no-settings-in-prose -- the client brief spells out 4K\n${prompt}`)).not.toContain('no-settings-in-prose:resolution');
  });
  it('a list of rules', () => {
    const text = `# shotlint-disable no-settings-in-prose, no-negative-phrasing -- stock template\n${prompt}`;
    const got = ids(text, { model: 'veo-3' });
    expect(got.filter((g) => g.startsWith('no-settings') || g.startsWith('no-negative'))).toEqual([]);
    expect(got.filter((g) => g.startsWith('valid-directives'))).toEqual([]);
  });
  it('disable with no list turns every rule off', () => {
    const got = ids(`# shotlint-disable -- reviewed by hand\n${prompt}`, { model: 'veo-3' });
    expect(got).toEqual([]);
  });
  it('disable-next-line covers the next non-directive line only', () => {
    const text = '# shotlint-disable-next-line no-settings-in-prose -- title card\n# shotlint-disable max-chars -- x\nTitle in 4K.\nA fox in 8K.';
    const r = lint(text, { model: 'hailuo-02' });
    const res = r.diagnostics.filter((d) => d.ruleId === 'no-settings-in-prose');
    expect(res.map((d) => text.slice(...d.range))).toEqual(['8K']);
    // max-chars suppressed nothing (the prompt is short): reported as unused.
    expect(r.diagnostics.filter((d) => d.ruleId === 'valid-directives').map((d) => [d.messageId, text.slice(...d.range)])).toEqual([['unused', 'max-chars']]);
  });
  it('unused, unknown and reasonless directives are reported under valid-directives', () => {
    const text = '# shotlint-disable require-camera-angle -- x\n# shotlint-disable max-words\nA fox.';
    const r = lint(text);
    expect(r.diagnostics.filter((d) => d.ruleId === 'valid-directives').map((d) => [d.messageId, text.slice(...d.range), d.severity])).toEqual([
      ['unknownRule', 'require-camera-angle', 'warning'],
      ['missingReason', '# shotlint-disable max-words', 'warning'],
      ['unused', 'max-words', 'warning'],
    ]);
  });
  it('a reasonless directive still applies', () => {
    const r = lint(`# shotlint-disable no-settings-in-prose\n${prompt}`);
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('no-settings-in-prose');
    expect(r.diagnostics.map((d) => d.messageId)).toContain('missingReason');
  });
  it('with valid-directives off, directives still suppress and nothing is reported about them', () => {
    const linter = createLinter({ rules: { 'valid-directives': 'off' } });
    const r = linter.lint(`# shotlint-disable max-words\n# shotlint-disable nope -- x\n${prompt}`);
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('valid-directives');
  });
  it('a directive cannot silence its own validation', () => {
    const linter = createLinter({ extends: [], rules: { 'valid-directives': 'warn', 'no-settings-in-prose': 'warn' } });
    // It suppresses the settings finding, but not the report that it has no reason.
    expect(linter.lint('# shotlint-disable\nA fox, 4K.').diagnostics.map((d) => `${d.ruleId}:${d.messageId}`)).toEqual(['valid-directives:missingReason']);
    expect(linter.lint('# shotlint-disable\nA fox.').diagnostics.map((d) => d.messageId)).toEqual(['missingReason', 'unused']);
  });
  it('JSONL-style disable option', () => {
    expect(ids(prompt, { disable: ['no-settings-in-prose'] })).not.toContain('no-settings-in-prose:resolution');
  });
  it('directive findings have editor positions on the directive line', () => {
    const text = 'A fox.\n# shotlint-disable max-words -- long';
    const d = lint(text).diagnostics.find((x) => x.ruleId === 'valid-directives')!;
    expect(d.loc.start.line).toBe(2);
    expect(d.url).toContain('valid-directives');
  });
});
