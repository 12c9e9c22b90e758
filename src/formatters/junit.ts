/**
 * JUnit XML for CI dashboards: one `<testsuite>` per prompt, one failing `<testcase>` per
 * message, and a single passing test case for a clean prompt (so it counts as a test).
 */
import type { Formatter } from './types.js';
import { displayPath } from './shared.js';

const LEVEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

// Characters XML 1.0 cannot carry at all, even escaped: dropped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function xml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[<>&"']/g, (ch) => ENTITY[ch]!);
}
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

function cdata(s: string): string {
  return `<![CDATA[${s.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export const junit: Formatter = {
  name: 'junit',
  description: 'JUnit XML, one test suite per prompt',
  create(context = {}) {
    return {
      begin: () => '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n',
      result(r) {
        const path = displayPath(r.filePath, context.cwd);
        const name = xml(r.id);
        const failures = r.messages.filter((m) => m.level !== 'info');
        let out = `<testsuite package="shotlint" time="0" tests="${Math.max(1, r.messages.length)}" failures="${failures.length}" errors="${r.errorCount}" name="${name}">\n`;
        if (r.messages.length === 0) out += `<testcase time="0" name="shotlint" classname="${xml(path)}" />\n`;
        for (const m of r.messages) {
          const detail = `line ${m.line}, col ${m.column}, ${LEVEL[m.level]} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`;
          out += `<testcase time="0" name="shotlint.${xml(m.ruleId ?? 'fatal')}" classname="${xml(path)}">`;
          // Information is not a failure: it goes to the case's output instead.
          out += m.level === 'info' ? `<system-out>${cdata(detail)}</system-out>` : `<failure message="${xml(m.message)}">${cdata(detail)}</failure>`;
          out += '</testcase>\n';
        }
        return out + '</testsuite>\n';
      },
      end: () => '</testsuites>\n',
    };
  },
};
