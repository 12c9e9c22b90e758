/** A config problem: where (file and key path) and what was expected. Never a stack trace. */
export interface ConfigIssue {
  /** Key path as written in the config, e.g. `rules.max-words[1].max`. */
  path: string;
  message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly issues: readonly ConfigIssue[],
    readonly file?: string,
  ) {
    super(ConfigError.format(issues, file));
  }

  /**
   * The same issues, attributed to a file (the CLI and the editor know which file it was). In a
   * package.json the config sits under "shotlint", so its key paths start there.
   */
  inFile(file: string): ConfigError {
    if (!/(^|[\\/])package\.json$/.test(file)) return new ConfigError(this.issues, file);
    return new ConfigError(
      this.issues.map((i) => ({ ...i, path: i.path === '' ? 'shotlint' : `shotlint${i.path.startsWith('[') ? '' : '.'}${i.path}` })),
      file,
    );
  }

  static format(issues: readonly ConfigIssue[], file?: string): string {
    const where = file ? `${file}: ` : '';
    return issues.map((i) => `${where}${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n');
  }
}

/** Formats a key path the way a user would point at it: `rules.max-words[1].max`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns zod issues into config issues under a path prefix. */
export function fromZodIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
  prefix: readonly PropertyKey[] = [],
): ConfigIssue[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return { path: formatPath([...prefix, ...issue.path]), message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    return { path: formatPath([...prefix, ...issue.path]), message: issue.message };
  });
}
