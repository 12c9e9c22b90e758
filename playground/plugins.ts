/**
 * Build plugins for the playground.
 *
 * - `noNodeBuiltins` makes the build fail when a Node built-in (`node:fs`, `path`, …) is imported
 *   by anything that would reach the browser bundle. Vite would otherwise swap it for an empty
 *   stub with a warning, and the page would break at run time instead of at build time.
 * - `reportBundleSize` prints the raw and gzip size of what the build emits.
 */
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** True for `node:x`, `fs`, `fs/promises`, `path/posix` and every other Node built-in specifier. */
export function isNodeBuiltin(id: string): boolean {
  if (id.startsWith('node:')) return true;
  return BUILTINS.has(id) || BUILTINS.has(id.split('/')[0]!);
}

export function noNodeBuiltins(): Plugin {
  return {
    name: 'shotlint:no-node-builtins',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!isNodeBuiltin(source)) return null;
      const from = importer ? ` (imported by ${importer})` : '';
      this.error(
        `Node built-in "${source}"${from} would reach the browser bundle. ` +
          'The shotlint core must stay free of Node APIs so it runs unchanged in the browser.',
      );
    },
  };
}

export interface BundleSize {
  /** Emitted files (html, js, css…) with their sizes in bytes. */
  files: { name: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** Sums the emitted files; source maps are not downloaded by visitors, so they are left out. */
export function reportBundleSize(onReport?: (size: BundleSize) => void): Plugin {
  let size: BundleSize | undefined;
  let log: (message: string) => void = console.log;
  return {
    name: 'shotlint:bundle-size',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      // Vite's logger, so `--logLevel warn` (and the tests) keep the output quiet.
      log = (message) => config.logger.info(message);
    },
    generateBundle(_options, bundle) {
      const files: BundleSize['files'] = [];
      for (const item of Object.values(bundle)) {
        if (item.fileName.endsWith('.map')) continue;
        const content = item.type === 'chunk' ? item.code : item.source;
        const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
        files.push({ name: item.fileName, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
      files.sort((a, b) => b.raw - a.raw);
      size = {
        files,
        raw: files.reduce((n, f) => n + f.raw, 0),
        gzip: files.reduce((n, f) => n + f.gzip, 0),
      };
    },
    // After Vite's own file list, so the total is the last thing printed.
    closeBundle() {
      if (!size) return;
      if (onReport) onReport(size);
      else log(`\nplayground bundle: ${formatBytes(size.raw)} raw, ${formatBytes(size.gzip)} gzip (${size.files.length} files, source maps excluded)`);
    },
  };
}
