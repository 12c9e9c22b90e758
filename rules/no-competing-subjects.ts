import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import type { NounList, PromptAnalysis, SubjectCandidate } from '../src/types.js';
import subjectWords, { GENERIC_NOUNS } from './data/subject.js';

/**
 * One subject, one action: several focal points competing for the foreground ("a crowded market
 * with people, food stalls, animals, and colorful banners") make models lose coherence. The
 * analysis finds the candidates (src/analysis/subjects.ts); this rule counts the focal ones.
 *
 * Two shapes are reported:
 * - a coordinated list whose focal items outnumber `max`: agents (people, animals, creatures,
 *   vehicles) compete on their own; things (bare items of a list closed by "and"/"or") join
 *   the count only beside at least two agents, and then only when they push the list past
 *   `max + 1`. Props alone are an arrangement; garments, colours, places, lights and camera
 *   terms describe one subject or the shot; a tag list without "and" adds only its agents;
 * - more than `max` different animate subjects acting in consecutive sentences, each sentence
 *   bringing a new one ("A dog runs. A cat jumps on a table. A parrot flies overhead.").
 * Background context (markers in rules/data/background.ts) never counts, nor does a word that
 * only renames subjects already counted ("Two people, a man and a woman").
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Keep one or two focal subjects in the foreground; several competing ones make the shot lose coherence.',
      recommended: true,
      dimension: 'focus',
    },
    messages: {
      list: '{{count}} subjects compete for the foreground ({{items}}): keep {{max}} or fewer as the focus and move the rest to the background.',
      agents: '{{count}} subjects act at once ({{items}}): keep {{max}} or fewer in the foreground, or give the others a background role.',
    },
    schema: () =>
      z
        .strictObject({
          max: z.number().int().positive().default(2).describe('Largest number of focal subjects allowed in the foreground.'),
        })
        .default({ max: 2 }),
    defaultOptions: { max: 2 },
    defaultSeverity: 'warning',
  },
  check(analysis, context) {
    const { max } = context.options;
    const reported: (readonly [number, number])[] = [];

    for (const list of analysis.nounLists) {
      if (list.role === 'background' || list.attribute || describesSetting(analysis, list)) continue;
      const focal = competitors(analysis, list);
      const agents = focal.filter((s) => s.animate).length;
      if (!(agents > max || (agents >= 2 && focal.length > max + 1))) continue;
      // From the first to the last competing item; items that act in their own clauses ("dogs
      // bark and birds sing") take their clause along.
      const first = focal[0]!;
      const last = focal[focal.length - 1]!;
      const range = [first.start, last.agent ? clauseEnd(analysis, last) : last.end] as const;
      reported.push(range);
      context.report({ messageId: 'list', range, data: { count: focal.length, max, items: names(focal) } });
    }

    const agents = actingSubjects(analysis, max);
    if (agents.length <= max) return;
    if (reported.some(([s, e]) => agents.every((a) => a.start >= s && a.end <= e))) return;
    const first = agents[0]!;
    const last = agents[agents.length - 1]!;
    // From the first subject to the end of the last one's clause: the sentences that compete.
    context.report({ messageId: 'agents', range: [first.start, clauseEnd(analysis, last)], data: { count: agents.length, max, items: names(agents) } });
  },
});

const GENERIC = new Set(GENERIC_NOUNS);
const VEHICLES = new Set(subjectWords.vehicle);
const SEPARATORS = new Set([',', ';', ':', '.', '!', '?', 'and', 'or', '&']);
const COORDINATORS = new Set(['and', 'or', '&', 'vs', 'versus']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']);
const INDEFINITE = new Set(['a', 'an']);
const NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'both', '2', '3', '4', '5', '6']);
const DETERMINERS = new Set(['a', 'an', 'the', 'both', 'all', 'two', 'three', 'four', 'this', 'these', 'his', 'her', 'their', 'its', 'our']);
const LIST_OPENERS = new Set(['with', 'featuring', 'shows', 'show', 'showing', 'depicts', 'depicting', 'includes', 'including']);

/** The list items that compete: focal agents and bare things, one per head, appositions left out. */
function competitors(analysis: PromptAnalysis, list: NounList): SubjectCandidate[] {
  const { tokens } = analysis;
  const items = list.items;
  const last = items[items.length - 1]!;
  const closedByAnd = (() => {
    const before = items[items.length - 2];
    if (!before) return false;
    for (let i = before.tokenEnd; i < last.tokenStart; i++) if (COORDINATORS.has(tokens[i]!.norm)) return true;
    return false;
  })();
  // A tag list (no "and"/"or") mostly made of attributes, places and camera terms describes one
  // picture ("a woman at night, girl, long hair, coat, car, bokeh, …"): its agents are tags too.
  if (!closedByAnd) {
    const competing = items.filter((s) => s.kind === 'animate' || s.kind === 'thing').length;
    if (competing * 2 < items.length) return [];
  }
  const heads: string[] = [];
  const out: SubjectCandidate[] = [];
  items.forEach((s, i) => {
    if (s.role !== 'focal' || !(s.kind === 'animate' || s.kind === 'thing') || sameSubject(heads, s.head)) return;
    if (renames(analysis, items, i)) return;
    if (!s.animate && !(closedByAnd && bare(analysis, s, i === 0))) return;
    heads.push(s.head);
    out.push(s);
  });
  return out;
}

/** The same head, or one a compound of the other ("plane" and "airplane", "dog" and "bulldog"; not "man" and "woman"). */
function sameSubject(heads: readonly string[], head: string): boolean {
  const compound = (long: string, short: string) => short.length > 2 && long.length - short.length >= 3 && long.endsWith(short);
  return heads.some((h) => h === head || compound(h, head) || compound(head, h));
}

/**
 * An item that names subjects counted elsewhere in the list: a generic noun opening the
 * sentence before an enumeration ("Two people, a man and a woman") or closing it after one ("a
 * bear and a rabbit, a loving couple"), or a proper name after an agent ("his mother, Eweell").
 */
function renames(analysis: PromptAnalysis, items: readonly SubjectCandidate[], i: number): boolean {
  const { tokens } = analysis;
  const s = items[i]!;
  const next = tokens[s.tokenEnd];
  const prev = tokens[s.tokenStart - 1];
  if (GENERIC.has(s.head)) {
    const opensSentence = !prev || prev.sentence !== tokens[s.tokenStart]!.sentence || prev.kind === 'punct';
    if (i === 0 && opensSentence && next?.text === ',') return true;
    if (i > 0 && prev?.text === ',' && DETERMINERS.has(tokens[s.tokenStart]!.norm)) return true;
  }
  // "Two travelers, a guy and a girl", "4 people, two girls and two boys": a counted group
  // before its members.
  if (s.animate && next?.text === ',' && NUMBERS.has(tokens[s.tokenStart]!.norm) && items.slice(i + 1).some((o) => o.animate)) return true;
  // "her dog, a black labrador", "The dancer, likely a street performer": a definite or
  // possessed subject renamed by an indefinite one right after its comma.
  if (i > 0 && prev !== undefined) {
    let k = s.tokenStart - 1;
    while (k >= 0 && tokens[k]!.tag === 'adv') k--;
    const before = items[i - 1]!;
    const opener = tokens[before.tokenStart]!.norm;
    const indefinite = INDEFINITE.has(tokens[s.tokenStart]!.norm) || (s.tokenEnd - s.tokenStart > 1 && INDEFINITE.has(tokens[s.tokenStart + 1]!.norm));
    if (tokens[k]?.text === ',' && (opener === 'the' || POSSESSIVES.has(opener)) && indefinite) return true;
  }
  if (i > 0 && prev?.text === ',' && items[i - 1]!.animate && !s.animate) {
    let names = true;
    for (let k = s.tokenStart; k < s.tokenEnd && names; k++) names = tokens[k]!.tag === 'name' || /^\p{Lu}/u.test(tokens[k]!.text);
    if (names && tokens[s.tokenStart]!.tag !== 'det') return true;
  }
  return false;
}

/**
 * A thing that is a list item and nothing more ("food stalls" in "people, food stalls,
 * animals"): a thing with its own clause or details ("her radiant beauty heightened by …"), or
 * the object of a verb or a place after a preposition, is description, not a competing subject.
 */
function bare(analysis: PromptAnalysis, s: SubjectCandidate, first: boolean): boolean {
  const next = analysis.tokens[s.tokenEnd];
  const prev = analysis.tokens[s.tokenStart - 1];
  const endsItem = !next || SEPARATORS.has(next.norm) || next.sentence !== analysis.tokens[s.tokenEnd - 1]!.sentence;
  const startsItem = !prev || SEPARATORS.has(prev.norm) || (first && LIST_OPENERS.has(prev.norm));
  return endsItem && startsItem;
}

/**
 * A list that furnishes a place named just before it ("the cityscape is bustling with people,
 * cars and buildings") after the prompt already has its own acting subject: environment, not
 * competition. The same list with no subject before it ("A crowded market with people, food
 * stalls, animals") is the whole scene and does compete.
 */
function describesSetting(analysis: PromptAnalysis, list: NounList): boolean {
  let anchor: SubjectCandidate | undefined;
  for (const s of analysis.subjects) {
    if (s.end > list.start) break;
    anchor = s;
  }
  if (!anchor || anchor.kind !== 'setting') return false;
  if (analysis.tokens[anchor.tokenStart]!.sentence !== analysis.tokens[list.tokenStart]!.sentence) return false;
  return analysis.subjects.some((s) => s.agent && s.animate && s.role === 'focal' && s.end <= anchor.start);
}

/**
 * The animate subjects in the foreground, one per head word: those that act (grammatical
 * subjects) and the people and animals they act on or with ("a cat chases a mouse while a dog
 * barks at a mailman": four). Vehicles count only when they act ("a man in a car" is one
 * subject). Taken over the longest run of consecutive sentences in which each sentence brings a
 * new one: a narration that keeps returning to its subject ("A plane soars. The camera captures
 * its engines. …") breaks the run. Generic nouns ("both animals") add no subject.
 */
function actingSubjects(analysis: PromptAnalysis, max: number): SubjectCandidate[] {
  const bySentence = new Map<number, SubjectCandidate[]>();
  analysis.subjects.forEach((s, k) => {
    if (!s.animate || s.role !== 'focal' || GENERIC.has(s.head)) return;
    if (!s.agent && (VEHICLES.has(s.head) || !hasAgentIn(analysis, s))) return;
    if (k > 0 && apposition(analysis, analysis.subjects[k - 1]!, s)) return;
    const sentence = analysis.tokens[s.tokenStart]!.sentence;
    let list = bySentence.get(sentence);
    if (!list) bySentence.set(sentence, (list = []));
    list.push(s);
  });
  let run: SubjectCandidate[] = [];
  let seen: string[] = [];
  for (let sentence = 0; sentence < analysis.sentences.length; sentence++) {
    const fresh = (bySentence.get(sentence) ?? []).filter((s) => !sameSubject(seen, s.head));
    if (fresh.length === 0) {
      if (run.length > max) return run;
      run = [];
      seen = [];
      continue;
    }
    for (const s of fresh) {
      if (sameSubject(seen, s.head)) continue;
      seen.push(s.head);
      run.push(s);
    }
  }
  return run;
}

/** "The driver, a rugged man with a beard": the second phrase renames the first. */
function apposition(analysis: PromptAnalysis, before: SubjectCandidate, s: SubjectCandidate): boolean {
  const { tokens } = analysis;
  let k = s.tokenStart - 1;
  while (k >= 0 && tokens[k]!.tag === 'adv') k--;
  if (tokens[k]?.text !== ',' || k !== before.tokenEnd || !before.animate) return false;
  const opener = tokens[before.tokenStart]!.norm;
  return (opener === 'the' || POSSESSIVES.has(opener)) && INDEFINITE.has(tokens[s.tokenStart]!.norm);
}

/** Whether the sentence of a non-acting subject has someone acting (it is then acted on or with). */
function hasAgentIn(analysis: PromptAnalysis, s: SubjectCandidate): boolean {
  const sentence = analysis.tokens[s.tokenStart]!.sentence;
  return analysis.subjects.some((o) => o !== s && o.agent && o.animate && analysis.tokens[o.tokenStart]!.sentence === sentence);
}

/** The end of the last word of the clause a subject opens. */
function clauseEnd(analysis: PromptAnalysis, subject: SubjectCandidate): number {
  const clause = analysis.clauses[analysis.tokens[subject.tokenStart]!.clause]!;
  for (let i = clause.tokenEnd - 1; i >= clause.tokenStart; i--) {
    const t = analysis.tokens[i]!;
    if (t.kind === 'word' || t.kind === 'number') return Math.max(t.end, subject.end);
  }
  return subject.end;
}

function names(items: readonly SubjectCandidate[]): string {
  return items.map((s) => `"${s.text}"`).join(', ');
}
