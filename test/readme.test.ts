import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withRuleTable } from '../scripts/readme-rules.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two commands a newcomer needs', () => {
    const firstBlock = /```(?:sh|bash|console)?\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/npm install/);
    expect(firstBlock).toMatch(/shotlint/);
    expect(firstBlock).toMatch(/npm test/);
  });
  it('has the current rule table (run `npm run docs:rules`)', () => {
    expect(readme).toBe(withRuleTable(readme));
  });
});
