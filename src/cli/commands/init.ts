/**
 * `--init`: writes a starter shotlint.config.json for a model; never overwrites one. With
 * `--plugin`, the config loads those plugins and turns on their recommended rules.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliOptions } from '../args.js';
import { IoError } from '../errors.js';
import type { RunIo } from '../run.js';
import { checkModel, cliPlugins } from '../run-config.js';
import { writeFileAtomic } from '../fix-writer.js';
import { SEVERITY_WORD } from './info.js';

const DEFAULT_MODEL = 'sora-2-pro';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function init(options: CliOptions, io: RunIo): Promise<number> {
  const target = join(io.cwd, 'shotlint.config.json');
  if (await exists(target)) throw new IoError('shotlint.config.json already exists here; edit it, or delete it and run --init again.');
  await checkModel(options.model);
  // Loaded first: a config naming a plugin that does not load is not written.
  const plugins = await cliPlugins(options, io.cwd);
  const { models } = await import('../../config/models/index.js');
  const model = options.model ?? (models.some((m) => m.id === DEFAULT_MODEL) ? DEFAULT_MODEL : undefined);
  const config: Record<string, unknown> = {
    $schema: './node_modules/shotlint/dist/shotlint.schema.json',
    extends: ['recommended'],
  };
  if (model) config.model = model;
  const settings: Record<string, unknown> = { ...options.settings };
  if (Object.keys(settings).length > 0) config.settings = settings;
  // The specifiers as given: they were resolved from this folder, where the config goes.
  if (plugins.length > 0) config.plugins = options.plugins;
  const rules: Record<string, string> = {};
  for (const [id, rule] of plugins.flatMap((p) => Object.entries(p.rules))) {
    if (rule.meta.docs.recommended) rules[id] = SEVERITY_WORD[rule.meta.defaultSeverity ?? 'warning'];
  }
  config.rules = rules;
  await writeFileAtomic(target, `${JSON.stringify(config, null, 2)}\n`);
  const other = await exists(join(io.cwd, '.shotlintrc.json'));
  io.stdout.write(`Wrote shotlint.config.json${model ? ` for ${model}` : ''}.\n`);
  if (other) io.stderr.write('shotlint: note: .shotlintrc.json is here too; shotlint.config.json takes precedence.\n');
  return 0;
}
