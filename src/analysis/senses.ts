/**
 * Word senses for the formula's vocabularies. The lexicon matches words; this pass keeps a
 * match only where the word means what the category means: "pan" is a camera move in "slow pan
 * left" but cookware in "a frying pan", "light" is lighting in "the light fades" but a colour in
 * "light blue", "street" is a place in "a wet street" but not in "Wall Street Journal". It also
 * adds matches no list can hold: place names ("Tokyo") and clock times ("11pm").
 * Linear in the number of matches; every set is built once.
 */
import type { LexiconMatch, Token } from '../types.js';
import { AIM_VERBS, AMBIGUOUS as CAMERA_AMBIGUOUS, BODY_FRAMING, CAMERA_BODIES, CAMERA_FIELDS, CAMERA_LEANING, DEVICE_NOUNS, DEVICE_PREPOSITIONS, UNSEEN_FOCUS, THINGS_AFTER_VIEWS, CONTEXT as CAMERA_CONTEXT, FLOOR_LEVELS, FRAMING_HEADS, HEADINGS, NOT_CAMERA_AFTER, POINTING, STABILITY, TAG_MOVES, VANTAGES, VIEWING, VIEWS } from '../../rules/data/camera.js';
import { ARTEFACT_LEADS, ARTEFACT_TAGS, COLOUR_BEFORE_THINGS, COLOUR_SENSITIVE, COLOURS, LOOK_WORDS, MODIFIER_SENSITIVE as LIGHT_SENSITIVE, NOT_LIGHT_AFTER, NOT_LIGHT_BEFORE_OF, PHRASES_BEFORE_NOUNS, SIGNAL_LIGHT_MODIFIERS } from '../../rules/data/lighting.js';
import environmentWords, {
  ABSTRACT_NOUNS,
  IDEA_NOUNS,
  ABSTRACT_SUFFIXES,
  GARMENT_SUFFIXES,
  BACKDROP_LINKS,
  BACKDROP_SHOWS,
  BACKDROP_LOOKS,
  BACKDROPS,
  SCENERY_POSITIONS,
  TERM_PARTICLES,
  LOCATIVE_PREPOSITIONS,
  OFF_PARTICLE_VERBS,
  SETTING_FIELDS,
  RELATING_PREPOSITIONS,
  PREDICATIVE_ADJECTIVES,
  TRAVEL_INTO,
  PATH_VERBS,
  LOWERCASE_NOT_PLACES,
  NOT_NOUNS,
  NOT_PLACES,
  NOT_PLACES_WITH_OF,
  GROUND_SPORTS,
  SPORT_EVENTS,
  PLACES_AFTER_PREPOSITION,
  NOT_PLACE_AFTER_WORDS,
  OBJECT_NOUNS,
  DISH_WORDS,
  DWELLINGS,
  SEEN_FROM,
  CHANGE_FROM_VERBS,
  SURNAME_PLACES,
  SKY_LIGHTS,
  CAMERA_MAKES,
  COUNTED_TIMES,
  PLACE_EVENTS,
  ADVERTS,
  MANNER_NOUNS,
  MANNER_EVENTS,
  LIGHTING_TYPO_LEADS,
  PLACE_PROCESSES,
  PLACE_THROUGH_OF,
  THING_SIDES,
  PLACE_NAME_PREFIXES,
  MOUNTAIN_PREFIXES,
  PLACE_NAME_SUFFIXES,
  MATERIAL_VERBS,
  NAME_LEADS,
  TIME_HUES,
  MODIFIER_SENSITIVE as PLACE_SENSITIVE,
  NOT_PLACE_BEFORE_OF,
  PLACE_HEADS,
  TIME_SUFFIXES,
  PHASE_PLACES,
  PHASE_ORDERS,
  FACILITY_HEADS,
  TRADE_MARKETS,
  LANGUAGES,
  ART_FORM_PLACES,
} from '../../rules/data/environment.js';
import { EPITHET_HEADS, PERFORMERS } from '../../rules/data/audio.js';
import motionWords, { CAMERA_VERBS, EVENT_HEADS as EVENT_HEAD_WORDS, LOCOMOTION, STILL_BEFORE_EVENTS } from '../../rules/data/motion.js';
import { CAMERA_SUBJECTS, DIRECTIONS, VIEWERS, subjectOf } from './motion.js';
import { productionNameEnd } from './subjects.js';
import { POSSESSIVES, adverbInLy, headingWord, isPlaceName, listedWord } from './pos.js';
import { endsAfterStem } from './inflect.js';
import { byStartThenLongest } from './lexicon.js';
import { sortSmall } from './sort.js';
import { afterTitleOf, isAllCaps, isCapitalised, nameGoesOn, namedAfter, opensNameList } from './capitals.js';
import { Scratch } from './scratch.js';
import { isWordToken, startsWithDigit } from './tokenize.js';
import { inFieldValue } from './flags.js';
import { PLACE_PHRASES } from './data/pos-lexicon.js';

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const CAMERA_AMBIGUOUS_SET = set(CAMERA_AMBIGUOUS);
const CAMERA_CONTEXT_SET = set(CAMERA_CONTEXT);
const CAMERA_FIELD_SET = set(CAMERA_FIELDS);
const CAMERA_LEANING_SET = set(CAMERA_LEANING);
const THINGS_AFTER_VIEW_SET = set(THINGS_AFTER_VIEWS);
const TAG_MOVE_SET = set(TAG_MOVES);
const HEADING_SET = set(HEADINGS);
const NOT_CAMERA_AFTER_SET = set(NOT_CAMERA_AFTER);
const STABILITY_SET = set(STABILITY);
const VIEW_SET = set(VIEWS);
const VIEWING_SET = set(VIEWING);
const AIM_SET = set(AIM_VERBS);
const UNSEEN_FOCUS_SET = set(UNSEEN_FOCUS);
const DEVICE_SET = set(DEVICE_NOUNS);
const DEVICE_PREPOSITION_SET = set(DEVICE_PREPOSITIONS);
const CAMERA_BODY_SET = set(CAMERA_BODIES);
const VANTAGE_SET = set(VANTAGES);
const POINTING_SET = set(POINTING);
const ABSTRACT_SET = set(ABSTRACT_NOUNS);
const IDEA_SET = set(IDEA_NOUNS);
const FLOOR_SET = set(FLOOR_LEVELS);
const BODY_FRAMING_SET = set(BODY_FRAMING);
const FRAMING_HEAD_SET = set(FRAMING_HEADS);
const CAMERA_VERB_SET = set(CAMERA_VERBS);
const LIGHT_SENSITIVE_SET = set(LIGHT_SENSITIVE);
const LIGHT_PHRASE_BEFORE_NOUN_SET = set(PHRASES_BEFORE_NOUNS);
const COLOUR_SENSITIVE_SET = set(COLOUR_SENSITIVE);
const COLOUR_SET = set(COLOURS);
const NOT_LIGHT_AFTER_SET = set(NOT_LIGHT_AFTER);
const COLOUR_BEFORE_THING_SET = set(COLOUR_BEFORE_THINGS);
const LOOK_WORD_SET = set(LOOK_WORDS);
const ARTEFACT_TAG_SET = set(ARTEFACT_TAGS);
const ARTEFACT_LEAD_SET = set(ARTEFACT_LEADS);
/** Subject kinds a colour light word describes rather than lights: "a neon outfit", "neon teeth", "a neon duck". */
const COLOURED_KINDS = new Set(['person', 'animal', 'creature', 'part', 'clothing']);
const NOT_LIGHT_BEFORE_OF_SET = set(NOT_LIGHT_BEFORE_OF);
const SIGNAL_LIGHT_MODIFIER_SET = set(SIGNAL_LIGHT_MODIFIERS);
const PLACE_SENSITIVE_SET = set(PLACE_SENSITIVE);
const PLACE_HEADS_SET = set(PLACE_HEADS);
const NOT_PLACE_BEFORE_OF_SET = set(NOT_PLACE_BEFORE_OF);
const TIME_SUFFIX_SET = set(TIME_SUFFIXES);
/** Weather words as written ("raining", "snowing"), for a weather verb that is the weather itself. */
const WEATHER_WORD_SET = set(environmentWords.weather);
/** Listed environment words of one word: an owner or a head that keeps its place ("the garden's paths", "the alien's city"). */
const ENVIRONMENT_WORD_SET = set([...environmentWords.place, ...environmentWords.surface, ...environmentWords.time, ...environmentWords.weather].filter((w) => !w.includes(' ')));
/** After these an event noun names a scene or a kind of it, not a modifier: "battle scenes", "duel combat". */
const EVENT_HEADS = new Set([...EVENT_HEAD_WORDS, ...motionWords.event.filter((w) => !w.includes(' '))]);
const STILL_BEFORE_EVENT = new Set(STILL_BEFORE_EVENTS);
const LOCATIVE = set(LOCATIVE_PREPOSITIONS);
const RELATING_SET = set(RELATING_PREPOSITIONS);
const TRAVEL_INTO_SET = set(TRAVEL_INTO);
/** Verbs after which "up" and "down" may lead along a place, not close a phrasal verb. */
const ALONG_PATH_SET = set([...LOCOMOTION, ...CAMERA_VERBS, ...PATH_VERBS]);
const OFF_PARTICLE_SET = set(OFF_PARTICLE_VERBS);
const SETTING_FIELD_SET = set(SETTING_FIELDS);
const NOT_NOUN_SET = set(NOT_NOUNS);
const PREDICATIVE_SET = set(PREDICATIVE_ADJECTIVES);
// Performers are people: "singing in a barbershop quartet", "plays in a band".
const NOT_PLACE_SET = new Set([...set(NOT_PLACES), ...NOT_NOUN_SET, ...set(NOT_PLACES_WITH_OF), ...set(ABSTRACT_NOUNS), ...set(Object.values(OBJECT_NOUNS).flat()), ...set(PERFORMERS)]);
const DWELLING_SET = set(DWELLINGS);
const SEEN_FROM_SET = set(SEEN_FROM);
const CHANGE_FROM_SET = set(CHANGE_FROM_VERBS);
const SURNAME_PLACE_SET = set(SURNAME_PLACES);
const SKY_LIGHT_SET = set(SKY_LIGHTS);
const CAMERA_MAKE_SET = set(CAMERA_MAKES);
/** Devices and optics that film: "on a vhs camcorder", "with a 50mm lens". */
const EQUIPMENT_NOUN_SET = new Set([...set(DEVICE_NOUNS), 'lens', 'lenses', 'film', 'stock']);
const COUNTED_TIME_SET = set(COUNTED_TIMES);
const PLACE_EVENT_SET = set(PLACE_EVENTS);
const ADVERT_SET = set(ADVERTS);
const TRADE_MARKET_SET = set(TRADE_MARKETS);
const LANGUAGE_SET = set(LANGUAGES);
const ART_FORM_PLACE_SET = set(ART_FORM_PLACES);
const MANNER_SET = set(MANNER_NOUNS);
const MANNER_EVENT_SET = set(MANNER_EVENTS);
const LIGHTING_TYPO_LEAD_SET = set(LIGHTING_TYPO_LEADS);
const PLACE_PROCESS_SET = set(PLACE_PROCESSES);
const UNDER_SKY_SET = new Set(['under', 'beneath', 'underneath']);
/** NOT_PLACE_AFTER_WORDS by preposition ("at" → look, stare…): looked up without building a key per word. */
const NOT_PLACE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byPreposition = new Map<string, Set<string>>();
  for (const pair of set(NOT_PLACE_AFTER_WORDS)) {
    const space = pair.lastIndexOf(' ');
    const preposition = pair.slice(space + 1);
    let words = byPreposition.get(preposition);
    if (!words) byPreposition.set(preposition, (words = new Set()));
    words.add(pair.slice(0, space));
  }
  return byPreposition;
})();
const PLACE_THROUGH_OF_SET = set(PLACE_THROUGH_OF);
const PLACE_AFTER_PREPOSITION_SET = set(PLACES_AFTER_PREPOSITION);
const THING_SIDE_SET = set(THING_SIDES);
const BACKDROP_SET = set(BACKDROPS);
const SCENERY_POSITION_SET = set(SCENERY_POSITIONS);
const PARTICLE_SET = set(TERM_PARTICLES);
/** Particles of a phrasal verb, between its participle and "by": "watched over by", "picked up by". */
const PHRASAL_PARTICLE_SET = set(['over', 'up', 'down', 'away', 'off', 'out', 'on', 'after', 'around', 'along', 'aside', 'apart']);
const BACKDROP_LOOK_SET = new Set([...set(BACKDROP_LOOKS), ...COLOUR_SET]);
const BACKDROP_LINK_SET = set(BACKDROP_LINKS);
const BACKDROP_SHOW_SET = set(BACKDROP_SHOWS);
const DISH_SET = new Set([...set(DISH_WORDS), ...set(OBJECT_NOUNS.food ?? [])]);
const GROUND_SPORT_SET = set(GROUND_SPORTS);
const SPORT_EVENT_SET = set(SPORT_EVENTS);
const PLACE_NAME_PREFIX_SET = set(PLACE_NAME_PREFIXES);
const MOUNTAIN_PREFIX_SET = set(MOUNTAIN_PREFIXES);
const PLACE_NAME_SUFFIX_SET = set(PLACE_NAME_SUFFIXES);
const MATERIAL_VERB_SET = set(MATERIAL_VERBS);
const NAME_LEAD_SET = set(NAME_LEADS);
const TIME_HUE_SET = set(TIME_HUES);
const EPITHET_SET = set(EPITHET_HEADS);
const LOWERCASE_NOT_PLACE_SET = set(LOWERCASE_NOT_PLACES);
const PHASE_PLACE_SET = set(PHASE_PLACES);
const PHASE_ORDER_SET = set(PHASE_ORDERS);
const FACILITY_HEAD_SET = set(FACILITY_HEADS);
/** Lexicon categories whose words are never the place after a preposition ("in slow motion", "in anime style"). */
const NOT_PLACE_CATEGORIES = new Set(['camera', 'lighting', 'style', 'abstract', 'setting', 'audio', 'negative']);
/** An unlisted noun with an abstract ending ("skepticism", "happiness", "childhood"); listed places are matched before. */
function abstractEnding(word: string): boolean {
  return endsAfterStem(word, ABSTRACT_SUFFIXES, 3);
}
/** An unlisted garment by its ending ("swimwear", "beachwear"; "swear" is too short to be one). */
function garmentEnding(word: string): boolean {
  return endsAfterStem(word, GARMENT_SUFFIXES, 2);
}
/** A vehicle is a setting only from inside or on top: "in a car", "on a bus", not "over a bus". */
const VEHICLE_PLACE = new Set(['in', 'inside', 'into', 'on', 'onto', 'aboard', 'atop']);
/** Subject kinds that are not places: "in a red coat", "in his hand", "at a dog". */
const NOT_PLACE_KINDS = new Set(['person', 'animal', 'creature', 'part', 'clothing', 'crowd']);
const BEING_KINDS = new Set(['person', 'animal', 'creature']);
const CLOCK_TIME = /^\d{1,2}(?::\d{2})?(?:am|pm)$/;

/**
 * The word right after a match, one space at most between them and in the same sentence: a wider
 * gap ends a field ("a dark street␣␣Message: …", a tag typed after two spaces), and a word on the
 * next line is not part of the match's phrase ("Location: a park" then "Mood: calm" is not a
 * "park mood").
 */
function wordAfter(tokens: readonly Token[], m: LexiconMatch): Token | undefined {
  const t = tokens[m.tokenEnd];
  const last = tokens[m.tokenEnd - 1]!;
  return isWordToken(t) && t.start - last.end <= 1 && t.sentence === last.sentence ? t : undefined;
}

/** The word right before a match, as `wordAfter` reads one. */
function wordBefore(tokens: readonly Token[], m: LexiconMatch): Token | undefined {
  const t = tokens[m.tokenStart - 1];
  const first = tokens[m.tokenStart]!;
  return isWordToken(t) && first.start - t.end <= 1 && t.sentence === first.sentence ? t : undefined;
}

/** A number right after the token, one space at most between them ("Day 2"). */
function countAfter(tokens: readonly Token[], last: Token): boolean {
  const t = tokens[last.index + 1];
  return t !== undefined && t.kind === 'number' && t.start - last.end <= 1;
}

/** A match on part of a hyphenated word that goes on after it ("sky" in "sky-blue"). */
function endsInsideWord(tokens: readonly Token[], m: LexiconMatch): boolean {
  return m.end < tokens[m.tokenEnd - 1]!.end;
}

/** The match is one word (or one part of a word), so its sense depends on its neighbours. */
function single(m: LexiconMatch): boolean {
  return m.tokenEnd - m.tokenStart === 1 && !m.text.includes(' ');
}

function startsMatchAt(starts: ReadonlyMap<number, readonly LexiconMatch[]>, token: Token, categories: readonly string[]): boolean {
  const list = starts.get(token.start);
  return list !== undefined && list.some((x) => categories.includes(x.category));
}

/** A noun or adjective the word modifies: "light [blue]", "snow [leopard]", "race [car]" (not "a city [aglow]"). */
function modifies(next: Token | undefined): boolean {
  return next !== undefined && (next.tag === 'noun' || next.tag === 'adj' || next.tag === 'name' || next.tag === 'num') && !NOT_NOUN_SET.has(next.norm) && !PREDICATIVE_SET.has(next.norm);
}

/** A compound saying what a thing is like or styled on ("Disney-style", "cave-like", "space-themed"): a describing word. */
const LIKENESS_COMPOUND = /-(?:style|styled|like|themed|inspired|shaped|looking)$/;
/**
 * A noun of process, state or quality: "corrosion", "automation", "emergence", "resistance",
 * "tranquility" (four letters or more before "-ity", "-ance", "-ence": not "city", "dance", "fence").
 */
const PROCESS_ENDING = /(?:[aeiu]tion|[^s]sion|ssion|[a-z]{4}(?:ity|ance|ence))$/;
/** A resolution typed as a tag: "4K", "1080p" (a bare number may be a name's: "Silent Hill 2", "floor 2"). */
const FORMAT_TAG = /^(?:\d+k|\d{3,4}p)$/;
/** A picture's dimensions typed as a tag: "2d", "3d". */
const DIMENSIONS = /^[23]d$/;

/** Like `modifies`, but a format tag typed after the word ("dramatic light 4K", "a kitchen 8k") is modified by nothing. */
function modifiesWord(next: Token | undefined): boolean {
  return modifies(next) && !FORMAT_TAG.test(next!.norm);
}

function cameraSense(tokens: readonly Token[], m: LexiconMatch, starts: ReadonlyMap<number, readonly LexiconMatch[]>, ends: ReadonlySet<number>): boolean {
  const first = tokens[m.tokenStart]!;
  if ((m.kind === 'angle' || m.kind === 'viewpoint') && first.norm === 'from') {
    const before = beforeFrom(tokens, m.tokenStart, ends);
    if (before === 'light') return false;
    // "bombs fall from above", "petals drifting from above", "petals falling gently from above": a
    // bare "from above" right after a verb (and its adverb) says where something comes from, unless
    // the verb films or views ("shot from above").
    let verb = wordBefore(tokens, m);
    if (adverbInLy(verb)) verb = isWordToken(tokens[verb!.index - 1]) ? tokens[verb!.index - 1] : undefined;
    if (before !== 'camera' && m.tokenEnd - m.tokenStart === 2 && verb && verb.tag === 'verb' && !VIEWING_SET.has(verb.norm)) return false;
  }
  // "from the side" is where the camera is only when the clause is about viewing or filming.
  if (m.kind === 'viewpoint') return viewingClause(tokens, first.clause, m.tokenStart);
  // "camera behind her", "with the camera behind him" place the shot; "a cinema camera behind
  // him", "his camera below" and "hides the camera under the bed" are cameras in the scene.
  if (m.kind === 'placement') {
    let prev = wordBefore(tokens, m);
    if (prev && prev.norm === 'the') prev = isWordToken(tokens[prev.index - 1]) ? tokens[prev.index - 1] : undefined;
    return !prev || prev.tag === 'prep' || prev.tag === 'conj';
  }
  const key = m.term.toLowerCase();
  const next = wordAfter(tokens, m);
  // "a rear-view mirror": a thing in the scene.
  if (next && THINGS_AFTER_VIEW_SET.has(next.norm)) return false;
  // "storefronts on the ground level": after a determiner, a floor of a building.
  if (FLOOR_SET.has(key)) {
    const prev = wordBefore(tokens, m);
    if (prev && (prev.tag === 'det' || POSSESSIVES.has(prev.norm))) return false;
  }
  // "a dancer, full body" or "a full-body portrait" is a framing; "full-body armour", "a full body
  // of water" and "shaking her full body" are not.
  if (BODY_FRAMING_SET.has(key)) {
    if (next && FRAMING_HEAD_SET.has(next.norm)) return true;
    const prev = wordBefore(tokens, m);
    if (prev && (prev.tag === 'det' || POSSESSIVES.has(prev.norm))) return false;
    return !modifies(next) && !(next && next.norm === 'of');
  }
  // "her head on his shoulder", "butting heads on a hillside": a compound ending in a
  // preposition, written as separate words, is read word by word when it is inflected or the
  // preposition takes a noun phrase.
  const last = tokens[m.tokenEnd - 1]!;
  if (key.includes('-') && !m.text.includes('-') && last !== first && first.tag === 'noun' && last.tag === 'prep') {
    if (first.norm !== first.lemma || (next && (next.tag === 'det' || next.tag === 'noun' || next.tag === 'adj' || POSSESSIVES.has(next.norm) || next.norm.endsWith("'s")))) return false;
  }
  // "a bird views the lake": a term closed by an -s verb is a clause, unless the camera does it ("camera moves").
  if (last !== first && last.tag === 'verb' && last.verbForm === 's' && !CAMERA_SUBJECTS.has(first.norm)) return false;
  // "a starship flying through space", "seagulls fly by", "she tilts up her head": a term that
  // opens with a verb agreeing with a subject other than the camera is that subject's verb (a
  // base form agrees with a plural; "a city fly-through" is a noun). A camera move needs an
  // object too: "a man walking pan left" stays a camera instruction written tersely.
  if (first.tag === 'verb' && first.verbForm !== 'ed' && last !== first && !namesCamera(tokens, m)) {
    const subject = subjectOf(tokens, m.tokenStart);
    if (subject && !CAMERA_SUBJECTS.has(subject.norm) && (first.norm !== first.lemma || subject.norm !== subject.lemma)) {
      if (!CAMERA_VERB_SET.has(first.lemma) || (next && (next.tag === 'det' || POSSESSIVES.has(next.norm)))) return false;
    }
  }
  // "A group of frogs by a well, looking up at the sky": an -ing term opening a later clause of its
  // sentence says what someone named before it does ("Looking up at a redwood canopy" opening the
  // sentence, or after a viewing word, is the camera). Not a term naming the camera ("tracking
  // shot"), a zoom, or staging, which is what someone does toward the camera ("facing camera").
  if (first.tag === 'verb' && first.verbForm === 'ing' && last !== first && m.kind !== 'staging' && !namesCamera(tokens, m) && !CAMERA_LEANING_SET.has(first.norm) && doerBefore(tokens, first, starts)) return false;
  const ambiguous = CAMERA_AMBIGUOUS_SET.has(key) || (single(m) && (CAMERA_AMBIGUOUS_SET.has(first.lemma) || CAMERA_AMBIGUOUS_SET.has(m.text.toLowerCase())));
  if (!ambiguous) return true;
  if (next && NOT_CAMERA_AFTER_SET.has(next.norm)) return false;
  // A verb whose subject is something other than the camera: "she tilts her head", "a car zooms past".
  const subject = subjectOf(tokens, m.tokenStart);
  if (subject && CAMERA_SUBJECTS.has(subject.norm)) return true;
  if (first.tag === 'verb' && subject) return false;
  // "a slight tilt towards the viewer": the viewer stands where the camera is, so what turns towards them is a thing.
  if (next && (next.norm === 'towards' || next.norm === 'toward')) {
    const after = tokens[next.index + 1];
    const viewer = after !== undefined && after.tag === 'det' ? tokens[after.index + 1] : after;
    if (viewer !== undefined && VIEWERS.has(viewer.norm)) return false;
  }
  // Words around it that only a camera instruction has: "slow pan", "pans left", "tilt up".
  // Right after a preposition it is that preposition's object: "dosa in pan in the stove" is cookware.
  const prev = wordBefore(tokens, m);
  if (prev && prev.tag === 'prep' && single(m)) return false;
  if (CAMERA_LEANING_SET.has(key) || CAMERA_LEANING_SET.has(first.lemma)) return true;
  if (prev && CAMERA_CONTEXT_SET.has(prev.norm)) return true;
  // Past another ambiguous camera word: "slow aerial orbit", "smooth tracking dolly".
  if (prev && CAMERA_AMBIGUOUS_SET.has(prev.norm)) {
    const before = tokens[prev.index - 1];
    if (isWordToken(before) && prev.start - before.end <= 1 && CAMERA_CONTEXT_SET.has(before.norm)) return true;
  }
  if (inFieldValue(tokens, m.tokenStart, CAMERA_FIELD_SET)) return true;
  // A bracketed camera command: "[Push in]", "[Pan left, Tilt up]".
  const before = tokens[m.tokenStart - 1];
  if (before && before.text === '[') return true;
  let after = next;
  if (adverbInLy(after)) after = tokens[after!.index + 1]?.kind === 'word' ? tokens[after!.index + 1] : undefined;
  if (after && CAMERA_CONTEXT_SET.has(after.norm)) return true;
  // The rest of the clause names the camera: "pan across the skyline, camera at eye level".
  for (let k = m.tokenEnd; k < tokens.length && tokens[k]!.clause === first.clause; k++) {
    if (CAMERA_SUBJECTS.has(tokens[k]!.norm)) return true;
  }
  const move = TAG_MOVE_SET.has(key) || TAG_MOVE_SET.has(first.lemma);
  // An order opening its sentence, the path after it: "Dolly along the counter.", "Push in on her
  // face." A one-word move needs a word of direction ("Pan on the stove." is cookware).
  if (move && next && (single(m) ? DIRECTIONS.has(next.norm) : next.tag === 'prep') && opensItsSentence(tokens, first)) return true;
  // A move standing alone as a tag of a list: "…, sunset, zoom", "a boat at dawn, pan".
  return move && aloneInClause(tokens, m);
}

/** No word of the sentence of `t` comes before it. */
function opensItsSentence(tokens: readonly Token[], t: Token): boolean {
  let k = t.index - 1;
  while (k >= 0 && !isWordToken(tokens[k])) k--;
  return k < 0 || tokens[k]!.sentence !== t.sentence;
}

/**
 * Someone (a person or an animal) earlier in the sentence of `verb`, in an earlier clause, with no
 * camera or viewing word between: who an -ing clause describes. Looks back a bounded distance.
 */
function doerBefore(tokens: readonly Token[], verb: Token, starts: ReadonlyMap<number, readonly LexiconMatch[]>): boolean {
  let doer = false;
  for (let k = verb.index - 1; k >= 0 && k >= verb.index - 40; k--) {
    const u = tokens[k]!;
    if (u.sentence !== verb.sentence) break;
    if (!isWordToken(u)) continue;
    if (u.clause === verb.clause) return false;
    if (CAMERA_SUBJECTS.has(u.norm) || VIEWING_SET.has(u.norm)) return false;
    if (!doer && (startsSubjectKind(starts, u, 'person') || startsSubjectKind(starts, u, 'animal') || u.tag === 'name')) doer = true;
  }
  return doer;
}

/** The match is its clause's only words, after an earlier clause: a tag of a list. */
function aloneInClause(tokens: readonly Token[], m: LexiconMatch): boolean {
  const clause = tokens[m.tokenStart]!.clause;
  const before = tokens[m.tokenStart - 1];
  if (!before || isWordToken(before) || before.clause === clause) return false;
  for (let k = m.tokenEnd; k < tokens.length && tokens[k]!.clause === clause; k++) if (isWordToken(tokens[k])) return false;
  return true;
}

/**
 * What the clause names before the "from" at token `at`: a light ("a spotlight from above",
 * "lights its face from below": where the light comes from, not where the camera is), or the
 * camera first ("the camera captures her from below"), which settles it.
 */
function beforeFrom(tokens: readonly Token[], at: number, lightEnds: ReadonlySet<number>): 'light' | 'camera' | undefined {
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === tokens[at]!.clause; k--) {
    const u = tokens[k]!;
    if (CAMERA_SUBJECTS.has(u.norm)) return 'camera';
    if (lightEnds.has(u.end) || u.lemma === 'light' || u.lemma === 'illuminate') return 'light';
  }
  return undefined;
}

/** A word that may stand between a preposition and its noun: a determiner, an adjective, a number, a possessive. */
function modifierWord(u: Token): boolean {
  return u.tag === 'det' || u.tag === 'adj' || u.tag === 'num' || POSSESSIVES.has(u.norm) || u.norm.endsWith("'s");
}

/**
 * "from a slightly tilted angle", "from the cockpit's perspective", "from a low, front-facing
 * angle": the "from" before a vantage word and its modifiers (commas may part the modifiers).
 */
function fromVantage(words: readonly Token[], w: number): Token | undefined {
  for (let k = w - 1; k >= 0 && k >= w - 4; k--) {
    const u = words[k]!;
    if (u.sentence !== words[w]!.sentence) return undefined;
    if (u.norm === 'from') return u.clause === words[k + 1]!.clause ? u : undefined;
    if (!(u.tag === 'adv' || modifierWord(u) || (u.norm.includes('-') && u.tag !== 'noun'))) return undefined;
  }
  return undefined;
}

/**
 * "Focus on the teacher's face", "…, focusing on a lone lighthouse": the verb opening its clause
 * points the camera at the thing after "on" ("focusing on strengthening their core", "a focus
 * on sustainability" and "Focus on the interactions between them" are not).
 */
function pointedAt(words: readonly Token[], w: number): Token | undefined {
  const t = words[w]!;
  const prev = words[w - 1];
  if (prev && prev.clause === t.clause && prev.norm !== 'and' && prev.norm !== 'then') return undefined;
  const on = words[w + 1];
  if (!on || on.norm !== 'on' || on.clause !== t.clause) return undefined;
  for (let k = w + 2; k < words.length && k <= w + 5; k++) {
    const u = words[k]!;
    if (u.clause !== t.clause) return undefined;
    if (u.tag === 'noun' || u.tag === 'name') return ABSTRACT_SET.has(u.lemma) || UNSEEN_FOCUS_SET.has(u.norm) || abstractEnding(u.lemma) ? undefined : on;
    if (!modifierWord(u)) return undefined;
  }
  return undefined;
}

/** A word of the term names the camera or a view: "rotating camera", "moving shot", "viewing from". */
function namesCamera(tokens: readonly Token[], m: LexiconMatch): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const u = tokens[k]!;
    if (CAMERA_SUBJECTS.has(u.norm) || VIEWING_SET.has(u.lemma)) return true;
  }
  return false;
}

/** The clause of token `at` has a viewing or filming word ("seen", "captured", "view"). */
function viewingClause(tokens: readonly Token[], clause: number, at: number): boolean {
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k--) if (VIEWING_SET.has(tokens[k]!.norm)) return true;
  for (let k = at + 1; k < tokens.length && tokens[k]!.clause === clause; k++) if (VIEWING_SET.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "Shot with a mobile phone camera", "captured on vhs camera", "…, film camera": the camera that
 * films, named by its kind. Returns the filming word, or the first word of a tag naming a camera
 * body; undefined for a camera in the scene ("holding a film camera", "a camera on the desk").
 */
function filmingDevice(words: readonly Token[], w: number): Token | undefined {
  const t = words[w]!;
  let body = false;
  let k = w - 1;
  for (; k >= 0 && k >= w - 6; k--) {
    const u = words[k]!;
    if (u.clause !== t.clause) break;
    if (DEVICE_PREPOSITION_SET.has(u.norm)) {
      // A kind of camera must be named: "captured on camera" says nothing about the shot.
      const named = w - k > 2 || (w - k === 2 && words[k + 1]!.tag !== 'det');
      const verb = words[k - 1];
      return named && verb && verb.clause === t.clause && VIEWING_SET.has(verb.norm) && verb.tag !== 'noun' ? verb : undefined;
    }
    if (CAMERA_BODY_SET.has(u.norm)) body = true;
    else if (!(modifierWord(u) || u.tag === 'noun' || u.tag === 'name' || u.norm.includes('-'))) return undefined;
  }
  // A tag of its own: the clause holds only the camera and words naming its kind.
  const next = words[w + 1];
  if (!body || (next && next.clause === t.clause) || (k >= 0 && words[k]!.clause === t.clause)) return undefined;
  return words[k + 1];
}

/**
 * "The camera directly faces the harbour", "the camera is focused on his face": the camera (or
 * lens) as the subject of an aiming verb, adverbs and a form of "be" between them.
 */
function aimedCamera(words: readonly Token[], w: number): Token | undefined {
  // A participle read as an adjective aims only after "be" ("is focused on"); "a camera pointed at
  // the door" is a camera in the scene.
  let passive = words[w]!.tag === 'verb';
  for (let k = w - 1; k >= 0 && k >= w - 3; k--) {
    const u = words[k]!;
    if (u.clause !== words[w]!.clause) return undefined;
    if (u.lemma === 'be') passive = true;
    if (u.tag === 'adv' || u.lemma === 'be') continue;
    return passive && CAMERA_SUBJECTS.has(u.norm) && u.norm !== 'we' && u.norm !== 'viewer' && u.norm !== 'view' ? u : undefined;
  }
  return undefined;
}

function lightingSense(tokens: readonly Token[], m: LexiconMatch, starts: ReadonlyMap<number, readonly LexiconMatch[]>, titleCase: ReadonlySet<number>): boolean {
  // What a title rules: "Ra, god of the sun", "the goddess of light".
  if (afterTitleOf(tokens, m.tokenStart, EPITHET_SET)) return false;
  if (!single(m)) {
    // "a crescent moon pendant", "a full moon party": before a noun it describes the phrase is a
    // shape or an occasion ("a full moon night" is still the moon's light).
    if (!LIGHT_PHRASE_BEFORE_NOUN_SET.has(m.term.toLowerCase())) return true;
    const next = wordAfter(tokens, m);
    return !(next && next.tag === 'noun' && !next.pos.includes('verb') && !FORMAT_TAG.test(next.norm) && !startsMatchAt(starts, next, ['environment', 'lighting']));
  }
  // Part of a proper name: "the God of Lightning", "a horse named Starlight", "Neon City".
  if (namedAfter(tokens, m.tokenStart, NAME_LEAD_SET, titleCase, true) || nameGoesOn(tokens, m.tokenStart, titleCase, (n) => startsMatchAt(starts, n, ['lighting']))) return false;
  const key = m.term.toLowerCase();
  const next = wordAfter(tokens, m);
  // "…, grainy, flicker, old film", "add flicker": the film's flicker, standing alone as a tag.
  if (ARTEFACT_TAG_SET.has(key) && artefactTag(tokens, m)) return false;
  // "a neon outfit", "neon style" (the plural is the lights: "80s neons look").
  if (COLOUR_BEFORE_THING_SET.has(key) && tokens[m.tokenStart]!.norm === key && next && (LOOK_WORD_SET.has(next.norm) || startsSubjectKindIn(starts, next, COLOURED_KINDS))) return false;
  if (COLOUR_SENSITIVE_SET.has(key)) {
    if (endsInsideWord(tokens, m)) return !COLOUR_SET.has(m.text.toLowerCase());
    if (next && COLOUR_SET.has(next.norm)) return false;
  }
  // "a flicker of hope", "a shadow of doubt", "the puzzle gleaming with joy": a feeling, not a light.
  if (next && (next.norm === 'of' || next.norm === 'with')) {
    const what = tokens[next.index + 1];
    if (isWordToken(what) && (ABSTRACT_SET.has(what.norm) || abstractEnding(what.norm))) return false;
  }
  if (!LIGHT_SENSITIVE_SET.has(key)) return true;
  if (endsInsideWord(tokens, m)) return false;
  // "approaching the speed of light": a unit, not a light.
  const before = wordBefore(tokens, m);
  // "a warmly lit room", "faintly glowing": after an adverb of manner the word is a participle or
  // a verb, whatever follows it.
  if (adverbInLy(before) && before!.norm !== 'only') return true;
  if (before?.norm === 'of' && NOT_LIGHT_BEFORE_OF_SET.has(tokens[before.index - 1]?.norm ?? '')) return false;
  // "a traffic light": a signal in the shot, not its lighting.
  if (before && SIGNAL_LIGHT_MODIFIER_SET.has(before.norm) && (key === 'light' || key === 'lights')) return false;
  if (!next) return !listedAdjective(tokens, m);
  if (NOT_LIGHT_AFTER_SET.has(next.norm) || NOT_LIGHT_AFTER_SET.has(next.lemma)) return false;
  // "ominous lighting details", "the lighting design": after a describing word "lighting" is the
  // noun, which modifies nothing the way "light" does ("light blue").
  if (tokens[m.tokenStart]!.norm === 'lighting' && before && (before.tag === 'adj' || before.tag === 'det' || before.tag === 'noun')) return true;
  if (next.norm.endsWith('ing') && next.pos.includes('verb')) {
    const after = tokens[next.index + 1];
    // "a light dusting of snow", "a light coating of dust": an amount, not light.
    if (after && after.norm === 'of') return false;
    // "three suns shining", "lamps flickering": the light does something.
    if (!after || after.kind !== 'word' || after.tag !== 'noun') return true;
  }
  if (COLOUR_SET.has(next.norm)) return false;
  if (startsMatchAt(starts, next, ['lighting'])) return true;
  if (pluralBeforeVerb(tokens, m, next)) return true;
  // "warm bulbs overhead", "lanterns aglow": a compound's first word is singular, so an adjective
  // after a plural light word says where or how the lights are, not what they make.
  const light = tokens[m.tokenEnd - 1]!;
  if (next.tag === 'adj' && next.verbForm === undefined && (light.norm === `${light.lemma}s` || light.norm === `${light.lemma}es`)) return true;
  return !modifiesWord(next);
}

/**
 * The word is a tag of its own ("…, grainy, flicker, old film"), or one with a word that adds it
 * or names the medium ("add flicker", "film flicker"): nothing in its clause gives off the light.
 */
function artefactTag(tokens: readonly Token[], m: LexiconMatch): boolean {
  const first = tokens[m.tokenStart]!;
  let prev = tokens[m.tokenStart - 1];
  if (isWordToken(prev) && prev.clause === first.clause && ARTEFACT_LEAD_SET.has(prev.norm)) prev = tokens[prev.index - 1];
  const next = tokens[m.tokenEnd];
  return !(isWordToken(prev) && prev.clause === first.clause) && !(isWordToken(next) && next.clause === first.clause);
}

/**
 * "The lights glimmer.", "lanterns bob and sway": a compound's first noun is singular ("a lamp
 * shade", "a light show"), so a singular word after a plural light word, ending the clause, is
 * what the lights do, even when the tagger knows it only as a noun.
 */
function pluralBeforeVerb(tokens: readonly Token[], m: LexiconMatch, next: Token): boolean {
  const light = tokens[m.tokenEnd - 1]!;
  const plural = light.norm === `${light.lemma}s` || light.norm === `${light.lemma}es`;
  if (!plural || next.norm.endsWith('s') || next.tag !== 'noun') return false;
  const after = tokens[next.index + 1];
  return !isWordToken(after) || after.norm === 'and' || after.norm === 'or';
}

/**
 * "a light, flowing gown": after a determiner and before a comma, then more adjectives and a
 * noun, the word is one of a list of adjectives.
 */
function listedAdjective(tokens: readonly Token[], m: LexiconMatch): boolean {
  const before = tokens[m.tokenStart - 1];
  if (!before || before.tag !== 'det' || tokens[m.tokenEnd]?.text !== ',') return false;
  for (let k = m.tokenEnd + 1; k < tokens.length && k <= m.tokenEnd + 3; k++) {
    const u = tokens[k]!;
    if (u.kind !== 'word') return false;
    if (u.tag === 'noun') return k > m.tokenEnd + 1;
    if (u.tag !== 'adj' && !(u.tag === 'verb' && (u.verbForm === 'ing' || u.verbForm === 'ed'))) return false;
  }
  return false;
}

function environmentSense(tokens: readonly Token[], m: LexiconMatch, starts: ReadonlyMap<number, readonly LexiconMatch[]>, titleCase: ReadonlySet<number>): boolean {
  const first = tokens[m.tokenStart]!;
  const lastToken = tokens[m.tokenEnd - 1]!;
  const next = wordAfter(tokens, m);
  const one = single(m);
  if (next && next.norm === 'of' && NOT_PLACE_BEFORE_OF_SET.has(one ? m.term.toLowerCase() : lastToken.norm)) return false;
  // "doubling in size by Day 2", "on Day 14": a count of days, not a time of day ("on a sunny day 2
  // kids play" keeps its day).
  if (m.kind === 'time' && COUNTED_TIME_SET.has(lastToken.norm) && (first.norm === 'by' || isCapitalised(lastToken.text)) && countAfter(tokens, lastToken)) return false;
  if (one) {
    const timeOrWeather = m.kind === 'time' || m.kind === 'weather';
    // A name: "a horse named Thunder", and a time or weather after "of" in one ("the God of Thunder").
    if (namedAfter(tokens, m.tokenStart, NAME_LEAD_SET, titleCase, timeOrWeather)) return false;
    // "Enlil, lord of storms", "the goddess of the dawn": a title, not the weather.
    if (timeOrWeather && afterTitleOf(tokens, m.tokenStart, EPITHET_SET)) return false;
    // "Drizzle, Tweety and the Crystal Guardian": a name in a list of names the lexicon does not know.
    if (timeOrWeather && opensNameList(tokens, m.tokenStart, titleCase, (n) => starts.has(n.start) || isPlaceName(n.norm))) return false;
    // "a midnight blue car": a colour; a time that is also a light is itself ("sundown red sky").
    if (m.kind === 'time' && next && TIME_HUE_SET.has(next.norm) && !startsMatchAt(starts, first, ['lighting'])) return false;
    // "cinematic lightning, …", "volumetric lightning": lighting misspelt after a word of its look,
    // not a storm ("a dramatic lightning strike" is one).
    if (first.norm === 'lightning' && typedForLighting(tokens, m, next)) return false;
    // "she waves", "a car parked", "the winding road": a verb is not the place it sounds like,
    // except the weather verbs written out ("raining", "snowing").
    if (first.tag === 'verb' && !weatherVerb(tokens, m, next)) return false;
    // "licking its wound": a noun matched through the verb form it also spells ("wound", the past
    // of "wind") is itself, not the term; a plural still finds its term ("winds").
    if (first.tag === 'noun' && first.pos.includes('verb') && first.lemma !== first.norm && !first.norm.endsWith('s') && m.term.toLowerCase() !== first.norm) return false;
    const key = m.term.toLowerCase();
    if (ART_FORM_PLACE_SET.has(key) && !placedArtForm(tokens, m)) return false;
    // "the stock market", "the cryptocurrency market": a trade, not a place.
    if (key === 'market' && TRADE_MARKET_SET.has(wordBefore(tokens, m)?.norm ?? '')) return false;
    // "stages of growth", "the final stage", "sets the stage": a phase, not a place.
    if (PHASE_PLACE_SET.has(key) && (first.norm !== first.lemma || phaseBefore(tokens, m))) return false;
    // "playing outside", "shot outside": outdoors; "outside the window", "the outside of a glass" is a preposition or a side.
    if (key === 'outside' && next && (modifies(next) || next.tag === 'det' || next.tag === 'pron' || next.norm === 'of' || POSSESSIVES.has(next.norm))) return false;
    if (THING_SIDE_SET.has(key) && sideOfThing(tokens, m)) return false;
    if (PLACE_SENSITIVE_SET.has(key)) {
      if (endsInsideWord(tokens, m)) return false;
      // An adjective after it is not a compound's second word after a plural ("landscapes
      // together", "streets wet with rain", "clouds moving": a compound's first word is singular)
      // or before "of" ("a sky full of stars").
      const plural = first.norm !== first.lemma;
      const after = next?.tag === 'adj' && ((next.verbForm === undefined && (plural || tokens[next.index + 1]?.norm === 'of')) || (next.verbForm === 'ing' && plural));
      // "a dark castle horror theme", "a jungle adventure", "a street riot": before an event or a
      // genre the place is where it happens.
      if (next && !after && modifiesWord(next) && !PLACE_HEADS_SET.has(next.norm) && !PLACE_HEADS_SET.has(next.lemma) && !eventHeads(tokens, next) && !startsMatchAt(starts, next, ['environment', 'lighting']) && !styleTagAfter(tokens, m, next)) return false;
    }
  }
  // "cars parked", "a bus stopping", "city parking": a place is named by a noun, so a verb form
  // after a noun is a clause about it, not the place its dictionary form spells ("car park").
  if (!one && m.kind === 'place' && lastToken.tag === 'verb' && (lastToken.verbForm === 'ed' || lastToken.verbForm === 'ing') && !m.term.toLowerCase().endsWith(lastToken.norm)) return false;
  if (madeOf(tokens, m)) return false;
  if (advertisedFor(tokens, m)) return false;
  // "a hospital gown", "in a space suit", "winter clothing": a garment named after where it is worn.
  if (next && next.tag === 'noun' && !PLACE_HEADS_SET.has(next.norm) && startsSubjectKind(starts, next, 'clothing')) return false;
  // "Nick Cave", "Lauryn Hill": a place word after a first name is a surname.
  if (one && SURNAME_PLACE_SET.has(first.norm) && personName(tokens, m)) return false;
  // Inside a longer proper name that does not end with it: "Wall Street Journal", "Forest
  // Whitaker" are not places; "Times Square" and "Central Park" are.
  if (isCapitalised(lastToken.text) && next && isCapitalised(next.text) && !titleCase.has(lastToken.sentence)) return false;
  return true;
}

/** The most describing words and commas read back from a side to its article: "with a smooth, glossy exterior". */
const MAX_SIDE_MODIFIERS = 4;

/** A side had by a thing: after "with" and an article or possessive, past a few describing words ("with a polished navy blue exterior"). */
function sideOfThing(tokens: readonly Token[], m: LexiconMatch): boolean {
  let k = m.tokenStart - 1;
  for (let n = 0; n < MAX_SIDE_MODIFIERS && k > 0; n++, k--) {
    const t = tokens[k]!;
    if (t.tag !== 'adj' && t.tag !== 'noun' && t.tag !== 'adv' && t.text !== ',' && t.norm !== 'and') break;
  }
  const det = tokens[k];
  return det !== undefined && (det.norm === 'a' || det.norm === 'an' || POSSESSIVES.has(det.norm)) && tokens[k - 1]?.norm === 'with';
}

/**
 * "on the street comic style", "on the beach anime style": after an article or a possessive, a
 * place word before a style typed as a tag (a word and a manner noun, MANNER_NOUNS) is the place;
 * "street style" alone is a style, and so is "in studio ghibli style", a studio's name.
 */
function styleTagAfter(tokens: readonly Token[], m: LexiconMatch, next: Token): boolean {
  const head = tokens[next.index + 1];
  // "a studio ghibli style of pokemons": a style borrowed for what follows, not a tag.
  if (head === undefined || head.clause !== next.clause || !MANNER_SET.has(head.norm) || tokens[head.index + 1]?.norm === 'of') return false;
  const before = tokens[m.tokenStart - 1];
  return before !== undefined && (before.tag === 'det' || POSSESSIVES.has(before.norm));
}

/** An event at `word`, or heading the compound it opens: "party" of "a street party", "tea party" of "a garden tea party". */
function eventHeads(tokens: readonly Token[], word: Token): boolean {
  if (PLACE_EVENT_SET.has(word.lemma)) return true;
  const head = tokens[word.index + 1];
  return word.tag === 'noun' && head?.tag === 'noun' && head.clause === word.clause && PLACE_EVENT_SET.has(head.lemma);
}

/**
 * An art form's place word opens with an article or a possessive, or follows a preposition of
 * place, past at most three describing words: "in a dark cinema", "at the cinema", "in vintage
 * cinema" (not "old horror cinema", "in the style of professional cinema").
 */
function placedArtForm(tokens: readonly Token[], m: LexiconMatch): boolean {
  const clause = tokens[m.tokenStart]!.clause;
  for (let k = m.tokenStart - 1; k >= 0 && k >= m.tokenStart - 4; k--) {
    const u = tokens[k]!;
    if (u.kind !== 'word' || u.clause !== clause) return false;
    if (u.tag === 'det' || POSSESSIVES.has(u.norm)) return true;
    if (u.tag === 'prep') return u.norm !== 'of';
    if (u.tag !== 'adj' && u.tag !== 'noun' && u.tag !== 'num') return false;
  }
  return false;
}

/** "cinematic lightning", "volumetric lightning, tilt-shift": after a word of the light's look and before no noun or verb. */
function typedForLighting(tokens: readonly Token[], m: LexiconMatch, next: Token | undefined): boolean {
  const prev = wordBefore(tokens, m);
  if (!prev || !LIGHTING_TYPO_LEAD_SET.has(prev.norm)) return false;
  return !next || next.clause !== tokens[m.tokenStart]!.clause || !(next.tag === 'noun' || next.tag === 'verb');
}

/**
 * The word before orders or counts phases ("the final stage", "each stage", "stage 2" is a count
 * too), a bare noun after "in" names the phase ("in caterpillar stage"), or "set the stage".
 */
function phaseBefore(tokens: readonly Token[], m: LexiconMatch): boolean {
  const prev = wordBefore(tokens, m);
  if (countAfter(tokens, tokens[m.tokenStart]!)) return true;
  if (!prev) return false;
  if (PHASE_ORDER_SET.has(prev.norm) || prev.tag === 'num') return true;
  const before = tokens[prev.index - 1];
  if (prev.tag === 'noun' && isWordToken(before) && before.norm === 'in') return true;
  return prev.norm === 'the' && isWordToken(before) && before.lemma === 'set';
}

/**
 * "an elephant made of sand", "a dragon formed from swirling clouds", "carved out of ice": what a
 * thing is made of is its material, not where it is. Looks back over at most two describing
 * words, "of" or "from", and one adverb or "out".
 */
function madeOf(tokens: readonly Token[], m: LexiconMatch): boolean {
  let k = m.tokenStart - 1;
  for (let n = 0; n < 2 && k >= 0 && (tokens[k]!.tag === 'adj' || (tokens[k]!.tag === 'verb' && tokens[k]!.verbForm === 'ing')); n++) k--;
  const of = tokens[k];
  if (!of || (of.norm !== 'of' && of.norm !== 'from')) return false;
  let verb = tokens[k - 1];
  if (verb && (verb.tag === 'adv' || verb.norm === 'out')) verb = tokens[k - 2];
  return verb !== undefined && verb.kind === 'word' && MATERIAL_VERB_SET.has(verb.norm);
}

/**
 * "a poster for a cake cafe", "a logo video for a detailing salon": the place a poster or a logo
 * is made for is its client, not the scene. Looks back over at most two describing words to "for"
 * and two words before it.
 */
function advertisedFor(tokens: readonly Token[], m: LexiconMatch): boolean {
  let k = m.tokenStart - 1;
  for (let n = 0; n < 2 && k >= 0 && (tokens[k]!.tag === 'adj' || tokens[k]!.tag === 'noun' || tokens[k]!.tag === 'det'); n++) k--;
  if (tokens[k]?.norm !== 'for') return false;
  const a = tokens[k - 1];
  const b = tokens[k - 2];
  return (isWordToken(a) && ADVERT_SET.has(a.norm)) || (isWordToken(a) && isWordToken(b) && ADVERT_SET.has(b.norm));
}

/**
 * "it is raining", "snowing lightly": a weather verb written out is the weather, unless a thing
 * does it ("honey drizzling") or it rains something ("raining confetti").
 */
function weatherVerb(tokens: readonly Token[], m: LexiconMatch, next: Token | undefined): boolean {
  if (!WEATHER_WORD_SET.has(tokens[m.tokenStart]!.norm) || modifies(next)) return false;
  const prev = wordBefore(tokens, m);
  return !prev || prev.tag !== 'noun' || prev.norm.endsWith("'s");
}

function startsSubjectKindIn(starts: ReadonlyMap<number, readonly LexiconMatch[]>, token: Token, kinds: ReadonlySet<string>): boolean {
  const list = starts.get(token.start);
  if (list) for (const x of list) if (x.category === 'subject' && kinds.has(x.kind)) return true;
  return false;
}

/** A term of a category other than the environment starts at `token` ("colorful bokeh", "soft light"). */
function startsOtherCategory(starts: ReadonlyMap<number, readonly LexiconMatch[]>, token: Token): boolean {
  const list = starts.get(token.start);
  if (list) for (const x of list) if (x.category !== 'environment') return true;
  return false;
}

function startsSubjectKind(starts: ReadonlyMap<number, readonly LexiconMatch[]>, token: Token, kind: string): boolean {
  const list = starts.get(token.start);
  if (list) for (const x of list) if (x.category === 'subject' && x.kind === kind) return true;
  return false;
}

/** The match is a capitalised word right after a capitalised first name that is not a place name itself. */
function personName(tokens: readonly Token[], m: LexiconMatch): boolean {
  const prev = wordBefore(tokens, m);
  return prev !== undefined && prev.pos.includes('name') && prev.end < tokens[m.tokenStart]!.start && isCapitalised(prev.text) && isCapitalised(tokens[m.tokenStart]!.text) && !isPlaceName(prev.norm) && !PLACE_NAME_PREFIX_SET.has(prev.norm);
}

function motionSense(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (m.kind !== 'event') return true;
  // Part of a longer word ("rain-soaked", "smoke-filled"), or still or over ("a frozen
  // waterfall", "after the rain").
  if (endsInsideWord(tokens, m)) return false;
  let before = wordBefore(tokens, m);
  if (before && before.tag === 'det' && m.tokenStart >= 2) before = tokens[m.tokenStart - 2];
  if (before && STILL_BEFORE_EVENT.has(before.norm)) return false;
  // An event noun used as a modifier is not the event: "race car", "dance studio", "fire truck".
  if (single(m) && tokens[m.tokenStart]!.tag !== 'verb') {
    const next = wordAfter(tokens, m);
    if (next && next.tag === 'noun' && !EVENT_HEADS.has(next.norm)) return false;
  }
  return true;
}

function added(category: 'environment' | 'camera', kind: string, term: string, from: Token, to: Token, text: string): LexiconMatch {
  return { category, kind, term, text: text.slice(from.start, to.end), start: from.start, end: to.end, tokenStart: from.index, tokenEnd: to.index + 1 };
}

/** Flags of a word for the pass below (`senseFlags`), kept per token index. */
export const SENSE_VIEW = 1;
export const SENSE_AIM = 2;
export const SENSE_BACKDROP = 4;
export const SENSE_PLACE = 8;
/** A preposition that can open a place ("in", "on", "across"). */
export const SENSE_LOCATIVE = 16;
/** A word for where the camera looks from ("angle", "perspective"). */
export const SENSE_VANTAGE = 32;
/** A verb that points the camera ("focus"). */
export const SENSE_POINTING = 64;
/** A word that opens a mountain's name ("Mount", "Mt"). */
export const SENSE_MOUNTAIN = 128;
/** A word that ends a place's name after a name ("Falls"). */
export const SENSE_PLACE_SUFFIX = 256;

/** Which of the pass's word lists a word is in: computed once per distinct word (the analyzer caches it). */
export function senseFlags(norm: string, lemma: string): number {
  return (VIEW_SET.has(norm) ? SENSE_VIEW : 0) | (AIM_SET.has(lemma) ? SENSE_AIM : 0) | (BACKDROP_SET.has(norm) ? SENSE_BACKDROP : 0) | (isPlaceName(norm) ? SENSE_PLACE : 0) | (LOCATIVE.has(norm) ? SENSE_LOCATIVE : 0) | (VANTAGE_SET.has(lemma) ? SENSE_VANTAGE : 0) | (POINTING_SET.has(norm) ? SENSE_POINTING : 0) | (MOUNTAIN_PREFIX_SET.has(norm) ? SENSE_MOUNTAIN : 0) | (PLACE_NAME_SUFFIX_SET.has(norm) ? SENSE_PLACE_SUFFIX : 0);
}

/**
 * Keeps the camera, lighting, environment and motion matches that mean what their category
 * means, and adds place names and clock times. Other categories pass through untouched.
 */
export function refineMatches(
  matches: readonly LexiconMatch[],
  tokens: readonly Token[],
  words: readonly Token[],
  text: string,
  titleCase: ReadonlySet<number>,
  /** Per token index, its senseFlags (0 for tokens that are not words). */
  flags: ArrayLike<number>,
): LexiconMatch[] {
  const starts = new Map<number, LexiconMatch[]>();
  for (const m of matches) {
    const list = starts.get(m.start);
    if (list) list.push(m);
    else starts.set(m.start, [m]);
  }
  const lightEnds = new Set<number>();
  for (const m of matches) if (m.category === 'lighting') lightEnds.add(m.end);
  const out: LexiconMatch[] = [];
  for (const m of matches) {
    let keep = true;
    if (m.category === 'camera') keep = cameraSense(tokens, m, starts, lightEnds);
    else if (m.category === 'lighting') keep = lightingSense(tokens, m, starts, titleCase);
    else if (m.category === 'environment') keep = environmentSense(tokens, m, starts, titleCase) && !(m.kind === 'place' && m.tokenEnd - m.tokenStart > 1 && gazetteerNameNoSetting(words, m, starts));
    else if (m.category === 'motion') keep = motionSense(tokens, m);
    if (keep) out.push(m);
  }

  // Place names the lexicon knows ("Tokyo", "Iceland") and clock times ("11pm", "3 am").
  let extra: LexiconMatch[] | undefined;
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!;
    const f = flags[t.index]!;
    if ((f & SENSE_VANTAGE) !== 0) {
      const from = fromVantage(words, w);
      if (from && !startsMatchAt(starts, from, ['camera']) && beforeFrom(tokens, from.index, lightEnds) !== 'light') (extra ??= []).push(added('camera', 'angle', `from ${t.lemma}`, from, t, text));
    }
    if ((f & SENSE_POINTING) !== 0 && !startsMatchAt(starts, t, ['camera'])) {
      const on = pointedAt(words, w);
      if (on) (extra ??= []).push(added('camera', 'focus', `${t.lemma} on`, t, on, text));
    }
    if ((f & SENSE_MOUNTAIN) !== 0) {
      // "Mount Fuji", "Mt Everest", "mt Kilimanjaro": a capitalised name after it is a mountain ("mount the horse" is a verb).
      const name = words[w + 1];
      if (name && name.index === t.index + 1 && isCapitalised(name.text) && (name.tag === 'noun' || name.tag === 'name') && !starts.has(name.start)) (extra ??= []).push(added('environment', 'placeName', `${t.norm} ${name.norm}`, t, name, text));
    }
    if ((f & SENSE_PLACE_SUFFIX) !== 0 && w > 0) {
      // "Victoria Falls", "Angel Falls": capitalised after a capitalised name, outside a title, it ends the place's name.
      const name = words[w - 1]!;
      if (name.index === t.index - 1 && isCapitalised(t.text) && isCapitalised(name.text) && (name.tag === 'noun' || name.tag === 'name') && !titleCase.has(t.sentence) && !startsMatchAt(starts, name, ['environment'])) (extra ??= []).push(added('environment', 'placeName', `${name.norm} ${t.norm}`, name, t, text));
    }
    if ((f & SENSE_PLACE) !== 0 && !starts.has(t.start)) {
      if (isCapitalised(t.text)) {
        const next = tokens[t.index + 1];
        const prev = tokens[t.index - 1];
        // "Paris Hilton", "Jordan Peterson": a place name followed by another name is a person,
        // unless it ends a longer place name ("New York Hot-Dog Cart").
        const longerName = prev !== undefined && prev.kind === 'word' && prev.end < t.start && isCapitalised(prev.text) && PLACE_NAME_PREFIX_SET.has(prev.norm);
        if (!longerName && next && next.kind === 'word' && isCapitalised(next.text) && (flags[next.index]! & SENSE_PLACE) === 0 && !titleCase.has(t.sentence) && !starts.has(next.start)) continue;
        // "Jack London": a first name before it.
        if (prev && prev.pos.includes('name') && prev.end < t.start && isCapitalised(prev.text) && (flags[prev.index]! & SENSE_PLACE) === 0 && !starts.has(prev.start) && !titleCase.has(t.sentence)) continue;
      } else if (t.norm.length < 4 || t.tag === 'verb' || (LOWERCASE_NOT_PLACE_SET.has(t.norm) && !(placedAfter(words, w) && !modifies(isWordToken(tokens[t.index + 1]) ? tokens[t.index + 1] : undefined)))) {
        // Users type place names in lower case ("mumbai", "new york"); short ones are mostly
        // abbreviations or words ("st", "ave"), and some are mostly common words unless a
        // preposition of place puts them there ("a china cup", but "in ancient china").
        continue;
      }
      if (titleOf(words, w, starts)) continue;
      // "Captain America", "captain america running": a person's title right before a place name,
      // opening its phrase, makes a name.
      const title = words[w - 1];
      if (title && title.index === t.index - 1 && startsSubjectKind(starts, title, 'person') && words[w - 2]?.tag !== 'det') continue;
      // "A Chihuahua is looking at you", "a Havana between his lips": after "a" a place name that
      // modifies no noun names a thing called after the place ("a Tokyo street" is in Tokyo).
      const article = words[w - 1];
      if (article && article.index === t.index - 1 && (article.norm === 'a' || article.norm === 'an') && !modifies(words[w + 1]?.index === t.index + 1 ? words[w + 1] : undefined)) continue;
      if (originOf(words, w, starts) || styleAfter(words, w)) continue;
      // "a Yorkshire terrier", "a Bengal tiger": a place name before an animal names its breed,
      // before a person after an article where they come from ("a Sparta warrior").
      const animal = words[w + 1];
      if (animal && animal.index === t.index + 1 && (startsSubjectKind(starts, animal, 'animal') || (article?.tag === 'det' && article.index === t.index - 1 && startsSubjectKind(starts, animal, 'person')))) continue;
      // "a chicago pizza", "montreal recipes": before a dish a place name names its kind, unless a
      // noun follows the dish ("a new york pizza shop" is in New York; DISH_WORDS).
      if (animal && animal.index === t.index + 1 && (DISH_SET.has(animal.norm) || DISH_SET.has(animal.lemma)) && tokens[animal.index + 1]?.tag !== 'noun') continue;
      (extra ??= []).push(added('environment', 'placeName', t.norm, t, t, text));
    } else if ((f & SENSE_VIEW) !== 0 && !startsMatchAt(starts, t, ['camera'])) {
      // "camera clockwise": a camera noun before a way of turning is a move without its verb.
      const next = words[w + 1];
      if (next && next.clause === t.clause && HEADING_SET.has(next.norm) && CAMERA_SUBJECTS.has(t.norm) && t.tag === 'noun') (extra ??= []).push(added('camera', 'movement', `${t.norm} ${next.norm}`, t, next, text));
      const device = DEVICE_SET.has(t.norm) ? filmingDevice(words, w) : undefined;
      if (device && !startsMatchAt(starts, device, ['camera'])) (extra ??= []).push(added('camera', 'lens', `${device.norm} ${t.norm}`, device, t, text));
      const steady = stabilityBefore(words, w);
      if (steady && !startsMatchAt(starts, steady, ['camera'])) (extra ??= []).push(added('camera', 'static', `${steady.norm} ${t.norm}`, steady, t, text));
    } else if ((f & SENSE_AIM) !== 0 && (t.tag === 'verb' || t.norm.endsWith('ed')) && !startsMatchAt(starts, t, ['camera'])) {
      const camera = aimedCamera(words, w);
      if (camera) (extra ??= []).push(added('camera', 'angle', `camera ${t.lemma}`, camera, t, text));
    } else if ((f & SENSE_BACKDROP) !== 0) {
      const look = backdropLook(words, w, starts);
      if (look) (extra ??= []).push(added('environment', 'backdrop', t.norm, look.start < t.start ? look : t, look.start < t.start ? t : look, text));
    } else if (startsWithDigit(t.norm) && CLOCK_TIME.test(t.norm)) {
      (extra ??= []).push(added('environment', 'time', t.norm, t, t, text));
    } else if (t.kind === 'number') {
      const next = tokens[t.index + 1];
      if (next && next.kind === 'word' && TIME_SUFFIX_SET.has(next.norm) && Number(t.norm) >= 1 && Number(t.norm) <= 12) {
        (extra ??= []).push(added('environment', 'time', `${t.norm} ${next.norm}`, t, next, text));
      }
    }
  }
  for (const m of locatives(tokens, words, out, text, flags)) (extra ??= []).push(m);
  if (extra) {
    out.push(...extra);
    sortSmall(out, byStartThenLongest);
  }
  return out;
}

/** Word `w` follows a preposition of place other than "from" or "by" (origins, authors), an adjective at most between ("in ancient china"). */
function placedAfter(words: readonly Token[], w: number): boolean {
  let p = words[w - 1];
  if (p && p.tag === 'adj' && p.index === words[w]!.index - 1) p = words[w - 2];
  return p !== undefined && p.clause === words[w]!.clause && p.tag === 'prep' && LOCATIVE.has(p.norm) && p.norm !== 'from' && p.norm !== 'by';
}

/**
 * "the queen of Russia", "princess Diana of Wales", "Lawrence of Arabia": a place name after a
 * person and "of" is part of a title, not where the shot is ("the streets of Paris" is); after an
 * idea it is a topic ("the history of Mesopotamia").
 */
function titleOf(words: readonly Token[], w: number, starts: ReadonlyMap<number, readonly LexiconMatch[]>): boolean {
  // "president of north korea": a title reaches past a compass word or another prefix of a place name.
  const prefixed = w > 0 && PLACE_NAME_PREFIX_SET.has(words[w - 1]!.norm) && words[w - 1]!.index === words[w]!.index - 1;
  let at = prefixed ? w - 1 : w;
  // "the history of the Soviet Union", "the king of the Netherlands": an article may come between.
  if (!prefixed && at > 0 && words[at - 1]!.norm === 'the' && words[at - 1]!.index === words[at]!.index - 1) at--;
  const of = words[at - 1];
  const who = words[at - 2];
  if (!of || !who || of.norm !== 'of' || who.clause !== words[at]!.clause || who.index !== of.index - 1 || of.index !== words[at]!.index - 1) return false;
  // "the people of Tokyo" live there: only one person holds a title. "the history of Mesopotamia"
  // is a topic, not where the shot is ("the destruction of new york" stays: an event there).
  const person = who.norm === who.lemma && who.norm !== 'people' && startsSubjectKind(starts, who, 'person');
  return prefixed ? person : who.tag === 'name' || ABSTRACT_SET.has(who.norm) || person;
}

/**
 * "a knight from Camelot", "a girl from tokyo", "people from east timor", "a man from the
 * Philippines": after a person or a creature and "from", a place name (past a compass word or
 * another prefix of a name, or "the") is an origin.
 */
function originOf(words: readonly Token[], w: number, starts: ReadonlyMap<number, readonly LexiconMatch[]>): boolean {
  let at = w;
  if (at > 0 && PLACE_NAME_PREFIX_SET.has(words[at - 1]!.norm) && words[at - 1]!.index === words[at]!.index - 1) at--;
  if (at > 0 && words[at - 1]!.norm === 'the' && words[at - 1]!.index === words[at]!.index - 1) at--;
  const from = words[at - 1];
  if (!from || from.norm !== 'from' || from.index !== words[at]!.index - 1 || at < 2 || !originFrom(words, at - 1)) return false;
  return startsSubjectKind(starts, words[at - 2]!, 'person') || startsSubjectKind(starts, words[at - 2]!, 'animal');
}

/**
 * "Tokyo style", "anime japan style", "Memphis style illustration": a place name right before a
 * manner noun (MANNER_NOUNS) names a style, not where the shot is. `w` is the name's last word.
 */
function styleAfter(words: readonly Token[], w: number): boolean {
  const u = words[w + 1];
  return u !== undefined && u.index === words[w]!.index + 1 && u.clause === words[w]!.clause && MANNER_SET.has(u.norm);
}

/** A place name of several words from WordNet ("soviet union", "east timor"): read by the tests a name of one word is. */
let gazetteerPhrases: ReadonlySet<string> | undefined;
function gazetteerNameNoSetting(words: readonly Token[], m: LexiconMatch, starts: ReadonlyMap<number, readonly LexiconMatch[]>): boolean {
  if (!(gazetteerPhrases ??= new Set(PLACE_PHRASES.split('|'))).has(m.term)) return false;
  const first = wordIndexOf(words, m.tokenStart);
  const last = wordIndexOf(words, m.tokenEnd - 1);
  return first >= 0 && last >= 0 && (titleOf(words, first, starts) || originOf(words, first, starts) || styleAfter(words, last));
}

/** The position in `words` of the word at token index `index`, or -1. */
function wordIndexOf(words: readonly Token[], index: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = words[mid]!.index;
    if (at === index) return mid;
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** "a steady and smooth perspective", "smooth, stable footage": the stability word before a view noun. */
function stabilityBefore(words: readonly Token[], w: number): Token | undefined {
  const t = words[w]!;
  let found: Token | undefined;
  for (let k = w - 1; k >= 0 && k >= w - 4; k--) {
    const u = words[k]!;
    if (u.sentence !== t.sentence || u.end > t.start) break;
    if (STABILITY_SET.has(u.norm)) found = u;
    else if (u.norm !== 'and' && u.tag !== 'adj' && u.tag !== 'adv') break;
  }
  return found;
}

/**
 * The word that says what a backdrop looks like: a colour or look word just before it ("a
 * white seamless backdrop") or after a linking verb ("the background is black").
 */
function backdropLook(words: readonly Token[], w: number, starts: ReadonlyMap<number, readonly LexiconMatch[]>): Token | undefined {
  const t = words[w]!;
  let found: Token | undefined;
  for (let k = w - 1; k >= 0 && k >= w - 3; k--) {
    const u = words[k]!;
    if (u.clause !== t.clause || !(u.tag === 'adj' || u.tag === 'noun' || u.norm.includes('-') || BACKDROP_LOOK_SET.has(u.norm))) break;
    const dash = u.norm.indexOf('-');
    if (BACKDROP_LOOK_SET.has(dash > 0 ? u.norm.slice(0, dash) : u.norm)) found = u;
  }
  if (found) return found;
  // "a backdrop of tall evergreen trees", "a background of muted pastel colors": what it is made of
  // is its look; people and animals there are not ("a background of a dog and cat crying").
  const of = words[w + 1];
  if (of && of.norm === 'of' && of.index === t.index + 1) {
    for (let k = w + 2; k < words.length && k <= w + 5; k++) {
      const u = words[k]!;
      if (u.tag === 'det' || u.tag === 'num' || describing(u) || u.norm === 'and') continue;
      return u.tag === 'noun' && !startsSubjectKindIn(starts, u, BEING_KINDS) && !ABSTRACT_SET.has(u.norm) ? u : undefined;
    }
    return undefined;
  }
  // "the background features a vibrant carnival", "the backdrop shows tall pine trees": what it
  // shows is the setting, as after "of"; people and animals there are not (BACKDROP_SHOWS).
  const shows = words[w + 1];
  if (shows && shows.index === t.index + 1 && shows.tag === 'verb' && BACKDROP_SHOW_SET.has(shows.lemma)) {
    for (let k = w + 2; k < words.length && k <= w + 6 && words[k]!.clause === t.clause; k++) {
      const u = words[k]!;
      // "soft light", "colorful bokeh": another category's term is no setting.
      if (startsOtherCategory(starts, u)) return undefined;
      if (u.tag === 'det' || u.tag === 'num' || describing(u) || u.norm === 'and') continue;
      if (u.tag !== 'noun' || startsSubjectKindIn(starts, u, BEING_KINDS)) return undefined;
      // The head ends a run of nouns ("a retro game loading screen" is a screen).
      let head = u;
      while (words[k + 1]?.tag === 'noun' && words[k + 1]!.index === head.index + 1) head = words[++k]!;
      return !ABSTRACT_SET.has(head.norm) && !NOT_PLACE_SET.has(head.norm) && !NOT_PLACE_SET.has(head.lemma) ? head : undefined;
    }
    return undefined;
  }
  // "the background to be black", "the background should be white"
  const l = words[w + 2]?.norm === 'be' ? w + 2 : w + 1;
  const link = words[l];
  if (!link || link.clause !== t.clause || !(BACKDROP_LINK_SET.has(link.norm) || link.norm === 'be')) return undefined;
  for (let k = l + 1; k < words.length && k <= l + 3 && words[k]!.clause === t.clause; k++) {
    if (BACKDROP_LOOK_SET.has(words[k]!.norm)) return words[k];
  }
  return undefined;
}

const scratch = new Scratch();

/** The word before `t` is none of its clause, a determiner, a preposition or a conjunction. */
function opensPhrase(tokens: readonly Token[], t: Token): boolean {
  const prev = tokens[t.index - 1];
  return !prev || prev.clause !== t.clause || prev.tag === 'det' || prev.tag === 'prep' || prev.tag === 'conj';
}

/** A describing word: an adjective or a participle ("ancient", "lit", "carved"). */
function describing(u: Token | undefined): boolean {
  return u !== undefined && (u.tag === 'adj' || (u.tag === 'verb' && u.verbForm === 'ed') || u.norm === 'lit');
}

/**
 * Word `k` goes on a phrase a determiner opened, between describing words: an adjective after a
 * comma or after "and" ("an ancient, dimly lit tomb", "a smooth, reflective surface"), "and"
 * itself, or an -ly adverb before "lit" ("a dimly lit crypt"). A bounded look-back.
 */
function joinedModifiers(tokens: readonly Token[], words: readonly Token[], k: number): boolean {
  const u = words[k]!;
  const prev = words[k - 1]!;
  // Only the light of the place: "a tightly closed bud", "a fully formed chrysalis" are no places.
  if (u.tag === 'adv') return u.norm.endsWith('ly') && words[k + 1]?.norm === 'lit' && words[k + 1]!.index === u.index + 1 && determinerOpens(words, k);
  if (u.tag === 'conj') return (u.norm === 'and' || u.norm === 'or') && describing(prev) && (describing(words[k + 1]) || words[k + 1]?.tag === 'adv') && determinerOpens(words, k);
  // An adjective after a comma (the only token between) or after "and".
  const comma = u.index === prev.index + 2 && tokens[prev.index + 1]!.text === ',';
  return (comma ? describing(prev) : prev.norm === 'and' || prev.norm === 'or') && describing(u) && determinerOpens(words, k);
}

/** A determiner opens the phrase ending before word `k`, with describing words only between (at most 4 back). */
function determinerOpens(words: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const v = words[j]!;
    if (v.tag === 'det') return true;
    if (!(describing(v) || v.tag === 'adv' || v.norm === 'and' || v.norm === 'or')) return false;
  }
  return false;
}

/** The noun phrase after "of" at word `k` is a feeling or an idea ("of deceit", "of pure despair"; not "of a war"): at most two describing words before it. */
function ideaAfterOf(words: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 3; j++) {
    const u = words[j]!;
    if (u.tag === 'det' || describing(u)) continue;
    return u.tag === 'noun' && (IDEA_SET.has(u.norm) || abstractEnding(u.norm));
  }
  return false;
}

/** An environment term (marked 2 in `covered`) or a place-sensitive noun between `from` and `to` (exclusive). */
function placeWordBefore(tokens: readonly Token[], covered: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (covered[i] === 2 || (t.tag === 'noun' && (PLACE_SENSITIVE_SET.has(t.norm) || PLACE_SENSITIVE_SET.has(t.lemma)))) return true;
  }
  return false;
}

/** "the United States", "the United Arab Emirates": a nation's name, though "state" alone is no place. */
function unitedName(tokens: readonly Token[], head: Token): boolean {
  if (!isCapitalised(head.text)) return false;
  const before = tokens[head.index - 1];
  const first = before && before.norm !== 'united' && isCapitalised(before.text) ? tokens[head.index - 2] : before;
  return first !== undefined && first.norm === 'united' && isCapitalised(first.text);
}

/** A past participle right before "by" ("struck by", "surrounded by", "written by"). */
function agentiveBy(prev: Token, by: Token): boolean {
  if (prev.clause !== by.clause || prev.index !== by.index - 1 || !prev.pos.includes('verb')) return false;
  return prev.verbForm === 'ed' || ((prev.tag === 'adj' || prev.tag === 'verb') && (prev.norm.endsWith('ed') || prev.norm.endsWith('en')) && prev.norm !== prev.lemma);
}

/** The word before a preposition makes its object a target, a source, a topic or an author (NOT_PLACE_AFTER_WORDS). */
function notPlaceAfter(words: readonly Token[], w: number): boolean {
  const p = words[w]!;
  let v = words[w - 1]!;
  // "stares intently at", "looks up at"
  if ((v.tag === 'adv' || v.tag === 'prep') && w > 1) v = words[w - 2]!;
  if (v.clause !== p.clause) return false;
  const before = NOT_PLACE_AFTER.get(p.norm);
  return before !== undefined && (before.has(v.lemma) || before.has(v.norm));
}

/**
 * "from" right after a noun ("Shinji from Evangelion", "a letter from MIT"), not a verb ("rises
 * from the depths") or a view ("a view from space", "the Earth from orbit").
 */
function originFrom(words: readonly Token[], w: number): boolean {
  const prev = words[w - 1]!;
  // "Earth from space", "a city from orbit": where the camera is.
  if (w + 1 < words.length && SEEN_FROM_SET.has(words[w + 1]!.norm)) return false;
  // A word that can be a verb may be one the tagger missed ("a being rises from the depths").
  return prev.clause === words[w]!.clause && prev.index === words[w]!.index - 1 && (prev.tag === 'noun' || prev.tag === 'name') && !prev.pos.includes('verb') && !VIEW_SET.has(prev.norm);
}

/**
 * "Gojo from jujutsu kaisen", "Naruto from naruto shippuden": a capitalised word no place or
 * other category's term covers, not a place name, then "from" and a phrase with no determiner: a character and the
 * work or the group it comes from, typed in lower case ("a dog from the village" has one).
 */
function nameBeforeBareFrom(words: readonly Token[], w: number, covered: ArrayLike<number>): boolean {
  const name = words[w - 1]!;
  const next = words[w + 1];
  return isCapitalised(name.text) && !isAllCaps(name.text) && covered[name.index] === 0 && !isPlaceName(name.norm) && next !== undefined && next.tag !== 'det' && !POSSESSIVES.has(next.norm);
}

/**
 * "bender from futurama", "hinata from naruto": after a noun, "from" and only words the lexicon
 * does not list, none a place name, name the work or the world a character comes from, typed in
 * lower case. (The lexicon lists the words whose class is in doubt, not every plain noun: a bare
 * one it lacks reads the same way, "a scene from window", "souls from stardust", and names where
 * something comes from, not the setting.)
 */
function unknownWorkAfter(words: readonly Token[], w: number, head: Token): boolean {
  for (let k = w + 1; k < words.length && words[k]!.index <= head.index; k++) {
    const u = words[k]!;
    if (listedWord(u.norm, u.lemma) || isPlaceName(u.norm)) return false;
  }
  return true;
}

/** A film gauge ("35mm", "16mm") or a model code mixing letters and digits ("r5", "5d", "800t"); not a decade or an ordinal. */
const MODEL_CODE = /^(?:\d+mm|[a-z]+\d[a-z\d]*|\d+[a-z]+\d*)$/;
const NOT_MODEL_CODE = /^\d+(?:s|st|nd|rd|th|k|p|d|fps)$/;

/**
 * Tokens `from` to `to` (exclusive) name the equipment that films, not a place: a camera, phone or
 * lens maker or a film stock (`CAMERA_MAKES`, a production name: "canon eos r5", "cinestill 800t",
 * "unreal engine 5"), a device ("a vhs camcorder", "a 50mm lens") or a gauge or model code ("35mm",
 * "a7s"). Read after a filming verb and its preposition ("shot on", "filmed with"), by the senses
 * pass and by the component map.
 */
export function namesEquipment(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    if (CAMERA_MAKE_SET.has(norm) || EQUIPMENT_NOUN_SET.has(norm) || productionNameEnd(tokens, i) >= 0) return true;
    if (MODEL_CODE.test(norm) && !NOT_MODEL_CODE.test(norm)) return true;
  }
  return false;
}

/** The word after `words[k]` is a garment (`garment` marks its tokens) in the same phrase, typed right after it. */
function garmentAfter(words: readonly Token[], k: number, garment: Int32Array): boolean {
  const u = words[k]!;
  const v = words[k + 1];
  return v !== undefined && v.index === u.index + 1 && v.clause === u.clause && v.start - u.end === 1 && v.tag === 'noun' && garment[v.index] === 1;
}

/** After "and" at `words[k]`, the noun its phrase ends in names a person or a creature (`being` marks them). */
function beingAfterAnd(words: readonly Token[], k: number, being: Int32Array): boolean {
  for (let j = k + 1; j < words.length && j <= k + 4; j++) {
    const u = words[j]!;
    if (u.clause !== words[k]!.clause) return false;
    if (u.tag === 'noun') return being[u.index] === 1 && words[j + 1]?.tag !== 'noun';
    if (u.tag !== 'det' && u.tag !== 'adj' && u.tag !== 'num') return false;
  }
  return false;
}

/** A verb of change before word `w`, an adverb at most between: "gradually shifting from". */
function changeBefore(words: readonly Token[], w: number): boolean {
  let k = w - 1;
  if (k > 0 && words[k]!.tag === 'adv') k--;
  const v = words[k];
  return v !== undefined && v.clause === words[w]!.clause && v.pos.includes('verb') && CHANGE_FROM_SET.has(v.lemma);
}

/** The place a phrase names, from its first word to its head: "on a sunlit branch", "Setting: a dressing table". */
function locativeMatch(text: string, first: Token, head: Token): LexiconMatch {
  return { category: 'environment', kind: 'locative', term: head.lemma, text: text.slice(first.start, head.end), start: first.start, end: head.end, tokenStart: first.index, tokenEnd: head.index + 1 };
}

/** A capitalised name with no determiner that is not a place: the author after "by", the origin after "from". */
function authorName(t: Token): boolean {
  return t.tag !== 'det' && isCapitalised(t.text) && !isPlaceName(t.norm) && !PLACE_NAME_PREFIX_SET.has(t.norm);
}

/**
 * Whether word `w` opens the value of a setting field: after its colon, or on the line under its
 * heading. The field's name is the word right before the colon ("a glow in the background
 * Message: 1 Attachment" is a message).
 */
function settingValue(tokens: readonly Token[], words: readonly Token[], w: number, text: string): boolean {
  const label = words[w - 1];
  if (label === undefined || !SETTING_FIELD_SET.has(label.norm)) return false;
  return inFieldValue(tokens, words[w]!.index, SETTING_FIELD_SET) || (label.sentence !== words[w]!.sentence && headingWord(text, tokens, label));
}

/**
 * A concrete noun after a preposition of place is where the shot happens, listed or not: "on a
 * branch", "at a waterhole", "down a rain-filled gutter", "around a stump". People, body parts,
 * clothing, abstract nouns and the other categories' terms are not places ("in a red coat",
 * "in his hand", "in slow motion", "in the style of", "in disbelief", "over coffee"). "in front
 * of the house" looks past "front of" to "house"; a vehicle after it ("in front of a car") is
 * beside the subject, not its setting ("on top of a car" is).
 */
function locatives(tokens: readonly Token[], words: readonly Token[], matches: readonly LexiconMatch[], text: string, flags: ArrayLike<number>): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  let covered: Int32Array | undefined;
  // Per token: 1 inside a vehicle, 2 at the end of a light or sound word.
  let vehicle: Int32Array | undefined;
  // Per token: 1 inside the name of a person, an animal or a creature.
  let being: Int32Array | undefined;
  // Per token: 1 at the last word of another category's term of several words ("close up").
  let termEnd: Int32Array | undefined;
  // Per token: 1 inside a garment.
  let garment: Int32Array | undefined;
  // Per token: 1 at an adjective that is a light word of its own ("dim", "shadowy"), or a crowd
  // word used as an adjective ("crowded").
  let lightAdjective: Int32Array | undefined;
  // Token marks from the matches, made once (not a scan of every match per phrase: long prompts).
  const blocked = () => {
    if (!covered) {
      scratch.reset();
      covered = scratch.ints(tokens.length);
      vehicle = scratch.ints(tokens.length);
      being = scratch.ints(tokens.length);
      termEnd = scratch.ints(tokens.length);
      garment = scratch.ints(tokens.length);
      lightAdjective = scratch.ints(tokens.length);
      for (const m of matches) {
        const mark = m.category === 'environment' ? 2 : NOT_PLACE_CATEGORIES.has(m.category) || (m.category === 'subject' && NOT_PLACE_KINDS.has(m.kind)) ? 1 : 0;
        if (mark) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = Math.max(covered[i]!, mark);
        if (mark === 1 && m.tokenEnd - m.tokenStart > 1) termEnd[m.tokenEnd - 1] = 1;
        if (m.category === 'subject' && m.kind === 'vehicle') for (let i = m.tokenStart; i < m.tokenEnd; i++) vehicle[i] = 1;
        if (m.category === 'subject' && BEING_KINDS.has(m.kind)) for (let i = m.tokenStart; i < m.tokenEnd; i++) being[i] = 1;
        if (m.category === 'subject' && m.kind === 'clothing') for (let i = m.tokenStart; i < m.tokenEnd; i++) garment[i] = 1;
        // Light and sound words, before "from": "light from a single bulb" names a source; a
        // subject that sings or calls from somewhere is there ("sings from a nearby branch").
        if (m.category === 'lighting' || (m.category === 'audio' && tokens[m.tokenEnd - 1]!.tag !== 'verb')) vehicle[m.tokenEnd - 1] = 2;
        if (m.category === 'lighting' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart]!.tag === 'adj') lightAdjective[m.tokenStart] = 1;
        // "in a crowded bar": a crowd word describing the place says how full it is.
        if (m.category === 'subject' && m.kind === 'crowd' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart]!.tag === 'adj') lightAdjective[m.tokenStart] = 1;
      }
    }
    return covered;
  };
  for (let w = 0; w < words.length; w++) {
    const p = words[w]!;
    // "next to a building" is "beside a building".
    const nextTo = p.norm === 'to' && w > 0 && words[w - 1]!.norm === 'next' && words[w - 1]!.index === p.index - 1;
    const first = nextTo ? words[w - 1]! : p;
    // "flies into uncharted space": after travel "into" enters a place (TRAVEL_INTO); an
    // imperative opening its sentence is a figure ("Dive into this sleep hack").
    const traveller = w > 0 ? words[w - 1]! : undefined;
    const entered = p.norm === 'into' && traveller !== undefined && traveller.index === p.index - 1 && TRAVEL_INTO_SET.has(traveller.lemma) && !(traveller.norm === traveller.lemma && (w === 1 || words[w - 2]!.sentence !== traveller.sentence));
    if (((flags[p.index]! & SENSE_LOCATIVE) === 0 && !nextTo && !entered) || (p.tag !== 'prep' && p.tag !== 'adv' && p.tag !== 'adj' && p.tag !== 'conj')) continue;
    // "rolling up a yoga mat", "cut down a tree", "takes off his coat": after a verb that does not
    // travel, "up", "down" and "off" are its particle and its object is no place ("climbs up a
    // tree", "jumps off the couch" travel; a word the lexicon does not know may be a typo of one
    // that does: "rifing down a slide").
    if ((p.norm === 'up' || p.norm === 'down' || p.norm === 'off') && traveller !== undefined && traveller.known && traveller.index === p.index - 1 && (traveller.tag === 'verb' || traveller.verbForm === 'ing') && (!ALONG_PATH_SET.has(traveller.lemma) || (p.norm === 'off' && OFF_PARTICLE_SET.has(traveller.lemma)))) continue;
    // "a fight between two men": after anything but a verb "between" relates two things (RELATING_PREPOSITIONS).
    if (RELATING_SET.has(p.norm) && !(traveller !== undefined && traveller.index === p.index - 1 && (traveller.tag === 'verb' || traveller.verbForm === 'ing' || traveller.verbForm === 'ed'))) continue;
    // "falls and near misses", "a near miss": after a determiner or a conjunction "near" describes.
    if (p.norm === 'near' && w > 0 && words[w - 1]!.index === p.index - 1 && (words[w - 1]!.tag === 'det' || words[w - 1]!.tag === 'conj')) continue;
    if (p.norm === 'by' && w > 0 && words[w - 1]!.norm === words[w + 1]?.norm) continue;
    // "struck by a drumstick", "painted by Monet": after a past participle, "by" names who or what does it.
    if (p.norm === 'by' && w > 0 && agentiveBy(words[w - 1]!, p)) continue;
    // "watched over by an old master", "carried away by the wind": a particle may stand between.
    if (p.norm === 'by' && w > 1 && PHRASAL_PARTICLE_SET.has(words[w - 1]!.norm) && words[w - 1]!.index === p.index - 1 && agentiveBy(words[w - 2]!, words[w - 1]!)) continue;
    // "looks at the viewer", "made from clay", "based on a legend", "art by Moebius": not a place.
    if (w > 0 && notPlaceAfter(words, w)) continue;
    // "style by Hayao Miyazaki": "by" and a name is the author ("by Lake Como" is a place);
    // "by stating", "by achieving": "by" and an -ing verb is a means.
    if (p.norm === 'by' && w + 1 < words.length && (authorName(words[w + 1]!) || words[w + 1]!.verbForm === 'ing')) continue;
    // "close up footage", "zoom in clock": a particle ending another category's term opens no place
    // ("pans across a newsroom", "filmed on a movie set" still do).
    if (PARTICLE_SET.has(p.norm) && (blocked(), termEnd![p.index] === 1)) continue;
    let head: Token | undefined;
    // "in front of a car": the vehicle is beside the subject, not around it.
    let throughOf = false;
    // Where the words that must not be another category's start: after "of" when looked through.
    let from = p.index;
    let k = w + 1;
    // The clause the phrase is in: a comma between describing words does not end it.
    let clause = p.clause;
    for (; k < words.length; k++) {
      const u = words[k]!;
      // "within an ancient, dimly lit tomb", "on a smooth, reflective surface", "in a dimly lit
      // crypt": after a determiner, a comma or "and" between describing words, or an -ly adverb
      // before "lit", goes on to the noun they describe ("from a tightly closed bud" does not).
      if (!head && k > w + 1 && joinedModifiers(tokens, words, k)) {
        clause = u.clause;
        if (u.tag === 'conj') continue;
      }
      // Two spaces end a field ("a dark street  Message: …", "zoom in  Message: …"), except after
      // an article, a typo ("swinging on a  tree").
      else if (u.clause !== clause || u.index !== words[k - 1]!.index + 1 || (words[k - 1]!.tag !== 'det' && u.start - words[k - 1]!.end > 1) || NOT_NOUN_SET.has(u.norm)) break;
      if (u.tag === 'adv' && !head && k > w + 1 && joinedModifiers(tokens, words, k)) continue;
      // A number is a year, a decade, an age or a format, never the place: "in the 1990s", "in 3d",
      // "at a 1970s disco" (the disco is), "in a train 4k".
      // After a place word, or any noun before a format ("3d", "4k"), a number starts a tag typed
      // after it: "in a hall 2d animation" is in a hall, "on a green sweatshirt 3d effect" on no place.
      if (startsWithDigit(u.norm)) {
        if (head && (PLACE_SENSITIVE_SET.has(head.norm) || PLACE_SENSITIVE_SET.has(head.lemma) || FORMAT_TAG.test(u.norm) || DIMENSIONS.test(u.norm))) break;
        continue;
      }
      // "next to each other": a pronoun, whatever follows it.
      if (u.norm === 'other' && words[k - 1]!.norm === 'each') break;
      // "in the style cyberpunk": what follows a noun of manner names the manner.
      if (head && MANNER_SET.has(head.norm)) break;
      // "in a cyberpunk setting": a genre word before a non-place head names no place.
      if (head && NOT_PLACE_SET.has(u.norm) && u.pos.includes('noun')) head = u;
      // "in a Disney-style animated world", "a cave-like room": a compound of likeness describes.
      else if (u.tag === 'noun' && !(u.norm.includes('-') && LIKENESS_COMPOUND.test(u.norm))) head = u;
      else if (u.tag === 'det' || u.tag === 'adj' || u.tag === 'num' || u.tag === 'pron' || u.norm.endsWith("'s") || (u.tag === 'verb' && (u.verbForm === 'ed' || u.verbForm === 'ing')) || u.norm.includes('-')) {
        // "in a old money aesthetic suit", "in a silk white gown": a describing word between a noun
        // and a garment goes on to the garment, which the noun before it describes (not after a
        // place word: "over the city cyberpunk flowing robe" is over the city).
        if (head && u.tag === 'adj' && (blocked(), garmentAfter(words, k, garment!)) && !placeWordBefore(tokens, covered!, from, u.index)) {
          head = words[++k]!;
          continue;
        }
        if (head) break;
      } else if (u.norm === 'of' && head && PLACE_THROUGH_OF_SET.has(head.norm)) {
        head = undefined; // "in front of", "on top of", "in the middle of": the place follows.
        throughOf = words[k - 1]!.norm !== 'top';
        from = u.index;
      } else break;
    }
    // "from emergence to flight", "in farming vehicle automation", "through corrosion", "in a
    // state of tranquility": a noun of process or quality that no place term covers names no place
    // ("at the station", "a spacestation", "at the entrance" are places).
    if (head && PROCESS_ENDING.test(head.lemma) && !PLACE_PROCESS_SET.has(head.lemma) && !head.lemma.endsWith('station') && blocked()[head.index] !== 2) continue;
    // A stage the senses pass took for a phase ("in caterpillar stage") is no place here either.
    // "in a data center" is a facility, "in the center" a position.
    if (!head || head.tag !== 'noun' || abstractEnding(head.norm) || garmentEnding(head.norm) || PHASE_PLACE_SET.has(head.lemma)) continue;
    // "at a baseball game", "in a basketball game": a sport's game is held on its ground (GROUND_SPORTS).
    const sportVenue = SPORT_EVENT_SET.has(head.norm) && head.index > p.index + 1 && GROUND_SPORT_SET.has(tokens[head.index - 1]!.norm) && words[k]?.norm !== 'of';
    if ((NOT_PLACE_SET.has(head.norm) || NOT_PLACE_SET.has(head.lemma)) && !sportVenue && !(words[k]?.norm !== 'of' && PLACE_AFTER_PREPOSITION_SET.has(`${p.norm} ${head.norm}`)) && !(FACILITY_HEAD_SET.has(head.norm) && head.index > p.index + 1 && tokens[head.index - 1]!.tag === 'noun') && !unitedName(tokens, head)) continue;
    // "nibbling at it bit by bit", "side by side": a noun repeated around "by" is an adverbial.
    if (words[k]?.norm === 'by' && words[k + 1]?.norm === head.norm) continue;
    // "text in Spanish", "name typed in hindi": a language, not a place.
    if (LANGUAGE_SET.has(head.norm)) continue;
    // "in the stock market": a trade, not a place.
    if (head.lemma === 'market' && head.index > p.index + 1 && TRADE_MARKET_SET.has(tokens[head.index - 1]!.norm)) continue;
    // "starting fresh on Day 1", "by hour 54": a count of time, not a place.
    if (COUNTED_TIME_SET.has(head.norm) && countAfter(tokens, head)) continue;
    // "in a sea of people", "in the ring of fire": an amount or a shape, not a place.
    if (words[k]?.norm === 'of' && NOT_PLACE_BEFORE_OF_SET.has(head.norm)) continue;
    // "entangled in a web of deceit", "lost in a sea of despair": before "of" and an idea the
    // head is a figure of speech.
    if (words[k]?.norm === 'of' && ideaAfterOf(words, k)) continue;
    // "under the stars", "under a full moon": a light in the sky places the shot outdoors at a
    // time of day, though it is a light word.
    const open = UNDER_SKY_SET.has(p.norm) && SKY_LIGHT_SET.has(head.norm);
    const c = blocked();
    // "spins in a slow pirouette", "sings in a trembling note": how it moves or sounds, unless a
    // place word describes the head ("in a jungle dance").
    if ((p.norm === 'in' || p.norm === 'into') && MANNER_EVENT_SET.has(head.norm) && !placeWordBefore(tokens, c, from, head.index)) continue;
    // "transitioning from blooming flowers to seed heads", "From ancient civilizations to modern
    // conflicts": after a verb of change, or opening its sentence, "from … to …" spans states;
    // "shifting from foothold to foothold" moves along things of one kind.
    if (p.norm === 'from' && words[k]?.norm === 'to' && words[k + 1]?.norm !== head?.norm && (opensItsSentence(tokens, p) || changeBefore(words, w))) continue;
    // "a knight from Camelot", "an alien from mars": after a person or a creature, or before a
    // name, "from" says where someone comes from ("money from a bank" may still be the place).
    if (p.norm === 'from' && w > 0 && originFrom(words, w) && (c[words[w - 1]!.index] === 1 || authorName(head) || nameBeforeBareFrom(words, w, c) || unknownWorkAfter(words, w, head))) continue;
    let skip = c[head.index] !== 0 && !open;
    // "in a slow macro push": a camera phrase. "over her knuckles", "in their orbits", "over the
    // truck's surface": a possessed noun is mostly a part, a belonging or an idea, unless it is a
    // home ("in her nest", "in the fox's den") or a vehicle the subject is in ("in his car"); a
    // place owning it keeps its place ("on the lake's surface").
    const possessedPlace = DWELLING_SET.has(head.norm) || DWELLING_SET.has(head.lemma) || (vehicle![head.index] === 1 && VEHICLE_PLACE.has(p.norm));
    // A listed place owned by a noun stays a place ("in the alien's city").
    // "on the bird's wound" names no wind: a plural's lemma only.
    const ownedPlace = possessedPlace || ENVIRONMENT_WORD_SET.has(head.norm) || (head.norm.endsWith('s') && ENVIRONMENT_WORD_SET.has(head.lemma));
    // "on an alien jungle planet": a creature or a person before a place word names a kind of
    // place ("a spider verse", "a family portrait" do not). "on a sunlit branch", "in a dimly lit
    // tomb", "from across a dim bar": a light word ending in -lit, or an adjective that is a light
    // word of its own, describes the place.
    for (let i = from + 1; i < head.index && !skip; i++) {
      const t = tokens[i]!;
      // "the truck's surface", "the fox's den", "on the ship's deck", "on the lake's surface".
      const owner = t.tag === 'noun' && t.norm.endsWith("'s");
      if (owner && (ownedPlace || c[i] === 2 || ENVIRONMENT_WORD_SET.has(t.norm.slice(0, -2)) || (vehicle![i] === 1 && VEHICLE_PLACE.has(p.norm)))) continue;
      skip = (c[i] === 1 && !open && !(being![i] === 1 && t.tag === 'noun' && (c[i + 1] === 2 || PLACE_SENSITIVE_SET.has(tokens[i + 1]!.norm))) && !t.norm.endsWith('lit') && !(t.tag === 'adv' && tokens[i + 1]!.norm.endsWith('lit')) && lightAdjective![i] !== 1) || (!possessedPlace && (POSSESSIVES.has(t.norm) || owner));
    }
    if (skip) continue;
    // "fight between human and cyborg": a person or a creature on either side of "between … and"
    // makes it a relation between them, whatever the tagger read before it.
    if (RELATING_SET.has(p.norm) && words[k]?.norm === 'and' && beingAfterAnd(words, k, being!)) continue;
    if (vehicle![head.index] === 1 && (throughOf || !VEHICLE_PLACE.has(p.norm))) continue;
    if (p.norm === 'from' && p.index > 0 && vehicle![p.index - 1] === 2) continue;
    // "shot on canon eos r5", "filmed on a vhs camcorder": the equipment, not a place.
    if (w > 0 && VIEWING_SET.has(words[w - 1]!.norm) && namesEquipment(tokens, from + 1, head.index + 1)) continue;
    w = k - 1;
    found.push(locativeMatch(text, first, head));
  }
  // "Setting: a dressing table", "## Location" over "an old barn": the noun a setting field's
  // value opens with is the place, bare as it stands (SETTING_FIELDS).
  for (let w = 0; w < words.length; w++) {
    const first = words[w]!;
    if ((w > 0 && words[w - 1]!.clause === first.clause) || !settingValue(tokens, words, w, text)) continue;
    let head: Token | undefined;
    for (let k = w; k < words.length && words[k]!.clause === first.clause; k++) {
      const u = words[k]!;
      if (u.tag === 'noun') head = u;
      // A participle before the noun describes it ("a dressing table", "an abandoned barn").
      else if (head || !(u.tag === 'det' || u.tag === 'adj' || u.tag === 'num' || (u.tag === 'verb' && (u.verbForm === 'ing' || u.verbForm === 'ed')))) break;
    }
    if (!head || blocked()[head.index] !== 0 || abstractEnding(head.norm)) continue;
    found.push(locativeMatch(text, first, head));
  }
  // "burning steelworks in the background", "a lighthouse in the distance": a thing placed in the
  // scenery is part of the setting; a person, an animal or another category's term is not.
  for (const m of matches) {
    if (m.category !== 'background' || !SCENERY_POSITION_SET.has(m.term)) continue;
    const head = tokens[m.tokenStart - 1];
    if (!head || head.tag !== 'noun' || head.clause !== tokens[m.tokenStart]!.clause || text.slice(head.end, m.start).trim() !== '') continue;
    if (blocked()[head.index] !== 0 || head.pos.includes('pron') || NOT_PLACE_SET.has(head.norm) || NOT_PLACE_SET.has(head.lemma) || abstractEnding(head.norm)) continue;
    // "kids playing soccer in the background": what a verb acts on is no scenery ("burning
    // steelworks", "and destroyed buildings": a participle opening the phrase describes it).
    let k = head.index - 1;
    while (k >= 0 && tokens[k]!.clause === head.clause && (tokens[k]!.tag === 'adj' || tokens[k]!.tag === 'det' || tokens[k]!.tag === 'noun' || tokens[k]!.tag === 'num')) k--;
    const verb = k >= 0 && tokens[k]!.clause === head.clause && tokens[k]!.tag === 'verb' ? tokens[k]! : undefined;
    if (verb && !((verb.verbForm === 'ing' || verb.verbForm === 'ed') && opensPhrase(tokens, verb) && tokens[verb.index + 1]?.tag !== 'det')) continue;
    found.push({ category: 'environment', kind: 'scenery', term: head.lemma, text: text.slice(head.start, m.end), start: head.start, end: m.end, tokenStart: head.index, tokenEnd: m.tokenEnd });
  }
  return found;
}

