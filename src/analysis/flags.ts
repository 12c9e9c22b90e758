/**
 * Tool flags: the parameters Pika, Midjourney and other tools read out of a prompt's text
 * ("--ar 16:9", "-gs 8", "-neg blur", "-camera zoom in"). One grammar for the whole analysis:
 *
 * - opener: one or two dashes (en and em dashes too) glued to the flag's name, after a space, a
 *   comma or the prompt's start ("-ar 9:16", "--ar 16:9", "—ar 9:16", ",-motion 4"). A known name
 *   is a flag also with a space after its dash ("- gs 7"), glued to a sentence's end ("night.--gs 22")
 *   or after two dashes glued to a word ("Elsa--ar 16:9"); a flag that takes a number also after
 *   one en or em dash glued to a word ("futuristic—ar9.16").
 * - name: a word; glued to its value ("-gs8", "-ar9:16", "-res1080p") or, with no dash of its own,
 *   joined to it by a hyphen ("AR-16:9", "fps-24").
 * - value: the run of touching tokens after the name, up to punctuation other than a colon or a
 *   decimal point ("16:9", "2.35:1", "1080p"); or, after a space, the next such run ("-ar 16:9").
 *
 * Which names mean what (a setting, a negative list) is each reader's business; the names are in
 * rules/data/setting.ts and rules/data/negative.ts.
 */
import type { Token } from '../types.js';
import { NEGATIVE_FLAGS } from '../../rules/data/negative.js';
import { CAMERA_FLAG_MOVES, NUMBER_FLAGS, RESOLUTION_GRADES, RESOLUTION_WORDS, SETTING_FLAGS, TOOL_FIELDS, VALUE_FLAG_NAMES, WORD_FLAGS } from '../../rules/data/setting.js';
import { DASHES, isWordToken, lineBreakBetween } from './tokenize.js';

/** Names of flags that take a number or a ratio: "- gs 7", "- ar 16:9", ".--seed 5", "- gs5". */
export const NUMBER_NAMES: ReadonlySet<string> = new Set([...NUMBER_FLAGS, ...Object.keys(SETTING_FLAGS), ...Object.keys(VALUE_FLAG_NAMES)]);
/** Names of flags whose value is words, or that take none: "-camera zoom in", "-neg blur", "-hide". */
export const WORD_NAMES: ReadonlySet<string> = new Set([...WORD_FLAGS, ...NEGATIVE_FLAGS]);
/** Every flag name the analysis knows. */
export const FLAG_NAMES: ReadonlySet<string> = new Set([...WORD_NAMES, ...NUMBER_NAMES]);
/** The negative flags that are no English word: "- neg blur" is a flag, "- no people" and "- negative space" are items of a list. */
const LIST_NAMES = new Set(NEGATIVE_FLAGS.filter((f) => f !== 'no' && f !== 'negative'));
const CAMERA_MOVES = new Set(CAMERA_FLAG_MOVES);
/** Punctuation a flag is glued to when typed straight after a sentence: "night.--gs 22", "(blur)-ar 16:9". */
const CLOSING = new Set(['.', ';', '!', '?', ')', ']', '"', '\u201d', "'"]);
/**
 * A name and its value in one word: "gs8", "ar9" (of "ar9:16"), "res1080p", "gn8motion1"; hyphen-joined "ar-16",
 * "fps-24", "9-motion3"; with the next flags chained on ("gs1-motion1", "gs15-motion").
 */
const GLUED = /^(?:\d+-)?([a-z]+)(-?)(\d[\d.a-z]*)((?:-[a-z][a-z\d.]*)*)$/;

/** A flag's name glued to its value in one word. */
export interface GluedFlag {
  name: string;
  value: string;
  /** A hyphen joins them ("ar-16"). */
  hyphen: boolean;
  /** More flags are chained on in the same word ("gs1-motion1"). */
  chained: boolean;
}

/**
 * A word that is a flag's name glued to its value: its name, its value, whether a hyphen joins
 * them ("ar-16") and whether more flags are chained on in the same word ("gs1-motion1").
 */
export function gluedFlag(norm: string): GluedFlag | undefined {
  // The value starts with a digit: most words have none and skip the pattern.
  let digit = false;
  for (let k = 0; k < norm.length && !digit; k++) digit = norm.charCodeAt(k) >= 48 && norm.charCodeAt(k) <= 57;
  if (!digit) return undefined;
  const m = GLUED.exec(norm);
  return m === null ? undefined : { name: m[1]!, value: m[3]!, hyphen: m[2] === '-', chained: m[4] !== '' };
}

/**
 * Whether token `k` names a flag on its own, whatever the dash before it looks like: a negative
 * list ("neg blur"), the camera's move ("camera zoom in") or a number's name before its number
 * ("gs 7", "ar 16:9", "gs5"). A word like "cinematic" after a spaced dash is a tag of a list.
 */
export function namesFlag(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  if (word?.kind !== 'word') return false;
  if (LIST_NAMES.has(word.norm)) return true;
  if (word.norm === 'camera' || word.norm === 'cam') return CAMERA_MOVES.has(tokens[k + 1]?.norm ?? '');
  return namesNumberFlag(tokens, k);
}

const VALUE_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(VALUE_FLAG_NAMES));

/**
 * Where a flag typed straight after a word by its dash starts inside word token `k` ("-ar16" of
 * "deformed-ar16:9", "-motion4" of "shot-motion4", "-ar" of "4k-ar 16:9"): the text offset of that
 * dash, or -1. The name takes a number glued to it, or is an aspect-ratio or frame-rate name with
 * its value written apart; "low-res", "slow-motion" and "life-size" are words.
 */
export function joinedFlagStart(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  const glued = joinedGluedCut(t.norm, takesNumber);
  let tried = 0;
  for (let cut = t.norm.indexOf('-'); cut > 0 && (glued < 0 || cut < glued) && tried++ < MAX_JOINS_BEFORE_FLAG; cut = t.norm.indexOf('-', cut + 1)) {
    const setting = VALUE_NAMES.get(t.norm.slice(cut + 1));
    const next = tokens[k + 1];
    if (setting === undefined || next?.kind !== 'number' || next.start === t.end) continue;
    if (setting === 'frame rate' || (setting === 'aspect ratio' && tokens[k + 2]?.text === ':' && tokens[k + 3]?.kind === 'number')) return joinedAt(t, cut);
  }
  return glued < 0 ? -1 : joinedAt(t, glued);
}

const RESOLUTION_TAGS: ReadonlySet<string> = new Set(Object.keys(RESOLUTION_WORDS));
const GRADES: ReadonlySet<string> = new Set(RESOLUTION_GRADES);

/**
 * Whether word `k` is a resolution typed as a tag ("4k", "1080p"), or its part before a flag
 * typed onto it at text offset `joined` ("4k" of "4k-ar 16:9"), standing alone: a setting typed
 * among the flags, not a word of prose or an item of a negative list ("8K Ultra HD" is one name).
 */
export function resolutionTag(text: string, tokens: readonly Token[], k: number, joined = -1): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return RESOLUTION_TAGS.has(joined >= 0 ? text.slice(t.start, joined).toLowerCase() : t.norm) && !(before !== undefined && before.end === t.start - 1 && GRADES.has(before.norm));
}

/**
 * How many of a word's hyphens a flag typed onto it is looked for after ("ultra-high-detailed-ar16"
 * has three). Each try reads the rest of the word, so trying every hyphen of a join thousands of
 * words long ("a-a-a-…") would take time quadratic in its length.
 */
export const MAX_JOINS_BEFORE_FLAG = 8;

/** The text offset of the hyphen at `cut` in a token's norm: the flag's part is ASCII, as long in the text as in the norm, so count back from the token's end. */
export const joinedAt = (t: Token, cut: number) => t.end - t.norm.length + cut;

/** A flag that takes a number, glued to it without a hyphen ("ar16", "gs8"). */
const takesNumber = (glued: GluedFlag) => !glued.hyphen && NUMBER_NAMES.has(glued.name);

/**
 * The first hyphen inside a word after which a flag's name glued to its value follows that
 * `takes` accepts ("deformed-ar16", "road-ar16" of "road-ar16:9"), or -1.
 */
export function joinedGluedCut(norm: string, takes: (glued: GluedFlag) => boolean): number {
  let tried = 0;
  for (let cut = norm.indexOf('-'); cut > 0 && tried++ < MAX_JOINS_BEFORE_FLAG; cut = norm.indexOf('-', cut + 1)) {
    const glued = gluedFlag(norm.slice(cut + 1));
    if (glued !== undefined && takes(glued)) return cut;
  }
  return -1;
}

/** Whether token `k` is the name of a flag that takes a number, before its number or glued to it ("gs 7", "ar 16:9", "ar9.16"). */
export function namesNumberFlag(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!;
  if (NUMBER_NAMES.has(word.norm)) return tokens[k + 1]?.kind === 'number';
  const glued = gluedFlag(word.norm);
  return glued !== undefined && !glued.hyphen && NUMBER_NAMES.has(glued.name);
}

/**
 * Whether a flag opens at token `i`: dashes after a space, glued to a word or number ("-ar", "--ar", "----ar").
 * Tag lists also glue a flag to a comma (",-motion 4", ",-neg blur", ",-8k"); there it takes a
 * word, since a dash before a number after a comma may be a minus ("1,-2"). A flag's own name
 * (see `namesFlag`) is a flag also with a space after its dash ("- gs 7", "-- neg: blur"), glued
 * to the end of a sentence ("night.--gs 22") or two dashes glued to a word ("Elsa--ar 16:9").
 * Returns the index of the flag's word, or -1.
 */
export function flagWord(text: string, tokens: readonly Token[], i: number): number {
  // Asked of every token: a word or number (most of them) is no dash, without a lookup.
  const kind = tokens[i]!.kind;
  if (kind === 'word' || kind === 'number' || !DASHES.has(tokens[i]!.text)) return -1;
  const before = tokens[i]!.start > 0 ? text[tokens[i]!.start - 1] : undefined;
  // What the tokenizer skipped before the dash (a space, a "\n" written out, an element such as "<br>") separates it.
  const separated = i === 0 || tokens[i - 1]!.end < tokens[i]!.start;
  const afterComma = before === ',';
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.text === '-' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  const word = tokens[k];
  if (word === undefined) return -1;
  const spaced = separated || afterComma;
  const touches = word.start === tokens[k - 1]!.end;
  if (spaced && touches) return word.kind === 'word' || (word.kind === 'number' && !afterComma) ? k : -1;
  // The looser forms hold only for a flag's own name: elsewhere the dash is a separator or a hyphen.
  const loose = spaced ? !newlineBefore(text, tokens, k) : touches && (CLOSING.has(before!) || (k > i + 1 && /\w/.test(before!)));
  if (loose) return namesFlag(tokens, k) ? k : -1;
  // One en or em dash glued to a word ("futuristic—ar9.16") opens only a flag that takes a number: "street—camera pan" is prose.
  return touches && k === i + 1 && tokens[i]!.text !== '-' && /\w/.test(before!) && namesNumberFlag(tokens, k) ? k : -1;
}

/** The first dash of the flag whose name is token `k` ("--ar", "-gs8", "- gs 7"), or -1. */
export function flagDash(text: string, tokens: readonly Token[], k: number): number {
  let d = k - 1;
  while (d > 0 && tokens[d - 1]!.text === '-' && touching(tokens, d - 1, d)) d--;
  return d >= 0 && flagWord(text, tokens, d) === k ? d : -1;
}

/** Quotation marks around a JSON key or value. */
const FIELD_QUOTES = new Set(['"', '\u201C', '\u201D', '&quot;']);

/**
 * Whether token `i` is in the value of a field named by one of `names`: its clause (at most
 * eight tokens before it) opens right after a colon that closes a field name of one or two
 * words, bare or quoted ("Camera: orbit", `"audio": "a clock ticking"`, "Camera movement: orbit").
 */
export function inFieldValue(tokens: readonly Token[], i: number, names: ReadonlySet<string>): boolean {
  const clause = tokens[i]!.clause;
  let k = i;
  while (k > 0 && tokens[k - 1]!.clause === clause) if (--k < i - 8) return false;
  if (tokens[k - 1]?.text !== ':') return false;
  let name = k - 2;
  if (name >= 0 && FIELD_QUOTES.has(tokens[name]!.text)) name--;
  for (let j = name; j >= 0 && j >= name - 1 && isWordToken(tokens[j]); j--) if (names.has(tokens[j]!.norm)) return true;
  return false;
}

const TOOL_FIELD = new Set<string>(TOOL_FIELDS);

/** The most tokens a field typed in lower case is read over for the value's form. */
const MAX_LOWER_FIELD = 8;

/**
 * Token `i` names a field of a tool's form before its colon: capitalised ("Message: SUN CITY (Font:
 * MODERN)"), or in lower case where its value is what the form takes, shouted to the prompt's end
 * or before its capitalised font ("… city message: BLADE", "message: grupo Armenia (FONT: MODERN)";
 * not "an encrypted message: “YOU TOO”", "drawing message: Light painting. Camera …").
 */
export function toolField(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || tokens[i + 1]?.text !== ':' || !TOOL_FIELD.has(t.norm)) return false;
  if (t.text !== t.norm) return true;
  let shouted = true;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + MAX_LOWER_FIELD; k++) {
    const v = tokens[k]!;
    if (v.text === '(') return k > i + 2 && toolField(tokens, k + 1) && tokens[k + 1]!.text !== tokens[k + 1]!.norm;
    if (v.kind !== 'word' && v.kind !== 'number') return false;
    if (v.kind === 'word') shouted &&= v.text === v.text.toUpperCase() && v.text !== v.norm;
    if (k === tokens.length - 1) return shouted;
  }
  return false;
}

/** Tokens i and j touch (no space between). */
export function touching(tokens: readonly Token[], i: number, j: number): boolean {
  return tokens[i] !== undefined && tokens[j] !== undefined && tokens[i]!.end === tokens[j]!.start;
}

/** Token i is a full stop between touching digits ("2.85"). */
function decimalPoint(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === '.' && tokens[i + 1]?.kind === 'number' && touching(tokens, i, i + 1) && /\d$/.test(tokens[i - 1]!.text);
}

/** Brackets that close around a flag written inside them ("[… --ar 9:16]"): never part of its value. */
const CLOSING_BRACKETS = new Set([']', '}']);

/**
 * The end of a flag's value that goes on at token `end`: the tokens touching from there on, up to
 * punctuation other than a colon or a decimal point ("16:9", "1080p", "2.85:1"), and before a
 * closing bracket; a ratio may have a space after its colon ("16: 9").
 */
export function valueEnd(tokens: readonly Token[], end: number): number {
  while (end < tokens.length && (touching(tokens, end - 1, end) || (tokens[end - 1]!.text === ':' && tokens[end]!.kind === 'number')) && (tokens[end]!.kind !== 'punct' || tokens[end]!.text === ':' || decimalPoint(tokens, end)) && !CLOSING_BRACKETS.has(tokens[end]!.text)) end++;
  return end;
}

/** A line break between tokens `k - 1` and `k` (typed, written out as "\n", or an element such as "<br>"). */
export function newlineBefore(text: string, tokens: readonly Token[], k: number): boolean {
  return k > 0 && lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start);
}
