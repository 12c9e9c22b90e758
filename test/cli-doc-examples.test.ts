/**
 * docs/cli.md shows real output. The examples that need no file (a prompt given with -p or piped
 * to --stdin, no plugin) run here with the built binary in an empty folder, and their output must
 * match the page's, so the page cannot drift as the rules change. Timings vary and are ignored.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, requireBuild, shellWithShotlint } from './helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

interface Example {
  command: string;
  output: string;
  line: number;
}

/** Console blocks whose command lints a prompt given on the command line or piped in. */
function selfContained(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```console') continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') j++;
    const [first, ...rest] = lines.slice(i + 1, j);
    const command = first?.replace(/^\$ /, '') ?? '';
    if (/^(shotlint -p |echo .*\| shotlint --stdin)/.test(command) && !/--plugin|(^| )-c |\| head/.test(command)) {
      out.push({ command, output: rest.join('\n'), line: i + 2 });
    }
    i = j;
  }
  return out;
}

const examples = selfContained(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8'));
let root: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'shotlint-cli-doc-'));
  env = shellWithShotlint(root);
  mkdirSync(join(root, 'work'));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('docs/cli.md examples that need no file', () => {
  it('are found on the page', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  for (const example of examples) {
    it(`line ${example.line}: ${example.command}`, () => {
      const r = spawnSync('sh', ['-c', `{ ${example.command} ; } 2>&1`], { cwd: join(root, 'work'), env, encoding: 'utf8' });
      const normalize = (text: string) => text.replace(/ · \d+\.\d+ s$/gm, ' · 0.00 s').replace(/\n+$/, '');
      expect(normalize(r.stdout)).toBe(normalize(example.output));
    });
  }
});
