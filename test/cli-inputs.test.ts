/** Every input kind of the built `shotlint` binary: inline, stdin, files, records, globs, folders, bad paths. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJson, requireBuild, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
// Each test spawns the binary, several times for some: a loaded CI machine needs more than the default.
vi.setConfig({ testTimeout: 120_000 });

const PLACEHOLDER = 'A [Product] on a marble table, slow push-in, soft window light';
const CLEAN = 'A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight';

describe('inline and standard input', () => {
  it('lints each --prompt, with ids <text>#n', async () => {
    const r = await shotlint(['-p', PLACEHOLDER, '-p', CLEAN, '-f', 'json']);
    expect(r.code).toBe(1);
    const out = parseJson(r.stdout);
    expect(out.map((x) => [x.filePath, x.id])).toEqual([
      ['<text>', '<text>#1'],
      ['<text>', '<text>#2'],
    ]);
    expect(out[0].messages.some((m: any) => m.ruleId === 'no-unfilled-placeholders' && m.line === 1 && m.column === 3)).toBe(true);
    expect(out[1].errorCount).toBe(0);
  });

  it('reads one prompt from --stdin', async () => {
    const r = await shotlint(['--stdin', '-f', 'json'], { input: PLACEHOLDER });
    const [report] = parseJson(r.stdout);
    expect(report).toMatchObject({ filePath: '<stdin>', id: '<stdin>:1', source: PLACEHOLDER });
    expect(r.code).toBe(1);
  });

  it('reads one prompt per line with --stdin --lines', async () => {
    const r = await shotlint(['--stdin', '--lines', '-f', 'json'], { input: `${CLEAN}\n\n${PLACEHOLDER}\n` });
    expect(parseJson(r.stdout).map((x) => x.id)).toEqual(['<stdin>:1', '<stdin>:3']);
  });

  it('exits 2 on empty standard input', async () => {
    const r = await shotlint(['--stdin'], { input: '  \n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Standard input is empty/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 on an empty -p, as on empty standard input (an unset variable in a script)', async () => {
    const r = await shotlint(['-p', CLEAN, '-p', '  ']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^shotlint: -p\/--prompt #2 is empty: nothing to lint\./);
  });

  it('exits 2 with a usage hint when there is nothing to lint', async () => {
    const r = await shotlint([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No prompts to lint/);
    expect(r.stderr).toMatch(/--stdin/);
  });
});

describe('files', () => {
  const t = tempDir({
    'one.txt': `${PLACEHOLDER}\n`,
    'two.prompt': CLEAN,
    'whole.md': `# Hero shot\n\n${PLACEHOLDER}\n`,
    'blocks.md': `# Shots\n\nIntro text with [brackets] that is not a prompt.\n\n\`\`\`prompt\n${CLEAN}\n\`\`\`\n\nMore prose.\n\n\`\`\`prompt\nA woman walking,\n${PLACEHOLDER}\n\`\`\`\n`,
    'records.jsonl': [JSON.stringify(CLEAN), '', JSON.stringify({ id: 'hero', prompt: PLACEHOLDER, seed: 7 }), JSON.stringify({ prompt: 'A dog running, no people', model: 'veo-3' })].join('\n') + '\n',
    'records.json': JSON.stringify([{ id: 7, prompt: PLACEHOLDER }, CLEAN], null, 2),
    'list.txt': `${CLEAN}\n\n   \n${PLACEHOLDER}\r\nA third prompt in 4K\n`,
  });
  afterAll(t.cleanup);

  it('.txt and .prompt hold one prompt each, id file:1', async () => {
    const r = await shotlint(['one.txt', 'two.prompt', '-f', 'json'], { cwd: t.dir });
    const out = parseJson(r.stdout);
    expect(out.map((x) => [x.filePath, x.id])).toEqual([
      [t.path('one.txt'), 'one.txt:1'],
      [t.path('two.prompt'), 'two.prompt:1'],
    ]);
    expect(out[0].source).toBe(`${PLACEHOLDER}\n`);
  });

  it('.md without prompt blocks is one prompt; with ```prompt blocks each block is one, at its line', async () => {
    const r = await shotlint(['whole.md', 'blocks.md', '-f', 'json'], { cwd: t.dir });
    const out = parseJson(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['whole.md:1', 'blocks.md:6', 'blocks.md:12']);
    expect(out[1].source).toBe(CLEAN);
    expect(out[2].source).toBe(`A woman walking,\n${PLACEHOLDER}`);
    // "[Product]" sits on the block's second line, i.e. line 13 of the file.
    const m = out[2].messages.find((x: any) => x.ruleId === 'no-unfilled-placeholders');
    expect([m.line, m.column]).toEqual([13, 3]);
    // The prose outside the blocks is not linted.
    expect(out.some((x) => x.source.includes('Intro text'))).toBe(false);
  });

  it('.jsonl: strings and records, record ids else file:line, positions inside the line', async () => {
    const r = await shotlint(['records.jsonl', '-f', 'json'], { cwd: t.dir });
    const out = parseJson(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['records.jsonl:1', 'hero', 'records.jsonl:4']);
    const m = out[1].messages.find((x: any) => x.ruleId === 'no-unfilled-placeholders');
    const line = JSON.stringify({ id: 'hero', prompt: PLACEHOLDER, seed: 7 });
    // The column points at "[Product]" inside the JSON line.
    expect(m.line).toBe(3);
    expect(line.slice(m.column - 1, m.endColumn - 1)).toBe('[Product]');
    // The record's model applies to that record only.
    expect(out[2].model).toBe('veo-3');
    expect(out[2].messages.some((x: any) => x.ruleId === 'no-negative-phrasing')).toBe(true);
  });

  it('.json: an array of the same records', async () => {
    const r = await shotlint(['records.json', '-f', 'json'], { cwd: t.dir });
    const out = parseJson(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['7', 'records.json:6']);
    const m = out[0].messages.find((x: any) => x.ruleId === 'no-unfilled-placeholders');
    expect(m.line).toBe(4);
  });

  it('--lines: every non-empty line is a prompt, id file:line, CRLF understood', async () => {
    const r = await shotlint(['list.txt', '--lines', '-f', 'json'], { cwd: t.dir });
    const out = parseJson(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['list.txt:1', 'list.txt:4', 'list.txt:5']);
    expect(out[1].source).toBe(PLACEHOLDER);
    expect(out[2].messages.find((m: any) => m.ruleId === 'no-settings-in-prose')).toMatchObject({ line: 5, column: 19, endColumn: 21 });
  });

  it('record fields: disable turns a rule off, settings are validated', async () => {
    const d = tempDir({
      'r.jsonl': `${JSON.stringify({ prompt: PLACEHOLDER, disable: ['no-unfilled-placeholders'] })}\n${JSON.stringify({ prompt: CLEAN, settings: { duration: 'long' } })}\n${JSON.stringify({ prompt: CLEAN, model: 'sora-9' })}\n${JSON.stringify({ prompt: CLEAN, model: 'sora-2' })}\n`,
    });
    try {
      const r = await shotlint(['r.jsonl', '-f', 'json'], { cwd: d.dir });
      const out = parseJson(r.stdout);
      expect(out[0].messages.filter((m: any) => m.ruleId === 'no-unfilled-placeholders')).toEqual([]);
      expect(out[1].messages[0]).toMatchObject({ fatal: true, line: 2 });
      expect(out[1].messages[0].message).toMatch(/settings\.duration/);
      // An unknown model fails that record only.
      expect(out[2].messages[0]).toMatchObject({ fatal: true, line: 3 });
      expect(out[2].messages[0].message).toMatch(/unknown model "sora-9"/);
      expect(out[3]).toMatchObject({ model: 'sora-2', fatalErrorCount: 0 });
      expect(r.code).toBe(1);
    } finally {
      d.cleanup();
    }
  });
});

describe('globs, folders and bad paths', () => {
  const t = tempDir({
    'prompts/a.txt': PLACEHOLDER,
    'prompts/deep/b.prompt': CLEAN,
    'prompts/deep/c.jsonl': `${JSON.stringify(CLEAN)}\n`,
    'prompts/README.md': '# About these prompts\nNothing to lint here.\n',
    'prompts/shots.md': `\`\`\`prompt\n${CLEAN}\n\`\`\`\n`,
    'prompts/package.json': '{"name":"x"}',
    'prompts/node_modules/pkg/x.txt': PLACEHOLDER,
    'prompts/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
  });
  afterAll(t.cleanup);

  it('a folder recurses into prompt files, skipping node_modules, config JSON, binaries and Markdown without prompt blocks', async () => {
    const r = await shotlint(['prompts', '-f', 'json'], { cwd: t.dir });
    const ids = parseJson(r.stdout).map((x) => x.id).sort();
    expect(ids).toEqual(['prompts/a.txt:1', 'prompts/deep/b.prompt:1', 'prompts/deep/c.jsonl:1', 'prompts/shots.md:2']);
    expect(r.stderr).toMatch(/prompts\/image\.txt: binary file, skipped/);
  });

  it('globs expand with tinyglobby', async () => {
    const r = await shotlint(['prompts/**/*.prompt', 'prompts/*.txt', '-f', 'json'], { cwd: t.dir });
    expect(parseJson(r.stdout).map((x) => x.id)).toEqual(['prompts/deep/b.prompt:1', 'prompts/a.txt:1']);
    expect(r.stderr).toMatch(/binary file, skipped/);
  });

  it('a glob matching nothing exits 2', async () => {
    const r = await shotlint(['nothing/**/*.txt'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No files matching the pattern "nothing\/\*\*\/\*\.txt"/);
  });

  it('a missing file exits 2 without a stack trace', async () => {
    const r = await shotlint(['missing.txt'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('shotlint: missing.txt: no such file or directory\n');
  });

  it('prose given as a file gets a "did you mean --prompt" hint', async () => {
    const r = await shotlint(['a fox running through snow'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"a fox running through snow" is not a file/);
    expect(r.stderr).toMatch(/Did you mean --prompt\?/);
  });

  it('a prompt the shell split into words (not quoted) gets the same hint, with the words joined', async () => {
    const r = await shotlint(['a', 'fox', 'running', 'through', 'snow'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"a fox running through snow" is not a file/);
    expect(r.stderr).toMatch(/shotlint -p "a fox running through snow"/);
    // Missing files stay missing files.
    const files = await shotlint(['one.txt', 'two.txt', 'three.txt'], { cwd: t.dir });
    expect(files.stderr).toBe('shotlint: one.txt: no such file or directory\n');
  });

  it('a byte order mark is not a column: JSONL, JSON and Markdown positions on line 1 are the same with or without one', async () => {
    const record = JSON.stringify({ id: 'hero', prompt: PLACEHOLDER });
    const files: Record<string, string> = {
      'plain.jsonl': `${record}\n{broken\n`,
      'plain.json': `[${record}, 5]`,
      'plain.md': `${PLACEHOLDER}\n`,
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(t.path(name), text);
      writeFileSync(t.path(`bom-${name}`), `\ufeff${text}`);
    }
    const positions = async (name: string) => {
      const out = parseJson((await shotlint([name, '-f', 'json'], { cwd: t.dir })).stdout);
      return out.flatMap((x) => x.messages.filter((m: any) => m.fatal || m.ruleId === 'no-unfilled-placeholders').map((m: any) => [m.line, m.column, m.endColumn]));
    };
    for (const name of Object.keys(files)) {
      const plain = await positions(name);
      expect(plain.length, name).toBeGreaterThan(0);
      expect(await positions(`bom-${name}`), name).toEqual(plain);
    }
  });

  it('"-" (standard input for many tools) points to --stdin', async () => {
    const r = await shotlint(['-'], { cwd: t.dir, input: CLEAN });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/use --stdin/);
  });

  it('a binary file named explicitly exits 2', async () => {
    const r = await shotlint(['prompts/image.txt'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary file, expected text/);
  });

  it('an unreadable file exits 2', async () => {
    if (process.getuid?.() === 0) return expect(true).toBe(true); // root reads everything
    const d = tempDir({ 'secret.txt': CLEAN });
    try {
      const { chmodSync } = await import('node:fs');
      chmodSync(d.path('secret.txt'), 0);
      const r = await shotlint(['secret.txt'], { cwd: d.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/permission denied/);
    } finally {
      d.cleanup();
    }
  });

  it('a folder where a file is needed (--config, --output-file) exits 2', async () => {
    mkdirSync(t.path('adir'), { recursive: true });
    const a = await shotlint(['-p', CLEAN, '--config', 'adir'], { cwd: t.dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/adir/);
    expect(a.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const b = await shotlint(['-p', CLEAN, '-o', 'adir'], { cwd: t.dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/adir: is a directory/);
  });

  it('a malformed JSONL line is a fatal message on its line; the other lines are still linted; exit 1', async () => {
    writeFileSync(t.path('broken.jsonl'), `${JSON.stringify(CLEAN)}\n{"prompt": "unterminated\n${JSON.stringify({ prompt: 5 })}\n${JSON.stringify(CLEAN)}\n`);
    const r = await shotlint(['broken.jsonl', '-f', 'json'], { cwd: t.dir });
    expect(r.code).toBe(1);
    const out = parseJson(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[1].messages).toEqual([expect.objectContaining({ fatal: true, line: 2, severity: 2, ruleId: null })]);
    expect(out[1].messages[0].message).toMatch(/^Parsing error/);
    expect(out[2].messages[0]).toMatchObject({ fatal: true, line: 3 });
    expect(out[2].messages[0].message).toMatch(/"prompt" must be a string/);
    expect(out[3].errorCount).toBe(0);
    expect(out[3].score.total).toBeGreaterThan(0);
  });
});
