/** `{{name}}` placeholders in rule messages, filled from the report's data (as in ESLint). */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
