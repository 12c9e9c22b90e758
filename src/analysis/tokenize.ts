/**
 * A single linear pass that turns text into tokens with UTF-16 offsets. Words are runs of
 * letters, marks and digits joined by an inner hyphen or apostrophe ("rain-soaked", "360-degree",
 * "bird's"); an HTML character reference for any of those inside a word is part of it
 * ("didn&#39;t", "caf&#233;s"). Each Han, Hiragana or Katakana character is a token of its own,
 * since those scripts do not separate words with spaces. Markup scraped along with a prompt is
 * read as what it stands for: a line break, tab or carriage return written out as text ("\n",
 * two characters) is a space, and so is an HTML element ("<em>", "</li>", "<img src=…>"); see
 * `lineBreakBetween` for which of them break a line. No regular expression runs over the whole text.
 */
import type { Token, TokenKind } from '../types.js';
import { ATTACHMENT_LABELS, DOMAIN_ENDINGS, FILE_EXTENSIONS, HOST_PREFIXES, URL_SCHEMES } from '../../rules/data/addresses.js';

/**
 * Tokens as parallel lists, token `i` being `text.slice(start[i], end[i])` of kind
 * `TOKEN_KINDS[kind[i]]`: the analysis builds its own token objects, so one object per token here
 * would only be garbage. The lists are views of buffers the next call reuses (read them before
 * tokenizing again): a JavaScript array of more than ~16,000 items is a large object with memory
 * of its own, and fresh memory on every long prompt costs more than the tokenizing.
 */
export interface RawTokens {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

/** Token kinds by their code in `RawTokens.kind`. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'cjk'];
const KIND_CODE = Object.fromEntries(TOKEN_KINDS.map((kind, code) => [kind, code])) as Readonly<Record<TokenKind, number>>;

/** The buffers behind the last call's tokens. */
let kindBuffer = new Uint8Array(1024);
let startBuffer = new Int32Array(1024);
let endBuffer = new Int32Array(1024);

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Characters that may join two word parts: hyphen, apostrophes, non-breaking hyphen. */
const JOINERS = new Set(['-', "'", '\u2019', '\u2010', '\u2011', '\u02BC']);
export const SENTENCE_END = new Set(['.', '!', '?', '\u3002', '\uFF01', '\uFF1F', '\u2026']);
/** Hyphen, en dash and em dash: what opens a flag ("-ar", "—neg") or stands between clauses. */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);

/** A token that is a word or a number (not punctuation, a symbol or a CJK run). */
export function isWordToken(t: Token | undefined): t is Token & { kind: 'word' | 'number' } {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}
const PUNCT = new Set([
  '.', ',', ';', ':', '!', '?', '(', ')', '"', '\u201C', '\u201D', '\u2018', '\u2019', '-', '\u2013', '\u2014',
  '\u2026', '\u3002', '\uFF0C', '\uFF01', '\uFF1F', '\u3001', '\uFF1B', '\uFF1A', "'", '/', '\u00AB', '\u00BB',
]);

/** Classifies one code point (given as a string). */
function classify(ch: string): 'word' | 'cjk' | 'space' | 'other' {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 'word';
    if (c === 32 || (c >= 9 && c <= 13)) return 'space';
    return 'other';
  }
  // A variation selector left alone ("<img …>\uFE0F", after an emoji the text lost) is no word.
  if (ch.trim() === '' || c === 0xfeff || c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) return 'space';
  if (c >= 0x2e80 && CJK.test(ch)) return 'cjk';
  if (LETTER_OR_DIGIT.test(ch)) return 'word';
  return 'other';
}

/** Reads the code point at `i` as a string (one or two UTF-16 units; a lone surrogate stays one unit). */
function codePointAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/**
 * Tokenizes `text` between `from` and `to`. Skipped ranges (directive lines) are passed as
 * sorted, non-overlapping `[start, end)` pairs and produce no tokens.
 */
export function tokenize(text: string, skip: readonly (readonly [number, number])[] = []): RawTokens {
  // A huge prompt does not keep its buffers for the rest of the process.
  if (kindBuffer.length > 1 << 20 && text.length < 1 << 18) {
    kindBuffer = new Uint8Array(1024);
    startBuffer = new Int32Array(1024);
    endBuffer = new Int32Array(1024);
  }
  let count = 0;
  const push = (kind: TokenKind, start: number, end: number) => {
    if (count === kindBuffer.length) {
      const grown = count * 2;
      kindBuffer = grownCopy(kindBuffer, new Uint8Array(grown));
      startBuffer = grownCopy(startBuffer, new Int32Array(grown));
      endBuffer = grownCopy(endBuffer, new Int32Array(grown));
    }
    kindBuffer[count] = KIND_CODE[kind];
    startBuffer[count] = start;
    endBuffer[count++] = end;
  };
  let skipIndex = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (skipIndex < skip.length && i >= skip[skipIndex]![0]) {
      i = Math.max(i, skip[skipIndex]![1]);
      skipIndex++;
      continue;
    }
    // Spaces between words, the most common character after letters, skip the classifying.
    const c0 = text.charCodeAt(i);
    if (c0 === 32 || (c0 >= 9 && c0 <= 13)) {
      i++;
      continue;
    }
    const ch = codePointAt(text, i);
    const cls = classify(ch);
    if (cls === 'space') {
      i += ch.length;
      continue;
    }
    if (cls === 'cjk') {
      push('cjk', i, i + ch.length);
      i += ch.length;
      continue;
    }
    if (cls === 'word' || (ch === '&' && referenceKind(text, i) === 'word')) {
      const start = i;
      let allDigits = true;
      let j = i;
      for (;;) {
        // ASCII letters and digits, the bulk of every prompt, without building a string per character.
        if (j < n) {
          const c = text.charCodeAt(j);
          if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
            allDigits = false;
            j++;
            continue;
          }
          if (c >= 48 && c <= 57) {
            j++;
            continue;
          }
          // Any other ASCII character but a joiner, a decimal point or a reference's "&" ends the
          // word (a space, usually), with no character strings to build.
          if (c < 128 && c !== 45 && c !== 39 && c !== 46 && c !== 44 && c !== 38) break;
        }
        const cj = j < n ? codePointAt(text, j) : '';
        if (cj !== '' && classify(cj) === 'word') {
          const cc = cj.charCodeAt(0);
          if (!(cc >= 48 && cc <= 57)) allDigits = false;
          j += cj.length;
          continue;
        }
        // An inner joiner followed by a word character continues the word ("rain-soaked").
        // A decimal point or thousands separator between digits continues a number ("1.5").
        if (cj !== '' && j + 1 < n) {
          const next = codePointAt(text, j + 1);
          const nextIsWord = classify(next) === 'word';
          if (nextIsWord && JOINERS.has(cj)) {
            j += 1;
            continue;
          }
          if (nextIsWord && allDigits && (cj === '.' || cj === ',') && /[0-9]/.test(next)) {
            j += 1;
            continue;
          }
        }
        // A character reference for a letter or digit is part of the word as the character itself
        // would be ("caf&#233;s", "caf&#233;"); one for a joiner, when a word character follows
        // ("didn&#39;t").
        if (cj === '&') {
          const end = entityEnd(text, j);
          const stands = end > 0 ? entityChar(text.slice(j, end)) : '';
          if (stands !== '' && (JOINERS.has(stands) ? end < n && classify(codePointAt(text, end)) === 'word' : classify(stands) === 'word')) {
            const cc = stands.charCodeAt(0);
            if (!JOINERS.has(stands) && !(cc >= 48 && cc <= 57)) allDigits = false;
            j = end;
            continue;
          }
        }
        break;
      }
      push(allDigits ? 'number' : 'word', start, j);
      i = j;
      continue;
    }
    // Markup in scraped text separates words as a space would: "\nThe" is "The", "<em>calm</em>" is "calm".
    if (c0 === 92 || c0 === 60) {
      const end = c0 === 92 ? escapeEnd(text, i) : elementEnd(text, i);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    // An HTML character reference left in scraped text ("Workers&#39;", "&quot;Mom!&quot;") is
    // one token, so its digits and ";" do not read as a number and a clause break. Its text stays
    // the source slice; quotes and apostrophes are punctuation, the rest symbols.
    if (text.charCodeAt(i) === 38) {
      const end = entityEnd(text, i);
      // A reference for a space ("&#160;") separates words as the space itself would.
      if (end > 0 && referenceKind(text, i) === 'space') {
        i = end;
        continue;
      }
      if (end > 0) {
        push(QUOTE_CHARS.has(entityChar(text.slice(i, end))) ? 'punct' : 'symbol', i, end);
        i = end;
        continue;
      }
    }
    // A "." or "://" glued to the word before it may make that word part of a web address or a file name.
    if ((c0 === 46 || c0 === 58) && count > 0 && endBuffer[count - 1] === i && (kindBuffer[count - 1] === KIND_CODE.word || kindBuffer[count - 1] === KIND_CODE.number)) {
      const start = startBuffer[count - 1]!;
      const end = addressEnd(text, start, i);
      if (end > 0) {
        // The glued parts before it ("wave." of "wave.1.png", "cdn." of "cdn.example.com") are its own,
        // and so is an attachment's label ("image:IMG_1.jpg").
        const first = c0 === 46 ? addressFirst(text, count - 1, start) : count - 1;
        let from = startBuffer[first]!;
        count = first;
        if (labelBefore(text, first)) {
          from = startBuffer[first - 2]!;
          count = first - 2;
        }
        push('symbol', from, end);
        i = end;
        continue;
      }
    }
    // An attachment's label glued to the word before it ("dancingimage:", where a chat export lost the space) is a word of its own.
    if (c0 === 58 && count > 0 && endBuffer[count - 1] === i && kindBuffer[count - 1] === KIND_CODE.word) {
      const label = gluedLabelStart(text, startBuffer[count - 1]!, i);
      if (label > 0) {
        endBuffer[count - 1] = label;
        push('word', label, i);
      }
    }
    push(PUNCT.has(ch) ? 'punct' : 'symbol', i, i + ch.length);
    i += ch.length;
  }
  return { kind: kindBuffer.subarray(0, count), start: startBuffer.subarray(0, count), end: endBuffer.subarray(0, count) };
}

/** Web addresses and file names, read as one token each (rules/data/addresses.ts). */
const SCHEMES: ReadonlySet<string> = new Set(URL_SCHEMES);
const PREFIXES: ReadonlySet<string> = new Set(HOST_PREFIXES);
const DOMAINS: ReadonlySet<string> = new Set(DOMAIN_ENDINGS);
const EXTENSIONS: ReadonlySet<string> = new Set(FILE_EXTENSIONS);
const LABELS: readonly string[] = ATTACHMENT_LABELS;
/** The longest scheme, host prefix, domain ending or extension: how far `addressEnd` reads one. */
const LONGEST_PART = Math.max(...[...URL_SCHEMES, ...HOST_PREFIXES, ...DOMAIN_ENDINGS, ...FILE_EXTENSIONS].map((w) => w.length));
/** How many glued tokens before a domain's or a file's last part may still be part of it ("a_little_girl_…_seed52.mp4"). */
const ADDRESS_REACH = 64;
/** Marks that join the parts of a host name, a path or a file name ("IMG_2873", "0_0-3", "user@example"). */
const PATH_MARKS = new Set(['.', '_', '-', '/', '~', '%', '+', '@']);
/** Marks that end a sentence or a bracket rather than an address when they close one ("see www.example.com."). */
const ADDRESS_TRAILERS = new Set(['.', ',', ';', ':', '!', '?', "'", '*']);

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The end of a web address or a file name around the word `start`..`wordEnd`, which a "." or a
 * ":" follows, or 0: a scheme and "://" ("https://…"), a host prefix and a dot ("www.…"), or a
 * known domain ending ("example.com", "example.com/a.b") or file extension ("wave.1.png",
 * "IMG_2972.JPG") right after the dot, as a whole word. A full stop missing its space
 * ("sunset.The camera", "sits.it rains") is none of these.
 */
function addressEnd(text: string, start: number, wordEnd: number): number {
  // A sentence's end ("dusk. The") and a label's colon ("Style: noir") return before any string is built.
  if (text.charCodeAt(wordEnd) === 58) {
    if (text.charCodeAt(wordEnd + 1) !== 47 || text.charCodeAt(wordEnd + 2) !== 47 || !SCHEMES.has(lowerWord(text, start, wordEnd))) return 0;
    return urlEnd(text, wordEnd + 3);
  }
  const from = wordEnd + 1;
  if (!isAsciiAlnum(text.charCodeAt(from))) return 0;
  if (PREFIXES.has(lowerWord(text, start, wordEnd))) return urlEnd(text, from);
  let k = partEnd(text, from);
  const part = k > 0 ? oneCase(text.slice(from, k)) : '';
  if (DOMAINS.has(part)) {
    // A country's ending after another ("example.co.uk", "example.com.au").
    const next = text.charCodeAt(k) === 46 ? partEnd(text, k + 1) : 0;
    if (next > 0 && DOMAINS.has(oneCase(text.slice(k + 1, next)))) k = next;
    const after = text.charCodeAt(k);
    return after === 47 || (after === 58 && text.charCodeAt(k + 1) >= 48 && text.charCodeAt(k + 1) <= 57) ? urlEnd(text, k) : k;
  }
  // A file's extension, then perhaps a query ("a.png?width=318").
  if (EXTENSIONS.has(part)) return text.charCodeAt(k) === 63 || text.charCodeAt(k) === 35 ? urlEnd(text, k) : k;
  return fileNamed(text, start, wordEnd) ? gluedExtensionEnd(text, from) : 0;
}

/**
 * Whether the word `start`..`wordEnd` before a dot ends a generated file name, whose extension
 * may have lost the space after it: six digits or more ("Firefly 20230906031634"), or a word
 * after "_" ("IMG_1"). Not a year or a word before a full stop missing its space ("in 2023.moving on").
 */
function fileNamed(text: string, start: number, wordEnd: number): boolean {
  if (text.charCodeAt(start - 1) === 95) return true;
  let digits = 0;
  for (let k = start; k < wordEnd && digits < 6; k++) digits = text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57 ? digits + 1 : 0;
  return digits >= 6;
}

/**
 * The end of a file extension at `from` glued to the lower-case word after it
 * ("20230906031634.pngmoving forward" → "png"), the longest that fits, or 0.
 */
function gluedExtensionEnd(text: string, from: number): number {
  for (let k = Math.min(from + LONGEST_PART, text.length - 1); k > from + 1; k--) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) continue;
    if (EXTENSIONS.has(oneCase(text.slice(from, k)))) return k;
  }
  return 0;
}

/** Where an attachment's label ends the word `start`..`end` after other letters ("dancing|image"), or 0. */
function gluedLabelStart(text: string, start: number, end: number): number {
  for (const label of LABELS) {
    const at = end - label.length;
    if (at > start && isLabelAt(text, at, label)) return at;
  }
  return 0;
}

/** Whether `label` (lower-case ASCII letters) is written at `at` in either case, without building a string: every colon after a word asks. */
function isLabelAt(text: string, at: number, label: string): boolean {
  for (let k = 0; k < label.length; k++) if ((text.charCodeAt(at + k) | 32) !== label.charCodeAt(k)) return false;
  return true;
}

/** Whether an attachment's label and its colon stand right before the address token `first` ("image:" of "image:IMG_1.jpg"). */
function labelBefore(text: string, first: number): boolean {
  if (first < 2 || kindBuffer[first - 2] !== KIND_CODE.word) return false;
  const colon = startBuffer[first]! - 1;
  if (text.charCodeAt(colon) !== 58 || startBuffer[first - 1] !== colon || endBuffer[first - 2] !== colon) return false;
  const start = startBuffer[first - 2]!;
  return LABELS.some((label) => colon - start === label.length && isLabelAt(text, start, label));
}

/** The word in lower case, or '' when it is longer than any scheme or prefix. */
function lowerWord(text: string, start: number, end: number): string {
  return end - start <= LONGEST_PART ? text.slice(start, end).toLowerCase() : '';
}

/**
 * The end of the domain ending or extension starting at `from`, a whole run of ASCII letters and
 * digits no longer than `LONGEST_PART`, or 0: "sunset.common" ends in no domain; nor do
 * "a.com-style", "a.com_b" or "café.jpgé".
 */
function partEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && k - from <= LONGEST_PART && isAsciiAlnum(text.charCodeAt(k))) k++;
  const after = text.charCodeAt(k);
  if (k === from || k - from > LONGEST_PART || after === 95 || after === 45 || (after >= 128 && classify(codePointAt(text, k)) === 'word')) return 0;
  return k;
}

/** The part in lower case when it is written in one case ("png", "JPG"), else '' ("Png", "The": a sentence's first word). */
function oneCase(part: string): string {
  const lower = part.toLowerCase();
  return part === lower || part === part.toUpperCase() ? lower : '';
}

/**
 * Where an address whose rest starts at `from` ends: at a space, a quotation mark, markup ("<",
 * a "\n" written out), a square bracket ("[a](https://…)", "…/a.png[subject]") or a character no
 * address holds, less the marks that close the sentence or a bracket around it ("(see
 * https://example.com/a).") and a closing quotation written as a reference
 * ("https://example.com&quot;"). 0 when nothing is left.
 */
function urlEnd(text: string, from: number): number {
  let k = from;
  let open = 0;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c <= 32 || c === 34 || c === 60 || c === 62 || c === 91 || c === 92 || c === 93 || c === 96 || c === 123 || c === 124 || c === 125 || c === 127) break;
      if (c === 40) open++;
      else if (c === 41) open--;
    } else if (classify(codePointAt(text, k)) !== 'word') break;
  }
  while (k > from) {
    const last = text[k - 1]!;
    if (last === ';') {
      const amp = text.lastIndexOf('&', k - 2);
      if (amp >= from && k - amp <= 10 && entityEnd(text, amp) === k) {
        const stands = entityChar(text.slice(amp, k));
        if (QUOTE_CHARS.has(stands)) {
          k = amp;
          continue;
        }
        // A query's "&" written as a reference ("…?ex=658e&amp;") is the address's own.
        if (stands === '&') break;
      }
    }
    if (ADDRESS_TRAILERS.has(last) || (last === ')' && open < 0)) {
      if (last === ')') open++;
      k--;
      continue;
    }
    break;
  }
  return k > from ? k : 0;
}

/**
 * The index of the first token that belongs to the address whose word, token `count`, starts at
 * `start`: it, and the tokens before it glued to it, words, numbers and the marks of a path, back to a space, another
 * mark or `ADDRESS_REACH` tokens, from its first word or number ("/a/b.png" is "a/b.png").
 */
function addressFirst(text: string, count: number, start: number): number {
  let first = count;
  let at = start;
  while (first > 0 && count - first < ADDRESS_REACH && endBuffer[first - 1] === at) {
    const kind = TOKEN_KINDS[kindBuffer[first - 1]!];
    if (kind !== 'word' && kind !== 'number' && !(startBuffer[first - 1]! + 1 === at && PATH_MARKS.has(text.charAt(at - 1)))) break;
    first--;
    at = startBuffer[first]!;
  }
  while (first < count && kindBuffer[first] !== KIND_CODE.word && kindBuffer[first] !== KIND_CODE.number) first++;
  return first;
}

/**
 * A web address or a file name ("https://example.com/a.png", "www.example.com", "clip_final.mp4"),
 * read as one symbol token: the only symbol that opens on a letter or a digit.
 */
export function isAddress(t: Token): boolean {
  return t.kind === 'symbol' && classify(codePointAt(t.text, 0)) === 'word';
}

function grownCopy<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** HTML elements pasted with a prompt ("<em>", "</li>", "<img …>"); a "<dog>" slot is not one. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  'em', 'strong', 'b', 'i', 'u', 's', 'ul', 'ol', 'li', 'p', 'br', 'hr', 'img', 'span', 'div', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'sup', 'sub', 'code', 'pre', 'blockquote', 'font', 'small', 'mark', 'del', 'ins',
]);
/** Elements that end a line: a list's item, a paragraph, a heading, a line break. */
const BLOCK_ELEMENTS = new Set(['ul', 'ol', 'li', 'p', 'br', 'hr', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote']);
/** How far an element's closing ">" may be from its "<": an image's attributes and address run to ~300 characters. */
const ELEMENT_REACH = 600;

/** The end of an escape written out as text at the backslash `i` ("\n", "\r", "\t"), or 0. */
function escapeEnd(text: string, i: number): number {
  const c = text.charCodeAt(i + 1);
  return c === 110 || c === 114 || c === 116 ? i + 2 : 0;
}

/** The end of the name of an HTML element whose "<" is at `i` ("<em", "</li", "<h1"); `i` when there is none. */
function elementNameEnd(text: string, i: number): number {
  let j = text.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  const from = j;
  for (; j < text.length && j - from < 12; j++) {
    const c = text.charCodeAt(j) | 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && j > from))) break;
  }
  return j > from && HTML_ELEMENTS.has(text.slice(from, j).toLowerCase()) ? j : i;
}

/** The lower-case name of the known HTML element whose "<" is at `i` ("p" of "</p>", "h1" of "<h1 class=…>"), or ''. */
export function elementName(text: string, i: number): string {
  const end = elementNameEnd(text, i);
  return end === i ? '' : text.slice(text.charCodeAt(i + 1) === 47 ? i + 2 : i + 1, end).toLowerCase();
}

/**
 * The end of the HTML element whose "<" is at `i` ("<em>", "</li>", "<br/>", `<img class="e" src="…">`),
 * or 0: a known element's name, then its ">" or attributes up to one.
 */
function elementEnd(text: string, i: number): number {
  let j = elementNameEnd(text, i);
  if (j === i) return 0;
  const c = text.charCodeAt(j);
  if (c !== 62 && c !== 47 && c !== 92 && c !== 32 && !(c >= 9 && c <= 13)) return 0;
  const limit = Math.min(text.length, i + ELEMENT_REACH);
  for (; j < limit; j++) {
    const d = text.charCodeAt(j);
    if (d === 62) return j + 1;
    if (d === 60) return 0;
  }
  return 0;
}

/**
 * Whether the text between two tokens (`from`..`to`, what the tokenizer skipped) breaks a line:
 * a line break, one written out as text ("\n", "\r"), or an element that ends a line ("<br>",
 * "<li>", "</p>"). What is inside an element ("<img\n  src=…>") is no break.
 */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c === 92) {
      const d = text.charCodeAt(k + 1);
      if (d === 110 || d === 114) return true;
    } else if (c === 60) {
      const end = elementEnd(text, k);
      if (end === 0) continue;
      if (BLOCK_ELEMENTS.has(elementName(text, k))) return true;
      k = end - 1;
    }
  }
  return false;
}

/**
 * Whether a line break ends right before `i`, as `lineBreakBetween` reads one: a typed one, one
 * written out as text ("\n", "\r") or an element that ends a line ("<br>", "</li>").
 */
export function lineBreakEndsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) return true;
  if (c === 110 || c === 114) return text.charCodeAt(i - 2) === 92 && !(c === 114 && text.startsWith('\\n', i));
  if (c !== 62) return false;
  let open = i - 2;
  while (open >= 0 && i - open <= ELEMENT_REACH && text.charCodeAt(open) !== 60 && text.charCodeAt(open) !== 62) open--;
  return open >= 0 && text.charCodeAt(open) === 60 && elementEnd(text, open) === i && lineBreakBetween(text, open, i);
}

/** Whether a line break starts at `i`, as `lineBreakEndsAt` reads one. */
export function lineBreakStartsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true;
  if (c === 92) return text.charCodeAt(i + 1) === 110 || text.charCodeAt(i + 1) === 114;
  if (c !== 60) return false;
  const end = elementEnd(text, i);
  return end > 0 && lineBreakBetween(text, i, end);
}

/** Where the line from `from` ends: at the next line break `lineBreakStartsAt` reads, or the end of the text. */
export function lineEndFrom(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c === 10 || c === 13 || c === 92 || c === 60) && lineBreakStartsAt(text, k)) return k;
  }
  return text.length;
}

/** Apostrophes and quotation marks: a reference standing for one is punctuation. */
const QUOTE_CHARS = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D']);
/** The named references recognised, and the character each stands for. */
const NAMED_ENTITIES = new Map([
  ['amp', '&'], ['quot', '"'], ['apos', "'"], ['lt', '<'], ['gt', '>'], ['nbsp', '\u00A0'], ['rsquo', '\u2019'], ['lsquo', '\u2018'],
  ['ldquo', '\u201C'], ['rdquo', '\u201D'], ['hellip', '\u2026'], ['mdash', '\u2014'], ['ndash', '\u2013'],
]);

/**
 * The mark a punctuation or symbol token stands for: itself, or the character an HTML reference
 * decodes to ("&quot;" → '"', "&#8220;" → "\u201C").
 */
export function markOf(t: { kind: string; text: string; norm: string }): string {
  return t.text.charCodeAt(0) === 38 && t.kind !== 'word' && t.kind !== 'number' && entityEnd(t.text, 0) === t.text.length ? entityChar(t.text) : t.norm;
}

/** What the character a reference at `i` stands for is ('other' when there is none): a letter opening a word ("&#233;pico"), a space. */
function referenceKind(text: string, i: number): 'word' | 'cjk' | 'space' | 'other' {
  const end = entityEnd(text, i);
  const stands = end > 0 ? entityChar(text.slice(i, end)) : '';
  return stands === '' ? 'other' : classify(stands);
}

/** The character a reference that `entityEnd` accepted stands for ("&#39;" → "'"), or '' for none. */
function entityChar(ref: string): string {
  if (ref.charCodeAt(1) !== 35) return NAMED_ENTITIES.get(ref.slice(1, -1).toLowerCase()) ?? '';
  const hex = (ref.charCodeAt(2) | 32) === 120;
  const code = parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
}

/** An HTML character reference ends at `end` ("&quot;" before it): its ";" closes the reference, no clause. */
export function referenceEndsAt(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 59) return false;
  for (let i = end - 2; i >= 0 && i >= end - 10; i--) if (text.charCodeAt(i) === 38) return entityEnd(text, i) === end;
  return false;
}

/** The end of an HTML character reference starting at `i` ("&#39;", "&#x27;", "&amp;"), or 0. */
function entityEnd(text: string, i: number): number {
  let j = i + 1;
  const limit = Math.min(text.length, i + 10);
  if (text.charCodeAt(j) === 35) {
    j++;
    const hex = (text.charCodeAt(j) | 32) === 120;
    if (hex) j++;
    const from = j;
    while (j < limit) {
      const c = text.charCodeAt(j);
      const digit = c >= 48 && c <= 57;
      const hexLetter = hex && (c | 32) >= 97 && (c | 32) <= 102;
      if (!digit && !hexLetter) break;
      j++;
    }
    return j > from && text.charCodeAt(j) === 59 ? j + 1 : 0;
  }
  const from = j;
  while (j < limit && (text.charCodeAt(j) | 32) >= 97 && (text.charCodeAt(j) | 32) <= 122) j++;
  return text.charCodeAt(j) === 59 && NAMED_ENTITIES.has(text.slice(from, j).toLowerCase()) ? j + 1 : 0;
}

/** The word starts with an ASCII digit ("4k", "1080p", "5pm"): a cheap test before a number pattern. */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Lowercases and folds typographic apostrophes and hyphens to ASCII. A character reference inside
 * the word is read as the character it stands for ("didn&#39;t" → "didn't", "bird&#39;s-eye" →
 * "bird's-eye").
 */
export function normalizeWord(text: string): string {
  const s = text.toLowerCase();
  // The characters to fold are all non-ASCII and a reference starts with "&": a plain ASCII
  // word needs no regular expression. A reference that is the whole token (punctuation between
  // words) keeps its text as its norm; one opening a word is read ("&#233;pico" → "épico").
  let fold = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 && (i > 0 || entityEnd(s, 0) < s.length)) {
      return foldWord(text.replace(REFERENCE, (ref) => entityChar(ref) || ref).toLowerCase());
    }
    if (c > 127) fold = true;
  }
  return fold ? foldWord(s) : s;
}

/** A character reference as `entityEnd` reads one. */
const REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z]{1,8});/g;

function foldWord(s: string): string {
  return /[\u2019\u02BC\u2010\u2011]/.test(s) ? s.replace(/[\u2019\u02BC]/g, "'").replace(/[\u2010\u2011]/g, '-') : s;
}
