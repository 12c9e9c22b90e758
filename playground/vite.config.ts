/**
 * The playground: a static page that runs the shotlint core in the browser.
 *   npm run playground         dev server
 *   npm run build:playground   static files in playground/dist (relative paths: host anywhere)
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { noNodeBuiltins, reportBundleSize } from './plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // The repository's own config files (vitest, tsup) are not the page's business.
  envDir: root,
  publicDir: false,
  plugins: [noNodeBuiltins(), reportBundleSize()],
  server: { fs: { allow: [repo] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    // The whole core (lexicons included) and the editor ship as one file; the size is reported
    // by reportBundleSize and documented, so Vite's generic 500 kB warning is only noise.
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships a comment Rollup cannot place; harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
});
