/**
 * SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers): one run, the rules described
 * in `tool.driver.rules`, one result per message. Streamed: results are written as they come,
 * fatal messages (malformed records) become tool execution notifications at the end.
 */
import type * as Sarif from 'sarif';
import type { Formatter, PromptReport, ReportMessage } from './types.js';
import { displayPath } from './shared.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const satisfies Record<string, Sarif.Result.level>;

export const sarif: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0 with rule metadata (code scanning)',
  create(context = {}) {
    const ruleEntries = Object.entries(context.rules ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const ruleIndex = new Map(ruleEntries.map(([id], i) => [id, i]));
    const notifications: Sarif.Notification[] = [];
    let first = true;

    const location = (r: PromptReport, m: ReportMessage): Sarif.Location[] | undefined => {
      if (r.filePath.startsWith('<')) return undefined;
      const region: Sarif.Region = { startLine: m.line, startColumn: m.column };
      if (m.endLine !== undefined) region.endLine = m.endLine;
      if (m.endColumn !== undefined) region.endColumn = m.endColumn;
      const uri = encodeURI(displayPath(r.filePath, context.cwd));
      const artifactLocation: Sarif.ArtifactLocation = uri.startsWith('/') ? { uri: `file://${uri}` } : { uri, uriBaseId: '%SRCROOT%' };
      return [{ physicalLocation: { artifactLocation, region } }];
    };

    return {
      begin() {
        const rules: Sarif.ReportingDescriptor[] = ruleEntries.map(([id, { meta }]) => ({
          id,
          shortDescription: { text: meta.docs.description },
          helpUri: meta.docs.url,
          defaultConfiguration: { level: LEVEL[meta.defaultSeverity ?? 'warning'] },
          properties: { dimension: meta.docs.dimension, recommended: meta.docs.recommended, fixable: meta.fixable === 'text', type: meta.type },
        }));
        const driver: Sarif.ToolComponent = { name: 'shotlint', informationUri: 'https://github.com/shotlint/shotlint', rules };
        if (context.toolVersion) driver.version = context.toolVersion;
        const head = JSON.stringify({ version: '2.1.0', $schema: SCHEMA, runs: [{ tool: { driver } }] });
        // Reopen the run object so results can be streamed into it.
        return `${head.slice(0, -3)},"results":[`;
      },
      result(r) {
        let out = '';
        for (const m of r.messages) {
          if (m.fatal || m.ruleId === null) {
            const note: Sarif.Notification = { level: 'error', message: { text: `${r.id}: ${m.message}` } };
            const locations = location(r, m);
            if (locations) note.locations = locations;
            notifications.push(note);
            continue;
          }
          const result: Sarif.Result = { ruleId: m.ruleId, level: LEVEL[m.level], message: { text: m.message }, properties: { promptId: r.id } };
          const index = ruleIndex.get(m.ruleId);
          if (index !== undefined) result.ruleIndex = index;
          const locations = location(r, m);
          if (locations) result.locations = locations;
          if (r.score) result.properties!.score = r.score.total;
          out += `${first ? '\n' : ',\n'}${JSON.stringify(result)}`;
          first = false;
        }
        return out;
      },
      end() {
        const invocation: Sarif.Invocation = { executionSuccessful: notifications.length === 0 };
        if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
        return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
      },
    };
  },
};
