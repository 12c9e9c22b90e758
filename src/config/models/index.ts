/** Model profiles: data, one file per model, each fact with its source. */
import type { ModelProfile } from '../../types.js';

export const models: readonly ModelProfile[] = [];
