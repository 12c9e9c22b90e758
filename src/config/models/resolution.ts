/**
 * Resolutions as people write them ("1080p", "1080P", "4K", "1920x1080", "UHD", "full HD") reduced
 * to one spelling: the short side in pixels plus "p" ("2160p"). Profiles and settings are compared
 * in it. Names are looked up with spaces, hyphens and underscores removed ("full-HD" → "fullhd").
 */
const NAMED: Readonly<Record<string, number>> = {
  '2k': 1440, '4k': 2160, uhd: 2160, ultrahd: 2160, '5k': 2880, '8k': 4320, fhd: 1080, fullhd: 1080, qhd: 1440, quadhd: 1440,
  hd: 720, highdefinition: 720, sd: 480,
};
/**
 * Names of a class of resolutions rather than one: "HD" is 720p or more, so a model that renders
 * 768p or 1080p has it. The same reading as `no-settings-in-prose` gives the words in a prompt.
 */
const AT_LEAST: Readonly<Record<string, number>> = { hd: 720, highdefinition: 720 };
const nameKey = (value: string) => value.trim().toLowerCase().replace(/[\s_-]+/g, '');
const HEIGHT = /^(\d{3,4})[pi]$/;
const DIMENSIONS = /^(\d{3,4})\s*[x\u00D7]\s*(\d{3,4})$/;

/** The short side in pixels, or undefined when the text is not a resolution. */
export function resolutionHeight(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  const named = NAMED[nameKey(v)];
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

/** The lowest height a class name asks for ("HD", "high definition": 720), or undefined for a single resolution. */
export function resolutionFloor(value: string): number | undefined {
  return AT_LEAST[nameKey(value)];
}

/**
 * The list (a model's resolutions) offers the resolution, in whatever spelling either is written;
 * a class ("HD") is offered by any resolution of the class.
 */
export function offersResolution(resolutions: readonly string[], value: string): boolean {
  const floor = resolutionFloor(value);
  if (floor !== undefined) return resolutions.some((r) => (resolutionHeight(r) ?? 0) >= floor);
  const wanted = normalizeResolution(value);
  return resolutions.some((r) => normalizeResolution(r) === wanted);
}

/** The lowest of the resolutions at least `height` high, normalised ("HD" under Hailuo 02: 768p). */
export function lowestFrom(resolutions: readonly string[], height: number): string | undefined {
  let best: string | undefined;
  for (const r of resolutions) {
    const h = resolutionHeight(r) ?? 0;
    if (h >= height && (best === undefined || h < resolutionHeight(best)!)) best = normalizeResolution(r);
  }
  return best;
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
