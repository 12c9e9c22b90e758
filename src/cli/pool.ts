/**
 * worker_threads pool for `--concurrency N`: each task goes to the worker with the fewest in
 * flight; answers come back out of order and the caller restores the order.
 */
import { Worker } from 'node:worker_threads';
import type { ResolveOptions } from '../config/resolve.js';
import type { ShotlintConfig } from '../types.js';
import type { PromptTask } from './inputs.js';
import type { TaskMode, TaskOutcome } from './lint-task.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (o: TaskOutcome) => void; reject: (e: Error) => void }>;
  configs: Set<string>;
}

export class LintPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private failure: Error | undefined;

  constructor(
    size: number,
    workerUrl: URL,
    private readonly configs: ReadonlyMap<string, { config: ShotlintConfig; options: ResolveOptions }>,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl);
      const slot: Slot = { worker, pending: new Map(), configs: new Set() };
      worker.on('message', (m: WorkerResponse) => {
        const p = slot.pending.get(m.seq);
        if (!p) return;
        slot.pending.delete(m.seq);
        if ('error' in m) p.reject(new Error(m.error));
        else p.resolve(m.outcome);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (slot.pending.size > 0) this.fail(new Error(`a lint worker exited (code ${code})`));
      });
      // Idle workers must not keep the process alive.
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

  run(key: string, task: PromptTask, mode: TaskMode): Promise<TaskOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    if (!slot.configs.has(key)) {
      const c = this.configs.get(key)!;
      slot.worker.postMessage({ type: 'config', key, config: c.config, options: c.options } satisfies WorkerRequest);
      slot.configs.add(key);
    }
    const seq = ++this.seq;
    return new Promise<TaskOutcome>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ type: 'task', seq, key, task, mode } satisfies WorkerRequest);
    }).finally(() => {
      if (slot.pending.size === 0) slot.worker.unref();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
