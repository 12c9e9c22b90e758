/** Ignoring files with the built binary: .shotlintignore, --ignore-pattern, the config's "ignores", --no-ignore. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJson, requireBuild, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 120_000 });

const CLEAN = 'A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight';
const TAGGED = 'A red fox trotting through fresh snow at dawn, masterpiece, best quality, low tracking shot';
const FIXED = 'A red fox trotting through fresh snow at dawn, low tracking shot';
const WARNING = 'File ignored because of a matching ignore pattern. Use --no-ignore to override.';

const ids = (stdout: string) => parseJson(stdout).map((r) => r.id as string);

const IGNORE_FILE = [
  '# work in progress',
  '',
  '/top.txt',
  'prompts/drafts/*',
  '!prompts/drafts/keep.txt',
  '**/*.draft.txt',
  'old/',
  '',
].join('\n');

const tree = () =>
  tempDir({
    '.shotlintignore': IGNORE_FILE,
    'top.txt': CLEAN,
    'sub/top.txt': CLEAN,
    'sub/scene.draft.txt': CLEAN,
    'sub/old/x.txt': CLEAN,
    'prompts/a.txt': CLEAN,
    'prompts/drafts/b.txt': CLEAN,
    'prompts/drafts/keep.txt': CLEAN,
  });

describe('.shotlintignore in the working folder', () => {
  const t = tree();
  afterAll(t.cleanup);

  it('comments, blank lines, anchoring by a leading or middle slash, negation, ** and folders', async () => {
    const r = await shotlint(['.', '-f', 'json'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(['prompts/a.txt:1', 'prompts/drafts/keep.txt:1', 'sub/top.txt:1']);
    // Files met in a walk are skipped silently.
    expect(r.stderr).toBe('');
  });

  it('a negation cannot take back a file whose folder is ignored (as in git)', async () => {
    const u = tempDir({ '.shotlintignore': 'drafts/\n!drafts/keep.txt\n', 'drafts/keep.txt': CLEAN, 'a.txt': CLEAN });
    try {
      expect(ids((await shotlint(['.', '-f', 'json'], { cwd: u.dir })).stdout)).toEqual(['a.txt:1']);
    } finally {
      u.cleanup();
    }
  });

  it('globs skip ignored files silently too', async () => {
    const r = await shotlint(['**/*.txt', '-f', 'json'], { cwd: t.dir });
    expect(ids(r.stdout)).toEqual(['prompts/a.txt:1', 'prompts/drafts/keep.txt:1', 'sub/top.txt:1']);
    expect(r.stderr).toBe('');
  });

  it('a file named on the command line and ignored is skipped with a warning; the others are linted', async () => {
    const r = await shotlint(['top.txt', 'sub/top.txt', '-f', 'json'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(['sub/top.txt:1']);
    expect(r.stderr).toBe(`shotlint: top.txt: ${WARNING}\n`);
  });

  it('only ignored files named: the warnings, an empty report, exit 0 (as ESLint)', async () => {
    const r = await shotlint(['top.txt', 'prompts/drafts/b.txt', '-f', 'json'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout)).toEqual([]);
    expect(r.stderr).toBe(`shotlint: top.txt: ${WARNING}\nshotlint: prompts/drafts/b.txt: ${WARNING}\n`);
  });

  it('a folder or glob whose every file is ignored, with nothing else to lint, exits 2', async () => {
    const dir = await shotlint(['sub/old'], { cwd: t.dir });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe("shotlint: All files matched by 'sub/old' are ignored.\n");
    const glob = await shotlint(['**/*.draft.txt', 'sub/old'], { cwd: t.dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toBe("shotlint: All files matched by '**/*.draft.txt', 'sub/old' are ignored.\n");
    // With something else to lint, the ignored folder is skipped silently.
    const mixed = await shotlint(['sub/old', 'prompts/a.txt', '-f', 'json'], { cwd: t.dir });
    expect(mixed.code).toBe(0);
    expect(ids(mixed.stdout)).toEqual(['prompts/a.txt:1']);
  });

  it('a walk skips ignored folders without reading them, and still tells "every file is ignored" from "no prompt files"', async () => {
    const u = tempDir({ '.shotlintignore': 'gen/\nnotes/\n', 'site/gen/a.txt': CLEAN, 'site/gen/deep/b.txt': CLEAN, 'site/notes/c.json': '{}', 'site/d.txt': CLEAN });
    try {
      expect(ids((await shotlint(['site', '-f', 'json'], { cwd: u.dir })).stdout)).toEqual(['site/d.txt:1']);
      expect((await shotlint(['site/gen'], { cwd: u.dir })).stderr).toBe("shotlint: All files matched by 'site/gen' are ignored.\n");
      rmSync(u.path('site/d.txt'));
      expect((await shotlint(['site'], { cwd: u.dir })).stderr).toBe("shotlint: All files matched by 'site' are ignored.\n");
      rmSync(u.path('site/gen'), { recursive: true });
      expect((await shotlint(['site'], { cwd: u.dir })).stderr).toBe('shotlint: No prompt files found in site.\n');
    } finally {
      u.cleanup();
    }
  });

  it('--no-ignore lints every file given, named or found, without a warning', async () => {
    const r = await shotlint(['.', '--no-ignore', '-f', 'json'], { cwd: t.dir });
    expect(ids(r.stdout)).toEqual(['prompts/a.txt:1', 'prompts/drafts/b.txt:1', 'prompts/drafts/keep.txt:1', 'sub/old/x.txt:1', 'sub/scene.draft.txt:1', 'sub/top.txt:1', 'top.txt:1']);
    const named = await shotlint(['top.txt', '--no-ignore', '--ignore-pattern', '*.txt', '-f', 'json'], { cwd: t.dir });
    expect(ids(named.stdout)).toEqual(['top.txt:1']);
    expect(named.stderr).toBe('');
  });

  it('-p and --stdin are never ignored', async () => {
    const u = tempDir({ '.shotlintignore': '*\n' });
    try {
      const p = await shotlint(['-p', CLEAN, '--ignore-pattern', '*', '-f', 'json'], { cwd: u.dir });
      expect(ids(p.stdout)).toEqual(['<text>#1']);
      const s = await shotlint(['--stdin', '-f', 'json'], { cwd: u.dir, input: CLEAN });
      expect(ids(s.stdout)).toEqual(['<stdin>:1']);
    } finally {
      u.cleanup();
    }
  });

  it('-j 2 (worker threads) lints the same files', async () => {
    const one = await shotlint(['.', '-f', 'json'], { cwd: t.dir });
    const two = await shotlint(['.', '-f', 'json', '-j', '2'], { cwd: t.dir });
    expect(ids(two.stdout)).toEqual(ids(one.stdout));
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('--ignore-pattern', () => {
  const t = tree();
  afterAll(t.cleanup);

  it('adds patterns (repeatable) after the lines of .shotlintignore, so a negation can take one back', async () => {
    const r = await shotlint(['.', '--ignore-pattern', 'a.txt', '--ignore-pattern', '!/top.txt', '-f', 'json'], { cwd: t.dir });
    expect(ids(r.stdout)).toEqual(['prompts/drafts/keep.txt:1', 'sub/top.txt:1', 'top.txt:1']);
  });

  it('works without an ignore file, relative to the working folder', async () => {
    const u = tempDir({ 'a/x.txt': CLEAN, 'a/y.txt': CLEAN, 'b/x.txt': CLEAN });
    try {
      const r = await shotlint(['.', '--ignore-pattern', '/a/x.txt', '-f', 'json'], { cwd: u.dir });
      expect(ids(r.stdout)).toEqual(['a/y.txt:1', 'b/x.txt:1']);
    } finally {
      u.cleanup();
    }
  });

  it('an empty pattern is a usage error', async () => {
    const r = await shotlint(['.', '--ignore-pattern', ''], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--ignore-pattern #1 is empty/);
  });
});

describe('"ignores" in the config', () => {
  const t = tempDir({
    'proj/shotlint.config.json': JSON.stringify({ ignores: ['/prompts/drafts/', '*.wip.txt'] }),
    'proj/prompts/a.txt': CLEAN,
    'proj/prompts/b.wip.txt': CLEAN,
    'proj/prompts/drafts/c.txt': CLEAN,
    'proj/prompts/more/drafts/d.txt': CLEAN,
  });
  afterAll(t.cleanup);

  it('patterns are relative to the config file\'s folder, wherever the command runs', async () => {
    const fromProject = await shotlint(['.', '-f', 'json'], { cwd: t.path('proj') });
    expect(ids(fromProject.stdout)).toEqual(['prompts/a.txt:1', 'prompts/more/drafts/d.txt:1']);
    const fromPrompts = await shotlint(['.', '-f', 'json'], { cwd: t.path('proj/prompts') });
    expect(ids(fromPrompts.stdout)).toEqual(['a.txt:1', 'more/drafts/d.txt:1']);
    const named = await shotlint(['drafts/c.txt'], { cwd: t.path('proj/prompts') });
    expect(named.stderr).toBe(`shotlint: drafts/c.txt: ${WARNING}\n`);
  });

  it('apply with --config too, and not with --no-config-lookup or --no-ignore', async () => {
    const explicit = await shotlint(['proj/prompts', '-c', 'proj/shotlint.config.json', '-f', 'json'], { cwd: t.dir });
    expect(ids(explicit.stdout)).toEqual(['proj/prompts/a.txt:1', 'proj/prompts/more/drafts/d.txt:1']);
    const noLookup = await shotlint(['.', '--no-config-lookup', '-f', 'json'], { cwd: t.path('proj') });
    expect(ids(noLookup.stdout)).toHaveLength(4);
    const noIgnore = await shotlint(['.', '--no-ignore', '-f', 'json'], { cwd: t.path('proj') });
    expect(ids(noIgnore.stdout)).toHaveLength(4);
  });

  it('--print-config shows the ignores in effect and whether the file is ignored', async () => {
    const printed = async (args: string[], cwd = t.path('proj')) => JSON.parse((await shotlint(['--print-config', ...args], { cwd })).stdout);
    const draft = await printed(['prompts/drafts/c.txt']);
    expect(draft).toMatchObject({ ignores: ['/prompts/drafts/', '*.wip.txt'], ignorePatterns: [], ignored: true });
    expect((await printed(['prompts/a.txt'])).ignored).toBe(false);
    expect(await printed(['prompts/a.txt', '--ignore-pattern', 'a.txt'])).toMatchObject({ ignorePatterns: ['a.txt'], ignored: true });
    expect(await printed(['prompts/drafts/c.txt', '--no-ignore'])).toMatchObject({ ignores: [], ignorePatterns: [], ignored: false });
    // A folder: the ignores, no verdict.
    const folder = await printed([]);
    expect(folder.ignores).toEqual(['/prompts/drafts/', '*.wip.txt']);
    expect(folder).not.toHaveProperty('ignored');
    // .shotlintignore's patterns, without its comments and blank lines, then --ignore-pattern's.
    const u = tree();
    try {
      const top = await printed(['top.txt', '--ignore-pattern', 'extra/'], u.dir);
      expect(top).toMatchObject({ ignores: [], ignorePatterns: ['/top.txt', 'prompts/drafts/*', '!prompts/drafts/keep.txt', '**/*.draft.txt', 'old/', 'extra/'], ignored: true });
      expect((await printed(['prompts/drafts/keep.txt'], u.dir)).ignored).toBe(false);
    } finally {
      u.cleanup();
    }
  });

  it('a bad value names the file and the key (exit 2)', async () => {
    const u = tempDir({ 'shotlint.config.json': JSON.stringify({ ignores: 'drafts/' }), 'a.txt': CLEAN });
    try {
      const r = await shotlint(['a.txt'], { cwd: u.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^shotlint: invalid config: .*shotlint\.config\.json: ignores: .*expected array/);
      writeFileSync(u.path('shotlint.config.json'), JSON.stringify({ ignores: ['ok/', 3] }));
      const item = await shotlint(['a.txt'], { cwd: u.dir });
      expect(item.code).toBe(2);
      expect(item.stderr).toMatch(/shotlint\.config\.json: ignores\[1\]: .*expected string/);
    } finally {
      u.cleanup();
    }
  });
});

describe('fixing and caching', () => {
  it('--fix leaves ignored files untouched', async () => {
    const u = tempDir({ '.shotlintignore': 'keep/\n', 'keep/p.txt': `${TAGGED}\n`, 'p.txt': `${TAGGED}\n` });
    try {
      const r = await shotlint(['.', '--fix', '-f', 'json'], { cwd: u.dir });
      expect(ids(r.stdout)).toEqual(['p.txt:1']);
      expect(readFileSync(u.path('p.txt'), 'utf8')).toBe(`${FIXED}\n`);
      expect(readFileSync(u.path('keep/p.txt'), 'utf8')).toBe(`${TAGGED}\n`);
      const named = await shotlint(['keep/p.txt', '--fix'], { cwd: u.dir });
      expect(named.code).toBe(0);
      expect(readFileSync(u.path('keep/p.txt'), 'utf8')).toBe(`${TAGGED}\n`);
    } finally {
      u.cleanup();
    }
  });

  it('--cache: ignored files are not stored, and changing the ignores keeps the cached results of the others', async () => {
    const u = tempDir({ 'shotlint.config.json': JSON.stringify({ ignores: ['b.txt'] }), 'a.txt': CLEAN, 'b.txt': TAGGED });
    const cacheFile = u.path('node_modules/.cache/shotlint/results.json');
    try {
      const first = await shotlint(['.', '--cache', '-f', 'json'], { cwd: u.dir });
      expect(ids(first.stdout)).toEqual(['a.txt:1']);
      const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
      expect(Object.keys(stored.entries)).toHaveLength(1);
      // A cached result shows up as stored: mark it to tell a hit from a fresh lint.
      for (const entry of Object.values<any>(stored.entries)) entry.result.score.total = 7;
      writeFileSync(cacheFile, JSON.stringify(stored));
      writeFileSync(u.path('shotlint.config.json'), JSON.stringify({ ignores: ['c.txt'] }));
      const second = await shotlint(['.', '--cache', '-f', 'json'], { cwd: u.dir });
      const reports = parseJson(second.stdout);
      expect(reports.map((r) => [r.id, r.score.total === 7])).toEqual([
        ['a.txt:1', true],
        ['b.txt:1', false],
      ]);
      expect(reports[1].warningCount).toBeGreaterThan(0);
    } finally {
      u.cleanup();
    }
  });
});
