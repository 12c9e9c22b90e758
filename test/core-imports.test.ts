import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core must run in a browser or an editor's web worker: no Node built-ins.
const root = fileURLToPath(new URL('../', import.meta.url));
const CORE = ['src/analysis', 'src/engine', 'src/config', 'rules', 'src/types.ts', 'src/index.ts'];

function files(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((f) => files(join(path, f)));
}

describe('the core imports nothing from node:', () => {
  for (const file of CORE.flatMap(files).filter((f) => f.endsWith('.ts'))) {
    it(file, () => {
      const source = readFileSync(join(root, file), 'utf8');
      const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const builtins = imports.filter((s) => s.startsWith('node:') || ['fs', 'path', 'os', 'url', 'child_process', 'worker_threads', 'crypto'].includes(s));
      expect(builtins).toEqual([]);
      expect(source).not.toMatch(/\bprocess\.(?:env|argv|cwd|exit)/);
    });
  }
});
