import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Verbs of state and pose: a subject doing only these gives a still picture. */
export default {
  verb: ['be', 'have', 'sit', 'stand', 'lie', 'rest', 'pose', 'wear', 'seem', 'appear', 'remain', 'stay', 'exist', 'contain', 'show', 'feature', 'depict'],
} satisfies LexiconData;
