/**
 * The part-of-speech lexicon is generated from compromise by scripts/generate.ts and committed.
 * Running the script again must write the same file: data edited by hand, or vocabulary in
 * rules/data changed without regenerating, shows up here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

it('src/analysis/data/pos-lexicon.ts is what scripts/generate.ts writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shotlint-generate-'));
  try {
    const out = join(dir, 'pos-lexicon.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const committed = readFileSync(join(ROOT, 'src/analysis/data/pos-lexicon.ts'), 'utf8');
    expect(readFileSync(out, 'utf8') === committed, 'run `npm run generate` and commit the result').toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
