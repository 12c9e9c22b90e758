/**
 * Package plugins resolve as Node's `import` would: `exports` with the import conditions, subpaths
 * and patterns, `main` and index.js without `exports`, scoped names, `node_modules` folders up
 * from the base folder, the package's own name inside it. Each case names the file it must give,
 * and Node itself (`import.meta.resolve` from the same folder) is asked the same questions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackageNotFoundError, resolvePackage } from '../src/node/resolve-package.js';
import { tempDir } from './helpers/cli.js';

const json = (value: unknown) => JSON.stringify(value);
const ESM = 'export const rules = {};\n';

const t = tempDir({
  // Only "import" (and "types"): require.resolve finds nothing here.
  'node_modules/esm-only/package.json': json({ name: 'esm-only', type: 'module', exports: { '.': { import: './index.js' } } }),
  'node_modules/esm-only/index.js': ESM,
  'node_modules/esm-types/package.json': json({ name: 'esm-types', type: 'module', exports: { types: './index.d.ts', import: './index.js' } }),
  'node_modules/esm-types/index.js': ESM,
  'node_modules/esm-types/index.d.ts': '',
  // "require" first, "main" the CommonJS file: import takes the ESM entry.
  'node_modules/dual/package.json': json({ name: 'dual', main: './index.cjs', exports: { '.': { require: './index.cjs', import: './index.mjs' } } }),
  'node_modules/dual/index.cjs': 'module.exports = {};\n',
  'node_modules/dual/index.mjs': ESM,
  // The package's key order decides, not the order of the conditions.
  'node_modules/ordered/package.json': json({ name: 'ordered', exports: { default: './default.mjs', import: './import.mjs' } }),
  'node_modules/ordered/default.mjs': ESM,
  'node_modules/ordered/import.mjs': ESM,
  'node_modules/nested/package.json': json({ name: 'nested', exports: { '.': { browser: './browser.mjs', node: { require: './node.cjs', import: './node.mjs' }, default: './default.mjs' } } }),
  'node_modules/nested/node.mjs': ESM,
  'node_modules/nested/node.cjs': '',
  'node_modules/nested/browser.mjs': ESM,
  'node_modules/nested/default.mjs': ESM,
  'node_modules/str/package.json': json({ name: 'str', exports: './lib/main.mjs' }),
  'node_modules/str/lib/main.mjs': ESM,
  'node_modules/sub/package.json': json({ name: 'sub', exports: { '.': './index.mjs', './rules': { import: './rules/index.mjs' }, './internal': null } }),
  'node_modules/sub/index.mjs': ESM,
  'node_modules/sub/rules/index.mjs': ESM,
  'node_modules/sub/internal.mjs': ESM,
  'node_modules/sub/hidden.mjs': ESM,
  'node_modules/pat/package.json': json({ name: 'pat', exports: { './rules/*': './dist/rules/*.mjs', './rules/internal/*': null, './rules/*.mjs': './dist/rules/*.mjs', './feature/*/index': './src/*/main.mjs' } }),
  'node_modules/pat/dist/rules/acme.mjs': ESM,
  'node_modules/pat/dist/rules/deep/one.mjs': ESM,
  'node_modules/pat/dist/rules/internal/secret.mjs': ESM,
  'node_modules/pat/src/video/main.mjs': ESM,
  'node_modules/@acme/shotlint-plugin/package.json': json({ name: '@acme/shotlint-plugin', type: 'module', exports: { '.': { import: './esm/index.js', require: './cjs/index.js' }, './extra': './extra.js' } }),
  'node_modules/@acme/shotlint-plugin/esm/index.js': ESM,
  'node_modules/@acme/shotlint-plugin/cjs/index.js': '',
  'node_modules/@acme/shotlint-plugin/extra.js': ESM,
  'node_modules/legacy/package.json': json({ name: 'legacy', main: 'lib/entry' }),
  'node_modules/legacy/lib/entry.js': ESM,
  'node_modules/legacy/lib/other.js': ESM,
  'node_modules/bare/package.json': json({ name: 'bare' }),
  'node_modules/bare/index.js': ESM,
  'node_modules/fallback/package.json': json({ name: 'fallback', exports: { '.': ['not-a-path', './ok.mjs'] } }),
  'node_modules/fallback/ok.mjs': ESM,
  'node_modules/cjs-only/package.json': json({ name: 'cjs-only', exports: { require: './index.cjs' } }),
  'node_modules/cjs-only/index.cjs': '',
  'node_modules/mixed/package.json': json({ name: 'mixed', exports: { '.': './index.mjs', import: './index.mjs' } }),
  'node_modules/escapes/package.json': json({ name: 'escapes', exports: { '.': './../str/lib/main.mjs', './mods': './node_modules/x.mjs' } }),
  'node_modules/gone/package.json': json({ name: 'gone', exports: './dist/index.mjs' }),
  'node_modules/nomain/package.json': json({ name: 'nomain', main: './lib/missing.js' }),
  // A nearer node_modules wins; the folders above are searched too.
  'app/deep/er/.keep': '',
  'app/node_modules/str/package.json': json({ name: 'str', exports: { import: './near.mjs' } }),
  'app/node_modules/str/near.mjs': ESM,
  // A package resolves its own name through its exports.
  'self/package.json': json({ name: 'self-plugin', exports: { '.': './main.mjs', './rules': './rules.mjs' } }),
  'self/main.mjs': ESM,
  'self/rules.mjs': ESM,
  'self/src/.keep': '',
});
afterAll(t.cleanup);

const root = realpathSync(t.dir);
const at = (path: string) => join(root, path);

/** What Node's own `import.meta.resolve` gives for each specifier from `dir`: a path or an error code. */
function nodeResolves(dir: string, specifiers: readonly string[]): Record<string, string> {
  const script = `import { fileURLToPath } from 'node:url';
const out = {};
for (const s of ${JSON.stringify(specifiers)}) {
  try { out[s] = fileURLToPath(import.meta.resolve(s)); } catch (error) { out[s] = error.code ?? String(error); }
}
console.log(JSON.stringify(out));`;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, string>;
}

const FOUND: Array<[from: string, specifier: string, file: string]> = [
  ['', 'esm-only', 'node_modules/esm-only/index.js'],
  ['', 'esm-types', 'node_modules/esm-types/index.js'],
  ['', 'dual', 'node_modules/dual/index.mjs'],
  ['', 'ordered', 'node_modules/ordered/default.mjs'],
  ['', 'nested', 'node_modules/nested/node.mjs'],
  ['', 'str', 'node_modules/str/lib/main.mjs'],
  ['', 'sub', 'node_modules/sub/index.mjs'],
  ['', 'sub/rules', 'node_modules/sub/rules/index.mjs'],
  ['', 'pat/rules/acme', 'node_modules/pat/dist/rules/acme.mjs'],
  ['', 'pat/rules/deep/one', 'node_modules/pat/dist/rules/deep/one.mjs'],
  ['', 'pat/rules/acme.mjs', 'node_modules/pat/dist/rules/acme.mjs'],
  ['', 'pat/feature/video/index', 'node_modules/pat/src/video/main.mjs'],
  ['', '@acme/shotlint-plugin', 'node_modules/@acme/shotlint-plugin/esm/index.js'],
  ['', '@acme/shotlint-plugin/extra', 'node_modules/@acme/shotlint-plugin/extra.js'],
  ['', 'legacy', 'node_modules/legacy/lib/entry.js'],
  ['', 'legacy/lib/other.js', 'node_modules/legacy/lib/other.js'],
  ['', 'bare', 'node_modules/bare/index.js'],
  ['', 'fallback', 'node_modules/fallback/ok.mjs'],
  ['app/deep/er', 'esm-only', 'node_modules/esm-only/index.js'],
  ['app/deep/er', 'str', 'app/node_modules/str/near.mjs'],
  ['self/src', 'self-plugin', 'self/main.mjs'],
  ['self/src', 'self-plugin/rules', 'self/rules.mjs'],
];

const FAILS: Array<[specifier: string, message: string]> = [
  ['shotlint-plugin-nope', `cannot find the package from ${root}`],
  ['@acme/nope', `cannot find the package from ${root}`],
  ['sub/hidden.mjs', `package "sub" does not export "./hidden.mjs" (see "exports" in ${at('node_modules/sub/package.json')})`],
  ['sub/internal', `package "sub" does not export "./internal" (see "exports" in ${at('node_modules/sub/package.json')})`],
  ['pat/rules/internal/secret', `package "pat" does not export "./rules/internal/secret" (see "exports" in ${at('node_modules/pat/package.json')})`],
  ['@acme/shotlint-plugin/esm/index.js', `package "@acme/shotlint-plugin" does not export "./esm/index.js" (see "exports" in ${at('node_modules/@acme/shotlint-plugin/package.json')})`],
  ['cjs-only', `package "cjs-only" exports "." only for require, and import needs import, node, default (see "exports" in ${at('node_modules/cjs-only/package.json')})`],
  ['mixed', `invalid "exports" in ${at('node_modules/mixed/package.json')}: its keys are either all subpaths (".", "./rules") or all conditions ("import", "default")`],
  ['escapes', `invalid "exports" in ${at('node_modules/escapes/package.json')}: the target "./../str/lib/main.mjs" of "." is not a path inside the package that starts with "./"`],
  ['escapes/mods', `invalid "exports" in ${at('node_modules/escapes/package.json')}: the target "./node_modules/x.mjs" of "./mods" is not a path inside the package that starts with "./"`],
  ['pat/rules/../../../str/lib/main', 'invalid subpath "./rules/../../../str/lib/main" of package "pat"'],
  ['gone', `package "gone" exports "." as ${at('node_modules/gone/dist/index.mjs')}, which does not exist`],
  ['nomain', `package "nomain" has no "exports", and neither its "main" (./lib/missing.js) nor index.js is in ${at('node_modules/nomain')}`],
  ['legacy/lib/other', `package "legacy" has no "exports" and no file ${at('node_modules/legacy/lib/other')}`],
  ['@acme', '"@acme" is not a valid package name'],
];

describe('resolvePackage', () => {
  for (const [from, specifier, file] of FOUND) {
    it(`${specifier} from ./${from} → ${file}`, () => {
      expect(resolvePackage(specifier, at(from))).toBe(at(file));
    });
  }

  for (const [specifier, message] of FAILS) {
    it(`${specifier}: ${message.slice(0, 50)}…`, () => {
      expect(() => resolvePackage(specifier, root)).toThrow(message);
    });
  }

  it('only a package that is not there (or cannot be named) is "not found"', () => {
    const kind = (specifier: string) => {
      try {
        resolvePackage(specifier, root);
      } catch (error) {
        return error instanceof PackageNotFoundError;
      }
      throw new Error('resolved');
    };
    expect(['shotlint-plugin-nope', '@acme/nope', '@acme', '.hidden'].map(kind)).toEqual([true, true, true, true]);
    expect(['sub/hidden.mjs', 'cjs-only', 'gone'].map(kind)).toEqual([false, false, false]);
  });

  it('Node\'s own import.meta.resolve agrees, case by case', () => {
    for (const from of new Set(FOUND.map(([f]) => f))) {
      const cases = FOUND.filter(([f]) => f === from);
      const node = nodeResolves(at(from), cases.map(([, s]) => s));
      for (const [, specifier, file] of cases) expect([specifier, node[specifier]]).toEqual([specifier, at(file)]);
    }
    // Where this resolver refuses, Node refuses too, or names a file that is not there.
    const node = nodeResolves(root, FAILS.map(([s]) => s));
    for (const [specifier] of FAILS) {
      const answer = node[specifier]!;
      const refused = !isAbsolute(answer) || !existsSync(answer) || statSync(answer).isDirectory();
      expect([specifier, refused]).toEqual([specifier, true]);
    }
  });
});
