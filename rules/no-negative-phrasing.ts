import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { removalFix } from '../src/engine/removal.js';
import type { Token } from '../src/types.js';
import { EXCLUSION_MARKERS, NEGATIVE_FLAGS, NEGATIVE_LABELS, NOT_EXCLUSIONS } from './data/negative.js';

/**
 * Exclusions written into the prompt ("no people, no text overlays", "avoid blur") work for Sora,
 * but models with a negative-prompt field want them there, and models that ignore negatives may
 * draw the very thing named. An exclusion is a clause that opens with a marker ("no", "without",
 * "avoid"…), an inline "Negative prompt:" label, or a `--no` flag; "a man with no shoes" describes
 * and is left alone. Silent when no model is chosen and for models that read inline exclusions.
 */
const schema = () =>
  z
    .strictObject({
      markers: z.array(z.string()).default([...EXCLUSION_MARKERS]).describe('Words that open an exclusion clause.'),
      allow: z.array(z.string()).default([...NOT_EXCLUSIONS]).describe('Phrases that describe rather than exclude ("no one").'),
    })
    .default({ markers: [...EXCLUSION_MARKERS], allow: [...NOT_EXCLUSIONS] });
type Options = z.infer<ReturnType<typeof schema>>;

/** Phrases as word lists, indexed by first word, longest first. */
const split = (phrases: readonly string[]): Map<string, string[][]> => {
  const byFirst = new Map<string, string[][]>();
  for (const parts of phrases.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(parts[0]!) ?? [];
    list.push(parts);
    byFirst.set(parts[0]!, list);
  }
  return byFirst;
};
const LABELS = split(NEGATIVE_LABELS);
const FLAGS = new Set(NEGATIVE_FLAGS);
const PREPOSITIONAL = new Set(['without', 'with']);
const UPPER_START = /^\p{Lu}/u;
const compiled = new WeakMap<Options, { markers: Map<string, string[][]>; allow: Map<string, string[][]> }>();

interface Span {
  start: number;
  end: number;
  /** What is excluded, as written. */
  excluded: string;
  clause: number;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'number');

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Put exclusions in the negative-prompt field (or describe what is there) for models that do not read "no …" in the prompt.',
      recommended: true,
      dimension: 'specificity',
    },
    messages: {
      moveToField: '{{model}} takes exclusions in a separate negative-prompt field: move "{{excluded}}" there and keep the prompt positive.',
      describeInstead: '{{model}} has no negative prompt and may draw what "{{text}}" names: describe what is there instead (e.g. "an empty beach" rather than "no people").',
    },
    schema,
    defaultOptions: { markers: [...EXCLUSION_MARKERS], allow: [...NOT_EXCLUSIONS] },
    defaultSeverity: 'warning',
    hasSuggestions: true,
  },
  check(analysis, context) {
    const model = context.model;
    if (!model || model.negatives === 'inline') return;
    let sets = compiled.get(context.options);
    if (!sets) compiled.set(context.options, (sets = { markers: split(context.options.markers), allow: split(context.options.allow) }));
    const { tokens, text } = analysis;
    const phraseAt = (i: number, index: Map<string, string[][]>): number => {
      const t = tokens[i];
      const phrases = t && isWord(t) ? index.get(t.norm) : undefined;
      if (!phrases) return 0;
      for (const parts of phrases) {
        let k = 0;
        while (k < parts.length && isWord(tokens[i + k]) && tokens[i + k]!.norm === parts[k]) k++;
        if (k === parts.length) return k;
      }
      return 0;
    };
    const lastWordBefore = (end: number, from: number): number => {
      let j = end - 1;
      while (j > from && !isWord(tokens[j])) j--;
      return j;
    };

    /** "--x" or " -x": the start of the next flag ends an inline negative list. */
    const isFlagStart = (j: number): boolean => {
      const t = tokens[j]!;
      if (t.text !== '-') return false;
      if (tokens[j + 1]?.text === '-') return true;
      return isWord(tokens[j + 1]) && t.end === tokens[j + 1]!.start && (j === 0 || tokens[j - 1]!.end < t.start);
    };
    const spans: Span[] = [];
    // Inline negative prompts: a "--no" flag or a "Negative prompt:" label, anywhere; the list
    // runs to the end of its sentence or line (or the next "--" flag).
    const listed: [number, number][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let first = -1;
      if (t.text === '-' && tokens[i + 1]?.text === '-' && isWord(tokens[i + 2]) && FLAGS.has(tokens[i + 2]!.norm) && t.end === tokens[i + 1]!.start && tokens[i + 1]!.end === tokens[i + 2]!.start) {
        first = i + 3;
      } else if (t.text === '-' && isWord(tokens[i + 1]) && FLAGS.has(tokens[i + 1]!.norm) && t.end === tokens[i + 1]!.start && (i === 0 || tokens[i - 1]!.end < t.start)) {
        first = i + 2; // Pika's single-dash "-neg blurry"
      } else if (isWord(t)) {
        const label = phraseAt(i, LABELS);
        if (label > 0 && tokens[i + label]?.text === ':') first = i + label + 1;
      }
      if (first < 0) continue;
      let j = first;
      while (j < tokens.length && tokens[j]!.sentence === t.sentence && !isFlagStart(j)) j++;
      const last = lastWordBefore(j, first - 1);
      if (last >= first) {
        spans.push({ start: t.start, end: tokens[last]!.end, excluded: text.slice(tokens[first]!.start, tokens[last]!.end), clause: -1 });
        listed.push([t.start, tokens[last]!.end]);
      } else {
        // "--no -neg: …": a flag with no words of its own belongs to the list after it.
        listed.push([t.start, tokens[first - 1]!.end]);
      }
      i = j - 1;
    }
    const inList = (offset: number) => listed.some(([s, e]) => offset >= s && offset < e);
    for (const clause of analysis.clauses) {
      let i = clause.tokenStart;
      while (i < clause.tokenEnd && !isWord(tokens[i])) i++;
      if (i >= clause.tokenEnd || inList(tokens[i]!.start)) continue;
      if (phraseAt(i, sets.allow) > 0) continue;
      const marker = phraseAt(i, sets.markers);
      if (marker === 0) continue;
      // "No Pets Allowed sign", "No Entry": a capitalised name after "No" is sign text.
      const after = tokens[i + marker];
      if (tokens[i]!.norm === 'no' && isWord(after) && UPPER_START.test(after.text) && after.text !== after.text.toUpperCase()) continue;
      const last = lastWordBefore(clause.tokenEnd, i + marker - 1);
      if (last < i + marker) continue; // a bare "No." has nothing to exclude
      // "Without the gem, the world fell dark": a prepositional opener leading into its sentence's
      // main clause is narration, not an exclusion.
      const next = analysis.clauses[clause.index + 1];
      if (tokens[i]!.norm !== 'no' && marker <= 2 && PREPOSITIONAL.has(tokens[i]!.norm) && next && next.sentence === clause.sentence) {
        const nextFirst = tokens.slice(next.tokenStart, next.tokenEnd).find(isWord);
        if (nextFirst && phraseAt(nextFirst.index, sets.markers) === 0) continue;
      }
      spans.push({ start: tokens[i]!.start, end: tokens[last]!.end, excluded: text.slice(tokens[i + marker]!.start, tokens[last]!.end), clause: clause.index });
    }
    spans.sort((a, b) => a.start - b.start);

    // Neighbouring exclusion clauses ("no people, no text overlays") are one finding.
    const merged: Span[] = [];
    for (const s of spans) {
      const prev = merged[merged.length - 1];
      if (prev && s.clause >= 0 && prev.clause === s.clause - 1) {
        merged[merged.length - 1] = { start: prev.start, end: s.end, excluded: `${prev.excluded}, ${s.excluded}`, clause: s.clause };
      } else merged.push(s);
    }
    for (const s of merged) {
      const written = text.slice(s.start, s.end);
      const field = model.negatives === 'field';
      context.report({
        messageId: field ? 'moveToField' : 'describeInstead',
        range: [s.start, s.end],
        data: { model: model.name, excluded: s.excluded, text: written },
        suggestions: [
          {
            desc: field ? `Remove "${written}" and put "${s.excluded}" in the negative-prompt field.` : `Remove "${written}" and describe what is there instead.`,
            fix: removalFix(text, s.start, s.end),
          },
        ],
      });
    }
  },
});
