/**
 * Which words one version of a prompt added and which it removed, regardless of order: each word
 * of one version is paired with an unpaired word of the other that has the same dictionary form
 * (`walks` ↔ `walking`), or failing that the same spelling. What is left unpaired changed;
 * moving a word or a clause changes nothing.
 */
import type { Token } from '../types.js';

export interface WordDiff {
  /** Token indexes of the new version's words that the old version does not have. */
  readonly added: readonly number[];
  /** Token indexes of the old version's words that the new version does not have. */
  readonly removed: readonly number[];
}

/**
 * Pairs the words (and numbers) of two token lists. `groupBefore`/`groupAfter` give each token a
 * group (a component, say): a word is paired within its own group first, so that when a version
 * has one more "light" than the other, the extra one is the one whose group lost or gained it.
 * Pairing is then by dictionary form across groups, then by spelling.
 */
export function diffWords(
  before: readonly Token[],
  after: readonly Token[],
  groupBefore: (index: number) => string | undefined = () => undefined,
  groupAfter: (index: number) => string | undefined = () => undefined,
): WordDiff {
  const left = words(before);
  const right = words(after);
  const passes: ((t: Token, group: string | undefined) => string)[] = [
    (t, group) => `${group ?? ''}\u0000${t.lemma}`,
    (t) => t.lemma,
    (t) => t.norm,
  ];
  for (const key of passes) {
    const open = new Map<string, number[]>();
    for (const i of left) {
      const k = key(before[i]!, groupBefore(i));
      const list = open.get(k);
      if (list) list.push(i);
      else open.set(k, [i]);
    }
    const paired = new Set<number>();
    const unpairedRight: number[] = [];
    for (const j of right) {
      const list = open.get(key(after[j]!, groupAfter(j)));
      const i = list?.shift();
      if (i === undefined) unpairedRight.push(j);
      else paired.add(i);
    }
    left.splice(0, left.length, ...left.filter((i) => !paired.has(i)));
    right.splice(0, right.length, ...unpairedRight);
    if (left.length === 0 || right.length === 0) break;
  }
  return { added: right, removed: left };
}

function words(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === 'word' || kind === 'number' || kind === 'cjk') out.push(i);
  }
  return out;
}
