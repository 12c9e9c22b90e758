import type { LexiconData } from '../../src/analysis/lexicon.js';

/** The suggested value for a resolution no model renders. */
const HIGHEST = 'the highest the model offers';

/**
 * Generation settings written as prose: resolution, frame rate, duration and aspect ratio.
 * The default export feeds the analysis lexicon; the named exports are the patterns
 * `no-settings-in-prose` reads (numbers with units, ratios, Midjourney-style flags).
 */
export default {
  resolution: ['480p', '720p', '1080p', '1440p', '2160p', '2k', '4k', '8k', '16k', 'full hd', 'ultra hd', 'uhd', 'hd', 'high definition', 'high def', 'hi def'],
  frameRate: ['fps', 'frames per second', 'frame rate'],
} satisfies LexiconData;

/**
 * Written resolutions (lowercase) → the setting value to suggest. `4K` as a quality tag is still a
 * resolution request: a named resolution, a standard or a number of pixels, belongs to this rule,
 * while unnamed praise of sharpness ("high resolution", "highly detailed") is a quality tag of
 * `no-abstract-adjectives`. Sizes beyond any model's ("16k", "32k") ask for the highest one.
 */
export const RESOLUTION_WORDS: Readonly<Record<string, string>> = {
  '240p': '240p', '360p': '360p', '480p': '480p', '540p': '540p', '576p': '576p', '720p': '720p', '768p': '768p',
  '1024p': '1024p', '1080p': '1080p', '1080i': '1080p', '1440p': '1440p', '2160p': '2160p', '4320p': '4320p',
  '2k': '1440p', '4k': '2160p', '5k': '2880p', '6k': '3160p', '8k': '4320p', uhd: '2160p', fhd: '1080p', qhd: '1440p',
  hd: '720p', fullhd: '1080p', ultrahd: '2160p', '10k': HIGHEST, '12k': HIGHEST, '16k': HIGHEST, '32k': HIGHEST, '64k': HIGHEST,
};

/** Two-word resolution names; written glued or hyphenated too ("ultra-HD", "fullhd"). */
export const RESOLUTION_PHRASES: Readonly<Record<string, string>> = {
  'full hd': '1080p',
  'ultra hd': '2160p',
  'quad hd': '1440p',
  'high definition': '720p',
  'high def': '720p',
  'hi def': '720p',
};

/** Units that make a number a frame rate: "24 fps", "60fps", "30 frames per second". */
export const FRAME_RATE_UNITS: readonly string[] = ['fps', 'frames per second', 'frames a second'];

/** Units that make a number a duration. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1, min: 60, mins: 60, minute: 60, minutes: 60,
};

/**
 * A duration is a request for the clip's length only when it is about the clip: followed by one
 * of these ("20 seconds long", "an 8 second video") or introduced by one of the lead words
 * ("duration 10 s", "lasting 8 seconds"). "Two seconds later" and "over 3 seconds" stay prose.
 */
export const DURATION_FOLLOWERS: readonly string[] = [
  'long', 'video', 'videos', 'clip', 'clips', 'film', 'movie', 'footage', 'animation', 'sequence', 'duration',
  'length', 'runtime', 'loop', 'reel', 'commercial', 'ad', 'advert', 'trailer', 'teaser', 'short', 'timelapse', 'time-lapse',
  'scene', 'intro', 'outro', 'promo', 'montage', 'segment',
];
export const DURATION_LEADS: readonly string[] = ['duration', 'length', 'lasting', 'runtime', 'lasts', 'total'];

/**
 * Words between a length and what makes it the clip's ("a duration of at least 5 minutes", "the
 * video should be 10 seconds", "a video longer than 3 seconds", "make it 10 seconds"). Walking
 * back over at most four of them reaches a lead word, the verb "last" ("must last 30 seconds",
 * not "the last 5 seconds"), a clip's word, or a verb of making. "at" counts before "least" or
 * "most" only, and "for" only after a lead word: "a video for 10 seconds" may be watched in the story.
 */
export const DURATION_LINKS: readonly string[] = [
  ':', '=', 'of', 'for', 'is', 'be', 'are', 'should', 'must', 'will', 'would', 'needs', 'need', 'has', 'to', 'about', 'around',
  'approximately', 'roughly', 'exactly', 'only', 'just', 'max', 'maximum', 'minimum', 'least', 'most', 'than', 'longer',
  'more', 'under', 'up', 'it',
];
/** Verbs of making a clip, whose object may be its length: "generate 10 seconds of rain", "make it 10 seconds". */
export const DURATION_MAKERS: readonly string[] = ['make', 'generate', 'create', 'produce', 'render'];
/** Words after a length that put it in the story: "the scene is 2 seconds later", "make it 5 seconds before dawn". */
export const DURATION_STORY_AFTER: readonly string[] = ['later', 'earlier', 'after', 'before', 'ago', 'into', 'left', 'remaining', 'pass', 'passed'];

/**
 * A duration standing alone between these is a list item of its own ("a fox runs, 10 seconds",
 * "…at dusk. 8 sec."): a request for the clip's length, with or without a follower or lead.
 * A glued "10s" is left out (decades, "the 20s"), and "(3 seconds)" in a shot list times a shot.
 */
export const DURATION_ITEM_BEFORE: readonly string[] = [',', ';', '.', '!'];
export const DURATION_ITEM_AFTER: readonly string[] = [',', ';', '.', '!'];

/** Spelled-out numbers a duration may use ("twenty seconds long"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
};

/** Aspect ratios people write; other "N:M" (times, scores) are left alone. */
export const ASPECT_RATIOS: readonly string[] = [
  '16:9', '9:16', '1:1', '4:3', '3:4', '21:9', '9:21', '4:5', '5:4', '3:2', '2:3', '2:1', '1.85:1', '2.35:1', '2.39:1', '2.4:1',
];

/**
 * Words after a resolution or ratio that keep it a setting ("4K footage", "16:9 aspect ratio").
 * Any other noun makes it a description of a thing in the scene ("a 16:9 TV", "a 4K monitor").
 */
export const SETTING_FOLLOWERS: readonly string[] = [
  'resolution', 'quality', 'format', 'aspect', 'ratio', 'frame', 'framing', 'widescreen', 'vertical', 'horizontal',
  'landscape', 'portrait', 'video', 'videos', 'clip', 'footage', 'film', 'movie', 'render', 'rendering', 'output',
  'image', 'photo', 'wallpaper', 'hdr', 'uhd', 'detail', 'details', 'detailed', 'cinematic', 'realistic', 'ultra',
  'fps', 'frames', 'shot', 'realism', 'photorealism', 'hyperrealism', 'photorealistic', 'hyperrealistic', 'clarity',
  'sharpness', 'texture', 'textures', 'graphics', 'visuals', 'imagery', 'images', 'photography', 'cinematography',
  'animation', 'masterpiece', 'scene', 'scenes', 'view', 'views', 'vista', 'time-lapse', 'timelapse', 'cinema', 'macro',
  'aerial', 'picture', 'pictures', 'style',
];

/**
 * A resolution or ratio followed by a noun describes a thing only inside a noun phrase that one
 * of these opens, directly or across adjectives: "a 4K monitor", "my old 16:9 TV". Elsewhere
 * ("16:9 zoom out", "4k anime wallpaper") it is a request.
 */
export const THING_DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'each', 'every',
  'another', 'one', 'two', 'three', 'some', 'any', 'no',
];

/** Flag names written apart from their value ("ar 16:9", "-- ar 16:9", "- fps 24"): the range takes them back. */
export const VALUE_FLAG_NAMES: Readonly<Record<string, 'resolution' | 'frame rate' | 'aspect ratio'>> = {
  ar: 'aspect ratio', aspect: 'aspect ratio', size: 'aspect ratio', fps: 'frame rate', res: 'resolution',
};

/**
 * A clause that only states a setting ("The resolution is set to 4K", "The video ratio is
 * 9:16"): every word before the value is one of these, and one names the setting. Its
 * removal takes the whole clause.
 */
export const SETTING_LEAD_WORDS: readonly string[] = [
  'the', 'a', 'an', 'video', 'videos', 'clip', 'output', 'final', 'aspect', 'ratio', 'resolution', 'frame', 'rate',
  'framerate', 'fps', 'duration', 'length', 'runtime', 'format', 'quality', 'is', 'are', 'should', 'must', 'will', 'be',
  'set', 'to', 'of', 'at', 'in', 'with', 'has', 'have', 'make', 'it', 'its', 'use', 'using', 'please', 'and',
  'shot', 'filmed', 'rendered', 'recorded', 'captured',
];
/** Setting names, or verbs of capture ("Shot in 8K, a fox runs"): one makes a clause a statement of the setting. */
export const SETTING_LEAD_NOUNS: readonly string[] = [
  'ratio', 'resolution', 'rate', 'framerate', 'fps', 'duration', 'length', 'runtime', 'format',
  'shot', 'filmed', 'rendered', 'recorded', 'captured',
];

/** Words absorbed into the removal with the setting: "in 4K", "at 60fps", "4K resolution". */
export const ABSORB_BEFORE: readonly string[] = ['in', 'at'];
/** Words before a value that its removal takes only where the value ends its phrase, which would strand them: "3D and 4k, motion", "a fox with 4K resolution." */
export const ABSORB_BEFORE_ENDING: readonly string[] = ['and', 'or', 'with'];
export const ABSORB_AFTER: readonly string[] = ['resolution', 'res', 'quality', 'format', 'aspect ratio', 'ratio', 'long', 'duration', 'length'];
/**
 * Words that grade a resolution without being praise the abstract lexicon knows: "ultra 4k", "in
 * crisp 8K resolution". With praise ("in stunning 4K"), they go with the value when it is removed.
 */
export const RESOLUTION_GRADES: readonly string[] = ['ultra', 'super', 'hyper', 'full', 'crisp', 'sharp', 'pristine'];
/**
 * Grade words that, after a resolution and closing its list item, are its name cut short ("…, 8k
 * ultra", "iceberg cultural 4K high"): they go with the value. Before another word they stay
 * ("4K ultra realistic").
 */
export const TRAILING_GRADES: readonly string[] = ['ultra', 'super', 'high', 'hyper'];
/** A resolution flag's number that is a standard frame's width names that frame: "-res 1920p" asks for 1080p. */
export const FRAME_WIDTHS: Readonly<Record<string, string>> = { '1280': '720p', '1920': '1080p', '2560': '1440p', '3840': '2160p', '7680': '4320p' };
/** Time-lapse in one word; "time lapse" in two is read too. A high-speed rate in such a prompt gets no slow-motion advice. */
export const TIME_LAPSE_WORDS: readonly string[] = ['timelapse', 'time-lapse', 'timelapses', 'time-lapses', 'hyperlapse', 'hyper-lapse'];
/** After a frame rate, the words naming it go with it: "60fps high frame rate". */
export const ABSORB_AFTER_FRAME_RATE: readonly string[] = ['high frame rate', 'frame rate', 'framerate'];

/**
 * Tool parameters written as flags that take words or nothing: Pika's "-camera zoom in" and
 * "-hide", Midjourney's "--style raw". With the flags that take a number ("-motion 2", "--seed 7")
 * and the negative ones ("-neg blur"), they close the line they start on.
 */
export const WORD_FLAGS: readonly string[] = ['camera', 'cam', 'hide', 'style', 'tile'];

/**
 * The WORD_FLAGS that take words after them ("-camera zoom in", "--style raw"). With none, right
 * after a word, the dash is a hyphen typed with a space ("Clueless -Style, …"), not a flag.
 */
export const VALUE_WORD_FLAGS: readonly string[] = ['camera', 'cam', 'style'];

/**
 * Names of a tool's parameters that take a number ("-gs 20", "-motion 2"): written without their
 * dash or apart from it ("gs 25", "- motion 2"), before a number they are still a setting.
 */
export const NUMBER_FLAGS: readonly string[] = ['gs', 'motion', 'movement', 'seed', 'guidance', 'cfg'];

/**
 * Fields of a tool's form written into the prompt, a capitalised name and a colon: Pika's
 * "Message: HELLO (Font: MODERN)" sets the text laid over the video and its font.
 */
export const TOOL_FIELDS: readonly string[] = ['message', 'font'];

/**
 * The moves Pika's camera flag takes ("-camera zoom in", "- camera pan left"): after a dash
 * written apart from it, "camera" is the flag only before one of these.
 */
export const CAMERA_FLAG_MOVES: readonly string[] = ['zoom', 'pan', 'rotate', 'tilt', 'orbit'];

/** Midjourney-style flags (`--ar 16:9`) → the setting they ask for. */
export const SETTING_FLAGS: Readonly<Record<string, 'resolution' | 'frame rate' | 'duration' | 'aspect ratio'>> = {
  ar: 'aspect ratio', aspect: 'aspect ratio', fps: 'frame rate', duration: 'duration', dur: 'duration', seconds: 'duration',
  length: 'duration', res: 'resolution', resolution: 'resolution', size: 'resolution',
};
