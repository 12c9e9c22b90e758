/**
 * Writes docs/models.md from the model profiles (src/config/models). `--check` exits 1 when the
 * file on disk differs, so a test (and CI) catches a profile edited without regenerating.
 *
 *   node --import tsx scripts/models-doc.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelsMarkdown } from './models-markdown.js';

const path = fileURLToPath(new URL('../docs/models.md', import.meta.url));
const next = modelsMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (current !== next) {
    console.error('docs/models.md is out of date: run `npm run models-doc`.');
    process.exit(1);
  }
} else {
  writeFileSync(path, next);
  console.log(`wrote ${path}`);
}
