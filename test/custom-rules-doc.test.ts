/**
 * docs/custom-rules.md, followed as a reader would: every block captioned with a path ("`dir/file`:")
 * is written into a temporary folder (the plugin package beside a project that installed it),
 * the plugin's own tests run with vitest, and every `$ command` of the guide runs in the project
 * with its output and exit code compared to the guide's. The guide cannot drift from behaviour.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, requireBuild, shellWithShotlint } from './helpers/cli.js';

vi.setConfig({ testTimeout: 120_000 });

interface Block {
  lang: string;
  body: string;
  /** The file the block holds, from the "`path`:" line above it. */
  caption?: string;
  /** From the `<sub>exit code N</sub>` line below it. */
  exitCode?: number;
  line: number;
}

function readBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)$/.exec(lines[i]!);
    if (!open) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') j++;
    const block: Block = { lang: open[1]!, body: lines.slice(i + 1, j).join('\n'), line: i + 1 };
    const caption = /^`([^`]+)`:$/.exec(lines[i - 2] ?? '')?.[1];
    if (caption && lines[i - 1] === '') block.caption = caption;
    const exit = /^<sub>exit code (\d+)<\/sub>$/.exec(lines[j + 1] ?? '')?.[1];
    if (exit !== undefined) block.exitCode = Number(exit);
    out.push(block);
    i = j;
  }
  return out;
}

const blocks = readBlocks(readFileSync(join(ROOT, 'docs', 'custom-rules.md'), 'utf8'));
const files = blocks.filter((b) => b.caption !== undefined);
const commands = blocks.filter((b) => b.lang === 'console');
const PLUGIN_DIR = 'shotlint-plugin-acme';
const PROJECT_DIR = 'my-prompts';

/** Packages a file imports by name: `shotlint/retext` → `shotlint`. */
function bareImports(code: string): string[] {
  return [...code.matchAll(/\bfrom '([^'.][^']*)'/g)].map((m) => m[1]!).filter((s) => !s.startsWith('node:')).map((s) => s.split('/')[0]!);
}

let root: string;
let shellEnv: NodeJS.ProcessEnv;

beforeAll(() => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'shotlint-guide-'));
  for (const f of files) {
    mkdirSync(dirname(join(root, f.caption!)), { recursive: true });
    writeFileSync(join(root, f.caption!), `${f.body}\n`);
  }
  // What `npm install` would have put in each folder's node_modules: shotlint itself, the
  // packages the files import, and the plugin, linked from the folder beside it as
  // `npm install ../shotlint-plugin-acme` does.
  for (const f of files.filter((b) => b.lang === 'js')) {
    const modules = join(root, f.caption!.split('/')[0]!, 'node_modules');
    mkdirSync(modules, { recursive: true });
    for (const name of bareImports(f.body)) {
      const link = join(modules, name);
      if (existsSync(link)) continue;
      const target = existsSync(join(root, name)) ? join('..', '..', name) : name === 'shotlint' ? ROOT : join(ROOT, 'node_modules', name);
      symlinkSync(target, link, 'dir');
    }
  }
  shellEnv = shellWithShotlint(root);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('docs/custom-rules.md', () => {
  it('holds the plugin package, its tests, and a project using it', () => {
    expect(files.map((f) => f.caption)).toEqual(
      expect.arrayContaining([`${PLUGIN_DIR}/package.json`, `${PLUGIN_DIR}/index.js`, `${PLUGIN_DIR}/test/rules.test.js`, `${PROJECT_DIR}/shotlint.config.json`]),
    );
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  it("the plugin's tests (checkFixture on every rule) pass", () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], { cwd: join(root, PLUGIN_DIR), env: shellEnv, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/Tests\s+\d+ passed/);
    expect(r.stdout + r.stderr).not.toMatch(/failed/);
    expect(r.status).toBe(0);
  });

  for (const block of commands) {
    const [first, ...output] = block.body.split('\n');
    const command = first!.replace(/^\$ /, '');
    it(`line ${block.line}: ${command}`, () => {
      expect(block.exitCode, 'an exit code line under the block').toBeDefined();
      const r = spawnSync('sh', ['-c', `{ ${command} ; } 2>&1`], { cwd: join(root, PROJECT_DIR), env: shellEnv, encoding: 'utf8' });
      // Timings vary from run to run.
      const normalize = (text: string) => text.replace(/ · \d+\.\d+ s$/gm, ' · 0.00 s').replace(/\n$/, '');
      expect(normalize(r.stdout)).toBe(normalize(output.join('\n')));
      expect(r.status).toBe(block.exitCode);
    });
  }
});
