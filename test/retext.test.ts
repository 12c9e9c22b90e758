/**
 * `shotlint/retext` in real unified pipelines: retext alone, and remark → retext over Markdown,
 * printed with vfile-reporter.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import retextShotlint from '../src/adapters/retext.js';
import { defineRule, type Rule } from '../src/index.js';

const epic = defineRule({
  meta: {
    type: 'suggestion',
    docs: { description: 'Flags "epic".', recommended: false, dimension: 'specificity' },
    messages: { epic: '"epic" says nothing the camera can see.' },
    schema: z.object({}).default({}),
    fixable: 'text',
    hasSuggestions: true,
  },
  check(analysis, context) {
    for (const t of analysis.words) {
      if (t.norm !== 'epic') continue;
      const end = analysis.text[t.end] === ' ' ? t.end + 1 : t.end;
      context.report({
        messageId: 'epic',
        range: [t.start, t.end],
        fix: { range: [t.start, end], text: '' },
        suggestions: [
          { desc: 'Name the scale instead', fix: { range: [t.start, t.end], text: 'vast' } },
          { desc: 'Say what the camera sees', fix: { range: [t.start, t.end], text: 'sweeping' } },
        ],
      });
    }
  },
}) as Rule;

const plugins = { 'test/epic': epic };
const config = (maxWords: number, severity: 'warn' | 'error' = 'warn') => ({ extends: [], rules: { 'max-words': [severity, { max: maxWords }] as const, 'test/epic': 'warn' as const } });

async function runRetext(text: string, options: Parameters<typeof retextShotlint>[0]) {
  const processor = unified().use(retextEnglish).use(retextShotlint, options);
  const file = new VFile({ path: 'fox.prompt', value: text });
  await processor.run(processor.parse(file), file);
  return file;
}

describe('shotlint/retext in a retext pipeline', () => {
  it('reports vfile messages with rule id, source, url, place, actual and expected', async () => {
    const text = '🦊 An epic fox trots\nthrough fresh snow at dawn';
    const file = await runRetext(text, { config: config(6), plugins });
    expect(file.messages.map((m) => m.ruleId)).toEqual(['test/epic', 'max-words']);
    const [e, long] = file.messages;
    expect(e).toMatchObject({
      source: 'shotlint',
      ruleId: 'test/epic',
      reason: '"epic" says nothing the camera can see.',
      actual: 'epic',
      expected: ['', 'vast', 'sweeping'],
      note: 'Name the scale instead\nSay what the camera sees',
      fatal: false,
      // Columns count UTF-16 units: the fox emoji is two.
      place: { start: { line: 1, column: 7, offset: 6 }, end: { line: 1, column: 11, offset: 10 } },
    });
    // The words past the sixth: "snow at dawn" on line 2.
    // A built-in rule links to its page; the plugin rule has no docs.url, so no link.
    expect(e!.url).toBeUndefined();
    expect(long).toMatchObject({ ruleId: 'max-words', url: 'https://github.com/shotlint/shotlint/blob/main/docs/rules/max-words.md', actual: 'snow at dawn', place: { start: { line: 2, column: 15, offset: 35 }, end: { line: 2, column: 27, offset: 47 } } });
    expect(long!.expected).toBeUndefined();
  });

  it('marks errors fatal (remark-lint style) without throwing; information is neither', async () => {
    const file = await runRetext('An epic fox trots through fresh snow at dawn', { config: config(3, 'error'), plugins });
    const long = file.messages.find((m) => m.ruleId === 'max-words')!;
    expect(long.fatal).toBe(true);
    expect(file.messages.find((m) => m.ruleId === 'test/epic')!.fatal).toBe(false);
    const report = reporter([file]);
    expect(report).toMatch(/\n\s*1:13-1:45\s+error\s+Prompt has 9 words[^\n]*max-words\s+shotlint/);
    expect(report).toMatch(/1:4-1:8\s+warning\s+"epic" says nothing the camera can see\.\s+test\/epic\s+shotlint/);
    expect(report).toContain('1 error');

    const chinese = await runRetext('一只红色的狐狸在清晨的雪地里奔跑', {});
    const info = chinese.messages.filter((m) => m.ruleId === 'supported-language');
    expect(info).toHaveLength(1);
    expect(info[0]!.fatal).toBeUndefined();
    expect(reporter([chinese])).toContain('info');
  });

  it('resolves the config when the pipeline is built: a bad config fails fast with its key path', () => {
    expect(() => unified().use(retextEnglish).use(retextShotlint, { config: { rules: { 'max-words': ['warn', { max: 'many' }] } } as never }).freeze()).toThrow(/rules\.max-words\[1\]\.max/);
  });
});

describe('shotlint/retext in a remark → retext pipeline', () => {
  const markdown = [
    '# Product shots',
    '',
    'A slow *epic* dolly past a [ceramic mug](https://example.com) on oak.',
    '',
    '- An epic fox trots through fresh snow at dawn, low tracking shot',
    '',
  ].join('\n');

  async function runRemark(options: Parameters<typeof retextShotlint>[0], toNlcst?: { ignore: string[] }) {
    const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextShotlint, options) as never, toNlcst);
    const file = new VFile({ path: 'library.md', value: markdown });
    await processor.run(processor.parse(file), file);
    return file;
  }

  it('lints each paragraph as a prompt and maps places back through the Markdown', async () => {
    const file = await runRemark({ config: config(10), plugins }, { ignore: ['heading'] });
    const epics = file.messages.filter((m) => m.ruleId === 'test/epic');
    expect(epics).toHaveLength(2);
    for (const m of epics) {
      expect(m.actual).toBe('epic');
      const place = m.place as { start: { offset: number }; end: { offset: number } };
      expect(markdown.slice(place.start.offset, place.end.offset)).toBe('epic');
    }
    expect((epics[0]!.place as { start: { line: number; column: number } }).start).toMatchObject({ line: 3, column: 9 });
    expect((epics[1]!.place as { start: { line: number; column: number } }).start).toMatchObject({ line: 5, column: 6 });
    // Only the list item is longer than ten words; the heading was not linted (ignored above).
    const long = file.messages.filter((m) => m.ruleId === 'max-words');
    expect(long).toHaveLength(1);
    expect(long[0]!.actual).toBe('tracking shot');
    const report = reporter([file]);
    expect(report).toContain('library.md');
    expect(report).toMatch(/3:9-3:13\s+warning\s+"epic" says nothing the camera can see\.\s+test\/epic\s+shotlint/);
  });

  it('a range across inline Markdown covers the source span, syntax included', async () => {
    // With max 2, the words past the second in paragraph 2 start inside the emphasis and run past the link.
    const file = await runRemark({ config: config(2), plugins }, { ignore: ['heading'] });
    const long = file.messages.find((m) => m.ruleId === 'max-words' && (m.place as { start: { line: number } }).start.line === 3)!;
    expect(long.actual).toBe('epic* dolly past a [ceramic mug](https://example.com) on oak');
  });

  it('unit: "file" lints the whole text as one prompt even in a remark pipeline', async () => {
    const file = await runRemark({ config: config(100), plugins, unit: 'file' });
    // One prompt: "Product shots" and both paragraphs together; both "epic" found, still placed exactly.
    const epics = file.messages.filter((m) => m.ruleId === 'test/epic');
    expect(epics.map((m) => m.actual)).toEqual(['epic', 'epic']);
    expect(epics.map((m) => (m.place as { start: { line: number } }).start.line)).toEqual([3, 5]);
  });
});

describe('shotlint/retext stays browser-safe', () => {
  it('imports nothing from node:', () => {
    const source = readFileSync(new URL('../src/adapters/retext.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(imports.filter((s) => s.startsWith('node:'))).toEqual([]);
    expect(imports.filter((s) => !s.startsWith('.'))).toEqual(['nlcst', 'unified', 'vfile']); // type-only
    expect(source).toMatch(/^import type \{ Root \} from 'nlcst';$/m);
  });
});
