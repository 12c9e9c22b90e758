import { describe, expect, it } from 'vitest';
import { placement, settingFromDiagnostic } from '../playground/src/core.js';
import { minimalChange } from '../playground/src/editor.js';
import { readHash, writeHash } from '../playground/src/url-state.js';
import type { Diagnostic } from '../src/index.js';

const diag = (range: [number, number], extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: 'max-words',
  messageId: 'x',
  message: 'x',
  severity: 'warning',
  range,
  loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  url: '',
  ...extra,
});

describe('placement', () => {
  const text = '  A fox trotting through snow  ';
  it('keeps word-level findings in the text', () => {
    expect(placement(diag([4, 7]), text)).toBe('text');
  });
  it('lists findings spanning the whole prompt instead of underlining every word', () => {
    expect(placement(diag([2, 29]), text)).toBe('prompt');
    expect(placement(diag([2, 22]), text)).toBe('text');
  });
  it('underlines a one-word prompt flagged as a whole', () => {
    expect(placement(diag([0, 9]), 'Beautiful')).toBe('text');
  });
  it('sends [0, 0] findings of settings rules to the settings group, others to the prompt group', () => {
    expect(placement(diag([0, 0], { ruleId: 'low-resolution-drafts' }), text)).toBe('settings');
    expect(placement(diag([0, 0], { ruleId: 'max-words' }), text)).toBe('prompt');
  });
});

describe('settingFromDiagnostic', () => {
  it('reads a resolution or a duration the panel can hold', () => {
    expect(settingFromDiagnostic(diag([0, 1], { data: { setting: 'resolution', value: '1080p' } }))).toEqual({ resolution: '1080p' });
    expect(settingFromDiagnostic(diag([0, 1], { data: { setting: 'resolution', value: '4K' } }))).toEqual({ resolution: '4k' });
    expect(settingFromDiagnostic(diag([0, 1], { data: { setting: 'duration', value: '12 s' } }))).toEqual({ duration: 12 });
  });
  it('ignores settings the panel has no field for, and diagnostics without data', () => {
    expect(settingFromDiagnostic(diag([0, 1], { data: { setting: 'aspect ratio', value: '16:9' } }))).toBeUndefined();
    expect(settingFromDiagnostic(diag([0, 1], { data: { setting: 'duration', value: 'long' } }))).toBeUndefined();
    expect(settingFromDiagnostic(diag([0, 1]))).toBeUndefined();
  });
});

describe('minimalChange', () => {
  it('replaces only what differs', () => {
    expect(minimalChange('a beautiful city', 'a city')).toEqual({ from: 2, to: 12, insert: '' });
    expect(minimalChange('city at night', 'city at dusk')).toEqual({ from: 8, to: 13, insert: 'dusk' });
    expect(minimalChange('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
  });
  it('handles repeated letters at the seam', () => {
    const before = 'aaa';
    const after = 'aaaa';
    const c = minimalChange(before, after);
    expect(before.slice(0, c.from) + c.insert + before.slice(c.to)).toBe(after);
  });
});

describe('the address keeps the page state', () => {
  it('round-trips prompt, model and settings', () => {
    const state = { text: 'A fox & a hare #1, 100% [subject]', model: 'veo-3', settings: { duration: 8, resolution: '720p', stage: 'final' as const, firstClip: true } };
    expect(readHash(writeHash(state))).toEqual(state);
  });
  it('ignores values it cannot use', () => {
    expect(readHash('#duration=-3&stage=maybe&resolution=')).toEqual({});
  });
});
