import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

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
  async onSuccess() {
    // Ship the config's JSON Schema beside the code: editors validate shotlint.config.json with it.
    const url = `${pathToFileURL(resolve('dist/index.js')).href}?t=${Date.now()}`;
    const { configJsonSchema } = await import(url);
    await writeFile('dist/shotlint.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
  },
}, {
  // The CLI and its worker: each one self-contained file, so `shotlint -p "…"` reads and parses
  // one file instead of resolving dozens of chunks and zod's modules (cold start budget).
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: false,
  splitting: false,
  treeshake: true,
  noExternal: ['zod'],
  esbuildOptions(options) {
    options.alias = { zod: './src/cli/zod-lite.ts' };
  },
}]);
