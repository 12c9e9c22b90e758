import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { removalFix } from '../src/engine/removal.js';
import { lowerCaseSet, perOptions } from '../src/engine/word-options.js';
import { DASHES, isWordToken, startsWithDigit } from '../src/analysis/tokenize.js';
import { MAX_JOINS_BEFORE_FLAG, NUMBER_NAMES, flagDash, flagWord, gluedFlag, joinedAt, joinedGluedCut, touching as glued, valueEnd } from '../src/analysis/flags.js';
import { lowestFrom, nearestResolution, offersResolution, resolutionFloor, resolutionHeight } from '../src/config/models/resolution.js';
import { FIRST_FRAME } from '../src/config/models/define.js';
import type { ModelProfile, PromptAnalysis, Token } from '../src/types.js';
import {
  ABSORB_AFTER,
  ABSORB_AFTER_FRAME_RATE,
  ABSORB_BEFORE,
  ABSORB_BEFORE_ENDING,
  ASPECT_RATIOS,
  DURATION_FOLLOWERS,
  DURATION_ITEM_AFTER,
  DURATION_ITEM_BEFORE,
  DURATION_LEADS,
  DURATION_LINKS,
  DURATION_MAKERS,
  DURATION_STORY_AFTER,
  DURATION_UNITS,
  FRAME_RATE_UNITS,
  NUMBER_WORDS,
  RESOLUTION_PHRASES,
  RESOLUTION_WORDS,
  SETTING_FLAGS,
  SETTING_FOLLOWERS,
  SETTING_LEAD_NOUNS,
  SETTING_LEAD_WORDS,
  RESOLUTION_GRADES,
  FRAME_WIDTHS,
  THING_DETERMINERS,
  TRAILING_GRADES,
  TIME_LAPSE_WORDS,
  VALUE_FLAG_NAMES,
} from './data/setting.js';

/**
 * Resolution, frame rate, duration and aspect ratio are generation settings. Written into the
 * prompt they are at best ignored and at worst drawn (a "4K" badge, a letterbox); the setting
 * itself decides the output. Each finding names the setting and suggests removing the words.
 */
type Setting = 'resolution' | 'frame rate' | 'duration' | 'aspect ratio';
const MESSAGE: Record<Setting, 'resolution' | 'frameRate' | 'duration' | 'aspectRatio'> = {
  resolution: 'resolution',
  'frame rate': 'frameRate',
  duration: 'duration',
  'aspect ratio': 'aspectRatio',
};

const DEFAULTS = {
  settings: ['resolution', 'frame rate', 'duration', 'aspect ratio'] as Setting[],
  aspectRatios: [...ASPECT_RATIOS],
  thingDeterminers: [...THING_DETERMINERS],
  leadWords: [...SETTING_LEAD_WORDS],
  leadNouns: [...SETTING_LEAD_NOUNS],
  flags: { ...SETTING_FLAGS } as Record<string, Setting>,
};

const schema = () =>
  z
    .strictObject({
      settings: z
        .array(z.enum(['resolution', 'frame rate', 'duration', 'aspect ratio']))
        .default(['resolution', 'frame rate', 'duration', 'aspect ratio'])
        .describe('Which settings to look for.'),
      aspectRatios: z.array(z.string()).default([...ASPECT_RATIOS]).describe('Ratios recognised as aspect-ratio requests.'),
      thingDeterminers: z
        .array(z.string())
        .default([...THING_DETERMINERS])
        .describe('Determiners and possessives that make "VALUE noun" a described thing ("a 4K monitor", "my old 16:9 TV"); without one, "16:9 zoom out" is a request.'),
      leadWords: z
        .array(z.string())
        .default([...SETTING_LEAD_WORDS])
        .describe('Words of a clause that only states a setting ("The resolution is set to 4K"); its removal takes the whole clause.'),
      leadNouns: z
        .array(z.string())
        .default([...SETTING_LEAD_NOUNS])
        .describe('Setting names or verbs of capture, one of which such a clause must contain ("ratio", "resolution", "shot in").'),
      flags: z
        .record(z.string(), z.enum(['resolution', 'frame rate', 'duration', 'aspect ratio']))
        .default({ ...SETTING_FLAGS })
        .describe('Flag names, without their dashes, and the setting each asks for ("--ar 16:9", "-fps24", "AR-16:9").'),
    })
    .default(DEFAULTS);

const RES_WORDS = new Map(Object.entries(RESOLUTION_WORDS));
const RES_PHRASES = new Map(Object.entries(RESOLUTION_PHRASES));
const WIDTHS = new Map(Object.entries(FRAME_WIDTHS));
const DURATION = new Map(Object.entries(DURATION_UNITS));
const NUMBERS = new Map(Object.entries(NUMBER_WORDS));
const FOLLOWERS = new Set(SETTING_FOLLOWERS);
const DUR_FOLLOWERS = new Set(DURATION_FOLLOWERS);
const DUR_LEADS = new Set(DURATION_LEADS);
const ITEM_BEFORE = new Set(DURATION_ITEM_BEFORE);
const ITEM_AFTER = new Set(DURATION_ITEM_AFTER);
const BEFORE = new Set(ABSORB_BEFORE);
const BEFORE_ENDING = new Set(ABSORB_BEFORE_ENDING);
const AFTER = ABSORB_AFTER.map((p) => p.split(' '));
const AFTER_WORDS = new Set(ABSORB_AFTER.flatMap((p) => p.split(' ')));
const AFTER_FRAME_RATE = ABSORB_AFTER_FRAME_RATE.map((p) => p.split(' '));
const FPS_UNITS = FRAME_RATE_UNITS.map((p) => p.split(' '));
const DIMENSIONS = /^(\d{3,4})x(\d{3,4})$/;
const GLUED_FPS = /^(\d{1,4}(?:\.\d+)?)-?fps$/;
/**
 * Video plays at 60 fps at most; a higher rate ("120fps", "shot at 240 fps") is a high-speed
 * camera's, which films for slow motion. No model makes such video, and setting the nearest
 * rate it does make would not give the slow-motion look either.
 */
const HIGH_SPEED_FPS = 60;
/** Slow motion in one word, the words that ask for the look ("slow motion" and "slow mo" are two). */
const SLOW_MOTION = new Set(['slow-motion', 'slowmotion', 'slo-mo', 'slowmo', 'slow-mo', 'slomo']);
const SLOW_MOTION_PAIR = { first: 'slow', second: new Set(['motion', 'mo']) };
const TIME_LAPSE = new Set(TIME_LAPSE_WORDS);
const TIME_LAPSE_PAIR = { first: 'time', second: new Set(['lapse', 'lapses']) };

/**
 * Where the prompt asks for a look, as written: one of its one-word forms ("slow-mo",
 * "time-lapse") or its two words ("slow motion", "time lapse"); undefined when it does not.
 */
function askedFor(text: string, tokens: readonly Token[], single: ReadonlySet<string>, pair: { first: string; second: ReadonlySet<string> }): string | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (single.has(norm)) return tokens[k]!.text;
    if (norm === pair.first && pair.second.has(tokens[k + 1]?.norm ?? '')) return text.slice(tokens[k]!.start, tokens[k + 1]!.end);
  }
  return undefined;
}
const GLUED_DURATION = /^(\d{1,3})(s|sec|secs|second|seconds|min|mins|minute|minutes)$/;
/** A flag's value in lines, listed or not: "-res 1920p". */
const LINES = /^\d{3,4}p$/i;
/** Below this a number is no resolution: "-size 70" is a text size. */
const MIN_LINES = 240;
/** Multiplication signs between a width and a height, as typed or scraped as markup. */
const TIMES_MARKS = new Set(['\u00D7', '&#215;', '&times;']);
/** "10-second", "one-minute-long": tried only on a word that opens with a digit or a number word. */
const HYPHEN_DURATION = /^(\d{1,3}|[a-z]+)-(s|sec|secs|second|seconds|min|mins|minute|minutes)(?:-(long))?$/;
const LINKS = new Set(DURATION_LINKS);
const MAKERS = new Set(DURATION_MAKERS);
const STORY_AFTER = new Set(DURATION_STORY_AFTER);
/** A range of whole numbers written as one token: "3-5", "10-15". */
const NUMBER_RANGE = /^(\d{1,3})-(\d{1,3})$/;
/** Units written in the singular, as before the noun they describe: "a 10 second vertical video". */
const SINGULAR_UNITS = new Set(['second', 'sec', 'minute', 'min']);

const VALUE_FLAGS = new Map(Object.entries(VALUE_FLAG_NAMES));
/** "fps30": a frame-rate flag glued to its value without a dash. */
const GLUED_UNIT_FPS = /^fps(\d{1,3}(?:\.\d+)?)$/;

interface Compiled {
  wanted: Set<string>;
  ratios: Set<string>;
  determiners: Set<string>;
  lead: Set<string>;
  leadNouns: Set<string>;
  flags: ReadonlyMap<string, Setting>;
}
const compile = perOptions((o: z.infer<ReturnType<typeof schema>>): Compiled => ({
  wanted: new Set(o.settings),
  ratios: new Set(o.aspectRatios),
  determiners: lowerCaseSet(o.thingDeterminers),
  lead: lowerCaseSet(o.leadWords),
  leadNouns: lowerCaseSet(o.leadNouns),
  flags: new Map(Object.entries(o.flags).map(([k, v]) => [k.toLowerCase().replace(/^[-\u2013\u2014]+/, ''), v])),
}));

interface Finding {
  setting: Setting;
  value: string;
  /** Token index range, half-open: what the diagnostic points at. */
  from: number;
  to: number;
  /** Where the removal starts when it takes a word before the range ("of" in "a video of 2 seconds"). */
  removeFrom?: number;
  /** Where the range ends when the next flag is chained on to the value's word ("-ar16:9-gs 22"). */
  endChar?: number;
  /** Where the range starts inside its first word: the dash of "colorful-ar 16:9". */
  startChar?: number;
}

/** A flag's value as the setting would take it: "--fps 24" → "24 fps", "--res 1080" → "1080p". */
function flagValue(setting: Setting, value: string): string | undefined {
  const numeric = /^\d+(?:\.\d+)?$/.test(value);
  // A flag that also names other sizes ("-size 70" for text) asks for a resolution only with one.
  // A lone flag ("-res", "-res, 24") asks for no value: the `value || NO_VALUE` below.
  if (setting === 'resolution' && value !== '' && (numeric ? Number(value) < MIN_LINES : !RES_WORDS.has(value.toLowerCase()) && !DIMENSIONS.test(value.toLowerCase()) && !LINES.test(value))) return undefined;
  if (setting === 'frame rate' && numeric) return `${value} fps`;
  if (setting === 'duration' && numeric) return `${value} s`;
  if (setting === 'resolution') {
    const lines = numeric ? value : LINES.test(value) ? value.slice(0, -1) : undefined;
    return lines !== undefined ? (WIDTHS.get(lines) ?? `${lines}p`) : (RES_WORDS.get(value.toLowerCase()) ?? value);
  }
  return value || NO_VALUE;
}

/** The value of a flag written without one ("-fps" alone, "-fps,24"): nothing to set it to. */
const NO_VALUE = '';

/** Quotes around a flag's value: '--ar "16:9"'. */
const VALUE_QUOTES = new Set(['"', '&quot;', '\u201c', '\u201d', "'"]);
/** Marks typed between a flag's name and its value: "-ar: 16:9", "--fps=24". */
const VALUE_MARKS = new Set([':', '=']);
/** Marks of a list, typed between a flag's name and its value only before one: "-fps,24", "-ar; 16:9", not "-fps, cinematic". */
const LIST_MARKS = new Set([',', ';']);

/**
 * The mark between the flag's name at token `i` and its value, if any: a colon, an equals sign or
 * a quote, or a comma or semicolon glued to the name before a value of the form its setting takes
 * ("-fps,24", "-ar, 9:16"; in "-ar, 4k, cinematic" the flag has no value).
 */
function valueMark(tokens: readonly Token[], i: number, setting: Setting): string | undefined {
  const mark = tokens[i + 1];
  if (mark === undefined || !sameSentence(tokens, i, i + 1)) return undefined;
  if (VALUE_MARKS.has(mark.text) || VALUE_QUOTES.has(mark.text)) return mark.text;
  return LIST_MARKS.has(mark.text) && glued(tokens, i, i + 1) && sameSentence(tokens, i, i + 2) && takesValue(tokens, i + 2, setting) ? mark.text : undefined;
}

/** Token k opens a value of the setting's form: a ratio for an aspect ratio, a resolution, or a number of frames or seconds. */
function takesValue(tokens: readonly Token[], k: number, setting: Setting): boolean {
  const v = tokens[k];
  if (v === undefined) return false;
  if (setting === 'resolution') return resolutionOf(v) !== undefined || (v.kind === 'number' && Number(v.norm) >= MIN_LINES);
  if (v.kind !== 'number') return false;
  if (setting !== 'aspect ratio') return true;
  const next = tokens[k + 1]?.text ?? '';
  return ((RATIO_COLONS.has(next) || RATIO_MARKS.has(next)) && glued(tokens, k, k + 1)) || TYPED_RATIO.test(v.norm);
}

/** Punctuation between two names of one resolution: "4K/UHD", "uhd, 4k", "4K (UHD)". */
const JOINERS = new Set(['/', ',', '(']);
/** "70s film", "90s commercial": a glued "20s"…"90s" reads as a decade, so it is left alone. */
const DECADES = new Set(['20', '30', '40', '50', '60', '70', '80', '90']);
const PHRASE_FIRST = new Set(Object.keys(RESOLUTION_PHRASES).map((p) => p.split(' ')[0]!));
const PHRASE_SECOND = new Set(Object.keys(RESOLUTION_PHRASES).map((p) => p.split(' ')[1]!));
/** Every word without a digit or hyphen that can open a request: the rest are skipped at once. */
const OPENERS = new Set<string>([...RES_WORDS.keys(), ...PHRASE_FIRST, ...NUMBERS.keys(), 'fps']);

/** Below this length a word is not read as a misspelling: short words one letter apart are other words ("format", "formal"). */
const MIN_MISSPELT = 7;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * `typed` is `word` with one letter added or dropped, two letters swapped, or one vowel written for
 * another, as misspellings go ("defintion", "qaulity", "defination", "resulution"); another
 * consonant makes another word ("revolution").
 */
function oneEditAway(typed: string, word: string): boolean {
  const d = typed.length - word.length;
  if (d > 1 || d < -1 || typed === word) return false;
  let k = 0;
  while (k < typed.length && k < word.length && typed[k] === word[k]) k++;
  if (d === 1) return typed.slice(k + 1) === word.slice(k);
  if (d === -1) return typed.slice(k) === word.slice(k + 1);
  if (typed[k] === word[k + 1] && typed[k + 1] === word[k] && typed.slice(k + 2) === word.slice(k + 2)) return true;
  return VOWELS.has(typed[k]!) && VOWELS.has(word[k]!) && typed.slice(k + 1) === word.slice(k + 1);
}

/**
 * `typed` is the settings word `word`, or a misspelling of it one edit away with the same first
 * letter, when the word is long enough that such a neighbour is rarely another word ("high
 * defination", "4k qaulity", "8k resulution"). Only read where the settings word is expected.
 */
function spelled(typed: string, word: string, minLength = MIN_MISSPELT): boolean {
  return typed === word || (word.length >= minLength && typed[0] === word[0] && oneEditAway(typed, word));
}

/** From this length a word keeps its sense through two slips of any letter, if its first three stand ("resoulotion", "resolusion"; not "revolution"). */
const MIN_TWICE_MISSPELT = 10;

/** At most `most` letters added, dropped, changed or swapped (an optimal string alignment distance, cut off above it). */
function editsWithin(typed: string, word: string, most: number): boolean {
  if (Math.abs(typed.length - word.length) > most) return false;
  // Rows of the distance table, reused: the words are at most a dozen letters.
  let before = editRows[0]!, prev = editRows[1]!, row = editRows[2]!;
  for (let j = 0; j <= word.length; j++) prev[j] = j;
  for (let i = 1; i <= typed.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= word.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (typed[i - 1] === word[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > most) return false;
    [before, prev, row] = [prev, row, before];
  }
  return prev[word.length]! <= most;
}
const editRows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** A long word cut short to at least this many letters keeps its sense after a value: "4k reso". */
const MIN_CUT = 4;

/**
 * `typed` is a word that follows a setting's value ("resolution"), as `spelled` reads it or, for
 * a long word whose first three letters stand, cut short ("reso"), two slips away, or three in a
 * word of the same length ending as it does ("resultaion"; not "restoration").
 */
function spelledAfter(typed: string, word: string): boolean {
  if (spelled(typed, word)) return true;
  if (word.length < MIN_TWICE_MISSPELT || word.length >= 30 || typed.length >= 30 || !typed.startsWith(word.slice(0, 3))) return false;
  if (typed.length >= MIN_CUT && word.startsWith(typed)) return true;
  return editsWithin(typed, word, typed.length === word.length && typed.endsWith(word.slice(-3)) ? 3 : 2);
}

/** The resolution a two-word name asks for, its second word maybe misspelt ("high defenition"). */
function phraseValue(first: string, second: string): string | undefined {
  const exact = RES_PHRASES.get(`${first} ${second}`);
  if (exact !== undefined || second.length < MIN_MISSPELT - 1) return exact;
  for (const [phrase, value] of RES_PHRASES) {
    const cut = phrase.indexOf(' ');
    if (phrase.slice(0, cut) === first && spelled(second, phrase.slice(cut + 1))) return value;
  }
  return undefined;
}

/** High definition, and what "ultra" makes of it: "ultra high definition" is ultra HD, not HD. */
const HD = RES_WORDS.get('hd')!;
const ULTRA_HD = RES_WORDS.get('uhd')!;

/**
 * A hyphenated resolution: "ultra-hd", "full-hd", "4k-uhd", "8k-resolution", "ultra-high-definition".
 * Every part is a resolution, half of a resolution name, or a format word, and one at least is a resolution.
 */
function hyphenResolution(norm: string): string | undefined {
  const cut = norm.indexOf('-');
  const head = norm.slice(0, cut);
  if (!RES_WORDS.has(head) && !PHRASE_FIRST.has(head)) return undefined;
  const parts = norm.split('-');
  let value: string | undefined;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const pair = k + 1 < parts.length ? phraseValue(part, parts[k + 1]!) : undefined;
    if (pair) {
      value ??= pair;
      k++;
    } else if (RES_WORDS.has(part)) value ??= RES_WORDS.get(part);
    else if (!FOLLOWERS.has(part) && !AFTER_WORDS.has(part)) return undefined;
  }
  return value === HD && parts[0] === 'ultra' ? ULTRA_HD : value;
}

const RATIO_WORDS = new Set(['aspect', 'ratio']);
/** Words naming the shape right before a ratio, which go with it: "video ratio 9:16", "format: 9:16", "aspect 9x16". */
const RATIO_NAMES = new Set(['ratio', 'format', 'aspect']);
const RATIO = /^\d+(?:\.\d+)?:\d+(?:\.\d+)?$/;
const RATIO_THEN_WORD = /^(\d+(?:\.\d+)?:\d+)[a-z]/i;
/** "9.16" or "16.9" after an aspect-ratio flag: a listed ratio typed with a full stop ("-ar9.16"). */
const TYPED_RATIO = /^(\d{1,2})\.(\d{1,2})$/;

/** "16x9", "9x16": a ratio written as a size. */
const X_RATIO = /^(\d{1,2})x(\d{1,2})$/;
/** "anchor-9" of "anchor-9:16": a ratio's first side typed onto the word before it. */
const HYPHEN_SIDE = /-(\d{1,2})$/;
const RATIO_SIDES = /^(\d+):(\d+)$/;

/**
 * A flag's ratio as meant: "16.9" (or "16,9") is 16:9 when 16:9 is a ratio the rule knows; an unlisted one
 * that is a wide listed ratio with one digit too many or two digits swapped is that ratio
 * ("16:19", "9:61", "19:6" → 16:9, 9:16, 16:9; of two such, the one of the same orientation);
 * anything else as written.
 */
function typedRatio(value: string, ratios: ReadonlySet<string>): string {
  // A decimal comma types the stop as well: "-ar:3,2".
  const m = TYPED_RATIO.exec(value.replace(',', '.'));
  if (m && ratios.has(`${m[1]}:${m[2]}`)) return `${m[1]}:${m[2]}`;
  const sides = ratios.has(value) ? null : RATIO_SIDES.exec(value);
  if (!sides) return value;
  // "09:16" is 9:16; "9:12" is the shape of 3:4, no typo.
  const plain = `${Number(sides[1])}:${Number(sides[2])}`;
  if (ratios.has(plain)) return plain;
  const shape = Number(sides[1]) / Number(sides[2]);
  for (const r of ratios) if (ratioValue(r) === shape) return value;
  const digits = sides[1]! + sides[2]!;
  const landscape = Number(sides[1]) > Number(sides[2]);
  let meant: string | undefined;
  let same: string | undefined;
  let count = 0;
  for (const r of ratios) {
    const w = RATIO_SIDES.exec(r);
    if (!w || Math.min(Number(w[1]), Number(w[2])) < 9 || !oneSlip(digits, w[1]! + w[2]!)) continue;
    meant = r;
    count++;
    // Of two readings, the one of the written orientation.
    if (Number(w[1]) > Number(w[2]) === landscape) same = same === undefined ? r : value;
  }
  return count === 1 ? meant! : count > 1 && same !== undefined ? same : value;
}

/** `typed` is `meant` with one extra digit, or with two of its digits swapped. */
function oneSlip(typed: string, meant: string): boolean {
  if (typed.length === meant.length + 1) {
    for (let k = 0; k < typed.length; k++) if (typed.slice(0, k) + typed.slice(k + 1) === meant) return true;
    return false;
  }
  if (typed.length !== meant.length) return false;
  let a = -1;
  let b = -1;
  for (let k = 0; k < typed.length; k++) {
    if (typed[k] === meant[k]) continue;
    if (a < 0) a = k;
    else if (b < 0) b = k;
    else return false;
  }
  return b >= 0 && typed[a] === meant[b] && typed[b] === meant[a];
}

/** "16:9", "9:16", "21:9": a listed ratio with a side of 9 or more, which a number pair rarely is by chance. */
function wideListed(a: string, b: string, ratios: ReadonlySet<string>): string | undefined {
  if (Math.min(Number(a), Number(b)) < 9) return undefined;
  const ratio = `${a}:${b}`;
  return ratios.has(ratio) ? ratio : undefined;
}

/** "16.9", "9.16", "21.9": a wide listed ratio typed with a full stop; "4.3" and "2.1" are numbers. */
function wideTypedRatio(norm: string, ratios: ReadonlySet<string>): string | undefined {
  const m = TYPED_RATIO.exec(norm);
  return m ? wideListed(m[1]!, m[2]!, ratios) : undefined;
}

/** Tokens k - 1 and k are "aspect ratio", one of the two maybe misspelt beside the other ("aspect ration", "apect ratio"). */
function aspectRatioAt(tokens: readonly Token[], k: number): boolean {
  const aspect = tokens[k - 1]?.norm ?? '';
  const ratio = tokens[k]?.norm ?? '';
  return (aspect === 'aspect' && spelled(ratio, 'ratio', 5)) || (ratio === 'ratio' && spelled(aspect, 'aspect', 6));
}

/** Where the words naming a ratio right before token i start ("aspect ratio of", "ratio:", "format", "aspect"), else i. */
function ratioNameFrom(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  // "aspect ratio, 16:9": a comma only after both words, since "…, 4K format, 16:9" lists two settings.
  const comma = tokens[k]?.text === ',';
  if (comma || VALUE_MARKS.has(tokens[k]?.text ?? '') || tokens[k]?.norm === 'of') k--;
  if (aspectRatioAt(tokens, k) && sameSentence(tokens, i, k - 1)) return k - 1;
  return !comma && RATIO_NAMES.has(tokens[k]?.norm ?? '') && sameSentence(tokens, i, k) ? k : i;
}

interface OtherRatio {
  value: string;
  /** Tokens it takes. */
  length: number;
  /** Where it starts inside its first word: the hyphen of "anchor-9:16". */
  startChar?: number;
  /** Its word names the shape: "ratio-9:16". */
  named?: boolean;
}

/** "16x9", "9x16" at token i. */
function xRatioAt(tokens: readonly Token[], i: number, ratios: ReadonlySet<string>): OtherRatio | undefined {
  const m = X_RATIO.exec(tokens[i]!.norm);
  const value = m ? wideListed(m[1]!, m[2]!, ratios) : undefined;
  return value === undefined ? undefined : { value, length: 1 };
}

/** "16 : 9", "16: 9", "16*9", "9 by 16" from the number at token i. */
function spacedRatioAt(tokens: readonly Token[], i: number, ratios: ReadonlySet<string>): OtherRatio | undefined {
  const a = tokens[i]!;
  const mid = tokens[i + 1];
  const b = tokens[i + 2];
  if (a.kind !== 'number' || b?.kind !== 'number' || !sameSentence(tokens, i, i + 2)) return undefined;
  const starred = mid!.text === '*' && glued(tokens, i, i + 1) && glued(tokens, i + 1, i + 2);
  if (mid!.text !== ':' && !starred && !(mid!.norm === 'by' && ratioNameFrom(tokens, i) < i)) return undefined;
  const value = wideListed(a.text, b.text, ratios);
  return value === undefined ? undefined : { value, length: 3 };
}

/** "anchor-9:16", "ratio-9:16": a ratio whose first side is typed onto the word before it, after a hyphen. */
function hyphenRatioAt(tokens: readonly Token[], i: number, ratios: ReadonlySet<string>): OtherRatio | undefined {
  const t = tokens[i]!;
  const last = t.norm.charCodeAt(t.norm.length - 1);
  if (last < 48 || last > 57 || tokens[i + 1]?.text !== ':' || tokens[i + 2]?.kind !== 'number' || !glued(tokens, i, i + 1) || !glued(tokens, i + 1, i + 2)) return undefined;
  const m = HYPHEN_SIDE.exec(t.norm);
  const value = m ? wideListed(m[1]!, tokens[i + 2]!.text, ratios) : undefined;
  if (value === undefined) return undefined;
  const cut = t.norm.length - m![0].length;
  const named = RATIO_NAMES.has(t.norm.slice(0, cut));
  return { value, length: 3, startChar: named ? t.start : t.start + cut, named };
}

/** Token i ends its clause or comes before a picture word: "…, 16.9", "16.9 image", "16.9 aspect". */
function standsAsSetting(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !sameSentence(tokens, i, i + 1)) return true;
  return isWordToken(next) ? FOLLOWERS.has(next.norm) : ITEM_AFTER.has(next.text);
}

/** Marks typed for a ratio's colon after a ratio flag: "ar 9/16", "-ar:16;9" (the key next to the colon's). */
const RATIO_MARKS = new Set(['/', ';']);

/** The height of a ratio written with a slash or semicolon after its width ("ar 9/16", "ar16/9", "ar3;2"): the number after the mark at token `end`. */
function slashHeight(tokens: readonly Token[], end: number): string | undefined {
  const slash = tokens[end];
  return slash !== undefined && RATIO_MARKS.has(slash.text) && glued(tokens, end - 1, end) && glued(tokens, end, end + 1) ? sideAt(tokens[end + 1]) : undefined;
}

/** "9-motion3", "9-8k": a ratio's side with the next flag chained on in the same word. */
const CHAINED_SIDE = /^(\d{1,2})-[a-z\d]/;

/** A ratio's second side at token t: a number, or the digits before a flag chained on ("16:9-motion3", "ar16/9-8k"). */
function sideAt(t: Token | undefined): string | undefined {
  if (t?.kind === 'number') return t.text;
  const m = t?.kind === 'word' ? CHAINED_SIDE.exec(t.norm) : null;
  return m ? m[1] : undefined;
}

/**
 * The settings among the flags chained on inside word `k` from its hyphen at `cut` on ("-fps24" of
 * "-gs28-fps24-motion 3", of "16-gs28-fps24" after "-ar9:"): each glued to its value, or the
 * last one's value written apart ("-gs5-ar 16:9", "-motion4-fps 24"). At most
 * MAX_JOINS_BEFORE_FLAG joins are read. Returns the token after the last one read.
 */
function pushChained(findings: Finding[], tokens: readonly Token[], k: number, cut: number, ratios: ReadonlySet<string>, flags: ReadonlyMap<string, Setting>): number {
  const t = tokens[k]!;
  const norm = t.norm;
  for (let tried = 0; cut > 0 && tried < MAX_JOINS_BEFORE_FLAG; tried++) {
    const next = norm.indexOf('-', cut + 1);
    const part = norm.slice(cut + 1, next < 0 ? norm.length : next);
    const glue = gluedFlag(part);
    const setting = glue !== undefined && !glue.hyphen ? flags.get(glue.name) : undefined;
    const startChar = joinedAt(t, cut);
    if (setting === 'aspect ratio') {
      // Only the last flag's ratio goes on past the word: "-gs5-ar16:9".
      const side = next < 0 && RATIO_COLONS.has(tokens[k + 1]?.text ?? '') && glued(tokens, k, k + 1) && glued(tokens, k + 1, k + 2) ? sideAt(tokens[k + 2]) : undefined;
      const value = side !== undefined ? `${glue!.value}:${side}` : '';
      if (RATIO.test(value)) {
        findings.push({ setting, value: typedRatio(value, ratios), from: k, to: k + 3, startChar, endChar: tokens[k + 2]!.start + side!.length });
        return k + 3;
      }
    } else if (setting !== undefined) {
      const value = flagValue(setting, glue!.value);
      if (value !== undefined) findings.push({ setting, value, from: k, to: k + 1, startChar, endChar: startChar + 1 + part.length });
    }
    if (next < 0) break;
    cut = next;
  }
  const name = joinedFlag(tokens, k, flags);
  if (name === undefined) return k + 1;
  const startChar = t.end - name.length - 1;
  const at = tokens[k + 1]!.kind === 'punct' ? k + 2 : k + 1;
  const ratio = flags.get(name) === 'aspect ratio' ? ratioAt(tokens, at) : undefined;
  findings.push({ setting: flags.get(name)!, value: ratio ? typedRatio(ratio, ratios) : `${tokens[k + 1]!.text} fps`, from: k, to: ratio ? at + 3 : k + 2, startChar });
  return ratio ? at + 3 : k + 2;
}

/**
 * The settings chained on inside the last word of a flag's value, after the value ends at text
 * offset `endChar` ("-ar 9:16-fps24", "-ar9:16-gs28-fps24"). Returns the token after the last one
 * read, `end` when nothing is chained on.
 */
function chainedAfterValue(findings: Finding[], tokens: readonly Token[], end: number, endChar: number, ratios: ReadonlySet<string>, flags: ReadonlyMap<string, Setting>): number {
  const last = tokens[end - 1]!;
  if (endChar >= last.end || last.kind !== 'word') return end;
  return Math.max(end, pushChained(findings, tokens, end - 1, last.norm.length - (last.end - endChar), ratios, flags));
}

/**
 * A flag name typed straight after a word, joined by its dash ("colorful-ar 16:9", "3-ar 16:9",
 * "bank-fps 24"): an aspect-ratio name before a ratio or a frame-rate name before a number, both
 * written apart after it. Other names are left alone: "hi-res" and "life-size" are words.
 */
function joinedFlag(tokens: readonly Token[], i: number, flags: ReadonlyMap<string, Setting>): string | undefined {
  const norm = tokens[i]!.norm;
  const cut = norm.lastIndexOf('-');
  const name = cut > 0 ? norm.slice(cut + 1) : '';
  const setting = flags.get(name);
  const next = tokens[i + 1];
  // "8k-ar: 9:16", "hd-ar;16:9": a mark glued to the name.
  const colon = next !== undefined && (VALUE_MARKS.has(next.text) || LIST_MARKS.has(next.text)) && glued(tokens, i, i + 1) ? 1 : 0;
  if (next === undefined || (colon === 0 && glued(tokens, i, i + 1)) || !sameSentence(tokens, i, i + 1)) return undefined;
  if (setting === 'aspect ratio' && VALUE_FLAGS.get(name) === setting) return ratioAt(tokens, i + 1 + colon) === undefined ? undefined : name;
  if (setting === 'frame rate') return colon === 0 && next.kind === 'number' && !glued(tokens, i + 1, i + 2) ? name : undefined;
  return undefined;
}

/**
 * Where a ratio flag glued to its value starts inside a word, after a hyphen ("road-ar16" of
 * "road-ar16:9", "cinematic-ar-16"), or -1. The caller checks the ratio's colon and height.
 */
function joinedGluedRatio(norm: string, flags: ReadonlyMap<string, Setting>): number {
  return joinedGluedCut(norm, (glue) => !glue.chained && flags.get(glue.name) === 'aspect ratio' && VALUE_FLAGS.get(glue.name) === 'aspect ratio' && glue.name !== 'size');
}

/** A frame-rate flag glued to a whole number inside a word, after a hyphen ("jerusalem-fps24"): where its hyphen is and the rate. */
function joinedGluedRate(norm: string, flags: ReadonlyMap<string, Setting>): { cut: number; rate: string } | undefined {
  const cut = norm.lastIndexOf('-');
  const glue = cut > 0 && !startsWithDigit(norm) ? gluedFlag(norm.slice(cut + 1)) : undefined;
  return glue !== undefined && !glue.hyphen && !glue.chained && flags.get(glue.name) === 'frame rate' && /^\d{1,3}$/.test(glue.value) ? { cut, rate: glue.value } : undefined;
}

/**
 * What makes the length at token i the clip's, further back than the word before it: over at
 * most four link words, a lead word ("a duration of at least 5 minutes"), the verb "last" ("must
 * last about 30 seconds"; "the last 5 seconds" is the story's), a clip's word after a link other
 * than "for" ("the video should be 10 seconds", "a video longer than 3 seconds") or a verb of
 * making ("generate 10 seconds of rain", "make it 10 seconds"; not "make a 10 second countdown").
 * `verb`: the lead word belongs in the range ("last about 30 seconds").
 */
function durationLead(tokens: readonly Token[], i: number, unitEnd: number, determiners: ReadonlySet<string>): { at: number; verb: boolean } | undefined {
  let k = i - 1;
  let links = 0;
  let viaFor = false;
  for (; k >= 0 && links < 4 && sameSentence(tokens, i, k); k--) {
    const norm = tokens[k]!.norm;
    // "at least", "at most"; "generate a 20 seconds where…".
    const link = LINKS.has(norm) || (norm === 'at' && (tokens[k + 1]!.norm === 'least' || tokens[k + 1]!.norm === 'most')) || ((norm === 'a' || norm === 'an') && MAKERS.has(tokens[k - 1]?.norm ?? ''));
    if (!link) break;
    viaFor ||= norm === 'for';
    links++;
  }
  const w = tokens[k];
  if (!isWordToken(w) || !sameSentence(tokens, i, k)) return undefined;
  if (links > 0 && DUR_LEADS.has(w.norm)) return { at: k, verb: true };
  const before = tokens[k - 1];
  if (w.norm === 'last') return isWordToken(before) && (determiners.has(before.norm) || before.tag === 'adj' || before.norm === 'at') ? undefined : { at: k, verb: true };
  if (links > 0 && !viaFor && DUR_FOLLOWERS.has(w.norm) && !LENGTH_WORDS.has(w.norm)) return { at: k, verb: false };
  if (!MAKERS.has(w.norm) || viaFor) return undefined;
  // The length is the thing made, not a word describing it: "make a 10 second countdown" is no request.
  const next = tokens[unitEnd];
  return isWordToken(next) && next.norm !== 'of' && !DUR_FOLLOWERS.has(next.norm) && (next.tag === 'noun' || next.tag === 'adj' || next.tag === 'name') ? undefined : { at: k, verb: false };
}

/** A clip's word after at most two describing words from token j: "vertical video", "3d dynamic animation". */
function clipAfterDescription(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3 && isWordToken(tokens[k]) && sameSentence(tokens, j, k); k++) {
    const w = tokens[k]!;
    if (k > j && DUR_FOLLOWERS.has(w.norm)) return true;
    if (w.tag !== 'adj' && !startsWithDigit(w.norm) && !FOLLOWERS.has(w.norm)) return false;
  }
  return false;
}

/**
 * A length that ends the prompt, or comes right before its flags, after a noun or adjective that
 * no determiner opens: "children in a chemistry laboratory 5 seconds", "realistic nature 5 sec
 * -ar 9:16". "…in the final 10 seconds", "…waits 5 seconds" and "…for 5 seconds" time the story.
 */
function closesPrompt(text: string, tokens: readonly Token[], i: number, unitEnd: number, determiners: ReadonlySet<string>): boolean {
  const next = tokens[unitEnd];
  if (next !== undefined && !(DASHES.has(next.text) && flagWord(text, tokens, unitEnd) >= 0)) return false;
  const before = tokens[i - 1];
  // A word that may be a verb may time its action: "a man waits 5 seconds".
  if (!isWordToken(before) || !sameSentence(tokens, i - 1, i) || (before.tag !== 'noun' && before.tag !== 'name' && before.tag !== 'adj') || before.pos.includes('verb')) return false;
  // "…16:9 motion 5 s": a tool's number flag written without its dash.
  if (NUMBER_NAMES.has(before.norm)) return false;
  const opener = tokens[i - 2];
  return !(isWordToken(opener) && (determiners.has(opener.norm) || opener.norm.endsWith("'s")));
}

/** Words of a clip's length, not its kind: "a short 10 seconds" is no "video 10 seconds". */
const LENGTH_WORDS = new Set(['long', 'short', 'duration', 'length', 'runtime']);

/**
 * A clip's word right before its length, which closes the clause: "a video 20 seconds", "cinematic
 * motion video 10 sec."; "the scene 2 seconds later" times the story.
 */
function clipWordBefore(tokens: readonly Token[], i: number, unitEnd: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[unitEnd];
  return isWordToken(before) && tokens[i]!.kind === 'number' && !LENGTH_WORDS.has(before.norm) && DUR_FOLLOWERS.has(before.norm) && (next === undefined || ITEM_AFTER.has(next.text) || !sameSentence(tokens, i, unitEnd));
}

/**
 * The clip's word at token k is the thing asked for: over at most three describing words (a
 * determiner, adjectives, nouns of a compound, "me"), it opens its clause or follows a verb of making ("make me a funny
 * video", "…, motivational video"), not another verb ("watches a video").
 */
function clipAsked(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= k - 4; j--) {
    const w = tokens[j];
    if (!isWordToken(w) || !sameSentence(tokens, k, j) || w.clause !== tokens[k]!.clause) return true;
    if (MAKERS.has(w.norm)) return true;
    if (w.tag !== 'det' && w.tag !== 'adj' && w.tag !== 'noun' && w.tag !== 'num' && w.norm !== 'me' && w.norm !== 'us') return false;
  }
  return false;
}

/** A short word of letters: a flag's name, known or mistyped ("-air", "-r"). */
const SHORT_NAME = /^[a-z]{1,4}$/;

/**
 * Where a listed ratio's request starts when a mistyped flag comes right before it ("-air 16:9",
 * "-r 16:9", "-AS 16:9"): at the flag's dash, so the removal leaves no stray flag; else at the ratio.
 */
function mistypedFlag(text: string, tokens: readonly Token[], i: number): number {
  const name = tokens[i - 1];
  if (name?.kind !== 'word' || !SHORT_NAME.test(name.norm) || glued(tokens, i - 1, i)) return i;
  const dash = flagDash(text, tokens, i - 1);
  return dash >= 0 ? dash : i;
}

/** A ratio's width over height ("21:9" → 2.33), or undefined for a value that is no ratio ("adaptive"). */
function ratioValue(ratio: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(ratio.replace(/\s+/g, ''));
  const r = m ? Number(m[1]) / Number(m[2]) : NaN;
  return Number.isFinite(r) && r > 0 ? r : undefined;
}

/**
 * What to set when the chosen model does not offer the duration, resolution, aspect ratio or frame
 * rate asked for: its nearest one (for a resolution beyond every model's, its highest; for a ratio the
 * closest shape, or each of a tie: "16:9 or 9:16" for a square), so the advice is a value the
 * model accepts. Undefined without a model, when the model offers the value, and when the profile
 * lists no values for the setting.
 */
function modelChoice(model: ModelProfile | undefined, setting: Setting, value: string): string | undefined {
  if (!model) return undefined;
  if (setting === 'frame rate') {
    const want = Number.parseFloat(value);
    const rates = model.frameRates ?? [];
    if (!Number.isFinite(want) || rates.length === 0 || rates.includes(want)) return undefined;
    let best = rates[0]!;
    for (const r of rates) if (Math.abs(r - want) < Math.abs(best - want)) best = r;
    return `${best} fps`;
  }
  if (setting === 'aspect ratio') {
    const want = ratioValue(value);
    const offered = (model.aspectRatios ?? []).filter((r) => ratioValue(r) !== undefined);
    if (want === undefined || offered.length === 0 || offered.some((r) => ratioValue(r) === want)) return undefined;
    const distance = (r: string) => Math.abs(Math.log(ratioValue(r)! / want));
    const best = Math.min(...offered.map(distance));
    return offered.filter((r) => distance(r) - best < 1e-9).join(' or ');
  }
  if (setting === 'duration') {
    const want = Number.parseFloat(value);
    if (!Number.isFinite(want) || model.durations.length === 0 || model.durations.includes(want)) return undefined;
    // The closest duration, the first of a tie.
    let best = model.durations[0]!;
    for (const d of model.durations) if (Math.abs(d - want) < Math.abs(best - want)) best = d;
    return `${best} s`;
  }
  if (setting !== 'resolution' || model.resolutions.length === 0 || offersResolution(model.resolutions, value)) return undefined;
  return nearestResolution(model.resolutions, resolutionHeight(value) ?? Number.MAX_SAFE_INTEGER);
}

/** The setting's name as a modifier: "an aspect-ratio request", "no frame-rate setting". */
const SETTING_KIND: Record<Setting, string> = { resolution: 'resolution', 'frame rate': 'frame-rate', duration: 'duration', 'aspect ratio': 'aspect-ratio' };

/** The setting as a modifier with its article: { kind: "aspect-ratio", article: "an" }. */
function settingKind(setting: Setting): { kind: string; article: string } {
  const kind = SETTING_KIND[setting];
  return { kind, article: kind.startsWith('a') ? 'an' : 'a' };
}

/**
 * What a model makes of a setting its request has no input for, as its profile lists it ("16:9",
 * "24 fps"), or undefined where the profile lists nothing.
 */
function madeWithoutInput(model: ModelProfile, setting: Setting): string | undefined {
  const made =
    setting === 'aspect ratio'
      ? (model.aspectRatios ?? []).filter((r) => ratioValue(r) !== undefined)
      : setting === 'resolution'
        ? model.resolutions
        : setting === 'frame rate'
          ? (model.frameRates ?? []).map((r) => `${r} fps`)
          : model.durations.map((d) => `${d} s`);
  if (made.length === 0) return undefined;
  // "16:9, and image-to-video in the shape of its first frame" (Hailuo 02).
  return setting === 'aspect ratio' && model.aspectRatios?.includes(FIRST_FRAME) ? `${made.join(' or ')}, and image-to-video in the shape of its first frame` : made.join(' or ');
}

/** Where a value's last word ends, or the next flag chained on to it starts: "9-gs" of "-ar16:9-gs 22", "fps24-motion4". */
function valueStop(t: Token): number {
  const m = t.kind === 'word' ? /\d-[a-z]/.exec(t.norm) : null;
  return m ? t.start + m.index + 1 : t.end;
}

function sameSentence(tokens: readonly Token[], i: number, j: number): boolean {
  return tokens[j] !== undefined && tokens[j]!.sentence === tokens[i]!.sentence;
}

/** A ratio's colon, also the full-width one of prompts typed with a Chinese keyboard ("4k，16：9"). */
const RATIO_COLONS = new Set([':', '\uFF1A']);

/** The text of a ratio "16:9" starting at token i, if tokens i..i+2 spell one. */
function ratioAt(tokens: readonly Token[], i: number): string | undefined {
  const a = tokens[i];
  const colon = tokens[i + 1];
  const b = tokens[i + 2];
  if (a?.kind !== 'number' || !RATIO_COLONS.has(colon?.text ?? '') || b?.kind !== 'number' || !glued(tokens, i, i + 1) || !glued(tokens, i + 1, i + 2)) return undefined;
  return `${a.text}:${b.text}`;
}

/** A ratio after the name of an aspect-ratio flag or setting is one, listed or not: "- ar 16:19", "aspect ratio: 18:9". */
function ratioNamed(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (DASHES.has(tokens[k]!.text) || VALUE_MARKS.has(tokens[k]!.text))) k--;
  const name = tokens[k]?.norm ?? '';
  return (VALUE_FLAGS.get(name) === 'aspect ratio' && name !== 'size') || aspectRatioAt(tokens, k);
}

function resolutionOf(t: Token): string | undefined {
  return resolutionOfWord(t.norm);
}

/**
 * "4K-ar 16:9", "8k-ar16:9": the word a flag is typed straight after, up to the flag's dash at
 * `dashAt`, may be a resolution of its own; its finding ends at the dash.
 */
function pushJoinedHead(findings: Finding[], t: Token, i: number, dashAt: number): void {
  if (dashAt <= t.start || t.start + t.norm.length !== t.end) return;
  const value = resolutionOfWord(t.norm.slice(0, dashAt - t.start));
  if (value !== undefined) findings.push({ setting: 'resolution', value, from: i, to: i + 1, endChar: dashAt });
}

/** The resolution a word's text names ("4k", "ultra-hd", "1920x1080"), or undefined. */
function resolutionOfWord(norm: string): string | undefined {
  const r = RES_WORDS.get(norm);
  if (r) return r;
  if (norm.includes('-')) return hyphenResolution(norm);
  if (!startsWithDigit(norm)) return undefined;
  const m = DIMENSIONS.exec(norm);
  return m ? `${Math.min(Number(m[1]), Number(m[2]))}p` : undefined;
}

/**
 * A resolution or ratio inside a noun phrase describes a thing ("a 16:9 TV", "my old 4K
 * monitor"): a determiner or possessive opens the phrase before it, across adjectives, and a
 * noun that is no picture word follows. "16:9 zoom out" and "4k anime wallpaper" are requests.
 */
function describesThing(tokens: readonly Token[], determiners: ReadonlySet<string>, next: number, anchor: number): boolean {
  const t = tokens[next];
  if (!isWordToken(t) || !sameSentence(tokens, anchor, next)) return false;
  if (FOLLOWERS.has(t.norm) || resolutionOf(t) || (startsWithDigit(t.norm) && GLUED_FPS.test(t.norm))) return false;
  if (t.tag !== 'noun' && t.tag !== 'name') return false;
  // A compound whose head is a picture word is still the picture: "a 4K drone shot".
  const after = tokens[next + 1];
  if (isWordToken(after) && after.start > t.end && sameSentence(tokens, anchor, next + 1) && FOLLOWERS.has(after.norm)) return false;
  for (let k = anchor - 1, adjectives = 0; k >= 0 && adjectives <= 3; k--) {
    const b = tokens[k]!;
    if (!isWordToken(b) || !sameSentence(tokens, anchor, k)) return false;
    if (determiners.has(b.norm) || b.norm.endsWith("'s")) return true;
    if (b.tag !== 'adj') return false;
    adjectives++;
  }
  return false;
}

/** How many tokens from `i` spell one of the phrases (word parts), else 0. */
function phraseAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  for (const parts of phrases) {
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = isWordToken(tokens[i + k]) && spelledAfter(tokens[i + k]!.norm, parts[k]!);
    if (ok) return parts.length;
  }
  return 0;
}

/** The resolution written from token i on, and how many tokens it takes. */
function resolutionAt(tokens: readonly Token[], i: number): { value: string; length: number } | undefined {
  const t = tokens[i];
  if (!isWordToken(t)) return undefined;
  const next = tokens[i + 1];
  // "ultra high definition", "ultra high-definition": ultra HD.
  if (t.norm === 'ultra' && isWordToken(next)) {
    const third = tokens[i + 2];
    if (isWordToken(third) && phraseValue(next.norm, third.norm) === HD && next.kind === 'word') return { value: ULTRA_HD, length: 3 };
    if (next.norm.includes('-') && hyphenResolution(next.norm) === HD) return { value: ULTRA_HD, length: 2 };
  }
  // "ultra-high definition": a name's first half hyphen-joined to the word before it.
  if (t.kind === 'word' && isWordToken(next) && PHRASE_SECOND.has(next.norm) && t.norm.includes('-')) {
    const cut = t.norm.lastIndexOf('-');
    const pair = RES_PHRASES.get(`${t.norm.slice(cut + 1)} ${next.norm}`);
    const head = t.norm.slice(0, cut);
    if (pair && (FOLLOWERS.has(head) || AFTER_WORDS.has(head))) return { value: pair === HD && head === 'ultra' ? ULTRA_HD : pair, length: 2 };
  }
  const phrase = t.kind === 'word' && PHRASE_FIRST.has(t.norm) && isWordToken(next) ? phraseValue(t.norm, next.norm) : undefined;
  if (phrase) return { value: phrase, length: 2 };
  // "4 k resolution", "8 k,": the unit written apart, before a picture word or punctuation (not "a 5 k run").
  // "1280*720": a size written with a star.
  const height = t.kind === 'number' && next?.text === '*' && tokens[i + 2]?.kind === 'number' && glued(tokens, i, i + 1) && glued(tokens, i + 1, i + 2) ? DIMENSIONS.exec(`${t.text}x${tokens[i + 2]!.text}`) : null;
  if (height) return { value: `${Math.min(Number(height[1]), Number(height[2]))}p`, length: 3 };
  // "1280×720", "1920 &#215;1080", "1920 x 1080": a size written with a multiplication sign or a spaced "x", both sides a picture's size.
  const times = next !== undefined && (TIMES_MARKS.has(next.text) || (next.norm === 'x' && !glued(tokens, i, i + 1))) && t.kind === 'number' && tokens[i + 2]?.kind === 'number' ? DIMENSIONS.exec(`${t.text}x${tokens[i + 2]!.text}`) : null;
  if (times && Math.min(Number(times[1]), Number(times[2])) >= MIN_LINES) return { value: `${Math.min(Number(times[1]), Number(times[2]))}p`, length: 3 };
  const spaced = t.kind === 'number' && next?.norm === 'k' ? RES_WORDS.get(`${t.norm}k`) : undefined;
  const after = tokens[i + 2];
  if (spaced && (!isWordToken(after) || FOLLOWERS.has(after.norm) || AFTER_WORDS.has(after.norm))) return { value: spaced, length: 2 };
  const value = resolutionOf(t) ?? (t.kind === 'word' && startsWithDigit(t.norm) ? beyondEvery(tokens, i) : undefined);
  return value === undefined ? undefined : { value, length: 1 };
}

/** A size in K that no list names: "48K", "128k". */
const SIZE_IN_K = /^(\d{1,3})k$/;
/** The smallest size in K above every model's: 9K and up. */
const MIN_BEYOND_K = 9;

/**
 * "…, 48K, ultra detailed", "128k, hyperrealistic": a size in K above every model's that the
 * resolution words do not list, standing as a list item, after another resolution or before a
 * picture word, asks for the model's highest. "Warhammer 40k", "20K Followers" and "24K gold" stay.
 */
function beyondEvery(tokens: readonly Token[], i: number): string | undefined {
  const m = SIZE_IN_K.exec(tokens[i]!.norm);
  if (!m || Number(m[1]) < MIN_BEYOND_K) return undefined;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const opens = before === undefined || !sameSentence(tokens, i - 1, i) || ITEM_BEFORE.has(before.text) || (isWordToken(before) && resolutionOf(before) !== undefined);
  const closes = next === undefined || !sameSentence(tokens, i, i + 1) || ITEM_AFTER.has(next.text) || (isWordToken(next) && (FOLLOWERS.has(next.norm) || resolutionOf(next) !== undefined));
  return opens && closes ? RES_WORDS.get('10k') : undefined;
}

/**
 * The rarer written forms of a ratio at token i: a ratio flag glued to its value after a word
 * ("road-ar16:9", "cinematic-ar-16:9", "knowledge-ar16/9"), and a wide listed ratio read as one
 * only as a list item, before a picture word or after a ratio's name ("16x9", "16 : 9", "9*16", "ratio 9 by 16",
 * "anchor-9:16"; "a 16x9 poster" is a size). Kept out of `findRequests`, whose every token pays for its size.
 */
function otherRatio(tokens: readonly Token[], i: number, ratios: ReadonlySet<string>, flags: ReadonlyMap<string, Setting>): Finding | undefined {
  const t = tokens[i]!;
  const joinedAt = t.kind === 'word' && (RATIO_COLONS.has(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.text === '/') && t.norm.includes('-') && glued(tokens, i, i + 1) ? joinedGluedRatio(t.norm, flags) : -1;
  const side = joinedAt >= 0 && glued(tokens, i + 1, i + 2) ? sideAt(tokens[i + 2]) : undefined;
  if (side !== undefined) {
    const value = `${gluedFlag(t.norm.slice(joinedAt + 1))!.value}:${side}`;
    // "Miyazaki-ar1:1-motion9": the next flag chained on is no part of the ratio.
    if (RATIO.test(value)) return { setting: 'aspect ratio', value: typedRatio(value, ratios), from: i, to: i + 3, startChar: t.start + joinedAt, endChar: tokens[i + 2]!.start + side.length };
  }
  const other = t.kind === 'word' ? (tokens[i + 1]?.text === ':' ? hyphenRatioAt(tokens, i, ratios) : startsWithDigit(t.norm) ? xRatioAt(tokens, i, ratios) : undefined) : spacedRatioAt(tokens, i, ratios);
  if (other === undefined) return undefined;
  const from = ratioNameFrom(tokens, i);
  return from < i || ratioNamed(tokens, i) || other.named || standsAsSetting(tokens, i + other.length - 1) ? { setting: 'aspect ratio', value: other.value, from, to: i + other.length, startChar: other.startChar } : undefined;
}

/**
 * A lone number after "aspect ratio": a ratio typed with a full stop ("aspect ratio 19.6", read
 * as 16:9 like a typo after a flag) or a width to 1 ("ASPECT RATIO: 2.00" is 2:1).
 */
function namedNumberRatio(tokens: readonly Token[], i: number, ratios: ReadonlySet<string>): string | undefined {
  const k = tokens[i - 1]!.text === ':' ? i - 2 : i - 1;
  if (tokens[k]?.norm !== 'ratio' || tokens[k - 1]?.norm !== 'aspect' || tokens[i + 1]?.text === ':') return undefined;
  const m = TYPED_RATIO.exec(tokens[i]!.norm);
  if (m && Number(m[1]) > 3) return typedRatio(`${m[1]}:${m[2]}`, ratios);
  const width = Number(tokens[i]!.norm);
  return width > 1 && width <= 3 ? `${width}:1` : undefined;
}

/** Every setting the prompt asks for in its words, in order; overlapping ones are skipped. */
function findRequests(tokens: readonly Token[], text: string, ratios: ReadonlySet<string>, determiners: ReadonlySet<string>, flags: ReadonlyMap<string, Setting>): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Flags (flags.ts): "--ar 16:9", "—ar 9:16", "- ar 16:9"; glued "-ar9:16", "-fps24"; hyphen-joined "AR-16:9", "fps-24".
    const dash = t.kind === 'word' && i > 0 ? flagDash(text, tokens, i) : -1;
    // A glued flag counts only after a dash, joined by a hyphen or before a ratio's colon or slash ("ar16:9", "ar16/9"): other words skip the pattern.
    const mark = t.kind === 'word' ? tokens[i + 1] : undefined;
    const colon = mark !== undefined && !isWordToken(mark) && (mark.text === ':' || RATIO_MARKS.has(mark.text)) && glued(tokens, i, i + 1);
    const glue = t.kind === 'word' && !startsWithDigit(t.norm) && (dash >= 0 || colon || t.norm.includes('-')) ? gluedFlag(t.norm) : undefined;
    if (glue && flags.has(glue.name) && (dash >= 0 || glue.hyphen || (colon && !glue.chained && flags.get(glue.name) === 'aspect ratio'))) {
      // The next flag may be chained on in the same word ("-fps24-motion4"): the value stops there.
      let end = glue.chained ? i + 1 : valueEnd(tokens, i + 1);
      const setting = flags.get(glue.name)!;
      const height = setting === 'aspect ratio' && end === i + 1 ? slashHeight(tokens, end) : undefined;
      if (height !== undefined) end += 2;
      const endChar = height !== undefined ? tokens[end - 1]!.start + height.length : valueStop(tokens[end - 1]!);
      const written = height !== undefined ? `${glue.value}:${height}` : glue.value + text.slice(t.end, Math.max(t.end, endChar));
      // Without a dash of its own the word is a flag only with the value its setting takes: "an ar-15" is a rifle.
      const value = dash >= 0 || setting !== 'aspect ratio' || RATIO.test(written) || wideTypedRatio(written, ratios) !== undefined ? flagValue(setting, setting === 'aspect ratio' ? typedRatio(written, ratios) : written) : undefined;
      if (value !== undefined) findings.push({ setting, value, from: dash >= 0 ? dash : i, to: end, endChar });
      // "-fps24-ar 16:9", "-ar9:16-gs28-fps24": settings among the flags chained on after the value.
      if (glue.chained && end === i + 1) end = pushChained(findings, tokens, i, t.norm.indexOf('-', t.norm.length - t.end + endChar), ratios, flags);
      else end = chainedAfterValue(findings, tokens, end, endChar, ratios, flags);
      i = end - 1;
      continue;
    }
    // "-gs28-fps24", "-motion4-fps 24": a tool's number flag with a setting's flag chained on.
    if (glue?.chained && !flags.has(glue.name) && NUMBER_NAMES.has(glue.name) && (dash >= 0 || !glue.hyphen)) {
      const count = findings.length;
      const end = pushChained(findings, tokens, i, t.norm.indexOf('-', glue.name.length), ratios, flags);
      if (findings.length > count) {
        i = end - 1;
        continue;
      }
    }
    // "jerusalem-fps24": a frame-rate flag glued to its value, typed straight after a word.
    const joinedRate = glue === undefined && dash < 0 && t.kind === 'word' && t.norm.includes('-') ? joinedGluedRate(t.norm, flags) : undefined;
    if (joinedRate !== undefined) {
      findings.push({ setting: 'frame rate', value: `${joinedRate.rate} fps`, from: i, to: i + 1, startChar: t.start + joinedRate.cut });
      continue;
    }
    // "colorful-ar 16:9", "bank-fps 24": a flag typed without a space before its dash.
    const joinedName = dash < 0 && t.kind === 'word' && t.norm.includes('-') ? joinedFlag(tokens, i, flags) : undefined;
    if (joinedName !== undefined) {
      const setting = flags.get(joinedName)!;
      pushJoinedHead(findings, t, i, t.end - joinedName.length - 1);
      const at = tokens[i + 1]!.kind === 'punct' ? i + 2 : i + 1;
      const ratio = setting === 'aspect ratio' ? ratioAt(tokens, at) : undefined;
      const value = ratio ? typedRatio(ratio, ratios) : `${tokens[i + 1]!.text} fps`;
      findings.push({ setting, value, from: i, to: ratio ? at + 3 : i + 2, startChar: t.end - joinedName.length - 1 });
      i += ratio ? at + 2 - i : 1;
      continue;
    }
    if (dash >= 0 && flags.has(t.norm)) {
      // The value is the next run of touching tokens ("16:9", "1080p"), up to punctuation; after
      // a colon or in quotes too ("-ar: 16:9", "--ar:16:9", '--ar "16:9"'), which then go with it.
      const mark = valueMark(tokens, i, flags.get(t.norm)!);
      // "----ar-----9:16": dashes glued between the name and its value go with it.
      let dashes = i + 1;
      while (mark === undefined && dashes < i + 8 && DASHES.has(tokens[dashes]?.text ?? '') && glued(tokens, dashes - 1, dashes)) dashes++;
      const first = mark !== undefined ? i + 2 : dashes > i + 1 && tokens[dashes]?.kind === 'number' && glued(tokens, dashes - 1, dashes) ? dashes : i + 1;
      let end = first;
      const v = tokens[end];
      if (v && (mark !== undefined || !glued(tokens, i, end)) && v.kind !== 'punct' && v.kind !== 'symbol') {
        end = valueEnd(tokens, end + 1);
      }
      let endChar = end > first ? valueStop(tokens[end - 1]!) : undefined;
      let value = end > first ? text.slice(tokens[first]!.start, endChar).replace(/\s+/g, '') : '';
      let setting = flags.get(t.norm)!;
      // "-size 16:9": a size or resolution flag given a ratio asks for the ratio.
      if (setting === 'resolution' && RATIO.test(value)) setting = 'aspect ratio';
      // "ar 9/16": a ratio written with a slash.
      const height = setting === 'aspect ratio' && end === first + 1 && tokens[first]!.kind === 'number' ? slashHeight(tokens, end) : undefined;
      if (height !== undefined) [value, end, endChar] = [`${value}:${height}`, end + 2, tokens[end + 1]!.start + height.length];
      if (setting === 'aspect ratio') {
        // A ratio typed into the next word ("-ar 2:1Cthugha") ends where its digits do.
        const glued = RATIO_THEN_WORD.exec(value);
        if (glued && text.startsWith(glued[1]!, tokens[first]!.start)) [value, endChar] = [glued[1]!, tokens[first]!.start + glued[1]!.length];
        value = typedRatio(value, ratios);
      }
      if (end > first && mark !== undefined && VALUE_QUOTES.has(mark) && tokens[end]?.text === mark) [end, endChar] = [end + 1, undefined];
      else if (end === first) end = i + 1;
      const asked = flagValue(setting, value);
      // A dash written apart ("- - ar 16:9") is taken back with the others by `flagStart`.
      if (asked !== undefined) findings.push({ setting, value: asked, from: glued(tokens, i - 1, i) ? dash : i, to: end, endChar });
      // "-ar 9:16-fps24": settings among the flags chained on after the value.
      if (endChar !== undefined) end = chainedAfterValue(findings, tokens, end, endChar, ratios, flags);
      i = end - 1;
      continue;
    }
    if (!isWordToken(t)) continue;
    const unitFps = t.kind === 'word' && t.norm.startsWith('fps') && t.norm.charCodeAt(3) >= 48 && t.norm.charCodeAt(3) <= 57 ? GLUED_UNIT_FPS.exec(t.norm) : null;
    if (unitFps) {
      findings.push({ setting: 'frame rate', value: `${unitFps[1]} fps`, from: i, to: i + 1 });
      continue;
    }
    // Most words name no setting: one lookup instead of the checks below.
    if (t.kind === 'word' && !OPENERS.has(t.norm) && !startsWithDigit(t.norm) && !t.norm.includes('-')) continue;

    // "road-ar16:9", "cinematic-ar-16:9": a ratio flag glued to its value, typed straight after a word.
    // Aspect ratio "16:9".
    const ratio = ratioAt(tokens, i);
    if (ratio !== undefined) {
      const listed = ratios.has(ratio);
      if ((listed || ratioNamed(tokens, i)) && !describesThing(tokens, determiners, i + 3, i)) {
        // "aspect ratio 16:9", "aspect ratio of 16:9", "aspect ratio: 16:9", "video ratio 9:16", "format: 9:16".
        const named = ratioNameFrom(tokens, i);
        findings.push({ setting: 'aspect ratio', value: listed ? ratio : typedRatio(ratio, ratios), from: named < i ? named : mistypedFlag(text, tokens, i), to: i + 3 });
      }
      i += 2;
      continue;
    }
    // Rarer forms of a ratio, each after a cheap test: a colon, a star or "by" next, or an x in a short word.
    const mid = tokens[i + 1]?.text;
    const form = mid === ':' || mid === '\uFF1A' || mid === '*' || (mid === '/' && t.kind === 'word') || tokens[i + 1]?.norm === 'by' || (t.kind === 'word' && t.norm.length <= 5 && t.norm.includes('x')) ? otherRatio(tokens, i, ratios, flags) : undefined;
    if (form !== undefined) {
      if (form.startChar !== undefined) pushJoinedHead(findings, t, i, form.startChar);
      findings.push(form);
      i = form.to - 1;
      continue;
    }

    // "…, hyper realistic 4K, 16.9", "ar - 16.9": a wide ratio typed with a full stop, as a list
    // item, before a picture word or after a ratio's name ("16.9 km", "16.9 million" are amounts).
    const typed = t.kind === 'number' ? (wideTypedRatio(t.norm, ratios) ?? (tokens[i - 1]?.norm === 'ratio' || tokens[i - 1]?.text === ':' ? namedNumberRatio(tokens, i, ratios) : undefined)) : undefined;
    if (typed !== undefined && (ratioNamed(tokens, i) || standsAsSetting(tokens, i))) {
      findings.push({ setting: 'aspect ratio', value: typed, from: ratioNameFrom(tokens, i), to: i + 1 });
      continue;
    }

    // Resolution: "1080p", "4K", "1920x1080", "full HD", "ultra-HD".
    const res = resolutionAt(tokens, i);
    if (res !== undefined) {
      let last = i + res.length - 1;
      let value = res.value;
      // One request written several ways is one finding: "4k ultra hd", "8K UHD", "4K/UHD",
      // "uhd, 4k", "4K (UHD)".
      for (;;) {
        let gap = 0;
        let open = false;
        while (gap < 2 && JOINERS.has(tokens[last + 1 + gap]?.text ?? '')) open ||= tokens[last + 1 + gap++]!.text === '(';
        const slash = gap === 0 || (gap === 1 && tokens[last + 1]!.text === '/' && glued(tokens, last, last + 1) && glued(tokens, last + 1, last + 2));
        const more = sameSentence(tokens, i, last + 1 + gap) ? resolutionAt(tokens, last + 1 + gap) : undefined;
        // Across a comma or bracket only another name of the same resolution joins ("uhd, 4k");
        // "4K, 8K" and "32k, 16k" are separate requests.
        if (!more || (!slash && (more.value !== res.value || !startsWithDigit(res.value)))) break;
        // "wallpaper 4k, 4k anime wallpaper": across a comma, after an item the first only closes, the second
        // opens an item of its own, not a second name ("Ultra hd, 4k baby sleeping" is one request).
        const beyond = tokens[last + 1 + gap + more.length];
        const opensItem = i === 0 || !sameSentence(tokens, i - 1, i) || ITEM_BEFORE.has(tokens[i - 1]!.text);
        if (!opensItem && gap > 0 && tokens[last + 1]!.text === ',' && isWordToken(beyond) && sameSentence(tokens, last, last + 1 + gap + more.length) && !FOLLOWERS.has(beyond.norm) && !AFTER_WORDS.has(beyond.norm)) break;
        last += gap + more.length;
        // "hd 8k" asks for 8K: the joined request is its highest name.
        if ((resolutionHeight(more.value) ?? Infinity) > (resolutionHeight(value) ?? Infinity)) value = more.value;
        if (open && tokens[last + 1]?.text === ')') last++;
      }
      if (!describesThing(tokens, determiners, last + 1, i)) findings.push({ setting: 'resolution', value, from: i, to: last + 1 });
      i = last;
      continue;
    }

    // Frame rate: "60fps", "24 fps", "30 frames per second".
    const digit = startsWithDigit(t.norm);
    const gluedFps = digit ? GLUED_FPS.exec(t.norm) : null;
    if (gluedFps) {
      findings.push({ setting: 'frame rate', value: `${gluedFps[1]} fps`, from: i, to: i + 1 });
      continue;
    }
    // "fps 24" (a flag written without its dash) names the rate after the unit.
    if (t.norm === 'fps' && tokens[i + 1]?.kind === 'number' && sameSentence(tokens, i, i + 1)) {
      findings.push({ setting: 'frame rate', value: `${tokens[i + 1]!.text} fps`, from: i, to: i + 2 });
      i++;
      continue;
    }
    if (t.kind === 'number') {
      const n = phraseAt(tokens, i + 1, FPS_UNITS);
      const rateAfter = n === 1 && tokens[i + 2]?.kind === 'number'; // "-gs 12 fps 24": 24 is the rate
      if (n > 0 && !rateAfter) {
        findings.push({ setting: 'frame rate', value: `${t.text} fps`, from: i, to: i + 1 + n });
        i += n;
        continue;
      }
    }

    // Duration: "20 seconds long", "an 8-second video", "10s clip", "duration: 8 seconds".
    let seconds: number | undefined;
    let unitEnd = i + 1;
    let gluedLong = false;
    const hyphen = t.kind === 'word' && (digit || (t.norm.includes('-') && NUMBERS.has(t.norm.slice(0, t.norm.indexOf('-'))))) ? HYPHEN_DURATION.exec(t.norm) : null;
    const gluedDur = digit && t.kind === 'word' && !hyphen ? GLUED_DURATION.exec(t.norm) : null;
    // A glued "10s" alone may be a decade; "15second" and "1min" are lengths.
    const gluedS = gluedDur !== null && gluedDur[2] === 's';
    if (hyphen) {
      seconds = (NUMBERS.get(hyphen[1]!) ?? Number(hyphen[1])) * DURATION.get(hyphen[2]!)!;
      gluedLong = hyphen[3] !== undefined;
    } else if (gluedDur && !(gluedS && DECADES.has(gluedDur[1]!))) seconds = Number(gluedDur[1]) * DURATION.get(gluedDur[2]!)!;
    else {
      // A range asks for at most its upper end: "a 3-5 minute video".
      const range = t.kind === 'number' ? NUMBER_RANGE.exec(t.norm) : null;
      const n = range ? Number(range[2]) : t.kind === 'number' ? Number(t.norm.replace(',', '.')) : NUMBERS.get(t.norm);
      const unit = tokens[i + 1];
      if (n !== undefined && Number.isFinite(n) && isWordToken(unit) && DURATION.has(unit.norm)) {
        seconds = n * DURATION.get(unit.norm)!;
        unitEnd = i + 2;
      }
    }
    if (seconds !== undefined) {
      const next = tokens[unitEnd];
      let k = i - 1;
      if (tokens[k]?.text === ':' || tokens[k]?.norm === 'of' || tokens[k]?.norm === 'for') k--;
      // "lasting 8 seconds", "duration: 8 s", and a clip's own word before "of": "a video of 2 seconds";
      // before "for" only when the clip is what the prompt asks for ("make me a funny video for 50
      // seconds", "motivational video for 30 sec"), not one watched in the story ("he watches a video for 10 seconds").
      const linked = tokens[i - 1]?.norm === 'of' || (tokens[i - 1]?.norm === 'for' && clipAsked(tokens, k));
      const clipOf = (linked || clipWordBefore(tokens, i, unitEnd)) && isWordToken(tokens[k]) && DUR_FOLLOWERS.has(tokens[k]!.norm) && !DUR_LEADS.has(tokens[k]!.norm);
      let lead = isWordToken(tokens[k]) && (DUR_LEADS.has(tokens[k]!.norm) || clipOf) && sameSentence(tokens, i, k);
      // "5 to 10 second clip": the range's lower end goes with it.
      const low = tokens[i - 1]?.norm === 'to' && tokens[i - 2]?.kind === 'number' && sameSentence(tokens, i - 2, i) ? i - 2 : i;
      let from = lead && !clipOf ? k : low;
      // Further back over link words: "should last about 10 seconds", "the video should be 10 seconds", "generate 10 seconds of".
      const story = isWordToken(next) && STORY_AFTER.has(next.norm);
      const far = lead || story ? undefined : durationLead(tokens, low, unitEnd, determiners);
      if (far !== undefined) {
        lead = true;
        if (far.verb) from = far.at;
      }
      // "a 10-second vertical video", "a 1-minute 3d dynamic animation": a clip's word after a few describing words.
      const prenominal = hyphen !== null || (gluedDur !== null && !gluedS) || (unitEnd === i + 2 && SINGULAR_UNITS.has(tokens[i + 1]!.norm));
      const follows = gluedLong || (isWordToken(next) && sameSentence(tokens, i, unitEnd) && (DUR_FOLLOWERS.has(next.norm) || (prenominal && clipAfterDescription(tokens, unitEnd))));
      // "15 seconds of a wide shot of …": opening the prompt, the length of the clip it describes.
      const opening = i === 0 && unitEnd === i + 2 && next?.norm === 'of';
      // "…, 10 seconds" / "…, 10 seconds, …": the duration is a list item of its own.
      const item = !gluedS && !hyphen && (i === 0 || ITEM_BEFORE.has(tokens[i - 1]!.text)) && (next === undefined || ITEM_AFTER.has(next.text));
      const closing = !lead && !follows && !item && !gluedS && !hyphen && closesPrompt(text, tokens, i, unitEnd, determiners);
      if (lead || follows || item || opening || closing) {
        // The clip's word stays, its "of" goes: "a video of 2 seconds" → "a video".
        findings.push({ setting: 'duration', value: `${seconds} s`, from, to: unitEnd, removeFrom: clipOf && linked ? i - 1 : undefined });
        i = unitEnd - 1;
      }
    }
  }
  return findings;
}

/**
 * Takes back a flag name written apart from its value and the dashes before it: "ar 16:9",
 * "-- ar 16:9", "ar- 16:9", "- fps 24", "-24fps". A dash with a space on both sides and no
 * flag name ("forest - 16:9") is a separator and stays.
 */
function flagStart(tokens: readonly Token[], f: Finding, flags: ReadonlyMap<string, Setting>): number {
  let from = f.from;
  if (f.startChar !== undefined) return from;
  let named = flags.has(tokens[from]!.norm) || VALUE_FLAGS.has(tokens[from]!.norm);
  // A finding that opens with its flag's dash ("aspect -ar 16:9") takes no word before it.
  if (!named && !DASHES.has(tokens[from]!.text)) {
    let k = from - 1;
    // "ar: 9:16", "- ar : 16:9", "ar=3:2": a colon or equals sign between the name and its value ("high res, 4K" is a list).
    if (k > 0 && VALUE_MARKS.has(tokens[k]!.text)) k--;
    // "ar- 16:9": a dash glued to the flag name before it; "ar - 16.9", "AR -- 16:9": dashes written apart after it.
    while (k > 0 && DASHES.has(tokens[k]!.text) && (glued(tokens, k - 1, k) || VALUE_FLAGS.get(tokens[k - 1]!.norm) === f.setting)) k--;
    const name = tokens[k];
    if (isWordToken(name) && sameSentence(tokens, from, k) && VALUE_FLAGS.get(name.norm) === f.setting) {
      from = k;
      named = true;
    }
  }
  for (let k = from - 1; k >= 0 && DASHES.has(tokens[k]!.text) && sameSentence(tokens, from, k); k--) {
    if (!named && !glued(tokens, k, k + 1)) break;
    from = k;
  }
  return from;
}

/** The words of a finding without its flag's name: "HD" of "--res HD", "high definition". */
function namedWords(tokens: readonly Token[], f: Finding, flags: ReadonlyMap<string, Setting>): string {
  const words: string[] = [];
  for (let k = f.from; k < f.to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !flags.has(t.norm) && !VALUE_FLAGS.has(t.norm)) words.push(t.norm);
  }
  return words.join(' ');
}

/** At most this many words grading a resolution go with it: "in stunning 4K resolution", "…, ultra 4k, …". */
const MAX_GRADES = 2;
const GRADES = new Set(RESOLUTION_GRADES);

/** Token `k` grades a value: praise or a quality tag ("stunning", "cinematic", "high quality"), or a grade word ("ultra", "crisp"); not a style ("realistic"). */
function gradesValue(analysis: PromptAnalysis, k: number): boolean {
  const t = analysis.tokens[k];
  if (!isWordToken(t) || startsWithDigit(t.norm)) return false;
  if (GRADES.has(t.norm)) return true;
  for (const m of analysis.byCategory.abstract) if (m.tokenStart <= k && k < m.tokenEnd) return true;
  return false;
}

/**
 * Where the removal starts when words grade the value and what is left would strand them: after
 * "in" or "at" where the value ends its phrase ("captured in stunning 4K resolution." →
 * "captured."; not "in stunning 4K detail"), or as a list item of their own ("…, ultra 4k, …").
 * Undefined otherwise.
 */
function gradedFrom(analysis: PromptAnalysis, from: number, to: number): number | undefined {
  const { tokens } = analysis;
  let k = from;
  while (k > from - MAX_GRADES && gradesValue(analysis, k - 1) && sameSentence(tokens, k - 1, from)) k--;
  if (k === from || DASHES.has(tokens[from]!.text)) return undefined;
  const opener = tokens[k - 1];
  const next = tokens[to];
  const nextWord = isWordToken(next) && sameSentence(tokens, to - 1, to);
  if (isWordToken(opener) && BEFORE.has(opener.norm) && sameSentence(tokens, k - 1, from)) {
    return nextWord && (next.tag === 'noun' || next.tag === 'adj' || next.tag === 'name') ? undefined : opener.start;
  }
  const itemStart = opener === undefined || !sameSentence(tokens, k - 1, k) || ITEM_BEFORE.has(opener.text);
  const itemEnd = endsPhrase(tokens, to);
  // A grade capitalised as the value's name is part of the name ("Hyper High Definition anamorphic").
  const titled = nextWord && !capitalised(next.text) && tokens.slice(k, to).every((t) => !isWordToken(t) || capitalised(t.text));
  return itemStart && (itemEnd || titled) ? tokens[k]!.start : undefined;
}

const capitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/** Nothing of the phrase goes on after token `to - 1`: the prompt, its sentence or a list item ends there. */
function endsPhrase(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next === undefined || !sameSentence(tokens, to - 1, to) || ITEM_AFTER.has(next.text);
}

const TRAILING = new Set(TRAILING_GRADES);

/** Token `k`, right after a resolution, is a grade word that closes its list item: "…, 8k ultra", "cultural 4K high". */
function closingGrade(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWordToken(t) || !TRAILING.has(t.norm) || !sameSentence(tokens, k - 1, k)) return false;
  const next = tokens[k + 1];
  if (next === undefined || !sameSentence(tokens, k, k + 1)) return true;
  // Punctuation ends the item, unless it joins a word's parts ("high_sharpness").
  return !isWordToken(next) && (!glued(tokens, k, k + 1) || ITEM_AFTER.has(next.text));
}

/** Words that name a frame rate after "high". */
const RATE_NAMES = new Set(['frame', 'framerate']);

/** Where the removal starts when the clause before the value only states the setting ("The resolution is set to 4K"). */
function statedFrom(analysis: PromptAnalysis, lead: ReadonlySet<string>, leadNouns: ReadonlySet<string>, from: number): number | undefined {
  const { tokens } = analysis;
  const clause = analysis.clauses[tokens[from]!.clause]!;
  if (clause.tokenStart >= from) return undefined;
  let named = false;
  for (let k = clause.tokenStart; k < from; k++) {
    const w = tokens[k]!;
    if (w.kind === 'punct' && w.text === ':') continue;
    // "shot at a high frame rate of 120 fps": a grade of the rate is part of its name.
    if (w.kind !== 'word' || !(lead.has(w.norm) || (w.norm === 'high' && RATE_NAMES.has(tokens[k + 1]?.norm ?? '')))) return undefined;
    named ||= leadNouns.has(w.norm);
  }
  return named ? clause.tokenStart : undefined;
}

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Set resolution, frame rate, duration and aspect ratio in the generation settings, not in the prompt.',
      recommended: true,
      dimension: 'settings',
    },
    messages: {
      resolution: '"{{text}}" is a resolution request: set resolution to {{value}} in the generation settings and remove it from the prompt.',
      frameRate: '"{{text}}" is a frame-rate request: set the frame rate to {{value}} in the generation settings (where the model has one) and remove it from the prompt.',
      frameRateSetting: '"{{text}}" is a frame-rate request: set the frame rate to {{value}} in the generation settings and remove it from the prompt.',
      highSpeed: '"{{text}}" is a high-speed camera\'s frame rate: video models do not make {{value}} video. For the slow-motion look it films for, write "slow motion"; remove the rate from the prompt.',
      highSpeedTimeLapse: '"{{text}}" is a high-speed camera\'s frame rate: video models do not make {{value}} video, and a high-speed camera films slow motion, not the "{{timeLapse}}" this prompt asks for: remove the rate from the prompt.',
      highSpeedSlowMotion: '"{{text}}" is a high-speed camera\'s frame rate: video models do not make {{value}} video, and "{{slowMotion}}" already asks for the slow-motion look: remove the rate from the prompt.',
      frameRateForModel: '"{{text}}" is a frame-rate request, and {{model}} does not make {{value}} video: set the frame rate to {{choice}} in the generation settings and remove it from the prompt.',
      noValue: '"{{text}}" is {{article}} {{kind}} flag with no value: remove it from the prompt (set the {{setting}} in the generation settings if you want one).',
      noInput: '"{{text}}" is {{article}} {{kind}} request, and {{model}} has no {{kind}} setting: remove it from the prompt.',
      noInputMakes: '"{{text}}" is {{article}} {{kind}} request, and {{model}} has no {{kind}} setting (text-to-video comes out at {{made}}): remove it from the prompt.',
      duration: '"{{text}}" is a duration request: set duration to {{value}} in the generation settings and remove it from the prompt.',
      resolutionForModel: '"{{text}}" is a resolution request, and {{model}} does not render {{value}}: set resolution to {{choice}} in the generation settings and remove it from the prompt.',
      durationForModel: '"{{text}}" is a duration request, and {{model}} does not make {{value}} clips: set duration to {{choice}} in the generation settings and remove it from the prompt.',
      aspectRatio: '"{{text}}" is an aspect-ratio request: set the aspect ratio to {{value}} in the generation settings and remove it from the prompt.',
      aspectRatioForModel: '"{{text}}" is an aspect-ratio request, and {{model}} does not make {{value}} videos: set the aspect ratio to {{choice}} in the generation settings and remove it from the prompt.',
    },
    schema,
    defaultOptions: DEFAULTS,
    defaultSeverity: 'warning',
    hasSuggestions: true,
    // Flags, ratios and resolutions read the same in any language ("perro corriendo -ar 9:16").
    anyLanguage: true,
  },
  check(analysis, context) {
    const { tokens, text } = analysis;
    const { wanted, ratios, determiners, lead, leadNouns, flags } = compile(context.options);
    const findings = findRequests(tokens, text, ratios, determiners, flags);
    for (const f of findings) {
      if (!wanted.has(f.setting)) continue;
      f.from = flagStart(tokens, f, flags);
      // The diagnostic covers the request with its own words ("4K resolution", "20 seconds long").
      let to = f.to;
      // "HD aspect ratio 16:9": the ratio's words are not the resolution's.
      const after = f.setting !== 'aspect ratio' && RATIO_WORDS.has(tokens[to]?.norm ?? '') ? 0 : (f.setting === 'frame rate' ? phraseAt(tokens, to, AFTER_FRAME_RATE) : 0) || phraseAt(tokens, to, AFTER);
      if (after > 0 && sameSentence(tokens, f.from, to)) to += after;
      else if (f.setting === 'resolution' && closingGrade(tokens, to)) to++;
      const start = f.startChar ?? tokens[f.from]!.start;
      const end = to === f.to && f.endChar !== undefined ? f.endChar : tokens[to - 1]!.end;
      // The removal also takes a leading "in"/"at" ("shot in 4K" → "shot").
      const before = tokens[f.from - 1];
      const stated = statedFrom(analysis, lead, leadNouns, f.from);
      const clauseEnd = analysis.clauses[tokens[to - 1]!.clause]!.tokenEnd;
      // The statement ends the clause, or "and" joins what follows: "The aspect ratio is 16:9 and the fox runs."
      const joined = stated !== undefined && tokens[to]?.norm === 'and' && sameSentence(tokens, f.from, to);
      const closes = joined || clauseEnd === to || (clauseEnd === to + 1 && !isWordToken(tokens[to]));
      const removeEnd = joined ? tokens[to]!.end : end;
      const removeFrom =
        f.removeFrom !== undefined
          ? tokens[f.removeFrom]!.start
          : f.startChar !== undefined
            ? start
            : stated !== undefined && closes
            ? tokens[stated]!.start
            : isWordToken(before) && (BEFORE.has(before.norm) || (BEFORE_ENDING.has(before.norm) && endsPhrase(tokens, to))) && sameSentence(tokens, f.from, f.from - 1) && !DASHES.has(tokens[f.from]!.text) && !VALUE_FLAGS.has(tokens[f.from]!.norm)
              ? before.start
              : (f.setting === 'resolution' ? gradedFrom(analysis, f.from, to) : undefined) ?? start;
      const written = text.slice(start, end);
      const model = context.model;
      // "HD" asks for 720p or more: a model with a higher resolution has it. Only the words that
      // name the resolution count, not a flag's name or a "resolution"/"quality" after them.
      const floor = f.setting === 'resolution' ? resolutionFloor(namedWords(tokens, f, flags)) : undefined;
      const choice = floor !== undefined ? undefined : modelChoice(model, f.setting, f.value);
      if (floor !== undefined && model && model.resolutions.length > 0) f.value = lowestFrom(model.resolutions, floor) ?? f.value;
      // A size beyond every model's ("32k") names no value of its own: it asks for the model's highest.
      const beyond = choice !== undefined && f.setting === 'resolution' && resolutionHeight(f.value) === undefined;
      const value = beyond ? choice : f.value;
      const data: Record<string, string> = choice && !beyond ? { text: written, value, setting: f.setting, model: model!.name, choice } : { text: written, value, setting: f.setting };
      // A high-speed camera's rate: no model makes it; "slow motion" asks for the look it films for,
      // which a time-lapse is the opposite of.
      if (f.setting === 'frame rate' && Number.parseFloat(f.value) > HIGH_SPEED_FPS) {
        const slow = askedFor(text, tokens, SLOW_MOTION, SLOW_MOTION_PAIR);
        const lapse = slow ? undefined : askedFor(text, tokens, TIME_LAPSE, TIME_LAPSE_PAIR);
        context.report({
          messageId: slow ? 'highSpeedSlowMotion' : lapse ? 'highSpeedTimeLapse' : 'highSpeed',
          range: [start, end],
          data: { text: written, value: f.value, setting: f.setting, ...(slow ? { slowMotion: slow } : lapse ? { timeLapse: lapse } : {}) },
          suggestions: [
            { desc: `Remove "${written}" from the prompt.`, fix: removalFix(text, removeFrom, removeEnd) },
            // "filmed at 240fps" → "filmed in slow motion".
            ...(slow || lapse ? [] : [/^(at|in)\s+$/i.test(text.slice(removeFrom, start)) ? { desc: `Replace "${text.slice(removeFrom, end)}" with "in slow motion".`, fix: { range: [removeFrom, end] as const, text: 'in slow motion' } } : { desc: `Replace "${written}" with "slow motion".`, fix: { range: [start, end] as const, text: 'slow motion' } }]),
          ],
        });
        continue;
      }
      // A setting the model's request has no input for: only removing the words is right.
      if (model && !model.inputs.includes(f.setting)) {
        const made = madeWithoutInput(model, f.setting);
        const data: Record<string, string> = { text: written, setting: f.setting, ...settingKind(f.setting), model: model.name };
        if (made !== undefined) data.made = made;
        context.report({
          messageId: made === undefined ? 'noInput' : 'noInputMakes',
          range: [start, end],
          data,
          suggestions: [{ desc: `Remove "${written}" from the prompt: ${model.name} has no ${f.setting} setting.`, fix: removalFix(text, removeFrom, removeEnd) }],
        });
        continue;
      }
      if (f.value === NO_VALUE) {
        const { kind, article } = settingKind(f.setting);
        context.report({
          messageId: 'noValue',
          range: [start, end],
          data: { text: written, kind, setting: f.setting, article },
          suggestions: [{ desc: `Remove "${written}" from the prompt.`, fix: removalFix(text, removeFrom, removeEnd) }],
        });
        continue;
      }
      const FOR_MODEL = { duration: 'durationForModel', resolution: 'resolutionForModel', 'aspect ratio': 'aspectRatioForModel', 'frame rate': 'frameRateForModel' } as const;
      // With a model that has a frame-rate input, the advice needs no "where the model has one".
      const messageId = choice && !beyond ? FOR_MODEL[f.setting] : model && f.setting === 'frame rate' ? 'frameRateSetting' : MESSAGE[f.setting];
      context.report({
        messageId,
        range: [start, end],
        data,
        suggestions: [{ desc: `Set ${f.setting} to ${choice ?? f.value} in the generation settings and remove "${written}" from the prompt.`, fix: removalFix(text, removeFrom, removeEnd) }],
      });
    }
  },
});
