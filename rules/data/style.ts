import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Visual style and medium ("35mm film", "anime", "claymation"). */
export default {
  medium: ['film', 'anime', 'claymation', 'watercolor', 'documentary', 'photorealistic', 'black and white', 'cinema 4d'],
} satisfies LexiconData;
