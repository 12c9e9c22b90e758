/**
 * The language server's lint worker: same findings as linting in-process, and a missing or
 * crashing worker makes callers fall back instead of hanging.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { lintPrompts } from '../src/lsp/lint-prompts.js';
import { LintWorker } from '../src/lsp/pool.js';
import { SERVER, serverBuilt } from './helpers/lsp.js';

const dir = mkdtempSync(join(tmpdir(), 'shotlint-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const prompts = [
  { text: 'A stunning woman walks through a neon market at night, shot in 4k, [product] on the counter' },
  { text: 'A fox in snow', model: 'no-such-model' },
  { text: 'A fox in snow at dawn, low tracking shot', disable: ['max-words'] },
];

describe('LintWorker', () => {
  it('is unavailable when its script is missing, and lint() resolves undefined', async () => {
    const worker = new LintWorker(pathToFileURL(join(dir, 'missing.js')));
    expect(worker.available).toBe(false);
    expect(await worker.lint(dir, prompts)).toBeUndefined();
  });

  it('a worker that dies resolves pending lints with undefined and is not used again', async () => {
    const script = join(dir, 'crash.mjs');
    writeFileSync(script, "throw new Error('worker failed to start');\n");
    const worker = new LintWorker(pathToFileURL(script));
    expect(worker.available).toBe(true);
    expect(await worker.lint(dir, prompts)).toBeUndefined();
    expect(worker.available).toBe(false);
  });

  it.skipIf(!serverBuilt())('the built worker finds exactly what an in-process lint finds', async () => {
    const worker = new LintWorker(new URL('lsp-worker.js', pathToFileURL(SERVER)));
    worker.configure({ plugins: [], root: dir });
    try {
      const outcomes = await worker.lint(dir, prompts);
      expect(outcomes).toEqual(lintPrompts(createLinter({}), prompts));
      expect(outcomes![1]).toEqual({ error: expect.stringContaining('unknown model "no-such-model"') });
      expect('result' in outcomes![0]! && outcomes![0]!.result.diagnostics.length).toBeGreaterThan(0);
    } finally {
      await worker.stop();
    }
  });
});
