/**
 * Phrase matching over tokens. Lexicon phrases are compiled into a trie keyed by word parts
 * ("low-angle tracking shot" → low / angle / tracking / shot), so one pass over the text finds
 * every multi-word phrase; a part matches by its written form or its dictionary form, so
 * "pans", "panning" and "tracking shots" match "pan" and "tracking shot".
 */
import type { LexiconCategory, LexiconMatch, Token } from '../types.js';
import { sortSmall } from './sort.js';
import { wordInfo } from './pos.js';

/** Text order; at one start, the longer match first. */
export const byStartThenLongest = (x: LexiconMatch, y: LexiconMatch) => x.start - y.start || y.end - x.end;

/** Category data as written in rules/data: sub-kind → phrases. */
export type LexiconData = Readonly<Record<string, readonly string[]>>;

export interface LexiconEntry {
  category: LexiconCategory;
  kind: string;
  term: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexiconEntry[];
}

export interface CompiledLexicon {
  root: TrieNode;
  size: number;
}

/** One matchable part of a word token: words split at hyphens (a word without one is its own unit). */
export interface UnitText {
  norm: string;
  lemma: string;
  start: number;
  end: number;
}

/** The units of a prompt's words, and for each the index of the token it belongs to. */
export interface WordUnits {
  units: UnitText[];
  tokens: number[];
}

/** Splits hyphenated words into their parts ("rain-soaked" → rain, soaked); `partLemma` gives a part's dictionary form. */
export function wordUnits(words: readonly Token[], partLemma: (part: string) => string): WordUnits {
  const units: UnitText[] = [];
  const tokens: number[] = [];
  for (const t of words) {
    if (!t.norm.includes('-')) {
      units.push(t);
      tokens.push(t.index);
      continue;
    }
    // Each part is placed where its text is: a part's norm can be shorter than what is written
    // ("bird&#39;s-eye" reads "bird's").
    let from = 0;
    for (const part of t.norm.split('-')) {
      const to = nextHyphen(t.text, from);
      if (part.length > 0) {
        units.push({ norm: part, lemma: partLemma(part), start: t.start + from, end: t.start + to });
        tokens.push(t.index);
      }
      from = to + 1;
    }
  }
  return { units, tokens };
}

/** The index of the first hyphen in `text` from `from` on ("-", U+2010, U+2011), or its length. */
function nextHyphen(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return i;
  }
  return text.length;
}

/** The trie nodes a unit's written and dictionary forms lead to from the root. */
export interface UnitStart {
  norm: TrieNode | undefined;
  lemma: TrieNode | undefined;
}

/** Looks a unit's first step up once, so an analyzer can keep it with the word it caches. */
export function unitStart(lexicon: CompiledLexicon, norm: string, lemma: string): UnitStart {
  const a = lexicon.root.next.get(norm);
  return { norm: a, lemma: lemma !== norm ? lexicon.root.next.get(lemma) : undefined };
}

/** The `next` of every node no phrase continues from (most of them): one map, never written. */
const NO_NEXT = new Map<string, TrieNode>();

function node(): TrieNode {
  return { next: NO_NEXT, entries: [] };
}

/** Lowercase words of plain ASCII letters, digits and apostrophes, one space apart. */
const PLAIN_PHRASE = /^[a-z0-9']+(?: [a-z0-9']+)*$/;

/** A phrase's parts joined by single spaces: the key under which vocabularies compare phrases. */
export function phraseKey(phrase: string): string {
  // A plain phrase is its own key; rules ask for the key of every candidate word.
  return PLAIN_PHRASE.test(phrase) ? phrase : phraseParts(phrase).join(' ');
}

/** Splits a phrase into lowercased parts the way text is split into units. */
export function phraseParts(phrase: string): string[] {
  // Most lexicon terms are plain; a lexicon of thousands compiles on every process's first lint.
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ');
  return phrase
    .toLowerCase()
    .replace(/[\u2019\u02BC]/g, "'")
    .split(/[\s\-\u2010\u2011]+/)
    .filter((p) => p.length > 0);
}

export function compileLexicon(
  sources: readonly { category: LexiconCategory; data: LexiconData }[],
): CompiledLexicon {
  const root = node();
  let size = 0;
  // Indexed loops and no array per plain term: the lexicon (about 4,700 terms) compiles on every
  // process's first lint, before V8 has optimised any of this.
  for (let s = 0; s < sources.length; s++) {
    const { category, data } = sources[s]!;
    for (const kind in data) {
      const terms = data[kind]!;
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t]!;
        let cur: TrieNode;
        if (PLAIN_PHRASE.test(term)) {
          cur = root;
          let from = 0;
          for (let space = term.indexOf(' '); ; space = term.indexOf(' ', from)) {
            cur = child(cur, space < 0 ? (from === 0 ? term : term.slice(from)) : term.slice(from, space));
            if (space < 0) break;
            from = space + 1;
          }
        } else {
          const parts = phraseParts(term);
          if (parts.length === 0) continue;
          cur = root;
          for (let p = 0; p < parts.length; p++) cur = child(cur, parts[p]!);
        }
        if (!hasEntry(cur.entries, category, kind)) {
          cur.entries.push({ category, kind, term });
          size++;
        }
      }
    }
  }
  return { root, size };
}

/** The node after `parent` for `part`, made when the trie has none yet. */
function child(parent: TrieNode, part: string): TrieNode {
  let next = parent.next.get(part);
  if (!next) {
    if (parent.next === NO_NEXT) parent.next = new Map();
    parent.next.set(part, (next = node()));
  }
  return next;
}

function hasEntry(entries: readonly LexiconEntry[], category: LexiconCategory, kind: string): boolean {
  for (let e = 0; e < entries.length; e++) if (entries[e]!.category === category && entries[e]!.kind === kind) return true;
  return false;
}

/**
 * Every lexicon match in the units: for each start, the longest phrase of each category.
 * Matches of one category wholly inside a longer match of the same category are dropped.
 */
export function matchLexicon(
  lexicon: CompiledLexicon,
  units: readonly UnitText[],
  /** Per unit, the index of its token (`wordUnits`). */
  unitTokens: readonly number[],
  text: string,
  /** Per unit, its precomputed first step (`unitStart`); units without one are looked up here. */
  starts?: readonly (UnitStart | undefined)[],
): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  const root = lexicon.root;
  // Reused across units, with their own fill counts: most units start no phrase, so the common
  // path allocates nothing (and resetting a count is cheaper than setting an array's length).
  const stack: TrieNode[] = [];
  const stackAt: number[] = [];
  // Per stack entry: the path took a past form by its dictionary form ("parked" as "park").
  const stackPast: boolean[] = [];
  // The longest entry per category for the current start, in first-seen order (a handful at most).
  const bestEntry: LexiconEntry[] = [];
  const bestEnd: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const first = units[i]!;
    const known = starts?.[i];
    const a0 = known ? known.norm : root.next.get(first.norm);
    const b0 = known ? known.lemma : first.lemma !== first.norm ? root.next.get(first.lemma) : undefined;
    if (!a0 && !b0) continue;
    let best = 0;
    let top = 0;
    if (a0) (stack[top] = a0), (stackPast[top] = false), (stackAt[top++] = i + 1);
    if (b0 && b0 !== a0) (stack[top] = b0), (stackPast[top] = isPast(first)), (stackAt[top++] = i + 1);
    // Depth-first over both spellings of each unit; phrases are short so this stays small.
    while (top > 0) {
      const cur = stack[--top]!;
      const j = stackAt[top]!;
      const past = stackPast[top]!;
      const entries = cur.entries;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        // A verb's past form names no place or surface: "a car is parked" is in no park, "a
        // deserted street" no desert ("it rained" is still weather).
        if (past && entry.category === 'environment' && entry.kind !== 'weather') continue;
        let k = 0;
        while (k < best && bestEntry[k]!.category !== entry.category) k++;
        if (k === best) {
          bestEntry[best] = entry;
          bestEnd[best++] = j;
        } else if (bestEnd[k]! < j) {
          bestEntry[k] = entry;
          bestEnd[k] = j;
        }
      }
      if (j >= units.length || cur.next.size === 0) continue;
      const u = units[j]!;
      // A phrase continues into the next word only across whitespace, never across punctuation.
      if (unitTokens[j] !== unitTokens[j - 1] && !adjacentTokens(units[j - 1]!, u, text)) continue;
      const a = cur.next.get(u.norm);
      if (a) (stack[top] = a), (stackPast[top] = past), (stackAt[top++] = j + 1);
      let b: TrieNode | undefined;
      if (u.lemma !== u.norm) {
        b = cur.next.get(u.lemma);
        if (b && b !== a) (stack[top] = b), (stackPast[top] = past || isPast(u)), (stackAt[top++] = j + 1);
      }
      // The plural of a hyphenated compound inflects its last part ("close-ups"), which alone
      // may read as another word ("ups").
      if (!a && !b && u.norm.length > 2 && u.norm.charCodeAt(u.norm.length - 1) === 115 && unitTokens[j] === unitTokens[j - 1] && unitTokens[j + 1] !== unitTokens[j]) {
        const c = cur.next.get(u.norm.slice(0, -1));
        if (c) (stack[top] = c), (stackPast[top] = past), (stackAt[top++] = j + 1);
      }
    }
    for (let k = 0; k < best; k++) {
      const entry = bestEntry[k]!;
      const end = bestEnd[k]!;
      const last = units[end - 1]!;
      found.push({
        category: entry.category,
        kind: entry.kind,
        term: entry.term,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        tokenStart: unitTokens[i]!,
        tokenEnd: unitTokens[end - 1]! + 1,
      });
    }
  }
  sortSmall(found, byStartThenLongest);
  // Drop a match lying wholly inside a longer one: "shot" inside "tracking shot", and the
  // environment "field" inside the camera's "depth of field". Same-span matches of different
  // categories are all kept: a phrase can be listed in two categories on purpose.
  const kept: LexiconMatch[] = [];
  let reachStart = -1;
  let reachEnd = -1;
  for (const m of found) {
    if (m.end <= reachEnd && !(m.start === reachStart && m.end === reachEnd)) continue;
    if (m.end > reachEnd) {
      reachStart = m.start;
      reachEnd = m.end;
    }
    kept.push(m);
  }
  return kept;
}

/**
 * A unit written as the past form of a verb ("parked", "deserted"): its dictionary form is the
 * verb, not the noun spelt the same ("a car is parked" is in no park). An -ed word whose stem is no
 * verb says what a thing has ("bricked", "forested").
 */
function isPast(u: UnitText): boolean {
  const n = u.norm.length;
  return n > 3 && u.norm.charCodeAt(n - 1) === 100 && u.norm.charCodeAt(n - 2) === 101 && wordInfo(u.lemma).pos.includes('verb');
}

/** Two units of different tokens may be one phrase only when only whitespace separates them. */
function adjacentTokens(a: UnitText, b: UnitText, text: string): boolean {
  // Tag lists join a phrase's words with one underscore ("best_quality").
  if (b.start === a.end + 1 && text.charCodeAt(a.end) === 95) return true;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0)) return false;
  }
  return true;
}
