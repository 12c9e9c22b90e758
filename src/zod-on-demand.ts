/**
 * The library build's `zod`: the real zod, loaded the first time a schema is built. Importing
 * `zod` resolves, links and evaluates some forty modules, about half of what `import 'shotlint'`
 * costs, while a linter with no config and no rule options builds no schema (rules give theirs as
 * functions, with `defaultOptions`). tsup points the library's imports of `zod` here (see
 * tsup.config.ts); the declarations, the tests and the playground keep the real import. Schemas
 * a user builds with their own zod work with it: shotlint only calls their methods.
 */
import type * as Zod from 'zod';

type ZodNamespace = typeof Zod.z;
type NodeModule = { createRequire(url: string): (id: string) => unknown };

// Node 20.16+ and 22.3+ hand out a built-in without an import statement, so browser bundlers,
// which see none here, bundle this file as it is.
const nodeModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:module') as NodeModule | undefined;

// Elsewhere (a browser, an older Node) zod is imported up front, as a plain import would be.
let loaded: ZodNamespace | undefined = nodeModule ? undefined : (await import('zod')).z;

function load(): ZodNamespace {
  // zod's CommonJS build, from where the package is installed: synchronous, as the first
  // schema is built inside synchronous calls (resolveConfig, a rule's meta.schema).
  loaded ??= (nodeModule!.createRequire(import.meta.url)('zod') as typeof Zod).z;
  return loaded;
}

export const z = new Proxy({} as ZodNamespace, { get: (_target, key) => load()[key as keyof ZodNamespace] });
