import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { perOptions, wordListOption } from '../src/engine/word-options.js';
import { removalFix } from '../src/engine/removal.js';
import { isQuoted } from '../src/analysis/quotes.js';
import { isAllCaps } from '../src/analysis/capitals.js';
import { ARTICLES, INDEFINITE_ARTICLES, POSSESSIVES } from '../src/analysis/pos.js';
import { isWordToken } from '../src/analysis/tokenize.js';
import { flagWord, joinedFlagStart } from '../src/analysis/flags.js';
import { gluedFlagName, negativePromptAt } from '../src/analysis/negative-prompt.js';
import { firstIndexWhere } from '../src/analysis/sort.js';
import { phraseKey, phraseParts } from '../src/analysis/lexicon.js';
import type { Token } from '../src/types.js';
import { NOT_HEADS } from './data/subject.js';
import {
  ABSENCE_STATEMENTS,
  CLAUSE_LEADS,
  EMPHATIC_NEGATION,
  EXCLUDED_TAIL_WORDS,
  EXCLUSION_MARKERS,
  NEGATED_VERB_OPENERS,
  NOT_EXCLUSIONS,
  ON_SCREEN_TEXT_CUES,
  PASSIVE_NEGATIONS,
  PICTURE_WORDS,
  SEEING_VERBS,
  SHOWING_VERBS,
  STAGE_PHRASES,
  TAG_NEGATIONS,
  VIEWERS,
  VISIBILITY_WORDS,
} from './data/negative.js';

/**
 * Exclusions written into the prompt ("no people, no text overlays", "avoid blur") work for Sora,
 * but models with a negative-prompt field want them there, and models that ignore negatives may
 * draw the very thing named. An exclusion is:
 *
 * - a clause that opens with a marker ("no", "without", "avoid"…), an inline "Negative prompt:"
 *   label, or a `--no` flag;
 * - a negated verb of showing, as an order ("do not show faces") or said of the video rather than
 *   of a person in it ("the video should not include text", "the frame contains no logos");
 * - the viewer not seeing something ("we never see his face"), and a short noun phrase not being
 *   seen ("faces should not be shown", "the logo must not be visible");
 * - a statement of absence that is its own clause ("there are no people in the shot");
 * - an emphatic "no" after "with"/"without" ("with absolutely no camera shake", "with no logos
 *   whatsoever"), and a shouted all-caps "NO GUN" inside a sentence.
 *
 * "a man with no shoes", "a city where there are no cars" and "the man does not show his face"
 * describe and are left alone, and so is on-screen text ("a sign reading NO PARKING"). Silent when
 * no model is chosen and for models that read inline exclusions.
 */
const defaults = () => ({
  markers: [...EXCLUSION_MARKERS],
  allow: [...NOT_EXCLUSIONS],
  negations: [...NEGATED_VERB_OPENERS],
  showingVerbs: [...SHOWING_VERBS],
  pictureWords: [...PICTURE_WORDS],
  absence: [...ABSENCE_STATEMENTS],
  leads: [...CLAUSE_LEADS],
  emphatic: [...EMPHATIC_NEGATION],
  textCues: [...ON_SCREEN_TEXT_CUES],
  viewers: [...VIEWERS],
  seeingVerbs: [...SEEING_VERBS],
  passiveNegations: [...PASSIVE_NEGATIONS],
  visibility: [...VISIBILITY_WORDS],
  stages: [...STAGE_PHRASES],
  tagNegations: [...TAG_NEGATIONS],
});
const schema = () => {
  const d = defaults();
  return z
    .strictObject({
      markers: wordListOption(d.markers, 'Words that open an exclusion clause ("no", "without", "avoid").'),
      allow: wordListOption(d.allow, 'Phrases that describe rather than exclude ("no one").'),
      negations: wordListOption(d.negations, 'Negations that exclude what a verb of showing after them names ("do not", "should not", "never").'),
      showingVerbs: wordListOption(d.showingVerbs, 'Verbs of showing or including, in dictionary form, that a negation or a following "no" makes an exclusion ("show", "include", "contain").'),
      pictureWords: wordListOption(d.pictureWords, 'Words for the video itself: as the subject of a verb of showing they make it an exclusion ("the video should not include text"), where a thing in the scene is described ("the building contains no windows").'),
      absence: wordListOption(d.absence, 'Statements of absence that are an exclusion when they are their own clause ("there are no", "there should be no").'),
      leads: wordListOption(d.leads, 'Words that may come before an exclusion at the start of its clause ("and", "please", "make sure").'),
      emphatic: wordListOption(d.emphatic, 'Words that make a "no" after "with"/"without", or opening its clause, an exclusion, before it or later in its clause ("absolutely", "whatsoever").'),
      textCues: wordListOption(d.textCues, 'Words next to an all-caps "NO …" that make it on-screen text rather than a shouted exclusion ("reads", "sign").'),
      viewers: wordListOption(d.viewers, 'Whoever watches the video: opening a clause before a negated verb of seeing or showing, they make it an exclusion ("we never see his face").'),
      seeingVerbs: wordListOption(d.seeingVerbs, 'Verbs of seeing or hearing, in dictionary form, that a negation after a viewer makes an exclusion ("see", "hear").'),
      passiveNegations: wordListOption(d.passiveNegations, 'Negations before a word of being seen ("is not", "should not be", "must not be").'),
      visibility: wordListOption(d.visibility, 'Words for being in the picture, as written: after a passive negation they exclude the short noun phrase before it ("the logo must not be visible", "faces should not be shown").'),
      stages: wordListOption(d.stages, 'Words that tie a sentence to one stage of the video: an absence in it describes a change, not an exclusion ("Initially, no growth is observed", "ending with the stream frozen, with no water flow").'),
      tagNegations: wordListOption(d.tagNegations, 'Negations that exclude when they open a tag of a past participle or of describing words and nouns ending on a noun ("…, not blurred, …", "…, not a cat").'),
    })
    .default(d);
};
type Options = z.infer<ReturnType<typeof schema>>;
type PhraseIndex = Map<string, string[][]>;

/** Phrases as word lists, indexed by first word, longest first. */
const split = (phrases: readonly string[]): PhraseIndex => {
  const byFirst = new Map<string, string[][]>();
  for (const parts of phrases.map(phraseParts).filter((p) => p.length > 0).sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(parts[0]!) ?? [];
    list.push(parts);
    byFirst.set(parts[0]!, list);
  }
  return byFirst;
};
/** What opens and closes a JSON value: a string's mark, an array's or an object's bracket. */
const JSON_OPENERS = new Set(['"', '[', '{']);
const JSON_CLOSERS = new Set(['"', ']', '}']);
/** A JSON string's marks, escaped or not, left out of the excluded words. */
const JSON_MARK = /\\?"/g;
/** Commas and stops that end a list are not part of it: "-neg blur, -ar 16:9" reports "-neg blur". */
const LIST_SEPARATORS = new Set([',', '.', ';', ':', '!', '?', '\u2026']);
const PREPOSITIONAL = new Set(['without', 'with']);
/** Quotation marks, as written or as HTML references, that may wrap a negative list. */
const LIST_MARKS = new Set(['"', "'", '`', '&quot;', '&#34;', '&#39;', '\u201c', '\u201d', '\u201e', '\u2018', '\u2019', '\u00ab', '\u00bb']);

/** An item inside its own marks without them (`&quot;blurry&quot;` → `blurry`, keeping the spaces around), or undefined. */
function withoutMarks(item: string): string | undefined {
  const from = item.length - item.trimStart().length;
  const to = item.trimEnd().length;
  const core = item.slice(from, to);
  for (const open of LIST_MARKS) {
    if (!core.startsWith(open)) continue;
    for (const close of LIST_MARKS) {
      if (core.length - close.length <= open.length || !core.endsWith(close)) continue;
      const inner = core.slice(open.length, core.length - close.length);
      if (inner.trimEnd() === inner) return item.slice(0, from) + inner + item.slice(to);
    }
  }
  return undefined;
}

/** A list whose every item has its own marks (`-neg "blurry","ugly"`) names the things without them: the field takes the things. */
function unquotedItems(list: string): string {
  const items = list.split(',');
  if (items.length < 2) return list;
  const bare: string[] = [];
  for (const item of items) {
    const bareItem = withoutMarks(item);
    if (bareItem === undefined) return list;
    bare.push(bareItem);
  }
  return bare.join(',');
}
/** Single marks that may also be an apostrophe ("the dogs'"): closing a list only when one opened it. */
const APOSTROPHES = new Set(["'", '&#39;', '\u2019']);
const BRACKETS = new Map([['(', ')'], ['[', ']'], ['{', '}']]);
const CLOSING_BRACKETS = new Set(BRACKETS.values());
/** Parts of speech of a tag's words: a "no" between such words runs a new exclusion on ("city no deformation"). */
const TAG_WORDS = new Set(['noun', 'adj']);
/** Words tagged as nouns that head no noun phrase ("here", "tonight", "backwards"). */
const NOT_HEAD = new Set(NOT_HEADS);
/** The most words after a "no" run on after a tag. */
const MAX_TAG_RUN_ON = 3;
/** How many words before such a "no" are read for a verb or a pronoun. */
const TAG_LOOK_BACK = 8;
/** The most marks and brackets peeled off either end of a list. */
const MAX_WRAPPING = 6;
/** Subject kinds that are part of a look: a body part or something worn. */
const LOOK_KINDS = new Set(['part', 'clothing']);
const UPPER_START = /^\p{Lu}/u;
/** Where what an exclusion names ends: "no other elements in the frame to distract from the plant" names "other elements". */
const TAIL = split(EXCLUDED_TAIL_WORDS);
/** Words that place what is excluded in the picture ("no text in the video"): said of it, not part of it. */
const IN_PICTURE = new Set(['in', 'on', 'within']);
/** Parts of the picture narrow what is excluded: "no people in the background" keeps its place. */
const PICTURE_PARTS = new Set(['background', 'foreground']);
const LETTER = /\p{L}/u;
/** Prepositions that place things where they are ("no people on the beach"), not on a path ("from the cliff to the bottom"). */
const PLACING = new Set(['in', 'on', 'at', 'inside', 'within', 'under', 'beneath', 'underneath', 'below', 'above', 'over', 'near', 'beside', 'behind', 'around', 'among', 'amid', 'along', 'across', 'atop']);
/** A subject longer than this is a description with its own clauses, not "the video". */
const MAX_SUBJECT_WORDS = 4;
/** The longest noun phrase a passive of showing excludes ("the face of the old man"). */
const MAX_PASSIVE_SUBJECT_WORDS = 6;
/** Words that start a clause of their own: "a crowd whose edges are not visible" describes the crowd. */
const SUBORDINATORS = new Set(['whose', 'which', 'that', 'who', 'whom', 'where', 'when', 'while', 'because', 'if', 'although', 'though', 'until', 'since', 'as', 'why', 'how']);

interface Compiled {
  markers: PhraseIndex;
  allow: PhraseIndex;
  negations: PhraseIndex;
  absence: PhraseIndex;
  leads: PhraseIndex;
  viewers: PhraseIndex;
  passives: PhraseIndex;
  visibility: PhraseIndex;
  stages: PhraseIndex;
  tagNegations: ReadonlySet<string>;
  showing: ReadonlySet<string>;
  seeing: ReadonlySet<string>;
  picture: ReadonlySet<string>;
  emphatic: ReadonlySet<string>;
  textCues: ReadonlySet<string>;
  /** Every word an exclusion inside a clause can start with: most words are none of them. */
  triggers: ReadonlySet<string>;
}
const compile = perOptions((o: Options): Compiled => {
  const [markers, negations, absence, passives] = [split(o.markers), split(o.negations), split(o.absence), split(o.passiveNegations)];
  const showing = new Set(o.showingVerbs.map(phraseKey));
  return {
    markers,
    allow: split(o.allow),
    negations,
    absence,
    leads: split(o.leads),
    viewers: split(o.viewers),
    passives,
    visibility: split(o.visibility),
    stages: split(o.stages),
    tagNegations: new Set(o.tagNegations.map(phraseKey)),
    showing,
    seeing: new Set(o.seeingVerbs.map(phraseKey)),
    picture: new Set(o.pictureWords.map(phraseKey)),
    emphatic: new Set(o.emphatic.map(phraseKey)),
    textCues: new Set(o.textCues.map(phraseKey)),
    triggers: new Set(['no', ...markers.keys(), ...negations.keys(), ...absence.keys(), ...passives.keys(), ...showing]),
  };
});

interface Span {
  start: number;
  end: number;
  /** What is excluded, as written. */
  excluded: string;
  /** The clause the span is the whole of (neighbours merge into one finding), or -1. */
  clause: number;
  /** Where the removal suggestion starts ("and", "make sure" before the exclusion go with it); none when removing would take other words. */
  cut?: number;
}

/**
 * A flag list that a tool's next flag is typed straight after ("-neg blurry, deformed-ar16:9"): the
 * list goes alone, and the space before it stays to part that flag from the prose.
 */
const flagGluedAfter = (text: string, cut: number, end: number): boolean => text[cut] === '-' && text[cut - 1] === ' ' && text[end] === '-' && LETTER.test(text[end + 1] ?? '');

/** Written in capitals: "NO", "GUN" (not "No", not "4K"). */
const isShouted = (t: Token | undefined): t is Token => isWordToken(t) && LETTER.test(t.text) && isAllCaps(t.text);

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Put exclusions in the negative-prompt field (or describe what is there) for models that do not read "no …" in the prompt.',
      recommended: true,
      dimension: 'specificity',
    },
    messages: {
      moveToField: '{{model}} takes exclusions in a separate negative-prompt field: move "{{excluded}}" there and keep the prompt positive.',
      describeInstead: '{{model}} has no negative prompt and may draw what "{{text}}" names: describe what is there instead (e.g. "an empty beach" rather than "no people").',
    },
    schema,
    defaultOptions: defaults(),
    defaultSeverity: 'warning',
    hasSuggestions: true,
  },
  check(analysis, context) {
    const model = context.model;
    if (!model || model.negatives === 'inline') return;
    const sets = compile(context.options);
    const { tokens, text } = analysis;
    const phraseAt = (i: number, index: PhraseIndex): number => {
      const t = tokens[i];
      const phrases = t && isWordToken(t) ? index.get(t.norm) : undefined;
      if (!phrases) return 0;
      for (const parts of phrases) {
        let k = 0;
        while (k < parts.length && isWordToken(tokens[i + k]) && tokens[i + k]!.norm === parts[k]) k++;
        if (k === parts.length) return k;
      }
      return 0;
    };
    let lookStarts: Set<number> | undefined;
    const looks = (t: Token): boolean => {
      lookStarts ??= new Set(analysis.byCategory.subject.filter((m) => LOOK_KINDS.has(m.kind)).map((m) => m.start));
      return lookStarts.has(t.start);
    };
    const lastWordBefore = (end: number, from: number): number => {
      let j = end - 1;
      while (j > from && !isWordToken(tokens[j])) j--;
      return j;
    };
    const nextWord = (from: number, end: number): number => {
      let j = from;
      while (j < end && !isWordToken(tokens[j])) j++;
      return j;
    };
    const previousWord = (before: number, from: number): number => {
      let j = before - 1;
      while (j >= from && !isWordToken(tokens[j])) j--;
      return j;
    };

    /**
     * The things a negative prompt lists, as written, less a marker opening an item: `-neg "no
     * humans, no dogs"` lists "humans, dogs", since a negative-prompt field takes things, not orders.
     */
    const listedThings = (from: number, to: number): string => {
      // "-neg, blurry": the comma after a flag is no part of its list.
      while (from < to && LIST_SEPARATORS.has(tokens[from]!.text)) from++;
      let out = '';
      let kept = tokens[from]!.start;
      for (let k = nextWord(from, to + 1); k <= to; k = nextWord(k + 1, to + 1)) {
        if (k !== from && !LIST_SEPARATORS.has(tokens[k - 1]!.text)) continue;
        const marker = phraseAt(k, sets.markers);
        const thing = marker > 0 ? nextWord(k + marker, to + 1) : to + 1;
        if (thing > to || thing !== k + marker) continue;
        out += text.slice(kept, tokens[k]!.start);
        kept = tokens[thing]!.start;
      }
      return out + text.slice(kept, tokens[to]!.end);
    };

    /**
     * A list less the marks around it (`-neg &quot;blurry, grainy&quot;`, `-neg „hands“`, `-neg
     * (blurry, sketch)`) where the analysis found no quotation, as when a mark is left open or the list
     * is long: the field takes the things. A bracket goes only with its partner, or when it closes
     * nothing in the list (`[… --neg "deformities"]`).
     */
    const unwrapped = (from: number, to: number): [number, number] => {
      const opening = tokens[from]!.text;
      // Marks around each item ("'blurry','ugly'") are not taken here, which would leave them unpaired; unquotedItems takes them all.
      for (let k = from + 1; k < to; k++) if (LIST_MARKS.has(tokens[k]!.text)) return [from, to];
      for (let n = 0; n < MAX_WRAPPING && from < to; n++) {
        const [first, end] = [tokens[from]!.text, tokens[to]!.text];
        if (LIST_SEPARATORS.has(first) || LIST_MARKS.has(first)) from++;
        else if (LIST_SEPARATORS.has(end) || (LIST_MARKS.has(end) && (!APOSTROPHES.has(end) || LIST_MARKS.has(opening)))) to--;
        else if (BRACKETS.get(first) === end && !bracketBetween(from + 1, to)) [from, to] = [from + 1, to - 1];
        else if (CLOSING_BRACKETS.has(end) && !bracketBetween(from, to)) to--;
        else break;
      }
      return [from, to];
    };
    /** Whether a bracket, opening or closing, is among tokens `from` to `to` (exclusive). */
    const bracketBetween = (from: number, to: number): boolean => {
      for (let k = from; k < to; k++) if (BRACKETS.has(tokens[k]!.text) || CLOSING_BRACKETS.has(tokens[k]!.text)) return true;
      return false;
    };

    const spans: Span[] = [];
    // Inline negative prompts ("--no text", "-neg blur", "Negative prompt: watermark"), as the
    // analysis reads them: each is one finding, from its flag or label to the end of its list.
    const lists = analysis.negativePrompts;
    const { quotations } = analysis;
    for (let n = 0; n < lists.length; n++) {
      const p = lists[n]!;
      let last = p.tokenEnd - 1;
      while (last >= p.tokenStart && LIST_SEPARATORS.has(tokens[last]!.text)) last--;
      if (lastWordBefore(last + 1, p.tokenStart - 1) < p.tokenStart) continue; // nothing listed
      // "--no -neg: blur": a flag with nothing after it goes with the list that follows.
      const before = lists[n - 1];
      const opener = before && before.tokenEnd === p.opener && before.tokenStart === before.tokenEnd ? before.opener : p.opener;
      // A list that is one quotation ("-neg “blurry, grainy”") excludes what is inside the marks.
      const q = quotations[firstIndexWhere(quotations.length, (k) => quotations[k]!.tokenEnd > p.tokenStart)];
      const [from, to] = q && q.tokenStart === p.tokenStart + 1 && q.tokenEnd === last ? [q.tokenStart, q.tokenEnd - 1] : [p.tokenStart, last];
      // A JSON entry (`"avoid": ["text", "logos"]`) is reported whole, marks and brackets too; removing
      // it would leave the object's commas to mend, so no suggestion.
      const keyMark = tokens[opener - 1];
      const closer = tokens[p.tokenEnd];
      if (keyMark?.text === '"' && JSON_CLOSERS.has(closer?.text ?? '') && JSON_OPENERS.has(tokens[p.tokenStart - 1]?.text ?? '')) {
        spans.push({ start: keyMark.start, end: closer!.end, excluded: listedThings(from, to).replace(JSON_MARK, ''), clause: -1 });
        continue;
      }
      // A flag glued to the word before ("forest-neg blur") starts at its dash; the word stays.
      const flag = tokens[opener]!;
      const glued = flag.kind === 'word' && gluedFlagName(flag.norm);
      const start = glued ? flag.start + flag.text.lastIndexOf('-') : flag.start;
      // A bracket that closes the whole prompt (`[… --neg blur]`) is no part of the list, and the removal keeps it.
      let end = last;
      while (end > p.tokenStart && (CLOSING_BRACKETS.has(tokens[end]!.text) || LIST_SEPARATORS.has(tokens[end]!.text)) && !bracketBetween(p.tokenStart, end)) end--;
      const [first, final] = unwrapped(from, Math.min(to, end));
      let things = listedThings(first, final);
      // A flag typed onto the last word ("deformed-ar16:9") is no part of the list.
      const flagAt = tokens[final]!.kind === 'word' ? joinedFlagStart(tokens, final) : -1;
      if (flagAt >= 0) things = things.slice(0, things.length - (tokens[final]!.end - flagAt));
      spans.push({ start, end: flagAt >= 0 && final === end ? flagAt : tokens[end]!.end, excluded: unquotedItems(things), clause: -1, cut: start });
    }
    /** Whether token `k` is in a negative prompt, its flag or label included. */
    const inList = (k: number) => negativePromptAt(lists, k) !== undefined;

    /**
     * What follows a "no": a number ("No 5"), a capitalised name ("No Entry"), a pronoun ("No, he
     * finds…": an answer) or a comparison ("no bigger than a thumb") is not an excluded thing.
     */
    const namesNothing = (after: Token | undefined): boolean =>
      !isWordToken(after) ||
      after.kind === 'number' ||
      (UPPER_START.test(after.text) && after.text !== after.text.toUpperCase()) ||
      (after.tag === 'pron' && !POSSESSIVES.has(after.norm)) ||
      tokens[after.index + 1]?.norm === 'than';
    /** The excluded words from `from` to `last`, without a leading "any" or a closing "whatsoever" ("include any text" excludes text). */
    const excludedText = (from: number, last: number): string => {
      let [j, k] = [from, last];
      if (tokens[j]!.norm === 'any' && j < k) j = nextWord(j + 1, k + 1);
      // What is said of the things is no thing: "other elements in the frame to distract from the plant",
      // "people visible in the video", "grass just concrete".
      // Not inside a clause that is the thing: "you will never see who it is".
      const clauseObject = tokens[j]!.tag === 'pron' && !POSSESSIVES.has(tokens[j]!.norm);
      for (let m = nextWord(j + 1, k + 1); m <= k && !clauseObject; m = nextWord(m + 1, k + 1)) {
        if (endsExcluded(m, k) || placedByPronoun(m, k)) {
          k = previousWord(m, j);
          break;
        }
      }
      while (k > j && sets.emphatic.has(tokens[k]!.norm)) k = previousWord(k, j);
      return text.slice(tokens[j]!.start, tokens[k]!.end);
    };
    /** "no people in it", "no words on it": a preposition and a pronoun for the picture or the place closing the things say where, not what. */
    const placedByPronoun = (m: number, last: number): boolean => {
      const after = tokens[m + 1];
      return IN_PICTURE.has(tokens[m]!.norm) && m + 1 === last && isWordToken(after) && after.tag === 'pron' && !POSSESSIVES.has(after.norm);
    };
    /** Token `m` begins what an exclusion says of its things: a relative or a purpose, a contrast, their being seen, their place in the picture. */
    const endsExcluded = (m: number, last: number): boolean => {
      const t = tokens[m]!;
      if (phraseAt(m, TAIL) > 0 || phraseAt(m, sets.visibility) > 0) return true;
      // A verb in the present with words after it says what the things do: "No loud music disturbs the
      // ears" names the music ("without camera moves" ends on a noun; "the insanity they inspires" is a clause).
      if (t.tag === 'verb' && t.verbForm === 's' && m < last && tokens[previousWord(m, 0)]?.tag !== 'pron') return true;
      const after = tokens[nextWord(m + 1, tokens.length)];
      // So does a participle after a noun with its own object or place: "no additional elements cluttering
      // the scene" names the elements ("no ice skating rink", "no people walking" are things).
      if (t.tag === 'verb' && t.verbForm === 'ing' && m < last && tokens[previousWord(m, 0)]?.tag === 'noun' && isWordToken(after) && (after.tag === 'det' || after.tag === 'prep' || POSSESSIVES.has(after.norm))) return true;
      if (t.norm === 'to') return after?.tag === 'verb';
      if (!IN_PICTURE.has(t.norm) || !isWordToken(after)) return false;
      const noun = after.tag === 'det' ? tokens[nextWord(after.index + 1, tokens.length)] : after;
      return isWordToken(noun) && sets.picture.has(noun.lemma) && !PICTURE_PARTS.has(noun.lemma);
    };
    /**
     * The last word of the things an exclusion names when a place the lexicon knows follows them ("no
     * people on the beach", "there is no traffic in the street at night"): the place stays in the prompt,
     * only the things go to the field. A part of the picture narrows the things instead ("no people in the
     * background"), and a phrase read as a place only for its preposition may be a part of them ("no logo
     * on sleeves"). Else -1.
     */
    const thingsBeforePlace = (from: number, last: number): number => {
      let words = 0;
      for (let m = nextWord(from + 1, last + 1); m <= last && ++words <= MAX_SUBJECT_WORDS; m = nextWord(m + 1, last + 1)) {
        if (tokens[m]!.tag !== 'prep') continue;
        const after = nextWord(m + 1, last + 1);
        const noun = after <= last && tokens[after]!.tag === 'det' ? nextWord(after + 1, last + 1) : after;
        if (!PLACING.has(tokens[m]!.norm) || noun > last || PICTURE_PARTS.has(tokens[noun]!.lemma) || endsExcluded(m, last)) return -1;
        return analysis.byCategory.environment.some((e) => e.tokenStart >= m && e.tokenStart <= noun && e.kind !== 'locative') ? previousWord(m, from) : -1;
      }
      return -1;
    };
    /**
     * A "no" glued by a space to the describing word or noun before it, with one to three nouns or
     * describing words after it that end the clause: "city no deformation", "black and white no color"
     * (not "say no", "he has no boat", "eight no face masks", "no so real").
     */
    const isTagRunOn = (k: number, body: number, last: number): boolean => {
      const before = tokens[k - 1];
      if (!isWordToken(before) || !TAG_WORDS.has(before.tag) || (sets.showing.has(before.lemma) && before.norm !== before.lemma) || phraseAt(k, sets.allow) > 0 || namesNothing(tokens[k + 1])) return false;
      if (last - k > MAX_TAG_RUN_ON || !isWordToken(tokens[last])) return false;
      for (let j = k + 1; j <= last; j++) if (!isWordToken(tokens[j]) || !TAG_WORDS.has(tokens[j]!.tag)) return false;
      // Tags have no verb and no one doing anything: "… but mean no harm", "the sun itself shows no mercy" say what someone does.
      for (let j = previousWord(k, body), n = 0; j >= body && n < TAG_LOOK_BACK; j = previousWord(j, body), n++) {
        const t = tokens[j]!;
        // A pronoun after a preposition is an object, no one doing anything: "a man looking at it, 8k no animation".
        const subject = t.tag === 'pron' && tokens[previousWord(j, body)]?.tag !== 'prep';
        if (subject || SUBORDINATORS.has(t.norm) || (t.tag === 'verb' && t.verbForm !== 'ing' && t.verbForm !== 'ed')) return false;
      }
      return true;
    };
    /**
     * A negation opening a tag that is only a past participle ("not blurred", "not cluttered") or one
     * to three describing words and nouns ending on a noun, "a" or "an" first ("not a cat", "not slow
     * motion"). Not a state or a mood ("not afraid", "not alone", "not bad"), a verb in -ing ("not
     * falling"), an adverb ("not so pretty"), a word that heads nothing ("not here", "not
     * backwards"), "the" ("not the end"), a name or a number ("not Paris").
     */
    const isNegatedTag = (k: number, last: number): boolean => {
      if (last <= k || last - k > MAX_TAG_RUN_ON || namesNothing(tokens[k + 1])) return false;
      const head = tokens[last]!;
      if (last === k + 1 && head.tag === 'verb' && head.verbForm === 'ed') return true;
      for (let j = k + 1; j <= last; j++) {
        const t = tokens[j]!;
        if (!isWordToken(t) || !(TAG_WORDS.has(t.tag) || (j === k + 1 && INDEFINITE_ARTICLES.has(t.norm) && j < last))) return false;
      }
      return head.tag === 'noun' && !NOT_HEAD.has(head.norm);
    };
    /**
     * The last token of a camera movement the lexicon reads at token `at`, ending the clause or its
     * phrase ("camera movement", "camera shake"), or -1.
     */
    const cameraMovementAt = (at: number, last: number): number => {
      for (const m of analysis.byCategory.camera) {
        if (m.tokenStart > at) break;
        // "with no camera movement" is read whole as a static camera: its "no" opens the match.
        const opens = m.tokenStart === at || (m.tokenStart === at - 1 && tokens[m.tokenStart]!.norm === 'no');
        if (!opens || (m.kind !== 'movement' && m.kind !== 'static') || m.tokenEnd - 1 > last) continue;
        const after = tokens[m.tokenEnd];
        return m.tokenEnd - 1 === last || !isWordToken(after) ? m.tokenEnd - 1 : -1;
      }
      return -1;
    };
    /**
     * The word that names the picture in "… in the frame" a few words after token `from`, with a
     * thing named between them ("children in the frame"), or -1.
     */
    const pictureAfter = (from: number, last: number): number => {
      let words = 0;
      for (let m = nextWord(from + 1, last + 1); m < last && ++words <= MAX_SUBJECT_WORDS; m = nextWord(m + 1, last + 1)) {
        if (!IN_PICTURE.has(tokens[m]!.norm)) continue;
        if (!endsExcluded(m, last)) return -1;
        const after = nextWord(m + 1, last + 1);
        return tokens[after]!.tag === 'det' ? nextWord(after + 1, last + 1) : after;
      }
      return -1;
    };
    /**
     * Whether the sentence of token `k`, up to the end of its clause, ties it to one stage of the
     * video ("Initially, no growth is observed"; "…, ending with the stream frozen, with no water flow").
     */
    const atStage = (k: number, clauseEnd: number): boolean => {
      for (let j = analysis.sentences[tokens[k]!.sentence]!.tokenStart; j < clauseEnd; j++) if (phraseAt(j, sets.stages) > 0) return true;
      return false;
    };
    /**
     * An "avoiding" inside a sentence that has its own verb, or before an article or a possessive, tells
     * what the subject does: "he navigated the corridors, avoiding deadly traps", "…, avoiding the passage
     * of the army" ("…, 4k, avoiding blur" still excludes).
     */
    const participleAfterVerb = (k: number): boolean => {
      if (tokens[k]!.norm !== 'avoiding' || analysis.sentences[tokens[k]!.sentence]!.tokenStart === k) return false;
      const next = tokens[k + 1];
      if (isWordToken(next) && (ARTICLES.has(next.norm) || POSSESSIVES.has(next.norm))) return true;
      for (let j = analysis.sentences[tokens[k]!.sentence]!.tokenStart; j < k; j++) {
        const t = tokens[j]!;
        if (isWordToken(t) && t.tag === 'verb' && t.verbForm !== 'ing' && !inList(j)) return true;
      }
      return false;
    };
    /** A lead phrase ("and", "make sure that") that ends right before token `k`: its first token, or -1. */
    const leadBefore = (k: number, from: number): number => {
      for (let j = previousWord(k, from), n = 0; j >= from && n < 3; j = previousWord(j, from), n++) {
        const len = phraseAt(j, sets.leads);
        if (len > 0 && nextWord(j + len, k + 1) === k) return j;
      }
      return -1;
    };
    /** No verb and no person among the words: "in the shot", "the video" (not "he", not "the man walks"). */
    const isVerbless = (from: number, to: number): boolean => {
      for (let j = from; j < to; j++) {
        const t = tokens[j]!;
        if (isWordToken(t) && (t.tag === 'verb' || (t.tag === 'pron' && t.norm !== 'it'))) return false;
      }
      const [start, end] = [tokens[from]!.start, tokens[to]!.start];
      return !analysis.subjects.some((s) => s.animate && s.start < end && s.end > start);
    };
    /**
     * Words before a verb that are only its subject, a short noun phrase naming the video itself:
     * "the video should not include text" orders; "the man does not show his face", "the building
     * contains no windows" and "a land where the sun shows no mercy" describe.
     */
    const isPictureSubject = (from: number, to: number): boolean => {
      const head = previousWord(to, from);
      if (head < from || !sets.picture.has(tokens[head]!.lemma)) return false;
      let words = 0;
      for (let j = from; j < to; j++) if (isWordToken(tokens[j]) && (++words > MAX_SUBJECT_WORDS || tokens[j]!.tag === 'prep')) return false;
      return isVerbless(from, to);
    };
    /**
     * A viewer ("we", "the audience") right before token `k`: its first token, or -1. Not after a
     * word that makes it a clause of its own ("a town where you never see the sun" describes).
     */
    const viewerBefore = (k: number, from: number): number => {
      for (let j = previousWord(k, from), n = 0; j >= from && n < 2; j = previousWord(j, from), n++) {
        const len = phraseAt(j, sets.viewers);
        if (len === 0 || nextWord(j + len, k + 1) !== k) continue;
        const before = previousWord(j, from);
        return before >= from && SUBORDINATORS.has(tokens[before]!.norm) ? -1 : j;
      }
      return -1;
    };
    /**
     * Words before a passive of showing that are only a short noun phrase: "faces", "the logo",
     * "her face" (not "it", not "a crowd whose edges", not "the man walks and his face").
     */
    const isPassiveSubject = (from: number, to: number): boolean => {
      if (to - from > 2 * MAX_PASSIVE_SUBJECT_WORDS) return false;
      let words = 0;
      for (let j = from; j < to; j++) {
        const t = tokens[j]!;
        if (!isWordToken(t)) continue;
        // Of the pronouns only a possessive begins a noun phrase ("her face is not visible"); any other names nothing to exclude.
        if (++words > MAX_PASSIVE_SUBJECT_WORDS || SUBORDINATORS.has(t.norm) || (t.tag === 'pron' && !POSSESSIVES.has(t.norm)) || t.verbForm === 's') return false;
      }
      return words > 0;
    };
    /** The sentence is shouted as a whole (or is a title): its capitals say nothing. */
    const shoutedSentence = (sentence: number): boolean => {
      const { tokenStart, tokenEnd } = analysis.sentences[sentence]!;
      let caps = 0;
      let all = 0;
      for (let j = tokenStart; j < tokenEnd; j++) {
        const t = tokens[j]!;
        if (!isWordToken(t) || t.text.length < 2 || !LETTER.test(t.text)) continue;
        all++;
        if (isShouted(t)) caps++;
      }
      return caps * 2 > all;
    };
    /** Words inside quotation marks are dialogue or on-screen text ("She says: \u201CNo more.\u201D"), not instructions. */
    const quoted = (k: number): boolean => isQuoted(analysis.quotations, k);
    const isTextCue = (t: Token | undefined) => isWordToken(t) && (sets.textCues.has(t.norm) || sets.textCues.has(t.lemma));

    /**
     * Exclusions that do not open their clause, from the first word after the clause's leads
     * (`body`) to its end. Most run to the end of the clause; a shouted "NO GUN" is just itself.
     */
    const inlineExclusions = (clause: { index: number; sentence: number; tokenEnd: number }, first: number, body: number): void => {
      const end = clause.tokenEnd;
      const last = lastWordBefore(end, body);
      const whole = (k: number) => k === body;
      const push = (start: number, lastWord: number, object: number, cut: number | undefined, clauseIndex: number): void => {
        spans.push({ start: tokens[start]!.start, end: tokens[lastWord]!.end, excluded: excludedText(object, lastWord), clause: clauseIndex, cut });
      };
      for (let k = body; k <= last; k++) {
        const t = tokens[k]!;
        if (!isWordToken(t) || !(sets.triggers.has(t.norm) || sets.triggers.has(t.lemma)) || inList(k) || quoted(k)) continue;
        // "there are no people in the shot": a statement of absence that is its own clause.
        const absence = phraseAt(k, sets.absence);
        if (absence > 0) {
          const object = nextWord(k + absence, end);
          const closing = tokens[k + absence - 1]!;
          const describes = closing.norm === 'no' && (phraseAt(k + absence - 1, sets.allow) > 0 || namesNothing(tokens[object]));
          if (object <= last && !describes && !atStage(k, end)) {
            const lead = whole(k) ? first : leadBefore(k, body);
            const things = object < last ? thingsBeforePlace(object, last) : -1;
            if (lead >= 0) return things >= 0 ? push(k, things, object, tokens[lead]!.start, -1) : push(k, last, object, tokens[lead]!.start, whole(k) ? clause.index : -1);
            // "In the shot there are no people": a place phrase before it, no verb.
            if (tokens[body]!.tag === 'prep' && isVerbless(body, k)) return push(k, last, object, undefined, -1);
          }
          continue;
        }
        // "faces should not be shown", "the logo must not be visible": the subject is excluded.
        const passive = phraseAt(k, sets.passives);
        if (passive > 0 && k > body && phraseAt(k + passive, sets.visibility) > 0 && isPassiveSubject(body, k)) {
          spans.push({ start: tokens[body]!.start, end: tokens[last]!.end, excluded: excludedText(body, previousWord(k, body)), clause: clause.index, cut: tokens[first]!.start });
          return;
        }
        // "do not show faces", "the video should not include any text", "we never see his face".
        const negation = phraseAt(k, sets.negations);
        const verb = tokens[k + negation];
        const viewer = negation > 0 ? viewerBefore(k, body) : -1;
        if (negation > 0 && isWordToken(verb) && (sets.showing.has(verb.lemma) || (viewer >= 0 && sets.seeing.has(verb.lemma))) && !verb.norm.endsWith('ing')) {
          const object = nextWord(k + negation + 1, end);
          if (object <= last && viewer > body) return push(viewer, last, object, undefined, -1); // run on after a description: no suggestion
          if (object <= last && (whole(k) || viewer === body || isPictureSubject(body, k))) return push(whole(k) ? k : body, last, object, tokens[first]!.start, clause.index);
        }
        // "the frame contains no logos", "the video shows absolutely no people".
        const no = isWordToken(tokens[k + 1]) && sets.emphatic.has(tokens[k + 1]!.norm) ? k + 2 : k + 1;
        // With no subject it is an order ("show no faces"), not a report ("…, shows no change").
        const form = () => (k === body ? t.norm === t.lemma : !/(ing|ed)$/.test(t.norm));
        if (sets.showing.has(t.lemma) && tokens[no]?.norm === 'no' && form() && phraseAt(no, sets.allow) === 0 && !namesNothing(tokens[no + 1])) {
          if (whole(k) || isPictureSubject(body, k)) return push(body, last, no + 1, tokens[first]!.start, clause.index);
        }
        // "with absolutely no camera shake", "no logos whatsoever".
        if (t.norm === 'no' && phraseAt(k, sets.allow) === 0 && !namesNothing(tokens[k + 1]) && k + 1 <= last) {
          const before = previousWord(k, body);
          const stressed = before >= body && sets.emphatic.has(tokens[before]!.norm);
          let closer = -1;
          for (let j = k + 1; j <= last && closer < 0; j++) if (isWordToken(tokens[j]) && sets.emphatic.has(tokens[j]!.norm)) closer = j;
          let start = stressed ? before : k;
          const preposition = previousWord(start, body);
          if (preposition >= body && PREPOSITIONAL.has(tokens[preposition]!.norm)) start = preposition;
          // Only as a clause or after "with"/"without": "the man shows no emotion whatsoever" says
          // what he does, not what to leave out.
          const standsAlone = whole(start) || PREPOSITIONAL.has(tokens[start]!.norm);
          if ((stressed || closer > k + 1) && standsAlone) {
            const stop = closer > 0 ? closer : last;
            // The whole clause goes; so does "with … whatsoever", which is only the exclusion.
            const cut = whole(start) ? tokens[first]!.start : closer > 0 ? tokens[start]!.start : undefined;
            spans.push({ start: tokens[start]!.start, end: tokens[stop]!.end, excluded: excludedText(k + 1, stop), clause: whole(start) && stop === last ? clause.index : -1, cut });
            k = stop;
            continue;
          }
        }
        // "an old city no deformation, …": a "no" run on after a tag, closing its clause with a short noun phrase.
        if (t.norm === 'no' && k > body && isTagRunOn(k, body, last)) {
          push(k, last, k + 1, undefined, -1);
          continue;
        }
        // "painted without children in the frame": a thing kept out of the picture itself, wherever the clause puts it.
        const kept = t.norm === 'without' ? k + 1 : t.norm === 'with' && tokens[k + 1]?.norm === 'no' ? k + 2 : -1;
        const picture = kept > 0 && phraseAt(k, sets.allow) === 0 ? pictureAfter(kept, last) : -1;
        if (picture > 0) {
          spans.push({ start: t.start, end: tokens[picture]!.end, excluded: excludedText(kept, picture), clause: -1, cut: t.start });
          k = picture;
          continue;
        }
        // "focusing on the gallop without any camera movement": a camera movement is never part of the scene described.
        const from = tokens[kept]?.norm === 'any' ? kept + 1 : kept;
        const moveEnd = kept > 0 && phraseAt(k, sets.allow) === 0 ? cameraMovementAt(from, last) : -1;
        if (moveEnd > 0) {
          spans.push({ start: t.start, end: tokens[moveEnd]!.end, excluded: excludedText(from, moveEnd), clause: -1, cut: t.start });
          k = moveEnd;
          continue;
        }
        // "a woman in a mask NO GUN dancing": a marker shouted in capitals inside a sentence.
        const shouted = phraseAt(k, sets.markers);
        if (shouted > 0 && tokens.slice(k, k + shouted).every((w) => !isWordToken(w) || isShouted(w))) {
          let stop = k + shouted;
          while (stop <= last && isShouted(tokens[stop])) stop++;
          const words = stop - 1;
          // "NO PARKING", "NO SMOKING": a "no" before a gerund is the wording of a sign.
          const sign = isWordToken(tokens[k + shouted]) && tokens[k + shouted]!.norm.endsWith('ing');
          if (words < k + shouted || sign || shoutedSentence(t.sentence) || isTextCue(tokens[stop])) continue;
          const sentenceStart = analysis.sentences[t.sentence]!.tokenStart;
          const cue = [previousWord(k, sentenceStart), previousWord(previousWord(k, sentenceStart), sentenceStart)].some((j) => j >= sentenceStart && isTextCue(tokens[j]));
          if (cue) continue;
          spans.push({ start: t.start, end: tokens[words]!.end, excluded: text.slice(tokens[k + shouted]!.start, tokens[words]!.end), clause: -1, cut: t.start });
          k = words;
        }
      }
    };

    for (const whole of analysis.clauses) {
      let i = whole.tokenStart;
      while (i < whole.tokenEnd && !isWordToken(tokens[i])) i++;
      if (i >= whole.tokenEnd || inList(i)) continue;
      // The clause's own words end where a negative prompt or a tool's flag starts inside it
      // ("no people -neg blur", "don't show faces -ar 9:16").
      const list = lists[firstIndexWhere(lists.length, (k) => lists[k]!.opener > i)];
      let stop = list && list.opener < whole.tokenEnd ? list.opener : whole.tokenEnd;
      for (let k = i + 1; k < stop; k++) if (flagWord(text, tokens, k) >= 0) stop = k;
      const clause = stop < whole.tokenEnd ? { ...whole, tokenEnd: stop } : whole;
      let body = i;
      for (let lead = phraseAt(body, sets.leads); lead > 0; lead = phraseAt(body, sets.leads)) body = nextWord(body + lead, clause.tokenEnd);
      if (body >= clause.tokenEnd) continue;
      // A clause may open with its leads: "…, and no other cars around" excludes like "…, no other cars".
      const first = i;
      i = body;
      if (phraseAt(i, sets.allow) > 0) continue;
      let marker = phraseAt(i, sets.markers);
      // After a lead only a "no" excludes: "…, and avoid hydroplaning" ends a list of what something does.
      if (i > first && tokens[i]!.norm !== 'no' && !(tokens[i]!.norm === 'with' && tokens[i + 1]?.norm === 'no')) marker = 0;
      if (marker > 0 && quoted(i)) continue;
      // "…, stock photo, not blurred, …": a negated tag.
      if (marker === 0 && i === first && sets.tagNegations.has(tokens[i]!.norm) && !quoted(i)) {
        const last = lastWordBefore(clause.tokenEnd, i);
        if (isNegatedTag(i, last)) {
          spans.push({ start: tokens[i]!.start, end: tokens[last]!.end, excluded: excludedText(i + 1, last), clause: clause.index, cut: tokens[first]!.start });
          continue;
        }
      }
      if (marker === 0) {
        inlineExclusions(clause, first, body);
        continue;
      }
      // "No Pets Allowed sign", "No Entry": a capitalised name after "No" is sign text; "No 5" a number.
      const after = tokens[i + marker];
      if (tokens[i]!.norm === 'no' && isWordToken(after) && namesNothing(after)) continue;
      // "Without you, my life…": a person is no thing to leave out.
      if (isWordToken(after) && after.tag === 'pron' && !POSSESSIVES.has(after.norm)) continue;
      const last = lastWordBefore(clause.tokenEnd, i + marker - 1);
      if (last < i + marker) continue; // a bare "No." has nothing to exclude
      // "a man, dark-haired, without a beard": a body part or a garment left off describes a look.
      if (tokens[i]!.norm === 'without' && marker === 1 && last - i <= 3 && looks(tokens[last]!)) continue;
      // "Without the gem, the world fell dark": a prepositional opener leading into its sentence's
      // main clause is narration, not an exclusion.
      // Inside a sentence it is a tag ("a car on a wet road, without distortion, highly detailed"),
      // unless a gerund follows, which tells how something is done ("…, without including the names").
      const next = analysis.clauses[clause.index + 1];
      const gerund = isWordToken(after) && after.tag === 'verb' && after.norm.endsWith('ing');
      // Closing its sentence too: "Sale of home products, from furniture to decorative items, without
      // maintaining inventory." ("…, without showing any logos" still excludes).
      const closesSentence = analysis.sentences[clause.sentence]!.tokenStart !== whole.tokenStart && (!next || next.sentence !== clause.sentence);
      if (tokens[i]!.norm === 'without' && gerund && closesSentence && !sets.showing.has(after.lemma)) continue;
      const narrates = analysis.sentences[clause.sentence]!.tokenStart === whole.tokenStart || gerund;
      if (tokens[i]!.norm !== 'no' && marker <= 2 && PREPOSITIONAL.has(tokens[i]!.norm) && next && next.sentence === clause.sentence && narrates) {
        const nextFirst = tokens.slice(next.tokenStart, next.tokenEnd).find(isWordToken);
        if (nextFirst && phraseAt(nextFirst.index, sets.markers) === 0) continue;
      }
      // "Initially, no growth is observed": one stage of the video, not the whole of it.
      if (atStage(i, clause.tokenEnd) || participleAfterVerb(i)) continue;
      // "no people on the beach": the place stays, so the finding ends with the things and joins no neighbour.
      const things = thingsBeforePlace(i + marker, last);
      const end = things >= 0 ? things : last;
      spans.push({ start: tokens[i]!.start, end: tokens[end]!.end, excluded: excludedText(i + marker, end), clause: things >= 0 ? -1 : clause.index, cut: tokens[first]!.start });
    }
    spans.sort((a, b) => a.start - b.start);

    // Neighbouring exclusion clauses ("no people, no text overlays") are one finding.
    const merged: Span[] = [];
    for (const s of spans) {
      const prev = merged[merged.length - 1];
      if (prev && prev.clause >= 0 && s.clause >= 0 && prev.clause === s.clause - 1) {
        merged[merged.length - 1] = {
          start: prev.start,
          end: s.end,
          excluded: `${prev.excluded}, ${s.excluded}`,
          clause: s.clause,
          cut: prev.cut !== undefined && s.cut !== undefined ? prev.cut : undefined,
        };
      } else merged.push(s);
    }
    for (const s of merged) {
      const written = text.slice(s.start, s.end);
      const field = model.negatives === 'field';
      context.report({
        messageId: field ? 'moveToField' : 'describeInstead',
        range: [s.start, s.end],
        data: { model: model.name, excluded: s.excluded, text: written },
        suggestions:
          s.cut === undefined
            ? []
            : [
                {
                  desc: field ? `Remove "${written}" and put "${s.excluded}" in the negative-prompt field.` : `Remove "${written}" and describe what is there instead.`,
                  fix: flagGluedAfter(text, s.cut, s.end) ? { range: [s.cut, s.end] as const, text: '' } : removalFix(text, s.cut, s.end),
                },
              ],
      });
    }
  },
});
