/**
 * `shotlint/retext`: a unified plugin that lints text as video prompts and reports vfile messages,
 * so shotlint runs in retext and remark pipelines (Markdown prompt libraries) and prints with
 * vfile-reporter.
 *
 *   unified().use(retextEnglish).use(retextShotlint, { model: 'sora-2-pro' })
 *   unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextShotlint))
 *
 * What a prompt is: in a plain retext pipeline the whole file is one prompt (as a `.prompt` file
 * is for the CLI and the editor); when the tree's text is not the file's text (remark → retext,
 * where Markdown syntax is gone) each paragraph is a prompt, its offsets mapped back to the file.
 * `unit` forces either.
 *
 * Messages follow the remark-lint convention: `ruleId`, `source: 'shotlint'`, `url`, `place`,
 * `actual` (the flagged text), `expected` (replacements offered by a fix or a suggestion),
 * `note` (the suggestions' descriptions), and `fatal`: true for an error (so reporters and
 * unified-engine count it as one and exit non-zero), false for a warning, undefined for
 * information. `file.fail` is never called: one prompt's error does not stop the pipeline.
 *
 * Browser-safe: imports only the core.
 */
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { createLinter, LineIndex, type Diagnostic, type GenerationSettings, type Rule, type ShotlintConfig } from '../index.js';

export interface RetextShotlintOptions {
  /** Model profile id, e.g. `sora-2-pro`. */
  model?: string;
  /** A config object (as in shotlint.config.json); the plugin reads no files. */
  config?: ShotlintConfig;
  settings?: GenerationSettings;
  /** Extra rules, id → rule (ids `plugin/name`). */
  plugins?: Readonly<Record<string, Rule>>;
  /** `file`: the whole file is one prompt; `paragraph`: each paragraph is. Default: see above. */
  unit?: 'file' | 'paragraph';
}

interface Point {
  line?: number;
  column?: number;
  offset?: number;
}

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: Point; end: Point };
}

/** A run of prompt text that came from `[file, file + length)` in the file. */
interface Segment {
  prompt: number;
  file: number;
  length: number;
}

const retextShotlint: Plugin<[(RetextShotlintOptions | null | undefined)?], Root> = function (options) {
  const opts = options ?? {};
  // Resolved once: a bad config throws here, when the pipeline is built, not on every file.
  const linter = createLinter(opts.config, { model: opts.model, plugins: opts.plugins });
  const settings = opts.settings;

  return (tree, file) => {
    const source = String(file);
    const root = tree as unknown as Node;
    const lines = new LineIndex(source);
    const unit = opts.unit ?? (textOf(root) === source ? 'file' : 'paragraph');
    const lintNode = (node: Node) => {
      // The node's text, and where each run of it came from in the file.
      const segments: Segment[] = [];
      let text = '';
      collect(node, (leaf) => {
        const value = leaf.value!;
        const start = leaf.position?.start.offset;
        if (start !== undefined) segments.push({ prompt: text.length, file: start, length: value.length });
        text += value;
      });
      if (text.trim() !== '' && segments.length > 0) report(file, source, lines, text, segments);
    };
    if (unit === 'file') lintNode(root);
    else visitParagraphs(root, lintNode);
  };

  function report(file: VFile, source: string, lines: LineIndex, text: string, segments: readonly Segment[]): void {
    const result = linter.lint(text, { settings });
    for (const d of result.diagnostics) {
      const start = mapOffset(segments, d.range[0], 'start');
      const end = Math.max(start, mapOffset(segments, d.range[1], 'end'));
      const point = (offset: number) => ({ ...lines.position(offset), offset });
      const message = file.message(d.message, { place: { start: point(start), end: point(end) }, ruleId: d.ruleId, source: 'shotlint' });
      if (d.url !== undefined) message.url = d.url;
      message.actual = source.slice(start, end);
      const expected = expectedTexts(d);
      if (expected.length > 0) message.expected = expected;
      if (d.suggestions?.length) message.note = d.suggestions.map((s) => s.desc).join('\n');
      message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
    }
  }
};

export default retextShotlint;

/** Replacements for the flagged text: a fix or suggestion over exactly that range, or one that removes it. */
function expectedTexts(d: Diagnostic): string[] {
  const out: string[] = [];
  for (const fix of [d.fix, ...(d.suggestions ?? []).map((s) => s.fix)]) {
    if (!fix) continue;
    const same = fix.range[0] === d.range[0] && fix.range[1] === d.range[1];
    const removes = fix.text === '' && fix.range[0] <= d.range[0] && fix.range[1] >= d.range[1];
    if ((same || removes) && !out.includes(fix.text)) out.push(fix.text);
  }
  return out;
}

function textOf(node: Node): string {
  let out = '';
  collect(node, (leaf) => (out += leaf.value));
  return out;
}

function collect(node: Node, visit: (leaf: Node) => void): void {
  if (typeof node.value === 'string') visit(node);
  else for (const child of node.children ?? []) collect(child, visit);
}

function visitParagraphs(node: Node, visit: (paragraph: Node) => void): void {
  if (node.type === 'ParagraphNode') visit(node);
  else for (const child of node.children ?? []) visitParagraphs(child, visit);
}

/**
 * A prompt offset → a file offset. A start at a segment boundary belongs to the segment it
 * begins; an end belongs to the one it closes, so a range never stretches over Markdown syntax
 * between two runs of text.
 */
function mapOffset(segments: readonly Segment[], offset: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = segments.length - 1;
  // The last segment whose prompt start is <= offset (< offset for an end).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const p = segments[mid]!.prompt;
    if (side === 'start' ? p <= offset : p < offset) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo]!;
  return s.file + Math.min(Math.max(offset - s.prompt, 0), s.length);
}
