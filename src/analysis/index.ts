/**
 * analyze(text) → PromptAnalysis: everything a rule needs, computed once per prompt.
 * Pure and synchronous; no I/O, no Node built-ins.
 */
import type {
  Clause,
  LexiconCategory,
  LexiconMatch,
  Placeholder,
  PosTag,
  PromptAnalysis,
  Sentence,
  Token,
  TokenKind,
  VerbForm,
  Vocabulary,
} from '../types.js';
import { LEXICONS } from '../../rules/data/index.js';
import { PLACE_PHRASES } from './data/pos-lexicon.js';
import { compileLexicon, matchLexicon, phraseKey, unitStart, wordUnits, type CompiledLexicon, type UnitStart } from './lexicon.js';
import { ARTICLES, MODALS, POSSESSIVES, wordInfo, refineTags, tagFieldNames, type WordInfo } from './pos.js';
import { WordTable, hashWord } from './word-table.js';
import { Scratch } from './scratch.js';
import { SENTENCE_END, TOKEN_KINDS, lineBreakBetween, normalizeWord, tokenize, type RawTokens } from './tokenize.js';
import { findSubjects, subjectWordFlags } from './subjects.js';
import { refineMatches, senseFlags } from './senses.js';
import { isCapitalised, titleCaseSentences } from './capitals.js';
import { findActions } from './motion.js';
import { findPlaceholders } from './placeholders.js';
import { findQuotations, jsonStart } from './quotes.js';
import { findNegativePrompts, inNegativePrompt } from './negative-prompt.js';
import { detectLanguage, isForeignFunctionWord, countChars, latinLanguage } from './language.js';
import { directiveLines, parseDirectives } from './directive-lines.js';
import { ANIMATE_KINDS } from '../../rules/data/subject.js';

export { compileLexicon, phraseParts, type CompiledLexicon, type LexiconData } from './lexicon.js';
export { lemmatize, wordInfo } from './pos.js';

const CATEGORIES = Object.keys(LEXICONS) as LexiconCategory[];
const ANIMATE: ReadonlySet<string> = new Set(ANIMATE_KINDS);
/** Components that words in an inline negative prompt do not give the video. */
const NOT_IN_NEGATIVES: ReadonlySet<LexiconCategory> = new Set(['camera', 'lighting', 'environment', 'motion', 'audio']);
/** Abbreviations whose full stop ends no sentence: "Dr. Caligari", "Mr. and Mrs. Smith", "St. Petersburg", "Mt. Fuji". */
const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'jr', 'sr', 'prof', 'capt', 'lt', 'sgt', 'col', 'gen', 'vs']);
/** Verbs after which a lower-case word is a name: "a girl named grace", "a dog called summer". */
const NAMING = new Set(['named', 'called', 'nicknamed', 'titled', 'name', 'names']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '\u2013', '\u2014', '(', ')', '\uFF0C', '\u3001', '\uFF1B', '\uFF1A']);

export interface AnalyzerOptions {
  vocabulary?: Partial<Vocabulary>;
}

let defaultLexicon: CompiledLexicon | undefined;

function baseSources() {
  // WordNet's place names of several words ("times square", "mount fuji"), generated beside the part-of-speech lexicon.
  return [...CATEGORIES.map((category) => ({ category, data: LEXICONS[category] })), { category: 'environment' as LexiconCategory, data: { place: PLACE_PHRASES.split('|') } }];
}

/** The built-in lexicon plus the config's `vocabulary.reject` terms (as abstract words). */
export function buildLexicon(vocabulary?: Partial<Vocabulary>): CompiledLexicon {
  const reject = vocabulary?.reject ?? [];
  if (reject.length === 0) return (defaultLexicon ??= compileLexicon(baseSources()));
  return compileLexicon([...baseSources(), { category: 'abstract', data: { rejected: reject } }]);
}

/** Creates an analyzer bound to one vocabulary; `analyze` is the default one. */
export function createAnalyzer(options: AnalyzerOptions = {}): (text: string) => PromptAnalysis {
  const lexicon = buildLexicon(options.vocabulary);
  const accept = new Set((options.vocabulary?.accept ?? []).map(phraseKey));
  return (text) => analyzeWith(text, lexicon, accept);
}

const EMPTY_ACCEPT = new Set<string>();
/** A category without a match, in every analysis: one shared list, so frozen. */
const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);

/** Every category with no match yet: an object literal, so every analysis's lists share one shape. */
function noMatchesByCategory(): Record<LexiconCategory, readonly LexiconMatch[]> {
  const none = NO_MATCHES;
  return { camera: none, lighting: none, motion: none, environment: none, abstract: none, audio: none, negative: none, setting: none, style: none, subject: none, background: none, static: none };
}
// Shared by the tokens of every prompt, like a word's cached part-of-speech list, and like it
// not frozen: \`pos.includes\` on a frozen array leaves V8's fast path.
const NO_POS: readonly PosTag[] = [];
const NUMBER_POS: readonly PosTag[] = ['num'];

/** The form a word read as a verb takes first; a past spelt as its base ("set", "cut") is the base until refineTags sees a "be" before it. */
function preferredForm(forms: readonly VerbForm[], norm: string, lemma: string): VerbForm {
  if (forms.includes('ing')) return 'ing';
  if (forms.includes('ed')) return norm === lemma && forms.includes('base') ? 'base' : 'ed';
  return forms.includes('s') ? 's' : 'base';
}

export function analyze(text: string): PromptAnalysis {
  return analyzeWith(text, buildLexicon(), EMPTY_ACCEPT);
}

/**
 * Chooses one part of speech from the lexicon's options using the neighbouring words. A
 * lower-case word that is also a common verb or noun is that word, not a first name, after a
 * determiner, possessive, adjective or noun: "the dogs chase balls", "a hunter in the woods",
 * "a fox in its den" (but "a girl
 * named grace", "jack and jill").
 */
function chooseTag(pos: readonly PosTag[], prev: Token | undefined, next: Token | undefined, form: string | undefined, lower: boolean, namesThing: boolean, clause: number): PosTag {
  if (pos.length === 1) return pos[0]!;
  if (pos.length === 0) return 'other';
  const nextPos = next?.pos;
  if (lower && pos[0] === 'name' && pos.length === 2 && (pos[1] === 'verb' || pos[1] === 'noun') && prev && (prev.tag === 'noun' || prev.tag === 'det' || prev.tag === 'adj' || POSSESSIVES.has(prev.norm))) return pos[1];
  // A lower-case noun or adjective that is also a name is that word after any word but a name
  // or a naming verb, and before any but a capitalised one: "showing joy", "with brown hair",
  // "in the misty air" (but "taylor swift", "a girl named summer", "through van Gogh's").
  if (lower && pos[0] === 'name' && pos.length === 2 && (pos[1] === 'adj' || pos[1] === 'noun') && prev && prev.tag !== 'name' && !NAMING.has(prev.norm) && (!isCapitalised(prev.text) || prev.tag === 'det') && !(next && isCapitalised(next.text))) return pos[1];
  // A capitalised name that is also a noun, after an article, an adjective or a preposition and
  // before a lower-case noun, modifies that noun: "with Angel wings", "a Dragon mask".
  if (!lower && pos[0] === 'name' && pos.includes('noun') && prev && prev.clause === clause && (prev.tag === 'det' || prev.tag === 'adj' || (prev.tag === 'prep' && prev.norm !== 'as')) && next && next.clause === clause && !isCapitalised(next.text) && next.pos.includes('noun') && next.verbForm !== 'ing' && next.verbForm !== 'ed') return 'noun';
  if (pos.includes('verb') && pos.includes('noun')) {
    if (form === 'ing') return 'verb';
    if (prev && (prev.tag === 'det' || prev.tag === 'adj' || prev.tag === 'num' || prev.norm.endsWith("'s"))) return 'noun';
    if (prev && (prev.tag === 'noun' || prev.tag === 'pron' || prev.tag === 'name') && (form === 's' || form === 'ed')) return 'verb';
    if (prev && prev.norm === 'to') return 'verb';
    // An opening imperative ("Track the car", "Pan across the bay"), unless the word names who
    // acts or a place ("Man in a suit", "Boat on the lake", "House in the woods").
    // Alone in its clause it is a label ("Bowl, the camera circles around").
    if (!prev && !namesThing && nextPos && next!.clause === clause && (nextPos.includes('det') || nextPos.includes('prep') || nextPos.includes('adv'))) return 'verb';
    return 'noun';
  }
  if (pos.includes('adj') && pos.includes('noun')) {
    if (!nextPos) return 'noun';
    if (nextPos.includes('noun')) return 'adj';
    // "a young male in a dark alley": a word that names who acts or a place, after a determiner
    // or an adjective and before a preposition, heads the noun phrase.
    return namesThing && prev && prev.clause === clause && (prev.tag === 'det' || prev.tag === 'adj') && next!.clause === clause && nextPos.length === 1 && nextPos[0] === 'prep' ? 'noun' : 'adj';
  }
  // "a kingly gaze", "its early morning": between an article or a possessive and a noun a word in
  // -ly describes the noun ("a dimly lit room", "a slightly curved blade": it grades the modifier;
  // "mushrooms that spontaneously stand up": "that" opens a clause).
  if (pos.includes('adv') && pos.includes('adj') && prev && prev.clause === clause && (ARTICLES.has(prev.norm) || POSSESSIVES.has(prev.norm)) && nextPos && next!.clause === clause && nextPos.includes('noun') && !nextPos.includes('adj') && next!.verbForm !== 'ed') return 'adj';
  if (pos.includes('det')) return 'det';
  if (pos.includes('prep')) return 'prep';
  if (pos.includes('pron')) return 'pron';
  if (pos.includes('conj')) return 'conj';
  return pos[0]!;
}

/** What one analyzer knows of a lowercased word: its lexicon information and where it starts phrases. */
interface WordEntry {
  /**
   * The word as first seen, given to every later token of it: one string per word, whose hash
   * V8 computes once, where a fresh string per token is hashed again by every set a rule asks.
   */
  norm: string;
  info: WordInfo;
  verbForm: VerbForm | undefined;
  start: UnitStart;
  /** A function word of another language (language.ts): counted once per word, not looked up per prompt. */
  foreign: boolean;
  /** Which word lists of the word-senses pass it is in (senses.ts), looked up once per word. */
  senses: number;
  /** Which word lists of the subject pass it is in (subjects.ts). */
  subjectFlags: number;
  /** Names a person, animal, creature or vehicle (the subject lexicon's animate kinds) or a place. */
  namesThing: boolean;
}

/** One analyzer's word entries, by lowercased word and by the word as written. */
interface WordCache {
  byNorm: WordTable<WordEntry>;
  /** A word seen before as written needs no lowercasing or folding ("The", "the", "sunlit"). */
  byText: WordTable<WordEntry>;
}

// One lookup per word instead of one for the part of speech and two for the phrase trie.
const wordCaches = new WeakMap<CompiledLexicon, WordCache>();

function wordEntry(table: WordTable<WordEntry>, lexicon: CompiledLexicon, norm: string): WordEntry {
  const hash = hashWord(norm);
  let entry = table.get(norm, hash);
  if (!entry) {
    const info = wordInfo(norm);
    const start = unitStart(lexicon, norm, info.lemma);
    const namesThing = [start.norm, start.lemma].some((node) => node?.entries.some((e) => (e.category === 'subject' && ANIMATE.has(e.kind)) || (e.category === 'environment' && (e.kind === 'place' || e.kind === 'time'))) === true);
    entry = { norm, info, verbForm: info.forms.length > 0 ? preferredForm(info.forms, norm, info.lemma) : undefined, start, foreign: isForeignFunctionWord(norm), senses: senseFlags(norm, info.lemma), subjectFlags: subjectWordFlags(norm, info.lemma), namesThing };
    table.set(norm, entry, hash);
  }
  return entry;
}

const scratch = new Scratch();

/**
 * Sentences and clauses: break after sentence punctuation or at a line break; clauses also
 * break at commas, semicolons, colons, dashes and parentheses. Fills `sentenceOf` and `clauseOf`.
 */
function sentencesAndClauses(text: string, raw: RawTokens, sentenceOf: Int32Array, clauseOf: Int32Array): { sentences: Sentence[]; clauses: Clause[] } {
  const { kind: rawKindCode, start: rawStart, end: rawEnd } = raw;
  const rawKind = (i: number): TokenKind => TOKEN_KINDS[rawKindCode[i]!]!;
  const n = rawKindCode.length;
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const closeClause = (end: number) => {
    if (end > clauseStart) {
      for (let k = clauseStart; k < end; k++) clauseOf[k] = clauses.length;
      clauses.push({ index: clauses.length, sentence: sentences.length, start: rawStart[clauseStart]!, end: rawEnd[end - 1]!, tokenStart: clauseStart, tokenEnd: end });
    }
    clauseStart = end;
  };
  const closeSentence = (end: number) => {
    closeClause(end);
    if (end > sentenceStart) {
      for (let k = sentenceStart; k < end; k++) sentenceOf[k] = sentences.length;
      sentences.push({ index: sentences.length, start: rawStart[sentenceStart]!, end: rawEnd[end - 1]!, tokenStart: sentenceStart, tokenEnd: end });
    }
    sentenceStart = end;
  };
  // A colon or comma glued between digits is part of one value ("16:9", "10:30", "1,000").
  const insideNumber = (i: number) =>
    i > 0 && i + 1 < n && rawKind(i - 1) === 'number' && rawKind(i + 1) === 'number' && rawEnd[i - 1] === rawStart[i] && rawEnd[i] === rawStart[i + 1];
  // So is a full stop glued between a digit and a number ("-w1.5", "-v3.0"), or a word that starts
  // with a digit (a lens's "F2.8L"): a decimal point, not a sentence's end.
  const decimalPoint = (i: number) => {
    if (i === 0 || i + 1 >= n || rawEnd[i - 1] !== rawStart[i] || rawEnd[i] !== rawStart[i + 1]) return false;
    const next = rawKind(i + 1);
    const first = text.charCodeAt(rawStart[i + 1]!);
    if (next !== 'number' && !(next === 'word' && first >= 48 && first <= 57)) return false;
    const c = text.charCodeAt(rawEnd[i - 1]! - 1);
    return c >= 48 && c <= 57;
  };
  // A full stop glued to a title or an abbreviation before a word ("Dr. Caligari", "vs. the storm"), or
  // between or after single letters ("D.C.", "U.S. Army", "H.R. Giger"), shortens a word; it
  // ends no sentence (in prompts a name or a noun follows far more often than a new sentence).
  const abbreviation = (i: number) => {
    if (i === 0 || i + 1 >= n || rawEnd[i - 1] !== rawStart[i] || rawKind(i - 1) !== 'word' || lineBreakBetween(text, rawEnd[i]!, rawStart[i + 1]!)) return false;
    const word = text.slice(rawStart[i - 1]!, rawEnd[i - 1]!);
    if (word.length === 1 && rawKind(i + 1) === 'word') {
      // Inside "D.C", or closing it ("H.R. Giger", "D.C. at noon").
      if (rawEnd[i] === rawStart[i + 1] && rawEnd[i + 1]! - rawStart[i + 1]! === 1) return true;
      return i >= 2 && rawEnd[i - 2] === rawStart[i - 1] && text.slice(rawStart[i - 2]!, rawEnd[i - 2]!) === '.';
    }
    return TITLE_ABBREVIATIONS.has(word.toLowerCase()) && rawKind(i + 1) === 'word';
  };
  for (let i = 0; i < n; i++) {
    if (i > 0 && lineBreakBetween(text, rawEnd[i - 1]!, rawStart[i]!)) closeSentence(i);
    if (rawKind(i) === 'punct') {
      const punct = text.slice(rawStart[i]!, rawEnd[i]!);
      if (SENTENCE_END.has(punct) && !(punct === '.' && (decimalPoint(i) || abbreviation(i)))) closeSentence(i + 1);
      else if (CLAUSE_BREAKS.has(punct) && !insideNumber(i)) closeClause(i + 1);
    }
  }
  closeSentence(n);
  return { sentences, clauses };
}

/** Per token, what the later passes read from its word's cached entry. */
interface WordMarks {
  startOf: (UnitStart | undefined)[];
  sensesOf: Int32Array;
  thingOf: Int32Array;
  subjectFlagsOf: Int32Array;
  /** How many words are function words of another language. */
  foreign: number;
}

/** Tokens, each built once with its final shape; words get the lexicon's information. */
function buildTokens(text: string, raw: RawTokens, sentenceOf: Int32Array, clauseOf: Int32Array, cache: WordCache, lexicon: CompiledLexicon): { tokens: Token[]; words: Token[]; marks: WordMarks } {
  const { kind: rawKindCode, start: rawStart, end: rawEnd } = raw;
  const n = rawKindCode.length;
  const tokens: Token[] = new Array(n);
  const words: Token[] = [];
  const marks: WordMarks = { startOf: new Array(n), sensesOf: scratch.ints(n), thingOf: scratch.ints(n), subjectFlagsOf: scratch.ints(n), foreign: 0 };
  const { startOf, sensesOf, thingOf, subjectFlagsOf } = marks;
  for (let i = 0; i < n; i++) {
    const kind = TOKEN_KINDS[rawKindCode[i]!]!;
    const tokenText = text.slice(rawStart[i]!, rawEnd[i]!);
    const isWord = kind === 'word' || kind === 'number';
    let entry: WordEntry | undefined;
    if (kind === 'word') {
      const hash = hashWord(tokenText);
      entry = cache.byText.get(tokenText, hash);
      if (!entry) cache.byText.set(tokenText, (entry = wordEntry(cache.byNorm, lexicon, normalizeWord(tokenText))), hash);
    }
    const norm = entry ? entry.norm : kind === 'cjk' ? tokenText : normalizeWord(tokenText);
    const info = entry?.info;
    if (entry) {
      startOf[i] = entry.start;
      sensesOf[i] = entry.senses;
      if (entry.namesThing) thingOf[i] = 1;
      subjectFlagsOf[i] = entry.subjectFlags;
      if (entry.foreign) marks.foreign++;
    }
    const token: Token = {
      index: i,
      text: tokenText,
      norm,
      lemma: info ? info.lemma : norm,
      kind,
      start: rawStart[i]!,
      end: rawEnd[i]!,
      sentence: sentenceOf[i]!,
      clause: clauseOf[i]!,
      pos: info ? info.pos : kind === 'number' ? NUMBER_POS : NO_POS,
      tag: 'other',
      verbForm: entry ? entry.verbForm : undefined,
      known: info ? info.known : kind === 'number',
    };
    tokens[i] = token;
    if (isWord) words.push(token);
  }
  return { tokens, words, marks };
}

/** Verbs of seeming, after which "like" compares: "looks like", "sounds like". */
const SEEMING_VERBS: ReadonlySet<string> = new Set(['look', 'sound', 'feel', 'seem', 'smell', 'taste']);

/**
 * Words the lexicon lists under one class but that work as another: existential or place
 * "there" ("there is a cat", "sitting there") is no noun; a modal before a verb's base is a verb
 * ("a girl that can fly"); "like" before a noun phrase after anything but a plural or a pronoun
 * is a preposition ("looks like a doll", "a girl like a princess"; "kids like the beach").
 */
function functionWordTag(t: Token, prev: Token | undefined, next: Token | undefined): PosTag | undefined {
  if (t.norm === 'there') return 'adv';
  if (MODALS.has(t.norm)) return next !== undefined && next.pos.includes('verb') && next.verbForm === 'base' ? 'verb' : undefined;
  // After a verb of seeming it compares even before a bare noun: "looks like thunder god Thor".
  if (t.norm === 'like' && prev !== undefined && prev.tag === 'verb' && SEEMING_VERBS.has(prev.lemma)) return 'prep';
  if (t.norm !== 'like' || next === undefined || !(next.pos.includes('det') || POSSESSIVES.has(next.norm) || next.pos.includes('num'))) return undefined;
  if (prev === undefined) return 'prep';
  return prev.tag === 'verb' || prev.tag === 'adj' || prev.tag === 'adv' || prev.tag === 'name' || (prev.tag === 'noun' && !prev.norm.endsWith('s')) ? 'prep' : undefined;
}

/** One part of speech per word, from its options and its neighbours in the sentence. */
function tagWords(words: readonly Token[], thingOf: Int32Array): void {
  for (let w = 0; w < words.length; w++) {
    const t = words[w] as { -readonly [K in keyof Token]: Token[K] };
    const prev = w > 0 && words[w - 1]!.sentence === t.sentence ? words[w - 1] : undefined;
    const next = w + 1 < words.length && words[w + 1]!.sentence === t.sentence ? words[w + 1] : undefined;
    t.tag = functionWordTag(t, prev, next) ?? chooseTag(t.pos, prev, next, t.verbForm, !isCapitalised(t.text), thingOf[t.index] === 1, t.clause);
    if (t.tag !== 'verb' && t.verbForm !== undefined && !(t.tag === 'adj' && t.verbForm === 'ing')) t.verbForm = undefined;
  }
}

// Each stage of the analysis is a function of its own: V8 optimises a long function late (it
// took seconds of compiling), so a batch ran its first thousands of prompts unoptimised.
function analyzeWith(text: string, lexicon: CompiledLexicon, accept: ReadonlySet<string>): PromptAnalysis {
  let cache = wordCaches.get(lexicon);
  if (!cache) wordCaches.set(lexicon, (cache = { byNorm: new WordTable<WordEntry>(), byText: new WordTable<WordEntry>() }));
  const entries = cache.byNorm;
  const skip = directiveLines(text);
  const raw = tokenize(text, skip);
  const n = raw.kind.length;
  scratch.reset();
  const sentenceOf = scratch.ints(n);
  const clauseOf = scratch.ints(n);
  const { sentences, clauses } = sentencesAndClauses(text, raw, sentenceOf, clauseOf);
  const { tokens, words, marks } = buildTokens(text, raw, sentenceOf, clauseOf, cache, lexicon);
  const { startOf, sensesOf, subjectFlagsOf } = marks;
  tagWords(words, marks.thingOf);
  const titleCase = titleCaseSentences(words);
  refineTags(words, titleCase);
  tagFieldNames(tokens, words, text);

  // Lexicon matches over word parts (hyphenated words split into their parts). A whole word
  // brings the first trie step cached with its entry; a part looks its own up.
  const { units, tokens: unitToken } = wordUnits(words, (part) => wordEntry(entries, lexicon, part).info.lemma);
  const unitStarts = units.map((u, k) => (u === tokens[unitToken[k]!] ? startOf[unitToken[k]!] : wordEntry(entries, lexicon, u.norm).start));
  let matches = matchLexicon(lexicon, units, unitToken, text, unitStarts);
  matches = refineMatches(matches, tokens, words, text, titleCase, sensesOf);
  if (accept.size > 0) matches = matches.filter((m) => !(m.category === 'abstract' && accept.has(phraseKey(m.text))));
  // What an inline negative prompt lists ("-neg shaky camera, bad lighting") is not in the video.
  // Where a prompt written as JSON starts: the negative lists, the quotations and the subjects read it.
  const json = jsonStart(text);
  const negatives = findNegativePrompts(text, tokens, json);
  if (negatives.length > 0) matches = matches.filter((m) => !(NOT_IN_NEGATIVES.has(m.category) && inNegativePrompt(negatives, m.tokenStart)));

  // Most categories have no match in a prompt: they share one empty list, which a category's
  // first match replaces.
  const byCategory = noMatchesByCategory();
  for (const m of matches) {
    const list = byCategory[m.category];
    if (list === NO_MATCHES) byCategory[m.category] = [m];
    else (list as LexiconMatch[]).push(m);
  }

  const placeholders: Placeholder[] = findPlaceholders(text, skip);
  const quotations = findQuotations(text, tokens, json);
  const { subjects, nounLists } = findSubjects({ text, tokens, words, clauses, sentences, byCategory, quotations, json, wordFlags: subjectFlagsOf });

  let actions = findActions({ text, tokens, words, byCategory, quotations });
  if (negatives.length > 0) actions = actions.filter((a) => !inNegativePrompt(negatives, a.tokenStart));

  let wordCount = 0;
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number' || t.kind === 'cjk') wordCount++;

  // The object is frozen, its lists are not: V8 (Node 20) reads the elements of a frozen array
  // about four times slower, and the rules and the score read them thousands of times per
  // prompt. Rules must not change the analysis: checkFixture runs each rule on a deep-frozen
  // one, so a rule that does fails its fixtures.
  const analysis: PromptAnalysis = {
    text,
    tokens,
    words,
    sentences,
    clauses,
    matches,
    byCategory: Object.freeze(byCategory),
    subjects,
    nounLists,
    placeholders,
    quotations,
    negativePrompts: negatives,
    actions,
    directives: parseDirectives(text, skip),
    wordCount,
    charCount: countChars(text, skip),
    language: latinLanguage(detectLanguage(text, skip), words, marks.foreign),
  };
  return Object.freeze(analysis);
}

/** From the first to the last token of the prompt: where a "missing component" report points. */
export function promptRange(analysis: PromptAnalysis): readonly [number, number] {
  const { tokens } = analysis;
  if (tokens.length === 0) return [0, 0];
  return [tokens[0]!.start, tokens[tokens.length - 1]!.end];
}
