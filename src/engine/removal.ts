/**
 * The edit that deletes a phrase from a prompt and leaves tidy text: the phrase goes with one
 * neighbouring separator (", " or a space), never leaving ", ," or a space before a full stop.
 * Used by rules whose suggestion is "remove this from the prompt".
 */
import type { Fix, Token } from '../types.js';
import { DASHES, lineBreakEndsAt, lineBreakStartsAt, referenceEndsAt } from '../analysis/tokenize.js';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isSep = (c: string | undefined) => c === ',' || c === ';';
const isClosing = (c: string | undefined) => c === ')' || c === ']' || c === '}';
/** Each opening bracket's closing one. */
const CLOSES: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
/** What may follow the last item of a list: the end, a full stop, or a bracket closing around it ("[…, 4K, --neg blur]"). */
const isEnd = (c: string | undefined) => c === undefined || c === '.' || c === '!' || c === '?' || isClosing(c);
/** A dash, or a plus some writers join tags with ("dystopia style + 16:9"). */
const isDash = (c: string | undefined) => c !== undefined && (DASHES.has(c) || c === '+');
/** A dash or a plus with a space on each side parts the items of a list as a comma does: "eerie - 24fps - 4k". */
const spacedDashAt = (text: string, i: number) => isDash(text[i]) && (i === 0 || isSpace(text[i - 1])) && (i + 1 === text.length || isSpace(text[i + 1]));
/** After a spaced dash, a flag written apart from it: a name before its number ("- ar 16:9", "— gs 18") or a flag of words ("- camera zoom out"). */
const FLAG_APART = /^[-\u2013\u2014]\s+(?:[a-z]+\s*(?:[:=]\s*)?\d|(?:camera|cam|neg|hide|style|tile)\b)/i;
const flagApartAt = (text: string, i: number) => spacedDashAt(text, i) && FLAG_APART.test(text.slice(i, i + 24));

/** Where the spaces and tabs typed before `at` start. */
export function spacesStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && isSpace(text[s - 1])) s--;
  return s;
}

/** A flag's dashes and the first letter of its name. */
const GLUED_FLAG = /^-{1,2}\p{L}/u;

export function removalFix(text: string, start: number, end: number): Fix {
  // A plus glued before the item joins it to the list ("rising +9:16 + realistic"): it goes with it.
  if (text[start - 1] === '+' && (start === 1 || isSpace(text[start - 2]))) start--;
  // All that brackets hold ("again, (20 seconds long)", "in [ratio 16:9]", "(((16K)))"): the brackets go too, "()" says nothing.
  for (let open = spacesStart(text, start) - 1; open >= 0 && CLOSES[text[open]!] !== undefined && CLOSES[text[open]!] === text[afterSpaces(text, end)]; open = spacesStart(text, start) - 1) {
    end = afterSpaces(text, end) + 1;
    start = open;
  }
  // A flag typed straight after the phrase ("4K-ar 16:9", "4K--ar 16:9"): its dash parts it from the words before.
  if (text[start] !== '-' && GLUED_FLAG.test(text.slice(end, end + 4))) return { range: [start, end], text: '' };
  let s = start;
  let e = end;
  const after = afterSpaces(text, e);
  const before = spacesStart(text, s);
  const prev = text[before - 1];
  const next = text[after];
  // Not around a flag, whose own dash parts it from the next ("-ar 16:9 - motion 4": the dash is the next flag's).
  const flag = text[start] === '-';
  const dashBefore = !flag && before > 0 && before < start && spacedDashAt(text, before - 1);
  const dashAfter = !flag && after > end && spacedDashAt(text, after) && !flagApartAt(text, after);
  // The ";" of a character reference ("&quot;") is no separator to take along.
  const prevSep = (isSep(prev) && !referenceEndsAt(text, before)) || dashBefore;
  // A line break, typed or scraped as markup ("\n" written out, "<br>"), ends a sentence as a full stop does.
  const breakBefore = before > 0 && lineBreakEndsAt(text, before);
  const breakAfter = after < text.length && lineBreakStartsAt(text, after);
  const ends = isEnd(next) || breakAfter;
  const nextSep = isSep(next) || dashAfter;
  // A flag follows a removed item ("4k -motion 4"): it ends the list, as a full stop would.
  const flagNext = !flag && after > e && (flagAt(text, after) || flagApartAt(text, after));
  const atStart = before === 0 || breakBefore || prev === '(' || prev === '.' || prev === '!' || prev === '?';
  // The comma before the item, with any space a writer put before it ("food , 4k").
  const comma = spacesStart(text, before - 1);
  // "A high-definition, …": the article before the item, which the next modifier takes over.
  const article = nextSep ? articleBefore(text, before) : undefined;
  if ((prev === ',' || dashBefore) && flagNext) {
    s = comma; // "x, 4k -motion 4" → "x -motion 4"; "alone - 4k --ar 16:9" → "alone --ar 16:9"
  } else if (dashBefore && ends) {
    // "x - 4k" → "x"; "digital art, - 24 fps" → "digital art".
    s = comma;
    if (isSep(text[s - 1])) s--;
    e = after;
  } else if (prev === ',' && next === ',' && !flag && flagAt(text, after + 1)) {
    // "x, 4k, -ar 16:9" → "x -ar 16:9"
    s = comma;
    e = afterSpaces(text, after + 1);
    return { range: [s, e], text: ' ' };
  } else if (nextSep && (atStart || prevSep)) {
    // "x, PHRASE, y" → "x, y"; "PHRASE, y" → "y".
    e = afterSpaces(text, after + 1);
  } else if (nextSep && article !== undefined && /[a-z]/i.test(text[afterSpaces(text, after + 1)] ?? '')) {
    // "A high-definition, vibrant beach" → "A vibrant beach": the article goes with the next modifier.
    e = afterSpaces(text, after + 1);
    const agreeing = articleAgreeing(article, text, e);
    if (agreeing !== undefined) return { range: [article.start, e], text: `${agreeing} ` };
  } else if (nextSep) {
    s = before; // "x at 60fps, y" → "x, y"
  } else if (atStart && next !== undefined && isEnd(next) && !isClosing(next)) {
    // A whole sentence: "Avoid blur. A cyclist…" → "A cyclist…"; the last one takes the space before it.
    e = afterSpaces(text, after + 1);
    if (e === text.length && before > 0 && !breakBefore) s = before;
  } else if (prevSep && ends) {
    // "x, PHRASE." → "x."; "x , PHRASE" → "x", with the space a writer put before the comma.
    s = comma;
    e = after;
  } else if (before === 0 || breakBefore || prev === '(' || (atStart && before < s && !ends)) {
    e = after; // at the start of a line or sentence: drop the space after
  } else {
    s = before; // mid-sentence: drop the space before
    if (ends) e = after;
    else {
      // "an 8-second video" → "a video": the article agrees with the word that now follows it.
      const opener = articleBefore(text, before);
      if (opener && /[a-z0-9]/i.test(next ?? '')) {
        const agreeing = articleAgreeing(opener, text, after);
        if (agreeing !== undefined) return { range: [opener.start, e], text: agreeing };
      }
    }
  }
  // A capital letter that began the sentence moves to the word that now begins it; so does the
  // capital a sentence begun with a number implies ("4K video of a fox" → "Video of a fox").
  let replacement = '';
  if ((s === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, s - 3), s))) && /[A-Z0-9]/.test(text[start] ?? '') && /[a-z]/.test(text[e] ?? '')) {
    replacement = text[e]!.toUpperCase();
    e++;
  }
  return { range: [s, e], text: replacement };
}

/** Where the spaces and tabs typed from `at` end. */
function afterSpaces(text: string, at: number): number {
  while (isSpace(text[at])) at++;
  return at;
}

/** A flag ("-ar 16:9", "--motion 2") starts at `i`, after spaces. */
function flagAt(text: string, at: number): boolean {
  const i = afterSpaces(text, at);
  return text[i] === '-' && /[-\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** Words spelt with a vowel that open with a consonant sound ("a unicorn", "a one-man band", "a u-turn"). */
const AN_EXCEPTIONS = /^(?:uni|use|usu|uti|ure|eu|ewe|one|once|u\W|ubiq)/;
/** Words spelt with "h" that open with a vowel sound ("an hour", "an honest"). */
const AN_SILENT_H = /^(?:hour|honest|honou?r|heir)/;
/** Numbers said with a vowel first: eight, eighty, eleven, eighteen ("an 8K video", "an 18-year-old"). */
const AN_DIGITS = /^(?:8|11(?!\d)|18(?!\d))/;
/**
 * An initialism spelt out, whose first letter's name opens with a vowel sound: "an HD video", "an
 * SFX shot"; not "a UFO". Three capitals with a vowel may be a word in a prompt typed in capitals ("A SUN").
 */
const AN_INITIALISM = /^[AEFHILMNORSX](?:[A-Z]|[B-DF-HJ-NP-TV-Z]{2})(?![\p{L}])/u;

/** Whether `word`, as written, takes "an" rather than "a": by its sound, not only its first letter. */
export function wantsAn(word: string): boolean {
  if (AN_INITIALISM.test(word)) return true;
  const w = word.toLowerCase();
  if (AN_DIGITS.test(w) || AN_SILENT_H.test(w)) return true;
  if (AN_EXCEPTIONS.test(w)) return false;
  const c = w[0];
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** The word that starts at `at`, enough of it to choose "a" or "an". */
const wordAt = (text: string, at: number) => /^[\p{L}\p{N}]+(?:\W[\p{L}\p{N}]*)?/u.exec(text.slice(at, at + 12))?.[0] ?? '';

/** "a" or "an" as `next` takes it, in the case the article was typed in (`typed`): "A" before "8K" → "An". */
export function articleFor(typed: string, next: string): string {
  const wanted = wantsAn(next) ? 'an' : 'a';
  return typed[0] === 'A' ? `A${wanted.slice(1)}` : wanted;
}

/** "a" or "an" as the word starting at `at` takes it, in the case `article` was typed in; undefined when `article` agrees already. */
function articleAgreeing(article: { word: string }, text: string, at: number): string | undefined {
  const written = articleFor(article.word, wordAt(text, at));
  return written.toLowerCase() === article.word.toLowerCase() ? undefined : written;
}

function articleBefore(text: string, end: number): { word: string; start: number } | undefined {
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  if (!/^(a|an)$/i.test(word)) return undefined;
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) return undefined;
  return { word, start };
}

/**
 * Token `i` counts a plural noun ("11 days", "300 riders"), not a measure before an adjective ("18
 * years old", "3 minutes long"): "an astonishing 11 days" has its article for the adjective, and
 * without the adjective the article goes too ("11 days", not "an 11 days").
 */
export function countsPlural(tokens: readonly Token[], i: number): boolean {
  const count = tokens[i];
  const noun = tokens[i + 1];
  const after = tokens[i + 2];
  if (count?.kind !== 'number' || noun?.kind !== 'word' || noun.tag !== 'noun' || noun.norm === noun.lemma || noun.sentence !== count.sentence) return false;
  return !(after?.tag === 'adj' && after.sentence === count.sentence);
}
