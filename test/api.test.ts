import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkFixture, createLinter, defineRule, lint, presets, rules, analyze, type LexiconMatch, type Rule } from '../src/index.js';
import { validateConfig } from '../src/config/resolve.js';
import { getConfigSchema } from '../src/config/schema.js';

const STRONG = 'A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot, shallow depth of field, warm streetlamp glow.';
const WEAK = 'Beautiful cinematic video of a city at night';

const noisy = defineRule({
  meta: {
    type: 'problem',
    docs: { description: 'Flags the word "bad".', recommended: false, dimension: 'specificity' },
    messages: { bad: 'Found "{{word}}".' },
    schema: z.strictObject({ word: z.string().default('bad') }).default({ word: 'bad' }),
    fixable: 'text',
  },
  check(analysis, context) {
    for (const t of analysis.words) {
      if (t.norm === context.options.word) context.report({ messageId: 'bad', range: [t.start, t.end], data: { word: t.text }, fix: { range: [t.start, t.end], text: 'good' } });
    }
  },
});

describe('lint()', () => {
  it('returns diagnostics with the documented shape', () => {
    const result = lint(WEAK);
    expect(result.text).toBe(WEAK);
    for (const d of result.diagnostics) {
      expect(d).toMatchObject({ ruleId: expect.any(String), messageId: expect.any(String), message: expect.any(String), url: expect.stringContaining(`docs/rules/${d.ruleId}.md`) });
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.loc.start.line).toBe(1);
      expect(d.loc.start.column).toBe(d.range[0] + 1);
    }
    expect(result.errorCount + result.warningCount + result.infoCount).toBe(result.diagnostics.length);
  });

  it('the guide\'s strong example scores higher than its weak one', () => {
    expect(lint(STRONG).score.total).toBeGreaterThan(lint(WEAK).score.total);
  });

  it('an empty prompt scores 0 and does not throw', () => {
    expect(lint('').score.total).toBe(0);
    expect(lint('   \n  ').score.total).toBe(0);
  });

  it('diagnostics are sorted by position', () => {
    const { diagnostics } = lint(`${WEAK} ${'word '.repeat(90)}`);
    for (let i = 1; i < diagnostics.length; i++) expect(diagnostics[i]!.range[0]).toBeGreaterThanOrEqual(diagnostics[i - 1]!.range[0]);
  });

  it('computes the rewrite on first access, once, and includes it in JSON', () => {
    const result = lint('Beautiful cinematic video of a city at night');
    const first = result.rewrite;
    expect(result.rewrite).toBe(first);
    expect(first.text).toContain('city at night');
    const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['text', 'diagnostics', 'score', 'errorCount', 'warningCount', 'infoCount', 'fixableCount', 'rewrite']);
    expect(json.rewrite).toEqual(first);
  });

  it('a record can turn rules off (JSONL "disable")', () => {
    const ids = lint('word '.repeat(90), { disable: ['max-words'] }).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('max-words');
  });

  it('runs one-change-per-iteration against the previous version given', () => {
    const previous = 'A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot, shallow depth of field, warm streetlamp glow.';
    const next = previous.replace('handheld close follow shot', 'static wide shot').replace('warm streetlamp glow', 'cold blue moonlight');
    const iteration = (options: Parameters<typeof lint>[1]) => lint(next, options).diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration');
    expect(iteration({})).toEqual([]);
    const found = iteration({ previous });
    expect(found.map((d) => d.data)).toEqual([{ count: 2, components: 'camera, lighting', max: 1 }]);
    expect(found).toEqual(createLinter().lint(next, { previous }).diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration'));
    // With a model and with a config, the previous version still reaches the rule.
    expect(iteration({ previous, model: 'veo-3' })).toHaveLength(1);
    expect(iteration({ previous, config: { extends: [], rules: { 'one-change-per-iteration': 'error' } } }).map((d) => d.severity)).toEqual(['error']);
    expect(iteration({ previous: next })).toEqual([]);
  });
});

describe('createLinter() and rules', () => {
  it('severities map from ESLint spellings', () => {
    const text = 'word '.repeat(90);
    for (const [setting, severity] of [['warn', 'warning'], [1, 'warning'], [2, 'error'], ['error', 'error'], ['info', 'info']] as const) {
      const d = createLinter({ extends: [], rules: { 'max-words': setting } }).lint(text).diagnostics;
      expect(d.map((x) => x.severity)).toEqual([severity]);
    }
    for (const off of ['off', 0] as const) expect(createLinter({ extends: [], rules: { 'max-words': off } }).lint(text).diagnostics).toEqual([]);
  });

  it('a severity alone keeps options set by an earlier layer', () => {
    const linter = createLinter({ extends: ['recommended'], rules: { 'max-words': 'error' } });
    expect(linter.config.rules.find((r) => r.id === 'max-words')?.options).toEqual({ max: 80 });
  });

  it('rule options are parsed with their defaults', () => {
    const linter = createLinter({ rules: { 'max-words': ['warn', { max: 5 }] } });
    expect(linter.lint('one two three four five six').diagnostics.map((d) => d.ruleId)).toContain('max-words');
  });

  it('plugin rules run, interpolate data, and their fixes apply', () => {
    const linter = createLinter({ extends: [], rules: { 'demo/no-bad': 'error' } }, { plugins: { 'demo/no-bad': noisy } });
    const result = linter.lint('a bad dog');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toBe('Found "bad".');
    expect(result.fixableCount).toBe(1);
    expect(applyFixes('a bad dog', result.diagnostics)).toBe('a good dog');
    expect(linter.fix('a bad bad dog').text).toBe('a good good dog');
  });

  it('a plugin rule links to its own documentation, or to none', () => {
    const documented: Rule = { ...noisy, meta: { ...noisy.meta, docs: { ...noisy.meta.docs, url: 'https://example.com/no-bad' } } };
    const lintWith = (rule: Rule) => createLinter({ extends: [], rules: { 'demo/no-bad': 'error' } }, { plugins: { 'demo/no-bad': rule } }).lint('a bad dog').diagnostics[0]!;
    expect(lintWith(documented).url).toBe('https://example.com/no-bad');
    expect(lintWith(noisy).url).toBeUndefined();
    expect(JSON.parse(JSON.stringify(lintWith(noisy)))).not.toHaveProperty('url');
  });

  it('a plugin rule without a schema takes no options', () => {
    const { schema: _, ...meta } = noisy.meta;
    const plain: Rule = { meta, check: (a, ctx) => (ctx.options === undefined ? ctx.report({ messageId: 'bad', range: [0, 1], data: { word: a.words[0]!.text } }) : undefined) };
    const linter = createLinter({ extends: [], rules: { 'demo/plain': 'error' } }, { plugins: { 'demo/plain': plain } });
    expect(linter.lint('a bad dog').diagnostics.map((d) => d.ruleId)).toEqual(['demo/plain']);
    expect(() => createLinter({ extends: [], rules: { 'demo/plain': ['error', { word: 'x' }] } }, { plugins: { 'demo/plain': plain } })).toThrow(/^rules\.demo\/plain\[1\]: "demo\/plain" takes no options/);
  });

  it('a report with an unknown messageId or a range outside the text is a programming error', () => {
    const badId: Rule = { meta: { ...noisy.meta }, check: (_a, ctx) => ctx.report({ messageId: 'nope', range: [0, 1] }) };
    const badRange: Rule = { meta: { ...noisy.meta }, check: (a, ctx) => ctx.report({ messageId: 'bad', range: [0, a.text.length + 1] }) };
    expect(() => createLinter({ extends: [], rules: { 'x/id': 'error' } }, { plugins: { 'x/id': badId } }).lint('text')).toThrow(/unknown messageId "nope"/);
    expect(() => createLinter({ extends: [], rules: { 'x/range': 'error' } }, { plugins: { 'x/range': badRange } }).lint('text')).toThrow(/outside the text/);
  });

  it('a rule that throws is reported once and the other rules still run', () => {
    const crashing: Rule = { meta: { ...noisy.meta }, check: () => { throw new Error('boom'); } };
    const linter = createLinter({ rules: { 'x/crash': 'warn' } }, { plugins: { 'x/crash': crashing } });
    const result = linter.lint('word '.repeat(90));
    const crash = result.diagnostics.filter((d) => d.ruleId === 'x/crash');
    expect(crash).toHaveLength(1);
    expect(crash[0]!.messageId).toBe('ruleError');
    expect(crash[0]!.message).toContain('boom');
    expect(result.diagnostics.some((d) => d.ruleId === 'max-words')).toBe(true);
  });

  it('every built-in rule has a description, a dimension, messages and default options', () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.meta.docs.description.length, id).toBeGreaterThan(10);
      expect(Object.keys(rule.meta.messages).length, id).toBeGreaterThan(0);
      expect(() => rule.meta.schema!.parse(undefined), id).not.toThrow();
    }
  });

  it('every built-in rule declares defaultOptions equal to what its schema gives for no options, frozen', () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.meta.defaultOptions, id).toBeDefined();
      expect(rule.meta.defaultOptions, id).toEqual(rule.meta.schema!.parse(undefined));
      expect(Object.isFrozen(rule.meta.defaultOptions), id).toBe(true);
    }
  });

  it('a schema given as a function is built once, the first time meta.schema is read', () => {
    let builds = 0;
    const rule = defineRule({
      meta: { type: 'suggestion', docs: { description: 'Counts schema builds.', recommended: false, dimension: 'style' }, messages: { m: 'm' }, schema: () => (builds++, z.strictObject({ n: z.number().default(1) }).default({ n: 1 })), defaultOptions: { n: 1 } },
      check() {},
    });
    createLinter({ rules: { 'x/lazy': 'warn' } }, { plugins: { 'x/lazy': rule } });
    expect(builds).toBe(0);
    expect(createLinter({ rules: { 'x/lazy': ['warn', { n: 3 }] } }, { plugins: { 'x/lazy': rule } }).config.rules.find((r) => r.id === 'x/lazy')!.options).toEqual({ n: 3 });
    expect(builds).toBe(1);
    expect(rule.meta.schema!.parse(undefined)).toEqual({ n: 1 });
    expect(builds).toBe(1);
    expect(() => createLinter({ rules: { 'x/lazy': ['warn', { n: 'x' }] } }, { plugins: { 'x/lazy': rule } })).toThrow(/x\/lazy/);
  });

  it('an empty config is valid without building the config schema, as the schema would say', () => {
    expect(getConfigSchema().parse({})).toEqual({});
    expect(validateConfig({})).toEqual({});
    expect(() => validateConfig([])).toThrow();
  });

  it('presets: recommended ⊆ all, strict raises warnings to errors', () => {
    for (const id of Object.keys(presets.recommended.rules)) expect(presets.all.rules).toHaveProperty(id);
    for (const [id, sev] of Object.entries(presets.strict.rules)) {
      expect(sev, id).not.toBe('warning');
    }
  });
});

describe('analysis', () => {
  it('is a frozen object; its lists are left unfrozen for speed and checkFixture guards them', () => {
    const a = analyze(STRONG);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.byCategory)).toBe(true);
    expect(Object.isFrozen(a.tokens)).toBe(false);
  });
  it('checkFixture fails a rule that changes the analysis, and names the cause', () => {
    const base = { type: 'problem' as const, docs: { description: 'x', recommended: false, dimension: 'specificity' as const }, messages: { m: 'x' } };
    const sorter = defineRule({ meta: base, check: (analysis) => void (analysis.matches as LexiconMatch[]).sort((x, y) => y.start - x.start) });
    const tagger = defineRule({ meta: base, check: (analysis) => void ((analysis.tokens[0] as { tag: string }).tag = 'noun') });
    const reader = defineRule({ meta: base, check: (analysis, context) => { if (analysis.matches.length > 1) context.report({ messageId: 'm', range: [0, 1] }); } });
    for (const rule of [sorter, tagger]) {
      const [result] = checkFixture('x', rule, { valid: [STRONG], invalid: [] });
      expect(result!.failures.join('\n')).toMatch(/ruleError .*the rule changed the analysis, which every rule shares/);
    }
    expect(checkFixture('x', reader, { valid: [], invalid: [{ text: STRONG, errors: [{ messageId: 'm', range: [0, 1] }] }] })[0]!.failures).toEqual([]);
    // The analysis lint() hands the rules afterwards is unaffected: frozen only inside checkFixture.
    expect(Object.isFrozen(analyze(STRONG).tokens)).toBe(false);
  });
  it('matches multi-word phrases across hyphens and inflections', () => {
    const terms = analyze('A low-angle tracking shots of a dog, shallow depth of field, golden hour').matches.map((m) => m.text);
    expect(terms).toEqual(expect.arrayContaining(['tracking shots', 'shallow depth of field', 'golden hour']));
  });
  it('does not match a phrase across punctuation', () => {
    const terms = analyze('golden. hour').matches.map((m) => m.text);
    expect(terms).not.toContain('golden. hour');
  });
});

describe('package', () => {
  it('ships the config JSON Schema', () => {
    const path = new URL('../dist/shotlint.schema.json', import.meta.url);
    expect(existsSync(path), 'run npm run build').toBe(true);
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['extends', 'model', 'rules', 'vocabulary', 'settings']));
  });
});
