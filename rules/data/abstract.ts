import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Words that praise instead of describe; the kind names what the word was standing in for. */
export default {
  light: ['beautiful', 'stunning', 'gorgeous'],
  camera: ['cinematic', 'epic'],
  setting: ['atmospheric'],
  general: ['amazing', 'breathtaking', 'incredible', 'awesome', 'nice', 'cool', 'perfect'],
  quality: ['masterpiece', 'best quality', 'high quality', '8k', 'ultra realistic', 'hyperrealistic'],
} satisfies LexiconData;
