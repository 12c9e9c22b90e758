import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinter, lint, models, resolveConfig, rules, ConfigError, normalizeResolution } from '../src/index.js';
import { nearestResolution, offersResolution } from '../src/config/models/resolution.js';
import { modelsMarkdown } from '../scripts/models-markdown.js';

const ids = ['sora-2-pro', 'sora-2', 'kling-v2.6', 'veo-3', 'hailuo-02', 'ltx-2-pro', 'seedance-2.0'];
const byId = (id: string) => models.find((m) => m.id === id)!;

describe('model profiles', () => {
  it('lists the seven profiles, ids unique', () => {
    expect(models.map((m) => m.id).sort()).toEqual([...ids].sort());
  });

  for (const m of models) {
    describe(m.id, () => {
      it('every fact has a source: a URL or a guideline', () => {
        const facts = ['audio', 'negatives', 'durations', 'resolutions', 'inputs', 'notes'];
        if (m.limits.maxWords !== undefined) facts.push('limits.maxWords');
        if (m.limits.maxChars !== undefined) facts.push('limits.maxChars');
        if (m.combinations) facts.push('combinations');
        if (m.aspectRatios) facts.push('aspectRatios');
        if (m.frameRates) facts.push('frameRates');
        if (m.cameraCommands) facts.push('cameraCommands');
        for (const f of facts) {
          expect(m.sources[f], `${m.id} sources.${f}`).toMatch(/https?:\/\/|^guideline:/);
        }
        for (const key of Object.keys(m.sources)) expect(facts, `${m.id}: a source for "${key}", which is not a fact`).toContain(key);
      });
      it('data is well-formed', () => {
        expect(m.durations.length).toBeGreaterThan(0);
        expect([...m.durations].sort((a, b) => a - b)).toEqual(m.durations);
        for (const r of m.resolutions) expect(normalizeResolution(r)).toMatch(/^\d+p$/);
        for (const c of m.combinations ?? []) {
          expect(m.resolutions).toContain(c.resolution);
          for (const d of c.durations) expect(m.durations).toContain(d);
        }
        expect(m.notes.length).toBeGreaterThan(0);
        expect(Object.isFrozen(m) && Object.isFrozen(m.rules)).toBe(true);
      });
      it('its rule settings name real rules with valid options', () => {
        for (const id of Object.keys(m.rules)) expect(rules, id).toHaveProperty([id]);
        expect(() => resolveConfig({}, { model: m.id })).not.toThrow();
      });
      it('the settings follow from the facts', () => {
        expect(m.rules['require-audio-cues'] !== undefined).toBe(m.audio);
        expect(m.rules['no-negative-phrasing'] !== undefined).toBe(m.negatives !== 'inline');
        if (m.limits.maxChars) expect(m.rules['max-chars']).toEqual(['error', { max: m.limits.maxChars }]);
        if (m.limits.maxWords) expect(m.rules['max-words']).toEqual(['warning', { max: m.limits.maxWords }]);
      });
    });
  }

  it('the facts the guide relies on', () => {
    expect(models.filter((m) => m.negatives === 'inline').map((m) => m.id).sort()).toEqual(['sora-2', 'sora-2-pro']);
    for (const id of ['sora-2-pro', 'sora-2', 'veo-3', 'seedance-2.0']) expect(byId(id).audio, id).toBe(true);
    expect(byId('hailuo-02').audio).toBe(false);
    expect(byId('sora-2-pro').limits.maxWords).toBe(80);
    expect(byId('ltx-2-pro').limits.maxWords!).toBeGreaterThan(80);
    expect(byId('kling-v2.6').limits.maxChars).toBe(2500);
    expect(byId('hailuo-02').limits.maxChars).toBe(2000);
    expect(models.filter((m) => m.resolutions.some((r) => normalizeResolution(r) === '2160p')).map((m) => m.id).sort()).toEqual(['ltx-2-pro', 'seedance-2.0']);
  });
});

describe('resolution helpers', () => {
  it('offersResolution compares in any spelling; nearestResolution takes the closest height, the first of a tie', () => {
    expect(offersResolution(['720p', '1080p'], '1920x1080')).toBe(true);
    expect(offersResolution(['720p', '1080p'], '4K')).toBe(false);
    expect(nearestResolution(['720p', '1080p'], 2160)).toBe('1080p');
    expect(nearestResolution(['480p', '1080p'], 780)).toBe('480p');
    expect(nearestResolution(['1080p', 'FHD'], Number.MAX_SAFE_INTEGER)).toBe('1080p');
    expect(nearestResolution([], 1080)).toBeUndefined();
  });
});

describe('choosing a model', () => {
  const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  it('lint(text, { model }) applies the profile: word budget per model', () => {
    expect(lint(long).diagnostics.filter((d) => d.ruleId === 'max-words')).toHaveLength(1);
    expect(lint(long, { model: 'sora-2-pro' }).diagnostics.find((d) => d.ruleId === 'max-words')?.data).toMatchObject({ max: 80 });
    expect(lint(long, { model: 'ltx-2-pro' }).diagnostics.filter((d) => d.ruleId === 'max-words')).toEqual([]);
    expect(lint(long, { model: 'hailuo-02' }).diagnostics.find((d) => d.ruleId === 'max-words')?.data).toMatchObject({ max: 60 });
  });
  it('config "model" does the same, and the lint option overrides it', () => {
    const linter = createLinter({ model: 'kling-v2.6' });
    expect(linter.config.model?.id).toBe('kling-v2.6');
    const text = 'x'.repeat(2600);
    expect(linter.lint(text).diagnostics.map((d) => d.ruleId)).toContain('max-chars');
    expect(linter.lint(text, { model: 'sora-2' }).diagnostics.map((d) => d.ruleId)).not.toContain('max-chars');
  });
  it('a user rule setting beats the profile', () => {
    const linter = createLinter({ model: 'sora-2-pro', rules: { 'max-words': ['warn', { max: 120 }] } });
    expect(linter.lint(long).diagnostics.filter((d) => d.ruleId === 'max-words')).toEqual([]);
  });
  it('a profile keeps the presets\' severity (strict stays strict) but sets options', () => {
    const strict = createLinter({ extends: ['strict'], model: 'sora-2-pro' });
    const d = strict.lint(long).diagnostics.find((x) => x.ruleId === 'max-words')!;
    expect(d.severity).toBe('error');
    expect(d.data).toMatchObject({ max: 80 });
  });
  it('a profile turns on what the presets left off', () => {
    const bare = createLinter({ extends: [], model: 'veo-3' });
    expect(bare.config.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['max-words', 'no-negative-phrasing', 'require-audio-cues', 'supported-settings']));
    expect(bare.config.rules.map((r) => r.id)).not.toContain('max-chars');
  });
  it('an unknown model is a config error naming the choices', () => {
    expect(() => lint('a fox', { model: 'sora-3' })).toThrow(ConfigError);
    expect(() => createLinter({ model: 'sora-3' })).toThrow(/unknown model "sora-3": expected one of "sora-2-pro"/);
  });
  it('the same prompt is fine for one model and wrong for another', () => {
    const text = 'A quiet beach at dawn, no people, no text overlays, waves rolling in with a soft hiss.';
    const rulesFor = (model: string) => lint(text, { model }).diagnostics.map((d) => d.ruleId);
    expect(rulesFor('sora-2-pro')).not.toContain('no-negative-phrasing');
    expect(rulesFor('veo-3')).toContain('no-negative-phrasing');
  });
});

describe('docs/models.md', () => {
  it('is generated from the profiles and up to date (npm run models-doc)', () => {
    const onDisk = readFileSync(new URL('../docs/models.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(modelsMarkdown());
  });
  it('tables every profile with its sources', () => {
    const md = modelsMarkdown();
    for (const m of models) {
      expect(md).toContain(`(\`${m.id}\`)`);
      for (const s of Object.values(m.sources)) {
        const url = /https?:\/\/[^\s)"]+/.exec(s)?.[0];
        if (url) expect(md).toContain(url);
      }
    }
  });
});
