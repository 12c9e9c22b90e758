/**
 * Length in words for a word budget. Scripts written without spaces (Han, Hiragana, Katakana)
 * carry about one English word per one and a half characters: the Chinese and English versions
 * of the VBench-2.0 prompts average 1.42 characters per word (1.49 on prompts of 40 words or
 * more). Counting each character as a word would put an 80-word budget at about 53 words.
 */
import type { PromptAnalysis, Token } from '../types.js';

/** Two CJK characters count as two thirds of a word each: 1.5 characters per word. */
const CJK_THIRDS = 2;

function thirds(t: Token): number {
  return t.kind === 'word' || t.kind === 'number' ? 3 : t.kind === 'cjk' ? CJK_THIRDS : 0;
}

/** Words as a length budget counts them: CJK characters at 1.5 per word, rounded up. */
export function budgetWords(analysis: PromptAnalysis): number {
  // Without CJK characters (the word count includes them, the word list does not) skip the walk.
  if (analysis.wordCount === analysis.words.length) return analysis.wordCount;
  let total = 0;
  for (const t of analysis.tokens) total += thirds(t);
  return Math.ceil(total / 3);
}

/** Index of the first token that takes the budget past `max` words, or -1. */
export function firstTokenPast(analysis: PromptAnalysis, max: number): number {
  const { tokens } = analysis;
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = thirds(tokens[i]!);
    if (w === 0) continue;
    total += w;
    if (Math.ceil(total / 3) > max) return i;
  }
  return -1;
}
