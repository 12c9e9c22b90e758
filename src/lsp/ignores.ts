/**
 * Which open documents are ignored, as the CLI decides for the files of a run (src/cli/ignore.ts):
 * the `.shotlintignore` at the root of the workspace folder holding the document (the editor's
 * equivalent of the CLI's working folder), its patterns relative to that root, and the `ignores`
 * of the config that applies, relative to the config file's folder. A document that is not a file
 * on disk (an untitled buffer) is never ignored. Kept until a watched file changes.
 */
import { ConfigIgnores, matcher, readIgnoreFile, under, type Match } from '../cli/ignore.js';

export class IgnoreStore {
  /** Workspace root → its `.shotlintignore`, when it has one. */
  private readonly roots = new Map<string, Promise<Match | undefined>>();
  /** Config file → its `ignores`. */
  private readonly configs = new ConfigIgnores();

  constructor(private readonly onError: (message: string) => void) {}

  clear(): void {
    this.roots.clear();
    this.configs.clear();
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
      match = readIgnoreFile(root).then(
        (text) => (text === undefined ? undefined : matcher(text.split(/\r?\n/))),
        // An unreadable ignore file ignores nothing; the editor's log says why.
        (error: unknown) => {
          this.onError(`shotlint: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
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

