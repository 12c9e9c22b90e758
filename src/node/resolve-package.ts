/**
 * The file that Node's `import` would load for a package specifier (`pkg`, `pkg/sub`,
 * `@scope/pkg/sub`) from a folder, without loading it: Node's ESM resolution (PACKAGE_RESOLVE in
 * its ESM documentation). The package's own name from inside it first, then `node_modules`
 * folders from the folder up; in the package, `exports` with the conditions of `import`, else
 * (for the package itself) `main` and `index.js`. Errors name the package and the subpath.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The conditions of a dynamic `import()` in Node, matched in the order of the package's keys. */
const CONDITIONS = new Set(['import', 'node', 'default']);

/** No package of that name is installed, or the name cannot be one. */
export class PackageNotFoundError extends Error {}

/** A target in `exports` that is not a path inside the package: an array of targets skips it. */
class InvalidTargetError extends Error {}

interface PackageJson {
  /** The package.json, read or not. */
  file: string;
  url: URL;
  name?: unknown;
  main?: unknown;
  exports?: unknown;
}

/** The absolute, real path of the file that `import(specifier)` loads from `baseDir`. */
export function resolvePackage(specifier: string, baseDir: string): string {
  const { name, subpath } = parseSpecifier(specifier);
  const scope = packageScope(resolve(baseDir));
  if (scope && scope.exports != null && scope.name === name) return exportsFile(scope, name, subpath);
  for (let dir = resolve(baseDir); ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', name);
    // Node takes the first folder of that name, whatever is in it.
    if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return packageFile(readPackage(folder), name, subpath);
    if (dirname(dir) === dir) break;
  }
  throw new PackageNotFoundError(`cannot find the package from ${baseDir}`);
}

/** `@scope/pkg/a/b` → `@scope/pkg` and `./a/b`. */
function parseSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, length).join('/');
  if (parts.length < length || parts.slice(0, length).some((p) => p === '') || /^\.|%|\\/.test(name)) {
    throw new PackageNotFoundError(`"${specifier}" is not a valid package name`);
  }
  return { name, subpath: ['.', ...parts.slice(length)].join('/') };
}

function readPackage(dir: string): PackageJson {
  const file = join(dir, 'package.json');
  const url = pathToFileURL(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { file, url };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`cannot parse ${file}: ${(error as Error).message}`);
  }
  const { name, main, exports } = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return { file, url, name, main: typeof main === 'string' ? main : undefined, exports };
}

/** The package.json nearest to `dir`, not looking past a `node_modules` folder (Node's package scope). */
function packageScope(dir: string): PackageJson | undefined {
  for (; basename(dir) !== 'node_modules'; dir = dirname(dir)) {
    if (statSync(join(dir, 'package.json'), { throwIfNoEntry: false })?.isFile()) return readPackage(dir);
    if (dirname(dir) === dir) break;
  }
  return undefined;
}

function packageFile(pkg: PackageJson, name: string, subpath: string): string {
  if (pkg.exports != null) return exportsFile(pkg, name, subpath);
  if (subpath === '.') return mainFile(pkg, name);
  // Without `exports` a subpath names a file as it is: `import` adds no extension.
  const file = fileURLToPath(new URL(subpath, pkg.url));
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new Error(`package "${name}" has no "exports" and no file ${file}`);
  if (stat.isDirectory()) throw new Error(`package "${name}" has no "exports", and ${file} is a folder, not a module`);
  return realpathSync(file);
}

/** `main`, with Node's guesses, then `index.js`: a package without `exports`. */
function mainFile(pkg: PackageJson, name: string): string {
  const guesses = typeof pkg.main === 'string' ? ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'].map((end) => `./${pkg.main}${end}`) : [];
  for (const guess of [...guesses, './index.js', './index.json', './index.node']) {
    const file = fileURLToPath(new URL(guess, pkg.url));
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return realpathSync(file);
  }
  const dir = dirname(pkg.file);
  throw new Error(`package "${name}" has no "exports", ${typeof pkg.main === 'string' ? `and neither its "main" (${pkg.main}) nor index.js is in ${dir}` : `no "main" and no index.js in ${dir}`}`);
}

function exportsFile(pkg: PackageJson, name: string, subpath: string): string {
  const exports = (isConditions(pkg.exports, pkg) ? { '.': pkg.exports } : pkg.exports) as Record<string, unknown>;
  let key: string | undefined;
  let match: string | undefined;
  if (typeof exports === 'object' && Object.hasOwn(exports, subpath) && !subpath.includes('*') && !subpath.endsWith('/')) {
    key = subpath;
  } else if (typeof exports === 'object') {
    // The longest pattern whose text before and after its "*" frames the subpath.
    for (const k of Object.keys(exports)) {
      const star = k.indexOf('*');
      if (star === -1 || star !== k.lastIndexOf('*') || !subpath.startsWith(k.slice(0, star))) continue;
      const trailer = k.slice(star + 1);
      if (subpath.length >= k.length && subpath.endsWith(trailer) && (key === undefined || patternKeyCompare(key, k) === 1)) {
        key = k;
        match = subpath.slice(star, subpath.length - trailer.length);
      }
    }
  }
  const notExported = `package "${name}" does not export "${subpath}" (see "exports" in ${pkg.file})`;
  if (key === undefined) throw new Error(notExported);
  const target = exports[key];
  const url = targetUrl(pkg, target, match, key, name);
  if (url === undefined) {
    const offered = target && typeof target === 'object' && !Array.isArray(target) ? Object.keys(target) : [];
    const only = offered.length > 0 && !offered.some((c) => CONDITIONS.has(c)) ? `only for ${offered.join(', ')}, and import needs ` : 'for none of ';
    throw new Error(`package "${name}" exports "${subpath}" ${only}${[...CONDITIONS].join(', ')} (see "exports" in ${pkg.file})`);
  }
  if (url === null) throw new Error(notExported);
  if (/%2f|%5c/i.test(url.pathname)) throw new Error(`invalid subpath "${subpath}" of package "${name}": it may not encode "/" or "\\"`);
  const file = fileURLToPath(url);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new Error(`package "${name}" exports "${subpath}" as ${file}, which does not exist`);
  if (stat.isDirectory()) throw new Error(`package "${name}" exports "${subpath}" as the folder ${file}, not a module`);
  return realpathSync(file);
}

/** Whether `exports` is the conditions (or the target) of ".", not a map of subpaths. */
function isConditions(exports: unknown, pkg: PackageJson): boolean {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (!exports || typeof exports !== 'object') return false;
  const kinds = new Set(Object.keys(exports).map((k) => k === '' || !k.startsWith('.')));
  if (kinds.size > 1) throw new Error(`invalid "exports" in ${pkg.file}: its keys are either all subpaths (".", "./rules") or all conditions ("import", "default")`);
  return kinds.has(true);
}

/** Node's order of pattern keys: -1 when `a` is the better match, 1 when `b` is. */
function patternKeyCompare(a: string, b: string): number {
  const baseA = a.indexOf('*') + 1;
  const baseB = b.indexOf('*') + 1;
  if (baseA !== baseB) return baseA > baseB ? -1 : 1;
  if (a.length !== b.length) return a.length > b.length ? -1 : 1;
  return 0;
}

/** A "." or ".." segment, or node_modules, also percent-encoded: not allowed in a target or a pattern's match. */
function hasInvalidSegment(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => {
    const decoded = segment.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).toLowerCase();
    return decoded === '.' || decoded === '..' || decoded === 'node_modules';
  });
}

/**
 * The URL a target of `exports[key]` gives (with `match` for the "*" of a pattern key): null
 * where the package says the subpath is not exported, undefined where no condition matches.
 */
function targetUrl(pkg: PackageJson, target: unknown, match: string | undefined, key: string, name: string): URL | null | undefined {
  if (typeof target === 'string') {
    const invalid = () => new InvalidTargetError(`invalid "exports" in ${pkg.file}: the target "${target}" of "${key}" is not a path inside the package that starts with "./"`);
    if (!target.startsWith('./') || hasInvalidSegment(target.slice(2))) throw invalid();
    const url = new URL(target, pkg.url);
    if (!url.pathname.startsWith(new URL('.', pkg.url).pathname)) throw invalid();
    if (match === undefined) return url;
    if (hasInvalidSegment(match)) throw new Error(`invalid subpath "${key.replace('*', match)}" of package "${name}"`);
    return new URL(url.href.replace(/\*/g, () => match));
  }
  if (Array.isArray(target)) {
    // The first target that resolves; a target that is not a path is skipped.
    if (target.length === 0) return null;
    let last: InvalidTargetError | null | undefined;
    for (const item of target) {
      let url: URL | null | undefined;
      try {
        url = targetUrl(pkg, item, match, key, name);
      } catch (error) {
        if (!(error instanceof InvalidTargetError)) throw error;
        last = error;
        continue;
      }
      if (url) return url;
      if (url === null) last = null;
    }
    if (last) throw last;
    return last;
  }
  if (target && typeof target === 'object') {
    const keys = Object.keys(target);
    if (keys.some((k) => /^(?:0|[1-9]\d*)$/.test(k))) throw new Error(`invalid "exports" in ${pkg.file}: conditions cannot be numbers`);
    for (const condition of keys) {
      if (!CONDITIONS.has(condition)) continue;
      const url = targetUrl(pkg, (target as Record<string, unknown>)[condition], match, key, name);
      if (url !== undefined) return url;
    }
    return undefined;
  }
  if (target === null) return null;
  throw new InvalidTargetError(`invalid "exports" in ${pkg.file}: the target of "${key}" is ${JSON.stringify(target)}, not a path`);
}
