/**
 * shotlint: lint text-to-video prompts before paying for a generation.
 *
 *   import { lint } from 'shotlint';
 *   const { diagnostics, score } = lint('A red fox trotting through fresh snow at dawn');
 */
export { lint, createLinter, type Linter } from './engine/linter.js';
export { applyFixes } from './engine/fixes.js';
export { defineRule } from './engine/define-rule.js';
export { checkFixture, type RuleFixture, type FixtureCase, type InvalidCase, type ExpectedDiagnostic, type CaseResult } from './engine/rule-tester.js';
export { LineIndex } from './engine/loc.js';
export { ruleDocsUrl } from './engine/urls.js';
export { DIMENSION_WEIGHTS, AUDIO_WEIGHT } from './engine/score.js';
export { compare, type CompareOptions } from './engine/compare.js';
export { templates, fill, exampleValues, TemplateError, type Template, type TemplatePlaceholder } from './templates/index.js';
export { analyze, createAnalyzer, promptRange } from './analysis/index.js';
export { rules, type RuleId } from '../rules/index.js';
export { presets, type PresetName } from './config/presets.js';
export { models } from './config/models/index.js';
export { normalizeResolution, resolutionHeight } from './config/models/resolution.js';
export { stripDirectives } from './engine/directives.js';
export { resolveConfig, validateConfig, findModel, normalizeSeverity, type ResolveOptions } from './config/resolve.js';
export { getConfigSchema } from './config/schema.js';
export { configJsonSchema } from './config/json-schema.js';
export { ConfigError, type ConfigIssue } from './config/errors.js';
export { formatters, format, toReport, fatalReport, summarize, type FormatterName, type ReportOptions } from './formatters/index.js';
export type { PromptReport, ReportMessage, MessageLevel, Formatter, FormatterStream, FormatterContext, RunSummary, Colors } from './formatters/types.js';
export type * from './types.js';
