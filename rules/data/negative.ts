import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Exclusion phrasing ("no text overlays", "without people", "avoid blur"). */
export default {
  marker: ['no', 'without', 'avoid', 'never', 'not'],
} satisfies LexiconData;
