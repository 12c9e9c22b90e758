/**
 * Config discovery and loading for the Node shells (CLI, language server). The core never
 * reads files: it receives a config object.
 *
 * Looked up from a file's folder upward: shotlint.config.json, .shotlintrc.json, then the
 * "shotlint" key of package.json. The first found wins.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { validateConfig } from '../config/resolve.js';
import type { ShotlintConfig } from '../types.js';

export const CONFIG_FILES = ['shotlint.config.json', '.shotlintrc.json'] as const;

export interface LoadedConfig {
  config: ShotlintConfig;
  /** The file the config came from; undefined when none was found. */
  file?: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError([{ path: '', message: `cannot read: ${(error as Error).message}` }], path);
  }
}

function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new ConfigError([{ path: '', message: `invalid JSON: ${(error as Error).message}` }], file);
  }
}

/** Reads and validates one config file; errors name the file and the key path. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const file = resolve(path);
  const source = await readIfExists(file);
  if (source === undefined) throw new ConfigError([{ path: '', message: 'file not found' }], file);
  const json = parseJson(source, file);
  const value = file.endsWith('package.json') ? (json as Record<string, unknown>)?.shotlint : json;
  try {
    return { config: validateConfig(value), file };
  } catch (error) {
    if (error instanceof ConfigError) throw error.inFile(file);
    throw error;
  }
}

/** Finds the config that applies to files in `startDir`, walking up to the filesystem root. */
export async function findConfigFile(startDir: string): Promise<string | undefined> {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if ((await readIfExists(candidate)) !== undefined) return candidate;
    }
    const pkgPath = join(dir, 'package.json');
    const pkg = await readIfExists(pkgPath);
    if (pkg !== undefined) {
      try {
        if (JSON.parse(pkg)?.shotlint !== undefined) return pkgPath;
      } catch {
        // A broken package.json that is not ours to judge: keep looking upward.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The config for a file (or folder): `explicit` when given, else discovery; none found → {}. */
export async function loadConfigFor(startDir: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) return loadConfigFile(explicit);
  const found = await findConfigFile(startDir);
  return found ? loadConfigFile(found) : { config: {} };
}
