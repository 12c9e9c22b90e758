/**
 * Part-of-speech lookup over the lexicon generated from compromise (scripts/generate.ts), with
 * suffix rules for words it does not know and a little context to settle noun/verb ambiguity.
 */
import type { PosTag, VerbForm } from '../types.js';
import { IRREGULAR_LEMMAS, POS_GROUPS } from './data/pos-lexicon.js';
import { lemmaCandidates } from './inflect.js';

let signatures: Map<string, string> | undefined;

/** word → signature letters (see scripts/generate.ts). Built on first use. */
function lexicon(): Map<string, string> {
  if (!signatures) {
    signatures = new Map();
    for (const sig in POS_GROUPS) {
      for (const word of POS_GROUPS[sig]!.split(' ')) signatures.set(word, sig);
    }
  }
  return signatures;
}

const LETTER_TAG: Record<string, PosTag> = {
  n: 'noun', b: 'verb', s: 'verb', g: 'verb', d: 'verb', a: 'adj', r: 'adv',
  t: 'det', p: 'prep', c: 'conj', o: 'pron', m: 'num', N: 'name',
};
const LETTER_FORM: Record<string, VerbForm> = { b: 'base', s: 's', g: 'ing', d: 'ed' };

export interface WordInfo {
  pos: PosTag[];
  forms: VerbForm[];
  lemma: string;
  known: boolean;
}

const cache = new Map<string, WordInfo>();

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
  const lex = lexicon();
  const candidates = lemmaCandidates(norm);
  for (const c of candidates) {
    const sig = lex.get(c);
    // A candidate counts when the lexicon knows it as a base form (not itself an inflection).
    if (sig !== undefined && (c === norm || /[nbaN]/.test(sig))) return c;
  }
  return candidates[0] ?? norm;
}

function guessBySuffix(norm: string): { pos: PosTag[]; forms: VerbForm[] } {
  if (norm.length > 3 && norm.endsWith('ly')) return { pos: ['adv', 'adj'], forms: [] };
  if (norm.length > 4 && norm.endsWith('ing')) return { pos: ['verb', 'noun'], forms: ['ing'] };
  if (norm.length > 3 && norm.endsWith('ed')) return { pos: ['verb', 'adj'], forms: ['ed'] };
  if (/(?:ous|ful|ive|able|ible|ic|ical|less|ish|esque|y)$/.test(norm) && norm.length > 4) return { pos: ['adj', 'noun'], forms: [] };
  return { pos: ['noun'], forms: [] };
}

/** What the lexicon (or the suffix rules) says of one lowercased word, out of context. */
export function wordInfo(norm: string): WordInfo {
  let info = cache.get(norm);
  if (info) return info;
  const lex = lexicon();
  let sig = lex.get(norm);
  let known = sig !== undefined;
  // Hyphenated compounds take the class of their last part ("rain-soaked" → adjective-like participle).
  if (!known && norm.includes('-')) {
    const last = norm.slice(norm.lastIndexOf('-') + 1);
    sig = lex.get(last);
    known = false;
  }
  const { pos, forms } = sig !== undefined ? infoFromSignature(sig) : guessBySuffix(norm);
  if (norm.includes('-') && forms.length > 0 && !pos.includes('adj')) pos.push('adj');
  info = { pos, forms, lemma: norm.includes('-') ? norm : lemmatize(norm), known };
  if (cache.size > 50_000) cache.clear();
  cache.set(norm, info);
  return info;
}
