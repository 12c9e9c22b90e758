/**
 * Errors the CLI reports in one line and exit code 2, never with a stack trace: a wrong
 * command line (with a hint), or a file that cannot be read or written.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly hint = 'Run `shotlint --help` for usage.',
  ) {
    super(message);
  }
}

export class IoError extends Error {
  override readonly name = 'IoError';
}

/** A readable sentence for a failed file operation. */
export function describeIoError(error: unknown, path: string): IoError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new IoError(`${path}: no such file or directory`);
    case 'EACCES':
    case 'EPERM':
      return new IoError(`${path}: permission denied`);
    case 'EISDIR':
      return new IoError(`${path}: is a directory, expected a file`);
    case 'ENOTDIR':
      return new IoError(`${path}: a part of the path is not a directory`);
    default:
      return new IoError(`${path}: ${(error as Error | undefined)?.message ?? String(error)}`);
  }
}
