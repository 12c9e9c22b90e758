const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** `{{name}}` placeholders in rule messages, filled from the report's data (as in ESLint). */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  // Most messages have no placeholder: skip the regular expression and its callback.
  if (!data || !template.includes('{{')) return template;
  return template.replace(PLACEHOLDER, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
