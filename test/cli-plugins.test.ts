/**
 * Plugins in the CLI: a config's `plugins` (resolved from the config's folder), `--plugin`
 * (from the working folder), worker threads, the cache, the information commands, and plugins
 * that cannot be used (exit 2, no stack trace). The plugin modules are plain objects written
 * here; they import nothing.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJson, requireBuild, shotlint, tempDir } from './helpers/cli.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 120_000 });

/** `acme/no-brand`: flags "Acme"; no schema, no docs.url. `acme/no-shouting`: an all-caps word, with a fix. */
const ACME = `
export const rules = {
  'acme/no-brand': {
    meta: {
      type: 'problem',
      docs: { description: 'Keep the client brand out of prompts.', recommended: true, dimension: 'specificity' },
      messages: { brand: '"{{word}}" is a brand name: describe the product instead.' },
      defaultSeverity: 'error',
    },
    check(analysis, context) {
      for (const w of analysis.words) if (w.norm === 'acme') context.report({ messageId: 'brand', range: [w.start, w.end], data: { word: w.text } });
    },
  },
  'acme/no-shouting': {
    meta: {
      type: 'suggestion',
      docs: { description: 'Write words in lower case.', recommended: false, dimension: 'style', url: 'https://example.com/no-shouting' },
      messages: { shouting: 'Written in capitals.' },
      fixable: 'text',
    },
    check(analysis, context) {
      for (const w of analysis.words) {
        if (w.text.length > 2 && w.text === w.text.toUpperCase() && /[A-Z]/.test(w.text)) {
          context.report({ messageId: 'shouting', range: [w.start, w.end], fix: { range: [w.start, w.end], text: w.text.toLowerCase() } });
        }
      }
    },
  },
};
`;

/** A default export, as a package would have it. */
const FLAG = `
export default {
  rules: {
    'flag/no-fox': {
      meta: { type: 'problem', docs: { description: 'No foxes.', recommended: false, dimension: 'subject' }, messages: { fox: 'A fox.' } },
      check(analysis, context) {
        for (const w of analysis.words) if (w.norm === 'fox') context.report({ messageId: 'fox', range: [w.start, w.end] });
      },
    },
  },
};
`;

const PROMPT = 'An Acme drone flying over a foggy harbour at sunrise, wide shot, soft pink light';

function jsonl(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `${JSON.stringify({ id: `r${i}`, prompt: i % 2 === 0 ? `${PROMPT} number ${i}` : `A red FOX number ${i} trotting through snow at dawn` })}\n`;
  return out;
}

const t = tempDir({
  'proj/shotlint.config.json': JSON.stringify({ plugins: ['./rules/acme.mjs'], rules: { 'acme/no-brand': 'error', 'acme/no-shouting': 'warn' } }),
  'proj/rules/acme.mjs': ACME,
  'proj/prompts/p.txt': PROMPT,
  'proj/prompts/batch.jsonl': jsonl(200),
  'pkg/shotlint.config.json': JSON.stringify({ plugins: ['shotlint-plugin-flag'], rules: { 'flag/no-fox': 'warn' } }),
  'pkg/node_modules/shotlint-plugin-flag/package.json': JSON.stringify({ name: 'shotlint-plugin-flag', type: 'module', exports: './index.js' }),
  'pkg/node_modules/shotlint-plugin-flag/index.js': FLAG,
  'pkg/fox.txt': 'A red fox trotting through fresh snow at dawn, low tracking shot, soft golden backlight',
  'cli/flag.mjs': FLAG,
  // Packages as ESM-only and dual packages publish them: exports that require() cannot use.
  'esm/shotlint.config.json': JSON.stringify({ plugins: ['shotlint-plugin-acme', '@acme/shotlint-rules/flag'], rules: { 'acme/no-brand': 'error', 'flag/no-fox': 'warn' } }),
  'esm/node_modules/shotlint-plugin-acme/package.json': JSON.stringify({ name: 'shotlint-plugin-acme', type: 'module', exports: { '.': { types: './index.d.ts', import: './index.js' }, './package.json': './package.json' } }),
  'esm/node_modules/shotlint-plugin-acme/index.js': ACME,
  'esm/node_modules/@acme/shotlint-rules/package.json': JSON.stringify({ name: '@acme/shotlint-rules', type: 'module', exports: { './*': { import: './rules/*.js' } } }),
  'esm/node_modules/@acme/shotlint-rules/rules/flag.js': FLAG,
  'esm/p.txt': 'An Acme drone following a red fox through fresh snow at dawn, low tracking shot',
  'dual/node_modules/shotlint-plugin-flag/package.json': JSON.stringify({ name: 'shotlint-plugin-flag', main: './index.cjs', exports: { '.': { require: './index.cjs', import: './index.mjs' } } }),
  'dual/node_modules/shotlint-plugin-flag/index.cjs': 'throw new Error("the CommonJS entry");\n',
  'dual/node_modules/shotlint-plugin-flag/index.mjs': FLAG,
  'missing/shotlint.config.json': JSON.stringify({ plugins: ['./rules/acme.mjs', './rules/gone.mjs'] }),
  'missing/rules/acme.mjs': ACME,
  'missing/p.txt': PROMPT,
  'norules/shotlint.config.json': JSON.stringify({ plugins: ['./empty.mjs'] }),
  'norules/empty.mjs': 'export const meta = {};\n',
  'norules/p.txt': PROMPT,
  'cache/shotlint.config.json': JSON.stringify({ plugins: ['./rule.mjs'], rules: { 'acme/no-brand': 'error' } }),
  'cache/rule.mjs': ACME,
  'cache/p.txt': PROMPT,
});
afterAll(t.cleanup);

const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('plugins from the config file', () => {
  it('load from the config file\'s folder, whatever the working folder; their diagnostics have no url without docs.url', async () => {
    // Run from the temp root: "./rules/acme.mjs" is relative to proj/, not to the working folder.
    const r = await shotlint(['proj/prompts/p.txt', '-f', 'json'], { cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [report] = parseJson(r.stdout);
    const brand = report.messages.find((m: any) => m.ruleId === 'acme/no-brand');
    expect(brand).toMatchObject({ messageId: 'brand', severity: 2, level: 'error', message: '"Acme" is a brand name: describe the product instead.', line: 1, column: 4, range: [3, 7] });
    expect(brand).not.toHaveProperty('url');
  });

  it('a plugin rule with docs.url links to it, and its fix applies', async () => {
    const args = ['-p', 'A red FOX trotting through fresh snow at dawn', '-f', 'json', '--config', 'proj/shotlint.config.json'];
    const [report] = parseJson((await shotlint(args, { cwd: t.dir })).stdout);
    expect(report.messages.find((m: any) => m.ruleId === 'acme/no-shouting')).toMatchObject({ url: 'https://example.com/no-shouting', fix: { range: [6, 9], text: 'fox' } });
    const [fixed] = parseJson((await shotlint([...args, '--fix-dry-run'], { cwd: t.dir })).stdout);
    expect(fixed.output).toBe('A red fox trotting through fresh snow at dawn');
  });

  it('a package name is found by Node resolution from the config file\'s folder', async () => {
    const r = await shotlint(['pkg/fox.txt', '-f', 'json'], { cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(parseJson(r.stdout)[0].messages.map((m: any) => m.ruleId)).toContain('flag/no-fox');
  });

  it('a package whose exports offer only "import" (and "types"), and a scoped package\'s subpath through an exports pattern', async () => {
    const r = await shotlint(['esm/p.txt', '-f', 'json'], { cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout)[0].messages.map((m: any) => m.ruleId).filter((id: string) => id.includes('/')).sort()).toEqual(['acme/no-brand', 'flag/no-fox']);
    const config = JSON.parse((await shotlint(['--print-config', 'esm/p.txt'], { cwd: t.dir })).stdout);
    expect(config.plugins).toEqual([t.path('esm/node_modules/shotlint-plugin-acme/index.js'), t.path('esm/node_modules/@acme/shotlint-rules/rules/flag.js')]);
  });

  it('a subpath the package does not export names the package and the subpath', async () => {
    const r = await shotlint(['--plugin', 'shotlint-plugin-acme/index.js', '-p', 'A fox'], { cwd: t.path('esm') });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`shotlint: --plugin "shotlint-plugin-acme/index.js": package "shotlint-plugin-acme" does not export "./index.js" (see "exports" in ${t.path('esm/node_modules/shotlint-plugin-acme/package.json')})`);
  });

  it('--concurrency 2: the workers load the same plugins and give the same results', async () => {
    const one = await shotlint(['proj/prompts/batch.jsonl', 'pkg/fox.txt', '-f', 'json'], { cwd: t.dir });
    const two = await shotlint(['proj/prompts/batch.jsonl', 'pkg/fox.txt', '-f', 'json', '--concurrency', '2'], { cwd: t.dir });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const reports = parseJson(two.stdout);
    expect(reports).toHaveLength(201);
    const ruleIds = new Set(reports.flatMap((r) => r.messages.map((m: any) => m.ruleId)));
    expect([...ruleIds].filter((id) => id.includes('/')).sort()).toEqual(['acme/no-brand', 'acme/no-shouting', 'flag/no-fox']);
  });

  it('SARIF describes the plugin rules', async () => {
    const r = await shotlint(['proj/prompts/p.txt', '-f', 'sarif'], { cwd: t.dir });
    const run = JSON.parse(r.stdout).runs[0];
    const rule = run.tool.driver.rules.find((d: any) => d.id === 'acme/no-brand');
    expect(rule).toMatchObject({ shortDescription: { text: 'Keep the client brand out of prompts.' }, defaultConfiguration: { level: 'error' } });
    expect(run.results.find((x: any) => x.ruleId === 'acme/no-brand').ruleIndex).toBe(run.tool.driver.rules.indexOf(rule));
  });

  it('--cache: editing a plugin invalidates the cached results', async () => {
    const run = async () => parseJson((await shotlint(['p.txt', '--cache', '-f', 'json'], { cwd: t.path('cache') })).stdout)[0].messages.find((m: any) => m.ruleId === 'acme/no-brand').message;
    expect(await run()).toBe('"Acme" is a brand name: describe the product instead.');
    writeFileSync(t.path('cache/rule.mjs'), ACME.replace('is a brand name: describe the product instead.', 'is ours.'));
    // A distinct modification time, even on a file system with coarse timestamps.
    utimesSync(t.path('cache/rule.mjs'), new Date(), new Date(Date.now() + 5000));
    expect(await run()).toBe('"Acme" is ours.');
  });
});

describe('--plugin', () => {
  it('loads a module from the working folder (default export); --rule turns its rule on', async () => {
    const r = await shotlint(['--plugin', './flag.mjs', '--rule', 'flag/no-fox: error', '-p', 'A red fox trotting through fresh snow at dawn', '-f', 'json'], { cwd: t.path('cli') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout)[0].messages.find((m: any) => m.ruleId === 'flag/no-fox')).toMatchObject({ severity: 2, range: [6, 9] });
  });

  it('adds to the config file\'s plugins', async () => {
    const r = await shotlint(['--plugin', './cli/flag.mjs', '--rule', 'flag/no-fox: warn', 'proj/prompts/batch.jsonl', '-f', 'json', '-j', '2'], { cwd: t.dir });
    expect(r.stderr).toBe('');
    const ruleIds = new Set(parseJson(r.stdout).flatMap((x) => x.messages.map((m: any) => m.ruleId)));
    expect(ruleIds).toContain('flag/no-fox');
    expect(ruleIds).toContain('acme/no-brand');
  });

  it('a package with "require" and "import" entries loads its ES module, in the workers too', async () => {
    const args = ['--plugin', 'shotlint-plugin-flag', '--rule', 'flag/no-fox: error', '-p', 'A red fox trotting through fresh snow at dawn', '-f', 'json'];
    for (const extra of [[], ['--concurrency', '2']]) {
      const r = await shotlint([...args, ...extra], { cwd: t.path('dual') });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(parseJson(r.stdout)[0].messages.find((m: any) => m.ruleId === 'flag/no-fox')).toMatchObject({ severity: 2, range: [6, 9] });
    }
  });

  it('a plugin rule in --rule without its plugin is a usage error with a hint', async () => {
    const r = await shotlint(['--rule', 'flag/no-fox: error', '-p', 'A fox'], { cwd: t.path('cli') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "flag/no-fox" (no loaded plugin defines it: add --plugin');
  });

  it('a plugin rule without a schema takes no options', async () => {
    const r = await shotlint(['--plugin', './flag.mjs', '--rule', 'flag/no-fox: ["error", {"max": 1}]', '-p', 'A fox'], { cwd: t.path('cli') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"flag/no-fox" takes no options');
  });
});

describe('plugins that cannot be used: exit 2, the file and the key, no stack trace', () => {
  it('a module that does not exist', async () => {
    const r = await shotlint(['missing/p.txt'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`shotlint: invalid config: ${t.path('missing/shotlint.config.json')}: plugins[1]: "./rules/gone.mjs": no such file ${t.path('missing/rules/gone.mjs')}\n`);
  });

  it('a module that exports no rules', async () => {
    const r = await shotlint(['norules/p.txt', '-j', '2'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`shotlint: invalid config: ${t.path('norules/shotlint.config.json')}: plugins[0]: "./empty.mjs": the module exports no \`rules\` object (id → rule)\n`);
  });

  it('a module that throws or does not parse, and a rule that is not a rule', async () => {
    const d = tempDir({
      'shotlint.config.json': JSON.stringify({ plugins: ['./throws.mjs', './syntax.mjs', './norule.mjs', './noprefix.mjs', 'rules/x.mjs'] }),
      'throws.mjs': 'throw new Error("not configured");\n',
      'syntax.mjs': 'export const rules = {\n',
      'norule.mjs': 'export const rules = { "x/y": { meta: {} } };\n',
      'noprefix.mjs': 'export const rules = { "no-brand": {} };\n',
      'rules/x.mjs': ACME,
      'p.txt': PROMPT,
    });
    try {
      const r = await shotlint(['p.txt'], { cwd: d.dir });
      expect(r.code).toBe(2);
      noStack(r.stderr);
      const where = `shotlint: invalid config: ${d.path('shotlint.config.json')}: `;
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([
        `${where}plugins[0]: "./throws.mjs": not configured (${d.path('throws.mjs')}:1:7)`,
        `${where}plugins[1]: "./syntax.mjs": SyntaxError: Unexpected end of input`,
        `${where}plugins[2]: "./norule.mjs": rules["x/y"] has no check(analysis, context) function`,
        `${where}plugins[3]: "./noprefix.mjs": rule id "no-brand" needs a plugin prefix, e.g. "acme/no-brand"`,
        `${where}plugins[4]: "rules/x.mjs": no package of that name; for the file, write "./rules/x.mjs"`,
      ]);
    } finally {
      d.cleanup();
    }
  });

  it('a package that is not installed, and a key that is not a list of strings', async () => {
    const d = tempDir({ 'a/shotlint.config.json': JSON.stringify({ plugins: ['shotlint-plugin-nope'] }), 'b/shotlint.config.json': JSON.stringify({ plugins: './x.mjs' }) });
    try {
      const a = await shotlint(['-p', 'A fox'], { cwd: d.path('a') });
      expect(a.code).toBe(2);
      expect(a.stderr).toBe(`shotlint: invalid config: ${d.path('a/shotlint.config.json')}: plugins[0]: "shotlint-plugin-nope": cannot find the package from ${d.path('a')}\n`);
      const b = await shotlint(['-p', 'A fox'], { cwd: d.path('b') });
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/^shotlint: invalid config: .*shotlint\.config\.json: plugins: /);
    } finally {
      d.cleanup();
    }
  });

  it('--plugin that cannot be loaded is a usage error', async () => {
    const r = await shotlint(['--plugin', './nope.mjs', '-p', 'A fox'], { cwd: t.path('cli') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`shotlint: --plugin "./nope.mjs": no such file ${t.path('cli/nope.mjs')}\nA plugin module exports \`rules\` (id → rule): see docs/custom-rules.md.\n`);
  });
});

describe('information commands', () => {
  it('--list-rules lists the plugin rules of the working folder\'s config and --plugin', async () => {
    const r = await shotlint(['--list-rules', '--plugin', '../cli/flag.mjs'], { cwd: t.path('proj') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^acme\/no-brand +error +specificity +Keep the client brand out of prompts\.$/m);
    expect(r.stdout).toMatch(/^flag\/no-fox /m);
    expect(r.stdout).toContain('rules (3 from plugins)');
    const json = JSON.parse((await shotlint(['--list-rules', '-f', 'json'], { cwd: t.path('proj') })).stdout);
    expect(json.find((x: any) => x.id === 'acme/no-shouting')).toEqual({
      id: 'acme/no-shouting',
      description: 'Write words in lower case.',
      dimension: 'style',
      recommended: false,
      severity: 'warning',
      fixable: true,
      hasSuggestions: false,
      url: 'https://example.com/no-shouting',
    });
  });

  it('--explain shows a plugin rule from its metadata', async () => {
    const r = await shotlint(['--explain', 'acme/no-brand'], { cwd: t.path('proj') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `specificity · default error · plugin ${t.path('proj/rules/acme.mjs')}`,
        '',
        'acme/no-brand',
        '',
        'Keep the client brand out of prompts.',
        '',
        'Messages',
        '',
        '    brand: "{{word}}" is a brand name: describe the product instead.',
        '',
        'The plugin gives no documentation link (meta.docs.url).',
        '',
      ].join('\n'),
    );
  });

  it('--print-config lists the plugin files and their enabled rules', async () => {
    const r = await shotlint(['--print-config', 'proj/prompts/p.txt'], { cwd: t.dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.plugins).toEqual([t.path('proj/rules/acme.mjs')]);
    expect(config.rules['acme/no-brand']).toEqual(['error']);
  });

  it('--init --plugin writes the plugin and turns on its recommended rules', async () => {
    const d = tempDir({ 'rules/acme.mjs': ACME });
    try {
      const r = await shotlint(['--init', '--plugin', './rules/acme.mjs'], { cwd: d.dir });
      expect(r.code).toBe(0);
      const config = JSON.parse(readFileSync(d.path('shotlint.config.json'), 'utf8'));
      expect(config.plugins).toEqual(['./rules/acme.mjs']);
      expect(config.rules).toEqual({ 'acme/no-brand': 'error' });
      const lint = await shotlint(['-p', PROMPT, '-f', 'json'], { cwd: d.dir });
      expect(parseJson(lint.stdout)[0].messages.map((m: any) => m.ruleId)).toContain('acme/no-brand');
    } finally {
      d.cleanup();
    }
  });
});
