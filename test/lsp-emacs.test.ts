/**
 * A real editor: Emacs in batch mode starts the built server through Eglot on a `.prompt` file,
 * waits for Flymake's diagnostics, asks for the quick fixes, applies the preferred one with Eglot's
 * own workspace-edit code and waits for the fresh diagnostics. Emacs counts columns in characters
 * and Eglot converts LSP's UTF-16 columns to them, so the emoji in the prompt checks that the
 * server's ranges are exact. Skips when Emacs or Eglot is not installed (`.ci/run` installs them).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_PROMPT, runEditor, serverBuilt } from './helpers/lsp.js';

// Debian packages Eglot for Emacs 28 as elpa-eglot; package-initialize puts it on the load path.
const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (package-initialize) (require 'eglot) (princ (format \"%s eglot\" emacs-version)))"], { encoding: 'utf8', timeout: 30_000 });
const emacsVersion = probe.status === 0 ? probe.stdout.trim() : undefined;
const reason = !emacsVersion
  ? 'emacs with eglot is not installed (Debian: apt-get install --no-install-recommends emacs-nox elpa-eglot)'
  : !serverBuilt()
    ? 'dist/lsp.js is missing (npm run build)'
    : undefined;
if (reason) console.warn(`lsp-emacs.test: skipped: ${reason}.`);

/**
 * docs/editors.md's set-up, run as written but for the server's command (this build, started by
 * this Node) and the options the test needs (its plugin, a short debounce).
 */
function documentedSetUp(): string {
  const doc = readFileSync(new URL('../docs/editors.md', import.meta.url), 'utf8');
  const block = /## Emacs \(Eglot\)[\s\S]*?```elisp\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/editors.md has no elisp block under "## Emacs (Eglot)"');
  const command = '("shotlint-lsp" "--stdio"';
  const options = ':initializationOptions (:model "sora-2-pro")';
  if (!block.includes(command) || !block.includes(options)) throw new Error(`the documented set-up no longer has ${command} and ${options}`);
  return block
    .replace(command, '(,(getenv "SHOTLINT_NODE") ,(getenv "SHOTLINT_SERVER") "--stdio"')
    .replace(options, ':initializationOptions (:model "sora-2-pro" :plugins ["./plugin.mjs"] :debounce 50)')
    .replace("'(prompt-mode . (", '`(prompt-mode . (');
}

const INIT_EL = String.raw`;; -*- lexical-binding: t -*-
(package-initialize)
(require 'eglot)
(require 'json)
${documentedSetUp()}

(defun wait-until (pred secs)
  "Let the server's messages, timers and Flymake run until PRED holds or SECS pass."
  (let ((deadline (+ (float-time) secs)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (when (bound-and-true-p flymake-mode) (flymake-start)))
    (funcall pred)))

(defun column-of (pos)
  "Characters from the line's start (current-column would count the emoji's display width)."
  (save-excursion (goto-char pos) (- pos (line-beginning-position))))

(defun diagnostics ()
  (vconcat (mapcar (lambda (d)
                     (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                       ${'`'}((line . ,(line-number-at-pos beg)) (beg . ,(column-of beg)) (end . ,(column-of end))
                         (type . ,(symbol-name (flymake-diagnostic-type d))) (text . ,(flymake-diagnostic-text d)))))
                   (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))

(defun diagnostic-of (code &optional text)
  (seq-find (lambda (d) (let ((shown (flymake-diagnostic-text d)))
                          (and (string-match-p (regexp-quote (format "[%s]" code)) shown)
                               (or (null text) (string-match-p (regexp-quote text) shown)))))
            (flymake-diagnostics)))

(let ((result nil))
  (condition-case err
      (progn
        (find-file (getenv "SHOTLINT_FILE"))
        (apply #'eglot (eglot--guess-contact))
        (unless (wait-until (lambda () (diagnostic-of "test/epic")) 30) (error "no diagnostics from shotlint within 30 s"))
        (push (cons 'diagnostics (diagnostics)) result)
        ;; Hover on the flagged word, as Eldoc asks.
        (goto-char (flymake-diagnostic-beg (diagnostic-of "test/epic")))
        (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover (eglot--TextDocumentPositionParams))))
          (push (cons 'hover (plist-get (plist-get hover :contents) :value)) result))
        ;; The quick fixes for "epic"; the preferred one applied as Eglot applies a chosen action.
        (let* ((d (diagnostic-of "test/epic"))
               (actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix"))
               (fix (seq-find (lambda (a) (plist-get a :isPreferred)) actions)))
          (push (cons 'actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions))) result)
          (unless fix (error "no preferred quick fix offered"))
          (eglot--apply-workspace-edit (plist-get fix :edit))
          (push (cons 'after-fix (buffer-string)) result))
        ;; Eglot sends the edit once Emacs is idle, which a batch Emacs never is: send it as that timer would.
        (eglot--signal-textDocument/didChange)
        (unless (wait-until (lambda () (diagnostic-of "max-words" "has 11 words")) 30)
          (error "diagnostics were not refreshed after the fix"))
        (push (cons 'diagnostics-after-fix (diagnostics)) result))
    (error (push (cons 'error (error-message-string err)) result)))
  (with-temp-file (getenv "SHOTLINT_OUT") (insert (json-encode result)))
  (kill-emacs 0))
`;

interface EmacsDiagnostic {
  line: number;
  beg: number;
  end: number;
  type: string;
  text: string;
}

describe.skipIf(reason !== undefined)(`Emacs's Eglot (${emacsVersion ?? 'absent'})`, () => {
  let root: string;
  let output: { error?: string; diagnostics: EmacsDiagnostic[]; hover: string; actions: string[]; 'after-fix': string; 'diagnostics-after-fix': EmacsDiagnostic[] };
  const lines = EDITOR_PROMPT;
  /** A column as Emacs counts it: in characters, so the emoji is one. */
  const column = (line: string, utf16: number) => [...line.slice(0, utf16)].length;

  beforeAll(() => {
    ({ root, output } = runEditor<typeof output>('Emacs', 'emacs', (script) => ['--batch', '-l', script], 'init.el', INIT_EL));
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('receives the diagnostics with rule ids, severities and positions (character columns after the emoji)', () => {
    expect(output.error).toBeUndefined();
    const epicAt = lines[0]!.indexOf('epic');
    expect(output.diagnostics).toEqual([
      // The documented set-up's model, Sora 2 Pro, asks for sound: its initialization options reached the server.
      { line: 1, beg: 0, end: expect.any(Number), type: 'eglot-note', text: expect.stringMatching(/^shotlint \[require-audio-cues\]: Sora 2 Pro generates sound/) },
      { line: 1, beg: column(lines[0]!, epicAt), end: column(lines[0]!, epicAt + 4), type: 'eglot-error', text: 'shotlint [test/epic]: "epic" says nothing the camera can see.' },
      // Words past the eighth ("An epic fox trots through fresh snow at"): from "dawn" on.
      { line: 2, beg: 'at '.length, end: lines[1]!.length, type: 'eglot-warning', text: expect.stringMatching(/^shotlint \[max-words\]: Prompt has 12 words/) },
    ]);
  });

  it('shows the rule on hover', () => {
    expect(output.hover).toContain('**test/epic** (shotlint, error)');
    expect(output.hover).toContain('Flags "epic".');
  });

  it('offers the quick fixes and applies the preferred one through its workspace-edit code', () => {
    expect(output.actions).toEqual([
      'Disable require-audio-cues for this line',
      'Disable require-audio-cues for this prompt',
      'Remove “epic” (test/epic)', 'Replace with "sweeping" (test/epic)', 'Disable test/epic for this line', 'Disable test/epic for this prompt']);
    expect(output['after-fix']).toBe('🦊 An fox trots through fresh snow\nat dawn, low tracking shot\n');
  });

  it('gets fresh diagnostics after the edit', () => {
    // One word fewer: the eighth word is now "dawn", so the words past the limit start at "low".
    const codes = output['diagnostics-after-fix'].map((d) => [/\[([^\]]+)\]/.exec(d.text)![1], d.line, d.beg]);
    expect(codes).toEqual([
      ['require-audio-cues', 1, 0],
      ['max-words', 2, 'at dawn, '.length],
    ]);
  });
});
