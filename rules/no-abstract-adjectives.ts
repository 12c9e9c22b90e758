import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { articleFor, countsPlural, spacesStart } from '../src/engine/removal.js';
import { compileLexicon, matchLexicon, phraseKey, wordUnits, type CompiledLexicon } from '../src/analysis/lexicon.js';
import { INDEFINITE_ARTICLES, POSSESSIVES, grades, lemmatize, praisesOwnedNoun } from '../src/analysis/pos.js';
import { isQuoted } from '../src/analysis/quotes.js';
import { inNegativePrompt } from '../src/analysis/negative-prompt.js';
import { Scratch } from '../src/analysis/scratch.js';
import { firstIndexWhere } from '../src/analysis/sort.js';
import { SENTENCE_END, isWordToken, lineEndFrom } from '../src/analysis/tokenize.js';
import type { Fix, PromptAnalysis, Token } from '../src/types.js';
import abstractWords, {
  ABSTRACT_NOUN_ENDINGS,
  COMPOUND_PARTICIPLES,
  DEGREE_ADVERBS,
  EVENT_NOUNS,
  FOOD_NOUNS,
  EMPTY_TAG_NOUNS,
  GENERIC_HEADS,
  GENRE_MODIFIERS,
  HEAD_STANDS_FOR,
  OWN_DIMENSIONS,
  INTENSIFIERS,
  LITERAL_BEFORE,
  LOOK_VERBS,
  MANNER_NOUNS,
  NO_DELETION_AFTER,
  OBJECT_TAKING_PARTICIPLES,
  PICTURE_NOUNS,
  PICTURE_GRADE_NOUNS,
  PLANT_NOUNS,
  POSTURE_VERBS,
  PRAISE_ONLY_BEFORE,
  SCENE_CONTENT,
  SCENE_CONTENT_AFTER,
  RESULT_LEADS,
  SCENE_NOUNS,
  SOUND_NOUNS,
  STANDS_FOR,
  TAG_ONLY,
  VERB_PREPOSITIONS,
  VERB_STANDS_FOR,
  WORD_CLASSES,
  MISSPELT_PRAISE,
  NEGATORS,
  LITERAL_WHEN_COORDINATED,
  EXPRESSION_NOUNS,
  FACE_MAKING_VERBS,
} from './data/abstract.js';
import alternatives, { LABELS } from './data/alternatives.js';
import environmentWords, { OBJECT_NOUNS } from './data/environment.js';
import { HUMANOID_NOUNS } from './data/subject.js';

/**
 * Praise is not a description: "beautiful", "stunning", "cinematic" tell a video model nothing
 * it can film. Each flagged word gets suggestions naming the concrete dimension it stood in for
 * (light, colour, camera, setting) with an example from rules/data/alternatives.ts, written as a
 * `[placeholder]` so nothing is invented, plus a tidy deletion.
 *
 * Pure quality tags ("masterpiece, best quality, 8k") carry a safe fix when they stand alone as
 * an item of a comma list: they describe nothing the camera could show, so deleting them keeps
 * the meaning; the fix removes the tag and one separator and nothing else.
 *
 * Precision comes from context, not from word-by-word exceptions: a word is concrete when the
 * noun phrase it opens names a colour, a light or a temperature ("cool blue light"), a shape
 * ("a perfect circle") and so on (LITERAL_BEFORE); a capitalised word inside a sentence is a
 * name ("in Nice"); words in quotes are on-screen text or dialogue; words used as verbs
 * ("the lava cools") are not adjectives; an ordinary quality word is a tag only as a list item
 * or before a picture noun ("award-winning chef" is not a tag, "8k footage" is).
 */

type Kind = keyof typeof abstractWords | 'colour' | 'rejected' | 'genre';
const DIMENSIONS = ['light', 'colour', 'camera', 'scale', 'setting', 'mood', 'look', 'action', 'general', 'quality'] as const;

const toSet = (list: readonly string[]) => new Set(list.map(phraseKey));

/** Token marks for one run of the rule (reset at each prompt). */
const scratch = new Scratch();

/** Single-word terms by their key, to find listed words a longer phrase of another category hid ("cinematic lighting"). */
const SINGLE_WORD = new Map<string, Kind>();
for (const kind of Object.keys(abstractWords) as (keyof typeof abstractWords)[]) {
  for (const term of abstractWords[kind]) if (!term.includes(' ')) SINGLE_WORD.set(phraseKey(term), kind);
}
/** A misspelt word's first and last letters, as one number: most words match no target's, and need no strings built. */
const letterEnds = (w: string) => w.charCodeAt(0) * 65536 + w.charCodeAt(w.length - 1);
const MISSPELT_TARGETS = toSet(MISSPELT_PRAISE);
/** Each target with one letter left out ("cinmatic" → "cinematic"). */
const TARGET_DELETIONS = new Map<string, string>();
const TARGET_ENDS = new Set<number>();
for (const target of MISSPELT_PRAISE) {
  for (let i = 0; i < target.length; i++) TARGET_DELETIONS.set(target.slice(0, i) + target.slice(i + 1), target);
  TARGET_ENDS.add(letterEnds(target));
}
const MISSPELT_MIN = Math.min(...MISSPELT_PRAISE.map((w) => w.length)) - 1;

/**
 * The praise word a word misspells by one letter left out, added, changed or swapped ("cinmatic",
 * "beautifull", "canimatic", "cinemtaic"), keeping its first and last letters; undefined for most words.
 */
function misspeltPraise(norm: string): string | undefined {
  if (norm.length < MISSPELT_MIN || !TARGET_ENDS.has(letterEnds(norm)) || SINGLE_WORD.has(norm) || MISSPELT_TARGETS.has(norm)) return undefined;
  return oneEditFrom(norm, MISSPELT_TARGETS, TARGET_DELETIONS);
}

/** The target `norm` is one letter left out, added, changed or swapped from, given the targets and their one-letter deletions. */
function oneEditFrom(norm: string, targets: ReadonlySet<string>, deletions: ReadonlyMap<string, string>): string | undefined {
  const missing = deletions.get(norm);
  if (missing) return missing;
  for (let i = 0; i < norm.length; i++) {
    const d = norm.slice(0, i) + norm.slice(i + 1);
    if (targets.has(d)) return d;
    const changed = deletions.get(d);
    if (changed && changed.length === norm.length) return changed;
  }
  return undefined;
}

/**
 * Two-word quality tags typed with one slip in one word, the first letter too, when the other word is
 * as written and the lexicon does not know the slipped one: "hight quality", "high quailty", "ultra
 * realstic", "higly detailed", "award wining". A word the lexicon knows is never read as a slip
 * ("night quality", "hugely detailed", "richly detailed" are two slips away).
 */
const MISSPELT_TAG_MIN = 4;
interface SlipTargets {
  words: Set<string>;
  /** Each word with one letter left out, to the word. */
  deletions: Map<string, string>;
}
/** By a tag's second word, its first words ("detailed" → "highly", "extremely", …); by its first word, its second words. */
const FIRST_SLIPS = new Map<string, SlipTargets>();
const SECOND_SLIPS = new Map<string, SlipTargets>();
function addSlipTarget(slips: Map<string, SlipTargets>, kept: string, word: string): void {
  if (word.length < MISSPELT_TAG_MIN - 1) return;
  let targets = slips.get(kept);
  if (targets === undefined) slips.set(kept, (targets = { words: new Set(), deletions: new Map() }));
  targets.words.add(word);
  for (let i = 0; i < word.length; i++) targets.deletions.set(word.slice(0, i) + word.slice(i + 1), word);
}
for (const term of abstractWords.quality) {
  const [first, second, more] = term.split(' ');
  if (first === undefined || second === undefined || more !== undefined) continue;
  addSlipTarget(FIRST_SLIPS, second, first);
  addSlipTarget(SECOND_SLIPS, first, second);
}

/**
 * A long tag word may take two slips ("hyper realisit", "ultra realista", "high resulation", "highly
 * delaied") when its first two letters are as written; shorter ones would take real words ("richly
 * detailed", "paper realistic", "night detailed"), which the lexicon cannot tell from slips.
 */
const TWO_SLIPS_MIN = 8;

/** The word of a two-word tag that `norm` misspells, given the tag's other word as written; undefined for most words. */
function misspeltTagWord(norm: string, targets: SlipTargets | undefined): string | undefined {
  if (targets === undefined || norm.length < MISSPELT_TAG_MIN || targets.words.has(norm)) return undefined;
  const once = oneEditFrom(norm, targets.words, targets.deletions);
  if (once !== undefined || norm.length < TWO_SLIPS_MIN - 1) return once;
  for (const word of targets.words) if (word.length >= TWO_SLIPS_MIN && word.startsWith(norm.slice(0, 2)) && slipsApart(norm, word) <= 2) return word;
  return undefined;
}

/** Letters left out, added, changed or swapped between `a` and `b` (optimal string alignment), stopping past 2. */
function slipsApart(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** A word's key, and the listed single-word term it is or misspells, with the term's kind. */
interface ListedWord {
  key: string;
  term: string;
  kind: Kind;
}
const NOT_LISTED: ListedWord = { key: '', term: '', kind: 'general' };
/** Each distinct word's reading, worked out once: most words are neither listed nor misspelt, and the misspelling test builds strings. */
const LISTED_BY_NORM = new Map<string, ListedWord>();

function listedWord(norm: string): ListedWord {
  // Most words are neither listed nor shaped like a listed word misspelt: no lookup in the big cache.
  if (!SINGLE_WORD.has(norm) && (norm.length < MISSPELT_MIN || !TARGET_ENDS.has(letterEnds(norm))) && !norm.includes('-') && !norm.includes("'")) return NOT_LISTED;
  let listed = LISTED_BY_NORM.get(norm);
  if (listed === undefined) {
    const key = norm.includes('-') || norm.includes("'") ? phraseKey(norm) : norm;
    const term = SINGLE_WORD.has(key) ? key : misspeltPraise(key);
    const kind = term === undefined ? undefined : SINGLE_WORD.get(term);
    listed = kind && term ? { key, term, kind } : NOT_LISTED;
    if (LISTED_BY_NORM.size >= 50_000) LISTED_BY_NORM.clear();
    LISTED_BY_NORM.set(norm, listed);
  }
  return listed;
}

const TAG_ONLY_SET = toSet(TAG_ONLY);
const COORDINATED_LITERAL = toSet(LITERAL_WHEN_COORDINATED);
const PICTURE = toSet(PICTURE_NOUNS);
const PICTURE_GRADE = toSet(PICTURE_GRADE_NOUNS);
const SCENE = toSet(SCENE_NOUNS);
const GENRE = toSet(GENRE_MODIFIERS);
const DEGREE = toSet(DEGREE_ADVERBS);
const CONTENT = toSet(SCENE_CONTENT);
const COLOUR = ['colour'] as const;
const CLASSES = new Map(Object.entries(WORD_CLASSES).map(([name, words]) => [name, toSet(words)]));
const LITERAL = new Map(Object.entries(LITERAL_BEFORE));
const PRAISE_ONLY = new Map(Object.entries(PRAISE_ONLY_BEFORE));
const VERB_PREPS = toSet(VERB_PREPOSITIONS);
const OBJECT_TAKING = toSet(OBJECT_TAKING_PARTICIPLES);
const NO_DELETION = toSet(NO_DELETION_AFTER);
const INTENSIFIER = toSet(INTENSIFIERS);
const NEGATOR = toSet(NEGATORS);
const COMPOUND_PARTICIPLE = toSet(COMPOUND_PARTICIPLES);
const GENERIC_HEAD = toSet(GENERIC_HEADS);
const EMPTY_TAG = toSet(EMPTY_TAG_NOUNS);
const IMPRESSION = ['impression'] as const;
const OWN_KINDS = new Set<string>(OWN_DIMENSIONS);
const PERSON_KINDS = new Set(['person', 'crowd']);
const HUMANOID = toSet(HUMANOID_NOUNS);
const PLACE_KINDS = new Set(['place', 'surface']);
const EVENT_NOUN = toSet(EVENT_NOUNS);
const MANNER_NOUN = toSet(MANNER_NOUNS);
const LOOK_VERB = toSet(LOOK_VERBS);
const POSTURE_VERB = toSet(POSTURE_VERBS);
/** Heads that are neither a person's, an animal's nor an object's finish: a tree, a flower, a dish, a sound. */
const NOUN_STANDS_FOR: readonly (readonly [ReadonlySet<string>, readonly string[]])[] = [
  [toSet(PLANT_NOUNS.tree), HEAD_STANDS_FOR.tree],
  [toSet(PLANT_NOUNS.flower), HEAD_STANDS_FOR.flower],
  [toSet([...FOOD_NOUNS, ...(OBJECT_NOUNS.food ?? [])]), HEAD_STANDS_FOR.food],
  [toSet(SOUND_NOUNS), HEAD_STANDS_FOR.sound],
];
/** Pronouns that name a person or an animal doing the verb after them: "she sits gracefully". */
const AGENT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'who']);
/** Pika's on-screen text: `Message: ELEGANT (Font: SANS SERIF)`. */
const MESSAGE_LABEL = 'message:';
const FONT_LABEL = '(font:';

const SEPARATORS = new Set([',', ';', ':', '.', '!', '?', '-', '(', ')', '[', ']', '{', '}', '|', '/', '+', '"', '\u201C', '\u201D', '\u2026', '\u2013', '\u2014', '\u3001', '\uFF0C']);
const LIST_COMMA = new Set([',', ';', '\uFF0C', '\u3001']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'look', 'looks', 'looking', 'seem', 'seems', 'feel', 'feels', 'remain', 'remains', 'stay', 'stays', 'appear', 'appears', 'become', 'becomes', 'turn', 'turns']);
/** An example opening with an article or a preposition is a whole phrase: "a narrow Paris alley at 11pm", "at dawn". */
const PHRASE_OPENER = /^(?:a|an|the|at|in|on|under|during)\s/i;

interface Candidate {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  kind: Kind;
  /** Key of the listed term (lowercase, spaces). */
  term: string;
  /** The dimension was given with the word (option `extra`): the noun it qualifies does not change it. */
  fixed?: boolean;
}

const extraSchema = () =>
  z.union([
    z.string().min(1),
    z.strictObject({
      word: z.string().min(1),
      dimension: z.enum(DIMENSIONS).default('general').describe('What the word stands in for; decides the suggested alternatives.'),
    }),
  ]);

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Replace praise ("beautiful", "cinematic", "masterpiece") and genre labels with what the camera would see.',
      recommended: true,
      dimension: 'specificity',
    },
    messages: {
      vague: '"{{word}}" praises instead of describing: say what the camera would see ({{stands}}).',
      quality: '"{{word}}" is a quality tag: it describes nothing the model can film.',
      genre: '"{{word}}" is a genre label standing in for a scene: name the place, the time and the light.',
      rejected: '"{{word}}" is on this project\'s list of rejected words: say what the camera would see ({{stands}}).',
    },
    schema: () =>
      z
        .strictObject({
          allow: z.array(z.string().min(1)).default([]).describe('Words and phrases never to flag (a style you use on purpose, a brand name).'),
          extra: z.array(extraSchema()).default([]).describe('More words or phrases to flag, each optionally with the dimension it stands in for.'),
        })
        .default({ allow: [], extra: [] }),
    defaultOptions: { allow: [], extra: [] },
    defaultSeverity: 'warning',
    fixable: 'text',
    hasSuggestions: true,
  },
  check(analysis, context) {
    const { allow, extra } = context.options;
    const skip = skipSet(allow, context.vocabulary.accept);
    const { tokens } = analysis;
    const inPlaceholder = (c: { start: number; end: number }) => analysis.placeholders.some((p) => c.start >= p.start && c.end <= p.end);

    const candidates: Candidate[] = [];
    scratch.reset();
    const covered = scratch.ints(tokens.length); // 1: inside a listed abstract phrase
    for (const m of analysis.byCategory.abstract) {
      candidates.push({ start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, kind: m.kind as Kind, term: phraseKey(m.term) });
      for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
    }
    // Listed words swallowed by a longer phrase of another category ("cinematic lighting").
    const { words } = analysis;
    for (let wi = 0; wi < words.length; wi++) {
      const w = words[wi]!;
      if (covered[w.index] === 1) continue;
      const listed = listedWord(w.norm);
      if (listed !== NOT_LISTED && !skip.has(listed.key) && !skip.has(listed.term)) candidates.push({ start: w.start, end: w.end, tokenStart: w.index, tokenEnd: w.index + 1, kind: listed.kind, term: listed.term });
      // "higly detailed", "ultra realstic": a quality tag misspelt in one word (no word the lexicon knows), next to its other word as written.
      if (listed !== NOT_LISTED || tokens[w.index]!.known) continue;
      const next = words[wi + 1];
      const first = next !== undefined && next.index === w.index + 1 && covered[next.index] !== 1 ? misspeltTagWord(w.norm, FIRST_SLIPS.get(next.norm)) : undefined;
      const prev = words[wi - 1];
      const second = first === undefined && prev !== undefined && prev.index === w.index - 1 && covered[prev.index] !== 1 ? misspeltTagWord(w.norm, SECOND_SLIPS.get(prev.norm)) : undefined;
      const tag = first !== undefined ? `${first} ${next!.norm}` : second !== undefined ? `${prev!.norm} ${second}` : undefined;
      if (tag === undefined || skip.has(tag)) continue;
      const [from, to] = first !== undefined ? [w, next!] : [prev!, w];
      candidates.push({ start: from.start, end: to.end, tokenStart: from.index, tokenEnd: to.index + 1, kind: 'quality', term: tag });
    }
    if (extra.length > 0) {
      for (const m of matchExtra(analysis, extra)) {
        if (m.tokenStart < 0 || [...range(m.tokenStart, m.tokenEnd)].some((i) => covered[i] === 1)) continue;
        candidates.push(m);
      }
    }

    const onScreen = messageSpans(analysis.text);
    const labels = genreLabels(analysis, candidates, skip);
    const negatives = analysis.negativePrompts;
    const inNegatives = (i: number) => negatives.length > 0 && inNegativePrompt(negatives, i);
    for (const label of labels) {
      if (inNegatives(label.tokenStart)) continue;
      if (isQuoted(analysis.quotations, label.tokenStart) || inPlaceholder(label)) continue;
      const word = analysis.text.slice(label.start, label.end);
      context.report({
        messageId: 'genre',
        range: [label.start, label.end],
        data: { word, stands: describe(STANDS_FOR.genre!) },
        suggestions: alternativeSuggestions(analysis, label.tokenStart, [label.start, label.end], STANDS_FOR.genre!, true),
      });
    }

    candidates.sort((a, b) => a.start - b.start);
    for (const c of candidates) {
      if (skip.has(c.term) || skip.has(phraseKey(analysis.text.slice(c.start, c.end)))) continue;
      if (labels.some((l) => c.start >= l.start && c.end <= l.end)) continue;
      if (isQuoted(analysis.quotations, c.tokenStart) || inPlaceholder(c)) continue;
      if (onScreen.length > 0 && onScreen.some(([s, e]) => c.start >= s && c.end <= e)) continue;
      // A negative list names what the video must not show: nothing there is praise.
      if (inNegatives(c.tokenStart)) continue;
      if (!isPraise(analysis, c)) continue;
      const word = analysis.text.slice(c.start, c.end);
      const range = [c.start, c.end] as const;
      const wholeTokens = tokens[c.tokenStart]!.start === c.start && tokens[c.tokenEnd - 1]!.end === c.end;
      if (c.kind === 'quality') {
        const standalone = wholeTokens ? deletion(analysis, c.tokenStart, c.tokenEnd, true) : undefined;
        const remove = !standalone && wholeTokens ? praiseDeletion(analysis, c.tokenStart, c.tokenEnd) : undefined;
        context.report({
          messageId: 'quality',
          range,
          data: { word },
          ...(standalone ? { fix: standalone } : {}),
          ...(remove ? { suggestions: [{ desc: `Delete "${analysis.text.slice(remove.from, remove.to)}"`, fix: remove.fix }] } : {}),
        });
        continue;
      }
      const dims = (c.fixed ? undefined : OWN_KINDS.has(c.kind) ? lightDimensions(analysis, c) : (verbDimensions(analysis, c) ?? lightDimensions(analysis, c) ?? moodDimensions(analysis, c) ?? eventDimensions(analysis, c) ?? figureDimensions(analysis, c) ?? headDimensions(analysis, c))) ?? ownDimensions(tokens, c);
      // The degree word goes with the word it grades: "very elegant" → "[appearance: …]", not "very [appearance: …]".
      const prev = tokens[c.tokenStart - 1];
      const graded = wholeTokens && prev !== undefined && grades(prev, tokens[c.tokenStart]!);
      const replaced = graded ? ([prev.start, c.end] as const) : range;
      const suggestions = alternativeSuggestions(analysis, graded ? prev.index : c.tokenStart, replaced, dims);
      const remove = wholeTokens ? praiseDeletion(analysis, c.tokenStart, c.tokenEnd) : undefined;
      if (remove) suggestions.push({ desc: `Delete "${analysis.text.slice(remove.from, remove.to)}"`, fix: remove.fix });
      context.report({
        messageId: c.kind === 'rejected' ? 'rejected' : 'vague',
        range,
        data: { word, stands: describe(dims) },
        suggestions,
      });
    }
  },
});

function* range(from: number, to: number): Iterable<number> {
  for (let i = from; i < to; i++) yield i;
}

/** The dimensions a word stood in for, in words ("lighting, colour"); each placeholder tag once. */
function describe(dims: readonly string[]): string {
  const tags: string[] = [];
  for (const d of dims) {
    const tag = LABELS[d]?.tag ?? d;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags.join(', ');
}

/**
 * What the word stood in for, from the noun phrase it opens (analysis.subjects): a person's or
 * an animal's appearance, a thing's look and material, a place's light and look. Undefined when
 * the head is the picture, a light, a mood, a time or an idea, or there is no head: the word's
 * own dimensions apply.
 */
function headDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  const { tokens } = analysis;
  // "a cute, fluffy orange cat": a comma between two adjectives does not end the phrase; its head is after them.
  const comma = tokens[c.tokenEnd];
  const nextModifier = tokens[c.tokenEnd + 1];
  if (comma?.text === ',' && isWordToken(nextModifier) && nextModifier.tag === 'adj' && isWordToken(tokens[c.tokenStart - 1]) && tokens[c.tokenStart - 1]!.tag === 'det') {
    return phraseHeadDimensions(analysis, { ...c, tokenStart: c.tokenEnd + 1, tokenEnd: c.tokenEnd + 2 });
  }
  // "a beautiful but overweight woman": a contrast with the next adjective leaves the word out of the phrase the analysis found; its head is the next one's.
  if (isWordToken(comma) && CONTRAST.has(comma.norm) && isWordToken(nextModifier) && nextModifier.tag === 'adj' && nextModifier.sentence === comma.sentence) {
    return phraseHeadDimensions(analysis, { ...c, tokenStart: c.tokenEnd + 1, tokenEnd: c.tokenEnd + 2 });
  }
  return phraseHeadDimensions(analysis, c);
}

/** Conjunctions of contrast between two adjectives of one noun: "beautiful but sad", "simple yet elegant". */
const CONTRAST = new Set(['but', 'yet']);

/** headDimensions for the phrase that holds the candidate's tokens. */
function phraseHeadDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  const { subjects, tokens } = analysis;
  // The phrase holding the word: a binary search, not a walk from the start (long prompts).
  let from = firstStartingAfter(subjects, c.tokenStart) - 1;
  while (from > 0 && subjects[from - 1]!.tokenEnd > c.tokenEnd) from--;
  for (let si = Math.max(0, from); si < subjects.length; si++) {
    const s = subjects[si]!;
    if (s.tokenStart > c.tokenStart) break;
    if (s.tokenEnd <= c.tokenEnd) continue;
    // The head: the last token of the phrase that is the head noun.
    let head = -1;
    for (let i = s.tokenEnd - 1; i >= c.tokenEnd; i--) {
      const t = tokens[i]!;
      if (t.lemma === s.head || t.norm === s.head) {
        head = i;
        break;
      }
    }
    // "the birthday of beautiful women": the phrase's head comes before the word; a person or an animal after it is what it praises.
    if (head < 0) return personOrAnimalAfter(analysis, c.tokenEnd, s.tokenEnd);
    const t = tokens[head]!;
    // "an enchanting light", "epic lighting": the word stood in for the light, unless it praised a lamp's look ("elegant pendant lights").
    if (inClass(t, LIGHT) && c.kind !== 'look') return STANDS_FOR.light;
    // "a beautiful day", "the stunning winter weather": the light of that time or weather.
    if (inClass(t, TIME) || matchKindAt(analysis.byCategory.environment, head) === 'time') return STANDS_FOR.light;
    // "a dramatic angle", "perfect composition": the angle and the shot size, as for "epic" (not a look: "an appetizing composition").
    // As written, not by its dictionary form: "flower compositions" are arrangements.
    if (FRAMING.has(t.norm) && c.kind !== 'look') return STANDS_FOR.scale;
    // "beautiful colors", "a breathtaking palette": the colours themselves, and the light that gives them.
    if (inClass(t, COLOUR)) return STANDS_FOR.colour;
    if (notAThing(t)) return undefined;
    const byNoun = nounDimensions(t);
    if (byNoun) return byNoun;
    // A phrase cut short before its real head ("an atmospheric European setting").
    const after = tokens[s.tokenEnd];
    // Not a verb after it ("a beautiful woman looking at the sea": "look" is also an impression noun), unless a picture or "some place" ("setting", "painting").
    const verbAfter = isWordToken(after) && after.tag === 'verb' && !SCENE.has(after.norm) && !PICTURE.has(after.norm);
    if (isWordToken(after) && after.clause === t.clause && !verbAfter && notAThing(after)) return undefined;
    // "a mesmerizing tapestry of life": a figure of speech, not a thing (one of light or colour is read by figureDimensions).
    // A person or an animal before "of" is still one: "a beautiful girl of model appearance".
    if (tokens[head + 1]?.norm === 'of' && !(s.kind === 'animate' && livingLook(analysis, head))) return undefined;
    switch (s.kind) {
      case 'animate':
        // A living head no vocabulary lists is a person the analysis found by what they do: "the handsome Elton smiles".
        return livingLook(analysis, head) ?? (matchKindAt(analysis.byCategory.subject, head) === undefined ? HEAD_STANDS_FOR.person : HEAD_STANDS_FOR.object);
      case 'attribute':
        // A body part is the person's appearance ("a handsome face"); clothing, colours and materials their own.
        return matchKindAt(analysis.byCategory.subject, head) === 'part' ? HEAD_STANDS_FOR.person : HEAD_STANDS_FOR.attribute;
      case 'setting': {
        const kind = matchKindAt(analysis.byCategory.environment, head);
        return kind && PLACE_KINDS.has(kind) ? HEAD_STANDS_FOR.place : undefined;
      }
      case 'thing': {
        // A misread head after a person or animal ("a beautiful woman 30 years old", "young girl Elena").
        // Or cut short on a name before the real head ("an attractive Iranian face").
        if (!matchKindAt(analysis.byCategory.subject, head)) {
          // Or read as a head before a participle that joins it to the real one, a last noun ("a pretty young blonde
          // haired woman"; not "a cute patchwork mummified zombie doll", a doll).
          const isNoun = (k: number) => isWordToken(tokens[k]) && tokens[k]!.tag === 'noun';
          const joined = isWordToken(after) && after.clause === t.clause && after.verbForm === 'ed' && isNoun(s.tokenEnd + 1) && !isNoun(s.tokenEnd + 2);
          const last = joined ? s.tokenEnd + 1 : isWordToken(after) && after.clause === t.clause && after.tag === 'noun' ? s.tokenEnd : head - 1;
          for (let i = c.tokenEnd; i <= last; i++) {
            const look = matchKindAt(analysis.byCategory.subject, i) === 'part' ? HEAD_STANDS_FOR.person : livingLook(analysis, i);
            if (look) return look;
          }
          // "the beautiful greenish blue ocean water": praise of a colour, on a thing the lexicon does not know as an object;
          // by a word that can praise colour at all ("beautiful", "striking"; not "elegant", "iconic").
          if (head > c.tokenEnd && STANDS_FOR[c.kind]?.includes('colour') && namesColour(tokens[c.tokenEnd])) return STANDS_FOR.colour;
          // A place the analysis did not take for the setting ("a beautiful beach nearby a tropical island", "the iconic
          // Eiffel Tower"): still a place's light and look. Not across a noun, which may be the real head ("in dazzling
          // attire stands center stage", "stands" read as a noun).
          if ((PLACE_WORDS.has(t.lemma) || PLACE_WORDS.has(t.norm)) && !nounBetween(tokens, c.tokenEnd, head)) return HEAD_STANDS_FOR.place;
        }
        return abstractNoun(t.lemma) ? undefined : HEAD_STANDS_FOR.object;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** A noun among tokens [from, to). */
function nounBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.tag === 'noun') return true;
  return false;
}

/** Single-word places of the environment lexicon ("beach", "meadow"). */
const PLACE_WORDS = new Set(environmentWords.place.filter((w) => !w.includes(' ')));

const COLOUR_WORDS = CLASSES.get('colour')!;
/** A colour word, or its "-ish" form ("greenish", "bluish", "reddish"). */
function namesColour(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  if (inClass(t, COLOUR)) return true;
  if (!t.norm.endsWith('ish')) return false;
  const stem = t.norm.slice(0, -3);
  return COLOUR_WORDS.has(stem) || COLOUR_WORDS.has(`${stem}e`) || COLOUR_WORDS.has(stem.slice(0, -1));
}

/**
 * The word's own dimensions. A word of place before the noun it modifies ("a picturesque
 * countryside landscape") asks for the place's light and look, which fit before a noun, not for a
 * whole place or a time ("a narrow Paris alley at 11pm", "at dawn"), which do not.
 */
function ownDimensions(tokens: readonly Token[], c: Candidate): readonly string[] {
  const next = tokens[c.tokenEnd];
  if (c.kind === 'setting' && isWordToken(next) && next.clause === tokens[c.tokenStart]!.clause && (next.tag === 'noun' || next.tag === 'adj')) return HEAD_STANDS_FOR.place;
  return STANDS_FOR[c.kind] ?? STANDS_FOR.general!;
}

/** The appearance of a person or an animal the noun after `from` names (within `end`), or undefined. */
function personOrAnimalAfter(analysis: PromptAnalysis, from: number, end: number): readonly string[] | undefined {
  const head = headAfter(analysis.tokens, from);
  if (head < 0 || head >= end) return undefined;
  return livingLook(analysis, head);
}

/**
 * The look of the person, animal or creature the subject lexicon names at token `i`: a creature
 * of human form ("a beautiful goddess", "a cute elf") has a person's, not an animal's fur.
 */
function livingLook(analysis: PromptAnalysis, i: number): readonly string[] | undefined {
  const kind = matchKindAt(analysis.byCategory.subject, i);
  if (kind === undefined) return undefined;
  if (PERSON_KINDS.has(kind)) return HEAD_STANDS_FOR.person;
  if (kind === 'animal') return HEAD_STANDS_FOR.animal;
  if (kind !== 'creature') return undefined;
  const t = analysis.tokens[i]!;
  return HUMANOID.has(t.norm) || HUMANOID.has(t.lemma) ? HEAD_STANDS_FOR.person : HEAD_STANDS_FOR.creature;
}

const LIGHT = ['light'] as const;
const MOOD = ['mood'] as const;
const TIME = ['time'] as const;
const FRAMING = CLASSES.get('framing')!;

/**
 * A figure of speech made of light or colour ("an enchanting play of light and shadow", "a
 * mesmerizing dance of colors", "casting enchanting patterns of light"): the light or the colours.
 */
function figureDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  const { tokens } = analysis;
  // The figure: the noun before "of", after at most two modifiers (the tagger may read it as an adjective: "a breathtaking tapestry of color").
  let figure = c.tokenEnd;
  const modifies = (t: Token | undefined) => isWordToken(t) && t.clause === tokens[c.tokenStart]!.clause && (t.pos.includes('noun') || t.pos.includes('adj'));
  while (figure < c.tokenEnd + 2 && modifies(tokens[figure]) && tokens[figure + 1]?.norm !== 'of') figure++;
  if (!modifies(tokens[figure]) || !tokens[figure]!.pos.includes('noun') || tokens[figure + 1]?.norm !== 'of') return undefined;
  const head = headAfter(tokens, figure + 2);
  if (head < 0) return undefined;
  const t = tokens[head]!;
  return inClass(t, LIGHT) ? STANDS_FOR.light : inClass(t, COLOUR) ? STANDS_FOR.colour : undefined;
}

/** The trees, flowers, dishes and sounds of NOUN_STANDS_FOR. */
function nounDimensions(t: Token): readonly string[] | undefined {
  for (const [nouns, dims] of NOUN_STANDS_FOR) if (nouns.has(t.lemma) || nouns.has(t.norm)) return dims;
  return undefined;
}

/**
 * The word opens a phrase that names a light ("cinematic lighting", "epic lighting"): it stood in
 * for the light, even a word that otherwise asks for a camera; not praise of a lamp's look
 * ("elegant pendant lights").
 */
function lightDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  // A camera word that is a tag of its own keeps its camera: "…, cinematic, warm lighting".
  if (c.kind === 'look' || (OWN_KINDS.has(c.kind) && analysis.tokens[c.tokenEnd]?.kind === 'punct')) return undefined;
  return namesClassAfter(analysis, c.tokenEnd, LIGHT) ? STANDS_FOR.light : undefined;
}

/** The word opens a phrase that names a mood ("an enchanting atmosphere", "a majestic aura"): the light and colour that make it. */
function moodDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  return namesClassAfter(analysis, c.tokenEnd, MOOD) ? STANDS_FOR.mood : undefined;
}

/**
 * An adverb of manner next to the verb it qualifies ("a swan glides elegantly", "a hand elegantly
 * writing"): it stood in for how the motion looks, or, after a pose verb with a person or animal
 * doing it, the pose. Not before a participle ("elegantly dressed", "beautifully lit": the look of
 * the thing) nor with a verb whose manner is a look ("contrasts beautifully").
 */
function verbDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  const { tokens } = analysis;
  const t = tokens[c.tokenStart]!;
  if (c.tokenEnd - c.tokenStart !== 1 || t.tag !== 'adv') return undefined;
  // Before a modifier it grades that: "elegantly extended", "beautifully detailed".
  const next = tokens[c.tokenEnd];
  if (isWordToken(next) && (next.tag === 'adj' || next.verbForm === 'ed')) return undefined;
  for (const v of [tokens[c.tokenStart - 1], tokens[c.tokenEnd], clauseVerbBefore(tokens, c.tokenStart)]) {
    if (!isWordToken(v) || v.clause !== t.clause || v.verbForm === 'ed' || LOOK_VERB.has(v.lemma)) continue;
    if (POSTURE_VERB.has(v.lemma)) {
      if (animateAgent(analysis, v.index)) return VERB_STANDS_FOR.posture;
    } else if (movesAt(analysis, v.index)) return VERB_STANDS_FOR.motion;
  }
  return undefined;
}

/** An adverb closing its clause goes with the verb before the verb's object or path: "a cat walks toward the viewer elegantly". */
function clauseVerbBefore(tokens: readonly Token[], at: number): Token | undefined {
  const next = tokens[at + 1];
  if (isWordToken(next) && next.clause === tokens[at]!.clause && next.norm !== 'and') return undefined;
  for (let i = at - 1; i >= 0 && i >= at - 6 && tokens[i]!.clause === tokens[at]!.clause; i--) {
    if (tokens[i]!.tag === 'verb') return tokens[i];
  }
  return undefined;
}

/** Token `i` is a verb of motion of the analysis (something in the shot or the camera moves). */
function movesAt(analysis: PromptAnalysis, i: number): boolean {
  const a = analysis.actions[firstStartingAfter(analysis.actions, i) - 1];
  return a !== undefined && a.tokenStart <= i && i < a.tokenEnd && a.kind !== 'phrase' && !a.negated;
}

/** The verb at `verb` is done by a person or an animal: a pronoun or the nearest noun phrase before it in its clause. */
function animateAgent(analysis: PromptAnalysis, verb: number): boolean {
  const { tokens, subjects } = analysis;
  const clause = tokens[verb]!.clause;
  const prev = tokens[verb - 1];
  if (isWordToken(prev) && AGENT_PRONOUNS.has(prev.norm)) return true;
  const s = subjects[firstStartingAfter(subjects, verb - 1) - 1];
  return s !== undefined && s.tokenEnd <= verb && tokens[s.tokenStart]!.clause === clause && s.animate;
}

/**
 * Praise of an event or an action ("a breathtaking ascent", "an epic battle", "a stunning leap"),
 * or of the manner of a movement ("with remarkable grace", "with incredible speed"):
 * its speed, distance and what moves. The head is the last noun of the phrase the word opens;
 * an event that is also a place or a light ("a stunning waterfall", "dazzling fireworks") keeps
 * their dimensions, and so does a figure of speech ("a mesmerizing dance of light").
 */
function eventDimensions(analysis: PromptAnalysis, c: Candidate): readonly string[] | undefined {
  const { tokens } = analysis;
  const head = headAfter(tokens, c.tokenEnd);
  // A verb misread as a noun is no head: "in elegant evening wear walks".
  if (head < 0 || tokens[head + 1]?.norm === 'of' || movesAt(analysis, head)) return undefined;
  const t = tokens[head]!;
  const event = EVENT_NOUN.has(t.lemma) || EVENT_NOUN.has(t.norm) || MANNER_NOUN.has(t.lemma) || matchKindAt(analysis.byCategory.motion, head) === 'event';
  if (!event || matchKindAt(analysis.byCategory.environment, head) || matchKindAt(analysis.byCategory.lighting, head)) return undefined;
  return HEAD_STANDS_FOR.event;
}

/** The last noun of the noun phrase starting at `from` (modifiers, then nouns, within its clause), or -1. */
function headAfter(tokens: readonly Token[], from: number): number {
  const clause = tokens[from - 1]?.clause;
  let head = -1;
  for (let i = from; i < tokens.length && i < from + 4; i++) {
    const t = tokens[i]!;
    if (!isWordToken(t) || t.clause !== clause) break;
    if (t.tag === 'noun') head = i;
    else if (head >= 0 || !(t.tag === 'adj' || t.verbForm === 'ed' || t.norm === 'and' || t.norm === 'or')) break;
  }
  return head;
}

/** The picture, a light, a mood or "some place": the word's own dimensions fit better than a thing's. */
const notAThing = (t: Token) => inClass(t, IMPRESSION) || inClass(t, LIGHT) || GENERIC_HEAD.has(t.norm) || SCENE.has(t.norm) || SCENE.has(t.lemma) || PICTURE.has(t.norm) || PICTURE.has(t.lemma);

/** Index of the first span that starts after token `i` (spans in order of their start). */
function firstStartingAfter(spans: readonly { tokenStart: number }[], i: number): number {
  return firstIndexWhere(spans.length, (k) => spans[k]!.tokenStart > i);
}

/** A lexicon phrase spans fewer tokens than this: where the search for one holding a token starts. */
const LONGEST_PHRASE = 16;

/** The sub-kind of the lexicon match covering token `i`, if any. */
function matchKindAt(matches: readonly { tokenStart: number; tokenEnd: number; kind: string }[], i: number): string | undefined {
  for (let k = firstStartingAfter(matches, i - LONGEST_PHRASE); k < matches.length; k++) {
    const m = matches[k]!;
    if (m.tokenStart <= i && i < m.tokenEnd) return m.kind;
    if (m.tokenStart > i) break;
  }
  return undefined;
}

function abstractNoun(lemma: string): boolean {
  for (const ending of ABSTRACT_NOUN_ENDINGS) if (lemma.length >= ending.length + 2 && lemma.endsWith(ending)) return true;
  return false;
}

/** Spans of Pika's on-screen text, "Message: …" up to "(Font:"; to the end of the line only after a description. */
function messageSpans(text: string): (readonly [number, number])[] {
  const lower = text.includes('essage:') || text.includes('ESSAGE:') ? text.toLowerCase() : undefined;
  if (!lower) return [];
  const out: (readonly [number, number])[] = [];
  // Where the text begins: a label after it follows a description (one search, not one per label).
  const textStart = lower.search(/\S/);
  for (let at = lower.indexOf(MESSAGE_LABEL); at >= 0; at = lower.indexOf(MESSAGE_LABEL, at + 1)) {
    const from = at + MESSAGE_LABEL.length;
    const lineEnd = lineEndFrom(lower, from);
    const font = lower.indexOf(FONT_LABEL, from);
    if (font >= 0 && font < lineEnd) out.push([from, font]);
    else if (textStart < at) out.push([from, lineEnd]);
  }
  return out;
}

/** One suggestion per dimension: replace the word by a `[placeholder]` carrying an example. */
/**
 * A placeholder for each dimension the word stood in for. An "a" or "an" right before it is made
 * to agree with the example ("An elegant woman" → "A [appearance: e.g. freckled, red-haired]
 * woman"), which is what the placeholder is filled with. A genre label (`wholePhrase`) is replaced
 * with its article by an example that is a phrase of its own.
 */
function alternativeSuggestions(analysis: PromptAnalysis, from: number, range: readonly [number, number], dims: readonly string[], wholePhrase = false): { desc: string; fix: Fix }[] {
  const word = analysis.text.slice(range[0], range[1]);
  const article = analysis.tokens[from - 1];
  const hasArticle = isWordToken(article) && INDEFINITE_ARTICLES.has(article.norm) && article.sentence === analysis.tokens[from]!.sentence;
  const out: { desc: string; fix: Fix }[] = [];
  for (const dim of dims) {
    const example = (alternatives as Record<string, readonly string[]>)[dim]?.[0];
    const label = LABELS[dim];
    if (!example || !label) continue;
    const placeholder = `[${label.tag}: e.g. ${example}]`;
    // A genre label's whole phrase ("a dreamy animated world") gives way to an example that is a phrase too ("a narrow Paris alley at 11pm", "at dawn"), article and all.
    const phrase = wholePhrase && hasArticle && PHRASE_OPENER.test(example);
    const fix = phrase
      ? { range: [article.start, range[1]] as const, text: placeholder }
      : ((hasArticle ? articleAgreeing(analysis.text, article, range, placeholder, example.toLowerCase()) : undefined) ?? { range: [range[0], range[1]], text: placeholder });
    out.push({ desc: `Replace "${word}" with ${label.what}, e.g. "${example}"`, fix });
  }
  return out;
}

/** Words never to flag, compiled once per option list and vocabulary (both live as long as the config). */
const skipSets = new WeakMap<readonly string[], WeakMap<readonly string[], ReadonlySet<string>>>();

function skipSet(allow: readonly string[], accept: readonly string[]): ReadonlySet<string> {
  let byAccept = skipSets.get(allow);
  if (!byAccept) skipSets.set(allow, (byAccept = new WeakMap()));
  let set = byAccept.get(accept);
  if (!set) byAccept.set(accept, (set = new Set([...allow, ...accept].map(phraseKey))));
  return set;
}

const isSeparator = (t: Token | undefined) => !t || ((t.kind === 'punct' || t.kind === 'symbol') && SEPARATORS.has(t.text));
const startsUpper = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase();
/** Written like a name ("Serene"), not in capitals ("EPIC") and not one letter; any script, unlike the analysis' ASCII `isCapitalised`. */
const isNameCased = (s: string) => startsUpper(s) && s.length > 1 && s !== s.toUpperCase();

/** Whether a candidate is used as praise here, from its neighbours. */
function isPraise(analysis: PromptAnalysis, c: Candidate): boolean {
  const { tokens } = analysis;
  const first = tokens[c.tokenStart]!;
  const last = tokens[c.tokenEnd - 1]!;
  const prev = tokens[c.tokenStart - 1];
  const next = tokens[c.tokenEnd];
  const single = c.tokenEnd - c.tokenStart === 1;

  // Praise denied ("not so pretty", "isn't stunning") praises nothing.
  if (deniedBefore(tokens, c.tokenStart)) return false;
  // A verb form ("the lava cools", "cooled"), not the listed adjective; a quality tag is none ("hyperdetailed").
  if (single && c.kind !== 'quality' && first.tag === 'verb' && phraseKey(first.norm) !== c.term) return false;
  // A participle taking an object is the verb: "lightning striking the tower".
  if (single && c.term.endsWith('ing') && isWordToken(next) && (next.tag === 'det' || next.tag === 'pron' || POSSESSIVES.has(next.norm) || VERB_PREPS.has(next.norm))) return false;
  // So is one right after its noun, before punctuation or the words that go on a verb: "a match
  // striking, the flame flaring", "a clock striking 12", "the mechanism engaging." Not after a
  // possessive, an indefinite pronoun or an -s form that may be the verb ("the garden's enchanting
  // melody", "something amazing", "a display that looks intriguing").
  const nounBefore = isWordToken(prev) && prev.tag === 'noun' && !prev.norm.endsWith("'s") && !INDEFINITE_PRONOUNS.has(prev.norm) && !(prev.norm.endsWith('s') && prev.pos.includes('verb'));
  const verbFollows = !isWordToken(next) || next.sentence !== first.sentence || VERB_FOLLOWERS.has(next.tag);
  if (single && c.term.endsWith('ing') && nounBefore && prev.sentence === first.sentence && verbFollows) return false;
  // Or before a bare noun, for a verb that takes one ("each hoof striking sparks", "its fabric inviting touch");
  // not after a sentence's first word, an order ("Design captivating illustrations"), nor before a colour, a light
  // or an idea, which the word describes ("the animals striking appearance": a possessive typed without its apostrophe).
  const opensSentence = nounBefore && !(isWordToken(tokens[prev.index - 1]) && tokens[prev.index - 1]!.sentence === prev.sentence);
  if (single && nounBefore && !opensSentence && OBJECT_TAKING.has(c.term) && prev.sentence === first.sentence && isWordToken(next) && next.tag === 'noun' && next.sentence === first.sentence && !inClass(next, COLOUR) && !inClass(next, LIGHT) && !abstractNoun(next.lemma)) return false;
  // "…, inviting relaxation", "kayaks drift, inviting moments of recreation": a participle clause whose object is an idea.
  if (single && c.term.endsWith('ing') && opensClause(tokens, c.tokenStart) && ideaFollows(analysis, c.tokenEnd)) return false;
  // "ready to perfect her look", "as they perfect the presentation": after "to" or a subject pronoun and before a determiner, the verb.
  if (single && (prev?.norm === 'to' || AGENT_PRONOUNS.has(prev?.norm ?? '')) && isWordToken(next) && (next.tag === 'det' || next.tag === 'pron' || POSSESSIVES.has(next.norm))) return false;
  // "pretty fast", "pretty good": a degree adverb before a modifier that opens no noun phrase.
  if (single && DEGREE.has(c.term) && isWordToken(next) && next.tag === 'det') return false;
  if (single && DEGREE.has(c.term) && isWordToken(next) && (next.tag === 'adj' || next.tag === 'adv')) {
    const after = tokens[c.tokenEnd + 1];
    if (!(isWordToken(after) && after.sentence === next.sentence && (after.tag === 'noun' || after.tag === 'adj' || after.tag === 'name'))) return false;
  }

  // A capitalised word inside a sentence is a name ("in Nice", "Epic Games"), unless the whole
  // sentence is in title case; at the start, "Nice, France" is a place.
  if (isNameCased(first.text) && c.kind !== 'quality') {
    const midSentence = isWordToken(prev) && prev.sentence === first.sentence;
    // Not a capital alone between lowercase words of a phrase: "baby Cute cubs" is praise, "in Nice" and "Epic Games" names.
    const lone = isWordToken(prev) && !startsUpper(prev.text) && isWordToken(next) && next.sentence === first.sentence && !startsUpper(next.text) && (next.tag === 'noun' || next.tag === 'adj');
    if (midSentence && !lone && !titleCase(analysis, first.sentence)) return false;
    const after = tokens[c.tokenEnd + 1];
    if (!midSentence && next?.text === ',' && isWordToken(after) && isNameCased(after.text) && after.pos.includes('name')) return false;
  }

  // "making a funny face", "pulls funny faces": a face made is an expression the camera sees.
  if (single && c.kind === 'action' && isWordToken(next) && EXPRESSION.has(next.norm) && madeBefore(tokens, c.tokenStart)) return false;

  // Concrete senses: "cool blue light", "a perfect circle", "an epic poem", "vibrant reds".
  const classes = LITERAL.get(c.term);
  if (classes && (namesClassAfter(analysis, c.tokenEnd, classes) || namesClassBefore(analysis, c.tokenStart, classes) || fieldNamesClass(tokens, c.tokenStart, classes))) return false;
  // "the cool, damp earth", "crisp and cool", "cool down": joined to a describing word, or a verb before its particle.
  if (single && COORDINATED_LITERAL.has(c.term) && (coordinatedWithDescription(tokens, c.tokenStart) || PARTICLES.has(next?.norm ?? ''))) return false;
  // Words with a literal sense are praise only before a mood or look noun: "a magical glow", not "a magical kingdom".
  const praiseClasses = PRAISE_ONLY.get(c.term);
  // An item of a tag list of its own ("surreal, magical, large bokeh") is praise.
  // So is an -ing word joined to a modifier before it, which leaves it no verb to be: "a warm, inviting room",
  // "a cozy and inviting kitchen" (not "…, serene, inviting viewers to linger").
  const coordinated = c.term.endsWith('ing') && afterModifier(tokens, c.tokenStart) && !takesInfinitive(tokens, c.tokenEnd) && !ideaFollows(analysis, c.tokenEnd);
  if (praiseClasses && !coordinated && !(isSeparator(prev) && isSeparator(next)) && !namesClassAfter(analysis, c.tokenEnd, praiseClasses) && nounFollows(analysis, c.tokenEnd)) return false;

  // Ordinary words that are quality tags only as a list item or before a picture noun.
  if (c.kind === 'quality' && TAG_ONLY_SET.has(c.term)) {
    const nextIsPicture = isWordToken(next) && (PICTURE.has(next.norm) || PICTURE.has(next.lemma));
    // "with high resolution" asks for the picture's grade; "with intricate details" describes a thing.
    const grade = PICTURE_GRADE.has(last.norm);
    // "and" opens an item of a list ("sharp focus and intricate details"), not the second noun of a phrase a determiner opened ("with their facades and intricate details").
    const opens = (t: Token | undefined) => isSeparator(t) || !isWordToken(t) || t.sentence !== first.sentence || (t.norm === 'and' && !determinedBefore(tokens, t.index)) || t.norm === 'in' || t.norm === 'at' || (grade && t.norm === 'with');
    // Graded ("…, ultra high quality, …"), or run into another tag of a list: a setting ("HD high quality 4k"),
    // a listed word after it ("highly detailed cinematic, 4k") or one opening the item before it ("…, cinematic masterpiece").
    const setting = (t: Token) => matchKindAt(analysis.byCategory.setting, t.index) !== undefined;
    const before = tokens[c.tokenStart - 2];
    const prevSep = opens(prev) || setting(prev!) || ((INTENSIFIER.has(prev!.norm) || SINGLE_WORD.has(prev!.norm) || misspeltPraise(prev!.norm) !== undefined) && opens(before));
    // A grade of the picture ends its phrase before a preposition: "in the style of cubism with high resolution near the pyramids".
    const endsPhrase = grade && isWordToken(next) && next.tag === 'prep' && next.norm !== 'of';
    const nextSep = isSeparator(next) || next!.sentence !== last.sentence || next!.norm === 'and' || SINGLE_WORD.has(next!.norm) || setting(next!) || endsPhrase;
    if (!(nextIsPicture || (prevSep && nextSep))) return false;
  }
  return true;
}

/** How far back a determiner may open the noun phrase before an "and". */
const DETERMINER_REACH = 4;

/** The words before the "and" at `at` are a noun phrase a determiner or a possessive opens ("their elegant facades and"). */
function determinedBefore(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1];
  if (!isWordToken(noun) || noun.tag !== 'noun') return false;
  for (let k = at - 2; k >= 0 && k >= at - 1 - DETERMINER_REACH && tokens[k]!.sentence === noun.sentence; k--) {
    const t = tokens[k]!;
    if (t.tag === 'det' || POSSESSIVES.has(t.norm)) return true;
    if (!isWordToken(t) || (t.tag !== 'adj' && t.tag !== 'noun')) return false;
  }
  return false;
}

/** A negator right before token `at`, or before one intensifier there, in the same sentence: "not so pretty", "isn't stunning". */
function deniedBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (isWordToken(tokens[k]) && INTENSIFIER.has(tokens[k]!.norm)) k--;
  const t = tokens[k];
  return isWordToken(t) && t.sentence === tokens[at]!.sentence && (NEGATOR.has(t.norm) || t.norm.endsWith("n't"));
}

const EXPRESSION = toSet(EXPRESSION_NOUNS);
const FACE_MAKING = toSet(FACE_MAKING_VERBS);

/** A verb of making comes before token `at`, maybe across an article: "making a", "pulls". */
function madeBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (isWordToken(tokens[k]) && (tokens[k]!.norm === 'a' || tokens[k]!.norm === 'an')) k--;
  const verb = tokens[k];
  return isWordToken(verb) && verb.sentence === tokens[at]!.sentence && FACE_MAKING.has(verb.lemma);
}

/** Token `at` opens a participle clause: after a comma that follows no modifier ("drift, inviting …", not "warm, inviting …"). */
function opensClause(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const before = tokens[at - 2];
  // A noun the tagger read as an adjective still ends a clause: "by the jetty, inviting …".
  const modifier = (t: Token) => (t.tag === 'adj' || t.tag === 'adv') && !t.pos.includes('noun');
  return prev?.text === ',' && prev.sentence === tokens[at]!.sentence && isWordToken(before) && !modifier(before);
}

/** Particles after a verb: "to cool down", "cool off". */
const PARTICLES = new Set(['down', 'off']);

/**
 * Token `at` is joined by a comma or "and" to a describing adjective before or after it that is
 * not itself listed praise: "the cool, damp earth", "crisp and cool", "a cool, silvery sheen".
 */
function coordinatedWithDescription(tokens: readonly Token[], at: number): boolean {
  // An adjective, a participle ("diffused") or an adverb grading one ("dimly lit"), not listed praise.
  const describes = (t: Token | undefined): boolean =>
    isWordToken(t) &&
    (t.tag === 'adj' || t.verbForm === 'ed' || (t.tag === 'adv' && describes(tokens[t.index + 1]))) &&
    !SINGLE_WORD.has(t.norm) &&
    misspeltPraise(t.norm) === undefined;
  const joins = (t: Token | undefined) => t !== undefined && (t.text === ',' || t.norm === 'and') && t.sentence === tokens[at]!.sentence;
  // A tag of its own between commas ("…, full body, cool, front view") is praise: only a phrase's first word looks ahead.
  const opensPhrase = isWordToken(tokens[at - 1]) && !joins(tokens[at - 1]);
  return (joins(tokens[at - 1]) && describes(tokens[at - 2])) || (opensPhrase && joins(tokens[at + 1]) && describes(tokens[at + 2]));
}

/** Token `at` follows an adjective and a comma or "and": "warm, inviting", "cozy and inviting" (not "glowing softly, inviting"). */
function afterModifier(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const before = tokens[at - 2];
  const modifier = isWordToken(before) && before.sentence === tokens[at]!.sentence && before.tag === 'adj' && !before.pos.includes('noun');
  return modifier && (prev?.text === ',' || prev?.norm === 'and');
}

/** The word after `from` is followed by "to": "inviting viewers to linger", a verb with its object. */
function takesInfinitive(tokens: readonly Token[], from: number): boolean {
  return isWordToken(tokens[from]) && tokens[from + 1]?.norm === 'to';
}

/**
 * The noun phrase after `from` names an idea ("relaxation", "quiet reflection", "moments of
 * recreation"): its head, or the noun after "of" it opens, ends like one (ABSTRACT_NOUN_ENDINGS)
 * and names no mood, light or look ("an inviting ambiance" is praise).
 */
function ideaFollows(analysis: PromptAnalysis, from: number): boolean {
  const { tokens } = analysis;
  const head = headAfter(tokens, from);
  if (head < 0) return false;
  const idea = (t: Token) => abstractNoun(t.lemma) && !inClass(t, IDEA_EXCLUDED);
  if (idea(tokens[head]!)) return true;
  if (tokens[head + 1]?.norm !== 'of') return false;
  for (let i = head + 2; i < tokens.length && i < head + 5; i++) {
    const t = tokens[i]!;
    if (!isWordToken(t)) return false;
    if (t.tag === 'noun') return idea(t);
  }
  return false;
}

const IDEA_EXCLUDED = ['mood', 'impression', 'light'] as const;

/** Most words of the sentence capitalised: capitals say nothing about names there. */
function titleCase(analysis: PromptAnalysis, sentence: number): boolean {
  const s = analysis.sentences[sentence];
  if (!s) return false;
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = analysis.tokens[i]!;
    if (t.kind !== 'word' || t.norm.length < 4) continue;
    words++;
    if (startsUpper(t.text)) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

function inClass(t: Token, classes: readonly string[]): boolean {
  for (const name of classes) {
    const set = CLASSES.get(name);
    if (set && (set.has(t.norm) || set.has(t.lemma) || set.has(phraseKey(t.norm)))) return true;
  }
  return false;
}

/**
 * Where the prompt's lighting matches start, built once per prompt (a prompt can hold thousands).
 * The last prompt's set is kept: a WeakMap keyed by every analysis slows each young-generation GC.
 */
let lightStartsAnalysis: PromptAnalysis | undefined;
let lightStartsSet: ReadonlySet<number> = new Set();
function lightStarts(analysis: PromptAnalysis): ReadonlySet<number> {
  if (analysis !== lightStartsAnalysis) {
    lightStartsSet = new Set(analysis.byCategory.lighting.map((m) => m.tokenStart));
    lightStartsAnalysis = analysis;
  }
  return lightStartsSet;
}

/** The noun phrase after the word (adjectives, nouns, comma-joined adjectives) names one of the classes. */
function namesClassAfter(analysis: PromptAnalysis, from: number, classes: readonly string[]): boolean {
  const { tokens } = analysis;
  const lightMatchStarts = classes.includes('light') ? lightStarts(analysis) : undefined;
  let seen = 0;
  // After a noun, a comma or "and" ends the phrase: "a cinematic shot, dramatic lighting", "a cool guy and blue lights".
  let noun = false;
  for (let i = from; i < tokens.length && seen < 4; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (!noun && t.text === ',' && isWordToken(tokens[i + 1]) && tokens[i + 1]!.tag === 'adj') continue;
      return false;
    }
    if (!isWordToken(t)) return false;
    if (inClass(t, classes)) return true;
    // After a noun only a compound goes on: "studio lighting", not "skyline bathed in a glow" nor "a guy and blue lights".
    const nounLike = t.tag === 'noun' || t.tag === 'name';
    if (noun && !nounLike) return false;
    if (lightMatchStarts?.has(i)) return true;
    if (t.norm === 'and' || t.norm === 'or') continue;
    if (!(t.tag === 'adj' || nounLike || t.tag === 'num' || (t.tag === 'verb' && t.verbForm === 'ed'))) return false;
    noun ||= nounLike;
    seen++;
  }
  return false;
}

/** A noun follows, possibly after coordinated modifiers: the word opens a noun phrase ("a magical and ancient kingdom"). */
function nounFollows(analysis: PromptAnalysis, from: number): boolean {
  const { tokens } = analysis;
  for (let i = from, seen = 0; i < tokens.length && seen < 4; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text === ',' && isWordToken(tokens[i + 1]) && tokens[i + 1]!.tag === 'adj') continue;
      return false;
    }
    if (!isWordToken(t)) return false;
    if (t.tag === 'noun' || t.tag === 'name') return true;
    // A word that can be a noun and ends the phrase is its head: "inviting passersby to pause".
    if (t.pos.includes('noun') && !(isWordToken(tokens[i + 1]) && (tokens[i + 1]!.tag === 'noun' || tokens[i + 1]!.tag === 'adj'))) return true;
    if (t.norm === 'and' || t.norm === 'or') continue;
    if (!(t.tag === 'adj' || t.tag === 'num' || (t.tag === 'verb' && t.verbForm === 'ed'))) return false;
    seen++;
  }
  return false;
}

/** Words that stand for a thing and take an adjective after them: "something amazing". */
const INDEFINITE_PRONOUNS = new Set(['something', 'nothing', 'anything', 'everything', 'someone', 'anyone', 'everyone']);
/** Tags of the words that go on a verb (its object's number or article, a particle, an adverb), not a phrase an adjective opens. */
const VERB_FOLLOWERS: ReadonlySet<string> = new Set(['prep', 'adv', 'num', 'det', 'pron']);

/** How far back a field's name may be from a word of its value. */
const FIELD_REACH = 12;

/**
 * The word is in the value of a field whose name is of the classes: "Lighting: soft and cool",
 * `"lighting": "window light, soft and cool"`. Looks back within the sentence to the nearest colon.
 */
function fieldNamesClass(tokens: readonly Token[], at: number, classes: readonly string[]): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k > 0 && k >= at - FIELD_REACH && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.text !== ':') continue;
    const name = tokens[k - 1]!.text === '"' ? tokens[k - 2] : tokens[k - 1];
    return isWordToken(name) && inClass(name, classes);
  }
  return false;
}

/** Predicative use after a copula: "the air is cool", "the water feels cool". */
function namesClassBefore(analysis: PromptAnalysis, at: number, classes: readonly string[]): boolean {
  const { tokens } = analysis;
  let i = at - 1;
  while (i >= 0 && tokens[i]!.tag === 'adv') i--;
  if (i < 0 || !COPULAS.has(tokens[i]!.norm)) return false;
  const clause = tokens[at]!.clause;
  for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j]!.clause === clause; j--) if (inClass(tokens[j]!, classes)) return true;
  return false;
}

/** "an atmospheric European setting" → "European setting": genre modifiers before a scene noun. */
function genreLabels(analysis: PromptAnalysis, candidates: readonly Candidate[], skip: ReadonlySet<string>): { start: number; end: number; tokenStart: number }[] {
  const { tokens } = analysis;
  const abstractAt = new Set(candidates.map((c) => c.tokenStart));
  const place = scratch.ints(tokens.length); // 1: inside a place or surface
  // Only nouns that name a place or surface make a phrase concrete (not "in a …" locatives).
  // Where the prompt first names a place, surface or locative: "the serene scene" after it refers back.
  let described = Infinity;
  for (const m of analysis.byCategory.environment) {
    // "a dystopian urban environment": a place whose head is a scene noun ("urban setting") is the label's head, not a place before it.
    const head = tokens[m.tokenEnd - 1]!;
    const sceneHeaded = m.tokenEnd - m.tokenStart > 1 && (SCENE.has(head.norm) || SCENE.has(head.lemma));
    if ((m.kind === 'place' || m.kind === 'surface') && !sceneHeaded) for (let i = m.tokenStart; i < m.tokenEnd; i++) place[i] = 1;
    if ((m.kind === 'place' || m.kind === 'surface' || m.kind === 'locative') && m.tokenStart < described) described = m.tokenStart;
  }
  const out: { start: number; end: number; tokenStart: number }[] = [];
  const { words } = analysis;
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    if (!(SCENE.has(w.norm) || SCENE.has(w.lemma))) continue;
    // "a serene scene of a horse drinking" describes its content: not a stand-in.
    if (tokens[w.index + 1]?.norm === 'of') continue;
    // "setting" after a modifier is the noun; "the sun setting" is the verb.
    const before = tokens[w.index - 1];
    if (w.tag === 'verb' && !(isWordToken(before) && (before.tag === 'adj' || GENRE.has(phraseKey(before.norm))))) continue;
    let first = -1;
    // The first modifier of the phrase, past "and" and commas between modifiers ("creating a serene and peaceful …"):
    // what comes before it says whether the label refers back. The label itself stays the last run of modifiers.
    let opener = w.index;
    let joins = 0;
    for (let j = w.index - 1; j >= 0; j--) {
      const t = tokens[j]!;
      // At most two joins: the walk past them stays short in a long tag list.
      if (joins < 2 && opener === j + 1 && (t.text === ',' || t.norm === 'and') && isModifier(tokens[j - 1], tokens[w.index]!.sentence, abstractAt)) {
        joins++;
        continue;
      }
      // "a serene blue backdrop": a colour makes the backdrop concrete. Past a join the modifiers may be in the clause before.
      const sameClause = t.clause === w.clause || (joins > 0 && t.sentence === tokens[w.index]!.sentence);
      if (!isWordToken(t) || !sameClause || place[j] === 1 || inClass(t, COLOUR)) break;
      const pair = j > 0 && isWordToken(tokens[j - 1]) ? `${tokens[j - 1]!.norm} ${t.norm}` : '';
      if (pair && GENRE.has(phraseKey(pair))) {
        if (!abstractAt.has(j - 1) && joins === 0) first = j - 1;
        opener = --j;
        continue;
      }
      if (GENRE.has(phraseKey(t.norm))) {
        if (!abstractAt.has(j) && joins === 0) first = j;
        opener = j;
        continue;
      }
      if (abstractAt.has(j) || t.tag === 'adj') {
        opener = j;
        continue;
      }
      break;
    }
    if (first < 0 || contentFollows(analysis, w.index) || refersBack(analysis, opener, described)) continue;
    const start = tokens[first]!.start;
    const phrase = phraseKey(analysis.text.slice(start, w.end));
    if (skip.has(phrase) || skip.has(phraseKey(tokens[first]!.norm))) continue;
    out.push({ start, end: w.end, tokenStart: first });
  }
  return out;
}

/**
 * A word that can modify a scene noun, before "and" or a comma between modifiers: "serene and peaceful", "mesmerizing, surreal"
 * (the sentence, not the clause: a comma between two modifiers may open a clause).
 */
function isModifier(t: Token | undefined, sentence: number, abstractAt: ReadonlySet<number>): boolean {
  return isWordToken(t) && t.sentence === sentence && (t.tag === 'adj' || abstractAt.has(t.index) || GENRE.has(phraseKey(t.norm)));
}

/** Determiners that point back to a scene already described: "the tranquil scene", "this serene setting". */
const BACK_DETERMINERS = new Set(['the', 'this', 'that']);
const CONTENT_AFTER = toSet(SCENE_CONTENT_AFTER);
const RESULT = toSet(RESULT_LEADS);

/** "… in a meadow at dusk. A breeze stirs the tranquil scene": a definite label after a named place adds a mood to it. */
function refersBack(analysis: PromptAnalysis, opener: number, described: number): boolean {
  const { tokens } = analysis;
  const t = tokens[opener - 1];
  // "… tall grasses and wildflowers, creating a serene environment": the effect of what was just described.
  const verb = tokens[opener - 2];
  if (isWordToken(t) && INDEFINITE_ARTICLES.has(t.norm) && isWordToken(verb) && RESULT.has(verb.norm)) return described < opener - 2 || t.sentence > 0;
  if (!isWordToken(t) || t.clause !== tokens[opener]!.clause || !BACK_DETERMINERS.has(t.norm)) return false;
  // After a named place, or after a first sentence that described the scene ("… over the serene scene").
  return described < opener - 1 || t.sentence > 0;
}

/** The sentence goes on to say what the scene shows: "…, showcasing a bird", "… where a fox sleeps", "a medieval setting with castles". */
function contentFollows(analysis: PromptAnalysis, at: number): boolean {
  const { tokens } = analysis;
  const sentence = tokens[at]!.sentence;
  // What it holds, right after the noun or its comma: "a romantic scene with flowers", "a cosmic landscape, with a trail of stardust".
  const after = tokens[at + 1]?.text === ',' ? tokens[at + 2] : tokens[at + 1];
  // "full" only as "full of": "a post-apocalyptic world, full of forests", not "… world Full Shot".
  if (isWordToken(after) && after.sentence === sentence && CONTENT_AFTER.has(after.norm) && (after.norm !== 'full' || tokens[after.index + 1]?.norm === 'of')) return true;
  for (let i = at + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && CONTENT.has(t.norm)) return true;
  }
  return false;
}

// ─── extra words (options) ───────────────────────────────────────────────────

const extraCache = new WeakMap<object, CompiledLexicon>();

function matchExtra(analysis: PromptAnalysis, extra: readonly z.infer<ReturnType<typeof extraSchema>>[]): Candidate[] {
  let lexicon = extraCache.get(extra);
  if (!lexicon) {
    const data: Record<string, string[]> = {};
    for (const e of extra) {
      const word = typeof e === 'string' ? e : e.word;
      // A dimension given with the word is kept whatever noun it qualifies: marked by a prefix.
      const kind = typeof e === 'string' ? 'general' : `${FIXED}${e.dimension}`;
      (data[kind] ??= []).push(word);
    }
    lexicon = compileLexicon([{ category: 'abstract', data }]);
    extraCache.set(extra, lexicon);
  }
  // The same units the analysis matches: words, hyphenated ones split into their parts.
  const { units, tokens } = wordUnits(analysis.words, lemmatize);
  return matchLexicon(lexicon, units, tokens, analysis.text).map((m) => ({
    start: m.start,
    end: m.end,
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    kind: (m.kind.startsWith(FIXED) ? m.kind.slice(FIXED.length) : m.kind) as Kind,
    term: phraseKey(m.term),
    fixed: m.kind.startsWith(FIXED),
  }));
}

const FIXED = 'fixed:';

// ─── deletion with tidy spacing, commas, articles and capitals ───────────────

/**
 * The suggestion that deletes a praise word, with what it needs to leave whole text: the degree
 * word grading it ("the most exquisite features" → "the features"), or the generic noun it
 * qualifies when the phrase is a list item ("…, cinematic style, …", "…, superb details, …"). None after a correlative
 * ("both majestic and vast"), before a compound participle ("funny looking"), or before a generic
 * noun inside a sentence ("with cinematic view"). `from`/`to`: the words deleted, for the description.
 */
function praiseDeletion(analysis: PromptAnalysis, from: number, to: number): { from: number; to: number; fix: Fix } | undefined {
  const { tokens } = analysis;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const prev = tokens[from - 1];
  const next = tokens[to];
  const prevInSentence = isWordToken(prev) && prev.sentence === first.sentence;
  const nextInSentence = isWordToken(next) && next.sentence === last.sentence;
  if (prevInSentence && NO_DELETION.has(prev.norm)) return undefined;
  if (nextInSentence && COMPOUND_PARTICIPLE.has(next.norm)) return undefined;
  // An adjective with its complement ("…, perfect for family gatherings", "beautiful to watch"): alone, the complement would dangle.
  if (nextInSentence && (next.norm === 'for' || next.norm === 'to') && to - from === 1 && first.tag === 'adj' && !first.norm.endsWith('ly')) return undefined;
  // All a bare noun of what any subject has or wears says ("in dazzling attire"): "in attire" says nothing.
  if (praisesOwnedNoun(tokens, from, to)) return undefined;
  // Another modifier keeps the noun meaningful: "dramatic and epic tone" → "dramatic tone", and
  // so does one before a comma after an article ("with a swift, elegant motion" → "with a swift motion").
  // An "-ing" one there too: "creating a comforting, inviting atmosphere" → "a comforting atmosphere".
  const modifier = modifierAfterArticle(tokens, from);
  // Not after a possessive, where it is a noun: "his earning, best quality video".
  const ingAfterArticle = modifier?.norm.endsWith('ing') === true && tokens[from - 3]!.tag === 'det';
  const otherModifier = (prevInSentence && (prev.tag === 'adj' || prev.norm === 'and' || prev.norm === 'or')) || modifier?.tag === 'adj' || ingAfterArticle;
  if (nextInSentence && GENERIC_HEAD.has(next.norm) && !otherModifier) {
    const fix = deletion(analysis, from, to + 1, true);
    return fix ? { from: first.start, to: next.end, fix } : undefined;
  }
  // A picture noun goes too when the phrase is a list item ("…, superb details, …"); in a sentence it stays.
  // The noun's plural too ("…, cinematic movements, …"), not a participle ("cinematic detailed").
  if (nextInSentence && (EMPTY_TAG.has(next.norm) || (next.tag === 'noun' && EMPTY_TAG.has(next.lemma))) && !otherModifier) {
    const fix = deletion(analysis, from, to + 1, true);
    if (fix) return { from: first.start, to: next.end, fix };
  }
  const graded = grades(prev, first);
  const start = graded ? from - 1 : from;
  const fix = deletion(analysis, start, to, false);
  return fix ? { from: tokens[start]!.start, to: last.end, fix } : undefined;
}

/**
 * The edit that deletes tokens [from, to) and leaves tidy text, or undefined when no tidy
 * deletion exists. `standaloneOnly`: only when the words are a whole item of a comma list or
 * a sentence of their own (the safe fix for quality tags).
 */
function deletion(analysis: PromptAnalysis, from: number, to: number, standaloneOnly: boolean): Fix | undefined {
  const { tokens, text } = analysis;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const prev = tokens[from - 1];
  const next = tokens[to];
  const after = tokens[to + 1];
  const prevBreak = !prev || prev.sentence !== first.sentence || SENTENCE_END.has(prev.text);
  const nextBreak = !next || next.sentence !== last.sentence || SENTENCE_END.has(next.text);
  const prevComma = prev !== undefined && !prevBreak && LIST_COMMA.has(prev.text);
  const nextComma = next !== undefined && !nextBreak && LIST_COMMA.has(next.text);

  if ((prevBreak || prevComma) && (nextBreak || nextComma)) {
    // With the space a writer typed before the comma ("4k , high detail , --ar 16:9" → "4k , --ar 16:9").
    if (prevComma) return { range: [spacesStart(text, prev!.start), last.end], text: '' };
    if (nextComma) {
      if (!after) return { range: [prev && !prevBreak ? prev.end : first.start, next!.end], text: '' };
      return capitalise(text, first, [first.start, after.start], after);
    }
    // A sentence or line of its own: take its end punctuation with it.
    const end = next && next.sentence === last.sentence && SENTENCE_END.has(next.text) ? next.end : last.end;
    const following = tokens.find((t) => t.start >= end);
    if (prev) return { range: [prev.end, end], text: '' };
    if (following) return { range: [first.start, following.start], text: '' };
    return undefined;
  }
  if (standaloneOnly) return undefined;

  const prevWordLike = !prev || prevBreak || prev.tag === 'det' || prev.tag === 'num' || prev.tag === 'adj' || LIST_COMMA.has(prev.text) || prev.tag === 'prep' || POSSESSIVES.has(prev.norm);
  // "a beautiful, serene lake" / "beautiful and serene lake" → "a serene lake" / "serene lake".
  if (next && (LIST_COMMA.has(next.text) || next.norm === 'and' || next.norm === 'or') && isWordToken(after) && after.tag === 'adj' && prevWordLike) {
    return withArticle(analysis, from, [first.start, after.start], after, prevBreak);
  }
  // "serene and beautiful lake" / "a serene, beautiful lake" → "serene lake".
  // Also after an "-ing" modifier a determiner opens: "an engaging, ultra-realistic video" → "an engaging video".
  const before = tokens[from - 2];
  const ingModifier = modifierAfterArticle(tokens, from)?.norm.endsWith('ing') === true;
  const coordinated = isWordToken(before) && (before.tag === 'adj' || ingModifier) && !(prev?.text === ',' && itemOfList(analysis, before.index));
  if (prev && (prev.norm === 'and' || prev.norm === 'or' || prev.text === ',') && coordinated && isWordToken(next) && (next.tag === 'noun' || next.tag === 'adj' || next.tag === 'name' || next.pos.includes('noun'))) {
    return { range: [before.end, last.end], text: '' };
  }
  // A participle before its object ("…, captivating all who gaze", "mesmerizing the audience"): alone, the object would be stranded.
  if (to - from === 1 && first.norm.endsWith('ing') && isWordToken(next) && (next.tag === 'det' || next.tag === 'pron' || next.norm === 'all')) return undefined;
  // Attributive: "a stunning sunset" → "a sunset"; "Beautiful cinematic video" → "Cinematic video".
  if (isWordToken(next) && next.sentence === last.sentence && prevWordLike && !(prev && COPULAS.has(prev.norm))) {
    return withArticle(analysis, from, [first.start, next.start], next, prevBreak);
  }
  return undefined;
}

/**
 * The describing words ending at token `at` are a list item of their own, not the first of two
 * modifiers of one noun: a noun, a number or a setting opens the run of describing words and commas
 * before them, and the item is more than one plain adjective: a graded or quality tag ("music video
 * style, highly detailed, atmospheric lights"), a participle ("smiling, beautiful eyes") or a noun. Not "a
 * tall, slender, beautiful woman", nor "…, dramatic, beautiful light", where the two describe one noun.
 */
function itemOfList(analysis: PromptAnalysis, at: number): boolean {
  const { tokens } = analysis;
  const word = tokens[at]!;
  const prev = tokens[at - 1];
  const graded = isWordToken(prev) && prev.tag === 'adv';
  const quality = matchKindAt(analysis.byCategory.abstract, at) === 'quality';
  // A word that can be a noun ends a phrase of its own ("in maximum quality, high-quality drawing").
  const tag = quality || graded || word.norm.endsWith('ing') || word.norm.endsWith('ed') || word.pos.includes('noun');
  if (!tag) return false;
  for (let k = at - 1; k >= at - 6; k--) {
    const t = tokens[k];
    // A quality tag opening the sentence is an item of its own too ("high quality, high detail painting").
    if (t === undefined || t.sentence !== word.sentence) return quality;
    if (t.text === ',' || (isWordToken(t) && (t.tag === 'adj' || t.tag === 'adv'))) continue;
    if (!isWordToken(t)) return t.kind === 'number';
    // A possessive opens one noun phrase: "the café's warm, inviting tones".
    return (t.tag === 'noun' || t.tag === 'name' || t.tag === 'num') && !t.norm.endsWith("'s");
  }
  return false;
}

/**
 * The modifier in "a swift, <from>" / "her engaging, <from>" / "the restaurant's warm, <from>": one word after an
 * article or a possessive, then a comma.
 */
function modifierAfterArticle(tokens: readonly Token[], from: number): Token | undefined {
  const comma = tokens[from - 1];
  const modifier = tokens[from - 2];
  const opener = tokens[from - 3];
  if (comma?.text !== ',' || !isWordToken(modifier) || !isWordToken(opener) || opener.sentence !== tokens[from]!.sentence) return undefined;
  // A noun's possessive opens one too ("the restaurant's"); "it's" does not.
  const possessive = opener.tag === 'noun' && opener.norm.endsWith("'s") && !CONTRACTED_PRONOUNS.has(opener.norm.slice(0, -2));
  return opener.tag === 'det' || POSSESSIVES.has(opener.norm) || possessive ? modifier : undefined;
}

/** Pronouns whose "'s" is "is" or "has": "it's snowing, cinematic 8k". */
const CONTRACTED_PRONOUNS = new Set(['it', 'that', 'he', 'she', 'there', 'here', 'what', 'who', 'this', 'where', 'let']);

/** Deletes `range`; when it opened a sentence with a capital, the word after takes the capital. */
function capitalise(text: string, first: Token, range: readonly [number, number], following: Token): Fix {
  const c = text[following.start]!;
  if (startsUpper(first.text) && c !== c.toUpperCase() && range[1] === following.start) {
    return { range: [range[0], following.start + 1], text: c.toUpperCase() };
  }
  return { range: [range[0], range[1]], text: '' };
}

/** Deletes `range`, fixing "a"/"an" before it for the word that now follows, or the capital. */
function withArticle(analysis: PromptAnalysis, from: number, range: readonly [number, number], following: Token, sentenceStart: boolean): Fix {
  const { text, tokens } = analysis;
  const article = tokens[from - 1];
  if (article && INDEFINITE_ARTICLES.has(article.norm) && !sentenceStart) {
    // "an astonishing 11 days" → "11 days": the article went with the adjective.
    if (range[1] === following.start && countsPlural(tokens, following.index)) return { range: [article.start, range[1]], text: '' };
    const fix = articleAgreeing(text, article, range, '', following.text);
    if (fix) return fix;
  }
  // "The handsome Elton smiles" → "Elton smiles": a person's name takes no article once its praise goes ("the Eiffel Tower" keeps it).
  if (article?.norm === 'the' && range[0] === following.start - (range[1] - range[0]) && namesPerson(analysis, following)) {
    return { range: [article.start, range[1]], text: '' };
  }
  if (sentenceStart) return capitalise(text, tokens[from]!, range, following);
  return { range: [range[0], range[1]], text: '' };
}

/**
 * `name` opens a person's name that heads its phrase: a run of names the analysis does not read as a place,
 * not a possessive ("the Queen Isabella's rule") nor a name before a common noun ("the Sierra Nevada mountains").
 */
function namesPerson(analysis: PromptAnalysis, name: Token): boolean {
  if (name.tag !== 'name') return false;
  const { tokens } = analysis;
  let end = name.index;
  while (end + 1 < name.index + 4 && tokens[end + 1]?.tag === 'name' && tokens[end + 1]!.start === tokens[end]!.end + 1) end++;
  const after = tokens[end + 1];
  if (after && after.start === tokens[end]!.end && (after.text === "'" || after.text === '\u2019' || after.text === "'s" || after.text === '&')) return false;
  if (after && (after.tag === 'noun' || after.tag === 'name') && after.sentence === name.sentence && startsUpper(after.text)) return false;
  const subject = analysis.subjects.find((s) => s.tokenStart <= name.index && s.tokenEnd > name.index);
  return subject !== undefined && subject.kind !== 'setting' && tokens[subject.tokenEnd - 1]!.index <= end;
}

/**
 * `range` written as `replacement`, and the "a" or "an" before it (`article`) made to agree with
 * `next`, the word that now follows it, in the article's case; undefined when it agrees already.
 */
function articleAgreeing(text: string, article: Token, range: readonly [number, number], replacement: string, next: string): Fix | undefined {
  const written = articleFor(article.text, next);
  if (written.toLowerCase() === article.norm) return undefined;
  return { range: [article.start, range[1]], text: `${written}${text.slice(article.end, range[0])}${replacement}` };
}
