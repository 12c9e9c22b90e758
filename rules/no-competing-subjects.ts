import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import type { PromptAnalysis, SubjectCandidate } from '../src/types.js';

/**
 * One subject, one action: several focal points competing for the foreground ("a crowded market
 * with people, food stalls, animals, and colorful banners") make models lose coherence. The
 * analysis finds the candidates (src/analysis/subjects.ts); this rule counts the focal ones.
 *
 * Two shapes are reported:
 * - a coordinated list with more than `max` focal items, at least one of them animate (a list
 *   of props alone is a still-life arrangement; a list of garments, colours, places, lights or
 *   camera terms describes one subject or the shot, not competing subjects);
 * - more than `max` different animate subjects acting in their own clauses ("A dog runs. A cat
 *   jumps on a table. A parrot flies overhead.").
 * Background context (markers in rules/data/background.ts) never counts.
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
    schema: z
      .strictObject({
        max: z.number().int().positive().default(2).describe('Largest number of focal subjects allowed in the foreground.'),
      })
      .default({ max: 2 }),
    defaultSeverity: 'warning',
  },
  check(analysis, context) {
    const { max } = context.options;
    const reported: (readonly [number, number])[] = [];

    for (const list of analysis.nounLists) {
      if (list.role === 'background' || list.attribute) continue;
      const focal = list.items.filter(isFocalItem);
      if (focal.length <= max || !focal.some((s) => s.animate)) continue;
      // From the first to the last competing item; items that act in their own clauses ("dogs
      // bark and birds sing") take their clause along.
      const first = focal[0]!;
      const last = focal[focal.length - 1]!;
      const range = [first.start, last.agent ? clauseEnd(analysis, last) : last.end] as const;
      reported.push(range);
      context.report({ messageId: 'list', range, data: { count: focal.length, max, items: names(focal) } });
    }

    const agents = distinctAgents(analysis);
    if (agents.length <= max) return;
    const first = agents[0]!;
    const last = agents[agents.length - 1]!;
    if (reported.some(([s, e]) => agents.every((a) => a.start >= s && a.end <= e))) return;
    // From the first subject to the end of the last one's clause: the sentences that compete.
    context.report({ messageId: 'agents', range: [first.start, clauseEnd(analysis, last)], data: { count: agents.length, max, items: names(agents) } });
  },
});

/** A list item that could hold the viewer's eye on its own: an agent or a thing in the foreground. */
function isFocalItem(s: SubjectCandidate): boolean {
  return s.role === 'focal' && (s.kind === 'animate' || s.kind === 'thing');
}

/** Animate grammatical subjects in the foreground, one per head word, in text order. */
function distinctAgents(analysis: PromptAnalysis): SubjectCandidate[] {
  const seen = new Set<string>();
  const out: SubjectCandidate[] = [];
  for (const s of analysis.subjects) {
    if (!s.agent || !s.animate || s.role !== 'focal' || seen.has(s.head)) continue;
    seen.add(s.head);
    out.push(s);
  }
  return out;
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
