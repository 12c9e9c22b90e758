/**
 * `--cache`: results of prompts already linted, keyed by a hash of the prompt, its record
 * fields, the effective config and the package version, so any change to one of them is a
 * miss. One JSON file under node_modules/.cache/shotlint, trimmed to the most recently used
 * entries and written atomically at the end of a run.
 */
import type { createHash as CreateHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PromptTask } from './inputs.js';
import type { TaskMode, TaskOutcome } from './lint-task.js';
import { writeFileAtomic } from './fix-writer.js';

const MAX_ENTRIES = 50_000;
const FILE = 'results.json';

interface Stored {
  version: string;
  entries: Record<string, TaskOutcome>;
}

export class ResultCache {
  private readonly entries = new Map<string, TaskOutcome>();
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly createHash: typeof CreateHash,
  ) {}

  static async open(dir: string, version: string): Promise<ResultCache> {
    // Imported here, not at start-up: only --cache hashes.
    const { createHash } = await import('node:crypto');
    const cache = new ResultCache(dir, version, createHash);
    try {
      const stored = JSON.parse(await readFile(join(dir, FILE), 'utf8')) as Stored;
      // Another version may lint differently: its results are dropped wholesale.
      if (stored.version === version && stored.entries && typeof stored.entries === 'object') {
        for (const [k, v] of Object.entries(stored.entries)) cache.entries.set(k, v);
      }
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
    return cache;
  }

  key(configKey: string, task: PromptTask, mode: TaskMode): string {
    return this.createHash('sha256')
      .update(this.version)
      .update('\0')
      .update(configKey)
      .update('\0')
      .update(JSON.stringify([task.text, task.model ?? null, task.settings ?? null, task.disable ?? null, mode.fix, mode.rewrite]))
      .digest('base64url');
  }

  get(key: string): TaskOutcome | undefined {
    const hit = this.entries.get(key);
    if (!hit) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Re-insert: Map order is the recency order used when trimming.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, outcome: TaskOutcome): void {
    this.entries.set(key, outcome);
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty && this.hits === 0) return;
    const all = [...this.entries];
    const kept = all.length > MAX_ENTRIES ? all.slice(all.length - MAX_ENTRIES) : all;
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, FILE), JSON.stringify({ version: this.version, entries: Object.fromEntries(kept) } satisfies Stored));
  }
}
