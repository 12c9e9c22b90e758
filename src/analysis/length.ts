/**
 * Length in words for a word budget, for scripts written without spaces too.
 *
 * Han, Hiragana and Katakana carry about one English word per one and a half characters: the
 * Chinese and English versions of the VBench-2.0 prompts average 1.42 characters per word (1.49
 * on prompts of 40 words or more). Counting each character as a word would put an 80-word budget
 * at about 53 words.
 *
 * Thai, Lao, Khmer and Myanmar put no spaces between words either, and the tokenizer reads a
 * whole phrase of them as one word. Their code points (letters with their vowel and tone marks)
 * count five to a word. Measured on 834 human translations of English messages of ten words or
 * more into Thai, Khmer and Myanmar (the gettext catalogues of GTK, APT, dpkg and PAM): 5.17 code
 * points per English word, and within 13% of five for each script (Thai 4.92, Khmer 5.04,
 * Myanmar 5.65); at five, a mean error of 17.6% per message. Counting dictionary words
 * (`Intl.Segmenter`) did worse: 1.29 of them per English word (Khmer 1.14, Myanmar 1.47), a mean
 * error of 35% counted one each and still 21% once scaled by 1.29. Lao, with no such catalogue
 * here, is written like Thai and takes the same five. The dictionary only places the report.
 */
import type { PromptAnalysis, Token } from '../types.js';
import { isAddress } from './tokenize.js';

/** Budget units: an English word is 15, a CJK character 10 (1.5 to a word), a Thai, Lao, Khmer or Myanmar code point 3 (5 to a word). */
const WORD = 15;
const CJK_CHAR = 10;
const SPACELESS_CHAR = 3;

/** Thai, Lao, Myanmar (with its extensions A and B), Khmer and Khmer symbols: first and last code point. */
const SPACELESS_RANGES: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0xa9e0, 0xa9ff],
  [0xaa60, 0xaa7f],
  [0x1780, 0x17ff],
  [0x19e0, 0x19ff],
];
const escape = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const SPACELESS = new RegExp(`[${SPACELESS_RANGES.map(([first, last]) => `${escape(first)}-${escape(last)}`).join('')}]`);

function isSpaceless(c: number): boolean {
  // Every range lies above U+0E00: Latin text is decided by one comparison.
  if (c < 0x0e00) return false;
  for (let r = 0; r < SPACELESS_RANGES.length; r++) if (c >= SPACELESS_RANGES[r]![0] && c <= SPACELESS_RANGES[r]![1]) return true;
  return false;
}

/** The text has Thai, Lao, Khmer or Myanmar letters: only then can the budget count exceed `wordCount`. */
export function hasSpacelessScript(analysis: PromptAnalysis): boolean {
  return SPACELESS.test(analysis.text);
}

/**
 * Walks a word token with Thai, Lao, Khmer or Myanmar letters: theirs count five to a word, and
 * each run of other characters glued to them ("Sony", "4K") one word. Stops at the code point
 * that takes the units past `room`: `past` is the offset in the token of the dictionary word, or
 * the run, holding it; -1 when none does.
 */
function walkSpaceless(text: string, room: number): { units: number; past: number } {
  let units = 0;
  let inRun = false;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isSpaceless(c)) {
      if (inRun) from = k;
      units += SPACELESS_CHAR;
      inRun = false;
      if (units > room) return { units, past: from + wordStart(text.slice(from), k - from) };
    } else if (!inRun) {
      units += WORD;
      inRun = true;
      if (units > room) return { units, past: k };
    }
  }
  return { units, past: -1 };
}

function hasSpacelessChar(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (isSpaceless(text.charCodeAt(k))) return true;
  return false;
}

/**
 * The web addresses and file names of the prompt ("https://…", "IMG_2972.JPG"): each is one word
 * of the budget, though the word count (words and numbers) leaves it out.
 */
export function addressCount(analysis: PromptAnalysis): number {
  let n = 0;
  for (const t of analysis.tokens) if (isAddress(t)) n++;
  return n;
}

/** A token's budget units, or -1 for a word token that needs `walkSpaceless` (only looked for when the prompt has such letters: `scan`). */
function units(t: Token, scan: boolean): number {
  if (t.kind === 'cjk') return CJK_CHAR;
  if (t.kind === 'number') return WORD;
  if (t.kind === 'symbol') return isAddress(t) ? WORD : 0;
  if (t.kind !== 'word') return 0;
  return scan && hasSpacelessChar(t.text) ? -1 : WORD;
}

/**
 * Words as a length budget counts them: CJK characters at 1.5 per word, Thai, Lao, Khmer and
 * Myanmar code points at 5 per word, rounded up; a web address or a file name one word. Equal to
 * `wordCount` plus the addresses for other scripts.
 */
export function budgetWords(analysis: PromptAnalysis): number {
  // Without CJK characters (the word count includes them, the word list does not) and without
  // the scripts a token holds a whole phrase of, skip the walk.
  const scan = hasSpacelessScript(analysis);
  if (analysis.wordCount === analysis.words.length && !scan) return analysis.wordCount + addressCount(analysis);
  let total = 0;
  for (const t of analysis.tokens) {
    const w = units(t, scan);
    total += w >= 0 ? w : walkSpaceless(t.text, Infinity).units;
  }
  return Math.ceil(total / WORD);
}

/**
 * Where the budget passes `max` words (a UTF-16 offset), or -1: the start of the token that
 * passes it, or, inside a run of Thai, Lao, Khmer or Myanmar, the start of the dictionary word
 * (`Intl.Segmenter`) in which it is passed.
 */
export function firstOffsetPast(analysis: PromptAnalysis, max: number): number {
  const room = max * WORD;
  const scan = hasSpacelessScript(analysis);
  let total = 0;
  for (const t of analysis.tokens) {
    let w = units(t, scan);
    if (w < 0) {
      const walk = walkSpaceless(t.text, room - total);
      if (walk.past >= 0) return t.start + walk.past;
      w = walk.units;
    }
    total += w;
    if (total > room) return t.start;
  }
  return -1;
}

let segmenter: Intl.Segmenter | null | undefined;

/** The start of the dictionary word holding offset `k` of `text` (Thai, Lao, Khmer or Myanmar); `k` itself without a segmenter. */
function wordStart(text: string, k: number): number {
  if (segmenter === undefined) segmenter = typeof Intl === 'object' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  return segmenter ? (segmenter.segment(text).containing(k)?.index ?? k) : k;
}
