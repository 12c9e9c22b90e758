const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** A template split at its placeholders: a literal, then (key, placeholder as written, literal) for each. */
type Parts = readonly string[];

// Templates come from rule metadata: a few dozen, each split once.
const split = new Map<string, Parts>();

function partsOf(template: string): Parts {
  let parts = split.get(template);
  if (!parts) {
    const out: string[] = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      out.push(template.slice(last, m.index), m[1]!, m[0]);
      last = m.index! + m[0].length;
    }
    out.push(template.slice(last));
    parts = out;
    if (split.size < 1000) split.set(template, parts);
  }
  return parts;
}

/** `{{name}}` placeholders in rule messages, filled from the report's data (as in ESLint). */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  // Most messages have no placeholder.
  if (!data || !template.includes('{{')) return template;
  const parts = partsOf(template);
  // parts: literal, then (key, placeholder as written, literal) for each placeholder.
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i]!;
    out += (key in data ? String(data[key]) : parts[i + 1]!) + parts[i + 2]!;
  }
  return out;
}
