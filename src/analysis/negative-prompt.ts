/**
 * Inline negative prompts: the words after a "-neg" or "--no" flag, or after a "Negative prompt:"
 * label, list what the video must not show. "-neg inconsistent lighting, shaky camera" gives the
 * prompt no lighting and no camera direction, so these words are not the prompt's components.
 *
 * A list runs to the next flag ("-neg blur, dark -camera zoom in -ar 16:9") or the end of its
 * line, not of its sentence: real lists hold full stops ("-neg blur. static. drawing, smoke",
 * "-neg no distorted faces. no text, no words"). What a flag is, flags.ts says.
 */
import type { NegativePrompt, Token } from '../types.js';
import { NEGATIVE_FLAGS, NEGATIVE_LABELS, NEGATIVE_QUOTED_LIST_WORDS } from '../../rules/data/negative.js';
import { firstIndexWhere } from './sort.js';
import { flagWord, joinedFlagStart, namesFlag, namesNumberFlag, newlineBefore, resolutionTag, toolField } from './flags.js';
import { isOpeningMark, jsonStart } from './quotes.js';

const FLAGS = new Set(NEGATIVE_FLAGS);
const QUOTED_LIST_WORDS = new Set(NEGATIVE_QUOTED_LIST_WORDS);
/** Labels as word lists, longest first: "negative prompt" before "negative". */
const LABELS = NEGATIVE_LABELS.map((l) => l.split(' ')).sort((a, b) => b.length - a.length);
/** Words a label can start with: most words start none. */
const LABEL_STARTS = new Set(LABELS.map((l) => l[0]!));
/** A cheap test that the text could hold a flag or a label at all. */
const MAYBE = /neg|[-\u2013\u2014]no|avoid|exclu|include|show/i;
/** Joins the words of a JSON key ("negative_prompt"). */
const KEY_JOINER = '_';

/** Punctuation a clause of tags opens after: not a quotation mark, which names the flag ("add 'neg morphing'"). */
const LIST_PUNCT = new Set([',', '.', ';', ':', '-', '\u2013', '\u2014', '|', ')']);
/** Marks glued after a dashless flag name, as after a label: "neg: outdoors", "neg- cloning". */
const LABEL_MARKS = new Set([':', '-']);

/**
 * A flag name that is no English word ("neg"), typed without its dash, opens a list when it opens
 * its clause (after punctuation or the prompt's start) or follows a tool's number ("gs 12 neg
 * blur"), or when a colon or dash is glued to it ("realism neg: outdoors"), and a word follows.
 * After a quotation mark it is named, not used: "add 'neg morphing' to the prompt".
 */
function opensBareList(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  let next = tokens[i + 1];
  const marked = next !== undefined && LABEL_MARKS.has(next.text) && next.start === tokens[i]!.end;
  if (marked) next = tokens[i + 2];
  if (next?.kind !== 'word') return false;
  return before === undefined || marked || before.kind === 'number' || LIST_PUNCT.has(before.text);
}

/** Letters and digits only: the word a flag is glued to. */
const WORD_PART = /^[\p{L}\p{N}]+$/u;

/** A flag name that is no English word glued by its dash to the end of a word: "forest-neg", "HD-neg" (not "non-negative"). */
export function gluedFlagName(norm: string): boolean {
  const dash = norm.indexOf('-');
  return dash > 0 && QUOTED_LIST_WORDS.has(norm.slice(dash + 1)) && WORD_PART.test(norm.slice(0, dash));
}

/**
 * A word ending in a negative flag glued to it ("lush forest-neg slow movement, morphing") opens a
 * list when something follows on its line.
 */
function gluedListOpener(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return gluedFlagName(tokens[i]!.norm) && next !== undefined && !newlineBefore(text, tokens, i + 1) && (next.kind === 'word' || isOpeningMark(next, tokens[i]!));
}

/**
 * A label at token `i`: its words (a JSON key's joined by "_"), then a colon, or a JSON key's
 * closing mark and a colon (`"avoid": […]`). It opens its clause or is capitalised: "Avoid: text"
 * and "Seed: 42 Negative prompt: blur" are sections, "try to avoid: …" is not. Returns the index
 * of the colon, or -1.
 */
function labelAt(tokens: readonly Token[], i: number): number {
  if (!LABEL_STARTS.has(tokens[i]!.norm)) return -1;
  const before = tokens[i - 1];
  if (before?.kind === 'word' && tokens[i]!.text === tokens[i]!.norm) return -1;
  for (const label of LABELS) {
    let k = i;
    let w = 0;
    while (w < label.length && tokens[k]?.norm === label[w]) {
      w++;
      k++;
      if (w < label.length && tokens[k]?.text === KEY_JOINER) k++;
    }
    if (w < label.length) continue;
    if (tokens[k]?.text === '"' && tokens[k]!.start === tokens[k - 1]!.end) k++;
    if (tokens[k]?.text === ':') return k;
  }
  return -1;
}

/** Brackets that open a JSON value, with the one that closes it. */
const JSON_CLOSE = new Map([['"', '"'], ['[', ']'], ['{', '}']]);

/**
 * The end of a JSON value opening at token `at` (a string, or an array or object of them): the
 * token after its closing mark or bracket, or -1. Marks inside strings do not count as brackets.
 */
function jsonValueEnd(tokens: readonly Token[], at: number, json: number): number {
  const open = tokens[at];
  if (open === undefined || json < 0 || open.start < json) return -1;
  const close = JSON_CLOSE.get(open.text);
  if (close === undefined) return -1;
  let depth = 0;
  let inString = open.text === '"';
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '"') {
      // An escaped mark inside a string is part of it.
      if (tokens[k - 1]!.text === '\\' && tokens[k - 1]!.end === t.start) continue;
      if (close === '"') return k + 1;
      inString = !inString;
    } else if (!inString && t.text === open.text) depth++;
    else if (!inString && t.text === close && depth-- === 0) return k + 1;
  }
  return -1;
}

/**
 * "Negative prompt: ugly, blurry. Style: anime": a capitalised word glued to a colon after a full
 * stop opens the next field of the prompt, which ends the list.
 */
const opensField = (tokens: readonly Token[], k: number) => {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return t.kind === 'word' && t.text !== t.norm && tokens[k + 1]?.text === ':' && tokens[k + 1]!.start === t.end && (prev?.text === '.' || prev?.text === ';');
};

/**
 * The inline negative prompts, in order and apart. A flag with nothing after it ("--no -neg: blur")
 * is kept with an empty list, so that its "no" is not read as prose.
 */
export function findNegativePrompts(text: string, tokens: readonly Token[], json: number = jsonStart(text)): NegativePrompt[] {
  if (!MAYBE.test(text)) return [];
  const found: NegativePrompt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let from = -1;
    // A list opened by a dashless name ends at the next flag written without its dash too ("neg warping, ar 16:9").
    let bare = false;
    const w = flagWord(text, tokens, i);
    if (w >= 0 && FLAGS.has(tokens[w]!.norm)) {
      from = w + 1;
      if (tokens[from]?.text === ':') from++;
    } else if (t.kind === 'word' && gluedListOpener(text, tokens, i)) {
      // A flag glued to the word before it, which the tokenizer keeps as one hyphenated word: "forest-neg blur".
      from = i + 1;
    } else if (t.kind === 'word' && QUOTED_LIST_WORDS.has(t.norm) && isOpeningMark(tokens[i + 1], t)) {
      // A flag's name typed without its dash before a quoted list: `neg "blurry, low-light"`.
      from = i + 1;
    } else if (t.kind === 'word' && QUOTED_LIST_WORDS.has(t.norm) && opensBareList(tokens, i)) {
      // Or before a bare list: "…, neg morphing, blurry", "gs 12 neg ugly", "neg: outdoors", "Neg- dark".
      from = i + 1;
      bare = true;
      if (LABEL_MARKS.has(tokens[from]?.text ?? '') && tokens[from]!.start === t.end) from++;
    } else if (t.kind === 'word') {
      const colon = labelAt(tokens, i);
      if (colon >= 0) from = colon + 1;
    }
    if (from < 0) continue;
    // A JSON value ends with its string, array or object: `"avoid": ["text", "logos"], "style": …`.
    const valueEnd = from > 0 && t.kind === 'word' ? jsonValueEnd(tokens, from, json) : -1;
    if (valueEnd >= 0) {
      found.push({ opener: i, tokenStart: from + 1, tokenEnd: valueEnd - 1 });
      i = valueEnd - 1;
      continue;
    }
    // One walk to the end of the line or the next flag: linear however many lists.
    let to = from;
    // Any list ends at a tool's number written without its dash ("-neg blur, merging seed 277764", "-neg morphing, ar 10:11"):
    // no negative field takes a setting.
    const flagAt = (k: number) => flagWord(text, tokens, k) >= 0 || (k > from && (bare ? namesFlag(tokens, k) : namesNumberFlag(tokens, k)));
    // So does a tool's field a chat export appends ("-neg blurry, fake  Message: 1 Attachment").
    let joined = -1;
    while (to < tokens.length && !newlineBefore(text, tokens, to) && !flagAt(to) && !(to > from && (opensField(tokens, to) || toolField(tokens, to)))) {
      // And at a flag typed onto its last word ("-neg blurry, deformed-ar16:9"): the word is listed, the flag is not.
      if (tokens[to++]!.kind === 'word' && (joined = joinedFlagStart(tokens, to - 1)) >= 0) break;
    }
    if (joined >= 0 || (to < tokens.length && flagAt(to))) {
      // The comma a tag list puts before the next flag (",-motion 4") closes the list; it is not in it.
      if (joined < 0 && to > from && tokens[to - 1]!.text === ',') to--;
      // A resolution typed just before the next flag ("-neg snow 4k-ar 16:9", "-neg blur, 4k, -ar 16:9") is
      // a setting among the flags, not an item.
      if (to - 1 > from && tokens[to - 1]!.kind === 'word' && resolutionTag(text, tokens, to - 1, joined)) {
        to--;
        if (to - 1 > from && tokens[to - 1]!.text === ',') to--;
      }
    }
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
