/** Reads a rule doc: its front matter and its ❌/✅ prompt examples. */
import { readFileSync } from 'node:fs';

export interface DocExample {
  kind: 'invalid' | 'valid';
  text: string;
  options?: unknown;
  model?: string;
  settings?: Record<string, unknown>;
  /** The previous version of the prompt, for rules about iteration. */
  previous?: string;
  line: number;
}

export function readRuleDoc(path: string): { frontMatter: Record<string, string>; body: string; examples: DocExample[] } {
  const source = readFileSync(path, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontMatter: Record<string, string> = {};
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const m = /^([\w-]+):\s*(.*)$/.exec(line);
      if (m) frontMatter[m[1]!] = m[2]!.trim();
    }
  }
  const lines = source.split('\n');
  const examples: DocExample[] = [];
  let marker: 'invalid' | 'valid' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('❌')) marker = 'invalid';
    else if (line.startsWith('✅')) marker = 'valid';
    const open = /^```prompt\s*(.*)$/.exec(line);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') body.push(lines[j++]!);
    const extra = open[1] ? (JSON.parse(open[1]) as Omit<DocExample, 'kind' | 'text' | 'line'>) : {};
    if (!marker) throw new Error(`${path}:${i + 1}: a prompt example must follow a ❌ or ✅ line`);
    examples.push({ kind: marker, text: body.join('\n'), line: i + 1, ...extra });
    i = j;
  }
  return { frontMatter, body: source, examples };
}
