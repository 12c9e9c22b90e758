/**
 * The config file's shape, validated with zod. The JSON Schema shipped in the package
 * (`shotlint/schema.json`) is generated from `configSchema`.
 */
import { z } from 'zod';

export const severitySchema = z.union([z.enum(['error', 'warning', 'warn', 'info', 'off']), z.literal(0), z.literal(1), z.literal(2)], {
  error: 'expected a severity: "error", "warn", "info" or "off" (or 2, 1, 0)',
});

export const ruleSettingSchema = z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, z.unknown()])], {
  error: 'expected a severity, or [severity, options]',
});

export const settingsSchema = z.strictObject({
  duration: z.number().positive().optional().describe('Clip length in seconds.'),
  resolution: z.string().optional().describe('Output resolution, e.g. "480p", "1080p", "4k".'),
  stage: z.enum(['draft', 'final']).optional().describe('Draft renders iterate cheaply; finals render once.'),
  aspectRatio: z.string().optional().describe('e.g. "16:9".'),
  firstClip: z.boolean().optional().describe('The first clip of an idea: keep it short.'),
});

export const vocabularySchema = z.strictObject({
  accept: z.array(z.string()).optional().describe('Terms no rule flags as vague.'),
  reject: z.array(z.string()).optional().describe('Terms flagged as vague wherever they appear.'),
});

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    extends: z.array(z.string()).optional().describe('Presets applied in order: "recommended", "strict", "all".'),
    model: z.string().optional().describe('Model profile id, e.g. "sora-2-pro".'),
    plugins: z
      .array(z.string())
      .optional()
      .describe('Plugin modules exporting `rules`: paths ("./rules/acme.js", from this file\'s folder) or package names. Enable their rules under "rules".'),
    rules: z.record(z.string(), ruleSettingSchema).optional().describe('Rule id → severity or [severity, options].'),
    vocabulary: vocabularySchema.optional(),
    settings: settingsSchema.optional(),
  })
  .describe('shotlint configuration');

export type ConfigInput = z.input<typeof configSchema>;
