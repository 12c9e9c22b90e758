/**
 * Helpers for the rules that check a formula component is present (require-camera, …): user
 * terms matched against the analysis' words, placeholders that stand for a component, and the
 * point where an example component is appended.
 */
import type { LexiconMatch, PromptAnalysis, Token } from '../types.js';
import { phraseParts } from './lexicon.js';
import { lemmatize } from './pos.js';
import { flagDash, flagWord, joinedFlagStart, namesNumberFlag, newlineBefore, resolutionTag, toolField } from './flags.js';
import { DASHES, isWordToken } from './tokenize.js';
import { gluedFlagName } from './negative-prompt.js';

/** User terms, split into word parts once ("dolly zoom" → dolly / zoom). */
export interface TermList {
  readonly phrases: readonly (readonly string[])[];
  /** Every term joined by single spaces, for exact comparisons with lexicon matches. */
  readonly joined: ReadonlySet<string>;
}

const compiled = new WeakMap<readonly string[], TermList>();

export function compileTerms(terms: readonly string[]): TermList {
  let list = compiled.get(terms);
  if (!list) {
    const phrases = terms.map((t) => phraseParts(t)).filter((p) => p.length > 0);
    const joined = new Set<string>();
    for (const p of phrases) {
      joined.add(p.join(' '));
      // "shots" and "shot" name the same term.
      joined.add(p.map((w) => lemmatize(w)).join(' '));
    }
    list = { phrases, joined };
    compiled.set(terms, list);
  }
  return list;
}

function unitMatches(t: Token | undefined, part: string): boolean {
  return t !== undefined && (t.norm === part || t.lemma === part || t.lemma === lemmatize(part));
}

/** Whether any term occurs in the prompt's words (written form or dictionary form, in order). */
export function containsTerm(analysis: PromptAnalysis, terms: TermList): boolean {
  if (terms.phrases.length === 0) return false;
  const { words } = analysis;
  for (let i = 0; i < words.length; i++) {
    for (const parts of terms.phrases) {
      if (!unitMatches(words[i], parts[0]!)) continue;
      let k = 1;
      while (k < parts.length && unitMatches(words[i + k], parts[k]!)) k++;
      if (k === parts.length) return true;
    }
  }
  return false;
}

/** Whether a lexicon match is one of the terms the user asked to ignore. */
export function isIgnored(m: LexiconMatch, ignore: TermList): boolean {
  if (ignore.joined.size === 0) return false;
  const written = phraseParts(m.text);
  const term = phraseParts(m.term);
  if (ignore.joined.has(written.join(' ')) || ignore.joined.has(term.join(' '))) return true;
  // "in the sky" is the term "sky": ignoring a word ignores the phrases built on it.
  while (term.length > 1 && LEADING.has(term[0]!)) term.shift();
  return ignore.joined.has(term.join(' '));
}

const LEADING = new Set(['in', 'on', 'at', 'under', 'into', 'the', 'a', 'an', 'by', 'during']);

/** A `[placeholder]` that stands for the component: "[camera movement]", "[lighting]". */
export function placeholderFor(analysis: PromptAnalysis, hints: readonly string[]): boolean {
  for (const p of analysis.placeholders) {
    for (const word of phraseParts(p.inner)) if (hints.includes(word) || hints.includes(lemmatize(word))) return true;
  }
  return false;
}

/**
 * Where an appended component goes: after the last word, so "A cat on a sofa." becomes
 * "A cat on a sofa, slow dolly in." rather than gaining text after its full stop. Trailing
 * flags ("-ar 16:9 -motion 3", "-neg blur, text") are settings, not prose: the component goes
 * before them, never into a negative list (nor into the word a `-neg` or a tool's number is glued
 * to: "lush forest-neg blur", "highly detailed-gs5-motion 2"). A closing
 * bracket or a quotation that ends the prose ("(Font: MODERN)", 'a shirt that reads "hello"') is
 * closed first, unless it wraps the prompt.
 */
export function appendPoint(analysis: PromptAnalysis): number {
  const { words, tokens, text } = analysis;
  if (words.length === 0) return text.length;
  let last = words[words.length - 1]!.index;
  const cut = trailingFlags(analysis);
  // A list opened by a flag glued to the last word of prose ("lush forest-neg blur", "detailed-gs5-motion 2"):
  // the word is prose up to its dash, so the component goes there, not before the word.
  const opener = cut >= 0 ? tokens[cut]! : undefined;
  if (opener !== undefined && opener.kind === 'word') {
    if (gluedFlagName(opener.norm)) return opener.end - (opener.norm.length - opener.norm.indexOf('-'));
    const joined = joinedFlagStart(tokens, cut);
    if (joined >= 0) return joined;
  }
  if (cut > 0) {
    let k = cut - 1;
    while (k >= 0 && !isWordToken(tokens[k])) k--;
    if (k >= 0) last = k;
  }
  let at = tokens[last]!.end;
  const quote = analysis.quotations[analysis.quotations.length - 1];
  if (quote && quote.tokenEnd === last + 1 && quote.start > words[0]!.start) return quote.end;
  // Closing brackets right after the last word, when the prompt does not open with one.
  const first = text[words[0]!.start - 1];
  for (let k = last + 1; k < tokens.length && tokens[k]!.start === tokens[k - 1]!.end; k++) {
    const c = tokens[k]!.text;
    if (c === ')' || c === ']') {
      if (first !== '(' && first !== '[') at = tokens[k]!.end;
    } else if (c !== '.' && c !== '!' && c !== '?') break;
  }
  return at;
}

/** Words a flag's value may have ("-camera zoom in", "-seed 42"); a longer run is prose. */
const FLAG_VALUE_WORDS = 3;

/**
 * The first token of the run of flags (and of a chat export's fields) that ends the prompt, or -1.
 * A walk back from the end that stops at the first run of prose, so it reads only the tail.
 */
function trailingFlags(analysis: PromptAnalysis): number {
  const { tokens, text, negativePrompts } = analysis;
  const field = exportedField(analysis);
  let first = field;
  let words = 0;
  let np = negativePrompts.length - 1;
  for (let i = (field >= 0 ? field : tokens.length) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (np >= 0) {
      while (np >= 0 && negativePrompts[np]!.opener > i) np--;
      const list = np >= 0 ? negativePrompts[np]! : undefined;
      // A negative list is one value, however long.
      if (list && i >= list.opener && i < Math.max(list.tokenEnd, list.tokenStart)) {
        first = i = list.opener;
        words = 0;
        continue;
      }
    }
    if (isWordToken(t)) {
      // A tool's number typed straight after a word of prose ("detailed-gs5-motion 2"): the flags start inside it.
      // Not inside a flag's own word, whose chained flags are flags too ("-gs5-motion2", "16-gs28-fps24").
      const joined = t.kind === 'word' ? joinedFlagStart(tokens, i) : -1;
      if (joined >= 0 && !namesNumberFlag(tokens, i) && flagDash(text, tokens, i) < 0) {
        first = i;
        // Unless the word is a resolution typed among the flags ("-neg snow 4k-ar 16:9").
        if (!resolutionTag(text, tokens, i, joined)) break;
        words = 0;
        continue;
      }
      if (++words > FLAG_VALUE_WORDS) break;
    } else if (flagWord(text, tokens, i) >= 0) {
      first = i;
      words = 0;
    }
  }
  return first;
}

/**
 * The first of the tool's fields a chat export appends to the prompt's last line, after its words
 * ("…  Message: When AI Goes Bad (Font: MODERN)", "…  Message: 1 Attachment"): its first token, or
 * -1. The fields run to the end, whatever their length, so the prompt ends before them.
 */
function exportedField(analysis: PromptAnalysis): number {
  const { tokens, text } = analysis;
  let first = -1;
  if (!text.includes(':')) return first; // a field is named before a colon
  for (let i = tokens.length - 1; i > 0; i--) {
    if (toolField(tokens, i) && tokens[i - 1]!.text !== '(') first = i;
    if (newlineBefore(text, tokens, i)) break;
  }
  return first;
}

/** A suggestion that appends `, <example>` at the end of the prompt (`at`: the appendPoint, found once per report). */
export function appendSuggestion(analysis: PromptAnalysis, desc: string, example: string, at = appendPoint(analysis)): { desc: string; fix: { range: readonly [number, number]; text: string } } {
  // A flag's dash right after the point keeps a space of its own: "forest, slow dolly in -neg blur".
  const beforeDash = DASHES.has(analysis.text.charAt(at));
  return { desc, fix: { range: [at, at], text: beforeDash ? `, ${example} ` : `, ${example}` } };
}
