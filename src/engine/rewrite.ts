/**
 * The suggested rewrite: the prompt's own clauses reordered into the formula (subject and
 * action, environment, camera, lighting, then audio for sound models, then style and settings),
 * the flagged abstract words left out, and a `[placeholder]` where a component is missing.
 * It never invents content: every word comes from the prompt, and the examples inside a
 * placeholder come from rules/data/alternatives.ts, marked "e.g.".
 */
import type { Component, Diagnostic, PromptAnalysis, ResolvedConfig, Rewrite, Token } from '../types.js';
import alternatives from '../../rules/data/alternatives.js';
import { componentMap, isContentWord, type ComponentMap } from './components.js';
import { SPECIFICITY_RULE, componentPresence } from './score.js';

/** Where each group of clauses goes, in the formula's order. */
const ORDER: readonly Component[] = ['subject', 'environment', 'camera', 'lighting', 'audio', 'style', 'settings'];
const CONNECTORS = new Set([',', ';', 'and', 'or', '&']);
const TRAILING = new Set([',', ';', ':', '.', '!', '?', '\u2026', '\u2013', '\u2014']);
const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);
const VOWEL_START = /^[aeiou]/i;
const LINE_BREAK = /[\r\n]/;
/** A placeholder's inner text must stay short enough to be recognised as one (see src/analysis/placeholders.ts). */
const MAX_PLACEHOLDER = 78;

function placeholder(label: string, example: string | undefined): string {
  const withExample = example ? `${label}, e.g. ${example}` : label;
  return `[${withExample.length <= MAX_PLACEHOLDER ? withExample : label}]`;
}

/** Placeholder texts; examples are the first entries of the alternatives data. */
export const PLACEHOLDERS = {
  subjectAndAction: placeholder('subject and action: who or what, doing what', alternatives.action[0]),
  subject: placeholder('subject: who or what the shot is about', undefined),
  action: placeholder('action: what the subject does', alternatives.action[0]),
  environment: placeholder('environment: place and time', alternatives.setting[1] && alternatives.timeOfDay[1] ? `${alternatives.setting[1]} ${alternatives.timeOfDay[1]}` : undefined),
  camera: placeholder('camera: shot type or movement', alternatives.movement[1]),
  lighting: placeholder('lighting: source, quality or direction', alternatives.lightQuality[0]),
  audio: placeholder('audio: ambience, effects or dialogue', alternatives.audio[0]),
} as const;

/** In a segment's tokens: a comma between two merged clauses. */
const CLAUSE_BREAK = -1;

interface Segment {
  /** Kept token indexes, punctuation included; `CLAUSE_BREAK` where merged clauses meet. */
  tokens: number[];
  group: Component;
  /** The clause ended its sentence in the prompt. */
  sentenceFinal: boolean;
  /** The segment began a sentence in the prompt. */
  sentenceInitial: boolean;
}

export function computeRewrite(analysis: PromptAnalysis, diagnostics: readonly Diagnostic[], config: ResolvedConfig): Rewrite {
  const { text, tokens } = analysis;
  const unchanged: Rewrite = { text, changed: false, placeholders: [], removed: [] };
  if (analysis.language.code !== 'en' || analysis.wordCount === 0) return unchanged;

  const map = componentMap(analysis);
  const inside = placeholderTokens(analysis);
  const removed = flaggedTokens(analysis, diagnostics, inside);
  const segments = buildSegments(analysis, map, removed, inside);
  // A component a placeholder already asks for ("[camera: …]" from an earlier rewrite) gets no second one.
  const asked = new Set(analysis.placeholders.flatMap((p) => labelled(p.inner)));

  const found = componentPresence(analysis, diagnostics, config);
  const presence = { ...found };
  for (const c of asked) if (c in presence) presence[c as keyof typeof presence] = true;
  const slots = new Map<Component, { text: string; component: Component }[]>();
  const add = (after: Component, component: Component, t: string) => {
    let list = slots.get(after);
    if (!list) slots.set(after, (list = []));
    list.push({ component, text: t });
  };
  let leading: { component: Component; text: string } | undefined;
  if (!presence.subject) leading = presence.motion ? { component: 'subject', text: PLACEHOLDERS.subject } : { component: 'subject', text: PLACEHOLDERS.subjectAndAction };
  else if (!presence.motion) add('subject', 'motion', PLACEHOLDERS.action);
  if (!presence.environment) add('environment', 'environment', PLACEHOLDERS.environment);
  // Slow motion or a time-lapse says how time is captured, not how the shot is framed: still ask for the framing.
  if (!presence.camera || (!framed(map) && !asked.has('camera'))) add('camera', 'camera', PLACEHOLDERS.camera);
  if (!presence.lighting) add('lighting', 'lighting', PLACEHOLDERS.lighting);
  if (config.model?.audio && !presence.audio) add('audio', 'audio', PLACEHOLDERS.audio);

  // Pieces in the formula's order: a piece is a segment or a placeholder.
  type Piece = { segment: Segment } | { placeholder: { component: Component; text: string } };
  const pieces: Piece[] = [];
  if (leading) pieces.push({ placeholder: leading });
  for (const group of ORDER) {
    for (const s of segments) if (s.group === group) pieces.push({ segment: s });
    for (const p of slots.get(group) ?? []) pieces.push({ placeholder: p });
  }

  const removedWords = [...removed].sort((a, b) => a - b).filter((i) => tokens[i]!.kind === 'word').map((i) => tokens[i]!.text);
  const order = pieces.flatMap((p) => ('segment' in p ? [p.segment.tokens[0]!] : []));
  const reordered = order.some((start, i) => i > 0 && order[i - 1]! > start);
  const added = pieces.filter((p): p is { placeholder: { component: Component; text: string } } => 'placeholder' in p).map((p) => p.placeholder);
  if (removed.size === 0 && added.length === 0 && !reordered) return unchanged;

  const multiSentence = analysis.sentences.length > 1;
  let out = '';
  let capitalise = true;
  let prevFinal = false;
  for (const piece of pieces) {
    if (out.length > 0) {
      const stop = multiSentence && prevFinal;
      out += stop ? '. ' : ', ';
      capitalise = stop;
    }
    if ('placeholder' in piece) {
      out += piece.placeholder.text;
      prevFinal = false;
      continue;
    }
    let t = segmentText(analysis, piece.segment);
    if (capitalise) t = t.charAt(0).toUpperCase() + t.slice(1);
    else if (piece.segment.sentenceInitial) t = lowerFirst(tokens[piece.segment.tokens[0]!]!, t);
    out += t;
    // Whole sentences stay sentences; fragments are joined with commas.
    prevFinal = piece.segment.sentenceFinal && piece.segment.sentenceInitial;
  }
  const last = tokens[tokens.length - 1]!;
  if (SENTENCE_END.has(last.text)) out += last.text;
  return { text: out, changed: out !== text, placeholders: added, removed: removedWords };
}

/** The camera evidence includes a shot type, movement, angle, lens or focus, not only a capture technique. */
export function framed(map: ComponentMap): boolean {
  if (map.kinds.motion.has('camera')) return true;
  for (const kind of map.kinds.camera) if (kind !== 'technique') return true;
  return false;
}

/** Tokens inside a flagged abstract word: a diagnostic of the specificity rule over a whole abstract match. */
function flaggedTokens(analysis: PromptAnalysis, diagnostics: readonly Diagnostic[], inside: Int32Array): Set<number> {
  const out = new Set<number>();
  const flagged = diagnostics.filter((d) => d.ruleId === SPECIFICITY_RULE);
  if (flagged.length === 0) return out;
  for (const m of analysis.byCategory.abstract) {
    if (!flagged.some((d) => d.range[0] <= m.start && m.end <= d.range[1])) continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) {
      const t = analysis.tokens[i]!;
      // A word only partly inside the match ("ultra" of "ultra-sharp") keeps its other part: keep it whole.
      if (t.start >= m.start && t.end <= m.end && inside[i]! < 0) out.add(i);
    }
  }
  return out;
}

/** For each token, the index of the `[placeholder]` it is inside, or -1. */
function placeholderTokens(analysis: PromptAnalysis): Int32Array {
  const inside = new Int32Array(analysis.tokens.length).fill(-1);
  let p = 0;
  for (const t of analysis.tokens) {
    while (p < analysis.placeholders.length && analysis.placeholders[p]!.end <= t.start) p++;
    const ph = analysis.placeholders[p];
    if (ph && ph.start <= t.start && t.end <= ph.end) inside[t.index] = p;
  }
  return inside;
}

/** The components a placeholder already in the prompt stands for, from its label ("[camera: …]", "[lighting]"). */
function labelled(inner: string): Component[] {
  const label = inner.split(':')[0]!.trim().toLowerCase();
  return PLACEHOLDER_LABELS[label] ?? [];
}

const PLACEHOLDER_LABELS: Readonly<Record<string, Component[]>> = {
  'subject and action': ['subject', 'motion'],
  subject: ['subject'],
  action: ['motion'],
  environment: ['environment'],
  camera: ['camera'],
  lighting: ['lighting'],
  audio: ['audio'],
};

function buildSegments(analysis: PromptAnalysis, map: ComponentMap, removed: ReadonlySet<number>, inside: Int32Array): Segment[] {
  const { tokens, clauses } = analysis;
  // A list of nouns split over clauses by its commas stays one segment.
  const listEnd = new Map<number, number>();
  for (const list of analysis.nounLists) {
    // The list stops at a placeholder: its words are not items.
    const cut = list.items.findIndex((item) => inside[item.tokenStart]! >= 0);
    const items = cut < 0 ? list.items : list.items.slice(0, cut);
    if (items.length < 3) continue; // two phrases either side of a comma are two clauses, not a list
    const a = tokens[items[0]!.tokenStart]!.clause;
    const b = tokens[items[items.length - 1]!.tokenEnd - 1]!.clause;
    if (b > a) listEnd.set(a, Math.max(b, listEnd.get(a) ?? b));
  }
  const actions = new Set(map.actions.map((t) => t.index));
  const segments: Segment[] = [];
  let c = 0;
  while (c < clauses.length) {
    let end = c;
    for (let k = c; k <= end; k++) {
      end = Math.max(end, listEnd.get(k) ?? k);
      // A clause that stops inside a noun phrase ("A stunning, epic shot") runs on into the next one.
      const next = clauses[k + 1];
      if (k === end && next && next.sentence === clauses[k]!.sentence && inside[next.tokenStart]! < 0 && endsOpen(tokens, clauses[k]!.tokenStart, clauses[k]!.tokenEnd, removed)) end = k + 1;
      // A placeholder's own commas ("[camera: shot type or movement, e.g. …]") do not end a clause.
      const last = clauses[k]!.tokenEnd - 1;
      if (k === end && k + 1 < clauses.length && inside[last]! >= 0 && inside[last + 1] === inside[last]) end = k + 1;
    }
    const first = clauses[c]!;
    const lastClause = clauses[end]!;
    const kept = cleanTokens(tokens, first.tokenStart, lastClause.tokenEnd, removed, inside);
    const counts = new Map<Component, number>();
    let action = false;
    let content = false;
    for (const i of kept) {
      const comp = map.of[i];
      if (isContentWord(tokens[i]!) || comp !== undefined) content = true;
      if (actions.has(i)) action = true;
      if (comp) counts.set(comp, (counts.get(comp) ?? 0) + 1);
    }
    const nextClause = clauses[end + 1];
    const sentenceFinal = !nextClause || nextClause.sentence !== lastClause.sentence;
    const prevClause = clauses[c - 1];
    const sentenceInitial = !prevClause || prevClause.sentence !== first.sentence;
    c = end + 1;
    if (!content) continue; // only function words and punctuation left (a clause of praise)
    let group: Component;
    const only = kept.every((i) => inside[i]! >= 0) ? analysis.placeholders[inside[kept[0]!]!] : undefined;
    const label = only ? labelled(only.inner) : [];
    if (label.length > 0) group = label[0] === 'motion' ? 'subject' : label[0]!;
    else if (counts.has('subject') || action || counts.has('motion')) group = 'subject';
    else group = pickGroup(counts);
    // A clause with no component of its own continues the one before it.
    const prev = segments[segments.length - 1];
    if (counts.size === 0 && prev && !sentenceInitial) {
      prev.tokens.push(CLAUSE_BREAK, ...kept);
      prev.sentenceFinal = sentenceFinal;
      continue;
    }
    segments.push({ tokens: kept, group, sentenceFinal, sentenceInitial });
  }
  return segments;
}

/**
 * True when the clause stops inside a noun phrase, its noun in the next clause: it ends on a
 * determiner ("a stunning, old barn" once "stunning" is dropped) or on an adjective right after
 * a determiner or adjective ("the tall, dark figure"); not "pans left".
 */
function endsOpen(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>): boolean {
  let i = to - 1;
  while (i >= from && (tokens[i]!.kind === 'punct' || removed.has(i))) i--;
  if (i < from) return false;
  const t = tokens[i]!;
  if (t.tag === 'det') return true;
  const before = i > from ? tokens[i - 1]! : undefined;
  return t.tag === 'adj' && !t.pos.includes('noun') && before !== undefined && (before.tag === 'det' || before.tag === 'adj');
}

function pickGroup(counts: ReadonlyMap<Component, number>): Component {
  let best: Component = 'style';
  let bestCount = 0;
  for (const g of ['environment', 'camera', 'lighting', 'audio', 'settings', 'style'] as const) {
    const n = counts.get(g) ?? 0;
    if (n > bestCount) {
      best = g;
      bestCount = n;
    }
  }
  return best;
}

/** The clause's tokens without the flagged words, the connectors they leave dangling and the closing punctuation. */
function cleanTokens(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>, inside: Int32Array): number[] {
  const kept: number[] = [];
  for (let i = from; i < to; i++) {
    if (removed.has(i)) continue;
    const t = tokens[i]!;
    if (CONNECTORS.has(t.norm) && inside[i]! < 0) {
      const prevKept = kept.length > 0 ? tokens[kept[kept.length - 1]!]! : undefined;
      const leftGone = i > from && removed.has(i - 1);
      // "warm and beautiful light": the connector goes with the word; "ocean, epic drone shot": the comma stays before "drone".
      let after = i + 1;
      while (after < to && removed.has(after)) after++;
      const rightGone = after > i + 1 && (t.norm === 'and' || t.norm === 'or' || t.norm === '&' || after >= to || tokens[after]!.kind === 'punct' || CONNECTORS.has(tokens[after]!.norm));
      if (!prevKept || rightGone || (leftGone && (!isContentWord(prevKept) || CONNECTORS.has(prevKept.norm)))) continue;
    }
    kept.push(i);
  }
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    const t = tokens[last]!;
    if (inside[last]! < 0 && (TRAILING.has(t.text) || CONNECTORS.has(t.norm))) kept.pop();
    else break;
  }
  return kept;
}

function segmentText(analysis: PromptAnalysis, segment: Segment): string {
  const { text, tokens } = analysis;
  let out = '';
  let prev = -1;
  for (const i of segment.tokens) {
    if (i === CLAUSE_BREAK) {
      out += ',';
      prev = -1;
      continue;
    }
    const t = tokens[i]!;
    if (prev < 0 && out.length > 0) out += ' ';
    if (prev >= 0) {
      const p = tokens[prev]!;
      const adjacent = prev === i - 1;
      // "a stunning, old barn" → "an old barn": an article agrees with the word that now follows it.
      if (!adjacent && (p.norm === 'a' || p.norm === 'an')) {
        const article = VOWEL_START.test(t.text) ? 'an' : 'a';
        out = out.slice(0, out.length - p.text.length) + (p.text[0] === 'A' ? `A${article.slice(1)}` : article);
      }
      // Adjacent tokens keep the spacing they had; across a gap (a removed word) one space, none before punctuation.
      const gap = adjacent ? text.slice(p.end, t.start) : t.kind === 'punct' && t.text !== '(' ? '' : ' ';
      out += LINE_BREAK.test(gap) ? ' ' : gap;
    }
    out += t.text;
    prev = i;
  }
  return out;
}

/** "A dog" moved after a comma becomes "a dog"; names and acronyms keep their capitals. */
function lowerFirst(first: Token, t: string): string {
  if (first.tag === 'name' || first.text.length > 1 && first.text === first.text.toUpperCase() || first.text === 'I') return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}
