import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Phrases that push what they attach to into the background. */
export default {
  marker: ['in the background', 'in the distance', 'behind', 'passing by', 'background'],
} satisfies LexiconData;
