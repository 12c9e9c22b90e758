/**
 * `shotlint`: entry point, started by bin/shotlint.js through the launcher (launch.ts). Parses
 * the arguments, then loads only what the command needs, so `shotlint -p "…"` starts fast. Every
 * user error ends here as one message and exit code 2.
 */
import { HELP, parseCli, type CliOptions } from './args.js';
import { IoError, UsageError } from './errors.js';
import { runInterruptHooks } from './cleanup.js';
import { useModuleImporter, type ModuleImporter } from '../node/import-module.js';

/** What the launcher (launch.ts) gives the bundle. */
export interface Launcher {
  /** Its `import()`, for the plugins a run loads: this bundle runs as a script, which has none of its own. */
  importModule: ModuleImporter;
  /** Called when the run goes on to lint: the code it compiles is what the code cache should keep. */
  linting(): void;
}

async function dispatch(options: CliOptions, linting: () => void): Promise<number> {
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    const { packageVersion } = await import('./package.js');
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (options.command === 'diff') return (await import('./commands/diff.js')).runDiff(options, io);
  if (options.command === 'template') return (await import('./commands/template.js')).runTemplate(options, io);
  if (options.listRules) return (await import('./commands/info.js')).listRules(options, io);
  if (options.explain !== undefined) return (await import('./commands/info.js')).explain(options, io);
  if (options.init) return (await import('./commands/init.js')).init(options, io);
  if (options.printConfig) return (await import('./commands/info.js')).printConfig(options, io);
  linting();
  return (await import('./run.js')).runLint(options, io);
}

function fail(lines: string[]): number {
  process.stderr.write(lines.map((l) => `${l}\n`).join(''));
  return 2;
}

/** Runs one command line; `linting` is called when it goes on to lint (the launcher's hook). */
export async function main(argv: readonly string[], linting: () => void = () => {}): Promise<number> {
  try {
    return await dispatch(parseCli(argv), linting);
  } catch (error) {
    if (error instanceof UsageError) return fail([`shotlint: ${error.message}`, error.hint]);
    if (error instanceof IoError) return fail([`shotlint: ${error.message}`]);
    const e = error as Error & { issues?: { path: string; message: string }[]; file?: string };
    if (e?.name === 'ConfigError' && Array.isArray(e.issues)) {
      // One line per problem, compiler style: file, key path, what was expected.
      const where = e.file ? `${e.file}: ` : '';
      return fail(e.issues.map((i) => `shotlint: invalid config: ${where}${i.path ? `${i.path}: ` : ''}${i.message}`));
    }
    // Anything else is a bug in shotlint, not a user error: keep the stack for the report.
    return fail([`shotlint: internal error: ${e?.stack ?? String(error)}`, 'Please report it at https://github.com/shotlint/shotlint/issues']);
  }
}

function exitQuietly(code: number): void {
  runInterruptHooks();
  process.exit(code);
}

/** Runs the command line of this process. */
export function start(launcher: Launcher): void {
  useModuleImporter(launcher.importModule);
  // A closed pipe (`shotlint … | head -1`) ends the run quietly; Ctrl-C removes temporary files
  // (the originals are untouched until a rename) and exits 130 as shells expect.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exitQuietly(0);
  });
  process.stderr.on('error', () => {});
  process.on('SIGINT', () => exitQuietly(130));
  process.on('SIGTERM', () => exitQuietly(143));

  main(process.argv.slice(2), launcher.linting).then((code) => {
    process.exitCode = code;
  });
}
