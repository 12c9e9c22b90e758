/**
 * The language server, driven over stdio like an editor drives it: the built dist/lsp.js.
 * A temporary workspace holds a config and a plugin with two rules: one that flags "epic" with
 * a fix and a suggestion (so code actions are tested independently of the built-in rules'
 * evolving lists) and one that throws.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../src/index.js';
import { PLUGIN, SERVER, serverBuilt, startLsp, type LspClient } from './helpers/lsp.js';


const describeBuilt = serverBuilt() ? describe : describe.skip;
if (!serverBuilt()) console.warn('lsp.test: dist/lsp.js is missing; run `npm run build` first. Skipping the language-server tests.');

let root: string;
let uriOf: (name: string) => string;

function writeConfig(dir: string, config: unknown) {
  writeFileSync(join(dir, 'shotlint.config.json'), JSON.stringify(config, null, 2));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shotlint-lsp-'));
  writeFileSync(join(root, 'plugin.mjs'), PLUGIN);
  writeConfig(root, { extends: [], rules: { 'max-words': ['warn', { max: 8 }], 'test/epic': 'warn' } });
  uriOf = (name) => pathToFileURL(join(root, name)).href;
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const ofRule = (ds: readonly Diagnostic[], id: string) => ds.filter((d) => d.code === id);

function apply(text: string, edit: WorkspaceEdit | undefined): string {
  const edits = edit?.documentChanges?.flatMap((c) => ('edits' in c ? c.edits : [])) ?? Object.values(edit?.changes ?? {}).flat();
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
}

describeBuilt('shotlint-lsp over stdio', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await startLsp({ rootUri: pathToFileURL(root).href, initializationOptions: { debounce: 100, plugins: ['./plugin.mjs'] } });
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('initializes with the capabilities an editor needs', () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync.change).toBe(2);
    expect(caps.hoverProvider).toBe(true);
    expect(caps.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.shotlint']);
    expect(caps.codeLensProvider).toBeDefined();
    expect(caps.inlayHintProvider).toBe(true);
    expect(caps.diagnosticProvider).toBeUndefined(); // push by default
    expect(client.initializeResult.serverInfo.name).toBe('shotlint');
  });

  it('publishes diagnostics on open: code, doc link, source, severity and exact UTF-16 ranges', async () => {
    const uri = uriOf('fox.prompt');
    // Two emoji (four UTF-16 units) before "epic": the range must count code units, as LSP does.
    const text = '🦊🦊 epic fox trotting through fresh snow\nat dawn, low tracking shot, soft light';
    client.open(uri, text);
    const { diagnostics, version } = await client.diagnostics(uri);
    expect(version).toBe(1);
    const [epic] = ofRule(diagnostics, 'test/epic');
    expect(epic).toMatchObject({
      source: 'shotlint',
      severity: 2,
      message: '"epic" says nothing the camera can see.',
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } },
    });
    // The plugin rule has no docs.url: no link to a page that does not exist.
    expect(epic).not.toHaveProperty('codeDescription');
    // max-words (max 8): the words past the eighth, from "low" on line 2 to the end.
    const [long] = ofRule(diagnostics, 'max-words');
    expect(long).toMatchObject({ severity: 2, codeDescription: { href: rules['max-words']!.meta.docs.url } });
    expect(long!.range).toEqual({ start: { line: 1, character: 'at dawn, '.length }, end: { line: 1, character: text.length - text.indexOf('\n') - 1 } });
  });

  it('offers a fix, the suggestion and "disable here" for a diagnostic, and applies them', async () => {
    const uri = uriOf('actions.prompt');
    const text = 'A knight rides an epic horse\nacross the dunes';
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const [epic] = ofRule(diagnostics, 'test/epic');
    const actions: CodeAction[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: epic!.range, context: { diagnostics: [epic], only: ['quickfix'] } });
    expect(actions.map((a) => a.title)).toEqual([
      'Remove “epic” (test/epic)',
      'Replace with "sweeping" (test/epic)',
      'Disable test/epic for this line',
      'Disable test/epic for this prompt',
    ]);
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[0]!.diagnostics![0]!.code).toBe('test/epic');
    expect(apply(text, actions[0]!.edit)).toBe('A knight rides an horse\nacross the dunes');
    expect(apply(text, actions[1]!.edit)).toBe('A knight rides an sweeping horse\nacross the dunes');
    expect(apply(text, actions[2]!.edit)).toBe('# shotlint-disable-next-line test/epic -- <reason>\nA knight rides an epic horse\nacross the dunes');
    // Edits carry the version they were computed for.
    expect((actions[0]!.edit as any).documentChanges[0].textDocument).toEqual({ uri, version: 1 });
  });

  it('"disable here" on the second line of a prompt inserts the directive above that line, keeping its indent', async () => {
    const uri = uriOf('indent.prompt');
    const text = 'A knight rides across the dunes\n  under an epic sky';
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const [epic] = ofRule(diagnostics, 'test/epic');
    expect(epic!.range.start).toEqual({ line: 1, character: 11 });
    const actions: CodeAction[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: epic!.range, context: { diagnostics: [epic] } });
    const line = actions.find((a) => a.title === 'Disable test/epic for this line')!;
    const disabled = apply(text, line.edit);
    expect(disabled).toBe('A knight rides across the dunes\n  # shotlint-disable-next-line test/epic -- <reason>\n  under an epic sky');
    // The editor applies it: the directive suppresses the finding.
    client.change(uri, 2, disabled);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(ofRule(after.diagnostics, 'test/epic')).toEqual([]);
    // "For this prompt" puts a whole-prompt directive on the first line.
    const whole = actions.find((a) => a.title === 'Disable test/epic for this prompt')!;
    expect(apply(text, whole.edit)).toBe('# shotlint-disable test/epic -- <reason>\nA knight rides across the dunes\n  under an epic sky');
  });

  it('source.fixAll.shotlint applies every safe fix', async () => {
    const uri = uriOf('fixall.prompt');
    const text = 'An epic knight rides an epic horse across epic dunes';
    client.open(uri, text);
    await client.diagnostics(uri);
    const actions: CodeAction[] = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.shotlint']);
    expect(apply(text, actions[0]!.edit)).toBe('An knight rides an horse across dunes');
  });

  it('hover on a flagged span shows the rule summary and its ❌/✅ examples from the docs', async () => {
    const uri = uriOf('fox.prompt');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } });
    const value: string = hover.contents.value;
    expect(hover.contents.kind).toBe('markdown');
    expect(value).toContain('**max-words**');
    expect(value).toContain(rules['max-words']!.meta.docs.description);
    expect(value).toContain('❌ Incorrect');
    expect(value).toContain('A woman in a red coat walking along a rain-soaked cobblestone street at dusk');
    expect(value).toContain('✅ Correct');
    expect(value).toContain('A woman in a red coat walks down a wet street.');
    // Off any flagged span: nothing.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } })).toBeNull();
  });

  it('shows the score and its weakest dimensions as a code lens and an inlay hint', async () => {
    const uri = uriOf('fox.prompt');
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses).toHaveLength(1);
    expect(lenses[0].range.start).toEqual({ line: 0, character: 0 });
    expect(lenses[0].command.title).toMatch(/^shotlint \d+\/100 · weakest: (length|specificity) \d+/);
    // Clicking the lens asks the server for the whole breakdown.
    expect(client.initializeResult.capabilities.executeCommandProvider.commands).toEqual(['shotlint.showScore']);
    await client.request('workspace/executeCommand', { command: lenses[0].command.command, arguments: lenses[0].command.arguments });
    await vi.waitFor(() => expect(client.messages.some((m) => /^shotlint score \d+\/100 \(subject \d+, /.test(m.message))).toBe(true));
    await expect(client.request('workspace/executeCommand', { command: 'nope' })).rejects.toMatchObject({ code: -32602 });
    const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } });
    expect(hints).toHaveLength(1);
    expect(hints[0].position).toEqual({ line: 0, character: '🦊🦊 epic fox trotting through fresh snow'.length });
    expect(hints[0].label).toMatch(/^score \d+\/100/);
  });

  it('lints each ```prompt block of a Markdown file, ranges mapped back to the file', async () => {
    const uri = uriOf('library.prompt.md');
    const text = ['# Library', '', '```prompt', 'A fox in snow', '```', '', 'Prose with an epic word is not a prompt.', '', '```prompt {"disable": ["max-words"]}', 'A slow epic pan over the harbour at dusk, gulls wheeling overhead', '```', ''].join('\n');
    client.open(uri, text, 'markdown');
    const { diagnostics } = await client.diagnostics(uri);
    const epic = ofRule(diagnostics, 'test/epic');
    expect(epic.map((d) => d.range)).toEqual([{ start: { line: 9, character: 7 }, end: { line: 9, character: 11 } }]);
    // The second block disables max-words in its info string; nothing else is long.
    expect(ofRule(diagnostics, 'max-words')).toEqual([]);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l: any) => l.range.start.line)).toEqual([2, 8]);
  });

  it('lints the "prompt" of each JSONL record, through JSON escapes, and edits records in place', async () => {
    const uri = uriOf('batch.jsonl');
    const lines = [
      String.raw`{"id": 1, "prompt": "A \"quoted\" epic fox\nat dawn"}`,
      String.raw`{"id": 2, "prompt": "caf\u00e9 \ud83e\udd8a epic \\ epic"}`,
      '{"id": 3, "note": "no prompt here, epic"}',
      'not json at all, epic',
      '{"id": 4, "prompt": "an epic plain record", "disable": []}',
    ];
    const text = lines.join('\n');
    client.open(uri, text, 'jsonl');
    const { diagnostics } = await client.diagnostics(uri);
    const epic = ofRule(diagnostics, 'test/epic');
    const doc = TextDocument.create(uri, 'jsonl', 1, text);
    // Every range covers exactly the raw characters "epic" in its line.
    expect(epic.map((d) => doc.getText(d.range))).toEqual(['epic', 'epic', 'epic', 'epic']);
    expect(epic.map((d) => d.range.start.line)).toEqual([0, 1, 1, 4]);
    expect(epic[1]!.range.start.character).toBe(lines[1]!.indexOf('epic'));
    expect(epic[2]!.range.start.character).toBe(lines[1]!.lastIndexOf('epic'));

    const actions: CodeAction[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: epic[0]!.range, context: { diagnostics: [epic[0]] } });
    // With no `only`, the fix-all source action comes along, as ESLint's does.
    expect(actions.map((a) => a.title)).toEqual(['Remove “epic” (test/epic)', 'Replace with "sweeping" (test/epic)', 'Disable test/epic for this record', 'Fix all safe shotlint problems']);
    const fixed = apply(text, actions[0]!.edit);
    expect(JSON.parse(fixed.split('\n')[0]!).prompt).toBe('A "quoted" fox\nat dawn');
    expect(fixed.split('\n')[0]).toBe(String.raw`{"id": 1, "prompt": "A \"quoted\" fox\nat dawn"}`);
    const disabled = apply(text, actions[2]!.edit);
    expect(JSON.parse(disabled.split('\n')[0]!)).toEqual({ disable: ['test/epic'], id: 1, prompt: 'A "quoted" epic fox\nat dawn' });
    const inArray: CodeAction[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: epic[3]!.range, context: { diagnostics: [epic[3]] } });
    expect(JSON.parse(apply(text, inArray.find((a) => a.title.startsWith('Disable'))!.edit).split('\n')[4]!).disable).toEqual(['test/epic']);

    // The disabled record lints clean once the edit is made.
    client.change(uri, 2, disabled);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(ofRule(after.diagnostics, 'test/epic').map((d) => d.range.start.line)).toEqual([1, 1, 4]);

    // Fix all rewrites only the changed characters: the \u escapes of record 2 survive.
    const all: CodeAction[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: epic[0]!.range, context: { diagnostics: [], only: ['source.fixAll.shotlint'] } });
    const allFixed = apply(disabled, all[0]!.edit).split('\n');
    expect(allFixed[1]).toBe(String.raw`{"id": 2, "prompt": "caf\u00e9 \ud83e\udd8a \\"}`);
    expect(JSON.parse(allFixed[4]!).prompt).toBe('an plain record');
  });

  it('JSONL records as the CLI reads them: a line that is a JSON string is a prompt; a byte order mark does not hide the first record', async () => {
    const uri = uriOf('strings.jsonl');
    const lines = ['\ufeff{"id": 1, "prompt": "an epic fox at dawn"}', '"an epic plain string record"', '  "a second epic one"', '["epic"]'];
    const text = lines.join('\r\n');
    client.open(uri, text, 'jsonl');
    const { diagnostics } = await client.diagnostics(uri);
    const epic = ofRule(diagnostics, 'test/epic');
    const doc = TextDocument.create(uri, 'jsonl', 1, text);
    expect(epic.map((d) => [d.range.start.line, doc.getText(d.range)])).toEqual([
      [0, 'epic'],
      [1, 'epic'],
      [2, 'epic'],
    ]);
    // The quick fix edits inside the string literal; a string record has no "disable" list to add to.
    const actions: CodeAction[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: epic[1]!.range, context: { diagnostics: [epic[1]] } });
    expect(actions.map((a) => a.title)).toEqual(['Remove “epic” (test/epic)', 'Replace with "sweeping" (test/epic)', 'Fix all safe shotlint problems']);
    expect(apply(text, actions[0]!.edit).split('\r\n')[1]).toBe('"an plain string record"');
  });

  it('a burst of edits lints once, at the final version, and never publishes a stale one', async () => {
    const uri = uriOf('burst.prompt');
    client.open(uri, 'A fox');
    await client.diagnostics(uri);
    const since = client.published.length;
    let text = 'A fox';
    for (let v = 2; v <= 40; v++) {
      text += v % 5 === 0 ? ' epic' : ' runs';
      client.change(uri, v, text);
    }
    const final = await client.diagnostics(uri, (p) => p.version === 40, 10_000, since);
    expect(ofRule(final.diagnostics, 'test/epic')).toHaveLength(8);
    await new Promise((r) => setTimeout(r, 400));
    const forUri = client.published.slice(since).filter((p) => p.uri === uri);
    expect(forUri.map((p) => p.version)).toEqual([40]);
  });

  it('a crashing plugin rule is reported once per prompt; the other rules still run', async () => {
    const other = await startLsp({ rootUri: pathToFileURL(root).href, initializationOptions: { plugins: ['./plugin.mjs'] } });
    try {
      const dir = join(root, 'crash');
      mkdirSync(dir, { recursive: true });
      writeConfig(dir, { extends: [], rules: { 'test/throws': 'error', 'test/epic': 'warn', 'max-words': ['warn', { max: 3 }] } });
      const uri = pathToFileURL(join(dir, 'a.prompt')).href;
      other.open(uri, 'An epic fox runs through snow');
      const { diagnostics } = await other.diagnostics(uri);
      const thrown = ofRule(diagnostics, 'test/throws');
      expect(thrown).toHaveLength(1);
      expect(thrown[0]!.message).toContain('boom');
      expect(thrown[0]!.severity).toBe(1);
      expect(ofRule(diagnostics, 'test/epic')).toHaveLength(1);
      expect(ofRule(diagnostics, 'max-words')).toHaveLength(1);
      // Still serving after the crash.
      other.change(uri, 2, 'An epic fox');
      const next = await other.diagnostics(uri, (p) => p.version === 2);
      expect(ofRule(next.diagnostics, 'test/throws')).toHaveLength(1);
      expect(ofRule(next.diagnostics, 'max-words')).toEqual([]);
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });

  it('survives malformed requests and notifications', async () => {
    const uri = uriOf('fox.prompt');
    await expect(client.request('textDocument/hover', {})).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/hover', { textDocument: { uri } })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/codeAction', null)).rejects.toMatchObject({ code: -32602 });
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.prompt' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toBeNull();
    await expect(client.request('shotlint/doesNotExist', {})).rejects.toMatchObject({ code: -32601 });
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.prompt', version: 3 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didOpen', { textDocument: { uri: 42 } });
    client.notify('textDocument/didChange', null);
    // A frame whose body is not JSON at all.
    client.child.stdin.write('Content-Length: 9\r\n\r\n{not json');
    // A position past the end of the document is clamped, not an error.
    const far = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } });
    expect(far === null || typeof far === 'object').toBe(true);
    // Still linting.
    const check = uriOf('after-garbage.prompt');
    client.open(check, 'An epic fox');
    const { diagnostics } = await client.diagnostics(check);
    expect(ofRule(diagnostics, 'test/epic')).toHaveLength(1);
    expect(client.child.exitCode).toBeNull();
  });

  it('lints a 1 MB document off the main thread: other documents, hovers and edits go on meanwhile', async () => {
    const uri = uriOf('huge.prompt');
    const sentence = 'A fox trots through snow at dawn under an epic sky, low tracking shot. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const since = client.published.length;
    client.open(uri, text);
    // While the worker lints the huge document, a small one is linted and hovered at once.
    const small = uriOf('small-during-huge.prompt');
    client.open(small, 'An epic fox');
    const smallResult = await client.diagnostics(small, () => true, 10_000, since);
    expect(ofRule(smallResult.diagnostics, 'test/epic')).toHaveLength(1);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 4 } });
    expect(hover.contents.value).toContain('**test/epic**');
    expect(client.published.slice(since).filter((p) => p.uri === uri)).toEqual([]);
    // An edit while the worker runs: the first result is dropped, only the edited version is published.
    const edited = text + 'An epic ending.';
    client.change(uri, 2, edited);
    const { diagnostics, version } = await client.diagnostics(uri, () => true, 90_000, since);
    expect(version).toBe(2);
    const epic = ofRule(diagnostics, 'test/epic');
    expect(epic.length).toBe(Math.ceil(1_000_000 / sentence.length) + 1);
    expect(epic.at(-1)!.range.start.character).toBe(edited.lastIndexOf('epic'));
    expect(client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([2]);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  }, 120_000);

  it('closing a document clears its diagnostics', async () => {
    const uri = uriOf('actions.prompt');
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('ignores documents that are not prompts', async () => {
    const uri = uriOf('notes.txt');
    const since = client.published.length;
    client.open(uri, 'An epic note');
    const probe = uriOf('probe.prompt');
    client.open(probe, 'An epic probe');
    await client.diagnostics(probe, () => true, 10_000, since);
    expect(client.published.slice(since).filter((p) => p.uri === uri)).toEqual([]);
  });
});

describeBuilt('the shotlint-lsp binary', () => {
  it('is the package bin, runnable as a script, with --version and a usage message', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.bin['shotlint-lsp']).toBe('./dist/lsp.js');
    expect(readFileSync(SERVER, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const bare = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: shotlint-lsp --stdio');
  });
});

describeBuilt('shotlint-lsp configuration', () => {
  it('a broken config shows one diagnostic and a message, moves to the config file when open, and recovers on change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-config-'));
    const configPath = join(dir, 'shotlint.config.json');
    const broken = '{\n  "rules": {\n    "max-words": ["warn", { "max": "many" }]\n  }\n}\n';
    writeFileSync(configPath, broken);
    const client = await startLsp({ rootUri: pathToFileURL(dir).href });
    try {
      const uri = pathToFileURL(join(dir, 'a.prompt')).href;
      client.open(uri, 'one two three four five six seven eight nine ten');
      const first = await client.diagnostics(uri);
      expect(first.diagnostics).toHaveLength(1);
      expect(first.diagnostics[0]).toMatchObject({ code: 'config', severity: 1, range: { start: { line: 0, character: 0 } } });
      expect(first.diagnostics[0]!.message).toContain('rules.max-words[1].max');
      await vi.waitFor(() => expect(client.messages.filter((m) => m.message.includes('rules.max-words[1].max'))).toHaveLength(1));
      expect(client.messages[0]!.type).toBe(1);

      // The config file open in the editor: the one diagnostic sits on the offending key there.
      const configUri = pathToFileURL(configPath).href;
      const since = client.published.length;
      client.open(configUri, broken, 'json');
      const onConfig = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0, 10_000, since);
      expect(onConfig.diagnostics).toHaveLength(1);
      expect(onConfig.diagnostics[0]!.range).toEqual({ start: { line: 2, character: 28 }, end: { line: 2, character: 33 } });
      // …and the prompt's own copy is withdrawn.
      const prompt = await client.diagnostics(uri, (p) => p.diagnostics.length === 0, 10_000, since);
      expect(prompt.diagnostics).toEqual([]);

      // Fixed on disk: the watcher's notification re-lints with the new config.
      writeFileSync(configPath, JSON.stringify({ extends: [], rules: { 'max-words': ['warn', { max: 5 }] } }));
      const since2 = client.published.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const fixed = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 10_000, since2);
      expect(ofRule(fixed.diagnostics, 'max-words')).toHaveLength(1);
      const clearedConfig = await client.diagnostics(configUri, (p) => p.diagnostics.length === 0, 10_000, since2);
      expect(clearedConfig.diagnostics).toEqual([]);

      // Saving an edited config file re-reads it too.
      writeFileSync(configPath, JSON.stringify({ extends: [], rules: { 'max-words': ['warn', { max: 20 }] } }));
      const since3 = client.published.length;
      client.notify('textDocument/didSave', { textDocument: { uri: configUri } });
      const relaxed = await client.diagnostics(uri, () => true, 10_000, since3);
      expect(ofRule(relaxed.diagnostics, 'max-words')).toEqual([]);
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken "shotlint" key in package.json: the diagnostic sits on the offending key there, its path starting at "shotlint"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-pkg-'));
    const pkg = '{\n  "name": "x",\n  "shotlint": {\n    "rules": { "max-words": ["warn", { "max": -3 }] }\n  }\n}\n';
    writeFileSync(join(dir, 'package.json'), pkg);
    const client = await startLsp({ rootUri: pathToFileURL(dir).href });
    try {
      const pkgUri = pathToFileURL(join(dir, 'package.json')).href;
      client.open(pkgUri, pkg, 'json');
      client.open(pathToFileURL(join(dir, 'a.prompt')).href, 'A dog');
      const { diagnostics } = await client.diagnostics(pkgUri, (p) => p.diagnostics.length > 0);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.message).toMatch(/^shotlint\.rules\.max-words\[1\]\.max: /);
      expect(TextDocument.create(pkgUri, 'json', 1, pkg).getText(diagnostics[0]!.range)).toBe('"max"');
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the plugins a config file names, from its folder; one that will not load is a config diagnostic at plugins[i]', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-plugins-'));
    mkdirSync(join(dir, 'good', 'rules'), { recursive: true });
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'good', 'rules', 'plugin.mjs'), PLUGIN);
    writeConfig(join(dir, 'good'), { extends: [], plugins: ['./rules/plugin.mjs'], rules: { 'test/epic': 'warn' } });
    writeConfig(join(dir, 'bad'), { plugins: ['./missing.mjs'] });
    // No `shotlint.plugins` setting: the plugins come from the config files alone.
    const client = await startLsp({ rootUri: pathToFileURL(dir).href });
    try {
      const good = pathToFileURL(join(dir, 'good', 'a.prompt')).href;
      client.open(good, 'An epic fox trotting through snow');
      expect(ruleIdsOf((await client.diagnostics(good)).diagnostics)).toEqual(['test/epic']);
      const bad = pathToFileURL(join(dir, 'bad', 'a.prompt')).href;
      client.open(bad, 'An epic fox trotting through snow');
      const { diagnostics } = await client.diagnostics(bad);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ code: 'config', severity: 1 });
      expect(diagnostics[0]!.message).toContain(`plugins[0]: "./missing.mjs": no such file ${join(dir, 'bad', 'missing.mjs')}`);
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads shotlint.model from workspace/configuration; an unknown model is one clear diagnostic', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-model-'));
    writeConfig(dir, { extends: [], rules: { 'max-words': ['warn', { max: 2 }] } });
    let model = 'no-such-model';
    const client = await startLsp({ rootUri: pathToFileURL(dir).href, settings: () => ({ model }) });
    try {
      const uri = pathToFileURL(join(dir, 'a.prompt')).href;
      client.open(uri, 'A fox in snow');
      const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'config'));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.message).toContain('unknown model "no-such-model"');
      model = '';
      const since = client.published.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'config'), 10_000, since);
      expect(ruleIdsOf(after.diagnostics)).toEqual(['max-words']);
      // The unknown model was announced once, however many times the document was linted.
      expect(client.messages.filter((m) => m.message.includes('no-such-model'))).toHaveLength(1);
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('registers for configuration changes only with a client that takes the registration, and hears them either way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-register-'));
    writeConfig(dir, { extends: [], rules: { 'max-words': ['warn', { max: 2 }] } });
    let model = 'no-such-model';
    // As Eglot: workspace/configuration, but no dynamic registration of didChangeConfiguration.
    const client = await startLsp({ rootUri: pathToFileURL(dir).href, settings: () => ({ model }), capabilities: { workspace: { configuration: true } } });
    const vscodeLike = await startLsp({ rootUri: pathToFileURL(dir).href, settings: () => ({}) });
    try {
      const uri = pathToFileURL(join(dir, 'a.prompt')).href;
      client.open(uri, 'A fox in snow');
      await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'config'));
      expect(client.registrations).not.toContain('workspace/didChangeConfiguration');
      model = '';
      const since = client.published.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'config'), 10_000, since);
      expect(ruleIdsOf(after.diagnostics)).toEqual(['max-words']);

      vscodeLike.open(uri, 'A fox in snow');
      await vscodeLike.diagnostics(uri);
      expect(vscodeLike.registrations).toEqual(expect.arrayContaining(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']));
    } finally {
      expect(await client.stop()).toBe(0);
      expect(await vscodeLike.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an edit lints again only the prompts it changed; a config change lints every prompt again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-unchanged-'));
    // A rule that tells how many times this server has linted each prompt text.
    writeFileSync(
      join(dir, 'count.mjs'),
      `const schema = { parse: (v) => v ?? {}, safeParse: (v) => ({ success: true, data: v ?? {} }) };
const seen = new Map();
export const rules = {
  'count/runs': {
    meta: { type: 'suggestion', docs: { description: 'Counts lints.', recommended: false, dimension: 'focus' }, messages: { runs: 'linted {{n}} times' }, schema },
    check(analysis, context) {
      const n = (seen.get(analysis.text) ?? 0) + 1;
      seen.set(analysis.text, n);
      context.report({ messageId: 'runs', data: { n: String(n) }, range: [0, 0] });
    },
  },
};
`,
    );
    writeConfig(dir, { extends: [], plugins: ['./count.mjs'], rules: { 'count/runs': 'warn' } });
    const client = await startLsp({ rootUri: pathToFileURL(dir).href, initializationOptions: { debounce: 20 } });
    const uri = pathToFileURL(join(dir, 'batch.jsonl')).href;
    const jsonl = (...prompts: string[]) => prompts.map((p, i) => JSON.stringify({ id: i, prompt: p, ...(i === 2 ? { model: 'veo-3' } : {}) })).join('\n');
    const runs = (ds: readonly Diagnostic[]) => ofRule(ds, 'count/runs').map((d) => `${d.range.start.line}: ${d.message}`);
    try {
      client.open(uri, jsonl('a fox', 'a cat', 'a dog'), 'jsonl');
      expect(runs((await client.diagnostics(uri)).diagnostics)).toEqual(['0: linted 1 times', '1: linted 1 times', '2: linted 1 times']);
      // Record 1 changes; records 0 and 2 keep their findings, at their lines.
      client.change(uri, 2, jsonl('a fox', 'a cow', 'a dog'));
      expect(runs((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics)).toEqual(['0: linted 1 times', '1: linted 1 times', '2: linted 1 times']);
      // Only the last lint is kept: "a cat" comes back to be linted again. A record moved to a new line keeps its findings;
      // the same text under another model is another prompt.
      client.change(uri, 3, jsonl('a cat', 'a fox', 'a dog', 'a fox'));
      expect(runs((await client.diagnostics(uri, (p) => p.version === 3)).diagnostics)).toEqual(['0: linted 2 times', '1: linted 1 times', '2: linted 1 times', '3: linted 1 times']);
      client.change(uri, 4, jsonl('a cat', 'a fox', 'a fox'));
      expect(runs((await client.diagnostics(uri, (p) => p.version === 4)).diagnostics)).toEqual(['0: linted 2 times', '1: linted 1 times', '2: linted 2 times']);
      // A document large enough for the worker thread: an edit of one record is linted here, the rest kept.
      const big = pathToFileURL(join(dir, 'big.jsonl')).href;
      const records = Array.from({ length: 2000 }, (_, i) => `record ${i} of a long batch: a fox trots through snow at dawn`);
      client.open(big, jsonl(...records), 'jsonl');
      const first = runs((await client.diagnostics(big, () => true, 60_000)).diagnostics);
      expect(first).toHaveLength(2000);
      expect(first.every((r) => r.endsWith(': linted 1 times'))).toBe(true);
      records[1500] = 'an edited record';
      client.change(big, 2, jsonl(...records));
      const edited = runs((await client.diagnostics(big, (p) => p.version === 2, 60_000)).diagnostics);
      expect(edited).toHaveLength(2000);
      expect(edited.every((r) => r.endsWith(': linted 1 times'))).toBe(true);
      expect(edited[1500]).toBe('1500: linted 1 times');
      client.notify('textDocument/didClose', { textDocument: { uri: big } });

      // A settings change may change any finding: every prompt is linted again (the rule counts texts, whatever the model).
      const since = client.published.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnostics(uri, () => true, 10_000, since);
      expect(runs(after.diagnostics)).toEqual(['0: linted 3 times', '1: linted 3 times', '2: linted 4 times']);
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an ignored file (the workspace root\'s .shotlintignore, or the config\'s "ignores") gets no diagnostics, lens or actions; un-ignoring it brings them back; an untitled buffer is linted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-ignore-'));
    mkdirSync(join(dir, 'drafts'));
    const config = { extends: [], rules: { 'max-words': ['warn', { max: 2 }] } };
    writeConfig(dir, { ...config, ignores: ['drafts/'] });
    writeFileSync(join(dir, '.shotlintignore'), '# work in progress\n*.draft.prompt\n');
    const client = await startLsp({ rootUri: pathToFileURL(dir).href, initializationOptions: { debounce: 50 } });
    const watched = (name: string) => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, name)).href, type: 2 }] });
    try {
      const linted = pathToFileURL(join(dir, 'a.prompt')).href;
      const byFile = pathToFileURL(join(dir, 'b.draft.prompt')).href;
      const byConfig = pathToFileURL(join(dir, 'drafts', 'c.prompt')).href;
      const huge = pathToFileURL(join(dir, 'drafts', 'huge.prompt')).href;
      const untitled = 'untitled:Untitled-1';
      client.open(linted, 'A fox in snow');
      client.open(byFile, 'A fox in snow');
      client.open(byConfig, 'A fox in snow');
      client.open(huge, 'A fox in snow. '.repeat(8000)); // large enough for the worker thread
      client.open(untitled, 'A fox in snow', 'prompt');
      expect(ruleIdsOf((await client.diagnostics(linted)).diagnostics)).toEqual(['max-words']);
      expect(ruleIdsOf((await client.diagnostics(untitled)).diagnostics)).toEqual(['max-words']);
      for (const uri of [byFile, byConfig, huge]) expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
      // Nothing else either: no score lens or hint, no code action, no hover.
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } };
      expect(await client.request('textDocument/codeLens', { textDocument: { uri: byFile } })).toEqual([]);
      expect(await client.request('textDocument/inlayHint', { textDocument: { uri: byFile }, range })).toEqual([]);
      expect(await client.request('textDocument/codeAction', { textDocument: { uri: byConfig }, range, context: { diagnostics: [] } })).toEqual([]);
      expect(await client.request('textDocument/hover', { textDocument: { uri: byConfig }, position: { line: 0, character: 8 } })).toBeNull();
      expect(await client.request('textDocument/codeLens', { textDocument: { uri: linted } })).toHaveLength(1);

      // .shotlintignore edited while the server runs: the draft comes back, a.prompt goes (its diagnostics cleared).
      writeFileSync(join(dir, '.shotlintignore'), 'a.prompt\n');
      let since = client.published.length;
      watched('.shotlintignore');
      expect(ruleIdsOf((await client.diagnostics(byFile, () => true, 10_000, since)).diagnostics)).toEqual(['max-words']);
      expect((await client.diagnostics(linted, () => true, 10_000, since)).diagnostics).toEqual([]);
      expect((await client.diagnostics(byConfig, () => true, 10_000, since)).diagnostics).toEqual([]);

      // The config's "ignores" removed: drafts/ is linted again, the huge document in the worker too.
      writeConfig(dir, config);
      since = client.published.length;
      watched('shotlint.config.json');
      expect(ruleIdsOf((await client.diagnostics(byConfig, () => true, 10_000, since)).diagnostics)).toEqual(['max-words']);
      expect(ruleIdsOf((await client.diagnostics(huge, (p) => p.diagnostics.length > 0, 20_000, since)).diagnostics)).toContain('max-words');
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the ignorePatterns setting ignores as --ignore-pattern does: relative to the workspace folder, after its .shotlintignore; a change re-lints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-ignore-setting-'));
    mkdirSync(join(dir, 'drafts'));
    writeConfig(dir, { extends: [], rules: { 'max-words': ['warn', { max: 2 }] } });
    writeFileSync(join(dir, '.shotlintignore'), '*.draft.prompt\n');
    let ignorePatterns: unknown = ['drafts/*', '!keep.draft.prompt', ''];
    const client = await startLsp({ rootUri: pathToFileURL(dir).href, settings: () => ({ ignorePatterns }) });
    try {
      const linted = pathToFileURL(join(dir, 'a.prompt')).href;
      const bySetting = pathToFileURL(join(dir, 'drafts', 'c.prompt')).href;
      const byFile = pathToFileURL(join(dir, 'b.draft.prompt')).href;
      const takenBack = pathToFileURL(join(dir, 'keep.draft.prompt')).href;
      for (const uri of [linted, bySetting, byFile, takenBack]) client.open(uri, 'A fox in snow');
      expect(ruleIdsOf((await client.diagnostics(linted)).diagnostics)).toEqual(['max-words']);
      expect(ruleIdsOf((await client.diagnostics(takenBack)).diagnostics)).toEqual(['max-words']);
      for (const uri of [bySetting, byFile]) expect((await client.diagnostics(uri)).diagnostics).toEqual([]);

      // Not a list (or no setting): only .shotlintignore applies.
      ignorePatterns = 'drafts/*';
      const since = client.published.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      expect(ruleIdsOf((await client.diagnostics(bySetting, (p) => p.diagnostics.length > 0, 10_000, since)).diagnostics)).toEqual(['max-words']);
      expect((await client.diagnostics(takenBack, (p) => p.diagnostics.length === 0, 10_000, since)).diagnostics).toEqual([]);
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves pull diagnostics when asked to, and then pushes none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotlint-lsp-pull-'));
    writeConfig(dir, { extends: [], rules: { 'max-words': ['warn', { max: 2 }] } });
    const client = await startLsp({ rootUri: pathToFileURL(dir).href, initializationOptions: { diagnosticMode: 'pull' } });
    try {
      expect(client.initializeResult.capabilities.diagnosticProvider).toEqual({ interFileDependencies: false, workspaceDiagnostics: false });
      const uri = pathToFileURL(join(dir, 'a.prompt')).href;
      client.open(uri, 'A fox in snow');
      const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
      expect(report.kind).toBe('full');
      expect(ruleIdsOf(report.items)).toEqual(['max-words']);
      expect(report.items[0].range).toEqual({ start: { line: 0, character: 6 }, end: { line: 0, character: 13 } });
      await new Promise((r) => setTimeout(r, 300));
      expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
    } finally {
      expect(await client.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits with 1 when the client exits without shutdown, as the protocol says', async () => {
    const client = await startLsp({});
    client.notify('exit', null);
    const code = await new Promise<number | null>((resolve) => client.child.on('exit', resolve));
    expect(code).toBe(1);
    client.connection.dispose();
  });
});

function ruleIdsOf(items: Diagnostic[]): string[] {
  return items.map((d) => String(d.code));
}
