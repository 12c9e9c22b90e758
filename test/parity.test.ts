import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/linter.js';
import { readRuleDoc } from './helpers/docs.js';

const root = new URL('../', import.meta.url);
const ids = Object.keys(rules);
/** Fixtures that are data for the score and rewrite tests, not a rule's cases. */
const DATA_FIXTURES = ['pairs', 'rewrites'];

describe('every rule has its file, fixture and doc', () => {
  for (const id of ids) {
    it(id, () => {
      expect(existsSync(new URL(`rules/${id}.ts`, root)), `rules/${id}.ts`).toBe(true);
      expect(existsSync(new URL(`fixtures/${id}.ts`, root)), `fixtures/${id}.ts`).toBe(true);
      expect(existsSync(new URL(`docs/rules/${id}.md`, root)), `docs/rules/${id}.md`).toBe(true);
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9.]+)*$/);
    });
  }
  it('no rule file, fixture or doc without a registered rule', () => {
    const orphan = (dir: string, ext: string) =>
      readdirSync(new URL(dir, root))
        .filter((f) => f.endsWith(ext) && f !== 'index.ts')
        .map((f) => f.slice(0, -ext.length))
        .filter((id) => !ids.includes(id) && !(dir === 'fixtures/' && DATA_FIXTURES.includes(id)));
    expect(orphan('rules/', '.ts')).toEqual([]);
    expect(orphan('fixtures/', '.ts')).toEqual([]);
    expect(orphan('docs/rules/', '.md')).toEqual([]);
  });
});

describe('rule docs match the rules', () => {
  for (const [id, rule] of Object.entries(rules)) {
    const path = new URL(`docs/rules/${id}.md`, root);
    if (!existsSync(path)) continue;
    const doc = readRuleDoc(path.pathname);
    it(`${id}: front matter agrees with meta`, () => {
      expect(doc.frontMatter.id).toBe(id);
      expect(doc.frontMatter.description).toBe(rule.meta.docs.description);
      expect(doc.frontMatter.dimension).toBe(rule.meta.docs.dimension);
      expect(doc.frontMatter.recommended).toBe(String(rule.meta.docs.recommended));
      expect(doc.frontMatter.severity).toBe(rule.meta.defaultSeverity ?? 'warning');
      expect(doc.frontMatter.fixable).toBe(String(rule.meta.fixable === 'text'));
      for (const section of ['## Rule Details', '## Options', '## When Not To Use It', '## Model notes', '## Sources']) {
        expect(doc.body, `${id} doc section ${section}`).toContain(section);
      }
      expect(doc.examples.some((e) => e.kind === 'invalid')).toBe(true);
      expect(doc.examples.some((e) => e.kind === 'valid')).toBe(true);
    });
    for (const example of doc.examples) {
      it(`${id}: doc example line ${example.line} is ${example.kind}`, () => {
        const setting = example.options === undefined ? 'error' : ['error', example.options];
        // Through the top-level lint(), the call the docs show.
        const config = { extends: [], rules: { [id]: setting as 'error' } };
        const found = lint(example.text, { config, model: example.model, settings: example.settings, previous: example.previous }).diagnostics.filter((d) => d.ruleId === id);
        if (example.kind === 'invalid') expect(found.length, example.text).toBeGreaterThan(0);
        else expect(found.map((d) => d.message), example.text).toEqual([]);
      });
    }
  }
});
