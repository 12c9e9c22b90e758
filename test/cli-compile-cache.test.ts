/**
 * The launcher's code cache (src/cli/launch.ts): where it lives, that a run writes it and the
 * next one uses it, and that a broken, unusable or turned-off cache changes nothing but speed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheDir, compileCacheName } from '../src/cli/launch.js';
import { labelled } from '../fixtures/labelled/index.js';
import { asciiOnly } from '../scripts/lib/ascii.js';
import { lint } from '../src/index.js';
import { parseJson, requireBuild, ROOT, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);

describe('compileCacheDir', () => {
  const home = () => '/home/ada';

  it('is the per-user cache folder of each platform', () => {
    expect(compileCacheDir({}, 'linux', home)).toBe('/home/ada/.cache/shotlint');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', home)).toBe('/var/cache/ada/shotlint');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative/cache' }, 'linux', home)).toBe('/home/ada/.cache/shotlint');
    expect(compileCacheDir({}, 'darwin', home)).toBe('/home/ada/Library/Caches/shotlint');
    expect(compileCacheDir({ LOCALAPPDATA: 'C:/Users/ada/AppData/Local' }, 'win32', home)).toBe(join('C:/Users/ada/AppData/Local', 'shotlint', 'Cache'));
  });

  it('SHOTLINT_COMPILE_CACHE names the folder; SHOTLINT_DISABLE_COMPILE_CACHE turns it off', () => {
    expect(compileCacheDir({ SHOTLINT_COMPILE_CACHE: '/tmp/mine' }, 'linux', home)).toBe('/tmp/mine');
    expect(compileCacheDir({ SHOTLINT_COMPILE_CACHE: '/tmp/mine', SHOTLINT_DISABLE_COMPILE_CACHE: '1' }, 'linux', home)).toBeUndefined();
    expect(compileCacheDir({ SHOTLINT_DISABLE_COMPILE_CACHE: '0' }, 'linux', home)).toBe('/home/ada/.cache/shotlint');
  });

  it('without a home folder there is no cache', () => {
    const noHome = () => {
      throw new Error('no home');
    };
    expect(compileCacheDir({}, 'linux', noHome)).toBeUndefined();
  });
});

describe('compileCacheName', () => {
  it('names the build by its content, and V8 by its version', () => {
    const a = compileCacheName(Buffer.from('module.exports.start = () => 1;'));
    expect(a).toBe(compileCacheName(Buffer.from('module.exports.start = () => 1;')));
    // Same length, other code: V8 would accept the other's cache, the name must not match.
    expect(compileCacheName(Buffer.from('module.exports.start = () => 2;'))).not.toBe(a);
    expect(a).toContain(process.versions.v8);
    expect(a).toMatch(/^cli-[\w.-]+\.cache$/);
  });
});

describe('the CLI with a code cache', () => {
  const prompt = 'A fox trots across a snowy field at dawn, tracking shot, soft golden light.';
  let t: ReturnType<typeof tempDir>;
  afterEach(() => t?.cleanup());

  const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));

  it('the first run writes the cache; the next uses it, leaves it alone and prints the same', async () => {
    t = tempDir();
    const dir = t.path('cache');
    const first = await shotlint(['-p', prompt], { env: { SHOTLINT_COMPILE_CACHE: dir } });
    expect(first.stderr).toBe('');
    const [file] = caches(dir);
    expect(caches(dir)).toHaveLength(1);
    const written = statSync(join(dir, file!));
    expect(written.size).toBeGreaterThan(100_000);
    if (process.platform !== 'win32') expect(written.mode & 0o777).toBe(0o600);

    const second = await shotlint(['-p', prompt], { env: { SHOTLINT_COMPILE_CACHE: dir } });
    expect(second.code).toBe(first.code);
    expect(second.stdout.replace(/· [\d.]+ s/, '')).toBe(first.stdout.replace(/· [\d.]+ s/, ''));
    // A cache V8 rejected would be written again: an untouched file was used.
    expect(statSync(join(dir, file!)).mtimeMs).toBe(written.mtimeMs);
    expect(caches(dir)).toEqual([file]);
  });

  it('a damaged cache is replaced, and the run is the same', async () => {
    t = tempDir();
    const dir = t.path('cache');
    const plain = await shotlint(['-p', prompt, '-f', 'json'], { env: { SHOTLINT_DISABLE_COMPILE_CACHE: '1' } });
    await shotlint(['-p', 'a cat'], { env: { SHOTLINT_COMPILE_CACHE: dir } });
    const [file] = caches(dir);
    writeFileSync(join(dir, file!), 'not a code cache');
    const run = await shotlint(['-p', prompt, '-f', 'json'], { env: { SHOTLINT_COMPILE_CACHE: dir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(readFileSync(join(dir, file!)).length).toBeGreaterThan(100_000);
  });

  it('a run that does not lint writes none: the cache keeps the code linting compiles', async () => {
    t = tempDir();
    const dir = t.path('cache');
    const version = await shotlint(['--version'], { env: { SHOTLINT_COMPILE_CACHE: dir } });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('turned off, nothing is written', async () => {
    t = tempDir();
    const dir = t.path('cache');
    const run = await shotlint(['-p', prompt], { env: { SHOTLINT_COMPILE_CACHE: dir, SHOTLINT_DISABLE_COMPILE_CACHE: '1' } });
    expect(run.stderr).toBe('');
    expect(() => readdirSync(dir)).toThrow();
  });

  it('a folder that cannot be made costs only the speed', async () => {
    t = tempDir({ 'a-file': 'x' });
    const plain = await shotlint(['-p', prompt, '-f', 'json'], { env: { SHOTLINT_DISABLE_COMPILE_CACHE: '1' } });
    const run = await shotlint(['-p', prompt, '-f', 'json'], { env: { SHOTLINT_COMPILE_CACHE: t.path('a-file/cache') } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(readdirSync(t.dir)).toEqual(['a-file']);
  });
});

describe('the built files', () => {
  const dist = join(ROOT, 'dist');
  const code = readdirSync(dist).filter((f) => f.endsWith('.js') || f.endsWith('.cjs'));
  let t: ReturnType<typeof tempDir>;
  afterEach(() => t?.cleanup());

  it('are ASCII only: V8 keeps such a source one byte per character, and reads it faster at every start', () => {
    expect(code).toContain('cli.cjs');
    for (const f of code) {
      const bytes = readFileSync(join(dist, f));
      expect(bytes.findIndex((b) => b > 0x7f), f).toBe(-1);
    }
  });

  it('escape each character so that it means what it meant: in strings, templates, names, expressions and comments', () => {
    const source = [
      'const café = "é—…" + `ñ${1}’`; // a comment — with a dash',
      'const astral = "😀";',
      '[café, astral, /[ñç’]/.test("ç"), /^[-*•] /.test("• a"), /^.$/u.test("😀"), /[😀]/u.test("😀"), /😀/.test("😀"), "😀".length, /ą|ł/i.test("Ł")]',
    ].join('\n');
    const ascii = asciiOnly(source);
    expect(ascii).toMatch(/^[\0-\x7F]*$/);
    expect(ascii.split('\n')).toHaveLength(3);
    expect(runInNewContext(ascii)).toEqual(runInNewContext(source));
    expect(runInNewContext(ascii)).toEqual(['é—…ñ1’', '😀', true, true, true, true, true, 2, true]);
    expect(asciiOnly('plain ascii')).toBe('plain ascii');
  });

  it('the CLI and the library agree on every labelled prompt written with non-ASCII characters', async () => {
    const prompts = [
      ...labelled.map((p) => p.text).filter((text) => /[^\0-\x7F]/.test(text)),
      // Bulleted fields and French elision: characters the bundle's expressions hold escaped.
      '• Subject: a señor walks a dog\n• Camera: slow dolly in\n• Light: warm dusk glow — soft',
      'Un homme marche dans la forêt à l’aube, travelling lent, lumière douce.',
    ];
    expect(prompts.length).toBeGreaterThan(20);
    t = tempDir({ 'prompts.jsonl': prompts.map((prompt) => JSON.stringify({ prompt })).join('\n') + '\n' });
    const records = parseJson((await shotlint([t.path('prompts.jsonl'), '-f', 'json', '--rewrite'])).stdout);
    expect(records).toHaveLength(prompts.length);
    records.forEach((record, i) => {
      const expected = lint(prompts[i]!);
      expect(record.source).toBe(prompts[i]);
      expect(record.score.total, prompts[i]).toBe(expected.score.total);
      expect(record.rewrite, prompts[i]).toBe(expected.rewrite?.text ?? prompts[i]);
      expect(record.messages.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`).sort(), prompts[i]).toEqual(
        expected.diagnostics.map((d) => `${d.ruleId}: ${d.message}`).sort(),
      );
    });
  });
});
