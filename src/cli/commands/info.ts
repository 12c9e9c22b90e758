/**
 * `--list-rules`, `--explain <rule>` and `--print-config [file]`: information, no linting. The
 * first two include the rules of the plugins the working folder's config and `--plugin` load.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CliOptions } from '../args.js';
import { IoError, UsageError } from '../errors.js';
import { packageRoot } from '../package.js';
import { useColor, type RunIo } from '../run.js';
import { cliRules, checkModel, loadConfigWithPlugins } from '../run-config.js';
import { noColors } from '../../formatters/shared.js';
import type { Colors } from '../../formatters/types.js';
import type { Rule, ShotlintConfig } from '../../types.js';

async function colors(options: CliOptions, io: RunIo): Promise<Colors> {
  return useColor(options, io.stdout, io.env) ? (await import('picocolors')).default.createColors(true) : noColors;
}

export const SEVERITY_WORD = { error: 'error', warning: 'warn', info: 'info' } as const;

/** The built-in rules and those of the plugins in use in the working folder, and where each plugin rule comes from. */
async function allRules(options: CliOptions, io: RunIo): Promise<{ rules: Record<string, Rule>; pluginFile: Map<string, string> }> {
  const { rules: builtin } = await import('../../../rules/index.js');
  const { plugins } = await loadConfigWithPlugins(options, io.cwd, io.cwd);
  const rules: Record<string, Rule> = { ...builtin };
  const pluginFile = new Map<string, string>();
  for (const p of plugins) {
    for (const [id, rule] of Object.entries(p.rules)) {
      rules[id] = rule;
      pluginFile.set(id, p.file);
    }
  }
  return { rules, pluginFile };
}

export async function listRules(options: CliOptions, io: RunIo): Promise<number> {
  // As `diff`: a format meant for lint results (sarif, junit, …) has no rule list to give.
  if (options.format !== 'stylish' && options.format !== 'json') throw new UsageError(`--list-rules prints "stylish" or "json", not "${options.format}".`);
  const { rules, pluginFile } = await allRules(options, io);
  const { presets } = await import('../../config/presets.js');
  const entries = Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1));
  if (options.format === 'json') {
    const list = entries.map(([id, r]) => ({
      id,
      description: r.meta.docs.description,
      dimension: r.meta.docs.dimension,
      recommended: r.meta.docs.recommended,
      severity: r.meta.defaultSeverity ?? 'warning',
      fixable: r.meta.fixable === 'text',
      hasSuggestions: r.meta.hasSuggestions === true,
      url: r.meta.docs.url,
    }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const c = await colors(options, io);
  const width = Math.max(...entries.map(([id]) => id.length));
  io.stdout.write(c.dim(`${'rule'.padEnd(width)}  severity  dimension    flags        description\n`));
  for (const [id, r] of entries) {
    const severity = SEVERITY_WORD[r.meta.defaultSeverity ?? 'warning'];
    const flags = [id in presets.recommended.rules ? 'rec' : '   ', r.meta.fixable ? 'fix' : '   ', r.meta.hasSuggestions ? 'sug' : '   '].join(' ');
    io.stdout.write(`${c.bold(id.padEnd(width))}  ${severity.padEnd(8)}  ${r.meta.docs.dimension.padEnd(11)}  ${flags}  ${r.meta.docs.description}\n`);
  }
  const fromPlugins = pluginFile.size > 0 ? ` (${pluginFile.size} from plugins)` : '';
  io.stdout.write(c.dim(`\nrec: in "recommended" · fix: fixable with --fix · sug: has suggestions · ${entries.length} rules${fromPlugins} · shotlint --explain <rule>\n`));
  return 0;
}

/** 1–6 for an ATX heading (`## Options`), else 0. */
function headingLevel(line: string): number {
  let n = 0;
  while (line[n] === '#') n++;
  return n >= 1 && n <= 6 && (line[n] === ' ' || line[n] === '\t') ? n : 0;
}

/** Terminal rendering of a rule doc: headings bold, code blocks indented, front matter dropped. */
export function renderMarkdown(source: string, c: Colors): string {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const open = /^(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && line.startsWith(fence)) fence = undefined;
      else out.push(`    ${c.cyan(line)}`);
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    const level = headingLevel(line);
    if (level > 0) {
      const title = line.slice(level).trim();
      out.push(level === 1 ? c.bold(c.underline(title)) : c.bold(title));
      continue;
    }
    out.push(line.replace(/`([^`]+)`/g, (_, code: string) => c.cyan(code)).replace(/\*\*([^*]+)\*\*/g, (_, b: string) => c.bold(b)));
  }
  while (out.length > 0 && out[0] === '') out.shift();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

export async function explain(options: CliOptions, io: RunIo): Promise<number> {
  const id = options.explain!;
  const { rules } = await import('../../../rules/index.js');
  // Plugins load only for an id that is not built in: a broken config does not stop `--explain max-words`.
  if (!rules[id]) {
    const all = await allRules(options, io);
    const plugin = all.pluginFile.get(id);
    if (plugin !== undefined) return explainPluginRule(id, all.rules[id]!, plugin, options, io);
    const { suggestRule } = await import('../../config/resolve.js');
    throw new UsageError(`Unknown rule "${id}"${suggestRule(id, Object.keys(all.rules))}.`, 'Run `shotlint --list-rules` to see the rules.');
  }
  const path = join(packageRoot(), 'docs', 'rules', `${id}.md`);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    throw new IoError(`The documentation of "${id}" is missing (${path}); read it at ${rules[id]!.meta.docs.url}`);
  }
  const c = await colors(options, io);
  const meta = rules[id]!.meta;
  io.stdout.write(`${c.dim(ruleSummary(meta))}\n\n`);
  io.stdout.write(renderMarkdown(source, c));
  io.stdout.write(`\n${c.dim(meta.docs.url ?? '')}\n`);
  return 0;
}

/** `length · default warn · recommended`; a plugin rule names its plugin instead (no preset has it). */
function ruleSummary(meta: Rule['meta'], plugin?: string): string {
  const origin = plugin !== undefined ? `plugin ${plugin}` : meta.docs.recommended ? 'recommended' : 'not in recommended';
  return `${meta.docs.dimension} · default ${SEVERITY_WORD[meta.defaultSeverity ?? 'warning']} · ${origin}${meta.fixable ? ' · fixable' : ''}`;
}

/** A plugin rule has no page in this package: its description, its messages, and its own link if it gives one. */
async function explainPluginRule(id: string, rule: Rule, file: string, options: CliOptions, io: RunIo): Promise<number> {
  const c = await colors(options, io);
  const { meta } = rule;
  const lines = [c.dim(ruleSummary(meta, file)), '', c.bold(c.underline(id)), '', meta.docs.description, '', c.bold('Messages'), ''];
  for (const [messageId, text] of Object.entries(meta.messages)) lines.push(`    ${c.cyan(messageId)}: ${text}`);
  lines.push('', c.dim(meta.docs.url ?? 'The plugin gives no documentation link (meta.docs.url).'));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** `--print-config [file]`: the config that applies to a file (or the current folder), resolved. */
export async function printConfig(options: CliOptions, io: RunIo): Promise<number> {
  if (options.positionals.length > 1) throw new UsageError('--print-config takes one file (or none, for the current folder).');
  const target = options.positionals[0] ? resolve(io.cwd, options.positionals[0]) : io.cwd;
  let dir = target;
  try {
    if (!(await stat(target)).isDirectory()) dir = dirname(target);
  } catch {
    throw new IoError(`${options.positionals[0]}: no such file or directory`);
  }
  const { resolveConfig } = await import('../../config/resolve.js');
  const { pluginRules } = await import('../../node/plugins.js');
  const loaded = await loadConfigWithPlugins(options, io.cwd, dir);
  const plugins = pluginRules(loaded.plugins);
  const overrides = await cliRules(options, plugins);
  await checkModel(options.model);
  const config = { ...loaded.config, rules: { ...(loaded.config.rules ?? {}), ...overrides } };
  let resolved;
  try {
    resolved = resolveConfig(config, { model: options.model, settings: options.settings, plugins });
  } catch (error) {
    const e = error as { name?: string; inFile?: (f: string) => Error; file?: string };
    if (e.name === 'ConfigError' && loaded.file && !e.file) throw e.inFile!(loaded.file);
    throw error;
  }
  const out = {
    configFile: loaded.file ?? null,
    extends: loaded.config.extends ?? ['recommended'],
    plugins: loaded.plugins.map((p) => p.file),
    model: resolved.model?.id ?? null,
    settings: resolved.settings,
    vocabulary: resolved.vocabulary,
    // A rule without options (a plugin rule with no schema) shows its severity alone.
    rules: Object.fromEntries(resolved.rules.map((r) => [r.id, r.options === undefined ? [SEVERITY_WORD[r.severity]] : [SEVERITY_WORD[r.severity], r.options]])),
  };
  io.stdout.write(`${JSON.stringify({ ...out, ...(await ignoresInEffect(options, io.cwd, loaded, target === dir ? undefined : target)) }, null, 2)}\n`);
  return 0;
}

/**
 * The ignores a run would apply (none with --no-ignore): the config's `ignores` (relative to its
 * folder), the working folder's patterns, and for a file whether a run would skip it.
 */
async function ignoresInEffect(options: CliOptions, cwd: string, loaded: { config: ShotlintConfig; file?: string }, file: string | undefined) {
  if (!options.ignore) return { ignores: [], ignorePatterns: [], ...(file ? { ignored: false } : {}) };
  const { createIgnore, workingFolderPatterns } = await import('../ignore.js');
  const ignorePatterns = await workingFolderPatterns(cwd, options.ignorePatterns);
  const out = { ignores: [...(loaded.config.ignores ?? [])], ignorePatterns };
  if (!file) return out;
  const configFor = async () => ({ config: loaded.config, ...(loaded.file ? { file: loaded.file } : {}) });
  const ignored = await createIgnore({ cwd, patterns: options.ignorePatterns, configFor });
  return { ...out, ignored: (await ignored?.(file)) ?? false };
}
