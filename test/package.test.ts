/**
 * The published package: what `npm pack` puts in the tarball runs. The command, the language
 * server and the library's entry points load files by relative path (the launcher loads
 * dist/cli.cjs, the CLI its worker); a file left out of `files` fails only once installed, so
 * this test installs the tarball's contents beside the repository's dependencies and runs them.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, TEST_COMPILE_CACHE, requireBuild } from './helpers/cli.js';
import { lint } from '../src/index.js';

let dir: string;
let installed: string;

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'shotlint-pack-'));
  // --ignore-scripts: pack the build as it is (the `prepare` script would rebuild dist/ under the other tests).
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
  installed = join(dir, 'package');
  symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'dir');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(bin: string, args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: '1', SHOTLINT_COMPILE_CACHE: TEST_COMPILE_CACHE };
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, input, timeout: 60_000 });
}

describe('the packed package', () => {
  const prompt = 'Beautiful cinematic video of a city at night';

  it('its command lints as the repository\'s does', () => {
    const packed = run(join(installed, 'bin', 'shotlint.js'), ['-p', prompt, '-f', 'json']);
    const here = run(BIN, ['-p', prompt, '-f', 'json']);
    expect(packed.stderr).toBe('');
    expect(packed.status).toBe(here.status);
    expect(packed.stdout).toContain('no-abstract-adjectives');
    expect(packed.stdout).toBe(here.stdout);
  });

  it('its command starts lint workers', () => {
    const lines = Array.from({ length: 4 }, (_, i) => JSON.stringify({ id: `p${i}`, prompt: `${prompt} ${i}` })).join('\n');
    const packed = run(join(installed, 'bin', 'shotlint.js'), ['--stdin', '--lines', '-j', '2', '-f', 'compact'], lines);
    expect(packed.stderr).toBe('');
    expect(packed.stdout.split('\n').filter((l) => l.includes('no-abstract-adjectives')).length).toBeGreaterThanOrEqual(4);
  });

  it('its library entry points load', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: Record<string, { import?: string } | string>; bin: Record<string, string> };
    for (const target of Object.values(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.import!;
      const check = file.endsWith('.json') ? `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(join(installed, file))}, 'utf8'))` : `await import(${JSON.stringify(join(installed, file))})`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${check};`], { encoding: 'utf8' });
      expect(result.stderr, file).toBe('');
      expect(result.status, file).toBe(0);
    }
    expect(Object.keys(pkg.bin).sort()).toEqual(['shotlint', 'shotlint-lsp']);
  });

  it('its library loads zod only when a schema is built, and validates with it then', () => {
    // zod's modules are half of what importing the library costs; a linter with no config and
    // no rule options builds no schema. The library's build loads zod's CommonJS build on demand.
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const zodLoaded = () => Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(file));
      const shotlint = await import(${JSON.stringify(join(installed, 'dist', 'index.js'))});
      const out = { afterImport: zodLoaded() };
      out.score = shotlint.lint(${JSON.stringify(prompt)}).score.total;
      out.afterLint = zodLoaded();
      out.options = shotlint.createLinter({ rules: { 'max-words': ['warn', { max: 5 }] } }).config.rules.find((r) => r.id === 'max-words').options;
      out.afterOptions = zodLoaded();
      try { shotlint.validateConfig({ rules: { 'max-words': 'loud' } }); } catch (error) { out.error = error.name + ': ' + error.message; }
      // A plugin's schema, built with the user's own zod, is validated the same way.
      const { z } = await import('zod');
      const plugin = shotlint.defineRule({ meta: { type: 'suggestion', docs: { description: 'x', recommended: false, dimension: 'style' }, messages: { m: 'm' }, schema: z.strictObject({ n: z.number().default(1) }).default({ n: 1 }) }, create: () => ({}) });
      out.pluginOptions = shotlint.createLinter({ rules: { 'x/own-zod': ['warn', { n: 3 }] } }, { plugins: { 'x/own-zod': plugin } }).config.rules.find((r) => r.id === 'x/own-zod').options;
      try { shotlint.createLinter({ rules: { 'x/own-zod': ['warn', { n: 'three' }] } }, { plugins: { 'x/own-zod': plugin } }); } catch (error) { out.pluginError = error.name + ': ' + error.message; }
      out.empty = shotlint.getConfigSchema().parse({});
      out.jsonSchemaTitle = shotlint.configJsonSchema().title;
      console.log(JSON.stringify(out));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ afterImport: false, afterLint: false, options: { max: 5 }, afterOptions: true, empty: {}, jsonSchemaTitle: 'shotlint configuration' });
    expect(out.score).toBe(lint(prompt).score.total);
    expect(out.error).toMatch(/^ConfigError: .*rules\.max-words.*severity/s);
    expect(out.pluginOptions).toEqual({ n: 3 });
    expect(out.pluginError).toMatch(/^ConfigError: .*x\/own-zod/s);
    // An ES import of zod would load it before any of the above, where require.cache cannot see.
    for (const file of readdirSync(join(installed, 'dist')).filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(join(installed, 'dist', file), 'utf8'), file).not.toMatch(/^import[^;]*from ["']zod["']/m);
    }
  });

  it('its library imports zod up front where Node cannot hand it require (older Node 20, a browser)', () => {
    const script = `
      delete process.getBuiltinModule;
      const shotlint = await import(${JSON.stringify(join(installed, 'dist', 'index.js'))});
      const out = { score: shotlint.lint(${JSON.stringify(prompt)}).score.total };
      out.options = shotlint.createLinter({ rules: { 'max-words': ['warn', { max: 5 }] } }).config.rules.find((r) => r.id === 'max-words').options;
      try { shotlint.validateConfig({ rules: { 'max-words': 'loud' } }); } catch (error) { out.error = error.name; }
      console.log(JSON.stringify(out));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ score: lint(prompt).score.total, options: { max: 5 }, error: 'ConfigError' });
  });

  it('its library entry points import no Node built-in, so browser bundlers take them as they are', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(installed, 'dist', file), 'utf8');
      for (const [, specifier] of code.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)) {
        if (specifier === undefined) continue;
        if (specifier.startsWith('./')) visit(specifier.slice(2));
        else expect(isBuiltin(specifier), `${file} imports ${specifier}`).toBe(false);
      }
    };
    visit('index.js');
    visit('retext.js');
    expect(seen.size).toBeGreaterThan(2);
  });

  it('its language server answers initialize', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const server = spawn(process.execPath, [join(installed, 'dist', 'lsp.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const answered = new Promise<void>((resolve) => {
      server.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        if (out.includes('"id":1')) resolve();
      });
      server.on('close', () => resolve());
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await answered;
    server.kill();
    expect(out).toContain('"capabilities"');
  });
});
