/**
 * The published package: what `npm pack` puts in the tarball runs. The command, the language
 * server and the library's entry points load files by relative path (the launcher loads
 * dist/cli.cjs, the CLI its worker); a file left out of `files` fails only once installed, so
 * this test installs the tarball's contents beside the repository's dependencies and runs them.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, TEST_COMPILE_CACHE, requireBuild } from './helpers/cli.js';

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
