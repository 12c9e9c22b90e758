/**
 * Part-of-speech lookup over the lexicon generated from compromise (scripts/generate.ts), with
 * suffix rules for words it does not know and a little context to settle noun/verb ambiguity.
 */
import type { PosTag, Token, VerbForm } from '../types.js';
import { IRREGULAR_LEMMAS, PLACE_WORDS, POS_WORDS } from './data/pos-lexicon.js';
import { ADJECTIVE_ENDING, endsAfterStem, lemmaCandidates } from './inflect.js';
import { WordTable, hashWord } from './word-table.js';
import { isCapitalised } from './capitals.js';
import { isWordToken, lineBreakBetween } from './tokenize.js';
import { INTENSIFIERS, OWNED_HEADS } from '../../rules/data/abstract.js';
import { GROUP_NOUNS } from '../../rules/data/subject.js';
import { ACTION_FIELDS, OBJECT_VERBS, VERBS } from '../../rules/data/motion.js';
import { PLACE_NAME_ENDINGS, PLACE_NAMES } from '../../rules/data/environment.js';
import { inFieldValue } from './flags.js';

const ACTION_FIELD_SET: ReadonlySet<string> = new Set(ACTION_FIELDS);
/** Verbs that act on a bare object after a bare subject: "hand plays guitar", "cat bites dog" (not "dog treats bag"). */
export const ACTS_ON: ReadonlySet<string> = new Set([...VERBS.filter((v) => !v.includes(' ')), ...OBJECT_VERBS]);

/** First two letters → (word → signature letters, see scripts/generate.ts). */
const buckets = new Map<string, Map<string, string>>();

/**
 * The signature letters of a lowercased word, or undefined for a word the lexicon does not know.
 * A word compromise lacks carries WordNet's parts of speech and the letter `w` (guessed): it gives
 * its parts of speech but counts as unknown.
 * A group of words is read into a map the first time a word with its first two letters is looked
 * up: a first lint reads a few hundred words instead of building a 20,000-word map.
 */
function signatureOf(word: string): string | undefined {
  const key = word.slice(0, 2);
  let bucket = buckets.get(key);
  if (!bucket) {
    const list = Object.hasOwn(POS_WORDS, key) ? POS_WORDS[key]! : undefined;
    if (list === undefined) return undefined;
    bucket = new Map();
    const parts = list.split(' ');
    for (let i = 0; i + 1 < parts.length; i += 2) bucket.set(parts[i]!, parts[i + 1]!);
    buckets.set(key, bucket);
  }
  return bucket.get(word);
}

/** The lexicon lists the word or its dictionary form, from compromise or WordNet: an English word, not a name. */
export function listedWord(norm: string, lemma: string): boolean {
  return signatureOf(norm) !== undefined || signatureOf(lemma) !== undefined;
}

const LETTER_TAG: Record<string, PosTag> = {
  n: 'noun', b: 'verb', s: 'verb', g: 'verb', d: 'verb', a: 'adj', r: 'adv',
  t: 'det', p: 'prep', c: 'conj', o: 'pron', m: 'num', N: 'name', L: 'name',
};
const LETTER_FORM: Record<string, VerbForm> = { b: 'base', s: 's', g: 'ing', d: 'ed' };
/** The letter of a word whose parts of speech come from WordNet, not compromise. */
const GUESSED = 'w';

export interface WordInfo {
  pos: PosTag[];
  forms: VerbForm[];
  lemma: string;
  known: boolean;
  /** Which reading of a noun-or-verb word is usual (the lexicon's `u` and `v` marks). */
  usual: 'noun' | 'verb' | undefined;
}

// Rules and the analysis ask about the same words many times per prompt.
const cache = new WordTable<WordInfo>();

function infoFromSignature(sig: string): { pos: PosTag[]; forms: VerbForm[] } {
  const pos: PosTag[] = [];
  const forms: VerbForm[] = [];
  for (const letter of sig) {
    const tag = LETTER_TAG[letter];
    if (tag && !pos.includes(tag)) pos.push(tag);
    const form = LETTER_FORM[letter];
    if (form && !forms.includes(form)) forms.push(form);
  }
  return { pos, forms };
}

/** Dictionary form of a lowercased word. */
export function lemmatize(norm: string): string {
  const irregular = IRREGULAR_LEMMAS[norm];
  if (irregular) return irregular;
  // An -ed word the lexicon lists as an adjective and as no past form is its own dictionary
  // form: "rugged", "naked", "ragged" (not "rug", "nak", "rag").
  if (norm.endsWith('ed')) {
    const own = signatureOf(norm);
    if (own !== undefined && own.includes('a') && !own.includes('d')) return norm;
  }
  const candidates = lemmaCandidates(norm);
  for (const c of candidates) {
    const sig = signatureOf(c);
    // A candidate counts when the lexicon knows it as a base form (not itself an inflection).
    if (sig !== undefined && (c === norm || /[nbaN]/.test(sig))) return c;
  }
  // A word the lexicon knows only as an inflection is still a better guess than a made-up
  // stem: "doves" → "dove" (listed as a past tense), not "dof".
  for (const c of candidates) if (c !== norm && signatureOf(c) !== undefined) return c;
  return candidates[0] ?? norm;
}

const DIRECTION_ENDING = /^(?:up|down|out|in|on|sky|left|right|after|home|back|fore|sea|earth|heaven|north|south|east|west)wards?$/;

/** The lexicon lists the word as a noun. */
const isNoun = (word: string) => (signatureOf(word) ?? '').includes('n');

/**
 * The lexicon marks a noun-or-verb word as usually the one or the other (`u` a noun, `v` a verb:
 * WordNet's sense-tagged counts, scripts/generate.ts): "lights", "fields" name things, "turns",
 * "rises" act. (The word's information is cached: no lookup of the lexicon per token.)
 */
const usually = (t: Token, letter: 'u' | 'v') => wordInfo(t.norm).usual === (letter === 'u' ? 'noun' : 'verb');

function guessBySuffix(norm: string, compound = false): { pos: PosTag[]; forms: VerbForm[] } {
  if (norm.length > 4 && norm.endsWith('ly')) return { pos: ['adv', 'adj'], forms: [] };
  // "holy", "poly": a word of four letters in -ly is no adverb made from an adjective.
  if (norm.length === 4 && norm.endsWith('ly')) return { pos: ['adj', 'noun'], forms: [] };
  if (norm.length > 4 && norm.endsWith('ing')) return { pos: ['verb', 'noun'], forms: ['ing'] };
  if (norm.length > 3 && norm.endsWith('ed')) return { pos: ['verb', 'adj'], forms: ['ed'] };
  // Nouns compromise lacks: places in -way ("walkway", "alleyway"), nouns in -ey ("valley",
  // "chimney"), not an adjective made with -y from a noun it knows ("smokey", "homey").
  if (norm.length > 4 && (norm.endsWith('way') || (norm.endsWith('ey') && !isNoun(norm.slice(0, -1)) && !isNoun(norm.slice(0, -2))))) {
    return { pos: compound ? ['adj', 'noun'] : ['noun'], forms: [] };
  }
  // "traditional", "emotional"; "upward", "skywards".
  if (norm.length > 6 && norm.endsWith('ional')) return { pos: ['adj', 'noun'], forms: [] };
  if (DIRECTION_ENDING.test(norm)) return { pos: ['adv', 'adj'], forms: [] };
  // The lexicon knows the common nouns and verbs in -ate ("plate", "skate"); an unknown one is
  // mostly an adjective ("intricate", "ornate").
  if (ADJECTIVE_ENDING.test(norm) && norm.length > 4) return { pos: ['adj', 'noun'], forms: [] };
  return { pos: ['noun'], forms: [] };
}

/** What the lexicon (or the suffix rules) says of one lowercased word, out of context. */
export function wordInfo(norm: string): WordInfo {
  const hash = hashWord(norm);
  let info = cache.get(norm, hash);
  if (info) return info;
  let sig = signatureOf(norm);
  let known = sig !== undefined && !sig.includes(GUESSED);
  const usual = sig === undefined ? undefined : sig.includes('u') ? 'noun' : sig.includes('v') ? 'verb' : undefined;
  // Hyphenated compounds take the class of their last part ("rain-soaked" → adjective-like participle).
  if (!known && norm.includes('-')) {
    const last = norm.slice(norm.lastIndexOf('-') + 1);
    sig = signatureOf(last);
    // A guessed last part is guessed the compound's way: "high-quality" describes. An -ed
    // adjective stays one: "cross-legged", "long-haired" are no verbs.
    if (sig !== undefined && sig.includes(GUESSED) && !(last.endsWith('ed') && sig.includes('a'))) sig = undefined;
    known = false;
  }
  // An unknown compound is guessed by its last part: "low-poly" is no adverb.
  const { pos, forms } = sig !== undefined ? infoFromSignature(sig) : guessBySuffix(norm.includes('-') ? norm.slice(norm.lastIndexOf('-') + 1) : norm, norm.includes('-'));
  if (norm.includes('-') && forms.length > 0 && !pos.includes('adj')) pos.push('adj');
  const lemma = norm.includes('-') ? norm : lemmatize(norm);
  // The lexicon lists verb forms, not plurals: "lights" is also the plural of the noun "light".
  if (forms.includes('s') && !pos.includes('noun') && lemma !== norm && isNoun(lemma)) pos.push('noun');
  info = { pos, forms, lemma, known, usual };
  cache.set(norm, info, hash);
  return info;
}

/** Place names the generated lexicon lacks ("yosemite", "sahara"). */
const PLACE_NAME_SET: ReadonlySet<string> = new Set(PLACE_NAMES);

/** True when the lexicon knows the word as the name of a place (a city, country or region). */
let placeWords: ReadonlySet<string> | undefined;
export function isPlaceName(norm: string): boolean {
  const sig = signatureOf(norm);
  if (sig !== undefined) return sig.includes('L') || PLACE_NAME_SET.has(norm);
  // WordNet's place names compromise lacks ("malaga"): words the lexicon does not list.
  // …and an unlisted word of three letters or more before a town's ending ("whoville", "Sparkleshire").
  return PLACE_NAME_SET.has(norm) || (placeWords ??= new Set(PLACE_WORDS.split(' '))).has(norm) || endsAfterStem(norm, PLACE_NAME_ENDINGS, 2);
}

// ─── noun/verb ambiguity in context ──────────────────────────────────────────

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/** Modal verbs: a verb's base form follows ("will catch", "should be"). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
/** Words after which a verb follows: modals, infinitive "to", do-support. */
const VERB_TRIGGERS = new Set([
  'to', ...MODALS, 'does', 'do', 'did', "doesn't",
  "don't", "didn't", "won't", "can't", 'cannot', "'ll", 'not', 'never', 'gently', 'slowly', 'quickly', 'suddenly', 'then', 'also',
  'still', 'just', 'now', 'first', 'finally', 'briskly', 'rapidly', 'swiftly', 'softly', 'steadily', 'gradually',
]);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that', 'camera']);
const BE_CONTRACTIONS = new Set(["he's", "she's", "it's", "that's", "who's", "there's", "here's", "what's"]);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'it', 'us', 'them', 'his', 'its', 'their', 'my', 'your', 'our', 'itself', 'himself', 'herself', 'themselves']);
/** After a verb: a particle or direction ("pans left", "drifts away"). */
const PARTICLES = new Set([
  'up', 'down', 'out', 'off', 'away', 'back', 'around', 'over', 'along', 'across', 'through', 'into', 'onto', 'toward',
  'towards', 'past', 'forward', 'forwards', 'backward', 'backwards', 'left', 'right', 'upward', 'upwards', 'downward',
  'downwards', 'sideways', 'together', 'apart', 'again', 'closer', 'nearer', 'inward', 'outward', 'ahead', 'behind',
  'overhead', 'aside', 'about', 'home', 'free', 'open', 'shut',
]);
/** Verbs whose object can be an -ing form: "starts running", "keeps spinning", "loves dancing". */
const TAKES_ING = new Set([
  'start', 'stop', 'keep', 'begin', 'continue', 'finish', 'quit', 'resume', 'love', 'like', 'hate', 'enjoy', 'prefer',
  'avoid', 'try', 'go', 'come', 'spend', 'practice', 'practise', 'mind', 'miss', 'risk', 'need', 'see', 'hear', 'watch',
  'feel', 'find', 'catch', 'leave', 'get', 'show', 'feature', 'depict', 'capture',
]);
const COORDINATORS = new Set(['and', 'or', 'then', 'while', 'as', 'before', 'after']);
/** Degree words: "so cute", "a very beautiful woman". */
const INTENSIFIER: ReadonlySet<string> = new Set(INTENSIFIERS);

/**
 * `prev` grades the word after it in its sentence: a degree word or an adverb in -ly ("so cute",
 * "incredibly vivid"). Not "only", which singles the word out ("not only stylish but fast").
 */
export function grades(prev: Token | undefined, word: Token): boolean {
  return isWordToken(prev) && prev.sentence === word.sentence && (INTENSIFIER.has(prev.norm) || (adverbInLy(prev) && prev.norm !== 'only'));
}

const OWNED_HEAD: ReadonlySet<string> = new Set(OWNED_HEADS);

/**
 * The praise in tokens `[from, to)` is all that a bare noun of what any subject wears or has says,
 * after "in" or "with" and at most a degree word: "in dazzling attire", "with very beautiful eyes"
 * ("in attire" says nothing). Not where that noun modifies another ("with beautiful hair clips";
 * "eyes looks" may be a verb). `no-abstract-adjectives` offers no deletion there, and the rewrite
 * keeps the words.
 */
export function praisesOwnedNoun(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const next = tokens[to];
  if (!isWordToken(next) || next.sentence !== first.sentence || !OWNED_HEAD.has(next.norm)) return false;
  const opener = grades(tokens[from - 1], first) ? tokens[from - 2] : tokens[from - 1];
  if (opener === undefined || (opener.norm !== 'in' && opener.norm !== 'with') || opener.sentence !== first.sentence) return false;
  const after = tokens[to + 1];
  return !(after?.tag === 'noun' && !after.pos.includes('verb'));
}

/** An adverb in -ly ("slowly", "gently"): of manner, mostly, where a verb may stand next to it. */
export function adverbInLy(t: Token | undefined): boolean {
  return t !== undefined && t.tag === 'adv' && t.norm.endsWith('ly');
}

/** Possessive determiners: "her garden", "their car". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'my', 'your', 'our']);
/** Prepositions that close a clause as a verb's particle: "the fog rolls in.", "a car speeds by,". */
const CLOSING_PARTICLES: ReadonlySet<string> = new Set(['in', 'by']);
/** Determiners of quantity that open an object after a verb: "captures both items". */
const QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'several', 'another']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'my', 'your', 'our', 'one', 'each', 'every', 'some']);

function formsOf(t: Token): readonly VerbForm[] {
  return t.kind === 'word' ? wordInfo(t.norm).forms : [];
}

const GROUPS: ReadonlySet<string> = new Set(GROUP_NOUNS);

/** Plurals with no singular, which modify a noun after them as a singular does: "a clothes shop", "pants pockets". */
const PLURAL_ONLY: ReadonlySet<string> = new Set(['clothes', 'pants', 'trousers', 'scissors']);
/**
 * Plurals not made with -s ("people", "cattle"; "men", "children", "geese" have a lemma of their
 * own) and those with no singular, which the lexicon lists as their own lemma ("clothes", "pants").
 */
const PLURAL_NOUNS = new Set(['people', 'cattle', 'police', 'livestock', 'poultry', 'folk', ...PLURAL_ONLY]);

function isPlural(t: Token): boolean {
  if (t.tag !== 'noun' || t.norm.endsWith("'s")) return false;
  return t.norm !== t.lemma ? t.norm.endsWith('s') || t.verbForm === undefined && wordInfo(t.norm).forms.length === 0 : PLURAL_NOUNS.has(t.norm);
}

/**
 * A noun phrase that starts with a determiner or possessive: "the dog", "a small red leaf"; with
 * `participles`, past participles and -ing modifiers may stand in it too ("a rotating drone shot").
 */
function determined(words: readonly Token[], w: number, participles = false): boolean {
  for (let k = w - 1; k >= 0 && k >= w - 4; k--) {
    const u = words[k]!;
    if (u.clause !== words[w]!.clause) return false;
    if (DETERMINERS.has(u.norm) || u.norm.endsWith("'s")) return true;
    if (u.tag !== 'adj' && u.tag !== 'noun' && u.tag !== 'num' && !(participles && u.tag === 'verb' && (u.verbForm === 'ing' || u.verbForm === 'ed'))) return false;
  }
  return false;
}

/**
 * What stands before the clause of word `w` in its sentence: 1 when it is one noun phrase that
 * opens the sentence with a determiner or a name and whose head is singular ("A black cat sitting
 * in the sun, …"), 2 when adjectives set off by commas follow it ("A woman, beautiful, …"), 3 when
 * a noun phrase does ("Mara, a young sailor, …"), else 0. With `plural`, the same for a plural
 * head ("The waves, grey and heavy, …"). Looks back at most twelve words.
 */
function subjectBefore(words: readonly Token[], w: number, plural = false): 0 | 1 | 2 | 3 {
  const t = words[w]!;
  let start = -1;
  for (let k = w - 1; k >= 0 && k >= w - 12; k--) {
    if (words[k]!.sentence !== t.sentence) break;
    if (k === 0 || words[k - 1]!.sentence !== t.sentence) start = k;
  }
  if (start < 0) return 0;
  const first = words[start]!;
  if (!(DETERMINERS.has(first.norm) && first.norm !== 'these' && first.norm !== 'those' && first.norm !== 'some') && first.tag !== 'name') return 0;
  let head: Token | undefined = first.tag === 'name' ? first : undefined;
  let between: 0 | 2 | 3 = 0;
  // The clause between that opens with a determiner: a noun phrase.
  let described = -1;
  for (let k = start + 1; k < w; k++) {
    const u = words[k]!;
    if (u.clause === first.clause) {
      // A possessive is no head: "The net's fibers".
      if (head === undefined && u.tag === 'noun' && !u.norm.endsWith("'s")) head = u;
      continue;
    }
    // A clause between describes the subject: adjectives, adverbs and "and" ("wet and muddy",
    // "alone") or a noun phrase ("Mara, a young sailor, …").
    if (u.tag === 'det' && words[k - 1]!.clause !== u.clause) described = u.clause;
    else if (!(u.tag === 'adj' || u.tag === 'adv' || (u.tag === 'conj' && u.norm === 'and') || ((u.tag === 'noun' || u.tag === 'name') && described === u.clause))) return 0;
    if (between !== 3) between = described === u.clause ? 3 : 2;
  }
  if (head === undefined || isPlural(head) !== plural) return 0;
  return between === 0 ? 1 : between;
}

/**
 * Word `w` heads a bare noun phrase in a preposition's phrase after a singular subject that
 * opens the sentence with a determiner: "A woman with long hair", "a sailor in muddy boots". An
 * -s form after it is the subject's verb when a path ("walks to the door") or, after a plural
 * (a compound takes a singular modifier: "a tray with cheese straws on it"), a place follows.
 */
function describesSubject(words: readonly Token[], w: number, verbSeen = false): boolean {
  const clause = words[w]!.clause;
  const bare = (u: Token | undefined) => u !== undefined && u.clause === clause && (u.tag === 'noun' || u.tag === 'adj' || u.tag === 'num');
  let k = w;
  while (k > w - 4 && bare(words[k - 1])) k--;
  const prep = words[k - 1];
  if (k < 2 || bare(words[k - 1]) || prep!.tag !== 'prep' || prep!.clause !== clause) return false;
  let h = k - 2;
  // "a flower made of pencil shavings": a past participle may stand between the head and the
  // preposition; it is then the only verb before word `w`, so a verb seen is no bar.
  const u = words[h]!;
  if (u.tag === 'verb' && u.verbForm === 'ed' && u.clause === clause && h >= 2) h--;
  else if (verbSeen) return false;
  const head = words[h]!;
  if (head.tag !== 'noun' || isPlural(head) || head.clause !== clause || !determined(words, h)) return false;
  // The subject's determiner opens the sentence: nothing but its modifiers comes before the head.
  for (let j = h - 1; j >= 0 && j >= h - 4; j--) {
    if (DETERMINERS.has(words[j]!.norm)) return j === 0 || words[j - 1]!.sentence !== head.sentence;
  }
  return false;
}

/** The articles, which open a place after a verb ("stands in a kitchen"; "flowers in her veil" is a tag) or an object. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** The indefinite articles. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Word `w` opens a clause after its sentence's subject and what describes it, with no verb yet:
 * the sentence opens with a determiner or a name, its first clause has a singular head and no
 * verb, a clause describing it follows and no list of plural tags stands between ("The doctor, wearing a white coat, …", "A bear, with thick fur, …").
 * Looks back at most 24 words.
 */
function describedSubject(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  let start = -1;
  for (let k = w - 1; k >= 0 && k >= w - 24; k--) {
    const u = words[k]!;
    if (u.sentence !== t.sentence) break;
    if (u.tag === 'verb' && u.verbForm === 's') return false;
    if (k === 0 || words[k - 1]!.sentence !== t.sentence) start = k;
  }
  if (start < 0) return false;
  // "In the classroom, the teacher, holding chalk, …": a place phrase may open the sentence.
  if (words[start]!.tag === 'prep') {
    const clause = words[start]!.clause;
    while (start < w && words[start]!.clause === clause) start++;
  }
  const first = words[start]!;
  if (start >= w || !(DETERMINERS.has(first.norm) && first.norm !== 'these' && first.norm !== 'those' && first.norm !== 'some') && first.tag !== 'name') return false;
  let head: Token | undefined = first.tag === 'name' ? first : undefined;
  let k = start + 1;
  for (; k < w && words[k]!.clause === first.clause; k++) {
    const u = words[k]!;
    // "a man resting in a park, hands on …": a participle after the head makes the clause a tag.
    if (u.tag === 'verb' || (head !== undefined && u.verbForm === 'ing')) return false;
    if (head === undefined && u.tag === 'noun') head = u;
  }
  // Something describes the subject between ("A quiet harbour at dawn, ropes on the pier" is a list).
  if (head === undefined || isPlural(head) || k >= w || words[k]!.clause === t.clause) return false;
  // A list of tags between ("a lotus pond, wide green leaves, ripples on the water"): a clause
  // that opens as a bare noun phrase with a plural head.
  let bare = false;
  for (; k < w; k++) {
    const u = words[k]!;
    if (u.clause !== words[k - 1]!.clause) bare = u.tag === 'adj' || u.tag === 'noun';
    if (bare && u.tag === 'noun' && isPlural(u)) return false;
    if (u.tag !== 'adj' && u.tag !== 'noun') bare = false;
  }
  return true;
}

/**
 * Word `w` opens a clause after a bare plural noun phrase that opens its sentence and clauses of
 * adjectives set off by commas: "Forest elves, ethereal and wise, appear". Looks back at most
 * twelve words.
 */
function describedPlural(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  let start = -1;
  for (let k = w - 1; k >= 0 && k >= w - 12; k--) {
    if (words[k]!.sentence !== t.sentence) break;
    if (k === 0 || words[k - 1]!.sentence !== t.sentence) start = k;
  }
  if (start < 0) return false;
  const clause = words[start]!.clause;
  let k = start;
  for (; k < w && words[k]!.clause === clause; k++) if (words[k]!.tag !== 'adj' && words[k]!.tag !== 'noun') return false;
  if (k === w || !isPlural(words[k - 1]!)) return false;
  for (; k < w; k++) {
    const u = words[k]!;
    if (!(u.tag === 'adj' || u.tag === 'adv' || (u.tag === 'conj' && u.norm === 'and'))) return false;
  }
  return true;
}

/** Word `w` is an "of" after a group noun: "a herd of", "thousands of" (rules/data/subject.ts GROUP_NOUNS). */
function gathered(words: readonly Token[], w: number): boolean {
  return words[w]!.norm === 'of' && w >= 1 && words[w - 1]!.clause === words[w]!.clause && GROUPS.has(words[w - 1]!.norm);
}

/** A plural that opens with a determiner or a number: "the dogs", "two small kids". */
function counted(words: readonly Token[], w: number): boolean {
  // A plural of a noun, not a verb form misread as one ("that is part robot").
  if (!wordInfo(words[w]!.lemma).pos.includes('noun')) return false;
  if (determined(words, w)) return true;
  for (let k = w - 1; k >= 0 && k >= w - 3; k--) {
    const u = words[k]!;
    if (u.clause !== words[w]!.clause) return false;
    if (u.tag === 'num') return true;
    if (u.tag !== 'adj') return false;
  }
  return false;
}

/**
 * Settles words that can be a noun or a verb ("lights", "waves", "drifts", "flicker") with both
 * neighbours in view, after the first left-to-right guess: "neon lights flicker" (noun, verb),
 * "a leaf spirals down" (verb), "city lights at night" (noun), "she stumbles and drifts" (verbs).
 */
export function refineTags(words: readonly Token[], titleCase: ReadonlySet<number>): void {
  // Whether a verb came earlier in the sentence: a clause that starts with a verb continues it
  // ("walks to the door, opens it"); in a list of tags it is a noun ("…, hands in pockets").
  let verbSeen = false;
  for (let w = 0; w < words.length; w++) {
    const t = words[w] as MutableToken;
    if (w > 0 && words[w - 1]!.sentence !== t.sentence) verbSeen = false;
    if (w > 0 && words[w - 1]!.tag === 'verb' && (words[w - 1]!.verbForm === 's' || words[w - 1]!.verbForm === 'ed')) verbSeen = true;
    if (t.kind !== 'word') continue;
    // "the only sound is the hum", "her only hope": after an article or a possessive, "only"
    // singles out the noun that follows; it is that noun's adjective, so the noun is no verb.
    if (t.tag === 'adv' && SINGLING_ADVERBS.has(t.norm) && w > 0 && words[w - 1]!.clause === t.clause && (ARTICLES.has(words[w - 1]!.norm) || POSSESSIVES.has(words[w - 1]!.norm))) {
      t.tag = 'adj';
      continue;
    }
    if (!t.pos.includes('verb')) {
      if (unknownVerb(words, w)) {
        t.tag = 'verb';
        t.verbForm = 's';
      }
      continue;
    }
    // A modal the first pass read as the verb before a base form ("that can fly") stays one.
    if (t.tag === 'verb' && MODALS.has(t.norm)) continue;
    const listedForms = formsOf(t);
    let forms = listedForms;
    if (unchangedPast(t, forms)) {
      if (afterBe(words, w)) {
        t.tag = 'verb';
        t.verbForm = 'ed';
        continue;
      }
      forms = BASE_ONLY;
    }
    // A capital inside a sentence marks a name ("Times Square", "Font: MODERN"), not a verb,
    // unless the whole sentence is in Title Case.
    if (isCapitalised(t.text) && w > 0 && words[w - 1]!.sentence === t.sentence && !titleCase.has(t.sentence) && !(forms.includes('ing') && forms.length === 1)) {
      t.tag = t.pos.includes('noun') || !t.pos.includes('adj') ? 'noun' : 'adj';
      t.verbForm = undefined;
      continue;
    }
    if (forms.includes('ing') && t.norm.endsWith('ing')) {
      if (t.tag === 'adj') participleActs(words, w, t);
      gerund(words, w, t);
      continue;
    }
    if (passiveAfterBeing(words, w, forms)) {
      t.tag = 'verb';
      t.verbForm = 'ed';
      continue;
    }
    if (namedSubject(words, w, forms, titleCase)) {
      (words[w - 1] as MutableToken).tag = 'name';
      t.tag = 'verb';
      t.verbForm = 's';
      continue;
    }
    if (t.tag === 'verb' && participleBeforeNoun(words, w, forms)) {
      t.tag = 'adj';
      t.verbForm = undefined;
      continue;
    }
    if (!t.pos.includes('noun')) {
      // "as they lean towards each other", "it slows down": an adjective that is also a verb, right after a subject pronoun of its form.
      if (t.tag === 'adj' && (afterSubjectPronoun(words, w, forms) || afterPluralSubject(words, w, forms) || (!verbSeen && afterDescribedPlural(words, w, forms)))) {
        t.tag = 'verb';
        t.verbForm = verbFormOf(t, forms);
        continue;
      }
      if (t.tag === 'verb') verbOnly(words, w, t, forms);
      else if (t.tag === 'adj') pastAfterNoun(words, w, t, listedForms);
      continue;
    }
    const prev = w > 0 && words[w - 1]!.clause === t.clause && words[w - 1]!.end <= t.start ? words[w - 1] : undefined;
    const next = w + 1 < words.length && words[w + 1]!.clause === t.clause ? words[w + 1] : undefined;
    if (causedAct(words, w, forms, next)) {
      t.tag = 'verb';
      t.verbForm = 'base';
      continue;
    }
    const verdict = decide(words, w, t, prev, next, forms, verbSeen);
    if (verdict === undefined) continue;
    t.tag = verdict;
    if (verdict === 'verb') t.verbForm = verbFormOf(t, forms);
    else t.verbForm = undefined;
  }
}

/**
 * Adverbs that turn adjective after an article or a possessive: "the only sound", "an only child"
 * ("that" and "this" stand alone too often: "a dog that only barks").
 */
const SINGLING_ADVERBS: ReadonlySet<string> = new Set(['only']);

const PLURAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they']);

/** Word `w` follows a subject pronoun in its clause that agrees with its form: "they lean", "it slows". */
function afterSubjectPronoun(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  const prev = words[w - 1];
  if (prev === undefined || prev.clause !== t.clause) return false;
  if (forms.includes('s') && t.norm.endsWith('s')) return prev.norm === 'he' || prev.norm === 'she' || prev.norm === 'it';
  return forms.includes('base') && PLURAL_SUBJECT_PRONOUNS.has(prev.norm);
}

/**
 * Word `w`, a base form, follows a plural noun of its clause and comes before what opens its
 * object: "heavy clouds obscure the sky", "the dancers clear the floor" ("clouds obscure" alone
 * may be a compound).
 */
function afterPluralSubject(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  const prev = words[w - 1];
  const next = words[w + 1];
  // Its own spelling, with no -s and no past among its forms, is the base ("obscure", not "obscures", "set").
  if (forms.length === 0 || t.norm !== t.lemma || t.norm.endsWith('s') || forms.includes('ed') || prev === undefined || next === undefined || prev.clause !== t.clause || next.clause !== t.clause) return false;
  return prev.tag === 'noun' && isPlural(prev) && !PLURAL_ONLY.has(prev.norm) && (ARTICLES.has(next.norm) || POSSESSIVES.has(next.norm));
}

/** Prepositions whose phrase describes a subject before its verb: "people in costumes", "kids with kites". */
const DESCRIBING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'with', 'from', 'near', 'inside']);

/**
 * Word `w` comes after a plural subject that opens its clause (bare, counted or determined) and
 * a phrase after one of `DESCRIBING_PREPOSITIONS` of up to three words ending in a noun, and
 * before an object: an article, a possessive or "them", or a bare noun that ends the clause or
 * that a path follows ("students in stadium play badminton", "druids with gasmasks shovel coal
 * into a furnace"; "women in ballet dance performance in the hall" is a compound).
 */
function afterPlacedPlural(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  const next = words[w + 1];
  if (next === undefined || next.clause !== t.clause || w < 3 || words[w - 1]!.tag !== 'noun' || words[w - 1]!.clause !== t.clause) return false;
  if (!OBJECT_OPENERS.has(next.norm)) {
    if (next.tag !== 'noun' || isCapitalised(next.text)) return false;
    const after = words[w + 2];
    if (!(after === undefined || after.clause !== t.clause || PATHS.has(after.norm))) return false;
  }
  let k = w - 2;
  while (k >= 0 && k >= w - 4 && words[k]!.clause === t.clause && (words[k]!.tag === 'noun' || words[k]!.tag === 'adj' || ARTICLES.has(words[k]!.norm) || POSSESSIVES.has(words[k]!.norm))) k--;
  if (k < 1 || words[k]!.clause !== t.clause || !DESCRIBING_PREPOSITIONS.has(words[k]!.norm)) return false;
  const subject = words[k - 1]!;
  if (subject.clause !== t.clause || subject.tag !== 'noun' || !isPlural(subject) || PLURAL_ONLY.has(subject.norm)) return false;
  return counted(words, k - 1) || opensBare(words, k - 1);
}

/**
 * Word `w`, a base form, opens the clause after a plural subject that opens its sentence and the
 * adjectives set off by commas that describe it, before a path, an object or an adverb of manner:
 * "The waves, grey and heavy, crash against the rocks", "The dunes, undisturbed and majestic,
 * complete this sanctuary".
 */
function afterDescribedPlural(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  const next = words[w + 1];
  if (!forms.includes('base') || t.norm !== t.lemma || t.norm.endsWith('s') || w === 0 || words[w - 1]!.clause === t.clause || next === undefined || next.clause !== t.clause) return false;
  if (!(opensObjectOrPath(next) || (next.tag === 'prep' && next.norm !== 'of') || adverbInLy(next))) return false;
  return subjectBefore(words, w, true) === 2;
}

/** The form of a word read as a verb: the one its spelling shows ("rises", "rising"), else a past, else the base. */
function verbFormOf(t: Token, forms: readonly VerbForm[]): VerbForm {
  if (forms.includes('s') && t.norm.endsWith('s')) return 's';
  if (forms.includes('ing') && t.norm.endsWith('ing')) return 'ing';
  return forms.includes('ed') && !unchangedPast(t, forms) ? 'ed' : 'base';
}

/**
 * A verb whose past is spelt as its base ("set", "cut", "put"): read as the base ("Cut to a
 * close-up", "will set"), and as the past participle only after a form of "be" ("is set").
 */
export function unchangedPast(t: Token, forms: readonly VerbForm[] = formsOf(t)): boolean {
  return t.norm === t.lemma && forms.includes('base') && forms.includes('ed');
}

/** Pronouns that take an -s verb: "she savors", "it wallows". */
const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

/** Plurals of nouns by their suffix: "movements", "reactions", "members". */
const NOUN_PLURAL_ENDING = /(?:tions|sions|ments|ness|ities|ances|ences|isms|ists|ers|ors|ures)$/;
const PLAIN_S_FORM = /^[a-z]+s$/;

/**
 * Word `w` is an -s form of a verb the lexicon lacks ("employs", "retracts", "wallows",
 * "materializes"): unknown, in lower case, with no noun as its stem, after a singular subject a
 * determiner opens (or "she", "it", "who"), and an adverb in -ly, if any, and before what opens an
 * object or a path, or an adverb in -ly: "the sunlight glints off the surface", "a robot employs a
 * laser", "she absentmindedly traces a finger along the glass". Before a place it may be a
 * compound's head, which the lexicon does not know either ("the cherry blossom trees in Kyoto").
 */
function unknownVerb(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  if (t.known || t.tag !== 'noun' || t.text !== t.norm || t.lemma.length < 4 || !PLAIN_S_FORM.test(t.norm) || NOUN_PLURAL_ENDING.test(t.norm) || PARTICLES.has(t.norm) || w === 0) return false;
  const prev = words[w - 1]!;
  const next = words[w + 1];
  if (prev.clause !== t.clause || next === undefined || next.clause !== t.clause) return false;
  if (!(opensObjectOrPath(next) || PATHS.has(next.norm) || adverbInLy(next))) return false;
  // "she slowly traces a finger": an adverb in -ly may stand between the subject and its verb.
  const s = adverbInLy(prev) && w >= 2 && words[w - 2]!.clause === t.clause ? w - 2 : w - 1;
  const before = words[s]!;
  const subject = SINGULAR_SUBJECTS.has(before.norm) || (before.tag === 'noun' && !isPlural(before) && !before.norm.endsWith("'s") && determined(words, s, true));
  return subject && !isNoun(t.lemma);
}

/** The forms an unchanged past is read with away from "be". */
const BASE_ONLY: readonly VerbForm[] = ['base'];

/**
 * Word `w` follows a form of "be" in its clause and no object follows it: "the table is set",
 * "the logs are cut in half" (but "the man is put his arm around her" means "puts").
 */
function afterBe(words: readonly Token[], w: number): boolean {
  const prev = words[w - 1];
  const next = words[w + 1];
  if (next !== undefined && next.clause === words[w]!.clause && (DETERMINERS.has(next.norm) || OBJECT_PRONOUNS.has(next.norm))) return false;
  return prev !== undefined && prev.clause === words[w]!.clause && prev.lemma === 'be' && prev.tag === 'verb';
}

/** Marks that close a quoted key before its colon (`"subject":`). */
const KEY_QUOTES = new Set(['"', "'", '\u201D', '\u2019', '&quot;']);

/** Marks of a Markdown heading ("## Setting") and of its bold form ("**Setting**"). */
const HEADING_MARKS = new Set(['#', '*']);

/**
 * `t` is the only word of a Markdown heading line: after a run of "#" and a space ("## Setting",
 * "### Staging ###") or between "*" marks ("**Setting**"), with nothing after it on its line but
 * those marks, or with a colon after them ("**Setting**: a quiet bay"). The heading names the
 * field the next lines fill, as "Setting:" does; a hashtag ("#running") has no space after its
 * mark and is not one.
 */
export function headingWord(text: string, tokens: readonly Token[], t: Token): boolean {
  const before = tokens[t.index - 1];
  if (before === undefined || before.kind !== 'symbol' || !HEADING_MARKS.has(before.text)) return false;
  let k = t.index - 1;
  while (k > 0 && tokens[k - 1]!.kind === 'symbol' && tokens[k - 1]!.text === before.text && tokens[k - 1]!.end === tokens[k]!.start) k--;
  if (k > 0 && !lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
  let j = t.index + 1;
  if (before.text === '#') {
    if (before.end === t.start) return false;
  } else if (tokens[j]?.text !== '*' || tokens[j]!.start !== t.end) return false;
  while (j < tokens.length && tokens[j]!.kind === 'symbol' && HEADING_MARKS.has(tokens[j]!.text)) j++;
  return j === tokens.length || tokens[j]!.text === ':' || lineBreakBetween(text, tokens[j - 1]!.end, tokens[j]!.start);
}

/**
 * A word right before a colon, bare or after a closing quote, that opens its sentence or is
 * quoted itself names a field ("Setting: a quiet bay", `{"lighting": "warm"}`): a noun, never
 * the imperative a verb before an article would otherwise read as. After a comma it still
 * introduces what someone says ("a girl in glasses, saying: I am Angie").
 */
export function tagFieldNames(tokens: readonly Token[], words: readonly Token[], text: string): void {
  for (let w = 0; w < words.length; w++) {
    const t = words[w] as MutableToken;
    // The first word of an action field's value is the verb it can be ("Action: claps").
    if (t.tag !== 'verb' && t.pos.includes('verb') && (w === 0 || words[w - 1]!.clause !== t.clause) && tokens[t.index - 1] !== undefined && inFieldValue(tokens, t.index, ACTION_FIELD_SET)) {
      t.tag = 'verb';
      t.verbForm = verbFormOf(t, formsOf(t));
      continue;
    }
    if (t.tag !== 'verb') continue;
    if (headingWord(text, tokens, t)) {
      t.tag = 'noun';
      t.verbForm = undefined;
      continue;
    }
    let k = t.index + 1;
    if (tokens[k]?.kind === 'punct' && KEY_QUOTES.has(tokens[k]!.text)) k++;
    if (tokens[k]?.text !== ':') continue;
    const opensSentence = w === 0 || words[w - 1]!.sentence !== t.sentence;
    const quoted = k > t.index + 1 && t.index > 0 && KEY_QUOTES.has(tokens[t.index - 1]!.text);
    if (!opensSentence && !quoted) continue;
    t.tag = 'noun';
    t.verbForm = undefined;
  }
}

/**
 * An -ing word after a determiner or adjective with no noun after it is a noun ("a crossing",
 * "natural lighting", "the clearing"); before a noun it is a modifier ("a rocking chair").
 */
function gerund(words: readonly Token[], w: number, t: MutableToken): void {
  const prev = w > 0 && words[w - 1]!.clause === t.clause ? words[w - 1] : undefined;
  if (prev && prev.tag === 'adj' && adjectiveHead(words, w)) {
    t.tag = 'noun';
    t.verbForm = undefined;
    return;
  }
  // "studio lighting highlights her face", "Lighting casts long shadows": a compound's head or a bare subject.
  if ((!prev || prev.tag === 'noun') && headsBeforeVerb(words, w)) {
    t.tag = 'noun';
    t.verbForm = undefined;
    return;
  }
  if (!prev || !(prev.tag === 'det' || prev.norm.endsWith("'s")) || VERB_TRIGGERS.has(prev.norm) || OBJECT_PRONOUNS.has(prev.norm)) return;
  // "he's playing", "it's raining": a pronoun with a contracted "is", not a possessive.
  if (BE_CONTRACTIONS.has(prev.norm)) return;
  // "coyotes each riding a motorcycle": a quantifier after its noun, not this word's determiner.
  if (floatedQuantifier(words, w)) return;
  const next = w + 1 < words.length && words[w + 1]!.clause === t.clause ? words[w + 1] : undefined;
  if (next && (next.tag === 'noun' || next.tag === 'adj') && !headsBeforeVerb(words, w)) return;
  // "an amazing puzzle", "a terrifying scream": before a word the lexicon lists only as a verb's
  // base, which after a modifier is a noun (verbOnly), an -ing adjective describes it.
  if (next && t.pos.includes('adj') && next.tag === 'verb' && next.verbForm === 'base' && !next.pos.includes('noun') && !AUXILIARIES.has(next.norm) && !MODALS.has(next.norm)) {
    t.tag = 'adj';
    t.verbForm = 'ing';
    return;
  }
  // "a charming, rustic cottage", "a soothing, rhythmic melody": an adjective before a comma and another modifier.
  if (!next && t.pos.includes('adj') && modifierAfterComma(words, w)) {
    t.tag = 'adj';
    t.verbForm = 'ing';
    return;
  }
  t.tag = 'noun';
  t.verbForm = undefined;
}

/** The word before the noun phrase ending at word `k`, past its modifiers and an article ("with natural lighting"), or -1. */
function beforePhrase(words: readonly Token[], k: number): number {
  const j = beforeModifiers(words, k, 3, ADJECTIVE_OR_NOUN);
  return j >= 0 && ARTICLES.has(words[j]!.norm) && words[j]!.clause === words[k]!.clause ? j - 1 : j;
}

/** The noun phrase ending at word `k` opens its sentence: "Red lighting", "The soft lighting". */
function opensSentence(words: readonly Token[], k: number): boolean {
  const start = beforePhrase(words, k);
  return start < 0 || words[start]!.sentence !== words[k]!.sentence;
}

/** A preposition opens the noun phrase ending at word `k`: "with natural lighting". */
function afterPreposition(words: readonly Token[], k: number): boolean {
  const start = beforePhrase(words, k);
  return start >= 0 && words[start]!.clause === words[k]!.clause && words[start]!.tag === 'prep';
}

/** Word `w` closes its clause at a comma before an adjective of the same sentence: "a charming, rustic cottage". */
function modifierAfterComma(words: readonly Token[], w: number): boolean {
  const after = words[w + 1];
  return after !== undefined && after.sentence === words[w]!.sentence && after.clause === words[w]!.clause + 1 && after.tag === 'adj' && nounAfter(words, w + 1);
}

/** A noun made of an -ing form whose stem is usually a noun: "lighting", "the fishing". */
function gerundNoun(u: Token): boolean {
  return u.tag === 'noun' && u.norm.endsWith('ing') && formsOf(u).includes('ing') && wordInfo(u.lemma).usual === 'noun';
}

/**
 * The -ing word `w`, whose stem is usually a noun, heads the subject of the -s form after it when
 * that form is no plural usually and an object, a path, an adverb or a modifier follows: "The
 * lighting highlights the texture", "studio lighting casts long shadows" (but "lighting effects",
 * "a man lighting candles", "winding streams,").
 */
function headsBeforeVerb(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  if (wordInfo(t.lemma).usual !== 'noun' || afterPreposition(words, w)) return false;
  const next = words[w + 1];
  if (next === undefined || next.clause !== t.clause || !next.pos.includes('verb') || !next.norm.endsWith('s') || next.norm.endsWith("'s") || !formsOf(next).includes('s') || usually(next, 'u')) return false;
  const after = words[w + 2];
  return after !== undefined && after.clause === t.clause && takenByVerb(after);
}

/** What an -s form takes as a verb, not as a plural noun: an object, a path, a preposition, an adverb or a modifier. */
function takenByVerb(u: Token): boolean {
  return opensObjectOrPath(u) || u.tag === 'prep' || u.tag === 'adv' || u.tag === 'adj' || u.tag === 'num';
}

const ADJECTIVE: ReadonlySet<PosTag> = new Set(['adj']);
const ADJECTIVE_OR_NOUN: ReadonlySet<PosTag> = new Set(['adj', 'noun']);
const MODIFIER_TAGS: ReadonlySet<PosTag> = new Set(['adj', 'noun', 'num']);
/** What a bare compound is made of: "Soft jazz music", "usain bolt", "bmw s1000r". */
const COMPOUND_PARTS: ReadonlySet<PosTag> = new Set(['adj', 'noun', 'name']);

/**
 * The word before the modifiers (at most `max`, tagged as `tags` names) that stand right before
 * word `k` in its clause: where the phrase ending at `k` opens, or -1 at the prompt's start.
 */
function beforeModifiers(words: readonly Token[], k: number, max: number, tags: ReadonlySet<PosTag>): number {
  const clause = words[k]!.clause;
  let j = k - 1;
  for (let n = 0; n < max && j >= 0 && words[j]!.clause === clause && tags.has(words[j]!.tag); n++) j--;
  return j;
}

/**
 * The -ing word `w`, whose stem is usually a noun ("lighting"; not "walking", "dancing"), ends a
 * noun phrase of adjectives that opens its clause or follows a determiner, a preposition, a verb
 * or "and": "dramatic lighting, 8k", "with soft natural lighting", "Harsh lighting mercilessly
 * accentuates", "red lighting flashes", "the room has warm lighting from a lamp". Before an object ("bright lighting the room") it is left
 * alone. Looks back at most three words.
 */
function adjectiveHead(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  if (wordInfo(t.lemma).usual !== 'noun') return false;
  const next = words[w + 1];
  if (next !== undefined && next.clause === t.clause && (next.tag === 'det' || OBJECT_PRONOUNS.has(next.norm) || PARTICLES.has(next.norm))) return false;
  const k = beforeModifiers(words, w, 3, ADJECTIVE);
  const u = k >= 0 ? words[k]! : undefined;
  return u === undefined || u.clause !== t.clause || u.tag === 'det' || u.tag === 'prep' || u.tag === 'verb' || u.norm === 'and' || u.norm.endsWith("'s");
}

/**
 * An -ing word the lexicon lists as an adjective and a verb is the verb before a determiner or an
 * object pronoun that opens its object: "moving the chairs", "telling a story", "sweeping the
 * floor". Before a noun, or after a determiner, it stays a modifier ("a moving car", "the bird's
 * striking appearance"). Before a preposition or an adverb it is left an adjective: the rules
 * read such a participle as an action already, and "stunning in red" is no verb.
 */
function participleActs(words: readonly Token[], w: number, t: MutableToken): void {
  const next = w + 1 < words.length && words[w + 1]!.clause === t.clause ? words[w + 1]! : undefined;
  if (next === undefined) return;
  const prev = w > 0 && words[w - 1]!.clause === t.clause ? words[w - 1] : undefined;
  if (prev !== undefined && (prev.tag === 'det' || prev.norm.endsWith("'s"))) return;
  if (!DETERMINERS.has(next.norm) && !OBJECT_PRONOUNS.has(next.norm)) return;
  t.tag = 'verb';
  t.verbForm = 'ing';
}

/**
 * A past participle before a noun modifies it where no subject stands before it: after a
 * preposition, an adjective, a number, another verb or a possessive ("casting dappled light", "with
 * furrowed brows", "a thin short-haired man", "her relaxed demeanor"). After a noun, a pronoun, an
 * adverb or "and" it may be the verb ("the boy opened doors", "she carefully placed books").
 */
function participleBeforeNoun(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  if (!forms.includes('ed') || forms.includes('base') || forms.includes('s')) return false;
  const next = words[w + 1];
  if (next === undefined || next.clause !== t.clause) return false;
  // Also before an adjective and its noun: "a thin short-haired dark-haired man".
  const after = words[w + 2];
  if (next.tag !== 'noun' && !(next.tag === 'adj' && after !== undefined && after.clause === t.clause && after.tag === 'noun')) return false;
  const prev = w > 0 && words[w - 1]!.clause === t.clause ? words[w - 1]! : undefined;
  if (prev === undefined) return false;
  // After a possessive too: "her relaxed demeanor", "their outstretched arms", "the runner's
  // determined gaze" ("her" is no object of the past form there: a noun follows it).
  return prev.tag === 'prep' || prev.tag === 'adj' || prev.tag === 'num' || (prev.tag === 'verb' && prev.verbForm === 'ing') || (prev.tag === 'pron' && POSSESSIVES.has(prev.norm)) || (prev.tag === 'noun' && prev.norm.endsWith("'s"));
}

/** A word that opens or extends a noun phrase: "a", "the dog's", "its", "red" ("her" may be an object: "helps her stand"). */
function modifies(u: Token): boolean {
  return (u.tag === 'det' || u.tag === 'adj' || u.norm.endsWith("'s") || (POSSESSIVES.has(u.norm) && u.norm !== 'her')) && !VERB_TRIGGERS.has(u.norm);
}

/**
 * Word `w`, a verb form not usually a noun, comes before a possessive that opens its object: an
 * -s form after an adjective with no determiner before it, past an adverb in -ly ("a woman in
 * red slowly unfolds her umbrella"), or an -s form or a base after "and" or "then" ("angry and
 * throws his axes", "open his mouth and show his fangs"). A noun is rarely followed by a
 * possessive and its noun ("happy dogs their tails wagging": "dogs" is usually a noun), so the
 * word is the verb.
 */
function possessedObject(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  const prev = words[w - 1];
  const next = words[w + 1];
  const after = words[w + 2];
  if (prev === undefined || next === undefined || after === undefined || prev.clause !== t.clause || next.clause !== t.clause || after.clause !== t.clause) return false;
  if (!POSSESSIVES.has(next.norm) || !(after.tag === 'noun' || after.tag === 'adj' || after.tag === 'num') || usually(t, 'u')) return false;
  const forms = formsOf(t);
  const sForm = t.norm.endsWith('s') && !t.norm.endsWith("'s") && forms.includes('s');
  if (!sForm && !(forms.includes('base') && t.norm === t.lemma)) return false;
  if (prev.norm === 'and' || prev.norm === 'then') return true;
  // Past an adverb in -ly: "a woman in red slowly unfolds her umbrella".
  const a = adverbInLy(prev) && w >= 2 && words[w - 2]!.clause === t.clause ? w - 2 : w - 1;
  return sForm && words[a]!.tag === 'adj' && !determined(words, a);
}

/** Word `k`, a number in figures, closes a capitalised title in its clause: "Dota 2", "Final Fantasy 7". */
function numberedTitle(words: readonly Token[], k: number): boolean {
  const n = words[k]!;
  const u = words[k - 1];
  return u !== undefined && u.clause === n.clause && u.end < n.start && n.text.length <= 2 && n.text.charCodeAt(0) >= 48 && n.text.charCodeAt(0) <= 57 && isCapitalised(u.text) && u.tag !== 'det' && u.tag !== 'prep';
}

/** Quantifiers that may stand after the noun they count: "the boys each", "the twins both". */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['each', 'both', 'all']);

/**
 * Word `w`, an -ing form, follows a quantifier floated after a plural noun (in its clause or
 * closing the one before) and comes before the article or possessive of its object: "coyotes
 * each riding a motorcycle", "two girls in red dresses, both holding a lantern".
 */
function floatedQuantifier(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  const prev = words[w - 1];
  const before = words[w - 2];
  const next = words[w + 1];
  if (prev === undefined || before === undefined || next === undefined || !t.norm.endsWith('ing') || !FLOATING_QUANTIFIERS.has(prev.norm)) return false;
  if (next.clause !== t.clause || prev.clause !== t.clause || !(ARTICLES.has(next.norm) || POSSESSIVES.has(next.norm))) return false;
  return before.sentence === t.sentence && before.tag === 'noun' && isPlural(before);
}

/** Determiners that stand alone as a singular subject: "one climbs a tree, another kicks a ball". */
const LONE_SUBJECTS: ReadonlySet<string> = new Set(['another', 'each']);

/**
 * Word `w`, an -s form, follows one of `LONE_SUBJECTS` that opens its clause and comes before
 * an object, a particle or a path: "another climbs a tree", "each holds a lantern" ("another
 * kicks" cannot be a plural after a singular determiner).
 */
function loneSubjectVerb(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  const prev = words[w - 1];
  const next = words[w + 1];
  if (!forms.includes('s') || !t.norm.endsWith('s') || t.norm.endsWith("'s") || prev === undefined || next === undefined || prev.clause !== t.clause || next.clause !== t.clause || !LONE_SUBJECTS.has(prev.norm)) return false;
  const before = words[w - 2];
  if (before !== undefined && before.clause === t.clause && before.tag !== 'conj') return false;
  return OBJECT_OPENERS.has(next.norm) || PARTICLES.has(next.norm) || PATHS.has(next.norm);
}

/**
 * A past form that is also an adjective is a verb or participle right after a noun or pronoun,
 * never an attributive adjective there: "a boy picked up the food", "she turned around".
 */
function pastAfterNoun(words: readonly Token[], w: number, t: MutableToken, forms: readonly VerbForm[]): void {
  if (!forms.includes('ed') || w === 0) return;
  const prev = words[w - 1]!;
  if (prev.clause !== t.clause || !(prev.tag === 'noun' || prev.tag === 'name' || (prev.tag === 'pron' && SUBJECT_PRONOUNS.has(prev.norm)))) return;
  // Not after a possessive, before its noun: "the runner's determined gaze".
  if (participleBeforeNoun(words, w, forms)) return;
  t.tag = 'verb';
  t.verbForm = 'ed';
}

/**
 * After "being" (and an adverb) a verb's past form, or a base form that is no adjective (the
 * participle of "run", "hit", "cut"), is a passive participle: "a leaf being picked up", "a van
 * being run off the road", "being physically crushed" (but "being careful", "being part of the team").
 */
function passiveAfterBeing(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  // Past one adverb: "being physically crushed".
  const adverb = adverbInLy(words[w - 1]);
  const prev = words[adverb ? w - 2 : w - 1];
  if (prev === undefined || prev.norm !== 'being' || prev.tag !== 'verb' || prev.clause !== t.clause) return false;
  const next = words[w + 1];
  if (next !== undefined && next.clause === t.clause && next.norm === 'of') return false;
  return forms.includes('ed') || (forms.includes('base') && !t.pos.includes('adj'));
}

/**
 * A word the lexicon lists only as a verb is still a noun or adjective where no verb can stand:
 * after a determiner or adjective, also past an adverb ("a snowboard", "the parked car", "a
 * neatly trimmed hedge"), or as a bare label at the
 * start of a clause followed by a noun ("Message: …").
 */
function verbOnly(words: readonly Token[], w: number, t: MutableToken, forms: readonly VerbForm[]): void {
  if (forms.includes('ing') && forms.length === 1) return;
  // "the fairy is wearing", "a tree that has leaves": a form of "be" or "have" is never a noun.
  if (AUXILIARIES.has(t.norm)) return;
  if (relativeThat(words, w) || relativeSForm(words, w, forms)) return;
  const prev = w > 0 && words[w - 1]!.clause === t.clause ? words[w - 1] : undefined;
  const next = w + 1 < words.length && words[w + 1]!.clause === t.clause ? words[w + 1] : undefined;
  // "A focused individual sits at a desk", "the liquid achieves a uniform colour": an adjective
  // that is also a noun heads the subject of an -s form the lexicon lists only as a verb, when what
  // a verb takes follows ("skeletal remains by day 6" has an adjective only).
  if (prev !== undefined && next !== undefined && prev.tag === 'adj' && prev.pos.includes('noun') && forms.includes('s') && t.norm.endsWith('s') && next.norm !== 'of' && takenByVerb(next)) {
    (prev as MutableToken).tag = 'noun';
    return;
  }
  if (loneSubjectVerb(words, w, forms) || possessedObject(words, w)) return;
  const afterModifier = prev !== undefined && (modifies(prev) || (adverbInLy(prev) && w >= 2 && words[w - 2]!.clause === t.clause && modifies(words[w - 2]!)));
  // "The chef, wearing an apron, chops onions": after its described subject an -s form is the verb.
  // "Forest elves, ethereal and wise, appear, …": alone in its clause after a plural subject and
  // the adjectives set off by commas that describe it, a base form is its verb.
  const label = prev === undefined && (next === undefined || next.tag === 'noun' || next.tag === 'name') && !forms.includes('ed') && !(next !== undefined && next.tag === 'noun' && t.norm.endsWith('s') && forms.includes('s') && describedSubject(words, w)) && !(next === undefined && forms.includes('base') && t.norm === t.lemma && describedPlural(words, w));
  if (!afterModifier && !label) return;
  if (forms.includes('ed') && !t.norm.endsWith('s') && afterModifier) {
    t.tag = 'adj';
  } else if (!forms.includes('ing')) {
    t.tag = 'noun';
  } else return;
  t.verbForm = undefined;
}

/**
 * What follows a verb, not a plural noun: an object ("a", "her", a name: "Luffy", unless the
 * sentence is in Title Case) or a path ("along", "to").
 */
function objectOrPath(next: Token | undefined, titleCase: ReadonlySet<number>): boolean {
  if (next === undefined) return false;
  return opensObjectOrPath(next) || next.tag === 'name' || (isCapitalised(next.text) && !titleCase.has(next.sentence));
}

/** An article, an object pronoun, a particle or "to": what opens a verb's object or path ("walks to", "plays a"). */
export function opensObjectOrPath(next: Token): boolean {
  return DETERMINERS.has(next.norm) || OBJECT_PRONOUNS.has(next.norm) || PARTICLES.has(next.norm) || next.norm === 'to';
}

/**
 * "Kovary plays chess in a tavern", "Zelmany walks along the pier": a capitalised word the lexicon
 * does not know, opening the sentence, is a name (not an adjective guessed from its suffix) when
 * the -s form after it takes an object or a path, so that form is its verb. "Sparkly lights
 * dance" and "Velvety petals in the rain" stay noun phrases.
 */
function namedSubject(words: readonly Token[], w: number, forms: readonly VerbForm[], titleCase: ReadonlySet<number>): boolean {
  const t = words[w]!;
  if (w === 0 || !forms.includes('s') || !t.norm.endsWith('s') || t.norm.endsWith("'s")) return false;
  const prev = words[w - 1]!;
  if (prev.known || prev.clause !== t.clause || (prev.tag !== 'adj' && prev.tag !== 'noun') || !isCapitalised(prev.text)) return false;
  if (w >= 2 && words[w - 2]!.sentence === t.sentence) return false;
  const next = w + 1 < words.length && words[w + 1]!.clause === t.clause ? words[w + 1] : undefined;
  if (objectOrPath(next, titleCase)) return true;
  // A bare object before a place: "plays chess in a tavern"; a word that can be a verb may be the
  // plural's own ("Orchid flowers bloom in the pond").
  const after = w + 2 < words.length && words[w + 2]!.clause === t.clause ? words[w + 2] : undefined;
  return next !== undefined && next.tag === 'noun' && !next.pos.includes('verb') && after !== undefined && after.tag === 'prep' && after.norm !== 'of';
}

/** Prepositions of a path, not of a place: "rises from", "drips into", "rolls down". */
const PATHS: ReadonlySet<string> = new Set([
  'from', 'into', 'onto', 'through', 'across', 'toward', 'towards', 'down', 'up', 'past', 'against', 'out', 'off', 'away',
  'upward', 'upwards', 'downward', 'downwards',
]);

/**
 * The noun at `k` is a bare subject: only up to two adjectives stand before it, after the start
 * of its clause or a word that opens one ("and", "as", "while", "where").
 */
function opensBare(words: readonly Token[], k: number): boolean {
  const clause = words[k]!.clause;
  const j = beforeModifiers(words, k, 2, ADJECTIVE);
  const u = j >= 0 ? words[j]! : undefined;
  return u === undefined || u.clause !== clause || u.tag === 'conj' || u.norm === 'as' || u.norm === 'where' || u.norm === 'when';
}

/**
 * The singular noun at `k` ends a bare compound that opens its clause: up to three adjectives and
 * singular nouns or names before it ("Soft jazz music", "baby rhino", "bmw s1000r"), at the
 * start of its clause or after a word that opens one. A plural among them makes a list or a
 * compound's plural head ("city lights").
 */
function opensBareCompound(words: readonly Token[], k: number): boolean {
  const clause = words[k]!.clause;
  const j = beforeModifiers(words, k, 3, COMPOUND_PARTS);
  for (let i = j + 1; i < k; i++) if (words[i]!.tag === 'noun' && isPlural(words[i]!)) return false;
  const u = j >= 0 ? words[j]! : undefined;
  return u === undefined || u.clause !== clause || u.tag === 'conj' || SUBORDINATORS.has(u.norm);
}

/**
 * The noun at `k` heads a phrase that opens its clause with an article: "a African female king",
 * "the old man" at the start of the clause or after "and", "as", "when", "while", "where".
 */
function articleOpensClause(words: readonly Token[], k: number): boolean {
  const clause = words[k]!.clause;
  const j = beforeModifiers(words, k, 3, ADJECTIVE_OR_NOUN);
  if (j < 0 || words[j]!.clause !== clause || !ARTICLES.has(words[j]!.norm)) return false;
  const u = j > 0 ? words[j - 1]! : undefined;
  return u === undefined || u.clause !== clause || u.tag === 'conj' || SUBORDINATORS.has(u.norm);
}

/**
 * The noun at `k` ends a phrase that a preposition opens ("through the high mountain"), after a
 * verb of the same clause ("The canyons wind through …"); "as" and "until" open a clause of
 * their own ("leap out of the ocean as the sun sets"). Looks back at most eight words.
 */
function objectAfterVerb(words: readonly Token[], k: number): boolean {
  const clause = words[k]!.clause;
  const j = beforeModifiers(words, k, 3, MODIFIER_TAGS);
  if (j < 1 || words[j]!.clause !== clause || !DETERMINERS.has(words[j]!.norm) || words[j - 1]!.clause !== clause || words[j - 1]!.tag !== 'prep' || SUBORDINATORS.has(words[j - 1]!.norm)) return false;
  for (let i = j - 2; i >= 0 && i >= k - 8 && words[i]!.clause === clause; i--) if (words[i]!.tag === 'verb' && words[i]!.verbForm !== 'ing' && words[i]!.verbForm !== 'ed') return true;
  return false;
}

/** An article opens the noun phrase ending at word `k`, with at most two adjectives between: "a character", "the old man". */
function articleBefore(words: readonly Token[], k: number): boolean {
  const j = beforeModifiers(words, k, 2, ADJECTIVE);
  return j >= 0 && words[j]!.clause === words[k]!.clause && ARTICLES.has(words[j]!.norm);
}

/** Words that open a clause, whose subject is the bare noun phrase after them. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'whenever', 'once', 'until', 'because', 'where']);

/**
 * The singular noun or name at word `k` is all of a bare noun phrase after a word that opens a
 * clause ("As dusk approaches", "while Earth turns").
 */
function subordinateSubject(words: readonly Token[], k: number): boolean {
  const u = words[k]!;
  const opener = words[k - 1];
  if ((u.tag !== 'noun' && u.tag !== 'name') || isPlural(u) || opener === undefined || opener.clause !== u.clause || !SUBORDINATORS.has(opener.norm)) return false;
  // "as" is a preposition too ("feet as feline paws", "such as bench presses"): only opening its clause.
  const before = words[k - 2];
  return opener.norm !== 'as' || before === undefined || before.clause !== u.clause;
}

/** Verbs that take an object and a bare verb it does: "make her blink", "let the card rotate". */
const CAUSATIVES: ReadonlySet<string> = new Set(['make', 'let']);

/**
 * Word `w`, a base form usually a verb closing its phrase, follows "make" or "let" and the object
 * that opens after it, with no verb between: the object's act ("Make the astronaut in the
 * picture move", "make her blink"; not "make a paper plane"). Looks back at most seven words.
 */
function causedAct(words: readonly Token[], w: number, forms: readonly VerbForm[], next: Token | undefined): boolean {
  const t = words[w]!;
  if (!forms.includes('base') || t.norm !== t.lemma || !usually(t, 'v') || (next && (next.tag === 'noun' || next.tag === 'det' || next.tag === 'adj' || next.tag === 'num'))) return false;
  for (let k = w - 1; k >= 1 && k >= w - 7 && words[k]!.sentence === t.sentence; k--) {
    const u = words[k - 1]!;
    if (u.sentence !== t.sentence) return false;
    if (u.tag === 'verb') return CAUSATIVES.has(u.lemma) && (OBJECT_PRONOUNS.has(words[k]!.norm) || (DETERMINERS.has(words[k]!.norm) && k < w - 1));
  }
  return false;
}

/** An -s verb stands in the sentence of word `w`, at most twelve words before it. */
function sVerbBefore(words: readonly Token[], w: number): boolean {
  for (let k = w - 1; k >= 0 && k >= w - 12 && words[k]!.sentence === words[w]!.sentence; k--) if (words[k]!.tag === 'verb' && words[k]!.verbForm === 's') return true;
  return false;
}

/** Word `w` follows "and" or "or" after a noun of its clause ("the toothbrush and sink"): that noun. */
function nounBeforeAnd(words: readonly Token[], w: number): Token | undefined {
  const clause = words[w]!.clause;
  const and = words[w - 1];
  const noun = words[w - 2];
  return and !== undefined && noun !== undefined && and.clause === clause && noun.clause === clause && (and.norm === 'and' || and.norm === 'or') && noun.tag === 'noun' ? noun : undefined;
}

/**
 * The bare noun phrase ending at word `k` follows "and" or "or" after a noun: a second item of a
 * list, whose next word, closing the clause, may be its head ("milk and cinnamon rolls", "riffs
 * and thunderous drum beats").
 */
function listedAfterNoun(words: readonly Token[], k: number): boolean {
  const clause = words[k]!.clause;
  const j = beforeModifiers(words, k, 2, ADJECTIVE);
  return j >= 0 && words[j]!.clause === clause && nounBeforeAnd(words, j + 1) !== undefined;
}

/** The word after `w` in its clause is a noun or adjective: "bright signs", "calm sea". */
function nounAfter(words: readonly Token[], w: number): boolean {
  const u = words[w + 1];
  return u !== undefined && u.clause === words[w]!.clause && (u.tag === 'noun' || u.tag === 'adj' || u.tag === 'name');
}

/** What opens an object after a bare verb: an article or a possessive ("lift a demon", "beat the drum"), not a relative "that" or "me" ("help me"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES, 'him', 'them']);

/** Forms of "be" and "have", which the lexicon lists only as verbs ("are", "were" are their own lemmas there). */
const AUXILIARIES: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'am', 'been', 'have', 'has', 'had']);

/**
 * Word `w` follows a relative "that" after a noun and a path, an adverb or the clause's end follows
 * it, so it is that clause's verb: "a bird that flies over the lake", "shadows that dance across
 * the wall", "mushrooms that twinkle and glow". Before an object it is left to the rules, which
 * read "a sign that says …", "a sign that reads OPEN" and "patterns that catch the light" as no motion.
 */
function relativeThat(words: readonly Token[], w: number): boolean {
  const t = words[w]!;
  const that = words[w - 1];
  const head = words[w - 2];
  if (that === undefined || head === undefined || that.norm !== 'that' || that.clause !== t.clause || head.clause !== t.clause) return false;
  if ((head.tag !== 'noun' && head.tag !== 'name') || head.norm.endsWith("'s")) return false;
  const next = words[w + 1];
  if (next !== undefined && next.clause === t.clause && next.tag !== 'prep' && next.tag !== 'adv' && next.tag !== 'conj') return false;
  const forms = formsOf(t);
  return forms.includes('base') || (forms.includes('s') && t.norm.endsWith('s'));
}

/**
 * Word `w`, an -s form the lexicon lists only as a verb, follows a relative "that" after a noun:
 * the clause's verb, whatever follows ("a liquid that mimics the hue of blood"); a demonstrative
 * "that" would take a singular noun.
 */
function relativeSForm(words: readonly Token[], w: number, forms: readonly VerbForm[]): boolean {
  const t = words[w]!;
  const that = words[w - 1];
  const head = words[w - 2];
  if (!forms.includes('s') || !t.norm.endsWith('s') || that === undefined || head === undefined || that.norm !== 'that' || that.clause !== t.clause || head.clause !== t.clause) return false;
  return (head.tag === 'noun' || head.tag === 'name') && !head.norm.endsWith("'s");
}

/** Triggers that are also adjectives: "the first time", "the still water", "the then king". */
const ADJECTIVE_TRIGGERS = new Set(['first', 'still', 'then']);

/**
 * Word `w`, alone in its clause, is an item of a list: a plural ends the clause before it and
 * "and" or "or" with an article follows ("with unusual plants, rocks, and a sky"; but "a woman at
 * the window, smiles, and the …" is her verb).
 */
function listItem(words: readonly Token[], w: number): boolean {
  const before = words[w - 1];
  const and = words[w + 1];
  const after = words[w + 2];
  return before !== undefined && isPlural(before) && before.sentence === words[w]!.sentence && and !== undefined && (and.norm === 'and' || and.norm === 'or') && and.sentence === words[w]!.sentence && after !== undefined && ARTICLES.has(after.norm);
}

/** Adverbs of manner that are not in -ly: "walk alone", "run fast". */
const MANNER_ADVERBS: ReadonlySet<string> = new Set(['alone', 'fast', 'hard', 'together']);

/**
 * Word `w` is followed by an adverb of manner ("slowly", "alone"), then a preposition, an article
 * or the clause's end: "walk slowly in the rain", "dance alone", not "light softly diffused".
 */
function mannerThenPath(words: readonly Token[], w: number): boolean {
  const adverb = words[w + 1];
  if (adverb === undefined || adverb.clause !== words[w]!.clause || !(adverbInLy(adverb) || MANNER_ADVERBS.has(adverb.norm))) return false;
  const after = words[w + 2];
  return after === undefined || after.clause !== adverb.clause || after.tag === 'prep' || DETERMINERS.has(after.norm);
}

/** Word `k` is a trigger used as an adjective after an article: "the first time", "a still pond". */
function ordinal(words: readonly Token[], k: number): boolean {
  const u = words[k - 1];
  return ADJECTIVE_TRIGGERS.has(words[k]!.norm) && u !== undefined && u.clause === words[k]!.clause && (u.norm === 'the' || u.norm === 'a' || u.norm === 'an');
}

function decide(words: readonly Token[], w: number, t: Token, prev: Token | undefined, next: Token | undefined, forms: readonly VerbForm[], verbSeen: boolean): PosTag | undefined {
  const sForm = forms.includes('s') && t.norm.endsWith('s');
  const base = !sForm && !forms.includes('ed');
  // "herds of bison", "wheels of cheese": a word before "of" heads a noun phrase.
  if (next && next.norm === 'of') return 'noun';
  // "side by side", "step by step", "frame by frame": a noun repeated around "by" is an adverbial.
  if (next && next.norm === 'by' && words[w + 2]?.norm === t.norm) return 'noun';
  if ((sForm || base) && possessedObject(words, w)) return 'verb';
  // "A tilt shot captures a woman": a past form that opens with a determiner, before an -s form
  // that takes an object, is the noun heading the subject (two verbs cannot stand in a row).
  if (forms.includes('ed') && !sForm && next && formsOf(next).includes('s') && next.norm.endsWith('s') && next.pos.includes('verb') && determined(words, w, true)) {
    const after = words[w + 2];
    if (after !== undefined && after.clause === t.clause && (opensObjectOrPath(after) || (after.tag === 'prep' && after.norm !== 'of'))) return 'noun';
  }
  if (!prev) {
    // "back to the future film", "back to back": a particle opening its clause before "to" is no imperative.
    if (base && next && next.norm === 'to' && PARTICLES.has(t.norm)) return 'noun';
    // Clause start: an imperative ("Pan left across the room") or a bare noun.
    if (base && next && (PARTICLES.has(next.norm) || DETERMINERS.has(next.norm))) return 'verb';
    // "…, walk slowly in the rain", "…, walk alone on the wasteland": a base form usually a verb,
    // then an adverb of manner and a preposition or the clause's end, is the verb of a dropped subject.
    if (base && next && usually(t, 'v') && mannerThenPath(words, w)) return 'verb';
    // "In the forest, flowers grow", "…, waves gently lapping on the sand": a plural not usually a
    // verb before a base form, or before an adverb and an -ing form, is their subject.
    if (sForm && next && !usually(t, 'v') && wordInfo(t.lemma).pos.includes('noun')) {
      if (next.tag === 'verb' && next.verbForm === 'base' && !next.pos.includes('noun') && !PARTICLES.has(next.norm)) return 'noun';
      const after = words[w + 2];
      if (adverbInLy(next) && after !== undefined && after.clause === t.clause && after.tag === 'verb' && after.verbForm === 'ing') return 'noun';
    }
    // "A woman, beautiful, walks along the pier", "a cat sitting in the sun, turns to look": after
    // the sentence's subject, and what describes it set off by commas, an -s form is its verb
    // when a particle or an object follows, or (after adjectives) when its clause ends there.
    if (sForm && !verbSeen) {
      const before = subjectBefore(words, w);
      // "cottage on a hill, chimneys": alone in its clause with no verb and no subject yet, a tag.
      if (!next) return before === 2 ? 'verb' : before === 0 || listItem(words, w) ? 'noun' : undefined;
      // "a girl, looks like a doll": "like" after an -s form is a comparison the verb makes.
      if (before !== 0 && next && (opensObjectOrPath(next) || next.norm === 'like' || adverbInLy(next))) return 'verb';
    }
    if (base && !verbSeen && afterDescribedPlural(words, w, forms)) return 'verb';
    // "A chef, in a white apron, stands in a kitchen": after the sentence's singular subject and
    // what describes it, an -s form before a place that opens with an article is its verb.
    // …and before any preposition when the word is usually a verb ("The player, wearing a white
    // jersey, moves with agility").
    if (sForm && next && next.tag === 'prep' && next.norm !== 'of' && ((ARTICLES.has(words[w + 2]?.norm ?? '') && words[w + 2]!.clause === t.clause) || usually(t, 'v')) && describedSubject(words, w)) return 'verb';
    // "The chef, wearing an apron, chops onions on a board": …and before a bare plural object.
    if (sForm && next && next.tag === 'noun' && isPlural(next) && describedSubject(words, w)) return 'verb';
    // "night, lights flickering": a plural before an -ing verb heads a phrase of its own (but
    // "…, starts running": a verb that takes an -ing form).
    if (sForm && next && next.tag === 'verb' && next.verbForm === 'ing' && !TAKES_ING.has(t.lemma) && wordInfo(t.lemma).pos.includes('noun')) return 'noun';
    // "…, hands in pockets": a plural before a place, with no verb yet in the sentence, is a tag.
    if (sForm && next && next.tag === 'prep' && !PARTICLES.has(next.norm) && !verbSeen) return 'noun';
    // "in the forest, flowers": a word usually a noun opening its clause is one, unless an object
    // or a particle follows ("…, hands the protagonist a map", "…, positions them on the ribbon").
    return sForm && usually(t, 'u') && !(next && (opensObjectOrPath(next) || PARTICLES.has(next.norm) || OBJECT_PRONOUNS.has(next.norm))) ? 'noun' : undefined;
  }
  // "the first time", "the still water": after an article a trigger is an adjective.
  if (VERB_TRIGGERS.has(prev.norm) && !ordinal(words, w - 1)) return base || sForm ? 'verb' : undefined;
  if (adverbInLy(prev)) return base || sForm ? 'verb' : undefined;
  if (SUBJECT_PRONOUNS.has(prev.norm) && prev.tag !== 'det') return 'verb';
  if (relativeThat(words, w)) return base || sForm ? 'verb' : undefined;
  // "a bird is perched on a fence": after a form of "be" a past form is the passive participle.
  if (prev.lemma === 'be' && prev.tag === 'verb' && forms.includes('ed') && !sForm) return 'verb';
  if (sForm && loneSubjectVerb(words, w, forms)) return 'verb';
  // "a hero from Dota 2 launches a frost ball": a number closing a capitalised title is part of
  // its name, and an -s form after it, before the article or possessive of its object, the verb.
  if (sForm && prev.tag === 'num' && next !== undefined && (ARTICLES.has(next.norm) || POSSESSIVES.has(next.norm)) && numberedTitle(words, w - 1)) return 'verb';
  if (prev.tag === 'det' || prev.tag === 'num' || prev.tag === 'prep' || prev.norm.endsWith("'s") || OBJECT_PRONOUNS.has(prev.norm)) return 'noun';
  if (COORDINATORS.has(prev.norm)) {
    // "the skis and snowboard remain": a word before the verb is the second subject.
    if (base && next && next.tag === 'verb' && !PARTICLES.has(next.norm) && !DETERMINERS.has(next.norm)) return 'noun';
    // "its texture and form.", "the toothbrush and sink": after a noun and "and", a base form closing its clause is a second noun.
    if (base && !next && nounBeforeAnd(words, w) !== undefined) return 'noun';
    // "scattered toys and books adding to the charm": after a plural and "and", an -s form before an -ing verb is a second plural.
    const listedAfter = sForm && next && next.tag === 'verb' && next.verbForm === 'ing' ? nounBeforeAnd(words, w) : undefined;
    if (listedAfter !== undefined && isPlural(listedAfter)) return 'noun';
    // "grips the mug's handle, and lifts it": after a verb earlier in the sentence, an -s form
    // after "and" or "then" that opens an object is a second verb, past the comma.
    if (sForm && verbSeen && (prev.norm === 'and' || prev.norm === 'then') && next && (ARTICLES.has(next.norm) || OBJECT_PRONOUNS.has(next.norm)) && sVerbBefore(words, w)) return 'verb';
    // "stumbles and drifts": a verb of the same form earlier in the clause.
    for (let k = w - 2; k >= 0 && words[k]!.clause === t.clause; k--) {
      const u = words[k]!;
      if (u.tag === 'verb' && (sForm ? u.verbForm === 's' : u.verbForm === 'base' || u.verbForm === 'ing' ? base : false)) return 'verb';
    }
    return undefined;
  }
  // "the liquid splatters outward", "the gold shimmers away": an adjective that is also a noun,
  // after an article and up to two adjectives, heads the subject when the -s form after it takes a
  // particle or a path ("A young beauty walks through a meadow").
  // "a male hands a drink to her": …and before an article or a possessive that opens its object.
  if (sForm && prev.tag === 'adj' && prev.pos.includes('noun') && next && (PARTICLES.has(next.norm) || PATHS.has(next.norm) || ARTICLES.has(next.norm) || POSSESSIVES.has(next.norm)) && articleBefore(words, w - 1)) {
    (prev as MutableToken).tag = 'noun';
    return 'verb';
  }
  if (prev.tag !== 'noun' && prev.tag !== 'name') return undefined;
  // "Putin looks at the city", "Ronaldo loves pizza": a person's name is one, so the -s form
  // after it is its verb when an object or a place follows (a place names many: "Tokyo lights";
  // "bill gates with purple hair" is one name).
  if (sForm && prev.tag === 'name' && !prev.pos.includes('adj') && !isPlaceName(prev.norm) && next && next.norm !== 'of' && next.norm !== 'with') {
    const modified = w >= 2 && words[w - 2]!.clause === t.clause && words[w - 2]!.tag === 'det';
    if (!modified && (next.tag === 'prep' || next.tag === 'noun' || opensObjectOrPath(next))) return 'verb';
  }
  if (sForm) {
    // A word usually a noun after a noun heads a compound unless an object or a particle follows
    // ("the city lights at night", "the strawberry fields"; "the sun lights the room"). One usually
    // a verb after a bare singular noun that opens its clause is its verb ("sun rises in the
    // east", "wheel turns"), where "ocean waves in" or "onion rings on" are not so marked.
    const usualNoun = usually(t, 'u');
    // "the lighting shifts from warm to cool", "Red lighting flashes": after a noun made of an
    // -ing form whose stem is usually a noun, an -s form not usually a noun is its verb; closing
    // its clause only after a phrase that opens the sentence ("…, and slight lighting changes"),
    // and never in a preposition's phrase ("with natural lighting changes throughout").
    if (!usualNoun && gerundNoun(prev) && !afterPreposition(words, w - 1) && (next ? takenByVerb(next) : opensSentence(words, w - 1))) return 'verb';
    // "As dusk approaches, …", "as James leaves": a bare subject after a word that opens a clause.
    const actsAfterBare = (usually(t, 'v') && prev.tag === 'noun' && !isPlural(prev) && opensBare(words, w - 1) && !(!next && listedAfterNoun(words, w - 1))) || (!usualNoun && subordinateSubject(words, w - 1));
    // "A man with angel wings bows.": after a plural in a phrase describing a singular subject.
    // "The canyons wind through the high mountain peaks": a phrase after a preposition, after the
    // clause's verb, is that verb's path or object, so an -s form ending the clause is its head.
    if (!next) return actsAfterBare || (!usualNoun && !objectAfterVerb(words, w - 1) && (determined(words, w - 1) || (isPlural(prev) && describesSubject(words, w - 1)))) ? 'verb' : 'noun';
    // "an old tv with water taps as buttons": before "as" and a bare plural closing the clause, a plural's role.
    const role = words[w + 2];
    if (next.norm === 'as' && role !== undefined && role.clause === t.clause && role.tag === 'noun' && isPlural(role) && (words[w + 3] === undefined || words[w + 3]!.clause !== t.clause)) return 'noun';
    const nextForms = formsOf(next);
    // "The background features blurred images": a determined singular subject, its verb, and a
    // participle describing a plural object (a past after an -s form is no second verb).
    const object = words[w + 2];
    // "The background features twisted tree branches": …or of a compound whose head is a plural
    // (not yet settled by this pass: a plural of a noun in -s).
    const head = words[w + 3];
    const pluralObject = object !== undefined && object.tag === 'noun' && (isPlural(object) || (head !== undefined && head.clause === t.clause && head.pos.includes('noun') && head.norm !== head.lemma && head.norm.endsWith('s') && !head.norm.endsWith("'s")));
    if (!usualNoun && nextForms.includes('ed') && next.norm.endsWith('ed') && pluralObject && object.clause === t.clause && !isPlural(prev) && determined(words, w - 1)) return 'verb';
    // "neon lights flicker": a plural subject, then its verb. But "his face shows concern": a word
    // usually a verb after a determined singular noun is its verb, before a word not usually one.
    const agrees = usually(t, 'v') && !isPlural(prev) && determined(words, w - 1) && !usually(next, 'v');
    // "a character walks wearing a cloak": …and before an -ing verb that goes with it, when an
    // article opens the subject ("their stone eyes watching" is a possessive's compound).
    if (agrees && next.tag === 'verb' && next.verbForm === 'ing' && articleBefore(words, w - 1)) return 'verb';
    // "a woman in a suit plays drums on the roof": …and before another -s form ("drums", which the
    // lexicon lists only as a verb) that closes its clause or that a preposition follows: two -s
    // verbs cannot stand in a row, so that one is the object.
    const after = words[w + 2];
    if (agrees && next.tag === 'verb' && next.verbForm === 's' && !next.norm.endsWith("'s") && (after === undefined || after.clause !== t.clause || after.tag === 'prep')) {
      (next as MutableToken).tag = 'noun';
      (next as MutableToken).verbForm = undefined;
      return 'verb';
    }
    if (!agrees && next.pos.includes('verb') && !nextForms.includes('s') && !nextForms.includes('ing') && !DETERMINERS.has(next.norm) && !PARTICLES.has(next.norm) && next.tag !== 'prep') return 'noun';
    if (DETERMINERS.has(next.norm) || QUANTIFIERS.has(next.norm) || OBJECT_PRONOUNS.has(next.norm) || PARTICLES.has(next.norm) || (next.tag === 'adv')) return 'verb';
    // An adjective with no noun after it is predicative, so the word before is a verb: "a man
    // walks alone by the sea" (but "ocean waves calm under the moon" has no determiner).
    if (next.tag === 'adj' && !nounAfter(words, w + 1)) return !usualNoun && determined(words, w - 1) ? 'verb' : 'noun';
    // "smoke rises from the chimney", "as water drips into the bucket": after a bare singular noun
    // that opens its clause, an -s form before a path is its verb ("city lights in the distance",
    // "paw prints on the tiles" are at a place).
    if (next.tag === 'prep' && PATHS.has(next.norm) && !isPlural(prev) && prev.tag === 'noun' && opensBare(words, w - 1)) return 'verb';
    // "Natural sunlight filters in, …", "the fog rolls in.": after a singular noun, before a
    // particle that closes the clause with no object, an -s form is the verb.
    if ((PARTICLES.has(next.norm) || CLOSING_PARTICLES.has(next.norm)) && !isPlural(prev) && prev.tag === 'noun' && (words[w + 2] === undefined || words[w + 2]!.clause !== t.clause)) return 'verb';
    // "A parking meter stands to the right": before a word usually a verb, a determiner may stand before an -ing modifier.
    // "Soft jazz music plays in the background", "baby rhino plays with mom": …and after a bare
    // compound that opens its clause, before a preposition ("performs dance moves in the rain" is
    // an object, "the cherry blossom trees in Kyoto" a plural).
    if (next.tag === 'prep' && usually(t, 'v') && !isPlural(prev) && prev.tag === 'noun' && opensBareCompound(words, w - 1)) return 'verb';
    if (next.tag === 'prep' || next.tag === 'conj') return actsAfterBare || (!usualNoun && (determined(words, w - 1, usually(t, 'v')) || (next.tag === 'prep' && (next.norm === 'to' || isPlural(prev) || usually(t, 'v')) && describesSubject(words, w - 1, verbSeen)))) ? 'verb' : 'noun';
    // Subject, verb, bare object: "a man plays guitar", "the boy kicks balls". A singular noun
    // that opens with a determiner agrees with the -s form; a compound would take a singular
    // modifier ("a city light show").
    if ((next.tag === 'noun' || next.tag === 'name') && ((!isPlural(prev) && determined(words, w - 1)) || (actsAfterBare && ACTS_ON.has(t.lemma)))) return 'verb';
    // "Potato gun kills innocents": so is one after a bare compound of two singular nouns that
    // opens its clause.
    if (next.tag === 'noun' && usually(t, 'v') && ACTS_ON.has(t.lemma) && prev.tag === 'noun' && !isPlural(prev) && w >= 2 && words[w - 2]!.tag === 'noun' && words[w - 2]!.clause === t.clause && !isPlural(words[w - 2]!) && opensBare(words, w - 2)) return 'verb';
    // …also before the object's number or modifiers: "a steady pan showcases five owls", "the
    // video employs subdued lighting", "the car exhibits intense changes".
    // "the landscape features towering pines": an -ing modifier may open the object too, after an
    // article ("their stone eyes watching generations" is a possessive's compound).
    if ((next.tag === 'num' || ((next.tag === 'adj' || (next.verbForm === 'ing' && articleBefore(words, w - 1))) && nounAfter(words, w + 1))) && !isPlural(prev) && determined(words, w - 1)) return 'verb';
    return 'noun';
  }
  // "students in stadium play badminton", "people in costumes drink tea": after a plural subject
  // and a phrase of place or company that describes it, a base form not usually a noun, before
  // an object, is their verb.
  if (base && !usually(t, 'u') && afterPlacedPlural(words, w)) return 'verb';
  // "lights flicker", "waves crash", "birds fly": a plural noun, then a base-form verb.
  // …unless that plural is the object of a preposition: "in times square".
  // …unless a group noun gathers it: "a herd of goats rush down the hill", "thousands of stars fall".
  // ("as leaves drift": "as" opens a clause there).
  if (base && isPlural(prev) && w >= 2 && words[w - 2]!.tag === 'prep' && words[w - 2]!.norm !== 'as' && words[w - 2]!.clause === t.clause && !gathered(words, w - 2)) return 'noun';
  // "hanuman lift a demon", "boy kick the ball": a base form after a bare singular noun that opens
  // its clause, before an object, is its verb (a user's dropped -s), not a compound's head.
  if (base && !isPlural(prev) && prev.tag === 'noun' && next && OBJECT_OPENERS.has(next.norm) && opensBare(words, w - 1)) return 'verb';
  // "a African female king return home with his son", "the man kick a woman": so is a base form
  // usually a verb after a singular subject that opens its clause with an article, before an
  // object or "home" ("in the baseball match a player": a phrase after a preposition is none).
  if (base && !isPlural(prev) && prev.tag === 'noun' && next && (OBJECT_OPENERS.has(next.norm) ? usually(t, 'v') : next.norm === 'home' && !usually(t, 'u')) && !(isCapitalised(next.text) && next.sentence === t.sentence) && articleOpensClause(words, w - 1)) return 'verb';
  // "the earth and moon rotate around each other": two nouns joined by "and" make a plural
  // subject, so a base form usually a verb after them, before a particle, a path or an adverb in
  // -ly, is their verb ("milk and cinnamon rolls" closes its clause).
  if (base && !isPlural(prev) && prev.tag === 'noun' && usually(t, 'v') && next && (PARTICLES.has(next.norm) || PATHS.has(next.norm) || adverbInLy(next)) && listedAfterNoun(words, w - 1)) return 'verb';
  if (base && isPlural(prev)) {
    // "a clothes shop", "white clothes man": a plural with no singular may modify the word after
    // it, so only a bare plural object and a place make that word its verb.
    if (!PLURAL_ONLY.has(prev.norm) && (!next || next.tag !== 'noun' && next.tag !== 'adj' || PARTICLES.has(next.norm))) return 'verb';
    if (!next) return undefined;
    // "the dogs chase balls", "two kids play video games": a counted or determined plural subject.
    if (next.tag === 'noun' && !PLURAL_ONLY.has(prev.norm) && counted(words, w - 1)) return 'verb';
    // "the characters assist other animals": …also a word usually a verb before the object's modifier.
    if (next.tag === 'adj' && usually(t, 'v') && nounAfter(words, w + 1) && !PLURAL_ONLY.has(prev.norm) && counted(words, w - 1)) return 'verb';
    // "old women tell tales in the village", "farmers plant seeds in the field": a word not
    // usually a noun before a bare plural object and a preposition is the verb, whatever the
    // plural before it ("news report blares": "news" is no plural of a noun).
    const after = words[w + 2];
    return next.tag === 'noun' && t.pos.includes('verb') && !usually(t, 'u') && isPlural(next) && wordInfo(prev.lemma).pos.includes('noun') && after !== undefined && after.clause === t.clause && after.tag === 'prep' && after.norm !== 'of' ? 'verb' : undefined;
  }
  return undefined;
}
