/**
 * `shotlint template [name] [--set key=value …]`: prints a reusable prompt template with its
 * placeholders, or fills it. Filling refuses to leave a placeholder empty, so the output can go
 * straight to a model: `shotlint template product --set product="…" … | shotlint --stdin`.
 */
import type { CliOptions } from '../args.js';
import { UsageError } from '../errors.js';
import { useColor, type RunIo } from '../run.js';
import { noColors } from '../../formatters/shared.js';

export async function runTemplate(options: CliOptions, io: RunIo): Promise<number> {
  const { templates, fill, TemplateError } = await import('../../templates/index.js');
  const names = Object.keys(templates);
  const c = useColor(options, io.stdout, io.env) ? (await import('picocolors')).default.createColors(true) : noColors;
  if (options.positionals.length > 1) throw new UsageError('template takes one template name.', 'Usage: shotlint template <name> [--set key=value ...], or shotlint template --list.');
  const name = options.positionals[0];

  if (options.list || name === undefined) {
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(Object.values(templates), null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...names.map((n) => n.length));
    for (const t of Object.values(templates)) io.stdout.write(`${c.bold(t.name.padEnd(width))}  ${t.description}\n`);
    io.stdout.write(c.dim(`\nshotlint template <name> shows one; --set key=value fills it.\n`));
    return 0;
  }

  const template = templates[name];
  if (!template) {
    const { suggestRule } = await import('../../config/resolve.js');
    throw new UsageError(`Unknown template "${name}"${suggestRule(name, names)}.`, `Templates: ${names.join(', ')}.`);
  }

  if (Object.keys(options.set).length > 0) {
    try {
      io.stdout.write(`${fill(template, options.set)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof TemplateError) {
        const keys = template.placeholders.map((p) => `--set ${p.name}="${p.example}"`).join(' ');
        throw new UsageError(error.message, `Every placeholder needs a value: ${keys}`);
      }
      throw error;
    }
  }

  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(template, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(`${c.bold(template.name)} ${c.dim(`— ${template.description}`)}\n\n${template.text}\n\n`);
  const width = Math.max(...template.placeholders.map((p) => p.name.length));
  for (const p of template.placeholders) {
    io.stdout.write(`  ${c.cyan(`[${p.name}]`.padEnd(width + 2))}  ${p.description} ${c.dim(`(e.g. ${p.example})`)}\n`);
  }
  const example = template.placeholders.map((p) => `--set ${p.name}=${JSON.stringify(p.example)}`).join(' ');
  io.stdout.write(c.dim(`\nFill it: shotlint template ${template.name} ${example}\n`));
  return 0;
}
