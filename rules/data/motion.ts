import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Motion phrases that are not single verbs ("slow motion", "time-lapse"). */
export default {
  phrase: ['slow motion', 'time-lapse', 'timelapse', 'in motion'],
} satisfies LexiconData;
