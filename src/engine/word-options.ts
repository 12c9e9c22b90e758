/**
 * Schemas for a rule's vocabulary options: every word list a rule decides by is an option whose
 * default is the built-in list, so a user can extend or trim it in the config.
 */
import { z } from 'zod';

/** A list of words or phrases, the built-in list as its default. */
export const wordListOption = (defaults: readonly string[], description: string) => z.array(z.string()).default([...defaults]).describe(description);

/** A copy of a word map, so that no options object shares the data module's arrays. */
export const copyWordMap = (map: Readonly<Record<string, readonly string[]>>): Record<string, string[]> => Object.fromEntries(Object.entries(map).map(([word, covers]) => [word, [...covers]]));

/** Words, each with the words or kinds it covers, the built-in map as its default. */
export const wordMapOption = (defaults: Readonly<Record<string, readonly string[]>>, description: string) => z.record(z.string(), z.array(z.string())).default(copyWordMap(defaults)).describe(description);
