/**
 * Build, serve and open the playground in headless Chromium: shared by the browser test and
 * the screenshot script.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { reportBundleSize, type BundleSize } from '../plugins.js';

export const CONFIG_FILE = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** Debian's Chromium; `.ci/run` installs it. Overridable for other systems. */
export const CHROMIUM = process.env.SHOTLINT_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Flags for a headless Chromium on a closed network, as root: without the background-networking
 * ones it keeps trying (and failing) to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the playground into `outDir` with the project's Vite config; returns the bundle size. */
export async function buildPlayground(outDir: string, extra: InlineConfig = {}): Promise<BundleSize> {
  let size: BundleSize | undefined;
  await build({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    ...extra,
    build: { outDir, emptyOutDir: true, sourcemap: false, ...extra.build },
    plugins: [reportBundleSize((s) => (size = s)), ...(extra.plugins ?? [])],
  });
  if (!size) throw new Error('the build reported no bundle size');
  return size;
}

/** Serves a built playground on 127.0.0.1 at a free port. */
export async function servePlayground(outDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}
