/** Batches: worker threads, the cache, streaming, fixes written atomically, closed pipes and Ctrl-C. */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, TEST_COMPILE_CACHE, parseJson, requireBuild, shotlint, start, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
// Each test spawns the binary, several times for some: a loaded CI machine needs more than the default.
vi.setConfig({ testTimeout: 120_000 });

const TAGGED = 'A red fox trotting through fresh snow at dawn, masterpiece, best quality, low tracking shot';
const FIXED = 'A red fox trotting through fresh snow at dawn, low tracking shot';
const ERROR = 'A [Product] on a marble table, slow push-in, soft window light';

function records(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `${JSON.stringify({ id: `r${i}`, prompt: i % 3 === 0 ? ERROR : i % 3 === 1 ? `${TAGGED} number ${i}` : `A dog number ${i} running on a beach in 4K` })}\n`;
  return out;
}

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.includes('.shotlint-') && f.endsWith('.tmp'));

describe('worker threads', () => {
  const t = tempDir({ 'batch.jsonl': records(240) });
  afterAll(t.cleanup);

  it('--concurrency N gives the same results, in the same order, as one thread', async () => {
    const one = await shotlint(['batch.jsonl', '-f', 'json'], { cwd: t.dir });
    const two = await shotlint(['batch.jsonl', '-f', 'json', '--concurrency', '2'], { cwd: t.dir });
    const auto = await shotlint(['batch.jsonl', '-f', 'json', '-j', 'auto'], { cwd: t.dir });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(parseJson(one.stdout).map((r) => r.id)).toEqual(Array.from({ length: 240 }, (_, i) => `r${i}`));
    expect(two.stdout).toBe(one.stdout);
    expect(auto.stdout).toBe(one.stdout);
  });

  it('fixed text and rewrites come back from worker threads unchanged', async () => {
    const args = ['batch.jsonl', '-f', 'json', '--fix-dry-run', '--rewrite'];
    const one = await shotlint(args, { cwd: t.dir });
    const two = await shotlint([...args, '-j', '2'], { cwd: t.dir });
    const reports = parseJson(one.stdout);
    expect(reports.some((r) => r.output !== undefined)).toBe(true);
    expect(reports.every((r) => typeof r.rewrite === 'string')).toBe(true);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--quiet on worker threads reports what one thread reports: the full report without warnings and information', async () => {
    const full = parseJson((await shotlint(['batch.jsonl', '-f', 'json'], { cwd: t.dir })).stdout);
    const expected = full.map((r) => ({
      ...r,
      messages: r.messages.filter((m: any) => m.severity === 2),
      warningCount: 0,
      infoCount: 0,
      fixableWarningCount: 0,
    }));
    for (const args of [[], ['-j', '2']]) {
      const quiet = await shotlint(['batch.jsonl', '-f', 'json', '--quiet', ...args], { cwd: t.dir });
      expect(quiet.code).toBe(1);
      expect(parseJson(quiet.stdout)).toEqual(expected);
    }
    const one = await shotlint(['batch.jsonl', '-f', 'stylish', '--quiet'], { cwd: t.dir });
    const two = await shotlint(['batch.jsonl', '-f', 'stylish', '--quiet', '-j', '2'], { cwd: t.dir });
    expect(two.code).toBe(one.code);
    expect(two.stdout.replace(/\d+\.\d+ s/, 'T')).toBe(one.stdout.replace(/\d+\.\d+ s/, 'T'));
  });
});

describe('--cache', () => {
  const t = tempDir({ 'p.txt': ERROR, 'q.txt': TAGGED });
  afterAll(t.cleanup);
  const cacheFile = () => t.path('node_modules/.cache/shotlint/results.json');

  it('stores results under node_modules/.cache/shotlint and reuses them', async () => {
    const first = await shotlint(['p.txt', 'q.txt', '--cache', '-f', 'json'], { cwd: t.dir });
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    expect(Object.keys(stored.entries)).toHaveLength(2);
    const second = await shotlint(['p.txt', 'q.txt', '--cache', '-f', 'json'], { cwd: t.dir });
    expect(second.stdout).toBe(first.stdout);
    // A hit is served from the cache: an entry edited on disk shows up in the next run.
    for (const entry of Object.values<any>(stored.entries)) entry.result.score.total = 7;
    writeFileSync(cacheFile(), JSON.stringify(stored));
    const third = await shotlint(['p.txt', 'q.txt', '--cache', '-f', 'json'], { cwd: t.dir });
    expect(parseJson(third.stdout).map((r) => r.score.total)).toEqual([7, 7]);
    // Without --cache the cache is not read.
    expect(parseJson((await shotlint(['p.txt', '-f', 'json'], { cwd: t.dir })).stdout)[0].score.total).not.toBe(7);
  });

  it('is invalidated by a config change and by another package version', async () => {
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values<any>(stored.entries)) entry.result.score.total = 7;
    writeFileSync(cacheFile(), JSON.stringify(stored));
    const withRule = await shotlint(['p.txt', '--cache', '-f', 'json', '--rule', 'max-words: ["warn", {"max": 3}]'], { cwd: t.dir });
    expect(parseJson(withRule.stdout)[0].score.total).not.toBe(7);
    writeFileSync(cacheFile(), JSON.stringify({ ...stored, version: '0.0.0-other' }));
    const otherVersion = await shotlint(['p.txt', '--cache', '-f', 'json'], { cwd: t.dir });
    expect(parseJson(otherVersion.stdout)[0].score.total).not.toBe(7);
  });

  it('a --quiet run caches every diagnostic: a later run without --quiet still reports the warnings', async () => {
    const u = tempDir({ 'q.txt': TAGGED });
    try {
      const quiet = await shotlint(['q.txt', '--cache', '--quiet', '-f', 'json'], { cwd: u.dir });
      expect(parseJson(quiet.stdout)[0].messages).toEqual([]);
      const cached = await shotlint(['q.txt', '--cache', '-f', 'json'], { cwd: u.dir });
      const fresh = await shotlint(['q.txt', '-f', 'json'], { cwd: u.dir });
      expect(parseJson(fresh.stdout)[0].warningCount).toBeGreaterThan(0);
      expect(cached.stdout).toBe(fresh.stdout);
    } finally {
      u.cleanup();
    }
  });
});

describe('streaming', () => {
  it('--stdin --lines reports a line before standard input ends (nothing is read whole)', async () => {
    const child = start(['--stdin', '--lines', '-f', 'compact']);
    let stdout = '';
    const seen = new Promise<void>((resolve) => {
      child.stdout!.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (stdout.includes('Unfilled placeholder')) resolve();
      });
    });
    child.stdin!.write(`${ERROR}\n`);
    await seen; // would time out if the CLI waited for the end of input
    child.stdin!.end(`${FIXED}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stdout.match(/Unfilled placeholder/g)).toHaveLength(1);
  });
});

describe('--progress', () => {
  it('draws a progress line on stderr once a run lasts more than a second, and erases it', async () => {
    const child = start(['--stdin', '--lines', '--progress', '-f', 'compact']);
    let stderr = '';
    // Input stays open until the line is drawn: the run lasts as long as it takes, however slow
    // the machine is to start the CLI.
    const drawn = new Promise<void>((resolve) => {
      child.stderr!.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (stderr.includes('prompt \u00b7')) resolve();
      });
    });
    child.stdout!.resume();
    child.stdin!.write(`${FIXED}\n`);
    await drawn; // would time out if the line were never drawn
    child.stdin!.end(`${FIXED}\n`);
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/\r1 prompt · \d+\/s · \d+\.\d s\u001b\[K/);
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('stays off when stderr is not a terminal', async () => {
    const r = await shotlint(['--stdin', '--lines'], { input: `${FIXED}\n` });
    expect(r.stderr).toBe('');
  });
});

describe('--fix and --fix-dry-run', () => {
  it('rewrites a text file atomically, keeping the file mode', async () => {
    const t = tempDir({ 'p.txt': `${TAGGED}\n` });
    try {
      const { chmodSync, statSync } = await import('node:fs');
      chmodSync(t.path('p.txt'), 0o640);
      const r = await shotlint(['p.txt', '--fix', '-f', 'json'], { cwd: t.dir });
      expect(readFileSync(t.path('p.txt'), 'utf8')).toBe(`${FIXED}\n`);
      expect(statSync(t.path('p.txt')).mode & 0o777).toBe(0o640);
      const [report] = parseJson(r.stdout);
      expect(report.source).toBe(`${FIXED}\n`);
      expect(report.messages.filter((m: any) => m.fix)).toEqual([]);
      expect(r.stderr).toMatch(/fixed 1 file/);
      expect(tempFiles(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('JSONL: the fixed prompt goes into the record; other fields, spacing, blank, broken and CRLF lines are kept byte for byte', async () => {
    const lines = [
      `{ "id": "a",  "prompt": ${JSON.stringify(TAGGED)}, "seed": 42, "tags": ["x", {"prompt": "nested"}] }\r\n`,
      '\r\n',
      'not json\n',
      `${JSON.stringify(ERROR)}\n`,
      `{"prompt": ${JSON.stringify(`${TAGGED} \u00e9\u0301 🦊`)}, "model": "sora-2"}`,
    ];
    const t = tempDir({ 'r.jsonl': lines.join('') });
    try {
      const r = await shotlint(['r.jsonl', '--fix', '-f', 'json'], { cwd: t.dir });
      expect(r.code).toBe(1); // the broken line and the placeholder remain
      const after = readFileSync(t.path('r.jsonl'), 'utf8');
      expect(after).toBe(
        [
          `{ "id": "a",  "prompt": ${JSON.stringify(FIXED)}, "seed": 42, "tags": ["x", {"prompt": "nested"}] }\r\n`,
          '\r\n',
          'not json\n',
          `${JSON.stringify(ERROR)}\n`,
          `{"prompt": ${JSON.stringify(`${FIXED} \u00e9\u0301 🦊`.replace(FIXED, TAGGED).replace(', masterpiece, best quality', ''))}, "model": "sora-2"}`,
        ].join(''),
      );
      expect(tempFiles(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('JSON written in ASCII only (\\u escapes, as Python writes it) stays ASCII only; UTF-8 stays UTF-8', async () => {
    const prompt = `Caf\u00e9 terrace \u2014 ${TAGGED}`;
    const ascii = JSON.stringify({ prompt }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const t = tempDir({ 'a.jsonl': `${ascii}\n`, 'u.jsonl': `${JSON.stringify({ prompt })}\n`, 'a.json': `[${ascii}]` });
    try {
      const r = await shotlint(['a.jsonl', 'u.jsonl', 'a.json', '--fix', '-f', 'json'], { cwd: t.dir });
      expect(readFileSync(t.path('a.jsonl'), 'utf8')).toBe(`{"prompt":"Caf\\u00e9 terrace \\u2014 ${FIXED}"}\n`);
      expect(readFileSync(t.path('u.jsonl'), 'utf8')).toBe(`${JSON.stringify({ prompt: `Caf\u00e9 terrace \u2014 ${FIXED}` })}\n`);
      expect(readFileSync(t.path('a.json'), 'utf8')).toBe(`[{"prompt":"Caf\\u00e9 terrace \\u2014 ${FIXED}"}]`);
      // Positions after the fix point into the literal as written.
      const [report] = parseJson(r.stdout);
      expect(report.messages).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('a file that is not UTF-8 (Latin-1) is not rewritten, so none of its characters is lost; the other files are fixed; exit 2', async () => {
    const latin1 = Buffer.concat([Buffer.from('A caf'), Buffer.from([0xe9]), Buffer.from(` terrace, ${TAGGED}\n`)]);
    const lines = Buffer.concat([Buffer.from(`${TAGGED}\nA caf`), Buffer.from([0xe9]), Buffer.from(' terrace at dawn\n')]);
    const t = tempDir({ 'latin.txt': latin1, 'latin-lines.txt': lines, 'ok.txt': `${TAGGED}\n` });
    try {
      const r = await shotlint(['latin.txt', 'ok.txt', '--fix'], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(readFileSync(t.path('latin.txt'))).toEqual(latin1);
      expect(readFileSync(t.path('ok.txt'), 'utf8')).toBe(`${FIXED}\n`);
      expect(r.stderr).toMatch(/shotlint: latin\.txt: not fixed: the file is not UTF-8 text/);
      expect(r.stderr).toMatch(/fixed 1 file/);
      const l = await shotlint(['latin-lines.txt', '--lines', '--fix'], { cwd: t.dir });
      expect(l.code).toBe(2);
      expect(readFileSync(t.path('latin-lines.txt'))).toEqual(lines);
      expect(tempFiles(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('the UTF-8 check is made on the read that linted the file: a character cut by a read chunk is UTF-8, bytes cut at the end are not', async () => {
    // Line files are read in 64 KB chunks: "é" (2 bytes) straddles the first boundary after blank lines.
    const head = `${TAGGED}\n`;
    const straddling = Buffer.concat([Buffer.from(head + '\n'.repeat(65535 - head.length)), Buffer.from('é at dawn, a cat asleep on a windowsill\n')]);
    const cut = Buffer.concat([Buffer.from(`${TAGGED}\nA caf`), Buffer.from([0xc3])]);
    const record = Buffer.concat([Buffer.from(`{"prompt": "${TAGGED}"}\n{"prompt": "A caf`), Buffer.from([0xe9]), Buffer.from(' terrace"}\n')]);
    const t = tempDir({ 'straddling.txt': straddling, 'cut.txt': cut, 'latin.jsonl': record });
    try {
      const ok = await shotlint(['straddling.txt', '--lines', '--fix', '-f', 'json'], { cwd: t.dir });
      expect(ok.stderr).toMatch(/fixed 1 file/);
      expect(readFileSync(t.path('straddling.txt'))).toEqual(Buffer.concat([Buffer.from(`${FIXED}\n`), straddling.subarray(head.length)]));
      const r = await shotlint(['cut.txt', 'latin.jsonl', '--lines', '--fix', '-f', 'json'], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cut\.txt: not fixed: the file is not UTF-8 text/);
      expect(r.stderr).toMatch(/latin\.jsonl: not fixed: the file is not UTF-8 text/);
      expect(readFileSync(t.path('cut.txt'))).toEqual(cut);
      expect(readFileSync(t.path('latin.jsonl'))).toEqual(record);
      expect(tempFiles(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('a read-only file is not rewritten (the rename would have replaced it); the other files are fixed; exit 2', async () => {
    if (process.getuid?.() === 0) return expect(true).toBe(true); // root writes everything
    const t = tempDir({ 'locked.txt': `${TAGGED}\n`, 'ok.txt': `${TAGGED}\n` });
    try {
      const { chmodSync } = await import('node:fs');
      chmodSync(t.path('locked.txt'), 0o444);
      const r = await shotlint(['locked.txt', 'ok.txt', '--fix'], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(readFileSync(t.path('locked.txt'), 'utf8')).toBe(`${TAGGED}\n`);
      expect(readFileSync(t.path('ok.txt'), 'utf8')).toBe(`${FIXED}\n`);
      expect(r.stderr).toMatch(/shotlint: locked\.txt: not fixed: the file is read-only/);
    } finally {
      t.cleanup();
    }
  });

  it('a symbolic link is fixed through: its target gets the fix and the link stays a link', async () => {
    const t = tempDir({ 'real/p.txt': `${TAGGED}\n`, 'real/l.txt': `${TAGGED}\n${TAGGED}\n` });
    try {
      const { lstatSync, symlinkSync } = await import('node:fs');
      symlinkSync(join('real', 'p.txt'), t.path('link.txt'));
      symlinkSync(join('real', 'l.txt'), t.path('lines.txt'));
      const r = await shotlint(['link.txt', '--fix'], { cwd: t.dir });
      const l = await shotlint(['lines.txt', '--lines', '--fix'], { cwd: t.dir });
      expect([r.code, l.code]).toEqual([0, 0]);
      expect(lstatSync(t.path('link.txt')).isSymbolicLink()).toBe(true);
      expect(lstatSync(t.path('lines.txt')).isSymbolicLink()).toBe(true);
      expect(readFileSync(t.path('real/p.txt'), 'utf8')).toBe(`${FIXED}\n`);
      expect(readFileSync(t.path('real/l.txt'), 'utf8')).toBe(`${FIXED}\n${FIXED}\n`);
      expect([...tempFiles(t.dir), ...tempFiles(t.path('real'))]).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('Markdown blocks and JSON arrays: only the prompt text changes', async () => {
    const md = `# Shots\n\nmasterpiece prose outside stays.\n\n\`\`\`prompt\n${TAGGED}\n\`\`\`\n`;
    const json = `[\n  {"id": 1, "prompt": ${JSON.stringify(TAGGED)}, "keep": true},\n  ${JSON.stringify(TAGGED)}\n]\n`;
    const t = tempDir({ 'a.md': md, 'b.json': json });
    try {
      await shotlint(['a.md', 'b.json', '--fix'], { cwd: t.dir });
      expect(readFileSync(t.path('a.md'), 'utf8')).toBe(md.replace(`${TAGGED}\n\`\`\``, `${FIXED}\n\`\`\``));
      expect(readFileSync(t.path('b.json'), 'utf8')).toBe(json.split(JSON.stringify(TAGGED)).join(JSON.stringify(FIXED)));
    } finally {
      t.cleanup();
    }
  });

  it('--lines files: fixed lines replaced, other lines and endings kept', async () => {
    const text = `${TAGGED}\r\n\r\n${ERROR}\n${TAGGED}`;
    const t = tempDir({ 'l.txt': text });
    try {
      await shotlint(['l.txt', '--lines', '--fix'], { cwd: t.dir });
      expect(readFileSync(t.path('l.txt'), 'utf8')).toBe(`${FIXED}\r\n\r\n${ERROR}\n${FIXED}`);
    } finally {
      t.cleanup();
    }
  });

  it('--fix-dry-run shows the fixed text and writes nothing', async () => {
    const t = tempDir({ 'p.txt': TAGGED });
    try {
      const j = await shotlint(['p.txt', '--fix-dry-run', '-f', 'json'], { cwd: t.dir });
      expect(parseJson(j.stdout)[0].output).toBe(FIXED);
      const s = await shotlint(['p.txt', '--fix-dry-run'], { cwd: t.dir });
      expect(s.stdout).toContain(`fixed: ${FIXED}`);
      expect(readFileSync(t.path('p.txt'), 'utf8')).toBe(TAGGED);
    } finally {
      t.cleanup();
    }
  });
});

describe('interruptions', () => {
  const t = tempDir({ 'big.jsonl': records(6000) });
  afterAll(t.cleanup);

  it('a closed pipe (| head -1) ends quietly', async () => {
    const result = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      const sh = spawn('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" big.jsonl -f compact | head -1`], { cwd: t.dir, env: { ...process.env, NO_COLOR: '1', SHOTLINT_COMPILE_CACHE: TEST_COMPILE_CACHE } });
      let stderr = '';
      let stdout = '';
      sh.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      sh.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      sh.on('close', (code) => resolve({ code, stderr, stdout }));
    });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('Ctrl-C in the middle of a --fix batch leaves the original file whole and no temporary file', async () => {
    const before = readFileSync(t.path('big.jsonl'), 'utf8');
    const child = start(['big.jsonl', '--fix', '-f', 'compact'], { cwd: t.dir });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readFileSync(t.path('big.jsonl'), 'utf8')).toBe(before);
    expect(tempFiles(t.dir)).toEqual([]);
  });
});
