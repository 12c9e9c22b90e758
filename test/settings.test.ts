import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '../src/index.js';

const text = 'A red fox trotting through fresh snow at dawn, the crunch of paws, low tracking shot, soft blue light.';
const settingsFindings = (r: ReturnType<typeof lint>) => r.diagnostics.filter((d) => ['supported-settings', 'low-resolution-drafts', 'short-first-clips'].includes(d.ruleId));

describe('generation settings', () => {
  it('through lint(text, { settings }): each finding at [0, 0] with the setting in data, at its own severity', () => {
    const r = lint(text, { model: 'veo-3', settings: { duration: 10, resolution: '1080p', stage: 'draft', firstClip: true } });
    const found = settingsFindings(r).map((d) => [d.ruleId, d.messageId, d.severity, d.range, d.data?.setting]);
    expect(found).toEqual([
      ['supported-settings', 'duration', 'error', [0, 0], 'duration'],
      ['low-resolution-drafts', 'draftTooHigh', 'warning', [0, 0], 'resolution'],
      ['short-first-clips', 'firstClipTooLong', 'info', [0, 0], 'duration'],
    ]);
    expect(r.diagnostics[0]!.loc).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  });
  it('through config "settings", merged with per-lint settings', () => {
    const linter = createLinter({ model: 'hailuo-02', settings: { resolution: '1080p' } });
    expect(settingsFindings(linter.lint(text))).toEqual([]);
    const r = linter.lint(text, { settings: { duration: 10 } });
    expect(settingsFindings(r).map((d) => d.messageId)).toEqual(['combination']);
  });
  it('a final at 1080p on a model that has it is clean', () => {
    expect(settingsFindings(lint(text, { model: 'sora-2-pro', settings: { stage: 'final', resolution: '1080p', duration: 8 } }))).toEqual([]);
  });
  it('4K only where a profile supports it', () => {
    const fourK = (model: string) => settingsFindings(lint(text, { model, settings: { resolution: '4k' } })).length;
    expect(fourK('ltx-2-pro')).toBe(0);
    expect(fourK('seedance-2.0')).toBe(0);
    for (const m of ['sora-2-pro', 'sora-2', 'veo-3', 'kling-v2.6', 'hailuo-02']) expect(fourK(m), m).toBe(1);
  });
  it('"HD" is 720p or more, as a setting as in the prompt; "full HD" is 1080p in any spelling', () => {
    const ids = (model: string, resolution: string) => settingsFindings(lint(text, { model, settings: { resolution } })).map((d) => d.messageId);
    for (const m of ['sora-2', 'veo-3', 'kling-v2.6', 'hailuo-02', 'ltx-2-pro', 'seedance-2.0']) expect(ids(m, 'hd'), m).toEqual([]);
    for (const spelling of ['full hd', 'Full-HD', 'fullhd', 'FHD']) {
      expect(ids('kling-v2.6', spelling), spelling).toEqual([]);
      expect(ids('sora-2', spelling), spelling).toEqual(['resolution']);
    }
    const prose = lint('A red fox in the snow, HD quality', { model: 'hailuo-02' }).diagnostics.find((d) => d.ruleId === 'no-settings-in-prose');
    expect(prose?.messageId).toBe('resolution');
    expect(prose?.data?.value).toBe('768p');
  });
  it('without a model only the model-free advice applies', () => {
    const r = lint(text, { settings: { duration: 37, resolution: '1080p', stage: 'draft' } });
    expect(settingsFindings(r).map((d) => d.ruleId)).toEqual(['low-resolution-drafts']);
  });
  it('a bad settings value in a config is a config error with its key path', () => {
    expect(() => createLinter({ settings: { stage: 'rough' as 'draft' } })).toThrow(/settings\.stage/);
  });
});
