/** ESLint-shaped JSON: an array with one object per prompt. Streams element by element. */
import type { Formatter } from './types.js';

export const json: Formatter = {
  name: 'json',
  description: 'ESLint-shaped JSON array, one object per prompt',
  create() {
    let first = true;
    return {
      begin: () => '[',
      result(r) {
        const out = `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
        first = false;
        return out;
      },
      end: () => (first ? ']\n' : '\n]\n'),
    };
  },
};
