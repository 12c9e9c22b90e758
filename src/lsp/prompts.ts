/**
 * Where the prompts are in a document, and how offsets in a prompt map back to the document:
 * - `*.prompt`, `*.prompt.txt`: the whole file is one prompt;
 * - Markdown: each fenced ```prompt block is a prompt (a `*.prompt.md` without one is a prompt whole);
 * - `*.jsonl`: each record's `"prompt"` string, through its JSON escapes.
 */
import { member, parseJson, type JsonNode, type JsonObject, type JsonString } from './json.js';

export type DocumentKind = 'prompt' | 'markdown' | 'prompt-markdown' | 'jsonl';

export interface PromptRegion {
  kind: 'file' | 'fence' | 'record';
  /** The prompt text, as linted. */
  text: string;
  /** Document offset of the prompt's first character and just past its last. */
  start: number;
  end: number;
  /** Document offset of the line that introduces the prompt (fence line, record line, first line). */
  anchor: number;
  /** Maps an offset in `text` (0..text.length) to an offset in the document. */
  toDocument(offset: number): number;
  /** The document edit that replaces `text[from, to)` with `replacement`, in the document's encoding. */
  edit(from: number, to: number, replacement: string): { start: number; end: number; text: string };
  /** Per-prompt model and disabled rules (a JSONL record's `model`/`disable`, a fence's info JSON). */
  model?: string;
  disable?: string[];
  /** The JSONL record the prompt came from. */
  record?: JsonObject;
}

/** Which kind of prompt document a URI and language id are, or undefined when shotlint does not lint it. */
export function documentKind(uri: string, languageId: string): DocumentKind | undefined {
  let path = uri;
  const q = path.search(/[?#]/);
  if (q >= 0) path = path.slice(0, q);
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: judge the name as written.
  }
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.prompt') || name.endsWith('.prompt.txt')) return 'prompt';
  if (name.endsWith('.prompt.md')) return 'prompt-markdown';
  if (name.endsWith('.jsonl') || languageId === 'jsonl') return 'jsonl';
  if (name.endsWith('.md') || name.endsWith('.markdown') || languageId === 'markdown') return 'markdown';
  if (languageId === 'prompt') return 'prompt';
  return undefined;
}

export function extractPrompts(kind: DocumentKind, text: string): PromptRegion[] {
  switch (kind) {
    case 'prompt':
      return [plainRegion('file', text, 0, text.length, 0)];
    case 'markdown':
      return fencedPrompts(text);
    case 'prompt-markdown': {
      const fences = fencedPrompts(text);
      return fences.length > 0 || /^ {0,3}(?:```|~~~)/m.test(text) ? fences : [plainRegion('file', text, 0, text.length, 0)];
    }
    case 'jsonl':
      return jsonlPrompts(text);
  }
}

function plainRegion(kind: 'file' | 'fence', doc: string, start: number, end: number, anchor: number, extra: Partial<PromptRegion> = {}): PromptRegion {
  return {
    kind,
    text: doc.slice(start, end),
    start,
    end,
    anchor,
    toDocument: (offset) => start + offset,
    edit: (from, to, replacement) => ({ start: start + from, end: start + to, text: replacement }),
    ...extra,
  };
}

interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end >= text.length ? text.length + 1 : end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    yield { start, end, next };
    start = next;
  }
}

/** An opening fence: up to three spaces, then three or more backticks or tildes, then the info string. */
function openingFence(text: string, line: Line): { marker: string; info: string } | undefined {
  let k = line.start;
  while (k < line.end && k - line.start < 3 && text.charCodeAt(k) === 32) k++;
  const c = text[k];
  if (c !== '`' && c !== '~') return undefined;
  let m = k;
  while (m < line.end && text[m] === c) m++;
  if (m - k < 3) return undefined;
  return { marker: text.slice(k, m), info: text.slice(m, line.end).trim() };
}

/** Fenced blocks whose info string starts with `prompt` (CommonMark fences; other fences are skipped whole). */
function fencedPrompts(text: string): PromptRegion[] {
  const out: PromptRegion[] = [];
  let open: { marker: string; line: Line; prompt: boolean; info: string; contentStart: number } | undefined;
  let lastEnd = 0;
  for (const line of lines(text)) {
    if (!open) {
      const fence = openingFence(text, line);
      if (!fence) continue;
      const { marker, info } = fence;
      if (marker[0] === '`' && info.includes('`')) continue; // not a fence: inline code
      const lang = /^[^\s{]*/.exec(info)![0].toLowerCase();
      open = { marker, line, prompt: lang === 'prompt', info: info.slice(lang.length).trim(), contentStart: line.next };
      lastEnd = line.next;
      continue;
    }
    // A closing fence: up to three spaces, at least as many of the same marker, nothing after.
    let k = line.start;
    while (k < line.end && k - line.start < 3 && text.charCodeAt(k) === 32) k++;
    let n = 0;
    while (k < line.end && text[k] === open.marker[0]) k++, n++;
    const closes = n >= open.marker.length && text.slice(k, line.end).trim() === '';
    if (closes) {
      if (open.prompt) pushFence(out, text, open, open.contentStart, Math.max(open.contentStart, lastEnd));
      open = undefined;
      continue;
    }
    lastEnd = line.end;
  }
  // An unclosed fence runs to the end of the document, as in CommonMark.
  if (open?.prompt) pushFence(out, text, open, Math.min(open.contentStart, text.length), Math.min(Math.max(open.contentStart, lastEnd), text.length));
  return out;
}

function pushFence(out: PromptRegion[], text: string, open: { line: Line; info: string }, start: number, end: number): void {
  if (text.slice(start, end).trim() === '') return; // an empty block is being typed: nothing to say yet
  const extra: Partial<PromptRegion> = {};
  if (open.info.startsWith('{')) {
    // Like the rule docs: ```prompt {"model": "veo-3", "disable": ["max-words"]}
    const meta = parseJson(open.info);
    const model = member(meta, 'model');
    if (model?.type === 'string') extra.model = model.value;
    const disable = stringList(member(meta, 'disable'));
    if (disable) extra.disable = disable;
  }
  out.push(plainRegion('fence', text, start, end, open.line.start, extra));
}

function stringList(node: JsonNode | undefined): string[] | undefined {
  if (node?.type !== 'array') return undefined;
  return node.items.flatMap((i) => (i.type === 'string' ? [i.value] : []));
}

/**
 * Each JSONL record, as the CLI reads them: a JSON string, or an object with a string `prompt`;
 * lines that are not such records are left to a JSON tool.
 */
function jsonlPrompts(text: string): PromptRegion[] {
  const out: PromptRegion[] = [];
  for (const line of lines(text)) {
    // A byte order mark (when the editor leaves it in the text) is not part of the first record.
    let first = line.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : line.start;
    while (first < line.end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const c = text.charCodeAt(first);
    if (c !== 123 /* { */ && c !== 34 /* " */) continue;
    const record = parseJson(text, first, line.end);
    if (record?.type === 'string') {
      out.push(stringRegion(record, line.start));
      continue;
    }
    if (record?.type !== 'object') continue;
    const prompt = member(record, 'prompt');
    if (prompt?.type !== 'string') continue;
    const region = stringRegion(prompt, line.start);
    region.record = record;
    const model = member(record, 'model');
    if (model?.type === 'string') region.model = model.value;
    const disable = stringList(member(record, 'disable'));
    if (disable) region.disable = disable;
    out.push(region);
  }
  return out;
}

function stringRegion(node: JsonString, anchor: number): PromptRegion {
  const units = node.units;
  return {
    kind: 'record',
    text: node.value,
    start: units[0]!,
    end: units[node.value.length]!,
    anchor,
    toDocument: (offset) => units[Math.min(Math.max(offset, 0), node.value.length)]!,
    edit: (from, to, replacement) => ({ start: units[from]!, end: units[to]!, text: JSON.stringify(replacement).slice(1, -1) }),
  };
}
