import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Exclusion phrasing ("no text overlays", "without people", "avoid blur"). */
export default {
  marker: ['no', 'without', 'avoid', 'never', 'not'],
} satisfies LexiconData;

/**
 * Words that start an exclusion instruction when they open a clause: "…, no people, no text".
 * Inside a noun phrase they describe ("a man with no shoes") and are left alone.
 */
export const EXCLUSION_MARKERS: readonly string[] = [
  'no', 'without', 'with no', 'avoid', 'avoiding', 'exclude', 'excluding', 'never show', 'do not show',
  "don't show", 'do not include', "don't include", 'do not add', "don't add", 'nothing like', 'free of', 'minus',
];

/** "No" phrases that describe rather than exclude: pronouns and idioms ("no one walks by"). */
export const NOT_EXCLUSIONS: readonly string[] = [
  'no one', 'nobody', 'no longer', 'no more than', 'no matter', 'no doubt', 'no sooner', 'no less', 'no way',
];

/** Labels that introduce an inline negative prompt ("Negative prompt: blurry, watermark", "--no text"). */
export const NEGATIVE_LABELS: readonly string[] = ['negative prompt', 'negative prompts', 'negatives', 'negative'];
export const NEGATIVE_FLAGS: readonly string[] = ['no', 'neg', 'negative'];
