/**
 * Public types shared by the analysis, the engine, the rules and every shell.
 * Offsets are UTF-16 code-unit indexes into the linted text, half-open `[start, end)`.
 */
import type { z } from 'zod';

export type Range = readonly [start: number, end: number];

/** 1-based line and column (column counted in UTF-16 code units, as editors and ESLint do). */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Severity as written in a config: ESLint's spellings are accepted too. */
export type SeveritySetting = Severity | 'off' | 'warn' | 0 | 1 | 2;

/** A text edit: replace `range` with `text`. */
export interface Fix {
  range: Range;
  text: string;
}

/** An edit that needs a human: shown, never applied by `--fix`. */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  range: Range;
  loc: SourceLocation;
  fix?: Fix;
  suggestions?: Suggestion[];
  data?: Record<string, unknown>;
  /** The rule's documentation (`meta.docs.url`); absent for a plugin rule that has none. */
  url?: string;
}

/** The parts of a prompt the score is made of; rules name the one they guard. */
export type Dimension =
  | 'subject'
  | 'motion'
  | 'environment'
  | 'camera'
  | 'lighting'
  | 'specificity'
  | 'focus'
  | 'length'
  | 'audio'
  | 'settings'
  | 'style';

// ─── analysis ────────────────────────────────────────────────────────────────

/** A `symbol` is a mark that is no punctuation ("&", "🐺") or a whole web address or file name ("https://example.com/a.png", "clip.mp4"). */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'cjk';

/** Coarse part of speech. `pos` lists every tag the word can take; `tag` is the one chosen in context. */
export type PosTag =
  | 'noun'
  | 'verb'
  | 'adj'
  | 'adv'
  | 'det'
  | 'prep'
  | 'conj'
  | 'pron'
  | 'num'
  | 'name'
  | 'other';

/** Inflection of a verb form: base (walk), s (walks), ing (walking), ed (walked / ran). */
export type VerbForm = 'base' | 's' | 'ing' | 'ed';

export interface Token {
  /** Index in `analysis.tokens`. */
  index: number;
  text: string;
  /** Lowercased text with typographic apostrophes and dashes normalised. */
  norm: string;
  /** Dictionary form (`trotting` → `trot`, `shots` → `shot`); equals `norm` when unknown. */
  lemma: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Index of the sentence and clause the token belongs to. */
  sentence: number;
  clause: number;
  /** Every part of speech the lexicon allows for this word (empty for punctuation). */
  pos: readonly PosTag[];
  /** The part of speech chosen in context. */
  tag: PosTag;
  /** Set when the token is a verb form. */
  verbForm?: VerbForm;
  /**
   * True when the word is in the POS lexicon (false: its parts of speech are guessed, from its
   * suffix or, for a common word the lexicon lacks, from WordNet).
   */
  known: boolean;
}

export interface TextSpan {
  start: number;
  end: number;
  /** Token index range, half-open. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Sentence extends TextSpan {
  index: number;
}

export interface Clause extends TextSpan {
  index: number;
  sentence: number;
}

/** Lexicon categories the analysis matches; rules read matches by category. */
export type LexiconCategory =
  | 'camera'
  | 'lighting'
  | 'motion'
  | 'environment'
  | 'abstract'
  | 'audio'
  | 'negative'
  | 'setting'
  | 'style'
  | 'subject'
  | 'background'
  | 'static';

export interface LexiconMatch extends TextSpan {
  category: LexiconCategory;
  /** Sub-kind inside the category, e.g. camera: `shot` | `movement` | `angle` | `lens`. */
  kind: string;
  /** The lexicon entry that matched, in its canonical spelling. */
  term: string;
  /** The text as written. */
  text: string;
}

/** A noun phrase that could be what the video is about. */
export interface SubjectCandidate extends TextSpan {
  /** The head noun, lemmatised. */
  head: string;
  text: string;
  /** `focal`: competes for attention; `background`: context ("crowds passing in the background"). */
  role: 'focal' | 'background';
  /** An agent (person, animal, vehicle, creature) rather than a thing. */
  animate: boolean;
  /** What the head names: see `SubjectKind`. */
  kind: SubjectKind;
  /** The grammatical subject of a clause: it does something ("a dog runs", "a cat sleeping"). */
  agent: boolean;
}

/**
 * What a noun phrase's head names: `animate` (person, animal, creature, vehicle), `attribute`
 * (a body part, clothing, colour or material: it belongs to a subject), `setting` (place, surface,
 * time, weather), `technical` (camera, light, style, sound or settings vocabulary), `thing`.
 */
export type SubjectKind = 'animate' | 'thing' | 'attribute' | 'setting' | 'technical';

/** A coordinated list of noun phrases ("people, food stalls, animals, and banners"). */
export interface NounList extends TextSpan {
  items: readonly SubjectCandidate[];
  role: 'focal' | 'background';
  /** The items describe one subject (what it wears, holds, is made of) rather than being several. */
  attribute: boolean;
}

/**
 * Something moving: a verb of action ("trotting", "drifts"), a camera movement ("pans left",
 * "the camera pushes in") or a motion phrase ("slow motion", "a car chase").
 */
export interface ActionMatch extends TextSpan {
  /** Dictionary form of the verb, or the lexicon term for a phrase. */
  lemma: string;
  /** `subject`: something in the shot moves; `camera`: the camera moves; `phrase`: a motion phrase or event noun. */
  kind: 'subject' | 'camera' | 'phrase';
  /** The text as written. */
  text: string;
  /** Negated in its clause ("does not move", "no camera movement"). */
  negated: boolean;
}

/** A `[placeholder]`, `{placeholder}` or `<placeholder>` left in the text. */
export interface Placeholder extends TextSpan {
  /** The bracket style. */
  open: '[' | '{' | '<';
  /** The words inside the brackets. */
  inner: string;
}

/**
 * Words between a pair of quotation marks ("…", “…”, «…», 「…」, and single marks glued to the
 * words they enclose): dialogue, on-screen text or a term set off. `start`/`end` include the marks; `tokenStart`/`tokenEnd` are the tokens between them.
 */
export type Quotation = TextSpan;

/**
 * An inline negative prompt: "-neg blur, dark", "--no text", "Negative prompt: watermark" (see
 * src/analysis/negative-prompt.ts). Token indices, half-open; the list is empty for a flag with
 * nothing after it.
 */
export interface NegativePrompt {
  /** The first token of its flag or label. */
  readonly opener: number;
  /** The listed tokens, after the flag or label (and its colon). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A `# shotlint-disable[-next-line] <rule>, … -- <reason>` line (see src/analysis/directive-lines.ts). */
export interface Directive {
  /** `unknown`: a `# shotlint-…` line whose keyword is neither `disable` nor `disable-next-line`. */
  kind: 'disable' | 'disable-next-line' | 'unknown';
  /** The keyword as written after `shotlint-`. */
  keyword: string;
  /** The directive line, without its newline. */
  start: number;
  end: number;
  /** Rule ids as written, with their offsets; empty means every rule. */
  rules: readonly { id: string; start: number; end: number }[];
  /** Text after ` -- `, trimmed; empty when missing. */
  reason: string;
  /** For `disable-next-line`: the next line that is not a directive (undefined at the end of the text). */
  target?: readonly [start: number, end: number];
}

export interface PromptAnalysis {
  /** The text as given (directive lines included). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Tokens that are words or numbers, in order: what rules and counts look at. */
  readonly words: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly clauses: readonly Clause[];
  readonly matches: readonly LexiconMatch[];
  readonly byCategory: Readonly<Record<LexiconCategory, readonly LexiconMatch[]>>;
  readonly subjects: readonly SubjectCandidate[];
  readonly nounLists: readonly NounList[];
  readonly placeholders: readonly Placeholder[];
  /** Quoted dialogue and on-screen text, in order (src/analysis/quotes.ts). */
  readonly quotations: readonly Quotation[];
  /** Inline negative prompts ("-neg blur", "Negative prompt: text"), in order and apart. */
  readonly negativePrompts: readonly NegativePrompt[];
  /** Actions and motion, in text order (src/analysis/motion.ts). */
  readonly actions: readonly ActionMatch[];
  /** Directive lines, in order (they are skipped by everything else in the analysis). */
  readonly directives: readonly Directive[];
  /** Words: runs of letters/digits, joined by inner hyphens and apostrophes; CJK characters count one each. */
  readonly wordCount: number;
  /** Characters as a person counts them (code points, not UTF-16 units), directive lines excluded. */
  readonly charCount: number;
  /** `en` when the prompt is mostly Latin-script; otherwise the dominant script. */
  readonly language: { readonly code: 'en' | 'other'; readonly script: string; readonly ratio: number };
}

// ─── settings and models ─────────────────────────────────────────────────────

export interface GenerationSettings {
  /** Seconds. */
  duration?: number;
  /** e.g. `480p`, `720p`, `1080p`, `4k`. */
  resolution?: string;
  stage?: 'draft' | 'final';
  /** e.g. `16:9`. */
  aspectRatio?: string;
  /** Whether this is the first clip of an idea (first clips should be short). */
  firstClip?: boolean;
}

export type NegativeStyle = 'inline' | 'field' | 'ignored';

export interface SourcedFact<T> {
  value: T;
  source: string;
}

/** A generation setting a model's request may take. */
export type GenerationInput = 'duration' | 'resolution' | 'aspect ratio' | 'frame rate';

export interface ModelProfile {
  id: string;
  name: string;
  vendor: string;
  limits: { maxWords?: number; maxChars?: number };
  audio: boolean;
  negatives: NegativeStyle;
  durations: readonly number[];
  resolutions: readonly string[];
  notes: readonly string[];
  /** Where each fact came from (key → URL or citation). */
  sources: Readonly<Record<string, string>>;
  /** Rule settings this model implies, applied after the `extends` presets and before the user's rules. */
  rules: Readonly<Record<string, RuleSetting>>;
  /**
   * The settings the request takes. One left out has no input: the model makes what `aspectRatios`,
   * `resolutions` or `frameRates` say, and advice to set it would send the user after a field that does not exist.
   */
  inputs: readonly GenerationInput[];
  /**
   * Aspect ratios the model makes (`16:9`, `9:16`), chosen by its input where it has one; absent where no source lists
   * them, and then unchecked. Two values are shapes rather than ratios: `adaptive` (the model picks) and `first frame`
   * (image-to-video takes its input image's shape).
   */
  aspectRatios?: readonly string[];
  /** Frame rates the model makes, chosen by its input where it has one (LTX 2 Pro: 25 or 50); absent where no source gives them. */
  frameRates?: readonly number[];
  /** Resolutions that allow only some durations (e.g. 1080p only at 6 s). */
  combinations?: readonly { resolution: string; durations: readonly number[] }[];
  /** Bracketed camera commands the model reads in the prompt (`[Pan left, Zoom in]`). */
  cameraCommands?: { commands: readonly string[]; maxPerBracket: number };
}

// ─── rules ───────────────────────────────────────────────────────────────────

export type RuleType = 'problem' | 'suggestion' | 'layout';

export interface RuleDocs {
  description: string;
  recommended: boolean;
  dimension: Dimension;
  /** Set by the registry: the rule's documentation page. */
  url?: string;
}

export interface RuleMeta<Options = unknown, MessageIds extends string = string> {
  type: RuleType;
  docs: RuleDocs;
  messages: Record<MessageIds, string>;
  /** Options schema; `parse(undefined)` must give the defaults. Without one the rule takes no options. */
  schema?: z.ZodType<Options>;
  /**
   * The options when the config gives none: what `schema.parse(undefined)` returns. Optional;
   * with it a linter starts without building the schema (as ESLint's `meta.defaultOptions`).
   */
  defaultOptions?: Options;
  /** Severity when the rule is on and the config does not say (`recommended` preset). */
  defaultSeverity?: Severity;
  fixable?: 'text';
  hasSuggestions?: boolean;
  /** Runs on prompts in any language (length limits, placeholders); other rules run on English only. */
  anyLanguage?: boolean;
}

export interface ReportDescriptor<MessageIds extends string = string> {
  messageId: MessageIds;
  range: Range;
  data?: Record<string, string | number>;
  fix?: Fix;
  suggestions?: readonly { desc: string; fix: Fix }[];
}

export interface RuleContext<Options = unknown, MessageIds extends string = string> {
  readonly id: string;
  readonly options: Options;
  readonly severity: Severity;
  readonly model: ModelProfile | undefined;
  readonly settings: GenerationSettings;
  readonly vocabulary: Vocabulary;
  /** The analysis of the previous version of the prompt, when the caller gave one. */
  readonly previous?: PromptAnalysis;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface Rule<Options = any, MessageIds extends string = string> {
  meta: RuleMeta<Options, MessageIds>;
  check(analysis: PromptAnalysis, context: RuleContext<Options, MessageIds>): void;
}

// ─── config ──────────────────────────────────────────────────────────────────

export type RuleSetting = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, unknown];

export interface Vocabulary {
  /** Terms no rule flags (e.g. a brand name that looks abstract). */
  accept: readonly string[];
  /** Terms flagged as vague wherever they appear. */
  reject: readonly string[];
}

export interface ShotlintConfig {
  extends?: readonly string[];
  model?: string;
  rules?: Readonly<Record<string, RuleSetting>>;
  vocabulary?: Partial<Vocabulary>;
  settings?: GenerationSettings;
  /**
   * Plugin modules (paths or package names) exporting `rules`. Loaded by the CLI and the
   * language server, which pass the rules as `ResolveOptions.plugins`; the core reads no files.
   */
  plugins?: readonly string[];
  /**
   * Files the command line and the language server skip: .gitignore-style patterns, relative to
   * the config file's folder. Linting a text ignores them.
   */
  ignores?: readonly string[];
}

/** A rule as the runner will run it: severity and parsed options settled. */
export interface ResolvedRule {
  id: string;
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  model: ModelProfile | undefined;
  rules: readonly ResolvedRule[];
  vocabulary: Vocabulary;
  settings: GenerationSettings;
}

// ─── results ─────────────────────────────────────────────────────────────────

export interface Score {
  /** 0..100. */
  total: number;
  dimensions: Partial<Record<Dimension, number>>;
  /** Every point lost, in points of the total (they add up to `100 - total`, before rounding). */
  deductions: ScoreDeduction[];
  /** Dimensions the rules cannot measure on this prompt (a language they do not read). */
  unmeasured?: Dimension[];
}

/** One loss of points: its dimension, how many points of the total, and the diagnostic behind it. */
export interface ScoreDeduction {
  dimension: Dimension;
  points: number;
  ruleId?: string;
  messageId?: string;
  reason: string;
}

/** A formula component of a prompt, as `rewrite` orders them and `compare` diffs them. */
export type Component = 'subject' | 'motion' | 'environment' | 'camera' | 'lighting' | 'audio' | 'style' | 'settings';

/** One component that differs between two versions of a prompt: its words as written in each. */
export interface ComponentChange {
  component: Component;
  /** Empty when the component is absent from that version. */
  before: string;
  after: string;
}

/** `compare(before, after)`: what changed, the new version's diagnostics, and the score change. */
export interface Comparison {
  changes: ComponentChange[];
  /** Diagnostics of the new version, linted with the old one as `previous` (so `one-change-per-iteration` runs). */
  diagnostics: Diagnostic[];
  before: LintResult;
  after: LintResult;
  score: {
    before: number;
    after: number;
    delta: number;
    /** Every dimension scored in either version. */
    dimensions: Partial<Record<Dimension, { before: number; after: number; delta: number }>>;
  };
}

/** The prompt reordered into the formula, with a `[placeholder]` for each missing component. */
export interface Rewrite {
  text: string;
  /** False when the prompt already follows the formula and nothing was removed or added. */
  changed: boolean;
  /** Placeholders added, in order. */
  placeholders: { component: Component; text: string }[];
  /** Flagged abstract words left out, as written, with a generic noun they left meaning nothing ("style" of "…, cinematic style"). */
  removed: string[];
}

export interface LintResult {
  text: string;
  diagnostics: Diagnostic[];
  score: Score;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** How many diagnostics carry a safe fix. */
  fixableCount: number;
  /** The suggested rewrite, computed on first access. */
  readonly rewrite: Rewrite;
}

export interface LintOptions {
  /** Model profile id (e.g. `sora-2-pro`). */
  model?: string;
  config?: ShotlintConfig;
  settings?: GenerationSettings;
  /** Rule ids to turn off for this prompt (a JSONL record's `disable`). */
  disable?: readonly string[];
  /** The previous version of this prompt, for rules about iteration (`one-change-per-iteration`). */
  previous?: string;
}
