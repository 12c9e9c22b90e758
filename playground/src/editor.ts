/**
 * The prompt editor: CodeMirror 6 with @codemirror/lint. The lint source calls the shotlint core
 * on every pause in typing; word-level findings become underlines whose hover shows the message,
 * a link to the rule's page and a button per fix or suggestion.
 */
import { minimalSetup, EditorView } from 'codemirror';
import { EditorState, StateEffect, type Extension } from '@codemirror/state';
import { placeholder as placeholderText } from '@codemirror/view';
import { forceLinting, linter, lintKeymap, type Action, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { keymap } from '@codemirror/view';
import type { Diagnostic } from './core.js';
import { placement } from './core.js';

/** Dispatched when the model or the settings change: the text is the same but must be linted again. */
const refresh = StateEffect.define<null>();

export interface PromptEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  select(range: readonly [number, number]): void;
  relint(): void;
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  /** Runs the core (the page shows the result in its panels) and returns the diagnostics. */
  lint(text: string): readonly Diagnostic[];
  /** Pause after typing before linting, in ms. */
  delay?: number;
  /** Called after a fix or suggestion from a hover card was applied. */
  onApplied?(d: Diagnostic, fix: { range: readonly [number, number]; text: string }): void;
}

export function createPromptEditor(options: EditorOptions): PromptEditor {
  const source = (view: EditorView): CmDiagnostic[] => {
    const text = view.state.doc.toString();
    return options.lint(text).filter((d) => placement(d, text) === 'text').map((d) => toEditorDiagnostic(d, options.onApplied));
  };

  const extensions: Extension[] = [
    minimalSetup,
    EditorView.lineWrapping,
    placeholderText('A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot, warm streetlamp glow'),
    EditorView.contentAttributes.of({
      'aria-label': 'Prompt',
      'aria-describedby': 'prompt-hint',
      spellcheck: 'true',
      autocapitalize: 'sentences',
    }),
    linter(source, {
      delay: options.delay ?? 250,
      needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(refresh))),
    }),
    keymap.of(lintKeymap),
    theme,
  ];

  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({ doc: options.doc, extensions }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: minimalChange(view.state.doc.toString(), text) });
    },
    select([from, to]) {
      view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
      view.focus();
    },
    relint() {
      view.dispatch({ effects: refresh.of(null) });
      forceLinting(view);
    },
  };
}

/** The hover card and its buttons, in the page's colours (CSS variables from style.css). */
const theme = EditorView.theme({
  '.cm-tooltip.cm-tooltip-hover': {
    maxWidth: 'min(460px, calc(100vw - 24px))',
    borderRadius: '8px',
    border: '1px solid var(--line)',
    backgroundColor: 'var(--card)',
    color: 'var(--text)',
    boxShadow: '0 6px 20px rgba(15, 23, 42, 0.18)',
    overflow: 'hidden',
  },
  '.cm-tooltip-lint': { font: '0.92rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  '.cm-diagnostic': { padding: '8px 10px 8px 12px' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--warning)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--error)' },
  '.cm-diagnostic-info': { borderLeftColor: 'var(--info)' },
  '.cm-diagnosticSource': { display: 'none' },
  '.cm-diagnosticAction': {
    display: 'inline-block',
    margin: '6px 6px 0 0',
    padding: '3px 10px',
    borderRadius: '6px',
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-text)',
    fontSize: '0.85rem',
    textAlign: 'left',
  },
  '.cm-diagnosticAction.cm-suggestion': { backgroundColor: 'var(--accent-soft)', color: 'var(--accent)' },
  '.lint-message .rule-link': { whiteSpace: 'nowrap', fontSize: '0.85rem' },
});

function toEditorDiagnostic(d: Diagnostic, onApplied: EditorOptions['onApplied']): CmDiagnostic {
  const actions: Action[] = [];
  const apply = (fix: { range: readonly [number, number]; text: string }) => (view: EditorView, from: number, to: number) => {
    if (applyFix(view, d, fix, from, to)) onApplied?.(d, fix);
  };
  if (d.fix) actions.push({ name: fixLabel(d.fix.text), apply: apply(d.fix) });
  for (const s of d.suggestions ?? []) actions.push({ name: s.desc, markClass: 'cm-suggestion', apply: apply(s.fix) });
  return {
    from: d.range[0],
    to: d.range[1],
    severity: d.severity,
    source: d.ruleId,
    message: d.message,
    renderMessage: () => renderMessage(d),
    actions,
  };
}

export function fixLabel(text: string): string {
  return text === '' ? 'Fix: remove it' : `Fix: change to “${text.trim()}”`;
}

function renderMessage(d: Diagnostic): HTMLElement {
  const box = document.createElement('span');
  box.className = 'lint-message';
  const message = document.createElement('span');
  message.textContent = d.message;
  box.append(message);
  if (d.url === undefined) return box;
  const more = document.createElement('a');
  more.href = d.url;
  more.target = '_blank';
  more.rel = 'noopener';
  more.className = 'rule-link';
  more.textContent = `Why? (${d.ruleId})`;
  box.append(' ', more);
  return box;
}

/**
 * Applies a fix computed for the linted text at the diagnostic's position now. Edits elsewhere
 * since the lint moved the diagnostic from `d.range` to `[from, to]`; the fix moves with it.
 */
export function applyFix(view: EditorView, d: Diagnostic, fix: { range: readonly [number, number]; text: string }, from: number, to: number): boolean {
  const shift = (pos: number) => (pos >= d.range[1] ? pos + (to - d.range[1]) : pos + (from - d.range[0]));
  const start = shift(fix.range[0]);
  const end = Math.max(start, shift(fix.range[1]));
  if (start < 0 || end > view.state.doc.length) return false;
  view.dispatch({
    changes: { from: start, to: end, insert: fix.text },
    selection: { anchor: start + fix.text.length },
    userEvent: 'input.fix',
  });
  view.focus();
  return true;
}

/** The smallest single replacement turning `before` into `after`, so undo and the cursor behave. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}
