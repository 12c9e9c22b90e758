import { describe, expect, it } from 'vitest';
import { TemplateError, exampleValues, fill, lint, templates } from '../src/index.js';
import { analyze } from '../src/analysis/index.js';

describe('templates', () => {
  it('has the four templates of the guide', () => {
    expect(Object.keys(templates)).toEqual(expect.arrayContaining(['product', 'establishing', 'character', 'abstract-motion']));
  });

  for (const t of Object.values(templates)) {
    describe(t.name, () => {
      it('lists exactly the placeholders its text uses, each once', () => {
        const used = analyze(t.text).placeholders.map((p) => p.inner);
        expect(used.sort()).toEqual(t.placeholders.map((p) => p.name).sort());
      });

      it('unfilled, it is caught by no-unfilled-placeholders', () => {
        expect(lint(t.text).diagnostics.some((d) => d.ruleId === 'no-unfilled-placeholders')).toBe(true);
      });

      it('filled with its examples, it lints clean of placeholders and scores well', () => {
        const text = fill(t, exampleValues(t));
        const model = t.name === 'dialogue' ? 'veo-3' : undefined;
        const result = lint(text, { model });
        expect(result.diagnostics.filter((d) => d.ruleId === 'no-unfilled-placeholders')).toEqual([]);
        expect(analyze(text).placeholders).toEqual([]);
        expect(result.score.total, `${text}\n${JSON.stringify(result.score.deductions, null, 1)}`).toBeGreaterThanOrEqual(85);
        expect(analyze(text).wordCount).toBeLessThanOrEqual(80);
      });
    });
  }
});

describe('fill', () => {
  const values = exampleValues('character');

  it('fills by name or by template, trimming values and capitalising the start', () => {
    const text = fill('character', { ...values, character: '  a boy in a green scarf ' });
    expect(text.startsWith('A boy in a green scarf walking briskly')).toBe(true);
    expect(fill(templates.character!, values)).toBe(fill('character', values));
  });

  it('names every missing value', () => {
    const { setting: _s, lighting: _l, ...partial } = values;
    let error: unknown;
    try {
      fill('character', { ...partial, camera: '   ' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).missing).toEqual(['setting', 'camera', 'lighting']);
    expect((error as Error).message).toBe('Template "character": missing values for [setting], [camera], [lighting].');
  });

  it('rejects a value for a placeholder the template does not have', () => {
    expect(() => fill('character', { ...values, lens: '35mm' })).toThrow('no placeholder named "lens" (it has [character], [action], [setting], [camera], [lighting])');
  });

  it('rejects an unknown template', () => {
    expect(() => fill('trailer', {})).toThrow(/Unknown template "trailer": expected one of "product"/);
  });

  it('does not fill a placeholder written inside a value', () => {
    const text = fill('character', { ...values, action: 'holding a sign reading [setting]' });
    expect(text).toContain('holding a sign reading [setting] along a rain-soaked');
  });
});
