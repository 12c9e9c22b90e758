/** The information commands and the other modes of the built binary. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../src/index.js';
import { OPTIONS } from '../src/cli/args.js';
import { parseJson, requireBuild, ROOT, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
// Each test spawns the binary, several times for some: a loaded CI machine needs more than the default.
vi.setConfig({ testTimeout: 120_000 });

const CLEAN = 'A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight';

describe('information', () => {
  it('--version prints the package version', async () => {
    const r = await shotlint(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('--help mentions every option, and docs/cli.md documents every option', async () => {
    const r = await shotlint(['--help']);
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    for (const name of Object.keys(OPTIONS)) {
      const flag = name.startsWith('no-') ? `--no-${name.slice(3)}` : `--${name}`;
      expect(r.stdout, flag).toContain(flag);
      expect(doc, flag).toContain(flag);
    }
  });

  it('--list-rules lists every registered rule; -f json gives their metadata', async () => {
    const text = await shotlint(['--list-rules']);
    for (const id of Object.keys(rules)) expect(text.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    const json = JSON.parse((await shotlint(['--list-rules', '-f', 'json'])).stdout);
    expect(json.map((r: any) => r.id).sort()).toEqual(Object.keys(rules).sort());
    expect(json[0]).toEqual(expect.objectContaining({ description: expect.any(String), dimension: expect.any(String), severity: expect.any(String), url: expect.any(String) }));
  });

  it('--list-rules with a format that has no rule list (sarif, junit, …) is a usage error, not a table', async () => {
    for (const format of ['sarif', 'junit', 'github', 'compact']) {
      const r = await shotlint(['--list-rules', '-f', format]);
      expect(r.code, format).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`--list-rules prints "stylish" or "json", not "${format}"`));
    }
  });

  it('--explain prints the rule doc from the package, without front matter', async () => {
    const r = await shotlint(['--explain', 'max-words']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^length · default warn · recommended/);
    expect(r.stdout).toContain('Rule Details');
    expect(r.stdout).toContain('    A woman in a red coat walks down a wet street.');
    expect(r.stdout).not.toMatch(/^---$/m);
    const bad = await shotlint(['--explain', 'max-wrds']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown rule "max-wrds" \(did you mean "max-words"\?\)/);
  });
});

describe('config commands', () => {
  const t = tempDir({ 'proj/shotlint.config.json': JSON.stringify({ model: 'veo-3', rules: { 'max-words': ['error', { max: 40 }] } }), 'proj/p.txt': CLEAN });
  afterAll(t.cleanup);

  it('--print-config shows the resolved config for a file', async () => {
    const r = await shotlint(['--print-config', 'proj/p.txt'], { cwd: t.dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.configFile).toBe(t.path('proj/shotlint.config.json'));
    expect(config.model).toBe('veo-3');
    expect(config.rules['max-words']).toEqual(['error', { max: 40 }]);
    const over = JSON.parse((await shotlint(['--print-config', 'proj/p.txt', '--rule', 'max-words: off', '--model', 'sora-2'], { cwd: t.dir })).stdout);
    expect(over.rules['max-words']).toBeUndefined();
    expect(over.model).toBe('sora-2');
  });

  it('--init writes shotlint.config.json for the chosen model and refuses to overwrite it', async () => {
    const d = tempDir();
    try {
      const r = await shotlint(['--init', '--model', 'veo-3'], { cwd: d.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Wrote shotlint\.config\.json for veo-3/);
      const written = readFileSync(d.path('shotlint.config.json'), 'utf8');
      expect(JSON.parse(written)).toMatchObject({ extends: ['recommended'], model: 'veo-3' });
      // The written config is valid: linting with it works.
      expect((await shotlint(['-p', CLEAN], { cwd: d.dir })).code).toBe(0);
      const again = await shotlint(['--init', '--model', 'sora-2'], { cwd: d.dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/already exists/);
      expect(readFileSync(d.path('shotlint.config.json'), 'utf8')).toBe(written);
      const unknown = await shotlint(['--init', '--model', 'sora-9'], { cwd: tempDir().dir });
      expect(unknown.code).toBe(2);
    } finally {
      d.cleanup();
    }
  });
});

describe('models, settings and directives', () => {
  it('--model and the settings flags reach the rules', async () => {
    const draft = parseJson((await shotlint(['-p', CLEAN, '--stage', 'draft', '--resolution', '1080p', '-f', 'json'])).stdout)[0];
    expect(draft.messages.map((m: any) => m.ruleId)).toContain('low-resolution-drafts');
    const veo = parseJson((await shotlint(['-p', CLEAN, '--model', 'veo-3', '-f', 'json'])).stdout)[0];
    expect(veo.model).toBe('veo-3');
    expect(veo.messages.map((m: any) => m.ruleId)).toContain('require-audio-cues');
    const silent = parseJson((await shotlint(['-p', CLEAN, '--model', 'hailuo-02', '-f', 'json'])).stdout)[0];
    expect(silent.messages.map((m: any) => m.ruleId)).not.toContain('require-audio-cues');
  });

  it('--print-prompt prints the prompt without directive lines (report on stderr); the exit code still gates', async () => {
    const text = `# shotlint-disable no-settings-in-prose -- the client asked for 4K in the brief\n${CLEAN} in 4K\n`;
    const d = tempDir({ 'p.prompt': text, 'bad.prompt': 'A [Product] on a table' });
    try {
      const r = await shotlint(['p.prompt', '--print-prompt'], { cwd: d.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${CLEAN} in 4K\n`);
      const bad = await shotlint(['bad.prompt', '--print-prompt'], { cwd: d.dir });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/Unfilled placeholder/);
    } finally {
      d.cleanup();
    }
  });
});

describe('diff', () => {
  const before = 'A woman walking down a rainy street at dusk, static wide shot, neon glow';
  const camera = 'A woman walking down a rainy street at dusk, slow dolly-in, neon glow';
  const two = 'A woman walking down a rainy street at dusk, slow dolly-in, warm tungsten light';

  it('prints the changed components and the score change per dimension', async () => {
    const r = await shotlint(['diff', '-p', before, '-p', camera]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Changed: camera\n/);
    expect(r.stdout).toMatch(/before "static wide shot"/);
    expect(r.stdout).toMatch(/Score \d+ → \d+ \(/);
  });

  it('json: changes, score delta per dimension, diagnostics; files work too', async () => {
    const d = tempDir({ 'v1.txt': before, 'v2.txt': two });
    try {
      const r = await shotlint(['diff', 'v1.txt', 'v2.txt', '-f', 'json'], { cwd: d.dir });
      const out = JSON.parse(r.stdout);
      expect(out.changes.map((c: any) => c.component)).toEqual(['camera', 'lighting']);
      expect(out.score).toEqual(expect.objectContaining({ before: expect.any(Number), after: expect.any(Number), delta: out.score.after - out.score.before }));
      for (const dim of Object.values<any>(out.score.dimensions)) expect(dim.delta).toBe(dim.after - dim.before);
      expect(out.diagnostics.map((x: any) => x.ruleId)).toContain('one-change-per-iteration');
    } finally {
      d.cleanup();
    }
  });

  it('needs exactly two versions', async () => {
    const r = await shotlint(['diff', '-p', before]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: shotlint diff/);
    expect((await shotlint(['diff', 'nope1.txt', 'nope2.txt'])).code).toBe(2);
  });
});

describe('package', () => {
  it('ships the bin and the rule docs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin.shotlint).toBe('./bin/shotlint.js');
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'docs']));
    expect(readFileSync(join(ROOT, 'bin', 'shotlint.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    for (const id of Object.keys(rules)) expect(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), id).toBe(true);
  });
});
