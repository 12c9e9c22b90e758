import { describe, expect, it } from 'vitest';
import { compare, createLinter } from '../src/index.js';

const base = 'A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot, shallow depth of field, warm streetlamp glow.';
const swap = (from: string, to: string) => {
  expect(base).toContain(from);
  return base.replace(from, to);
};

describe('compare', () => {
  it('a camera-only change reports exactly camera', () => {
    const result = compare(base, swap('handheld close follow shot', 'static wide shot'));
    expect(result.changes).toEqual([{ component: 'camera', before: 'handheld close follow shot, shallow depth of field', after: 'static wide shot, shallow depth of field' }]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration')).toEqual([]);
  });

  it('each single-component edit is reported as that component alone', () => {
    const edits: [string, string, string][] = [
      ['warm streetlamp glow', 'cold blue moonlight', 'lighting'],
      ['rain-soaked cobblestone street at dusk', 'sunny beach at noon', 'environment'],
      ['walking', 'running', 'motion'],
      ['red coat', 'green scarf', 'subject'],
    ];
    for (const [from, to, component] of edits) {
      expect(compare(base, swap(from, to)).changes.map((c) => c.component), `${from} → ${to}`).toEqual([component]);
    }
  });

  it('more than one change: a one-change-per-iteration warning naming them', () => {
    const after = swap('handheld close follow shot', 'static wide shot').replace('warm streetlamp glow', 'cold blue moonlight');
    const result = compare(base, after);
    expect(result.changes.map((c) => c.component)).toEqual(['camera', 'lighting']);
    const warnings = result.diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toContain('(camera, lighting)');
  });

  it('the same prompt, reordered or reinflected, has no change', () => {
    expect(compare(base, base).changes).toEqual([]);
    expect(compare(base, 'Handheld close follow shot, a woman in a red coat walks along a rain-soaked cobblestone street at dusk, shallow depth of field, warm streetlamp glow.').changes).toEqual([]);
  });

  it('a component added or removed shows an empty side', () => {
    const weak = 'A red fox trotting through fresh snow at dawn, soft blue light';
    const result = compare(weak, `${weak}, low-angle tracking shot`);
    expect(result.changes).toEqual([{ component: 'camera', before: '', after: 'low-angle tracking shot' }]);
    expect(compare(`${weak}, low-angle tracking shot`, weak).changes).toEqual([{ component: 'camera', before: 'low-angle tracking shot', after: '' }]);
  });

  it('gives the score change overall and per dimension', () => {
    const weak = 'A red fox trotting through fresh snow at dawn, soft blue light';
    const result = compare(weak, `${weak}, low-angle tracking shot`);
    expect(result.score.before).toBe(result.before.score.total);
    expect(result.score.after).toBe(result.after.score.total);
    expect(result.score.delta).toBe(result.score.after - result.score.before);
    expect(result.score.delta).toBeGreaterThan(0);
    expect(result.score.dimensions.camera!.delta).toBeGreaterThan(0);
    expect(result.score.dimensions.subject).toEqual({ before: 100, after: 100, delta: 0 });
  });

  it('uses the given linter, model and config', () => {
    const linter = createLinter({ rules: { 'one-change-per-iteration': ['warn', { max: 2 }] } });
    const after = swap('handheld close follow shot', 'static wide shot').replace('warm streetlamp glow', 'cold blue moonlight');
    expect(compare(base, after, { linter }).diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration')).toEqual([]);
    expect(compare(base, after, { config: { rules: { 'one-change-per-iteration': 'off' } } }).diagnostics.some((d) => d.ruleId === 'one-change-per-iteration')).toBe(false);
    expect(compare(base, base, { model: 'veo-3' }).score.dimensions.audio).toBeDefined();
  });

  it('the iteration warning costs no points', () => {
    const after = swap('handheld close follow shot', 'static wide shot').replace('warm streetlamp glow', 'cold blue moonlight');
    const linter = createLinter();
    expect(compare(base, after, { linter }).after.score).toEqual(linter.lint(after).score);
  });

  it('a kept word that the edit puts in another component is no change', () => {
    const reread: [string, string, string][] = [
      // "captures" is the subject's after "macro shot" and the action after "wide shot".
      ['A macro shot captures a dewdrop sliding down a leaf at dawn.', 'A wide shot captures a dewdrop sliding down a leaf at dawn.', 'camera'],
      // "on" belongs to the place after "close-up" and to the shot after "wide shot".
      ['A close-up on the violin as an old man plays in a candlelit attic.', 'A wide shot on the violin as an old man plays in a candlelit attic.', 'camera'],
    ];
    for (const [before, after, component] of reread) expect(compare(before, after).changes.map((c) => c.component), after).toEqual([component]);
    // Moved to the front, "Stars" is read as the subject rather than as part of the action.
    expect(compare('Wide shot, stars drifting over a canyon at night, a hiker resting by a campfire.', 'Stars drifting over a canyon at night, wide shot, a hiker resting by a campfire.').changes).toEqual([]);
  });

  it('the iteration warning points at the runs that hold new words', () => {
    const after = swap('handheld close follow shot', 'static wide shot').replace('warm streetlamp glow', 'cold blue moonlight');
    const [warning] = compare(base, after).diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration');
    expect(after.slice(...warning!.range)).toBe('static wide shot, shallow depth of field, cold blue moonlight');
    // A component that only lost words has nothing to point at in the new version.
    const removed = compare(base, base.replace(', warm streetlamp glow', '').replace('handheld close follow shot', 'static wide shot'));
    expect(removed.changes.map((c) => c.component)).toEqual(['camera', 'lighting']);
    const [w] = removed.diagnostics.filter((d) => d.ruleId === 'one-change-per-iteration');
    expect(removed.after.text.slice(...w!.range)).toBe('static wide shot');
  });
});
