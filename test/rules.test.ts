import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { checkFixture, type RuleFixture } from '../src/engine/rule-tester.js';

const fixtures = import.meta.glob<{ default: RuleFixture }>('../fixtures/*.ts', { eager: true });

for (const [id, rule] of Object.entries(rules)) {
  describe(`rule ${id}`, () => {
    const fixture = fixtures[`../fixtures/${id}.ts`]?.default;
    it('has a fixture with valid and invalid cases', () => {
      expect(fixture, `fixtures/${id}.ts`).toBeDefined();
      expect(fixture!.valid.length).toBeGreaterThan(0);
      expect(fixture!.invalid.length).toBeGreaterThan(0);
    });
    if (!fixture) return;
    for (const result of checkFixture(id, rule, fixture)) {
      it(result.name.slice(0, 160), () => {
        expect(result.failures).toEqual([]);
      });
    }
  });
}
