/**
 * The language server: prompts found in open documents are linted with the core and shown as
 * diagnostics, quick fixes, hovers, a score lens and an inlay hint. It owns no rule logic and no
 * position arithmetic beyond mapping a prompt's offsets into its document.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  ErrorCodes,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeLens,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type InlayHint,
  type Range as LspRange,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, type Diagnostic, type Dimension, type LintResult, type Rule, type Severity } from '../index.js';
import { CONFIG_FILES } from '../node/config.js';
import { IGNORE_FILE } from '../cli/ignore.js';
import { ConfigStore, type ConfigEntry, type LinterOptions } from './configs.js';
import { IgnoreStore } from './ignores.js';
import { nodeAtPath, parseJson } from './json.js';
import { documentKind, extractPrompts, type PromptRegion } from './prompts.js';
import { lintPrompts, nextLintCost, type LintOutcome, type LintSummary, type PromptInput } from './lint-prompts.js';
import { loadSettingsPlugins } from './plugins.js';
import { LintWorker } from './pool.js';
import { RuleDocs } from './rule-docs.js';

export const FIX_ALL_KIND = 'source.fixAll.shotlint';
export const SHOW_SCORE = 'shotlint.showScore';
/** Prompts still to lint at least this long in all (UTF-16 units) are linted in the worker thread. */
export const LARGE_DOCUMENT = 100_000;

/** Client settings (`shotlint.*`), from initializationOptions and workspace/configuration. */
export interface Settings {
  /** Model profile id; overrides the config's `model`. */
  model?: string;
  /** Milliseconds to wait after the last keystroke before linting. */
  debounce: number;
  codeLens: boolean;
  inlayHints: boolean;
  /** Modules exporting `rules` (id → rule), resolved from the first workspace folder. */
  plugins: string[];
  /** Patterns (.gitignore syntax) relative to the workspace folder, after its `.shotlintignore`: the CLI's `--ignore-pattern`. */
  ignorePatterns: string[];
}

const DEFAULT_SETTINGS: Settings = { debounce: 150, codeLens: true, inlayHints: true, plugins: [], ignorePatterns: [] };

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

interface Item {
  diagnostic: Diagnostic;
  lsp: LspDiagnostic;
  /** Document offsets. */
  start: number;
  end: number;
}

interface LintedPrompt {
  region: PromptRegion;
  result?: LintSummary;
  items: Item[];
}

interface DocState {
  version: number;
  prompts: LintedPrompt[];
  config: ConfigEntry;
  diagnostics: LspDiagnostic[];
}

/** What a prompt's lint depends on besides the config: its text, its model and its disabled rules. */
const promptInput = (r: PromptRegion): PromptInput => ({ text: r.text, model: r.model, disable: r.disable });
const promptKey = (r: PromptRegion): string => `${r.model ?? ''}\u0000${r.disable?.join('\u0001') ?? ''}\u0000${r.text}`;

/** The findings of the document's last lint by prompt, when it ran under `config` (a config change clears the states). */
function lintedBefore(state: DocState | undefined, config: ConfigEntry): Map<string, LintOutcome> | undefined {
  if (state === undefined || state.config !== config) return undefined;
  const byPrompt = new Map<string, LintOutcome>();
  for (const p of state.prompts) if (p.result !== undefined) byPrompt.set(promptKey(p.region), { result: p.result });
  return byPrompt;
}

export interface ServerOptions {
  version?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const docs = new RuleDocs();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let linterOptions: LinterOptions = {};
  const configs = new ConfigStore(() => linterOptions);
  const worker = new LintWorker();
  const ignores = new IgnoreStore((message) => connection.console.error(message));
  const states = new Map<string, DocState>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What the next lint of each document should cost (ms): a huge document waits longer between lints. */
  const lintCost = new Map<string, number>();
  const costOf = (uri: string, started: number, linting: number, pendingLength: number, largest: number): number =>
    nextLintCost({ total: performance.now() - started, linting, pendingLength, largest }, lintCost.get(uri));
  const openedAt = new Map<string, number>();
  /** Config files showing a diagnostic, with what they show. */
  const configDiagnosticsOn = new Map<string, string>();
  const reported = new Set<string>();
  let workspaceRoots: string[] = [];
  let pullMode = false;
  let canConfigure = false;
  /** The client takes a registration for configuration changes (VS Code); others send them unasked (Eglot). */
  let canRegisterConfiguration = false;
  let canWatch = false;
  let versionedEdits = false;
  const refresh = { diagnostics: false, codeLens: false, inlayHints: false };

  // ─── settings ──────────────────────────────────────────────────────────────

  const readSettings = (value: unknown): Partial<Settings> => {
    const out: Partial<Settings> = {};
    if (!value || typeof value !== 'object') return out;
    const v = value as Record<string, unknown>;
    if (typeof v.model === 'string') out.model = v.model;
    if (typeof v.debounce === 'number' && Number.isFinite(v.debounce) && v.debounce >= 0) out.debounce = v.debounce;
    if (typeof v.codeLens === 'boolean') out.codeLens = v.codeLens;
    if (typeof v.inlayHints === 'boolean') out.inlayHints = v.inlayHints;
    if (Array.isArray(v.plugins)) out.plugins = v.plugins.filter((p): p is string => typeof p === 'string');
    if (Array.isArray(v.ignorePatterns)) out.ignorePatterns = v.ignorePatterns.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    return out;
  };
  let initSettings: Partial<Settings> = {};
  // Documents opened before the client's settings (and plugins) arrive wait for them.
  let settingsReady!: () => void;
  const ready = new Promise<void>((resolve) => (settingsReady = resolve));

  const applySettings = async (fromClient: Partial<Settings>) => {
    settings = { ...DEFAULT_SETTINGS, ...initSettings, ...fromClient };
    const root = workspaceRoots[0] ?? process.cwd();
    linterOptions = { model: settings.model, ...(await loadSettingsPlugins(settings.plugins, root)) };
    configs.clear();
    ignores.setPatterns(settings.ignorePatterns);
    worker.configure({ model: settings.model, plugins: settings.plugins, root });
  };

  const fetchSettings = async (): Promise<Partial<Settings>> => {
    if (!canConfigure) return {};
    try {
      return readSettings(await connection.workspace.getConfiguration('shotlint'));
    } catch {
      return {};
    }
  };

  // ─── linting ───────────────────────────────────────────────────────────────

  const dirFor = (uri: string): string => {
    const path = filePath(uri);
    return path ? dirname(path) : (workspaceRoots[0] ?? process.cwd());
  };

  const lintDocument = async (uri: string): Promise<DocState | undefined> => {
    const initial = documents.get(uri);
    if (!initial) return undefined;
    const kind = documentKind(uri, initial.languageId);
    if (!kind) return undefined;
    await ready;
    const config = await configs.forDirectory(dirFor(uri));
    const path = filePath(uri);
    const ignored = path !== undefined && (await ignores.ignored(path, workspaceRoots, config.ok ? config : {}));
    // Read the text after the await: the lint always matches the version it is stored under.
    let doc = documents.get(uri);
    if (!doc) return undefined;
    if (ignored) {
      // As ESLint's editor integrations: nothing at all, and publishing the empty set clears earlier diagnostics.
      const state: DocState = { version: doc.version, prompts: [], config, diagnostics: [] };
      states.set(uri, state);
      return state;
    }
    const started = performance.now();
    const text = doc.getText();
    const version = doc.version;
    const regions = extractPrompts(kind, text);
    // A prompt unchanged since the last lint under the same config keeps its findings: typing in one
    // record of a long JSONL file lints that record again, not the file.
    const known = config.ok ? lintedBefore(states.get(uri), config) : undefined;
    const outcomes: (LintOutcome | undefined)[] = regions.map((r) => known?.get(promptKey(r)));
    const pending = regions.flatMap((r, i) => (outcomes[i] === undefined ? [i] : []));
    let pendingLength = 0;
    let largest = 0;
    for (const i of pending) {
      pendingLength += regions[i]!.text.length;
      largest = Math.max(largest, regions[i]!.text.length);
    }
    let linting = 0;
    if (config.ok && pendingLength >= LARGE_DOCUMENT && worker.available) {
      // A huge document is linted off-thread: hovers, code actions and other documents go on meanwhile.
      const sent = performance.now();
      const linted = await worker.lint(dirFor(uri), pending.map((i) => promptInput(regions[i]!)));
      linting = performance.now() - sent;
      // No answer (the worker stopped): the prompts are linted here below.
      if (linted) pending.forEach((i, k) => (outcomes[i] = linted[k]));
      const now = documents.get(uri);
      lintCost.set(uri, costOf(uri, started, linting, pendingLength, largest));
      // Edited while the worker ran: these positions are stale, and the edit has scheduled a new lint.
      if (!now || now.version !== version) return undefined;
      doc = now;
    }
    const prompts: LintedPrompt[] = [];
    const diagnostics: LspDiagnostic[] = [];
    if (!config.ok) {
      diagnostics.push(...configErrorOnPrompts(config, regions, doc));
    } else {
      const unlinted = pending.filter((i) => outcomes[i] === undefined);
      if (unlinted.length > 0) {
        const sent = performance.now();
        const linted = lintPrompts(config.linter, unlinted.map((i) => promptInput(regions[i]!)));
        linting += performance.now() - sent;
        unlinted.forEach((i, k) => (outcomes[i] = linted[k]));
      }
      regions.forEach((region, i) => {
        const outcome = outcomes[i]!;
        const linted: LintedPrompt = { region, items: [] };
        prompts.push(linted);
        if ('error' in outcome) {
          diagnostics.push({ range: rangeOf(doc, region.start, region.start), severity: DiagnosticSeverity.Error, source: 'shotlint', message: `shotlint could not lint this prompt: ${outcome.error}` });
          return;
        }
        linted.result = outcome.result;
        for (const d of outcome.result.diagnostics) {
          const start = region.toDocument(d.range[0]);
          const end = region.toDocument(d.range[1]);
          const lsp: LspDiagnostic = {
            range: rangeOf(doc, start, end),
            severity: SEVERITY[d.severity],
            code: d.ruleId,
            ...(d.url !== undefined ? { codeDescription: { href: d.url } } : {}),
            source: 'shotlint',
            message: d.message,
            data: { ruleId: d.ruleId, messageId: d.messageId },
          };
          if (d.messageId === 'ruleError') logOnce(`${d.ruleId}\0${d.message}`, () => connection.console.error(d.message));
          linted.items.push({ diagnostic: d, lsp, start, end });
          diagnostics.push(lsp);
        }
      });
    }
    lintCost.set(uri, costOf(uri, started, linting, pendingLength, largest));
    const state: DocState = { version, prompts, config, diagnostics };
    states.set(uri, state);
    return state;
  };

  const logOnce = (key: string, log: () => void) => {
    if (reported.has(key)) return;
    reported.add(key);
    log();
  };

  /** A broken config: one diagnostic on the config file when it is open; otherwise a message and one diagnostic atop the prompts. */
  const configErrorOnPrompts = (config: Extract<ConfigEntry, { ok: false }>, regions: PromptRegion[], doc: TextDocument): LspDiagnostic[] => {
    const configDoc = config.file ? openDocumentFor(config.file) : undefined;
    if (configDoc) {
      publishConfigDiagnostic(configDoc, config.error);
      return [];
    }
    const message = config.error.message;
    logOnce(`config\0${message}`, () => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `shotlint: invalid configuration: ${message}` }));
    if (regions.length === 0) return [];
    const at = regions[0]!.start;
    return [{ range: rangeOf(doc, at, at), severity: DiagnosticSeverity.Error, source: 'shotlint', code: 'config', message: `Invalid shotlint configuration; prompts are not linted until it is fixed.\n${message}` }];
  };

  const publishConfigDiagnostic = (doc: TextDocument, error: ConfigError) => {
    const text = doc.getText();
    const located = error.issues[0] ? nodeAtPath(parseJson(text), error.issues[0].path) : undefined;
    const target = located?.key ?? located?.node;
    const range = target ? rangeOf(doc, target.start, target.end) : rangeOf(doc, 0, 0);
    // Every prompt under this config reports it: publish once per config version and problem.
    const key = `${doc.version}\0${error.message}`;
    if (configDiagnosticsOn.get(doc.uri) === key) return;
    configDiagnosticsOn.set(doc.uri, key);
    void connection.sendDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: [{ range, severity: DiagnosticSeverity.Error, source: 'shotlint', code: 'config', message: ConfigError.format(error.issues) }],
    });
  };

  const openDocumentFor = (path: string): TextDocument | undefined => {
    for (const doc of documents.all()) if (filePath(doc.uri) === path) return doc;
    return undefined;
  };

  const validate = async (uri: string) => {
    try {
      const state = await lintDocument(uri);
      if (!state || pullMode) return;
      const doc = documents.get(uri);
      // A newer version arrived while the config loaded: its own lint is scheduled; never publish stale ranges.
      if (!doc || doc.version !== state.version) return;
      await connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.diagnostics });
    } catch (error) {
      connection.console.error(`shotlint: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  const schedule = (uri: string, delay: number) => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri);
      }, delay),
    );
  };

  /** The state for the document's current version, linting now if the last lint is older. */
  const fresh = async (uri: string): Promise<{ doc: TextDocument; state: DocState } | undefined> => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let state = states.get(uri);
    if (!state || state.version !== doc.version) state = await lintDocument(uri);
    const now = documents.get(uri);
    if (!state || !now || now.version !== state.version) return undefined;
    return { doc: now, state };
  };

  /** After a config or setting change: every open document again. */
  const relintAll = () => {
    configs.clear();
    ignores.clear();
    worker.clear();
    reported.clear();
    for (const uri of configDiagnosticsOn.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnosticsOn.clear();
    states.clear();
    if (pullMode) {
      if (refresh.diagnostics) connection.languages.diagnostics.refresh();
    } else {
      for (const doc of documents.all()) if (documentKind(doc.uri, doc.languageId)) schedule(doc.uri, 0);
    }
    if (settings.codeLens && refresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (settings.inlayHints && refresh.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  };

  const isConfigFile = (uri: string) => {
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    return (CONFIG_FILES as readonly string[]).includes(name) || name === 'package.json' || name === IGNORE_FILE;
  };

  // ─── lifecycle ─────────────────────────────────────────────────────────────

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    workspaceRoots = (params.workspaceFolders ?? []).flatMap((f) => filePath(f.uri) ?? []);
    if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [filePath(params.rootUri) ?? []].flat();
    if (workspaceRoots.length === 0 && params.rootPath) workspaceRoots = [params.rootPath];
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    initSettings = readSettings(init.shotlint ?? init);
    settings = { ...DEFAULT_SETTINGS, ...initSettings };
    pullMode = (init.diagnosticMode ?? (init.shotlint as Record<string, unknown> | undefined)?.diagnosticMode) === 'pull';
    canConfigure = caps.workspace?.configuration === true;
    canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    refresh.diagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
    refresh.codeLens = caps.workspace?.codeLens?.refreshSupport === true;
    refresh.inlayHints = caps.workspace?.inlayHint?.refreshSupport === true;
    // A client that never sends `initialized` still gets diagnostics, with the initialization options.
    setTimeout(() => settingsReady(), 2000).unref();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_SCORE] },
        inlayHintProvider: true,
        ...(pullMode ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'shotlint', version: options.version },
    };
  });

  connection.onInitialized(async () => {
    if (canWatch) {
      await connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [...CONFIG_FILES, 'package.json', IGNORE_FILE].map((name) => ({ globPattern: `**/${name}` })) })
        .catch(() => undefined);
    }
    if (canConfigure && canRegisterConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    try {
      await applySettings(await fetchSettings());
    } finally {
      settingsReady();
    }
    relintAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change?.settings as Record<string, unknown> | undefined)?.shotlint;
    await applySettings(canConfigure ? await fetchSettings() : readSettings(pushed));
    relintAll();
  });

  connection.onDidChangeWatchedFiles(() => relintAll());

  documents.onDidOpen(({ document }) => {
    if (isConfigFile(document.uri)) {
      relintAll();
      return;
    }
    if (!documentKind(document.uri, document.languageId)) return;
    openedAt.set(document.uri, document.version);
    if (!pullMode) schedule(document.uri, 0);
  });

  documents.onDidChangeContent(({ document }) => {
    const uri = document.uri;
    if (openedAt.get(uri) === document.version) return; // the open itself, already scheduled
    openedAt.delete(uri);
    if (!documentKind(uri, document.languageId) || pullMode) return;
    // Debounced: a burst of edits lints once, at the last version. A slow (huge) document waits longer.
    schedule(uri, Math.max(settings.debounce, 2 * (lintCost.get(uri) ?? 0)));
  });

  documents.onDidSave(({ document }) => {
    if (isConfigFile(document.uri)) relintAll();
  });

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    states.delete(uri);
    lintCost.delete(uri);
    openedAt.delete(uri);
    if (configDiagnosticsOn.delete(uri) || (!pullMode && documentKind(uri, document.languageId))) void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (isConfigFile(uri)) relintAll();
  });

  connection.languages.diagnostics.on(async (params) => {
    const uri = requireUri(params?.textDocument?.uri);
    const current = await fresh(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: current?.state.diagnostics ?? [] };
  });

  // ─── code actions ──────────────────────────────────────────────────────────

  connection.onCodeAction(async (params) => {
    const uri = requireUri(params?.textDocument?.uri);
    const current = await fresh(uri);
    if (!current) return null;
    const { doc, state } = current;
    const only = params.context?.only;
    const wants = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    const edit = (edits: TextEdit[]): WorkspaceEdit =>
      versionedEdits ? { documentChanges: [{ textDocument: { uri, version: doc.version }, edits }] } : { changes: { [uri]: edits } };
    const toTextEdit = (region: PromptRegion, from: number, to: number, text: string): TextEdit => {
      const e = region.edit(from, to, text);
      return { range: rangeOf(doc, e.start, e.end), newText: e.text };
    };

    if (wants(CodeActionKind.QuickFix) && params.range) {
      const from = doc.offsetAt(params.range.start);
      const to = doc.offsetAt(params.range.end);
      for (const { region, items } of state.prompts) {
        for (const item of items) {
          const touches = item.start === item.end ? item.start >= from && item.start <= to : item.start <= to && item.end >= from;
          if (!touches) continue;
          const d = item.diagnostic;
          if (d.fix) {
            actions.push({
              title: `${describeEdit(region.text, d.fix.range, d.fix.text)} (${d.ruleId})`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [item.lsp],
              isPreferred: true,
              edit: edit([toTextEdit(region, d.fix.range[0], d.fix.range[1], d.fix.text)]),
            });
          }
          for (const s of d.suggestions ?? []) {
            actions.push({
              title: `${s.desc} (${d.ruleId})`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [item.lsp],
              edit: edit([toTextEdit(region, s.fix.range[0], s.fix.range[1], s.fix.text)]),
            });
          }
          for (const directive of disableEdits(region, d, doc.getText())) {
            const at = doc.positionAt(directive.at);
            actions.push({ title: directive.title, kind: CodeActionKind.QuickFix, diagnostics: [item.lsp], edit: edit([{ range: { start: at, end: at }, newText: directive.text }]) });
          }
        }
      }
    }

    if (wants(FIX_ALL_KIND) && state.config.ok) {
      const linter = state.config.linter;
      const edits: TextEdit[] = [];
      for (const { region, result } of state.prompts) {
        if (!result || result.fixableCount === 0) continue;
        const fixed = linter.fix(region.text, { model: region.model, disable: region.disable }).text;
        if (fixed === region.text) continue;
        const [from, to, replacement] = minimalEdit(region.text, fixed);
        edits.push(toTextEdit(region, from, to, replacement));
      }
      if (edits.length > 0) actions.push({ title: 'Fix all safe shotlint problems', kind: FIX_ALL_KIND, edit: edit(edits) });
    }
    return actions;
  });

  // ─── hover, lens, inlay ────────────────────────────────────────────────────

  connection.onHover(async (params): Promise<Hover | null> => {
    const uri = requireUri(params?.textDocument?.uri);
    if (!params.position) throw new ResponseError(ErrorCodes.InvalidParams, 'position is required');
    const current = await fresh(uri);
    if (!current || !current.state.config.ok) return null;
    const { doc, state } = current;
    const offset = doc.offsetAt(params.position);
    const rulesById = new Map(current.state.config.linter.config.rules.map((r) => [r.id, r.rule] as const));
    const hits = state.prompts.flatMap((p) => p.items).filter((i) => (i.start === i.end ? offset === i.start : offset >= i.start && offset <= i.end));
    if (hits.length === 0) return null;
    const seen = new Set<string>();
    const parts: string[] = [];
    let start = Infinity;
    let end = -Infinity;
    for (const hit of hits) {
      start = Math.min(start, hit.start);
      end = Math.max(end, hit.end);
      const d = hit.diagnostic;
      if (seen.has(d.ruleId)) continue;
      seen.add(d.ruleId);
      parts.push(hoverFor(d, rulesById.get(d.ruleId), docs));
    }
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: rangeOf(doc, start, end) };
  });

  connection.onCodeLens(async (params): Promise<CodeLens[]> => {
    if (!settings.codeLens) return [];
    const current = await fresh(requireUri(params?.textDocument?.uri));
    if (!current) return [];
    return current.state.prompts.flatMap(({ region, result }) => {
      if (!result) return [];
      const at = current.doc.positionAt(region.anchor);
      const command = { title: `shotlint ${scoreSummary(result)}`, command: SHOW_SCORE, arguments: [current.doc.uri, region.anchor] };
      return [{ range: { start: at, end: at }, command }];
    });
  });

  connection.languages.inlayHint.on(async (params): Promise<InlayHint[]> => {
    if (!settings.inlayHints) return [];
    const current = await fresh(requireUri(params?.textDocument?.uri));
    if (!current) return [];
    const { doc } = current;
    const text = doc.getText();
    const from = params.range ? doc.offsetAt(params.range.start) : 0;
    const to = params.range ? doc.offsetAt(params.range.end) : text.length;
    const hints: InlayHint[] = [];
    for (const { region, result } of current.state.prompts) {
      if (!result) continue;
      let lineEnd = region.anchor;
      while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      if (lineEnd < from || region.anchor > to) continue;
      hints.push({ position: doc.positionAt(lineEnd), label: `score ${scoreSummary(result)}`, paddingLeft: true });
    }
    return hints;
  });

  // Clicking the score lens: the whole breakdown, with what each dimension lost points for.
  connection.onExecuteCommand(async (params) => {
    if (params?.command !== SHOW_SCORE) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
    const [uri, anchor] = params.arguments ?? [];
    const current = typeof uri === 'string' ? await fresh(uri) : undefined;
    const prompt = current?.state.prompts.find((p) => p.region.anchor === anchor) ?? current?.state.prompts[0];
    if (!prompt?.result) return null;
    const { score } = prompt.result;
    const dims = (Object.entries(score.dimensions) as [Dimension, number][]).map(([d, v]) => `${d} ${v}`).join(', ');
    const losses = [...(score.deductions ?? [])]
      .sort((a, b) => b.points - a.points)
      .slice(0, 3)
      .map((d) => `−${d.points} ${d.dimension}: ${d.reason}`);
    const message = [`shotlint score ${score.total}/100 (${dims})`, ...losses].join('\n');
    await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    return null;
  });

  connection.onShutdown(async () => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    await worker.stop();
  });

  documents.listen(connection);
  connection.listen();
}

// ─── helpers ─────────────────────────────────────────────────────────────────

function requireUri(uri: unknown): string {
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is required');
  return uri;
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function rangeOf(doc: TextDocument, start: number, end: number): LspRange {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** `Replace "epic" with "…"`, `Remove "…"`, `Insert "…"`: what a fix does, in a title. */
function describeEdit(text: string, range: readonly [number, number], replacement: string): string {
  const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`;
  const before = text.slice(range[0], range[1]);
  if (replacement === '') return `Remove ${quote(before.trim() || before)}`;
  if (before === '') return `Insert ${quote(replacement.trim() || replacement)}`;
  return `Replace ${quote(before)} with ${quote(replacement)}`;
}

const REASON = '<reason>';

/** "Disable this rule here" (document offsets): a directive line for prompt text, a `disable` entry for a JSONL record. */
function disableEdits(region: PromptRegion, d: Diagnostic, documentText: string): { title: string; at: number; text: string }[] {
  if (region.kind === 'record') {
    const record = region.record;
    if (!record) return [];
    const disable = record.members.find((m) => m.key.value === 'disable')?.value;
    const quoted = JSON.stringify(d.ruleId);
    const title = `Disable ${d.ruleId} for this record`;
    if (disable?.type === 'array') return [{ title, at: disable.end - 1, text: disable.items.length > 0 ? `, ${quoted}` : quoted }];
    if (disable) return []; // a `disable` that is not a list: the record needs a human first
    return [{ title, at: record.start + 1, text: `"disable": [${quoted}], ` }];
  }
  const text = region.text;
  const eol = documentText.includes('\r\n') ? '\r\n' : '\n';
  let lineStart = Math.min(d.range[0], text.length);
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let indentEnd = lineStart;
  while (indentEnd < text.length && (text.charCodeAt(indentEnd) === 32 || text.charCodeAt(indentEnd) === 9)) indentEnd++;
  const indent = text.slice(lineStart, indentEnd);
  return [
    { title: `Disable ${d.ruleId} for this line`, at: region.toDocument(lineStart), text: `${indent}# shotlint-disable-next-line ${d.ruleId} -- ${REASON}${eol}` },
    { title: `Disable ${d.ruleId} for this prompt`, at: region.toDocument(0), text: `# shotlint-disable ${d.ruleId} -- ${REASON}${eol}` },
  ];
}

/** The smallest single replacement that turns `before` into `after` (never splitting a surrogate pair). */
export function minimalEdit(before: string, after: string): [from: number, to: number, replacement: string] {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return [prefix, before.length - suffix, after.slice(prefix, after.length - suffix)];
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** `72/100 · weakest: lighting 30, camera 30` */
export function scoreSummary(result: Pick<LintResult, 'score'>): string {
  const unmeasured = new Set(result.score.unmeasured ?? []);
  const weakest = (Object.entries(result.score.dimensions) as [Dimension, number][])
    .filter(([d, v]) => v < 100 && !unmeasured.has(d))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3);
  const total = `${result.score.total}/100`;
  return weakest.length === 0 ? total : `${total} · weakest: ${weakest.map(([d, v]) => `${d} ${v}`).join(', ')}`;
}

function hoverFor(d: Diagnostic, rule: Rule | undefined, docs: RuleDocs): string {
  const lines = [`**${d.ruleId}** (shotlint, ${d.severity})`, ''];
  const description = rule?.meta.docs.description;
  if (description) lines.push(description, '');
  if (d.message !== description) lines.push(`_${d.message}_`, '');
  const examples = docs.examples(d.ruleId);
  if (examples?.invalid !== undefined) lines.push('❌ Incorrect', '', fence(examples.invalid), '');
  if (examples?.valid !== undefined) lines.push('✅ Correct', '', fence(examples.valid), '');
  if (d.url !== undefined) lines.push(`[Documentation](${d.url})`);
  return lines.join('\n');
}

function fence(text: string): string {
  let ticks = '```';
  while (text.includes(ticks)) ticks += '`';
  return `${ticks}text\n${text}\n${ticks}`;
}
