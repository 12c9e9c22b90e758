/**
 * The config file's shape, validated with zod. The JSON Schema shipped in the package
 * (`shotlint/schema.json`) is generated from it.
 */
import { z } from 'zod';

let built: ReturnType<typeof buildSchemas> | undefined;

/**
 * The config schema, built on first use: a run without a config file never builds it (zod
 * schemas take a large share of the command line's start-up, and the library's build loads zod
 * only then). The library exports this function.
 */
export function getConfigSchema(): ReturnType<typeof buildSchemas>['config'] {
  return (built ??= buildSchemas()).config;
}

/** The schema of `settings` (a JSONL record's own settings are checked with it). */
export function getSettingsSchema(): ReturnType<typeof buildSchemas>['settings'] {
  return (built ??= buildSchemas()).settings;
}

function buildSchemas() {
  const severitySchema = z.union([z.enum(['error', 'warning', 'warn', 'info', 'off']), z.literal(0), z.literal(1), z.literal(2)], {
    error: 'expected a severity: "error", "warn", "info" or "off" (or 2, 1, 0)',
  });

  const ruleSettingSchema = z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, z.unknown()])], {
    error: 'expected a severity, or [severity, options]',
  });

  const settingsSchema = z.strictObject({
    duration: z.number().positive().optional().describe('Clip length in seconds.'),
    resolution: z.string().optional().describe('Output resolution, e.g. "480p", "1080p", "4k".'),
    stage: z.enum(['draft', 'final']).optional().describe('Draft renders iterate cheaply; finals render once.'),
    aspectRatio: z.string().optional().describe('e.g. "16:9".'),
    firstClip: z.boolean().optional().describe('The first clip of an idea: keep it short.'),
  });

  const vocabularySchema = z.strictObject({
    accept: z.array(z.string()).optional().describe('Terms no rule flags as vague.'),
    reject: z.array(z.string()).optional().describe('Terms flagged as vague wherever they appear.'),
  });

  const config = z
    .strictObject({
      $schema: z.string().optional(),
      extends: z.array(z.string()).optional().describe('Presets applied in order: "recommended", "strict", "all".'),
      model: z.string().optional().describe('Model profile id, e.g. "sora-2-pro".'),
      plugins: z
        .array(z.string())
        .optional()
        .describe('Plugin modules exporting `rules`: paths ("./rules/acme.js", from this file\'s folder) or package names. Enable their rules under "rules".'),
      ignores: z
        .array(z.string())
        .optional()
        .describe('Files the command line and the language server skip: .gitignore-style patterns ("drafts/", "*.draft.txt", "!keep.txt"), relative to this file\'s folder.'),
      rules: z.record(z.string(), ruleSettingSchema).optional().describe('Rule id → severity or [severity, options].'),
      vocabulary: vocabularySchema.optional(),
      settings: settingsSchema.optional(),
    })
    .describe('shotlint configuration');
  return { config, settings: settingsSchema };
}

export type ConfigInput = z.input<ReturnType<typeof getConfigSchema>>;
