/** Every output format of the built binary, --output-file, --quiet, colour and --rewrite. */
import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJson, requireBuild, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
// Each test spawns the binary, several times for some: a loaded CI machine needs more than the default.
vi.setConfig({ testTimeout: 120_000 });

const BAD = 'A [Product] on a marble table in 4K, slow push-in, soft window light';
const t = tempDir({
  'shot.txt': `${BAD}\n`,
  'batch.jsonl': `${JSON.stringify({ id: 'a', prompt: BAD })}\nnot json\n`,
});
afterAll(t.cleanup);

describe('formats', () => {
  it('stylish: grouped per prompt with the score, then a summary; no colour without a TTY', async () => {
    const r = await shotlint(['shot.txt'], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\nshot\.txt:1 {2}score \d+\/100\n/);
    expect(r.stdout).toMatch(/ {2}1:3 +error +Unfilled placeholder \[Product\].* {2}no-unfilled-placeholders\n/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(1 error, \d+ warnings?\)/);
    expect(r.stdout).toMatch(/1 prompt · score \d+\/100 · \d+\.\d\d s/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('stylish: --color forces colour, NO_COLOR wins over nothing', async () => {
    const r = await shotlint(['shot.txt', '--color'], { cwd: t.dir });
    expect(r.stdout).toMatch(/\u001b\[31merror/);
    const n = await shotlint(['shot.txt'], { cwd: t.dir, env: { FORCE_COLOR: '1' } });
    expect(n.stdout).not.toMatch(/\u001b\[/); // NO_COLOR (set by the helper) beats FORCE_COLOR
  });

  it('json: ESLint-shaped results', async () => {
    const r = await shotlint(['shot.txt', '-f', 'json'], { cwd: t.dir });
    const [report] = parseJson(r.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['filePath', 'id', 'source', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'score']));
    expect(report.score).toEqual(expect.objectContaining({ total: expect.any(Number), dimensions: expect.any(Object) }));
    for (const m of report.messages) {
      expect(m).toEqual(expect.objectContaining({ ruleId: expect.any(String), messageId: expect.any(String), message: expect.any(String), line: 1, column: expect.any(Number), endLine: 1, endColumn: expect.any(Number) }));
      expect([1, 2]).toContain(m.severity);
      expect(BAD.slice(m.column - 1, m.endColumn - 1)).toBe(BAD.slice(m.range[0], m.range[1]));
    }
    expect(report.errorCount).toBe(report.messages.filter((m: any) => m.severity === 2).length);
  });

  it('compact: one line per message', async () => {
    const r = await shotlint(['shot.txt', 'batch.jsonl', '-f', 'compact'], { cwd: t.dir });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('shot.txt: line 1, col 3, Error - Unfilled placeholder [Product]: replace it with real content before generating. (no-unfilled-placeholders)');
    expect(lines.some((l) => l.startsWith('batch.jsonl: line 2, col 1, Error - Parsing error'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ problems$/);
  });

  it('github: workflow annotations with file, line and column', async () => {
    const r = await shotlint(['shot.txt', '-f', 'github'], { cwd: t.dir });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('::error file=shot.txt,line=1,col=3,endLine=1,endColumn=12,title=shotlint no-unfilled-placeholders::Unfilled placeholder [Product]: replace it with real content before generating.');
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
  });

  it('junit: one test suite per prompt, failures per message', async () => {
    const r = await shotlint(['shot.txt', 'batch.jsonl', '-f', 'junit'], { cwd: t.dir });
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n')).toBe(true);
    expect(r.stdout.trim().endsWith('</testsuites>')).toBe(true);
    expect(r.stdout.match(/<testsuite /g)).toHaveLength(3);
    expect(r.stdout).toMatch(/<testcase time="0" name="shotlint.no-unfilled-placeholders" classname="shot.txt"><failure message="Unfilled placeholder \[Product\]/);
    expect(r.stdout).toMatch(/name="shotlint.fatal"/);
    // Balanced tags, no raw ampersands outside CDATA.
    const outside = r.stdout.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    expect(outside.match(/<testsuite\b/g)!.length).toBe(outside.match(/<\/testsuite>/g)!.length);
    expect(outside).not.toMatch(/&(?!(lt|gt|amp|quot|apos);)/);
  });

  it('sarif: SARIF 2.1.0 with rule metadata and results pointing at the file', async () => {
    const r = await shotlint(['shot.txt', 'batch.jsonl', '-f', 'sarif'], { cwd: t.dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('shotlint');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const rules = run.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(typeof result.message.text).toBe('string');
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^(shot\.txt|batch\.jsonl)$/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    // The malformed line is reported as a tool notification, not as a rule result.
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(notes[0].message.text).toMatch(/batch\.jsonl:2: Parsing error/);
  });
});

describe('output options', () => {
  it('--output-file writes the report there and nothing to stdout', async () => {
    const r = await shotlint(['shot.txt', '-f', 'json', '-o', 'out/report.json'], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(t.path('out/report.json'), 'utf8'));
    expect(report[0].id).toBe('shot.txt:1');
    expect(readdirSync(t.path('out'))).toEqual(['report.json']); // no temporary file left behind
  });

  it('--output-file through a link replaces the file it points to and keeps the link', async () => {
    writeFileSync(t.path('real-report.json'), 'old');
    symlinkSync(t.path('real-report.json'), t.path('linked-report.json'));
    const r = await shotlint(['shot.txt', '-f', 'json', '-o', 'linked-report.json'], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(lstatSync(t.path('linked-report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(t.path('real-report.json'), 'utf8'))[0].id).toBe('shot.txt:1');
  });

  // "-o /dev/null" or "-o /dev/stdout": renaming a finished file over a device would replace the
  // device itself. A named pipe stands in for one here (safe to make in a temporary folder).
  it.skipIf(process.platform === 'win32')('--output-file to a pipe or device writes into it and leaves it in place', async () => {
    const pipe = t.path('report.pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const read = readFile(pipe, 'utf8');
    const r = await shotlint(['shot.txt', '-f', 'json', '-o', 'report.pipe'], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(await read)[0].id).toBe('shot.txt:1');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(t.dir).filter((f) => f.includes('.shotlint-'))).toEqual([]);
  });

  it('--quiet reports errors only', async () => {
    const r = await shotlint(['shot.txt', '-f', 'json', '--quiet'], { cwd: t.dir });
    const [report] = parseJson(r.stdout);
    expect(report.messages.length).toBeGreaterThan(0);
    expect(report.messages.every((m: any) => m.severity === 2)).toBe(true);
    expect(report.warningCount).toBe(0);
  });

  it('--rewrite prints the rewrite under each prompt and adds it to json', async () => {
    const prompt = 'Beautiful cinematic video of a city at night';
    const s = await shotlint(['-p', prompt, '--rewrite']);
    expect(s.stdout).toMatch(/\n {2}rewrite: .*city.*night.*\[/);
    const j = await shotlint(['-p', prompt, '--rewrite', '-f', 'json']);
    const [report] = parseJson(j.stdout);
    expect(report.rewrite).toMatch(/city/);
    expect(report.rewrite).not.toMatch(/[Bb]eautiful/);
    expect(report.rewrite).toMatch(/\[camera/);
    const plain = parseJson((await shotlint(['-p', prompt, '-f', 'json'])).stdout);
    expect(plain[0].rewrite).toBeUndefined();
  });
});
