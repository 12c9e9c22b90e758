/**
 * Rule-based English de-inflection. The generated lexicon lists only the forms these rules get
 * wrong (ran → run, flew → fly), so the data stays small and the rules stay exact.
 */

/**
 * Endings of a word the lexicon lacks that the tagger guesses is an adjective or a noun
 * ("intricate", "colorful", "misty"); scripts/generate.ts folds in WordNet's things with these
 * endings ("table", "pottery") so the guess does not read them as adjectives.
 */
/** `word` ends in one of `suffixes` after more than `stem` letters ("happiness", "swimwear", "whoville"). */
export function endsAfterStem(word: string, suffixes: readonly string[], stem: number): boolean {
  for (const x of suffixes) if (word.length > x.length + stem && word.endsWith(x)) return true;
  return false;
}

export const ADJECTIVE_ENDING = /(?:ous|ful|ive|able|ible|ic|ical|less|ish|esque|ate|y)$/;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z' && !VOWELS.has(ch);
}

/** `trott` → `trot`, `runn` → `run`; leaves `pass`, `fall`, `buzz` alone when asked for both. */
function undouble(stem: string): string | undefined {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && isConsonant(stem[n - 1]) && !'lsz'.includes(stem[n - 1]!)) {
    return stem.slice(0, -1);
  }
  return undefined;
}

/** Consonants before which an "l" ends a base in "-le": "dappl-" → "dapple", "crackl-" → "crackle", "tousl-" → "tousle". */
const BEFORE_SYLLABIC_L = new Set(['b', 'c', 'd', 'f', 'g', 'k', 'p', 's', 't', 'z']);
/** Vowel pairs before which an "s" ends a base in "-se": "pois-" → "poise", "creas-" → "crease", "caus-" → "cause". */
const BEFORE_SE = new Set(['ai', 'ea', 'oi', 'au', 'ee', 'oo', 'ou', 'ui']);

/**
 * A stem whose base form most likely ends in a silent "e" the suffix dropped: a single "a", "o"
 * or "u" after a consonant, then one consonant ("salut-" → "salute", "execut-" → "execute",
 * "rotat-" → "rotate"), or a stem ending in "u", "v" or "c" ("argu-", "carv-", "danc-"; but
 * "sync-"), in "z" after a vowel ("synchroniz-", "analyz-"), in "l" after a consonant that makes
 * it a syllable ("dappl-", "crackl-"), in "s" after a consonant or a vowel pair ("rins-",
 * "curs-", "pois-"), or in "n" after a single "i" ("streamlin-", "intertwin-"; not "sequin-").
 * After "i" or "e" the base is mostly the stem ("visit-", "edit-", "target-"), and after "ng"
 * too ("winged", "fanged", "ringed"; "tinged" is the exception).
 */
function dropsSilentE(stem: string): boolean {
  const n = stem.length;
  const last = stem[n - 1]!;
  if (last === 'c' && stem.endsWith('ync')) return false;
  if (last === 'u' || last === 'v' || last === 'c') return n >= 3;
  const vowel = stem[n - 2]!;
  if (n >= 4) {
    if (last === 'z' && (VOWELS.has(vowel) || vowel === 'y')) return true;
    if (last === 'l' && BEFORE_SYLLABIC_L.has(vowel)) return true;
    if (last === 's' && ((isConsonant(vowel) && vowel !== 's') || BEFORE_SE.has(stem.slice(n - 3, n - 1)))) return true;
    if (last === 'n' && vowel === 'i' && isConsonant(stem[n - 3])) return true;
  }
  // "savor-", "season-", "signal-", "unfocus-": "-or", "-on", "-al" and "-us" end a base in an
  // unstressed syllable.
  if ((vowel === 'o' && (last === 'r' || last === 'n')) || (vowel === 'a' && last === 'l') || (vowel === 'u' && last === 's')) return false;
  // "kayak-": a "y" before the vowel is a vowel itself.
  return n >= 4 && isConsonant(last) && last !== 'w' && last !== 'x' && last !== 'y' && 'aou'.includes(vowel) && isConsonant(stem[n - 3]) && stem[n - 3] !== 'y';
}

/**
 * Possible dictionary forms of a lowercased word, most likely first; the word itself is always
 * last. Callers pick the first candidate their lexicon knows.
 */
export function lemmaCandidates(word: string): string[] {
  // Possessives: "bird's" → "bird", "birds'" → "birds" (then de-inflected as usual).
  if (word.length > 2 && word.endsWith("'s")) return lemmaCandidates(word.slice(0, -2));
  if (word.length > 2 && word.endsWith("s'")) return lemmaCandidates(word.slice(0, -1));
  const out: string[] = [];
  const n = word.length;
  const push = (s: string | undefined) => {
    if (s && s.length >= 2 && !out.includes(s)) out.push(s);
  };
  if (n > 4 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    if (stem.endsWith('y') && n === 5) push(stem.slice(0, -1) + 'ie'); // dying → die
    push(undouble(stem));
    // For a word no lexicon knows, the first candidate is the guess: "saluting" → "salute".
    if (dropsSilentE(stem)) push(stem + 'e');
    push(stem);
    push(stem + 'e');
  } else if (n > 3 && word.endsWith('ied')) {
    push(word.slice(0, -3) + 'y');
  } else if (n > 3 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    push(undouble(stem));
    if (dropsSilentE(stem)) push(word.slice(0, -1));
    push(stem);
    push(word.slice(0, -1));
  } else if (n > 3 && word.endsWith('ies')) {
    push(word.slice(0, -3) + 'y');
    push(word.slice(0, -1));
  } else if (n > 3 && /(?:ches|shes|sses|xes|zzes|oes)$/.test(word)) {
    push(word.slice(0, -2));
    push(word.slice(0, -1));
  } else if (n > 3 && word.endsWith('ves')) {
    push(word.slice(0, -3) + 'f');
    push(word.slice(0, -3) + 'fe');
    push(word.slice(0, -1));
  } else if (n > 2 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    push(word.slice(0, -1));
  }
  push(word);
  return out;
}
