/**
 * Positional arguments → the files to lint. Named files are taken whatever their extension;
 * directories are walked for prompt files (node_modules and .git ignored); globs go through
 * tinyglobby. Everything is checked before any linting starts, so a typo exits 2 at once.
 * Ignored files (see ignore.ts) are dropped here: silently from a walk or a glob, with a warning
 * when named. A walk or a glob does not even read the folders the working folder's patterns ignore.
 */
import { readdir, type Dirent } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { describeIoError, IoError, UsageError } from './errors.js';
import type { IsIgnored } from './ignore.js';

export type FileKind = 'text' | 'lines' | 'markdown' | 'json' | 'jsonl';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Relative to the working folder when under it. */
  display: string;
  kind: FileKind;
  size: number;
  /** Found by walking a directory or a glob rather than named. */
  found: boolean;
}

/** Extensions a directory walk picks up. `.json` is left out: a folder is full of config JSON. */
export const WALK_EXTENSIONS = ['txt', 'prompt', 'md', 'jsonl', 'ndjson'] as const;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export function kindOf(path: string, lines: boolean): FileKind {
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.json':
      return 'json';
    case '.md':
    case '.markdown':
      return 'markdown';
    default:
      return lines ? 'lines' : 'text';
  }
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** Text that reads like a sentence rather than a path: several words, no extension, no slash. */
export function looksLikeProse(arg: string): boolean {
  const words = arg.trim().split(/\s+/);
  if (words.length >= 3 && !/[\\/]/.test(arg)) return true;
  return words.length >= 2 && !/\.[a-z0-9]{1,8}$/i.test(arg) && !/[\\/]/.test(arg);
}

/** An argument that is a bare word: no extension, path separator or glob character. */
function plainWord(arg: string): boolean {
  return !/\.[a-z0-9]{1,8}$/i.test(arg) && !/[\\/]/.test(arg) && !GLOB_CHARS.test(arg);
}

/** Reads the first bytes: a NUL byte means a binary file (as git decides). */
async function isBinary(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8000);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

/**
 * The `fs` a folder walk reads through (tinyglobby's `fs` option): listings leave out the
 * folders `prune` ignores, so an ignored folder of any size is never read. Symbolic links are
 * kept (they are listed as links, not folders) and left to the per-file check.
 */
function pruningFs(prune: (dir: string) => boolean, onPrune: () => void) {
  return {
    readdir: ((path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
      readdir(path, options, (error, entries) => {
        if (error) return callback(error, entries);
        const kept = entries.filter((e) => !(e.isDirectory() && prune(join(path, e.name))));
        if (kept.length < entries.length) onPrune();
        callback(null, kept);
      })) as unknown as typeof readdir,
  };
}

export interface Expanded {
  files: SourceFile[];
  /** Files skipped with a reason (binary files met in a walk, ignored files named on the command line). */
  skipped: string[];
  /** Folders and globs that matched files, every one of them ignored. */
  allIgnored: string[];
}

export const IGNORED_WARNING = 'File ignored because of a matching ignore pattern. Use --no-ignore to override.';

export async function expandInputs(args: readonly string[], options: { cwd: string; lines: boolean; ignored?: IsIgnored | undefined }): Promise<Expanded> {
  const { cwd, ignored } = options;
  const allIgnored: string[] = [];
  const seen = new Set<string>();
  const files: SourceFile[] = [];
  const skipped: string[] = [];
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith('..') || rel === '' ? abs : rel.split('\\').join('/');
  };

  /** Adds a file unless it is ignored; false when it is. */
  const add = async (abs: string, found: boolean): Promise<boolean> => {
    if (seen.has(abs)) return true;
    seen.add(abs);
    if (ignored && (await ignored(abs))) {
      // As ESLint: a file named on the command line is not skipped silently.
      if (!found) skipped.push(`${display(abs)}: ${IGNORED_WARNING}`);
      return false;
    }
    let size: number;
    try {
      const info = await stat(abs);
      // A named pipe streams like a file (`shotlint <(generate-prompts)`); it cannot be sniffed without consuming it.
      const fifo = info.isFIFO();
      if (!info.isFile() && !fifo) throw new IoError(`${display(abs)}: not a regular file`);
      size = info.size;
      if (!fifo && size > 0 && (await isBinary(abs))) {
        if (found) {
          skipped.push(`${display(abs)}: binary file, skipped`);
          return true;
        }
        throw new IoError(`${display(abs)}: binary file, expected text (UTF-8)`);
      }
    } catch (error) {
      if (error instanceof IoError) throw error;
      throw describeIoError(error, display(abs));
    }
    files.push({ path: abs, display: display(abs), kind: kindOf(abs, options.lines), size, found });
    return true;
  };
  /**
   * The files a pattern matches under a folder, never reading the folders the working folder's
   * patterns ignore. When that leaves nothing, it searches them after all, so that "every file
   * is ignored" can be told from "no files".
   */
  const search = async (pattern: string, options: { cwd: string; dot?: boolean; caseSensitiveMatch?: boolean; onlyFiles?: boolean }) => {
    const { glob } = await import('tinyglobby');
    const run = (fs?: ReturnType<typeof pruningFs>) => glob(pattern, { ...options, ignore: IGNORE, absolute: true, ...(fs ? { fs } : {}) });
    let pruned = false;
    const prune = ignored?.folder;
    const matches = await run(prune && pruningFs(prune, () => (pruned = true)));
    return pruned && matches.length === 0 ? run() : matches;
  };
  /** The files of a walk or a glob, in path order. */
  const addAll = async (arg: string, matches: string[]) => {
    matches.sort();
    let kept = 0;
    for (const m of matches) if (await add(resolve(m), true)) kept++;
    if (matches.length > 0 && kept === 0) allIgnored.push(arg);
  };

  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw describeIoError(error, arg);
    }
    if (info?.isDirectory()) {
      const pattern = `**/*.{${WALK_EXTENSIONS.join(',')}}`;
      await addAll(arg, await search(pattern, { cwd: abs, dot: false, caseSensitiveMatch: false }));
      continue;
    }
    if (info) {
      await add(abs, false);
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const matches = await search(arg, { cwd, onlyFiles: true });
      if (matches.length === 0) throw new IoError(`No files matching the pattern "${arg}".`);
      await addAll(arg, matches);
      continue;
    }
    if (arg === '-') throw new UsageError('"-" is not a file.', 'To read a prompt from standard input, use --stdin (with --lines for one prompt per line).');
    // A quoted sentence, or one the shell split into words (`shotlint a dog running on a beach`).
    const sentence = looksLikeProse(arg) ? arg : args.length >= 3 && args.every(plainWord) ? args.join(' ') : undefined;
    if (sentence !== undefined) {
      throw new UsageError(`"${sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence}" is not a file.`, `Did you mean --prompt? shotlint -p ${JSON.stringify(sentence)}`);
    }
    throw new IoError(`${arg}: no such file or directory`);
  }
  return { files, skipped, allIgnored };
}
