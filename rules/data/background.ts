import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Phrases that push what they attach to out of the foreground.
 * - `position`: where something is, away from the subject ("in the background", "in the
 *   distance", "behind them"). At the start of a sentence or clause it covers what follows
 *   ("In the background, people walk"); elsewhere it covers the noun phrase just before it
 *   ("crowds passing in the background").
 * - `modifier`: a word inside a noun phrase that makes it context ("distant hills",
 *   "blurred figures").
 * - `lead`: place words that make context only when they open a sentence or clause
 *   ("Outside, a car passes"; but "a cat looks through the window" keeps its cat).
 * - `dressing`: introduces what fills or surrounds a place or subject ("lined with shops",
 *   "surrounded by trees"): the noun phrases after it are set dressing.
 * - `excluded`: what follows is asked NOT to appear ("no people, cars or animals").
 * - `negativePrompt`: a negative prompt written into the text ("-neg …", "Negative prompt:
 *   …"): nothing after it is in the shot.
 */
export default {
  position: [
    'in the background', 'in background', 'in the far background', 'in the distant background', 'in the backdrop', 'in the distance',
    'in distance', 'in the far distance', 'far in the distance', 'on the horizon', 'along the horizon',
    'far away', 'far off', 'far behind', 'behind them', 'behind him', 'behind her', 'behind it', 'behind us',
    'behind the subject', 'passing by', 'walking by', 'going by', 'out of focus', 'in soft focus', 'in the periphery',
    'at the edges of the frame', 'at the edge of the frame', 'on the sidelines', 'from the sidelines', 'in the stands',
    'from the stands', 'in the crowd', 'background', 'backdrop', 'off-screen', 'offscreen',
  ],
  lead: ['outside', 'behind', 'outside the window', 'through the window', 'beyond', 'meanwhile in the background', 'elsewhere', 'around them', 'around him', 'around her'],
  modifier: ['distant', 'faraway', 'far-off', 'blurred', 'blurry', 'out-of-focus', 'defocused', 'faint', 'silhouetted'],
  excluded: ['no', 'without', 'not', 'never', 'avoid', 'free of', 'instead of', 'rather than', 'except'],
  negativePrompt: ['negative prompt', 'negative prompts', 'neg', 'negative'],
  dressing: [
    'surrounded by', 'lined with', 'dotted with', 'filled with', 'full of', 'teeming with', 'teems with', 'teem with', 'bustling with', 'bustles with', 'framed by', 'against a backdrop of', 'set against', 'amid', 'amidst', 'among', 'amongst',
  ],
} satisfies LexiconData;
