/**
 * GitHub Actions workflow commands: each message becomes an annotation on the pull request
 * (`::error file=…,line=…,col=…::…`). Information becomes a `notice`.
 */
import type { Formatter } from './types.js';
import { displayPath } from './shared.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = {
  name: 'github',
  description: 'GitHub Actions annotations (::error file=…,line=…::message)',
  create(context = {}) {
    return {
      begin: () => '',
      result(r) {
        const path = displayPath(r.filePath, context.cwd);
        const inFile = !path.startsWith('<');
        let out = '';
        for (const m of r.messages) {
          const props: string[] = [];
          if (inFile) {
            props.push(`file=${escapeProperty(path)}`, `line=${m.line}`, `col=${m.column}`);
            if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
            if (m.endColumn !== undefined && m.endLine === m.line) props.push(`endColumn=${m.endColumn}`);
          }
          props.push(`title=${escapeProperty(m.ruleId ? `shotlint ${m.ruleId}` : 'shotlint')}`);
          const where = inFile && r.id.startsWith(`${path}:`) ? '' : `${r.id}: `;
          out += `::${COMMAND[m.level]} ${props.join(',')}::${escapeData(where + m.message)}\n`;
        }
        return out;
      },
      end: () => '',
    };
  },
};
