/**
 * The command line, parsed with node:util parseArgs. Everything a user can get wrong here is a
 * UsageError (exit 2) with a hint; nothing else is loaded until the arguments are known good.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { editDistance } from '../config/edit-distance.js';

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export const OPTIONS = {
  prompt: { type: 'string', short: 'p', multiple: true },
  stdin: { type: 'boolean' },
  lines: { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'min-score': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  model: { type: 'string', short: 'm' },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  plugin: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'print-config': { type: 'boolean' },
  'print-prompt': { type: 'boolean' },
  init: { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  rewrite: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string', short: 'j' },
  duration: { type: 'string' },
  resolution: { type: 'string' },
  stage: { type: 'string' },
  'aspect-ratio': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  list: { type: 'boolean' },
  set: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export type Command = 'lint' | 'diff' | 'template';

export interface CliOptions {
  command: Command;
  positionals: string[];
  prompts: string[];
  stdin: boolean;
  lines: boolean;
  /** `--ignore-pattern` values (.gitignore syntax, from the working folder). */
  ignorePatterns: string[];
  /** False with `--no-ignore`: every file named, walked or matched is linted. */
  ignore: boolean;
  format: FormatName;
  outputFile?: string;
  maxWarnings?: number;
  minScore?: number;
  quiet: boolean;
  model?: string;
  config?: string;
  configLookup: boolean;
  rules: { id: string; setting: unknown; raw: string }[];
  /** `--plugin` modules: paths from the working folder, or package names. */
  plugins: string[];
  fix: boolean;
  fixDryRun: boolean;
  printConfig: boolean;
  printPrompt: boolean;
  init: boolean;
  listRules: boolean;
  explain?: string;
  rewrite: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads; 0: lint in this thread; -1: auto (cores - 1). */
  concurrency: number;
  settings: { duration?: number; resolution?: string; stage?: 'draft' | 'final'; aspectRatio?: string };
  color?: boolean;
  progress?: boolean;
  list: boolean;
  set: Record<string, string>;
  help: boolean;
  version: boolean;
}

function integer(value: string | undefined, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${flag} expects a whole number${max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : ` ≥ ${min}`}, got "${value}".`);
  }
  return Number(value);
}

/** `id: severity` or `id: [severity, {options}]` (the value is JSON or a bare severity word). */
export function parseRuleFlag(raw: string): { id: string; setting: unknown; raw: string } {
  const colon = raw.indexOf(':');
  if (colon <= 0) throw new UsageError(`--rule "${raw}": expected "rule-id: severity" or 'rule-id: [severity, {…options}]'.`);
  const id = raw.slice(0, colon).trim();
  const value = raw.slice(colon + 1).trim();
  if (value === '') throw new UsageError(`--rule "${raw}": missing a severity after the colon.`);
  if (/^[[{"\d]/.test(value)) {
    try {
      return { id, setting: JSON.parse(value), raw };
    } catch (error) {
      throw new UsageError(`--rule "${raw}": the value is not valid JSON (${(error as Error).message}).`, `Quote it for the shell: --rule '${id}: ["warn", {"max": 60}]'`);
    }
  }
  return { id, setting: value, raw };
}

/** The closest known flag, for "unknown option" errors. */
function closestFlag(name: string): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const known of Object.keys(OPTIONS)) {
    const d = editDistance(name, known);
    if (d < bestScore) [best, bestScore] = [known, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as Error & { code?: string };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'(-{1,2}[^']*)'/.exec(e.message)?.[1] ?? e.message;
      const near = flag.startsWith('--') ? closestFlag(flag.slice(2).split('=')[0]!) : undefined;
      throw new UsageError(`Unknown option ${flag}.`, near ? `Did you mean --${near}? Run \`shotlint --help\` for usage.` : 'Run `shotlint --help` for usage.');
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // A value that starts with a dash reads as the next option: most often the value was
      // forgotten (`--min-score -p …`); a real one (`--max-warnings -1`) must be attached with `=`.
      const ambiguous = /^Option '([^']+)' argument is ambiguous\.[^]*?use '(--[^=']+)=-XYZ'/.exec(e.message);
      if (ambiguous) {
        throw new UsageError(`Option ${ambiguous[1]} needs a value, and the next argument starts with a dash.`, `For a value that starts with a dash, write ${ambiguous[2]}=-… Run \`shotlint --help\` for usage.`);
      }
      throw new UsageError(e.message.replace(/^Option '([^']+)' argument missing$/, 'Option $1 needs a value.').split('\n')[0]!);
    }
    throw new UsageError(e.message.split('\n')[0]!);
  }
  const v = parsed.values;
  let positionals = parsed.positionals;
  let command: Command = 'lint';
  if (positionals[0] === 'diff' || positionals[0] === 'template') {
    command = positionals[0];
    positionals = positionals.slice(1);
  }

  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${v.format}": expected one of ${FORMATS.join(', ')}.`);
  if (v.stage !== undefined && v.stage !== 'draft' && v.stage !== 'final') throw new UsageError(`--stage expects "draft" or "final", got "${v.stage}".`);
  let duration: number | undefined;
  if (v.duration !== undefined) {
    const seconds = Number(v.duration.replace(/s$/i, ''));
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--duration expects seconds (e.g. 5 or 7.5), got "${v.duration}".`);
    duration = seconds;
  }
  let concurrency = 0;
  if (v.concurrency !== undefined) {
    concurrency = v.concurrency === 'auto' ? -1 : integer(v.concurrency, 'concurrency', 1, 256)!;
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  // As ESLint: a prompt given inline or piped in has no file to write the fix back to.
  if (v.fix && (v.prompt !== undefined || v.stdin)) {
    throw new UsageError('--fix rewrites files: a prompt from -p or --stdin has no file to write back to.', 'Use --fix-dry-run to see the fixed text (with -f json, as "output").');
  }
  const blank = (v['ignore-pattern'] ?? []).findIndex((p) => p.trim() === '');
  if (blank >= 0) throw new UsageError(`--ignore-pattern #${blank + 1} is empty.`, 'Give a .gitignore-style pattern, e.g. --ignore-pattern "drafts/".');
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together.');

  const set: Record<string, string> = {};
  for (const pair of v.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set "${pair}": expected key=value.`);
    set[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }

  const settings: CliOptions['settings'] = {};
  if (duration !== undefined) settings.duration = duration;
  if (v.resolution !== undefined) settings.resolution = v.resolution.toLowerCase();
  if (v.stage !== undefined) settings.stage = v.stage as 'draft' | 'final';
  if (v['aspect-ratio'] !== undefined) settings.aspectRatio = v['aspect-ratio'];

  const options: CliOptions = {
    command,
    positionals,
    prompts: v.prompt ?? [],
    stdin: v.stdin ?? false,
    lines: v.lines ?? false,
    ignorePatterns: v['ignore-pattern'] ?? [],
    ignore: !v['no-ignore'],
    format,
    quiet: v.quiet ?? false,
    configLookup: !v['no-config-lookup'],
    rules: (v.rule ?? []).map(parseRuleFlag),
    plugins: v.plugin ?? [],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    printConfig: v['print-config'] ?? false,
    printPrompt: v['print-prompt'] ?? false,
    init: v.init ?? false,
    listRules: v['list-rules'] ?? false,
    rewrite: v.rewrite ?? false,
    cache: v.cache ?? false,
    concurrency,
    settings,
    list: v.list ?? false,
    set,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  if (v['output-file'] !== undefined) options.outputFile = v['output-file'];
  const maxWarnings = integer(v['max-warnings'], 'max-warnings', 0);
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  const minScore = integer(v['min-score'], 'min-score', 0, 100);
  if (minScore !== undefined) options.minScore = minScore;
  if (v.model !== undefined) options.model = v.model;
  if (v.config !== undefined) options.config = v.config;
  if (v.explain !== undefined) options.explain = v.explain;
  if (v['cache-location'] !== undefined) options.cacheLocation = v['cache-location'];
  if (v.color || v['no-color']) options.color = v.color === true;
  if (v.progress || v['no-progress']) options.progress = v.progress === true;
  return options;
}

export const HELP = `shotlint [options] [file | dir | glob ...]
shotlint diff <before> <after>        shotlint diff -p <before> -p <after>
shotlint template <name> [--set key=value ...]   shotlint template --list

Lint text-to-video prompts before paying for a generation.

Input:
  -p, --prompt <text>        Lint this text (repeatable)
      --stdin                Read one prompt from standard input (with --lines: one per line)
      --lines                Every non-empty line of a text file is its own prompt
  Files: .txt .prompt (one prompt), .md (each \`\`\`prompt block, else the whole file),
  .jsonl (one record per line), .json (array of records); directories and globs expand.
      --ignore-pattern <p>   Skip files matching this .gitignore-style pattern (repeatable)
      --no-ignore            Lint every file given: no .shotlintignore, --ignore-pattern or "ignores"

Model and settings:
  -m, --model <id>           Model profile (e.g. sora-2-pro, veo-3)
      --duration <seconds>   Clip length setting
      --resolution <res>     e.g. 480p, 1080p, 4k
      --stage <draft|final>  Drafts iterate cheaply; finals render once
      --aspect-ratio <r>     e.g. 16:9

Config:
  -c, --config <file>        Use this config file (else shotlint.config.json, .shotlintrc.json
                             or "shotlint" in package.json, looked up from the linted file)
      --no-config-lookup     Ignore config files
      --rule <'id: setting'> Override a rule: 'max-words: warn', 'max-words: ["error", {"max": 60}]'
      --plugin <module>      Load the rules of a plugin module: ./path or package name (repeatable)
      --print-config [file]  Print the resolved config for a file (or the current folder)
      --init                 Write shotlint.config.json (for --model, if given)

Output:
  -f, --format <name>        stylish (default), compact, json, sarif, github, junit
  -o, --output-file <path>   Write the report to a file
  -q, --quiet                Report errors only
      --rewrite              Show the suggested rewrite of each prompt
      --print-prompt         Print the prompt without directive lines, ready to send (report to stderr)
      --color, --no-color    Force colour on or off (default: on for a terminal, off with NO_COLOR)
      --progress, --no-progress  Progress bar on stderr (default: on for a terminal, long runs)

Gates (exit 0 ok, 1 lint failure, 2 usage/config/I/O error):
      --max-warnings <n>     Fail when there are more than n warnings
      --min-score <n>        Fail when a prompt scores below n (0-100)

Fixing:
      --fix                  Apply safe fixes to the files (atomically)
      --fix-dry-run          Compute safe fixes; show them without writing

Batches:
  -j, --concurrency <n|auto> Lint on n worker threads (auto: cores - 1; order of results kept)
      --cache                Reuse results of unchanged prompts (node_modules/.cache/shotlint)
      --cache-location <dir> Keep the cache elsewhere

Information:
      --list-rules           List the rules
      --explain <rule>       Show a rule's documentation
  -h, --help                 Show this help
  -v, --version              Show the version
`;
