import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { lowerCaseSet, perOptions, wordListOption } from '../src/engine/word-options.js';
import { promptRange } from '../src/analysis/index.js';
import { isWordToken } from '../src/analysis/tokenize.js';
import { namesNoun, titleQuotation } from '../src/analysis/quotes.js';
import { afterSpeakerNote } from '../src/analysis/subjects.js';
import { afterTitleOf, namedAfter } from '../src/analysis/capitals.js';
import { NAME_LEADS } from './data/environment.js';
import type { LexiconMatch, PromptAnalysis, Token } from '../src/types.js';
import {
  BARKING_ANIMALS,
  CRY_WORDS,
  SHED_OBJECTS,
  EPITHET_HEADS,
  FULL_OF_VERBS,
  HEARD_EVENTS,
  HEARD_MUSIC_NOUNS,
  INSTRUMENTS,
  MOOD_WORDS,
  MUSICAL_WORDS,
  NOISE_WORDS,
  PERFORMERS,
  PLAYING_VERBS,
  PERFORMER_VERBS,
  SAYING_WORDS,
  TEXT_BEARERS,
  THING_HEADS,
  UNHEARD_FILLS,
  UNSPOKEN_QUOTE_LEADS,
  VERB_ONLY_WORDS,
  VISUAL_NOISE_LEADS,
} from './data/audio.js';

/**
 * Models that generate sound (profile `audio: true`) fill silence with whatever they guess. A
 * prompt for them should say what is heard: a line of dialogue, a sound effect, the ambience.
 * Silent for silent models and when no model is chosen, even if a config turns the rule on.
 *
 * A few sound words have a second, silent sense, told apart by their neighbours: "the serene
 * ambiance" is a mood, "a logo that says CAFE" is writing, "musical instruments" are objects,
 * "the rough bark" belongs to a tree, "a music video" is a genre, "film noise" is grain. Playing an
 * instrument is music even without a sound word.
 */


const DEFAULTS = {
  quotesAreDialogue: true,
  moodWords: [...MOOD_WORDS],
  sayingWords: [...SAYING_WORDS],
  textBearers: [...TEXT_BEARERS],
  musicalWords: [...MUSICAL_WORDS],
  heardMusicNouns: [...HEARD_MUSIC_NOUNS],
  verbOnlyWords: [...VERB_ONLY_WORDS],
  barkingAnimals: [...BARKING_ANIMALS],
  playingVerbs: [...PLAYING_VERBS],
  performerVerbs: [...PERFORMER_VERBS],
  instruments: [...INSTRUMENTS],
  performers: [...PERFORMERS],
  unspokenQuoteLeads: [...UNSPOKEN_QUOTE_LEADS],
  thingHeads: [...THING_HEADS],
  noiseWords: [...NOISE_WORDS],
  visualNoiseLeads: [...VISUAL_NOISE_LEADS],
  epithetHeads: [...EPITHET_HEADS],
  cryWords: [...CRY_WORDS],
  shedObjects: [...SHED_OBJECTS],
  heardEvents: [...HEARD_EVENTS],
  fullOfVerbs: [...FULL_OF_VERBS],
  unheardFills: [...UNHEARD_FILLS],
};

const schema = () =>
  z
    .strictObject({
      quotesAreDialogue: z.boolean().default(true).describe('Count quoted words ("Let\'s go!") as dialogue.'),
      moodWords: wordListOption(MOOD_WORDS, 'Words that name a sound ambience only after a noun ("forest ambience") or as a label ("Ambience: rain"); after an adjective or article they name a mood ("the serene ambiance").'),
      sayingWords: wordListOption(SAYING_WORDS, 'Verbs of saying that are on-screen text, not speech, when a text bearer says them ("a logo that says CAFE").'),
      textBearers: wordListOption(TEXT_BEARERS, 'Things that carry writing (sign, logo, banner, shirt): what they "say" is read, not heard.'),
      musicalWords: wordListOption(MUSICAL_WORDS, 'Words heard on their own ("a rock concert") or before a heard-music noun ("a musical number"), not before other nouns ("musical instruments", "a concert hall").'),
      heardMusicNouns: wordListOption(HEARD_MUSIC_NOUNS, 'Nouns after a musical word that make it heard ("musical score", "musical performance").'),
      verbOnlyWords: wordListOption(VERB_ONLY_WORDS, 'Sound words that are also nouns for things seen ("the rough bark" of a tree): a sound only as a verb or after a barking animal.'),
      barkingAnimals: wordListOption(BARKING_ANIMALS, 'Animals whose bark is a sound even as a noun ("a dog\'s bark", "fox bark").'),
      playingVerbs: wordListOption(PLAYING_VERBS, 'Verbs that are music with an instrument after them ("plays the violin") or a performer before them ("a band playing").'),
      performerVerbs: wordListOption(PERFORMER_VERBS, 'Verbs that are music only with a performer before them ("a DJ spinning records"); alone they are motion ("a record spinning").'),
      instruments: wordListOption(INSTRUMENTS, 'Instruments and pieces of music that, played, are heard.'),
      performers: wordListOption(PERFORMERS, 'Musicians and groups whose playing is heard.'),
      unspokenQuoteLeads: wordListOption(UNSPOKEN_QUOTE_LEADS, 'Words after which a quotation is written or excluded, not spoken: a negative prompt (-neg "blurry"), a name or title (named "Gus"), text on a thing (text "Aspen").'),
      thingHeads: wordListOption(THING_HEADS, 'Nouns that make the sound word before them (or after them and "of") a thing or a format: "a music video", "a sound system", "musical notes", "a sheet of music".'),
      noiseWords: wordListOption(NOISE_WORDS, 'Sound words that are a property of the picture after a visual lead: grain ("film noise"), grading ("colour tune").'),
      visualNoiseLeads: wordListOption(VISUAL_NOISE_LEADS, 'Words before a noise word that make it visual: film, glitch, fractal, ISO, …'),
      cryWords: wordListOption(CRY_WORDS, 'Words for crying: heard, unless a thing shed follows ("crying blood").'),
      shedObjects: wordListOption(SHED_OBJECTS, 'What is shed after a crying word that makes it an image: "crying blood", "cries black tears".'),
      epithetHeads: wordListOption(EPITHET_HEADS, 'Titles whose domain a sound word after "of" names: "the god of thunder" is a name, nothing heard.'),
      heardEvents: wordListOption(HEARD_EVENTS, 'Performances heard by nature and the groups that give them ("a rap battle", "at a rock concert", "a choir"); before another noun they name a kind of thing ("a concert hall", "a karaoke bar").'),
      fullOfVerbs: wordListOption(FULL_OF_VERBS, 'Sound verbs (dictionary forms) that also say a place is full of something: heard only when what follows "with" can be heard ("buzzes with insects", not "buzzes with energy").'),
      unheardFills: wordListOption(UNHEARD_FILLS, 'What a place buzzes or hums with that no one hears ("energy", "life", "anticipation"): after a full-of verb and "with", no sound.'),
    })
    .default(DEFAULTS);

type Options = z.infer<ReturnType<typeof schema>>;

interface Vocab {
  mood: Set<string>;
  saying: Set<string>;
  bearers: Set<string>;
  musical: Set<string>;
  heard: Set<string>;
  verbOnly: Set<string>;
  animals: Set<string>;
  playing: Set<string>;
  performerVerbs: Set<string>;
  instruments: Set<string>;
  performers: Set<string>;
  unspoken: Set<string>;
  thingHeads: Set<string>;
  noise: Set<string>;
  visualNoise: Set<string>;
  epithets: Set<string>;
  cry: Set<string>;
  shed: Set<string>;
  events: Set<string>;
  /** The last words of the two-word events ("battle" of "rap battle"): only these look at the word before. */
  eventEnds: Set<string>;
  fullOf: Set<string>;
  unheard: Set<string>;
}

const vocab = perOptions((options: Options): Vocab => ({
  mood: lowerCaseSet(options.moodWords),
  saying: lowerCaseSet(options.sayingWords),
  bearers: lowerCaseSet(options.textBearers),
  musical: lowerCaseSet(options.musicalWords),
  heard: lowerCaseSet(options.heardMusicNouns),
  verbOnly: lowerCaseSet(options.verbOnlyWords),
  animals: lowerCaseSet(options.barkingAnimals),
  playing: lowerCaseSet(options.playingVerbs),
  performerVerbs: lowerCaseSet(options.performerVerbs),
  instruments: lowerCaseSet(options.instruments),
  performers: lowerCaseSet(options.performers),
  unspoken: lowerCaseSet(options.unspokenQuoteLeads),
  thingHeads: lowerCaseSet(options.thingHeads),
  noise: lowerCaseSet(options.noiseWords),
  visualNoise: lowerCaseSet(options.visualNoiseLeads),
  epithets: lowerCaseSet(options.epithetHeads),
  cry: lowerCaseSet(options.cryWords),
  shed: lowerCaseSet(options.shedObjects),
  events: lowerCaseSet(options.heardEvents),
  fullOf: lowerCaseSet(options.fullOfVerbs),
  unheard: lowerCaseSet(options.unheardFills),
  eventEnds: new Set(options.heardEvents.filter((e) => e.includes(' ')).map((e) => e.slice(e.lastIndexOf(' ') + 1).toLowerCase())),
}));

/** The word before / after token i in the same clause, skipping punctuation only when asked. */
function prevWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i - 1];
  return t !== undefined && isWordToken(t) && t.clause === tokens[i]!.clause ? t : undefined;
}
function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i + 1];
  return t !== undefined && isWordToken(t) && t.clause === tokens[i]!.clause ? t : undefined;
}

/** A word or the two-word phrase it ends ("sea lion", "double bass") is in the set. */
function inSet(set: ReadonlySet<string>, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (set.has(t.norm)) return true;
  const p = prevWord(tokens, i);
  return p !== undefined && set.has(`${p.norm} ${t.norm}`);
}

const possessiveBase = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("s'") ? norm.slice(0, -1) : norm);

const NAME_LEAD_SET = new Set(NAME_LEADS);
/** After a naming word a capital marks a name even in a sentence in Title Case. */
const NO_SENTENCES: ReadonlySet<number> = new Set();

/** Whether one audio match names a sound here, not a mood, writing, an object or a tree's bark. */
function isSound(m: LexiconMatch, tokens: readonly Token[], v: Vocab): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return true;
  const i = m.tokenStart;
  const t = tokens[i]!;
  const norm = t.norm;
  // "a music video", "the sound system", "musical notes": the word names a kind of thing ("laughing" stays a sound).
  const next = nextWord(tokens, i);
  if (next && t.tag !== 'verb' && v.thingHeads.has(next.norm)) return false;
  // "a sheet of music": the thing the music is written on.
  const prev = prevWord(tokens, i);
  if (prev?.norm === 'of' && t.tag !== 'verb') {
    const head = prevWord(tokens, i - 1);
    if (head && v.thingHeads.has(head.norm)) return false;
  }
  // "the god of thunder", "Queen of Music": a title, not a sound.
  if (t.tag !== 'verb' && afterTitleOf(tokens, i, v.epithets)) return false;
  // "a horse named Thunder": a name.
  if (namedAfter(tokens, i, NAME_LEAD_SET, NO_SENTENCES, false)) return false;
  // "the air buzzes with energy", "humming with anticipation": full of something no one hears (an -s form the
  // tagger knows only as a plural counts: "the air crackles with tension").
  if ((t.pos.includes('verb') || t.norm !== t.lemma) && v.fullOf.has(t.lemma) && next?.norm === 'with' && fillsUnheard(tokens, next.index, v)) return false;
  if (v.cry.has(norm)) {
    // "crying blood", "cries black tears": the object shed, past an adjective or a number.
    for (let k = i + 1; k <= i + 3; k++) {
      const a = nextWord(tokens, k - 1);
      if (!a) break;
      if (v.shed.has(a.norm)) return false;
      if (a.tag !== 'adj' && a.tag !== 'num' && a.tag !== 'det') break;
    }
    return true;
  }
  if (v.noise.has(norm)) {
    const p = prevWord(tokens, i);
    return p === undefined || !v.visualNoise.has(p.norm);
  }
  if (v.mood.has(norm)) {
    // "Ambience: distant traffic" is a label for the sound; "forest ambience" a sound; "the serene ambiance" a mood.
    if (tokens[i + 1]?.text === ':') return true;
    const p = prevWord(tokens, i);
    if (!p) return nextWord(tokens, i) === undefined;
    return p.tag === 'noun' && !p.norm.endsWith("'s") && !p.norm.endsWith("s'");
  }
  if (v.saying.has(norm)) {
    // "a logo that says CAFE", "a sign saying OPEN", "her shirt says": the nearest noun before it carries writing.
    for (let k = i - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const w = tokens[k]!;
      if (!isWordToken(w)) {
        if (w.clause !== t.clause) break;
        continue;
      }
      seen++;
      if (w.norm === 'that' || w.norm === 'which') continue;
      if (w.tag === 'noun' || w.tag === 'name' || w.tag === 'pron') return !inSet(v.bearers, tokens, k);
    }
    return true;
  }
  // As a verb it is heard too: "a reporter interviews the mayor".
  // A performer after it is heard too: "a musical band".
  if (v.musical.has(norm)) {
    return next === undefined || t.tag === 'verb' || (next.tag !== 'noun' && next.tag !== 'name') || v.heard.has(next.norm) || v.performers.has(next.norm);
  }
  if (v.verbOnly.has(norm)) {
    if (t.tag === 'verb') return !afterVerb(tokens, i);
    const p = prevWord(tokens, i);
    return p !== undefined && (v.animals.has(possessiveBase(p.norm)) || inSet(v.animals, tokens, i - 1));
  }
  return true;
}

/** The noun after "with" at token `w`, past at most two determiners or adjectives, is one of the unheard fills ("with heat and magic", "with a quiet energy"). */
function fillsUnheard(tokens: readonly Token[], w: number, v: Vocab): boolean {
  for (let k = w + 1; k <= w + 3; k++) {
    const a = nextWord(tokens, k - 1);
    if (!a) return false;
    if (a.tag !== 'det' && a.tag !== 'adj') return v.unheard.has(a.norm) || v.unheard.has(a.lemma);
  }
  return false;
}

/** Relatives after which the next word is their clause's verb, however it is tagged ("fur that resembles bark"). */
const RELATIVES = new Set(['that', 'which']);
/** Finite forms of "be", "do" and "have", after which a verb stays a verb ("the dogs do bark"). */
const AUXILIARY_FORMS = new Set(['is', 'was', 'does', 'did', 'has', 'had']);

/** Token i follows a finite verb, whose object it is: "fur that resembles bark" (not "the dogs bark", "dogs do bark"). */
function afterVerb(tokens: readonly Token[], i: number): boolean {
  const p = prevWord(tokens, i);
  if (!p) return false;
  if (p.tag === 'verb') return (p.verbForm === 's' || p.verbForm === 'ed') && !AUXILIARY_FORMS.has(p.norm);
  const r = prevWord(tokens, i - 1);
  return r !== undefined && RELATIVES.has(r.norm) && p.norm.endsWith('s');
}

/**
 * A performance heard by nature ("a rap battle", "a drum solo", "at a rock concert", "a choir"), or a performer's
 * performance ("a band performance"), read in the words: a place may hold it ("at a concert"), which hides it from the
 * audio matches. Before another noun it names a kind of thing ("a concert hall", "a karaoke bar", "choir robes"),
 * unless that noun is heard or a performer, as after "musical" ("a concert performance").
 */
function heardEvent(analysis: PromptAnalysis, v: Vocab): boolean {
  const { words, tokens } = analysis;
  for (const t of words) {
    const next = nextWord(tokens, t.index);
    if (next && v.performers.has(t.norm) && v.heard.has(next.norm)) return true;
    if (!v.events.has(t.norm) && !(v.eventEnds.has(t.norm) && inSet(v.events, tokens, t.index))) continue;
    if (next && (next.tag === 'noun' || next.tag === 'name') && !v.heard.has(next.norm) && !v.performers.has(next.norm)) continue;
    if (isSound({ tokenStart: t.index, tokenEnd: t.index + 1 } as LexiconMatch, tokens, v)) return true;
  }
  return false;
}

const SINGLE_MARKS = new Set(["'", '\u2018']);
const LINE_ENDS = new Set(['.', '!', '?', ',', '\u2026']);

/**
 * A script's line of dialogue: a sentence opening with a speaker in capitals, then a colon and
 * the words said ("FARMER: Rain is coming.", "NARRATOR (V.O.): …"). The speaker is a person the
 * subject lexicon knows or carries a voice's note, so a field in capitals ("CAMERA: slow pan",
 * "NOTE (important): …") is none.
 */
function scriptLine(analysis: PromptAnalysis): boolean {
  const { tokens, sentences } = analysis;
  for (const s of sentences) {
    const first = tokens[s.tokenStart]!;
    if (first.kind !== 'word' || first.text.length < 2 || first.text !== first.text.toUpperCase()) continue;
    let k = s.tokenStart + 1;
    while (k < s.tokenEnd && k < s.tokenStart + 3 && tokens[k]!.kind === 'word' && tokens[k]!.text === tokens[k]!.text.toUpperCase()) k++;
    const noteEnd = afterSpeakerNote(tokens, k);
    if (noteEnd < 0) continue;
    // A voice's note: "(V.O.)", "(O.S.)", "(whispering)", "(in Mandarin, softly)"; not "(important)".
    let note = false;
    for (let j = k + 1; j < noteEnd - 1; j++) {
      const t = tokens[j]!;
      if (t.kind === 'word' && (t.text.length === 1 || t.tag === 'adv' || (t.tag === 'verb' && t.verbForm === 'ing'))) note = true;
    }
    k = noteEnd;
    // The colon, then the words said (after an opening mark at most).
    if (tokens[k]?.text !== ':' || !(isWordToken(tokens[k + 1]) || isWordToken(tokens[k + 2]))) continue;
    if (note || analysis.byCategory.subject.some((m) => m.tokenStart >= s.tokenStart && m.tokenEnd <= k && SPEAKER_KINDS.has(m.kind))) return true;
  }
  return false;
}

/** Subject kinds that speak. */
const SPEAKER_KINDS: ReadonlySet<string> = new Set(['person', 'crowd']);

/**
 * Whether a quotation is a spoken line. Not when it opens the prompt or makes up half of it (the
 * prompt itself, or a title, in quotes), nor when every word is capitalised and it is neither
 * exclaimed nor asked ("Reality Bites", "Wave off Kanagawa", "OK": a title or a name; small words may stay lowercase),
 * nor after "=" (href="…"), nor after a word that makes it written or excluded
 * (`-neg "blurry"`, `named "Gus"`), nor when only punctuation parts it from such a quotation
 * (`-neg "blurry","ugly"`). Single marks quote a line only when it ends in punctuation ('Not yet!'),
 * since they also set off a term ("the 'blood moon' phase").
 */
function spokenLines(analysis: PromptAnalysis, v: Vocab): boolean {
  const { tokens, quotations, words } = analysis;
  let unspokenEnd = -1;
  for (const q of quotations) {
    if (q.tokenEnd <= q.tokenStart) continue;
    const open = q.tokenStart - 1;
    let k = open - 1;
    while (k >= 0 && !isWordToken(tokens[k]) && k > unspokenEnd) k--;
    let spoken = open > 0 && k !== unspokenEnd;
    if (spoken && k >= 0 && v.unspoken.has(tokens[k]!.norm)) spoken = false;
    // 'artistic text of "stand up again"': the lead goes on through "of".
    if (spoken && k >= 1 && tokens[k]!.norm === 'of' && v.unspoken.has(tokens[k - 1]!.norm)) spoken = false;
    // A value after "=" is a setting or an HTML attribute (href="…"), not a line.
    if (spoken && tokens[open - 1]?.text === '=') spoken = false;
    if (spoken) {
      // A title or name in capitals ("Reality Bites", "OK") unless it is exclaimed or asked.
      let inside = 0;
      for (let i = q.tokenStart; i < q.tokenEnd; i++) if (isWordToken(tokens[i])) inside++;
      const titled = titleQuotation(tokens, q);
      // A quotation naming the noun after it is a name (a "starry night" style, an "open late" sign).
      if (inside === 0 || titled || 2 * inside > words.length || namesNoun(tokens, q) || termInQuotes(tokens, q, inside)) spoken = false;
      // Single marks also set off a term ("the 'blood moon' phase"): a line in them ends in punctuation.
      else if (SINGLE_MARKS.has(analysis.text[q.start]!) && !LINE_ENDS.has(tokens[q.tokenEnd - 1]!.text)) spoken = false;
    }
    if (spoken) return true;
    unspokenEnd = q.tokenEnd;
  }
  return false;
}

/**
 * Up to three lowercase words in quotes, without a line's punctuation, after a preposition or an
 * article (through adjectives), are a term set off inside a phrase ('an explosion in "darkness"',
 * 'a small "alien bug" crawling'), not a line; "Hello!" or words after a verb or a noun stay one.
 */
function termInQuotes(tokens: readonly Token[], q: { tokenStart: number; tokenEnd: number }, inside: number): boolean {
  if (inside > 3 || q.tokenEnd - q.tokenStart !== inside) return false;
  for (let i = q.tokenStart; i < q.tokenEnd; i++) {
    const word = tokens[i]!;
    if (!isWordToken(word) || word.text !== word.text.toLowerCase()) return false;
  }
  let k = q.tokenStart - 2;
  while (k > 0 && tokens[k]!.kind === 'word' && tokens[k]!.tag === 'adj') k--;
  const before = tokens[k];
  return isWordToken(before) && (before.tag === 'prep' || before.tag === 'det');
}

/** "a piano player", "guitar players": an instrument's player is a performer ("a football player" is not). */
function instrumentPlayer(tokens: readonly Token[], i: number, v: Vocab): boolean {
  const norm = tokens[i]!.norm;
  return (norm === 'player' || norm === 'players') && i > 0 && tokens[i - 1]!.kind === 'word' && inSet(v.instruments, tokens, i - 1);
}

/** "plays the violin", "a band playing the national anthem", "strumming guitars": music is heard. */
function playsMusic(analysis: PromptAnalysis, v: Vocab): boolean {
  const { words, tokens } = analysis;
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!;
    const onlyAfterPerformer = v.performerVerbs.has(t.norm);
    if (!v.playing.has(t.norm) && !onlyAfterPerformer) continue;
    // A performer just before: "a band playing", "the choir performs".
    for (let k = w - 1; k >= 0 && k >= w - 3; k--) {
      const b = words[k]!;
      if (b.clause !== t.clause) break;
      if (v.performers.has(b.norm) || instrumentPlayer(tokens, b.index, v)) return true;
      if (b.tag === 'noun' || b.tag === 'name') {
        // Its members, or a performer's: "a band of pandas is performing", "band members performing".
        const c = words[k - 1];
        if (c && c.clause === t.clause && (v.performers.has(c.norm) || (c.norm === 'of' && k > 1 && v.performers.has(words[k - 2]!.norm)))) return true;
        break;
      }
    }
    if (onlyAfterPerformer) continue;
    // An instrument as the object: "plays the violin", "playing a powerful and emotional national anthem";
    // or a group played in or with, or a performer played as: "playing in a rock band", "performing as a DJ".
    let group = false;
    for (let k = w + 1; k < words.length && k <= w + 6; k++) {
      const a = words[k]!;
      if (a.clause !== t.clause) break;
      if (a.tag === 'prep' && k === w + 1 && (a.norm === 'in' || a.norm === 'with' || a.norm === 'as')) {
        group = true;
        continue;
      }
      if (a.tag === 'noun' || a.tag === 'name') {
        if (inSet(v.instruments, tokens, a.index) || (group && v.performers.has(a.norm))) return true;
        // A noun-noun compound goes on to its head ("a jazz trumpet").
        const next = words[k + 1];
        if (next && next.clause === a.clause && next.tag === 'noun' && next.start === tokens[a.index + 1]?.start) continue;
        break;
      }
      if (a.tag !== 'det' && a.tag !== 'adj' && a.tag !== 'adv' && a.tag !== 'conj' && a.tag !== 'num' && !(a.tag === 'pron' && a.norm !== 'it')) break;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'For models that generate sound, say what is heard: dialogue, a sound effect or the ambience.',
      recommended: true,
      dimension: 'audio',
    },
    messages: {
      missing: '{{model}} generates sound, but the prompt says nothing about it: add dialogue, a sound effect or the ambience (e.g. "distant traffic hum", "she whispers ‘not yet’").',
    },
    schema,
    defaultOptions: DEFAULTS,
    defaultSeverity: 'info',
  },
  check(analysis, context) {
    const model = context.model;
    if (!model?.audio) return;
    if (analysis.words.length === 0) return;
    const v = vocab(context.options);
    const { tokens } = analysis;
    for (const m of analysis.byCategory.audio) if (isSound(m, tokens, v)) return;
    // A quoted run of words is a spoken line; so is a script's line after its speaker.
    if (context.options.quotesAreDialogue && (spokenLines(analysis, v) || scriptLine(analysis))) return;
    if (playsMusic(analysis, v) || heardEvent(analysis, v)) return;
    context.report({ messageId: 'missing', range: promptRange(analysis), data: { model: model.name } });
  },
});
