/** The formatters as library functions: pure, streaming, and correct on awkward text. */
import { describe, expect, it } from 'vitest';
import { createLinter, fatalReport, format, formatters, summarize, toReport, type PromptReport } from '../src/index.js';

const linter = createLinter();
const PROMPT = 'A [Product] on a marble table in 4K, slow push-in, soft window light';

function report(text = PROMPT, filePath = '/work/shots/hero.txt', id = 'shots/hero.txt:1'): PromptReport {
  return toReport(linter.lint(text), { filePath, id });
}

describe('toReport', () => {
  it('maps severities and counts the ESLint way', () => {
    const r = report();
    expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length);
    expect(r.warningCount).toBe(r.messages.filter((m) => m.level === 'warning').length);
    for (const m of r.messages) {
      expect(PROMPT.slice(m.column - 1, m.endColumn! - 1)).toBe(PROMPT.slice(m.range![0], m.range![1]));
      expect(m.url).toMatch(/docs\/rules\//);
    }
  });

  it('places messages with a custom locator (a record inside a JSONL line)', () => {
    const r = toReport(linter.lint(PROMPT), { filePath: '/x.jsonl', id: 'x', locate: (range) => ({ line: 7, column: range[0] + 10, endLine: 7, endColumn: range[1] + 10 }) });
    expect(r.messages.every((m) => m.line === 7 && m.column === m.range![0] + 10)).toBe(true);
  });
});

describe('formatters', () => {
  const reports = [report(), fatalReport('/work/shots/b.jsonl', 'shots/b.jsonl:2', 'not json', 'Parsing error: Unexpected token', 2, 1), report('A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight', '<text>', '<text>#1')];
  const context = { cwd: '/work', rules: linter.config.rules.reduce((o, r) => ({ ...o, [r.id]: r.rule }), {}) };

  it('every formatter streams: begin + result… + end equals format()', () => {
    for (const name of Object.keys(formatters) as (keyof typeof formatters)[]) {
      const stream = formatters[name].create(context);
      const streamed = stream.begin() + reports.map((r) => stream.result(r)).join('') + stream.end(summarize(reports));
      expect(streamed, name).toBe(format(name, reports, context));
    }
  });

  it('json parses back to the reports', () => {
    expect(JSON.parse(format('json', reports))).toEqual(JSON.parse(JSON.stringify(reports)));
    expect(JSON.parse(format('json', []))).toEqual([]);
  });

  it('stylish without colours: paths relative to cwd, no escape codes, summary counts', () => {
    const out = format('stylish', reports, context);
    expect(out).toContain('\nshots/hero.txt:1  score ');
    expect(out).not.toContain('/work/shots');
    expect(out).not.toMatch(/\u001b\[/);
    const s = summarize(reports);
    expect(out).toContain(`(${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
    expect(out).toMatch(/3 prompts · mean score \d+\/100/);
  });

  it('stylish says which dimensions a score measured when it could not read them all', () => {
    const spanish = report('un perro corre por la playa al atardecer con su dueño', '<text>', '<text>#1');
    expect(spanish.score?.unmeasured?.length).toBeGreaterThan(0);
    expect(format('stylish', [spanish], context)).toContain(`score ${spanish.score!.total}/100 (length only)`);
    const english = format('stylish', [report()], context);
    expect(english).toMatch(/score \d+\/100\n/);
  });

  it('the mean score leaves out prompts scored on length alone, and says how many', () => {
    const spanish = report('un perro corre por la playa al atardecer con su dueño', '<text>', '<text>#1');
    const english = report();
    const s = summarize([english, spanish]);
    expect(s.lengthOnly).toBe(1);
    expect(s.meanScore).toBe(english.score!.total);
    expect(format('stylish', [english, spanish], context)).toContain(`2 prompts · mean score ${english.score!.total}/100 (1 scored on length only, left out) · `);
    expect(format('stylish', [spanish, spanish], context)).toContain('2 prompts · no mean score (2 scored on length only) · ');
    expect(format('stylish', [spanish], context)).toContain('1 prompt · scored on length only · ');
    expect(format('stylish', [english], context)).toMatch(/1 prompt · score \d+\/100 · /);
  });

  it('stylish does not repeat a prompt its rewrite leaves unchanged, and says why', () => {
    const withRewrite = (text: string) => {
      const result = linter.lint(text);
      return toReport(result, { filePath: '<text>', id: '<text>#1', rewrite: result.rewrite.text });
    };
    const spanish = format('stylish', [withRewrite('un perro corre por la playa al atardecer')], { ...context, showRewrite: true });
    expect(spanish).toContain('  rewrite: none: shotlint rewrites English prompts only\n');
    expect(spanish).not.toContain('rewrite: un perro');
    const done = format('stylish', [withRewrite('A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight')], { ...context, showRewrite: true });
    expect(done).toContain('  rewrite: none needed: nothing to reorder, add or leave out\n');
    const changed = format('stylish', [withRewrite('Beautiful cinematic video of a city at night')], { ...context, showRewrite: true });
    expect(changed).toMatch(/ {2}rewrite: .*city at night.*\[/);
  });

  it('github escapes newlines, percent signs, colons and commas', () => {
    const r = report();
    r.filePath = '/work/a,b:c.txt';
    r.messages = [{ ...r.messages[0]!, message: '50% done\nnext line' }];
    expect(format('github', [r], context)).toBe(`::${r.messages[0]!.level === 'info' ? 'notice' : r.messages[0]!.level} file=a%2Cb%3Ac.txt,line=1,col=${r.messages[0]!.column},endLine=1,endColumn=${r.messages[0]!.endColumn},title=shotlint ${r.messages[0]!.ruleId}::shots/hero.txt:1: 50%25 done%0Anext line\n`);
  });

  it('junit escapes attributes and keeps CDATA intact, dropping characters XML cannot hold', () => {
    const r = report();
    r.messages = [{ ...r.messages[0]!, message: 'a <b> & "c" ]]> d \u0001' }];
    const out = format('junit', [r], context);
    expect(out).toContain('message="a &lt;b&gt; &amp; &quot;c&quot; ]]&gt; d "');
    expect(out).toContain('<![CDATA[line 1, col');
    expect(out).toContain('a <b> & "c" ]]]]><![CDATA[> d ');
    expect(out).not.toContain('\u0001');
  });

  it('sarif is valid JSON with rules, results and notifications', () => {
    const log = JSON.parse(format('sarif', reports, { ...context, toolVersion: '9.9.9' }));
    const run = log.runs[0];
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(Object.keys(context.rules).sort());
    expect(run.results.length).toBe(reports[0]!.messages.length + reports[2]!.messages.length);
    const inline = run.results.filter((r: any) => r.properties.promptId === '<text>#1');
    expect(inline.every((r: any) => r.locations === undefined)).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('shots/b.jsonl');
  });

  it('compact: one line per message', () => {
    const out = format('compact', [reports[0]!], context).trim().split('\n');
    expect(out.slice(0, -2)).toHaveLength(reports[0]!.messages.length);
    expect(out[0]).toMatch(/^shots\/hero\.txt: line 1, col \d+, (Error|Warning|Info) - /);
  });
});

describe('formatters are exported from the core', () => {
  it('import nothing from Node (the core index runs in browsers)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../src/formatters/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(new URL(f, dir), 'utf8');
      expect(source, f).not.toMatch(/from\s+['"](node:|fs|path|os|picocolors)/);
      expect(source, f).not.toMatch(/\bprocess\./);
    }
  });
});
