/**
 * Rule-based English de-inflection. The generated lexicon lists only the forms these rules get
 * wrong (ran → run, flew → fly), so the data stays small and the rules stay exact.
 */

/**
 * Endings of a word the lexicon lacks that the tagger guesses is an adjective or a noun
 * ("intricate", "colorful", "misty"); scripts/generate.ts folds in WordNet's things with these
 * endings ("table", "pottery") so the guess does not read them as adjectives.
 */
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
    push(stem);
    push(stem + 'e');
  } else if (n > 3 && word.endsWith('ied')) {
    push(word.slice(0, -3) + 'y');
  } else if (n > 3 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    push(undouble(stem));
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
