/**
 * Quotations: words between a pair of quotation marks are said or written in the shot
 * (dialogue, a sign's text), not things in it or description of it. The subject pass, the
 * praise-word rule and the audio rule all read these spans, so they agree on what is quoted.
 */
import type { PromptAnalysis, Quotation, Token } from '../types.js';
import { NAME_LEADS } from '../../rules/data/environment.js';
import { isWordToken, lineBreakEndsAt, markOf, startsWithDigit } from './tokenize.js';
import { firstIndexWhere } from './sort.js';
import { newlineBefore, toolField } from './flags.js';

/**
 * Straight and curly double quotation marks, low-9 and guillemet openers, and CJK corner brackets;
 * also the HTML references scraped text writes them as ("&quot;Mom!&quot;"), which the tokenizer
 * keeps as one punctuation token each and `markOf` reads as the mark they stand for.
 */
const STRAIGHT = '"';
const OPEN_QUOTES = new Set([STRAIGHT, '\u201c', '\u201e', '\u00ab', '\u300c', '\u300e']);
const CLOSE_QUOTES = new Set([STRAIGHT, '\u201d', '\u00bb', '\u300d', '\u300f']);
/**
 * Single quotation marks, each with the mark that closes it, written as themselves or as a
 * reference ("&#39;The Matrix&#39;"). Being also apostrophes ("the dogs'
 * bowls", "'90s"), a single mark opens only glued to a word after it (not a number) and not to
 * one before, and closes only glued to what it ends and not to a word after it.
 */
const SINGLE = new Map([["'", "'"], ['\u2018', '\u2019']]);
/** A single mark as written, or the one its reference stands for (the norm folds a curly one to straight). */
const singleMark = (t: Token) => (t.text.charCodeAt(0) === 38 ? markOf(t) : t.text);
/** A quotation longer than this is more likely a stray mark than a line of dialogue. */
const MAX_QUOTE = 40;

/**
 * Whether the text between two tokens (what the tokenizer skipped: spaces and markup) holds a
 * blank line: two line breaks, typed, written out as text ("\n\n", four characters) or as
 * elements ("<br><br>", "</li><li>").
 */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from + 1; k <= to && breaks < 2; k++) if (lineBreakEndsAt(text, k)) breaks++;
  return breaks === 2;
}

/** A straight mark glued to a number is inches or seconds ("a 27\" screen", "27&quot;"), not a quotation mark. */
const isMark = (t: Token, marks: ReadonlySet<string>, before: Token | undefined) => {
  if (isWordToken(t)) return false;
  const mark = markOf(t);
  return marks.has(mark) && !(mark === STRAIGHT && before?.kind === 'number' && before.end === t.start);
};

/** An object opening on a quoted key: `{"scene": …`, `{ "subject" :`. */
const JSON_OBJECT = /\{\s*"[^"\n]{1,40}"\s*:/;

/**
 * Where a prompt written as JSON starts (its first `{"key":`), or -1. From there on the straight
 * marks delimit its keys and values, which are the prompt's own words; a line said or written in
 * the shot is an escaped mark (`"Chef: \"Welcome!\""`) or a curly one.
 */
export function jsonStart(text: string): number {
  if (!text.includes('{')) return -1;
  const m = JSON_OBJECT.exec(text);
  return m ? m.index : -1;
}

/** A straight mark that delimits a JSON string: unescaped, after the object opened. */
const isJsonDelimiter = (tokens: readonly Token[], i: number, from: number) => {
  const t = tokens[i]!;
  if (from < 0 || t.start < from || t.text !== STRAIGHT) return false;
  const before = tokens[i - 1];
  return !(before !== undefined && before.text === '\\' && before.end === t.start);
};

/**
 * A straight mark glued after a number closes a quotation opened glued to the same run, with no
 * space inside ("&quot;16:9&quot;", "\"1984\""): a quoted number, not inches after it.
 */
function closesGluedNumber(tokens: readonly Token[], open: number, k: number): boolean {
  if (markOf(tokens[k]!) !== STRAIGHT || markOf(tokens[open]!) !== STRAIGHT) return false;
  for (let j = open + 1; j <= k; j++) if (!glued(tokens[j - 1], tokens[j]!)) return false;
  return true;
}

/** Whether the token is an opening double quotation mark (straight, curly, low-9, guillemet, corner bracket or its HTML reference). */
export function isOpeningMark(t: Token | undefined, before: Token | undefined): boolean {
  return t !== undefined && isMark(t, OPEN_QUOTES, before);
}

/**
 * Pairs of quotation marks, in text order. An opening mark with no closing one within
 * `MAX_QUOTE` tokens, or before a blank line, quotes nothing: a stray mark does not swallow the
 * rest of the prompt. Nor do marks around the whole prompt; the quotations inside them count.
 */
export function findQuotations(text: string, tokens: readonly Token[], json: number = jsonStart(text)): Quotation[] {
  let out: Quotation[] | undefined;
  // Marks around the whole prompt quote the prompt itself, not a line said or written in the shot.
  const last = json === 0 ? undefined : wrappingClose(tokens);
  const end = last ?? tokens.length;
  for (let i = last === undefined ? 0 : 1; i < end; i++) {
    const open = tokens[i]!;
    if (isWordToken(open) || isJsonDelimiter(tokens, i, json)) continue;
    const single = singleOpening(tokens, i);
    if (single === undefined && !isMark(open, OPEN_QUOTES, tokens[i - 1])) continue;
    let close = -1;
    for (let k = i + 1; k < end && k <= i + MAX_QUOTE; k++) {
      const t = tokens[k]!;
      if (blankLineBetween(text, tokens[k - 1]!.end, t.start)) break;
      if (isJsonDelimiter(tokens, k, json)) continue;
      if (single !== undefined ? singleMark(t) === single && glued(tokens[k - 1], t) && !isWord(tokens[k + 1], t) : isMark(t, CLOSE_QUOTES, tokens[k - 1]) || closesGluedNumber(tokens, i, k)) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    (out ??= []).push({ start: open.start, end: tokens[close]!.end, tokenStart: i + 1, tokenEnd: close });
    i = close;
  }
  return out ?? NO_QUOTATIONS;
}

const NO_QUOTATIONS: Quotation[] = [];

/** The index of the mark closing one that opens the prompt, when only punctuation follows it ("&quot;a cute cat…&quot;"). */
function wrappingClose(tokens: readonly Token[]): number | undefined {
  if (tokens.length < 3) return undefined;
  // Single marks too: "&#39;Anders, the guy who steals apples&#39;".
  const single = singleOpening(tokens, 0);
  if (single === undefined && !isMark(tokens[0]!, OPEN_QUOTES, undefined)) return undefined;
  const closes = (k: number) => (single !== undefined ? singleMark(tokens[k]!) === single : isMark(tokens[k]!, CLOSE_QUOTES, tokens[k - 1]));
  let k = tokens.length - 1;
  while (k > 0 && !isWordToken(tokens[k]) && !closes(k)) k--;
  return k > 1 && closes(k) ? k : undefined;
}

const glued = (a: Token | undefined, b: Token) => a !== undefined && a.end === b.start;
/** A word or number token glued to `to` (after it), or undefined. */
const isWord = (t: Token | undefined, to: Token) => isWordToken(t) && glued(to, t);

/** The closing mark when token `i` opens a single-quoted span, else undefined. */
function singleOpening(tokens: readonly Token[], i: number): string | undefined {
  const close = SINGLE.get(singleMark(tokens[i]!));
  if (close === undefined) return undefined;
  const before = tokens[i - 1];
  if (isWordToken(before) && glued(before, tokens[i]!)) return undefined;
  // "'90s" abbreviates a decade.
  const next = tokens[i + 1];
  return isWord(next, tokens[i]!) && !startsWithDigit(next!.norm) ? close : undefined;
}

/** Whether the token at `index` is inside one of the quotations (not a mark itself); the spans are in order and apart. */
export function isQuoted(quotations: readonly Quotation[], index: number): boolean {
  const k = firstIndexWhere(quotations.length, (q) => quotations[q]!.tokenEnd > index);
  return k < quotations.length && quotations[k]!.tokenStart <= index;
}

/**
 * Whether a quotation reads as a title or a name: every word capitalised (small words after the
 * first may stay lowercase: "The Fox and the Grapes"), with two capitals at least when it has
 * small words ("Come on in" is a line), and neither exclaimed nor asked ("Reality Bites", "OK").
 */
export function titleQuotation(tokens: readonly Token[], q: Quotation): boolean {
  let inside = 0;
  let capitals = 0;
  let smalls = 0;
  for (let i = q.tokenStart; i < q.tokenEnd; i++) {
    const t = tokens[i]!;
    if (isWordToken(t)) {
      inside++;
      const c = t.text.charCodeAt(0);
      const lower = t.kind === 'word' && t.text[0] === t.norm[0] && !(c >= 48 && c <= 57);
      if (!lower) capitals++;
      else if (inside > 1 && (t.tag === 'det' || t.tag === 'prep' || t.tag === 'conj')) smalls++;
      else return false;
    } else if (t.text === '!' || t.text === '?') return false;
  }
  return smalls === 0 || capitals >= 2;
}

/** A quoted name is short: a longer quotation in capitals is more likely a described scene. */
const MAX_NAME_WORDS = 6;

/**
 * Whether the token at `index` is in a quotation that names something rather than showing or
 * saying it: a title in capitals ("a 'Midnight Sun' poster", "an &quot;Aurora&quot; coffee cup"),
 * or a quotation of a few words after a naming word (`leads`: a dragon named "Drizzle") or right
 * before a noun it names (a "starry night" style). Its light, place or weather words are not the
 * scene's. The spans are in order and apart.
 */
export function inQuotedName(tokens: readonly Token[], quotations: readonly Quotation[], index: number, leads: ReadonlySet<string>): boolean {
  const k = firstIndexWhere(quotations.length, (n) => quotations[n]!.tokenEnd > index);
  const q = quotations[k];
  if (q === undefined || q.tokenStart > index) return false;
  let words = 0;
  for (let i = q.tokenStart; i < q.tokenEnd; i++) if (isWordToken(tokens[i]) && ++words > MAX_NAME_WORDS) return false;
  const before = tokens[q.tokenStart - 2];
  if (before !== undefined && leads.has(before.norm)) return true;
  return namesNoun(tokens, q) || titleQuotation(tokens, q);
}

/**
 * Whether a noun follows the quotation's closing mark after one space at most: the quotation
 * names it (a "starry night" style). Not a quotation ending in punctuation, which is a line ("We
 * need to finish this!" 3d animation).
 */
export function namesNoun(tokens: readonly Token[], q: Quotation): boolean {
  const after = tokens[q.tokenEnd + 1];
  if (after === undefined || after.kind !== 'word' || after.tag !== 'noun' || after.start - tokens[q.tokenEnd]!.end > 1) return false;
  return q.tokenEnd > q.tokenStart && isWordToken(tokens[q.tokenEnd - 1]);
}

/** How far back a field's name may be from a word of its text. */
const FIELD_REACH = 12;

/**
 * Whether token `index` is in the text a tool's form lays over the video, written into the
 * prompt after a capitalised field name and a colon and closed by the next field in brackets
 * ("Message: SUN CITY (Font: MODERN)"): words shown as text, like a quotation. Looks a few
 * tokens either way only, within the line.
 */
export function inOverlayText(text: string, tokens: readonly Token[], index: number): boolean {
  let opened = false;
  for (let k = index - 1; k > 0 && k >= index - FIELD_REACH && !newlineBefore(text, tokens, k + 1); k--) {
    const t = tokens[k]!;
    if (t.text === '(' || t.text === ')') return false;
    if (toolField(tokens, k - 1)) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let k = index + 1; k < tokens.length && k <= index + FIELD_REACH && !newlineBefore(text, tokens, k); k++) if (tokens[k]!.text === '(') return true;
  return false;
}

const NAME_LEAD_SET = new Set(NAME_LEADS);

/**
 * Whether token `index` is shown as text rather than in the scene: a word of a quoted name
 * ("Midnight Sun" poster) or of a tool's overlay text ("Message: SUN CITY"). Its light, place or
 * weather words light nothing and set nothing.
 */
export function shownAsText(analysis: PromptAnalysis, index: number): boolean {
  return inQuotedName(analysis.tokens, analysis.quotations, index, NAME_LEAD_SET) || inOverlayText(analysis.text, analysis.tokens, index);
}
