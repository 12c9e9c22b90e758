/**
 * Template placeholders left in a prompt: `[Product]`, `{subject}`, `<location>`. A linear scan:
 * an opening bracket, up to 80 characters with no bracket or newline, the matching close.
 */
import type { Placeholder } from '../types.js';

const CLOSE: Record<string, string> = { '[': ']', '{': '}', '<': '>' };
const MAX_INNER = 80;

export function findPlaceholders(text: string, skip: readonly (readonly [number, number])[] = []): Placeholder[] {
  const out: Placeholder[] = [];
  let skipIndex = 0;
  for (let i = 0; i < text.length; i++) {
    while (skipIndex < skip.length && i >= skip[skipIndex]![1]) skipIndex++;
    if (skipIndex < skip.length && i >= skip[skipIndex]![0]) {
      i = skip[skipIndex]![1] - 1;
      continue;
    }
    const open = text[i]!;
    const close = CLOSE[open];
    if (!close) continue;
    let j = i + 1;
    while (j < text.length && j - i <= MAX_INNER + 1) {
      const c = text[j]!;
      if (c === close || c === '\n' || c === '\r' || c in CLOSE || c === ']' || c === '}' || c === '>') break;
      j++;
    }
    if (j < text.length && text[j] === close) {
      const inner = text.slice(i + 1, j).trim();
      // An inner text must hold a letter: "[ ]", "<3" and "{}" are not placeholders.
      if (/\p{L}/u.test(inner)) {
        out.push({ open: open as Placeholder['open'], inner, start: i, end: j + 1, tokenStart: -1, tokenEnd: -1 });
      }
      i = j;
    }
  }
  return out;
}
