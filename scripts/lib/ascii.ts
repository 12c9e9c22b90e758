/**
 * JavaScript rewritten in ASCII: each character past U+007F becomes a \u escape of its UTF-16
 * code unit. The build applies it to dist/ (esbuild leaves such characters in comments and
 * regular expressions): V8 keeps an all-ASCII source one byte per character, while a single "—"
 * in a comment makes the whole file a two-byte string, which Node decodes, and V8 scans, more
 * slowly at every start. A \u escape means the same character in a string, a template, an
 * identifier, a regular expression (with or without the u flag, where an escaped surrogate
 * pair is one code point) and a comment. Only lines that held such a character get longer.
 */
export function asciiOnly(code: string): string {
  return code.replace(/[^\0-\x7F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
