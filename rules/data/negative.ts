import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Exclusion phrasing ("no text overlays", "without people", "avoid blur"). */
export default {
  marker: ['no', 'without', 'avoid', 'never', 'not'],
} satisfies LexiconData;

/**
 * Words that start an exclusion instruction when they open a clause: "…, no people, no text".
 * Inside a noun phrase they describe ("a man with no shoes") and are left alone.
 */
export const EXCLUSION_MARKERS: readonly string[] = [
  'no', 'without', 'with no', 'avoid', 'avoiding', 'exclude', 'excluding', 'nothing like', 'free of', 'minus',
];

/**
 * Negations that exclude when they open a tag of their own, a past participle or a short noun
 * phrase and nothing more: "…, stock photo, not blurred, …", "clean design, not cluttered", "petting
 * an animal, not a cat". Before a state, a verb or an adverb they are prose ("not afraid", "not
 * falling", "not so pretty").
 */
export const TAG_NEGATIONS: readonly string[] = ['not'];

/**
 * Negations that make an exclusion of the verb of showing after them ("do not show faces", "the
 * video should not include text"): at the start of a clause, or after the video itself as the
 * subject ("the man does not show his face" describes him).
 */
export const NEGATED_VERB_OPENERS: readonly string[] = [
  'do not', "don't", 'dont', 'does not', "doesn't", 'doesnt', 'should not', "shouldn't", 'should never', 'must not',
  "mustn't", 'must never', 'never', 'cannot', "can't", 'will not', "won't", 'will never',
];

/**
 * Verbs of showing or including, in dictionary form: after a negation ("do not add music") or
 * before "no" ("the frame contains no logos") they exclude what follows.
 */
export const SHOWING_VERBS: readonly string[] = [
  'show', 'include', 'contain', 'add', 'display', 'depict', 'feature', 'render', 'put', 'use', 'insert', 'generate',
  'draw', 'film', 'portray', 'reveal',
];

/**
 * The video itself, as the subject of a verb of showing: "the video should not include text",
 * "the frame contains no logos" are exclusions; "the building contains no windows" describes.
 */
export const PICTURE_WORDS: readonly string[] = [
  'video', 'clip', 'footage', 'film', 'animation', 'scene', 'shot', 'frame', 'image', 'picture', 'camera', 'screen',
  'background', 'foreground', 'composition', 'output', 'result', 'render', 'sequence',
];

/**
 * Statements that something is absent from the scene ("there are no people in the shot"): an
 * exclusion when the statement is its clause, not when it describes a place ("a city where
 * there are no cars") or tells a story ("there was no escape": past tense is not listed).
 */
export const ABSENCE_STATEMENTS: readonly string[] = [
  'there is no', 'there are no', "there's no", 'theres no', 'there should be no', 'there must be no',
  'there should not be any', "there shouldn't be any", 'there must not be any', "there mustn't be any",
  "there isn't any", "there aren't any", 'there is not any', 'there are not any', 'there will be no', 'there shall be no',
  'there will not be any', "there won't be any",
];

/**
 * Whoever watches the video: as the subject of a negated verb of seeing or showing ("we never see
 * his face", "you don't see the driver") they make it an exclusion.
 */
export const VIEWERS: readonly string[] = ['we', 'you', 'the viewer', 'the viewers', 'viewers', 'the audience'];

/** Verbs of seeing or hearing, in dictionary form, that a negation after a viewer makes an exclusion ("we do not see…"). */
export const SEEING_VERBS: readonly string[] = ['see', 'hear', 'notice', 'glimpse', 'spot'];

/**
 * Negations before a word of being seen, in the present tense or with "should"/"must"/"will":
 * "faces should not be shown", "text is not displayed". The past tells a story ("his face was
 * not visible") and is not listed.
 */
export const PASSIVE_NEGATIONS: readonly string[] = [
  'is not', 'are not', "isn't", "aren't", 'is never', 'are never', 'should not be', "shouldn't be", 'should never be',
  'must not be', "mustn't be", 'must never be', 'will not be', "won't be", 'will never be', 'cannot be', "can't be",
  'can never be',
];

/**
 * Words for being in the picture, as written: after a passive negation they keep its subject out
 * ("the logo must not be visible", "faces should not be shown"). Not "drawn" ("the curtains are
 * not drawn") nor "added" or "used", which describe a process ("the salt is not added").
 */
export const VISIBILITY_WORDS: readonly string[] = [
  'visible', 'shown', 'seen', 'heard', 'displayed', 'depicted', 'featured', 'included', 'revealed', 'in view', 'in frame',
  'in the frame', 'in shot', 'in the shot', 'on screen', 'onscreen', 'on-screen',
];

/** Words that can come before an exclusion at the start of its clause ("and", "please", "make sure"). */
export const CLAUSE_LEADS: readonly string[] = [
  'and', 'but', 'also', 'please', 'so', 'then', 'plus', 'make sure', 'make sure that', 'ensure', 'ensure that',
  'be sure', 'be sure that',
];

/**
 * Emphasis that makes a "no" after "with" or "without" an exclusion ("a lake with absolutely no
 * camera shake", "with no logos whatsoever"), and a clause of its own ("Absolutely no text").
 * As the object of a verb it still describes: "he has absolutely no idea".
 */
export const EMPHATIC_NEGATION: readonly string[] = ['absolutely', 'strictly', 'whatsoever'];

/**
 * Words around an all-caps "NO …" that make it on-screen text, not a shouted exclusion: "the
 * sign reads NO PARKING", "a NO SMOKING sign". Matched in dictionary form too ("reads", "signs").
 */
export const ON_SCREEN_TEXT_CUES: readonly string[] = [
  'read', 'say', 'sign', 'signpost', 'word', 'written', 'writing', 'letter', 'lettering', 'label', 'labeled',
  'labelled', 'banner', 'caption', 'title', 'titled', 'slogan', 'poster', 'text', 'spell', 'sticker', 'stamp',
  'stamped', 'placard', 'headline', 'logo',
];

/**
 * Words that tie what follows to one stage of the video ("Initially, no growth is observed", "…,
 * ending with the stream frozen, with no visible water flow"): an absence at one stage describes
 * how the scene changes, not what to leave out of the whole video.
 */
export const STAGE_PHRASES: readonly string[] = [
  'initially', 'at first', 'at the start', 'at the beginning', 'at the end', 'by the end', "by the video's end",
  'eventually', 'starting with', 'starts with', 'start with', 'beginning with', 'begins with', 'ending with', 'ends with',
  'end with', 'by hour',
];

/**
 * Words that end what an exclusion names and begin what it says of it ("no other elements in the
 * frame to distract from the plant", "no grass just concrete", "text that can be described", "no
 * human subjects are present"): the negative-prompt field gets only the things.
 */
export const EXCLUDED_TAIL_WORDS: readonly string[] = [
  'that', 'which', 'who', 'whose', 'as', 'because', 'while', 'since', 'so', 'except', 'just', 'only', 'but', 'instead',
  'present', 'in sight', 'is', 'are', 'should', 'must', 'will', 'can',
];

/**
 * Phrases that describe rather than exclude: pronouns and idioms ("no one walks by", "No escape
 * from the dark figure", "left with no chance"), "no more" saying something stops ("No more
 * waiting!"), and "without" of manner ("leaves without a word").
 */
export const NOT_EXCLUSIONS: readonly string[] = [
  'no one', 'nobody', 'no longer', 'no more', 'no more than', 'no matter', 'no doubt', 'no sooner', 'no less', 'no way',
  'no need', 'without a word', 'without warning', 'without hesitation', 'without hesitating', 'without regret',
  'without error', 'without fail', 'without delay', 'without question', 'without a doubt',
  'without a trace', 'without end', 'no escape', 'no mercy', 'no hope', 'no chance', 'no return',
];

/**
 * Labels that introduce an inline negative prompt or a section of exclusions, before a colon
 * ("Negative prompt: blurry, watermark", "Avoid: text, logos", `"negative_prompt": "blur"`).
 */
export const NEGATIVE_LABELS: readonly string[] = [
  'negative prompt', 'negative prompts', 'negatives', 'negative', 'negative-prompt', 'avoid', 'exclude', 'exclusions',
  'do not include', "don't include", 'do not show', "don't show",
];
export const NEGATIVE_FLAGS: readonly string[] = ['no', 'neg', 'negative'];
/** Flag names that open a negative list without their dash when a quotation follows (`neg "blurry"`): not English words. */
export const NEGATIVE_QUOTED_LIST_WORDS: readonly string[] = ['neg'];
