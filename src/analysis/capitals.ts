/** Capital letters as evidence of names, and the sentences where they are no evidence. */
import type { Token } from '../types.js';

/** The word starts with an ASCII capital. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Sentences written in Title Case (most words capitalised): capitals there say nothing about names. */
export function titleCaseSentences(words: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let sentence = -1;
  let caps = 0;
  let total = 0;
  for (let w = 0; w <= words.length; w++) {
    const t = words[w];
    if (!t || t.sentence !== sentence) {
      if (total >= 3 && caps / total > 0.8) out.add(sentence);
      if (!t) break;
      sentence = t.sentence;
      caps = 0;
      total = 0;
    }
    if (t.kind !== 'word' || t.text.length < 2) continue;
    total++;
    if (isCapitalised(t.text)) caps++;
  }
  return out;
}

/** Every letter a capital ("NEON", "SKY"): shouting or an acronym, no evidence of a name. */
export function isAllCaps(text: string): boolean {
  // A lowercase first letter settles it without making two copies of the word (most words).
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A capitalised word of the sentence, not shouted: a word of a name there. */
function nameWord(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && isCapitalised(t.text) && !isAllCaps(t.text);
}

/** Token `k` opens its sentence, where a capital says nothing. */
const opensSentence = (tokens: readonly Token[], k: number) => k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;

/**
 * Whether the capitalised word at token `i`, inside a sentence not in Title Case, ends a proper
 * name: after a naming word ("a horse named Thunder", "a film called Midnight Sun") or after
 * "of" and a capitalised word ("the God of Thunder", "the Genie of the Lamp"); with `ofNames`
 * false only the naming word counts. Looks back four words at most.
 */
export function namedAfter(tokens: readonly Token[], i: number, leads: ReadonlySet<string>, titleCase: ReadonlySet<number>, ofNames: boolean): boolean {
  const t = tokens[i]!;
  if (!nameWord(t, t.sentence) || opensSentence(tokens, i) || titleCase.has(t.sentence)) return false;
  let of = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const u = tokens[k]!;
    if (u.sentence !== t.sentence || u.kind !== 'word') return false;
    if (leads.has(u.norm)) return true;
    if (nameWord(u, t.sentence)) {
      // "Rays of Light" opening a sentence is Title Case, not a name.
      if (of) return ofNames && !opensSentence(tokens, k);
    } else if (u.norm === 'of' && !of) of = true;
    else if (u.norm !== 'the') return false;
  }
  return false;
}

/**
 * Whether the capitalised word at token `i`, inside a sentence not in Title Case and not opening
 * it, goes on into a longer name: a noun with another capitalised word right after it, or "of" and one
 * ("Lightning Mountains", "Neon City", "Eternal Sunshine of the Spotless Mind"). `continues`
 * says which following words carry on the word's own sense instead ("Golden Hour Light").
 */
export function nameGoesOn(tokens: readonly Token[], i: number, titleCase: ReadonlySet<number>, continues: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  // A describing word goes on into what it describes ("a Glowing Japanese carp"), not a name.
  if ((t.tag !== 'noun' && t.tag !== 'name') || !nameWord(t, t.sentence) || opensSentence(tokens, i) || titleCase.has(t.sentence)) return false;
  let next = tokens[i + 1];
  // Two spaces part tags ("Diodes  Lasers  Fritz Lang").
  if (next !== undefined && next.start - t.end > 1) return false;
  if (next?.norm === 'of') {
    next = tokens[i + 2];
    if (next?.norm === 'the') next = tokens[i + 3];
  }
  return next !== undefined && nameWord(next, t.sentence) && !continues(next);
}

/** The word before token `i` in its clause, if any. */
const wordBefore = (tokens: readonly Token[], i: number): Token | undefined => {
  const t = tokens[i - 1];
  return t !== undefined && t.kind === 'word' && t.clause === tokens[i]!.clause ? t : undefined;
};

/**
 * Whether token `i` follows "<title> of" or "<title> of the", a title from `heads` ("the god of
 * thunder", "lord of storms", "the goddess of the dawn"): what the title rules, part of a name,
 * not the scene.
 */
export function afterTitleOf(tokens: readonly Token[], i: number, heads: ReadonlySet<string>): boolean {
  let p = wordBefore(tokens, i);
  if (p?.norm === 'the') p = wordBefore(tokens, p.index);
  if (p?.norm !== 'of') return false;
  const head = wordBefore(tokens, p.index);
  return head !== undefined && heads.has(head.norm);
}

/** A comma, "and" or "&": what joins the names of a list. */
const listLink = (t: Token | undefined) => t !== undefined && (t.text === ',' || t.norm === 'and' || t.text === '&');

/**
 * Whether the capitalised word at token `i`, outside a Title Case sentence, opens a list of
 * names: a comma or "and", then a capitalised word that `known` does not claim, then another
 * comma or "and" ("Drizzle, Tweety and the Crystal Guardian"). Looks three tokens ahead.
 */
export function opensNameList(tokens: readonly Token[], i: number, titleCase: ReadonlySet<number>, known: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  if (!nameWord(t, t.sentence) || titleCase.has(t.sentence) || !listLink(tokens[i + 1])) return false;
  const name = tokens[i + 2];
  return nameWord(name, t.sentence) && !known(name!) && listLink(tokens[i + 3]);
}
