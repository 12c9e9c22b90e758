/**
 * Where the prompts are in a document and how their offsets map back: the JSON string mapping
 * (escapes, surrogate pairs) is checked as a property over arbitrary strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeAtPath, parseJson } from '../src/lsp/json.js';
import { documentKind, extractPrompts } from '../src/lsp/prompts.js';
import { minimalEdit } from '../src/lsp/service.js';
import { nextLintCost } from '../src/lsp/lint-prompts.js';

describe('parseJson', () => {
  it('parses what JSON.parse parses, with positions', () => {
    const text = ' {"a": [1, -2.5e3, true, null, "x\\"y"], "b": {}} ';
    const node = parseJson(text)!;
    expect(node.type).toBe('object');
    expect([node.start, node.end]).toEqual([1, text.length - 1]);
    const a = nodeAtPath(node, 'a[4]')!.node;
    expect(a).toMatchObject({ type: 'string', value: 'x"y' });
    expect(text.slice(a.start, a.end)).toBe('"x\\"y"');
  });

  it('rejects what JSON.parse rejects, without throwing', () => {
    for (const bad of ['', '{', '{"a":}', '[1,]', '"\\x"', '"a\nb"', '01', '{"a" 1}', 'tru', '"\\u12"', '[1] 2']) {
      expect(() => JSON.parse(bad)).toThrow();
      expect(parseJson(bad)).toBeUndefined();
    }
  });

  it('survives hostile nesting', () => {
    expect(parseJson('['.repeat(100_000))).toBeUndefined();
    expect(parseJson('['.repeat(200) + ']'.repeat(200))).toBeDefined();
  });

  it('maps every decoded UTF-16 unit back to the raw text that produced it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (value, asciiOnly) => {
        // Both JSON.stringify's spelling and a fully \u-escaped one.
        const raw = asciiOnly ? `"${[...value].map((c) => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')).join('')}"` : JSON.stringify(value);
        const node = parseJson(raw);
        if (node?.type !== 'string') return false;
        expect(node.value).toBe(value);
        expect(node.units).toHaveLength(value.length + 1);
        for (let i = 0; i < value.length; i++) {
          const piece = raw.slice(node.units[i], node.units[i + 1]);
          // A literal surrogate pair is two raw units, each its own piece; an escape decodes to its unit.
          expect(piece.startsWith('\\') ? JSON.parse(`"${piece}"`) : piece).toBe(value[i]);
        }
        return node.units[value.length] === raw.length - 1;
      }),
      { numRuns: 300 },
    );
  });

  it('finds a config key path, including rule ids with dots and slashes', () => {
    const text = '{ "rules": { "plugin/a.b": ["warn", { "max": "x" }] } }';
    const found = nodeAtPath(parseJson(text), 'rules.plugin/a.b[1].max')!;
    expect(text.slice(found.key!.start, found.key!.end)).toBe('"max"');
    // A path that goes nowhere stops at the deepest node found.
    expect(nodeAtPath(parseJson(text), 'rules.nope')!.key!.value).toBe('rules');
  });
});

describe('documentKind', () => {
  it.each([
    ['file:///a/b.prompt', 'plaintext', 'prompt'],
    ['file:///a/b.PROMPT.txt', 'plaintext', 'prompt'],
    ['file:///a/b.prompt.md', 'markdown', 'prompt-markdown'],
    ['file:///a/README.md', 'markdown', 'markdown'],
    ['file:///a/batch.jsonl', 'jsonl', 'jsonl'],
    ['untitled:Untitled-1', 'jsonl', 'jsonl'],
    ['untitled:Untitled-2', 'prompt', 'prompt'],
    ['file:///a/notes.txt', 'plaintext', undefined],
    ['file:///a/data.json', 'json', undefined],
    ['file:///a/my%20shot.prompt', 'plaintext', 'prompt'],
  ])('%s (%s) → %s', (uri, languageId, kind) => {
    expect(documentKind(uri, languageId)).toBe(kind);
  });
});

describe('extractPrompts', () => {
  it('a prompt file is one prompt, offsets unchanged', () => {
    const [p] = extractPrompts('prompt', 'A fox\r\nin snow');
    expect(p).toMatchObject({ kind: 'file', text: 'A fox\r\nin snow', start: 0, end: 14 });
    expect(p!.toDocument(7)).toBe(7);
  });

  it('Markdown: ```prompt and ~~~prompt blocks, not other fences, not prompts nested in other fences', () => {
    const md = [
      'Intro',
      '```prompt',
      'First prompt',
      '```',
      '````markdown',
      '```prompt',
      'Quoted, not a prompt',
      '```',
      '````',
      '  ~~~~ Prompt {"model": "veo-3", "disable": ["max-words"]}',
      'Second',
      'prompt',
      '  ~~~~',
      '```prompt',
      '',
      '```',
      '```prompt',
      'Unclosed at the end',
    ].join('\n');
    const prompts = extractPrompts('markdown', md);
    expect(prompts.map((p) => p.text)).toEqual(['First prompt', 'Second\nprompt', 'Unclosed at the end']);
    for (const p of prompts) expect(md.slice(p.start, p.end)).toBe(p.text);
    expect(prompts[1]).toMatchObject({ model: 'veo-3', disable: ['max-words'] });
    expect(md.slice(prompts[1]!.anchor).startsWith('  ~~~~ Prompt')).toBe(true);
  });

  it('a .prompt.md without prompt fences is a prompt whole; with other fences only, it has none', () => {
    expect(extractPrompts('prompt-markdown', 'A fox in snow').map((p) => p.text)).toEqual(['A fox in snow']);
    expect(extractPrompts('prompt-markdown', '```js\ncode\n```')).toEqual([]);
  });

  it('JSONL: each record with a string prompt; model and disable per record; edits re-encode', () => {
    const lines = [String.raw`{"prompt": "tab\there \"q\" \ud83e\udd8a end", "model": "sora-2", "disable": ["a", 1]}`, '', '{"prompt": 3}', '[1]', '{"prompt": "ok"'];
    const prompts = extractPrompts('jsonl', lines.join('\r\n'));
    expect(prompts).toHaveLength(1);
    const p = prompts[0]!;
    expect(p).toMatchObject({ kind: 'record', text: 'tab\there "q" 🦊 end', model: 'sora-2', disable: ['a'] });
    const raw = lines[0]!;
    expect(raw.slice(p.toDocument(p.text.indexOf('here')), p.toDocument(p.text.indexOf('here') + 4))).toBe('here');
    expect(raw.slice(p.toDocument(p.text.indexOf('"q"')), p.toDocument(p.text.indexOf('"q"') + 3))).toBe('\\"q\\"');
    expect(raw.slice(p.toDocument(p.text.indexOf('🦊')), p.toDocument(p.text.indexOf('🦊') + 2))).toBe('\\ud83e\\udd8a');
    const e = p.edit(0, 3, 'a "new"\nline');
    expect(e.text).toBe('a \\"new\\"\\nline');
    expect(raw.slice(e.start, e.end)).toBe('tab');
  });
});

describe('minimalEdit', () => {
  it('replaces only what changed and never splits a surrogate pair', () => {
    expect(minimalEdit('An epic fox', 'An fox')).toEqual([3, 8, '']);
    expect(minimalEdit('a🦊b', 'a🦁b')).toEqual([1, 3, '🦁']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const [from, to, text] = minimalEdit(a, b);
        expect(a.slice(0, from) + text + a.slice(to)).toBe(b);
      }),
    );
  });
});

describe('nextLintCost: the wait after an edit', () => {
  it('a document of one huge prompt: the whole lint again', () => {
    expect(nextLintCost({ total: 900, linting: 800, pendingLength: 1_000_000, largest: 1_000_000 }, undefined)).toBe(900);
  });

  it('a JSONL file of 10,000 records just opened: its reading and one record, not the 10,000', () => {
    expect(nextLintCost({ total: 1200, linting: 1000, pendingLength: 1_000_000, largest: 500 }, undefined)).toBe(200.5);
  });

  it('an edit of one record: the estimate from what this lint did', () => {
    expect(nextLintCost({ total: 210, linting: 1, pendingLength: 480, largest: 480 }, 200.5)).toBe(210);
  });

  it('an edit outside every prompt linted nothing: the estimate stands (the first time, the lint itself)', () => {
    expect(nextLintCost({ total: 190, linting: 0, pendingLength: 0, largest: 0 }, 200.5)).toBe(200.5);
    expect(nextLintCost({ total: 190, linting: 0, pendingLength: 0, largest: 0 }, undefined)).toBe(190);
  });
});
