/**
 * Which words one version of a prompt added and which it removed, regardless of order: each word
 * of one version is paired with an unpaired word of the other that has the same dictionary form
 * (`walks` ↔ `walking`), or failing that the same spelling, or failing that a spelling one slip
 * away (`walkng` ↔ `walking`). What is left unpaired changed; moving a word or a clause, or fixing
 * a typo, changes nothing.
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
  pairTypos(before, after, left, right);
  return { added: right, removed: left };
}

/** Shortest word whose slip is taken for a typo: shorter words one letter apart are mostly other words ("cat", "car"). */
const TYPO_MIN_LENGTH = 4;

/**
 * Pairs what is left that differs by one slip of the keyboard after the first letter, when one
 * side is a word the part-of-speech lexicon does not know ("walkng" → "walking", "snwo" → "snow"):
 * a typo fixed or made. Two known words one letter apart ("rain", "ruin") are two words; so are
 * two that start differently ("boat", "goat"), since that lexicon lacks many plain nouns.
 */
function pairTypos(before: readonly Token[], after: readonly Token[], left: number[], right: number[]): void {
  for (let a = 0; a < left.length; a++) {
    const x = before[left[a]!]!;
    if (x.kind !== 'word' || x.norm.length < TYPO_MIN_LENGTH) continue;
    const b = right.findIndex((j) => {
      const y = after[j]!;
      return y.kind === 'word' && y.norm.length >= TYPO_MIN_LENGTH && y.norm[0] === x.norm[0] && (!x.known || !y.known) && oneSlipApart(x.norm, y.norm);
    });
    if (b < 0) continue;
    left.splice(a--, 1);
    right.splice(b, 1);
  }
}

/** One letter changed, added or left out, or two neighbours swapped. */
export function oneSlipApart(x: string, y: string): boolean {
  if (x === y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}

function words(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === 'word' || kind === 'number' || kind === 'cjk') out.push(i);
  }
  return out;
}
