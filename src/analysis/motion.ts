/**
 * Actions: what moves in the shot. Verbs are recognised by part of speech, not by a list, so
 * "trotting", "stumbles" and "a leaf spirals down" count without being listed; verbs of state
 * and pose (rules/data/static.ts: be, sit, wear, depict…) do not. Camera movements and motion
 * phrases ("slow motion", "a car chase") come from the lexicon matches.
 */
import type { ActionMatch, LexiconCategory, LexiconMatch, Quotation, Token } from '../types.js';
import staticVerbs, { ABSTRACT_OBJECTS, ACTIVE_FORMS, ATTENTION_OBJECTS, ATTENTION_VERBS, CLIMBING_PLANTS, DOING_FORMS, EXTENT_VERBS, GIVING_VERBS, GROWING_SHAPES, IMPRESSION_PARTICIPLES, INSTRUCTION_VERBS, LAID_OUT, LIGHT_PATHS, MOVING_BEFORE_DIRECTIONS, POSTURE_CHANGES, RESULT_STATES, STILL_WORKS, STORIES, WORKING_VERBS } from '../../rules/data/static.js';
import { WORD_FLAGS } from '../../rules/data/setting.js';
import { COLOURS } from '../../rules/data/lighting.js';
import { PLACE_NAME_SUFFIXES } from '../../rules/data/environment.js';
import { VIEWS } from '../../rules/data/camera.js';
import { SOUND_FIELDS, TEXT_BEARERS } from '../../rules/data/audio.js';
import { MOOD_NOUNS } from '../../rules/data/abstract.js';
import { inFieldValue } from './flags.js';
import { CAMERA_VERBS, DEVICE_VERBS, LOCOMOTION, DEPICTIONS, EVENT_HEADS, FILMING_VERBS, SCREEN_DIRECTIONS, SEEN_ENDS, SEEN_PATHS, THING_GERUNDS, FILM_PARTS as FILM_PART_WORDS, MEASURING_EVENTS, NOUN_GERUNDS, NOUNS_AFTER_NAMES, NO_PASSIVE_VERBS, ORDER_VERBS, TEXT_VERBS, VIEWER_MOVES, VIEWER_NOUNS } from '../../rules/data/motion.js';
import { ACTS_ON, ARTICLES, FLOATING_QUANTIFIERS, POSSESSIVES, adverbInLy, isPlaceName, opensObjectOrPath, wordInfo, type WordInfo } from './pos.js';
import { isCapitalised } from './capitals.js';
import { sortSmall } from './sort.js';
import { Scratch } from './scratch.js';
import { isWordToken } from './tokenize.js';
import { SIMPLE_PASTS as SIMPLE_PAST_WORDS } from './data/pos-lexicon.js';
import { isOpeningMark, isQuoted } from './quotes.js';
import { flagDash } from './flags.js';

const byStart = (a: ActionMatch, b: ActionMatch) => a.start - b.start;

const ACTIVE = new Set(ACTIVE_FORMS);
const MOVING_BEFORE = new Set(MOVING_BEFORE_DIRECTIONS);
const STATIC_LEMMAS = new Set(Object.values(staticVerbs).flat().filter((v) => !v.includes(' ')));
/** Nouns for what the camera sees ("view", "shot", "footage"): in a camera term never a move. */
const VIEW_NOUNS: ReadonlySet<string> = new Set(VIEWS);
const RESULTS = new Set(RESULT_STATES);
const WORKING = new Set(WORKING_VERBS);
const ABSTRACT = new Set(ABSTRACT_OBJECTS);
const GIVING = new Set(GIVING_VERBS);
const IMPRESSIONS = new Set(IMPRESSION_PARTICIPLES);
const DOING = new Set(DOING_FORMS);
const INSTRUCTIONS = new Set(INSTRUCTION_VERBS);
const STORY = new Set(STORIES);
const LEADS_EYE = new Set(ATTENTION_VERBS);
const ATTENTION = new Set(ATTENTION_OBJECTS);
/** Word `t` is followed by "into" and a possessive or a demonstrative: "into his world", "into this hack". */
function invitesIn(tokens: readonly Token[], t: Token): boolean {
  const into = tokens[t.index + 1];
  const det = tokens[t.index + 2];
  return into !== undefined && into.norm === 'into' && det !== undefined && (POSSESSIVES.has(det.norm) || det.norm === 'this' || det.norm === 'these');
}
/** Pronouns of people, who act when they tell a story. */
const PERSON_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'who']);
/** Object pronouns that may stand between a verb and what it gives or makes: "giving it a cozy feel", "making them look small". */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'everything']);
const COLOUR = new Set(COLOURS);
/** Prepositions after an action gerund that say where or with what it is done: "dancing in a rave", "singing with headphones". */
const PLACE_AFTER_GERUNDS = new Set(['in', 'on', 'at', 'with', 'from', 'to']);
/** Prepositions whose noun phrase a gerund may open as its modifier: "with fishing lures", "amid flourishing blooms". */
const HOLDING_PREPOSITIONS = new Set(['with', 'in', 'inside', 'on', 'amid', 'among', 'under']);
/** Words that open a relative clause, not an object: "the setting that shaped him". */
const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'whom']);
/** Reflexive pronouns, objects of the verb before them: "stabbing herself", "a cat grooming itself". */
const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
/** Infinitives that after a noun say what lies ahead, not what moves: "the adventure to come", "in the days to follow". */
const AHEAD = new Set(['come', 'follow']);
/** Lexicon categories whose terms are no thing to work on: "creates a warm glow", "a cinematic shot". */
const FIGURATIVE_CATEGORIES: readonly LexiconCategory[] = ['camera', 'lighting', 'style', 'abstract', 'setting', 'audio', 'motion'];
const EXTENT = new Set(EXTENT_VERBS);
/** Words for the feel of a shot (rules/data/abstract.ts), never what its subject does: "blade runner vibes". */
const MOODS: ReadonlySet<string> = new Set(MOOD_NOUNS);
const LAID = new Set(LAID_OUT);
const WORKS = new Set(STILL_WORKS);
const LIGHT_PATH = new Set(LIGHT_PATHS);
const GROWING = new Set(GROWING_SHAPES);
const CLIMBING = new Set(CLIMBING_PLANTS);
const NAMED_THINGS = new Set(NOUNS_AFTER_NAMES);
const TELLS = new Set(TEXT_VERBS);
const MEASURING: ReadonlySet<string> = new Set(MEASURING_EVENTS);
const SCENE_WORDS = new Set(EVENT_HEADS);
const NOUN_ING = new Set(NOUN_GERUNDS);
const THING_ING = new Set(THING_GERUNDS);
const FLAG_WORDS = new Set(WORD_FLAGS);
const FILM_PARTS = new Set(FILM_PART_WORDS);
/** Prepositions whose phrase says what a thing is of or about, not where someone is: "the joy of running". */
const OF_LIKE = new Set(['of', 'for', 'about', 'like', 'as', 'than', 'without', 'from', 'to', 'into', 'by']);
/** Words after which a name opens a clause of its own: "Messi and Ronaldo kiss", "while Biden sips coffee". */
const NAME_OPENERS = new Set(['and', 'or', '&', 'while', 'as', 'when', 'then', 'but', 'vs', 'versus']);
/** Subject kinds (rules/data/subject.ts) that act on their own: "man walk on the road". */
const AGENT_KINDS = new Set(['person', 'animal', 'creature', 'vehicle', 'animate']);

/** Words that negate the verb after them ("does not move", "never stops"). */
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', "don't", "doesn't", "didn't", "isn't", "aren't", "won't", 'nor', 'cannot', "can't"]);
/** A passive or resultative participle follows these: "is covered", "was tilted". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);
/** After these a past participle describes a state: "dressed in", "made of", "covered with". */
const STATE_PREPOSITIONS = new Set(['by', 'of', 'with', 'in', 'on', 'from', 'at', 'against', 'under', 'beneath', 'inside', 'within', 'as', 'for', 'to', 'like', 'near', 'beside', 'behind', 'above', 'below', 'atop', 'upon', 'among', 'amid', 'between', 'outside']);
/** After a passive these say something moves: "is poured onto", "being thrown into the air". */
export const DIRECTIONS: ReadonlySet<string> = new Set(['onto', 'into', 'across', 'through', 'toward', 'towards', 'off', 'out', 'up', 'down', 'away', 'along', 'over', 'apart', 'back', 'forward', 'upward', 'downward', 'around', 'past']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that', 'camera']);
const SOUND_FIELD_SET: ReadonlySet<string> = new Set(SOUND_FIELDS);
const TEXT_BEARER_SET: ReadonlySet<string> = new Set(TEXT_BEARERS);
/**
 * Nouns that make the camera the subject of a verb ("the camera slowly tilts up", "the focus
 * shifts to the cup"); the word-senses pass reads them too.
 */
export const CAMERA_SUBJECTS: ReadonlySet<string> = new Set(['camera', 'cameras', 'cam', 'lens', 'shot', 'we', 'drone', 'view', 'pov', 'frame', 'viewer', 'steadicam', 'gimbal', 'focus']);
/** The audience as the camera: only with a verb that moves it ("we glide over", not "we meet our hero"). */
export const VIEWERS: ReadonlySet<string> = new Set(['we', 'viewer']);
const VIEWER_VERBS = new Set([...CAMERA_VERBS, ...VIEWER_MOVES]);
const WATCHERS: ReadonlySet<string> = new Set(VIEWER_NOUNS);

/**
 * "inviting viewers to explore its shores", "allowing the viewer to fully absorb the view": an
 * infinitive the one watching the video is asked to do happens outside the shot, unless it moves
 * the view ("inviting the viewer to drift through the hall").
 */
function askedOfViewer(tokens: readonly Token[], t: Token): boolean {
  if (t.verbForm !== 'base' || VIEWER_VERBS.has(t.lemma)) return false;
  let k = t.index - 1;
  if (tokens[k]?.tag === 'adv') k--;
  return tokens[k]?.norm === 'to' && WATCHERS.has(tokens[k - 1]?.norm ?? '');
}
const DEVICE = new Set(DEVICE_VERBS);
/** Filming words a drone's verb may be: "a drone captures the coast", "drone filming a wedding". */
const FILMING = new Set(FILMING_VERBS);
const DEPICTION = new Set(DEPICTIONS);
const SCREEN_DIRECTION = new Set(SCREEN_DIRECTIONS);
const SEEN_PATH = new Set(SEEN_PATHS);
const SEEN_END = new Set(SEEN_ENDS);
const PLACE_SUFFIXES: ReadonlySet<string> = new Set(PLACE_NAME_SUFFIXES);
/** Pasts that are no participle ("ate", "flew"): never a modifier before a noun. */
const SIMPLE_PASTS: ReadonlySet<string> = new Set(SIMPLE_PAST_WORDS.split(' '));
const GOING: ReadonlySet<string> = new Set(LOCOMOTION);
const ORDER: ReadonlySet<string> = new Set(ORDER_VERBS);

export interface ActionInput {
  text: string;
  tokens: readonly Token[];
  words: readonly Token[];
  byCategory: Readonly<Record<LexiconCategory, readonly LexiconMatch[]>>;
  /** The quotations, in text order (quotes.ts). */
  quotations?: readonly Quotation[];
}

function negated(tokens: readonly Token[], index: number): boolean {
  // Look back over at most three words in the clause: "does not slowly move", "no camera movement".
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < 3; k--) {
    const u = tokens[k]!;
    if (u.clause !== tokens[index]!.clause || u.kind === 'punct') break;
    if (NEGATORS.has(u.norm) || u.norm.endsWith("n't")) return true;
    seen++;
  }
  return false;
}

/** Relative pronouns a thing takes: "a note that reads", "a door which says" (a person takes "who"). */
const THING_RELATIVES = new Set(['that', 'which']);
const NO_PASSIVE = new Set(NO_PASSIVE_VERBS);
/** After "as": the clause imagines what it tells ("as if", "as though"). */
const HYPOTHETICAL = new Set(['if', 'though']);
/** Adverbs of how an act is done, not of how its result looks ("neatly", "elegantly"). */
const DOING_ADVERBS = new Set(['slowly', 'gently', 'quickly', 'suddenly', 'carefully', 'gradually', 'rapidly', 'swiftly', 'steadily', 'hastily', 'abruptly']);
const SHOWING = new Set(['show', 'depict', 'illustrate', 'animate', 'visualize', 'visualise']);

/** A quotation opens right after token `i`, or after a comma or colon there: 'reads, "Open"'. */
function quotationAfter(tokens: readonly Token[], i: number, quotations?: readonly Quotation[]): boolean {
  const next = tokens[i + 1];
  const at = next !== undefined && (next.text === ',' || next.text === ':') ? i + 2 : i + 1;
  // Single marks too, where they pair: "reads 'Dell'".
  return isOpeningMark(tokens[at], tokens[at - 1]) || (quotations !== undefined && tokens[at] !== undefined && !isWordToken(tokens[at]) && isQuoted(quotations, at + 1));
}

/** The opening mark at token `open` follows a telling verb, right after it or past a comma or colon: 'reads "Open"', 'says: "Hi"'. */
function toldBefore(tokens: readonly Token[], open: number): boolean {
  let k = open - 1;
  if (tokens[k] !== undefined && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k--;
  const u = tokens[k];
  return isWordToken(u) && u.tag === 'verb' && TELLS.has(u.lemma);
}

/** Nouns that name a movement itself. */
const MOVEMENT_NOUNS: ReadonlySet<string> = new Set(['movement', 'movements']);

/**
 * The movement noun `t` says what moves or where: a body part before it ("slow head movement",
 * "hand movements"), a direction after it ("movement towards the right") or "of" and what moves
 * ("the movement of water"). Alone it is a wish ("realistic movement"), or an art movement.
 */
function movementSeen(tokens: readonly Token[], t: Token, agents: Int32Array): boolean {
  const prev = tokens[t.index - 1];
  if (isWordToken(prev) && prev.clause === t.clause && agents[prev.index] === 2) return true;
  const next = tokens[t.index + 1];
  if (!isWordToken(next) || next.clause !== t.clause) return false;
  if (DIRECTIONS.has(next.norm)) return true;
  const after = tokens[t.index + 2];
  const head = isWordToken(after) && after.tag === 'det' ? tokens[t.index + 3] : after;
  // "movement of camera" is the camera's, which its own terms give.
  return next.norm === 'of' && isWordToken(head) && head.clause === t.clause && head.tag === 'noun' && !CAMERA_SUBJECTS.has(head.norm);
}

/** The nearest noun or pronoun before the verb in its clause: who does it. */
export function subjectOf(tokens: readonly Token[], index: number): Token | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const u = tokens[k]!;
    if (u.clause !== tokens[index]!.clause) return undefined;
    if (isSubject(u)) return u;
  }
  return undefined;
}

/** A word for the camera ("the shot pans"), not a passive after "get" or "be" ("a man getting shot"). */
function cameraNoun(tokens: readonly Token[], u: Token, verb: Token, figurative: Int32Array): boolean {
  if (!CAMERA_SUBJECTS.has(u.norm)) return false;
  // "a shot poured into a glass", "shots fired": a past form that is no camera move says what was done to a drink or a gunshot.
  if ((u.norm === 'shot' || u.norm === 'shots') && verb.verbForm === 'ed' && !VIEWER_VERBS.has(verb.lemma)) return false;
  const prev = tokens[u.index - 1];
  if (isWordToken(prev) && (prev.lemma === 'get' || prev.lemma === 'be')) return false;
  // "the focus shifts to the cup", "focus racks to": the focus right before its verb (one adverb
  // between at most); "her focus unwavering" and "lose focus and tumble" are someone's attention.
  // "the frame darkens", but "a circle frame moving", "its powerful frame moving", "a picture frame
  // changes": a frame with a modifier is a thing (a border, a body, a bicycle's).
  if (u.norm === 'frame' && isWordToken(prev) && prev.clause === u.clause && prev.norm !== 'the') return false;
  if (u.norm === 'focus') return (verb.index === u.index + 1 || (verb.index === u.index + 2 && tokens[u.index + 1]!.tag === 'adv')) && !(isWordToken(prev) && prev.clause === u.clause && prev.norm !== 'the');
  // "a sleek black drone hovers", "a drone is hovering above a pool": a drone described by its
  // look, or doing something as a progressive, is a thing in the scene, not the camera.
  if (u.norm === 'drone' || u.norm === 'drones') {
    if (isWordToken(prev) && prev.clause === u.clause && prev.tag === 'adj' && figurative[prev.index] === 0) return false;
    const be = tokens[verb.index - 1];
    if (verb.verbForm === 'ing' && isWordToken(be) && be.lemma === 'be' && be.clause === verb.clause) return false;
    // "a drone colliding with a statue", "a drone exploding": a verb that neither moves nor films.
    if (!VIEWER_VERBS.has(verb.lemma) && !FILMING.has(verb.lemma)) return false;
    if (seenGoing(tokens, verb)) return false;
  }
  return true;
}

/**
 * The verb's path shows its doer from outside: across the frame ("flies rightwards") or into the
 * sky or onto the ground ("ascending towards the clouds", "is gradually descending to the
 * ground"). Looks at most four words ahead, over adverbs, one path word and a determiner.
 */
function seenGoing(tokens: readonly Token[], verb: Token): boolean {
  let path = false;
  for (let k = verb.index + 1; k < tokens.length && k <= verb.index + 4; k++) {
    const u = tokens[k]!;
    if (u.clause !== verb.clause || u.kind !== 'word') return false;
    if (SCREEN_DIRECTION.has(u.norm)) return true;
    if (SEEN_END.has(u.norm)) return path;
    if (SEEN_PATH.has(u.norm) && !path) path = true;
    else if (!(u.tag === 'adv' || (path && u.tag === 'det'))) return false;
  }
  return false;
}

/**
 * A past form moves the picture only as a finite verb ("the dog jumped over the fence"), not as
 * a state ("a man dressed in black", "a vase is broken", "a crumpled letter").
 */
function finitePast(tokens: readonly Token[], t: Token, agents: Int32Array, named: Int32Array): boolean {
  let k = t.index - 1;
  // Skip one adverb: "is slowly poured", "the dog suddenly jumped".
  if (adverbInLy(tokens[k])) k--;
  const prev = tokens[k];
  const next = tokens[t.index + 1];
  const nextWord = isWordToken(next) ? next : undefined;
  // "A little boy, with a red backpack, hopped along the road": an action verb's past form opening
  // a later clause of its sentence, before a direction, is the subject's verb ("her hair, tied
  // back", "lit up with neon", "cuddled up with a teddy bear" are states).
  if (!prev || prev.kind !== 'word') return prev !== undefined && prev.sentence === t.sentence && nextWord !== undefined && !RESULTS.has(t.lemma) && ((DIRECTIONS.has(nextWord.norm) && nextWord.norm !== 'up' && ACTS_ON.has(t.lemma)) || afterAppositive(tokens, prev, nextWord, t, agents, named) || (SIMPLE_PASTS.has(t.norm) && prev.text === ',' && nextWord.clause === t.clause && (nextWord.tag === 'det' || POSSESSIVES.has(nextWord.norm) || DIRECTIONS.has(nextWord.norm))));
  if (prev.norm === 'being' || prev.lemma === 'get' || prev.lemma === 'have') return true;
  // "a dog gets his head patted", "got her hair cut": a passive after "get" and its object is done to someone.
  const owner = tokens[prev.index - 1];
  if (prev.tag === 'noun' && owner !== undefined && POSSESSIVES.has(owner.norm) && tokens[owner.index - 1]?.lemma === 'get' && tokens[owner.index - 1]!.clause === t.clause) return true;
  // "a black man shot himself", "eyebrows shot up", but "closeup shot", "action shot, 16:9": a past
  // form that is also a camera noun moves only before its object or path.
  if (CAMERA_SUBJECTS.has(t.norm) && !(nextWord !== undefined && (opensObjectOrPath(nextWord) || DIRECTIONS.has(nextWord.norm)))) return false;
  if (SUBJECT_PRONOUNS.has(prev.norm)) return true;
  // "The person's nose wrinkled in distaste", "Its eyes widened": a body part whose owner opens
  // the sentence is the subject, the past its verb ("…, his eyes closed" holds a pose).
  if (agents[prev.index] === 2 && !RESULTS.has(t.lemma) && ownerOpensSentence(tokens, prev.index)) return true;
  // "a block is gently placed on the water", "the lid is slowly lifted": an adverb of how it is
  // done, between "be" and the participle, makes it the act, not the state it leaves.
  if (k < t.index - 1 && BE_FORMS.has(prev.norm) && DOING_ADVERBS.has(tokens[t.index - 1]!.norm)) return true;
  // "Israelites disheartened and fearful", "a sailor tired and hungry": a participle joined to a
  // plain adjective by "and" or "or" is a state as that adjective is.
  if (nextWord !== undefined && (nextWord.norm === 'and' || nextWord.norm === 'or') && plainAdjective(tokens[nextWord.index + 1], t) && !SIMPLE_PASTS.has(t.norm)) return false;
  // "the wine glass fell on the carpet", "blood fingers exploded", "the girl, wearing headphones,
  // shook her body": a past that is no participle, or of a verb that has no passive, is no state
  // its noun is left in; after a noun it is that noun's verb.
  if ((SIMPLE_PASTS.has(t.norm) || NO_PASSIVE.has(t.lemma)) && (prev.tag === 'noun' || prev.tag === 'name') && prev.clause === t.clause) return true;
  // "a scarf tied around its neck", "a man seated at a desk": a resulting state, wherever it points.
  const place = nextWord !== undefined && (nextWord.tag === 'prep' || STATE_PREPOSITIONS.has(nextWord.norm) || DIRECTIONS.has(nextWord.norm));
  // "…, a newborn wrapped", "her hair tied.": closing its clause, such a form is the state too, and
  // so it is past an adverb ("a glass placed elegantly on the armchair", "a cup positioned just to its right").
  if (RESULTS.has(t.lemma) && (place || nextWord === undefined || nextWord.clause !== t.clause || (nextWord.tag === 'adv' && restsAfter(tokens, nextWord)))) return false;
  // "a bamboo-handled wooden spoon", "sun-kissed golden hair": a hyphened participle before a
  // modifier or a noun is a compound adjective.
  if (t.norm.includes('-') && nextWord !== undefined && nextWord.clause === t.clause && (nextWord.tag === 'adj' || nextWord.tag === 'noun')) return false;
  // "with their arms crossed over their chest", "with hands clasped behind her back": a body part
  // that "with" opens holds a pose, whatever way it points.
  if (agents[prev.index] === 2 && withBefore(tokens, prev.index) && !(nextWord !== undefined && nextWord.clause === t.clause && adverbInLy(nextWord))) return false;
  if (nextWord && DIRECTIONS.has(nextWord.norm)) return true;
  // "two balls dropped from the same height", "a stone rolled from the cliff": a verb of going
  // before where it starts from moves, whatever its subject ("a statue carved from marble" is made).
  if (nextWord !== undefined && nextWord.norm === 'from' && GOING.has(t.lemma)) return true;
  // "the door is opened by a robot", "the vase is knocked over slowly": a passive with its agent
  // or its manner is an event; "a portrait painted by Monet" names a work.
  if (BE_FORMS.has(prev.norm)) return nextWord !== undefined && (nextWord.norm === 'by' || adverbInLy(nextWord)) && ACTS_ON.has(t.lemma) && !NAMED_THINGS.has(t.lemma);
  // "a ukulele played by a girl", "a tree swayed by the wind": so is a passive right after its
  // noun, when an article, a possessive or a number opens its doer ("a portrait painted by
  // Monet" names a work; "surrounded by trees" is still). A verb that also sets things in order
  // does so only when the one before it or its doer can go: "a man followed by a dog", not "the
  // old code followed by a new version" (`ORDER_VERBS`).
  if ((prev.tag === 'noun' || prev.tag === 'name') && nextWord !== undefined && nextWord.norm === 'by' && nextWord.clause === t.clause && doerAfter(tokens, nextWord) && ACTS_ON.has(t.lemma) && !NAMED_THINGS.has(t.lemma) && !STATIC_LEMMAS.has(t.lemma) && (!ORDER.has(t.lemma) || agents[prev.index] === 1 || named[prev.index] === 1 || doerActs(tokens, nextWord, agents))) return true;
  // "a bill stepped on by a woman": a verb with its preposition in the passive, then its agent
  // ("a sofa sat on by a cat" holds a pose).
  const by = nextWord !== undefined && AGENT_PREPOSITIONS.has(nextWord.norm) ? tokens[nextWord.index + 1] : undefined;
  if ((prev.tag === 'noun' || prev.tag === 'name') && isWordToken(by) && by.norm === 'by' && by.clause === t.clause && doerAfter(tokens, by) && !NAMED_THINGS.has(t.lemma) && !STATIC_LEMMAS.has(t.lemma)) return true;
  // "grilled chicken", "a man with painted nails": a past form before a noun modifies it, unless
  // it is a past that is no participle ("Giant Deinosuchus ate dinosaur meat", "the boy threw stones").
  if (nextWord && nextWord.tag === 'noun' && !SIMPLE_PASTS.has(t.norm)) return false;
  // After something that acts on its own or a name opening the clause, a place says where the act
  // happened ("the bird landed on a branch", "Gagarin landed in a field"), unless the verb leaves
  // its noun in a state ("a car parked on the street").
  if (place) return agents[prev.index] === 1 || named[prev.index] === 1 || NO_PASSIVE.has(t.lemma);
  // "with her legs crossed", "arms folded", "eyes closed": after a body part, a pose, unless an
  // object, a result or a manner follows ("a hand placed a cup", "his jaw dropped open").
  if (agents[prev.index] === 2 && !(nextWord !== undefined && nextWord.clause === t.clause && (opensObjectOrPath(nextWord) || nextWord.tag === 'adj' || adverbInLy(nextWord)))) return false;
  return prev.tag === 'noun' || prev.tag === 'name';
}

/** `u` is an adjective that is no verb form ("fearful", not "broken" or "smiling"), in the clause of `t`. */
function plainAdjective(u: Token | undefined, t: Token): boolean {
  // "left and right" is a direction, whatever "left" is.
  return isWordToken(u) && u.clause === t.clause && u.tag === 'adj' && u.verbForm === undefined && !u.norm.endsWith('ed') && !u.norm.endsWith('ing') && u.norm !== 'right';
}

/** Prepositions a verb keeps in the passive before its agent: "stepped on by", "shot at by". */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'upon', 'at']);

/** An article, a possessive or a number opens a doer after "by": "by a girl", "by the wind", "by his dog", "by two demons". */
function doerAfter(tokens: readonly Token[], by: Token): boolean {
  const u = tokens[by.index + 1];
  return isWordToken(u) && u.clause === by.clause && (ARTICLES.has(u.norm) || POSSESSIVES.has(u.norm) || u.tag === 'num');
}

/** The doer after "by" can act: "by a dog", "by two angry demons" (past up to two modifiers). */
function doerActs(tokens: readonly Token[], by: Token, agents: Int32Array): boolean {
  for (let k = by.index + 2; k <= by.index + 4 && k < tokens.length; k++) {
    const u = tokens[k]!;
    if (u.clause !== by.clause || u.kind !== 'word') return false;
    if (agents[k] === 1) return true;
    if (u.tag !== 'adj' && u.tag !== 'num') return false;
  }
  return false;
}

/**
 * "Mara, a young sailor, walked to the harbour", "the boy, tired, went into the house": a past
 * form after a comma that closes what names someone who acts is that someone's verb before a
 * direction, before "to" or "from" when it acts or goes, or before an object when it acts on one
 * ("a man, tired, picked the lock").
 */
function afterAppositive(tokens: readonly Token[], comma: Token, next: Token, t: Token, agents: Int32Array, named: Int32Array): boolean {
  if (comma.text !== ',' || comma.index === 0 || next.clause !== t.clause || STATIC_LEMMAS.has(t.lemma)) return false;
  const who = tokens[comma.index - 1]!;
  if (who.kind !== 'word' || who.sentence !== t.sentence || !(agents[who.index] === 1 || named[who.index] === 1)) return false;
  // Before "to" or "from" only a verb that acts or goes: "Angels, referred to as seraphim" are named.
  if (DIRECTIONS.has(next.norm)) return next.norm !== 'up';
  if (PATH_OPENERS.has(next.norm)) return ACTS_ON.has(t.lemma) || VIEWER_VERBS.has(t.lemma) || SIMPLE_PASTS.has(t.norm);
  return ACTS_ON.has(t.lemma) && (next.tag === 'det' || POSSESSIVES.has(next.norm));
}

/**
 * A possessive opens the sentence and the noun phrase ending at `head`, past at most two
 * adjectives on each side: "Its eyes", "The person's nose", "The old man's left hand".
 */
function ownerOpensSentence(tokens: readonly Token[], head: number): boolean {
  let k = head - 1;
  for (let n = 0; n < 2 && isWordToken(tokens[k]) && tokens[k]!.tag === 'adj'; n++) k--;
  const owner = tokens[k];
  if (!isWordToken(owner) || owner.clause !== tokens[head]!.clause || !(POSSESSIVES.has(owner.norm) || owner.norm.endsWith("'s"))) return false;
  // "The person's", "The old man's": an article and adjectives may open the owner's phrase.
  if (owner.norm.endsWith("'s")) {
    for (let n = 0; n < 2 && isWordToken(tokens[k - 1]) && tokens[k - 1]!.tag === 'adj' && tokens[k - 1]!.clause === owner.clause; n++) k--;
    if (isWordToken(tokens[k - 1]) && ARTICLES.has(tokens[k - 1]!.norm) && tokens[k - 1]!.clause === owner.clause) k--;
  }
  return k === 0 || tokens[k - 1]!.sentence !== owner.sentence;
}

/**
 * "with" and a possessive or determiner open the noun phrase ending at `head`: "with her arms",
 * "with its ears" (a bare "with dreadlocks" may describe who acts next: "a man with dreadlocks
 * beamed up into space").
 */
function withBefore(tokens: readonly Token[], head: number): boolean {
  const u = tokens[head - 1];
  const w = tokens[head - 2];
  return u !== undefined && (u.tag === 'det' || POSSESSIVES.has(u.norm)) && w !== undefined && w.norm === 'with' && w.clause === tokens[head]!.clause;
}

/** A verb of posture or state before its particle, not as a pose: "stands up", "lies down", "fills up" (`POSTURE_CHANGES`). */
function changesPosture(tokens: readonly Token[], t: Token): boolean {
  const particle = Object.hasOwn(POSTURE_CHANGES, t.lemma) ? POSTURE_CHANGES[t.lemma] : undefined;
  const next = tokens[t.index + 1];
  // A particle in capitals names something ("Stand Up Club").
  if (particle === undefined || t.tag !== 'verb' || next === undefined || next.text !== particle || next.clause !== t.clause) return false;
  // "inviting viewers to sit down": an infinitive says what the scene invites, not what happens.
  if (t.verbForm === 'base') return tokens[t.index - 1]?.norm !== 'to';
  return t.verbForm === 's' || (t.verbForm === 'ed' && particle !== 'around');
}

/**
 * An -ing word of a verb that needs an object (`THING_GERUNDS`: "building", "setting") with none
 * after it names a thing after a word that does not act: "an abandoned building", "the empire
 * state building", "a kitchen setting" ("a child building a sandcastle", "robots building", and a
 * light that sets, "the sun setting", act).
 */
function namesThing(tokens: readonly Token[], t: Token, agents: Int32Array, lightEnds: Int32Array): boolean {
  if (!THING_ING.has(t.norm) || t.index === 0) return false;
  const prev = tokens[t.index - 1]!;
  if (prev.clause !== t.clause || !(prev.tag === 'noun' || prev.tag === 'name' || prev.tag === 'adj') || agents[prev.index] === 1 || lightEnds[prev.index] === 1) return false;
  const next = tokens[t.index + 1];
  return !(isWordToken(next) && next.clause === t.clause && (next.tag === 'det' || next.tag === 'pron' || next.tag === 'noun' || next.tag === 'name' || POSSESSIVES.has(next.norm) || DIRECTIONS.has(next.norm)));
}

/** After the adverb `adv`, a place or the clause's end follows: "[placed] elegantly on", "[tied] tightly.". */
function restsAfter(tokens: readonly Token[], adv: Token): boolean {
  const u = tokens[adv.index + 1];
  return !isWordToken(u) || u.clause !== adv.clause || u.tag === 'prep' || STATE_PREPOSITIONS.has(u.norm) || DIRECTIONS.has(u.norm);
}

/**
 * Terse prompts drop the verb ending: "man walk on the road", "girl dance". A word that can be a
 * verb, tagged noun, right after a person or animal and before a preposition, adverb or the end
 * of its clause is that verb.
 */
function bareVerb(tokens: readonly Token[], t: Token, agents: Int32Array, named: Int32Array): boolean {
  // "an elephant herd", "a mouse eye": a word that names a subject or a body part itself is the head of the phrase.
  if (t.tag !== 'noun' || !t.pos.includes('verb') || t.index === 0 || agents[t.index] !== 0 || MOODS.has(t.lemma)) return false;
  const prev = tokens[t.index - 1]!;
  // "a bird's eye": what someone has, not what they do.
  if (prev.norm.endsWith("'s")) return false;
  // "a fountain that throws water": after a noun and "that", an -s form is the noun's verb (but
  // "a sign that reads Welcome" says what is written).
  if (prev.norm === 'that' && prev.clause === t.clause && t.index >= 2 && (tokens[t.index - 2]!.tag === 'noun' || tokens[t.index - 2]!.tag === 'name')) {
    return t.norm.endsWith('s') && wordInfo(t.norm).forms.includes('s') && !TELLS.has(t.lemma);
  }
  // "fog seeps through the cracks", "milk drips to the floor": an -s form of an action verb
  // after a noun that no preposition governs is its verb when a path follows (but "city lights
  // in the distance", "onion rings on a plate" stay nouns).
  if (pathVerb(tokens, t) || laterClauseVerb(tokens, t, agents) || joinedBase(tokens, t)) return true;
  // After a bare name or a "from" phrase only a lower-case action verb: "Superman hit Wonder
  // Woman", "a boy from Hong Kong travel to", not "Kubrick Films" or "a man from the time of".
  // "a girl 20 years old turn into a hero": an age after someone still names them.
  // "a creepy hand break up through the soil", "his eyes roll back": after a body part a base
  // form of an action verb is its move when a direction follows.
  if (agents[t.index - 1] === 2 && t.norm === t.lemma && ACTS_ON.has(t.lemma) && directionAfter(tokens, t)) return true;
  if (agents[t.index - 1] !== 1 && agents[beforeAge(tokens, t.index - 1)] !== 1 && !((named[t.index - 1] === 1 || afterOrigin(tokens, t, agents)) && ACTS_ON.has(t.lemma) && !NAMED_THINGS.has(t.lemma) && t.text === t.norm)) return false;
  const info = wordInfo(t.norm);
  if (!info.forms.includes('base') && !info.forms.includes('s')) return false;
  // "a large satellite dish as the main element": a word usually a noun after a noun a
  // determiner opens heads their compound ("a shy girl blink her eyes" has no such word).
  if (info.usual === 'noun' && t.norm === t.lemma && determinedHead(tokens, tokens[t.index - 1]!)) return false;
  const next = tokens[t.index + 1];
  if (!next || next.kind === 'punct' || next.clause !== t.clause) {
    // "a kid in doctor dress", "a pile of dog poop": a base form closing a bare phrase a
    // preposition opens heads a compound ("a video of a dog bark", "listening to the doctor talk"
    // keep their verb; "closeup on skateboard tricks" is left to the plural).
    const opener = t.norm === t.lemma ? prepositionBefore(tokens, t) : undefined;
    return opener === undefined || opener.norm === 'to' || determinedHead(tokens, tokens[t.index - 1]!);
  }
  if (next.tag === 'prep' || next.tag === 'adv' || next.tag === 'det') return true;
  // "girl blink her eyes", "dog wag its tail": a possessive opens the object.
  if (POSSESSIVES.has(next.norm)) return ACTS_ON.has(t.lemma) && !NAMED_THINGS.has(t.lemma);
  // A bare object only after a verb that acts on one: "rocker raccoon plays guitar", "people
  // dance techno", but "dog treats bag" and "cat toys" stay compounds.
  return (next.tag === 'noun' || next.tag === 'name' || next.tag === 'adj') && ACTS_ON.has(t.lemma) && !NAMED_THINGS.has(t.lemma);
}

/**
 * "two friends sit on the sofa and talk": a base form of an action verb after "and" joins the
 * base form of the verb before it in the same stretch of words, when nothing but a path, an
 * adverb or an object follows (looks back at most ten words; "a sofa and lamp" has no verb before it).
 */
function joinedBase(tokens: readonly Token[], t: Token): boolean {
  const and = tokens[t.index - 1]!;
  if (and.norm !== 'and' || t.norm !== t.lemma || t.text !== t.norm || !ACTS_ON.has(t.lemma) || NAMED_THINGS.has(t.lemma)) return false;
  const next = tokens[t.index + 1];
  if (next !== undefined && next.kind === 'word' && next.sentence === t.sentence && !(next.tag === 'prep' || next.tag === 'adv' || next.tag === 'det' || POSSESSIVES.has(next.norm))) return false;
  for (let k = and.index - 1; k >= 0 && k >= and.index - 10 && tokens[k]!.sentence === t.sentence; k--) {
    const u = tokens[k]!;
    // "walk across flooded plains, swamps, grey clouds and rain": the last item of a list.
    if (u.text === ',') return false;
    if (u.tag === 'verb') return u.verbForm === 'base' && k > 0 && tokens[k - 1]!.sentence === t.sentence && (tokens[k - 1]!.tag === 'noun' || tokens[k - 1]!.tag === 'name' || tokens[k - 1]!.tag === 'pron');
  }
  return false;
}

/** A word of direction follows `t` in its clause: "[break] up", "[roll] back". */
function directionAfter(tokens: readonly Token[], t: Token): boolean {
  const next = tokens[t.index + 1];
  return isWordToken(next) && next.clause === t.clause && DIRECTIONS.has(next.norm);
}

/** Besides the directions, what opens a path after an -s verb: "milk drips to", "smoke rises from", "rain beats against". */
const PATH_OPENERS = new Set(['to', 'from', 'against']);

/** An -s form of an action verb right after a noun, before a word of direction ("through", "onto") or a path. */
function pathVerb(tokens: readonly Token[], t: Token): boolean {
  // 115: "s"; the cheap tests first, since most nouns fail them.
  if (t.norm.charCodeAt(t.norm.length - 1) !== 115 || t.text !== t.norm) return false;
  const prev = tokens[t.index - 1]!;
  const next = tokens[t.index + 1];
  if ((prev.tag !== 'noun' && prev.tag !== 'name') || prev.clause !== t.clause || !isWordToken(next) || next.clause !== t.clause || !(DIRECTIONS.has(next.norm) || PATH_OPENERS.has(next.norm))) return false;
  if (!ACTS_ON.has(t.lemma) || !wordInfo(t.norm).forms.includes('s')) return false;
  return !opensWithPreposition(tokens, t);
}

/**
 * "A cat, wearing glasses, talks to his followers": an -s form of an action verb opening a later
 * clause of its sentence, before its path or object, after someone who acts named earlier in
 * the sentence (looks back at most twenty tokens).
 */
function laterClauseVerb(tokens: readonly Token[], t: Token, agents: Int32Array): boolean {
  if (t.norm.charCodeAt(t.norm.length - 1) !== 115 || t.text !== t.norm) return false;
  const prev = tokens[t.index - 1]!;
  const next = tokens[t.index + 1];
  if (prev.kind !== 'punct' || prev.text !== ',' || !isWordToken(next) || next.clause !== t.clause) return false;
  if (!(DIRECTIONS.has(next.norm) || PATH_OPENERS.has(next.norm) || next.tag === 'det' || POSSESSIVES.has(next.norm))) return false;
  if (!ACTS_ON.has(t.lemma) || !wordInfo(t.norm).forms.includes('s')) return false;
  for (let k = t.index - 2; k >= 0 && k >= t.index - 20; k--) {
    if (tokens[k]!.sentence !== t.sentence) return false;
    if (agents[k] === 1) return true;
  }
  return false;
}

/** The index of the word before an age ("[girl] 7 years old"), or `k` when token `k` ends no age. */
function beforeAge(tokens: readonly Token[], k: number): number {
  if (k < 2 || tokens[k]!.norm !== 'old' || (tokens[k - 1]!.norm !== 'years' && tokens[k - 1]!.norm !== 'year')) return k;
  return tokens[k - 2]!.tag === 'num' && k >= 3 ? k - 3 : k - 2;
}

/** The word ends a "from" phrase after someone who acts: "a boy from Hong Kong [travel]". Looks back at most four words. */
function afterOrigin(tokens: readonly Token[], t: Token, agents: Int32Array): boolean {
  for (let k = t.index - 1; k >= 1 && k >= t.index - 4; k--) {
    const u = tokens[k]!;
    if (u.clause !== t.clause || u.kind !== 'word') return false;
    if (u.norm === 'from') return k < t.index - 1 && agents[k - 1] === 1;
    if (u.tag !== 'det' && u.tag !== 'adj' && u.tag !== 'noun' && u.tag !== 'name') return false;
  }
  return false;
}

/**
 * What a lower-case word the lexicon does not know stands for when it is the -ing form of an
 * action verb with a letter dropped or swapped: "runnig", "walkin", "dancng", "jumpign", "fighitng",
 * or a key next to "n" or "g" struck for it: "smokimg", "fightinh".
 */
function misspeltAction(t: Token): WordInfo | undefined {
  const n = t.norm;
  // Only words ending in "n", "g" or "h" (most unknown words are nouns and names) are worth a look.
  const last = n.charCodeAt(n.length - 1);
  if ((last !== 110 && last !== 103 && last !== 104) || n.length < 5 || t.text !== n) return undefined;
  // A key next to "n" or "g" struck for it ("smokimg", "fightinh", "singibg"), or "t" typed after the "i" ("fighitng").
  const stem = n.endsWith('img') || n.endsWith('inh') || n.endsWith('ibg') ? n.slice(0, -3) : n.endsWith('itng') ? n.slice(0, -4) + 't' : last === 104 ? undefined : n.endsWith('in') ? n.slice(0, -2) : n.endsWith('ig') || n.endsWith('ng') ? n.slice(0, -2) : n.endsWith('ign') ? n.slice(0, -3) : undefined;
  if (stem === undefined || n.endsWith('ing')) return undefined;
  const info = wordInfo(stem + 'ing');
  return info.known && info.forms.includes('ing') && ACTS_ON.has(info.lemma) ? info : undefined;
}

/**
 * The lemma of a lower-case word the lexicon does not know that is the -s form of an action verb
 * in -y spelt with "ys" ("flys" for "flies", "crys"), right after its subject and before its path
 * or object: "an eagle flys over the lake", "a thing that flys".
 */
function misspeltPresent(tokens: readonly Token[], t: Token): string | undefined {
  const n = t.norm;
  if (n.length < 4 || !n.endsWith('ys') || t.text !== n) return undefined;
  const prev = tokens[t.index - 1];
  if (!isWordToken(prev) || prev.clause !== t.clause) return undefined;
  // After a noun only before a path or an object ("french frys on a plate" is a plural).
  const next = tokens[t.index + 1];
  const relative = prev.norm === 'that' || prev.norm === 'who' || prev.norm === 'which';
  if (!relative && !(isSubject(prev) && !prev.norm.endsWith("'s") && isWordToken(next) && next.clause === t.clause && (DIRECTIONS.has(next.norm) || next.tag === 'det' || POSSESSIVES.has(next.norm)))) return undefined;
  const info = wordInfo(n.slice(0, -2) + 'ies');
  return info.known && info.forms.includes('s') && ACTS_ON.has(info.lemma) ? info.lemma : undefined;
}

/**
 * Per token, 1 for the last word of a bare name that opens its clause or follows "and"/"while"
 * ("Zoro kills Luffy", "while Biden sips coffee"): a capitalised name the lexicon knows (not a
 * place) or a capitalised word it does not know. After anything else a name is no subject:
 * "a Japanese hit man", "by Greg Rutkowski", "in the style of Moebius".
 */
function markNames(tokens: readonly Token[], words: readonly Token[], named: Int32Array): void {
  let opens = false;
  let last = -2;
  for (const t of words) {
    // A name the lexicon knows counts in lower case too before an -s or -ed form ("jesus kills",
    // "spiderman pooped"), not before a base form that may be a surname ("tom cruise with a parrot").
    const name = t.kind === 'word' && (isCapitalised(t.text) ? (t.tag === 'name' && !isPlaceName(t.norm)) || (t.tag === 'noun' && !t.known) : t.tag === 'name' && !isPlaceName(t.norm) && inflectedAfter(tokens, t));
    if (!name) continue;
    // The word before the first word of a run of names decides for the run.
    if (last !== t.index - 1) {
      const before = tokens[t.index - 1];
      opens = before === undefined || before.clause !== t.clause || before.kind === 'punct' || NAME_OPENERS.has(before.norm);
    } else if (opens) named[last] = 0;
    last = t.index;
    if (opens) named[t.index] = 1;
  }
}

/** The word after `t` in its clause ends in -s or -ed: "[jesus] kills", "[harold] asked". */
function inflectedAfter(tokens: readonly Token[], t: Token): boolean {
  const u = tokens[t.index + 1];
  return isWordToken(u) && u.clause === t.clause && (u.norm.endsWith('s') || u.norm.endsWith('ed'));
}

/**
 * An -ing word counts when it is a verb the lexicon knows and not a state: "stunning",
 * "breathtaking", "awe-inspiring" and "a viking warrior" do not move anything; "vlogging" after
 * its subject does, known or not.
 */
function movingParticiple(tokens: readonly Token[], t: Token, agents: Int32Array, afterVerb: boolean, spelt?: WordInfo): boolean {
  const info = spelt ?? wordInfo(t.norm.includes('-') ? t.norm.slice(t.norm.lastIndexOf('-') + 1) : t.norm);
  if (STATIC_LEMMAS.has(info.lemma)) return ACTIVE.has(t.norm) && !causative(tokens, t);
  const prev = tokens[t.index - 1];
  // "a track for running", "shoes for walking": after "for" an -ing word names a use or a reason, not an act.
  if (isWordToken(prev) && prev.norm === 'for' && prev.clause === t.clause) return false;
  const next = tokens[t.index + 1];
  const nextWord = next !== undefined && next.kind === 'word' && next.clause === t.clause ? next : undefined;
  // "striking blue eyes", "a piercing gaze": how a thing strikes the eye.
  if (IMPRESSIONS.has(t.norm) && nextWord !== undefined && (nextWord.tag === 'adj' || nextWord.tag === 'noun') && !DIRECTIONS.has(nextWord.norm)) return false;
  // A work and its maker: "a painting of a harbor", "an oil painting by Rembrandt".
  if (info.pos.includes('noun') && nextWord !== undefined && (nextWord.norm === 'of' || (nextWord.norm === 'by' && isCapitalised(tokens[nextWord.index + 1]?.text ?? '')))) return false;
  // A still work named after its medium or maker, with no object or place after it: "oil painting
  // style", "a Van Gogh painting", "a pencil drawing, soft light" ("a dolphin painting", "a robot
  // painting a fence", "an artist with a beard painting on a canvas" act).
  if (WORKS.has(t.norm) && isWordToken(prev) && prev.clause === t.clause && (prev.tag === 'noun' || prev.tag === 'name') && agents[prev.index] !== 1 && !(nextWord !== undefined && (nextWord.tag === 'det' || nextWord.tag === 'pron' || nextWord.tag === 'prep' || POSSESSIVES.has(nextWord.norm)))) return false;
  // At the start of a clause that follows a verb the -ing word continues the action, object and
  // all ("sitting on the sofa, eating popcorn"); elsewhere it may name a use ("a parking meter").
  // An adjective right after a name ends that name ("Tony Stark fighting Mysterio"); it opens no noun phrase.
  const opens = !prev || prev.kind !== 'word' ? !afterVerb : prev.tag === 'det' || (prev.tag === 'adj' && !(prev.index > 0 && tokens[prev.index - 1]!.tag === 'name')) || prev.norm.endsWith("'s");
  // "the unwavering loyalty", "his unyielding spirit": right after a determiner, an -ing word the
  // lexicon does not know is a quality, unless it is a misspelt action.
  if (!info.known && spelt === undefined && prev !== undefined && (prev.tag === 'det' || POSSESSIVES.has(prev.norm))) return false;
  // "the closing scene", "an opening shot": where in the film, not what moves.
  if (nextWord !== undefined && SCENE_WORDS.has(nextWord.norm) && FILM_PARTS.has(t.norm)) return false;
  // Right after a preposition of company or place a gerund the lexicon also lists as a noun opens
  // the noun phrase too: "decorated with fishing lures", "in dancing shoes" (before someone who acts
  // it still acts; after "by", "after" or "of" it takes an object: "by lifting weights").
  const afterHoldingPreposition = isWordToken(prev) && prev.clause === t.clause && prev.tag === 'prep' && HOLDING_PREPOSITIONS.has(prev.norm) && t.known;
  const modifier = nextWord !== undefined && nextWord.tag === 'noun' && (opens || afterHoldingPreposition);
  // A gerund the lexicon also lists as a noun names what a thing is for: "a parking meter", "a
  // reading chair". Before someone who acts it is what they do: "a running man", "a sailing boat".
  // With no determiner at the start of a clause, an action verb (VERBS) is that verb and the noun
  // its object: "smoking cigars on a porch", "(red eyes) eating noodles"; set compounds ("swimming
  // pool") are static terms, and before a scene word it names a part of the film ("Opening scene:").
  // A gerund that names a thing (NOUN_GERUNDS) is a noun though the lexicon lists it only as a verb: "intricate stitching details".
  const nounToo = info.pos.includes('noun') || NOUN_ING.has(t.norm);
  if (modifier && nounToo && agents[nextWord.index] !== 1 && !(prev?.kind !== 'word' && ACTS_ON.has(info.lemma) && !SCENE_WORDS.has(nextWord.norm))) return false;
  if (t.tag === 'adj' || modifier) return info.known && info.pos.includes('verb') && wordInfo(info.lemma).pos.includes('verb');
  if (!nextWord || (nextWord.tag !== 'noun' && nextWord.tag !== 'adj')) return !phraseHead(tokens, t, nounToo, agents);
  return true;
}

/**
 * An -ing word that ends a noun phrase is a noun: after a plain adjective ("intricate stitching",
 * "a dark building"), or at the end of a clause after a noun that does not act, in a phrase a
 * preposition opens ("in a cyberpunk setting"), or after a determiner and its modifiers ("a
 * prepared setting"). "A dog running", "a frozen lake glistening",
 * "in a blue shirt dancing at a wedding" stay verbs.
 */
function phraseHead(tokens: readonly Token[], t: Token, nounToo: boolean, agents: Int32Array): boolean {
  const prev = tokens[t.index - 1];
  if (!prev || prev.kind !== 'word' || prev.clause !== t.clause) return false;
  // "a prepared setting for the meal", "a sophisticated dining setting": a determiner and only
  // modifiers before it ("a goldfish swimming": a word naming someone who acts is no modifier;
  // "a mammoth walking in the streets", "a library eating an apple" take a place or an object).
  if (nounToo && agents[prev.index] !== 1 && !headBefore(tokens, t) && determinedHead(tokens, t) && !(ACTS_ON.has(t.lemma) && takesComplement(tokens, t, nounToo))) return true;
  // "a goldfish swimming": a word naming someone who acts is no plain adjective.
  if (prev.tag === 'adj') return agents[prev.index] !== 1 && wordInfo(prev.norm).forms.length === 0 && !takesComplement(tokens, t, nounToo) && !headBefore(tokens, t);
  if ((prev.tag !== 'noun' && prev.tag !== 'name') || agents[prev.index] === 1 || !(nounToo || !prev.known)) return false;
  const next = tokens[t.index + 1];
  if (next && next.clause === t.clause && next.kind !== 'punct') return false;
  // "digital painting", "pencil drawing": a still work named by its medium.
  if (prev.tag === 'noun' && WORKS.has(t.norm)) return true;
  const prep = prepositionBefore(tokens, t);
  if (prep === undefined) return false;
  // "an ant with a helmet running": a "with" phrase describes someone who acts, whose verb follows
  // (but "a girl with roses, watercolor painting" names a work).
  if (prep.norm === 'with' && agents[prep.index - 1] === 1 && !WORKS.has(t.norm) && !ABSTRACT.has(t.norm)) return false;
  // "a woman in a red dress dancing", "sitting on a bench talking": after a phrase that describes
  // someone or completes an -ing verb, an action verb is that someone's next action.
  const before = tokens[prep.index - 1];
  // So does a phrase of place or company after anything but a part of something ("darth vader on
  // the beach walking", "a penguin with sunglasses dancing"; but "the joy of running").
  // And so does "of" after a picture of something: "a closeup of Lord Krishna talking", "video of a
  // mixed crowd dancing" (but "the joy of running", "a journey of spiritual awakening").
  const describes = isWordToken(before) && before.clause === t.clause && (agents[before.index] === 1 || (before.tag === 'verb' && before.verbForm === 'ing') || (!OF_LIKE.has(prep.norm) && agents[before.index] !== 2) || (prep.norm === 'of' && DEPICTION.has(before.norm)));
  return !(describes && ACTS_ON.has(t.lemma) && !WORKS.has(t.norm) && !NOUN_ING.has(t.norm));
}

/**
 * The word before an action verb in -ing, tagged as an adjective, can be a noun that heads the
 * phrase, and a preposition or the clause's end follows: "a female dancing in a club", "a table
 * flipping on its side" ("intricate stitching" has no noun before it; "a dark building" and "a
 * pencil drawing" name a thing; right after a preposition the pair is one noun phrase: "the
 * concept of excessive talking").
 */
function headBefore(tokens: readonly Token[], t: Token): boolean {
  const prev = tokens[t.index - 1]!;
  if (prev.tag !== 'adj' || !prev.pos.includes('noun') || !ACTS_ON.has(t.lemma) || NOUN_ING.has(t.norm) || WORKS.has(t.norm)) return false;
  const before = tokens[prev.index - 1];
  if (isWordToken(before) && before.clause === t.clause && before.tag === 'prep') return false;
  const next = tokens[t.index + 1];
  return !isWordToken(next) || next.clause !== t.clause || next.tag === 'prep';
}

/**
 * A verb in -ing followed by its object, or an action verb followed by its path, is no noun ending
 * a phrase: "(7 years) old eating an apple", "nuts falling onto a table"; "intricate stitching on
 * the collar" is.
 */
function takesComplement(tokens: readonly Token[], t: Token, nounToo: boolean): boolean {
  const next = tokens[t.index + 1];
  if (!isWordToken(next) || next.clause !== t.clause) return false;
  // Any verb before its object: "Swift petting a turtle", "bible wielding a sword", "dressed in red
  // stabbing herself".
  // A relative pronoun opens no object: "the historical setting that shaped him".
  if ((next.tag === 'det' || POSSESSIVES.has(next.norm) || OBJECT_PRONOUNS.has(next.norm) || REFLEXIVES.has(next.norm)) && !RELATIVES.has(next.norm)) return true;
  if (!ACTS_ON.has(t.lemma)) return false;
  if (!nounToo) return DIRECTIONS.has(next.norm);
  // A gerund that is also a noun takes a path or a place only when it names no work or thing:
  // "walter white dancing in a rave", "Blue running towards an alien", not "digital painting in
  // the style of" or "mental training in the woods".
  if (WORKS.has(t.norm) || NOUN_ING.has(t.norm) || !(DIRECTIONS.has(next.norm) || PLACE_AFTER_GERUNDS.has(next.norm))) return false;
  // Right after a preposition the adjective and the gerund are one noun phrase ("a poster about
  // excessive talking in class"), unless the adjective is a colour worn ("a lady in blue dancing").
  const adj = tokens[t.index - 1]!;
  const before = tokens[t.index - 2];
  return !(isWordToken(before) && before.clause === t.clause && before.tag === 'prep' && !COLOUR.has(adj.norm));
}

/** An article or a possessive right after `t`, in its clause, opens its object: "riding a motorcycle", "holding her hand". */
function objectOpensAfter(tokens: readonly Token[], t: Token): boolean {
  const u = tokens[t.index + 1];
  return isWordToken(u) && u.clause === t.clause && (ARTICLES.has(u.norm) || POSSESSIVES.has(u.norm));
}

/**
 * A determiner opens the phrase that `t` ends, with only adjectives and participles between:
 * "a prepared setting", "the sophisticated dining setting", not "a dog running". Looks back at
 * most four words.
 */
function determinedHead(tokens: readonly Token[], t: Token): boolean {
  for (let k = t.index - 1; k >= 0 && k >= t.index - 4; k--) {
    const u = tokens[k]!;
    if (u.clause !== t.clause || u.kind !== 'word') return false;
    // "coyotes each riding a motorcycle", "they all holding hands": a quantifier floated after
    // its noun, right before an -ing word and the article or possessive of its object, is no
    // determiner of that word.
    if (k === t.index - 1 && FLOATING_QUANTIFIERS.has(u.norm) && t.verbForm === 'ing' && objectOpensAfter(tokens, t)) return false;
    if (u.tag === 'det' || POSSESSIVES.has(u.norm)) return true;
    if (u.tag !== 'adj' && !(u.tag === 'verb' && (u.verbForm === 'ing' || u.verbForm === 'ed'))) return false;
  }
  return false;
}

/**
 * Whether a preposition opens the noun phrase that ends just before `t`, looking back over its
 * modifiers (four at most): "in a cyberpunk setting", not "a man on the bridge runs".
 */
function opensWithPreposition(tokens: readonly Token[], t: Token): boolean {
  return prepositionBefore(tokens, t) !== undefined;
}

/** The preposition that opens the noun phrase ending just before `t` (see opensWithPreposition). */
function prepositionBefore(tokens: readonly Token[], t: Token): Token | undefined {
  for (let k = t.index - 2, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const u = tokens[k]!;
    if (u.clause !== t.clause || u.kind !== 'word') return undefined;
    if (u.tag === 'prep') return u;
    if (u.tag !== 'det' && u.tag !== 'adj' && u.tag !== 'noun' && u.tag !== 'num') return undefined;
  }
  return undefined;
}

/**
 * A shape, not a movement: an extent verb ("winds", "runs", "leads") right after the noun phrase
 * of something laid out in place, "a road winds through the forest", "the river running through
 * the valley", but not "a man on the bridge runs".
 */
function traced(tokens: readonly Token[], t: Token, lightEnds: Int32Array): boolean {
  // "sunlight streams through the window", "light gently filtering in": where light falls.
  if (LIGHT_PATH.has(t.lemma)) {
    let k = t.index - 1;
    if (tokens[k]?.tag === 'adv' && tokens[k]!.clause === t.clause) k--;
    if (k >= 0 && lightEnds[k] === 1 && tokens[k]!.clause === t.clause) return true;
    // "soft light from the left, leaving a gentle shadow": an -ing form opening the clause after a light.
    if (t.verbForm === 'ing' && k === t.index - 1 && k > 0 && tokens[k]!.text === ',' && lightEnds[k - 1] === 1 && tokens[k - 1]!.sentence === t.sentence) return true;
    // "soft light from a nearby window spreads across the desk": past the phrase of its source.
    const from = k >= 0 && tokens[k]!.tag === 'noun' ? prepositionBefore(tokens, tokens[k + 1] ?? t) : undefined;
    if (from !== undefined && from.norm === 'from' && from.index > 0 && lightEnds[from.index - 1] === 1 && tokens[from.index - 1]!.clause === t.clause) return true;
    // "moonlight spills across the floor and catches the edges": after "and", the light the verb
    // before it traces (looks back at most twelve words).
    if (k === t.index - 1 && tokens[k]?.norm === 'and') {
      for (let j = k - 1; j >= 0 && j >= k - 12 && tokens[j]!.sentence === t.sentence; j--) {
        const u = tokens[j]!;
        if (u.tag === 'verb') return u.verbForm === t.verbForm && traced(tokens, u, lightEnds);
      }
    }
  }
  const growing = GROWING.has(t.lemma);
  if (!growing && !EXTENT.has(t.lemma)) return false;
  const prev = tokens[t.index - 1];
  if (!prev || prev.clause !== t.clause || prev.tag !== 'noun') return false;
  // "ivy climbs the walls": a climbing plant's growing shape; "a road winds": an extent.
  if (!(growing && CLIMBING.has(prev.norm)) && !(EXTENT.has(t.lemma) && (LAID.has(prev.lemma) || LAID.has(prev.norm)))) return false;
  // "a forest with a dirt road running through it": an -ing form describes what "with" gives.
  const opener = prepositionBefore(tokens, t);
  return opener === undefined || (t.verbForm === 'ing' && opener.norm === 'with');
}

/**
 * A verb of making or working (rules/data/static.ts WORKING_VERBS) acts on a thing when the noun
 * phrase right after it ends in a concrete noun: "sharpening knives", "creating pottery", not
 * "creates a sense of calm" or "creates a warm glow". `figurative` marks tokens of terms that are
 * no thing. Looks at most four words ahead.
 */
function worksOnThing(tokens: readonly Token[], t: Token, figurative: Int32Array): boolean {
  if (t.tag !== 'verb' || t.verbForm === 'ed' || !WORKING.has(t.lemma)) return false;
  // "Create a cameraman on a rooftop", "please create", "imagine and create": an instruction to
  // the video model, not someone at work ("a potter create vases" has its subject before it, "she
  // uses magic to create a storm" its object).
  const before = tokens[t.index - 1];
  if (t.verbForm === 'base' && (before === undefined || before.sentence !== t.sentence || !(isSubject(before) || (before.norm === 'to' && before.index > 0 && isSubject(tokens[before.index - 1]))))) return false;
  let head: Token | undefined;
  for (let k = t.index + 1; k < tokens.length && k <= t.index + 4; k++) {
    const u = tokens[k]!;
    if (u.clause !== t.clause || u.kind !== 'word') break;
    if (u.tag === 'det' || u.tag === 'num' || u.norm.endsWith("'s") || POSSESSIVES.has(u.norm)) {
      if (head) break;
      continue;
    }
    // "a fishing line": an -ing modifier tagged as a verb is part of the phrase.
    if (u.tag !== 'adj' && u.tag !== 'noun' && !(u.tag === 'verb' && u.verbForm === 'ing')) break;
    // "a relaxing and calming room": an -ing modifier is no head.
    // "a harmonious and serene atmosphere": an adjective the suffix rules also call a noun heads nothing.
    if (u.pos.includes('noun') && u.tag !== 'adj' && u.verbForm !== 'ing' && !u.norm.endsWith('ing')) head = u;
    else if (head) break;
  }
  return head !== undefined && head.tag !== 'pron' && figurative[head.index] === 0 && !ABSTRACT.has(head.norm) && !ABSTRACT.has(head.lemma);
}

/**
 * A verb of giving (rules/data/static.ts GIVING_VERBS) lends a quality when the noun phrase
 * after it, past one object, ends in an abstract noun or a term of light, style or mood: "giving
 * it a cozy feel", "giving the room a warm glow", "giving a sense of height" ("giving a speech",
 * "gives her a flower" act). Looks at most seven words ahead.
 */
function givesQuality(tokens: readonly Token[], t: Token, figurative: Int32Array): boolean {
  if (!GIVING.has(t.lemma)) return false;
  let head: Token | undefined;
  for (let k = t.index + 1; k < tokens.length && k <= t.index + 7; k++) {
    const u = tokens[k]!;
    if (u.clause !== t.clause || u.kind !== 'word') break;
    if (k === t.index + 1 && OBJECT_PRONOUNS.has(u.norm)) continue;
    if (u.tag === 'noun' || u.tag === 'name') head = u;
    // "giving the room a serene and homely feel": "and" between two modifiers of the last head.
    else if (head !== undefined && u.norm === 'and' && tokens[k - 1]!.tag === 'adj' && tokens[k + 1]?.tag === 'adj') continue;
    // "an aged yet elegant appearance", "a welcoming look": modifiers before the last head.
    else if (!(u.tag === 'det' || u.tag === 'adj' || u.tag === 'num' || POSSESSIVES.has(u.norm) || (head === undefined && (u.tag === 'adv' || u.tag === 'conj' || u.verbForm === 'ing' || u.verbForm === 'ed')))) break;
  }
  return head !== undefined && (figurative[head.index] === 1 || ABSTRACT.has(head.norm) || ABSTRACT.has(head.lemma));
}

/**
 * An activity form of a stative verb ("making", "keeping") is no activity when its object is
 * followed by what the object becomes: "making it look ancient", "making the scene more
 * authentic", "keeping the room warm" ("making a funny face", "making pancakes" act). Looks at
 * most six words ahead.
 */
function causative(tokens: readonly Token[], t: Token): boolean {
  let k = t.index + 1;
  const first = tokens[k];
  if (!isWordToken(first) || first.clause !== t.clause) return false;
  if (OBJECT_PRONOUNS.has(first.norm)) {
    // "making it the focal point", "making her the star": a pronoun and a definite noun phrase
    // name what it becomes ("making her a sandwich" makes a thing).
    if (tokens[k + 1]?.norm === 'the' && tokens[k + 1]!.clause === t.clause) return true;
    k++;
  } else {
    if (first.tag !== 'det' && !POSSESSIVES.has(first.norm)) return false;
    let head = false;
    for (k++; k < tokens.length && k <= t.index + 5; k++) {
      const u = tokens[k]!;
      if (u.clause !== t.clause || u.kind !== 'word') return false;
      if (u.tag === 'noun') head = true;
      else if (head || u.tag !== 'adj') break;
    }
    if (!head) return false;
  }
  let u = tokens[k];
  // "more authentic", "both intriguing and appetizing": a degree word before the result.
  if (isWordToken(u) && u.clause === t.clause && (u.tag === 'adv' || u.norm === 'both' || u.norm === 'more' || u.norm === 'less')) u = tokens[k + 1];
  if (!isWordToken(u) || u.clause !== t.clause) return false;
  // "making it look ancient": a bare verb of seeming; "keeping the room warm", "making it hard to
  // see": an adjective that closes the phrase ("having a breakthrough psychedelic experience" does not).
  if (u.verbForm === 'base' && STATIC_LEMMAS.has(u.lemma)) return true;
  const after = tokens[u.index + 1];
  return u.tag === 'adj' && !(isWordToken(after) && after.clause === t.clause && after.tag !== 'conj' && after.norm !== 'to');
}

/**
 * A form of "do" before the noun of an activity: "does push-ups", "did a backflip", "do makeup"
 * (not "does not", "do you", nor a question's "why do birds sing").
 */
function doesActivity(tokens: readonly Token[], t: Token): boolean {
  if (!DOING.has(t.norm)) return false;
  const next = tokens[t.index + 1];
  if (!isWordToken(next) || next.clause !== t.clause) return false;
  // "I do makeup", "how to do yoga": "do" only after a pronoun or "to" (not an instruction, "Do a
  // looped video", nor another language's "do": "bico do peito").
  const before = tokens[t.index - 1];
  if (t.norm === 'do' && !(isWordToken(before) && before.clause === t.clause && (before.tag === 'pron' || before.norm === 'to'))) return false;
  if (next.norm === 'a' || next.norm === 'an' || next.norm === 'some') return true;
  if ((next.tag !== 'noun' && next.tag !== 'name') || next.text !== next.norm) return false;
  const after = tokens[t.index + 2];
  return !(isWordToken(after) && after.clause === t.clause && after.tag === 'verb');
}

/** "drawing attention to the bird", "draws the viewer's eye": a verb that leads the eye, before a determiner or an owner at most (ATTENTION_VERBS). */
function leadsEye(tokens: readonly Token[], t: Token): boolean {
  if (!LEADS_EYE.has(t.lemma)) return false;
  for (let k = t.index + 1; k < tokens.length && k <= t.index + 3; k++) {
    const u = tokens[k]!;
    if (u.clause !== t.clause || u.kind !== 'word') return false;
    // "draws the eyes of a cat" draws them.
    if (ATTENTION.has(u.norm)) return u.norm === 'attention' || tokens[k + 1]?.norm !== 'of';
    if (!(u.tag === 'det' || POSSESSIVES.has(u.norm) || u.norm.endsWith("'s") || u.norm.endsWith("s'"))) return false;
  }
  return false;
}

/**
 * A thing tells a story, "ruins tell a story of devastation": it shows its past; a person or an
 * animal telling one acts (STORIES). With no teller in its clause, only a story "of" something is
 * a thing's ("…, each telling a story of a bygone era"; "…, telling stories at a camp fire" acts).
 */
function tellsOfPast(tokens: readonly Token[], t: Token, agents: Int32Array): boolean {
  if (t.lemma !== 'tell') return false;
  let k = t.index + 1;
  if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'the') k++;
  const told = tokens[k];
  if (!isWordToken(told) || told.clause !== t.clause || !STORY.has(told.norm)) return false;
  const teller = subjectOf(tokens, t.index);
  if (teller === undefined) return tokens[k + 1]?.norm === 'of';
  return agents[teller.index] !== 1 && !PERSON_PRONOUNS.has(teller.norm);
}

/** An event noun of MEASURING_EVENTS before "of" and a phrase whose head names no being: "a flight of stairs", "a flight of wooden steps". */
function measures(tokens: readonly Token[], m: LexiconMatch, agents: Int32Array): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || !MEASURING.has(tokens[m.tokenStart]!.norm) || tokens[m.tokenEnd]?.norm !== 'of') return false;
  // The head of the phrase after "of": up to three words on, past its article and modifiers.
  for (let k = m.tokenEnd + 1; k <= m.tokenEnd + 4 && k < tokens.length; k++) {
    const u = tokens[k]!;
    if (!isWordToken(u) || u.clause !== tokens[m.tokenStart]!.clause) return true;
    if (agents[k] === 1) return false;
    if (u.tag === 'noun' && !(isWordToken(tokens[k + 1]) && tokens[k + 1]!.tag === 'noun' && tokens[k + 1]!.clause === u.clause)) return true;
  }
  return true;
}

/** Word `k`, a relative "that", follows a noun in its clause that names no one: "a shirt that", "a hologram that". */
function thingBefore(tokens: readonly Token[], k: number, agents: Int32Array): boolean {
  const head = tokens[k - 1];
  return tokens[k]!.norm === 'that' && isWordToken(head) && head.clause === tokens[k]!.clause && head.tag === 'noun' && agents[head.index] !== 1;
}

/** "make" before one's way: "they make their way down the road", "a bus makes its way along". */
function makesWay(tokens: readonly Token[], t: Token): boolean {
  const owner = tokens[t.index + 1];
  const way = tokens[t.index + 2];
  return t.lemma === 'make' && isWordToken(owner) && POSSESSIVES.has(owner.norm) && isWordToken(way) && way.norm === 'way' && way.clause === t.clause;
}

/** "the adventure to come", "in the years to follow", "the best is yet to come": what lies ahead, at the end of its clause. */
function liesAhead(tokens: readonly Token[], t: Token): boolean {
  if (!AHEAD.has(t.norm) || t.index < 2 || tokens[t.index - 1]!.norm !== 'to') return false;
  const before = tokens[t.index - 2]!;
  const next = tokens[t.index + 1];
  return (before.tag === 'noun' || before.norm === 'yet' || before.norm === 'more') && !(isWordToken(next) && next.clause === t.clause);
}

/** A noun, name or pronoun: who or what a verb after it belongs to. */
function isSubject(u: Token | undefined): boolean {
  return u !== undefined && (u.tag === 'noun' || u.tag === 'name' || u.tag === 'pron');
}

/**
 * An event noun inside what a still work depicts: "an oil painting of a lighthouse in a storm".
 * Looks back at most eight words in the clause for "<work> of".
 */
function depicted(tokens: readonly Token[], from: number): boolean {
  const clause = tokens[from]!.clause;
  for (let k = from - 1; k >= 1 && k >= from - 8; k--) {
    const u = tokens[k]!;
    if (u.clause !== clause) return false;
    if (u.norm === 'of' && WORKS.has(tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** The word is a tool's flag: "-hide", "--hide", ",-hide" (read by the flag grammar, flags.ts). */
function flagged(text: string, tokens: readonly Token[], t: Token): boolean {
  return FLAG_WORDS.has(t.norm) && flagDash(text, tokens, t.index) >= 0;
}

/** An action over tokens `from`…`to` (built in one literal: a spread of a span object costs more). */
function actionOver(tokens: readonly Token[], from: number, to: number, lemma: string, kind: ActionMatch['kind'], text: string): ActionMatch {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end, tokenStart: from, tokenEnd: to, lemma, kind, text, negated: negated(tokens, from) };
}

const scratch = new Scratch();

/** The noun at `i` is a preposition's object: a preposition before it, past at most three determiners and modifiers. */
function afterPreposition(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (t.tag === 'prep') return true;
    if (t.kind !== 'word' || !(t.tag === 'det' || t.tag === 'adj' || t.tag === 'name' || t.tag === 'noun' || POSSESSIVES.has(t.norm))) return false;
  }
  return false;
}

/** Actions in text order; at most one per token. */
export function findActions(input: ActionInput): ActionMatch[] {
  const { text, tokens, words, byCategory, quotations } = input;
  scratch.reset();
  const covered = scratch.ints(tokens.length); // 1: static, 2: camera movement, 3: motion phrase
  // 'a shirt that reads "rattles"', 'the sign says "Run"': a quotation a telling verb gives is writing, not an act.
  if (quotations !== undefined) for (const q of quotations) if (toldBefore(tokens, q.tokenStart - 1)) for (let i = q.tokenStart; i < q.tokenEnd; i++) covered[i] = 1;
  const figurative = scratch.ints(tokens.length); // 1: a term of light, style, mood or place; 2: of sound or motion
  // 2 for a sound or a motion term: no thing to work on, but no quality to lend either ("giving a speech").
  for (const c of FIGURATIVE_CATEGORIES) for (const m of byCategory[c]) for (let i = m.tokenStart; i < m.tokenEnd; i++) figurative[i] = c === 'audio' || c === 'motion' ? 2 : 1;
  // Per token: 1 for a verb of making that works on a thing ("sharpening knives").
  const working = scratch.ints(tokens.length);
  // Per token: 1 inside a still verb's term, so a past form of one that another term took ("surrounded by") is found.
  const stative = scratch.ints(tokens.length);
  for (const m of byCategory.static) {
    for (let i = m.tokenStart; i < m.tokenEnd; i++) stative[i] = 1;
    if (m.tokenEnd - m.tokenStart === 1 && worksOnThing(tokens, tokens[m.tokenStart]!, figurative)) {
      working[m.tokenStart] = 1;
      continue;
    }
    // "does push-ups", "did a backflip": "do" before the noun of an activity; "they make their way
    // down the road": "make" with one's way travels.
    if (m.tokenEnd - m.tokenStart === 1 && (doesActivity(tokens, tokens[m.tokenStart]!) || makesWay(tokens, tokens[m.tokenStart]!))) continue;
    // "gets into a taxi", "got up": a stative verb that moves someone before a direction.
    if (m.tokenEnd - m.tokenStart === 1 && MOVING_BEFORE.has(tokens[m.tokenStart]!.lemma) && directionAfter(tokens, tokens[m.tokenStart]!)) continue;
    if (m.tokenEnd - m.tokenStart === 1 && changesPosture(tokens, tokens[m.tokenStart]!)) continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (!ACTIVE.has(tokens[i]!.norm)) covered[i] = 1;
  }
  // "The phone screen is lit up", "faces lit up with blue light": the past participle of a still
  // verb that opens a lighting term is the light it names, a state ("he lights up a cigarette"
  // acts; "lights flickered" flicker).
  for (const m of byCategory.lighting) {
    const t = tokens[m.tokenStart]!;
    if (t.tag === 'verb' && t.verbForm === 'ed' && STATIC_LEMMAS.has(t.lemma)) covered[m.tokenStart] ||= 1;
    // "at first light", "in the morning light": a base form that ends a light's name of more than
    // one word is the light; so is such a past participle after the thing lit ("one window lit", "back lit").
    const last = tokens[m.tokenEnd - 1]!;
    if (m.tokenEnd - m.tokenStart > 1 && last.tag === 'verb' && (last.verbForm === 'base' || (last.verbForm === 'ed' && STATIC_LEMMAS.has(last.lemma)))) covered[m.tokenEnd - 1] ||= 1;
  }
  // "Victoria Falls": a verb that ends a place's name moves nothing.
  for (const m of byCategory.environment) if (m.kind === 'placeName' && m.tokenEnd - m.tokenStart > 1 && PLACE_SUFFIXES.has(tokens[m.tokenEnd - 1]!.norm)) covered[m.tokenEnd - 1] = 1;
  // "a vintage bowling alley", "the old skating rink": an -ing form that opens the name of a place
  // or a surface says what the place is for, not what anyone does there.
  for (const m of byCategory.environment) if ((m.kind === 'place' || m.kind === 'surface') && m.tokenEnd - m.tokenStart > 1 && tokens[m.tokenStart]!.verbForm === 'ing') covered[m.tokenStart] ||= 1;
  // Per token: 1 for the last word of a lighting term ("natural light", "sunlight").
  const lightEnds = scratch.ints(tokens.length);
  for (const m of byCategory.lighting) lightEnds[m.tokenEnd - 1] = 1;
  const agents = scratch.ints(tokens.length);
  // Per token: 1 for the last word of someone who acts, 2 for a body part.
  for (const m of byCategory.subject) {
    if (AGENT_KINDS.has(m.kind)) agents[m.tokenEnd - 1] = 1;
    else if (m.kind === 'part') agents[m.tokenEnd - 1] = 2;
  }
  const named = scratch.ints(tokens.length);
  markNames(tokens, words, named);
  const cameraMoves = byCategory.camera.filter((m) => m.kind === 'movement');
  for (const m of cameraMoves) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 2;
  // A verb inside another camera term moves the camera: "tracking shot", "follow shot", "orbiting drone".
  const inCamera = scratch.ints(tokens.length);
  // A static camera ("static shot", "locked-off") moves nothing, nor does a verb of state in a
  // camera term ("the camera focuses on her"), nor one of where things sit in the picture
  // ("leading lines", "placed slightly off-center").
  for (const m of byCategory.camera) {
    // "view from the hill", "camera view from below": the view a camera term names is no move.
    if (m.kind !== 'movement') for (let i = m.tokenStart; i < m.tokenEnd; i++) inCamera[i] = m.kind === 'static' || m.kind === 'framing' || STATIC_LEMMAS.has(tokens[i]!.lemma) || VIEW_NOUNS.has(tokens[i]!.norm) ? 2 : 1;
  }

  const actions: ActionMatch[] = [];
  for (const m of cameraMoves) {
    actions.push(actionOver(tokens, m.tokenStart, m.tokenEnd, m.term, 'camera', m.text));
  }
  for (const m of byCategory.motion) {
    if (covered[m.tokenStart] === 2) continue;
    // "races", "dances": a verb is handled as a verb, so the camera can be its subject.
    if (m.kind === 'event' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart]!.tag === 'verb') continue;
    if (m.kind === 'event' && measures(tokens, m, agents)) continue;
    if (m.kind === 'event' && depicted(tokens, m.tokenStart)) {
      for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] ||= 1;
      continue;
    }
    actions.push(actionOver(tokens, m.tokenStart, m.tokenEnd, m.term, 'phrase', m.text));
    for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] ||= 3;
  }
  // The sentence of the last verb seen, so an -ing word opening a later clause continues it.
  let verbSentence = -1;
  // "turned, as if someone just put it down": what an "as if" or "as though" clause imagines is not seen.
  let imagined = -1;
  for (const t of words) {
    const afterVerb = verbSentence === t.sentence;
    if (t.tag === 'verb') verbSentence = t.sentence;
    // "show as if the pollution is coming out": after a verb of showing it is what to show.
    if (t.norm === 'as' && HYPOTHETICAL.has(tokens[t.index + 1]?.norm ?? '') && !SHOWING.has(tokens[t.index - 1]?.lemma ?? '')) imagined = t.clause;
    if (t.kind !== 'word' || covered[t.index] !== 0 || t.clause === imagined) continue;
    const participle = t.tag === 'adj' && t.verbForm === 'ing';
    const present = t.known ? undefined : misspeltPresent(tokens, t);
    if (present !== undefined) {
      actions.push(actionOver(tokens, t.index, t.index + 1, present, 'subject', t.text));
      continue;
    }
    const spelt = t.known || t.tag === 'verb' || participle ? undefined : misspeltAction(t);
    if (spelt !== undefined) {
      if (movingParticiple(tokens, t, agents, afterVerb, spelt)) actions.push(actionOver(tokens, t.index, t.index + 1, spelt.lemma, 'subject', t.text));
      continue;
    }
    if (MOVEMENT_NOUNS.has(t.norm) && t.tag === 'noun' && movementSeen(tokens, t, agents)) {
      actions.push(actionOver(tokens, t.index, t.index + 1, 'movement', 'subject', t.text));
      continue;
    }
    if (t.tag !== 'verb' && !participle && !bareVerb(tokens, t, agents, named)) continue;
    // "a rapper surrounded by women": a still verb's past form that opens another term ("surrounded
    // by" names what is around) is still.
    if (t.verbForm === 'ed' && stative[t.index] === 0 && STATIC_LEMMAS.has(t.lemma)) continue;
    // "Message: Happy Birthday", "Style: anime": a capitalised word before a colon names a field.
    if (tokens[t.index + 1]?.text === ':' && isCapitalised(t.text)) continue;
    // "-hide", "-camera": a tool's flag, not a verb.
    if (t.index > 0 && tokens[t.index - 1]!.kind === 'punct' && flagged(text, tokens, t)) continue;
    if (t.verbForm === 'ing' && working[t.index] === 0 && !movingParticiple(tokens, t, agents, afterVerb)) continue;
    // "the still air", "a sudden stop": a base form after a determiner and its adjectives is a noun.
    if (t.verbForm === 'base' && t.tag === 'verb' && t.index > 0 && tokens[t.index - 1]!.tag === 'adj' && determinedHead(tokens, t)) continue;
    if (traced(tokens, t, lightEnds)) continue;
    if (askedOfViewer(tokens, t)) continue;
    if (namesThing(tokens, t, agents, lightEnds)) continue;
    if (givesQuality(tokens, t, figurative) || liesAhead(tokens, t) || tellsOfPast(tokens, t, agents) || leadsEye(tokens, t)) continue;
    // "Give me a cappuccino", "Compose a scene of…", "Write a story about…": an instruction to the video model.
    // "Dive into his world", "Step into our store": before "into" and a possessive or "this", the
    // verb opening the sentence invites the viewer in ("Dive into the ocean" still moves).
    if (t.verbForm === 'base' && (t.index === 0 || tokens[t.index - 1]!.sentence !== t.sentence) && (tokens[t.index + 1]?.norm === 'me' || INSTRUCTIONS.has(t.lemma) || invitesIn(tokens, t))) continue;
    // Inside a camera term only a movement verb moves the camera ("tracking shot"), not "shot".
    if (inCamera[t.index] === 2 || (inCamera[t.index] === 1 && t.verbForm === 'ed')) continue;
    if (t.verbForm === 'ed' && !finitePast(tokens, t, agents, named)) continue;
    const subject = subjectOf(tokens, t.index);
    // "a neon sign says OPEN", "the poster reads WANTED": the writing is read, nothing moves. Not
    // a bearer a preposition takes ("a boy with a cap reading a book").
    if (subject !== undefined && TELLS.has(t.lemma) && TEXT_BEARER_SET.has(subject.norm) && !afterPreposition(tokens, subject.index)) continue;
    // "soft music plays in the background": a sound that plays is heard, not seen.
    if (subject !== undefined && t.lemma === 'play' && subject.index === t.index - 1 && SOUND_FIELD_SET.has(subject.norm)) continue;
    // "a note on the table that reads, "Welcome"", "fireworks that read "Happy Birthday"": after a
    // relative "that" or "which" and before a quotation a telling verb gives the writing, whatever
    // bears it ("a man says "hello"", "a girl who says "hi"" speak); so it does after a thing
    // and a relative "that" without one ("a shirt that says Inovatec"; "a man that says hello" speaks).
    if (TELLS.has(t.lemma) && THING_RELATIVES.has(tokens[t.index - 1]?.norm ?? '') && (quotationAfter(tokens, t.index) || thingBefore(tokens, t.index - 1, agents))) continue;
    // 'a sign with faded paint reading "KEEP OUT"', "the text on the device reads 'Dell'", 'it
    // says "31 days of horror"': before a quotation a telling verb whose doer is a thing gives its
    // writing ("a man says "hello"" speaks, and so may a word the lexicon does not know: "Céline says").
    if (TELLS.has(t.lemma) && subject !== undefined && subject.tag !== 'name' && (subject.known || subject.tag === 'pron') && agents[subject.index] !== 1 && !PERSON_PRONOUNS.has(subject.norm) && quotationAfter(tokens, t.index, quotations)) continue;
    // "a view of a bustling city", "the camera captures a flowing river": an -ing word that a
    // determiner opens a phrase with modifies its noun; the camera before it does not do it.
    const cameraSubject = subject !== undefined && !(t.verbForm === 'ing' && determinedHead(tokens, t)) && cameraNoun(tokens, subject, t, figurative) && !DEVICE.has(t.lemma) && (!VIEWERS.has(subject.norm) || VIEWER_VERBS.has(t.lemma));
    const kind = inCamera[t.index] === 1 || cameraSubject ? 'camera' : 'subject';
    actions.push(actionOver(tokens, t.index, t.index + 1, t.lemma, kind, t.text));
  }
  sortSmall(actions, byStart);
  // What a sound field holds is heard, not seen: "Audio: a clock ticking".
  if (text.includes(':')) return actions.filter((a) => !inFieldValue(tokens, a.tokenStart, SOUND_FIELD_SET));
  return actions;
}
