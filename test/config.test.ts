import { describe, expect, it } from 'vitest';
import { ConfigError, createLinter, resolveConfig, validateConfig } from '../src/index.js';

/** The one message a user sees for an invalid config. */
function problem(config: unknown): string {
  try {
    resolveConfig(config as never);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('invalid configs get one clear message with the key path', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not an object', 'recommended', /expected object/i],
    ['unknown top-level key', { rulez: {} }, /unknown key "rulez"/],
    ['extends of the wrong type', { extends: 'recommended' }, /^extends: .*array/i],
    ['unknown preset', { extends: ['recomended'] }, /^extends\[0\]: unknown preset "recomended"/],
    ['unknown rule', { rules: { 'max-word': 'warn' } }, /^rules\.max-word: unknown rule "max-word" \(did you mean "max-words"\?\)/],
    ['bad severity', { rules: { 'max-words': 'loud' } }, /^rules\.max-words: expected a severity/],
    ['bad severity in a tuple', { rules: { 'max-words': ['loud', { max: 3 }] } }, /^rules\.max-words/],
    ['bad option type', { rules: { 'max-words': ['warn', { max: 'eighty' }] } }, /^rules\.max-words\[1\]\.max: /],
    ['negative option', { rules: { 'max-words': ['warn', { max: -1 }] } }, /^rules\.max-words\[1\]\.max: /],
    ['unknown option', { rules: { 'max-words': ['warn', { maximum: 3 }] } }, /^rules\.max-words\[1\]: unknown key "maximum"/],
    ['unknown model', { model: 'sora-3' }, /^model: unknown model "sora-3"/],
    ['vocabulary of the wrong type', { vocabulary: { accept: 'noir' } }, /^vocabulary\.accept: /],
    ['settings of the wrong type', { settings: { duration: 'long' } }, /^settings\.duration: /],
    ['plugins of the wrong type', { plugins: './rules/acme.js' }, /^plugins: .*array/i],
    ['ignores of the wrong type', { ignores: 'drafts/' }, /^ignores: .*array/i],
    ['an ignores pattern that is not a string', { ignores: ['drafts/', 3] }, /^ignores\[1\]: .*string/i],
    ['a plugin rule no plugin defines', { rules: { 'acme/no-brand': 'warn' } }, /^rules\.acme\/no-brand: unknown rule "acme\/no-brand": no loaded plugin defines it \(list its module under "plugins"\)/],
    [
      'a plugin rule with the plugin named in the config but not passed to the API',
      { plugins: ['./rules/acme.js'], rules: { 'acme/no-brand': 'warn' } },
      /unknown rule "acme\/no-brand": the config's "plugins" are loaded by the CLI and the editor; through the API, pass the rules as options\.plugins/,
    ],
  ];
  for (const [name, config, expected] of cases) {
    it(name, () => {
      const message = problem(config);
      expect(message).toMatch(expected);
      expect(message).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('every problem is listed, each on its own line', () => {
    const message = problem({ extends: ['nope'], rules: { 'nope-rule': 'warn', 'max-words': ['warn', { max: 'x' }] } });
    expect(message.split('\n')).toHaveLength(3);
  });

  it('names the file when the shell provides it', () => {
    try {
      resolveConfig({ rules: { unknown: 'warn' } } as never);
    } catch (error) {
      expect((error as ConfigError).inFile('/p/shotlint.config.json').message).toMatch(/^\/p\/shotlint\.config\.json: rules\.unknown: /);
    }
  });
});

describe('valid configs', () => {
  it('accepts the documented example', () => {
    expect(() =>
      validateConfig({
        $schema: './node_modules/shotlint/dist/shotlint.schema.json',
        extends: ['recommended'],
        rules: { 'max-words': ['error', { max: 80 }] },
        vocabulary: { accept: ['dolly zoom'], reject: ['epic'] },
      }),
    ).not.toThrow();
  });

  it('accepts ignores (the command line reads them); linting a text does not depend on them', () => {
    expect(createLinter({ ignores: ['drafts/', '!drafts/keep.txt'] }).config.rules.map((r) => r.id)).toEqual(createLinter({}).config.rules.map((r) => r.id));
  });

  it('accepts plugins (the shells load them) and ignores them in the core', () => {
    expect(createLinter({ plugins: ['./rules/acme.js', 'shotlint-plugin-acme'] }).config.rules.map((r) => r.id)).toEqual(createLinter({}).config.rules.map((r) => r.id));
  });

  it('vocabulary.reject makes a word count as vague for the abstract-word analysis', () => {
    const linter = createLinter({ vocabulary: { reject: ['snazzy'] } });
    const abstract = linter.analyze('A snazzy red car').byCategory.abstract.map((m) => m.text);
    expect(abstract).toContain('snazzy');
  });

  it('settings from the config reach the rules, and lint options override them', () => {
    const linter = createLinter({ settings: { duration: 5, stage: 'draft' } });
    expect(linter.config.settings).toEqual({ duration: 5, stage: 'draft' });
  });
});
