/** Model profiles: data, one file per model, each fact with its source. */
import type { ModelProfile } from '../../types.js';
import hailuo02 from './hailuo-02.js';
import klingV26 from './kling-v2.6.js';
import ltx2Pro from './ltx-2-pro.js';
import seedance20 from './seedance-2.0.js';
import sora2 from './sora-2.js';
import sora2Pro from './sora-2-pro.js';
import veo3 from './veo-3.js';

export const models: readonly ModelProfile[] = Object.freeze([sora2Pro, sora2, klingV26, veo3, hailuo02, ltx2Pro, seedance20]);
