/**
 * Drives the built language server (dist/lsp.js) over stdio, as an editor does: JSON-RPC framing
 * from vscode-jsonrpc, every notification recorded, client requests answered.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = fileURLToPath(new URL('../../dist/lsp.js', import.meta.url));

/**
 * A plugin module the tests write into a temporary workspace: `test/epic` flags "epic" with a
 * fix and a suggestion (so editor features are tested independently of the built-in rules'
 * evolving word lists) and `test/throws` always throws.
 */
export const PLUGIN = `
const schema = { parse: (v) => v ?? {}, safeParse: (v) => ({ success: true, data: v ?? {} }) };
export const rules = {
  'test/epic': {
    meta: { type: 'suggestion', docs: { description: 'Flags "epic".', recommended: false, dimension: 'specificity' }, messages: { epic: '"epic" says nothing the camera can see.' }, schema, fixable: 'text', hasSuggestions: true },
    check(analysis, context) {
      for (const t of analysis.words) {
        if (t.norm !== 'epic') continue;
        // Remove the word and the space after it (or before it, at the end).
        const text = analysis.text;
        const end = text[t.end] === ' ' ? t.end + 1 : t.end;
        const start = end === t.end && text[t.start - 1] === ' ' ? t.start - 1 : t.start;
        context.report({ messageId: 'epic', range: [t.start, t.end], fix: { range: [start, end], text: '' }, suggestions: [{ desc: 'Replace with "sweeping"', fix: { range: [t.start, t.end], text: 'sweeping' } }] });
      }
    },
  },
  'test/throws': {
    meta: { type: 'problem', docs: { description: 'Always throws.', recommended: false, dimension: 'focus' }, messages: { never: 'never' }, schema },
    check() { throw new Error('boom'); },
  },
};
`;

/** The prompt the editor tests open: an emoji first, so UTF-16 and the editor's own columns differ. */
export const EDITOR_PROMPT = ['🦊 An epic fox trots through fresh snow', 'at dawn, low tracking shot'];

/**
 * A real editor, headless, on `fox.prompt` (EDITOR_PROMPT) in a new folder with the test plugin and a
 * config (test/epic an error, max-words 8 a warning). The editor's script (`script`, written as
 * `scriptName`) reads SHOTLINT_FILE, SHOTLINT_SERVER, SHOTLINT_NODE and SHOTLINT_ROOT, and writes what
 * it saw as JSON to SHOTLINT_OUT, which is returned with the folder (for the caller to remove; a run
 * that wrote nothing removes it and throws).
 */
export function runEditor<T>(editor: string, command: string, args: (script: string) => string[], scriptName: string, script: string): { root: string; output: T } {
  const root = mkdtempSync(join(tmpdir(), `shotlint-${editor.toLowerCase()}-`));
  writeFileSync(join(root, 'plugin.mjs'), PLUGIN);
  writeFileSync(join(root, 'shotlint.config.json'), JSON.stringify({ extends: [], rules: { 'max-words': ['warn', { max: 8 }], 'test/epic': 'error' } }));
  writeFileSync(join(root, 'fox.prompt'), EDITOR_PROMPT.join('\n') + '\n');
  writeFileSync(join(root, scriptName), script);
  const out = join(root, 'out.json');
  const run = spawnSync(command, args(join(root, scriptName)), {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    // HOME: the editor keeps its state in the folder, not the user's.
    env: { ...process.env, HOME: root, SHOTLINT_FILE: join(root, 'fox.prompt'), SHOTLINT_SERVER: SERVER, SHOTLINT_NODE: process.execPath, SHOTLINT_ROOT: root, SHOTLINT_OUT: out },
  });
  try {
    return { root, output: JSON.parse(readFileSync(out, 'utf8')) as T };
  } catch {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`${editor} wrote no result (status ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
  }
}

export function serverBuilt(): boolean {
  return existsSync(SERVER);
}

export interface LspClientOptions {
  cwd?: string;
  rootUri?: string | null;
  initializationOptions?: unknown;
  /** Answer to workspace/configuration for the `shotlint` section (omit: the client has no such capability). */
  settings?: () => unknown;
  capabilities?: Record<string, unknown>;
}

export interface LspClient {
  child: ChildProcessWithoutNullStreams;
  connection: MessageConnection;
  published: PublishDiagnosticsParams[];
  messages: { type: number; message: string }[];
  /** The methods the server asked to register (client/registerCapability). */
  registrations: string[];
  stderr: () => string;
  initializeResult: any;
  /** The next publishDiagnostics for `uri` (after `since` notifications) matching `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeout?: number, since?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, text: string): void;
  request<T = any>(method: string, params: unknown): Promise<T>;
  notify(method: string, params: unknown): void;
  /** shutdown + exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startLsp(options: LspClientOptions = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const messages: { type: number; message: string }[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    wake();
  });
  connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
    messages.push(p);
    wake();
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings?.() ?? null));
  const registrations: string[] = [];
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
    registrations.push(...p.registrations.map((r) => r.method));
    return null;
  });
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.listen();

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const died = exited.then((code) => {
    throw new Error(`the server exited (code ${code}) before answering initialize:\n${err}`);
  });
  const initializeResult = await Promise.race([died, connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'root' }] : null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: {
        configuration: options.settings !== undefined,
        didChangeConfiguration: { dynamicRegistration: options.settings !== undefined },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      ...options.capabilities,
    },
  })]);
  died.catch(() => undefined);
  await connection.sendNotification('initialized', {});

  return {
    child,
    connection,
    published,
    messages,
    registrations,
    stderr: () => err,
    initializeResult,
    diagnostics(uri, accept = () => true, timeout = 10_000, since = 0) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms; got ${JSON.stringify(published.filter((p) => p.uri === uri).map((p) => p.version))}\n${err}`)), timeout);
        const check = () => {
          const found = published.slice(since).find((p) => p.uri === uri && accept(p));
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      });
    },
    open(uri, text, languageId = 'plaintext', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => void connection.sendNotification(method, params),
    async stop() {
      if (child.exitCode === null) {
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
      }
      const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
      connection.dispose();
      if (child.exitCode === null) child.kill();
      return code;
    },
  };
}

export function ruleIds(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}
