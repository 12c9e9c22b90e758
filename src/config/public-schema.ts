import { getConfigSchema } from './schema.js';

/** The zod schema of shotlint.config.json (the library's export; the linter builds it on first use). */
export const configSchema = getConfigSchema();
