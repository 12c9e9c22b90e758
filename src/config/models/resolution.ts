/**
 * Resolutions as people write them ("1080p", "1080P", "4K", "1920x1080", "UHD") reduced to one
 * spelling: the short side in pixels plus "p" ("2160p"). Profiles and settings are compared in it.
 */
const NAMED: Readonly<Record<string, number>> = { '2k': 1440, '4k': 2160, uhd: 2160, '5k': 2880, '8k': 4320, fhd: 1080, hd: 720, qhd: 1440, sd: 480 };
const HEIGHT = /^(\d{3,4})[pi]$/;
const DIMENSIONS = /^(\d{3,4})\s*[x\u00D7]\s*(\d{3,4})$/;

/** The short side in pixels, or undefined when the text is not a resolution. */
export function resolutionHeight(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  const named = NAMED[v];
  if (named !== undefined) return named;
  const h = HEIGHT.exec(v);
  if (h) return Number(h[1]);
  const d = DIMENSIONS.exec(v);
  if (d) return Math.min(Number(d[1]), Number(d[2]));
  return undefined;
}

/** "4K" → "2160p", "768P" → "768p"; text that is not a resolution is returned trimmed. */
export function normalizeResolution(value: string): string {
  const h = resolutionHeight(value);
  return h === undefined ? value.trim() : `${h}p`;
}

/** The list (a model's resolutions) offers the resolution, in whatever spelling either is written. */
export function offersResolution(resolutions: readonly string[], value: string): boolean {
  const wanted = normalizeResolution(value);
  return resolutions.some((r) => normalizeResolution(r) === wanted);
}

/**
 * The resolution of the list closest in height to `height`, the first of a tie (so
 * `Number.MAX_SAFE_INTEGER` gives the highest); a value that is no resolution counts as 0.
 */
export function nearestResolution(resolutions: readonly string[], height: number): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  for (const r of resolutions) {
    const d = Math.abs((resolutionHeight(r) ?? 0) - height);
    if (d < distance) [best, distance] = [r, d];
  }
  return best;
}
