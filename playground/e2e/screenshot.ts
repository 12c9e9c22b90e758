/**
 * Takes the screenshot in docs/images/playground.png: the built page at 1280×800 with the
 * guide's weak example and the hover card of its first underline open.
 *
 *   node --import tsx playground/e2e/screenshot.ts [output.png]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground, chromiumAvailable, CHROMIUM, launchChromium, servePlayground } from './harness.js';

const output = process.argv[2] ?? fileURLToPath(new URL('../../docs/images/playground.png', import.meta.url));
const prompt = 'Beautiful cinematic video of a city at night';

if (!chromiumAvailable()) {
  console.error(`${CHROMIUM} not found: install Chromium (Debian: apt-get install chromium) or set SHOTLINT_CHROMIUM.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'shotlint-screenshot-'));
const server = await servePlayground((await buildPlayground(dir), dir));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(`${server.url}#${new URLSearchParams({ prompt, model: 'sora-2-pro', stage: 'draft' })}`);
  const mark = page.locator('.cm-lintRange').first();
  await mark.waitFor({ timeout: 10_000 });
  await mark.hover();
  await page.locator('.cm-tooltip-lint').waitFor({ timeout: 5_000 });
  await page.screenshot({ path: output });
  console.log(`${output}: ${(statSync(output).size / 1024).toFixed(0)} kB`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
