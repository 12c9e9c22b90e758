/**
 * Every regular expression in the shipped code is checked for catastrophic backtracking with
 * recheck (a ReDoS analyser), and run against adversarial strings: a linter that sits in an
 * editor must never freeze on what a user types.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.d.ts') ? [full] : [];
  });
}

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Regex literals, and `new RegExp("literal")` calls, found with the TypeScript parser. */
function findRegexes(file: string): { literal: Found[]; dynamic: Found[] } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literal: Found[] = [];
  const dynamic: Found[] = [];
  const where = (node: ts.Node) => ({ file: relative(root, file), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText();
      const end = raw.lastIndexOf('/');
      literal.push({ ...where(node), source: raw.slice(1, end), flags: raw.slice(end + 1) });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        literal.push({ ...where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else {
        dynamic.push({ ...where(node), source: pattern ? pattern.getText() : '', flags: '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literal, dynamic };
}

const files = ['src', 'rules'].flatMap((d) => sourceFiles(join(root, d)));
const all = files.map(findRegexes);
const literals = all.flatMap((r) => r.literal);
const dynamics = all.flatMap((r) => r.dynamic);

describe('regular expressions are safe from catastrophic backtracking', () => {
  it('finds the regexes it audits', () => {
    expect(literals.length).toBeGreaterThan(5);
  });
  for (const r of literals) {
    it(`${r.file}:${r.line} /${r.source}/${r.flags}`, () => {
      const result = checkSync(r.source, r.flags.replace(/[^dgimsuyv]/g, ''), { timeout: 10_000 });
      expect(result.status, result.status === 'vulnerable' ? `attack: ${JSON.stringify(result.attack?.string?.slice(0, 60))}` : '').not.toBe('vulnerable');
      // Adversarial strings of the usual shapes must be matched quickly (no hang is the test).
      const re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
      for (const attack of ['a'.repeat(20_000) + '!', ' '.repeat(20_000) + 'x', '-'.repeat(20_000), "a-'".repeat(7_000), '1.'.repeat(10_000), '['.repeat(10_000)]) {
        re.test(attack);
      }
    });
  }
  it('patterns built at run time only come from escaped word lists', () => {
    // A dynamic RegExp must be built from escaped literals (a function named escape…), never from raw user text.
    for (const d of dynamics) expect(d.source, `${d.file}:${d.line}`).toMatch(/escape/i);
  });
});
