/** One line per message, ESLint's `compact` shape: easy to grep and to jump to from an editor. */
import type { Formatter } from './types.js';
import { displayPath, plural } from './shared.js';

const LEVEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const compact: Formatter = {
  name: 'compact',
  description: 'one line per message: path: line L, col C, Level - message (rule)',
  create(context = {}) {
    return {
      begin: () => '',
      result(r) {
        const path = displayPath(r.filePath, context.cwd);
        const id = r.id.startsWith(`${path}:`) || r.id === path ? '' : ` [${r.id}]`;
        return r.messages
          .map((m) => `${path}${id}: line ${m.line}, col ${m.column}, ${LEVEL[m.level]} - ${m.message.replace(/\r?\n/g, ' ')}${m.ruleId ? ` (${m.ruleId})` : ''}\n`)
          .join('');
      },
      end(s) {
        const problems = s.errors + s.warnings + s.infos;
        return problems > 0 ? `\n${plural(problems, 'problem')}\n` : '';
      },
    };
  },
};
