/**
 * Candidate subjects: noun phrases that could be what the shot is about, each with what its head
 * names (a person, a thing, a garment, a place …), whether it is the grammatical subject of a
 * clause, and whether it is focal or background context; plus coordinated lists of them
 * ("people, food stalls, animals, and banners"). Rules read these; none re-parses the text.
 *
 * The pass is shallow on purpose (chunks, not a parse tree): one linear walk over the tokens,
 * using the tags chosen by the analysis and the subject/background lexicon matches.
 */
import type { Clause, LexiconCategory, LexiconMatch, NounList, Quotation, Sentence, SubjectCandidate, SubjectKind, Token } from '../types.js';
import { Scratch } from './scratch.js';
import { isQuoted } from './quotes.js';
import { INDEFINITE_ARTICLES, MODALS, POSSESSIVES, isPlaceName } from './pos.js';
import { isAllCaps, isCapitalised } from './capitals.js';
import { HTML_ELEMENTS, isWordToken } from './tokenize.js';
import { STILL_WORKS } from '../../rules/data/static.js';
import MEDIUM_NOUNS from '../../rules/data/medium.js';
import subjectLexicon, { ANIMATE_KINDS, ATTRIBUTE_INTROS, ATTRIBUTE_KINDS, ATTRIBUTE_WORDS, COSTUME_VERBS, EXTRA_KINDS, FRAME_NOUNS, POSITION_OF_NOUNS, GENERIC_NOUNS, GROUP_NOUNS, HEARD_NOUNS, LIVING_VERBS, NON_ANIMATE_COMPOUNDS, PERSON_ADJECTIVES, NOT_HEADS, PRESENCE_WORDS, PRODUCTION_NAMES, STYLE_CREDIT_NOUNS, STYLE_REFERENCE_INTROS, THING_MODIFIERS } from '../../rules/data/subject.js';

export interface SubjectInput {
  text: string;
  tokens: readonly Token[];
  words: readonly Token[];
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  byCategory: Readonly<Record<LexiconCategory, readonly LexiconMatch[]>>;
  quotations: readonly Quotation[];
  /** Where a prompt written as JSON starts (`jsonStart`), or -1. */
  json: number;
  /** Per token index, its subjectWordFlags (0 for tokens that are not words). */
  wordFlags: ArrayLike<number>;
}

const ANIMATE = new Set(ANIMATE_KINDS);
const ATTRIBUTE = new Set(ATTRIBUTE_KINDS);
const ATTRIBUTE_WORD = new Set(ATTRIBUTE_WORDS);
const FRAME = new Set(FRAME_NOUNS);
const POSITION_OF = new Set(POSITION_OF_NOUNS);
// Bits of subjectWordFlags: the lists the pass asks about nearly every word, looked up once per word.
const WORD_ATTRIBUTE = 1;
const WORD_FRAME = 2;
const WORD_BOUNDARY = 4;
const WORD_MODAL = 8;
const WORD_POSSESSIVE = 16;
const WORD_NOT_HEAD = 32;
/** May start a production name (see productionNameEnd). */
const WORD_PRODUCTION = 64;
const WORD_NOUN_LIKE_PARTICIPLE = 128;
const GROUP = new Set(GROUP_NOUNS);
const GENERIC = new Set(GENERIC_NOUNS);
const NOT_HEAD = new Set(NOT_HEADS);
const STYLE_CREDIT = new Set(STYLE_CREDIT_NOUNS);
/** Render engines, camera and film makers, one word or a pair of words ("unreal engine"), and the first words of the pairs. */
const PRODUCTION = new Set(PRODUCTION_NAMES);
const PRODUCTION_FIRST = new Set(PRODUCTION_NAMES.filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
/** Every word a production name can start with: one lookup rules out the words that start none. */
const PRODUCTION_STARTS = new Set([...PRODUCTION_FIRST, ...PRODUCTION_NAMES.filter((p) => !p.includes(' '))]);

/** A name glued to its model or film speed: "portra400". */
const GLUED_NUMBER = /^([a-z]+)\d+$/;

/** The word without a number glued to its end ("portra400" → "portra"). */
function productionName(norm: string): string {
  // The pattern only when the word ends in a digit: this runs on every token.
  const last = norm.charCodeAt(norm.length - 1);
  return last >= 48 && last <= 57 ? (GLUED_NUMBER.exec(norm)?.[1] ?? norm) : norm;
}

/** The word may start a production name: what productionNameEnd asks first. */
const startsProductionName = (norm: string) => PRODUCTION_STARTS.has(productionName(norm));

/**
 * A render engine, camera or film stock named at token `i` ("octane", "unreal engine", "Kodak
 * Portra", "portra400"): the end of its name, or -1. After "high", "octane" is the adjective ("high octane chase").
 */
export function productionNameEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const name = productionName(t.norm);
  if (!PRODUCTION_STARTS.has(name)) return -1;
  if (PRODUCTION_FIRST.has(t.norm) && PRODUCTION.has(`${t.norm} ${tokens[i + 1]?.norm}`)) return i + 2;
  return PRODUCTION.has(name) && tokens[i - 1]?.norm !== 'high' ? i + 1 : -1;
}
/** "style of", "inspired by": last word → the words before it. */
const STYLE_REFERENCE = new Map<string, Set<string>>();
for (const [a, b] of STYLE_REFERENCE_INTROS.map((p) => p.split(' '))) STYLE_REFERENCE.set(b!, (STYLE_REFERENCE.get(b!) ?? new Set()).add(a!));
const HEARD = new Set(HEARD_NOUNS);
/** Words before "style of" when it borrows a style ("in the style of", "in style of", "a style of"; also a tag's start). */
const STYLE_OPENERS = new Set(['in', 'the', 'a', 'an']);
const COSTUME = new Set(COSTUME_VERBS);
const THING_MODIFIER = new Set(THING_MODIFIERS);
const PRESENCE = new Set(PRESENCE_WORDS);
const COMPOUND_MODIFIERS = new Map(Object.entries(NON_ANIMATE_COMPOUNDS).map(([head, mods]) => [head, new Set(mods)] as const));
const PERSON_WORDS = new Set(subjectLexicon.person);
/** Words that can open a name as its title or kind ("rapper", "princess", "monkey"). */
const TITLE_WORDS = new Set([...subjectLexicon.person, ...subjectLexicon.animal, ...subjectLexicon.creature].filter((w) => !GROUP_NOUNS.includes(w)));
/** Person words that can open a name typed in lower case ("rapper", "king"; not a group, "team harmony"). */
const PERSON_TITLE_WORDS = new Set([...TITLE_WORDS].filter((w) => PERSON_WORDS.has(w)));
const LIVING_VERB = new Set(LIVING_VERBS);
const PERSON_ADJECTIVE = new Set(PERSON_ADJECTIVES);
const NAMING = new Set(['named', 'called', 'nicknamed']);
/** Nouns for a work, the medium or a look: after a name they say what it names ("Kali Statue", "Christopher Nolan Style"). */
const WORK_NOUNS = new Set([...STILL_WORKS, ...MEDIUM_NOUNS]);
/** A possessive ending: "the animal's". */
const POSSESSIVE_END = /'s?$/;
/** A word of letters only ("I'll", "R2D2" are none). */
export const LETTERS = /^\p{L}+$/u;
const PERSON_PRONOUNS = new Set(['his', 'her', 'him', 'himself', 'herself']);
/**
 * Person words that, before a noun, make it a replica ("a model ship"): before "of" and
 * something that is no person they name that replica or product ("a new model of refrigerator").
 */
const REPLICA_WORDS = new Set(Object.values(NON_ANIMATE_COMPOUNDS).flat().filter((w) => PERSON_WORDS.has(w)));
/** Intro phrases as word sequences, longest first so "made of" wins over "of". */
const INTROS = ATTRIBUTE_INTROS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** Lexicon categories whose words are production vocabulary, not things in the scene. */
const TECHNICAL: readonly LexiconCategory[] = ['camera', 'lighting', 'style', 'audio', 'setting', 'abstract'];

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'gets', 'get', "'s"]);
/**
 * Past participles spelt like a noun, which the part-of-speech data lists as a base form or not
 * at all: after a form of "be", a comma or at a sentence's start, and before a preposition ("the
 * scene is set in", "a blanket is spread with", "…, set against the sky", "Clad in armour") they
 * are verbs.
 */
const NOUN_LIKE_PARTICIPLES = new Set(['set', 'cut', 'hit', 'cast', 'spread', 'put', 'shut', 'split', 'burst', 'shed', 'upset', 'laden', 'clad', 'strung', 'overgrown']);
const PARTICIPLE_PREPS = new Set(['with', 'by', 'in']);
/** Verbs that describe their subject rather than make it act. */
const DESCRIBING = new Set(['have', 'has', 'had', 'seem', 'appear', 'remain', 'resemble', 'wear', 'feature', 'contain', 'include', 'represent', 'symbolize']);
const SINGULAR_DETS = new Set(['a', 'an', 'one', 'this', 'that', 'each', 'every']);
/** Words that end one segment of a sentence and start the next. */
const BOUNDARY_WORDS = new Set(['and', 'or', '&', 'vs', 'versus', 'but', 'while', 'whilst', 'as', 'whereas', 'where', 'when', 'meanwhile', 'then', 'nor', 'plus', 'yet']);
const BOUNDARY_PUNCT = new Set([',', ';', ':', '\u2013', '\u2014', '(', ')', '/', '|', '+']);
const COORDINATING = new Set(['and', 'or', 'vs', 'versus']);
/** Marks that open a line of a list or a heading ("- A vendor pushes a cart", "## Scene", "> …"): no part of its first phrase. */
const LINE_MARKS = new Set(['-', '*', '\u2022', '#', '>', '\u2013', '\u2014', '\u00b7', '+']);
/** Separators that join the items of a list. */
const LIST_JOINS = new Set([',', 'and', 'or', '&', ', and', ', or', ', &', 'and also', 'vs', 'versus']);
/** A word starting with a capital, or a small, letter. */
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** Small words a verb group may carry between a subject and the list or marker after it. */
const VERB_GROUP_EXTRA = new Set(['by', 'up', 'down', 'out', 'off', 'past', 'along', 'around', 'about', 'away']);

/** Which of the subject pass's word lists a word is in: computed once per distinct word (the analyzer caches it). */
export function subjectWordFlags(norm: string, lemma: string): number {
  const inList = (set: ReadonlySet<string>) => set.has(norm) || (lemma !== norm && set.has(lemma));
  // The pass asks these of the word as written only.
  const asWritten = (set: ReadonlySet<string>, bit: number) => (set.has(norm) ? bit : 0);
  return (
    (inList(ATTRIBUTE_WORD) ? WORD_ATTRIBUTE : 0) |
    (inList(FRAME) ? WORD_FRAME : 0) |
    asWritten(BOUNDARY_WORDS, WORD_BOUNDARY) |
    asWritten(MODALS, WORD_MODAL) |
    asWritten(POSSESSIVES, WORD_POSSESSIVE) |
    asWritten(NOT_HEAD, WORD_NOT_HEAD) |
    (startsProductionName(norm) ? WORD_PRODUCTION : 0) |
    asWritten(NOUN_LIKE_PARTICIPLES, WORD_NOUN_LIKE_PARTICIPLE)
  );
}

interface Segment {
  /** First and one-past-last token of the segment (boundaries excluded). */
  start: number;
  end: number;
  /** The boundary tokens before it, as written and lowercased, joined by spaces (", and" → ", and"). */
  join: string;
  sentence: number;
}

type Np = SubjectCandidate & { segment: number; headIndex: number };

const scratch = new Scratch();

const compatible = (a: SubjectKind, b: SubjectKind) => a === b || ((a === 'animate' || a === 'thing') && (b === 'animate' || b === 'thing'));

/** A determiner, a number or a possessive: the phrase it opens names a subject of its own ("a dog", "two cats", "her son"). */
const determines = (t: Token) => t.tag === 'det' || t.tag === 'num' || POSSESSIVES.has(t.norm);

/** The word, as written or in its dictionary form, is in the set (one lookup when the two are the same). */
const inSet = (set: ReadonlySet<string>, t: Token) => set.has(t.norm) || (t.lemma !== t.norm && set.has(t.lemma));

/**
 * The chunker's view of one prompt, shared by its phases. Each phase is a function of its own
 * rather than a block of one long function: V8 takes seconds to optimise a function of this
 * size, so a batch ran unoptimised for its first thousands of prompts, and a rare prompt that
 * sent the code back to the interpreter cost the whole pass another compile.
 */
interface Chunks {
  tokens: readonly Token[];
  text: string;
  segments: Segment[];
  /** Token index → its segment, or -1 for a boundary. */
  segmentOf: Int32Array;
  /** A plural the tagger took for a verb that is a noun here (see pluralSubjects). */
  forcedNoun: Int32Array;
  /** A word the tagger took for a noun that is a verb here (see verbsTakenForNouns). */
  asVerb: Int32Array;
  /** Per token, its subjectWordFlags. */
  flags: ArrayLike<number>;
}

/** Where the noun phrases are: per token, the phrase covering it; per segment, its first and last phrase. */
interface PhraseIndex {
  npAt: Int32Array;
  leadOf: Int32Array;
  tailOf: Int32Array;
}

interface List {
  items: number[];
  attribute: boolean;
}

export function findSubjects(input: SubjectInput): { subjects: SubjectCandidate[]; nounLists: NounList[] } {
  const { tokens, text, byCategory } = input;
  scratch.reset();
  const tokenKind = tokenKinds(input);
  const backgroundMark = backgroundMarks(byCategory, tokens.length);
  const flags = input.wordFlags;
  const { segments, segmentOf } = findSegments(tokens, flags, input.json);
  const forcedNoun = pluralSubjects(tokens, segments, segmentOf);
  const chunks: Chunks = { tokens, text, segments, segmentOf, forcedNoun, asVerb: verbsTakenForNouns(tokens, flags, forcedNoun), flags };
  const nps = nounPhrases(chunks, tokenKind);
  joinPhrasesOf(chunks, nps, tokenKind);
  const index = phraseIndex(chunks, nps);
  const lists = findLists(chunks, nps, index);
  const listOf = scratch.ints(nps.length, -1);
  lists.forEach((l, k) => {
    for (const item of l.items) listOf[item] = k;
  });
  markBackground(chunks, nps, index.npAt, lists, listOf, backgroundMark, byCategory);
  markAgents(chunks, nps, index, lists);
  markStyleReferences(chunks, nps, lists, input.quotations);
  return withoutPassFields(nps, lists);
}

/**
 * What each token names, from the lexicons: subject kinds first, then production vocabulary,
 * then places. `undefined`: nothing known (a thing, if it heads a noun phrase).
 */
function tokenKinds(input: SubjectInput): (SubjectKind | undefined)[] {
  const { tokens, text, byCategory, wordFlags } = input;
  const n = tokens.length;
  const tokenKind: (SubjectKind | undefined)[] = new Array(n);
  const markAll = (matches: readonly LexiconMatch[], kind: SubjectKind, when?: (m: LexiconMatch) => boolean) => {
    for (const m of matches) {
      if (when && !when(m)) continue;
      // A match ending at a hyphen inside its last word names the modifier of a compound, not
      // its head ("child-like", "dog-shaped"): the word after the hyphen says what it is.
      const last = tokens[m.tokenEnd - 1]!;
      const end = m.end < last.end && text.charCodeAt(m.end) === 45 ? m.tokenEnd - 1 : m.tokenEnd;
      for (let i = m.tokenStart; i < end; i++) tokenKind[i] ??= kind;
    }
  };
  markAll(byCategory.subject, 'animate', (m) => ANIMATE.has(m.kind));
  markAll(byCategory.subject, 'attribute', (m) => ATTRIBUTE.has(m.kind));
  for (let i = 0; i < n; i++) if (tokenKind[i] === undefined && (wordFlags[i]! & WORD_ATTRIBUTE) !== 0) tokenKind[i] = 'attribute';
  for (const c of TECHNICAL) markAll(byCategory[c], 'technical');
  // The picture itself ("a photo", "the footage", "the scene") is not a thing in it; nor is a
  // camera glued to what carries it or how it moves ("shakycam", "flycam", "handcam").
  for (let i = 0; i < n; i++) if (tokenKind[i] === undefined && ((wordFlags[i]! & WORD_FRAME) !== 0 || gluedCamera(tokens[i]!))) tokenKind[i] = 'technical';
  markAll(byCategory.environment, 'setting');
  // Motion terms are production vocabulary too, after places: "a storm", "a waterfall" stay settings.
  markAll(byCategory.motion, 'technical');
  markAll(byCategory.background, 'setting', (m) => m.kind === 'position');
  return tokenKind;
}

/** A word the lexicon lacks, one word with "cam" at its end: "shakycam", "trailcam" (not "Cam", "scam"). */
function gluedCamera(t: Token): boolean {
  return !t.known && t.norm.length >= 6 && t.norm.endsWith('cam') && t.kind === 'word';
}

/** Token marks: 1 inside an extra ("a crowd of onlookers"), 2 inside a background modifier. */
function backgroundMarks(byCategory: SubjectInput['byCategory'], n: number): Int32Array {
  const backgroundMark = scratch.ints(n);
  for (const m of byCategory.subject) if (EXTRA_KINDS.includes(m.kind)) for (let i = m.tokenStart; i < m.tokenEnd; i++) backgroundMark[i] = 1;
  for (const m of byCategory.background) if (m.kind === 'modifier') for (let i = m.tokenStart; i < m.tokenEnd; i++) backgroundMark[i] = 2;
  return backgroundMark;
}

/** A JSON string's marks and the brackets around objects and arrays. */
const JSON_MARKS = new Set(['"', '{', '}', '[', ']']);

/** The longest speaker's note before a script's colon: "(in Mandarin, softly)". */
const MAX_SPEAKER_NOTE = 8;

/**
 * After a speaker's note opening at token `k` ("(V.O.)", "(whispering)"): the index past its
 * closing bracket, read past the full stops inside it; `k` itself when no note opens there, or -1
 * when the bracket does not close within a note's length.
 */
export function afterSpeakerNote(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  const stop = Math.min(tokens.length, k + MAX_SPEAKER_NOTE);
  while (k < stop && tokens[k]!.text !== ')') k++;
  return tokens[k]?.text === ')' ? k + 1 : -1;
}

/**
 * A field's name opening its line or clause before a colon ("Characters: …", "Subject: …", a
 * JSON key `"subjects": […]`), or a script's speaker with a note ("NARRATOR (V.O.): …", "BOY
 * (whispering): …"): it names what follows; whoever speaks is named in the action, or is a voice.
 * Not a phrase's last word ("Two people: a man and a woman"). Returns the colon's index, or -1.
 */
function fieldName(tokens: readonly Token[], i: number, json: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'word') return -1;
  let k = i + 1;
  if (json >= 0 && t.start >= json && tokens[k]?.text === '"') k++;
  else k = afterSpeakerNote(tokens, k);
  return k >= 0 && tokens[k]?.text === ':' ? k : -1;
}

/**
 * Segments: a sentence cut at commas, semicolons and coordinating/subordinating words. In a
 * prompt written as JSON (from `json`, or -1), its marks and brackets cut too, and leave no trace
 * in the join: `["a juggler", "a dog"]` is a list like "a juggler, a dog".
 */
function findSegments(tokens: readonly Token[], flags: ArrayLike<number>, json: number): { segments: Segment[]; segmentOf: Int32Array } {
  const n = tokens.length;
  const segments: Segment[] = [];
  const segmentOf = scratch.ints(n, -1);
  let start = -1;
  let join: string[] = [];
  let sentence = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) {
      const seg = segments.length;
      segments.push({ start, end, join: join.join(' ').replace(' ,', ','), sentence });
      for (let i = start; i < end; i++) segmentOf[i] = seg;
      join = [];
    }
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) {
      close(i);
      sentence = t.sentence;
      join = [];
    }
    let boundary = t.kind === 'punct' ? BOUNDARY_PUNCT.has(t.text) || t.text === '.' || t.text === '!' || t.text === '?' : t.kind === 'symbol' ? BOUNDARY_PUNCT.has(t.text) : (flags[i]! & WORD_BOUNDARY) !== 0;
    // A bullet or heading mark before the line's first word, and Markdown's emphasis ("**Camera:** a dolly").
    if (!boundary && (t.kind === 'punct' || t.kind === 'symbol') && ((start < 0 && LINE_MARKS.has(t.text)) || t.text === '*')) boundary = true;
    if (json >= 0 && t.start >= json && t.kind !== 'word' && JSON_MARKS.has(t.text)) {
      close(i);
      continue;
    }
    if (start < 0 && !boundary) {
      const colon = fieldName(tokens, i, json);
      if (colon >= 0) {
        // The name, a speaker's note and the colon are all boundaries; no list runs across them.
        close(i);
        join.push(':');
        i = colon;
        continue;
      }
    }
    // Coordinated adjectives stay inside their phrase: "a large, vintage ship", "a close and warm hug".
    if (boundary && (t.text === ',' || t.norm === 'and' || t.norm === 'or') && tokens[i - 1]?.tag === 'adj' && tokens[i + 1]?.tag === 'adj' && tokens[i - 1]!.sentence === t.sentence) boundary = false;
    if (boundary) {
      close(i);
      join.push(t.norm);
      continue;
    }
    if (start < 0) start = i;
  }
  close(n);
  return { segments, segmentOf };
}

/** Nothing, or a word that ends a noun phrase, follows token `i`. */
function endsPhrase(tokens: readonly Token[], flags: ArrayLike<number>, i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.kind === 'punct' || next.kind === 'symbol' || next.tag === 'conj' || next.tag === 'prep' || (flags[i + 1]! & WORD_BOUNDARY) !== 0;
}

/**
 * A plural the tagger took for a verb, opening a segment before a verb ("while crowds pass",
 * "birds fly") or before "of" ("crowds of people"): the subject, a noun.
 */
function pluralSubjects(tokens: readonly Token[], segments: readonly Segment[], segmentOf: Int32Array): Int32Array {
  const n = tokens.length;
  const forcedNoun = scratch.ints(n);
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    if (t.tag !== 'verb' || t.verbForm !== 's' || !t.pos.includes('noun')) continue;
    const seg = segmentOf[i]!;
    if (seg < 0 || segments[seg]!.start !== i) continue;
    const next = tokens[i + 1]!;
    if (next.norm === 'of' || (isWordToken(next) && next.pos.includes('verb') && next.lemma === next.norm && next.sentence === t.sentence)) forcedNoun[i] = 1;
  }
  return forcedNoun;
}

/** Words the tagger took for nouns that are verbs here: they end a noun phrase. */
function verbsTakenForNouns(tokens: readonly Token[], flags: ArrayLike<number>, forcedNoun: Int32Array): Int32Array {
  const n = tokens.length;
  const asVerb = scratch.ints(n);
  // Each test reads only the words around its own, so one pass asks them in turn.
  for (let i = 0; i < n; i++) {
    const tag = tokens[i]!.tag;
    if (tag !== 'noun' && tag !== 'verb' && tag !== 'name') continue;
    if (baseAfterPlural(tokens, flags, forcedNoun, i) || agreesWithSingular(tokens, i) || beforeItsObject(tokens, i) || relativeVerb(tokens, i) || participleBeforePreposition(tokens, flags, i) || livingVerbAfterName(tokens, i) || livingVerbAfterBareSubject(tokens, i)) asVerb[i] = 1;
  }
  return asVerb;
}

/**
 * A verb only a living body does, written in lower case right after a capitalised name
 * ("Freddie Mercury dance", "Kyle smiles at her"): the name's verb, not the last word of a
 * compound.
 */
function livingVerbAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev === undefined || t.text !== t.norm || !t.pos.includes('verb') || !LIVING_VERB.has(t.lemma)) return false;
  // (Not after a lone letter, "the letters Z and Y dance", nor a contraction, "We'll talk".)
  if (!isWordToken(prev) || prev.clause !== t.clause || prev.text.length < 2 || !LETTERS.test(prev.text) || !capitalisedName(prev) || prev.pos.includes('adj')) return false;
  // A base form before a noun compounds with it ("Ballroom dance scene"); the -s form agrees ("Kyle smiles").
  const next = tokens[i + 1];
  if (t.lemma === t.norm && isWordToken(next) && next.tag === 'noun') return false;
  // Not after a determiner, an adjective or a verb before the name: "traditional Indian dances"
  // names a style, "dancing Kpop dance" what is danced.
  let k = i - 2;
  while (k >= 0 && isWordToken(tokens[k]) && isCapitalised(tokens[k]!.text) && nameWord(tokens[k]!)) k--;
  const before = tokens[k];
  return !isWordToken(before) || (before.tag !== 'adj' && before.tag !== 'det' && before.tag !== 'verb');
}

/**
 * The -s form of a verb only a living body does, right after a bare person or animal word that
 * opens the sentence or a tag ("man drinks Fanta", "woman smiles as the camera zooms in"): the
 * subject's verb, not the head of a compound.
 */
function livingVerbAfterBareSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // (Asked of most words: the cheapest test first.)
  if (t.norm.charCodeAt(t.norm.length - 1) !== 115 || prev === undefined || t.lemma === t.norm || !t.pos.includes('verb') || !LIVING_VERB.has(t.lemma)) return false;
  if (!isWordToken(prev) || prev.lemma !== prev.norm || !TITLE_WORDS.has(prev.norm) || prev.sentence !== t.sentence) return false;
  const before = tokens[i - 2];
  return !isWordToken(before) || before.sentence !== prev.sentence;
}

/**
 * A base-form verb the tagger took for a noun after a plural subject ("crowds pass", "people
 * walk", "a man and a woman walk"): a verb, so it ends the phrase.
 */
function baseAfterPlural(tokens: readonly Token[], flags: ArrayLike<number>, forcedNoun: Int32Array, i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const nounLike = t.tag === 'noun' || (t.tag === 'name' && t.text === t.norm);
  if (prev === undefined || !nounLike || !t.pos.includes('verb') || t.lemma !== t.norm || !(prev.tag === 'noun' || forcedNoun[prev.index] === 1)) return false;
  let k = i - 1;
  while (k > 0 && (tokens[k - 1]!.tag === 'adj' || tokens[k - 1]!.tag === 'det' || tokens[k - 1]!.tag === 'num')) k--;
  const coordinated = COORDINATING.has(tokens[k - 1]?.norm ?? '');
  const plural = prev.lemma !== prev.norm || prev.norm === 'people' || coordinated;
  const next = tokens[i + 1];
  // Followed by what a verb takes: nothing, a determiner, an adverb, a pronoun or a plural object.
  const takes = endsPhrase(tokens, flags, i) || (isWordToken(next) && (next.tag === 'det' || next.tag === 'adv' || next.tag === 'pron' || (next.tag === 'noun' && next.lemma !== next.norm)));
  // Two people or animals joined by "and" agree with a base form before a bare object ("a man
  // and a woman practice yoga on mats"; not "a lamp and a vintage alarm clock").
  const bareObject = coordinated && k === i - 2 && tokens[k]!.tag === 'det' && TITLE_WORDS.has(prev.lemma) && isWordToken(next) && next.tag === 'noun' && endsPhrase(tokens, flags, i + 1);
  return plural && (takes || bareObject);
}

/**
 * An -s form after a singular phrase ("a street musician plays violin"): agreement says verb,
 * also when the tagger said so, which the bare-compound reading in `nouny` would undo.
 */
function agreesWithSingular(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev === undefined || (t.tag !== 'noun' && t.tag !== 'verb') || !t.pos.includes('verb') || t.lemma === t.norm || !t.norm.endsWith('s')) return false;
  // The noun may be one the tagger read as an adjective ("a focused individual sits", "a pink convertible cruises").
  // Then the verb is followed by what a verb of motion or posture takes: a preposition, an adverb, an object's determiner or nothing.
  if (prev.tag !== 'noun' && !(prev.tag === 'adj' && prev.pos.includes('noun') && isWordToken(tokens[i - 2]) && (tokens[i - 2]!.tag === 'adj' || tokens[i - 2]!.tag === 'det') && verbFollows(tokens[i + 1]))) return false;
  // Back to the determiner, through "of" ("A pod of dolphins leaps": the pod agrees).
  let k = i - 1;
  let crossedOf = false;
  while (k > 0 && (tokens[k - 1]!.tag === 'adj' || tokens[k - 1]!.tag === 'noun' || (tokens[k - 1]!.norm === 'of' && (crossedOf = true)))) k--;
  if (prev.lemma !== prev.norm && !crossedOf) return false;
  return SINGULAR_DETS.has(tokens[k - 1]?.norm ?? '');
}

/** What can follow a verb but not a noun it would compound with: a preposition, an adverb, a determiner, a pronoun, a mark or nothing. */
function verbFollows(next: Token | undefined): boolean {
  return !isWordToken(next) || next.tag === 'prep' || next.tag === 'adv' || next.tag === 'det' || next.tag === 'pron';
}

/**
 * An -s form with its object right after it, where no determiner or adjective opens a phrase
 * for it ("a macro shot captures a feather", "the stove crackles and emits a warmth"): a verb.
 */
function beforeItsObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || next === undefined || t.tag !== 'noun' || !t.pos.includes('verb') || t.lemma === t.norm || !t.norm.endsWith('s')) return false;
  if (prev.tag === 'det' || prev.tag === 'adj' || prev.tag === 'num' || POSSESSIVES.has(prev.norm)) return false;
  // Not before a relative "that" ("eyes that reflect the sky", "bubbles that float").
  return (next.tag === 'det' || POSSESSIVES.has(next.norm)) && next.norm !== 'that' && next.sentence === t.sentence;
}

/**
 * The verb of a relative "that" after a noun, before what it acts on ("a glow that highlights
 * its fin", "bubbles that enhance the mood"): "that" does not determine a plural, and a base
 * form after a plural noun agrees with it.
 */
function relativeVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (i < 2 || next === undefined || t.tag !== 'noun' || !t.pos.includes('verb') || tokens[i - 1]!.norm !== 'that') return false;
  const head = tokens[i - 2]!;
  if (!(head.tag === 'noun' || head.tag === 'name' || (head.tag === 'adj' && head.pos.includes('noun'))) || next.sentence !== t.sentence || next.tag === 'verb') return false;
  const sForm = t.lemma !== t.norm && t.norm.endsWith('s');
  const base = t.lemma === t.norm && head.lemma !== head.norm && (next.tag === 'det' || next.tag === 'pron' || next.tag === 'adv' || POSSESSIVES.has(next.norm));
  return sForm || base;
}

/**
 * A participle spelt like a noun between "be", a comma or the sentence's start and a
 * preposition ("is set in", "Clad in armour, …"): a verb.
 */
function participleBeforePreposition(tokens: readonly Token[], flags: ArrayLike<number>, i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || t.tag !== 'noun' || (flags[i]! & WORD_NOUN_LIKE_PARTICIPLE) === 0) return false;
  const prev = tokens[i - 1];
  const opens = prev === undefined || prev.sentence !== t.sentence || BE.has(prev.norm) || prev.text === ',';
  return opens && next.tag === 'prep' && next.norm !== 'of' && next.sentence === t.sentence;
}

/**
 * Markup written into the prompt that the tokenizer could not skip as an element (one cut off
 * before its ">"), not a word of it: the name of an HTML element glued to its bracket ("<img"),
 * or an attribute's name before its value (`class="…"`).
 */
function markup(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // An attribute of an element: class="…", src="…".
  if (next?.text === '=' && next.start === t.end && tokens[i + 2]?.start === next.end && tokens[i + 2]!.kind !== 'word') return true;
  if (prev === undefined || prev.end !== t.start) return false;
  return HTML_ELEMENTS.has(t.norm) && (prev.text === '<' || (prev.text === '/' && tokens[i - 2]?.text === '<' && tokens[i - 2]!.end === prev.start));
}

function isVerb(c: Chunks, i: number): boolean {
  return c.tokens[i]!.tag === 'verb' || c.asVerb[i] === 1;
}

/** A verb's base form at token i, or after one adverb ("can only be", "will slowly turn"). */
function beforeBaseVerb(tokens: readonly Token[], i: number): boolean {
  let t = tokens[i];
  if (isWordToken(t) && t.tag === 'adv') t = tokens[i + 1];
  return isWordToken(t) && t.pos.includes('verb') && t.lemma === t.norm;
}

/** Whether token i can head a noun phrase, in a phrase with or without a determiner so far. */
function nouny(c: Chunks, i: number, npHasDet: boolean): boolean {
  const { tokens, flags } = c;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (c.asVerb[i] || (flags[i]! & WORD_NOT_HEAD) !== 0 || markup(tokens, i)) return false;
  // A modal after a word and before a verb's base form ("his father will catch", "the video
  // should be", "one can see", "a robot that can move"), not "a can of beans" or "a tin can rolls".
  if ((flags[i]! & WORD_MODAL) !== 0 && isWordToken(prev) && (prev.tag !== 'det' || prev.norm === 'that') && beforeBaseVerb(c.tokens, i + 1)) return false;
  // A preposition the tagger took for a noun ("past mountains") governs the next phrase.
  if (t.pos.includes('prep') && isWordToken(next) && (next.tag === 'det' || next.tag === 'noun' || next.tag === 'adj')) return false;
  if (t.tag === 'noun' || t.tag === 'name' || c.forcedNoun[i]) return true;
  // A word that can be either, ending a phrase after a determiner ("a table,", "the light."): a noun,
  // unless a comma joins it to the next adjective of its noun ("a lush, green meadow").
  if (t.tag === 'adj' && t.pos.includes('noun') && npHasDet && (endsPhrase(tokens, flags, i) || (isWordToken(next) && (next.tag === 'det' || next.tag === 'verb' || c.asVerb[i + 1] === 1))) && !(next?.text === ',' && tokens[i + 2]?.tag === 'adj')) return true;
  // Before a form of "be" or a modal, with or without a determiner ("sonic is fast", "the beauty will"): a noun.
  if (t.tag === 'adj' && t.pos.includes('noun') && isWordToken(next) && (BE.has(next.norm) || (flags[i + 1]! & WORD_MODAL) !== 0)) return true;
  // A plural written like a verb inside a bare compound ("food stalls,", "green lights"):
  // a noun when it follows a noun or adjective in a phrase without a determiner.
  if (t.tag === 'verb' && t.verbForm === 's' && t.pos.includes('noun') && !npHasDet) {
    const listEnd = !next || next.kind === 'punct' || next.kind === 'symbol' || next.tag === 'conj' || (flags[i + 1]! & WORD_BOUNDARY) !== 0;
    return isWordToken(prev) && (prev.tag === 'noun' || prev.tag === 'adj') && listEnd;
  }
  return false;
}

/** Noun phrases: runs of determiner/adjective/number/noun tokens ending in a noun. */
function nounPhrases(c: Chunks, tokenKind: readonly (SubjectKind | undefined)[]): Np[] {
  const { tokens, text, segmentOf, forcedNoun, asVerb, flags } = c;
  const n = tokens.length;
  const nps: Np[] = [];
  let people: string[] | undefined;
  /** Heads of names a person or animal word opens ("rapper Katy Perry"): someone, whatever is renamed. */
  let titledHeads: number[] | undefined;
  for (let i = 0; i < n; ) {
    const t = tokens[i]!;
    const governs = t.pos.includes('prep') && isWordToken(tokens[i + 1]) && tokens[i + 1]!.tag === 'det';
    const opens = isWordToken(t) && !governs && (forcedNoun[i] === 1 || t.tag === 'det' || t.tag === 'adj' || t.tag === 'num' || t.tag === 'noun' || t.tag === 'name' || (flags[i]! & WORD_POSSESSIVE) !== 0);
    // A word outside every segment is a boundary: a coordinator, or a field's name ("Characters:").
    if (!opens || (flags[i]! & WORD_BOUNDARY) !== 0 || asVerb[i] || segmentOf[i] === -1) {
      i++;
      continue;
    }
    // "that" opening a clause: before a determiner it joins a clause ("shows that the spirit
    // prays"), and after a noun, before a word that can be a verb, it opens a relative clause ("a
    // book that emits light"): no part of a phrase, nor is that verb.
    if (t.norm === 'that') {
      const next = tokens[i + 1];
      if (isWordToken(next) && (next.tag === 'det' || (flags[i + 1]! & WORD_POSSESSIVE) !== 0)) {
        i++;
        continue;
      }
      const prev = tokens[i - 1];
      if (isWordToken(next) && isWordToken(prev) && (prev.tag === 'noun' || prev.tag === 'name') && next.pos.includes('verb')) {
        i += 2;
        continue;
      }
    }
    let j = i;
    let head = -1;
    let hasDet = false;
    while (j < n) {
      const u = tokens[j]!;
      const adjectiveJoin = (u.norm === 'and' || u.norm === 'or') && tokens[j - 1]?.tag === 'adj' && tokens[j + 1]?.tag === 'adj';
      if (!isWordToken(u) || u.clause !== t.clause || (j > i && (flags[j]! & WORD_BOUNDARY) !== 0 && !adjectiveJoin) || asVerb[j]) break;
      if (adjectiveJoin) {
        j++;
        continue;
      }
      const det = u.tag === 'det' || (j === i && (flags[j]! & WORD_POSSESSIVE) !== 0);
      if (det && head >= 0) break; // a new determiner after a noun starts a new phrase
      if (head === j - 1 && actsAfter(tokens, tokenKind, head)) {
        asVerb[j] = 1;
        break;
      }
      if (det) hasDet = true;
      const participle = u.tag === 'verb' && (u.verbForm === 'ing' || u.verbForm === 'ed') && j > i && head < 0 && isWordToken(tokens[j + 1]) && (tokens[j + 1]!.tag === 'noun' || tokens[j + 1]!.tag === 'adj');
      if (nouny(c, j, hasDet)) head = j;
      else if (!(det || u.tag === 'adj' || u.tag === 'num' || participle)) break;
      j++;
    }
    // A name given by "named" or "called" ends where its capitals do ("a robot called Unit 7
    // walks", "a cat named Luna play"): the word after it is its verb.
    const given = head >= i && NAMING.has(tokens[i - 1]?.norm ?? '') && isCapitalised(t.text);
    if (given && head > i) {
      let h = i;
      while (h < head && (isCapitalised(tokens[h + 1]!.text) || tokens[h + 1]!.kind === 'number')) h++;
      // (Not before a possessive or a noun, nor a participle of a noun: "a mouse named Mia's
      // efforts", "a brand named Anikia's handcrafted candles".)
      const after = tokens[h + 2];
      if (h < head && tokens[h + 1]!.kind === 'word' && tokens[h + 1]!.pos.includes('verb') && !(isWordToken(after) && (after.tag === 'noun' || after.tag === 'adj'))) {
        asVerb[h + 1] = 1;
        head = h;
      }
    }
    if (head >= 0 && head === i && standsAsAdjective(tokens, flags, head, tokenKind[head])) head = -1;
    // A person word taken for an adjective standing alone as a tag is that person ("female, solo, sad").
    if (head < 0 && t.tag === 'adj' && tokenKind[i] === 'animate' && PERSON_WORDS.has(t.norm) && (i === 0 || tokens[i - 1]!.text === ',') && (i + 1 === n || tokens[i + 1]!.text === ',')) head = i;
    if (head >= 0) {
      const first = tokens[i]!;
      const last = tokens[head]!;
      const titled = tokenKind[head] === undefined && titledName(tokens, tokenKind, i, head);
      const someone = titled || (tokenKind[head] === undefined && namesSomeone(tokens, tokenKind, asVerb, i, head));
      if (someone) (people ??= []).push(tokens[head]!.lemma);
      if (titled) (titledHeads ??= []).push(head);
      // A name given by "named" is a name, not the body part, animal, light or camera word it is
      // spelt like ("Whiskers", "Tiger", "Thunder"; "a movie called The Goblins"); a place's stays a place.
      const named = given && tokenKind[head] !== undefined && tokenKind[head] !== 'setting' && capitalisedRun(tokens, i, head);
      const kind = named ? 'thing' : (tokenKind[head] ?? (someone ? 'animate' : 'thing'));
      nps.push({
        start: first.start,
        end: last.end,
        tokenStart: i,
        tokenEnd: head + 1,
        headIndex: head,
        head: last.lemma,
        text: text.slice(first.start, last.end),
        role: 'focal',
        animate: kind === 'animate',
        kind,
        agent: false,
        segment: segmentOf[i]!,
      });
      i = head + 1;
    } else i = Math.max(j, i + 1);
  }
  // A name set off by commas beside a person or an animal, before the verb, is that one: after
  // the person it only labels them ("her son, Jesus, sleeps"); before, it joins the phrase,
  // named by the person word ("Barack Obama, former president, gives a speech").
  for (let k = 0; k < nps.length; k++) {
    const np = nps[k]!;
    // (A thing, or someone only by the name: "our hero, James Bond, leaps".)
    if (np.kind !== 'thing' && !(np.kind === 'animate' && tokenKind[np.headIndex] === undefined)) continue;
    const side = apposedName(c, tokenKind, np, nps[k - 1], nps[k + 1]);
    if (side === 0) continue;
    const other = nps[k + side]!;
    if (side < 0) nps.splice(k--, 1);
    else nps.splice(k, 2, spanning(np, other, other, text));
  }
  // A name found to be someone's is theirs wherever it stands ("Sparky was no ordinary firefly").
  // Not one given to a subject named before ("a young girl named Nora … Nora smiles"): that
  // subject and the name are one, and the rules know it by the first one's head.
  if (people) {
    const renamed = (np: Np) => NAMING.has(tokens[np.tokenStart - 1]?.norm ?? '');
    for (const np of nps) if (renamed(np) && people.includes(np.head)) people = people.filter((p) => p !== np.head);
    for (const np of nps) {
      if (!people.includes(np.head) || renamed(np) || !isCapitalised(tokens[np.headIndex]!.text)) {
        if (np.kind === 'animate' && tokenKind[np.headIndex] === undefined && !people.includes(np.head) && !titledHeads?.includes(np.headIndex)) {
          np.kind = 'thing';
          np.animate = false;
        }
        continue;
      }
      if (np.kind !== 'thing') continue;
      np.kind = 'animate';
      np.animate = true;
    }
  }
  return nps;
}

/**
 * An -ing form the tagger read as an adjective, right after a person or an animal and before what
 * a verb takes ("its owner demanding breakfast", "a knight wielding a sword"): their verb, not a
 * modifier of the next noun.
 */
function actsAfter(tokens: readonly Token[], tokenKind: readonly (SubjectKind | undefined)[], head: number): boolean {
  const u = tokens[head + 1]!;
  // (Not after a possessive, "the animal's striking appearance", nor the first word of a compound
  // the lexicons know, "a family guy living room".)
  const compound = tokenKind[head + 1] !== undefined && tokenKind[head + 1] === tokenKind[head + 2];
  if (tokenKind[head] !== 'animate' || compound || u.tag !== 'adj' || u.verbForm !== 'ing' || !u.pos.includes('verb') || POSSESSIVE_END.test(tokens[head]!.norm)) return false;
  const next = tokens[head + 2];
  return isWordToken(next) && next.clause === u.clause && (next.tag === 'det' || next.tag === 'noun' || next.tag === 'adv' || next.tag === 'pron');
}

/** Every word from `start` to `end` written with a capital, or a number: "Unit 7", "The Goblins". */
function capitalisedRun(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (!isCapitalised(tokens[k]!.text) && tokens[k]!.kind !== 'number') return false;
  return true;
}

/** A word of a name: one the lexicon knows as a name and not as a place, or a capitalised noun it does not know. */
function nameWord(t: Token): boolean {
  if (isAllCaps(t.text)) return false;
  if (t.tag === 'name') return !isPlaceName(t.norm);
  return t.tag === 'noun' && !t.known && isCapitalised(t.text);
}

/** A word of a name written with a capital: "Katy", "Hepburn" (not "NASA", nor "paris"). */
export function capitalisedName(t: Token): boolean {
  return nameWord(t) && isCapitalised(t.text);
}

/**
 * Whether a phrase from `start` to the name at `head` ("the handsome Elton", "Kanye West",
 * "Ethiopian") names someone: a word for a person's look before the name ("handsome Jon Hamm"), or
 * right after it (past an adverb or a form of "be") a verb only a living body does ("smiles",
 * "performing"), or "his"/"her" after one verb ("Thanos snaps his fingers"). A place or a brand does none of these ("Santorini glowing").
 * A person or creature word before the name leaves the phrase as it was ("baby Krishna").
 */
function namesSomeone(tokens: readonly Token[], tokenKind: readonly (SubjectKind | undefined)[], asVerb: Int32Array, start: number, head: number): boolean {
  const t = tokens[head]!;
  const prev = head > start ? tokens[head - 1]! : undefined;
  // The name itself, or the capitalised last word of one ("Kanye West").
  if (!nameWord(t) && !(prev !== undefined && isCapitalised(t.text) && !isAllCaps(t.text) && nameWord(prev)) && !unknownBeforeLivingVerb(tokens, head)) return false;
  // A plural opening its sentence is capitalised for that alone ("Reflections dance on the pavement").
  if (t.tag !== 'name' && t.lemma !== t.norm && (head === 0 || tokens[head - 1]!.sentence !== t.sentence)) return false;
  // A name after "named" renames the phrase before it: one subject, not two ("a young girl named Nora walks").
  // One after "from" is where the subject before it comes from, and the verb is that subject's
  // ("a fish monster from the Lovecraftian Mythos screaming", "Shinji from Evangelion is talking").
  const before = tokens[start - 1]?.norm ?? '';
  if (NAMING.has(before) || before === 'from') return false;
  // A person or creature word before the name says what it is already ("rapper Katy Perry", "baby Krishna").
  for (let k = start; k < head; k++) if (tokenKind[k] === 'animate') return false;
  for (let k = start; k < head; k++) if (PERSON_ADJECTIVE.has(tokens[k]!.norm)) return true;
  if (fullName(tokens, start, head)) return true;
  let k = head + 1;
  if (isWordToken(tokens[k]) && (tokens[k]!.tag === 'adv' || BE.has(tokens[k]!.norm))) k++;
  const u = tokens[k];
  if (!isWordToken(u) || u.clause !== t.clause || isCapitalised(u.text)) return false;
  // (An -ing form the tagger read as an adjective is the verb here: "Jessica smiling widely".)
  if ((u.tag === 'verb' || asVerb[k] === 1 || (u.verbForm === 'ing' && u.pos.includes('verb'))) && LIVING_VERB.has(u.lemma)) return true;
  const after = tokens[k + 1];
  return u.tag === 'verb' && isWordToken(after) && after.clause === t.clause && PERSON_PRONOUNS.has(after.norm);
}

/**
 * A lower-case word no lexicon knows, right before the -s form of a verb only a living body does
 * ("a trucker sips chai", "zenitsu screams"): a name or a noun for someone, typed in lower case.
 * The -s form agrees with the word; an -ing form may follow a thing worn or held ("wearing
 * converse dancing"). Only after "a", a joining word or nothing in its clause.
 */
function unknownBeforeLivingVerb(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head]!;
  if (t.known || t.tag !== 'noun' || t.text !== t.norm || t.lemma !== t.norm) return false;
  // (After "a" or alone, not after "the" or a possessive: "the engine coughs" is a figure of speech.)
  const prev = tokens[head - 1];
  if (isWordToken(prev) && prev.clause === t.clause && !INDEFINITE_ARTICLES.has(prev.norm) && !BOUNDARY_WORDS.has(prev.norm)) return false;
  const u = tokens[head + 1];
  return isWordToken(u) && u.tag === 'verb' && u.clause === t.clause && u.norm !== u.lemma && u.norm.endsWith('s') && LIVING_VERB.has(u.lemma) && LETTERS.test(t.text);
}

/** A word only a name to the lexicon, written with a capital: "Tom", "Gwen" (not "Art", "Jade", nor a place). */
export function givenName(t: Token): boolean {
  return t.tag === 'name' && t.pos.length === 1 && capitalisedName(t) && LETTERS.test(t.text);
}

/**
 * A given name and a surname, with no article or noun before them ("Tom Cruise", "Gwen Stacy", "Lana Del
 * Rey"): the first word only a name to the lexicon (not "Art Deco", "Jade Sword", nor a place), the
 * rest words of a name written with a capital. "the Mona Lisa" is a painting.
 */
function fullName(tokens: readonly Token[], start: number, head: number): boolean {
  // The surname may be a word the dictionary knows ("Tom Cruise", "Emma Stone").
  const last = tokens[head]!;
  if (!isCapitalised(last.text) || isAllCaps(last.text) || !LETTERS.test(last.text)) return false;
  // Not a plural the dictionary knows, nor a work or a look: "Juliet Roses", "Kali Statue",
  // "Christopher Nolan Style" name a plant, a statue and a style.
  if ((last.tag === 'noun' && last.known && last.lemma !== last.norm) || WORK_NOUNS.has(last.norm)) return false;
  let k = head;
  while (k > start && capitalisedName(tokens[k - 1]!)) k--;
  // Two surnames at most ("John Wilkes Booth"; not "Orange Julius Fruit Smoothie Drink").
  if (k === head || head - k > 2) return false;
  // (Nor a heading before its colon: "Moss Microcosm: the tiny structures of a moss colony".)
  if (!givenName(tokens[k]!) || tokens[head + 1]?.text === ':') return false;
  // A noun before the name says what it names ("old camera Edison Kinetograph").
  for (let i = start; i < k; i++) if (determines(tokens[i]!) || tokens[i]!.tag === 'noun') return false;
  return true;
}

/** A person or animal named by the lexicon, not made a thing by a modifier. */
const namedAnimate = (tokenKind: readonly (SubjectKind | undefined)[], np: Np | undefined): np is Np => np !== undefined && np.kind === 'animate' && tokenKind[np.headIndex] === 'animate';

/** Within a few words after `from`, in its sentence, a comma followed by a verb: the end of an apposition. */
function commaBeforeVerb(c: Chunks, from: number): boolean {
  const { tokens } = c;
  for (let i = from; i < from + 6 && i + 1 < tokens.length && tokens[i]!.sentence === tokens[from]!.sentence; i++) {
    if (tokens[i]!.text !== ',') continue;
    const next = tokens[i + 1]!;
    return isWordToken(next) && (next.tag === 'verb' || c.asVerb[i + 1] === 1);
  }
  return false;
}

/**
 * A name (only words of a name) in apposition with a person or animal, closed by a comma before
 * the verb: -1 after it and a comma ("a dog, Max, running"), 1 before a comma and it ("Barack
 * Obama, former president, gives"), else 0.
 */
function apposedName(c: Chunks, tokenKind: readonly (SubjectKind | undefined)[], np: Np, prev: Np | undefined, next: Np | undefined): number {
  const { tokens } = c;
  if (!fullName(tokens, np.tokenStart, np.tokenEnd - 1)) for (let i = np.tokenStart; i < np.tokenEnd; i++) if (tokenKind[i] !== undefined || !nameWord(tokens[i]!)) return 0;
  if (namedAnimate(tokenKind, prev) && prev.tokenEnd === np.tokenStart - 1 && tokens[prev.tokenEnd]!.text === ',') return tokens[np.tokenEnd]?.text === ',' && commaBeforeVerb(c, np.tokenEnd) ? -1 : 0;
  return namedAnimate(tokenKind, next) && next.tokenStart === np.tokenEnd + 1 && tokens[np.tokenEnd]!.text === ',' && commaBeforeVerb(c, next.tokenEnd) ? 1 : 0;
}

/**
 * A name opened by a person, animal or creature word, with only words of the name between
 * ("rapper Katy Perry", "Princess Isabella", "monkey Poly"): the name is theirs. Not after a
 * possessive ("the turtle's Flippers").
 */
function titledName(tokens: readonly Token[], tokenKind: readonly (SubjectKind | undefined)[], start: number, head: number): boolean {
  // A capitalised plural is a product or a team, not someone ("the Red Dragon Noodles").
  const last = tokens[head]!;
  // Typed in lower case, the name ends in one the lexicon knows as a name, with at most one word
  // it does not know before it ("rapper khaligraph jones", "king charles"): a lowercase word the
  // lexicon lacks alone is as often a verb it lacks ("sea lions bask").
  const lowerName = last.tag === 'name' && last.norm.length > 2 && !isPlaceName(last.norm) && LETTERS.test(last.text);
  if (!(capitalisedName(last) || lowerName) || (last.tag === 'noun' && last.lemma !== last.norm)) return false;
  let k = head - 1;
  if (lowerName && k > start && tokenKind[k] === undefined && tokens[k]!.tag === 'noun' && !tokens[k]!.known && LETTERS.test(tokens[k]!.text)) k--;
  else while (k >= start && tokenKind[k] === undefined && capitalisedName(tokens[k]!)) k--;
  // The title used as a noun, in the singular ("a giant Scymber" is a size).
  const title = tokens[k];
  // (A lowercase name only after a person word: "alien flora" is plants.)
  return k >= start && title !== undefined && title.tag !== 'adj' && (lowerName && !capitalisedName(last) ? PERSON_TITLE_WORDS : TITLE_WORDS).has(title.lemma) && title.norm === title.lemma;
}

/**
 * A word the lexicons name nothing by, which can be an adjective, standing alone as a tag or after
 * a form of "be" ("…, realistic, futuristic", "the shards are terrible"): it describes, it names
 * nothing.
 */
function standsAsAdjective(tokens: readonly Token[], flags: ArrayLike<number>, i: number, kind: SubjectKind | undefined): boolean {
  const t = tokens[i]!;
  // A word in -ist that names no one the lexicons know describes a look as often as a follower
  // ("the room is minimalist", "…, surrealist, 8k"), even where the dictionary gives only the noun
  // (not a short word that only ends so: "list", "wrist").
  if (kind !== undefined || !(t.pos.includes('adj') || (t.tag === 'noun' && t.norm.length >= 6 && t.norm.endsWith('ist'))) || t.pos.includes('name')) return false;
  const prev = tokens[i - 1];
  return (prev === undefined || prev.kind === 'punct' || BE.has(prev.norm)) && endsPhrase(tokens, flags, i);
}

/**
 * One phrase from `first` to `last`, named by the head of `named`. Written out like the phrases
 * the chunker makes, so that every phrase has one shape: code that meets objects of a second
 * shape runs slower, and V8 throws away its optimised code when it first meets one.
 */
function spanning(first: Np, last: Np, named: Np, text: string): Np {
  return {
    start: first.start,
    end: last.end,
    tokenStart: first.tokenStart,
    tokenEnd: last.tokenEnd,
    headIndex: named.headIndex,
    head: named.head,
    text: text.slice(first.start, last.end),
    role: named.role,
    animate: named.animate,
    kind: named.kind,
    agent: named.agent,
    segment: first.segment,
  };
}

/** Phrases joined by "of" into one, and animate heads that a modifier makes a thing. */
function joinPhrasesOf(c: Chunks, nps: Np[], tokenKind: readonly (SubjectKind | undefined)[]): void {
  const { tokens, text } = c;
  // "a pod of dolphins", "crowds of people": one phrase, named by what it gathers.
  for (let k = 0; k + 1 < nps.length; k++) {
    const a = nps[k]!;
    const b = nps[k + 1]!;
    if (tokens[a.tokenEnd]?.norm !== 'of' || b.tokenStart !== a.tokenEnd + 1 || !GROUP.has(a.head)) continue;
    nps[k] = spanning(a, b, b, text);
    nps.splice(k + 1, 1);
  }
  // "the ghost of a man", "a statue of a woman", "the son of a farmer": one subject, named by
  // the first head; the person after "of" says whose or of whom it is. Not after a picture ("a
  // portrait of a girl": the girl is the subject) or a part ("the face of a woman"), nor when
  // the person opens a list ("a statue of a woman, a horse and a dog").
  for (let k = 0; k + 1 < nps.length; k++) {
    const a = nps[k]!;
    const b = nps[k + 1]!;
    // (Not a style borrowed from someone named: "the style of Tim Burton" names no one in the shot.)
    if (!b.animate || tokens[a.tokenEnd]?.norm !== 'of' || b.tokenStart !== a.tokenEnd + 1 || (styleReference(tokens, b.tokenStart) && !determines(tokens[b.tokenStart]!))) continue;
    const aKind = tokenKind[a.headIndex];
    if ((aKind !== undefined && aKind !== 'animate') || GROUP.has(a.head) || FRAME.has(a.head)) continue;
    const after = tokens[b.tokenEnd];
    if (after && LIST_JOINS.has(after.norm)) continue;
    nps[k] = spanning(a, b, a, text);
    nps.splice(k + 1, 1);
  }
  // "hot dogs", "grilled fish", "a toy car": the modifier makes the animate head a dish or a toy;
  // "a model of a ship", "new model of refrigerator": the replica or product of what follows.
  for (let k = 0; k < nps.length; k++) {
    const np = nps[k]!;
    if (!np.animate) continue;
    const next = nps[k + 1];
    const replica = REPLICA_WORDS.has(np.head) && tokens[np.tokenEnd]?.norm === 'of' && next !== undefined && next.tokenStart === np.tokenEnd + 1 && !PERSON_WORDS.has(next.head);
    if (!replica && np.headIndex === np.tokenStart) continue;
    const mod = tokens[np.headIndex - 1]?.norm ?? '';
    if (replica || THING_MODIFIER.has(mod) || COMPOUND_MODIFIERS.get(np.head)?.has(mod)) {
      np.kind = 'thing';
      np.animate = false;
    }
  }
}

function phraseIndex(c: Chunks, nps: readonly Np[]): PhraseIndex {
  const { segments } = c;
  const npAt = scratch.ints(c.tokens.length, -1); // token index → noun phrase covering it
  nps.forEach((np, k) => {
    for (let i = np.tokenStart; i < np.tokenEnd; i++) npAt[i] = k;
  });
  const leadOf = scratch.ints(segments.length, -1); // segment → the phrase that opens it
  const tailOf = scratch.ints(segments.length, -1); // segment → its last phrase
  nps.forEach((np, k) => {
    const s = np.segment;
    if (s < 0) return;
    if (np.tokenStart === segments[s]!.start) leadOf[s] = k;
    tailOf[s] = k;
  });
  return { npAt, leadOf, tailOf };
}

/** Coordinated lists of phrases: "people, food stalls, animals, and banners". */
function findLists(c: Chunks, nps: readonly Np[], { npAt, leadOf, tailOf }: PhraseIndex): List[] {
  const { tokens, segments } = c;
  const lists: List[] = [];
  const isContinuation = (k: number) => k < segments.length && k > 0 && segments[k]!.sentence === segments[k - 1]!.sentence && LIST_JOINS.has(segments[k]!.join) && leadOf[k]! >= 0;
  // "people rushing to catch their buses or trains": an "and"/"or" without a comma after a
  // segment that ends in another phrase joins that phrase, not the list.
  const nested = (k: number) => !segments[k]!.join.startsWith(',') && tailOf[k - 1]! !== leadOf[k - 1]! && tailOf[k - 1]! >= 0;
  for (let s = 1; s < segments.length; ) {
    if (!isContinuation(s)) {
      s++;
      continue;
    }
    let e = s;
    // A list ends at the item after its final "and"/"or": what follows a comma after that item
    // ("…, animals, and banners, masterpiece, 8k") is not part of it.
    const closes = (k: number) => /\b(?:and|or|&)$/.test(segments[k]!.join);
    while (!closes(e) && isContinuation(e + 1) && !nested(e + 1)) e++;
    const items: number[] = [];
    for (let k = s; k <= e; k++) items.push(leadOf[k]!);
    // The first item sits in the segment before: its opening phrase ("a man in a suit, a
    // woman …") or its last one ("a market with people, food stalls …"), whichever is like the rest.
    const counts = new Map<SubjectKind, number>();
    for (const k of items) counts.set(nps[k]!.kind, (counts.get(nps[k]!.kind) ?? 0) + 1);
    let majority: SubjectKind = nps[items[0]!]!.kind;
    for (const [kind, count] of counts) if (count > (counts.get(majority) ?? 0)) majority = kind;
    const anchor = s - 1;
    const lead = leadOf[anchor]!;
    const tail = tailOf[anchor]!;
    const leadOk = lead >= 0 && compatible(nps[lead]!.kind, majority);
    const tailOk = tail >= 0 && nps[tail]!.tokenEnd === segments[anchor]!.end && compatible(nps[tail]!.kind, majority);
    const first = leadOk && !tailOk ? lead : tailOk ? tail : -1;
    if (first >= 0) items.unshift(first);
    // Items typed without commas before it ("a black dog a brown cat and a duck"): animals or
    // people, each opened by "a"/"an", right against one another; three at most. Not a group the
    // items make up ("a couple a girl and a boy").
    if (first >= 0 && first === tail) {
      for (let p = first - 1; p >= 0 && p >= first - 3 && juxtaposed(tokens, nps[p]!, nps[items[0]!]!); p--) items.unshift(p);
    }
    if (items.length >= 2) {
      const firstNp = nps[items[0]!]!;
      let attribute = introducesAttributes(tokens, firstNp.tokenStart, nps, npAt) || membersOfGroup(tokens, firstNp, nps, npAt) || bareMembers(tokens, items.map((k) => nps[k]!));
      const attributeItems = items.filter((k) => nps[k]!.kind === 'attribute').length;
      if (attributeItems * 2 >= items.length) attribute = true;
      lists.push({ items, attribute });
    }
    s = e + 1;
  }
  return lists;
}

/** Two animate phrases right against one another in a segment, each opened by "a"/"an", neither a group: items of a list typed without commas. */
function juxtaposed(tokens: readonly Token[], before: Np, after: Np): boolean {
  const member = (np: Np) => np.kind === 'animate' && INDEFINITE_ARTICLES.has(tokens[np.tokenStart]!.norm) && !groupPhrase(tokens, np);
  return before.tokenEnd === after.tokenStart && before.segment === after.segment && member(before) && member(after);
}

/** Background: what a marker ("in the background", "surrounded by", a negative prompt) places behind the focal subjects. */
function markBackground(c: Chunks, nps: Np[], npAt: Int32Array, lists: readonly List[], listOf: Int32Array, backgroundMark: Int32Array, byCategory: SubjectInput['byCategory']): void {
  const { tokens, segments, segmentOf } = c;
  const n = tokens.length;
  const setBackground = (k: number) => {
    nps[k]!.role = 'background';
  };
  const setBackgroundWithList = (k: number) => {
    const l = listOf[k]!;
    if (l >= 0) for (const item of lists[l]!.items) setBackground(item);
    else setBackground(k);
  };
  // A phrase opened by "surrounded by" / "no" and the rest of its list ("surrounded by trees,
  // rocks and ferns"); items before it stay as they are ("A dog running, no text overlays").
  const setBackgroundFrom = (k: number) => {
    const l = listOf[k]!;
    setBackground(k);
    if (l >= 0) for (const item of lists[l]!.items) if (nps[item]!.tokenStart >= nps[k]!.tokenStart) setBackground(item);
  };
  for (const np of nps) {
    if (backgroundMark[np.headIndex] === 1) np.role = 'background';
    for (let i = np.tokenStart; i < np.tokenEnd; i++) if (backgroundMark[i] === 2) np.role = 'background';
  }
  // A negative prompt ("Negative prompt: …") runs to the end of the text: everything after the
  // first one is background (marked in one pass, however many markers follow).
  let negativeFrom = n;
  for (const m of byCategory.background) if (m.kind === 'negativePrompt') negativeFrom = Math.min(negativeFrom, m.tokenEnd);
  for (let i = negativeFrom; i < n; i++) if (npAt[i]! >= 0) setBackground(npAt[i]!);
  for (const m of byCategory.background) {
    if (m.kind === 'modifier' || m.kind === 'negativePrompt') continue;
    const seg = segmentOf[m.tokenStart]!;
    const opensClause = seg < 0 || segments[seg]!.start === m.tokenStart;
    if (m.kind === 'dressing' || m.kind === 'excluded') {
      // The phrase right after "surrounded by" / "lined with", and the list it opens.
      let i = m.tokenEnd;
      while (i < n && isWordToken(tokens[i]) && npAt[i]! < 0 && tokens[i]!.tag === 'adv') i++;
      if (i < n && npAt[i]! >= 0) setBackgroundFrom(npAt[i]!);
      continue;
    }
    // A marker pointing at someone ("behind her") places what follows it, alone or not.
    const pointsAt = tokens[m.tokenEnd - 1]!.tag === 'pron';
    if (opensClause && !pointsAt && seg >= 1 && segments[seg]!.end === m.tokenEnd && segments[seg - 1]!.sentence === segments[seg]!.sentence) {
      // "…, friends sitting at the table, out of focus.": a marker standing alone after a comma
      // describes the segment before it.
      for (let i = segments[seg - 1]!.start; i < segments[seg - 1]!.end; i++) if (npAt[i]! >= 0) setBackgroundWithList(npAt[i]!);
      continue;
    }
    if (opensClause) {
      // "In the background, people walk": everything after the marker in the sentence.
      const sentence = tokens[m.tokenStart]!.sentence;
      for (let i = m.tokenEnd; i < n && tokens[i]!.sentence === sentence; i++) if (npAt[i]! >= 0) setBackground(npAt[i]!);
      continue;
    }
    if (m.kind !== 'position') continue;
    // "crowds passing in the background": the phrase just before, across a verb group.
    let i = m.tokenStart - 1;
    while (i >= 0 && isWordToken(tokens[i]) && npAt[i]! < 0 && (isVerb(c, i) || tokens[i]!.tag === 'adv' || VERB_GROUP_EXTRA.has(tokens[i]!.norm))) i--;
    if (i >= 0 && npAt[i]! >= 0 && segmentOf[i] === seg) {
      const k = npAt[i]!;
      const l = listOf[k]!;
      // The marker after a list's last item covers the whole list.
      if (l >= 0 && lists[l]!.items[lists[l]!.items.length - 1] === k) setBackgroundWithList(k);
      else setBackground(k);
    }
  }

  // "Everyday life is evident: children playing, vendors, …": what the place shows.
  for (let i = 0; i + 2 < n; i++) {
    if (tokens[i + 1]!.text !== ':' || !PRESENCE.has(tokens[i]!.norm)) continue;
    if (npAt[i + 2]! >= 0) setBackgroundFrom(npAt[i + 2]!);
  }
}

/** Agents: the phrase that opens a clause and is followed by its verb. */
function markAgents(c: Chunks, nps: readonly Np[], { npAt, leadOf }: PhraseIndex, lists: readonly List[]): void {
  const { tokens, segments, segmentOf } = c;
  const n = tokens.length;
  for (let k = 0; k < nps.length; k++) {
    const np = nps[k]!;
    const seg = np.segment;
    if (seg < 0) continue;
    let opens = segments[seg]!.start === np.tokenStart;
    if (!opens) {
      // Adverbs before the subject ("Suddenly a dog barks").
      let i = segments[seg]!.start;
      while (i < np.tokenStart && tokens[i]!.tag === 'adv') i++;
      opens = i === np.tokenStart;
    }
    if (!opens) continue;
    let i = np.tokenEnd;
    // Skip up to two prepositional phrases ("a man in a suit with a cane walks") and adverbs.
    for (let hops = 0; hops < 3 && i < n; hops++) {
      while (i < n && isWordToken(tokens[i]) && tokens[i]!.tag === 'adv') i++;
      if (i < n && tokens[i]!.tag === 'prep' && npAt[i + 1]! >= 0 && hops < 2) i = nps[npAt[i + 1]!]!.tokenEnd;
      else if (i < n && tokens[i]!.tag === 'prep' && i + 2 < n && tokens[i + 1]!.tag === 'det' && npAt[i + 2]! >= 0 && hops < 2) i = nps[npAt[i + 2]!]!.tokenEnd;
      else break;
    }
    // A modal before the verb ("the father will catch him").
    if (i + 1 < n && (c.flags[i]! & WORD_MODAL) !== 0 && beforeBaseVerb(tokens, i + 1)) i += tokens[i + 1]!.tag === 'adv' ? 2 : 1;
    const v = tokens[i];
    if (!isWordToken(v) || !isVerb(c, i) || segmentOf[i] !== seg) continue;
    // "bicycles are parked": a passive is something done to the phrase, not by it; "the rider
    // is a young woman", "the cat has green eyes": a description, not an action.
    const w = tokens[i + 1];
    if (BE.has(v.norm) && !(isWordToken(w) && w.tag === 'verb' && w.verbForm === 'ing')) continue;
    if (DESCRIBING.has(v.lemma)) continue;
    // "a street lined with shops", "a man dressed in black": a participle describing the phrase.
    if (v.verbForm === 'ed' && isWordToken(w) && PARTICIPLE_PREPS.has(w.norm)) continue;
    np.agent = true;
  }
  // Coordinated subjects share the verb: "a man and a woman walk".
  for (const l of lists) {
    const last = nps[l.items[l.items.length - 1]!]!;
    if (!last.agent || l.attribute) continue;
    const allOpen = l.items.every((k) => leadOf[nps[k]!.segment] === k);
    const plainAnd = l.items.length === 2 || l.items.slice(1, -1).every((k) => segments[nps[k]!.segment]!.join === ',');
    // Only a list closed by "and"/"or" shares its verb: in a comma-only tag list ("men at war,
    // robotic men, androids, gloomy forest setting") the last word is no verb of the others.
    const lastJoin = segments[last.segment]!.join;
    const closed = lastJoin.endsWith('and') || lastJoin.endsWith('or') || lastJoin.endsWith('&');
    if (allOpen && plainAnd && closed && l.items.slice(0, -1).every((k) => !nps[k]!.agent)) for (const k of l.items) nps[k]!.agent = true;
  }
}

/**
 * Phrases that name a style reference, a costume, someone heard rather than seen, or words said
 * or written in the shot: not someone in it.
 */
function markStyleReferences(c: Chunks, nps: readonly Np[], lists: readonly List[], quotations: readonly Quotation[]): void {
  const { tokens, segments } = c;
  // "…, flemish painter", "digital artist": a bare tag naming who made a style is a style
  // reference, not someone in the shot.
  for (const np of nps) {
    if (np.kind !== 'animate' || np.agent || !STYLE_CREDIT.has(np.head) || np.segment < 0) continue;
    const seg = segments[np.segment]!;
    const first = tokens[np.tokenStart]!;
    if (np.tokenStart !== seg.start || np.tokenEnd !== seg.end || determines(first)) continue;
    np.kind = 'technical';
    np.animate = false;
  }
  // "Unreal Engine 5", "Sony A7 III", "Kodak Portra": how the picture is made, not what is in it.
  // Once a tag list has named its subject and then how the picture is made, the bare tags
  // after that in the sentence are style references too ("android musicians …, unreal engine,
  // featured on cgsociety, blade runner, hellraiser"): film and band titles, not a cast.
  let subjectSentence = -1;
  let tailSentence = -1;
  for (const np of nps) {
    const sentence = tokens[np.tokenStart]!.sentence;
    if (np.animate && tailSentence === sentence && !np.agent && np.segment >= 0 && !determines(tokens[np.tokenStart]!)) {
      const seg = segments[np.segment]!;
      if (np.tokenStart === seg.start && np.tokenEnd === seg.end && tokens[np.tokenStart - 1]?.text === ',') {
        np.kind = 'technical';
        np.animate = false;
        continue;
      }
    }
    let production = false;
    for (let i = np.tokenStart; i < np.tokenEnd && !production; i++) {
      // A pair may run past the phrase when the tagger took its second word for a verb ("unreal render").
      production = (c.flags[i]! & WORD_PRODUCTION) !== 0 && productionNameEnd(tokens, i) >= 0;
    }
    if (production) {
      np.kind = 'technical';
      np.animate = false;
      np.agent = false;
      if (subjectSentence === sentence) tailSentence = sentence;
    } else if (np.animate && np.role === 'focal') subjectSentence = sentence;
  }
  // "…, neon rain, Blade Runner, Dark Knight": a capitalised name of several words standing as a
  // tag after lowercase text (or after another such title) is a film or book title used as a
  // style reference.
  let titleEnd = -1;
  for (let n = 0; n < nps.length; n++) {
    const np = nps[n]!;
    // Not a name a person phrase right after it describes ("…, Gwen Stacy, a teenage girl with …").
    const next = nps[n + 1];
    if (next !== undefined && next.animate && next.tokenStart === np.tokenEnd + 1 && tokens[np.tokenEnd]!.text === ',' && determines(tokens[next.tokenStart]!)) continue;
    // A person's title before a name names someone ("King David", "Captain Nemo"; not "Lion King").
    if (np.kind !== 'animate' || np.agent || np.segment < 0 || np.tokenEnd - np.tokenStart < 2 || (TITLE_WORDS.has(tokens[np.tokenStart]!.lemma) && !TITLE_WORDS.has(np.head))) continue;
    const seg = segments[np.segment]!;
    const before = tokens[np.tokenStart - 2];
    if (np.tokenStart !== seg.start || np.tokenEnd !== seg.end || tokens[np.tokenStart - 1]?.text !== ',' || !isWordToken(before)) continue;
    if (!LOWER_START.test(before.text) && before.index !== titleEnd - 1) continue;
    let capitalised = true;
    for (let i = np.tokenStart; i < np.tokenEnd && capitalised; i++) capitalised = UPPER_START.test(tokens[i]!.text);
    if (!capitalised) continue;
    np.kind = 'technical';
    np.animate = false;
    titleEnd = np.tokenEnd;
  }

  // A name right before "style", or before one word and "style" ("Van Gogh style", "Salvador
  // Dali painting style"): whose style it is, not someone in the shot.
  for (const np of nps) {
    if (np.kind !== 'animate' || !capitalisedWords(tokens, np) || !beforeStyle(tokens, np.tokenEnd)) continue;
    np.kind = 'technical';
    np.animate = false;
    np.agent = false;
  }

  // A list of names alone, none acting, not closed by "and" ("Craig Davison, Aubrey Beardsley,
  // Conrad Roset"; "By Android Jones, Syd Mead, Tim Cantor"): artists credited for the style, not a cast.
  for (const l of lists) {
    if (/\b(?:and|or|&)$/.test(segments[nps[l.items[l.items.length - 1]!]!.segment]!.join)) continue;
    if (!l.items.every((k) => onlyName(tokens, nps[k]!)) || !l.items.some((k) => nps[k]!.kind === 'animate' && nps[k]!.tokenEnd - nps[k]!.tokenStart > 1)) continue;
    for (const k of l.items) {
      nps[k]!.kind = 'technical';
      nps[k]!.animate = false;
    }
  }

  // "in the style of Moebius", "inspired by Hoch and Bacon": a style reference, not in the shot;
  // "a kitten dressed as a nurse": how the kitten looks; "the sounds of birds calling": heard,
  // behind what the shot shows. The bare items of the phrase's list go with it.
  for (const np of nps) borrowedOrHeard(tokens, np);
  // A chain of "and"s comes as lists of two ("by Ross Tran and Wlop and Kuvshinov"): a list whose
  // first item the list before it carried on carries on too.
  let carriedTo = -1;
  for (const l of lists) {
    const first = nps[l.items[0]!]!;
    if (first.kind !== 'technical' && first.kind !== 'attribute' && first.role !== 'background') continue;
    if (!(l.items[0] === carriedTo && joinedByAnd(tokens, first, nps[l.items[1]!]!)) && !styleReference(tokens, first.tokenStart) && !costumeOf(tokens, first.tokenStart) && !heardOf(tokens, first.tokenStart)) continue;
    for (let k = 1; k < l.items.length; k++) {
      const np = nps[l.items[k]!]!;
      const t = tokens[np.tokenStart]!;
      if (determines(t)) break;
      carriedTo = l.items[k]!;
      if (first.role === 'background') np.role = 'background';
      else {
        np.kind = first.kind;
        np.animate = false;
        np.agent = false;
      }
    }
  }

  // Words in quotation marks are said or written in the shot (dialogue, a sign's text), not
  // things in it: "the girl shouts \"Mom!\"", "a sign that reads \"Cats and dogs welcome\"".
  if (quotations.length > 0) {
    for (const np of nps) {
      if (!isQuoted(quotations, np.headIndex)) continue;
      np.kind = 'technical';
      np.animate = false;
      np.agent = false;
    }
  }
}

/** Two phrases joined by "and" alone ("Ross Tran and Wlop"; not "Borremans, Cillian Murphy"). */
function joinedByAnd(tokens: readonly Token[], a: Np, b: Np): boolean {
  const join = tokens[a.tokenEnd];
  return b.tokenStart === a.tokenEnd + 1 && join !== undefined && (join.norm === 'and' || join.norm === '&');
}

/** Every word of the phrase a word of letters written with a capital: "Salvador Dali". */
function capitalisedWords(tokens: readonly Token[], np: Np): boolean {
  for (let i = np.tokenStart; i < np.tokenEnd; i++) if (!isCapitalised(tokens[i]!.text) || !LETTERS.test(tokens[i]!.text)) return false;
  return true;
}

/** "style" at token `at`, or one word further in its clause ("painting style", "art style"). */
function beforeStyle(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!isWordToken(next)) return false;
  if (next.norm === 'style') return true;
  const after = tokens[at + 1];
  return next.tag !== 'det' && next.tag !== 'prep' && isWordToken(after) && after.norm === 'style' && after.clause === next.clause;
}

/** A name alone, capitalised words only, that does nothing ("Syd Mead", "Renoir"; not "Kyle smiles"). */
function onlyName(tokens: readonly Token[], np: Np): boolean {
  if ((np.kind !== 'animate' && np.kind !== 'thing') || np.agent || np.role !== 'focal') return false;
  for (let i = np.tokenStart; i < np.tokenEnd; i++) if (!isCapitalised(tokens[i]!.text) || !LETTERS.test(tokens[i]!.text)) return false;
  return capitalisedName(tokens[np.tokenStart]!);
}

/** The result without the pass's own fields (written out: a rest spread per phrase costs more than the pass). */
function withoutPassFields(nps: readonly Np[], lists: readonly List[]): { subjects: SubjectCandidate[]; nounLists: NounList[] } {
  const subjects: SubjectCandidate[] = nps.map((c) => ({
    start: c.start,
    end: c.end,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    head: c.head,
    text: c.text,
    role: c.role,
    animate: c.animate,
    kind: c.kind,
    agent: c.agent,
  }));
  const nounLists: NounList[] = lists.map((l) => {
    const items = l.items.map((k) => subjects[k]!);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    return {
      items,
      start: first.start,
      end: last.end,
      tokenStart: first.tokenStart,
      tokenEnd: last.tokenEnd,
      role: items.every((it) => it.role === 'background') ? 'background' : 'focal',
      attribute: l.attribute,
    };
  });
  return { subjects, nounLists };
}

/**
 * The words before token `at` borrow a style: "inspired by", "in the style of". A style named
 * before "style of" makes what follows the subject drawn in it ("a ghibli style of pokemons").
 */
function styleReference(tokens: readonly Token[], at: number): boolean {
  const firsts = STYLE_REFERENCE.get(tokens[at - 1]?.norm ?? '');
  const before = tokens[at - 2];
  if (firsts === undefined || before === undefined || !inSet(firsts, before)) return false;
  // A bare "by" tag credits a name, not a phrase with its determiner (", by the sea", ", by a man").
  if (before.kind === 'punct' && determines(tokens[at]!)) return false;
  // Adjectives may stand between: "the artistic style of", "in the distinct visual style of".
  let k = at - 3;
  while (k > 0 && tokens[k]!.tag === 'adj') k--;
  const opener = tokens[k];
  return tokens[at - 1]!.norm !== 'of' || opener === undefined || opener.kind === 'punct' || STYLE_OPENERS.has(opener.norm);
}

/** Someone heard rather than seen: "the sounds of" right before token `at`. */
function heardOf(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 2];
  return tokens[at - 1]?.norm === 'of' && before !== undefined && inSet(HEARD, before);
}

/** What a subject is dressed as, right before token `at`: "dressed as", "dressed up as", "disguised as". */
function costumeOf(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.norm !== 'as') return false;
  const verb = tokens[at - 2]?.norm === 'up' ? tokens[at - 3] : tokens[at - 2];
  return verb !== undefined && verb.kind === 'word' && COSTUME.has(verb.lemma);
}

/**
 * Marks a style reference as production vocabulary, a costume as what its wearer looks like,
 * and someone heard as background.
 */
function borrowedOrHeard(tokens: readonly Token[], np: Np): void {
  if (styleReference(tokens, np.tokenStart)) np.kind = 'technical';
  else if (costumeOf(tokens, np.tokenStart)) np.kind = 'attribute';
  else {
    if (heardOf(tokens, np.tokenStart)) np.role = 'background';
    return;
  }
  np.animate = false;
  np.agent = false;
}

/** The phrase names a group by "GROUP of …": "a parade of performers", "support teams of police". */
function groupPhrase(tokens: readonly Token[], np: Np): boolean {
  return groupOf(tokens, np) || inSet(GROUP, tokens[np.headIndex]!);
}

/** The phrase opens with a group and "of": "a group of dancers", "teams of police". */
export function groupOf(tokens: readonly Token[], phrase: { tokenStart: number; tokenEnd: number }): boolean {
  for (let i = phrase.tokenStart; i < phrase.tokenEnd - 1; i++) if (tokens[i + 1]!.norm === 'of' && inSet(GROUP, tokens[i]!)) return true;
  return false;
}

/**
 * A group and "of" before a list of bare nouns share the group: "teams of police, medics and
 * firefighters", "a group of dancers, singers and acrobats" name one group's members. An item
 * with its own determiner is a subject of its own ("a group of dancers and a dog").
 */
function bareMembers(tokens: readonly Token[], items: readonly Np[]): boolean {
  if (!groupOf(tokens, items[0]!)) return false;
  for (let k = 1; k < items.length; k++) {
    const first = tokens[items[k]!.tokenStart]!;
    if (determines(first)) return false;
  }
  return true;
}

/**
 * The first token of the words that introduce a list of members right before token `at`
 * ("including", "include", "like", "such as", "made up of", a colon), or -1.
 */
export function memberIntro(tokens: readonly Token[], at: number): number {
  const intro = tokens[at - 1];
  if (!intro) return -1;
  if (intro.norm === 'as' && tokens[at - 2]?.norm === 'such') return at - 2;
  // "made up of", "consisting of", "composed of": what the group is made of.
  if (intro.norm === 'of') {
    const verb = tokens[at - 2];
    if (verb?.norm === 'up' && tokens[at - 3]?.norm === 'made') return at - 3;
    if (verb?.norm === 'consisting' || verb?.norm === 'composed') return at - 2;
  }
  return intro.text === ':' || intro.norm === 'including' || intro.norm === 'include' || intro.norm === 'includes' || intro.norm === 'like' ? at - 1 : -1;
}

/**
 * A list that names the members of a group: the list after the group and "including", "such
 * as", "like" or a colon ("a parade of performers, including acrobats, clowns, and
 * musicians"; "the animals in the line include a fox, a hare and a bear"), or the examples of a
 * kind named in the plural, after a colon too when its items are bare ("woodland creatures:
 * deer, rabbits and birds"). Not a plain plural's list of determined items after a colon ("three
 * characters: a knight, a dragon …").
 */
function membersOfGroup(tokens: readonly Token[], first: Np, nps: readonly Np[], npAt: Int32Array): boolean {
  // A modifier the phrase left out may stand between: "including glowing butterflies, …".
  let intro = memberIntro(tokens, first.tokenStart);
  const before = tokens[first.tokenStart - 1];
  if (intro < 0 && before?.kind === 'word' && (before.tag === 'adj' || before.tag === 'verb')) intro = memberIntro(tokens, first.tokenStart - 1);
  if (intro < 0) return false;
  let k = intro - 1;
  if (tokens[k]?.text === ',') k--;
  const owner = k >= 0 ? npAt[k]! : -1;
  if (owner < 0) return false;
  // "exotic animals, including butterflies, frogs and birds", "creatures such as …": examples.
  const head = tokens[nps[owner]!.headIndex]!;
  // After a colon only bare items are examples ("woodland creatures: deer, rabbits and birds");
  // items with their own determiners are a cast ("three characters: a knight, a dragon …").
  const bare = tokens[first.tokenStart]!.tag !== 'det' && tokens[first.tokenStart]!.tag !== 'num';
  return groupPhrase(tokens, nps[owner]!) || ((tokens[intro]!.text !== ':' || bare) && GENERIC.has(head.lemma) && head.lemma !== head.norm);
}

/**
 * Whether the words right before a list's first item say it describes one subject: "wearing",
 * "made of", "of" (unless after a picture noun: "a video of a dog, a cat and a bird", or a noun
 * of position: "in front of a turtle, a squirrel and a rabbit").
 */
function introducesAttributes(tokens: readonly Token[], itemStart: number, nps: readonly Np[], npAt: Int32Array): boolean {
  // Modifiers the chunker left out of the item ("such as self-driving cars") belong to it.
  while (itemStart > 0 && (tokens[itemStart - 1]!.tag === 'adj' || (tokens[itemStart - 1]!.tag === 'verb' && tokens[itemStart - 1]!.norm.includes('-')))) itemStart--;
  for (const intro of INTROS) {
    const from = itemStart - intro.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < intro.length && ok; k++) ok = tokens[from + k]!.norm === intro[k];
    if (!ok) continue;
    if (intro.length === 1 && intro[0] === 'of') {
      const before = from - 1;
      const owner = before >= 0 ? npAt[before]! : -1;
      if (owner >= 0 && FRAME.has(nps[owner]!.head)) return false;
      // "in front of a turtle, a squirrel and a rabbit": where they are, not what it is made of.
      if (before >= 0 && POSITION_OF.has(tokens[before]!.norm)) return false;
    }
    return true;
  }
  return false;
}
