import { describe, expect, it } from 'vitest';
import { createLinter, rules } from '../src/index.js';

/** The rule's findings for `text` under `options`. */
function findings(text: string, options?: Record<string, unknown>) {
  const linter = createLinter({ extends: [], rules: { 'no-competing-subjects': options === undefined ? 'warn' : ['warn', options] } });
  return linter.lint(text).diagnostics.map((d) => d.messageId);
}

describe('no-competing-subjects options', () => {
  it('an option given alone keeps the other built-in lists', () => {
    const options = { ignore: ['sheep'] };
    expect(findings('A dog runs. A cat jumps on a table. A parrot flies overhead.', options)).toEqual(['agents']);
    expect(findings('A family of four strolls through the park, the mother pushing a stroller while the father carries their son.', options)).toEqual([]);
    expect(findings('A boy waves at a girl. A drone flies over the bay, capturing footage.', options)).toEqual([]);
  });

  it('ignore matches the plural, the capitalised and the dictionary form of a word', () => {
    const text = 'A shepherd, a dog and three goats cross the hill.';
    expect(findings(text)).toEqual(['list']);
    expect(findings('A shepherd, a dog and two horses cross the hill.', { ignore: ['Horses'] })).toEqual([]);
    expect(findings('A shepherd, a dog and two horses cross the hill.', { ignore: ['horse'] })).toEqual([]);
    expect(findings(text, { ignore: ['goat'] })).toEqual([]);
  });

  it('a word list is matched whatever its case', () => {
    expect(findings('A boy runs across the yard while a woman hugs a lamb.', { holdingVerbs: ['Hug'] })).toEqual([]);
    expect(findings('A border collie runs across the field. The dog barks at a crow.', { broaderWords: { Dog: ['Collie'] } })).toEqual([]);
  });

  it('group members without a family, and empty maps, are options like any other', () => {
    const text = 'A mother, a father and two children on a blanket by the lake.';
    expect(findings(text, { groupMembers: {} })).toEqual(['list']);
    expect(findings(text, { broaderWords: {}, kindWords: {} })).toEqual([]);
  });

  it('rejects a malformed option with the key that is wrong', () => {
    expect(() => createLinter({ rules: { 'no-competing-subjects': ['warn', { broaderWords: { dog: 'collie' } }] } })).toThrow(/broaderWords/);
    expect(() => createLinter({ rules: { 'no-competing-subjects': ['warn', { ignore: [''] }] } })).toThrow(/ignore/);
    expect(() => createLinter({ rules: { 'no-competing-subjects': ['warn', { sheep: true }] } })).toThrow(/sheep/);
  });

  it('describes every option', () => {
    const schema = rules['no-competing-subjects'].meta.schema!;
    const options = Object.keys(schema.parse(undefined) as object);
    const json = JSON.stringify(schema);
    expect(options.length).toBeGreaterThan(10);
    for (const name of options) expect(json, name).toContain(name);
  });
});
