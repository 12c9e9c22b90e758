/**
 * Inline negative prompts: the words after a "-neg" or "--no" flag, or after a "Negative prompt:"
 * label, list what the video must not show. "-neg inconsistent lighting, shaky camera" gives the
 * prompt no lighting and no camera direction, so these words are not the prompt's components.
 *
 * A list runs to the next flag ("-neg blur, dark -camera zoom in -ar 16:9") or the end of its
 * line, not of its sentence: real lists hold full stops ("-neg blur. static. drawing, smoke",
 * "-neg no distorted faces. no text, no words"). A flag is a dash (or two; en and em dashes too,
 * "—neg low quality") after a space or a comma, glued to a word or a number ("-9:16").
 */
import type { NegativePrompt, Token } from '../types.js';
import { NEGATIVE_FLAGS, NEGATIVE_LABELS } from '../../rules/data/negative.js';
import { CAMERA_FLAG_MOVES, NUMBER_FLAGS, SETTING_FLAGS, VALUE_FLAG_NAMES } from '../../rules/data/setting.js';
import { firstIndexWhere } from './sort.js';
import { DASHES } from './tokenize.js';

const FLAGS = new Set(NEGATIVE_FLAGS);
/** Labels as word lists, longest first: "negative prompt" before "negative". */
const LABELS = NEGATIVE_LABELS.map((l) => l.split(' ')).sort((a, b) => b.length - a.length);
/** A cheap test that the text could hold a flag or a label at all. */
const MAYBE = /[nN][eE][gG]|[-\u2013\u2014][nN][oO]/;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Names of flags that take a number or a ratio: "- gs 7", "- ar 16:9", ".--seed 5", "- gs5". */
const NUMBER_NAMES = new Set([...NUMBER_FLAGS, ...Object.keys(SETTING_FLAGS), ...Object.keys(VALUE_FLAG_NAMES)]);
/** The negative flags that are no English word: "- neg blur" is a flag, "- no people" and "- negative space" are items of a list. */
const LIST_NAMES = new Set(NEGATIVE_FLAGS.filter((f) => f !== 'no' && f !== 'negative'));
const CAMERA_MOVES = new Set(CAMERA_FLAG_MOVES);
/** Punctuation a flag is glued to when typed straight after a sentence: "night.--gs 22", "(blur)-ar 16:9". */
const CLOSING = new Set(['.', ';', '!', '?', ')', ']', '"', '\u201d', "'"]);
const NAME_DIGITS = /^([a-z]+)\d/;

/**
 * Whether token `k` names a flag on its own, whatever the dash before it looks like: a negative
 * list ("neg blur"), the camera's move ("camera zoom in") or a number's name before its number
 * ("gs 7", "ar 16:9", "gs5"). A word like "cinematic" after a spaced dash is a tag of a list.
 */
function namesFlag(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  if (word?.kind !== 'word') return false;
  if (LIST_NAMES.has(word.norm)) return true;
  if (word.norm === 'camera' || word.norm === 'cam') return CAMERA_MOVES.has(tokens[k + 1]?.norm ?? '');
  if (NUMBER_NAMES.has(word.norm)) return tokens[k + 1]?.kind === 'number';
  const glued = NAME_DIGITS.exec(word.norm);
  return glued !== null && NUMBER_NAMES.has(glued[1]!);
}

/**
 * Whether a flag opens at token `i`: a dash (or two) after a space, glued to a word or number.
 * Tag lists also glue a flag to a comma (",-motion 4", ",-neg blur", ",-8k"); there it takes a
 * word, since a dash before a number after a comma may be a minus ("1,-2"). A flag's own name
 * (see `namesFlag`) is a flag also with a space after its dash ("- gs 7", "-- neg: blur"), glued
 * to the end of a sentence ("night.--gs 22") or two dashes glued to a word ("Elsa--ar 16:9").
 * Returns the index of the flag's word, or -1.
 */
export function flagWord(text: string, tokens: readonly Token[], i: number): number {
  if (!DASHES.has(tokens[i]!.text)) return -1;
  const before = tokens[i]!.start > 0 ? text[tokens[i]!.start - 1] : undefined;
  const afterComma = before === ',';
  let k = i + 1;
  if (k < tokens.length && tokens[k]!.text === '-' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  const word = tokens[k];
  if (word === undefined) return -1;
  const spaced = before === undefined || isSpace(before) || afterComma;
  const touches = word.start === tokens[k - 1]!.end;
  if (spaced && touches) return word.kind === 'word' || (word.kind === 'number' && !afterComma) ? k : -1;
  // The looser forms hold only for a flag's own name: elsewhere the dash is a separator or a hyphen.
  const loose = spaced ? !newlineBefore(text, tokens, k) : touches && (CLOSING.has(before!) || (k === i + 2 && /\w/.test(before!)));
  return loose && namesFlag(tokens, k) ? k : -1;
}

/** A line break between tokens `k - 1` and `k`. */
export function newlineBefore(text: string, tokens: readonly Token[], k: number): boolean {
  return k > 0 && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
}

/**
 * The inline negative prompts, in order and apart. A flag with nothing after it ("--no -neg: blur")
 * is kept with an empty list, so that its "no" is not read as prose.
 */
export function findNegativePrompts(text: string, tokens: readonly Token[]): NegativePrompt[] {
  if (!MAYBE.test(text)) return [];
  const found: NegativePrompt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let from = -1;
    const w = flagWord(text, tokens, i);
    if (w >= 0 && FLAGS.has(tokens[w]!.norm)) {
      from = w + 1;
      if (tokens[from]?.text === ':') from++;
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
    // One walk to the end of the line or the next flag: linear however many lists.
    let to = from;
    while (to < tokens.length && !newlineBefore(text, tokens, to) && flagWord(text, tokens, to) < 0) to++;
    // The comma a tag list puts before the next flag (",-motion 4") closes the list; it is not in it.
    if (to > from && to < tokens.length && tokens[to - 1]!.text === ',' && flagWord(text, tokens, to) >= 0) to--;
    found.push({ opener: i, tokenStart: from, tokenEnd: to });
    i = Math.max(i, to - 1);
  }
  return found;
}

/** The negative prompt whose opener or list holds token `index`, if any (a binary search: prompts can be long). */
export function negativePromptAt(prompts: readonly NegativePrompt[], index: number): NegativePrompt | undefined {
  const k = firstIndexWhere(prompts.length, (p) => prompts[p]!.tokenEnd > index);
  return k < prompts.length && prompts[k]!.opener <= index ? prompts[k] : undefined;
}

/** Whether token `index` is one of the listed words of a negative prompt. */
export function inNegativePrompt(prompts: readonly NegativePrompt[], index: number): boolean {
  const p = negativePromptAt(prompts, index);
  return p !== undefined && index >= p.tokenStart;
}
