import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, buildPlayground } from '../playground/e2e/harness.js';
import { isNodeBuiltin } from '../playground/plugins.js';

const scratch = mkdtempSync(join(tmpdir(), 'shotlint-playground-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds `files['entry.ts']` through the playground's own Vite config, in memory. */
async function buildEntry(name: string, files: Record<string, string>): Promise<unknown> {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
  return build({
    configFile: CONFIG_FILE,
    logLevel: 'silent',
    build: { write: false, rollupOptions: { input: join(dir, 'entry.ts') } },
  });
}

describe('isNodeBuiltin', () => {
  it('knows Node built-ins with and without the node: prefix, and their subpaths', () => {
    for (const id of ['node:fs', 'node:test', 'fs', 'fs/promises', 'path', 'path/posix', 'url', 'crypto', 'worker_threads', 'child_process'])
      expect(isNodeBuiltin(id), id).toBe(true);
  });
  it('leaves packages and relative files alone', () => {
    for (const id of ['zod', 'codemirror', '@codemirror/lint', './fs', '../path.js', 'fsevents', 'pathe', 'url-parse'])
      expect(isNodeBuiltin(id), id).toBe(false);
  });
});

describe('the playground build', () => {
  it('builds the page with relative asset paths, no Node stubs, and reports its size', async () => {
    const out = join(scratch, 'dist');
    const size = await buildPlayground(out);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // Relative paths: the folder can be hosted under any URL prefix.
    expect(html).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(?:src|href)="\/assets\//);
    const js = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const file of js) expect(readFileSync(join(out, 'assets', file), 'utf8')).not.toContain('__vite-browser-external');
    expect(size.files.map((f) => f.name).sort()).toEqual(['index.html', ...readdirSync(join(out, 'assets')).filter((f) => !f.endsWith('.map')).map((f) => `assets/${f}`)].sort());
    expect(size.raw).toBe(size.files.reduce((n, f) => n + f.raw, 0));
    expect(size.gzip).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThan(size.raw);
  }, 120_000);

  it.each(['node:fs', 'fs', 'path', 'fs/promises', 'node:crypto'])('fails when the bundle would import %s', async (id) => {
    const entry = `import * as m from '${id}';\nconsole.log(m);\n`;
    await expect(buildEntry(id.replace(/[:/]/g, '-'), { 'entry.ts': entry })).rejects.toThrow(`Node built-in "${id}"`);
  });

  it('fails on a built-in imported deep in the graph, naming the importer', async () => {
    const files = {
      'entry.ts': "import { home } from './helper.ts';\nconsole.log(home());\n",
      'helper.ts': "import { homedir } from 'node:os';\nexport const home = () => homedir();\n",
    };
    await expect(buildEntry('transitive', files)).rejects.toThrow(/Node built-in "node:os" \(imported by .*helper\.ts\)/);
  });

  it('builds the same entry once the built-in is gone (the failures above are the plugin, not the entry)', async () => {
    const files = {
      'entry.ts': "import { home } from './helper.ts';\nconsole.log(home());\n",
      'helper.ts': "export const home = () => '~';\n",
    };
    await expect(buildEntry('clean', files)).resolves.toBeDefined();
  });
});
