/**
 * Which script a prompt is mostly written in, and its length in characters as a person counts
 * them (code points), both ignoring directive lines.
 */
import type { Token } from '../types.js';
import {
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_WORDS_LIKE_GERUNDS,
  FOREIGN_ELISION,
  FOREIGN_FUNCTION_WORDS,
  FOREIGN_GERUND_ENDINGS,
  FOREIGN_LETTERS,
  FOREIGN_PARTICIPLE,
  FOREIGN_WORD_ENDINGS,
  FUNCTION_WORDS_ALSO_ENGLISH,
  FOREIGN_GERUND_MIN_LENGTH,
  MIN_FOREIGN_WORDS,
  MIN_FOREIGN_WORDS_WITHOUT_ENGLISH,
  MAX_ENGLISH_AMONG_UNKNOWN,
  MIN_UNKNOWN_SHARE,
  NAME_PARTICLES,
  SHORT_PROMPT_WORDS,
} from '../../rules/data/language.js';
import { LEXICONS } from '../../rules/data/index.js';
import { wordInfo } from './pos.js';

const ENGLISH = new Set(ENGLISH_FUNCTION_WORDS);
const FOREIGN = new Set(FOREIGN_FUNCTION_WORDS);
const GERUND_LOOKALIKES = new Set(ENGLISH_WORDS_LIKE_GERUNDS);
const PARTICLES = new Set(NAME_PARTICLES);
const ALSO_ENGLISH = new Set(FUNCTION_WORDS_ALSO_ENGLISH);

/**
 * The words of the English lexicons' one-word terms ("skyline", "cat"): nouns the part-of-speech lexicon
 * lacks. Built when first asked (a short prompt with a foreign word, a word shaped like a Romance
 * participle), not when the module loads.
 */
let lexiconWords: Set<string> | undefined;
function inLexicons(norm: string): boolean {
  if (!lexiconWords) {
    lexiconWords = new Set();
    for (const data of Object.values(LEXICONS)) {
      // Single-word terms only: a name's parts ("rio" of "rio de janeiro", "las", "san") are no
      // English words, and the parts of other phrases are in the part-of-speech lexicon already.
      for (const terms of Object.values(data)) for (const term of terms) if (!/\s/.test(term)) for (const word of term.toLowerCase().split('-')) lexiconWords.add(word);
    }
  }
  return lexiconWords.has(norm);
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Greek', /\p{Script=Greek}/u],
];
const LETTER = /\p{L}/u;
/** A combining mark: in Devanagari, Thai or Arabic the vowel signs are marks, half of what a reader counts as letters. */
const MARK = /\p{M}/u;
/**
 * Letters a character of a script that writes a syllable or a morpheme per character weighs
 * against Latin letters: an English word spells about five, a Chinese one is one or two Han
 * characters. Without it, "AISI字体会动" or a prompt switching into Chinese for its last clause
 * reads as English.
 */
const LETTER_WEIGHT: Readonly<Record<string, number>> = { Han: 3, Kana: 3, Hangul: 3 };
const NON_ASCII = /[^\x00-\x7F]/;

function inSkip(i: number, skip: readonly (readonly [number, number])[]): boolean {
  for (const [s, e] of skip) if (i >= s && i < e) return true;
  return false;
}

export function detectLanguage(
  text: string,
  skip: readonly (readonly [number, number])[] = [],
): { code: 'en' | 'other'; script: string; ratio: number } {
  // Plain ASCII text has only Latin letters (or none): English either way, without counting.
  if (!NON_ASCII.test(text)) return { code: 'en', script: 'Latin', ratio: 1 };
  const counts = new Map<string, number>();
  let letters = 0;
  let latinAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        if (skip.length > 0 && inSkip(i, skip)) continue;
        latinAscii++;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    const letter = LETTER.test(ch);
    const mark = !letter && MARK.test(ch);
    if ((!letter && !mark) || (skip.length > 0 && inSkip(i, skip))) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other';
    // A mark of a listed script counts with its letters; one shared by scripts (an accent typed apart) counts for none.
    if (mark && script === 'Other') continue;
    const weight = LETTER_WEIGHT[script] ?? 1;
    letters += weight;
    counts.set(script, (counts.get(script) ?? 0) + weight);
  }
  letters += latinAscii;
  if (latinAscii > 0) counts.set('Latin', (counts.get('Latin') ?? 0) + latinAscii);
  if (letters === 0) return { code: 'en', script: 'Latin', ratio: 1 };
  // Japanese mixes Han characters with kana: together they are one script, named for the language.
  const kana = counts.get('Kana') ?? 0;
  if (kana > 0) {
    counts.set('Japanese', kana + (counts.get('Han') ?? 0));
    counts.delete('Kana');
    counts.delete('Han');
  }
  let best = 'Latin';
  let bestCount = -1;
  for (const [script, n] of counts) if (n > bestCount) [best, bestCount] = [script, n];
  const latin = counts.get('Latin') ?? 0;
  // Mostly non-Latin letters: the English rules would only produce noise.
  const code = latin / letters >= 0.5 ? 'en' : 'other';
  return { code, script: code === 'en' ? 'Latin' : best, ratio: bestCount / letters };
}

/**
 * A Latin-script prompt is English unless its function words are mostly another language's:
 * "Un perro corre por la playa" is Spanish, "A parade for Día de los Muertos" is English.
 */
export function latinLanguage(
  detected: { code: 'en' | 'other'; script: string; ratio: number },
  words: readonly Token[],
  /** How many words are foreign function words (isForeignFunctionWord), counted as the words are read. */
  foreign: number,
): { code: 'en' | 'other'; script: string; ratio: number } {
  // English prompts have almost no foreign function words, and stop here; a short one may have one.
  if (detected.code !== 'en' || foreign === 0 || (foreign < MIN_FOREIGN_WORDS_WITHOUT_ENGLISH && words.length > SHORT_PROMPT_WORDS)) return detected;
  let english = 0;
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!;
    if (t.kind !== 'word' || !ENGLISH.has(t.norm)) continue;
    // "a" before an article or a preposition is the Spanish, Portuguese or Italian preposition ("a un hombre", "a la playa").
    const next = words[w + 1];
    if (t.norm === 'a' && next !== undefined && FOREIGN.has(next.norm) && !ENGLISH.has(next.norm)) continue;
    english++;
  }
  if (foreign >= MIN_FOREIGN_WORDS) {
    if (foreign <= 2 * english) return detected;
    return { code: 'other', script: 'Latin', ratio: foreign / (foreign + english) };
  }
  if (english > 0) return mostlyUnknownWords(words, english) && foreignOutsideNames(words) >= MIN_FOREIGN_WORDS_WITHOUT_ENGLISH ? { code: 'other', script: 'Latin', ratio: 1 } : detected;
  // A prompt without one English function word: fewer foreign ones do, but not a name's ("de Niro").
  if (foreignOutsideNames(words) >= MIN_FOREIGN_WORDS_WITHOUT_ENGLISH) return { code: 'other', script: 'Latin', ratio: 1 };
  // A few content words ("gatos peleando", "Katze spielt im Garten").
  if (words.length > SHORT_PROMPT_WORDS || !fewForeignWords(words)) return detected;
  return { code: 'other', script: 'Latin', ratio: 1 };
}

/**
 * A short prompt of words the English lexicons do not know, names aside, with a foreign word among
 * them: "avion sobrevolando detroit". One word they know is allowed beside two they do not and a
 * foreign word that is no name particle ("une jolie fille blonde nue"; "al pacino eats pizza" stays
 * English). Words with a letter English lacks count only among three unknown words or more, one
 * without such a letter ("köpek sahilde koşuyor"): the lexicons lack some English nouns, so
 * "jalapeño pizza", "piñata" and "zdzisław beksiński" stay English. Foreign function words the
 * lexicon knows as names do not count ("Che guevara", "ying yang"), nor one that ends the prompt,
 * where no article or preposition stands ("kim jong un"). Function words other languages share
 * with English ("die", "no") count for neither.
 */
function fewForeignWords(words: readonly Token[]): boolean {
  let foreign = false;
  let byLetter = 0;
  let unknown = 0;
  let english = 0;
  let notParticle = false;
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!;
    if (t.kind !== 'word' || inName(words, w) || particleOfName(words, w) || ALSO_ENGLISH.has(t.norm)) continue;
    if (isForeignFunctionWord(t.norm)) {
      if (!FOREIGN.has(t.norm) && FOREIGN_LETTERS.test(t.norm)) byLetter++;
      else if (!(t.known && t.pos.includes('name')) && !(FOREIGN.has(t.norm) && w === words.length - 1)) {
        foreign = true;
        if (!PARTICLES.has(t.norm)) notParticle = true;
      }
      continue;
    }
    if (inLexicons(t.norm) || inLexicons(t.lemma)) english++;
    else if (!t.known) unknown++;
    else if (!(t.pos.length === 1 && t.pos[0] === 'name')) english++;
    if (english > 1) return false;
  }
  if (english === 1) return notParticle && unknown >= 2;
  return foreign || (byLetter > 0 && unknown > 0 && byLetter + unknown >= 3);
}

/**
 * Few English function words among words most of which English does not know: "ragazza in costume
 * con capelli rossi …", where "in" is Italian too. Names and tags of unknown words are outweighed by
 * the English words around them; a prompt that writes more English function words than
 * MAX_ENGLISH_AMONG_UNKNOWN is English whatever else it holds.
 */
function mostlyUnknownWords(words: readonly Token[], english: number): boolean {
  if (english > MAX_ENGLISH_AMONG_UNKNOWN) return false;
  let unknown = 0;
  let counted = 0;
  for (const t of words) {
    if (t.kind !== 'word') continue;
    counted++;
    if (!t.known && !knownToEnglish(t.norm)) unknown++;
  }
  return unknown >= MIN_UNKNOWN_SHARE * counted;
}

/** A word capitalised after the first of its sentence: part of a name or title. */
function inName(words: readonly Token[], w: number): boolean {
  const t = words[w];
  if (!t || t.kind !== 'word') return false;
  const prev = words[w - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  // A letter that lower case changes: "Día", "Él". Two words in capitals are shouting, not a name ("MUNDO DE ROBOTS").
  return t.text[0] !== t.norm[0] && !(inCapitals(t) && inCapitals(prev) && t.text.length + prev.text.length > 2);
}

const inCapitals = (t: Token) => t.text === t.text.toUpperCase();

/**
 * Distinct foreign words that are not part of a name: not capitalised inside a sentence, and not a
 * particle before a capitalised word or before another particle and then one ("Robert de Niro",
 * "Día de los Muertos"). "la la land" has one. Words known only by a letter count when another
 * kind of foreign word is there too: "zdzisław beksiński style" is a name written in lower case.
 */
function foreignOutsideNames(words: readonly Token[]): number {
  const seen: string[] = [];
  let byLetterOnly = 0;
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!;
    if (t.kind !== 'word' || !isForeignFunctionWord(t.norm) || seen.includes(t.norm)) continue;
    if (inName(words, w) || particleOfName(words, w)) continue;
    seen.push(t.norm);
    if (!FOREIGN.has(t.norm) && FOREIGN_LETTERS.test(t.norm)) byLetterOnly++;
  }
  return byLetterOnly === seen.length ? 0 : seen.length;
}

function particleOfName(words: readonly Token[], w: number): boolean {
  if (!PARTICLES.has(words[w]!.norm)) return false;
  if (inName(words, w + 1)) return true;
  const next = words[w + 1];
  return next !== undefined && PARTICLES.has(next.norm) && inName(words, w + 2);
}

/**
 * A word of another language: a function word that is not also an English one ("la", "und"; not
 * "a"), a Spanish, Portuguese or Italian gerund ("bailando", "correndo"), a word with a letter or
 * an ending no English word has ("się", "animación"), or a French or Italian elision ("l'homme").
 */
export function isForeignFunctionWord(norm: string): boolean {
  if (FOREIGN.has(norm)) return !ENGLISH.has(norm);
  if (norm.length >= FOREIGN_GERUND_MIN_LENGTH && FOREIGN_GERUND_ENDINGS.some((e) => norm.endsWith(e)) && !GERUND_LOOKALIKES.has(norm)) return true;
  if (FOREIGN_PARTICIPLE.test(norm) && !GERUND_LOOKALIKES.has(norm) && !knownToEnglish(norm)) return true;
  return FOREIGN_LETTERS.test(norm) || FOREIGN_WORD_ENDINGS.some((e) => norm.endsWith(e)) || FOREIGN_ELISION.test(norm);
}

/** A word the English lexicons know, or whose dictionary form they know ("tornados"). */
function knownToEnglish(norm: string): boolean {
  const info = wordInfo(norm);
  return info.known || inLexicons(norm) || inLexicons(info.lemma) || (info.lemma !== norm && wordInfo(info.lemma).known);
}

export function countChars(text: string, skip: readonly (readonly [number, number])[] = []): number {
  // Without directive lines or characters outside the BMP, code points are UTF-16 units.
  if (skip.length === 0 && !NON_ASCII.test(text)) return text.length;
  const body = skip.length === 0 ? text : stripRanges(text, skip);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      const d = body.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function stripRanges(text: string, skip: readonly (readonly [number, number])[]): string {
  let out = '';
  let from = 0;
  for (const [s, e] of skip) {
    out += text.slice(from, s);
    from = e;
  }
  return (out + text.slice(from)).trim();
}
