/**
 * The lint command: sources → items → lint (here or on worker threads, cached or not) →
 * reports in input order → formatter, fixes, gates. Memory stays bounded: items are read as
 * they are needed and at most a window of them is in flight.
 */
import { mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Linter } from '../engine/linter.js';
import type { ResolveOptions } from '../config/resolve.js';
import type { ShotlintConfig } from '../types.js';
import type { FormatterStream, PromptReport, RunSummary } from '../formatters/types.js';
import { Tally } from '../formatters/shared.js';
import type { CliOptions } from './args.js';
import { IoError, UsageError } from './errors.js';
import type { SourceFile } from './files.js';
import type { Item, PromptMeta, PromptTask } from './inputs.js';
import type { TaskOutcome } from './lint-task.js';
import type { FileFixer } from './fix-writer.js';
import type { LintPool } from './pool.js';
import type { ResultCache } from './cache.js';
import type { Progress } from './progress.js';
import { configLookup, loadRunConfigs, type RunConfig } from './run-config.js';
import { packageVersion } from './package.js';
import { closed, drained } from './stream-events.js';

export interface RunIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (text === '' || stream.destroyed) return;
  if (!stream.write(text)) await drained(stream);
}

export function useColor(options: CliOptions, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (options.color !== undefined) return options.color;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export async function runLint(options: CliOptions, io: RunIo): Promise<number> {
  const started = performance.now();
  if (options.positionals.length === 0 && options.prompts.length === 0 && !options.stdin) {
    throw new UsageError('No prompts to lint.', 'Give files, directories or globs, -p "a prompt", or --stdin. Run `shotlint --help` for usage.');
  }
  // As for empty standard input: most often a script's unset variable (-p "$PROMPT"), not a prompt.
  const empty = options.prompts.findIndex((p) => p.trim() === '');
  if (empty >= 0) throw new UsageError(`-p/--prompt #${empty + 1} is empty: nothing to lint.`, 'Check the variable or the quoting that should hold the prompt.');

  const { expandInputs, IGNORED_WARNING } = await import('./files.js');
  const configFor = configLookup(options);
  // Prompts given with -p or --stdin are never ignored: the matcher is not even built for them.
  const ignored =
    options.positionals.length > 0 && options.ignore
      ? await (await import('./ignore.js')).createIgnore({ cwd: io.cwd, patterns: options.ignorePatterns, ...(options.configLookup || options.config ? { configFor } : {}) })
      : undefined;
  const { files, skipped, allIgnored } = await expandInputs(options.positionals, { cwd: io.cwd, lines: options.lines, ignored });
  for (const s of skipped) io.stderr.write(`shotlint: ${s}\n`);
  if (options.positionals.length > 0 && files.length === 0 && options.prompts.length === 0 && !options.stdin) {
    // As ESLint: a folder or glob whose every file is ignored is an error; files named on the
    // command line and ignored were warned about above, and leave an empty run (exit 0).
    if (allIgnored.length > 0) throw new IoError(`All files matched by ${allIgnored.map((a) => `'${a}'`).join(', ')} are ignored.`);
    if (!skipped.some((s) => s.endsWith(IGNORED_WARNING))) throw new IoError(`No prompt files found in ${options.positionals.join(', ')}.`);
  }

  const configs = await loadRunConfigs(options, io.cwd, files, configFor);
  const reportPath = options.outputFile ? resolve(io.cwd, options.outputFile) : undefined;
  if (reportPath) await checkWritableTarget(reportPath, options.outputFile!);

  // Lint in this thread, or on worker threads for --concurrency.
  // auto: one worker per core but one, which stays with the main thread (reading, reporting, writing).
  const threads = options.concurrency === -1 ? Math.max(1, (await import('node:os')).availableParallelism() - 1) : options.concurrency;
  const { lintTask } = await import('./lint-task.js');
  const linters = new Map<string, Linter>();
  const linterFor = (c: RunConfig) => {
    let l = linters.get(c.key);
    if (!l) linters.set(c.key, (l = c.createLinter()));
    return l;
  };
  let pool: LintPool | undefined;
  let batchSize = 1;
  if (threads >= 1) {
    const { LintPool, BATCH: batch } = await import('./pool.js');
    batchSize = batch;
    const byKey = new Map<string, { config: ShotlintConfig; options: ResolveOptions }>();
    for (const c of configs.all) byKey.set(c.key, { config: c.config, options: c.resolveOptions });
    pool = await LintPool.start(threads, new URL('./cli-worker.js', import.meta.url), byKey);
  }
  let cache: ResultCache | undefined;
  if (options.cache) {
    const { ResultCache } = await import('./cache.js');
    cache = await ResultCache.open(resolve(io.cwd, options.cacheLocation ?? join('node_modules', '.cache', 'shotlint')), packageVersion());
  }
  const fixing = options.fix || options.fixDryRun;
  // --quiet reports errors only, so the other diagnostics are dropped where they are made (less to copy
  // back from a worker, fewer reports to build); not when caching, as a later run may want them.
  const mode = { fix: fixing, rewrite: options.rewrite, errorsOnly: options.quiet && !cache };

  // Output: the report goes to --output-file, else stdout; with --print-prompt stdout carries the prompts.
  const { formatters } = await import('../formatters/index.js');
  const { toReport } = await import('../formatters/report.js');
  const { jsonLocate } = await import('./inputs.js');
  const { encodeJsonString } = await import('./json-spans.js');
  const reportStream: Writable = reportPath ? await openReportFile(reportPath) : options.printPrompt ? io.stderr : io.stdout;
  const colorTarget = reportPath ? {} : options.printPrompt ? io.stderr : io.stdout;
  const { rules } = await import('../../rules/index.js');
  let color;
  if (useColor(options, colorTarget, io.env)) color = (await import('picocolors')).default.createColors(true);
  const formatter: FormatterStream = formatters[options.format].create({
    cwd: io.cwd,
    color,
    rules: { ...rules, ...configs.pluginRules },
    toolVersion: packageVersion(),
    showRewrite: options.rewrite,
    showOutput: options.fixDryRun,
  });

  let progress: Progress | undefined;
  const wantProgress = options.progress ?? (io.stderr.isTTY === true && !options.printPrompt);
  if (wantProgress) {
    const { Progress } = await import('./progress.js');
    progress = new Progress(io.stderr, files.reduce((n, f) => n + f.size, 0));
  }

  const tally = new Tally();
  const totals: RunSummary = tally.summary;
  let belowMin = 0;
  let lowest = 101;
  let fixedFiles = 0;
  const notFixed: string[] = [];
  let fixer: FileFixer | undefined;
  // --print-prompt: the prompt as it should reach the model, without `# shotlint-…` lines.
  const stripDirectives = options.printPrompt ? (await import('../engine/directives.js')).stripDirectives : undefined;
  const { createFixer } = options.fix ? await import('./fix-writer.js') : { createFixer: undefined };

  const account = async (report: PromptReport) => {
    if (options.quiet) {
      report.messages = report.messages.filter((m) => m.level === 'error');
      report.warningCount = 0;
      report.infoCount = 0;
      report.fixableWarningCount = 0;
    }
    tally.add(report);
    if (report.score) {
      if (options.minScore !== undefined && report.score.total < options.minScore) {
        belowMin++;
        lowest = Math.min(lowest, report.score.total);
      }
    }
    progress?.prompt();
    await write(reportStream, formatter.result(report));
  };

  const buildReport = (meta: PromptMeta, task: PromptTask, outcome: TaskOutcome): PromptReport => {
    let locate = meta.locate;
    if (meta.literalAt && meta.literalSource !== undefined && meta.span) {
      // Positions of a record's prompt: columns in its JSON string literal (the fixed one after --fix).
      locate = outcome.fixed === undefined ? jsonLocate(meta.literalSource, meta.span[0], meta.literalAt) : jsonLocate(encodeJsonString(outcome.fixed, meta.literalSource.slice(meta.span[0], meta.span[1])), 0, meta.literalAt);
    }
    const rewrite = outcome.rewrite;
    return toReport(outcome.result, {
      filePath: meta.filePath,
      id: meta.id,
      locate,
      ...(options.rewrite && rewrite !== undefined ? { rewrite } : {}),
      ...(outcome.fixed !== undefined ? { output: outcome.fixed } : {}),
      ...(task.model !== undefined ? { model: task.model } : configs.model !== undefined ? { model: configs.model } : {}),
    });
  };

  // An outcome from a worker is JSON, parsed when its prompt is reported (see LintPool.run).
  const lintItem = async (task: PromptTask, config: RunConfig): Promise<TaskOutcome | string> => {
    const key = cache?.key(config.fingerprint, task, mode);
    const hit = key !== undefined ? cache!.get(key) : undefined;
    if (hit) return { ...hit, result: { ...hit.result, text: hit.fixed ?? task.text } };
    const answer = pool ? await pool.run(config.key, task, mode) : lintTask(linterFor(config), task, mode);
    if (key === undefined) return answer;
    const outcome = typeof answer === 'string' ? (JSON.parse(answer) as TaskOutcome) : answer;
    // The text is the one thing in a result that the key already holds: not stored twice.
    cache!.set(key, { ...outcome, result: { ...outcome.result, text: '' } });
    return outcome;
  };

  type Done = { item: Item; outcome?: TaskOutcome | string };
  const { readSources } = await import('./inputs.js');
  const source = readSources(
    { prompts: options.prompts, stdin: options.stdin, lines: options.lines, files, stdinStream: io.stdin },
    { keepRaw: options.fix, checkUtf8: options.fix, onBytes: progress ? (n) => progress!.addBytes(n) : undefined },
  );

  const handle = async ({ item, outcome: answer }: Done) => {
    switch (item.type) {
      case 'file':
        if (createFixer) fixer = createFixer(item.file, item.text);
        return;
      case 'end':
        try {
          if (fixer && (await fixer.commit(item.utf8 === true))) fixedFiles++;
        } catch (error) {
          // The other files are still fixed; the run ends with exit 2, as for a file it cannot write.
          if ((error as Error).name !== 'NotFixedError') throw error;
          notFixed.push((error as Error).message);
        } finally {
          fixer = undefined;
        }
        return;
      case 'raw':
        await fixer?.raw(item.raw, item.eol);
        return;
      case 'fatal':
        if (item.raw !== undefined) await fixer?.raw(item.raw, item.eol ?? '');
        await account(item.report);
        return;
      case 'prompt': {
        const outcome = typeof answer === 'string' ? (JSON.parse(answer) as TaskOutcome) : answer!;
        await fixer?.prompt(item.meta, outcome.fixed);
        const report = buildReport(item.meta, item.task, outcome);
        if (stripDirectives) await write(io.stdout, `${stripDirectives(outcome.fixed ?? item.task.text).trim()}\n`);
        await account(report);
        return;
      }
    }
  };

  await write(reportStream, formatter.begin());
  try {
    // A window of items in flight keeps the workers busy while results leave in input order.
    const window = pool ? threads * batchSize * 4 : 1;
    const queue: Promise<Done>[] = [];
    for await (const item of source) {
      if (item.type === 'prompt') {
        const config = configs.forFile(item.meta.filePath);
        const pending = lintItem(item.task, config).then((outcome) => ({ item, outcome }));
        pending.catch(() => {}); // handled when it reaches the head of the queue
        queue.push(pending);
      } else {
        queue.push(Promise.resolve({ item }));
      }
      while (queue.length >= window) await handle(await queue.shift()!);
    }
    while (queue.length > 0) await handle(await queue.shift()!);
  } catch (error) {
    await fixer?.abort();
    throw error;
  } finally {
    progress?.stop();
    await pool?.close();
  }

  totals.elapsedMs = performance.now() - started;
  let failed = totals.errors > 0;
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) {
    failed = true;
    totals.gates.push(`shotlint found too many warnings (maximum: ${options.maxWarnings}).`);
  }
  if (belowMin > 0) {
    failed = true;
    totals.gates.push(`${belowMin} prompt${belowMin === 1 ? '' : 's'} scored below --min-score ${options.minScore} (lowest: ${lowest}).`);
  }
  await write(reportStream, formatter.end(totals));
  if (options.format !== 'stylish' && totals.gates.length > 0 && reportStream !== io.stderr) {
    // Machine formats keep their output clean; the reason for exit 1 still reaches a person.
    for (const g of totals.gates) io.stderr.write(`shotlint: ${g}\n`);
  }
  if (reportPath) await closeReportFile(reportStream);
  if (fixedFiles > 0) io.stderr.write(`shotlint: fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}\n`);
  for (const n of notFixed) io.stderr.write(`shotlint: ${n}\n`);
  await cache?.save();
  return notFixed.length > 0 ? 2 : failed ? 1 : 0;
}

async function checkWritableTarget(path: string, shown: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IoError(`${shown}: is a directory, expected a file for --output-file`);
  } catch (error) {
    if (error instanceof IoError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new IoError(`${shown}: ${(error as Error).message}`);
    try {
      if (!(await stat(dirname(path))).isDirectory()) throw new Error('not a directory');
    } catch {
      await mkdir(dirname(path), { recursive: true }).catch(() => {
        throw new IoError(`${shown}: cannot create the folder for --output-file`);
      });
    }
  }
}

/** Per report stream: the temporary file it writes and the file it then replaces; none for a device written to directly. */
const reportTemps = new WeakMap<Writable, { temp: string; target: string }>();

/**
 * Where the report goes. A regular file, new or existing, is replaced atomically, through a link
 * if the path is one (the link stays). A device, pipe or socket ("/dev/null", "/dev/stdout") is
 * written to directly: renaming over it would replace the device itself with a file.
 */
async function reportTarget(path: string): Promise<{ target: string; direct: boolean }> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return { target: path, direct: false };
  if (!info.isFile()) return { target: path, direct: true };
  return { target: await realpath(path), direct: false };
}

async function openReportFile(path: string): Promise<Writable> {
  const { createWriteStream, openSync } = await import('node:fs');
  const { target, direct } = await reportTarget(path);
  const temp = join(dirname(target), `.${target.split(/[\\/]/).pop()}.shotlint-${process.pid}.tmp`);
  const { trackTemp } = await import('./fix-writer.js');
  let fd: number;
  try {
    fd = openSync(direct ? target : temp, 'w');
  } catch (error) {
    const { describeIoError } = await import('./errors.js');
    throw describeIoError(error, path);
  }
  const stream = createWriteStream('', { fd, encoding: 'utf8' });
  if (!direct) {
    trackTemp(temp);
    reportTemps.set(stream, { temp, target });
  }
  return stream;
}

async function closeReportFile(stream: Writable): Promise<void> {
  const written = reportTemps.get(stream);
  stream.end();
  await closed(stream);
  if (written === undefined) return;
  const { rename } = await import('node:fs/promises');
  const { untrackTemp } = await import('./fix-writer.js');
  await rename(written.temp, written.target);
  untrackTemp(written.temp);
}
