/**
 * Lines of the form `# shotlint-…` are directives, not prompt text: the analysis skips them so
 * they are never counted or matched, while offsets into the original text stay exact.
 */
import type { Directive } from '../types.js';

/** `[start, end)` of each directive line (the line's own text, without its newline). */
export function directiveLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.includes('shotlint-')) return out;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let k = lineStart;
    while (k < lineEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (text.charCodeAt(k) === 35 /* # */) {
      let m = k + 1;
      while (m < lineEnd && text.charCodeAt(m) === 32) m++;
      if (text.startsWith('shotlint-', m)) out.push([lineStart, lineEnd]);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return out;
}

const KINDS: Record<string, Directive['kind']> = { disable: 'disable', 'disable-next-line': 'disable-next-line' };

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Parses each directive line: `# shotlint-<keyword> <rule>[, <rule>] -- <reason>`. The rule list
 * ends at ` -- `; the reason is the rest of the line. `lines` are the spans from `directiveLines`.
 */
export function parseDirectives(text: string, lines: readonly (readonly [number, number])[]): Directive[] {
  const out: Directive[] = [];
  for (let n = 0; n < lines.length; n++) {
    const [start, end] = lines[n]!;
    let k = text.indexOf('shotlint-', start) + 'shotlint-'.length;
    const keywordStart = k;
    while (k < end && !isSpace(text.charCodeAt(k))) k++;
    const keyword = text.slice(keywordStart, k);
    // The reason follows the first " -- " (a lone "--" at the end of the line gives an empty reason),
    // or a spaced em or en dash, which editors and phones make of a typed "--".
    const [listEnd, sepLength] = reasonSeparator(text, k, end);
    const reason = listEnd < end ? text.slice(listEnd + sepLength, end).trim() : '';
    const rules: { id: string; start: number; end: number }[] = [];
    let i = k;
    while (i < listEnd) {
      while (i < listEnd && (isSpace(text.charCodeAt(i)) || text[i] === ',')) i++;
      const s = i;
      while (i < listEnd && !isSpace(text.charCodeAt(i)) && text[i] !== ',') i++;
      if (i > s) rules.push({ id: text.slice(s, i), start: s, end: i });
    }
    const directive: Directive = { kind: KINDS[keyword] ?? 'unknown', keyword, start, end, rules, reason };
    if (directive.kind === 'disable-next-line') directive.target = nextLine(text, end, lines, n + 1);
    out.push(directive);
  }
  return out;
}

const DASHES = ['--', '\u2014', '\u2013'];

/** Where the first spaced separator between `from` and `end` starts, and its length; `[end, 0]` without one. */
function reasonSeparator(text: string, from: number, end: number): [number, number] {
  for (let i = from; i < end; i++) {
    if (!isSpace(text.charCodeAt(i - 1))) continue;
    for (const dash of DASHES) {
      if (text.startsWith(dash, i) && (i + dash.length >= end || isSpace(text.charCodeAt(i + dash.length)))) return [i, dash.length];
    }
  }
  return [end, 0];
}

/** The first line after `from` that is not a directive line (blank lines count as lines). */
function nextLine(text: string, from: number, lines: readonly (readonly [number, number])[], nextDirective: number): [number, number] | undefined {
  let lineStart = from;
  let d = nextDirective;
  for (;;) {
    if (lineStart >= text.length) return undefined;
    lineStart += text.charCodeAt(lineStart) === 13 && text.charCodeAt(lineStart + 1) === 10 ? 2 : 1;
    if (lineStart > text.length) return undefined;
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    if (d < lines.length && lines[d]![0] === lineStart) {
      d++;
      lineStart = lineEnd;
      continue;
    }
    return [lineStart, lineEnd];
  }
}

/** The text without its directive lines (each removed with its line break): the prompt as sent. */
export function stripDirectiveLines(text: string): string {
  const lines = directiveLines(text);
  if (lines.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of lines) {
    out += text.slice(from, start);
    from = end;
    if (text.charCodeAt(from) === 13) from++;
    if (text.charCodeAt(from) === 10) from++;
  }
  return out + text.slice(from);
}
