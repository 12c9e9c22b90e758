/**
 * The score: 100 minus every deduction. Each dimension has a budget of points (its weight);
 * a deduction takes a fraction of one budget and names its reason and, when a rule reported it,
 * the diagnostic. The formula and its reasons are in docs/scoring.md.
 */
import type {
  Diagnostic,
  Dimension,
  GenerationSettings,
  PromptAnalysis,
  ResolvedConfig,
  Score,
  ScoreDeduction,
  Token,
} from '../types.js';
import { componentMap, PART_SIDES, type ComponentMap } from './components.js';
import { EMPTY_LIGHT_NOUNS } from '../../rules/data/abstract.js';
import { COLOURS } from '../../rules/data/lighting.js';
import { budgetWords } from '../analysis/length.js';

/** Relative weights of the dimensions every prompt is scored on (they add up to 100). */
export const DIMENSION_WEIGHTS: Readonly<Partial<Record<Dimension, number>>> = {
  subject: 14,
  motion: 15,
  environment: 11,
  camera: 14,
  lighting: 14,
  specificity: 14,
  focus: 8,
  length: 10,
};

/** Added (and the whole renormalised to 100) when the model generates sound. */
export const AUDIO_WEIGHT = 6;

/** The fraction of a dimension's budget each finding costs. */
export const FRACTIONS = {
  /** The component is absent. */
  missing: 1,
  /** No concrete subject, but a place carries the shot ("a city at night"). */
  subjectPlaceOnly: 0.5,
  /** Only a pronoun ("she", "it") stands for the subject. */
  subjectPronounOnly: 0.3,
  /** Present through one kind of evidence only (a shot type but no movement, angle or lens). */
  thin: 0.2,
  /** Motion through one kind of evidence only (one bare action, a camera movement alone): of five kinds, one says that something moves but not how. */
  motionOneKind: 0.4,
  /** Motion through two kinds of evidence only (an action and its direction, but no manner, next beat or camera movement). */
  motionTwoKinds: 0.2,
  /** The subject is named with no modifier ("a dog" rather than "a scruffy brown terrier"). */
  subjectBare: 0.15,
  /** The first abstract word; each next one costs `abstractDecay` times the previous. */
  abstractFirst: 0.4,
  abstractDecay: 0.6,
  /** No concrete modifier anywhere: no colour, material, size or texture. */
  noDetail: 0.25,
  /** The first group of competing subjects, then each further one. */
  competingFirst: 0.6,
  competingNext: 0.4,
  /** Over the word limit: this much, plus the rest in proportion to how far over. */
  overLengthBase: 0.6,
  /** Any other diagnostic in a scored dimension, by severity. */
  error: 0.5,
  warning: 0.3,
  info: 0.1,
} as const;

/** Points off the total for diagnostics in dimensions without a budget (settings, style), by severity; at most `EXTRA_CAP` per dimension. */
export const EXTRA_POINTS = { error: 6, warning: 3, info: 1 } as const;
export const EXTRA_CAP = 10;

/** The rule that decides whether a component is present; without it (turned off) the analysis decides. */
export const PRESENCE_RULES: Readonly<Partial<Record<Dimension, string>>> = {
  motion: 'require-motion',
  environment: 'require-environment',
  camera: 'require-camera',
  lighting: 'require-lighting',
  audio: 'require-audio-cues',
};
export const SPECIFICITY_RULE = 'no-abstract-adjectives';
/** Rules that cost no points: one judges the edit between two versions, not the prompt; the other is a notice that the rules cannot read the prompt. */
export const UNSCORED_RULES: ReadonlySet<string> = new Set(['one-change-per-iteration', 'supported-language']);
export const FOCUS_RULE = 'no-competing-subjects';
const DEFAULT_MAX_WORDS = 80;

/** Dimensions that still mean something on a prompt the rules cannot read. */
const LANGUAGE_FREE: ReadonlySet<Dimension> = new Set(['length']);

const PRONOUN_SUBJECTS = new Set(['she', 'he', 'they', 'it', 'we', 'i', 'you', 'someone', 'somebody']);

interface Budgeted {
  weight: number;
  lost: number;
}

class Ledger {
  readonly deductions: ScoreDeduction[] = [];
  readonly budgets = new Map<Dimension, Budgeted>();
  readonly extra = new Map<Dimension, number>();
  scale = 1;

  /** Takes `fraction` of the dimension's budget (capped at what is left). */
  take(dimension: Dimension, fraction: number, reason: string, diag?: Diagnostic): void {
    const b = this.budgets.get(dimension);
    if (!b || fraction <= 0) return;
    const points = Math.min(b.weight - b.lost, b.weight * fraction);
    if (points <= 0) return;
    b.lost += points;
    this.push(dimension, points * this.scale, reason, diag);
  }

  /** Points off the total for a dimension without a budget. */
  penalize(dimension: Dimension, points: number, reason: string, diag: Diagnostic): void {
    const used = this.extra.get(dimension) ?? 0;
    const p = Math.min(points, EXTRA_CAP - used);
    if (p <= 0) return;
    this.extra.set(dimension, used + p);
    this.push(dimension, p, reason, diag);
  }

  private push(dimension: Dimension, points: number, reason: string, diag?: Diagnostic): void {
    const d: ScoreDeduction = { dimension, points: Math.round(points * 10) / 10, reason };
    if (diag) {
      d.ruleId = diag.ruleId;
      d.messageId = diag.messageId;
    }
    this.deductions.push(d);
  }
}

interface RuleIndex {
  dimensionOf: Map<string, Dimension>;
  enabled: Set<string>;
  weights: Partial<Record<Dimension, number>>;
  weightList: [Dimension, number][];
}

const ruleIndexes = new WeakMap<ResolvedConfig, RuleIndex>();

/** Rule id → dimension, the enabled ids and the weights: built once per resolved config, not per prompt. */
function ruleIndex(config: ResolvedConfig): RuleIndex {
  let index = ruleIndexes.get(config);
  if (!index) {
    const weights: Partial<Record<Dimension, number>> = { ...DIMENSION_WEIGHTS };
    if (config.model?.audio) weights.audio = AUDIO_WEIGHT;
    index = {
      dimensionOf: new Map(config.rules.map((r) => [r.id, r.rule.meta.docs.dimension])),
      enabled: new Set(config.rules.map((r) => r.id)),
      weights,
      weightList: Object.entries(weights) as [Dimension, number][],
    };
    ruleIndexes.set(config, index);
  }
  return index;
}

export function computeScore(
  analysis: PromptAnalysis,
  diagnostics: readonly Diagnostic[],
  config: ResolvedConfig,
  _settings: GenerationSettings,
): Score {
  const ledger = new Ledger();
  const { weights, weightList, dimensionOf, enabled } = ruleIndex(config);
  const english = analysis.language.code === 'en';
  const unmeasured: Dimension[] = [];
  let sum = 0;
  for (const [dim, w] of weightList) {
    sum += w;
    // Points are lost only for findings: a dimension the rules cannot read costs nothing.
    if (!english && !LANGUAGE_FREE.has(dim)) unmeasured.push(dim);
    else ledger.budgets.set(dim, { weight: w, lost: 0 });
  }
  ledger.scale = 100 / sum;

  const byDimension = new Map<Dimension, Diagnostic[]>();
  for (const d of diagnostics) {
    const dim = dimensionOf.get(d.ruleId);
    if (!dim) continue;
    let list = byDimension.get(dim);
    if (!list) byDimension.set(dim, (list = []));
    list.push(d);
  }
  const consumed = new Set<Diagnostic>();

  if (analysis.wordCount === 0) {
    // Nothing to film: every dimension is lost, for the reason no-empty-prompt gives where it is on.
    const empty = diagnostics.find((d) => d.ruleId === 'no-empty-prompt');
    const reason = empty?.message ?? (analysis.text.trim() === '' ? 'The prompt is empty.' : 'The prompt has no words: there is nothing for the model to film.');
    for (const dim of ledger.budgets.keys()) ledger.take(dim, 1, reason, empty);
  } else {
    const map = english ? componentMap(analysis) : undefined;
    if (map) {
      scoreSubject(ledger, map);
      for (const dim of ['motion', 'environment', 'camera', 'lighting', 'audio'] as const) {
        if (ledger.budgets.has(dim)) scorePresence(ledger, map, dim, diagnostics, enabled, consumed);
      }
      scoreSpecificity(ledger, map, byDimension, enabled, consumed);
      scoreFocus(ledger, map, byDimension, enabled, consumed);
    }
    scoreLength(ledger, analysis, config, byDimension, consumed);
  }

  // Every other diagnostic costs points in its own dimension, by severity.
  for (const d of diagnostics) {
    if (consumed.has(d) || UNSCORED_RULES.has(d.ruleId)) continue;
    const dim = dimensionOf.get(d.ruleId);
    if (!dim || unmeasured.includes(dim)) continue;
    if (ledger.budgets.has(dim)) ledger.take(dim, FRACTIONS[d.severity], d.message, d);
    else if (!(dim in weights)) ledger.penalize(dim, EXTRA_POINTS[d.severity], d.message, d);
  }

  const dimensions: Partial<Record<Dimension, number>> = {};
  let lost = 0;
  for (const [dim, b] of ledger.budgets) {
    dimensions[dim] = Math.round((100 * (b.weight - b.lost)) / b.weight);
    lost += b.lost * ledger.scale;
  }
  for (const [dim, p] of ledger.extra) {
    dimensions[dim] = Math.round(100 - (100 * p) / EXTRA_CAP);
    lost += p;
  }
  const score: Score = { total: Math.max(0, Math.min(100, Math.round(100 - lost))), dimensions, deductions: ledger.deductions };
  if (unmeasured.length > 0) score.unmeasured = unmeasured;
  return score;
}

function scoreSubject(ledger: Ledger, map: ComponentMap): void {
  if (map.subjects.length > 0) {
    // Detailed: some subject phrase has a word besides its head ("golden retriever", "red coat");
    // a side says which one, not what it looks like ("her left hand").
    const detailed = map.subjects.some((s) => {
      for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) if (map.of[i] === 'subject' && !PART_SIDES.has(map.analysis.tokens[i]!.norm)) return true;
      return false;
    });
    if (!detailed) ledger.take('subject', FRACTIONS.subjectBare, `The subject is named without any detail ("${map.subjects[0]!.text}"): add what makes it this one (colour, age, material, clothing).`);
    return;
  }
  const pronoun = pronounSubject(map);
  if (pronoun) {
    ledger.take('subject', FRACTIONS.subjectPronounOnly, `Only a pronoun ("${pronoun.text}") stands for the subject: name who or what it is.`);
  } else if (map.kinds.environment.size > 0) {
    ledger.take('subject', FRACTIONS.subjectPlaceOnly, 'No subject besides the place: say what the camera is looking at in it.');
  } else {
    ledger.take('subject', FRACTIONS.missing, 'No concrete subject: say who or what the shot is about.');
  }
}

const COMPONENT_WORDS: Record<'motion' | 'environment' | 'camera' | 'lighting' | 'audio', { missing: string; thin: string }> = {
  motion: { missing: 'Nothing moves: no action and no camera movement.', thin: 'Motion comes from one source only: add how it moves (speed, direction) or a camera movement.' },
  environment: { missing: 'No environment: no place, time of day or weather.', thin: 'The environment gives one thing only: add the time of day, the weather or the surface.' },
  camera: { missing: 'No camera instruction: no shot type, movement, angle or lens.', thin: 'The camera gives one thing only: add a shot type, a movement, an angle or a lens.' },
  lighting: { missing: 'No lighting: no light source, quality or direction.', thin: 'The lighting gives one thing only: add its source, quality or direction.' },
  audio: { missing: 'No sound for a model that generates audio: no ambience, effects or dialogue.', thin: 'The sound gives one thing only: add ambience, an effect or dialogue.' },
};

type PresenceDimension = 'motion' | 'environment' | 'camera' | 'lighting' | 'audio';

/**
 * Whether a component is there: its `require-*` rule decides when it is on (the rule's
 * diagnostics are returned), the analysis when it is off.
 */
function presence(map: ComponentMap, dim: PresenceDimension, diagnostics: readonly Diagnostic[], enabled: ReadonlySet<string>): { present: boolean; reports: Diagnostic[] } {
  const ruleId = PRESENCE_RULES[dim]!;
  if (enabled.has(ruleId)) {
    const reports = diagnostics.filter((d) => d.ruleId === ruleId);
    return { present: reports.length === 0, reports };
  }
  const evidence = map.kinds[dim];
  const present = dim === 'motion' ? evidence.has('action') || evidence.has('camera') || evidence.has('phrase') : evidence.size > 0;
  return { present, reports: [] };
}

/** A pronoun with its verb written on: "he's", "they're". */
const PRONOUN_CONTRACTION = /^([a-z]+)'(?:s|re|m)$/;

/**
 * The first pronoun that can stand for a subject, alone or with its verb ("she", "he's"); not
 * one in a tool's field, whose text is no part of the shot ("Message: I LOVE YOU").
 */
function pronounSubject(map: ComponentMap): Token | undefined {
  const { words } = map.analysis;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (map.of[w.index] === 'settings') continue;
    if (w.tag === 'pron' && PRONOUN_SUBJECTS.has(w.norm)) return w;
    const contracted = PRONOUN_CONTRACTION.exec(w.norm);
    if (contracted && PRONOUN_SUBJECTS.has(contracted[1]!)) return w;
  }
  return undefined;
}

/** True when a focal subject (or a pronoun standing for one) is named. */
export function hasSubject(map: ComponentMap): boolean {
  return map.subjects.length > 0 || pronounSubject(map) !== undefined;
}

/** Which formula components a prompt has, decided as the score decides them. */
export function componentPresence(
  analysis: PromptAnalysis,
  diagnostics: readonly Diagnostic[],
  config: ResolvedConfig,
): Record<'subject' | PresenceDimension, boolean> {
  const map = componentMap(analysis);
  const { enabled } = ruleIndex(config);
  return {
    subject: hasSubject(map),
    motion: presence(map, 'motion', diagnostics, enabled).present,
    environment: presence(map, 'environment', diagnostics, enabled).present,
    camera: presence(map, 'camera', diagnostics, enabled).present,
    lighting: presence(map, 'lighting', diagnostics, enabled).present,
    audio: presence(map, 'audio', diagnostics, enabled).present,
  };
}

const MOTION_TWO_KINDS = 'The motion is half told: add how it moves (manner, speed), where it goes (direction), what happens next, or a camera movement.';

const TECHNIQUE_ONLY = 'Slow motion or a time-lapse says how time is captured, not how the shot is framed: add a shot type, a movement, an angle or a lens.';

function scorePresence(ledger: Ledger, map: ComponentMap, dim: PresenceDimension, diagnostics: readonly Diagnostic[], enabled: ReadonlySet<string>, consumed: Set<Diagnostic>): void {
  const { present, reports } = presence(map, dim, diagnostics, enabled);
  for (const d of reports) consumed.add(d);
  if (!present) {
    ledger.take(dim, FRACTIONS.missing, reports[0]?.message ?? COMPONENT_WORDS[dim].missing, reports[0]);
    return;
  }
  // Present. Richness: two kinds of evidence (a shot type and a movement; a place and a time).
  const kinds = map.kinds[dim].size;
  // Motion has more kinds of evidence than the others (what moves, its manner, its direction, a
  // next beat, the camera): one only says that something moves, two still leave it half told.
  if (dim === 'motion' && kinds <= 2) {
    ledger.take(dim, kinds === 2 ? FRACTIONS.motionTwoKinds : FRACTIONS.motionOneKind, kinds === 2 ? MOTION_TWO_KINDS : COMPONENT_WORDS.motion.thin);
    return;
  }
  if (kinds >= 2) return;
  const techniqueOnly = dim === 'camera' && map.kinds.camera.has('technique') && !map.kinds.motion.has('camera');
  ledger.take(dim, FRACTIONS.thin, techniqueOnly ? TECHNIQUE_ONLY : COMPONENT_WORDS[dim].thin);
}

/** Nouns of light itself ("lighting", "light"), and the colour words that still detail one. */
const PLAIN_LIGHT: ReadonlySet<string> = new Set(EMPTY_LIGHT_NOUNS);
const COLOUR: ReadonlySet<string> = new Set(COLOURS);

function scoreSpecificity(
  ledger: Ledger,
  map: ComponentMap,
  byDimension: Map<Dimension, Diagnostic[]>,
  enabled: ReadonlySet<string>,
  consumed: Set<Diagnostic>,
): void {
  let cost: number = FRACTIONS.abstractFirst;
  if (enabled.has(SPECIFICITY_RULE)) {
    for (const d of byDimension.get('specificity') ?? []) {
      if (d.ruleId !== SPECIFICITY_RULE) continue;
      consumed.add(d);
      ledger.take('specificity', cost, d.message, d);
      cost *= FRACTIONS.abstractDecay;
    }
  } else {
    for (const m of map.analysis.byCategory.abstract) {
      ledger.take('specificity', cost, `"${m.text}" says how the video should feel, not what the camera sees.`);
      cost *= FRACTIONS.abstractDecay;
    }
  }
  // Concrete detail: a modifier that is not praise ("red", "rain-soaked", "three"), nor a side
  // ("the right hand"), nor a camera term or a setting ("low tracking shot", "4k resolution"):
  // the camera and settings score those, and they say nothing of what is filmed.
  // Nor an adjective of a plain light ("natural lighting", "strong light"), which the lighting
  // scores; its colour and the thing it is are details ("pink light", "a glass car light").
  const { tokens } = map.analysis;
  const phrases = map.analysis.subjects;
  let detailed = false;
  for (let k = 0; k < phrases.length && !detailed; k++) {
    const s = phrases[k]!;
    const plainLight = PLAIN_LIGHT.has(tokens[s.tokenEnd - 1]!.norm);
    for (let i = s.tokenStart; i < s.tokenEnd - 1 && !detailed; i++) {
      const t = tokens[i]!;
      detailed = (t.tag === 'adj' || t.tag === 'noun' || t.tag === 'num') && map.of[i] !== undefined && map.of[i] !== 'style' && map.of[i] !== 'camera' && map.of[i] !== 'settings' && !PART_SIDES.has(t.norm) && !(plainLight && t.tag === 'adj' && !COLOUR.has(t.norm));
    }
  }
  if (!detailed) ledger.take('specificity', FRACTIONS.noDetail, 'No concrete detail: nothing gives a colour, material, size or texture.');
}

function scoreFocus(
  ledger: Ledger,
  map: ComponentMap,
  byDimension: Map<Dimension, Diagnostic[]>,
  enabled: ReadonlySet<string>,
  consumed: Set<Diagnostic>,
): void {
  let cost: number = FRACTIONS.competingFirst;
  if (enabled.has(FOCUS_RULE)) {
    for (const d of byDimension.get('focus') ?? []) {
      if (d.ruleId !== FOCUS_RULE) continue;
      consumed.add(d);
      ledger.take('focus', cost, d.message, d);
      cost = FRACTIONS.competingNext;
    }
    return;
  }
  for (const list of map.analysis.nounLists) {
    // Only things that can hold the eye compete: places, light and camera terms in a list do not.
    if (list.role !== 'focal' || list.items.filter((i) => map.of[i.tokenEnd - 1] === 'subject').length < 3) continue;
    ledger.take('focus', cost, `${list.items.length} subjects compete for attention ("${list.items.map((i) => i.text).join(', ')}"): keep one or two, the rest as background.`);
    cost = FRACTIONS.competingNext;
  }
}

function scoreLength(
  ledger: Ledger,
  analysis: PromptAnalysis,
  config: ResolvedConfig,
  byDimension: Map<Dimension, Diagnostic[]>,
  consumed: Set<Diagnostic>,
): void {
  const over = (count: number, max: number) => FRACTIONS.overLengthBase + ((1 - FRACTIONS.overLengthBase) * (count - max)) / max;
  const reports = byDimension.get('length') ?? [];
  const lengthRules = config.rules.some((r) => r.rule.meta.docs.dimension === 'length');
  if (lengthRules) {
    for (const d of reports) {
      const count = d.data?.count;
      const max = d.data?.max;
      if (typeof count !== 'number' || typeof max !== 'number' || count <= max) continue;
      consumed.add(d);
      ledger.take('length', over(count, max), d.message, d);
    }
    return;
  }
  const max = config.model?.limits.maxWords ?? DEFAULT_MAX_WORDS;
  const count = budgetWords(analysis);
  if (count > max) ledger.take('length', over(count, max), `The prompt has ${count} words; past ${max} models drop details.`);
}
