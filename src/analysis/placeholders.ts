/**
 * Bracketed spans that may be template placeholders: `[Product]`, `{subject}`, `{{subject}}`,
 * `<location>`. A linear scan: an opening bracket, up to 80 characters with no bracket or line break,
 * the matching close. What is plainly not a slot is left out here, for every reader of the
 * analysis: numbers and timings (`[1]`, `[0-3s]`), `<3`, markdown links `[text](url)`, `[sic]`
 * and HTML tags (`<em>`, `</a>`). Whether the rest is an unfilled slot is the rule's call.
 */
import type { Placeholder } from '../types.js';
import { lineBreakEndsAt, lineBreakStartsAt } from './tokenize.js';

const CLOSE: Record<string, string> = { '[': ']', '{': '}', '<': '>' };
const MAX_INNER = 80;
/** Tags pasted from HTML into prompts; `<location>` is a slot, `<em>` is markup. */
const HTML_TAGS = new Set([
  'a', 'b', 'i', 'u', 's', 'p', 'em', 'strong', 'br', 'hr', 'li', 'ul', 'ol', 'div', 'span', 'code', 'pre',
  'sup', 'sub', 'small', 'mark', 'del', 'ins', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'table',
  'tr', 'td', 'th', 'font', 'center', 'html', 'body', 'head', 'title', 'script', 'style',
]);
const LETTER = /\p{L}/u;
const TAG_NAME_END = /[\s/]/;

function isLetterStart(inner: string): boolean {
  const c = inner.codePointAt(0);
  return c !== undefined && (LETTER.test(String.fromCodePoint(c)) || inner[0] === '_');
}

function isHtmlTag(inner: string): boolean {
  const name = (inner[0] === '/' ? inner.slice(1) : inner).split(TAG_NAME_END, 1)[0]!.toLowerCase();
  return HTML_TAGS.has(name);
}

export function findPlaceholders(text: string, skip: readonly (readonly [number, number])[] = []): Placeholder[] {
  const out: Placeholder[] = [];
  // Most prompts have no bracket at all: three native searches instead of a per-character loop.
  if (text.indexOf('[') < 0 && text.indexOf('{') < 0 && text.indexOf('<') < 0) return out;
  let skipIndex = 0;
  for (let i = 0; i < text.length; i++) {
    while (skipIndex < skip.length && i >= skip[skipIndex]![1]) skipIndex++;
    if (skipIndex < skip.length && i >= skip[skipIndex]![0]) {
      i = skip[skipIndex]![1] - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code !== 91 && code !== 123 && code !== 60) continue; // [ { <
    const open = text[i]!;
    const close = CLOSE[open]!;
    let j = i + 1;
    while (j < text.length && j - i <= MAX_INNER + 1) {
      const c = text[j]!;
      // A line break ends the span, typed or written out as text ("\n"; an element's "<" is a bracket).
      if (c === close || c === '\n' || c === '\r' || (c === '\\' && lineBreakStartsAt(text, j)) || c in CLOSE || c === ']' || c === '}' || c === '>') break;
      j++;
    }
    if (j >= text.length || text[j] !== close) continue;
    const inner = text.slice(i + 1, j).trim();
    let start = i;
    let end = j + 1;
    // `{{subject}}`: one placeholder, both braces included.
    if (open === '{' && text[i - 1] === '{' && text[j + 1] === '}') {
      start--;
      end++;
    }
    const keep =
      isLetterStart(inner) &&
      !(open === '[' && (text[j + 1] === '(' || text[i - 1] === '!')) && // [text](url), ![alt](src)
      !(open === '[' && inner.toLowerCase() === 'sic') &&
      !(open === '<' && isHtmlTag(inner)) &&
      !(open === '<' && inner[0] === '/');
    if (keep) out.push({ open: open as Placeholder['open'], inner, start, end, tokenStart: -1, tokenEnd: -1 });
    i = end - 1;
  }
  return out;
}

/**
 * Bare blanks: a run of three or more underscores standing on its own ("A ___ walks through ___"),
 * a form to fill in. Inside a word ("file___v2", "___init___") it is part of a name, and alone on
 * its line it is a Markdown horizontal rule.
 */
const BLANK = /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

export function findBlanks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (text.indexOf('___') < 0) return out;
  for (const m of text.matchAll(BLANK)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Alone on its line: only spaces between it and the line breaks, typed or as markup ("\n" written out, "<br>"; a short walk, never the whole line).
    let a = start;
    while (isSpace(text[a - 1])) a--;
    let b = end;
    while (isSpace(text[b])) b++;
    const alone = (a === 0 || lineBreakEndsAt(text, a)) && (b === text.length || lineBreakStartsAt(text, b));
    if (alone) continue;
    out.push({ start, end });
  }
  return out;
}
