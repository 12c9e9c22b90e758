import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Generation settings written as prose (resolution, frame rate, duration, aspect ratio). */
export default {
  resolution: ['1080p', '720p', '480p', '4k', '8k'],
  frameRate: ['fps', '24fps', '30fps', '60fps'],
} satisfies LexiconData;
