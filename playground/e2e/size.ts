/**
 * What a visitor downloads: the whole page, and the share of it that is the shotlint core
 * (an entry importing only `lint` and `models`, built through the same config).
 *
 *   node --import tsx playground/e2e/size.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, type BundleSize } from '../plugins.js';
import { buildPlayground } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'shotlint-size-'));
try {
  const page = await buildPlayground(join(dir, 'page'));
  const entry = join(dir, 'core.ts');
  const core = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
  writeFileSync(entry, `import { lint, models } from ${JSON.stringify(core)};\nconsole.log(lint('a fox'), models);\n`);
  const coreOnly = await buildPlayground(join(dir, 'core'), { build: { rollupOptions: { input: entry } } });
  const row = (name: string, s: BundleSize) => `| ${name} | ${formatBytes(s.raw)} | ${formatBytes(s.gzip)} |`;
  console.log(['| | raw | gzip |', '| --- | ---: | ---: |', row('whole page (HTML, CSS, JS)', page), row('the shotlint core alone', coreOnly)].join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
