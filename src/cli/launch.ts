/**
 * Starts the CLI bundle (dist/cli.cjs) with V8's code cache, as ESLint does with Node's compile
 * cache: parsing and compiling 1.6 MB of JavaScript is the largest part of `shotlint -p "…"`'s
 * start-up, and the cache skips it from the second run on. Node 20 has no compile cache for
 * modules (module.enableCompileCache came in Node 22.1), so the bundle is a script run through
 * `vm.Script`, whose `cachedData` is the same mechanism.
 *
 * The cache is one file per user, per Node version and per build, in the user's cache folder.
 * V8 checks a cache against its own version and flags and the source's length only, so the file
 * name carries a hash of the source: a rebuilt or upgraded bundle never runs another build's
 * code. Any failure to read or write the cache only costs the speed: the CLI runs all the same.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';
import type { Launcher } from './main.js';

type Env = Record<string, string | undefined>;

/**
 * The folder for the cache, or undefined when it is turned off: `SHOTLINT_COMPILE_CACHE` names
 * one; otherwise the platform's per-user cache folder. Never a shared temporary folder, where
 * another user could leave a file for this one to run.
 */
export function compileCacheDir(env: Env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | undefined {
  if (env.SHOTLINT_DISABLE_COMPILE_CACHE && env.SHOTLINT_DISABLE_COMPILE_CACHE !== '0') return undefined;
  if (env.SHOTLINT_COMPILE_CACHE) return env.SHOTLINT_COMPILE_CACHE;
  try {
    if (platform === 'win32') return join(env.LOCALAPPDATA || join(home(), 'AppData', 'Local'), 'shotlint', 'Cache');
    if (platform === 'darwin') return join(home(), 'Library', 'Caches', 'shotlint');
    // The XDG spec has a relative XDG_CACHE_HOME ignored.
    const xdg = env.XDG_CACHE_HOME;
    return join(xdg && isAbsolute(xdg) ? xdg : join(home(), '.cache'), 'shotlint');
  } catch {
    return undefined; // no home folder (a system account): run without the cache
  }
}

/**
 * The cache file's name: what V8 checks (its version, the architecture) and what it does not
 * (the source's content). The content's CRC-32 is what Node's own compile cache keys on; it
 * costs a fraction of a millisecond, where loading node:crypto alone costs several.
 */
export function compileCacheName(source: Buffer): string {
  return `cli-${process.versions.v8}-${process.arch}-${contentKey(source)}.cache`;
}

type Crc32 = (data: Uint8Array) => number;

function contentKey(source: Buffer): string {
  const crc32 = (zlib as { crc32?: Crc32 }).crc32;
  if (crc32) return `${source.length.toString(36)}-${crc32(source).toString(16).padStart(8, '0')}`;
  // zlib.crc32 came in Node 20.15: before it, a SHA-256 (one require of node:crypto).
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a run never reads half a cache. */
function writeCache(dir: string, file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the folder itself could not be made: nothing was written
    }
  }
}

/** Loads the CommonJS bundle at `bundleUrl` as Node would, with the code cache when there is one, and starts it. */
export function launch(bundleUrl: URL, env: Env = process.env): void {
  const filename = fileURLToPath(bundleUrl);
  const bytes = readFileSync(filename);
  const dir = compileCacheDir(env);
  const cacheFile = dir === undefined ? undefined : join(dir, compileCacheName(bytes));
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  // Node's own CommonJS wrapper, so the bundle sees the same five names as under `require`.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename, cachedData });
  const missing = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  const module = { exports: {} as { start?: (launcher: Launcher) => void } };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  module.exports.start!({
    // A script has no import() of its own on Node 20 (vm's needs a flag), so the bundle uses this module's.
    importModule: (url) => import(url),
    // Written at the exit of a run that lints, so the cache also holds the functions linting
    // compiled on first call (a `--version` run would leave them out of it).
    linting: () => {
      if (missing) process.once('exit', () => writeCache(dir!, cacheFile!, script.createCachedData()));
    },
  });
}
