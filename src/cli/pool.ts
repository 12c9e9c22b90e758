/**
 * worker_threads pool for `--concurrency N`. Tasks go to the worker with the fewest in flight
 * and travel in batches (one message per batch, not per prompt: for short prompts the message
 * round trip would cost more than the lint). Answers come back out of order; the caller
 * restores the order.
 */
import type { Worker } from 'node:worker_threads';
import type { ResolveOptions } from '../config/resolve.js';
import type { ShotlintConfig } from '../types.js';
import type { PromptTask } from './inputs.js';
import type { TaskMode } from './lint-task.js';
import type { WorkerAnswer, WorkerRequest, WorkerTask } from './worker.js';

/** Tasks per message; a partial batch leaves at the end of the current turn of the event loop. */
export const BATCH = 64;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (json: string) => void; reject: (e: Error) => void }>;
  configs: Set<string>;
  batch: WorkerTask[];
  scheduled: boolean;
}

export class LintPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private failure: Error | undefined;

  /** Starts `size` workers. worker_threads is imported here, not at start-up: most runs use none. */
  static async start(size: number, workerUrl: URL, configs: ReadonlyMap<string, { config: ShotlintConfig; options: ResolveOptions }>): Promise<LintPool> {
    const { Worker } = await import('node:worker_threads');
    return new LintPool(size, workerUrl, configs, Worker);
  }

  private constructor(
    size: number,
    workerUrl: URL,
    private readonly configs: ReadonlyMap<string, { config: ShotlintConfig; options: ResolveOptions }>,
    WorkerClass: typeof Worker,
  ) {
    // Every plugin file of the run: a worker imports them before its first message (worker-plugins.ts).
    const workerData = { plugins: [...new Set([...configs.values()].flatMap((c) => c.config.plugins ?? []))] };
    for (let i = 0; i < size; i++) {
      // V8 lets a heap whose limit is 2 GiB or more (4 GiB by default) grow to four times its live
      // size between full collections; below 2 GiB, to at most twice. A worker keeps about 25 MB
      // alive, so the cap of 1.5 GiB (ample even for a prompt of several megabytes) keeps its peak
      // near 100 MB, and -j 2 within 512 MiB of RSS. The young generation keeps V8's default size:
      // a larger one (64 MB before) cost memory without making collections cheaper.
      const worker = new WorkerClass(workerUrl, { workerData, resourceLimits: { maxOldGenerationSizeMb: 1536 } });
      const slot: Slot = { worker, pending: new Map(), configs: new Set(), batch: [], scheduled: false };
      worker.on('message', (answers: WorkerAnswer[]) => {
        for (const a of answers) {
          const p = slot.pending.get(a.seq);
          if (!p) continue;
          slot.pending.delete(a.seq);
          if ('error' in a) p.reject(new Error(a.error));
          else p.resolve(a.outcome);
        }
        // Idle workers must not keep the process alive.
        if (slot.pending.size === 0) worker.unref();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (slot.pending.size > 0) this.fail(new Error(`a lint worker exited (code ${code})`));
      });
      worker.unref();
      this.slots.push(slot);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const slot of this.slots) {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    }
  }

  private flush(slot: Slot): void {
    slot.scheduled = false;
    if (slot.batch.length === 0) return;
    const tasks = slot.batch;
    slot.batch = [];
    slot.worker.postMessage({ type: 'batch', tasks } satisfies WorkerRequest);
  }

  /**
   * Lints a prompt on a worker. The outcome comes back as JSON text (a TaskOutcome), for the caller
   * to parse when it reports the prompt: results waiting in the window are then one flat string
   * each rather than a tree of objects that every young-generation collection copies.
   */
  run(key: string, task: PromptTask, mode: TaskMode): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    if (!slot.configs.has(key)) {
      const c = this.configs.get(key)!;
      this.flush(slot); // keep the order: tasks already queued may use another config
      slot.worker.postMessage({ type: 'config', key, config: c.config, options: c.options } satisfies WorkerRequest);
      slot.configs.add(key);
    }
    const seq = ++this.seq;
    return new Promise<string>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.ref();
      slot.batch.push({ seq, key, task, mode });
      if (slot.batch.length >= BATCH) this.flush(slot);
      else if (!slot.scheduled) {
        slot.scheduled = true;
        setImmediate(() => this.flush(slot));
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
