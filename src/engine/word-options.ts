/**
 * Schemas for a rule's vocabulary options: every word list a rule decides by is an option whose
 * default is the built-in list, so a user can extend or trim it in the config. And their
 * compiling into sets, once per options object.
 */
import { z } from 'zod';

/** A list of words or phrases, the built-in list as its default. */
export const wordListOption = (defaults: readonly string[], description: string) => z.array(z.string()).default([...defaults]).describe(description);

/**
 * `build` run once per options object: a rule's options are resolved once and passed to every
 * check, so the sets built from them are built once too, not per prompt.
 */
export function perOptions<Options extends object, Compiled>(build: (options: Options) => Compiled): (options: Options) => Compiled {
  const built = new WeakMap<Options, Compiled>();
  return (options) => {
    let compiled = built.get(options);
    if (compiled === undefined) built.set(options, (compiled = build(options)));
    return compiled;
  };
}

/** Words as a set in lower case, as tokens' `norm` and `lemma` are. */
export const lowerCaseSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** A copy of a word map, so that no options object shares the data module's arrays. */
export const copyWordMap = (map: Readonly<Record<string, readonly string[]>>): Record<string, string[]> => Object.fromEntries(Object.entries(map).map(([word, covers]) => [word, [...covers]]));

/** Words, each with the words or kinds it covers, the built-in map as its default. */
export const wordMapOption = (defaults: Readonly<Record<string, readonly string[]>>, description: string) => z.record(z.string(), z.array(z.string())).default(copyWordMap(defaults)).describe(description);
