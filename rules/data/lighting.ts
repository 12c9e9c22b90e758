import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Light: its source, quality, direction and colour temperature. */
export default {
  source: ['sunlight', 'moonlight', 'streetlamp', 'neon', 'candlelight', 'lamp', 'practical lamp', 'firelight', 'headlights', 'spotlight', 'lantern'],
  quality: ['golden hour', 'blue hour', 'soft light', 'hard light', 'diffused', 'overcast', 'glow', 'sunlit', 'moonlit', 'dim', 'dimly lit', 'high-key', 'low-key', 'chiaroscuro'],
  direction: ['backlight', 'backlit', 'rim light', 'side light', 'key light', 'top light', 'silhouette'],
} satisfies LexiconData;
