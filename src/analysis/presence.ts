/**
 * Helpers for the rules that check a formula component is present (require-camera, …): user
 * terms matched against the analysis' words, placeholders that stand for a component, and the
 * point where an example component is appended.
 */
import type { LexiconMatch, PromptAnalysis, Token } from '../types.js';
import { phraseParts } from './lexicon.js';
import { lemmatize } from './pos.js';

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
 * "A cat on a sofa, slow dolly in." rather than gaining text after its full stop.
 */
export function appendPoint(analysis: PromptAnalysis): number {
  const { words } = analysis;
  return words.length > 0 ? words[words.length - 1]!.end : analysis.text.length;
}

/** A suggestion that appends `, <example>` at the end of the prompt. */
export function appendSuggestion(analysis: PromptAnalysis, desc: string, example: string): { desc: string; fix: { range: readonly [number, number]; text: string } } {
  const at = appendPoint(analysis);
  return { desc, fix: { range: [at, at], text: `, ${example}` } };
}
