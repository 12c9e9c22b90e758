/** Capital letters as evidence of names, and the sentences where they are no evidence. */
import type { Token } from '../types.js';

/** The word starts with an ASCII capital. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Sentences written in Title Case (most words capitalised): capitals there say nothing about names. */
export function titleCaseSentences(words: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let sentence = -1;
  let caps = 0;
  let total = 0;
  for (let w = 0; w <= words.length; w++) {
    const t = words[w];
    if (!t || t.sentence !== sentence) {
      if (total >= 3 && caps / total > 0.8) out.add(sentence);
      if (!t) break;
      sentence = t.sentence;
      caps = 0;
      total = 0;
    }
    if (t.kind !== 'word' || t.text.length < 2) continue;
    total++;
    if (isCapitalised(t.text)) caps++;
  }
  return out;
}
