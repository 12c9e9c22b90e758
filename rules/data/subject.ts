import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Things that can carry a shot as its subject; `animate` ones act on their own. */
export default {
  animate: ['person', 'people', 'man', 'woman', 'child', 'girl', 'boy', 'dog', 'cat', 'bird', 'horse', 'car'],
} satisfies LexiconData;
