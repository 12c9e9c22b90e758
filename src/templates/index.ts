/**
 * Reusable prompt templates that follow the formula — subject and action, environment, camera,
 * lighting — with a `[placeholder]` for each thing the user must decide. `fill` replaces them
 * and refuses to leave one unfilled: an unfilled placeholder must never reach a model.
 */
import data from './data.js';

export interface TemplatePlaceholder {
  /** The key in `fill(template, values)`; written `[name]` in the text. */
  name: string;
  /** What to write there. */
  description: string;
  /** An example value, used by `exampleValues` and shown by `shotlint template`. */
  example: string;
}

export interface Template {
  name: string;
  description: string;
  /** The prompt with `[name]` placeholders. */
  text: string;
  placeholders: readonly TemplatePlaceholder[];
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    /** Placeholders without a value. */
    readonly missing: readonly string[] = [],
    /** Values given for placeholders the template does not have. */
    readonly unknown: readonly string[] = [],
  ) {
    super(message);
  }
}

export const templates: Readonly<Record<string, Template>> = Object.freeze(
  Object.fromEntries(data.map((t) => [t.name, Object.freeze({ ...t, placeholders: Object.freeze(t.placeholders.map((p) => Object.freeze({ ...p }))) })])),
);

/** Fills every placeholder of a template (given by name or as an object). */
export function fill(template: Template | string, values: Readonly<Record<string, string>>): string {
  const t = typeof template === 'string' ? templates[template] : template;
  if (!t) throw new TemplateError(`Unknown template "${String(template)}": expected one of ${Object.keys(templates).map((n) => `"${n}"`).join(', ')}.`);
  const names = t.placeholders.map((p) => p.name);
  const missing = names.filter((n) => typeof values[n] !== 'string' || values[n]!.trim() === '');
  const unknown = Object.keys(values).filter((k) => !names.includes(k));
  if (missing.length > 0 || unknown.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`missing ${missing.length === 1 ? 'a value' : 'values'} for ${missing.map((n) => `[${n}]`).join(', ')}`);
    if (unknown.length > 0) parts.push(`no placeholder named ${unknown.map((n) => `"${n}"`).join(', ')} (it has ${names.map((n) => `[${n}]`).join(', ')})`);
    throw new TemplateError(`Template "${t.name}": ${parts.join('; ')}.`, missing, unknown);
  }
  let out = '';
  let cursor = 0;
  // One left-to-right pass: a value that itself contains "[name]" is not filled again.
  for (let open = t.text.indexOf('[', cursor); open >= 0; open = t.text.indexOf('[', cursor)) {
    const close = t.text.indexOf(']', open);
    if (close < 0) break;
    const name = t.text.slice(open + 1, close);
    if (!names.includes(name)) {
      out += t.text.slice(cursor, close + 1);
      cursor = close + 1;
      continue;
    }
    out += t.text.slice(cursor, open) + values[name]!.trim();
    cursor = close + 1;
  }
  out += t.text.slice(cursor);
  // A template's sentence starts with its first placeholder: capitalise the value put there.
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The example value of every placeholder: what `shotlint template <name>` shows filled in. */
export function exampleValues(template: Template | string): Record<string, string> {
  const t = typeof template === 'string' ? templates[template] : template;
  if (!t) throw new TemplateError(`Unknown template "${String(template)}".`);
  return Object.fromEntries(t.placeholders.map((p) => [p.name, p.example]));
}
