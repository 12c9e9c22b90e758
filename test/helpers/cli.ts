/** Spawning the BUILT `shotlint` binary in temporary folders, as a user would run it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'shotlint.js');
/**
 * The tests' compile cache (src/cli/launch.ts), so they never write into the user's cache folder
 * and every CLI test after the first runs the cached path.
 */
export const TEST_COMPILE_CACHE = join(ROOT, 'node_modules', '.cache', 'shotlint-test-compile-cache');

/** The CLI tests run the build: CI runs `npm run build` before `npm test`. */
export function requireBuild(): void {
  if (!['cli.cjs', 'cli-worker.js', 'launch.js'].every((file) => existsSync(join(ROOT, 'dist', file)))) {
    throw new Error('dist/cli.cjs is missing: run `npm run build` before the CLI tests.');
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  timeout?: number;
}

/** Environment without colour and CI hints, so output is plain and stable. */
function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SHOTLINT_COMPILE_CACHE: TEST_COMPILE_CACHE };
  delete env.SHOTLINT_DISABLE_COMPILE_CACHE;
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function start(args: readonly string[], options: RunOptions = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: baseEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
}

export function shotlint(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = start(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin!.on('error', () => {});
    if (options.input !== undefined) child.stdin!.end(options.input);
    else child.stdin!.end();
  });
}

/** A temporary folder with the given files (paths may contain folders); removed by `cleanup`. */
export function tempDir(files: Record<string, string | Buffer> = {}): { dir: string; path: (p: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'shotlint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses `--format json` output. */
export function parseJson(stdout: string): any[] {
  return JSON.parse(stdout) as any[];
}

/**
 * For a docs page's shell commands: writes a `shotlint` command into `dir/.bin` that runs the
 * build, and returns the environment a reader's shell would have (that folder first on PATH, no
 * colour, no test runner's or CI's variables).
 */
export function shellWithShotlint(dir: string): NodeJS.ProcessEnv {
  mkdirSync(join(dir, '.bin'), { recursive: true });
  writeFileSync(join(dir, '.bin', 'shotlint'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir, '.bin', 'shotlint'), 0o755);
  const env = baseEnv({ PATH: `${join(dir, '.bin')}:${process.env.PATH ?? ''}`, NODE_OPTIONS: undefined });
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
