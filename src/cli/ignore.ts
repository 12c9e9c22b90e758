/**
 * The files a run skips, as ESLint and Prettier users expect. Three sources, all in .gitignore
 * syntax (comments, blank lines, `!` negation, a trailing `/` for folders, a leading or middle
 * `/` anchoring the pattern to its base folder, `**`):
 *
 * - `.shotlintignore` in the working folder (where ESLint and Prettier look for theirs: one
 *   predictable file, its patterns relative to where the command runs);
 * - `--ignore-pattern` flags, also relative to the working folder, read after the file's lines,
 *   so `--ignore-pattern '!drafts/keep.txt'` can take back a line of it;
 * - the `ignores` of the config that applies to a file, relative to that config file's folder.
 *
 * A file is skipped when any source ignores it. The matcher (the `ignore` package) is loaded
 * only when some source has patterns.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { LoadedConfig } from '../node/config.js';
import { describeIoError } from './errors.js';

export const IGNORE_FILE = '.shotlintignore';

export interface IsIgnored {
  (path: string): Promise<boolean>;
  /**
   * Whether the working folder's patterns ignore a folder (absolute path), and so every file
   * under it (as in git, a `!` cannot take back a file whose folder is ignored): a walk need
   * not read it. The config's `ignores` are left to the files, since a config file further down
   * may apply to them instead.
   */
  folder?: (dir: string) => boolean;
}

export type Match = (rel: string) => boolean;

/** Each element is one pattern (a line of an ignore file). */
export async function matcher(patterns: readonly string[]): Promise<Match> {
  const { default: ignore } = await import('ignore');
  const rules = ignore().add(patterns as string[]);
  return (rel) => rules.ignores(rel);
}

/** `path` relative to `base` with forward slashes, or undefined when it is not under `base`. */
export function under(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The lines of `.shotlintignore` in `dir`, undefined when there is none. */
export async function readIgnoreFile(cwd: string): Promise<string | undefined> {
  const path = join(cwd, IGNORE_FILE);
  try {
    const text = await readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw describeIoError(error, IGNORE_FILE);
  }
}

/** The patterns relative to the working folder: `.shotlintignore`'s (without comments and blank lines), then `--ignore-pattern`'s. */
export async function workingFolderPatterns(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const lines = (await readIgnoreFile(cwd))?.split(/\r?\n/) ?? [];
  return [...lines.filter((l) => l.trim() !== '' && !l.startsWith('#')), ...patterns];
}

/**
 * The matcher of a working folder's own patterns: the lines of its `.shotlintignore` (`file`), then
 * `patterns` (`--ignore-pattern`, or the editor's setting), so a `!` among them can take back a
 * line of the file; undefined when there are none.
 */
export async function folderMatcher(file: string | undefined, patterns: readonly string[]): Promise<Match | undefined> {
  return file !== undefined || patterns.length > 0 ? matcher([...(file?.split(/\r?\n/) ?? []), ...patterns]) : undefined;
}

/** The `ignores` of config files, each relative to its file's folder: one matcher per config file. */
export class ConfigIgnores {
  private readonly byFile = new Map<string, Promise<Match>>();

  clear(): void {
    this.byFile.clear();
  }

  /** Whether the config file `file`, whose `ignores` are `patterns`, ignores `path` (absolute). */
  async ignores(file: string, patterns: readonly string[], path: string): Promise<boolean> {
    let match = this.byFile.get(file);
    if (!match) this.byFile.set(file, (match = matcher(patterns)));
    const rel = under(dirname(file), path);
    return rel !== undefined && (await match)(rel);
  }
}

export interface IgnoreSources {
  cwd: string;
  /** `--ignore-pattern` values. */
  patterns: readonly string[];
  /** The config for a folder; absent when configs are not looked up (`--no-config-lookup`). */
  configFor?: (dir: string) => Promise<LoadedConfig>;
}

/** Whether a file (absolute path) is ignored; undefined when nothing can ignore anything. */
export async function createIgnore(sources: IgnoreSources): Promise<IsIgnored | undefined> {
  const { cwd, configFor } = sources;
  const file = await readIgnoreFile(cwd);
  const local = await folderMatcher(file, sources.patterns);
  if (!local && !configFor) return undefined;
  // One matcher per config file, shared by every folder that config applies to.
  const configs = new ConfigIgnores();
  const ignored: IsIgnored = async (path) => {
    const rel = under(cwd, path);
    if (local && rel !== undefined && local(rel)) return true;
    if (!configFor) return false;
    const loaded = await configFor(dirname(path));
    return loaded.file !== undefined && loaded.config.ignores !== undefined && loaded.config.ignores.length > 0 && (await configs.ignores(loaded.file, loaded.config.ignores, path));
  };
  if (local) {
    ignored.folder = (dir) => {
      const rel = under(cwd, dir);
      return rel !== undefined && local(`${rel}/`);
    };
  }
  return ignored;
}
