/**
 * docs/cli.md shows real output. Every `console` example on the page runs here with the built
 * binary, in the folder the page says, holding the files the page shows, and its output (standard
 * output and error, as a terminal shows them) and exit code must match the page's, so the page
 * cannot drift as the rules change. Only what must vary is normalised: timings, the temporary
 * folder's path and the version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, requireBuild, shellWithShotlint } from './helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

/** Examples that cannot run here, by their command, with the reason. */
const SKIPPED: Record<string, string> = {};

/** The folder the examples run in unless a section says "in a folder of their own (`/tmp/…`)". */
const MAIN_FOLDER = 'shots';

interface ShownFile {
  folder: string;
  name: string;
  content: string;
}

interface Example {
  folder: string;
  /** The files the page shows before this command and after the previous one. */
  files: ShownFile[];
  command: string;
  output: string;
  exitCode?: number;
  line: number;
}

/**
 * Reads the page in order: a file is shown as "`name`:" followed by a fenced block; a
 * `console` block holds one or more `$ command` lines, each followed by its output, and an
 * `<sub>exit code N</sub>` after the block gives the last command's exit code.
 */
function readPage(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  let files: ShownFile[] = [];
  let folder = MAIN_FOLDER;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{2,3} /.test(line)) folder = MAIN_FOLDER;
    const own = /in a folder of (?:its|their) own \(`\/tmp\/([\w-]+)`\)/.exec(line);
    if (own) folder = own[1]!;
    const shown = /^`([^`\s]+)`:$/.exec(line);
    const fence = /^(`{3,})(?!console)(\S*)$/.exec(lines[i + 2] ?? '');
    if (shown && lines[i + 1] === '' && fence) {
      let j = i + 3;
      while (j < lines.length && lines[j] !== fence[1]) j++;
      files.push({ folder, name: shown[1]!, content: lines.slice(i + 3, j).join('\n') + '\n' });
      i = j;
      continue;
    }
    if (line !== '```console') continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') j++;
    const exit = /^<sub>exit code (\d+)<\/sub>$/.exec(lines[j + 1] ?? '');
    const runs: Example[] = [];
    for (let k = i + 1; k < j; k++) {
      if (lines[k]!.startsWith('$ ')) {
        runs.push({ folder, files, command: lines[k]!.slice(2), output: '', line: k + 1 });
        files = [];
      } else if (runs.length) runs[runs.length - 1]!.output += lines[k] + '\n';
    }
    if (exit && runs.length) runs[runs.length - 1]!.exitCode = Number(exit[1]);
    examples.push(...runs);
    i = j;
  }
  return examples;
}

const examples = readPage(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8'));
let root: string;
let env: NodeJS.ProcessEnv;

/** What varies from run to run: the time a run took, the temporary folder, the version. */
function normalize(text: string): string {
  return text
    .replaceAll(`${root}/`, '/tmp/')
    .replace(/ · \d+\.\d+ s$/gm, ' · 0.00 s')
    .replace(/^\d+\.\d+\.\d+(-[\w.]+)?$/gm, '<version>')
    .replace(/"version":"\d+\.\d+\.\d+(-[\w.]+)?"\}\}/g, '"version":"<version>"}}')
    .replace(/\n+$/, '');
}

function write(folder: string, name: string, content: string): void {
  const full = join(root, folder, name);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

beforeAll(() => {
  requireBuild();
  root = realpathSync(mkdtempSync(join(tmpdir(), 'shotlint-cli-doc-')));
  env = shellWithShotlint(root);
  mkdirSync(join(root, MAIN_FOLDER));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('docs/cli.md examples, run in order in the folders the page describes', () => {
  it('are found on the page', () => {
    expect(examples.length).toBeGreaterThanOrEqual(50);
    expect(examples.flatMap((e) => e.files).length).toBeGreaterThanOrEqual(20);
  });

  for (const step of examples) {
    const reason = SKIPPED[step.command];
    (reason ? it.skip : it)(`line ${step.line}: ${step.command}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      for (const file of step.files) write(file.folder, file.name, file.content);
      const cwd = join(root, step.folder);
      mkdirSync(cwd, { recursive: true });
      // `$ cat file` before the file exists is how the page shows it: it is written from the output.
      const cat = /^cat (\S+)$/.exec(step.command);
      if (cat && !existsSync(join(cwd, cat[1]!))) write(step.folder, cat[1]!, step.output);
      // `cd folder && …` starts in a new, empty folder.
      const cd = /^cd (\S+) &&/.exec(step.command);
      if (cd) mkdirSync(join(cwd, cd[1]!), { recursive: true });
      const r = spawnSync('sh', ['-c', `{ ${step.command} ; } 2>&1`], { cwd, env, encoding: 'utf8' });
      expect(normalize(r.stdout)).toBe(normalize(step.output));
      if (step.exitCode !== undefined) expect(r.status).toBe(step.exitCode);
    });
  }
});
