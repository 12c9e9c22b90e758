/**
 * Inline negative prompts: the words after a "-neg" or "--no" flag, or after a "Negative prompt:"
 * label, list what the video must not show. "-neg inconsistent lighting, shaky camera" gives the
 * prompt no lighting and no camera direction, so these words are not the prompt's components.
 * A flag's list runs to the next flag ("-neg blur, dark -camera zoom in") or the end of its line;
 * a label's list runs to the end of its line.
 */
import type { Token } from '../types.js';
import { NEGATIVE_FLAGS, NEGATIVE_LABELS } from '../../rules/data/negative.js';
import { firstIndexWhere } from './sort.js';

const FLAGS = new Set(NEGATIVE_FLAGS);
/** Labels as word lists, longest first: "negative prompt" before "negative". */
const LABELS = NEGATIVE_LABELS.map((l) => l.split(' ')).sort((a, b) => b.length - a.length);
const DASHES = new Set(['-', '\u2013', '\u2014']);
/** A cheap test that the text could hold a flag or a label at all. */
const MAYBE = /[nN][eE][gG]|[-\u2013\u2014][nN][oO]/;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Whether a flag opens at token `i`: a dash (or two) after a space, glued to a word. Returns the word's index or -1. */
function flagWord(text: string, tokens: readonly Token[], i: number): number {
  if (!DASHES.has(tokens[i]!.text) || (tokens[i]!.start > 0 && !isSpace(text[tokens[i]!.start - 1]))) return -1;
  let k = i + 1;
  if (k < tokens.length && tokens[k]!.text === '-' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  const word = tokens[k];
  return word && word.kind === 'word' && word.start === tokens[k - 1]!.end ? k : -1;
}

/** A line break between tokens `k - 1` and `k`. */
function newlineBefore(text: string, tokens: readonly Token[], k: number): boolean {
  return k > 0 && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
}

/** Token ranges `[start, end)` of inline negative prompts, in order; empty for most prompts. */
export function negativePromptSpans(text: string, tokens: readonly Token[]): [number, number][] {
  if (!MAYBE.test(text)) return [];
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let from = -1;
    let flag = false;
    const w = flagWord(text, tokens, i);
    if (w >= 0 && FLAGS.has(tokens[w]!.norm)) {
      from = w + 1;
      flag = true;
    } else if (t.kind === 'word') {
      for (const label of LABELS) {
        const end = i + label.length;
        if (end >= tokens.length || tokens[end]!.text !== ':') continue;
        let k = 0;
        while (k < label.length && tokens[i + k]!.norm === label[k]) k++;
        if (k === label.length) {
          from = end + 1;
          break;
        }
      }
    }
    if (from < 0) continue;
    if (flag && tokens[from]?.text === ':') from++;
    // One walk to the end of the line, or for a flag to the next flag: linear however many flags.
    let to = from;
    while (to < tokens.length && !newlineBefore(text, tokens, to) && !(flag && flagWord(text, tokens, to) >= 0)) to++;
    if (to > from) spans.push([from, to]);
    i = Math.max(i, to - 1);
  }
  return spans;
}

/** Whether token `index` is inside one of the spans (in order and apart). */
export function inNegativePrompt(spans: readonly (readonly [number, number])[], index: number): boolean {
  const k = firstIndexWhere(spans.length, (s) => spans[s]![1] > index);
  return k < spans.length && spans[k]![0] <= index;
}
