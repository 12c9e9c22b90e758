/** The package's own version and folder, read from package.json beside dist/ (or src/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/** The package root: dist/cli.cjs and src/cli/*.ts both find it by walking up to package.json. */
export function packageRoot(): string {
  for (const up of ['../', '../../']) {
    const url = new URL(up, import.meta.url);
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'shotlint') {
        version ??= pkg.version;
        return fileURLToPath(url);
      }
    } catch {
      // keep looking
    }
  }
  throw new Error('shotlint: cannot find its package.json');
}

export function packageVersion(): string {
  if (version === undefined) packageRoot();
  return version ?? '0.0.0';
}
