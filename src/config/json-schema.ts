import { z } from 'zod';
import { getConfigSchema } from './schema.js';

/** The JSON Schema of shotlint.config.json, for editors (`"$schema"`); shipped as shotlint/schema.json. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(getConfigSchema(), { io: 'input', unrepresentable: 'any' }),
    title: 'shotlint configuration',
  } as Record<string, unknown>;
}
