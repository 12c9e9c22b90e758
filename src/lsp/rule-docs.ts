/**
 * The rule pages shipped in the package (`docs/rules/<id>.md`), read on first hover and kept:
 * the hover shows a rule's first ❌ and ✅ example as written in its documentation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RuleExamples {
  invalid?: string;
  valid?: string;
}

/** The package's `docs/rules` folder: found by walking up from this module (dist/ or src/lsp/). */
function findDocsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export class RuleDocs {
  private dir: string | undefined | null = null;
  private readonly cache = new Map<string, RuleExamples | undefined>();

  constructor(dir?: string) {
    if (dir) this.dir = dir;
  }

  examples(ruleId: string): RuleExamples | undefined {
    if (this.cache.has(ruleId)) return this.cache.get(ruleId);
    if (this.dir === null) this.dir = findDocsDir();
    let found: RuleExamples | undefined;
    // Plugin rules (`plugin/name`) have no page here; ids are kebab-case, never a path.
    if (this.dir && /^[a-z0-9-]+$/.test(ruleId)) {
      try {
        found = parseExamples(readFileSync(join(this.dir, `${ruleId}.md`), 'utf8'));
      } catch {
        found = undefined;
      }
    }
    this.cache.set(ruleId, found);
    return found;
  }
}

/** The first ```prompt block after a ❌ line and the first after a ✅ line. */
export function parseExamples(markdown: string): RuleExamples {
  const lines = markdown.split(/\r?\n/);
  const out: RuleExamples = {};
  let marker: 'invalid' | 'valid' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('❌')) marker = 'invalid';
    else if (line.startsWith('✅')) marker = 'valid';
    if (!line.startsWith('```prompt')) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith('```')) body.push(lines[j++]!);
    if (marker && out[marker] === undefined) out[marker] = body.join('\n');
    i = j;
    if (out.invalid !== undefined && out.valid !== undefined) break;
  }
  return out;
}
