/**
 * Applying safe fixes, as ESLint does: fixes sorted by position, overlapping ones deferred to a
 * later pass, passes repeated (up to 10) until nothing changes, so the result is idempotent.
 */
import type { Diagnostic, Fix } from '../types.js';

/** Applies the non-overlapping fixes of one pass; returns the new text and how many were applied. */
export function applyFixList(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = [...fixes]
    .filter((f) => f.range[0] >= 0 && f.range[1] <= text.length && f.range[0] <= f.range[1])
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.range[0] < cursor) continue; // overlaps the previous fix: leave it for the next pass
    out += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied++;
  }
  out += text.slice(cursor);
  return { text: out, applied };
}

/** Applies the safe fixes carried by `diagnostics` (one pass; see `Linter.fix` for the loop). */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
  const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
  return applyFixList(text, fixes).text;
}
