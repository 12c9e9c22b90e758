/**
 * Candidate subjects: noun phrases that could be what the shot is about, each marked focal or
 * background, and coordinated lists of them ("people, food stalls, animals, and banners").
 */
import type { Clause, LexiconCategory, LexiconMatch, NounList, Sentence, SubjectCandidate, Token } from '../types.js';

export interface SubjectInput {
  text: string;
  tokens: readonly Token[];
  words: readonly Token[];
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  byCategory: Readonly<Record<LexiconCategory, readonly LexiconMatch[]>>;
}

const NP_TAGS = new Set(['det', 'adj', 'num', 'noun', 'name']);
const COORDINATORS = new Set(['and', 'or', '&']);

export function findSubjects(input: SubjectInput): { subjects: SubjectCandidate[]; nounLists: NounList[] } {
  const { tokens, text, byCategory } = input;
  const backgroundClauses = new Set<number>();
  for (const m of byCategory.background) backgroundClauses.add(tokens[m.tokenStart]!.clause);
  const animateTokens = new Set<number>();
  for (const m of byCategory.subject) if (m.kind === 'animate') for (let i = m.tokenStart; i < m.tokenEnd; i++) animateTokens.add(i);

  // Noun phrases: maximal runs of determiner/adjective/number/noun tokens ending in a noun.
  const subjects: SubjectCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!NP_TAGS.has(t.tag) || (t.kind !== 'word' && t.kind !== 'number')) {
      i++;
      continue;
    }
    let j = i;
    let head = -1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.kind !== 'word' && u.kind !== 'number') break;
      if (!NP_TAGS.has(u.tag) || u.clause !== t.clause) break;
      if (u.tag === 'noun' || u.tag === 'name') head = j;
      j++;
    }
    if (head >= 0) {
      const start = tokens[i]!.start;
      const end = tokens[head]!.end;
      subjects.push({
        start,
        end,
        tokenStart: i,
        tokenEnd: head + 1,
        head: tokens[head]!.lemma,
        text: text.slice(start, end),
        role: backgroundClauses.has(t.clause) ? 'background' : 'focal',
        animate: animateTokens.has(head),
      });
    }
    i = Math.max(j, i + 1);
  }

  // Coordinated lists: NP (, NP)* ,? and NP — three or more items in one sentence.
  const nounLists: NounList[] = [];
  let k = 0;
  while (k < subjects.length) {
    const items = [subjects[k]!];
    let m = k + 1;
    while (m < subjects.length) {
      const prev = items[items.length - 1]!;
      const next = subjects[m]!;
      if (tokens[prev.tokenStart]!.sentence !== tokens[next.tokenStart]!.sentence) break;
      let joined = prev.tokenEnd < next.tokenStart;
      for (let g = prev.tokenEnd; g < next.tokenStart && joined; g++) {
        const gt = tokens[g]!;
        joined = gt.text === ',' || COORDINATORS.has(gt.norm);
      }
      if (!joined) break;
      items.push(next);
      m++;
    }
    if (items.length >= 3) {
      const first = items[0]!;
      const last = items[items.length - 1]!;
      nounLists.push({
        items,
        start: first.start,
        end: last.end,
        tokenStart: first.tokenStart,
        tokenEnd: last.tokenEnd,
        role: items.every((it) => it.role === 'background') ? 'background' : 'focal',
      });
    }
    k = m;
  }
  return { subjects, nounLists };
}
