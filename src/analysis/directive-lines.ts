/**
 * Lines of the form `# shotlint-…` are directives, not prompt text: the analysis skips them so
 * they are never counted or matched, while offsets into the original text stay exact.
 */

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
