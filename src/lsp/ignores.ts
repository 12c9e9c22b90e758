/**
 * Which open documents are ignored, as the CLI decides for the files of a run (src/cli/ignore.ts):
 * the `.shotlintignore` at the root of the workspace folder holding the document (the editor's
 * equivalent of the CLI's working folder), its patterns relative to that root, then the
 * `ignorePatterns` setting (the CLI's `--ignore-pattern`), relative to the same root, and the `ignores`
 * of the config that applies, relative to the config file's folder. A document that is not a file
 * on disk (an untitled buffer) is never ignored. Kept until a watched file changes.
 */
import { ConfigIgnores, folderMatcher, readIgnoreFile, under, type Match } from '../cli/ignore.js';

export class IgnoreStore {
  /** Workspace root → its `.shotlintignore` and the setting's patterns, when there are any. */
  private readonly roots = new Map<string, Promise<Match | undefined>>();
  /** The `ignorePatterns` setting. */
  private patterns: readonly string[] = [];
  /** Config file → its `ignores`. */
  private readonly configs = new ConfigIgnores();

  constructor(private readonly onError: (message: string) => void) {}

  clear(): void {
    this.roots.clear();
    this.configs.clear();
  }

  /** The `ignorePatterns` setting, read after each root's `.shotlintignore` (so a `!` can take back one of its lines). */
  setPatterns(patterns: readonly string[]): void {
    this.patterns = patterns;
    this.roots.clear();
  }

  /** Whether the file at `path` is ignored, given the workspace roots and the config that applies to it. */
  async ignored(path: string, roots: readonly string[], config: { file?: string; ignores?: readonly string[] }): Promise<boolean> {
    const root = rootOf(path, roots);
    if (root !== undefined) {
      const match = await this.rootMatch(root);
      const rel = under(root, path);
      if (match && rel !== undefined && match(rel)) return true;
    }
    if (!config.file || !config.ignores?.length) return false;
    return this.configs.ignores(config.file, config.ignores, path);
  }

  private rootMatch(root: string): Promise<Match | undefined> {
    let match = this.roots.get(root);
    if (!match) {
      const patterns = this.patterns;
      match = readIgnoreFile(root).then(
        (text) => folderMatcher(text, patterns),
        // An unreadable ignore file ignores nothing but the setting's patterns; the editor's log says why.
        (error: unknown) => {
          this.onError(`shotlint: ${error instanceof Error ? error.message : String(error)}`);
          return folderMatcher(undefined, patterns);
        },
      );
      this.roots.set(root, match);
    }
    return match;
  }
}

/** The innermost workspace folder holding `path` (folders can nest). */
function rootOf(path: string, roots: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const root of roots) if (under(root, path) !== undefined && (best === undefined || root.length > best.length)) best = root;
  return best;
}

