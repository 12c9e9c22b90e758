import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { diffWords, oneSlipApart } from '../src/engine/word-diff.js';
import type { Token } from '../src/types.js';

/** The words at the given token indexes, as written. */
const texts = (tokens: readonly Token[], indexes: readonly number[]) => indexes.map((i) => tokens[i]!.text);

function diff(before: string, after: string) {
  const a = analyze(before).tokens;
  const b = analyze(after).tokens;
  const { added, removed } = diffWords(a, b);
  return { added: texts(b, added), removed: texts(a, removed) };
}

describe('diffWords', () => {
  it('the same words, in any order or inflection, are no change', () => {
    expect(diff('A fox trots through snow, wide shot.', 'A fox trots through snow, wide shot.')).toEqual({ added: [], removed: [] });
    expect(diff('A fox trots through snow, wide shot.', 'Wide shot, a fox trotting through snow.')).toEqual({ added: [], removed: [] });
  });

  it('lists the words only one version has, in text order', () => {
    expect(diff('A fox trots through snow, wide shot.', 'A fox trots through deep snow, slow dolly in.')).toEqual({ added: ['deep', 'slow', 'dolly', 'in'], removed: ['wide', 'shot'] });
  });

  it('counts repeated words: one more of a word is one added', () => {
    expect(diff('A red fox and a red hen', 'A red fox')).toEqual({ added: [], removed: ['and', 'a', 'red', 'hen'] });
    expect(diff('light', 'light, light')).toEqual({ added: ['light'], removed: [] });
  });

  it('a typo fixed or made is no change when one side is a word the lexicon does not know', () => {
    expect(diff('A man walkng his dog in a park', 'A man walking his dog in a park')).toEqual({ added: [], removed: [] });
    expect(diff('A man walking his dog in a park', 'A man walkng his dog in a park')).toEqual({ added: [], removed: [] });
    expect(diff('a fox trotting through snwo', 'a fox trotting through snow')).toEqual({ added: [], removed: [] });
    // Two known words one letter apart are two words; so are short ones.
    expect(diff('rain over the old town', 'ruin over the old town')).toEqual({ added: ['ruin'], removed: ['rain'] });
    expect(diff('a man walks', 'a man talks')).toEqual({ added: ['talks'], removed: ['walks'] });
    expect(diff('a red boat on a lake', 'a red goat on a lake')).toEqual({ added: ['goat'], removed: ['boat'] });
    expect(diff('a cta', 'a cat')).toEqual({ added: ['cat'], removed: ['cta'] });
  });

  it('oneSlipApart: one letter changed, added, left out, or two neighbours swapped', () => {
    for (const [x, y] of [['walking', 'walkng'], ['walkng', 'walking'], ['snow', 'snwo'], ['forest', 'forrest'], ['light', 'lihgt'], ['sunset', 'sunsat']]) expect(oneSlipApart(x!, y!), `${x} ${y}`).toBe(true);
    for (const [x, y] of [['walking', 'walking'], ['walking', 'walki'], ['forest', 'frosts'], ['light', 'glith'], ['abcd', 'badc']]) expect(oneSlipApart(x!, y!), `${x} ${y}`).toBe(false);
  });

  it('ignores punctuation', () => {
    expect(diff('A fox, in snow.', 'A fox in snow')).toEqual({ added: [], removed: [] });
  });

  it('pairs a word within its group first, so the extra one is the one whose group changed', () => {
    const a = analyze('light boat').tokens;
    const b = analyze('light, light boat').tokens;
    const groupA = ['subject', 'subject'];
    const groupB = ['lighting', undefined, 'subject', 'subject'];
    // In text order the first "light" pairs with the old one; by group, the new one is the light.
    expect(diffWords(a, b)).toEqual({ added: [2], removed: [] });
    expect(diffWords(a, b, (i) => groupA[i], (i) => groupB[i])).toEqual({ added: [0], removed: [] });
    // A kept word whose group differs is still paired: it did not change.
    expect(diffWords(a, a, (i) => groupA[i], (i) => (i === 0 ? 'lighting' : groupA[i]))).toEqual({ added: [], removed: [] });
  });

  it('falls back to the spelling when the two readings give a word different dictionary forms', () => {
    const [left] = analyze('left').tokens;
    const asVerb = { ...left!, lemma: 'leave' };
    const asAdj = { ...left!, lemma: 'left' };
    expect(diffWords([asVerb], [asAdj])).toEqual({ added: [], removed: [] });
  });
});
