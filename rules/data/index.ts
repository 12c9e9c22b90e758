/** The lexicon categories the analysis matches, each a data file in this folder. */
import type { LexiconCategory } from '../../src/types.js';
import type { LexiconData } from '../../src/analysis/lexicon.js';
import abstract from './abstract.js';
import audio from './audio.js';
import background from './background.js';
import camera from './camera.js';
import environment from './environment.js';
import lighting from './lighting.js';
import motion from './motion.js';
import negative from './negative.js';
import setting from './setting.js';
import staticVerbs from './static.js';
import style from './style.js';
import subject from './subject.js';

export const LEXICONS: Readonly<Record<LexiconCategory, LexiconData>> = {
  abstract,
  audio,
  background,
  camera,
  environment,
  lighting,
  motion,
  negative,
  setting,
  static: staticVerbs,
  style,
  subject,
};
