/**
 * Which formula component each word of a prompt belongs to (subject, motion, environment,
 * camera, lighting, audio, style, settings). One linear pass over the analysis; the score reads
 * the evidence, the rewrite groups clauses by it, and `compare` diffs prompts with it.
 */
import type { Component, LexiconCategory, PosTag, PromptAnalysis, SubjectCandidate, SubjectKind, Token } from '../types.js';
import MEDIUM_NOUNS from '../../rules/data/medium.js';
import { IDEA_NOUNS, LANDMARKS, LOCATIVE_PREPOSITIONS } from '../../rules/data/environment.js';
import { ACTION_NOUNS, ANIMATE_KINDS, FRAME_NOUNS, LIGHT_OBJECTS, PLACE_PARTS, PRODUCTION_FOLLOWERS, UNSEEN_NAMES, UNSEEN_NOUNS } from '../../rules/data/subject.js';
import { LETTERS, capitalisedName, givenName, productionNameEnd } from '../analysis/subjects.js';
import { isAllCaps, isCapitalised } from '../analysis/capitals.js';
import { namesEquipment } from '../analysis/senses.js';
import { Scratch } from '../analysis/scratch.js';
import { isWordToken, startsWithDigit } from '../analysis/tokenize.js';
import { adverbInLy, isPlaceName } from '../analysis/pos.js';
import { FLAG_NAMES, flagWord, gluedFlag, newlineBefore, toolField } from '../analysis/flags.js';
import { DURATION_UNITS, NUMBER_FLAGS, SETTING_FOLLOWERS } from '../../rules/data/setting.js';
import { diffWords } from './word-diff.js';
import { inNegativePrompt } from '../analysis/negative-prompt.js';
import { DIRECTIONS } from '../analysis/motion.js';
import { INTENSIFIERS, SCENE_NOUNS } from '../../rules/data/abstract.js';
import subjectLexicon from '../../rules/data/subject.js';
import cameraLexicon from '../../rules/data/camera.js';
import { NAME_PARTICLES } from '../../rules/data/language.js';

const CATEGORY_COMPONENT: Readonly<Record<LexiconCategory, Component>> = {
  camera: 'camera',
  lighting: 'lighting',
  environment: 'environment',
  background: 'environment',
  audio: 'audio',
  style: 'style',
  abstract: 'style',
  negative: 'style',
  setting: 'settings',
  motion: 'motion',
  static: 'motion',
  subject: 'subject',
};

const MEDIUM = new Set<string>(MEDIUM_NOUNS);
const LANDMARK = new Set<string>(LANDMARKS);
const IDEA = new Set<string>([...IDEA_NOUNS, ...UNSEEN_NOUNS, ...ACTION_NOUNS]);
const ACTION_NOUN = new Set<string>(ACTION_NOUNS);
const IDEA_NAME = new Set<string>(UNSEEN_NAMES);
const PLACE_PART = new Set<string>(PLACE_PARTS);
const SETTING_FOLLOWER = new Set<string>(SETTING_FOLLOWERS);
const ANIMATE = new Set<string>(ANIMATE_KINDS);
const LIGHT_OBJECT = new Set<string>(LIGHT_OBJECTS);
/** One-word vehicles and beings that are not a camera ("drone"): before an event they are what acts. */
const CAMERA_WORDS = new Set(Object.values(cameraLexicon).flat());
const EVENT_AGENTS = new Set([...subjectLexicon.person, ...subjectLexicon.animal, ...subjectLexicon.creature, ...subjectLexicon.vehicle].filter((w) => !w.includes(' ') && !CAMERA_WORDS.has(w)));
/** A model's name: letters then digits ("F16", "v90", "mig-29"). */
const MODEL_NUMBER = /^[a-z]+-?\d+$/;
const FRAME = new Set<string>(FRAME_NOUNS);
const PRODUCTION_FOLLOWER = new Set<string>(PRODUCTION_FOLLOWERS);
const LOCATIVE = new Set<string>(LOCATIVE_PREPOSITIONS);
const NAME_PARTICLE = new Set<string>(NAME_PARTICLES);
/** Tags of words that carry content; compared rather than looked up in a set, as they are asked of most tokens. */
const contentTag = (tag: PosTag) => tag === 'noun' || tag === 'verb' || tag === 'adj' || tag === 'adv' || tag === 'name' || tag === 'num';
const INTENSIFIER = new Set<string>(INTENSIFIERS);
/** Nouns that name "some place" without naming it ("a place", "a magical world"): where, not what. */
const SCENE_NOUN = new Set<string>(SCENE_NOUNS);
/** Onlookers: "the audience" an action leaves in suspense is who watches the video. */
const CROWD = new Set<string>(subjectLexicon.crowd);
const NEGATION_STARTERS = new Set(['no', 'without', 'avoid', 'never', 'not']);
/** Flags of a tool's parameters that need no number after them ("-camera zoom in", "-neg blur", "--ar 16:9"); "-motion" needs one. */
const NAMED_FLAGS = new Set([...FLAG_NAMES].filter((f) => !NUMBER_FLAGS.includes(f)));
/** A number with the unit of a setting or a period: "32k", "24fps", "720p", "1970s", "35mm". */
const NUMBER_UNIT = /^\d+(?:k|p|fps|s|'s|mm)$/;
/** A lone lower-case letter and a number, alone as a phrase: a version or a tool's code ("w2", "v5"), not a thing in the shot. */
const CODE_TAG = /^[a-z]\d{1,2}$/;
/** Names of a flag glued to its number with no dash before it ("hd5", "ar-9", "9-motion3"). */
const GLUED_FLAG_NAMES = new Set([...FLAG_NAMES, 'hd']);

/**
 * A phrase's head is a setting: a flag glued to its number ("hd5", "ar-9:16"), a setting's noun
 * after a number with its unit ("32k resolution", "8k ultra quality") or a length ("6 sec").
 */
function settingHead(tokens: readonly Token[], start: number, head: number): boolean {
  const norm = tokens[head]!.norm;
  if (gluedSetting(norm) || (Object.hasOwn(DURATION_UNITS, norm) && tokens[head - 1]?.kind === 'number')) return true;
  if (!SETTING_FOLLOWER.has(norm)) return false;
  for (let i = start; i < head; i++) if (startsWithDigit(tokens[i]!.norm) && NUMBER_UNIT.test(tokens[i]!.norm)) return true;
  return false;
}

/**
 * A tool's parameter flag opens at token `i`: a dash glued to a flag's name, or to a name and then
 * a number ("-motion 2", "-gs24"). Returns the index of the name's token, or -1.
 */
export function parameterFlag(text: string, tokens: readonly Token[], i: number): number {
  const w = flagWord(text, tokens, i);
  if (w < 0 || tokens[w]!.kind !== 'word') return -1;
  const name = tokens[w]!.norm;
  return NAMED_FLAGS.has(name) || gluedFlag(name) !== undefined || tokens[w + 1]?.kind === 'number' ? w : -1;
}

/** A flag's name before a number, its dash apart or left out: "ar 9:16", "gs 25", "motion - 2", "-gs:00". */
function flagBeforeValue(tokens: readonly Token[], i: number): boolean {
  const sep = tokens[i + 1]?.text;
  const next = sep === '-' || sep === ':' ? tokens[i + 2] : tokens[i + 1];
  return next?.kind === 'number' && FLAG_NAMES.has(tokens[i]!.norm);
}

/**
 * Only capitalised words of a name, from `start` to before `end` ("Audrey Hepburn"): letters
 * alone ("I'll" is no name), none a place or a word a component already took ("Halloween Night").
 * After a given name any capitalised word is the surname ("Taylor Swift"); a word alone is a name
 * only when the lexicon knows it as one ("Lofi song" names a genre, "Grenade explosion" a thing).
 */
function nameRun(tokens: readonly Token[], of: readonly (Component | undefined)[], start: number, end: number): boolean {
  if (end <= start) return false;
  const given = givenName(tokens[start]!);
  // (Unless the head agrees with it as its verb: "Strawbalien twirls".)
  const head = tokens[end]!;
  if (end - start === 1 && tokens[start]!.tag !== 'name' && !(head.pos.includes('verb') && head.lemma !== head.norm && head.norm.endsWith('s'))) return false;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const surname = given && i > start && isCapitalised(t.text) && !isAllCaps(t.text);
    // A particle inside the name ("Shakib Al Hasan", "Leonardo da Vinci"), and a surname typed in
    // lower case that the lexicon does not know, after a capitalised first name ("Elon musk").
    const particle = i > start && i + 1 < end && NAME_PARTICLE.has(t.norm) && capitalisedName(tokens[i + 1]!);
    const lowerSurname = i > start && i === end - 1 && !t.known && t.text === t.norm && t.pos.length === 1 && t.tag === 'noun' && capitalisedName(tokens[start]!);
    if (particle) continue;
    if (!(surname || lowerSurname || capitalisedName(t)) || !LETTERS.test(t.text) || of[i] !== undefined || isPlaceName(t.norm)) return false;
  }
  return true;
}

/**
 * Token `k` of a phrase is a word inside a name: capitalised or after a word of a name, before
 * one ("Van Gogh", "Vincent van Gogh"). Not before a possessive, unless the phrase names the
 * medium or the look: "Van Gogh's style" credits a painter, "Van Gogh's life" is about him.
 */
function inName(tokens: readonly Token[], start: number, k: number, head: number): boolean {
  const next = tokens[k + 1]!;
  if (k + 1 >= head || !capitalisedName(next) || !(isCapitalised(tokens[k]!.text) || (k > start && capitalisedName(tokens[k - 1]!)))) return false;
  return LETTERS.test(next.text) || MEDIUM.has(tokens[head]!.lemma);
}

/** A flag's name and its number written as one word: "hd5", "ar-9" (of "ar-9:16"), "9-motion3". */
function gluedSetting(norm: string): boolean {
  return GLUED_FLAG_NAMES.has(gluedFlag(norm)?.name ?? '');
}

/** An idea, feeling or span of time one cannot look at ("wisdom", "the future"); "joy" but not "Joy". */
export function isIdea(t: Token): boolean {
  return IDEA.has(t.lemma) || IDEA.has(t.norm) || (IDEA_NAME.has(t.norm) && t.text === t.norm);
}

/** The head names some place without naming it ("a magical place", "the world"); not in a compound ("fire place", "crystal world"). */
function sceneNoun(tokens: readonly Token[], start: number, head: number): boolean {
  return SCENE_NOUN.has(tokens[head]!.lemma) && !(head > start && tokens[head - 1]!.tag === 'noun');
}

/** Token `i` is the "on" that closes a camera term ("shot on", "filmed on"): what follows is the equipment or the film. */
function capturedOn(tokens: readonly Token[], of: readonly (Component | undefined)[], i: number): boolean {
  return tokens[i]?.norm === 'on' && of[i] === 'camera' && of[i - 1] === 'camera';
}

/** Words that say which part or which one ("the left side", "the far end", "his only companion"): not what it looks like. */
export const PART_SIDES: ReadonlySet<string> = new Set(['left', 'right', 'far', 'near', 'upper', 'lower', 'front', 'back', 'rear', 'only']);

/** A part of a place before "of" or alone after a preposition ("the middle of the road", "in front", "to the left side"). */
function placePart(tokens: readonly Token[], start: number, head: number): boolean {
  if (!PLACE_PART.has(tokens[head]!.norm)) return false;
  if (tokens[head + 1]?.norm === 'of') return true;
  const before = tokens[start - 1];
  if (!isWordToken(before) || !before.pos.includes('prep')) return false;
  for (let i = start; i < head; i++) if (tokens[i]!.tag !== 'det' && !PART_SIDES.has(tokens[i]!.norm)) return false;
  return true;
}

/**
 * The head is the first word of a picture's name the tagger split at its -ing noun ("oil
 * painting", "ink drawing style"): not when the -ing word takes an object ("a hand drawing a circle").
 */
function pictureModifier(tokens: readonly Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (next?.kind !== 'word' || next.tag !== 'verb' || next.verbForm !== 'ing' || !FRAME.has(next.norm)) return false;
  const after = tokens[head + 2];
  return !(after?.kind === 'word' && (after.tag === 'det' || after.tag === 'pron'));
}

export interface ComponentMap {
  readonly analysis: PromptAnalysis;
  /** Component of each token (by `token.index`); `undefined` for function words and punctuation. */
  readonly of: readonly (Component | undefined)[];
  /** Evidence found for each component: lexicon kinds, and for motion `action` / `manner` / `camera` / `phrase`. */
  readonly kinds: Readonly<Record<Component, ReadonlySet<string>>>;
  /** Focal noun phrases that name something concrete (not a place, light, camera term or the medium). */
  readonly subjects: readonly SubjectCandidate[];
  /** Verbs of action (not of state) outside any other component. */
  readonly actions: readonly Token[];
}

export const COMPONENTS: readonly Component[] = ['subject', 'motion', 'environment', 'camera', 'lighting', 'audio', 'style', 'settings'];

/** True for a word that carries content (nouns, verbs, adjectives, adverbs, names, numbers). */
export function isContentWord(t: Token): boolean {
  return isWordToken(t) && contentTag(t.tag);
}

// The score and the rewrite of one prompt ask for its map in turn: the last one is kept. (A
// WeakMap keyed by every analysis made each young-generation GC many times slower.)
let lastAnalysis: PromptAnalysis | undefined;
let lastMap: ComponentMap | undefined;

export function componentMap(analysis: PromptAnalysis): ComponentMap {
  if (analysis !== lastAnalysis || !lastMap) {
    lastMap = build(analysis);
    lastAnalysis = analysis;
  }
  return lastMap;
}

const scratch = new Scratch();

/**
 * What the stages of the map share: the component of each token and the token marks. Each stage
 * is a function of its own: V8 optimises a long function late and recompiles it whole when a
 * rare prompt sends it back (see findSubjects).
 */
interface MapState {
  analysis: PromptAnalysis;
  tokens: readonly Token[];
  of: (Component | undefined)[];
  /** Heads that name the medium or an idea: no component of their own. */
  medium: boolean[];
  kinds: Record<Component, Set<string>>;
  staticVerb: Int32Array;
  /** 1: a person, animal or creature; 2: a vehicle or a crowd. */
  animateWord: Int32Array;
  /** A tool's flag or field, and its value. */
  toolWord: Int32Array;
  /** A render engine, camera or film stock named, with its "render" or "engine". */
  productionWord: Int32Array;
  /** A word of a subject's action the analysis found (not negated, not a render engine's). */
  actionWord: Int32Array;
}

function build(analysis: PromptAnalysis): ComponentMap {
  const { tokens } = analysis;
  const kinds = {} as Record<Component, Set<string>>;
  for (const c of COMPONENTS) kinds[c] = new Set<string>();
  // Token flags as bytes: cheaper than sets of indexes for every prompt.
  scratch.reset();
  const state: MapState = {
    analysis,
    tokens,
    of: new Array(tokens.length).fill(undefined),
    medium: new Array(tokens.length).fill(false),
    kinds,
    staticVerb: scratch.ints(tokens.length),
    animateWord: scratch.ints(tokens.length),
    toolWord: scratch.ints(tokens.length),
    productionWord: scratch.ints(tokens.length),
    actionWord: scratch.ints(tokens.length),
  };
  markMatches(state);
  markToolWords(state);
  markProductionNames(state);
  markActions(state);
  const subjects = phraseSubjects(state);
  const actions = markMotion(state);
  markMotionDetail(state, actions);
  markLeftovers(state);
  if (subjects.length > 0) kinds.subject.add(subjects.some((s) => s.animate) ? 'animate' : 'concrete');
  return { analysis, of: state.of, kinds, subjects, actions };
}

/** Each lexicon match gives its tokens its category's component. */
function markMatches(state: MapState): void {
  const { analysis, tokens, of, kinds, staticVerb, animateWord } = state;
  const { matches } = analysis;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const component = CATEGORY_COMPONENT[m.category];
    if (m.category === 'static') {
      for (let i = m.tokenStart; i < m.tokenEnd; i++) staticVerb[i] = 1;
      continue; // a verb of state is assigned below, but is no evidence of motion
    }
    for (let i = m.tokenStart; i < m.tokenEnd; i++) of[i] ??= component;
    // 1: a person, animal or creature; 2: a vehicle or a crowd ("traffic" in "traffic light" says whose light).
    if (m.category === 'subject' && ANIMATE.has(m.kind)) for (let i = m.tokenStart; i < m.tokenEnd; i++) animateWord[i] = m.kind === 'vehicle' || m.kind === 'crowd' ? 2 : 1;
    // A sound that is also an action ("a dog barking", "she whispers") is evidence of motion too.
    if (m.category === 'audio' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart]!.tag === 'verb' && tokens[m.tokenStart]!.verbForm !== undefined) kinds.motion.add('action');
    // A motion phrase or event ("slow motion", "a car chase") is evidence as the analysis reads it
    // (markMotion): not when negated or depicted ("a painting of a battle"), and a verb in the list
    // ("dancing") is one action, not an action and a phrase.
    if (m.category === 'camera' && m.kind === 'movement') kinds.motion.add('camera');
    if (m.category !== 'subject' && m.category !== 'abstract' && m.category !== 'negative' && m.category !== 'motion') kinds[component].add(m.kind);
  }
}

/** A tool's parameters and fields are settings. */
function markToolWords(state: MapState): void {
  const { analysis, tokens, of, toolWord } = state;
  // A tool's parameter ("-ar 16:9", "--seed 7", "-motion 2"): its name and its value are
  // settings, not a thing in the shot. A dash glued to a word is rare, so the test is cheap.
  for (let i = 1; i < tokens.length; i++) {
    let k = tokens[i]!.kind === 'word' ? -1 : parameterFlag(analysis.text, tokens, i);
    if (k < 0) continue;
    of[k] ??= 'settings';
    toolWord[k] = 1;
    // The value: numbers and what joins them ("16:9", "2.35:1"), glued or after one space.
    for (k++; k < tokens.length && (tokens[k]!.kind === 'number' || (tokens[k]!.kind === 'punct' && tokens[k + 1]?.kind === 'number' && tokens[k - 1]!.kind === 'number')); k++) {
      of[k] ??= 'settings';
      toolWord[k] = 1;
    }
    i = k - 1;
  }

  // A tool's field ("Message: HELLO (Font: MODERN)"): the text laid over the video and its font
  // are settings, up to a bracket or the end of the line.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!toolField(tokens, i)) continue;
    let k = i;
    for (; k < tokens.length && (k === i || !newlineBefore(analysis.text, tokens, k)) && tokens[k]!.text !== '(' && tokens[k]!.text !== ')'; k++) {
      if (tokens[k]!.kind !== 'punct') of[k] = 'settings';
      toolWord[k] = 1;
    }
    i = k;
  }
}

/**
 * A render engine, camera or film stock named ("octane render", "Unreal Engine 5", "Kodak
 * Portra"): the name and the "render" or "engine" after it are the style, wherever the tagger put
 * them ("render" read as a verb is no action); a lexicon's reading of a word comes first.
 */
function markProductionNames(state: MapState): void {
  const { tokens, of, productionWord } = state;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let end = productionNameEnd(tokens, i);
    if (end < 0) continue;
    if (PRODUCTION_FOLLOWER.has(tokens[end]?.norm ?? '')) end++;
    if (tokens[end - 1]!.norm === 'engine' && tokens[end]?.kind === 'number') end++;
    for (let k = i; k < end; k++) {
      of[k] ??= 'style';
      productionWord[k] = 1;
    }
    i = end - 1;
  }
}

/** The subjects: noun phrases whose head is concrete and focal (or, failing any, someone in the background). */
function phraseSubjects(state: MapState): SubjectCandidate[] {
  const { analysis, tokens, of, medium, kinds, animateWord, toolWord, actionWord } = state;
  const phrases = analysis.subjects;
  // Noun phrases: a phrase follows its head; a concrete focal head is a subject.
  const subjects: SubjectCandidate[] = [];
  let movingPart: SubjectCandidate | undefined;
  for (let k = 0; k < phrases.length; k++) {
    let np = phrases[k]!;
    if (toolWord[np.tokenEnd - 1] === 1) {
      // A phrase run on into a tool's field ("the beach  Message: …"): it ends before it.
      let h = np.tokenEnd - 1;
      while (h >= np.tokenStart && toolWord[h] === 1) h--;
      if (h < np.tokenStart || (tokens[h]!.tag !== 'noun' && tokens[h]!.tag !== 'name')) continue;
      const last = tokens[h]!;
      np = endingAt(np, last, analysis.text, animateWord[h] !== 0, np.kind);
    }
    // A multiplier closing the phrase ("a leaf ten times its size"): the noun before it is the head.
    const last = np.tokenEnd - 1;
    if (tokens[last]!.norm === 'times' && last - 2 >= np.tokenStart && tokens[last - 1]!.tag === 'num' && tokens[last - 2]!.tag === 'noun') {
      np = endingAt(np, tokens[last - 2]!, analysis.text, animateWord[last - 2] !== 0, np.kind);
    }
    const head = np.tokenEnd - 1;
    const headTok = tokens[head]!;
    const before = np.tokenStart > 0 ? tokens[np.tokenStart - 1] : undefined;
    // "shot on an iphone 15": the equipment the camera term names (the senses pass, which decides
    // it, leaves no place there).
    // (Its model number may follow the phrase: "an iphone 15".)
    const model = tokens[np.tokenEnd]?.kind === 'number' || tokens[np.tokenEnd]?.tag === 'num' ? np.tokenEnd + 1 : np.tokenEnd;
    if (before && capturedOn(tokens, of, before.index) && namesEquipment(tokens, np.tokenStart, model)) {
      for (let i = np.tokenStart; i < model; i++) if (isContentWord(tokens[i]!)) of[i] = 'camera';
      continue;
    }
    let component: Component | undefined = of[head];
    // "Astronaut returns to the ship", "man walk on the road": the head of a phrase that opens its
    // clause, which the analysis reads as the action of someone before it in the phrase, is their
    // verb, whatever its tag (the branch below takes the doer). Not after a preposition or a verb,
    // where the phrase is an object ("in doctor dress", "reading patients files").
    if (actionWord[head] === 1 && (component === undefined || component === 'subject') && np.role === 'focal' && (before === undefined || before.kind !== 'word' || before.tag === 'conj') && doerBefore(animateWord, np.tokenStart, head)) component = 'motion';
    if (component === undefined) {
      // An unknown head takes the component of a camera, light or place word before it ("85mm
      // lens", "neon sign"), or of a setting it keeps a setting ("4k resolution", not "4k tv").
      for (let i = head - 1; i >= np.tokenStart && component === undefined; i--) {
        const c = of[i];
        if (c === 'camera' || c === 'lighting' || c === 'environment' || (c === 'settings' && SETTING_FOLLOWER.has(headTok.norm))) component = c;
      }
    }
    // A light one can look at, opening its clause: "a lantern floating over a pond", "candles on a cake".
    // (Asked only where it matters: it builds strings, and most phrases are neither.)
    const lightObject =
      (component === 'lighting' || (component === undefined && before?.norm === 'by')) &&
      np.role === 'focal' &&
      (LIGHT_OBJECT.has(headTok.lemma) || LIGHT_OBJECT.has(np.text.toLowerCase()) || (head > np.tokenStart && LIGHT_OBJECT.has(`${tokens[head - 1]!.norm} ${headTok.lemma}`)));
    if (component === 'lighting' && lightObject && opensClause(tokens, of, np.tokenStart)) {
      subjects.push(np);
      for (let i = np.tokenStart; i < np.tokenEnd; i++) if (of[i] === 'lighting' || (of[i] === undefined && isContentWord(tokens[i]!))) of[i] = 'subject';
      continue;
    }
    // After "by" it lights the scene, whether or not the lighting vocabulary reads it as
    // light ("a street lit by a traffic light"): no subject.
    if (lightObject && component === undefined && before?.norm === 'by') {
      medium[head] = true;
      continue;
    }
    // A phrase that ends in a verb, a camera or light word, the picture or an idea taken for its
    // head ("a girl looks", "a black jaguar jump", "warrior girl frontview", "man head silhouette",
    // "a lion full image", "a couple telling stories", "fish movements"): the person or animal before
    // it is the subject, but not one right before an idea that is no movement, which it names ("a
    // fairy tale", "a love story").
    if (np.role === 'focal' && (component === 'motion' || component === 'camera' || component === 'lighting' || component === 'audio' || (component === undefined && (MEDIUM.has(headTok.lemma) || MEDIUM.has(headTok.norm))) || ((component === undefined || component === 'subject') && isIdea(headTok) && (animateWord[head - 1] === 0 || ACTION_NOUN.has(headTok.lemma)) && !flagBeforeValue(tokens, head)))) {
      let k = head - 1;
      // (Not a word of a name spelt like an animal or a vehicle: "Van Gogh style", "Vincent van Gogh's style", "Fox Mulder interview".)
      while (k >= np.tokenStart && (animateWord[k] === 0 || (component === 'lighting' && animateWord[k] !== 1) || inName(tokens, np.tokenStart, k, head))) k--;
      // Or a name and nothing else before a performance or an act ("Shakib Al Hasan interview",
      // "Taylor Swift concert"): whoever gives it.
      if (k < np.tokenStart && (component === 'motion' || component === 'audio') && nameRun(tokens, of, np.tokenStart, head)) k = head - 1;
      // Or a vehicle, someone or a model number right before an event the motion match took
      // whole ("a car chase", "rocket launch", "F16 flight"; not "drone flight", the camera's).
      if (k < np.tokenStart && component === 'motion' && head > np.tokenStart && headTok.tag === 'noun' && eventAgent(tokens[head - 1]!)) k = head - 1;
      // The body part a movement is of ("hand movements"): what moves, if no one else is named.
      if (k < np.tokenStart && movingPart === undefined && ACTION_NOUN.has(headTok.lemma)) {
        for (let i = head - 1; i >= np.tokenStart; i--) if (of[i] === 'subject') {
          movingPart = endingAt(np, tokens[i]!, analysis.text, false, 'attribute');
          break;
        }
      }
      if (k >= np.tokenStart && !(before && NEGATION_STARTERS.has(before.norm)) && !NEGATION_STARTERS.has(tokens[np.tokenStart]!.norm)) {
        const last = tokens[k]!;
        subjects.push(endingAt(np, last, analysis.text, true, 'animate'));
        for (let i = np.tokenStart; i <= k; i++) if (of[i] === undefined || of[i] === 'subject') of[i] = 'subject';
      }
    }
    if (component === 'environment' && isPlacedLandmark(tokens, of, np.tokenStart, head)) {
      // What the shot looks at; the place the preposition names is the setting.
      subjects.push(np);
      for (let i = np.tokenStart; i < np.tokenEnd; i++) if (of[i] === 'environment' || (of[i] === undefined && isContentWord(tokens[i]!))) of[i] = 'subject';
      continue;
    }
    if (component === undefined || component === 'subject') {
      // The medium or the look ("video", "realism"), or an idea or occasion ("history", "a journey"): nothing to look at.
      // Nor is what the analysis finds to be production vocabulary (a "horror movie", "in the
      // style of Moebius", quoted words), a number's unit ("32k", "24fps", "1970s") or a flag
      // before its value, ending or opening the phrase ("ar 9:16", "movement 2 16k cinematic"),
      // nor a material naming the picture ("an oil painting"), nor a thing after "during", which
      // names a time ("during world war 1", "during the festival").
      if (MEDIUM.has(headTok.lemma) || MEDIUM.has(headTok.norm) || (!np.animate && (isIdea(headTok) || sceneNoun(tokens, np.tokenStart, head) || pictureModifier(tokens, head) || placePart(tokens, np.tokenStart, head) || before?.norm === 'during')) || np.kind === 'technical' || settingHead(tokens, np.tokenStart, head) || (component === undefined && ((startsWithDigit(headTok.norm) && NUMBER_UNIT.test(headTok.norm)) || (np.tokenStart === head && CODE_TAG.test(headTok.text)) || flagBeforeValue(tokens, head) || flagBeforeValue(tokens, np.tokenStart)))) {
        medium[head] = true;
        continue;
      }
      if ((before && NEGATION_STARTERS.has(before.norm)) || NEGATION_STARTERS.has(tokens[np.tokenStart]!.norm)) component = 'style';
      else if (np.role === 'background') {
        component = 'environment';
        kinds.environment.add('background');
      } else {
        component = 'subject';
        subjects.push(np);
      }
    }
    for (let i = np.tokenStart; i < np.tokenEnd; i++) {
      const t = tokens[i]!;
      if (of[i] === undefined && isContentWord(t) && !medium[i]) of[i] = component;
    }
  }

  // With no focal subject, a body part that moves is what the shot shows ("hand movements"), or
  // someone or something in the background ("sunset with a girl in the background", "a ship
  // sailing in the distance").
  if (subjects.length === 0 && movingPart && !NEGATION_STARTERS.has(tokens[movingPart.tokenStart]!.norm)) subjects.push(movingPart);
  if (subjects.length === 0) {
    for (let k = 0; k < phrases.length; k++) {
      const np = phrases[k]!;
      if (np.role !== 'background' || !np.animate || NEGATION_STARTERS.has(tokens[np.tokenStart]!.norm) || NEGATION_STARTERS.has(tokens[np.tokenStart - 1]?.norm ?? '')) continue;
      // What a negative prompt lists ("-neg humans", "Negative prompt: people, text") is kept out of the video.
      if (analysis.negativePrompts.length > 0 && inNegativePrompt(analysis.negativePrompts, np.tokenEnd - 1)) continue;
      // With no one else named, onlookers left in a state are the video's own audience ("leaving the audience in suspense").
      if (CROWD.has(np.head) && tokens[np.tokenEnd]?.norm === 'in' && tokens[np.tokenEnd + 1] !== undefined && isIdea(tokens[np.tokenEnd + 1]!)) continue;
      subjects.push(np);
      for (let i = np.tokenStart; i < np.tokenEnd; i++) if (of[i] === 'environment' && isContentWord(tokens[i]!)) of[i] = 'subject';
    }
  }
  return subjects;
}

/** A person, animal, creature, vehicle or crowd among the words from `start` to before `head`. */
function doerBefore(animateWord: Int32Array, start: number, head: number): boolean {
  for (let i = start; i < head; i++) if (animateWord[i] !== 0) return true;
  return false;
}

/**
 * Motion as the analysis finds it: subject actions, camera moves, motion phrases (negated ones do
 * not count; "octane render" renders nothing). The words of subject actions are marked for the
 * subjects (a head that is someone's action) and for the verbs of the action slot.
 */
function markActions(state: MapState): void {
  const { analysis, kinds, productionWord, actionWord } = state;
  for (const a of analysis.actions) {
    if (a.negated || productionWord[a.tokenStart] === 1) continue;
    kinds.motion.add(a.kind === 'subject' ? 'action' : a.kind);
    if (a.kind === 'subject') for (let i = a.tokenStart; i < a.tokenEnd; i++) actionWord[i] = 1;
  }
}

/** Motion and the verbs that give the action slot its words. */
function markMotion(state: MapState): Token[] {
  const { analysis, of, kinds, staticVerb, actionWord: actionTokens } = state;
  const { words } = analysis;
  // Verbs: actions are motion; verbs of state belong to the action slot but prove no motion.
  const actions: Token[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = words[k]!;
    if (actionTokens[t.index] === 1) {
      // An action verb the lexicon also knows as a sound ("barking") keeps its sound component.
      of[t.index] ??= 'motion';
      actions.push(t);
      continue;
    }
    if (t.tag !== 'verb' || of[t.index] !== undefined) continue;
    of[t.index] = 'motion';
    if (staticVerb[t.index] !== 1 && t.verbForm !== undefined) actions.push(t);
  }
  if (actions.length > 0) kinds.motion.add('action');
  for (let i = 0; i < staticVerb.length; i++) if (staticVerb[i] === 1) of[i] ??= 'motion';
  return actions;
}

/**
 * How things move, read in the words after each action (a verb or a motion phrase, not a camera
 * movement) up to the next one in its clause: a direction or path ("walks toward the gate",
 * "pushes it down", "drifts across the frame") and an adverb of manner or speed that ends the
 * action's phrase ("rolls the mat tightly"); and a next beat, a second action that is not the
 * first one again ("lifts the lid and peers inside"). An adverb before its verb ("slowly pans")
 * is found with the leftovers.
 */
function markMotionDetail(state: MapState, verbs: readonly Token[]): void {
  const { analysis, tokens, of, kinds, productionWord } = state;
  // 1: an action starts at the token, 2: it continues there, 3: a negated action or a camera
  // movement (its manner and direction are the camera's, already counted).
  const moving = scratch.ints(tokens.length);
  const lemmas: (string | undefined)[] = [];
  for (const a of analysis.actions) {
    if (productionWord[a.tokenStart] === 1 && !a.negated) continue;
    const skip = a.negated || a.kind === 'camera';
    moving[a.tokenStart] = skip ? 3 : 1;
    // A motion phrase or event ("a timelapse", "the transformation") is read for its manner and
    // direction but is no beat: a next beat is something else done, a second action.
    if (a.kind === 'subject') lemmas[a.tokenStart] = a.lemma;
    for (let i = a.tokenStart + 1; i < a.tokenEnd; i++) moving[i] = skip ? 3 : 2;
  }
  for (const t of verbs) {
    if (moving[t.index] !== 0) continue;
    moving[t.index] = 1;
    lemmas[t.index] = t.lemma;
  }
  let first: string | undefined;
  let clause = -1; // the clause of the action being read, or -1 after its end
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (moving[i] === 1) {
      clause = t.clause;
      const lemma = lemmas[i];
      if (lemma === undefined) continue;
      if (first === undefined) first = lemma;
      else if (lemma !== first) kinds.motion.add('beats');
      continue;
    }
    if (moving[i] === 3) clause = -1;
    if (moving[i] !== 0 || t.kind !== 'word') continue;
    if (t.clause !== clause) {
      clause = -1;
      continue;
    }
    if (DIRECTIONS.has(t.norm)) kinds.motion.add('direction');
    else if (isMannerAdverb(t, of[i], tokens[i + 1])) kinds.motion.add('manner');
  }
}

/** An adverb in -ly that no lexicon claims (praise such as "gracefully" is style) and that grades no adjective or adverb after it ("brightly lit"). */
function isMannerAdverb(t: Token, component: Component | undefined, next: Token | undefined): boolean {
  if (!adverbInLy(t) || component !== undefined || INTENSIFIER.has(t.norm)) return false;
  return !(next && next.clause === t.clause && (next.tag === 'adj' || next.tag === 'adv'));
}

function markLeftovers(state: MapState): void {
  const { analysis, tokens, of, medium, kinds } = state;
  const { words } = analysis;
  // Leftover content words (adverbs, stray adjectives) join the nearest component in their clause.
  for (let k = 0; k < words.length; k++) {
    const t = words[k]!;
    if (of[t.index] !== undefined || medium[t.index] || !isContentWord(t)) continue;
    const c = nearestInClause(tokens, of, t);
    of[t.index] = c ?? 'style';
    if (c === 'motion' && t.tag === 'adv' && !QUESTION_ADVERBS.has(t.norm)) kinds.motion.add('manner');
  }
}

/** Adverbs that ask or relate ("where it collides", "how it falls"): they say nothing of how something moves. */
const QUESTION_ADVERBS: ReadonlySet<string> = new Set(['where', 'when', 'how', 'why', 'whenever', 'wherever', 'however']);

/**
 * The phrase cut back to end at `last`, its new head. Written out like the analysis' own
 * phrases, so that every phrase has one shape: code that meets a second shape runs slower, and
 * V8 throws away its optimised code when it first meets one.
 */
function endingAt(np: SubjectCandidate, last: Token, text: string, animate: boolean, kind: SubjectKind): SubjectCandidate {
  return {
    start: np.start,
    end: last.end,
    tokenStart: np.tokenStart,
    tokenEnd: last.index + 1,
    head: last.lemma,
    text: text.slice(np.start, last.end),
    role: np.role,
    animate,
    kind,
    agent: np.agent,
  };
}

function nearestInClause(tokens: readonly Token[], of: readonly (Component | undefined)[], t: Token): Component | undefined {
  // The following word first: a modifier usually precedes what it modifies ("slowly pans").
  for (let d = 1; d < tokens.length; d++) {
    const next = tokens[t.index + d];
    const prev = tokens[t.index - d];
    const nextOk = next !== undefined && next.clause === t.clause;
    const prevOk = prev !== undefined && prev.clause === t.clause;
    if (!nextOk && !prevOk) return undefined;
    if (nextOk && of[next.index] !== undefined) return of[next.index];
    if (prevOk && of[prev.index] !== undefined) return of[prev.index];
  }
  return undefined;
}

/**
 * A building or landmark that opens its clause (or follows a shot's "of") and that a preposition
 * of place locates or a verb says something of: "An old barn in a field", "drone shot of a
 * lighthouse on a cliff", "the castle stands on a hill", "the hotel is burning"; or that a shot
 * names ("high angle shot of a clock tower").
 */
function isPlacedLandmark(tokens: readonly Token[], of: readonly (Component | undefined)[], start: number, head: number): boolean {
  const headTok = tokens[head]!;
  const compound = head > start ? `${tokens[head - 1]!.norm} ${headTok.norm}` : ''; // "space station"
  if (!LANDMARK.has(headTok.lemma) && !LANDMARK.has(headTok.norm) && !LANDMARK.has(compound)) return false;
  // "high angle shot of a clock tower", "a video of the lighthouse": the shot names what it looks at.
  if (afterShotOf(tokens, of, start)) return true;
  const after = tokens[head + 1];
  // Past a phrase set off by commas: "the old lighthouse, battered by waves, stands on a cliff".
  if (after?.text === ',') {
    let k = head + 2;
    while (k < head + 7 && tokens[k] !== undefined && tokens[k]!.text !== ',' && tokens[k]!.sentence === headTok.sentence) k++;
    const verb = tokens[k]?.text === ',' ? tokens[k + 1] : undefined;
    if (!verb || verb.tag !== 'verb' || verb.verbForm === undefined) return false;
    return opensClause(tokens, of, start);
  }
  if (!after || after.clause !== headTok.clause) return false;
  const placed = LOCATIVE.has(after.norm) && after.tag === 'prep';
  if (!placed && !(after.tag === 'verb' && after.verbForm !== undefined)) return false;
  return opensClause(tokens, of, start);
}

/**
 * A phrase opens its clause, or follows a shot's "of" ("drone shot of a lighthouse", "a scene of a
 * streetlamp"). Marks before it in the clause open no phrase of their own ("🐺 a pink volcano", a
 * link, "# A lighthouse").
 */
function opensClause(tokens: readonly Token[], of: readonly (Component | undefined)[], start: number): boolean {
  const clause = tokens[start]!.clause;
  let k = start - 1;
  while (k >= 0 && tokens[k]!.clause === clause && !isWordToken(tokens[k])) k--;
  if (k < 0 || tokens[k]!.clause !== clause) return true;
  // A conjunction opening the clause leaves the phrase opening it ("…, and a candle appears").
  if (k === start - 1 && tokens[k]!.tag === 'conj' && (k === 0 || tokens[k - 1]!.clause !== clause)) return true;
  // One participle or adjective right before a phrase without a determiner describes it and
  // leaves it opening the clause ("a video of blinking traffic lights", "flickering candles on a
  // cake"; not the verb of "building a fortress").
  const word = tokens[k]!;
  if (k === start - 1 && tokens[start]!.tag !== 'det' && (word.tag === 'adj' || (word.tag === 'verb' && word.verbForm === 'ing'))) {
    if (k === 0 || tokens[k - 1]!.clause !== clause) return true;
    return afterShotOf(tokens, of, k);
  }
  return afterShotOf(tokens, of, start);
}

/** The phrase follows the "of" of a camera word or of a noun for the picture (`FRAME_NOUNS`): "drone shot of …", "a video of …", "a peaceful scene of …". */
function afterShotOf(tokens: readonly Token[], of: readonly (Component | undefined)[], start: number): boolean {
  const before = tokens[start - 1];
  const shot = tokens[start - 2];
  if (before?.norm !== 'of' || !shot || before.clause !== tokens[start]!.clause || shot.clause !== before.clause) return false;
  return of[start - 2] === 'camera' || FRAME.has(shot.lemma) || FRAME.has(shot.norm);
}

/** A word before an event that names what acts: a vehicle, someone or a model number. */
function eventAgent(t: Token): boolean {
  return (t.tag === 'noun' || t.tag === 'name' || t.tag === 'num') && (EVENT_AGENTS.has(t.lemma) || EVENT_AGENTS.has(t.norm) || MODEL_NUMBER.test(t.norm));
}

/** The words of one component, as written, in runs of adjacent words ("handheld close follow shot"). */
export function componentSpans(map: ComponentMap, component: Component): { start: number; end: number; text: string }[] {
  const { tokens, text } = map.analysis;
  const spans: { start: number; end: number; text: string }[] = [];
  let runStart = -1;
  let runEnd = -1;
  let lastClause = -1;
  const close = () => {
    if (runStart >= 0) spans.push({ start: tokens[runStart]!.start, end: tokens[runEnd]!.end, text: text.slice(tokens[runStart]!.start, tokens[runEnd]!.end) });
    runStart = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (map.of[i] === component) {
      // A run continues over function words (of, at, the) inside one clause, not over punctuation.
      if (runStart >= 0 && t.clause === lastClause && onlyFunctionWords(tokens, runEnd + 1, i)) runEnd = i;
      else {
        close();
        runStart = runEnd = i;
      }
      lastClause = t.clause;
    }
  }
  close();
  return spans;
}

function onlyFunctionWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || contentTag(t.tag)) return false;
  }
  return true;
}

/** What changed in one component between two versions of a prompt. */
export interface ComponentDiff {
  component: Component;
  /** The component's words in each version, as written (runs joined by ", "; empty when absent). */
  before: string;
  after: string;
  /** The runs of the component's words in the new version that hold a new word (none when it only lost words). */
  spans: readonly { start: number; end: number }[];
}

/**
 * The components that gained or lost words between two versions. The words of the two versions
 * are paired first, by dictionary form and regardless of order (`diffWords`); only a word left
 * unpaired is a change, counted in the component it has in the version it is in. So "walks" →
 * "walking", moving a clause, or a kept word that the new wording puts in another component
 * ("captures" read as the subject after "macro shot" and as the action after "static wide shot")
 * is not a change.
 */
export function diffComponents(before: PromptAnalysis, after: PromptAnalysis): ComponentDiff[] {
  const a = componentMap(before);
  const b = componentMap(after);
  const { added, removed } = diffWords(before.tokens, after.tokens, (i) => a.of[i], (i) => b.of[i]);
  const changed = new Set<Component>();
  for (const i of removed) if (a.of[i] !== undefined) changed.add(a.of[i]!);
  for (const i of added) if (b.of[i] !== undefined) changed.add(b.of[i]!);
  const out: ComponentDiff[] = [];
  for (const component of COMPONENTS) {
    if (!changed.has(component)) continue;
    const spansB = componentSpans(b, component);
    const tokensB = after.tokens;
    out.push({
      component,
      before: componentSpans(a, component).map((s) => s.text).join(', '),
      after: spansB.map((s) => s.text).join(', '),
      spans: spansB
        .filter((s) => added.some((i) => b.of[i] === component && tokensB[i]!.start >= s.start && tokensB[i]!.end <= s.end))
        .map((s) => ({ start: s.start, end: s.end })),
    });
  }
  return out;
}
