/**
 * Sources → a stream of work items, in order. Whole-file kinds (.txt, .prompt, .md, .json) are
 * read at once; JSONL and `--lines` files (and `--stdin --lines`) stream line by line, so a
 * million-line file never sits in memory. Each prompt item carries how its diagnostics map
 * back to file positions and, for `--fix`, where its text sits in the file.
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { GenerationSettings } from '../types.js';
import type { PromptReport } from '../formatters/types.js';
import type { ReportOptions } from '../formatters/report.js';
import { fatalReport } from '../formatters/report.js';
import { LineIndex } from '../engine/loc.js';
import { getSettingsSchema } from '../config/schema.js';
import { findModel } from '../config/resolve.js';
import { models } from '../config/models/index.js';
import { describeIoError, IoError } from './errors.js';
import type { SourceFile } from './files.js';
import { arrayElements, promptValueSpan, stringOffsets } from './json-spans.js';
import { readLines } from './lines.js';

export interface PromptTask {
  text: string;
  model?: string;
  settings?: GenerationSettings;
  disable?: string[];
}

export interface PromptMeta {
  filePath: string;
  id: string;
  locate?: ReportOptions['locate'];
  /** Where the prompt's text sits: in the file (whole-file kinds) or in `raw` (line kinds). */
  span?: [number, number];
  /** The text at `span` is a JSON string literal (re-encode the fixed prompt). */
  json?: boolean;
  /** JSON kinds: the file position (1-based) of the literal's opening quote; literals never span lines. */
  literalAt?: { line: number; column: number };
  /** JSON kinds: the text holding the literal at `span` (the line, or the whole file). */
  literalSource?: string;
  /** Line kinds: the line as read, and its ending. */
  raw?: string;
  eol?: string;
}

export type Item =
  | { type: 'prompt'; task: PromptTask; meta: PromptMeta }
  | { type: 'fatal'; report: PromptReport; raw?: string; eol?: string }
  /** A line that is not a prompt (blank); only produced when fixing, to copy it through. */
  | { type: 'raw'; raw: string; eol: string }
  | { type: 'file'; file: SourceFile; text?: string }
  /** `utf8`: whether every byte read was UTF-8 (known when `checkUtf8` is set). */
  | { type: 'end'; file: SourceFile; utf8?: boolean };

export interface ReadOptions {
  /** Emit `raw` items for lines that are not prompts (needed to rewrite line files). */
  keepRaw: boolean;
  /** Tell on each `end` item whether the file's bytes were all UTF-8 (`--fix` rewrites only such files). */
  checkUtf8?: boolean;
  /** Called with bytes read so far, for the progress bar. */
  onBytes?: (bytes: number) => void;
}

const RECORD_KEYS = 'a JSON string, or an object { "id"?, "prompt", "model"?, "settings"?, "disable"? }';

type Record = { text: string; id?: string; model?: string; settings?: GenerationSettings; disable?: string[] };

/** A parsed JSON value → a prompt record, or the reason it is not one. */
export function toRecord(value: unknown): Record | string {
  if (typeof value === 'string') return { text: value };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `expected ${RECORD_KEYS}`;
  const v = value as { [k: string]: unknown };
  if (typeof v.prompt !== 'string') return `"prompt" must be a string (a record is ${RECORD_KEYS})`;
  const out: Record = { text: v.prompt };
  if (v.id !== undefined) {
    if (typeof v.id !== 'string' && typeof v.id !== 'number') return '"id" must be a string or a number';
    out.id = String(v.id);
  }
  if (v.model !== undefined) {
    if (typeof v.model !== 'string') return '"model" must be a string';
    // An unknown model fails this record only, not the whole run.
    if (!findModel(v.model)) return `unknown model "${v.model}": expected one of ${models.map((m) => m.id).join(', ')}`;
    out.model = v.model;
  }
  if (v.settings !== undefined) {
    const parsed = getSettingsSchema().safeParse(v.settings);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return `settings${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`;
    }
    out.settings = parsed.data as GenerationSettings;
  }
  if (v.disable !== undefined) {
    if (!Array.isArray(v.disable) || !v.disable.every((d) => typeof d === 'string')) return '"disable" must be an array of rule ids';
    out.disable = v.disable as string[];
  }
  return out;
}

function parseError(error: unknown): { message: string; column: number } {
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message);
  const cut = message.indexOf(' in JSON at position ');
  const text = (cut >= 0 ? message.slice(0, cut) : message).replace(/^JSON\.parse: /, '');
  return { message: `Parsing error: ${text}`, column: position ? Number(position[1]) + 1 : 1 };
}

/**
 * Maps prompt offsets to file positions for the JSON string literal at `source[start]`, whose
 * opening quote sits at `at` in the file. A literal is on one line, so only columns move.
 */
export function jsonLocate(source: string, start: number, at: { line: number; column: number }): NonNullable<ReportOptions['locate']> {
  let offsets: Int32Array | undefined;
  return (range) => {
    offsets ??= stringOffsets(source, start);
    const column = (o: number) => at.column + offsets![Math.min(o, offsets!.length - 1)]! - start;
    return { line: at.line, column: column(range[0]), endLine: at.line, endColumn: column(range[1]) };
  };
}

function shiftLines(by: number): ReportOptions['locate'] {
  return (_range, d) => ({ line: d.loc.start.line + by, column: d.loc.start.column, endLine: d.loc.end.line + by, endColumn: d.loc.end.column });
}

function recordItem(file: SourceFile | undefined, filePath: string, line: number, record: Record, meta: Omit<PromptMeta, 'filePath' | 'id'>): Item {
  const task: PromptTask = { text: record.text };
  if (record.model !== undefined) task.model = record.model;
  if (record.settings !== undefined) task.settings = record.settings;
  if (record.disable !== undefined) task.disable = record.disable;
  return { type: 'prompt', task, meta: { filePath, id: record.id ?? `${file?.display ?? filePath}:${line}`, ...meta } };
}

/** One JSONL line → a prompt, a fatal report, or nothing (blank). */
function jsonlLine(file: SourceFile | undefined, filePath: string, text: string, number: number, eol: string, keepRaw: boolean): Item | undefined {
  const body = number === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bom = text.length - body.length;
  if (body.trim() === '') return keepRaw ? { type: 'raw', raw: text, eol } : undefined;
  const id = `${file?.display ?? filePath}:${number}`;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const { message, column } = parseError(error);
    return { type: 'fatal', report: fatalReport(filePath, id, body, message, number, column), raw: text, eol };
  }
  const record = toRecord(value);
  if (typeof record === 'string') return { type: 'fatal', report: fatalReport(filePath, id, body, `Invalid record: ${record}`, number, 1), raw: text, eol };
  const span = promptValueSpan(text, bom)!;
  return recordItem(file, filePath, number, record, {
    // Columns count what an editor shows: a byte order mark is not a column.
    literalAt: { line: number, column: span[0] + 1 - bom },
    literalSource: text,
    span,
    json: true,
    raw: text,
    eol,
  });
}

function lineItem(file: SourceFile | undefined, filePath: string, text: string, number: number, eol: string, keepRaw: boolean): Item | undefined {
  const body = number === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return keepRaw ? { type: 'raw', raw: text, eol } : undefined;
  const bom = text.length - body.length;
  return {
    type: 'prompt',
    task: { text: body },
    meta: { filePath, id: `${file?.display ?? filePath}:${number}`, locate: shiftLines(number - 1), span: [bom, text.length], raw: text, eol },
  };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*prompt(?:[ \t].*)?$/;

/** The ```prompt blocks of a Markdown file: content span and first content line. */
export function promptBlocks(text: string): { start: number; end: number; line: number }[] {
  const blocks: { start: number; end: number; line: number }[] = [];
  const index = new LineIndex(text);
  for (let line = 1; line <= index.lineCount; line++) {
    const lineStart = index.lineStart(line);
    const lineEnd = line < index.lineCount ? lineEndOf(text, index.lineStart(line + 1)) : text.length;
    const open = FENCE.exec(text.slice(lineStart, lineEnd));
    if (!open) continue;
    const fence = open[1]!;
    let close = line + 1;
    while (close <= index.lineCount) {
      const s = index.lineStart(close);
      const e = close < index.lineCount ? lineEndOf(text, index.lineStart(close + 1)) : text.length;
      if (closesFence(text.slice(s, e), fence)) break;
      close++;
    }
    const start = line < index.lineCount ? index.lineStart(line + 1) : text.length;
    // The block ends before the newline that precedes the closing fence (or at the end of the file).
    const end = close <= index.lineCount ? Math.max(start, lineEndOf(text, index.lineStart(close))) : text.length;
    blocks.push({ start, end, line: line + 1 });
    line = close;
  }
  return blocks;
}

/** CommonMark: up to three spaces, the fence character at least as many times, then only blanks. */
function closesFence(line: string, fence: string): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let run = 0;
  while (line[i + run] === fence[0]) run++;
  if (run < fence.length) return false;
  return line.slice(i + run).trim() === '';
}

/** Given the start of the next line, the end of this line's text (before its line break). */
function lineEndOf(text: string, nextLineStart: number): number {
  let e = nextLineStart;
  if (text.charCodeAt(e - 1) === 10) e--;
  if (text.charCodeAt(e - 1) === 13) e--;
  return e;
}

/** The file's text and, when asked, whether its bytes were all UTF-8 (checked on this one read). */
async function readWhole(file: SourceFile, checkUtf8: boolean): Promise<{ text: string; utf8?: boolean }> {
  try {
    const bytes = await readFile(file.path);
    const text = bytes.toString('utf8');
    return checkUtf8 ? { text, utf8: isUtf8(bytes) } : { text };
  } catch (error) {
    throw describeIoError(error, file.display);
  }
}

function openStream(file: SourceFile): Readable {
  const stream = createReadStream(file.path, { highWaterMark: 64 * 1024 });
  return stream;
}

/** Items for one file, in order. */
async function* fileItems(file: SourceFile, options: ReadOptions): AsyncGenerator<Item> {
  const filePath = file.path;
  if (file.kind === 'jsonl' || file.kind === 'lines') {
    yield { type: 'file', file };
    const each = file.kind === 'jsonl' ? jsonlLine : lineItem;
    let lastBytes = 0;
    let utf8 = true;
    try {
      for await (const line of readLines(openStream(file), options.checkUtf8 ? () => (utf8 = false) : undefined)) {
        const item = each(file, filePath, line.text, line.number, line.eol, options.keepRaw);
        if (item) yield item;
        if (options.onBytes && line.bytes !== lastBytes) {
          options.onBytes(line.bytes - lastBytes);
          lastBytes = line.bytes;
        }
      }
    } catch (error) {
      if (error instanceof IoError) throw error;
      throw describeIoError(error, file.display);
    }
    yield options.checkUtf8 ? { type: 'end', file, utf8 } : { type: 'end', file };
    return;
  }

  const { text, utf8 } = await readWhole(file, options.checkUtf8 === true);
  const end: Item = utf8 === undefined ? { type: 'end', file } : { type: 'end', file, utf8 };
  options.onBytes?.(file.size);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // File positions as an editor shows them: a byte order mark is not a column of line 1.
  const visible = (p: { line: number; column: number }) => (p.line === 1 && bom ? { line: 1, column: p.column - bom } : p);
  yield { type: 'file', file, text };
  if (file.kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text.slice(bom));
    } catch (error) {
      const { message, column } = parseError(error);
      const pos = visible(new LineIndex(text).position(column - 1 + bom));
      yield { type: 'fatal', report: fatalReport(filePath, `${file.display}:${pos.line}`, text, message, pos.line, pos.column) };
      yield end;
      return;
    }
    const index = new LineIndex(text);
    if (!Array.isArray(value)) {
      yield { type: 'fatal', report: fatalReport(filePath, `${file.display}:1`, text, `Invalid file: expected an array of records (${RECORD_KEYS})`, 1) };
    } else {
      const elements = arrayElements(text);
      for (let i = 0; i < value.length; i++) {
        const [start] = elements[i]!;
        const line = index.position(start).line;
        const record = toRecord(value[i]);
        if (typeof record === 'string') {
          const p = visible(index.position(start));
          yield { type: 'fatal', report: fatalReport(filePath, `${file.display}:${line}`, text.slice(start, elements[i]![1]), `Invalid record [${i}]: ${record}`, p.line, p.column) };
          continue;
        }
        const span = promptValueSpan(text, start)!;
        yield recordItem(file, filePath, line, record, { literalAt: visible(index.position(span[0])), literalSource: text, span, json: true });
      }
    }
  } else if (file.kind === 'markdown') {
    const blocks = promptBlocks(text);
    // A Markdown file met in a directory walk is a prompt file only if it has prompt blocks
    // (a README is not a prompt); one named on the command line is linted whole.
    if (blocks.length === 0 && file.found) {
      /* not a prompt file */
    } else if (blocks.length === 0) {
      yield { type: 'prompt', task: { text: text.slice(bom) }, meta: { filePath, id: `${file.display}:1`, span: [bom, text.length] } };
    } else {
      for (const b of blocks) {
        yield { type: 'prompt', task: { text: text.slice(b.start, b.end) }, meta: { filePath, id: `${file.display}:${b.line}`, locate: shiftLines(b.line - 1), span: [b.start, b.end] } };
      }
    }
  } else {
    yield { type: 'prompt', task: { text: text.slice(bom) }, meta: { filePath, id: `${file.display}:1`, span: [bom, text.length] } };
  }
  yield end;
}

export interface Sources {
  prompts: readonly string[];
  stdin: boolean;
  lines: boolean;
  files: readonly SourceFile[];
  stdinStream?: Readable;
}

/** Reads all of standard input (one prompt). */
async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function* readSources(sources: Sources, options: ReadOptions): AsyncGenerator<Item> {
  for (let i = 0; i < sources.prompts.length; i++) {
    yield { type: 'prompt', task: { text: sources.prompts[i]! }, meta: { filePath: '<text>', id: `<text>#${i + 1}` } };
  }
  if (sources.stdin) {
    const stream = sources.stdinStream ?? process.stdin;
    if (sources.lines) {
      let any = false;
      for await (const line of readLines(stream)) {
        const item = lineItem(undefined, '<stdin>', line.text, line.number, line.eol, false);
        if (item) {
          any = true;
          yield item;
        }
      }
      if (!any) throw new IoError('Standard input is empty: nothing to lint.');
    } else {
      const raw = await readAll(stream);
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === '') throw new IoError('Standard input is empty: nothing to lint.');
      yield { type: 'prompt', task: { text }, meta: { filePath: '<stdin>', id: '<stdin>:1' } };
    }
  }
  for (const file of sources.files) yield* fileItems(file, options);
}
