import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Sound: dialogue, effects and ambience, for models that generate audio. */
export default {
  dialogue: ['says', 'whispers', 'dialogue', 'voiceover', 'narration'],
  effect: ['sound of', 'footsteps', 'thunder'],
  ambience: ['ambience', 'ambient sound', 'birdsong', 'music', 'soundtrack', 'silence'],
} satisfies LexiconData;
