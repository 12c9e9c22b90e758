/**
 * Offsets ↔ 1-based line/column. Lines break at \n, \r\n and a lone \r; columns count UTF-16
 * code units, as editors and ESLint do.
 */
import type { Position, Range, SourceLocation } from '../types.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // Most prompts are one line: two native searches instead of a loop over every character.
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  position(offset: number): Position {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  offset(position: Position): number {
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(position.column, 1) - 1, this.text.length);
  }

  location(range: Range): SourceLocation {
    return { start: this.position(range[0]), end: this.position(range[1]) };
  }
}
