/** Exit codes and gates of the built binary, as ESLint's: 0 pass, 1 lint failure, 2 usage/config/I/O error. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJson, requireBuild, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
// Each test spawns the binary, several times for some: a loaded CI machine needs more than the default.
vi.setConfig({ testTimeout: 120_000 });

const CLEAN = 'A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight';
const WARN = 'A red fox trotting through fresh snow at dawn in 4K, low tracking shot, soft golden backlight';
const ERROR = 'A [Product] on a marble table, slow push-in, soft window light';
const NO_STACK = /\bat .*\.(js|ts):\d+/;

describe('exit codes and gates', () => {
  it('0 when there are no errors', async () => {
    const r = await shotlint(['-p', CLEAN, '-p', WARN]);
    expect(r.code).toBe(0);
  });

  it('1 on a lint error', async () => {
    expect((await shotlint(['-p', ERROR])).code).toBe(1);
  });

  it('--max-warnings: 1 when warnings exceed it, 0 at the limit', async () => {
    const [report] = parseJson((await shotlint(['-p', WARN, '-f', 'json'])).stdout);
    const warnings = report.warningCount as number;
    expect(warnings).toBeGreaterThan(0);
    const over = await shotlint(['-p', WARN, '--max-warnings', String(warnings - 1)]);
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(new RegExp(`too many warnings \\(maximum: ${warnings - 1}\\)`));
    expect((await shotlint(['-p', WARN, '--max-warnings', String(warnings)])).code).toBe(0);
  });

  it('--max-warnings with a machine format: output stays clean, the reason goes to stderr', async () => {
    const r = await shotlint(['-p', WARN, '--max-warnings', '0', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/too many warnings/);
  });

  it('--min-score: 1 when a prompt scores below it', async () => {
    const [report] = parseJson((await shotlint(['-p', WARN, '-f', 'json'])).stdout);
    const score = report.score.total as number;
    const below = await shotlint(['-p', WARN, '--min-score', String(score + 1)]);
    expect(below.code).toBe(1);
    expect(below.stdout).toMatch(new RegExp(`1 prompt scored below --min-score ${score + 1} \\(lowest: ${score}\\)`));
    expect((await shotlint(['-p', WARN, '--min-score', String(score)])).code).toBe(0);
  });

  it('2 on an unknown flag, with a suggestion', async () => {
    const r = await shotlint(['-p', CLEAN, '--max-warning', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option --max-warning/);
    expect(r.stderr).toMatch(/Did you mean --max-warnings\?/);
  });

  it('2 on bad flag values', async () => {
    for (const args of [['--format', 'xml'], ['--max-warnings', '-1'], ['--min-score', '101'], ['--stage', 'preview'], ['--duration', 'long'], ['--concurrency', '0'], ['--fix', '--fix-dry-run']]) {
      const r = await shotlint(['-p', CLEAN, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^shotlint: /);
      expect(r.stderr).not.toMatch(NO_STACK);
    }
  });
});

describe('usage errors say what to do', () => {
  it('a flag whose value is missing (the next argument starts with a dash) says so, with the = form for a dashed value', async () => {
    const missing = await shotlint(['--min-score', '-p', CLEAN]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^shotlint: Option --min-score needs a value, and the next argument starts with a dash\.\n/);
    expect(missing.stderr).not.toMatch(/ambiguous/);
    const dashed = await shotlint(['-p', CLEAN, '--max-warnings', '-1']);
    expect(dashed.code).toBe(2);
    expect(dashed.stderr).toMatch(/write --max-warnings=-/);
    // The = form passes the value on, to be judged as a value.
    const attached = await shotlint(['-p', CLEAN, '--max-warnings=-1']);
    expect(attached.stderr).toMatch(/--max-warnings expects a whole number ≥ 0, got "-1"/);
  });

  it('--fix with a prompt from -p or --stdin is a usage error pointing to --fix-dry-run (there is no file to write)', async () => {
    const inline = await shotlint(['-p', `${CLEAN}, masterpiece`, '--fix']);
    expect(inline.code).toBe(2);
    expect(inline.stdout).toBe('');
    expect(inline.stderr).toMatch(/--fix rewrites files/);
    expect(inline.stderr).toMatch(/--fix-dry-run/);
    const piped = await shotlint(['--stdin', '--fix'], { input: `${CLEAN}, masterpiece` });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/--fix-dry-run/);
  });
});

describe('--rule', () => {
  it("'id: severity' and 'id: [severity, options]' override the config", async () => {
    const off = await shotlint(['-p', ERROR, '--rule', 'no-unfilled-placeholders: off', '-f', 'json']);
    expect(parseJson(off.stdout)[0].messages.filter((m: any) => m.ruleId === 'no-unfilled-placeholders')).toEqual([]);
    const max = await shotlint(['-p', CLEAN, '--rule', 'max-words: ["error", {"max": 5}]', '-f', 'json']);
    expect(max.code).toBe(1);
    const m = parseJson(max.stdout)[0].messages.find((x: any) => x.ruleId === 'max-words');
    expect(m).toMatchObject({ severity: 2, messageId: 'tooLong' });
  });

  it('an unknown rule id exits 2 with a suggestion', async () => {
    const r = await shotlint(['-p', CLEAN, '--rule', 'max-word: warn']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "max-word" \(did you mean "max-words"\?\)/);
    expect(r.stderr).toMatch(/--list-rules/);
  });

  it('bad options or severity exit 2 naming the key', async () => {
    const a = await shotlint(['-p', CLEAN, '--rule', 'max-words: ["error", {"max": "ten"}]']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/max-words\[1\]\.max/);
    const b = await shotlint(['-p', CLEAN, '--rule', 'max-words: loud']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/expected a severity/);
    const c = await shotlint(['-p', CLEAN, '--rule', 'max-words: [error, 3']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/not valid JSON/);
    for (const r of [a, b, c]) expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('config files', () => {
  const t = tempDir({
    'good/shotlint.config.json': JSON.stringify({ rules: { 'max-words': ['error', { max: 4 }] } }),
    'good/sub/p.txt': CLEAN,
    'bad/shotlint.config.json': JSON.stringify({ rules: { 'max-words': ['error', { max: 'ten' }] } }),
    'bad/p.txt': CLEAN,
    'badkey/.shotlintrc.json': JSON.stringify({ rulez: {} }),
    'badkey/p.txt': CLEAN,
    'unknown/shotlint.config.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
    'unknown/p.txt': CLEAN,
    'broken/shotlint.config.json': '{ "rules": ',
    'broken/p.txt': CLEAN,
    'pkg/package.json': JSON.stringify({ name: 'x', shotlint: { rules: { 'max-words': ['warn', { max: 3 }] } } }),
    'pkg/p.txt': CLEAN,
    'other.json': JSON.stringify({ rules: { 'max-words': 'off' } }),
    'badpkg/package.json': JSON.stringify({ name: 'x', shotlint: { rules: { 'max-words': ['warn', { max: -3 }] } } }),
    'badpkg/p.txt': CLEAN,
  });
  afterAll(t.cleanup);

  it('is discovered by walking up from the linted file (shotlint.config.json, package.json "shotlint")', async () => {
    const a = await shotlint(['good/sub/p.txt', '-f', 'json'], { cwd: t.dir });
    expect(a.code).toBe(1);
    expect(parseJson(a.stdout)[0].messages[0]).toMatchObject({ ruleId: 'max-words', severity: 2 });
    const b = await shotlint(['pkg/p.txt', '-f', 'json'], { cwd: t.dir });
    expect(parseJson(b.stdout)[0].messages[0]).toMatchObject({ ruleId: 'max-words', severity: 1 });
  });

  it('--config overrides discovery; --no-config-lookup ignores config files', async () => {
    const a = await shotlint(['good/sub/p.txt', '--config', 'other.json', '-f', 'json'], { cwd: t.dir });
    expect(parseJson(a.stdout)[0].messages.filter((m: any) => m.ruleId === 'max-words')).toEqual([]);
    const b = await shotlint(['good/sub/p.txt', '--no-config-lookup', '-f', 'json'], { cwd: t.dir });
    expect(parseJson(b.stdout)[0].messages.filter((m: any) => m.ruleId === 'max-words')).toEqual([]);
  });

  it('an invalid config exits 2 naming the file, the key path and the expectation', async () => {
    const bad = await shotlint(['bad/p.txt'], { cwd: t.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(t.path('bad/shotlint.config.json'));
    expect(bad.stderr).toMatch(/rules\.max-words\[1\]\.max: .*number/i);
    const key = await shotlint(['badkey/p.txt'], { cwd: t.dir });
    expect(key.code).toBe(2);
    expect(key.stderr).toMatch(/\.shotlintrc\.json: .*unknown key "rulez"/);
    const unknown = await shotlint(['unknown/p.txt'], { cwd: t.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/rules\.no-such-rule: unknown rule/);
    const broken = await shotlint(['broken/p.txt'], { cwd: t.dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/invalid JSON/);
    const missing = await shotlint(['bad/p.txt', '--config', 'nope.json'], { cwd: t.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: file not found/);
    for (const r of [bad, key, unknown, broken, missing]) expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('in package.json the key path starts at "shotlint", where the config sits', async () => {
    const r = await shotlint(['badpkg/p.txt'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^shotlint: invalid config: ${t.path('badpkg/package.json').replace(/[.\\]/g, '\\$&')}: shotlint\\.rules\\.max-words\\[1\\]\\.max: `));
  });

  it('an unknown --model exits 2 listing the models', async () => {
    const r = await shotlint(['-p', CLEAN, '--model', 'sora-3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown model "sora-3"/);
    expect(r.stderr).toMatch(/sora-2-pro/);
  });
});
