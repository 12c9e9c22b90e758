import { readdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { asciiOnly } from './scripts/lib/ascii.js';

/** Rewrites the built files in ASCII (see scripts/lib/ascii.ts: the CLI starts faster). */
async function escapeNonAscii(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const code = await readFile(file, 'utf8');
    const ascii = asciiOnly(code);
    if (ascii !== code) await writeFile(file, ascii);
  }
}

/** The built JavaScript files in dist/ whose names `pattern` matches. */
async function built(pattern: RegExp): Promise<string[]> {
  return (await readdir('dist')).filter((name) => pattern.test(name)).map((name) => resolve('dist', name));
}

/**
 * The library's imports of `zod` go to src/zod-on-demand.ts, which loads zod when a schema is
 * first built; its own import of `zod` stays the package's.
 */
const zodOnDemand: Plugin = {
  name: 'zod-on-demand',
  setup(build) {
    const onDemand = resolve('src/zod-on-demand.ts');
    build.onResolve({ filter: /^zod$/ }, (args) => (args.importer === onDemand ? { path: 'zod', external: true } : { path: onDemand }));
  },
};

/** The CLI's bundles: one file each, zod's classic builders bundled in its lighter form (zod-lite.ts). */
const SELF_CONTAINED = {
  target: 'node20' as const,
  platform: 'node' as const,
  sourcemap: true,
  clean: false,
  splitting: false,
  treeshake: true,
  noExternal: ['zod'],
  esbuildOptions: ((options) => {
    options.alias = { zod: './src/cli/zod-lite.ts' };
  }) satisfies NonNullable<Options['esbuildOptions']>,
};

export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    lsp: 'src/lsp/server.ts',
    'lsp-worker': 'src/lsp/worker.ts',
    retext: 'src/adapters/retext.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', retext: 'src/adapters/retext.ts' } },
  sourcemap: true,
  clean: false,
  splitting: true,
  treeshake: true,
  // zod is loaded when the first schema is built (see src/zod-on-demand.ts).
  noExternal: ['zod'],
  esbuildPlugins: [zodOnDemand],
  async onSuccess() {
    await escapeNonAscii(await built(/^(?:index|lsp|lsp-worker|retext|chunk-[\w-]+)\.js$/));
    // Ship the config's JSON Schema beside the code: editors validate shotlint.config.json with it.
    const url = `${pathToFileURL(resolve('dist/index.js')).href}?t=${Date.now()}`;
    const { configJsonSchema } = await import(url);
    await writeFile('dist/shotlint.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
  },
}, {
  // The CLI's worker and the launcher: each one self-contained file, so a worker reads and
  // parses one file instead of resolving dozens of chunks and zod's modules.
  ...SELF_CONTAINED,
  entry: { 'cli-worker': 'src/cli/worker.ts', launch: 'src/cli/launch.ts' },
  format: ['esm'],
  onSuccess: async () => escapeNonAscii(await built(/^(?:cli-worker|launch)\.js$/)),
}, {
  // The CLI itself: one CommonJS script, which bin/shotlint.js runs through the launcher with
  // V8's code cache (cold start budget; see src/cli/launch.ts). `shims` gives it import.meta.url.
  // A script run by `vm` has no import() on Node 20: the bundle's own lazy imports (its modules,
  // Node's, its dependencies') become require calls, and plugins come through the launcher.
  ...SELF_CONTAINED,
  entry: { cli: 'src/cli/main.ts' },
  format: ['cjs'],
  shims: true,
  banner: { js: "'use strict';" },
  onSuccess: async () => escapeNonAscii(await built(/^cli\.cjs$/)),
  esbuildOptions(options) {
    SELF_CONTAINED.esbuildOptions(options);
    options.supported = { 'dynamic-import': false };
  },
}]);
