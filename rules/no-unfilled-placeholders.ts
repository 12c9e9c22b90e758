import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { lowerCaseSet, perOptions } from '../src/engine/word-options.js';
import type { PromptAnalysis, Placeholder } from '../src/types.js';
import { findBlanks } from '../src/analysis/placeholders.js';
import { NUMBER_NAMES, touching } from '../src/analysis/flags.js';
import { EXAMPLE_MARKERS, FILL_MARKERS, HINT_WORDS, QUESTION_WORDS, SLOT_LABELS, SLOT_WORDS } from './data/placeholders.js';

/**
 * A template slot left in a prompt (`[Product]`, `{subject}`, `<location>`) reaches the model as
 * literal text: it is rendered, ignored or guessed at. Models that read bracketed camera
 * commands (Hailuo 02: `[Pan left, Zoom in]`) get those brackets checked as commands instead.
 */
const schema = () =>
  z
    .strictObject({
      slots: z.array(z.string()).default([...SLOT_WORDS]).describe('Words that name a template slot inside square brackets.'),
      fillMarkers: z.array(z.string()).default([...FILL_MARKERS]).describe('Words that ask for a value: "[insert product]", "[your brand]".'),
      maxWords: z.number().int().positive().default(4).describe('Longest slot name, in words: a longer bracketed text is content, not a slot.'),
      squareBrackets: z
        .enum(['slots', 'all'])
        .default('slots')
        .describe('"slots": a square bracket counts only when it names a slot or asks to be filled; "all": every bracketed word.'),
    })
    .default({ slots: [...SLOT_WORDS], fillMarkers: [...FILL_MARKERS], maxWords: 4, squareBrackets: 'slots' });

type Options = z.infer<ReturnType<typeof schema>>;

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const setsFor = perOptions((options: Options) => ({ slots: lowerCaseSet(options.slots), markers: lowerCaseSet(options.fillMarkers) }));

/** True when a square-bracketed text names a slot ("product name") or asks to be filled ("insert …"). */
function isSlot(inner: string, sets: { slots: Set<string>; markers: Set<string> }): boolean {
  if (inner.includes('_') && /^[A-Za-z0-9_]+$/.test(inner)) return true; // PRODUCT_NAME
  const words = inner.toLowerCase().split(WORD_SPLIT).filter((w) => w.length > 0);
  if (words.length > 0 && sets.markers.has(words[0]!)) return true; // "[insert city]", not "[They enter …]"
  for (let i = 0; i < words.length; i++) {
    if (sets.slots.has(words[i]!)) return true;
    if (i + 1 < words.length && sets.slots.has(`${words[i]} ${words[i + 1]}`)) return true;
    if (i + 2 < words.length && sets.slots.has(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)) return true;
  }
  return false;
}

const normCommand = (s: string) => s.toLowerCase().replace(/[\s\-_]+/g, ' ').trim();

/** A bracket that opens with a camera movement ("[Dolly in]") was meant as a command. */
function opensWithCameraMove(analysis: PromptAnalysis, p: Placeholder): boolean {
  let first = p.start + 1;
  while (analysis.text[first] === ' ') first++;
  for (const m of analysis.byCategory.camera) if (m.start === first && m.kind === 'movement') return true;
  return false;
}

const LABELS = new Set(SLOT_LABELS);

const QUESTION = new Set(QUESTION_WORDS);
const HINT = new Set(HINT_WORDS);

/**
 * `[camera: shot type or movement, e.g. …]`: a label naming a slot, then a colon and a hint. A
 * hint asks: it is empty, offers an example, opens with a question word or a fill marker, offers
 * alternatives ("static or handheld"), or only names slots ("place and time"). Anything else is
 * the value, filled in: "[Camera: slow dolly in]", "[Action: the car skids to a stop.]".
 * Undefined when the bracket has no slot's label.
 */
function labelledSlot(inner: string, sets: { slots: Set<string>; markers: Set<string> }): boolean | undefined {
  const colon = inner.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const label = inner.slice(0, colon).trim().toLowerCase();
  if (!LABELS.has(label) && !sets.slots.has(label)) return undefined;
  const hint = inner.slice(colon + 1).trim().toLowerCase();
  if (hint.length === 0 || EXAMPLE_MARKERS.some((m) => hint.includes(m))) return true;
  const words = hint.split(WORD_SPLIT).filter((w) => w.length > 0);
  if (words.length === 0 || QUESTION.has(words[0]!) || sets.markers.has(words[0]!) || words.includes('or')) return true;
  return words.every((w) => sets.slots.has(w) || HINT.has(w));
}

/** A value written as x's, to be filled in: "xx", "XXXX". */
const FILLER = /^x{2,}$/i;
/** Marks between the parts of a filler value: "xx:xx", "xx;xx", "xx/xx". */
const FILLER_JOINS = new Set([':', ';', '/', '.']);

/**
 * A flag's value left as x's, a form to fill in: "ar xx;xx", "--ar XX:XX", "-seed xxxx". After a
 * flag that takes a number or a ratio no word of x's is meant literally.
 */
function fillerValues(analysis: PromptAnalysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!/xx/i.test(analysis.text)) return out;
  const { tokens } = analysis;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word' || !FILLER.test(tokens[k]!.norm)) continue;
    const name = tokens[k - 1]!.text === ':' ? tokens[k - 2] : tokens[k - 1];
    if (name?.kind !== 'word' || !NUMBER_NAMES.has(name.norm)) continue;
    let end = k + 1;
    while (end + 1 < tokens.length && FILLER_JOINS.has(tokens[end]!.text) && touching(tokens, end - 1, end) && touching(tokens, end, end + 1) && FILLER.test(tokens[end + 1]!.norm)) end += 2;
    out.push({ start: tokens[k]!.start, end: tokens[end - 1]!.end });
    k = end - 1;
  }
  return out;
}

const wordCount = (s: string) => s.split(WORD_SPLIT).filter((w) => w.length > 0).length;

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Fill every template placeholder ([Product], {subject}, <location>) before a prompt is sent.',
      recommended: true,
      dimension: 'specificity',
    },
    messages: {
      unfilled: 'Unfilled placeholder {{placeholder}}: replace it with real content before generating.',
      unknownCommand: '"{{command}}" is not a {{model}} camera command; use one of: {{commands}}.',
      tooManyCommands: '{{count}} camera commands in one bracket; {{model}} reads at most {{max}}.',
    },
    schema,
    defaultOptions: { slots: [...SLOT_WORDS], fillMarkers: [...FILL_MARKERS], maxWords: 4, squareBrackets: 'slots' },
    defaultSeverity: 'error',
    anyLanguage: true,
  },
  check(analysis, context) {
    const sets = setsFor(context.options);
    const camera = context.model?.cameraCommands;
    const known = camera ? new Map(camera.commands.map((c) => [normCommand(c), c])) : undefined;
    for (const p of analysis.placeholders) {
      if (camera && known && p.open === '[') {
        // Split "[Pan left, Zoom in]" into its commands, keeping each one's offsets.
        const items: { text: string; start: number; end: number }[] = [];
        let from = p.start + 1;
        const close = analysis.text.lastIndexOf(']', p.end);
        for (const part of analysis.text.slice(p.start + 1, close).split(',')) {
          const lead = part.length - part.trimStart().length;
          const text = part.trim();
          if (text) items.push({ text, start: from + lead, end: from + lead + text.length });
          from += part.length + 1;
        }
        const anyKnown = items.some((it) => known.has(normCommand(it.text)));
        if (anyKnown || opensWithCameraMove(analysis, p)) {
          const data = { model: context.model!.name, commands: camera.commands.join(', '), max: camera.maxPerBracket };
          for (const it of items) {
            if (!known.has(normCommand(it.text))) context.report({ messageId: 'unknownCommand', range: [it.start, it.end], data: { ...data, command: it.text } });
          }
          if (items.length > camera.maxPerBracket) context.report({ messageId: 'tooManyCommands', range: [p.start, p.end], data: { ...data, count: items.length } });
          continue;
        }
      }
      const labelled = p.open === '[' ? labelledSlot(p.inner, sets) : undefined;
      if (labelled === false && context.options.squareBrackets === 'slots') continue;
      if (!labelled && wordCount(p.inner) > context.options.maxWords) continue;
      if (!labelled && p.open === '[' && context.options.squareBrackets === 'slots' && !isSlot(p.inner, sets)) continue;
      context.report({
        messageId: 'unfilled',
        range: [p.start, p.end],
        data: { placeholder: analysis.text.slice(p.start, p.end) },
      });
    }
    // Bare blanks ("A ___ walks"); one inside a bracket is that bracket's ("[___]").
    const { placeholders } = analysis;
    let k = 0;
    for (const b of findBlanks(analysis.text)) {
      while (k < placeholders.length && placeholders[k]!.end <= b.start) k++;
      if (k < placeholders.length && placeholders[k]!.start <= b.start) continue;
      context.report({ messageId: 'unfilled', range: [b.start, b.end], data: { placeholder: analysis.text.slice(b.start, b.end) } });
    }
    for (const f of fillerValues(analysis)) context.report({ messageId: 'unfilled', range: [f.start, f.end], data: { placeholder: analysis.text.slice(f.start, f.end) } });
  },
});
