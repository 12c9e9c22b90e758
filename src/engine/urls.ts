/** Where a rule's documentation lives; diagnostics, SARIF and the editor link here. */
export const DOCS_BASE = 'https://github.com/shotlint/shotlint/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
