/**
 * What the page needs from the shotlint core, imported straight from the sources: the same code
 * the CLI and the language server run, bundled for the browser.
 */
import * as shotlint from '../../src/index.js';
import type { Diagnostic, Dimension, GenerationSettings, LintResult, ModelProfile, Rewrite } from '../../src/index.js';

export { DIMENSION_WEIGHTS, ruleDocsUrl } from '../../src/index.js';
export type { Diagnostic, Dimension, GenerationSettings, LintResult, ModelProfile, Rewrite, Score, ScoreDeduction } from '../../src/index.js';

/** One linter for the page: the config is resolved once, the model and settings vary per call. */
const linter = shotlint.createLinter();

export interface LintRequest {
  text: string;
  model: string | undefined;
  settings: GenerationSettings;
}

export function lintPrompt({ text, model, settings }: LintRequest): LintResult {
  return linter.lint(text, { model, settings });
}

/** The text after every safe fix (several passes, as `shotlint --fix` does). */
export function fixPrompt({ text, model, settings }: LintRequest): string {
  return linter.fix(text, { model, settings }).text;
}

export function countPrompt(text: string): { words: number; chars: number } {
  const analysis = linter.analyze(text);
  return { words: analysis.wordCount, chars: analysis.charCount };
}

/** The score dimension a rule guards (plugin rules the page does not know have none). */
export function dimensionOf(ruleId: string): Dimension | undefined {
  return shotlint.rules[ruleId]?.meta.docs.dimension;
}

export function ruleDescription(ruleId: string): string | undefined {
  return shotlint.rules[ruleId]?.meta.docs.description;
}

export const models: readonly ModelProfile[] = shotlint.models;

export function findModel(id: string | undefined): ModelProfile | undefined {
  return id ? models.find((m) => m.id === id) : undefined;
}

/** The suggested rewrite; `undefined` only for a core built before rewrites existed. */
export function rewriteOf(result: LintResult): Rewrite | undefined {
  const rewrite = (result as Partial<LintResult>).rewrite;
  return rewrite && typeof rewrite.text === 'string' ? rewrite : undefined;
}

export interface PageTemplate {
  id: string;
  title: string;
  description: string;
  /** The template with its `[placeholders]`. */
  text: string;
  /** The template filled with its own example values: a complete prompt to learn from. */
  example: string;
}

/** The core's prompt templates, as the page shows them. */
export function listTemplates(): PageTemplate[] {
  return Object.values(shotlint.templates).map((t) => ({
    id: t.name,
    title: humanize(t.name),
    description: t.description,
    text: t.text,
    example: shotlint.fill(t, shotlint.exampleValues(t)),
  }));
}

function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Where a diagnostic belongs on the page. Word-level findings are underlined in the editor;
 * findings about the prompt as a whole ("no camera instruction") or about the settings (range
 * [0, 0]) are listed under it, because underlining every word three times hides the words.
 */
export function placement(diagnostic: Diagnostic, text: string): 'text' | 'prompt' | 'settings' {
  const [start, end] = diagnostic.range;
  if (start === 0 && end === 0) return dimensionOf(diagnostic.ruleId) === 'settings' ? 'settings' : 'prompt';
  if (start === end) return 'text';
  const wholePrompt = text.slice(0, start).trim() === '' && text.slice(end).trim() === '';
  const severalWords = /\s/.test(text.slice(start, end));
  return wholePrompt && severalWords ? 'prompt' : 'text';
}

/**
 * The setting a diagnostic asks to move out of the prose ("1080p" → resolution 1080p), so
 * applying its suggestion can fill the settings panel too. Reads the diagnostic's `data`
 * (`{ setting, value }`), and only values the panel can hold.
 */
export function settingFromDiagnostic(d: Diagnostic): Partial<GenerationSettings> | undefined {
  const setting = d.data?.setting;
  const value = d.data?.value;
  if (typeof value !== 'string') return undefined;
  if (setting === 'resolution' && /^(?:\d{3,4}p|[248]k)$/i.test(value)) return { resolution: value.toLowerCase() };
  const seconds = setting === 'duration' ? /^(\d+(?:\.\d+)?)\s*s$/.exec(value) : null;
  if (seconds && Number(seconds[1]) > 0) return { duration: Number(seconds[1]) };
  return undefined;
}
